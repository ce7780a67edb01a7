"""Readers: Markdown, CSV, JSON and JSON Lines posts, and the exact file:line:col of every character."""

import json
from pathlib import Path

import pytest

from postguard.errors import InputError
from postguard.sources import expand_paths, parse, read_path
from postguard.sources.csvfile import parse_csv, platform_name
from postguard.sources.jsonfile import parse_json, parse_jsonl
from postguard.sources.markdown import parse_markdown
from postguard.sources.readers import detect_format

from conftest import ROOT, run_cli


def where(src: str, needle: str, nth: int = 0) -> tuple[int, int]:
    """1-based (line, column) of the nth occurrence of needle in the raw source."""
    idx = -1
    for _ in range(nth + 1):
        idx = src.index(needle, idx + 1)
    line = src.count("\n", 0, idx) + 1
    return line, idx - (src.rfind("\n", 0, idx) + 1) + 1


def loc(post, needle: str) -> tuple[int, int]:
    return post.locate(post.text.index(needle))


MD = """---
title: Spring launch
platform: Instagram
packs: [core]
tags: [launch]
---
# Spring *launch* is here!

So proud of **my daughter Emma**, check [our shop](https://example.com/emma-shop) and
use code `EMMA20` at checkout. Text me at (512) 555-0142.

![Emma holding the new candle](img/emma.jpg)

> Quoted: 1432 Maple Grove Dr

- list item with \\*stars\\*

```
fenced: call 512 555 0199
```

    indented code: 555 0100

<!-- a plain comment with 555 0101 -->
Last line.
"""


def test_markdown_text_is_what_a_reader_sees():
    posts = parse_markdown(MD, "p.md")
    body, alt = posts
    assert body.part == "body" and alt.part == "alt_text"
    assert body.platform == "instagram" and body.meta["packs"] == ("core",)
    assert body.text.startswith("Spring launch is here!")
    assert "So proud of my daughter Emma, check our shop and" in body.text
    assert "example.com" not in body.text and "EMMA20" not in body.text
    assert "img/emma.jpg" not in body.text and "Emma holding" not in body.text
    assert "Quoted: 1432 Maple Grove Dr" in body.text and "list item with *stars*" in body.text
    for hidden in ("512 555 0199", "555 0100", "555 0101", "title:", "```"):
        assert hidden not in body.text
    assert body.text.endswith("Last line.")
    assert alt.text == "Emma holding the new candle"


@pytest.mark.parametrize("needle,nth", [("Emma", 0), ("our shop", 0), ("(512) 555-0142", 0), ("1432 Maple", 0),
                                        ("stars", 0), ("Last line", 0), ("launch", 2)])
def test_markdown_offsets_map_to_the_source(needle, nth):
    body = parse_markdown(MD, "p.md")[0]
    # the third "launch" in the source is the heading (the first two are front matter)
    assert loc(body, needle) == where(MD, needle, nth)


def test_markdown_alt_text_and_span_end():
    body, alt = parse_markdown(MD, "p.md")
    assert alt.locate(0) == where(MD, "Emma holding")
    k = body.text.index("Emma")
    assert body.locate_end(k + 4) == (where(MD, "Emma")[0], where(MD, "Emma")[1] + 4)  # before the closing **


def test_markdown_front_matter_errors():
    with pytest.raises(InputError, match=r"line 2: unknown platform 'myspace'"):
        parse_markdown("---\nplatform: myspace\n---\nhi\n", "p.md")
    with pytest.raises(InputError, match="never closed"):
        parse_markdown("---\nplatform: x\nhi\n", "p.md")
    with pytest.raises(InputError, match="not valid YAML"):
        parse_markdown("---\nplatform: [x\n---\nhi\n", "p.md")
    with pytest.raises(InputError, match="no post text"):
        parse_markdown("---\nplatform: x\n---\n```\ncode\n```\n", "p.md")


CSV = '''Post ID,Network,Post Text,First Comment,Alt Text
7,Instagram Business,"Line one of the caption
So proud of my daughter Emma, she ""turned"" 7!",First comment here,Alt for Emma
8,X (Twitter),Call me at 512 555 0142,,
9,Pinterest,,,
'''


