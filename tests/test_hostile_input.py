"""Hostile input: every kind of bad post or file gives a finding, a one-line per-file error, or exit 2 with a
one-line reason. Never a traceback, never a silent skip (a file that cannot be read fails the run).

Each class from the robustness issue has a test here; the CLI runs are few and cover many files at once.
"""

import json
import os
import re
import sys
import time
from pathlib import Path

import pytest

from conftest import run_cli

from postguard.sources import read_path

DAUGHTER = "So proud of my daughter Emma, she turned 7 today!"


# -- one CLI run over a directory of broken files: each is reported, one line each, exit 2 -----------------

BROKEN = {
    # name: (bytes, regex the error line must match after "PATH: ")
    "empty.txt": (b"", r"empty file: no post to check"),
    "blank.txt": (b"  \n\t\n \r\n", r"empty file: no post to check"),
    "bad-utf8.txt": (b"hello \xff world", r"not valid UTF-8 \(byte 0xff at offset 6\)"),
    "bad-utf16.txt": (b"\xff\xfe" + "hi".encode("utf-16-le") + b"\x00\xd8", r"not valid UTF-16 \(byte 0x00 at offset 6\)"),
    "binary.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), r"binary file \(contains NUL bytes\)"),
    "nul-in-text.txt": (b"my daughter Emma\x00 is 7", r"binary file \(contains NUL bytes\)"),
    "broken.jsonl": (b'{"text": "fine"}\n{"text": "never closed}\n', r"line 2 column \d+: not valid JSON \(.+\)"),
    "not-object.jsonl": (b'["a list"]\n', r"no post text field found \(looked for text, "),
    "broken.json": (b'[{"text": "a"}, {"text": ]', r"line 1 column \d+: not valid JSON \(.+\)"),
    "deep.json": (b"[" * 100_000 + b"]" * 100_000, r"JSON nests too deeply to read"),
    "deep.jsonl": (b'{"text": "hi", "x": ' + b"[" * 100_000 + b"]" * 100_000 + b"}\n", r"line 1: JSON nests too deeply to read"),
    "only-delimiters.csv": (b";;;\n;;\n", r"empty file: no post to check"),
    "unclosed.csv": (b'text,platform\n"hello,x\nworld,x\n', r"line 2: quoted cell is never closed"),
    "ragged.csv": (b"text,platform\nmy daughter Emma, age 7,x\n", r"line 2: row has 3 cells but the header has 2"),
    "bad-front-matter.md": (b"---\nplatform: [x\n---\nhello\n", r"line 2: front matter is not valid YAML \(.+\)"),
    "open-front-matter.md": (b"---\nplatform: x\nhello\n", r"line 1: front matter starts with '---' but is never closed"),
    "bad-date.md": (b"---\nid: 2024-02-30\n---\nhello\n", r"front matter has a bad value \(day is out of range for month\)"),
    "deep.md": (b"---\nid: " + b"[" * 5000 + b"\n---\nhello\n", r"front matter nests too deeply to read"),
}


def _alias_bomb() -> bytes:
    lines = ["---", 'a: &a ["x","x","x","x","x","x","x","x","x"]']
    for i in range(1, 9):
        prev, cur = chr(96 + i), chr(97 + i)
        lines.append(f"{cur}: &{cur} [" + ",".join([f"*{prev}"] * 9) + "]")
    lines += ["id: *i", "---", "hello"]
    return ("\n".join(lines) + "\n").encode()


BROKEN["alias-bomb.md"] = (_alias_bomb(), r"line 3: front matter is not valid YAML \(aliases \(\*name\) are not allowed")


@pytest.fixture(scope="module")
def broken_dir(tmp_path_factory):
    d = tmp_path_factory.mktemp("broken")
    for name, (data, _) in BROKEN.items():
        (d / name).write_bytes(data)
    (d / "good.txt").write_text(DAUGHTER, encoding="utf-8")
    (d / "good-utf16.txt").write_bytes(DAUGHTER.encode("utf-16"))  # with a BOM: read, not refused
    return d


