"""One ``check`` run over files: project config per file, readers per format, one Checker per distinct
set of packs and rules, suppressions, and the baseline. The ``check`` and ``baseline`` commands and the
pre-commit hook all go through :func:`run_check`.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, replace
from typing import Any

from .errors import PostguardError
from .findings import SEVERITY_RANK
from .reporters.base import RunResult


@dataclass
class Options:
    """What the command line says; ``None`` means "take it from the project config"."""

    packs: tuple[str, ...] | None = None
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] | None = None
    platform: str | None = None
    fail_on: str | None = None
    config: str | None = None
    stdin_format: str = "text"
    model: str | None = None
    show_values: bool = False
    jobs: int = 1


_CHECKER_CACHE: dict[tuple, Any] = {}  # one Checker per (packs, select, ignore, model) for the whole process


class _Checkers:
    def __init__(self, model: str | None):
        self.model = model
        self._cache = _CHECKER_CACHE

    def get(self, packs: tuple[str, ...], select: tuple[str, ...], ignore: tuple[str, ...]):
        key = (packs, select, ignore, self.model)
        if key not in self._cache:
            from .checker import Checker, Config

            cfg = Config(select=select, ignore=ignore)
            if self.model:
                cfg.model = self.model
            self._cache[key] = Checker(packs=list(packs), config=cfg)
        return self._cache[key]


_KNOWN: dict[str, Any] | None = None


def known_rules(extra: dict[str, Any]) -> dict[str, Any]:
    """Every rule a suppression may name: all built-in packs' rules plus those of the packs in use."""
    global _KNOWN
    if _KNOWN is None:
        from .packs import builtin_names, load_packs

        _KNOWN = {}
        for name in builtin_names():
            try:
                _KNOWN.update(load_packs([name]).rules)
            except PostguardError:  # a broken built-in pack is reported when it is used, not here
                continue
    return {**_KNOWN, **extra}


def run_check(paths: list[str], opts: Options, stdin=None) -> RunResult:
    from . import suppress
    from .config import ConfigFinder, default_packs
    from .sources import expand_paths, read_path, read_stream

    finder = ConfigFinder(opts.config)
    checkers = _Checkers(opts.model)
    run = RunResult(show_values=opts.show_values)
    groups: dict[tuple, list[tuple[int, Any]]] = {}  # checker key -> [(order, post)]
    order = 0
    fail_ons: list[str] = []
    baselines: set[str] = set()
    for path in expand_paths(paths):
        settings = finder.settings_for(None if path == "-" else path)
        settings = replace(
            settings,
            packs=opts.packs or settings.packs,
            select=opts.select if opts.select is not None else settings.select,
            ignore=opts.ignore if opts.ignore is not None else settings.ignore,
            platform=opts.platform or settings.platform,
        )
        if settings.fail_on:
            fail_ons.append(settings.fail_on)
        if settings.baseline:
            baselines.add(settings.baseline)
        try:
            if path == "-":
                posts = read_stream(stdin if stdin is not None else sys.stdin.buffer, "<stdin>", opts.stdin_format,
                                    settings.platform, options=settings.input)
            else:
                posts = read_path(path, platform=settings.platform, options=settings.input)
            file_groups: dict[tuple, list[Any]] = {}
            for post in posts:
                packs = tuple(post.meta.get("packs") or settings.packs or default_packs())
                key = (packs, tuple(settings.select), tuple(settings.ignore))
                checker = checkers.get(*key)  # raises for an unknown pack or rule id
                file_groups.setdefault(key, []).append(post)
                if post.meta.get("suppressions"):
                    suppress.validate([post], known_rules(checker.ruleset.rules))
        except PostguardError as exc:
            run.errors.append(str(exc))
            continue
        run.files += 1
        for key, posts in file_groups.items():
            for post in posts:
                groups.setdefault(key, []).append((order, post))
                order += 1
    ordered: list[tuple[int, Any]] = []
    extra = []
    for key, items in groups.items():
        checker = checkers.get(*key)
        run.rules.update(checker.ruleset.rules)
        posts = [p for _, p in items]
        reports = list(checker.check_many(posts, n_process=opts.jobs) if opts.jobs != 1 else checker.check_many(posts))
        extra.extend(suppress.apply(reports, posts, checker.rules))
        ordered.extend(zip((o for o, _ in items), reports))
    run.reports = [r for _, r in sorted(ordered, key=lambda x: x[0])]
    # per-post errors (a post too long to check, a rule's pattern cut off) fail the run like unreadable files
    run.errors.extend(e for r in run.reports for e in r.errors)
    run.suppressed = _count_suppressed(groups)
    if extra:
        run.rules.setdefault(suppress.UNUSED_RULE_ID, suppress.UNUSED_RULE)
        run.reports.extend(extra)
    run.fail_on = opts.fail_on or (max(fail_ons, key=lambda s: -SEVERITY_RANK[s]) if fail_ons else "warning")
    run.config_baselines = sorted(baselines)
    return run


def _count_suppressed(groups: dict[tuple, list[tuple[int, Any]]]) -> int:
    seen: set[int] = set()
    total = 0
    for items in groups.values():
        for _, post in items:
            for s in post.meta.get("suppressions", ()):
                if id(s) not in seen:
                    seen.add(id(s))
                    total += s.used
    return total
