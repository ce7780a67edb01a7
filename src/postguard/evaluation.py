"""Measure detection quality on labeled posts: precision, recall and F1 per category, the share of
harmless posts flagged, and recall by entity type where gold spans are given.

Input: JSON Lines with ``text`` and ``labels`` (a list of categories; empty means the post should
pass). Optional: ``spans`` (``start``, ``end``, ``entity``) for recall by entity type; ``label_scope``
(the shared-data convention: A private, B politics/religion, C hard sell) limits which categories a
record is counted for; ``benign: null`` records are skipped.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Iterable

from .errors import InputError

SCOPES = {"A": {"private"}, "B": {"politics", "religion"}, "C": {"hard_sell"}}


@dataclass
class Labeled:
    text: str
    labels: set[str]
    scope: set[str] | None
    spans: list[dict[str, Any]] = field(default_factory=list)
    raw: dict[str, Any] = field(default_factory=dict)


def read_labeled(path: str, label_map: dict[str, str] | None = None) -> list[Labeled]:
    label_map = label_map or {}
    out = []
    try:
        fh = open(path, encoding="utf-8")
    except OSError as exc:
        raise InputError(exc.strerror or str(exc), path) from None
    with fh:
        for lineno, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(f"line {lineno}: not valid JSON ({exc.msg})", path) from None
            if not isinstance(obj, dict) or not isinstance(obj.get("text"), str) or not isinstance(obj.get("labels", []), list):
                raise InputError(f"line {lineno}: expected an object with 'text' and a 'labels' list", path)
            if "benign" in obj and obj["benign"] is None:
                continue
            labels = {label_map.get(lb, lb) for lb in obj.get("labels", [])}
            labels.discard("")
            scope = None
            if obj.get("label_scope"):
                scope = set().union(*(SCOPES.get(s, {s}) for s in obj["label_scope"]))
            out.append(Labeled(obj["text"], labels, scope, obj.get("spans") or [], obj))
    return out


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    benign: int = 0
    benign_flagged: int = 0

    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    def f1(self) -> float:
        p, r = self.precision(), self.recall()
        return 2 * p * r / (p + r) if p + r else 0.0

    def fp_rate(self) -> float:
        return self.benign_flagged / self.benign if self.benign else 0.0


def score(records: list[Labeled], predictions: Iterable[set[str]], categories: Iterable[str] | None = None,
          found_spans: Iterable[list[tuple[int, int]]] | None = None):
    """Return (per-category Counts, per-entity [found, total], misses)."""
    preds = list(predictions)
    cats = set(categories or ())
    for r in records:
        cats |= r.labels
    for p in preds:
        cats |= p
    counts = {c: Counts() for c in sorted(cats)}
    misses = []
    spans_iter = list(found_spans) if found_spans is not None else [[] for _ in records]
    by_entity: dict[str, list[int]] = {}
    for rec, pred, spans in zip(records, preds, spans_iter):
        in_scope = rec.scope if rec.scope is not None else set(counts)
        wrong = []
        for c, cnt in counts.items():
            if c not in in_scope:
                continue
            gold, hit = c in rec.labels, c in pred
            if gold and hit:
                cnt.tp += 1
            elif gold:
                cnt.fn += 1
                wrong.append(("missed", c))
            elif hit:
                cnt.fp += 1
                wrong.append(("false_positive", c))
            if not rec.labels:
                cnt.benign += 1
                cnt.benign_flagged += int(hit)
        for gold_span in rec.spans:
            ent = gold_span.get("entity", "?")
            slot = by_entity.setdefault(ent, [0, 0])
            slot[1] += 1
            if any(s < gold_span["end"] and gold_span["start"] < e for s, e in spans):
                slot[0] += 1
        if wrong:
            misses.append({"text": rec.text, "labels": sorted(rec.labels), "predicted": sorted(pred),
                           "errors": [f"{kind}:{c}" for kind, c in wrong]})
    return counts, by_entity, misses


def format_table(counts: dict[str, Counts], title: str = "") -> str:
    lines = []
    if title:
        lines.append(title)
    lines.append(f"{'category':<14} {'precision':>9} {'recall':>7} {'f1':>6} {'tp':>5} {'fp':>5} {'fn':>5}  {'harmless flagged':>16}")
    for c, n in counts.items():
        if n.tp + n.fp + n.fn == 0 and not n.benign_flagged:
            fp = f"{n.fp_rate():.1%} of {n.benign}"
            lines.append(f"{c:<14} {'-':>9} {'-':>7} {'-':>6} {0:>5} {0:>5} {0:>5}  {fp:>16}")
            continue
        fp = f"{n.fp_rate():.1%} of {n.benign}"
        lines.append(f"{c:<14} {n.precision():>9.3f} {n.recall():>7.3f} {n.f1():>6.3f} {n.tp:>5} {n.fp:>5} {n.fn:>5}  {fp:>16}")
    return "\n".join(lines)


def format_entities(by_entity: dict[str, list[int]]) -> str:
    if not by_entity:
        return ""
    lines = [f"{'entity (gold span)':<22} {'recall':>7} {'found':>6} {'total':>6}"]
    for ent, (found, total) in sorted(by_entity.items(), key=lambda kv: -kv[1][1]):
        lines.append(f"{ent:<22} {found / total if total else 0:>7.3f} {found:>6} {total:>6}")
    return "\n".join(lines)
