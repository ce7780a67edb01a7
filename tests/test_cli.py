import json

import pytest

from conftest import run_cli

BAD = "So proud of my daughter Emma, she turned 7 today!\n"
CLEAN = "New autumn candles are live, 20% off through Sunday!\n"


@pytest.fixture
def posts(tmp_path):
    (tmp_path / "bad.txt").write_text(BAD, encoding="utf-8")
    (tmp_path / "clean.txt").write_text(CLEAN, encoding="utf-8")
    return tmp_path


def test_text_output_points_at_the_span_and_masks(posts):
    r = run_cli("check", str(posts / "bad.txt"), "--no-color")
    assert r.returncode == 1, r.stderr
    lines = r.stdout.splitlines()
    head = f"{posts / 'bad.txt'}:1:25: error [core/child-name] Names a child (E***)"
    assert any(line.startswith(head) for line in lines), r.stdout
    i = next(i for i, line in enumerate(lines) if line.startswith(head))
    assert lines[i + 1] == "  | So proud of my daughter E***, she turned * today!"
    assert lines[i + 2] == "  |                         ^^^^"
    assert lines[i + 3].startswith("  suggestion: ")
    assert "Emma" not in r.stdout
    assert "Found 2 problems (1 error, 1 warning) in 1 post." in r.stdout


def test_show_values_and_json(posts):
    r = run_cli("check", str(posts / "bad.txt"), "--format", "json", "--show-values")
    assert r.returncode == 1
    data = json.loads(r.stdout)
    assert data["schema_version"] == "1.0"
    f = next(f for f in data["findings"] if f["rule"] == "core/child-name")
    assert f["match"] == "Emma" and f["location"]["line"] == 1 and f["location"]["column"] == 25
    assert f["location"]["end_column"] == 29


def test_exit_codes_clean_and_fail_on(posts):
    assert run_cli("check", str(posts / "clean.txt")).returncode == 0
    # the child-age finding is a warning, child-name an error: --fail-on error still fails
    assert run_cli("check", str(posts / "bad.txt"), "--fail-on", "error").returncode == 1
    warn_only = posts / "warn.txt"
    warn_only.write_text("My 7 year old picked this scent", encoding="utf-8")
    assert run_cli("check", str(warn_only), "--fail-on", "error").returncode == 0
    assert run_cli("check", str(warn_only)).returncode == 1


def test_stdin_text_and_jsonl():
    r = run_cli("check", "-", input=BAD)
    assert r.returncode == 1 and "<stdin>:1:25" in r.stdout
    lines = json.dumps({"id": "a", "text": CLEAN}) + "\n" + json.dumps({"id": "b", "text": "ok so\n" + BAD}) + "\n"
    r = run_cli("check", "-", "--stdin-format", "jsonl", "--format", "json")
    assert r.returncode == 2  # nothing on stdin: empty input is an input error
    r = run_cli("check", "-", "--stdin-format", "jsonl", "--format", "json", input=lines)
    data = json.loads(r.stdout)
    f = next(f for f in data["findings"] if f["rule"] == "core/child-name")
    assert f["post_id"] == "b"
    # line 2 of the input; the name sits after the escaped "\n" inside the JSON string
    raw = lines.splitlines()[1]
    assert f["location"]["line"] == 2 and raw[f["location"]["column"] - 1:f["location"]["column"] + 3] == "Emma"


@pytest.mark.parametrize("name,content,reason", [
    ("empty.txt", b"", "empty file"),
    ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary file"),
    ("latin1.txt", "caf\u00e9 and cr\u00e8me".encode("latin-1"), "not valid UTF-8"),
    ("big.txt", b"a" * (10 * 1024 * 1024), "over the"),
    ("broken.jsonl", b'{"text": "fine"}\n{"text": unquoted}\n', "line 2"),
])
def test_bad_input_is_a_one_line_error_and_other_files_still_checked(posts, name, content, reason):
    (posts / name).write_bytes(content)
    r = run_cli("check", str(posts / name), str(posts / "bad.txt"), "--no-color")
    assert r.returncode == 2
    assert "Traceback" not in r.stdout + r.stderr
    errors = [line for line in r.stdout.splitlines() if line.startswith("error: ")]
    assert len(errors) == 1 and reason in errors[0] and name in errors[0]
    assert "[core/child-name]" in r.stdout  # the good file was still checked


