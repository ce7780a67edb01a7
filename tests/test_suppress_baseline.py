"""Suppressions (Markdown comments and ranges, front matter, CSV column, JSON key) and the baseline."""

import json
import textwrap
from pathlib import Path

import pytest

from postguard import baseline as bl
from postguard.runner import Options, run_check

from conftest import run_cli

PHONE = "Text me at (512) 555-0142 to order."
PHONE2 = "Text me at (512) 555-0199 for custom scents."


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text))
    return path


def found(run):
    return [(f.rule, f.location.line, f.location.column) for f in run.findings()]


OPTS = Options(select=("core/personal-phone", "core/child-name", "core/personal-email"))


def test_markdown_ignore_covers_the_next_block_only(tmp_path):
    post = write(tmp_path / "p.md", f"""\
        Intro paragraph.

        <!-- postguard: ignore[core/personal-phone] the studio's public order line -->
        {PHONE}
        Still the same block.

        {PHONE2}
        """)
    run = run_check([str(post)], OPTS)
    assert found(run) == [("core/personal-phone", 7, 12)]
    assert run.suppressed == 1


def test_markdown_ignore_inside_a_block_covers_that_block(tmp_path):
    post = write(tmp_path / "p.md", f"""\
        {PHONE} <!-- postguard: ignore[core/personal-phone] public line -->
        and more text

        {PHONE2}
        """)
    assert found(run_check([str(post)], OPTS)) == [("core/personal-phone", 4, 12)]


def test_markdown_disable_enable_range(tmp_path):
    post = write(tmp_path / "p.md", f"""\
        <!-- postguard: disable[core/personal-phone] order lines listed on our website -->
        {PHONE}

        {PHONE2}
        <!-- postguard: enable[core/personal-phone] -->

        Call me at 512.555.0177, my cell.
        """)
    run = run_check([str(post)], OPTS)
    assert found(run) == [("core/personal-phone", 7, 12)]
    assert run.suppressed == 2


def test_front_matter_csv_column_and_json_key(tmp_path):
    md = write(tmp_path / "p.md", f"""\
        ---
        title: Orders
        ignore:
          core/personal-phone: the shop's public line
        ---
        {PHONE}
        """)
    csv = write(tmp_path / "e.csv", f'Message,postguard\n"{PHONE}",core/personal-phone: public line\n"{PHONE2}",\n')
    js = write(tmp_path / "e.json", json.dumps({"posts": [
        {"id": "a", "text": PHONE, "postguard": ["core/personal-phone"]},
        {"id": "b", "text": PHONE2, "postguard": {"core/child-name": "approved"}},
    ]}, indent=2) + "\n")
    run = run_check([str(md), str(csv), str(js)], OPTS)
    got = [(Path(f.location.path).name, f.rule, f.post_id) for f in run.findings()]
    assert got == [
        ("e.csv", "core/personal-phone", "row 2"),
        ("e.json", "core/personal-phone", "b"),
        ("e.json", "postguard/unused-suppression", None),  # core/child-name found nothing in post b
    ]
    unused = list(run.findings())[-1]
    src = js.read_text()
    k = src.index('"core/child-name"')
    assert (unused.location.line, unused.location.column) == (src.count("\n", 0, k) + 1, k - src.rfind("\n", 0, k))
    assert "suppressed nothing" in unused.message


def test_unknown_rule_in_a_suppression_is_an_input_error(tmp_path):
    post = write(tmp_path / "p.md", f"<!-- postguard: ignore[core/personal-fone] typo -->\n{PHONE}\n")
    run = run_check([str(post)], OPTS)
    assert run.errors == [f"{post}: line 1: suppression names unknown rule 'core/personal-fone' "
                          "(did you mean 'core/personal-phone'?)"]
    res = run_cli("check", str(post))
    assert res.returncode == 2 and "unknown rule 'core/personal-fone'" in res.stdout + res.stderr


@pytest.mark.parametrize("comment,message", [
    ("<!-- postguard: ignore core/personal-phone -->", "needs the rules it applies to in brackets"),
    ("<!-- postguard: skip[core/personal-phone] -->", "unknown postguard directive 'skip'"),
    ("<!-- postguard: enable[core/personal-phone] -->", "without an earlier disable"),
    ("<!-- postguard: ignore[] -->", "must name at least one rule"),
])
def test_malformed_suppressions(tmp_path, comment, message):
    post = write(tmp_path / "p.md", f"{comment}\n{PHONE}\n")
    run = run_check([str(post)], OPTS)
    assert len(run.errors) == 1 and message in run.errors[0] and "line 1" in run.errors[0]


def test_unused_suppression_is_reported_where_it_is_written(tmp_path):
    post = write(tmp_path / "p.md", "Fresh bread daily.\n\n<!-- postguard: ignore[core/personal-phone] old number -->\nNew hours: 7 to 3.\n")
    run = run_check([str(post)], OPTS)
    assert found(run) == [("postguard/unused-suppression", 3, 1)]
    assert run.exit_code() == 1
    # a suppression naming a rule that did not run (not selected) is not "unused"
    assert found(run_check([str(post)], Options(select=("core/child-name",)))) == []


