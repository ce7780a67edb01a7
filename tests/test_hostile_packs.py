"""Hostile rule packs: a pattern that would backtrack for ever, extends that loop, nest or escape the pack's
folder, alias bombs, huge lists, code-running YAML tags and unknown keys. Each ends in a clear one-line error
(PackError, exit 2) naming the file and line, or, for a pattern cut off on one post, a per-post error naming
the rule and the post; never a hang, a traceback or code execution."""

import os
import re
import textwrap
import time

import pytest

from conftest import run_cli

from postguard import Checker
from postguard.errors import PackError
from postguard.packs import load_packs

RULE = """\
  - id: {id}
    kind: terms
    category: brand
    severity: warning
    terms: [{term}]
    message: "Mentions {{match}}."
    examples:
      flag: ["{term}"]
      pass: ["nothing here"]
"""


def write(path, text):
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return str(path)


def pack_error(ref) -> PackError:
    with pytest.raises(PackError) as info:
        load_packs([ref])
    message = str(info.value)
    assert "\n" not in message and "Traceback" not in message
    return info.value


# -- catastrophic backtracking ---------------------------------------------------------------------------

SLOW = """\
pack: slow
extends: [core]
rules:
  - id: backtracks
    kind: pattern
    category: brand
    severity: warning
    pattern: "(a|aa)+$"
    message: "Odd run of a's: {match}"
    examples:
      flag: ["aaaa"]
      pass: ["bbbb"]
"""

EVIL = "a" * 60 + "!"  # (a|aa)+$ tries every way to split the a's before failing: Fibonacci(60) paths


@pytest.fixture(scope="module")
def slow_pack(tmp_path_factory):
    d = tmp_path_factory.mktemp("slow")
    return write(d / "slow.yaml", SLOW)


def test_a_backtracking_pattern_is_cut_off_naming_the_rule_and_the_post(slow_pack):
    checker = Checker(packs=[slow_pack])
    checker.check("warm up")
    start = time.monotonic()
    reports = list(checker.check_many([f"My daughter Emma turned 7 today {EVIL}", "aaaa", "all fine here"]))
    elapsed = time.monotonic() - start
    assert elapsed < 15, f"took {elapsed:.1f}s"  # one 1 s cut-off, not Fibonacci(60) steps
    first, second, third = reports
    assert first.errors == ["<text>: rule slow/backtracks: its pattern took over 1s on one post and was cut off"]
    # the other rules still ran on that post, and the other posts were checked as usual
    assert {"core/child-name", "core/child-age"} <= {f.rule for f in first.findings}
    assert second.errors == [] and [f.match for f in second.findings if f.rule == "slow/backtracks"] == ["aaaa"]
    assert third.errors == [] and third.findings == []


def test_the_cli_names_file_line_and_rule_and_exits_2(slow_pack, tmp_path):
    posts = tmp_path / "posts.jsonl"
    posts.write_text('{"text": "aaaa"}\n{"id": "p2", "text": "' + EVIL + '"}\n', encoding="utf-8")
    start = time.monotonic()
    r = run_cli("check", str(posts), "--pack", slow_pack, "--no-color")
    assert time.monotonic() - start < 60
    assert r.returncode == 2 and r.stderr == ""
    # the post's location is where its text starts in the file: line 2, column 23
    assert f"error: {posts}:2:23: rule slow/backtracks: its pattern took over 1s on one post and was cut off" in r.stdout.splitlines()
    assert f"{posts}:1:11: warning [slow/backtracks]" in r.stdout  # the first post's finding is still reported


def test_a_backtracking_exclude_match_is_cut_off_too(tmp_path):
    pack = write(tmp_path / "ex.yaml", """\
        pack: ex
        rules:
          - id: runs
            kind: pattern
            category: brand
            severity: warning
            pattern: "a{5,}!"
            exclude_match: ["^(a|aa)+$"]
            message: "Run: {match}"
            examples:
              flag: ["aaaaa!"]
              pass: ["aaaa"]
        """)
    checker = Checker(packs=[pack])
    start = time.monotonic()
    report = checker.check(EVIL)
    assert time.monotonic() - start < 15
    assert report.errors == ["<text>: rule ex/runs: its pattern took over 1s on one post and was cut off"]


