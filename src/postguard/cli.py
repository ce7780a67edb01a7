"""The ``postguard`` command: a thin shell over :class:`postguard.Checker`.

Exit codes: 0 clean, 1 findings at or above ``--fail-on``, 2 usage, configuration or input error
(one line on stderr, no traceback), 3 postguard itself failed.
"""

from __future__ import annotations

import json
import os
import sys
from typing import Any

import click

from . import __version__
from .errors import PostguardError

SEVERITY_CHOICE = click.Choice(["error", "warning", "info"])
FORMATS = ["text", "json"]


class _Group(click.Group):
    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except PostguardError as exc:
            click.echo(f"postguard: error: {exc}", err=True)
            ctx.exit(exc.exit_code)
        except (click.exceptions.Exit, click.exceptions.Abort, click.ClickException):
            raise
        except KeyboardInterrupt:
            click.echo("postguard: interrupted", err=True)
            ctx.exit(130)
        except Exception as exc:  # a bug in postguard, not a user mistake
            if os.environ.get("POSTGUARD_DEBUG"):
                raise
            click.echo(f"postguard: internal error: {type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''} "
                       "(set POSTGUARD_DEBUG=1 for details)", err=True)
            ctx.exit(3)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="postguard")
def main() -> None:
    """postguard: check social posts for private details, controversy, hard sell and risky claims."""


def _checker(packs: tuple[str, ...], model: str | None, select: tuple[str, ...] = (), ignore: tuple[str, ...] = ()):
    from .checker import Checker, Config

    cfg = Config(select=tuple(select), ignore=tuple(ignore))
    if model:
        cfg.model = model
    return Checker(packs=list(packs) or None, config=cfg)


pack_option = click.option("--pack", "packs", multiple=True, metavar="NAME_OR_FILE",
                           help="Rule pack to use (built-in name or YAML file); repeatable. Default: core.")


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(allow_dash=True))
@pack_option
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True, help="Output format.")
@click.option("--fail-on", type=SEVERITY_CHOICE, default="warning", show_default=True,
              help="Exit 1 when a finding has this severity or worse.")
@click.option("--show-values", is_flag=True, help="Show private values instead of masking them.")
@click.option("--platform", type=click.Choice(["x", "instagram", "facebook", "linkedin", "tiktok"]),
              help="Platform the posts are for (length limits, the feed's 'more' cut).")
@click.option("--stdin-format", type=click.Choice(["text", "jsonl"]), default="text", show_default=True,
              help="How to read '-' (standard input).")
@click.option("--select", multiple=True, metavar="RULE", help="Only these rules (ids or globs, e.g. 'core/*').")
@click.option("--ignore", multiple=True, metavar="RULE", help="Skip these rules (ids or globs).")
@click.option("--model", metavar="PIPELINE", help="Installed spaCy pipeline to use instead of the default.")
@click.option("--color/--no-color", default=None, help="Colour text output (default: when writing to a terminal).")
def check(paths, packs, fmt, fail_on, show_values, platform, stdin_format, select, ignore, model, color):
    """Check posts in PATHS (files, directories, or - for standard input)."""
    from .reporters import RunResult, get_reporter
    from .sources import expand_paths, read_path, read_stream

    if not paths:
        raise click.UsageError("give at least one PATH to check, or - to read standard input")
    checker = _checker(packs, model, select, ignore)
    run = RunResult(rules=checker.ruleset.rules, show_values=show_values, fail_on=fail_on)
    posts = []
    for path in expand_paths(paths):
        try:
            if path == "-":
                posts.extend(read_stream(sys.stdin.buffer, "<stdin>", stdin_format, platform))
            else:
                posts.extend(read_path(path, platform=platform))
            run.files += 1
        except PostguardError as exc:
            run.errors.append(str(exc))
    run.reports = list(checker.check_many(posts))
    use_color = color if color is not None else (fmt == "text" and sys.stdout.isatty() and not os.environ.get("NO_COLOR"))
    get_reporter(fmt)(sys.stdout, color=use_color).write(run)
    sys.exit(run.exit_code())


@main.command()
@pack_option
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def rules(packs, fmt):
    """List the rules of the selected packs with category and severity."""
    from .packs import load_packs

    ruleset = load_packs(list(packs) or ["core"])
    items = list(ruleset.rules.values())
    if fmt == "json":
        click.echo(json.dumps([{"id": r.id, "kind": r.kind, "category": r.category, "severity": r.severity,
                                "enabled": r.enabled, "locked": r.locked, "link": r.link} for r in items], indent=2))
        return
    width = max((len(r.id) for r in items), default=10)
    for r in items:
        flags = ("" if r.enabled else " (off)") + (" (locked)" if r.locked else "")
        click.echo(f"{r.id:<{width}}  {r.category:<13} {r.severity:<8} {r.kind:<8}{flags}")


