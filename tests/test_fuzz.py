"""Property-based fuzzing (hypothesis) of the parts that touch untrusted text: normalization and its offset
map, the readers, the pack loader and the rule engine.

The CI run is short (about a minute on 2 cores). For a long run:

    POSTGUARD_FUZZ_EXAMPLES=5000 .venv/bin/pytest tests/test_fuzz.py -q

(every test then tries that many examples; see docs/robustness.md).
"""

import json
import os
import string

import pytest
import yaml
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from postguard.errors import InputError, PackError
from postguard.normalize import normalize
from postguard.packs import parse_pack
from postguard.packs.loader import builtin_dir
from postguard.sources import parse
from postguard.sources.base import plain_locator

EXAMPLES = int(os.environ.get("POSTGUARD_FUZZ_EXAMPLES", "0"))


def fuzz(ci_examples: int):
    """Settings for one property: ``ci_examples`` in CI, POSTGUARD_FUZZ_EXAMPLES in a long run."""
    return settings(max_examples=EXAMPLES or ci_examples, deadline=None, database=None, derandomize=not EXAMPLES,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much])


# Characters that make normalization and offsets interesting: invisible ones, joiners, combining marks,
# look-alikes, compatibility forms that NFKC expands or shrinks, emoji parts, bidi controls, NUL, newlines.
WEIRD = (
    "\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e\u202a\u202e\u2066\u2069\u200e\u200f"  # invisible
    "\u0301\u0308\u0327\u20e3\ufe0f\U0001f3fd"  # combining, keycap, variation selector, skin tone
    "аеорсхіΑΟΡ"  # Cyrillic and Greek look-alikes
    "ﬁﬂ½²ℌ𝐀𝕄Ａｚ①㎏ǅ\u2126\u212a\u0130\u00df\u1e9e\u0149"  # NFKC changes length; İ, ß, ŉ change when lowercased
    "👨👩👧🇺🇸❤🎂🙂#@!?.,:;'\"-_/\\\x00\t\n\r "
)
fragment = st.one_of(
    st.text(alphabet=WEIRD, min_size=1, max_size=4),
    st.text(alphabet=string.ascii_letters + string.digits, min_size=1, max_size=8),
    st.sampled_from([
        "my daughter Emma", "she turned 7 today", "my son Liam (6)", "#VoteThemOut", "#BrandPartner", "#ad",
        "email me at jane.doe@gmail.com", "call 415-555-0132", "12 Oak Street", "quit your job", "cures cancer",
        "Lincoln Elementary", "we're away until Sunday", "$10,000 a month", "DM me", "!!!!", "WOW AMAZING",
    ]),
    st.characters(blacklist_categories=("Cs",)),
)
posts = st.lists(fragment, max_size=25).map(" ".join) | st.lists(fragment, max_size=25).map("".join)


# -- normalization and its offset map ------------------------------------------------------------------------

@fuzz(600)
@given(text=posts)
def test_normalized_offsets_stay_in_bounds(text):
    norm = normalize(text)
    n = len(text)
    assert norm.original == text
    assert len(norm.starts) == len(norm.ends) == len(norm.text)
    for s, e in zip(norm.starts, norm.ends):
        assert 0 <= s <= e <= n
    assert list(norm.starts) == sorted(norm.starts)  # the map never goes backwards
    for i in range(len(norm.text) + 1):
        assert 0 <= norm.offset(i) <= n


@fuzz(300)
@given(text=posts, data=st.data())
def test_normalized_span_maps_any_span_inside_the_original(text, data):
    norm = normalize(text)
    m = len(norm.text)
    start = data.draw(st.integers(0, m), label="start")
    end = data.draw(st.integers(start, m), label="end")
    a, b = norm.span(start, end)
    assert 0 <= a <= b <= len(text)
    if start < end:
        # the original span covers every character the normalized span came from
        assert a <= norm.starts[start] and norm.ends[end - 1] <= b


@fuzz(200)
@given(text=posts)
def test_normalization_is_stable(text):
    once = normalize(text).text
    assert normalize(text).text == once  # deterministic


# -- the rule engine on random text: every finding's span maps back and slices to its match -------------------

@pytest.fixture(scope="module")
def all_packs_checker():
    from postguard import Checker
    from postguard.packs import builtin_names

    checker = Checker(packs=builtin_names())
    checker.check("warm up")
    return checker


@fuzz(250)
@given(text=posts)
def test_findings_slice_the_original_text(all_packs_checker, text):
    report = all_packs_checker.check(text)
    assert report.errors == []
    locate = plain_locator(text)
    for f in report.findings:
        assert 0 <= f.start <= f.end <= len(text), f
        assert text[f.start:f.end] == f.match, f
        assert f.location is not None
        assert (f.location.line, f.location.column) == locate(f.start)
        assert "{match}" not in f.message