def test_csv_columns_platforms_and_parts():
    posts = parse_csv(CSV, "e.csv")
    assert [(p.id, p.platform, p.part) for p in posts] == [
        ("7", "instagram", "body"), ("7", "instagram", "first_comment"), ("7", "instagram", "alt_text"),
        ("8", "x", "body")]
    assert posts[0].text == 'Line one of the caption\nSo proud of my daughter Emma, she "turned" 7!'


def test_csv_multiline_cell_and_escaped_quotes_keep_positions():
    body = parse_csv(CSV, "e.csv")[0]
    assert body.locate(0) == where(CSV, "Line one")
    assert loc(body, "Emma") == where(CSV, "Emma")
    assert loc(body, "turned") == where(CSV, "turned")  # after the "" escape
    assert loc(body, "7!") == where(CSV, "7!")
    second = parse_csv(CSV, "e.csv")[3]
    assert loc(second, "555") == where(CSV, "555")


def test_csv_mapping_delimiter_and_errors():
    text = "Kanal;Beitrag;Kommentar\nlinkedin;Hallo Welt;\n"
    posts = parse_csv(text, "d.csv", options={"text": "Beitrag", "platform": "Kanal"})
    assert posts[0].text == "Hallo Welt" and posts[0].platform == "linkedin"
    assert loc(posts[0], "Welt") == where(text, "Welt")
    with pytest.raises(InputError, match="no post column found"):
        parse_csv("a,b\n1,2\n", "x.csv")
    with pytest.raises(InputError, match="no column 'Body'"):
        parse_csv("text\nhi\n", "x.csv", options={"text": "Body"})
    with pytest.raises(InputError, match="line 2: quoted cell is never closed"):
        parse_csv('text\n"open\n', "x.csv")


def test_platform_names_from_exports():
    assert platform_name("Instagram Business") == "instagram"
    assert platform_name("X") == "x" and platform_name("Twitter") == "x"
    assert platform_name("LinkedIn Page") == "linkedin" and platform_name("Pinterest") is None


JSON = '''{"export": {"tool": "calendar"},
 "posts": [
  {"id": "a1", "channel": "facebook", "caption": "Caf\\u00e9 news\\nSo proud of my daughter Emma!",
   "first_comment": "Link in bio", "postguard": "core/child-name: consent given"},
  {
    "id": 2,
    "caption": "Text me \\"now\\" at 512 555 0142 \\ud83d\\ude00 Emma"
  }
 ]}
'''


def test_json_export_fields_and_escapes():
    posts = parse_json(JSON, "c.json")
    assert [(p.id, p.platform, p.part) for p in posts] == [("a1", "facebook", "body"), ("a1", "facebook", "first_comment"),
                                                          ("2", None, "body")]
    first, _, second = posts
    assert first.text == "Café news\nSo proud of my daughter Emma!"
    assert loc(first, "Emma") == where(JSON, "Emma")
    assert loc(first, "news") == where(JSON, "news")
    assert loc(second, "now") == where(JSON, "now")
    assert loc(second, "512") == where(JSON, "512")
    assert loc(second, "Emma") == where(JSON, "Emma", 1)  # after a surrogate-pair escape
    supp = first.meta["suppressions"][0]
    assert supp.rules == ("core/child-name",) and supp.reason == "consent given"
    assert (supp.line, supp.column) == where(JSON, '"core/child-name')


def test_json_records_path_and_errors():
    text = '{"data": {"items": [{"body": "hello there"}]}}'
    posts = parse_json(text, "n.json", options={"records": "data.items", "text": "body"})
    assert posts[0].text == "hello there" and posts[0].id == "0"
    with pytest.raises(InputError, match=r"line 2 column 10: not valid JSON \(expected .:.\)"):
        parse_json('[\n {"text" "x"}]', "b.json")
    with pytest.raises(InputError, match="no post text field"):
        parse_json('[{"foo": "bar"}]', "b.json")


