"""The topic classifiers (politics, religion): the shipped model, the `topic` rule kind and its evidence."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from postguard import Checker
from postguard.analyzers.topics import MODEL_DIR, TopicScorer, load_model
from postguard.checker import Config
from postguard.errors import ConfigError
from postguard.normalize import WORDS_FILE
from postguard.packs.loader import load_packs
from postguard.sources import Post

ROOT = Path(__file__).resolve().parent.parent
RECORD = json.loads((ROOT / "training" / "record.json").read_text(encoding="utf-8"))
TOPIC_RULES = ("core/political-controversy", "core/religious-controversy")


@pytest.fixture(scope="module")
def topic_checker():
    return Checker(packs=["core"], config=Config(select=TOPIC_RULES))


def findings(checker, text):
    return checker.check(text).findings


# -- the shipped model is the one the training command produced ---------------------------------------
def test_shipped_model_files_match_the_training_record():
    shipped = {p.relative_to(MODEL_DIR).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
               for p in sorted(MODEL_DIR.rglob("*")) if p.is_file()}
    assert shipped == RECORD["sha256"]
    assert hashlib.sha256(WORDS_FILE.read_bytes()).hexdigest() == RECORD["words_sha256"]


def test_shipped_model_version_labels_and_size():
    meta = json.loads((MODEL_DIR / "meta.json").read_text(encoding="utf-8"))
    assert (meta["name"], meta["version"]) == (RECORD["name"], RECORD["version"])
    assert meta["labels"]["textcat_multilabel"] == ["politics", "religion"] == RECORD["labels"]
    size = sum(p.stat().st_size for p in MODEL_DIR.rglob("*") if p.is_file())
    assert size < 5_000_000


def test_core_thresholds_are_the_ones_chosen_on_the_dev_split():
    rules = load_packs(["core"]).rules
    assert rules["core/political-controversy"].threshold == RECORD["thresholds"]["politics"]
    assert rules["core/religious-controversy"].threshold == RECORD["thresholds"]["religion"]
    assert rules["core/political-controversy"].category == "politics"
    assert rules["core/religious-controversy"].category == "religion"
    assert rules["core/political-controversy"].severity == "warning"


def test_missing_model_is_a_config_error(tmp_path):
    with pytest.raises(ConfigError, match="topic model not found"):
        load_model(tmp_path)


# -- one pass: the classifier reads the Checker's Doc ------------------------------------------------
def test_topic_scoring_uses_the_checkers_doc_not_a_second_pipeline(topic_checker):
    topic_checker.check("warm up")
    rt = topic_checker.runtime
    assert isinstance(rt.topics, TopicScorer)
    assert "textcat_multilabel" not in rt.nlp.pipe_names  # not part of the main pipeline
    assert rt.topics.model_nlp.pipe_names == ["textcat_multilabel"]  # only the classifier itself
    (analysis,) = rt.analyze([Post(text="Vote them out in November. Impeach him.")])
    assert set(analysis.cats) == {"politics", "religion"}
    assert analysis.doc.text == analysis.norm.text


def test_checker_without_topic_rules_does_not_load_the_classifier():
    checker = Checker(packs=["core"], config=Config(ignore=TOPIC_RULES))
    checker.check("hello")
    assert checker.runtime.topics is None


def test_scores_match_the_standalone_scorer(topic_checker):
    text = "Anyone who votes for that clown deserves what's coming."
    rt = topic_checker.runtime
    (analysis,) = rt.analyze([Post(text=text)])
    direct = rt.topics.score_text(text)
    assert analysis.cats == pytest.approx(direct)


# -- behaviour on posts ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, category",
    [
        ("Anyone who votes for that clown deserves what's coming.", "politics"),
        ("The liberals are destroying this country and every one of them should be ashamed.", "politics"),
        ("Impeach him. Again. As many times as it takes. #Resist", "politics"),
        ("Jesus died for your sins. Repent and be saved before it's too late.", "religion"),
    ],
)
def test_controversial_posts_are_flagged(topic_checker, text, category):
    found = findings(topic_checker, text)
    assert [f.category for f in found] == [category]
    f = found[0]
    assert f.severity == "warning"
    assert f.evidence["label"] == category
    assert f.evidence["score"] >= RECORD["thresholds"][category]
    assert str(f.evidence["score"]) in f.message


@pytest.mark.parametrize(
    "text",
    [
        "Vote for us for Best Boutique in the Readers' Choice awards!",
        "Thank God it's Friday! New candles drop at noon.",
        "Happy Diwali from all of us at the studio! Open regular hours today.",
        "Launch party this Saturday at 7, bring a friend!",
        "Blessed to celebrate 10 years in business with you all.",
        "Election day store hours: we open at 10 so the team can vote.",
        "Merry Christmas from our bakery family! Closed the 25th and 26th.",
        "Our church bake sale is Sunday after the 10am service, all proceeds go to the food bank.",
    ],
)
def test_harmless_business_posts_pass(topic_checker, text):
    assert findings(topic_checker, text) == []


def test_span_is_the_sentence_that_drove_the_score(topic_checker):
    text = "Open till 6 today, fresh sourdough at noon! The liberals are destroying this country and every one of them should be ashamed."
    (f,) = findings(topic_checker, text)
    assert f.category == "politics"
    assert f.match == "The liberals are destroying this country and every one of them should be ashamed."
    assert (f.start, f.end) == (text.index("The liberals"), len(text))
    assert f.location.column == text.index("The liberals") + 1
    assert "sentence_score" in f.evidence


def test_span_maps_back_through_normalization(topic_checker):
    # zero-width spaces inside the words and a look-alike Cyrillic "о": the span is in the original text
    text = "New tees are in! Jesus died for your s\u200bins. Repent and be saved bef\u043ere it's too late."
    (f,) = findings(topic_checker, text)
    assert f.category == "religion"
    assert text[f.start:f.end] == f.match
    assert f.match.startswith("Repent") and f.match.endswith("late.")


def test_hashtag_alone_can_drive_the_score(topic_checker):
    text = "Flash sale on all tees this weekend! #BuildTheWall"
    (f,) = findings(topic_checker, text)
    assert f.category == "politics"
    assert f.match == "#BuildTheWall"


def test_lowercase_hashtag_is_segmented_and_reported(topic_checker):
    text = "New lipstick shades just dropped 💄 #defundthepolice"
    (f,) = findings(topic_checker, text)
    assert f.category == "politics"
    assert f.match == "#defundthepolice"


def test_fast_path_scores_like_the_textcat_component():
    """The scorer cuts each sentence's n-grams from the post's Doc; the result must equal running the
    spaCy component itself on separately tokenized sentences and hashtags."""
    fast = TopicScorer(None)
    slow = TopicScorer(None)
    slow._bow = None  # the generic path: the textcat model on Docs
    texts = [
        "Open till 6 today, fresh sourdough at noon! The liberals are destroying this country. #VoteThemOut",
        "Merry Christmas from our bakery family 🎄 Closed the 25th and 26th.\nBack Saturday! #shoplocal",
        "Repent!!! Jesus is coming… are you ready?",
        "",
    ]
    for text in texts:
        assert fast.score_text(text) == pytest.approx(slow.score_text(text), abs=1e-5)


@pytest.mark.parametrize("text", ["", "   \n", "🎉🎉🎉", "#", "!!!", "Amen", "so true", "God bless"])
def test_empty_symbol_only_and_very_short_posts_are_not_flagged(topic_checker, text):
    # fewer than three words: too little to read a topic (the model would only give its prior)
    assert findings(topic_checker, text) == []
    (analysis,) = topic_checker.runtime.analyze([Post(text=text)])
    assert all(score == 0.0 for score in analysis.cats.values())


@pytest.mark.parametrize("text", ["nothing to see", "nothing to see here", "is this thing on", "what a day it has been"])
def test_text_without_telling_words_scores_low(topic_checker, text):
    # the words give no evidence over the model's prior, so the score is scaled down, far below thresholds
    (analysis,) = topic_checker.runtime.analyze([Post(text=text)])
    for label, score in analysis.cats.items():
        assert score < RECORD["thresholds"][label] / 2
    assert findings(topic_checker, text) == []


def test_topic_labels_constant_matches_the_model():
    from postguard.analyzers.topics import LABELS

    assert list(LABELS) == list(TopicScorer(None).model_nlp.get_pipe("textcat_multilabel").labels) == RECORD["labels"]


def test_unknown_topic_label_is_a_pack_error(tmp_path):
    from postguard.errors import PackError

    pack = tmp_path / "mine.yaml"
    pack.write_text(
        "pack: mine\nversion: 1\nrules:\n  - id: sport\n    kind: topic\n    category: politics\n    severity: warning\n"
        "    label: sports\n    threshold: 0.5\n    message: sport\n    examples: {flag: [a], pass: [b]}\n",
        encoding="utf-8",
    )
    with pytest.raises(PackError, match="unknown topic label 'sports'") as err:
        load_packs([str(pack)])
    assert err.value.line == 8
