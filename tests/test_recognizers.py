"""postguard's own private-details recognizers: what each finds (span and rule) and the near misses it leaves.

Most cases go through the real ``core`` pack (``core_checker``), so rule context words and exclusions count
too; a few check the recognizers and the lexicons directly.
"""

import pytest

from conftest import labeled_texts, private_spans
from postguard.analyzers import recognizers


# (post, rule that must fire, text of the span it must report)
FLAGGED = [
    # a child's name from the given-names lexicon with a grade, school, milestone or birthday
    ("Lyla starts 3rd grade at Lincoln on Monday so I'll answer DMs after pickup!", "core/child-name", "Lyla"),
    ("Mia's teacher loved the mug we made her 🥹", "core/child-name", "Mia"),
    ("Harper is officially a teenager as of this morning!", "core/child-name", "Harper"),
    ("Our baby is ONE today! Happy birthday Arlo, you make every long day worth it", "core/child-name", "Arlo"),
    ("When your 4 yr old Sienna asks to help with the live 😂", "core/child-name", "Sienna"),
    ("happy bday to my twin boys Reid & Rhys!!! 2 today", "core/child-name", "Reid"),
    # ages of children without a relation word right beside them
    ("Juggling a teething 10 month old and 60 orders this week", "core/child-age", "10 month old"),
    ("Anyone else's 14yo sleep until noon?", "core/child-age", "14yo"),
    ("Both of my kids (ages 2 and 5) approve of the new playdough", "core/child-age", "2 and 5"),
    ("The kiddos are 3 and 6 now and they run this place", "core/child-age", "3 and 6"),
    # schools and grades once the post is about the poster's family
    ("Between pickups at Oakwood Montessori and swim lessons, I shipped 40 orders", "core/child-school", "Oakwood Montessori"),
    ("Parent-teacher conferences at St. Anne's tonight so the shop closes at 4", "core/child-school", "St. Anne's"),
    # health: conditions and medicines from the lexicons in a disclosure frame
    ("Living with MS means some weeks I can only make 10 candles.", "core/health-details", "MS"),
    ("Mom's methotrexate shots are Sundays so we're closed Sundays now", "core/health-details", "methotrexate shots"),
    ("Cancer survivor, mom of two and soap maker. Welcome!", "core/health-details", "Cancer survivor"),
    ("Maddie has been in the children's hospital since Tuesday with RSV.", "core/health-details", "children's hospital"),
    ("Six months sober today. This shop is part of my recovery.", "core/health-details", "Six months sober"),
    ("Surprise!! Baby #3 arrives in April 🍼 so the spring line drops early", "core/health-details", "Baby #3"),
    ("Had a seizure last week and can't drive for 6 months", "core/health-details", "seizure"),
    ("My dad's cancer-free after two years of treatment!", "core/health-details", "cancer-free"),
    # whereabouts: away from home for a stated time
    ("The whole family's at the coast this week, porch pickups resume the 8th", "core/away-from-home", None),
    ("Family road trip! We leave tonight and won't be back for ten days", "core/away-from-home", None),
    ("Currently sipping a margarita in Cabo, back on the 12th 🍹", "core/away-from-home", None),
    # addresses without a street word, with a home nearby
    ("Porch pickup is open! Come by 2217 Birchwood, the blue house with the yellow door", "core/home-address", "2217 Birchwood"),
    ("If you're local, swing by 4011 Bellflower — I live in the yellow duplex, unit B", "core/home-address", "4011 Bellflower"),
    # codes, plates, phones, emails, ids and cards in chatty wording
    ("The lockbox on my porch opens with 2580, grab your bag and go!", "core/access-code", "2580"),
    ("If you see my car (black Jeep, tags ZRB-4471) at the market, say hi", "core/licence-plate", "ZRB-4471"),
    ("Text me directly for custom orders: 415 five five five 0199", "core/personal-phone", "415 five five five 0199"),
    ("Send me your receipt at samantha.ortiz82 @ gmail . com", "core/personal-email", "samantha.ortiz82 @ gmail . com"),
    ("Reimbursement form wants my Medicare number 1EG4-TE5-MK72, do I put it here?", "core/government-id", "1EG4-TE5-MK72"),
    ("Filling out the vendor form, they want my social (078 05 1120) on it??", "core/government-id", "078 05 1120"),
    ("Card keeps declining, it's 4532 7153 3790 1241 exp 04/28, help?", "core/card-number", "4532 7153 3790 1241"),
]


@pytest.mark.parametrize("text,rule,span", FLAGGED)
def test_private_detail_is_found(core_checker, text, rule, span):
    found = private_spans(core_checker, text)
    assert any(r == rule and (span is None or s == span) for r, s in found), found