def test_packs_test_fails_an_example_whose_pattern_is_cut_off(tmp_path):
    pack = write(tmp_path / "slowex.yaml", SLOW.replace("extends: [core]\n", "").replace('pass: ["bbbb"]', f'pass: ["{EVIL}"]'))
    r = run_cli("packs", "test", pack)
    assert r.returncode == 1
    assert "FAIL slow/backtracks (pass" in r.stdout and "was cut off" in r.stdout


# -- extends: cycles, depth, escaping the folder -----------------------------------------------------------

def test_an_extends_cycle_is_named(tmp_path):
    write(tmp_path / "a.yaml", "pack: a\nextends: [b.yaml]\nrules: []\n")
    write(tmp_path / "b.yaml", "pack: b\nextends: [a.yaml]\nrules: []\n")
    err = pack_error(str(tmp_path / "a.yaml"))
    assert err.reason == "packs extend each other in a cycle: a.yaml -> b.yaml -> a.yaml"
    write(tmp_path / "self.yaml", "pack: self\nextends: [self.yaml]\nrules: []\n")
    assert pack_error(str(tmp_path / "self.yaml")).reason == "packs extend each other in a cycle: self.yaml -> self.yaml"


def test_deeply_nested_extends_stop_at_the_limit(tmp_path):
    for i in range(40):
        write(tmp_path / f"p{i}.yaml", f"pack: p{i}\nextends: [p{i + 1}.yaml]\nrules: []\n")
    write(tmp_path / "p40.yaml", "pack: p40\nrules: []\n")
    err = pack_error(str(tmp_path / "p0.yaml"))
    assert err.reason == "'extends' nests deeper than 16 packs"


@pytest.mark.parametrize("target", ["../outside.yaml", "/etc/passwd", "sub/../../outside.yaml", "link.yaml"])
def test_extends_cannot_leave_the_packs_folder(tmp_path, target):
    inner = tmp_path / "packs"
    inner.mkdir()
    write(tmp_path / "outside.yaml", "pack: outside\nrules: []\n")
    os.symlink(tmp_path / "outside.yaml", inner / "link.yaml")
    pack = write(inner / "mine.yaml", f"pack: mine\nextends: ['{target}']\nrules: []\n")
    err = pack_error(pack)
    assert err.reason == f"extends {target!r} points outside the pack's directory"
    assert err.path == pack


def test_terms_from_cannot_leave_the_packs_folder(tmp_path):
    inner = tmp_path / "packs"
    inner.mkdir()
    (tmp_path / "secret.txt").write_text("hunter2\n", encoding="utf-8")
    pack = write(inner / "mine.yaml", RULE.format(id="t", term="x").replace("terms: [x]", "terms_from: [../secret.txt]")
                 .join(["pack: mine\nrules:\n", ""]))
    err = pack_error(pack)
    assert err.reason == "'terms_from' file '../secret.txt' is outside the pack's directory"
    assert "hunter2" not in str(err)


# -- YAML: bombs, depth, size, code ------------------------------------------------------------------------

def test_an_alias_bomb_is_refused_quickly(tmp_path):
    lines = ["pack: bomb", 'a: &a ["x","x","x","x","x","x","x","x","x"]']
    for i in range(1, 9):
        prev, cur = chr(96 + i), chr(97 + i)
        lines.append(f"{cur}: &{cur} [" + ",".join([f"*{prev}"] * 9) + "]")
    lines.append("rules: *i")
    pack = write(tmp_path / "bomb.yaml", "\n".join(lines) + "\n")
    start = time.monotonic()
    err = pack_error(pack)
    assert time.monotonic() - start < 30
    assert err.reason == "pack is too large or uses too many aliases (over 200000 values)"


@pytest.mark.parametrize("depth", [100, 20_000])
def test_deep_nesting_is_refused(tmp_path, depth):
    pack = write(tmp_path / "deep.yaml", "pack: deep\nrules: " + "[" * depth + "]" * depth + "\n")
    assert pack_error(pack).reason == "pack nests deeper than 64 levels"


