import textwrap

import pytest

from postguard.errors import PackError
from postguard.packs import load_packs, parse_pack

GOOD_RULE = """
  - id: shout
    kind: terms
    category: hard_sell
    severity: warning
    terms: [buy now]
    message: "Pushy: {match}"
    examples:
      flag: ["buy now!!"]
      pass: ["new stock is in"]
"""


def pack(rules: str, head: str = "pack: acme\n") -> str:
    return head + "rules:" + textwrap.indent(textwrap.dedent(rules), "")


def test_good_pack_parses():
    p = parse_pack(pack(GOOD_RULE), "acme.yaml")
    assert [r.id for r in p.rules] == ["acme/shout"]


def test_unknown_key_names_file_line_and_suggestion():
    text = pack(GOOD_RULE.replace("    terms: [buy now]", "    terms: [buy now]\n    mesage: oops"))
    with pytest.raises(PackError) as exc:
        parse_pack(text, "acme.yaml")
    assert str(exc.value).startswith("acme.yaml:8: unknown key 'mesage'")
    assert "did you mean 'message'" in str(exc.value)


def test_key_of_another_kind_is_named():
    text = pack(GOOD_RULE.replace("    terms: [buy now]", "    terms: [buy now]\n    pattern: 'x+'"))
    with pytest.raises(PackError, match="key 'pattern' belongs to kind 'pattern', not 'terms'"):
        parse_pack(text, "acme.yaml")


def test_missing_examples_is_an_error():
    text = pack(GOOD_RULE.split("    examples:")[0])
    with pytest.raises(PackError, match="missing required key 'examples'"):
        parse_pack(text, "acme.yaml")


@pytest.mark.parametrize("bad,reason", [
    ("    severity: warning", "    severity: loud"),
    ("    kind: terms", "    kind: termz"),
])
def test_bad_values(bad, reason):
    with pytest.raises(PackError):
        parse_pack(pack(GOOD_RULE.replace(bad, reason)), "acme.yaml")


def test_bad_regex_and_yaml_are_pack_errors():
    rule = GOOD_RULE.replace("kind: terms", "kind: pattern").replace("terms: [buy now]", "pattern: '(unclosed'")
    with pytest.raises(PackError, match="bad regular expression"):
        parse_pack(pack(rule), "acme.yaml")
    with pytest.raises(PackError, match="not valid YAML"):
        parse_pack("pack: [unclosed\n", "acme.yaml")


def test_locked_rule_cannot_be_turned_off_downstream(tmp_path):
    (tmp_path / "base.yaml").write_text(pack(GOOD_RULE.replace("    severity: warning", "    severity: warning\n    locked: true"), "pack: base\n"))
    (tmp_path / "child.yaml").write_text("pack: child\nextends: [base.yaml]\noverrides:\n  base/shout: off\n")
    with pytest.raises(PackError, match="locked by pack 'base'"):
        load_packs([str(tmp_path / "child.yaml")])
    (tmp_path / "raise.yaml").write_text("pack: raise\nextends: [base.yaml]\noverrides:\n  base/shout: {severity: error}\n")
    rs = load_packs([str(tmp_path / "raise.yaml")])
    assert rs.rules["base/shout"].severity == "error"


def test_override_of_unknown_rule_and_extends_cycle(tmp_path):
    (tmp_path / "a.yaml").write_text("pack: a\nextends: [b.yaml]\n")
    (tmp_path / "b.yaml").write_text("pack: b\nextends: [a.yaml]\n")
    with pytest.raises(PackError, match="cycle"):
        load_packs([str(tmp_path / "a.yaml")])
    (tmp_path / "c.yaml").write_text("pack: c\nextends: [core]\noverrides:\n  core/no-such: off\n")
    with pytest.raises(PackError, match="unknown rule 'core/no-such'"):
        load_packs([str(tmp_path / "c.yaml")])


def test_company_allow_list_applies_to_inherited_rules(tmp_path):
    from postguard import Checker

    (tmp_path / "shop.yaml").write_text("pack: shop\nextends: [core]\nallow: ['(512) 555-0142']\n")
    text = "Text me at (512) 555-0142 to order, that's my cell"
    assert Checker(packs=["core"]).check(text).findings
    assert Checker(packs=[str(tmp_path / "shop.yaml")]).check(text).findings == []


def test_builtin_packs_pass_full_validation_though_loaded_trusted():
    # a built-in pack loaded by name skips compiling its patterns (they compile when first searched);
    # this is what makes that safe: each one, read as any other pack, compiles and validates
    from postguard.packs.loader import builtin_dir, builtin_names, read_pack_file

    for name in builtin_names():
        pack = read_pack_file(str(builtin_dir() / f"{name}.yaml"))  # trusted=False: every pattern compiled
        assert pack.rules


def test_a_bad_pattern_in_a_user_pack_is_caught_on_load_not_on_first_search(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text(pack(GOOD_RULE.replace("kind: terms", "kind: pattern").replace("terms: [buy now]", "pattern: 'buy (now'")), encoding="utf-8")
    with pytest.raises(PackError, match="bad regular expression"):
        load_packs([str(bad)])


def test_patterns_ignore_case_one_letter_for_one_letter():
    from postguard.packs.loader import LazyPattern, compile_pattern

    for compiled in (compile_pattern(r"\bcafé\b"), LazyPattern(r"\bcafé\b")):
        assert compiled.search("Meet me at the CAFÉ")
    # simple case folding, as documented in docs/company-packs.md: no "ss" for "ß"
    assert compile_pattern("strasse").search("Hauptstraße 5") is None
    assert LazyPattern("stra(?:ss|ß)e").search("HAUPTSTRASSE 5")
    assert compile_pattern("café", ignore_case=False).search("CAFÉ") is None
    assert LazyPattern("café", ignore_case=False).search("CAFÉ") is None
