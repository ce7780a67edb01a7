"""The literal prefilter may only skip a pattern on posts where it cannot match."""

import json
from pathlib import Path

import pytest

from conftest import labeled_texts
from postguard.analyzers.prefilter import MARK, LiteralGates, required_literals, required_sets

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def all_packs():
    from postguard.checker import Checker
    from postguard.packs import builtin_names

    return Checker(packs=builtin_names())


M = MARK  # before a string a match begins at the start of a word (looked for in the text's word form)


@pytest.mark.parametrize("pattern, expected", [
    (r"\bquit\s+(?:your|my)\s+job\b", {f"{M} quit your", f"{M} quit my"}),  # run on through the whitespace
    (r"\b(?:cure[sd]?|heal(?:s|ed)?)\b", {f"{M} cure", f"{M} heal"}),
    (r"[$£€]\s?\d", {"$", "£", "€"}),
    (r"(?i)\bFDA[- ]approved\b", {"approved"}),
    (r"\p{Lu}\w+ing|[\p{So}\u2764]\s*yes", {"ing", "yes"}),  # a Unicode property requires no literal itself
    (r"\bbonus(?: check)?\b|\bbonus checks\b", {f"{M} bonus"}),  # a longer string that contains another adds nothing
    (r"\b(?:a(?:sthma|utism)|flu|in\s+remission)\b", {f"{M} asthma", f"{M} autism", f"{M} flu", f"{M} in remission"}),
])
def test_required_literals(pattern, expected):
    assert required_literals(pattern) == expected


def test_required_sets_are_all_needed():
    # {"quit"}, {"your", "my"} are implied by the first set and left out
    assert required_sets(r"\bquit\s+(?:your|my)\s+job\b") == [{f"{M} quit your", f"{M} quit my"}, {f"{M} job"}]
    sets = required_sets(r"(?P<v>\b(?:my|our)\s+(?:son|daughter)\s+is\s+\d+)")
    assert {f"{M} son", f"{M} daughter"} in sets and {f"{M} my", f"{M} our"} in sets  # words after whitespace
    assert required_sets(r"(?:ab)?c+d") == [{"c"}, {"d"}]  # an optional group requires nothing
    gates = LiteralGates([r"\bquit\s+(?:your|my)\s+job\b"])
    assert gates.open_indexes("QUIT\n  YOUR JOB today") == {0}
    assert gates.open_indexes("quit smoking, keep the job") == set()  # "your"/"my" missing


def test_a_word_literal_is_looked_for_at_word_starts_only():
    gates = LiteralGates([r"\b(?:flu|ms|in\s+remission)(?!\w)"])
    assert gates.open_indexes("influencers, items, within remission") == set()
    assert gates.open_indexes("(FLU) season") == gates.open_indexes("my MS") == gates.open_indexes("in\tremission") == {0}
    plain = LiteralGates([r"\b(?:flu|ms|in\s+remission)(?!\w)"])
    plain._fallback = True  # without pyahocorasick: the same answers
    for text in ("influencers, items, within remission", "(FLU) season", "my MS", "in\tremission"):
        assert plain.open_indexes(text) == gates.open_indexes(text)


@pytest.mark.parametrize("pattern", [
    r"\d{3}\s\d{4}",  # no literal at all
    r"(?:cure){e<=1}",  # fuzzy matching: literal text to Python's parser
    r"(\w+) \1",  # back-reference
    r"[[a-z]--[aeiou]]+ing",  # VERSION1 set difference
    r"\mquit\M\w+ing",  # regex-only syntax (word boundaries \m \M)
    r"\bjoin\w*|\d+\s*\w+",  # one alternative has no literal
    r"(?:abc)?x?",  # nothing required
])
def test_patterns_it_cannot_read_always_run(pattern):
    assert required_literals(pattern) is None


def _texts():
    out = []
    for f in sorted((ROOT / "data" / "posts").glob("*.dev.jsonl")):
        out += [json.loads(line)["text"] for line in f.open(encoding="utf-8") if line.strip()]
    out += ["FDA-APPROVED!!", "ＦＤＡ approved", "Ströme straße STRASSE", "İstanbul KELVIN \u212a", "$5 £3 €1"]
    return out


