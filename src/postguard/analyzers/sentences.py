"""Cheap sentence spans for social posts: split on ., !, ? and line breaks, no parser needed."""

from __future__ import annotations

import bisect
import re

_END = re.compile(r"[.!?]+(?=\s|$)|\n+")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    start = 0
    for m in _END.finditer(text):
        end = m.end()
        if text[start:end].strip():
            spans.append((start, end))
        start = end
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans or [(0, len(text))]


def sentence_of(spans: list[tuple[int, int]], offset: int) -> tuple[int, int]:
    # spans are sorted and disjoint: the candidate is the last one starting at or before ``offset``
    k = bisect.bisect_right(spans, (offset, float("inf"))) - 1
    if k >= 0 and spans[k][0] <= offset < spans[k][1]:
        return spans[k]
    return spans[-1] if spans else (0, 0)
