"""Normalize a post before analysis, keeping a map from every normalized character back to the original.

- Unicode NFKC per grapheme-ish cluster (base character plus combining marks), so full-width letters,
  ligatures and styled "math" letters used to dodge filters read as plain letters;
- zero-width and invisible characters removed (the zero-width joiner is kept inside emoji sequences);
- look-alike Cyrillic and Greek letters inside otherwise Latin words mapped to Latin;
- CamelCase hashtags split into words ("#VoteThemOut" -> "#Vote Them Out") so matchers and classifiers
  see the words; lowercase hashtags are segmented by a vocabulary when one is given.

Analyzers only ever see ``Normalized.text``; findings are mapped back with ``Normalized.span``.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Sequence

# Invisible characters people (or copy-paste) put inside words.
_INVISIBLE = {
    "\u200b",  # zero width space
    "\u200c",  # zero width non-joiner
    "\u2060",  # word joiner
    "\ufeff",  # byte order mark / zero width no-break space
    "\u00ad",  # soft hyphen
    "\u180e",  # mongolian vowel separator
    "\u2061", "\u2062", "\u2063", "\u2064",  # invisible math operators
    "\u202a", "\u202b", "\u202c", "\u202d", "\u202e",  # bidi embeddings and overrides
    "\u2066", "\u2067", "\u2068", "\u2069",  # bidi isolates
    "\u200e", "\u200f",  # LRM / RLM
}
_ZWJ = "\u200d"

# Cyrillic and Greek letters that render like Latin ones.
_CONFUSABLES = {
    "а": "a", "в": "b", "е": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p", "с": "c", "т": "t",
    "у": "y", "х": "x", "ѕ": "s", "і": "i", "ј": "j", "ԁ": "d", "ɡ": "g", "ӏ": "l", "һ": "h", "ԛ": "q", "ԝ": "w",
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C", "Т": "T",
    "Х": "X", "Ѕ": "S", "І": "I", "Ј": "J", "Ү": "Y",
    "α": "a", "ο": "o", "ρ": "p", "ν": "v", "τ": "t", "ι": "i", "κ": "k", "χ": "x", "υ": "u",
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N", "Ο": "O",
    "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X",
}

_HASHTAG = re.compile(r"(?<![\w&])#([^\W_][\w]*)")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|(?<=[A-Za-z])(?=\d)|(?<=\d)(?=[A-Za-z])")


def _is_emoji_like(ch: str) -> bool:
    return unicodedata.category(ch) == "So" or 0x1F000 <= ord(ch) <= 0x1FAFF or 0x2600 <= ord(ch) <= 0x27BF


@dataclass(frozen=True)
class Normalized:
    """Normalized text plus, for each of its characters, the original [start, end) it came from."""

    original: str
    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of the normalized text to the original text."""
        if not self.text:
            return (0, 0)
        start = max(0, min(start, len(self.text) - 1))
        end = max(start + 1, min(end, len(self.text)))
        return self.starts[start], self.ends[end - 1]

    def hashtags(self) -> list[tuple[int, int, str]]:
        """Hashtags in the normalized text as (start, end, key); key is the lowercase body without spaces.

        Spaces that hashtag splitting inserted map to nothing in the original, so a split hashtag is
        still one hashtag here ("#Brand Partner" -> key "brandpartner").
        """
        out = []
        text = self.text
        for m in re.finditer(r"(?<![\w&])#(?=\w)", text):
            k = m.end()
            while k < len(text) and (text[k].isalnum() or text[k] == "_" or (text[k] == " " and self.starts[k] == self.ends[k])):
                k += 1
            body = text[m.end():k]
            out.append((m.start(), k, "".join(ch for ch in body.lower() if ch.isalnum())))
        return out

    def offset(self, index: int) -> int:
        """Map a single normalized offset (a position between characters) to the original."""
        if index >= len(self.text):
            return len(self.original)
        return self.starts[index]


