"""Output formats: SARIF 2.1.0 (validated against the official schema), GitHub workflow commands, JSON, text.
Private values are masked in every format unless --show-values."""

import io
import json
import re
from pathlib import Path

import jsonschema
import pytest

from postguard.reporters import REPORTERS, get_reporter
from postguard.reporters.github import escape_data, escape_property
from postguard.runner import Options, run_check

from conftest import ROOT, run_cli

SCHEMA = json.loads((Path(__file__).parent / "data" / "sarif-schema-2.1.0.json").read_text())
PRIVATE = ["555-0142", "Emma", "jenny.rivera84@gmail.com"]


@pytest.fixture(scope="module")
def posts(tmp_path_factory):
    d = tmp_path_factory.mktemp("rep")
    (d / "a.md").write_text("---\nplatform: x\n---\nSo proud of my daughter Emma, she turned 7 today!\n\n"
                            "Text me at (512) 555-0142, that's my cell.\n")
    (d / "b.csv").write_text('Message\n"Email me at jenny.rivera84@gmail.com,\nthanks"\n'
                             '<!-- not markdown here -->\n')
    (d / "c.md").write_text("<!-- postguard: ignore[core/personal-email] never used -->\nFresh bread daily.\n")
    return d


def render(run, fmt: str) -> str:
    out = io.StringIO()
    get_reporter(fmt)(out, color=False).write(run)
    return out.getvalue()


@pytest.fixture(scope="module")
def run(posts, request):
    import os

    old = os.getcwd()
    os.chdir(posts)
    try:
        r = run_check(["a.md", "b.csv", "c.md"], Options())
    finally:
        os.chdir(old)
    return r


def test_all_formats_registered():
    assert set(REPORTERS) >= {"text", "json", "sarif", "github"}


def test_sarif_validates_against_the_official_schema(run, posts, monkeypatch):
    monkeypatch.chdir(posts)
    doc = json.loads(render(run, "sarif"))
    jsonschema.validate(doc, SCHEMA)
    assert doc["version"] == "2.1.0"
    sarif_run = doc["runs"][0]
    rules = sarif_run["tool"]["driver"]["rules"]
    ids = [r["id"] for r in rules]
    results = sarif_run["results"]
    assert {r["ruleId"] for r in results} >= {"core/child-name", "core/personal-phone", "core/personal-email",
                                                "postguard/unused-suppression"}
    for res in results:
        assert ids[res["ruleIndex"]] == res["ruleId"]
        region = res["locations"][0]["physicalLocation"]["region"]
        assert region["startLine"] >= 1 and region["startColumn"] >= 1
        assert res["partialFingerprints"]["postguardContent/v1"]
    phone = next(r for r in results if r["ruleId"] == "core/personal-phone")
    loc = phone["locations"][0]["physicalLocation"]
    assert loc["artifactLocation"] == {"uri": "a.md", "uriBaseId": "%SRCROOT%"}
    assert (loc["region"]["startLine"], loc["region"]["startColumn"]) == (6, 12)
    email = next(r for r in results if r["ruleId"] == "core/personal-email")
    assert email["locations"][0]["physicalLocation"]["region"]["startLine"] == 2
    child = next(r for r in rules if r["id"] == "core/child-name")
    assert child["helpUri"].startswith("https://") and child["defaultConfiguration"]["level"] == "error"
    assert child["properties"]["category"] == "private"


def test_sarif_from_the_command_line_validates(tmp_path):
    post = tmp_path / "post.md"
    post.write_text("Text me at (512) 555-0142, that's my cell.\n")
    res = run_cli("check", "--format", "sarif", "post.md", cwd=tmp_path)
    assert res.returncode == 1, res.stderr
    doc = json.loads(res.stdout)
    jsonschema.validate(doc, SCHEMA)
    assert "555-0142" not in res.stdout
    bad = run_cli("check", "--format", "sarif", "missing.md", cwd=tmp_path)
    assert bad.returncode == 2
    doc = json.loads(bad.stdout)
    jsonschema.validate(doc, SCHEMA)
    assert doc["runs"][0]["invocations"][0]["executionSuccessful"] is False


GITHUB_LINE = re.compile(r"^::(error|warning|notice) file=[^,:]+,line=\d+,col=\d+,endLine=\d+(,endColumn=\d+)?,"
                         r"title=[^:,]+::[^\r\n]+$")


def test_github_lines_follow_the_workflow_command_syntax(run, posts, monkeypatch):
    monkeypatch.chdir(posts)
    lines = render(run, "github").splitlines()
    assert len(lines) == len(list(run.findings()))
    for line in lines:
        assert GITHUB_LINE.match(line), line
    phone = next(line for line in lines if "core/personal-phone" in line)
    assert phone.startswith("::error file=a.md,line=6,col=12,endLine=6,endColumn=26,title=postguard core/personal-phone (private)::")
    email = next(line for line in lines if "title=postguard core/personal-email" in line)
    assert email.startswith("::warning file=b.csv,line=2,col=14,endLine=2,endColumn=38,")
    assert "%0ASuggestion: " in email


def test_github_escaping():
    assert escape_data("50% off\nnow\r") == "50%25 off%0Anow%0D"
    assert escape_property("a:b,c%") == "a%3Ab%2Cc%25"


def test_json_output_schema(run):
    doc = json.loads(render(run, "json"))
    assert doc["schema_version"] == "1.0" and doc["tool"]["name"] == "postguard"
    assert set(doc["summary"]) >= {"posts", "findings", "error", "warning", "info", "errors", "suppressed", "baselined",
                                   "fail_on", "exit_code"}
    f = next(f for f in doc["findings"] if f["rule"] == "core/personal-phone")
    assert set(f) >= {"rule", "category", "severity", "message", "start", "end", "match", "masked", "suggestion",
                      "link", "evidence", "location", "fingerprint"}
    assert f["location"]["path"] == "a.md" and f["location"]["line"] == 6 and f["masked"] is True


@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "github"])
def test_private_values_masked_unless_show_values(run, fmt):
    run.show_values = False
    hidden = render(run, fmt)
    for value in PRIVATE:
        assert value not in hidden, (fmt, value)
    run.show_values = True
    try:
        shown = render(run, fmt)
    finally:
        run.show_values = False
    assert "555-0142" in shown and "jenny.rivera84@gmail.com" in shown


def test_text_format_points_at_file_line_col(run, posts, monkeypatch):
    out = render(run, "text")
    assert "a.md:6:12: error [core/personal-phone]" in out
    assert "c.md:1:1: warning [postguard/unused-suppression]" in out


def test_examples_render_in_every_format(monkeypatch):
    monkeypatch.chdir(ROOT)
    r = run_check(["examples/posts", "examples/exports"], Options())
    assert not r.errors
    doc = json.loads(render(r, "sarif"))
    jsonschema.validate(doc, SCHEMA)
    for line in render(r, "github").splitlines():
        assert GITHUB_LINE.match(line), line
