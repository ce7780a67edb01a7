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


_BARE = "postguard.BareTokenizer.v1"


def _register_bare_tokenizer(spacy) -> None:
    if _BARE in spacy.registry.tokenizers:
        return
    from spacy.tokenizer import Tokenizer

    @spacy.registry.tokenizers(_BARE)
    def bare_tokenizer():
        def make(nlp):
            return Tokenizer(nlp.vocab)  # filled in by the pipeline's saved tokenizer on load

        return make


def load_saved(path, tokenizer: bool = True, **kwargs):
    """``spacy.load(path)`` without building the default tokenizer its saved one replaces; with
    ``tokenizer=False`` the saved tokenizer is not read either (for a model whose Docs come from elsewhere)."""
    from .lazyimports import import_spacy, presidio_lazily

    spacy = import_spacy()
    _register_bare_tokenizer(spacy)
    config = {"nlp": {"tokenizer": {"@tokenizers": _BARE}}}
    exclude = list(kwargs.pop("exclude", ()))
    with presidio_lazily():
        if not tokenizer:
            return spacy.load(path, config=config, exclude=exclude + ["tokenizer"], **kwargs)
        nlp = spacy.load(path, config=config, exclude=exclude, **kwargs)
        if not nlp.tokenizer.rules and nlp.tokenizer.prefix_search is None:  # no saved tokenizer after all
            nlp = spacy.load(path, exclude=exclude, **kwargs)
    return nlp


@lru_cache(maxsize=8)
def _load(model: str, wanted: frozenset[str]):
    from .lazyimports import import_spacy

    spacy = import_spacy()
    if not (spacy.util.is_package(model) or os.path.isdir(model)):
        raise ConfigError(
            f"spaCy pipeline {model!r} is not installed; install it as a package (postguard never downloads models)"
        )
    optional = ("tok2vec", "tagger", "parser", "senter", "attribute_ruler", "lemmatizer", "ner")
    exclude = [name for name in optional if name not in wanted]
    try:
        # The pipeline's saved tokenizer replaces the one its config builds, so build a bare one first:
        # building English's default tokenizer only to throw it away costs about 0.2 s of every start.
        # spaCy imports its plugins' pipeline factories on load, Presidio's among them: lazily (lazyimports)
        nlp = load_saved(model, exclude=exclude)
    except (OSError, ValueError) as exc:
        raise ConfigError(f"cannot load spaCy pipeline {model!r}: {str(exc).splitlines()[0]}") from None
    drop = [name for name in nlp.pipe_names if name not in wanted]
    for name in drop:
        nlp.remove_pipe(name)
    return nlp


def load_pipeline(model: str, needs: set[str]):
    return _load(model, frozenset(components_for(needs)))