def test_gates_never_close_on_a_post_the_pattern_matches(all_packs):
    from postguard.analyzers import recognizers
    from postguard.normalize import normalize

    patterns = [p for p, _, _ in all_packs.runtime.index._regex_runs]
    n_pack = len(patterns)
    patterns += [p for rec in recognizers.all_recognizers() for _, p, _ in rec.compiled]
    gates = LiteralGates([p.pattern for p in patterns])
    # most pack patterns are gated (the recognizers' patterns, gated through gate_table.json at run time,
    # are read here without the table: they only add posts for the check below)
    assert sum(lits is not None for lits in gates.literals[:n_pack]) > n_pack // 2
    closed = 0
    for text in _texts():
        norm = normalize(text).text
        present = gates.present(norm)
        for i, pattern in enumerate(patterns):
            if not gates.open(i, present):
                closed += 1
                assert pattern.search(norm) is None, (pattern.pattern[:80], norm)
    assert closed > 0


def test_gated_and_lazy_matching_finds_exactly_what_running_every_pattern_finds(all_packs):
    from postguard.checker import Checker
    from postguard.packs import builtin_names

    texts = _texts()[::2]
    fast = all_packs
    slow = Checker(packs=builtin_names())
    slow.runtime.index.fast = False  # never builds gates: every pattern runs whole on every post

    def view(checker):
        return [[(f.rule, f.start, f.end, f.message) for f in r.findings] for r in checker.check_many(texts)]

    got = view(fast)
    assert fast.runtime.index._gates is not None and slow.runtime.index._gates is None
    assert got == view(slow)
    assert sum(map(len, got)) > 50


def test_spec_matches_search_patterns_only_when_asked(all_packs):
    from postguard.normalize import normalize

    checker = all_packs
    index = checker.runtime.index
    norm = normalize("Quit your job like I did! I made $4,000 last month. DM me to join my team #bossbabe")
    doc = checker.runtime.nlp(norm.text)
    lazy = index.run(doc, norm)

    def pattern_keys(d):
        return {k for k, hits in dict.items(d) if any(("matcher", "pattern") in h.evidence for h in hits)}

    assert pattern_keys(lazy) == set()  # nothing searched yet
    wanted = next(iter(index._runs_by_key))
    lazy.get(wanted)
    assert pattern_keys(lazy) <= {k for i in index._runs_by_key[wanted] for k in index._regex_runs[i][2]}
    full = dict(lazy.items())  # reading everything searches everything
    assert len(pattern_keys(full)) >= 3


def test_recognizers_find_the_same_with_gated_lazy_patterns():
    from postguard.analyzers import recognizers
    from postguard.normalize import normalize

    texts = [normalize(t).text for t in _texts()[::2]]
    gated = recognizers.all_recognizers()
    full = recognizers.all_recognizers()
    for rec in full:
        rec._candidates = lambda text, rec=rec: iter(rec.compiled)  # every pattern on every post
    found = 0
    for text in texts:
        for a, b in zip(gated, full):
            got = [(r.entity_type, r.start, r.end, r.score) for r in a.analyze(text, [])]
            assert got == [(r.entity_type, r.start, r.end, r.score) for r in b.analyze(text, [])], (a.name, text)
            found += len(got)
    assert found > 50
    fresh = recognizers.all_recognizers()
    for rec in fresh:
        rec.analyze("Fresh sourdough every morning from 7am!", [])
    # a short post needs few of the patterns; the others are not even compiled
    assert sum(x is None for rec in fresh for x in rec._compiled) > sum(len(rec._compiled) for rec in fresh) // 3



@pytest.mark.parametrize("pattern, parts", [
    (r"\bquit\b|\bjob\b", [r"\bquit\b", r"\bjob\b"]),
    (r"(?i)a(b|c)|[|)]d|\||e", ["(?i)a(b|c)", "(?i)[|)]d", r"(?i)\|", "(?i)e"]),
    (r"\bone\b", None),  # nothing to split
    (r"(a)|\1", None),  # a back-reference ties the alternatives together
    (r"a|(?i)b", None),  # an inline flag in the middle runs on into the next alternative
    (r"a||b", None),  # an empty alternative matches everywhere
    (r"[[a-z]--[aeiou]]|x", None),  # a nested set: left whole
])
def test_split_alternatives(pattern, parts):
    from postguard.analyzers.matchers import split_alternatives

    assert split_alternatives(pattern) == parts


