"""What a loaded rule pack is made of: rules, matcher specs and packs, as plain dataclasses."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Spec:
    """Something to find in a post: one of terms, a regular expression, spaCy token patterns or entities.

    Rules use specs for their main match and for ``near``, ``unless``, ``when`` and ``require``.
    ``key`` is unique within a checker and names the spec's matches.
    """

    key: str
    terms: tuple[str, ...] = ()
    match_on: str = "lower"  # or "lemma"
    patterns: tuple[str, ...] = ()
    ignore_case: bool = True
    group: int | str = 0
    tokens: tuple[tuple[dict[str, Any], ...], ...] = ()
    entities: tuple[str, ...] = ()
    min_score: float = 0.5
    within: int | str | None = None  # characters from the start of the post, or "more" (the feed cut)
    window: int = 0  # for ``near``: tokens either side of the main match (0: same sentence)
    findings: tuple[str, ...] = ()  # categories or rule ids: earlier findings in the same post count as matches
    findings_except: tuple[str, ...] = ()  # rule ids written "!id" in the list: their findings never count

    def needs(self) -> set[str]:
        out: set[str] = set()
        if self.match_on == "lemma" and self.terms:
            out.add("lemma")
        for pattern in self.tokens:
            for tok in pattern:
                for attr in tok:
                    a = attr.upper()
                    if a in ("LEMMA",):
                        out.add("lemma")
                    elif a in ("POS", "TAG", "MORPH"):
                        out.add("pos")
                    elif a in ("DEP", "HEAD"):
                        out.add("dep")
                    elif a in ("ENT_TYPE", "ENT_IOB"):
                        out.add("ner")
                    elif a in ("IS_SENT_START", "SENT_START"):
                        out.add("sents")
        if self.entities:
            out.add("entities")
        if self.window == 0 and self.key.endswith(":near"):
            out.add("sents")
        return out


@dataclass
class Rule:
    id: str  # pack/slug
    pack: str
    kind: str
    category: str
    severity: str
    message: str
    suggestion: str | None = None
    link: str | None = None
    description: str | None = None
    examples_flag: list[dict[str, Any]] = field(default_factory=list)
    examples_pass: list[dict[str, Any]] = field(default_factory=list)
    platforms: tuple[str, ...] = ()
    allow: tuple[str, ...] = ()
    locked: bool = False
    enabled: bool = True
    sensitive: bool = False
    aliases: tuple[str, ...] = ()
    spec: Spec | None = None  # terms / pattern / tokens / entity
    near: Spec | None = None
    unless: Spec | None = None
    when: Spec | None = None  # require
    require: Spec | None = None  # require
    context: tuple[str, ...] = ()  # entity: words that must be near (any)
    exclude_context: tuple[str, ...] = ()  # entity: words that cancel the finding when near
    exclude_match: tuple[str, ...] = ()  # regular expressions: a match that fits one is not a finding
    context_window: int = 8
    measure: str | None = None  # limit
    max: float | None = None  # limit
    max_platform: bool = False  # limit: ``max: platform`` uses the post's platform length limit (platforms.py)
    min_chars: int = 0  # limit: only for posts at least this long
    label: str | None = None  # topic
    threshold: float | None = None  # topic
    source: str | None = None  # file the rule was defined in
    line: int | None = None

    def needs(self) -> set[str]:
        out: set[str] = set()
        for spec in (self.spec, self.near, self.unless, self.when, self.require):
            if spec is not None:
                out |= spec.needs()
        if self.kind == "topic":
            out.add("textcat")
            out.add("sents")
        if self.context or self.exclude_context:
            out.add("sents")
        return out


@dataclass
class Pack:
    name: str
    version: str | None
    description: str | None
    path: str
    extends: list[str]
    allow: tuple[str, ...]
    overrides: dict[str, dict[str, Any]]
    rules: list[Rule]
