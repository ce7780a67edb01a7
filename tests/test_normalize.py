"""Normalization: Unicode cleanup, hashtag splitting and segmentation, and the offset map back."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from postguard.normalize import WORDS_FILE, Segmenter, default_segmenter, normalize


def original_of(norm, needle: str) -> str:
    """The original text behind the first occurrence of ``needle`` in the normalized text."""
    i = norm.text.index(needle)
    s, e = norm.span(i, i + len(needle))
    return norm.original[s:e]


# -- hashtag segmentation ------------------------------------------------------------------------
def test_shipped_word_list_exists_and_loads():
    assert WORDS_FILE.is_file()
    seg = default_segmenter()
    assert seg is not None
    assert len(seg.cost) > 2000


@pytest.mark.parametrize(
    "tag, words",
    [
        ("#votethemallout", "#vote them all out"),
        ("#buildthewall", "#build the wall"),
        ("#defundthepolice", "#defund the police"),
        ("#shoplocal", "#shop local"),
        ("#jesussaves", "#jesus saves"),
    ],
)
def test_lowercase_hashtags_are_segmented_by_default(tag, words):
    assert normalize(f"Big news {tag} today").text == f"Big news {words} today"


@pytest.mark.parametrize("tag", ["#blessed", "#together", "#MAGA", "#BLM", "#xyzzyplugh"])
def test_known_words_acronyms_and_unknown_bodies_stay_whole(tag):
    assert normalize(f"{tag} ok").text == f"{tag} ok"


def test_segmentation_can_be_turned_off():
    assert normalize("#votethemallout", segment=None).text == "#votethemallout"
    # CamelCase is split either way
    assert normalize("#VoteThemAllOut", segment=None).text == "#Vote Them All Out"


def test_segmented_hashtag_maps_back_to_the_original():
    text = "Polls close at 8 #votethemallout!"
    norm = normalize(text)
    assert norm.text == "Polls close at 8 #vote them all out!"
    assert original_of(norm, "them") == "them"
    assert original_of(norm, "#vote them all out") == "#votethemallout"
    s, e = norm.span(norm.text.index("out"), norm.text.index("out") + 3)
    assert (s, e) == (text.index("out"), text.index("out") + 3)
    # the inserted spaces do not break the hashtag: still one hashtag with its original key
    assert [key for _, _, key in norm.hashtags()] == ["votethemallout"]


def test_camelcase_hashtag_split_keeps_offsets():
    text = "Say it loud: #VoteThemAllOut"
    norm = normalize(text)
    assert norm.text.endswith("#Vote Them All Out")
    assert original_of(norm, "All") == "All"
    assert norm.span(norm.text.index("#"), len(norm.text)) == (text.index("#"), len(text))


def test_segmenter_unit():
    seg = Segmenter({"vote": 50, "them": 40, "all": 60, "out": 30, "to": 100, "get": 40, "her": 40, "together": 5, "ma": 2, "ga": 2})
    assert seg("votethemallout") == ["vote", "them", "all", "out"]
    assert seg("VoteThemAllOut".lower()) == ["vote", "them", "all", "out"]
    assert seg("together") == ["together"]  # a known word is not split
    assert seg("maga") == ["maga"]  # rare short pieces are not words
    assert seg("voteqq") == ["voteqq"]  # every piece must be known
    assert seg("Votethem") == ["Vote", "them"]  # original case kept


# -- Unicode cleanup -----------------------------------------------------------------------------
def test_zero_width_characters_are_removed_and_offsets_map_back():
    text = "Pr\u200bay f\u200dor us"
    norm = normalize(text)
    assert norm.text == "Pray for us"
    assert original_of(norm, "Pray") == "Pr\u200bay"


def test_lookalike_letters_read_as_latin():
    text = "v\u043ete f\u043er h\u0456m"  # Cyrillic o and i
    norm = normalize(text)
    assert norm.text == "vote for him"
    assert original_of(norm, "vote") == "v\u043ete"


def test_fullwidth_and_styled_letters_fold():
    assert normalize("\uff36\uff4f\uff54\uff45 now").text == "Vote now"
    assert normalize("\U0001d415\U0001d428\U0001d42d\U0001d41e").text == "Vote"


def test_emoji_are_kept_including_zwj_sequences():
    family = "\U0001f468\u200d\U0001f469\u200d\U0001f467"
    norm = normalize(f"Family day {family} \U0001f389")
    assert family in norm.text and "\U0001f389" in norm.text


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(list("abcVOTE #\u200b\u043e\u0456\uff41\u00e9\u0301 \n!") + ["#vote", "#votethemallout", "#ShopLocal"]), max_size=20))
def test_offset_map_is_consistent(pieces):
    text = "".join(pieces)
    norm = normalize(text)
    assert len(norm.starts) == len(norm.text) == len(norm.ends)
    for s, e in zip(norm.starts, norm.ends):
        assert 0 <= s <= e <= len(text)
    assert list(norm.starts) == sorted(norm.starts)
    if norm.text:
        s, e = norm.span(0, len(norm.text))
        assert 0 <= s <= e <= len(text)
