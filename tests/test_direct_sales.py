"""The direct-sales pack, the example company pack that extends it, locks, allow lists and disclosures."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from postguard import Checker
from postguard.checker import Config
from postguard.errors import ConfigError, PackError
from postguard.examples import run_examples
from postguard.packs import load_packs, parse_pack

from conftest import ROOT, run_cli

COMPANY = ROOT / "examples" / "packs" / "wildmere-oils.yaml"
CONSULTANT = ROOT / "examples" / "packs" / "consultant-jane.yaml"
LEXICONS = ROOT / "src" / "postguard" / "packs" / "builtin" / "lexicons"


def _example_cases():
    for packs, own in ((["direct-sales"], "direct-sales"), ([str(COMPANY)], "wildmere-oils")):
        for result in run_examples(packs, only_pack=own):
            yield pytest.param(result, id=f"{result.rule}:{result.which}:{result.line}")


@pytest.mark.parametrize("result", list(_example_cases()))
def test_every_example_of_direct_sales_and_the_company_pack(result):
    assert result.ok, f"{result.rule} {result.which} example (line {result.line}): {result.reason}\n{result.text}"


@pytest.fixture(scope="module")
def ds():
    return Checker(packs=["direct-sales"])


@pytest.fixture(scope="module")
def company():
    return Checker(packs=[str(COMPANY)])


def _found(checker, text, platform=None):
    return {(f.rule, f.match) for f in checker.check(text, platform=platform).findings}


def _rules(checker, text, platform=None):
    return {f.rule for f in checker.check(text, platform=platform).findings}


# -- the pack itself ----------------------------------------------------------------------------------

def test_pack_validates_and_every_rule_links_its_source():
    rules = [r for r in load_packs(["direct-sales"]).rules.values() if r.pack == "direct-sales"]
    assert len(rules) >= 15
    cats = {r.category for r in rules}
    assert {"income_claim", "health_claim", "hard_sell", "disclosure"} <= cats
    for r in rules:
        assert r.link and r.link.startswith("https://"), r.id
        assert r.suggestion, r.id
        assert "{match}" in r.message or r.kind == "limit", r.id


def test_disease_lexicon_is_large_and_documented():
    terms = [ln.strip() for ln in (LEXICONS / "diseases.txt").read_text().splitlines()
             if ln.strip() and not ln.startswith("#")]
    assert len(terms) >= 400
    assert len(set(terms)) == len(terms)
    assert {"asthma", "type 2 diabetes", "high blood pressure", "autism", "adhd", "covid-19"} <= set(terms)
    assert (LEXICONS / "README.md").is_file()


def test_disease_claim_reports_claim_and_condition_span(ds):
    text = "ThriveWell capsules have completely reversed my type 2 diabetes. Ask me!"
    report = ds.check(text)
    hits = [f for f in report.findings if f.rule == "direct-sales/disease-claim"]
    assert len(hits) == 1
    f = hits[0]
    assert f.category == "health_claim" and f.severity == "error"
    assert text[f.start:f.end] == "reversed my type 2 diabetes"
    assert "type 2 diabetes" in f.message or "reversed" in f.message


def test_structure_function_wording_with_disclaimer_is_not_a_disease_claim(ds):
    text = ("#ad Independent Zenvia distributor. Zenvia Greens supports healthy digestion* "
            "*These statements have not been evaluated by the FDA. This product is not intended to "
            "diagnose, treat, cure, or prevent any disease.")
    assert not {r for r in _rules(ds, text) if r.startswith("direct-sales/")}


def test_income_claim_is_cancelled_by_an_income_disclosure_reference(ds):
    claim = "Month 8 recap: $3,180 in commissions and 2 new team members!"
    assert "direct-sales/income-figure" in _rules(ds, claim)
    honest = claim + " Results are not typical: see our income disclosure statement."
    assert "direct-sales/income-figure" not in _rules(ds, honest)


def test_outbreak_hashtags_count(ds):
    text = "Guardian in the diffuser all day 🛡️ #covid19 #immunityboost"
    assert "direct-sales/outbreak-claim" in _rules(ds, text)
    assert "direct-sales/outbreak-claim" not in _rules(ds, "Guardian in the diffuser all day 🍂 #fallvibes #cozy")


def test_ordinary_promotion_is_not_hard_sell(ds):
    for text in ("#ad I'm an independent Hearth & Wick consultant 🕯️ Our fall collection is 20% off through Sunday!",
                 "New catalog is live!! (I'm an independent Copper Table consultant.) Flip through and tell me what you like."):
        assert not [f for f in ds.check(text).findings if f.category in ("hard_sell", "disclosure")], text


def test_money_lexicon_is_documented_and_credit_words_are_required(ds):
    terms = [ln.strip() for ln in (LEXICONS / "money.txt").read_text().splitlines()
             if ln.strip() and not ln.startswith("#")]
    assert len(set(terms)) == len(terms) and {"paycheck", "commissions", "bank account"} <= set(terms)
    assert "money.txt" in (LEXICONS / "README.md").read_text()
    brag = "They said network marketing doesn't work. My bank account disagrees 💅"
    assert "direct-sales/income-money-credit" in _rules(ds, brag)
    # the same money words without anything crediting the business, or next to the income disclosure
    assert "direct-sales/income-money-credit" not in _rules(ds, "Finally opened a savings account for the kids 🐷")
    honest = ("Every time I post about my team, someone asks what I make. Fair question! The company's income "
              "disclosure statement shows the full picture.")
    assert not [f for f in ds.check(honest).findings if f.category == "income_claim"]


def test_a_bare_sum_is_an_earnings_claim_unless_it_is_a_price_or_a_fundraiser(ds):
    assert "direct-sales/income-amount" in _rules(ds, "This is what $12,000 in one weekend looks like 📸")
    for text in ("Our church bake sale raised $1,200 for the youth trip 🥧",
                 "The big cookware set is $349 this week, regular price $420.",
                 "Gift cards come in $25, $50 and $100, perfect for teachers 🍎"):
        assert "direct-sales/income-amount" not in _rules(ds, text), text


def test_amounts_over_time_but_not_races_or_prices(ds):
    assert "direct-sales/income-figure" in _rules(ds, "Pulled in a little over 3 grand this month from my skincare biz")
    assert "direct-sales/income-figure" in _rules(ds, "$18k in 90 days. I'm telling you because you could be next.")
    for text in ("Walking in the Breathe Easy 5K this weekend to raise funds 💙",
                 "Wax melts are 3 for $15 this week, sale ends Saturday",
                 "Finally booked our trip after saving for 5 years!"):
        assert not [f for f in ds.check(text).findings if f.category in ("income_claim", "hard_sell")], text


def test_cold_open_needs_a_pitch_near_the_greeting(ds):
    pitch = "Hiii girl!! Long time! I started something new and I think you'd be amazing at it. Open to a quick call?"
    assert "direct-sales/cold-open-pitch" in _rules(ds, pitch)
    thanks = "Hey girl! Thanks so much for your order, it ships tomorrow 📦💕"
    assert not [f for f in ds.check(thanks).findings if f.category == "hard_sell"]


def test_condition_named_by_a_charity_is_not_a_claim(ds):
    text = "We're raising money for the Leukemia & Lymphoma Society this month. Every dollar helps families in treatment 🧡"
    assert not [f for f in ds.check(text).findings if f.category in ("health_claim", "disclosure")]
    claim = "Leukemia patients: our Essiac tea helps the body fight cancer cells naturally 🍵"
    assert "direct-sales/disease-claim" in _rules(ds, claim)


def test_classifier_backstops_use_the_recorded_thresholds():
    import json
    record = json.loads((ROOT / "training" / "record.json").read_text(encoding="utf-8"))
    rules = load_packs(["direct-sales"]).rules
    for label, rid in (("income_claim", "income-claim-model"), ("health_claim", "health-claim-model"),
                       ("hard_sell", "hard-sell-model")):
        rule = rules[f"direct-sales/{rid}"]
        assert rule.kind == "topic" and rule.label == label and rule.category == label
        assert label in record["labels"], rid
        assert rule.threshold == record["thresholds"][label], (
            f"{rid}: threshold {rule.threshold} in direct-sales.yaml, {record['thresholds'][label]} in "
            "training/record.json; after retraining, copy the recorded threshold into the pack")


def test_which_classifier_findings_call_for_a_disclosure(ds):
    # only the classifier finds this income claim: it still needs a disclosure, like a pattern rule's claim
    text = "I work 3 hours a day from my phone and our family has never been more comfortable"
    rules = _rules(ds, text)
    assert {"direct-sales/income-claim-model", "direct-sales/disclosure-missing"} <= rules
    assert not {"direct-sales/income-figure", "direct-sales/income-lifestyle"} & rules
    assert "direct-sales/disclosure-missing" not in _rules(ds, "#ad Independent Juniper rep. " + text)
    # the hard-sell backstop alone is not reason enough
    pitch = "Message me and I'll tell you how to get started before Friday"
    rules = _rules(ds, pitch)
    assert "direct-sales/hard-sell-model" in rules and "direct-sales/disclosure-missing" not in rules


def test_income_backstop_needs_the_business_in_the_post(ds):
    for text in ("Our family just got back from a road trip to Yellowstone and the kids want to go back already",
                 "We finally paid off my husband's truck! 60 payments later 🎉"):
        assert not [f for f in ds.check(text).findings if f.category == "income_claim"], text


# -- labeled data written for this pack -------------------------------------------------------------------

DATA = ROOT / "data" / "posts"
CATS = ("income_claim", "health_claim", "hard_sell", "disclosure")


def _rows(name):
    import json
    return [json.loads(ln) for ln in (DATA / name).read_text(encoding="utf-8").splitlines() if ln.strip()]


def test_train_and_dev2_sets_are_labeled_disjoint_and_balanced():
    train, dev2 = _rows("direct-sales.train.jsonl"), _rows("direct-sales.dev2.jsonl")
    assert len(train) + len(dev2) >= 450 and 0.2 <= len(dev2) / (len(train) + len(dev2)) <= 0.35
    assert not {r["text"] for r in train} & {r["text"] for r in dev2}
    allowed = {"private", "politics", "religion", *CATS}
    for rows in (train, dev2):
        for r in rows:
            assert set(r["labels"]) <= allowed and isinstance(r["kind"], str), r
            # the convention of direct-sales.dev.jsonl: a claim with no clear disclosure also has 'disclosure'
            if {"income_claim", "health_claim", "hard_sell"} & set(r["labels"]) and "disclosure" not in r["labels"]:
                low = r["text"].lower()
                assert any(w in low for w in ("#ad", "independent", "partner", "ad |", "ad:")), r["text"]
        harmless = sum(1 for r in rows if not r["labels"])
        assert 0.35 <= harmless / len(rows) <= 0.55
        for c in CATS:
            assert sum(1 for r in rows if c in r["labels"]) >= 15, c


def test_harmless_posts_of_the_train_set_rarely_fail(ds):
    rows = [r for r in _rows("direct-sales.train.jsonl") if not r["labels"]]
    for c in CATS:
        flagged = sum(1 for r in rows if c in {f.category for f in ds.check(r["text"]).findings})
        assert flagged / len(rows) <= 0.02, (c, flagged)


# -- disclosure -----------------------------------------------------------------------------------------

def test_claim_without_disclosure_also_needs_a_disclosure(ds):
    text = "Acid reflux gone for good after 2 weeks of Vitalia Greens!"
    rules = _rules(ds, text)
    assert {"direct-sales/disease-claim", "direct-sales/disclosure-missing"} <= rules
    disclosed = "#ad Independent Vitalia coach: acid reflux gone for good after 2 weeks of Vitalia Greens!"
    rules = _rules(ds, disclosed)
    assert "direct-sales/disease-claim" in rules and "direct-sales/disclosure-missing" not in rules


def test_sp_alone_is_weak_and_reported_once(ds):
    findings = ds.check("Cold brew is back ☕ Grab a bag from my shop 💛 #sp").findings
    disclosure = [f for f in findings if f.category == "disclosure"]
    assert [f.rule for f in disclosure] == ["direct-sales/disclosure-weak-tag"]
    assert disclosure[0].match == "#sp"


def test_disclosure_after_the_more_cut_on_a_known_platform(ds):
    text = ("So many of you asked about my evening routine, so here it is: cleanser, toner, night cream and a silk "
            "pillowcase. Everything is linked in my bio with code GLOW10 for 10% off. #ad")
    assert "direct-sales/disclosure-buried" in _rules(ds, text, platform="instagram")
    # the "more" cut depends on the platform; with none known only a hashtag-block burial counts
    assert not [f for f in ds.check(text).findings if f.category == "disclosure"]
    assert not [f for f in ds.check("#ad " + text[:-4]).findings if f.category == "disclosure"]


def test_disclosure_in_a_hashtag_block(ds):
    text = "Date night lipstick 💋\n#makeup #lipstick #datenight #beautyblogger #bloompartner"
    found = _found(ds, text)
    assert ("direct-sales/disclosure-in-hashtags", "#bloompartner") in found
    assert not any(r == "direct-sales/disclosure-missing" for r, _ in found)


# -- the company pack -------------------------------------------------------------------------------------

def test_company_pack_validates_with_the_cli():
    done = run_cli("packs", "validate", str(COMPANY), str(CONSULTANT))
    assert done.returncode == 0, done.stderr
    assert "wildmere-oils.yaml: ok" in done.stdout


def test_company_pack_examples_pass_with_the_cli():
    done = run_cli("packs", "test", str(COMPANY))
    assert done.returncode == 0, done.stdout + done.stderr


def test_company_pack_locks_raises_and_adds(company):
    rules = company.ruleset.rules
    for rid in ("direct-sales/disease-claim", "direct-sales/outbreak-claim", "direct-sales/weight-loss-claim",
                "direct-sales/replaces-medicine", "wildmere-oils/grade-claim"):
        assert rules[rid].locked, rid
    assert company.ruleset.locked_by["direct-sales/disease-claim"] == "wildmere-oils"
    assert rules["direct-sales/urgency-scarcity"].severity == "error"
    assert rules["direct-sales/disclosure-missing"].severity == "error"
    assert "wildmere-oils/internal-use-children" in rules


def test_company_allow_list_covers_product_names(ds, company):
    lifestyle = "#ad Independent Wildmere Consultant. Road Trip blend is the best part of this business 🚗"
    assert "direct-sales/income-lifestyle" in _rules(ds, lifestyle)
    assert "direct-sales/income-lifestyle" not in _rules(company, lifestyle)
    urgency = "#ad Independent Wildmere Consultant 🍸 Last call is our new citrus blend, diffuse it on Friday nights"
    assert "direct-sales/urgency-scarcity" in _rules(ds, urgency)
    assert "direct-sales/urgency-scarcity" not in _rules(company, urgency)
    bedtime = "#ad Independent Wildmere Consultant 🌙 Tick Tock on the pillow and the kids are asleep by eight"
    assert "direct-sales/urgency-scarcity" in _rules(ds, bedtime)
    assert "direct-sales/urgency-scarcity" not in _rules(company, bedtime)
    # a claim about an allowed product is still a claim
    claim = "#ad Independent Wildmere Consultant. Breathe got my son off his asthma inhaler!"
    assert {"direct-sales/disease-claim", "direct-sales/replaces-medicine"} <= _rules(company, claim)


def _downstream(tmp_path: Path, overrides: str) -> Path:
    shutil.copy(COMPANY, tmp_path / COMPANY.name)
    mine = tmp_path / "me.yaml"
    mine.write_text(f"pack: jane\nextends: [{COMPANY.name}]\noverrides:\n{overrides}\n", encoding="utf-8")
    return mine


def test_locked_rule_cannot_be_turned_off_downstream(tmp_path):
    mine = _downstream(tmp_path, "  direct-sales/disease-claim: off")
    with pytest.raises(PackError) as exc:
        load_packs([str(mine)])
    assert "locked by pack 'wildmere-oils'" in str(exc.value)
    assert exc.value.line == 4 and exc.value.path == str(mine)
    done = run_cli("packs", "validate", str(mine))
    assert done.returncode == 2
    assert "cannot be turned off" in done.stderr and "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


def test_locked_rule_severity_can_be_raised_not_lowered(tmp_path):
    with pytest.raises(PackError, match="raised, not lowered"):
        load_packs([str(_downstream(tmp_path, "  wildmere-oils/grade-claim: {severity: info}"))])
    ok = load_packs([str(_downstream(tmp_path, "  direct-sales/shouting: off"))])
    assert not ok.rules["direct-sales/shouting"].enabled


def test_locked_rule_cannot_be_ignored_in_config():
    with pytest.raises(ConfigError, match="locked"):
        Checker(packs=[str(COMPANY)], config=Config(ignore=("direct-sales/disease-claim",)))


def test_override_cannot_unlock():
    text = "pack: jane\nextends: [direct-sales]\noverrides:\n  direct-sales/disease-claim: {locked: false}\n"
    with pytest.raises(PackError, match="not unlock"):
        parse_pack(text, "jane.yaml")


def test_findings_key_is_only_for_role_specs():
    text = """pack: acme