@pytest.fixture(scope="module")
def broken_run(broken_dir):
    start = time.monotonic()
    r = run_cli("check", str(broken_dir), "--format", "json")
    return r, time.monotonic() - start


def test_every_broken_file_is_reported_once_and_fails_the_run(broken_dir, broken_run):
    r, seconds = broken_run
    assert r.returncode == 2, r.stderr
    assert r.stderr == ""  # per-file errors go in the report, not a traceback on stderr
    data = json.loads(r.stdout)
    messages = [e["message"] for e in data["errors"]]
    assert len(messages) == len(BROKEN), messages
    for name, (_, pattern) in BROKEN.items():
        prefix = f"{broken_dir / name}: "
        mine = [m for m in messages if m.startswith(prefix)]
        assert len(mine) == 1, (name, messages)
        assert re.match(pattern, mine[0][len(prefix):]), (name, mine[0])
        assert "\n" not in mine[0] and "Traceback" not in mine[0]
    # the readable files were still checked, with exact positions
    assert data["summary"]["posts"] == 2 and data["summary"]["errors"] == len(BROKEN)
    names = {(Path(f["location"]["path"]).name, f["rule"], f["location"]["column"]) for f in data["findings"]}
    assert ("good.txt", "core/child-name", 25) in names and ("good-utf16.txt", "core/child-name", 25) in names
    assert seconds < 120  # the alias bomb and the deep nesting are refused, not expanded


def test_text_output_lists_each_error_on_one_line(broken_dir):
    r = run_cli("check", str(broken_dir / "bad-utf8.txt"), str(broken_dir / "good.txt"), "--no-color")
    assert r.returncode == 2 and r.stderr == ""
    errors = [line for line in r.stdout.splitlines() if line.startswith("error: ")]
    assert errors == [f"error: {broken_dir / 'bad-utf8.txt'}: not valid UTF-8 (byte 0xff at offset 6)"]
    assert "1 input error." in r.stdout
    assert "[core/child-name]" in r.stdout  # the good file is still reported


def test_missing_path_and_binary_stdin_exit_2_with_one_line(tmp_path):
    r = run_cli("check", str(tmp_path / "nope.txt"))
    assert r.returncode == 2 and r.stderr == ""
    assert f"error: {tmp_path / 'nope.txt'}: no such file" in r.stdout
    r = run_cli("check", "-", input="\x00\x01\x02binary")
    assert r.returncode == 2 and "Traceback" not in r.stderr + r.stdout
    assert "error: <stdin>: binary file (contains NUL bytes)" in r.stdout
    r = run_cli("check", "-", "--stdin-format", "jsonl", input='{"text": 1}\n')
    assert r.returncode == 2 and "Traceback" not in r.stderr + r.stdout
    assert re.search(r"error: <stdin>: line 1: .*text.*", r.stdout), r.stdout


def test_oversized_file_is_refused_before_reading(tmp_path):
    big = tmp_path / "huge.txt"
    with open(big, "wb") as fh:
        fh.truncate(9 * 1024 * 1024)  # sparse: no need to write 9 MB
    r = run_cli("check", str(big))
    assert r.returncode == 2 and r.stderr == ""
    assert re.search(rf"error: {re.escape(str(big))}: file is 9\.4 MB, over the 8\.4 MB limit", r.stdout), r.stdout


# -- posts that are odd but valid: a finding or nothing, never an exception ---------------------------------

@pytest.mark.parametrize("text", ["", " ", "\n\n\t ", "\u200b\u200c\u2060", "\x00", "\ufeff", "#", "@", "...", "🙂" * 50])
def test_empty_and_invisible_posts_are_clean(core_checker, text):
    report = core_checker.check(text)
    assert report.errors == []
    assert all(f.category != "private" for f in report.findings)


