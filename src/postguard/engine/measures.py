"""Counts and lengths for ``limit`` rules, each returning the value and the span to point at."""

from __future__ import annotations

import re
import unicodedata

_HASHTAG = re.compile(r"(?<![\w&])#\w+")
_MENTION = re.compile(r"(?<![\w@])@\w+")
_URL = re.compile(r"https?://\S+|www\.\S+", re.I)
_CAPS_WORD = re.compile(r"\b[A-Z][A-Z'’]{2,}\b")
_WORD = re.compile(r"\b[A-Za-z][A-Za-z'’]+\b")
_BANG_RUN = re.compile(r"!{2,}")
_BANG = re.compile("!")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _is_emoji(ch: str) -> bool:
    return unicodedata.category(ch) == "So" or 0x1F300 <= ord(ch) <= 0x1FAFF


def measure(name: str, text: str) -> tuple[float, list[tuple[int, int]]]:
    """Return (value, spans of the counted items) for one measure."""
    if name == "hashtags":
        spans = [m.span() for m in _HASHTAG.finditer(text)]
        return len(spans), spans
    if name == "mentions":
        spans = [m.span() for m in _MENTION.finditer(text)]
        return len(spans), spans
    if name == "urls":
        spans = [m.span() for m in _URL.finditer(text)]
        return len(spans), spans
    if name == "emoji":
        # every emoji is outside ASCII: only those characters need a look
        spans = [] if text.isascii() else [m.span() for m in _NON_ASCII.finditer(text) if _is_emoji(m.group())]
        return len(spans), spans
    if name == "exclamations":
        spans = [m.span() for m in _BANG.finditer(text)]
        return len(spans), spans
    if name == "exclamation_run":
        runs = [m.span() for m in _BANG_RUN.finditer(text)]
        longest = max((e - s for s, e in runs), default=0)
        return longest, runs
    if name == "characters":
        return len(text), [(0, len(text))]
    if name == "caps_words":
        spans = [m.span() for m in _CAPS_WORD.finditer(text)]
        return len(spans), spans
    if name == "caps_ratio":
        words = _WORD.findall(text)
        caps = [m.span() for m in _CAPS_WORD.finditer(text)]
        return (len(caps) / len(words) if words else 0.0), caps
    raise ValueError(name)
