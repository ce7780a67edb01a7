"""Compile every spec of the enabled rules once; run them all over a Doc in one pass.

Terms go into two spaCy ``PhraseMatcher`` (lowercase text and lemmas); hashtag terms ("#ad") are matched
against whole hashtags so "#ad" never matches "#adventure"; token patterns share one ``Matcher``; regular
expressions run with a time limit so a pathological pattern cannot hang a run.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from .lazyimports import import_spacy

import_spacy()  # spaCy without its command line (see lazyimports)

import regex
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc

from ..errors import PostguardError
from ..normalize import Normalized, normalize
from ..packs.loader import compile_pattern
from ..packs.model import Spec
from .prefilter import GATE_AFTER, LiteralGates

REGEX_TIMEOUT = 1.0  # seconds per pattern per post


class PatternTimeout(PostguardError):
    def __init__(self, key: str):
        self.key = key
        super().__init__(f"rule {key.split(':')[0]}: its pattern took over {REGEX_TIMEOUT:g}s on one post and was cut off")

    def __reduce__(self):  # travels back from a worker process (check_many n_process > 1) unchanged
        return (type(self), (self.key,))


@dataclass(frozen=True)
class Hit:
    start: int  # normalized text offsets
    end: int
    evidence: tuple[tuple[str, Any], ...] = ()


def _hashtag_key(term: str) -> str:
    return "".join(ch for ch in term[1:].lower() if ch.isalnum())


# Splitting a pattern into its top-level alternatives is safe only when no alternative can refer to another
# (group references, subroutine calls, conditionals) and no inline flag in one alternative applies to the
# next (VERSION1 inline flags run to the end of the pattern); verbose patterns and comments are left whole.
_NO_SPLIT = re.compile(r"\\[1-9]|\\g|\(\?P[=>]|\(\?&|\(\?R|\(\?[0-9+\-]\d|\(\?\(|\(\?#|\\[QEK]|\(\?[a-zA-Z^\-]*[xXrpV]")
# verbose (comments, ignored spaces), POSIX (leftmost-longest) and reverse searching: patterns run as written
_AS_WRITTEN_FLAGS = regex.VERBOSE | regex.POSIX | regex.REVERSE
_AS_WRITTEN_INLINE = re.compile(r"\(\?[a-zA-Z^\-]*[xXrpV]")
_INLINE_FLAGS = re.compile(r"\(\?[a-zA-Z^\-]+\)")


def _class_end(pattern: str, i: int) -> int | None:
    """Index just past the character class that starts at ``pattern[i] == "["``, or None."""
    n = len(pattern)
    i += 1
    if i < n and pattern[i] == "^":
        i += 1
    if i < n and pattern[i] == "]":
        i += 1
    while i < n and pattern[i] != "]":
        if pattern[i] == "[":
            return None  # a nested set (VERSION1) or POSIX class
        i += 2 if pattern[i] == "\\" else 1
    return i + 1 if i < n else None


def _scan(pattern: str, i: int = 0, stop_at_close: bool = False):
    """Walk ``pattern`` from ``i`` keeping track of escapes, classes and groups. Yields the index of each
    top-level "|"; with ``stop_at_close`` (``pattern[i]`` is "("), yields the index past the matching ")".
    Raises ValueError on anything it cannot follow."""
    depth = 0
    n = len(pattern)
    while i < n:
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            end = _class_end(pattern, i)
            if end is None:
                raise ValueError(pattern)
            i = end
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth < 0:
                raise ValueError(pattern)
            if stop_at_close and depth == 0:
                yield i + 1
                return
        elif c == "|" and depth == 0 and not stop_at_close:
            yield i
        i += 1
    if depth or stop_at_close:
        raise ValueError(pattern)


def _leading_flags(pattern: str) -> tuple[str, str]:
    """``pattern`` as (its leading inline flags such as "(?i)", or "", and the rest)."""
    lead = _INLINE_FLAGS.match(pattern)
    return (lead.group(), pattern[lead.end():]) if lead else ("", pattern)


def split_alternatives(pattern: str) -> list[str] | None:
    """The top-level alternatives of ``pattern`` (each with the pattern's leading inline flags), or None
    if it has only one or cannot be split safely."""
    if _NO_SPLIT.search(pattern):
        return None
    prefix, pattern = _leading_flags(pattern)
    if _INLINE_FLAGS.search(pattern):
        return None
    try:
        bars = list(_scan(pattern))
    except ValueError:
        return None
    if not bars:
        return None
    parts = [pattern[a + 1:b] for a, b in zip([-1] + bars, bars + [len(pattern)])]
    if not all(parts):
        return None
    return [prefix + part for part in parts]


_NONCAPTURING = re.compile(r"\(\?[a-zA-Z^\-]*:")
_SIMPLE_ESCAPES = set("dDwWsSbB.\\$^*+?()[]{}|/-#&~ nrtf'\"")


def hoist_lookbehind(pattern: str) -> str:
    """A pattern that starts with look-behinds makes ``regex`` test them at every position of the text.
    Put a look-ahead for the first thing the pattern consumes in front, so most positions fail at once:
    ``(?<!for\\s)[$£€]\\d`` -> ``(?=[$£€])(?<!for\\s)[$£€]\\d``. The look-ahead asks for what the pattern
    must match at that very position anyway, so the matches are the same. Unchanged if unsure."""
    if _AS_WRITTEN_INLINE.search(pattern):
        return pattern
    prefix, pattern = _leading_flags(pattern)
    i = 0
    try:
        while pattern.startswith(("(?<=", "(?<!"), i):
            i = next(_scan(pattern, i, stop_at_close=True))
    except (ValueError, StopIteration):
        return prefix + pattern
    if i == 0:
        return prefix + pattern
    k = i + 2 if pattern.startswith("\\b", i) else i
    if k >= len(pattern):
        return prefix + pattern
    c = pattern[k]
    try:
        if c == "(":
            if not _NONCAPTURING.match(pattern, k):
                return prefix + pattern  # a capturing group (copying it would renumber groups) or a look-around
            end = next(_scan(pattern, k, stop_at_close=True))
        elif c == "[":
            end = _class_end(pattern, k)
        elif c == "\\":
            end = k + 2 if k + 1 < len(pattern) and pattern[k + 1] in _SIMPLE_ESCAPES else None
        elif c in ".^$|)*+?{":
            end = None
        else:
            end = k + 1
    except (ValueError, StopIteration):
        end = None
    if end is None or end <= k:
        return prefix + pattern
    if end < len(pattern) and (pattern[end] in "?*" or pattern.startswith(("{0", "{,"), end)):
        return prefix + pattern  # the first thing may be absent
    return prefix + "(?=" + pattern[i:end] + ")" + pattern


def _merged_finditer(alts: list[Any], text: str):
    """The matches ``finditer`` of the alternation of ``alts`` (in this order) would give, from searches of
    the single alternatives: at each step the leftmost match, the earliest alternative on a tie. None if
    a match is empty (``finditer``'s rule for what follows an empty match is not reproduced)."""
    out = []
    nexts: list[Any] = [None] * len(alts)
    done = [False] * len(alts)
    pos = 0
    n = len(text)
    while pos <= n:
        best = None
        for k, alt in enumerate(alts):
            if done[k]:
                continue
            m = nexts[k]
            if m is None or m.start() < pos:
                m = nexts[k] = alt.search(text, pos, timeout=REGEX_TIMEOUT)
                if m is None:
                    done[k] = True
                    continue
            if best is None or m.start() < best.start():
                best = m
        if best is None:
            break
        if best.end() == best.start():
            return None
        out.append(best)
        pos = best.end()
    return out


class SpecIndex:
    def __init__(self, nlp: Language, specs: list[Spec]):
        self.specs = {s.key: s for s in specs}
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.lemma = PhraseMatcher(nlp.vocab, attr="LEMMA")
        self.tokens = Matcher(nlp.vocab)
        self.hashtags: dict[str, list[tuple[str, str]]] = defaultdict(list)  # key -> [(spec key, term)]
        self.regexes: list[tuple[str, Any, int | str]] = []
        self.has_lemma = False
        lemma_terms: dict[str, list[str]] = {}
        for spec in specs:
            plain = []
            for term in spec.terms:
                if term.startswith("#") and len(term) > 1:
                    self.hashtags[_hashtag_key(term)].append((spec.key, term))
                else:
                    plain.append(normalize(term).text)
            if plain:
                if spec.match_on == "lemma":
                    lemma_terms[spec.key] = plain
                else:
                    self.lower.add(spec.key, list(nlp.tokenizer.pipe(plain)))
            if spec.tokens:
                self.tokens.add(spec.key, [list(p) for p in spec.tokens])
            for p in spec.patterns:
                self.regexes.append((spec.key, compile_pattern(p, spec.ignore_case), spec.group))
        if lemma_terms:
            self.has_lemma = True
            for key, terms in lemma_terms.items():
                self.lemma.add(key, list(nlp.pipe(terms)))
        # each distinct pattern runs once per post, for every spec that uses it, and (after the first
        # few posts) only on posts that contain a literal any match of it must contain (``prefilter``)
        runs: dict[tuple, tuple[Any, int | str, list[str]]] = {}
        for key, pattern, group in self.regexes:
            ident = (pattern.pattern, pattern.flags, group)
            if ident not in runs:
                runs[ident] = (pattern, group, [])
            runs[ident][2].append(key)
        self._regex_runs = list(runs.values())
        by_key: dict[str, list[int]] = defaultdict(list)
        for run_id, (_, _, keys) in enumerate(self._regex_runs):
            for key in keys:
                by_key[key].append(run_id)
        self._runs_by_key = {key: tuple(ids) for key, ids in by_key.items()}
        self._gates: LiteralGates | None = None
        self._alts: list[list[Any]] = []  # per run: its compiled top-level alternatives (or itself), for gated runs
        self._units: list[tuple[int, int]] = []  # gate index -> (run, alternative)
        self._uses = 0
        self.fast = True  # False: every pattern runs whole on every post (the reference the tests compare to)

    def build_gates(self) -> None:
        """Gates per pattern, or per top-level alternative of a pattern that splits: a post then runs only
        the alternatives whose literals it contains (most patterns are long lists of phrases, and a few
        alternatives with common words such as "in" or "our" would otherwise open the whole list)."""
        if self._gates is not None or not self._regex_runs:
            return
        sources: list[str] = []
        for run_id, (pattern, group, _) in enumerate(self._regex_runs):
            if group != 0 or pattern.flags & _AS_WRITTEN_FLAGS:
                # a numbered or named group to report, or flags that change how it reads: run as written
                parts, alts = [pattern.pattern], [pattern]
            else:
                parts, alts = split_alternatives(pattern.pattern) or [pattern.pattern], None
            try:
                if alts is None:
                    alts = [regex.compile(hoist_lookbehind(part), pattern.flags) for part in parts]
            except (regex.error, ValueError, OverflowError, RecursionError):
                parts, alts = [pattern.pattern], [pattern]
            self._alts.append(alts)
            for k, part in enumerate(parts):
                self._units.append((run_id, k))
                sources.append(part)
        self._gates = LiteralGates(sources)

    def open_runs(self, text: str) -> tuple[dict[int, list[int]], dict[str, list[int]]]:
        """For one post: run -> its alternatives that can match (a pattern that was not split is one
        alternative), runs that cannot match left out; and spec key -> its runs that can match."""
        out: dict[int, list[int]] = {}
        units = self._units
        for u in sorted(self._gates.open_indexes(text)):  # type: ignore[union-attr]
            run_id, k = units[u]
            if run_id in out:
                out[run_id].append(k)
            else:
                out[run_id] = [k]
        by_key: dict[str, list[int]] = {}
        runs = self._regex_runs
        for run_id in out:
            for key in runs[run_id][2]:
                if key in by_key:
                    by_key[key].append(run_id)
                else:
                    by_key[key] = [run_id]
        return out, by_key

    def run(self, doc: Doc, norm: Normalized) -> "SpecMatches":
        self._uses += 1
        if self._uses == GATE_AFTER and self.fast:
            self.build_gates()
        out = SpecMatches(self, norm.text, self._gates)  # the Doc's text, without spaCy joining it again
        vocab = doc.vocab
        for matcher, how in ((self.lower, "terms"), (self.lemma, "lemma"), (self.tokens, "tokens")):
            if len(matcher) == 0:
                continue
            for match_id, s, e in matcher(doc):
                span = doc[s:e]
                out.add(vocab.strings[match_id], Hit(span.start_char, span.end_char, (("matcher", how),)))
        if self.hashtags:
            for s, e, key in norm.hashtags():
                for spec_key, term in self.hashtags.get(key, ()):
                    out.add(spec_key, Hit(s, e, (("matcher", "hashtag"), ("term", term))))
        return out

    def _search(self, run_id: int, out: "SpecMatches", alts: list[int] | None = None) -> None:
        """Search one pattern; with ``alts``, only those of its alternatives (the others cannot match)."""
        pattern, group, keys = self._regex_runs[run_id]
        try:
            matches = None
            if alts is not None:
                compiled = self._alts[run_id]
                if len(alts) == 1:
                    matches = compiled[alts[0]].finditer(out.text, timeout=REGEX_TIMEOUT)
                elif len(alts) < len(compiled):
                    matches = _merged_finditer([compiled[k] for k in alts], out.text)
            if matches is None:
                matches = pattern.finditer(out.text, timeout=REGEX_TIMEOUT)
            for m in matches:
                try:
                    s, e = m.span(group)
                except IndexError:
                    s, e = m.span()
                if s < 0 or s == e:
                    continue
                hit = Hit(s, e, (("matcher", "pattern"), ("pattern", pattern.pattern[:80])))
                for key in keys:
                    out.add(key, hit)
        except TimeoutError:
            raise PatternTimeout(keys[0]) from None


class SpecMatches(dict):
    """Hits per spec key for one post. A spec's regular expressions run the first time someone asks for
    its hits, so a ``near``, ``unless`` or ``require`` pattern is never searched in a post where the
    rule's main match is absent. Reading all keys (iterating, ``items()``) searches everything first."""

    def __init__(self, index: SpecIndex, text: str, gates: LiteralGates | None = None):
        super().__init__()
        self.index = index
        self.text = text
        self.gates = gates
        self.open: dict[int, list[int]] | None = None  # runs (and alternatives) the gates let through
        self._open_by_key: dict[str, list[int]] = {}
        self._done: set[int] = set()
        self._filled: set[str] = set()

    def add(self, key: str, hit: Hit) -> None:
        dict.setdefault(self, key, []).append(hit)

    def _fill(self, key: str) -> None:
        if key in self._filled:
            return
        self._filled.add(key)
        if self.gates is None:
            for run_id in self.index._runs_by_key.get(key, ()):
                if run_id not in self._done:
                    self._done.add(run_id)
                    self.index._search(run_id, self)
            return
        if self.open is None:
            self.open, self._open_by_key = self.index.open_runs(self.text)
        # only the patterns whose literals the post contains; the others cannot match it
        for run_id in self._open_by_key.get(key, ()):
            if run_id not in self._done:
                self._done.add(run_id)
                self.index._search(run_id, self, self.open[run_id])

    def _fill_all(self) -> None:
        for key in self.index._runs_by_key:
            self._fill(key)

    def get(self, key, default=None):
        self._fill(key)
        return dict.get(self, key, default)

    def __getitem__(self, key):
        self._fill(key)
        return dict.__getitem__(self, key)

    def __contains__(self, key) -> bool:
        self._fill(key)
        return dict.__contains__(self, key)

    def __iter__(self):
        self._fill_all()
        return dict.__iter__(self)

    def __len__(self) -> int:
        self._fill_all()
        return dict.__len__(self)

    def keys(self):
        self._fill_all()
        return dict.keys(self)

    def values(self):
        self._fill_all()
        return dict.values(self)

    def items(self):
        self._fill_all()
        return dict.items(self)
