import threading

from postguard import Checker, Post
from postguard.findings import CATEGORIES


def test_child_name_and_age_with_spans(core_checker):
    text = "So proud of my daughter Emma, she turned 7 today!"
    report = core_checker.check(text)
    by_rule = {f.rule: f for f in report.findings}
    assert set(by_rule) == {"core/child-name", "core/child-age"}
    name = by_rule["core/child-name"]
    assert (name.start, name.end, name.match) == (24, 28, "Emma")
    assert text[name.start:name.end] == "Emma"
    assert name.category == "private" and name.severity == "error"
    assert "E***" in name.message and "Emma" not in name.message  # masked by default
    assert name.suggestion and name.link


def test_home_address_flagged_storefront_allowed(core_checker):
    bad = core_checker.check("pick up your order at my house, 1432 Maple Grove Dr")
    assert [f.match for f in bad.findings] == ["1432 Maple Grove Dr"]
    assert core_checker.check("Visit our storefront at 200 Main St, open 10-6!").findings == []


def test_business_phone_passes_personal_phone_flags(core_checker):
    assert core_checker.check("Call the shop at (555) 201-3300 to place an order").findings == []
    r = core_checker.check("Text me at (512) 555-0142 to order, that's my cell")
    assert [f.rule for f in r.findings] == ["core/personal-phone"]


def test_no_driver_licence_on_q3_and_harmless_posts_pass(core_checker):
    for text in ["Q3 was our best quarter yet!", "Thank God it's Friday! 🎉",
                 "Shout out to Emma from our packing team", "Our 10th birthday sale starts Friday"]:
        assert core_checker.check(text).findings == [], text


def test_finding_to_dict_masks_unless_asked(core_checker):
    f = core_checker.check("Email me at jenny.rivera84@gmail.com with your order").findings[0]
    d = f.to_dict()
    assert d["match"] != "jenny.rivera84@gmail.com" and d["masked"] is True
    assert "jenny.rivera84" not in d["message"]
    shown = f.to_dict(show_values=True)
    assert shown["match"] == "jenny.rivera84@gmail.com" and shown["masked"] is False
    assert set(d) >= {"rule", "category", "severity", "message", "start", "end", "match", "suggestion", "evidence"}


def test_categories_come_from_the_vocabulary(core_checker):
    assert {r.category for r in core_checker.rules} <= set(CATEGORIES)


def test_check_many_preserves_order_and_accepts_posts_and_dicts(core_checker):
    items = ["my son Liam (6) helped today", Post(text="nothing to see"), {"text": "gate code is 4821", "id": "p3"}]
    reports = list(core_checker.check_many(items, batch_size=2))
    assert [bool(r.findings) for r in reports] == [True, False, True]
    assert reports[2].post_id == "p3"


def test_offsets_survive_normalization(core_checker):
    text = "Ｍｙ daughter Emma (7) \u200bloves it"
    report = core_checker.check(text)
    names = [f for f in report.findings if f.rule == "core/child-name"]
    assert names and text[names[0].start:names[0].end] == "Emma"


def test_shared_checker_across_threads(core_checker):
    texts = ["my son Liam (6) helped today", "Visit our storefront at 200 Main St", "gate code is 4821"] * 20
    expected = [[(f.rule, f.start) for f in r.findings] for r in core_checker.check_many(texts)]
    results = [None] * len(texts)

    def work(i):
        results[i] = [(f.rule, f.start) for f in core_checker.check(texts[i]).findings]

    threads = [threading.Thread(target=work, args=(i,)) for i in range(len(texts))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == expected


def test_select_and_unknown_rule_id():
    import pytest

    from postguard.checker import Config
    from postguard.errors import ConfigError

    c = Checker(packs=["core"], config=Config(select=("core/access-code",)))
    assert [r.id for r in c.rules] == ["core/access-code"]
    with pytest.raises(ConfigError, match="unknown rule id"):
        Checker(packs=["core"], config=Config(ignore=("core/no-such-rule",)))


def test_category_glob_is_accepted_where_it_selects():
    """A pattern that selects rules by category glob must not be rejected as unknown."""
    from postguard.checker import Config

    c = Checker(packs=["core", "direct-sales"], config=Config(select=("health*",)))
    assert c.rules and {r.category for r in c.rules} == {"health_claim"}
    c = Checker(packs=["core", "direct-sales"], config=Config(ignore=("*_claim",)))
    assert not {r.category for r in c.rules} & {"health_claim", "income_claim"}