def test_malformed_pack_and_unknown_pack(posts, tmp_path):
    pack = tmp_path / "p.yaml"
    pack.write_text("pack: p\nrules:\n  - id: x\n    kind: terms\n    termz: [a]\n")
    r = run_cli("check", str(posts / "clean.txt"), "--pack", str(pack), "--no-color")
    out = r.stdout + r.stderr
    assert r.returncode == 2 and "Traceback" not in out
    lines = [line for line in out.splitlines() if "termz" in line]
    assert len(lines) == 1 and f"{pack}:5: unknown key 'termz'" in lines[0] and "did you mean 'terms'" in lines[0]
    r = run_cli("check", str(posts / "clean.txt"), "--pack", "nosuchpack")
    assert r.returncode == 2 and "unknown pack 'nosuchpack'" in r.stdout + r.stderr


def test_usage_errors_exit_2():
    assert run_cli("check").returncode == 2
    assert run_cli("check", "x.txt", "--fail-on", "loud").returncode == 2
    r = run_cli("check", "/no/such/file.txt")
    assert r.returncode == 2 and "no such file" in r.stdout


def test_rules_explain_validate(tmp_path):
    r = run_cli("rules")
    assert r.returncode == 0 and "core/home-address" in r.stdout and "private" in r.stdout
    r = run_cli("explain", "core/home-address")
    assert r.returncode == 0 and "Flags:" in r.stdout and "1432 Maple Grove Dr" in r.stdout
    r = run_cli("explain", "core/home-adress")
    assert r.returncode == 2 and "did you mean 'core/home-address'" in r.stderr
    pack = tmp_path / "ok.yaml"
    pack.write_text("pack: ok\nextends: [core]\nallow: [Sunny Side Candles]\n")
    r = run_cli("packs", "validate", str(pack))
    assert r.returncode == 0 and "ok (0 rules" in r.stdout


def test_model_option_rejects_missing_pipeline(posts):
    r = run_cli("check", str(posts / "clean.txt"), "--model", "en_core_web_nonexistent")
    assert r.returncode == 2 and "not installed" in r.stderr and "never downloads" in r.stderr


def test_eval_prints_per_category_table(tmp_path):
    data = tmp_path / "labeled.jsonl"
    rows = [{"text": BAD, "labels": ["private"]}, {"text": CLEAN, "labels": []},
            {"text": "Visit our storefront at 200 Main St", "labels": []}]
    data.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    misses = tmp_path / "misses.jsonl"
    r = run_cli("eval", str(data), "--misses", str(misses))
    assert r.returncode == 0, r.stderr
    row = next(line for line in r.stdout.splitlines() if line.startswith("private"))
    assert row.split()[:4] == ["private", "1.000", "1.000", "1.000"] and "0.0% of 2" in row
    assert misses.read_text() == ""


def test_reader_closing_the_pipe_early_is_quiet():
    """`postguard check ... | head` must not print an internal error when head stops reading."""
    import subprocess
    import sys

    posts = "".join(json.dumps({"text": f"Post {i}: vote them all out in November!"}) + "\n" for i in range(3000))
    proc = subprocess.Popen([sys.executable, "-m", "postguard", "check", "-", "--stdin-format", "jsonl",
                             "--select", "core/partisan-phrases"],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdin.write(posts.encode())
    proc.stdin.close()
    first = proc.stdout.readline()
    proc.stdout.close()  # like `head -1`
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 141
    assert b"core/partisan-phrases" in first
    assert err == ""