LOCKED_PACK = """\
pack: house
version: 1
description: House rules
rules:
  - id: no-guarantee
    kind: terms
    category: income_claim
    severity: error
    locked: true
    terms: [guaranteed income]
    message: "Promises {match}."
    examples:
      flag: ["Guaranteed income for every new partner"]
      pass: ["Income varies with effort"]
"""


def test_locked_rules_ignore_suppressions(tmp_path):
    pack = write(tmp_path / "house.yaml", LOCKED_PACK)
    post = write(tmp_path / "p.md", "<!-- postguard: ignore[house/no-guarantee] marketing approved -->\n"
                                    "Join today for guaranteed income!\n")
    run = run_check([str(post)], Options(packs=(str(pack),)))
    rules = [(f.rule, f.location.line) for f in run.findings()]
    assert rules == [("house/no-guarantee", 2), ("postguard/unused-suppression", 1)]
    assert "locked" in list(run.findings())[1].message


# -- baseline -----------------------------------------------------------------------------------------


def test_baseline_survives_edits_and_reordering_and_fails_on_new(tmp_path):
    md = write(tmp_path / "posts" / "a.md", f"# Orders\n\n{PHONE}\n")
    csv = write(tmp_path / "posts" / "export.csv", f'id,Message\n1,"{PHONE2}"\n2,"Email me at jenny.rivera84@gmail.com"\n3,Fresh bread\n')
    args = ["--select", "core/personal-phone", "--select", "core/personal-email"]
    res = run_cli("baseline", "create", "posts", *args, cwd=tmp_path)
    assert res.returncode == 0, res.stderr
    assert "3 findings accepted" in res.stdout
    base = (tmp_path / ".postguard-baseline.json").read_text()
    assert "555-0142" not in base and "jenny.rivera84" not in base  # private values never stored
    doc = json.loads(base)
    assert doc["schema_version"] == 1 and all("line" not in e for e in doc["findings"])

    # unrelated edits above the finding and reordered rows: still clean
    md.write_text(f"# Orders\n\nNew intro line.\n\nAnother paragraph.\n\n{PHONE}\n")
    csv.write_text(f'id,Message\n3,Fresh bread\n2,"Email me at jenny.rivera84@gmail.com"\n1,"{PHONE2}"\n')
    res = run_cli("check", "posts", *args, "--baseline", ".postguard-baseline.json", cwd=tmp_path)
    assert res.returncode == 0, res.stdout + res.stderr
    assert (tmp_path / ".postguard-baseline.json").read_text() == base

    # a new finding fails, and only it is reported
    with csv.open("a") as fh:
        fh.write('4,"Call me at 512.555.0177, my cell"\n')
    res = run_cli("check", "posts", *args, "--baseline", ".postguard-baseline.json", "--format", "json", cwd=tmp_path)
    assert res.returncode == 1
    out = json.loads(res.stdout)
    assert [(f["rule"], f["location"]["line"]) for f in out["findings"]] == [("core/personal-phone", 5)]
    assert out["summary"]["baselined"] == 3

    # update: the new one joins, a fixed one leaves, a reviewer's reason is kept
    email = next(e for e in doc["findings"] if e["rule"] == "core/personal-email")
    email["reason"] = "accepted by legal"
    (tmp_path / ".postguard-baseline.json").write_text(json.dumps(doc))
    md.write_text("# Orders\n\nDM us to order.\n")
    res = run_cli("baseline", "update", "posts", *args, cwd=tmp_path)
    assert res.returncode == 0 and "1 added, 2 kept, 1 removed" in res.stdout, res.stdout + res.stderr
    new = json.loads((tmp_path / ".postguard-baseline.json").read_text())
    assert [e["reason"] for e in new["findings"] if e.get("reason")] == ["accepted by legal"]
    assert sorted(e["rule"] for e in new["findings"]) == ["core/personal-email", "core/personal-phone", "core/personal-phone"]


def test_baseline_counts_copies(tmp_path):
    post = write(tmp_path / "e.csv", f'Message\n"{PHONE}"\n')
    run = run_check([str(post)], OPTS)
    doc, _ = bl.build(run.reports)
    path = tmp_path / "b.json"
    bl.write(str(path), doc)
    write(tmp_path / "e.csv", f'Message\n"{PHONE}"\n"{PHONE}"\n')
    run = run_check([str(post)], OPTS)
    assert bl.filter_reports(run.reports, bl.load(str(path))) == 1
    assert len(list(run.findings())) == 1  # the second copy is new


@pytest.mark.parametrize("content,message", [
    ("{not json", "baseline is not valid JSON"),
    ('{"findings": []}', "schema_version None is not supported"),
    ('{"schema_version": 1, "findings": [{"rule": "x"}]}', "entry 0 has no 'fingerprint'"),
])
def test_bad_baseline_files(tmp_path, content, message):
    path = tmp_path / "b.json"
    path.write_text(content)
    with pytest.raises(Exception, match=message):
        bl.load(str(path))


def test_multiline_comment_and_list_block(tmp_path):
    post = write(tmp_path / "p.md", f"""\
        <!-- postguard: ignore[core/personal-phone]
             both numbers are the shop's public lines -->
        - {PHONE}
        - {PHONE2}

        1. Call me at 512.555.0177, my cell.
        """)
    run = run_check([str(post)], OPTS)
    assert found(run) == [("core/personal-phone", 6, 15)]
    assert run.suppressed == 2