def test_nul_bytes_inside_a_post_keep_offsets(core_checker):
    text = "So proud of my daughter\x00Emma, she turned 7 today!"
    report = core_checker.check(text)
    f = next(f for f in report.findings if f.rule == "core/child-name")
    assert (f.start, f.end, f.match) == (24, 28, "Emma") and text[f.start:f.end] == "Emma"


def test_zero_width_characters_do_not_hide_a_name(core_checker):
    text = "So proud of my daughter E\u200bm\u200dma, she turned 7 today!"
    f = next(f for f in core_checker.check(text).findings if f.rule == "core/child-name")
    assert f.match == "E\u200bm\u200dma" and text[f.start:f.end] == f.match


def test_right_to_left_text_and_overrides(core_checker):
    text = "\u202eSo proud of my daughter Emma\u202c, she turned 7 today! \u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627"
    report = core_checker.check(text)
    f = next(f for f in report.findings if f.rule == "core/child-name")
    assert text[f.start:f.end] == "Emma"
    assert core_checker.check("\u05e9\u05dc\u05d5\u05dd \u05dc\u05db\u05d5\u05dd " * 50).errors == []


@pytest.mark.parametrize("emoji", ["👨‍👩‍👧‍👦", "👩🏽‍💻", "🇺🇸", "❤️", "1️⃣", "🏳️‍🌈", "🧑‍🤝‍🧑"])
def test_emoji_sequences_keep_spans(core_checker, emoji):
    text = f"{emoji}{emoji} So proud of my daughter Emma,{emoji} she turned 7 today! {emoji}"
    report = core_checker.check(text)
    f = next(f for f in report.findings if f.rule == "core/child-name")
    assert text[f.start:f.end] == "Emma"
    assert f.location.column == text.index("Emma") + 1


def test_emoji_sequences_render_in_text_output(tmp_path):
    p = tmp_path / "emoji.txt"
    text = "👨‍👩‍👧‍👦🇺🇸 So proud of my daughter Emma, she turned 7 today! 🎂"
    p.write_text(text, encoding="utf-8")
    r = run_cli("check", str(p), "--no-color")
    assert r.returncode == 1 and r.stderr == ""
    # columns count code points: the family emoji is 7 of them, the flag 2
    assert text.index("Emma") + 1 == 35
    assert f"{p}:1:35: error [core/child-name]" in r.stdout
    assert "Emma" not in r.stdout  # masked on the quoted line too


# -- size: a long post, a too-long post, a stream of many posts -----------------------------------------------

FILLER = "New autumn candles are in the shop this week, thank you all for the kind words. "


