"""The ``postguard`` command: a thin shell over :class:`postguard.Checker`.

Exit codes: 0 clean, 1 findings at or above ``--fail-on``, 2 usage, configuration or input error
(one line on stderr, no traceback), 3 postguard itself failed; 141 when the reader of the output closed the
pipe early (``postguard rules | head``), as for a tool killed by SIGPIPE.
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
FORMATS = ["text", "json", "sarif", "github"]


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
        except BrokenPipeError:  # the reader went away (`postguard rules | head`): stop quietly, like a C tool
            _silence_stdout()
            ctx.exit(141)
        except Exception as exc:  # a bug in postguard, not a user mistake
            if os.environ.get("POSTGUARD_DEBUG"):
                raise
            click.echo(f"postguard: internal error: {type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''} "
                       "(set POSTGUARD_DEBUG=1 for details)", err=True)
            ctx.exit(3)


def _silence_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's final flush of a closed pipe cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # no real stdout (captured in a test): nothing left to flush
        pass


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


PLATFORM_CHOICE = click.Choice(["x", "instagram", "facebook", "linkedin", "tiktok"])


def _check_options(f):
    """Options shared by ``check`` and ``baseline create|update``: which rules, which config."""
    for opt in reversed([
        pack_option,
        click.option("--platform", type=PLATFORM_CHOICE,
                     help="Platform for posts that do not name one (length limits, the feed's 'more' cut)."),
        click.option("--stdin-format", type=click.Choice(["text", "jsonl", "json", "csv", "markdown"]), default="text",
                     show_default=True, help="How to read '-' (standard input)."),
        click.option("--select", multiple=True, metavar="RULE", help="Only these rules (ids or globs, e.g. 'core/*')."),
        click.option("--ignore", multiple=True, metavar="RULE", help="Skip these rules (ids or globs)."),
        click.option("--config", "config_path", type=click.Path(dir_okay=False), metavar="FILE",
                     help="Use this config file instead of finding .postguard.yaml / pyproject.toml next to each file."),
        click.option("--model", metavar="PIPELINE", help="Installed spaCy pipeline to use instead of the default."),
    ]):
        f = opt(f)
    return f


def _options(packs, platform, stdin_format, select, ignore, config_path, model, fail_on=None, show_values=False, jobs=1):
    from .runner import Options

    return Options(packs=tuple(packs) or None, select=tuple(select) if select else None,
                   ignore=tuple(ignore) if ignore else None, platform=platform, fail_on=fail_on, config=config_path,
                   stdin_format=stdin_format, model=model, show_values=show_values, jobs=jobs)


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(allow_dash=True))
@_check_options
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True, help="Output format.")
@click.option("--fail-on", type=SEVERITY_CHOICE, default=None,
              help="Exit 1 when a finding has this severity or worse.  [default: the config's fail-on, else warning]")
@click.option("--show-values", is_flag=True, help="Show private values instead of masking them.")
@click.option("--baseline", "baseline_path", type=click.Path(dir_okay=False), metavar="FILE",
              help="Report only findings that are not in this baseline (default: the config's 'baseline').")
@click.option("--no-baseline", is_flag=True, help="Ignore the baseline named in the config; report everything.")
@click.option("--color/--no-color", default=None, help="Colour text output (default: when writing to a terminal).")
@click.option("-j", "--jobs", type=click.IntRange(min=0), default=1, show_default=True, metavar="N",
              help="Check posts in N worker processes (0: one per CPU); output order is kept.")
def check(paths, packs, platform, stdin_format, select, ignore, config_path, model, fmt, fail_on, show_values,
          baseline_path, no_baseline, color, jobs):
    """Check posts in PATHS (files, directories, or - for standard input).

    Reads .txt, .md/.markdown (front matter), .csv, .json and .jsonl; settings come from the nearest
    .postguard.yaml or [tool.postguard] in pyproject.toml, and options given here override them.
    """
    from .reporters import get_reporter
    from .runner import run_check

    if not paths:
        raise click.UsageError("give at least one PATH to check, or - to read standard input")
    opts = _options(packs, platform, stdin_format, select, ignore, config_path, model, fail_on, show_values, jobs)
    run = run_check(list(paths), opts)
    if not no_baseline:
        _apply_baseline(run, baseline_path)
    use_color = color if color is not None else (fmt == "text" and sys.stdout.isatty() and not os.environ.get("NO_COLOR"))
    get_reporter(fmt)(sys.stdout, color=use_color).write(run)
    sys.exit(run.exit_code())


def _apply_baseline(run, baseline_path: str | None) -> None:
    from . import baseline as bl

    paths = [baseline_path] if baseline_path else run.config_baselines
    if len(paths) > 1:
        raise PostguardError(f"the checked files use different baselines ({', '.join(paths)}); check them separately or pass --baseline")
    if paths:
        run.baselined = bl.filter_reports(run.reports, bl.load(paths[0]))


@main.group()
def baseline():
    """Accept today's findings so that only new ones fail (.postguard-baseline.json)."""


def _baseline_write(mode, paths, packs, platform, stdin_format, select, ignore, config_path, model, output, force):
    from . import baseline as bl
    from .runner import run_check

    opts = _options(packs, platform, stdin_format, select, ignore, config_path, model)
    run = run_check(list(paths) or ["."], opts)
    if run.errors:
        for err in run.errors:
            click.echo(f"postguard: error: {err}", err=True)
        raise PostguardError("baseline not written: fix the input errors above first")
    target = output or (run.config_baselines[0] if len(run.config_baselines) == 1 else bl.BASELINE_NAME)
    previous = None
    if mode == "create":
        if os.path.exists(target) and not force:
            raise PostguardError(f"{target} already exists; use 'postguard baseline update' (or create --force)")
    else:
        if not os.path.exists(target):
            raise PostguardError(f"{target}: no baseline to update; run 'postguard baseline create' first")
        previous = bl.load(target)
    doc, stats = bl.build(run.reports, previous)
    bl.write(target, doc)
    total = sum(e["count"] for e in doc["findings"])
    if mode == "create":
        click.echo(f"wrote {target}: {total} finding{'s' if total != 1 else ''} accepted ({len(doc['findings'])} fingerprints)")
    else:
        click.echo(f"updated {target}: {stats['added']} added, {stats['kept']} kept, {stats['removed']} removed "
                   f"({total} finding{'s' if total != 1 else ''} accepted)")


@baseline.command("create")
@click.argument("paths", nargs=-1, type=click.Path(allow_dash=True))
@_check_options
@click.option("-o", "--output", type=click.Path(dir_okay=False), metavar="FILE",
              help="Where to write (default: the config's 'baseline', else .postguard-baseline.json).")
@click.option("--force", is_flag=True, help="Overwrite an existing baseline.")
def baseline_create(paths, packs, platform, stdin_format, select, ignore, config_path, model, output, force):
    """Write a baseline accepting every current finding in PATHS (default: the current folder)."""
    _baseline_write("create", paths, packs, platform, stdin_format, select, ignore, config_path, model, output, force)


@baseline.command("update")
@click.argument("paths", nargs=-1, type=click.Path(allow_dash=True))
@_check_options
@click.option("-o", "--output", type=click.Path(dir_okay=False), metavar="FILE",
              help="The baseline to update (default: the config's 'baseline', else .postguard-baseline.json).")
def baseline_update(paths, packs, platform, stdin_format, select, ignore, config_path, model, output):
    """Rewrite the baseline for the current findings: fixed ones leave, new ones join, reasons are kept."""
    _baseline_write("update", paths, packs, platform, stdin_format, select, ignore, config_path, model, output, False)


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