def test_jsonl_keeps_lines_and_columns():
    text = '{"text": "first post"}\n\n{"id": "x", "platform": "tiktok", "text": "tab\\there Emma"}\n'
    posts = parse_jsonl(text, "q.jsonl")
    assert [(p.id, p.platform, p.line) for p in posts] == [("1", None, 1), ("x", "tiktok", 3)]
    assert loc(posts[1], "Emma") == where(text, "Emma")
    with pytest.raises(InputError, match="line 1 column 14"):
        parse_jsonl('{"text": "a"} x\n', "q.jsonl")


def test_formats_by_suffix_and_directory_walk(tmp_path):
    assert [detect_format(p) for p in ("a.md", "a.MARKDOWN", "a.csv", "a.json", "a.jsonl", "a.txt")] == [
        "markdown", "markdown", "csv", "json", "jsonl", "text"]
    (tmp_path / "posts").mkdir()
    for name in ("b.md", "a.csv", "c.json", "d.txt", "e.png", ".hidden.md"):
        (tmp_path / "posts" / name).write_text("text\nhi\n")
    found = [Path(p).name for p in expand_paths([str(tmp_path)])]
    assert found == ["a.csv", "b.md", "c.json", "d.txt"]
    assert parse("hello", None, "markdown")[0].text == "hello"


def test_examples_parse():
    for path in expand_paths([str(ROOT / "examples")]):
        posts = read_path(path)
        assert posts, path
        for p in posts:
            assert p.path == path and p.line >= 1 and p.column >= 1


# -- end to end: the real command, exact file:line:col -------------------------------------------------


def test_cli_reports_exact_locations_for_markdown_csv_and_json(tmp_path):
    md = tmp_path / "post.md"
    md.write_text("---\nplatform: instagram\n---\n# Porch pickup\n\nQuestions? **Text me** at (512) 555-0142 today.\n")
    csv = tmp_path / "export.csv"
    csv.write_text('Network,Message\nFacebook,"Restock day!\nText me at (512) 555-0199, my cell."\n'
                   'X,Call me at 512.555.0177 anytime\n')
    js = tmp_path / "export.json"
    js.write_text('[\n  {"id": "p1", "caption": "Caf\\u00e9 open.\\nText me at (512) 555-0188 please"}\n]\n')
    res = run_cli("check", "--format", "json", "--select", "core/personal-phone", str(md), str(csv), str(js), cwd=tmp_path)
    assert res.returncode == 1, res.stderr
    out = json.loads(res.stdout)
    got = [(Path(f["location"]["path"]).name, f["location"]["line"], f["location"]["column"],
            f["location"]["end_line"], f["location"]["end_column"], f.get("post_id")) for f in out["findings"]]
    assert got == [
        ("post.md", 6, 27, 6, 41, None),  # after the ** that the reader drops
        ("export.csv", 3, 12, 3, 26, "row 1"),  # second line of a multi-line cell
        ("export.csv", 4, 14, 4, 26, "row 2"),
        ("export.json", 2, 56, 2, 70, "p1"),  # after a \u00e9 and a \n escape
    ]
    src = js.read_text()
    assert where(src, "(512) 555-0188") == (2, 56)
    assert where(md.read_text(), "(512) 555-0142") == (6, 27) and where(csv.read_text(), "(512) 555-0199") == (3, 12)
    assert all(f["masked"] and "555" not in f["match"] for f in out["findings"])


def test_examples_findings_point_at_the_source(monkeypatch):
    from postguard.runner import Options, run_check

    monkeypatch.chdir(ROOT)
    run = run_check(["examples/posts", "examples/exports"],
                    Options(select=("core/personal-phone", "core/personal-email", "platform/too-long")))
    got = sorted((f.location.path, f.rule, f.location.line, f.location.column) for f in run.findings())
    assert got == [
        ("examples/exports/content-calendar.json", "core/personal-phone", 16, 164),
        ("examples/exports/scheduler-export.csv", "core/personal-email", 7, 106),
        ("examples/posts/2026-03-23-x-announcement.md", "platform/too-long", 8, 82),
    ]
    for path, _, line, col in got:
        src = (ROOT / path).read_text().split("\n")[line - 1]
        assert col <= len(src)
    # suppressed in the examples: the porch-pickup phone (comment), the front matter email, the CSV phone column
    assert run.suppressed == 3
