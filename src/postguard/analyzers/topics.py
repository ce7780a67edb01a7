"""Topic scores (politics, religion) from the classifier shipped in ``postguard/models/topics``.

The classifier is a spaCy ``textcat_multilabel`` component trained by ``training/train_topics.py``. It is
loaded on its own (no second pipeline) and applied to the Doc the Checker already made, so a post is
tokenized once. Besides the post's score per label, the scorer finds the sentence (or hashtag) that
scores highest for each label and records it as the evidence span a ``topic`` rule reports.

The model is a bag of lowercase unigrams and bigrams feeding one logistic layer: small (about 2 MB),
fast (no vectors, no tok2vec) and explainable (a sentence's score uses the same weights).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ..errors import ConfigError

MODEL_DIR = Path(__file__).resolve().parent.parent / "models" / "topics"
ARCHITECTURE = "postguard.TopicBOW.v1"
COMPONENT = "textcat_multilabel"
# Sentence evidence is looked for only for labels whose post score reaches this; a rule with a lower
# threshold still fires, and then reports the whole post as its span.
EVIDENCE_FLOOR = 0.2


def _register() -> None:
    """Register the architecture the shipped model's config names (idempotent)."""
    from spacy.attrs import LOWER
    from spacy.ml.models.textcat import build_bow_text_classifier_v3
    from spacy.util import registry

    if ARCHITECTURE in registry.architectures:
        return

    def build_topic_bow(ngram_size: int, length: int, nO: int | None = None):
        # spaCy's bag-of-words classifier counts ORTH n-grams; we want case to not matter
        # ("VOTE", "Vote", "vote"), so the same model reads LOWER instead.
        model = build_bow_text_classifier_v3(exclusive_classes=False, ngram_size=ngram_size,
                                             no_output_layer=False, length=length, nO=nO)
        for node in model.walk():
            if node.name == "extract_ngrams":
                node.attrs["attr"] = LOWER
        return model

    registry.architectures.register(ARCHITECTURE, func=build_topic_bow)


def load_model(path: Path | str = MODEL_DIR):
    """Load the shipped topic pipeline (tokenizer + textcat); raises ConfigError if it is missing."""
    import spacy

    _register()
    path = Path(path)
    if not (path / "config.cfg").is_file():
        raise ConfigError(f"topic model not found in {path}; reinstall postguard or run training/train_topics.py")
    try:
        return spacy.load(path)
    except (OSError, ValueError) as exc:
        raise ConfigError(f"cannot load the topic model in {path}: {str(exc).splitlines()[0]}") from None


def model_info(path: Path | str = MODEL_DIR) -> dict[str, Any]:
    """The record the training script wrote next to the model (version, thresholds, metrics)."""
    try:
        return json.loads((Path(path) / "postguard-topics.json").read_text(encoding="utf-8"))
    except OSError:
        return {}


class TopicScorer:
    """Score a post's topics on the Checker's Doc and find the sentence or hashtag behind each score."""

    def __init__(self, nlp: Any = None, path: Path | str = MODEL_DIR):
        self.model_nlp = load_model(path)
        self.textcat = self.model_nlp.get_pipe(COMPONENT)
        self.labels = tuple(self.textcat.labels)
        # The Checker's vocab tokenizes the posts; the classifier only reads hashed LOWER values, which
        # are the same in any vocab. Sentence docs are made in the Checker's vocab when there is one.
        self.vocab = nlp.vocab if nlp is not None else self.model_nlp.vocab
        self.tokenizer = nlp.tokenizer if nlp is not None else self.model_nlp.tokenizer

    def predict(self, docs: list[Any]) -> list[dict[str, float]]:
        if not docs:
            return []
        scores = self.textcat.model.predict(docs)
        scores = self.textcat.model.ops.to_numpy(scores)
        return [{label: float(row[i]) for i, label in enumerate(self.labels)} for row in scores]

    def score_text(self, text: str) -> dict[str, float]:
        """Score raw text (normalized the way the Checker normalizes it). For tools and tests."""
        from ..normalize import normalize

        return self.predict([self.tokenizer(normalize(text).text)])[0]

    def score(self, analysis: Any) -> None:
        """Set ``analysis.cats`` and ``analysis.topic_evidence`` (normalized-text offsets)."""
        doc = analysis.doc
        cats = self.predict([doc])[0]
        analysis.cats.update(cats)
        wanted = [label for label, s in cats.items() if s >= EVIDENCE_FLOOR]
        if not wanted:
            return
        candidates = self._candidates(analysis)
        if not candidates:
            for label in wanted:
                analysis.topic_evidence[label] = (0, len(doc.text), cats[label])
            return
        part_scores = self.predict([d for _, _, d in candidates])
        for label in wanted:
            best = None
            for (s, e, _), ps in zip(candidates, part_scores):
                value = ps[label]
                # ties go to the earlier, longer candidate (sentences come before hashtags)
                if best is None or value > best[2] + 1e-9:
                    best = (s, e, value)
            assert best is not None
            analysis.topic_evidence[label] = best

    def _candidates(self, analysis: Any) -> list[tuple[int, int, Any]]:
        """Sentences (trimmed) and hashtags as (start, end, doc) in normalized-text coordinates."""
        text = analysis.doc.text
        spans: list[tuple[int, int]] = []
        for s, e in analysis.sentences:
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if e > s:
                spans.append((s, e))
        if len(spans) == 1 and spans[0] == (0, len(text)):
            spans = []  # one sentence: the post itself, already scored
        tags = [(s, e) for s, e, _ in analysis.norm.hashtags()] if analysis.norm is not None else []
        out = []
        seen = set()
        for s, e in spans + tags:
            if (s, e) in seen:
                continue
            seen.add((s, e))
            out.append((s, e, self.tokenizer(text[s:e])))
        if spans == [] and tags:
            out.insert(0, (0, len(text), analysis.doc))
        return out