@main.command()
@click.argument("rule_id")
@pack_option
def explain(rule_id, packs):
    """Show a rule's description, source link and examples."""
    from .packs import builtin_names, load_packs

    ruleset = load_packs(list(packs) or builtin_names())
    rid = ruleset.canonical(rule_id)
    if rid is None:
        import difflib

        close = difflib.get_close_matches(rule_id, list(ruleset.rules), n=1)
        hint = f" (did you mean {close[0]!r}?)" if close else ""
        raise PostguardError(f"unknown rule {rule_id!r}{hint}; 'postguard rules' lists them")
    r = ruleset.rules[rid]
    click.echo(f"{r.id}  [{r.category}, {r.severity}, kind {r.kind}{', locked' if r.locked else ''}]")
    click.echo("")
    click.echo(r.message.replace("{match}", "…"))
    if r.description:
        click.echo("")
        click.echo(" ".join(r.description.split()))
    if r.suggestion:
        click.echo(f"\nInstead: {r.suggestion}")
    if r.link:
        click.echo(f"Source: {r.link}")
    click.echo("\nFlags:")
    for ex in r.examples_flag:
        click.echo(f"  - {ex['text']}")
    click.echo("Passes:")
    for ex in r.examples_pass:
        click.echo(f"  - {ex['text']}")


@main.group()
def packs():
    """Work with rule packs."""


@packs.command("validate")
@click.argument("files", nargs=-1, required=True, type=click.Path())
def packs_validate(files):
    """Validate pack FILES (and the packs they extend) without running them."""
    from .packs import load_packs

    for f in files:
        rs = load_packs([f])
        own = [r for r in rs.rules.values() if r.source and os.path.abspath(r.source) == os.path.abspath(f)]
        click.echo(f"{f}: ok ({len(own)} rules, {len(rs.rules)} with the packs it extends)")


@packs.command("test")
@click.argument("files", nargs=-1, required=True, type=click.Path())
def packs_test(files):
    """Run every rule's flag and pass examples in pack FILES; exit 1 if any fails."""
    from .examples import run_examples

    failures = 0
    total = 0
    for f in files:
        for result in run_examples([f]):
            total += 1
            if not result.ok:
                failures += 1
                click.echo(f"FAIL {result.rule} ({result.which}, line {result.line}): {result.reason}\n     {result.text}")
    click.echo(f"{total - failures} passed, {failures} failed")
    sys.exit(1 if failures else 0)


@main.command("eval")
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@pack_option
@click.option("--misses", type=click.Path(dir_okay=False, writable=True), help="Write wrongly judged posts here (JSON Lines).")
@click.option("--label-map", multiple=True, metavar="FROM=TO", help="Rename labels in the data, e.g. pii=private.")
@click.option("--category", "categories", multiple=True, help="Only report these categories.")
@click.option("--model", metavar="PIPELINE", help="Installed spaCy pipeline to use instead of the default.")
def eval_cmd(files, packs, misses, label_map, categories, model):
    """Measure precision, recall and F1 per category on labeled JSON Lines FILES."""
    from .evaluation import format_entities, format_table, read_labeled, score

    mapping = {}
    for item in label_map:
        if "=" not in item:
            raise click.UsageError(f"--label-map takes FROM=TO, got {item!r}")
        a, b = item.split("=", 1)
        mapping[a] = b
    checker = _checker(packs, model)
    cats = {r.category for r in checker.rules}
    records = []
    for f in files:
        records.extend(read_labeled(f, mapping))
    preds, spans = [], []
    for report in checker.check_many(r.text for r in records):
        preds.append(report.categories())
        spans.append([(f.start, f.end) for f in report.findings if f.category == "private"])
    wanted = set(categories) if categories else cats
    for r in records:
        r.labels &= wanted
    counts, by_entity, missed = score(records, preds, cats, spans)
    if categories:
        counts = {c: n for c, n in counts.items() if c in categories}
    click.echo(f"{len(records)} labeled posts from {', '.join(files)}; packs: {', '.join(p.name for p in checker.ruleset.packs)}")
    click.echo(format_table(counts))
    ent = format_entities(by_entity)
    if ent:
        click.echo("\nRecall by entity type (a gold span counts as found when a private finding overlaps it):")
        click.echo(ent)
    if misses:
        # the labeled file is the user's own data, so misses quote it as given
        with open(misses, "w", encoding="utf-8") as fh:
            for m in missed:
                fh.write(json.dumps(m, ensure_ascii=False) + "\n")
        click.echo(f"\n{len(missed)} misjudged posts written to {misses}")


if __name__ == "__main__":  # pragma: no cover
    main()
