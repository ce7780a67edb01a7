"""The shipped table of gate literals (``prefilter.TABLE``): current, and only ever a shortcut."""

import json
from importlib import resources

import pytest

from postguard.analyzers import prefilter
from postguard.analyzers.prefilter import LiteralGates, gate_sets, required_sets, table_key


@pytest.fixture(scope="module")
def shipped():
    return json.loads((resources.files(prefilter.__package__) / prefilter.TABLE).read_text(encoding="utf-8"))


def test_table_has_every_builtin_pattern(shipped):
    # stale after a pattern of a built-in pack or recognizer changed: run scripts/gate_table.py
    missing = [p[:80] for p in prefilter.builtin_patterns() if table_key(p) not in shipped["sets"]]
    assert not missing, f"{len(missing)} patterns are not in {prefilter.TABLE}: run scripts/gate_table.py"


def test_table_entries_are_what_the_parser_reads(shipped):
    if shipped["python"] != prefilter.PYTHON:
        pytest.skip(f"table written with Python {shipped['python']}; its sets are checked on that version")
    patterns = prefilter.builtin_patterns()
    wrong = []
    for p in patterns:
        got = required_sets(p, most=prefilter.TABLE_MOST)
        want = shipped["sets"].get(table_key(p), "missing")
        if want != "missing" and want != (None if got is None else [sorted(s) for s in got]):
            wrong.append(p[:80])
    assert not wrong, f"{len(wrong)} entries differ from the parser: run scripts/gate_table.py"
    assert len(shipped["sets"]) == len({table_key(p) for p in patterns}), "entries no pattern uses: run scripts/gate_table.py"


def test_a_pattern_missing_from_the_table_is_read_as_before():
    pattern = r"\bunlisted\s+(?:pattern|phrase)\b of a company pack"
    assert table_key(pattern) not in prefilter._shipped()
    assert gate_sets(pattern) == required_sets(pattern, most=prefilter.TABLE_MOST)
    gates = LiteralGates([pattern])
    assert gates.open_indexes("an unlisted phrase of a company pack here") == {0}
    assert gates.open_indexes("nothing of the kind") == set()


def test_the_table_is_used(monkeypatch):
    pattern = r"\bsome\s+words\b"
    monkeypatch.setattr(prefilter, "_table", {table_key(pattern): [["table-literal"]]})
    assert gate_sets(pattern) == [frozenset({"table-literal"})]
    assert LiteralGates([pattern]).open_indexes("some words") == set()  # the table, not the parser, decided


def test_written_table_round_trips():
    text = prefilter.table_json({r"\bquit\s+(?:your|my)\s+job\b", r"\d+"})
    data = json.loads(text)
    assert data["format"] == prefilter.TABLE_FORMAT
    assert data["sets"][table_key(r"\d+")] is None
    m = prefilter.MARK  # "quit" begins a word, and so do "my" and "your" after the whitespace
    assert data["sets"][table_key(r"\bquit\s+(?:your|my)\s+job\b")] == [[f"{m} quit my", f"{m} quit your"], [f"{m} job"]]
