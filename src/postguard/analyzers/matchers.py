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

REGEX_TIMEOUT = 1.0  # seconds per pattern per post


class PatternTimeout(PostguardError):
    def __init__(self, key: str):
        self.key = key
        super().__init__(f"rule {key.split(':')[0]}: its pattern took over {REGEX_TIMEOUT:g}s on one post and was cut off")


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

    def run(self, doc: Doc, norm: Normalized) -> dict[str, list[Hit]]:
        out: dict[str, list[Hit]] = defaultdict(list)
        vocab = doc.vocab
        for matcher, how in ((self.lower, "terms"), (self.lemma, "lemma"), (self.tokens, "tokens")):
            if len(matcher) == 0:
                continue
            for match_id, s, e in matcher(doc):
                span = doc[s:e]
                out[vocab.strings[match_id]].append(Hit(span.start_char, span.end_char, (("matcher", how),)))
        if self.hashtags:
            for s, e, key in norm.hashtags():
                for spec_key, term in self.hashtags.get(key, ()):
                    out[spec_key].append(Hit(s, e, (("matcher", "hashtag"), ("term", term))))
        text = norm.text  # the Doc's text, without spaCy joining it again
        for key, pattern, group in self.regexes:
            try:
                for m in pattern.finditer(text, timeout=REGEX_TIMEOUT):
                    try:
                        s, e = m.span(group)
                    except IndexError:
                        s, e = m.span()
                    if s < 0 or s == e:
                        continue
                    out[key].append(Hit(s, e, (("matcher", "pattern"), ("pattern", pattern.pattern[:80]))))
            except TimeoutError:
                raise PatternTimeout(key) from None
        return out