PASSED = [
    # staff, customers, products and pets with names and ages
    "Happy birthday to our manager Sophie! 🎉 Cake in the back at 3",
    "Olivia from our Denver store turned 30 today, go say hi",
    "Our sweet Lily candle turned 2 this week, restock sale!",
    "Meet Waffles, our new warehouse puppy, 12 weeks old and full of zoomies",
    'Our sourdough starter "Clint Yeastwood" is 3 years old today and still bubbling',
    "Emma's class at the studio is full, next one opens in March",
    # products and offers for children of an age
    "Perfect for ages 3 and up: our wooden stacking rainbow",
    "New baby gift sets, from newborn to 24 months 👶",
    "Free scoop for anyone turning 5 this month!",
    # schools as customers, health as a cause or a product, general advice
    "Proud sponsor of the Pine Ridge Elementary carnival this year",
    "October is Breast Cancer Awareness Month. 10% of pink candle sales go to the cancer center.",
    "Did you know 1 in 8 women will be diagnosed with breast cancer? Get screened.",
    "Flu shots available at our pharmacy counter, walk-ins welcome",
    "Pregnancy-safe skincare bundle now available — always check with your midwife first.",
    "All proceeds from our Hope candle go to the local children's hospital.",
    "My diabetes-friendly cookie recipe is finally on the menu",
    # the business's own trips and premises
    "We'll be at the St. Luke's holiday bazaar on Saturday, look for our table",
    "Our team is in Chicago for the gift show until Thursday, orders still ship",
    "Our second location just opened at 44 High Street, Bath. Come say hi!",
    "Vacation rentals at 22 Harbor View, book now",
    "Pickup at our storefront, 110 Elm Ave, anytime 9-5",
    # numbers that are not private
    "Use PIN-UP30 for 30% off the pin-up print collection",
    "Tracking for the wholesale pallet: 1Z 999 AA1 01 2345 6784",
    "Gift cards have a 16-digit number on the back; keep it safe!",
    "The person behind our dog collars is Pete. He cuts, stitches and rivets each one.",
]


@pytest.mark.parametrize("text", PASSED)
def test_near_miss_is_notprivate_spans(core_checker, text):
    assert private_spans(core_checker, text) == []


def test_given_names_lexicon_holds_names_not_everyday_words():
    names = recognizers.given_names()
    assert len(names) > 4000
    assert {"emma", "liam", "harper", "mateo", "priya", "jackson"} <= names
    assert not {"may", "june", "monday", "will", "hope", "king"} & names
    assert recognizers.is_given_name("Harper") and not recognizers.is_given_name("harper")
    assert not recognizers.is_given_name("Monday")


def test_condition_lookback_finds_the_longest_lexicon_term():
    text = "I'm a breast cancer survivor"
    pos = text.index("survivor")
    assert text[recognizers._condition_before(text, pos):pos].strip() == "breast cancer"
    # short abbreviations count only when written as one
    assert recognizers._condition_before("he pots survivor", len("he pots ")) is None
    assert recognizers._condition_before("POTS flare", len("POTS ")) == 0


def test_widened_span_covers_condition_and_role():
    rec = recognizers.health_disclosure_recognizer()
    text = "Hubby is a proud colon cancer survivor 💙"
    spans = {text[r.start:r.end] for r in rec.analyze(text, rec.supported_entities)}
    assert "colon cancer survivor" in spans


def test_model_backstop_is_stricter_than_the_models_own_threshold():
    import json
    from pathlib import Path

    from postguard.packs import load_packs

    record = json.loads((Path(__file__).resolve().parent.parent / "training" / "record.json").read_text())
    rule = load_packs(["core"]).rules["core/private-details-model"]
    assert rule.kind == "topic" and rule.category == "private" and rule.label == "private"
    assert rule.threshold >= record["thresholds"]["private"]


def test_simple_case_folding_finds_what_full_folding_finds():
    """The recognizers compile with VERSION1's full case folding off (much cheaper); on the team's posts
    every pattern must match exactly the same spans as with it on."""
    import regex

    texts = labeled_texts(with_test=True)[::3] + ["Straße 12, Wohnung 3: Lukas wird morgen 7 Jahre alt", "İSTANBUL’DA OĞLUM 5 YAŞINDA"]
    patterns = [p for r in recognizers.all_recognizers() if isinstance(r, recognizers.RegexRecognizer)
                for _, p, _ in r._patterns]
    assert len(patterns) > 50
    for source in patterns:
        full = regex.compile(source, recognizers.F)
        simple = recognizers._compile(source)
        for text in texts:
            if full.search(text) or simple.search(text):
                assert [m.span() for m in full.finditer(text)] == [m.span() for m in simple.finditer(text)], (source[:60], text)
