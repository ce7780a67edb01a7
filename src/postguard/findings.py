"""Findings and reports: what a check returns, in plain data."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

SEVERITIES = ("info", "warning", "error")
SEVERITY_RANK = {name: rank for rank, name in enumerate(SEVERITIES)}

# The fixed category vocabulary (design notes, section 2). A pack may add its own categories.
CATEGORIES = (
    "private",
    "politics",
    "religion",
    "hard_sell",
    "income_claim",
    "health_claim",
    "disclosure",
    "platform",
    "brand",
)


def mask(value: str) -> str:
    """Hide a private value but keep its shape: 'Emma' -> 'E***', '555-0142' -> '5**-***2'."""
    alnum = [i for i, ch in enumerate(value) if ch.isalnum()]
    if len(alnum) <= 1:
        return "*" * len(value) if alnum else value
    keep = {alnum[0]}
    if len(alnum) >= 8:
        keep.add(alnum[-1])
    return "".join(ch if (i in keep or not ch.isalnum()) else "*" for i, ch in enumerate(value))


@dataclass(frozen=True)
class Location:
    """Where a span sits in the source file: 1-based line and column (Unicode code points)."""

    path: str | None
    line: int
    column: int
    end_line: int
    end_column: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
        }


@dataclass
class Finding:
    """One problem in one post.

    ``start``/``end`` are character offsets into the post's text; ``match`` is ``text[start:end]``.
    ``message`` names the matched text; for private values it names the masked value unless the
    report is rendered with ``show_values``.
    """

    rule: str
    category: str
    severity: str
    message: str
    start: int
    end: int
    match: str
    suggestion: str | None = None
    evidence: dict[str, Any] = field(default_factory=dict)
    link: str | None = None
    sensitive: bool = False
    location: Location | None = None
    post_id: str | None = None
    part: str | None = None  # which field of the post: body, first_comment, alt_text
    fingerprint: str | None = None
    _template: str = field(default="", repr=False, compare=False)
    # a non-private finding whose span holds a private value of another finding ("my daughter Emma says ..."
    # quoted by a politics rule) shows this instead of ``match``: the same text with those values masked
    masked_match: str | None = field(default=None, repr=False, compare=False)

    def shown_match(self, show_values: bool = False) -> str:
        if show_values:
            return self.match
        if self.sensitive:
            return mask(self.match)
        return self.match if self.masked_match is None else self.masked_match

    def render_message(self, show_values: bool = False) -> str:
        if not self._template:
            return self.message
        return self._template.replace("{match}", self.shown_match(show_values))

    def to_dict(self, show_values: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {
            "rule": self.rule,
            "category": self.category,
            "severity": self.severity,
            "message": self.render_message(show_values),
            "start": self.start,
            "end": self.end,
            "match": self.shown_match(show_values),
            "masked": (self.sensitive or self.masked_match is not None) and not show_values,
            "suggestion": self.suggestion,
            "link": self.link,
            "evidence": _mask_evidence(self.evidence, self.sensitive and not show_values),
        }
        if self.location is not None:
            data["location"] = self.location.to_dict()
        if self.post_id is not None:
            data["post_id"] = self.post_id
        if self.part is not None:
            data["part"] = self.part
        if self.fingerprint is not None:
            data["fingerprint"] = self.fingerprint
        return data


def _mask_evidence(evidence: dict[str, Any], hide: bool) -> dict[str, Any]:
    if not hide:
        return dict(evidence)
    return {k: (mask(v) if k in ("text", "value", "context_text") and isinstance(v, str) else v) for k, v in evidence.items()}


@dataclass
class Report:
    """The findings for one post, sorted by position."""

    text: str
    findings: list[Finding] = field(default_factory=list)
    post_id: str | None = None
    path: str | None = None
    platform: str | None = None
    errors: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.findings

    def worst(self) -> str | None:
        if not self.findings:
            return None
        return max((f.severity for f in self.findings), key=SEVERITY_RANK.__getitem__)

    def categories(self) -> set[str]:
        return {f.category for f in self.findings}

    def to_dict(self, show_values: bool = False) -> dict[str, Any]:
        return {
            "post_id": self.post_id,
            "path": self.path,
            "platform": self.platform,
            "findings": [f.to_dict(show_values) for f in self.findings],
        }
