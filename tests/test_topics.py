"""The topic classifier (politics, religion, and the income_claim, health_claim, hard_sell and private
backstop labels): the shipped model, the `topic` rule kind and its evidence."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from postguard import Checker
from postguard.analyzers.topics import LABELS, MODEL_DIR, TopicScorer, load_model
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
    assert meta["labels"]["textcat_multilabel"] == list(LABELS) == RECORD["labels"]
    assert LABELS[:2] == ("politics", "religion")
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
    assert set(analysis.cats) == set(LABELS)  # every label from the one pass
    assert analysis.doc.text == analysis.norm.text


def test_checker_without_topic_rules_does_not_load_the_classifier():
    topic_rules = tuple(rid for rid, rule in load_packs(["core"]).rules.items() if rule.kind == "topic")
    assert set(TOPIC_RULES) <= set(topic_rules)
    checker = Checker(packs=["core"], config=Config(ignore=topic_rules))
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


# the kinds model 2.3.0 was trained for (controversy.train6): a politician or party named without a
# political word, culture-war stances, short text-speak jabs, attacks on a faith, religion and politics in one
# post (posts written for these tests, in none of the data files)
@pytest.mark.parametrize(
    "text, categories",
    [
        ("Starmer's lot just hiked our business rates again. Never voting Labour.", {"politics"}),
        ("Poilievre and his convoy pals would wreck this country in a year.", {"politics"}),
        ("Modi's demonetisation nearly killed our family shop. Never forget.", {"politics"}),
        ("Deport every illegal and finish the wall. Enough.", {"politics"}),
        ("Defund the police and fund our schools instead.", {"politics"}),
        ("lol imagine voting for the Tories after all that", {"politics"}),
        ("The Book of Mormon is a fraud written by a con man.", {"religion"}),
        ("Bishops telling Catholics how to vote on abortion should lose the church's tax exemption.", {"politics", "religion"}),
    ],
)
def test_named_politicians_stances_and_attacks_on_a_faith_are_flagged(topic_checker, text, categories):
    found = findings(topic_checker, text)
    assert {f.category for f in found} == categories
    for f in found:
        assert f.evidence["score"] >= RECORD["thresholds"][f.category]


# ... and their harmless look-alikes: neutral civic notices, a politician's name on a staff member, a price
# rise explained without blame, figures of speech, political words as adjectives
@pytest.mark.parametrize(
    "text",
    [
        "Polls close at 8 tonight. We'll be open till 9 if you need a coffee after voting.",
        "The council approved our outdoor seating! Patio season starts Friday.",
        "Meet Bernie, our new weekend baker 🥐",
        "Heaven help us, the holiday orders have started already 😅",
        "Happy Vaisakhi to everyone celebrating! Free lassi with every order today.",
        "Vote for your favourite pie flavour in our stories, the winner goes on the menu.",
        "Import duties on Italian olive oil went up, so the 1L bottle is now $2 more. Sorry, folks.",
        "Liberal portions, conservative prices. Come hungry!",
    ],
)
def test_look_alikes_of_the_new_kinds_pass(topic_checker, text):
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
    # either preaching sentence, as written: with its zero-width space or its look-alike letter
    assert f.match in ("Jesus died for your s\u200bins.", "Repent and be saved bef\u043ere it's too late.")


def test_hashtag_alone_can_drive_the_score(topic_checker):
    text = "Flash sale on all tees this weekend! #MakeAmericaGreatAgain"
    (f,) = findings(topic_checker, text)
    assert f.category == "politics"
    assert f.match == "#MakeAmericaGreatAgain"


def test_the_phrase_rules_back_up_a_hashtag_the_model_misses():
    # a partisan hashtag after a sale line is flagged by core/partisan-phrases whatever the classifier
    # scores it (every finding is politics and points at the hashtag)
    text = "Flash sale on all tees this weekend! #BuildTheWall"
    found = Checker(packs=["core"]).check(text).findings
    assert ("core/partisan-phrases", "politics", "#BuildTheWall") in [(f.rule, f.category, f.match) for f in found]
    assert {(f.category, f.match) for f in found} == {("politics", "#BuildTheWall")}


def test_lowercase_hashtag_is_segmented_and_reported(topic_checker):
    text = "New lipstick shades just dropped 💄 #defundthepolice"
    (f,) = findings(topic_checker, text)
    assert f.category == "politics"
    assert f.match == "#defundthepolice"


MIXED_POSTS = [
    "Open till 6 today, fresh sourdough at noon! The liberals are destroying this country. #VoteThemOut",
    "Merry Christmas from our bakery family 🎄 Closed the 25th and 26th.\nBack Saturday! #shoplocal",
    "Repent!!! Jesus is coming… are you ready?",
    "I made $4k last month working from my phone! Only 2 spots left on my team, DM me before Friday.",
    "",
]


def test_batch_scores_equal_one_post_at_a_time():
    scorer = TopicScorer(None)
    batch = scorer.score_texts(MIXED_POSTS)
    for text, scores in zip(MIXED_POSTS, batch):
        assert scorer.score_text(text) == pytest.approx(scores, abs=1e-5)


def test_evidence_is_the_best_scoring_sentence_or_hashtag():
    """The evidence span of every label is the part of the post (sentence or hashtag) that the model,
    run on that part alone, scores highest; computed only when asked for, it must equal doing it by hand."""
    from postguard.analyzers.sentences import sentence_spans
    from postguard.analyzers.topics import _Scratch, text_parts
    from postguard.normalize import normalize

    scorer = TopicScorer(None)
    for text in MIXED_POSTS[:4]:
        norm = normalize(text)
        a = _Scratch(norm, scorer.tokenizer(norm.text), sentence_spans(norm.text))
        scorer.score_many([a])
        parts = text_parts(norm, a.sentences)
        assert parts
        direct = scorer.predict([scorer.tokenizer(norm.text[s:e]) for s, e in parts])
        for label in LABELS:
            k = max(range(len(parts)), key=lambda i: (direct[i][label], -i))
            s, e, score = a.topic_evidence[label]
            assert (s, e) == parts[k]
            assert score == pytest.approx(direct[k][label], abs=1e-5)


def test_bag_of_words_fast_path_scores_like_the_textcat_component(tmp_path):
    """The bag-of-words model shape (the architecture postguard registers) is scored on the post's token
    array: each sentence's n-grams cut from the one Doc. That must equal running the spaCy component itself
    on separately tokenized sentences and hashtags. A small model is trained here for the check."""
    import spacy
    from spacy.training import Example

    from postguard.analyzers.topics import _register

    _register()
    nlp = spacy.blank("en")
    nlp.add_pipe("textcat_multilabel", config={"model": {"@architectures": "postguard.TopicBOW.v1", "ngram_size": 2,
                                                          "length": 4096, "nO": None}})
    train = [("Vote them out, the liberals are destroying this country", {"politics": 1.0, "religion": 0.0}),
             ("Repent, Jesus is coming back", {"politics": 0.0, "religion": 1.0}),
             ("Fresh sourdough at noon, open till 6", {"politics": 0.0, "religion": 0.0})]
    examples = [Example.from_dict(nlp.make_doc(t), {"cats": c}) for t, c in train]
    nlp.initialize(lambda: examples)
    for _ in range(5):
        nlp.update(examples)
    nlp.meta["postguard"] = {"combine": "mean", "min_evidence": 0.5}
    nlp.to_disk(tmp_path)
    fast = TopicScorer(None, tmp_path)
    assert fast._bow is not None
    slow = TopicScorer(None, tmp_path)
    slow._bow = None  # the generic path: the textcat model on Docs
    for text in MIXED_POSTS:
        assert fast.score_text(text) == pytest.approx(slow.score_text(text), abs=1e-5)
    assert fast.score_text(MIXED_POSTS[0])["politics"] > fast.score_text(MIXED_POSTS[1])["politics"]


@pytest.mark.parametrize("text", ["", "   \n", "🎉🎉🎉", "#", "!!!", "Amen", "so true", "God bless"])
def test_empty_symbol_only_and_very_short_posts_are_not_flagged(topic_checker, text):
    # fewer than three words: too little to read a topic (the model would only give its prior)
    assert findings(topic_checker, text) == []
    (analysis,) = topic_checker.runtime.analyze([Post(text=text)])
    assert all(score == 0.0 for score in analysis.cats.values())


@pytest.mark.parametrize("text", ["nothing to see", "nothing to see here", "is this thing on", "what a day it has been"])
def test_text_without_telling_words_is_not_flagged(topic_checker, text):
    # short filler with no telling words stays below every label's threshold
    (analysis,) = topic_checker.runtime.analyze([Post(text=text)])
    for label, score in analysis.cats.items():
        assert score < RECORD["thresholds"][label]
    assert findings(topic_checker, text) == []


def test_short_post_scores_are_mapped_so_the_chosen_score_lands_on_the_threshold(tmp_path):
    """A post under ``short.words`` words needs the score the trainer chose on the short dev posts to reach
    a label's threshold: the mapping sends that score to the threshold, 0 to 0 and 1 to 1, and keeps order."""
    import shutil

    def copy(name, short):
        model = tmp_path / name
        shutil.copytree(MODEL_DIR, model)
        meta = json.loads((model / "meta.json").read_text(encoding="utf-8"))
        meta.setdefault("postguard", {})["short"] = short
        (model / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
        return TopicScorer(None, model)

    plain = copy("plain", None)  # no mapping: the raw scores
    mapped = copy("mapped", {"words": 8, "points": {"politics": [0.6, 0.4]}})
    assert plain.short_points == {}
    i = plain.labels.index("politics")
    for raw, want in [(0.0, 0.0), (0.3, 0.2), (0.6, 0.4), (0.8, 0.7), (1.0, 1.0)]:
        row = [0.5] * len(plain.labels)
        row[i] = raw
        mapped._shorten("vote them all out", row)  # four words: short
        assert row[i] == pytest.approx(want)
        assert row[plain.labels.index("religion")] == 0.5  # only the labels with points move
    short = "Vote them all out."
    long_ = "Vote them all out in November, every single one of them, and bring the bakery back."
    assert mapped.score_text(long_) == pytest.approx(plain.score_text(long_))  # long posts: unchanged
    before, after = plain.score_text(short)["politics"], mapped.score_text(short)["politics"]
    assert after == pytest.approx(before * 0.4 / 0.6 if before <= 0.6 else 0.4 + (before - 0.6) * 0.6 / 0.4)
    assert mapped.score_text(short)["religion"] == pytest.approx(plain.score_text(short)["religion"])


def test_the_shipped_short_post_mapping_is_the_recorded_one():
    meta = json.loads((MODEL_DIR / "meta.json").read_text(encoding="utf-8"))
    short = meta["postguard"].get("short")
    assert short == RECORD.get("short")
    for label, (raw, rule) in (short or {}).get("points", {}).items():
        assert rule == RECORD["thresholds"][label] < raw < 1.0


def test_topic_labels_constant_matches_the_model():
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


# -- the backstop labels for the direct-sales and private rules ---------------------------------------
BACKSTOPS = ("income_claim", "health_claim", "hard_sell", "private")


def test_backstop_labels_have_dev_thresholds_and_numbers_in_the_record():
    assert LABELS[2:] == BACKSTOPS
    for label in BACKSTOPS:
        th = RECORD["thresholds"][label]
        assert 0.0 < th < 1.0
        dev = RECORD["metrics_dev"][label]
        assert dev["threshold"] == th
        assert dev["positives"] > 0 and 0.0 <= dev["precision"] <= 1.0 and 0.0 <= dev["recall"] <= 1.0


@pytest.mark.parametrize(
    "text, label",
    [
        ("I made $8,000 last month from my phone, DM me to join my team and quit your 9-5!", "income_claim"),
        ("This tea cured my diabetes in two weeks, my doctor couldn't believe it.", "health_claim"),
        ("Only 3 spots left!!! Buy now before the price goes up, don't miss out!!!", "hard_sell"),
    ],
)
def test_backstop_labels_score_clear_cases_in_the_same_pass(topic_checker, text, label):
    (analysis,) = topic_checker.runtime.analyze([Post(text=text)])
    assert analysis.cats[label] >= RECORD["thresholds"][label]
    assert analysis.cats["politics"] < RECORD["thresholds"]["politics"]
    assert analysis.cats["religion"] < RECORD["thresholds"]["religion"]


def test_a_pack_can_use_a_backstop_label(tmp_path):
    pack = tmp_path / "mine.yaml"
    th = RECORD["thresholds"]["income_claim"]
    pack.write_text(
        "pack: mine\nversion: 1\nrules:\n  - id: income-backstop\n    kind: topic\n    category: income_claim\n"
        f"    severity: warning\n    label: income_claim\n    threshold: {th}\n    message: 'income claim ({{score}})'\n"
        "    examples: {flag: [a], pass: [b]}\n",
        encoding="utf-8",
    )
    checker = Checker(packs=[str(pack)])
    text = "Fresh bread at 8! I made $8,000 last month from my phone, DM me to join my team and quit your 9-5!"
    (f,) = checker.check(text).findings
    assert f.rule == "mine/income-backstop"
    assert f.evidence["label"] == "income_claim" and f.evidence["score"] >= th
    assert f.match.startswith("I made $8,000")  # the sentence that drove the score, not the bread
    assert checker.check("Fresh sourdough at 8, cinnamon rolls at 10. See you soon!").findings == []


NAMED_SALES = ("Restock! Cinnamon Swirl candles are back in all three sizes. Order by Thursday for weekend "
               "delivery, gift wrap is free this week.")


def test_a_sentence_naming_a_political_actor_is_scored_on_its_own():
    """``named`` in the model's meta: a post scores at least its best sentence that names a term of the
    political-names lexicon, scored alone, so one jab at a named politician inside a long sales post counts."""
    scorer = TopicScorer(None)
    assert scorer.named == {LABELS.index("politics"): "political_names"}
    jab = "PS the only thing rising faster than our prices is Sunak's ego."
    post = f"{NAMED_SALES} {jab}"
    alone = scorer.predict([scorer.tokenizer(jab)])[0]["politics"]
    with_named = scorer.score_text(post)["politics"]
    assert with_named == pytest.approx(max(alone, with_named), abs=1e-9) and with_named >= alone - 1e-9
    scorer.named = {}
    without = scorer.score_text(post)["politics"]
    assert without < RECORD["thresholds"]["politics"] <= with_named


def test_a_sentence_naming_nobody_is_not_scored_on_its_own():
    scorer = TopicScorer(None)
    post = f"{NAMED_SALES} And the people in charge should be ashamed of the mess they made."
    on = scorer.score_text(post)
    scorer.named = {}
    assert scorer.score_text(post) == on


def test_named_parts_batch_like_one_post_at_a_time():
    scorer = TopicScorer(None)
    posts = [f"{NAMED_SALES} Sunak and his mates can pay for it.", "Happy Diwali from the studio! Open till 6.",
             f"Vote for us for Best Bakery! {NAMED_SALES}", f"{NAMED_SALES} #StopTheBoats"]
    assert scorer.score_texts(posts) == [scorer.score_text(p) for p in posts]
