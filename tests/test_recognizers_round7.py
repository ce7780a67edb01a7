"""Private details in the wordings the seventh round added (issue 2, recall on unseen posts): a child's school exam
(Leaving Cert, matric, GCSEs, KCSE) or class ("topped class 7"), a child who "made me a mum", "Mateo's 4th today", a
scouting badge, a child making a district squad or a named school's team; "mum of three under five"; a home found by a
landmark ("the white house opposite the mosque"), rural concession roads, farm gates, an Irish named house with its
county, a home PO box; years clean or sober and "since my last drink"; a personal UPI id; a trip with a date range
("5th to 19th Dec"); a plate after an East African or Asian model (Probox, Vitz, Vios); given names common in Nigeria,
South Africa, Kenya, India and New Zealand. Each flagged post names the rule and the span it must report; each harmless
look-alike must stay quiet. Posts go through the real ``core`` pack.
"""

import pytest

from conftest import MODEL_RULE, private_spans

# (post, rule that must fire, text of the span it must report)
FLAGGED = [
    # a child's school exam or class, a birthday said by its ordinal, a scouting badge, a squad or a named school
    ("Aoife starts her Leaving Cert on Wednesday, shop hours reduced", "core/child-name", "Aoife"),
    ("Our Lerato writes matric maths on Monday, so I'm off the stall this week", "core/child-name", "Lerato"),
    ("Wanjiru sits her KCSE in November so the kiosk runs short hours", "core/child-name", "Wanjiru"),
    ("Kabir topped class 7 at DPS Vasant Kunj, sweets for every customer today", "core/child-name", "Kabir"),
    ("Ten years ago today Siobhan made me a mum, happy birthday my darling girl", "core/child-name", "Siobhan"),
    ("It's Mateo's 4th today, he picked the cupcake flavours for the counter", "core/child-name", "Mateo"),
    ("Eshan got his Bushcraft badge at Cubs last night, he wants to sell firewood now", "core/child-name", "Eshan"),
    ("Shoutout to Rahul for making the district cricket squad, under-13 division", "core/child-name", "Rahul"),
    ("Tolu made the debate team at Corona School Ikoyi, first girl in her year to do it", "core/child-name", "Tolu"),
    ("Thandeka got into the provincial netball team, U14, we're so proud", "core/child-name", "Thandeka"),
    # unnamed children by an age limit
    ("As a single mom of three under five I pack orders at midnight", "core/child-age", "under five"),
    ("Dad of two under 4, so replies come after bedtime", "core/child-age", "under 4"),
    # a home by a landmark, a rural road, a farm gate, a named house with its county, a home PO box
    ("Ours is the white house opposite the mosque with the mango tree, knock at the side door", "core/home-address",
     "the white house opposite the mosque"),
    ("We live in the green cottage just past the post office in Akaroa, trays on the porch", "core/home-address",
     "the green cottage just past the post office"),
    ("Come to ours, the brick bungalow two doors down from the Shell garage in Eldoret", "core/home-address",
     "the brick bungalow two doors down from the Shell garage"),
    ("Veg boxes from the farm, 1920 Concession 4, Mono, Ontario, red barn on the left", "core/home-address", "1920 Concession 4"),
    ("Eggs at the gate: Plot 44, Kamiti Road, Ruiru, green gate beside the posho mill", "core/home-address", "Plot 44, Kamiti Road"),
    ("Collect from our smallholding, The Old Byre, Ballyknock, Co. Wexford, past the creamery", "core/home-address",
     "The Old Byre, Ballyknock, Co. Wexford"),
    ("Post the samples to me at PO Box 212, Riversdale, that's our farm box", "core/home-address", "PO Box 212"),
    # recovery: time clean or sober, the last drink
    ("Eighteen months clean from heroin. This business is my recovery", "core/health-details", "Eighteen months clean"),
    ("Ninety days since my last drink, one day at a time", "core/health-details", "since my last drink"),
    ("Two and a half years off the booze and I have never made better candles", "core/health-details",
     "Two and a half years off the booze"),
    # a personal UPI id; a trip with a date range; a plate after a model
    ("UPI id: ankitaverma@ybl, screenshot after paying", "core/government-id", "ankitaverma@ybl"),
    ("Send it on GPay, meera.iyer92@okhdfcbank, I'll confirm tonight", "core/government-id", "meera.iyer92@okhdfcbank"),
    ("Off to Goa 5th to 19th Dec, whole family, shop paused", "core/away-from-home", "Off to Goa 5th to 19th"),
    ("Grey Probox KDA 512B, that's me at the stage, come get your order", "core/licence-plate", "KDA 512B"),
    ("White Vitz KCJ 482L outside the chemist is mine, tap on the window", "core/licence-plate", "KCJ 482L"),
]


@pytest.mark.parametrize("text,rule,span", FLAGGED)
def test_round7_flagged(core_checker, text, rule, span):
    found = private_spans(core_checker, text, skip=(MODEL_RULE,))
    assert (rule, span) in found, found


# harmless look-alikes: a business by a landmark, a venue with its county, business PO boxes and UPI handles,
# questions to other parents, staff anniversaries and grown-ups' old exams, work trips with dates, health
# products and services, a business licence, a voucher's number, a production kitchen's address
PASSED = [
    "Our café is the blue house after the mosque, open 8 till 4",
    "We're the yellow shop after the church on Main Road, can't miss us",
    "Visit The Old Mill, Ballyknock, Co. Wexford for our Christmas craft fair",
    "Send cheques to PO Box 44, Kisumu, our head office",
    "Postal: PO Box 555, Gaborone, for invoices only",
    "Pay to bakeryfoods@okaxis or scan the QR at the counter",
    "Mum of three under five? Our playdough kits will save your rainy days",
    "Calling all mums of two under 3, our double buggy is back in stock",
    "Ravi's 5th today with the company, cake in the staff room",
    "Our tutor Grace topped her class at Moi University back in 2012",
    "Grade 7 maths workbooks now in stock, CAPS aligned",
    "Off to the Nairobi trade fair 5th to 9th Dec, online shop stays open",
    "Sensory toys for autistic kids, designed with OTs",
    "Wheelchair-accessible entrance at our new shop",
    "Wheelchair users welcome, ramp at the side entrance",
    "IVF clinics and fertility coaches: our consults are open",
    "World Diabetes Day: free blood sugar checks at our pharmacy",
    "Metformin and insulin in stock, bring your script",
    "Our sourdough starter is 'pregnant' with bubbles today, ha",
    "I'm allergic to Mondays, coffee's on us",
    "FSSAI licence no. 10019555000123 displayed at the counter",
    "Gift voucher number 5521-8830 was redeemed, thank you!",
    "Beware of scammers using 0700 555 000, it's not us",
    "Unit 2, 14 Mill Road, our new production kitchen, not open to the public",
    "Join our 30 days alcohol-free challenge this October, mocktails half price",
    "Recovery Month: proud to employ people in recovery",
]


@pytest.mark.parametrize("text", PASSED)
def test_round7_near_misses_pass(core_checker, text):
    assert private_spans(core_checker, text, skip=(MODEL_RULE,)) == []