def test_a_long_post_is_checked_with_exact_spans(core_checker):
    text = FILLER * (99_000 // len(FILLER)) + DAUGHTER
    assert 95_000 < len(text) <= core_checker.config.max_post_chars
    start = time.monotonic()
    report = core_checker.check(text)
    assert time.monotonic() - start < 60
    f = next(f for f in report.findings if f.rule == "core/child-name")
    assert text[f.start:f.end] == "Emma" and f.start == text.index("Emma")


def test_a_one_megabyte_post_is_a_per_post_error(core_checker):
    text = DAUGHTER + " " + "x" * (1_000_000 - len(DAUGHTER) - 1)
    reports = list(core_checker.check_many([text, DAUGHTER]))
    assert reports[0].findings == []
    assert reports[0].errors == ["<text>: post is 1,000,000 characters, over the 100,000-character limit for one post; "
                                 "it was not checked (split it into posts)"]
    assert reports[1].errors == [] and any(f.rule == "core/child-name" for f in reports[1].findings)


def test_a_one_megabyte_file_exits_2_naming_the_file(tmp_path):
    p = tmp_path / "long.txt"
    p.write_text("a" * 1_000_000, encoding="utf-8")
    (tmp_path / "ok.txt").write_text(DAUGHTER, encoding="utf-8")
    r = run_cli("check", str(p), str(tmp_path / "ok.txt"), "--no-color")
    assert r.returncode == 2 and r.stderr == ""
    assert (f"error: {p}:1:1: post is 1,000,000 characters, over the 100,000-character limit for one post; "
            "it was not checked (split it into posts)") in r.stdout.splitlines()
    assert "[core/child-name]" in r.stdout


def _rss_kb() -> int | None:
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        return None
    return None


# POSTGUARD_STREAM_POSTS=1000000 runs the million-post stream of the issue (docs/robustness.md has the timing).
STREAM_POSTS = int(os.environ.get("POSTGUARD_STREAM_POSTS", "6000"))


@pytest.mark.skipif(_rss_kb() is None, reason="needs /proc/self/status to read the resident set size")
def test_a_stream_of_posts_runs_in_bounded_memory():
    from postguard import Checker

    checker = Checker(packs=["core"])
    pulled = 0
    max_ahead = 0

    def posts():
        nonlocal pulled
        for i in range(STREAM_POSTS):
            pulled += 1
            # numbers repeat: every new distinct word stays in spaCy's vocabulary (a few MB per 10,000 new
            # words, see docs/robustness.md), and this test measures what postguard itself keeps
            yield f"Post {i % 997}: candles restocked, {'my daughter Emma is 7' if i % 1000 == 0 else 'see you at the market'}!"

    seen = flagged = 0
    baseline = None
    peak = 0
    for report in checker.check_many(posts()):
        seen += 1
        max_ahead = max(max_ahead, pulled - seen)
        flagged += any(f.rule == "core/child-name" for f in report.findings)
        if seen == 2000:
            baseline = _rss_kb()
        elif seen > 2000 and seen % 1000 == 0:
            peak = max(peak, _rss_kb())
    assert seen == STREAM_POSTS and flagged == STREAM_POSTS // 1000
    assert max_ahead <= checker.config.batch_size  # lazy: one batch read ahead, never the whole input
    growth_mb = (peak - baseline) / 1024
    assert growth_mb < 32, f"resident memory grew {growth_mb:.0f} MB over {STREAM_POSTS} posts"


def test_a_directory_of_ten_thousand_files(tmp_path):
    root = tmp_path / "posts"
    for i in range(10_000):
        d = root / f"week{i % 50:02d}"
        d.mkdir(parents=True, exist_ok=True)
        (d / f"post{i:05d}.txt").write_text(f"Post {i}: new candles in the shop!!!!!!!!", encoding="utf-8")
    (root / "week07" / "zz-broken.txt").write_bytes(b"caf\xe9")  # Latin-1, not UTF-8
    (root / ".git").mkdir()
    (root / ".git" / "HEAD.txt").write_bytes(b"\x00\x01")  # hidden folders are not posts
    r = run_cli("check", str(root), "--pack", "platform", "--format", "json")
    assert r.returncode == 2 and r.stderr == ""
    data = json.loads(r.stdout)
    assert data["summary"]["posts"] == 10_000
    assert [e["message"] for e in data["errors"]] == [
        f"{root / 'week07' / 'zz-broken.txt'}: not valid UTF-8 (byte 0xe9 at offset 3)"]


def test_a_big_json_lines_file_reads_in_linear_time(tmp_path):
    p = tmp_path / "export.jsonl"
    p.write_text("".join(json.dumps({"id": i, "text": f"New candles in the shop, batch {i}"}) + "\n"
                         for i in range(40_000)), encoding="utf-8")
    start = time.monotonic()
    posts = read_path(str(p))
    assert time.monotonic() - start < 30  # was quadratic: every line re-scanned the whole file
    assert len(posts) == 40_000 and posts[-1].line == 40_000
    assert posts[-1].locate(0) == (40_000, posts[-1].column) and posts[-1].column > 1


def test_reader_errors_are_input_errors_never_other_exceptions(tmp_path):
    from postguard.errors import InputError

    for name, (data, pattern) in BROKEN.items():
        p = tmp_path / name
        p.write_bytes(data)
        with pytest.raises(InputError) as info:
            read_path(str(p))
        assert re.match(pattern, info.value.reason), (name, info.value.reason)
        assert str(info.value).startswith(f"{p}: ")
