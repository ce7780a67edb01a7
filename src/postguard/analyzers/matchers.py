"""Compile every spec of the enabled rules once; run them all over a Doc in one pass.

Terms go into two spaCy ``PhraseMatcher`` (lowercase text and lemmas); hashtag terms ("#ad") are matched
against whole hashtags so "#ad" never matches "#adventure"; token patterns share one ``Matcher``; regular
expressions run with a time limit so a pathological pattern cannot hang a run.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

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
        self._uses = 0

    def build_gates(self) -> None:
        if self._gates is None and self._regex_runs:
            self._gates = LiteralGates([p.pattern for p, _, _ in self._regex_runs])

    def run(self, doc: Doc, norm: Normalized) -> "SpecMatches":
        self._uses += 1
        if self._uses == GATE_AFTER:
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

    def _search(self, run_id: int, out: "SpecMatches") -> None:
        pattern, group, keys = self._regex_runs[run_id]
        try:
            for m in pattern.finditer(out.text, timeout=REGEX_TIMEOUT):
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
        self.open: set[int] | None = None  # patterns the gates let through, worked out on first need
        self._done: set[int] = set()

    def add(self, key: str, hit: Hit) -> None:
        dict.setdefault(self, key, []).append(hit)

    def _fill(self, key: str) -> None:
        for run_id in self.index._runs_by_key.get(key, ()):
            if run_id not in self._done:
                self._done.add(run_id)
                if self.gates is not None:
                    if self.open is None:
                        self.open = self.gates.open_indexes(self.text)
                    if run_id not in self.open:
                        continue  # the post lacks every literal a match of this pattern must contain
                self.index._search(run_id, self)

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
