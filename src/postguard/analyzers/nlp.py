"""Load the one spaCy pipeline a Checker uses, with only the components its rules need."""

from __future__ import annotations

import os
from functools import lru_cache

from ..errors import ConfigError

COMPONENTS = {
    "lemma": ("tok2vec", "tagger", "attribute_ruler", "lemmatizer"),
    "pos": ("tok2vec", "tagger", "attribute_ruler"),
    "dep": ("tok2vec", "tagger", "attribute_ruler", "parser"),
    "ner": ("tok2vec", "ner"),
}


def components_for(needs: set[str]) -> set[str]:
    wanted: set[str] = set()
    for need in needs:
        wanted.update(COMPONENTS.get(need, ()))
    return wanted


@lru_cache(maxsize=8)
def _load(model: str, wanted: frozenset[str]):
    import spacy

    if not (spacy.util.is_package(model) or os.path.isdir(model)):
        raise ConfigError(
            f"spaCy pipeline {model!r} is not installed; install it as a package (postguard never downloads models)"
        )
    optional = ("tok2vec", "tagger", "parser", "senter", "attribute_ruler", "lemmatizer", "ner")
    try:
        nlp = spacy.load(model, exclude=[name for name in optional if name not in wanted])
    except (OSError, ValueError) as exc:
        raise ConfigError(f"cannot load spaCy pipeline {model!r}: {str(exc).splitlines()[0]}") from None
    drop = [name for name in nlp.pipe_names if name not in wanted]
    for name in drop:
        nlp.remove_pipe(name)
    return nlp


def load_pipeline(model: str, needs: set[str]):
    return _load(model, frozenset(components_for(needs)))
