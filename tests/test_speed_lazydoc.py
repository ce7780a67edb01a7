"""Rules that need no model tokenize a post only when a term could match it or a rule reads its tokens,
and a pattern's group of phrases is searched only where one of its open phrases is."""

import pytest
import regex

from conftest import labeled_texts


def _no_model_checker():
    from postguard.checker import Checker, Config
    from postguard.packs import builtin_names, load_packs

    packs = builtin_names()
    ids = [r.id for r in load_packs(packs).enabled() if r.needs() <= {"sents"}]
    return Checker(packs=packs, config=Config(select=tuple(ids)))


@pytest.fixture(scope="module")
def no_model():
    return _no_model_checker()


def test_term_literals_cover_every_way_the_tokens_can_sit():
    from postguard.analyzers.matchers import term_literals

    nlp = _no_model_checker().runtime.nlp
    assert term_literals(nlp.make_doc("Heart disease")) == {"heart disease", "heartdisease"}
    assert term_literals(nlp.make_doc("can't")) == {"ca n't", "can't"}  # two tokens, no space between
    assert term_literals(nlp.make_doc("STRASSE")) == {"strasse"}  # casefolded, as the gates read posts


def test_a_run_without_model_components_makes_docs_lazily(no_model):
    rt = no_model.runtime
    assert rt.lazy_docs and rt.index._term_keys  # the built-in packs have term rules without a model
    assert not _all_packs().runtime.lazy_docs  # Presidio and the classifier read every post's Doc


def _all_packs():
    from postguard.checker import Checker
    from postguard.packs import builtin_names

    return Checker(packs=builtin_names())


def test_term_gate_is_open_on_every_non_test_post_a_term_matches(no_model):
    from postguard.normalize import normalize

    index = no_model.runtime.index
    nlp = no_model.runtime.nlp
    index.build_gates()
    assert index._term_automaton is not None  # one-word literals inside words are looked at more closely
    matched = closed = inside_words = 0
    for text in labeled_texts() + ["fantastic beautiful parents' slice", "FANTASTIC TIC", "cannot gonna"]:
        norm = normalize(text).text
        gate = index._open(norm)[2]
        may = gate and index._terms_may_match(norm)
        closed += not may
        inside_words += gate and not may
        if len(index.lower(nlp.make_doc(norm))):
            matched += 1
            assert may, norm[:200]
    assert matched > 100 and closed > 1000 and inside_words > 100


def test_words_of_letters_tokenize_alone_as_in_their_post(no_model):
    from postguard.analyzers.matchers import _WORD_RUN, _words_tokenize_alone

    nlp = no_model.runtime.nlp
    assert _words_tokenize_alone(nlp)
    for text in labeled_texts()[::4] + ["I cannot, we gonna wanna gimme lemme Cannot... (cannot)"]:
        doc = nlp.make_doc(text)
        for m in _WORD_RUN.finditer(text):
            if m.group().isalpha():
                inside = [t.text for t in doc if m.start() <= t.idx < m.end()]
                assert inside == [t.text for t in nlp.tokenizer(m.group())], (m.group(), text[:100])


def test_lazy_docs_give_the_findings_of_a_doc_for_every_post():
    texts = labeled_texts()[::3]
    lazy, eager = _no_model_checker(), _no_model_checker()
    eager.runtime.lazy_docs = False
    made = []
    make_doc = lazy.runtime.nlp.make_doc
    lazy.runtime.nlp.make_doc = lambda text: made.append(text) or make_doc(text)
    try:
        def view(checker):
            return [[(f.rule, f.start, f.end, f.message, repr(f.evidence), f.fingerprint) for f in r.findings]
                    for r in checker.check_many(texts)]

        got = view(lazy)
        tokenized = len(made)
        assert got == view(eager)
    finally:
        del lazy.runtime.nlp.make_doc  # (the pipeline is shared: the class's own make_doc again)
    assert sum(map(len, got)) > 100
    assert tokenized < len(texts) // 2  # most posts were never tokenized


def test_near_window_tokenizes_the_post_it_needs(no_model):
    # a "near" spec with a token window reads the Doc: the post is tokenized then, with the same result
    from postguard.checker import Checker, Config
    from postguard.packs import builtin_names

    texts = ["Our oils got rid of my migraines for good, ditch the meds! DM me"] * 12
    lazy = no_model
    eager = Checker(packs=builtin_names(), config=lazy.config)
    eager.runtime.lazy_docs = False
    got = [[(f.rule, f.start, f.end) for f in r.findings] for r in lazy.check_many(texts)]
    assert got == [[(f.rule, f.start, f.end) for f in r.findings] for r in eager.check_many(texts)]


@pytest.mark.parametrize("pattern, pieces", [
    (r"\b(?:one|two)\b|x", [r"\b(?:one)\b", r"\b(?:two)\b", "x"]),
    (r"(?<!not\s)\b(?:cure|heal)s?\b", [r"(?<!not\s)\b(?:cure)s?\b", r"(?<!not\s)\b(?:heal)s?\b"]),
    (r"(?i)the (?:x|y) z", ["(?i)the (?:x) z", "(?i)the (?:y) z"]),
    (r"\b(?:a|b)+c", None),  # a repeated group is one piece
    (r"\w+ (?:a|b)", None),  # what comes before the group could match in more than one way
    (r"a?(?:b|c)", None),
    (r"(?:a|)b", None),  # an empty alternative
])
def test_group_pieces(pattern, pieces):
    from postguard.analyzers.matchers import split_alternatives

    assert split_alternatives(pattern) == pieces


def test_group_search_finds_what_the_alternative_finds():
    from postguard.analyzers.matchers import _GroupSearch, _merged_finditer, split_plan

    flags = regex.V1 | regex.IGNORECASE
    cases = [
        (r"(?<!\bnot\s)\b(?:cure[sd]?|heal(?:s|ed)?|cur\w+)\b", "cures cure not cure healed curing, NOT heals"),
        (r"\b(?:ab|abc|b)\w*", "xxabcab abc b ab"),  # overlapping places: every one is tried
        (r"\b(?:the (?:people|ones)|people) in (?:power|charge)", "the people in power and people in charge"),
    ]
    for pattern, text in cases:
        whole = regex.compile(pattern, flags)
        tops, units = split_plan(pattern)
        assert len(tops) == 1 and all(u.locate for u in units)
        locators = [regex.compile(u.locate, flags) for u in units]
        want = [m.span() for m in whole.finditer(text)]
        got = _merged_finditer([_GroupSearch(whole, locators)], text)
        assert [m.span() for m in got] == want, pattern
        # a piece whose text is absent cannot be how the alternative matches: leaving it out changes nothing
        for k, unit in enumerate(units):
            if regex.search(unit.gate, text, flags) is None:
                rest = locators[:k] + locators[k + 1:]
                assert [m.span() for m in _merged_finditer([_GroupSearch(whole, rest)], text)] == want


def test_threads_sharing_a_no_model_checker_get_the_single_thread_findings():
    import threading

    texts = labeled_texts()[::5]
    single = _no_model_checker()
    want = [[(f.rule, f.start, f.end, f.message) for f in r.findings] for r in single.check_many(texts)]
    shared = _no_model_checker()
    got: dict[int, list] = {}

    def work(k):
        part = texts[k::4]
        got[k] = [[(f.rule, f.start, f.end, f.message) for f in r.findings] for r in shared.check_many(part, batch_size=16)]

    threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for k in range(4):
        assert got[k] == want[k::4]
    assert sum(map(len, want)) > 50
