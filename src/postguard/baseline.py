"""Baselines: accept the findings a content repo already has, and fail only on new ones.

``.postguard-baseline.json`` is keyed by each finding's content fingerprint (the rule plus the
normalized matched text and the normalized post), never by line number, so edits elsewhere in a
file, reordered posts and merges leave it unchanged. Each entry counts how many identical findings
are accepted; private values are never written (the match is masked for sensitive rules).
"""

from __future__ import annotations

import json
import os
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


def filter_reports(reports: Iterable[Report], baseline: Baseline) -> int:
    """Remove baselined findings from ``reports`` in place; return how many were removed.

    Each fingerprint accepts as many findings as its ``count``: a second copy of an accepted problem is new.
    """
    budget = baseline.counts()
    removed = 0
    for report in reports:
        kept = []
        for f in report.findings:
            if f.fingerprint and budget[f.fingerprint] > 0:
                budget[f.fingerprint] -= 1
                removed += 1
            else:
                kept.append(f)
        report.findings = kept
    return removed


def _entry(f: Finding) -> dict[str, Any]:
    loc = f.location
    return {
        "fingerprint": f.fingerprint,
        "rule": f.rule,
        "match": f.shown_match(False),  # masked for private values
        "path": loc.path if loc is not None else None,  # informational only: matching ignores it
        "count": 0,
    }


def build(findings: Iterable[Finding], previous: Baseline | None = None) -> tuple[dict[str, Any], dict[str, int]]:
    """The baseline document for ``findings``; entries already in ``previous`` keep their extra fields
    (a ``reason`` a reviewer wrote). Returns (document, stats: added, kept, removed)."""
    entries: dict[str, dict[str, Any]] = {}
    for f in findings:
        if not f.fingerprint:
            continue
        if f.fingerprint not in entries:
            old = previous.entries.get(f.fingerprint) if previous else None
            entries[f.fingerprint] = {**_entry(f), **({k: v for k, v in old.items() if k not in ("count",)} if old else {})}
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
