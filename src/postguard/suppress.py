"""Suppressions: a reviewer accepts a finding, names the rule and gives a reason, instead of switching
the check off.

Where they are written (the readers collect them into ``Post.meta["suppressions"]``):

- Markdown: ``<!-- postguard: ignore[rule-id, other-id] reason -->`` covers the block it sits in, or the
  next block when it stands on its own; ``<!-- postguard: disable[rule-id] reason -->`` ...
  ``<!-- postguard: enable[rule-id] -->`` covers the lines between (to the end of the file without an enable);
- Markdown front matter: ``ignore: {rule-id: reason}`` (or a list of ids) covers the whole file;
- a CSV column or JSON key (``postguard`` by default, set with ``input.*.suppress``) covers its row or post:
  ``rule-id: reason`` (several separated by ``;``) or ``ignore[rule-id] reason``.

Rule names may be ids, aliases or globs (``direct-sales/*``). A name that matches no known rule is an
input error; a suppression that suppressed nothing is reported as ``postguard/unused-suppression``;
a locked rule's findings are never suppressed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from fnmatch import fnmatchcase
from typing import Any, Iterable

from .errors import InputError
from .findings import Finding, Location, Report
from .packs.model import Rule

UNUSED_RULE_ID = "postguard/unused-suppression"

UNUSED_RULE = Rule(
    id=UNUSED_RULE_ID, pack="postguard", kind="meta", category="suppression", severity="warning",
    message="Suppression {match} suppressed nothing.",
    suggestion="Remove the suppression, or fix the rule id it names.",
    description="A suppression that no longer matches a finding hides nothing today but would silently hide a "
                "future problem; remove it. Suppressions of locked rules never take effect.",
)

_DIRECTIVE = re.compile(r"^\s*postguard\s*:\s*(?P<verb>[a-z-]+)\s*(?:\[(?P<rules>[^\]]*)\])?\s*(?P<reason>.*?)\s*$", re.S)
_ID = re.compile(r"^[a-z0-9][a-z0-9_-]*(/[a-z0-9*?][a-z0-9*?_-]*)?$|^[a-z0-9*?_-]+/\*$")


@dataclass(eq=False)
class Suppression:
    """One written suppression. ``first_line``/``last_line`` bound the source lines it covers (None: the
    whole post or file it belongs to)."""

    rules: tuple[str, ...]
    reason: str | None
    path: str | None
    line: int
    column: int = 1
    source: str = ""  # the suppression as written, for messages
    kind: str = "ignore"  # ignore, disable, front-matter, column
    first_line: int | None = None
    last_line: int | None = None
    used: int = 0
    locked: list[str] = field(default_factory=list)  # locked rules it tried to suppress
    active: bool = False  # names at least one rule that ran

    def covers(self, finding: Finding) -> bool:
        if self.first_line is None or finding.location is None:
            return True
        line = finding.location.line
        return self.first_line <= line and (self.last_line is None or line <= self.last_line)

    def names(self, rule: Rule) -> bool:
        return any(_match(p, rule) for p in self.rules)


def _match(pattern: str, rule: Rule) -> bool:
    return pattern == rule.id or pattern in rule.aliases or fnmatchcase(rule.id, pattern)


def split_rules(text: str, path: str | None, line: int) -> tuple[str, ...]:
    names = tuple(n.strip() for n in re.split(r"[,\s]+", text.strip()) if n.strip())
    if not names:
        raise InputError(f"line {line}: a suppression must name at least one rule, e.g. ignore[core/personal-phone]", path)
    for n in names:
        if not _ID.match(n):
            raise InputError(f"line {line}: {n!r} is not a rule id (rule ids look like 'core/personal-phone')", path)
    return names


def parse_directive(body: str, path: str | None, line: int, column: int) -> tuple[str, tuple[str, ...], str | None] | None:
    """Parse the inside of an HTML comment; None when it is not addressed to postguard."""
    m = _DIRECTIVE.match(body)
    if not m:
        if re.match(r"^\s*postguard\b", body):
            raise InputError(f"line {line}: cannot read postguard comment {body.strip()!r}; "
                             "write <!-- postguard: ignore[rule-id] reason -->", path)
        return None
    verb = m.group("verb")
    if verb not in ("ignore", "disable", "enable"):
        raise InputError(f"line {line}: unknown postguard directive {verb!r} (use ignore, disable or enable)", path)
    if m.group("rules") is None:
        raise InputError(f"line {line}: {verb} needs the rules it applies to in brackets, e.g. {verb}[core/personal-phone]", path)
    return verb, split_rules(m.group("rules"), path, line), (m.group("reason") or None)


def parse_value(value: Any, path: str | None, line: int, column: int, kind: str = "column",
                first_line: int | None = None, last_line: int | None = None) -> list[Suppression]:
    """Suppressions from a CSV cell, a JSON value or a front matter entry."""
    if value is None or value == "" or value == [] or value == {}:
        return []
    items: list[tuple[tuple[str, ...], str | None, str]] = []
    if isinstance(value, dict):
        for k, v in value.items():
            if v is not None and not isinstance(v, str):
                raise InputError(f"line {line}: the reason for suppressing {k!r} must be text", path)
            items.append((split_rules(str(k), path, line), v or None, f"{k}"))
    elif isinstance(value, list):
        for v in value:
            if not isinstance(v, str):
                raise InputError(f"line {line}: suppressions must be rule ids (text), got {type(v).__name__}", path)
            items.extend(_from_string(v, path, line))
    elif isinstance(value, str):
        items.extend(_from_string(value, path, line))
    else:
        raise InputError(f"line {line}: cannot read suppression {value!r}", path)
    return [Suppression(rules=r, reason=reason, path=path, line=line, column=column, source=src, kind=kind,
                        first_line=first_line, last_line=last_line) for r, reason, src in items]


def _from_string(value: str, path: str | None, line: int) -> list[tuple[tuple[str, ...], str | None, str]]:
    out = []
    for part in re.split(r";|\n", value):
        part = part.strip()
        if not part:
            continue
        m = re.match(r"^ignore\s*\[([^\]]*)\]\s*(.*)$", part)
        if m:
            out.append((split_rules(m.group(1), path, line), m.group(2).strip() or None, part))
            continue
        ids, sep, reason = part.partition(":")
        if "/" not in ids and sep and "/" in reason:  # "core/x" has no ':' but a reason may contain one
            ids, reason = part, ""
        out.append((split_rules(ids, path, line), reason.strip() or None, part))
    return out


def validate(posts: Iterable[Any], known: dict[str, Rule]) -> None:
    """Raise InputError for a suppression that names no known rule."""
    seen: set[int] = set()
    for post in posts:
        for s in post.meta.get("suppressions", ()):
            if id(s) in seen:
                continue
            seen.add(id(s))
            for name in s.rules:
                if not any(_match(name, r) for r in known.values()):
                    import difflib

                    close = difflib.get_close_matches(name, list(known), n=1)
                    hint = f" (did you mean {close[0]!r}?)" if close else ""
                    raise InputError(f"line {s.line}: suppression names unknown rule {name!r}{hint}", s.path)


def apply(reports: list[Report], posts: list[Any], active: Iterable[Rule]) -> list[Report]:
    """Drop suppressed findings from ``reports`` (in place) and return extra reports, one per suppression
    that suppressed nothing (or tried to suppress a locked rule)."""
    active = list(active)
    by_id = {r.id: r for r in active}
    all_supp: dict[int, Suppression] = {}
    for report, post in zip(reports, posts):
        supps = post.meta.get("suppressions") or []
        for s in supps:
            all_supp.setdefault(id(s), s)
            if any(s.names(r) for r in active):
                s.active = True
        if not supps:
            continue
        kept = []
        for f in report.findings:
            rule = by_id.get(f.rule)
            hit = [s for s in supps if rule is not None and s.names(rule) and s.covers(f)]
            if not hit:
                kept.append(f)
                continue
            if rule is not None and rule.locked:
                for s in hit:
                    if rule.id not in s.locked:
                        s.locked.append(rule.id)
                kept.append(f)
                continue
            for s in hit:
                s.used += 1
        report.findings = kept
    extra = []
    for s in all_supp.values():
        if s.used or not s.active:
            continue  # a suppression of rules that did not run (another pack) is not reported
        shown = s.source or f"ignore[{', '.join(s.rules)}]"
        if s.locked:
            msg = (f"Suppression {shown} has no effect: {', '.join(s.locked)} "
                   f"{'is' if len(s.locked) == 1 else 'are'} locked by the pack and cannot be suppressed.")
        else:
            msg = f"Suppression {shown} suppressed nothing."
        f = Finding(rule=UNUSED_RULE_ID, category="suppression", severity=UNUSED_RULE.severity, message=msg,
                    start=0, end=len(shown), match=shown, suggestion=UNUSED_RULE.suggestion,
                    location=Location(s.path, s.line, s.column, s.line, s.column + len(shown)),
                    fingerprint=None)
        import hashlib

        f.fingerprint = hashlib.sha256("\x1f".join((UNUSED_RULE_ID, shown, s.path or "")).encode()).hexdigest()[:20]
        extra.append(Report(text=shown, findings=[f], path=s.path, post_id=None))
    return extra