@pytest.mark.parametrize("pattern, hoisted", [
    (r"(?<!\bfor\s)[$£€]\s?\d", r"(?=[$£€])(?<!\bfor\s)[$£€]\s?\d"),
    (r"(?<!not\s)\b(?:cure|heal)s?\b", r"(?=\b(?:cure|heal))(?<!not\s)\b(?:cure|heal)s?\b"),
    (r"(?i)(?<!a)bc", r"(?i)(?=b)(?<!a)bc"),
    (r"(?<!x)a?b", r"(?<!x)a?b"),  # the first thing may be absent: unchanged
    (r"(?<!x)(a)b", r"(?<!x)(a)b"),  # copying a capturing group would renumber the groups: unchanged
    (r"\bplain\b", r"\bplain\b"),
])
def test_hoist_lookbehind(pattern, hoisted):
    from postguard.analyzers.matchers import hoist_lookbehind

    assert hoist_lookbehind(pattern) == hoisted


def test_merged_search_is_finditer_of_the_alternation():
    import regex

    from postguard.analyzers.matchers import _merged_finditer

    flags = regex.V1 | regex.IGNORECASE
    cases = [
        (["ab", "abc", "b"], "xxabcab abc b"),  # a tie at one position goes to the earlier alternative
        (["abc", "ab", "bcd"], "abcd abd bcd"),
        ([r"\bcat\w*", r"\w+dog"], "catdog hotdog cats"),  # overlapping candidates
        ([r"(?<=\d)x", r"x\d"], "1x2 x3 ax"),
    ]
    for alts, text in cases:
        compiled = [regex.compile(a, flags) for a in alts]
        whole = regex.compile("|".join(alts), flags)
        got = _merged_finditer(compiled, text)
        assert [m.span() for m in got] == [m.span() for m in whole.finditer(text)], (alts, text)
    assert _merged_finditer([regex.compile("x*", flags), regex.compile("y", flags)], "ay") is None  # empty match


def test_fast_pattern_search_finds_what_the_whole_pattern_finds_on_every_non_test_post(all_packs):
    """Per-alternative gates, split alternations, merged searches and hoisted look-behinds give exactly
    the matches of the pattern as written, on every post the gates let it run on."""
    from postguard.analyzers.matchers import SpecMatches
    from postguard.normalize import normalize

    index = all_packs.runtime.index
    index.build_gates()
    assert any(len(alts) > 1 for alts in index._alts)  # some patterns were split
    assert any(src is not None for srcs in index._alt_sources for src in srcs)  # some into a group's phrases
    compared = closed = 0
    for n, text in enumerate(labeled_texts()):
        norm = normalize(text).text
        open_runs, _ = index.open_runs(norm)
        if n % 8 == 0:  # a pattern none of whose alternatives the gates let through cannot match at all
            for run_id, (pattern, _, _) in enumerate(index._regex_runs):
                if run_id not in open_runs:
                    closed += 1
                    assert pattern.search(norm) is None, (pattern.pattern[:80], norm[:200])
        for run_id, alts in open_runs.items():
            pattern, group, keys = index._regex_runs[run_id]
            fast = SpecMatches(index, norm)
            index._search(run_id, fast, alts)
            slow = SpecMatches(index, norm)
            index._search(run_id, slow, None)
            assert dict.items(fast) == dict.items(slow), (pattern.pattern[:80], alts, norm[:200])
            compared += 1
    assert compared > 10_000 and closed > 5_000


def test_literal_search_with_and_without_the_automaton_agrees(all_packs):
    from postguard.analyzers import recognizers
    from postguard.normalize import normalize

    patterns = [p.pattern for p, _, _ in all_packs.runtime.index._regex_runs]
    patterns += [p for rec in recognizers.all_recognizers() for _, p, _ in rec._patterns]
    fast = LiteralGates(patterns)
    plain = LiteralGates(patterns)
    plain._fallback = True  # the look-up by three-character starts, used without pyahocorasick
    assert fast._automaton is not None
    for text in _texts()[::3]:
        norm = normalize(text).text
        assert fast.present(norm) == plain.present(norm), norm[:200]
        assert fast.open_indexes(norm) == plain.open_indexes(norm)