def test_a_huge_term_list_is_refused(tmp_path):
    (tmp_path / "terms.txt").write_text("".join(f"term{i}\n" for i in range(200_001)), encoding="utf-8")
    pack = write(tmp_path / "huge.yaml", "pack: huge\nrules:\n" + RULE.format(id="big", term="term1")
                 .replace("terms: [term1]", "terms_from: [terms.txt]"))
    err = pack_error(pack)
    assert err.reason == "'terms_from' lists over 200000 terms" and err.line == 7


@pytest.mark.parametrize("tagged", [
    '!!python/object/apply:os.system ["touch {marker}"]',
    "!!python/name:os.system",
    '!!python/object/new:subprocess.Popen [["touch", "{marker}"]]',
    "!custom value",
])
def test_packs_are_data_only(tmp_path, tagged):
    marker = tmp_path / "PWNED"
    pack = write(tmp_path / "evil.yaml", "pack: evil\ndescription: " + tagged.format(marker=marker) + "\nrules: []\n")
    err = pack_error(pack)
    assert re.fullmatch(r"YAML tag '.+' is not allowed: packs are data only", err.reason), err.reason
    assert err.line == 2
    assert not marker.exists()


@pytest.mark.parametrize("text,reason,line", [
    ("pack: p\nversion: 2024-02-30\nrules: []\n", "bad value '2024-02-30': day is out of range for month", 2),
    ("pack: p\nrules:\n  - id: a\n    kind: terms\n    terms: [x]\n    patern: y\n", None, 6),
    ("pack: p\nrulez: []\n", "unknown top-level key 'rulez' (did you mean 'rules'?)", 2),
    ("pack: p\nrules:\n  - id: x\n    severity: !!int ''\n", "bad value '': not a valid int", 4),
    ("pack: p\npack: q\nrules: []\n", "duplicate key 'pack'", 2),
    ("pack: p\nrules: [\n", None, None),
    ("\x00\x01", "not valid YAML: unacceptable character #x0000: special characters are not allowed", None),
])
def test_malformed_packs_name_file_and_line(tmp_path, text, reason, line):
    pack = write(tmp_path / "bad.yaml", text)
    err = pack_error(pack)
    assert err.path == pack
    if reason is not None:
        assert err.reason == reason
    if line is not None:
        assert err.line == line


def test_unknown_key_suggests_the_intended_one(tmp_path):
    pack = write(tmp_path / "typo.yaml", "pack: typo\nrules:\n" + RULE.format(id="t", term="x").replace("    terms:", "    termz:"))
    err = pack_error(pack)
    assert err.reason == "unknown key 'termz' in rule typo/t (did you mean 'terms'?)" and err.line == 7


def test_binary_and_non_utf8_packs(tmp_path):
    p = tmp_path / "latin1.yaml"
    p.write_bytes("pack: caf\xe9\nrules: []\n".encode("latin-1"))
    assert pack_error(str(p)).reason == "not valid UTF-8 (byte 0xe9 at offset 9)"


def test_cli_reports_a_bad_pack_in_one_line_with_exit_2(tmp_path):
    write(tmp_path / "a.yaml", "pack: a\nextends: [b.yaml]\nrules: []\n")
    write(tmp_path / "b.yaml", "pack: b\nextends: [a.yaml]\nrules: []\n")
    (tmp_path / "post.txt").write_text("hello", encoding="utf-8")
    r = run_cli("packs", "validate", str(tmp_path / "a.yaml"))
    assert r.returncode == 2, r.stderr
    assert r.stderr.count("\n") == 1 and "Traceback" not in r.stderr
    assert r.stderr.startswith("postguard: error: ") and "cycle: a.yaml -> b.yaml -> a.yaml" in r.stderr
    # in a check the pack is reported against the file that needed it, and the run fails
    r = run_cli("check", str(tmp_path / "post.txt"), "--pack", str(tmp_path / "a.yaml"), "--no-color")
    assert r.returncode == 2 and r.stderr == ""
    assert (f"error: {tmp_path / 'a.yaml'}: packs extend each other in a cycle: a.yaml -> b.yaml -> a.yaml"
            in r.stdout.splitlines())