class _Builder:
    def __init__(self, original: str) -> None:
        self.original = original
        self.chars: list[str] = []
        self.starts: list[int] = []
        self.ends: list[int] = []

    def add(self, out: str, start: int, end: int) -> None:
        for ch in out:
            self.chars.append(ch)
            self.starts.append(start)
            self.ends.append(end)

    def run(self, text: str, start: int, end: int) -> None:
        """Copy ``text[start:end]`` unchanged, one original character per character."""
        self.chars.append(text[start:end])
        self.starts.extend(range(start, end))
        self.ends.extend(range(start + 1, end + 1))

    def copy(self, norm: Normalized, start: int, end: int) -> None:
        """Copy ``norm.text[start:end]`` with its offsets, unchanged."""
        if start < end:
            self.chars.append(norm.text[start:end])
            self.starts.extend(norm.starts[start:end])
            self.ends.extend(norm.ends[start:end])

    def build(self) -> Normalized:
        return Normalized(self.original, "".join(self.chars), tuple(self.starts), tuple(self.ends))


def _clusters(text: str):
    """Yield (start, end) of a base character and its combining marks."""
    i, n = 0, len(text)
    while i < n:
        j = i + 1
        while j < n and unicodedata.combining(text[j]):
            j += 1
        yield i, j
        i = j


def _clean_cluster(b: _Builder, text: str, start: int, end: int) -> None:
    chunk = text[start:end]
    ch = chunk[0]
    if ch in _INVISIBLE:
        return
    if ch == _ZWJ:
        # keep the joiner inside emoji sequences (family, profession emoji); drop it between letters
        prev = text[start - 1] if start > 0 else ""
        nxt = text[end] if end < len(text) else ""
        if prev and nxt and (_is_emoji_like(prev) or _is_emoji_like(nxt)):
            b.add(chunk, start, end)
        return
    if ch == "\x00":
        b.add(" ", start, end)
        return
    if ch in _CONFUSABLES:
        b.add(_CONFUSABLES[ch], start, end)
        return
    out = unicodedata.normalize("NFKC", chunk) if not chunk.isascii() else chunk
    # NFKC turns some characters into spaces or nothing; keep offsets sane either way
    b.add(out or " ", start, end)


# Characters that may need work: NUL and anything outside ASCII. Runs of other ASCII characters are
# copied as they are (NFKC leaves them alone), which keeps normalization cheap on ordinary posts.
_SPECIAL = re.compile(r"[^\x01-\x7f]")


def _clean(text: str) -> Normalized:
    b = _Builder(text)
    n = len(text)
    i = 0
    while i < n:
        m = _SPECIAL.search(text, i)
        j = m.start() if m else n
        if m is not None and j > i and unicodedata.combining(text[j]):
            j -= 1  # the ASCII letter before a combining mark starts a cluster with it
        if j > i:
            b.run(text, i, j)
        if m is None:
            break
        k = j + 1  # one base character and its combining marks, as ``_clusters`` yields them
        while k < n and unicodedata.combining(text[k]):
            k += 1
        _clean_cluster(b, text, j, k)
        i = k
    return b.build()


def _split_hashtags(norm: Normalized, segment: Callable[[str], Sequence[str]] | None) -> Normalized:
    text = norm.text
    pieces: list[tuple[int, int, str]] = []  # (start, end, replacement) in normalized coordinates
    for m in _HASHTAG.finditer(text):
        body = m.group(1)
        words = [w for w in _CAMEL.split(body) if w]
        if len(words) == 1 and segment is not None and body.isalpha():
            words = list(segment(body)) or [body]
        if len(words) > 1:
            pieces.append((m.start(1), m.end(1), " ".join(words)))
    if not pieces:
        return norm
    b = _Builder(norm.original)
    pos = 0
    for start, end, replacement in pieces:
        b.copy(norm, pos, start)
        # walk the replacement against the original body: letters map to themselves, inserted spaces
        # map to the gap between two letters (zero width in the original, shown as the next letter)
        k = start
        for ch in replacement:
            if ch == " " and (k >= end or text[k] != " "):
                b.add(" ", norm.starts[k], norm.starts[k])
            else:
                b.add(ch, norm.starts[k], norm.ends[k])
                k += 1
        pos = end
    b.copy(norm, pos, len(text))
    return b.build()