rules:
  - id: x
    kind: pattern
    category: disclosure
    severity: warning
    pattern: 'buy'
    findings: [health_claim]
    message: "m {match}"
    examples: {flag: [buy], pass: [sell]}
"""
    with pytest.raises(PackError, match="unknown key 'findings'"):
        parse_pack(text, "acme.yaml")


def test_company_claim_rules_need_a_disclosure_too(company):
    """disclosure-missing counts claim findings by category, so a company pack's own claim rules count."""
    bare = "Only use therapeutic grade oils like Wildmere on your family 🌿"
    assert {"wildmere-oils/grade-claim", "direct-sales/disclosure-missing"} <= _rules(company, bare)
    disclosed = "#ad Independent Wildmere Consultant. Only use therapeutic grade oils on your family 🌿"
    found = _rules(company, disclosed)
    assert "wildmere-oils/grade-claim" in found and "direct-sales/disclosure-missing" not in found


def test_findings_list_can_leave_a_rule_out(tmp_path):
    pack = tmp_path / "p.yaml"
    base = ("pack: p\nrules:\n"
            "  - id: loud\n    kind: pattern\n    category: hard_sell\n    severity: info\n"
            "    pattern: '!!!'\n    message: m\n    examples: {flag: ['Buy!!!'], pass: ['Buy.']}\n"
            "  - id: order-now\n    kind: pattern\n    category: hard_sell\n    severity: info\n"
            "    pattern: 'order now'\n    message: m\n    examples: {flag: ['Order now'], pass: ['Buy.']}\n"
            "  - id: needs-ad\n    kind: require\n    category: disclosure\n    severity: warning\n"
            "    when: {findings: %s}\n    require: {pattern: '#ad'}\n    message: m\n"
            "    examples: {flag: ['Order now'], pass: ['Buy.', '#ad Order now']}\n")
    pack.write_text(base % '[hard_sell, "!p/loud"]', encoding="utf-8")
    checker = Checker(packs=[str(pack)])
    assert {f.rule for f in checker.check("Buy now!!!").findings} == {"p/loud"}
    assert {f.rule for f in checker.check("Order now").findings} == {"p/order-now", "p/needs-ad"}
    pack.write_text(base % "[hard_sell]", encoding="utf-8")
    assert {f.rule for f in Checker(packs=[str(pack)]).check("Buy now!!!").findings} == {"p/loud", "p/needs-ad"}
    pack.write_text(base % '["!p/loud"]', encoding="utf-8")
    with pytest.raises(PackError, match="besides the '!rule-id'"):
        load_packs([str(pack)])