@fuzz(60)
@given(texts=st.lists(posts, min_size=1, max_size=12), size=st.integers(1, 5))
def test_batching_does_not_change_results(all_packs_checker, texts, size):
    def key(reports):
        return [[(f.rule, f.start, f.end, f.match) for f in r.findings] for r in reports]

    one_by_one = [all_packs_checker.check(t) for t in texts]
    batched = list(all_packs_checker.check_many(texts, batch_size=size))
    assert key(batched) == key(one_by_one)


# -- readers ----------------------------------------------------------------------------------------------------

json_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=60) | posts


@fuzz(400)
@given(text=json_text, ascii_only=st.booleans(), before=st.dictionaries(st.sampled_from(["id", "platform", "x", "meta"]),
                                                                          st.integers() | st.text(max_size=5), max_size=3))
def test_jsonl_locator_points_at_each_characters_source(text, ascii_only, before):
    assume(text.strip())
    obj = {**{k: v for k, v in before.items() if k != "platform"}, "text": text}
    raw_line = json.dumps(obj, ensure_ascii=ascii_only)
    source = '{"text": "first"}\n' + raw_line + "\n"
    posts_ = parse(source, "fuzz.jsonl", "jsonl")
    post = posts_[1]
    assert post.text == text.strip() and post.line == 2  # readers trim a post's surrounding whitespace
    for i, ch in enumerate(post.text):
        line, col = post.locate(i)
        assert line == 2
        at = raw_line[col - 1]
        # the column is where the character, or the escape that encodes it, starts in the file
        assert at == ch or at == "\\", (i, ch, col, raw_line)


@fuzz(300)
@given(data=st.binary(max_size=300) | posts.map(lambda t: t.encode("utf-8", "surrogatepass")),
       fmt=st.sampled_from(["text", "jsonl", "json", "csv", "markdown"]))
def test_readers_raise_only_input_errors(data, fmt):
    from postguard.sources import decode

    try:
        posts_ = parse(decode(data, "fuzz"), "fuzz", fmt)
    except InputError as exc:
        assert "\n" not in str(exc) and str(exc).startswith("fuzz: ")
        return
    for p in posts_:
        assert isinstance(p.text, str)
        for i in (0, len(p.text) // 2, max(0, len(p.text) - 1)):
            line, col = p.locate(i)
            assert line >= 1 and col >= 1


# -- the pack loader on random YAML -------------------------------------------------------------------------------

YAML_CHARS = "-:[]{},&*!|>'\"#%@` \n\t" + "abcdefkrstuy01" + "\u00e9\x00"
pack_keys = st.sampled_from(["pack", "rules", "id", "kind", "terms", "pattern", "category", "severity", "message",
                             "examples", "flag", "pass", "extends", "overrides", "allow", "near", "unless", "window",
                             "within", "entities", "min_score", "tokens", "measure", "max", "label", "threshold"])
scalars = st.none() | st.booleans() | st.integers(-5, 5) | st.floats(allow_nan=True) | st.text(max_size=8) | \
    st.sampled_from(["terms", "pattern", "core", "private", "error", "(a+)+$", "[", "*", "#ad", "../x.yaml", "core.yaml"])
documents = st.recursive(scalars, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(pack_keys, inner, max_size=6),
                         max_leaves=30)


def _load(text: str):
    try:
        parse_pack(text, "fuzz.yaml")
    except PackError as exc:
        assert "\n" not in str(exc), str(exc)
        assert str(exc).startswith("fuzz.yaml")


@fuzz(400)
@given(text=st.text(alphabet=YAML_CHARS, max_size=200))
def test_pack_loader_on_random_text(text):
    _load(text)


@fuzz(400)
@given(doc=documents)
def test_pack_loader_on_random_documents(doc):
    _load(yaml.safe_dump({"pack": "fuzz", "rules": [doc]} if isinstance(doc, dict) else doc, allow_unicode=True))


# read once: hypothesis replays examples, so the packs must not change under it during a run
BUILTIN_TEXTS = {p.name: p.read_text(encoding="utf-8") for p in sorted(builtin_dir().glob("*.yaml"))}


@fuzz(300)
@given(data=st.data())
def test_pack_loader_on_mutated_builtin_packs(data):
    name = data.draw(st.sampled_from(sorted(BUILTIN_TEXTS)), label="pack")
    text = BUILTIN_TEXTS[name]
    for _ in range(data.draw(st.integers(1, 4), label="edits")):
        i = data.draw(st.integers(0, len(text)), label="at")
        j = data.draw(st.integers(i, min(len(text), i + 40)), label="to")
        text = text[:i] + data.draw(st.text(alphabet=YAML_CHARS, max_size=6), label="insert") + text[j:]
    _load(text)


@pytest.mark.parametrize("data,fmt", [(b";", "csv"), (b",,,\n,,\n", "csv"), (b"\t", "csv")])
def test_found_by_fuzzing(data, fmt):
    """Inputs the fuzzer found crashing a reader (IndexError, exit 3) before they were fixed."""
    from postguard.sources import decode

    with pytest.raises(InputError) as info:
        parse(decode(data, "fuzz"), "fuzz", fmt)
    assert str(info.value) == "fuzz: empty file: no post to check"
