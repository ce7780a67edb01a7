"""Run the ``examples`` of every rule: each ``flag`` example must make its rule fire (on the expected
text, if given) and each ``pass`` example must not. Used by ``postguard packs test`` and the test suite."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from .checker import Checker
from .sources import Post


@dataclass
class ExampleResult:
    rule: str
    which: str  # "flag" or "pass"
    text: str
    line: int | None
    ok: bool
    reason: str = ""


_CHECKERS: dict[tuple[str, ...], Checker] = {}


def checker_for(packs: list[str]) -> Checker:
    key = tuple(packs)
    if key not in _CHECKERS:
        _CHECKERS[key] = Checker(packs=packs)
    return _CHECKERS[key]


def run_examples(packs: list[str], only_pack: str | None = None) -> Iterator[ExampleResult]:
    checker = checker_for(packs)
    pack_names = {p.name for p in checker.ruleset.packs}
    own = checker.ruleset.packs[-1].name if only_pack is None else only_pack
    rules = [r for r in checker.ruleset.rules.values() if r.pack == own and own in pack_names]
    cases = []
    for rule in rules:
        for which, examples in (("flag", rule.examples_flag), ("pass", rule.examples_pass)):
            for ex in examples:
                cases.append((rule, which, ex))
    posts = [Post(text=ex["text"], platform=ex.get("platform")) for _, _, ex in cases]
    for (rule, which, ex), report in zip(cases, checker.check_many(posts)):
        mine = [f for f in report.findings if f.rule == rule.id]
        if report.errors:  # e.g. the rule's pattern was cut off: neither a pass nor a flag
            yield ExampleResult(rule.id, which, ex["text"], ex.get("line"), False, report.errors[0])
            continue
        if which == "flag":
            if not mine:
                yield ExampleResult(rule.id, which, ex["text"], ex.get("line"), False,
                                    "expected this rule to flag the example" + ("" if rule.enabled else " (the rule is turned off)"))
                continue
            want = ex.get("match")
            if want is not None and not any(f.match == str(want) for f in mine):
                got = ", ".join(repr(f.match) for f in mine)
                yield ExampleResult(rule.id, which, ex["text"], ex.get("line"), False, f"expected match {want!r}, got {got}")
                continue
            yield ExampleResult(rule.id, which, ex["text"], ex.get("line"), True)
        else:
            if mine:
                got = ", ".join(repr(f.match) for f in mine)
                yield ExampleResult(rule.id, which, ex["text"], ex.get("line"), False, f"expected no finding, got {got}")
            else:
                yield ExampleResult(rule.id, which, ex["text"], ex.get("line"), True)
