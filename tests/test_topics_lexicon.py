"""The topic model's lexicon feature: a political name the training posts never use still counts."""

import json

import pytest

from conftest import ROOT
from postguard.analyzers.topics import LEXICON_DIR, lexicon_keys, read_lexicon

RECORD = json.loads((ROOT / "training" / "record.json").read_text(encoding="utf-8"))


def test_every_lexicon_term_is_written_as_the_tokenizer_splits_it():
    from postguard.analyzers.topics import load_model

    tokenizer = load_model().tokenizer
    for path in sorted(LEXICON_DIR.glob("*.txt")):
        for words in read_lexicon(path.stem):
            assert tuple(t.lower_ for t in tokenizer(" ".join(words))) == words, (path.name, words)


def test_the_shipped_model_was_trained_with_these_lexicons():
    import hashlib

    got = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(LEXICON_DIR.glob("*.txt"))}
    assert got == RECORD["lexicons_sha256"]
    config = (ROOT / RECORD["model_dir"] / "config.cfg").read_text(encoding="utf-8")
    assert 'lexicons = ["political_names"]' in config


def test_a_malformed_lexicon_is_refused(tmp_path):
    from postguard.errors import ConfigError

    (tmp_path / "bad.txt").write_text("# a comment\nmodi\nThree Word Term\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"bad.txt:3"):
        read_lexicon("bad", tmp_path)
    (tmp_path / "good.txt").write_text("modi\nmodi ji\n", encoding="utf-8")
    assert read_lexicon("good", tmp_path) == [("modi",), ("modi", "ji")]


# Names listed in the lexicon that no training post uses (checked below): their whole weight is the
# lexicon feature's, learned from the names that training posts do use.
UNSEEN = ("Steenhuisen", "Mashatile", "Blanchet", "Trillanes")


def test_the_unseen_names_are_in_no_training_data():
    texts = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "data" / "posts").rglob("*.jsonl")).lower()
    texts += "\n".join(p.read_text(encoding="utf-8", errors="ignore") for p in (ROOT / "training" / "data").glob("*")).lower()
    for name in UNSEEN:
        assert name.lower() not in texts
        assert (name.lower(),) in read_lexicon("political_names")


@pytest.mark.parametrize("name", UNSEEN)
def test_a_listed_name_raises_the_politics_score_of_a_jab(name):
    from postguard.analyzers.topics import TopicScorer

    scorer = TopicScorer()
    jab = "{} has no clue what real people need. Every week it gets worse."
    listed = scorer.score_text(jab.format(name))["politics"]
    unlisted = scorer.score_text(jab.format("Stevenson"))["politics"]
    assert listed > unlisted + 0.05, (listed, unlisted)


def test_lexicon_keys_hash_terms_as_the_bag_of_words_does():
    import numpy
    import spacy
    from spacy.attrs import LOWER
    from thinc.api import NumpyOps

    uni, bi, key = lexicon_keys("political_names")
    doc = spacy.blank("en")("Modi ji and Kamala Harris")
    lower = numpy.ascontiguousarray(doc.to_array([LOWER]), dtype="uint64")
    assert [v in uni for v in lower.tolist()] == [True, False, False, True, False]
    assert [v in bi for v in NumpyOps().ngrams(2, lower).tolist()] == [True, False, False, True]
    assert key not in uni | bi
