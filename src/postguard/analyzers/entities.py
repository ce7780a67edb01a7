"""Presidio, wired to postguard's one spaCy pass.

- The NLP engine wraps the Checker's already-loaded pipeline; Presidio never loads (or downloads) a model.
- ``NlpArtifacts`` are built from the Doc the Checker already made, without relabelling ``doc.ents``.
- Recognizers are chosen deliberately: Presidio's email (with an offline domain check), phone (US, UK,
  Canada, Australia), SSN, credit card, IBAN, US passport and bank numbers, plus postguard's own
  (see ``recognizers``). Left out on purpose: UK NHS (fires on US phone numbers), US driver's licence
  (fires on "Q3"; ours needs a licence word), spaCy PERSON/LOCATION/DATE as findings of their own (brand
  names, cities and event dates in business posts are not private).
"""

from __future__ import annotations

import bisect

import regex

from .lazyimports import import_presidio

import_presidio()  # Presidio without importing every country's recognizers (see lazyimports)

from presidio_analyzer import AnalyzerEngine, RecognizerRegistry, RecognizerResult
from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer
from presidio_analyzer.nlp_engine import NlpArtifacts, SpacyNlpEngine
from presidio_analyzer.predefined_recognizers import (
    CreditCardRecognizer,
    EmailRecognizer,
    IbanRecognizer,
    PhoneRecognizer,
    UsBankRecognizer,
    UsPassportRecognizer,
    UsSsnRecognizer,
)
from spacy.attrs import IDX, LEMMA, LENGTH
from spacy.language import Language
from spacy.tokens import Doc

from .recognizers import all_recognizers

_TLD = regex.compile(r"\.[a-z]{2,24}$", regex.IGNORECASE)


class OfflineEmailRecognizer(EmailRecognizer):
    """Presidio's email recognizer validates domains with tldextract, which fetches the public suffix
    list over the network on first use. A top-level domain of letters is enough for us, offline."""

    def validate_result(self, pattern_text: str) -> bool:  # noqa: D102
        domain = pattern_text.rsplit("@", 1)[-1]
        return bool(_TLD.search(domain)) and ".." not in domain


class _TokenStarts(list):
    """Token start offsets that also carry the tokens' end offsets, for a binary search."""

    ends: list[int]


class _Keywords(list):
    """Presidio asks ``lemma in keywords`` for every context word it looks at; a set answers at once."""

    def __init__(self, items):
        super().__init__(items)
        self._set = set(self)

    def __contains__(self, item) -> bool:
        return item in self._set


class LinearContextEnhancer(LemmaContextAwareEnhancer):
    """Presidio's lemma context enhancer, without its scan from the first token for every result: on a long
    post with many results that scan made the context step quadratic (minutes for a 50 kB post)."""

    @staticmethod
    def _find_index_of_match_token(word, start, tokens, tokens_indices) -> int:
        ends = getattr(tokens_indices, "ends", None)
        if ends is None:
            return LemmaContextAwareEnhancer._find_index_of_match_token(word, start, tokens, tokens_indices)
        # the first token that ends after ``start`` (the same token Presidio's linear scan picks)
        i = bisect.bisect_right(ends, start)
        if i >= len(ends):
            raise ValueError(f"Did not find word {word!r} in the list of tokens although it is expected to be found")
        return i


class SharedNlpEngine(SpacyNlpEngine):
    """A Presidio NLP engine over a pipeline postguard already loaded."""

    def __init__(self, nlp: Language):
        super().__init__(models=[{"lang_code": "en", "model_name": nlp.meta.get("name", "postguard")}])
        self.nlp = {"en": nlp}

    def load(self) -> None:  # the pipeline is already loaded; never download
        pass

    def process_text(self, text: str, language: str) -> NlpArtifacts:
        return self.artifacts(self.nlp[language](text))

    def artifacts(self, doc: Doc) -> NlpArtifacts:
        mapping = self.ner_model_configuration.model_to_presidio_entity_mapping
        ignore = self.ner_model_configuration.labels_to_ignore
        from spacy.tokens import Span

        strings = doc.vocab.strings
        ents = []
        for ent in doc.ents:
            label = mapping.get(ent.label_, ent.label_)
            if ent.label_ in ignore or label in ignore:
                continue
            ents.append(Span(doc, ent.start, ent.end, label=label))  # a copy: doc.ents keep spaCy labels
        # read token offsets and lemmas as arrays: making a Token object per token costs more
        starts = _TokenStarts(doc.to_array(IDX).tolist())
        starts.ends = [s + n for s, n in zip(starts, doc.to_array(LENGTH).tolist())]
        artifacts = NlpArtifacts(
            entities=ents,
            tokens=doc,
            tokens_indices=starts,
            lemmas=[strings[h] for h in doc.to_array(LEMMA).tolist()],
            nlp_engine=self,
            language="en",
            scores=[self.ner_model_configuration.default_score] * len(ents),
        )
        artifacts.keywords = _Keywords(artifacts.keywords)
        return artifacts


PRESIDIO_RECOGNIZERS = {
    "EMAIL_ADDRESS": lambda: OfflineEmailRecognizer(),
    "PHONE_NUMBER": lambda: PhoneRecognizer(supported_regions=("US", "GB", "CA", "AU"), leniency=1),
    "US_SSN": lambda: UsSsnRecognizer(),
    "CREDIT_CARD": lambda: CreditCardRecognizer(),
    "IBAN_CODE": lambda: IbanRecognizer(),
    "US_PASSPORT": lambda: UsPassportRecognizer(),
    "US_BANK_NUMBER": lambda: UsBankRecognizer(),
}


def own_entities() -> list[str]:
    return [r.supported_entities[0] for r in all_recognizers()]


def known_entities() -> list[str]:
    return sorted(set(PRESIDIO_RECOGNIZERS) | set(own_entities()))


class EntityAnalyzer:
    """Runs the chosen recognizers on a Doc the Checker already produced."""

    def __init__(self, nlp: Language, entities: list[str]):
        self.entities = sorted(set(entities))
        self.engine_nlp = SharedNlpEngine(nlp)
        registry = RecognizerRegistry(supported_languages=["en"])
        for name in self.entities:
            if name in PRESIDIO_RECOGNIZERS:
                registry.add_recognizer(PRESIDIO_RECOGNIZERS[name]())
        for rec in all_recognizers():
            if rec.supported_entities[0] in self.entities:
                registry.add_recognizer(rec)
        self.analyzer = AnalyzerEngine(registry=registry, nlp_engine=self.engine_nlp, supported_languages=["en"],
                                       context_aware_enhancer=LinearContextEnhancer())

    def analyze(self, doc: Doc, text: str | None = None) -> list[RecognizerResult]:
        """``text`` is ``doc.text`` when the caller has it (spaCy rebuilds ``doc.text`` on every access)."""
        text = doc.text if text is None else text
        if not self.entities or not text.strip():
            return []
        return self.analyzer.analyze(
            text=text,
            language="en",
            entities=self.entities,
            nlp_artifacts=self.engine_nlp.artifacts(doc),
            return_decision_process=True,
        )
