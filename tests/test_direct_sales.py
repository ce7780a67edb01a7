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