WORDS_FILE = Path(__file__).resolve().parent / "models" / "words.txt"


class Segmenter:
    """Split a lowercase hashtag body into words ("votethemallout" -> vote them all out).

    A unigram model over a word-frequency list (built from the training data by
    ``training/train_topics.py``): the split with the highest product of word probabilities wins, each
    extra word costs a penalty, and a body is split only if every piece is a known word. A body that
    is itself a known word stays whole ("together" is not "to get her"), words of three letters or
    fewer count only if frequent, single letters other than "a" and "i" are never pieces, and
    all-caps bodies (acronyms) are left alone.
    """

    def __init__(self, counts: dict[str, int], word_penalty: float = 2.0, max_word: int = 20, min_short: int = 10):
        self._memo: dict[str, tuple[str, ...]] = {}  # body -> its split, for bodies seen before
        self.total = float(sum(counts.values())) or 1.0
        self.max_word = max_word
        self.penalty = word_penalty
        # short pieces make nonsense splits of names and acronyms ("maga" -> "ma ga"): only frequent ones
        self.cost = {w: -math.log(c / self.total) for w, c in counts.items()
                     if w.isalpha() and (len(w) > 1 or w in ("a", "i")) and (len(w) > 3 or c >= min_short)}

    @classmethod
    def from_file(cls, path: Path | str = WORDS_FILE) -> "Segmenter":
        counts: dict[str, int] = {}
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                parts = line.split()
                if len(parts) == 2 and not line.startswith("#"):
                    counts[parts[0]] = int(parts[1])
        return cls(counts)

    def __call__(self, body: str) -> list[str]:
        # the same hashtags come back post after post: each body is split once
        memo = self._memo
        got = memo.get(body)
        if got is None:
            if len(memo) >= 50_000:
                memo.clear()
            got = memo[body] = tuple(self._split(body))
        return list(got)

    def _split(self, body: str) -> list[str]:
        word = body.lower()
        if body.isupper() or len(word) < 4 or len(word) > 60 or word in self.cost or not word.isalpha():
            return [body]
        n = len(word)
        best: list[tuple[float, int]] = [(0.0, 0)] + [(math.inf, 0)] * n
        for end in range(1, n + 1):
            for start in range(max(0, end - self.max_word), end):
                c = self.cost.get(word[start:end])
                if c is None or best[start][0] == math.inf:
                    continue
                total = best[start][0] + c + self.penalty
                if total < best[end][0]:
                    best[end] = (total, start)
        if best[n][0] == math.inf:
            return [body]
        cuts = []
        end = n
        while end > 0:
            start = best[end][1]
            cuts.append((start, end))
            end = start
        cuts.reverse()
        return [body[s:e] for s, e in cuts]


@lru_cache(maxsize=1)
def default_segmenter() -> Segmenter | None:
    """The segmenter built on the shipped word list, or None if the list is missing."""
    try:
        return Segmenter.from_file(WORDS_FILE)
    except OSError:
        return None


_DEFAULT: Any = object()


def normalize(text: str, segment: Callable[[str], Sequence[str]] | None = _DEFAULT) -> Normalized:
    """Return the normalized text and its offset map.

    ``segment`` splits a lowercase hashtag body; by default the shipped word-list segmenter, ``None``
    for no segmentation (CamelCase hashtags are split either way).
    """
    if segment is _DEFAULT:
        segment = default_segmenter()
    norm = _clean(text)
    return _split_hashtags(norm, segment)
