"""Baselines: accept the findings a content repo already has, and fail only on new ones.

``.postguard-baseline.json`` is keyed by each finding's content fingerprint (the rule plus the
normalized matched text and the normalized post), never by line number, so edits elsewhere in a
file, reordered posts and merges leave it unchanged. Each entry also keeps a ``context`` hash (the rule,
the match and the paragraph around it), so editing another paragraph of a long Markdown post does not
turn an accepted finding into a new one. Each entry counts how many identical findings are accepted;
private values are never written (the match is masked for sensitive rules, and only hashes of the
post are stored).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Iterable

from .errors import ConfigError
from .findings import Finding, Report

BASELINE_NAME = ".postguard-baseline.json"
SCHEMA_VERSION = 1


@dataclass
class Baseline:
    path: str
    entries: dict[str, dict[str, Any]] = field(default_factory=dict)  # fingerprint -> entry

    def counts(self) -> Counter:
        return Counter({fp: int(e.get("count", 1)) for fp, e in self.entries.items()})


def load(path: str) -> Baseline:
    try:
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such baseline file (create one with 'postguard baseline create')") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read baseline ({exc})") from None
    except json.JSONDecodeError as exc:
        raise ConfigError(f"{path}:{exc.lineno}: baseline is not valid JSON ({exc.msg})") from None
    if not isinstance(data, dict) or not isinstance(data.get("findings"), list):
        raise ConfigError(f"{path}: not a postguard baseline (expected an object with a 'findings' list)")
    if data.get("schema_version") != SCHEMA_VERSION:
        raise ConfigError(f"{path}: baseline schema_version {data.get('schema_version')!r} is not supported (expected {SCHEMA_VERSION})")
    entries: dict[str, dict[str, Any]] = {}
    for i, e in enumerate(data["findings"]):
        if not isinstance(e, dict) or not isinstance(e.get("fingerprint"), str):
            raise ConfigError(f"{path}: baseline entry {i} has no 'fingerprint'")
        count = e.get("count", 1)
        if not isinstance(count, int) or count < 1:
            raise ConfigError(f"{path}: baseline entry {i} has a bad 'count'")
        entries[e["fingerprint"]] = dict(e)
    return Baseline(path, entries)


def context_key(f: Finding, text: str) -> str:
    """Hash of the rule, the normalized match and the paragraph (text between blank lines) around it."""
    start = max((m.end() for m in re.finditer(r"\n\s*\n", text[:f.start])), default=0)
    m = re.search(r"\n\s*\n", text[f.end:])
    end = f.end + m.start() if m else len(text)
    para = " ".join(text[start:end].lower().split())
    match = " ".join(f.match.lower().split())
    return hashlib.sha256("\x1f".join((f.rule, match, para)).encode("utf-8")).hexdigest()[:20]


def filter_reports(reports: Iterable[Report], baseline: Baseline) -> int:
    """Remove baselined findings from ``reports`` in place; return how many were removed.

    A finding is accepted by its fingerprint, or failing that by its context (the same problem in the
    same paragraph of a post that changed elsewhere). Each entry accepts as many findings as its
    ``count``: a second copy of an accepted problem is new.
    """
    reports = list(reports)
    budget = baseline.counts()
    ctx_budget: Counter = Counter()
    ctx_of = {}
    for fp, e in baseline.entries.items():
        if isinstance(e.get("context"), str):
            ctx_of[fp] = e["context"]
            ctx_budget[e["context"]] += int(e.get("count", 1))
    removed = 0
    pending = []
    for report in reports:
        for f in report.findings:
            if f.fingerprint and budget[f.fingerprint] > 0:
                budget[f.fingerprint] -= 1
                if f.fingerprint in ctx_of:
                    ctx_budget[ctx_of[f.fingerprint]] -= 1
                f._baselined = True  # type: ignore[attr-defined]
            else:
                pending.append((report, f))
    for report, f in pending:
        ctx = context_key(f, report.text)
        if ctx_budget[ctx] > 0:
            ctx_budget[ctx] -= 1
            f._baselined = True  # type: ignore[attr-defined]
    for report in reports:
        kept = [f for f in report.findings if not getattr(f, "_baselined", False)]
        removed += len(report.findings) - len(kept)
        report.findings = kept
    return removed


def _entry(f: Finding, text: str) -> dict[str, Any]:
    loc = f.location
    return {
        "fingerprint": f.fingerprint,
        "context": context_key(f, text),
        "rule": f.rule,
        "match": f.shown_match(False),  # masked for private values
        "path": loc.path if loc is not None else None,  # informational only: matching ignores it
        "count": 0,
    }


def build(reports: Iterable[Report], previous: Baseline | None = None) -> tuple[dict[str, Any], dict[str, int]]:
    """The baseline document for the findings in ``reports``; entries already in ``previous`` keep their
    extra fields (a ``reason`` a reviewer wrote). Returns (document, stats: added, kept, removed)."""
    entries: dict[str, dict[str, Any]] = {}
    for report in reports:
        for f in report.findings:
            if not f.fingerprint:
                continue
            if f.fingerprint not in entries:
                old = previous.entries.get(f.fingerprint) if previous else None
                extra = {k: v for k, v in old.items() if k not in ("count", "fingerprint", "context", "rule", "match", "path")} if old else {}
                entries[f.fingerprint] = {**_entry(f, report.text), **extra}
                entries[f.fingerprint]["count"] = 0
            entries[f.fingerprint]["count"] += 1
    prev = set(previous.entries) if previous else set()
    stats = {"added": len(set(entries) - prev), "kept": len(set(entries) & prev), "removed": len(prev - set(entries))}
    doc = {
        "schema_version": SCHEMA_VERSION,
        "tool": "postguard",
        "note": "Accepted findings, keyed by content fingerprint. Regenerate with 'postguard baseline update'.",
        "findings": sorted(entries.values(), key=lambda e: (e.get("path") or "", e["rule"], e["fingerprint"])),
    }
    return doc, stats


def write(path: str, doc: dict[str, Any]) -> None:
    tmp = f"{path}.tmp{os.getpid()}"
    with open(tmp, "w", encoding="utf-8") as fh:
        json.dump(doc, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    os.replace(tmp, path)
