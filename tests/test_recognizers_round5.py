"""Private details in the wordings the fifth round added (issue 2, recall): dates of birth and birth years in
words, text-speak ages, a relative's phone, bereavement after an illness, wards, joint replacements, the bump,
away-from-home said by the household, a house left dark, codes after a colon and PINs, plates in brackets and
on a named vehicle, ids of more countries, schools in hashtags and drop-offs. Each flagged post names the rule and
the span it must report; each harmless look-alike must stay quiet. Posts go through the real ``core`` pack.
"""

import pytest

from conftest import MODEL_RULE, private_spans, recognizer_spans
from postguard.analyzers import recognizers

# (post, rule that must fire, text of the span it must report)
FLAGGED = [
    # dates of birth with the day or the year in words, "a ... baby", a short year after a label
    ("Our Matilda was born on the ninth of October 2017 and she still thinks the bakery is hers",
     "core/date-of-birth", "the ninth of October 2017"),
    ("Nan arrived on the first of May, nineteen forty-nine, and she still out-bakes all of us",
     "core/date-of-birth", "the first of May, nineteen forty-nine"),
    ("For the entry form, date of birth: 5th Dec '83", "core/date-of-birth", "5th Dec '83"),
    ("I'm an October 3rd, 1990 baby so the shop gets pumpkin everything", "core/date-of-birth", "October 3rd, 1990"),
    ("He's a 2nd of January 2012 baby so birthdays are always cold", "core/date-of-birth", "2nd of January 2012"),
    ("Our Freddie came along on the twenty-second of July 2019 and nothing has been tidy since",
     "core/date-of-birth", "the twenty-second of July 2019"),
    ("My birthday is February the 14th, 1988, so yes, I'm a Valentine", "core/date-of-birth", "February the 14th, 1988"),
    # a child's birth year, ages in text-speak and short days, ages without a number
    ("My son was born in 2016 and he's already sorting the stickers by colour", "core/child-age", "2016"),
    ("our daughter, born 2020, thinks the till is a toy", "core/child-age", "2020"),
    ("birthday girl is 9 2day!! cake at the stall for everyone", "core/child-age", "9"),
    ("lil man turned 2 yday and the cake went everywhere 🎂", "core/child-age", "2"),
    ("the wee one's 3 on fri so no market for us this week", "core/child-age", "3"),
    ("She's almost 5 and already has opinions on every candle", "core/child-age", "5"),
    ("At seven, she can already run the card machine", "core/child-age", "seven"),
    ("Cake for the big 1-0, our eldest is double digits today!", "core/child-age", "1-0"),
    ("Our youngest goalkeeper Mateo, who is only 13, saved two penalties on Saturday", "core/child-age", "13"),
    ("Sign-up list for the relay: Amelia 10, Oscar 11 — proud of these two", "core/child-age", "10"),
    ("Two months old today and already the boss of the shop 😍 little Ezra says hi", "core/child-age", "Two months old"),
    # a child's name with a milestone, a school report, a newborn, a custody weekend, a show
    ("Oscar learned to ride his bike without stabilisers this morning 🚲", "core/child-name", "Oscar"),
    ("Hazel brought home her first school report and it says she's chatty", "core/child-name", "Hazel"),
    ("Meet Rowan, our newest family member, born on Thursday at 7lb 3oz", "core/child-name", "Rowan"),
    ("Noah is at his mum's this weekend so I'm doing the late market", "core/child-name", "Noah"),
    ("Happy 6th, Isla! The best little shop helper a mum could ask for", "core/child-name", "Isla"),
    # schools: one child's class, a drop-off, a grade trip, a hashtag
    ("My son's class at Larkfield Primary is doing a cake sale, so guess who's baking", "core/child-school", "Larkfield Primary"),
    ("Dropping Theo at Oakridge Elementary and then the shop opens at 9", "core/child-school", "Oakridge Elementary"),
    ("Picking Maya up from St Bede's at 3 so the phones are off", "core/child-school", "St Bede's"),
    ("First day done #proudmum #hollybankprimary #year1", "core/child-school", "hollybankprimary"),
    ("Ava's 2nd grade trip to the farm is tomorrow so I'm chaperoning", "core/child-name", "Ava"),
    # a relative's phone, a phone by its area code, an obfuscated one
    ("If I don't answer, try my husband on 07700 900 845, he's doing the deliveries", "core/personal-phone", "07700 900 845"),
    ("wife's mobile is 0412 555 883 if the van isn't at the market", "core/personal-phone", "0412 555 883"),
    ("my cell is area code 403 then 555-0163, text for the freezer boxes", "core/personal-phone", "403 then 555-0163"),
    ("text me on 555.x.310.x.4471, the x's are for the bots", "core/personal-phone", "555.x.310.x.4471"),
    # health: bereavement after an illness, tests, wards, kept in, joint replacements, the bump, recovery
    ("Grandpa lost his long fight with leukaemia last night. The café is closed until Monday.",
     "core/health-details", "lost his long fight with"),
    ("My aunt passed away on Friday after a short illness, orders resume next week",
     "core/health-details", "passed away on Friday after a short illness"),
    ("Tested positive for flu again, so no markets this weekend", "core/health-details", "flu"),
    ("Dad's on the stroke ward at the Royal, so the shop opens late", "core/health-details", "stroke ward"),
    ("They're keeping her in for another night, so no collections tomorrow", "core/health-details", "keeping her in"),
    ("Having my left hip replaced on the 3rd, so Sam is running the workshop", "core/health-details", "hip replaced"),
    ("The bump is now officially in the way of the icing bag, 7 weeks to go 🤰", "core/health-details", "bump"),
    ("Eating disorder recovery isn't linear, and this week was a hard one", "core/health-details", "Eating disorder"),
    ("Currently 30 weeks and the heartburn is unreal", "core/health-details", "30 weeks"),
    ("Psoriasis for 12 years and I've finally found a routine that works", "core/health-details", "Psoriasis for 12 years"),
    ("Our little one has a tongue tie so we're at the clinic on Friday", "core/health-details", "tongue tie"),
    ("I'm on Accutane month 4 so the skincare lives are on pause", "core/health-details", "Accutane"),
    # away: the household by number, at a named place, a house left dark, in the air, minded by a neighbour
    ("All five of us are in Majorca till the 18th, so the house is locked up", "core/away-from-home",
     "All five of us are in Majorca till"),
    ("The house in Leeds is empty till Sunday while we're at my sister's", "core/away-from-home", "house in Leeds is empty"),
    ("Whole fam is at Legoland Windsor till Friday, no collections", "core/away-from-home",
     "Whole fam is at Legoland Windsor till"),
    ("Honeymooning in Santorini for the next fortnight, the shop is paused", "core/away-from-home",
     "Honeymooning in Santorini for the next fortnight"),
    ("Greetings from 38,000 feet! Back at the bench on Monday", "core/away-from-home", "Greetings from 38,000 feet"),
    ("Our neighbour is feeding the cats while we're gone", "core/away-from-home", "neighbour is feeding the cats"),
    ("Spending Diwali with the in-laws in Jaipur, so no dispatch from me", "core/away-from-home",
     "Spending Diwali with the in-laws"),
    ("At my cousin's wedding in Accra all week, back on the 20th", "core/away-from-home",
     "At my cousin's wedding in Accra all week"),
    # codes after a colon, PINs
    ("Side door keypad: 6 0 3 9, the boxes go on the left", "core/access-code", "6 0 3 9"),
    ("changed my card PIN to 2580 because I kept forgetting the old one", "core/access-code", "2580"),
    ("Buzzer for the flat is 4C then 1192, leave it in the lobby", "core/access-code", "1192"),
    # plates
    ("Rego on the camper is ZKD 417, toot if you see us", "core/licence-plate", "ZKD 417"),
    ("My car (LV70 KHD) got clipped outside the house last night", "core/licence-plate", "LV70 KHD"),
    ("yes that's my van with the CAKE4U plate outside the school", "core/licence-plate", "CAKE4U"),
    ("Plates say BRK 229 if anyone sees who dented it", "core/licence-plate", "BRK 229"),
    # ids of more countries; a PAN on its own
    ("My CPF is 529.982.247-25, can someone at the bank fix the form", "core/government-id", "529.982.247-25"),
    ("KRA PIN for the tender is A009876543Z", "core/government-id", "A009876543Z"),
    ("anyone else's PAN not linking? mine is CHTPK8821L", "core/government-id", "CHTPK8821L"),
    ("Emirates ID 784-1990-7654321-2 for the trade licence form, is that right?", "core/government-id", "784-1990-7654321-2"),
    # addresses: a relative's home by its street, a friend's and a customer's home, a lowercase direction
    ("Parcels are at my mum's on Fern Avenue if I'm out", "core/home-address", "Fern Avenue"),
    ("Popped round to her at 18 Larch Lane, Wigston, with the flowers", "core/home-address", "18 Larch Lane, Wigston"),
    ("come by 412 w maple st (the green house) after 5 for the leftovers", "core/home-address", "412 w maple st"),
    # wordings the recognizers left to the topic model: phones said or typed oddly, a relative's landline, a card's
    # last digits with its CVV, a code with a hash, plates that came in, a floor in a flat's address
    ("my own cell is five-five-five, three-double-one, two-oh-four-four", "core/personal-phone",
     "five-five-five, three-double-one, two-oh-four-four"),
    ("If I'm slow, ring my nan's landline on 555.410.3381, she's minding the stall stock", "core/personal-phone", "555.410.3381"),
    ("07700 900 733 is my personal WhatsApp for custom orders", "core/personal-phone", "07700 900 733"),
    ("I'm at 555-0176, text only please", "core/personal-phone", "555-0176"),
    ("5 5 5 – 4 1 0 – 2 2 8 1 hit me up for the winter menu", "core/personal-phone", "5 5 5 – 4 1 0 – 2 2 8 1"),
    ("Card ending 5521, exp 03/29, cvv 904, it keeps failing at checkout", "core/card-number", "5521"),
    ("Gate code 27#60 for the side entrance, boxes by the bins", "core/access-code", "27#60"),
    ("New plates came in: LR19 PKE, so the blue Polo at the market is mine now", "core/licence-plate", "LR19 PKE"),
    ("It's number 9, the one with the red gate, on Alder Close — porch pickup after 4", "core/home-address",
     "number 9, the one with the red gate, on Alder Close"),
    ("Deliver to my flat: 7C, 4th floor, Sunrise Apartments, Koramangala", "core/home-address", "7C, 4th floor, Sunrise Apartments"),
    # health said plainly: poorly, an injection, a child's op, a bedside, a due date with leave, a reveal at 20 weeks
    ("Nursery rang, she's poorly again, so the studio shuts at 1", "core/health-details", "poorly"),
    ("Had a cortisone injection in my hip this morning, so slow packing today", "core/health-details", "cortisone injection"),
    ("Closing early for my son's grommets op, back tomorrow", "core/health-details", "op"),
    ("At my dad's bedside till he's discharged, sorry for the slow replies", "core/health-details", "'s bedside"),
    ("My wife's due date is 9 May, so my paternity leave starts then", "core/health-details", "due date"),
    ("20 weeks today and it's a boy!! blue cupcakes all week", "core/health-details", "20 weeks today"),
    ("Postnatal anxiety is real and it's been a hard month", "core/health-details", "Postnatal anxiety"),
    ("My husband's MS has flared up again so replies will be slow", "core/health-details", "MS"),
    ("Yes that's me in the walking boot, broke my ankle and the physio says six weeks", "core/health-details", "broke my ankle"),
    # children: an accented name's quinceañera, the middle one, the twins' pickup, an activity, candles, a birthday
    ("Sofía's quinceañera is next month and I'm baking for 150", "core/child-age", "quinceañera"),
    ("Our middle one is 10 and runs the sticker table", "core/child-age", "10"),
    ("Picking the girls up from Holy Trinity at 3 so collections after 4", "core/child-school", "Holy Trinity"),
    ("Poppy's at Rainbows tonight so I'm packing in the car park", "core/child-name", "Poppy"),
    ("It's Theo's birthday! Five candles and far too much icing", "core/child-age", "Five"),
    ("Doing little Ruby's nails for her 8th birthday, the salon opens at 11", "core/child-age", "8th"),
    ("We named her Juniper, 6lb 12oz, and she's perfect", "core/child-name", "Juniper"),
    # away: a house on its own or empty for a working day, a check-in at the gate, a holiday that starts, between places
    ("At my sister's for the week, the house is all on its own with a timer light", "core/away-from-home", "house is all on its own"),
    ("Off to the market on the bike, the flat is empty from 6 till 7", "core/away-from-home", "flat is empty from"),
    ("Checked in at Gate 31 ✈️ back in a fortnight, orders paused", "core/away-from-home", "Checked in at Gate 31 ✈️ back in"),
    ("Our family holiday starts Friday! Orders paused till the 20th", "core/away-from-home", "Our family holiday starts Friday"),
    ("Somewhere between Lyon and Geneva on a train, the shop reopens on the 3rd", "core/away-from-home",
     "Somewhere between Lyon and Geneva on a train, the shop reopens on the 3rd"),
    ("4420 Willowbrook is finally ours 🏡 and the pottery wheel is going in the garage!", "core/home-address", "4420 Willowbrook"),
    ("In labour!! The studio is closed, see you on the other side", "core/health-details", "In labour"),
    ("Mr Okoro, thank you for a brilliant Year 3 for our Felix 💐 cookies are on their way to the staff room",
     "core/child-school", "Year 3"),
]


@pytest.mark.parametrize("text,rule,span", FLAGGED)
def test_round5_flagged(core_checker, text, rule, span):
    found = private_spans(core_checker, text)
    assert (rule, span) in found, found


# harmless look-alikes of the wordings above: a business's dates, ages and birthdays, staff, pets, products,
# services, events, notices and figures of speech
PASSED = [
    "The ninth of October 2026 is our big autumn market, put it in the diary",
    "Founded on the first of May, nineteen forty-nine, by my grandad: 77 years of bread",
    "Our bakery was born in 2016 in a rented garage",
    "Birthday boy specials: a free cupcake for any kid celebrating this week",
    "The shop turned 3 yesterday! Thank you all",
    "Our candle line turns 2 on sat, 20% off everything",
    "Double digits for the deli: 10 years open this month!",
    "The big 1-0 for our little café this weekend, cake for everyone",
    "At 10, our head baker opens the doors for the tasting tour",
    "Tables: Oscar 4, Amelia 6, Harper 8 — the seating plan for the supper club is up",
    "Meet Rowan, our newest team member, born and raised in Leeds",
    "Meet Pepper, our newest family member, a rescue pup born on Monday",
    "Dev got his black belt at 51, so the dojo ordered our lemon cake",
    "Happy 6th, Isla and the whole team at the Corner Deli!",
    "Hazel's school report card cookies are back for results week",
    "Our girls' team from Larkfield Primary came in for ice cream after the final",
    "Find us at table 12 at the St Bede's Christmas fair this Saturday",
    "#elementaryschool #teacherlife #backtoschool new lanyards in stock",
    "Call my team at the shop on 555-201-3300 for orders",
    "Ring the shop on 0117 555 0281, we're in from 10 till 4 today",
    "Area code 403? Free delivery anywhere in Calgary this week",
    "Our shop cat Biscuit lost his fight with kidney disease this week, the counter feels empty",
    "We lost the battle with the humidity: the meringues gave up by 11",
    "Lost my battle with the sourdough today lol, focaccia instead",
    "Tested and loved by our tasting panel, the new spelt loaf is here",
    "Ward 3 councillor Joe Patel is cutting the ribbon at our new café",
    "Hip replacement recovery cushions, made with local physios, in stock now",
    "Bump, set, score: volleyball cupcakes for the club finals",
    "Bump photoshoots for mums-to-be, book your session online",
    "Currently 12 weeks lead time on custom tables",
    "Eczema balm has been our best seller for 5 years",
    "Acne for 10 years? Try our gentle serum",
    "New hearing loop at the till for customers with hearing aids",
    "Soft-waist leggings for mums after a c-section, in four colours",
    "Thinking of every family on the children's ward this winter; our toy drive closes Friday",
    "Care home visits: our bakers take scones to Elm Lodge every Friday",
    "The team is in Majorca for the trade fair till the 18th, online orders still ship",
    "The house special returns: slow-roast pork belly",
    "The house's empty rooms are our new studio, come and see",
    "Spending the weekend at the Christmas market with our stall, come say hi",
    "We're catering a wedding in Bath this weekend, orders paused",
    "35,000 followers! Thank you, the giveaway starts Monday",
    "Posting from the plane museum tour: our team day out",
    "Gate: 2 (South car park) for the craft fair, see you Sunday!",
    "PIN code 400050 and nearby: free delivery on all hampers",
    "Enamel pins: 1200 sold this month!",
    "PIN pads at the till are working again, sorry for the cash-only morning",
    "my truck (F-150) is getting a new wrap this week",
    "Our 4x4 (RAV4) is back from the garage",
    "We sell the 2024 plates and tags holders",
    "Our GSTIN is 27AAPFU0939F1ZV, printed on every invoice",
    "Register with your PAN card at the counter, bring photo ID",
    "CNIC holders get free delivery from our Karachi branch this week",
    "Grandma's Kitchen on Main Street does the best pies in town",
    "Retrouvez-nous au marché, 8 Rue des Tanneurs, tous les dimanches",
    "Cards ending in 2290 are our gift cards, scan them at the counter",
    "6 months old and already our best-selling soap!",
    "Our kombucha hit 10 weeks old today, the scoby is thriving",
    "Dropping Jake at the Maplewood Academy pop-up this Saturday with our cakes",
    "Our landline 0113 555 0122 is working again after the power cut",
    "07700 900 140 is the bakery's WhatsApp, message us for wedding cakes",
    "Reminder: never share your card's CVV, not even with us",
    "Card ending in 4417? That's our test card, expires 12/99, ignore it",
    "Number plates printed while you wait at our Mill Road branch",
    "The hall was poorly lit but the fair was a joy, thanks all",
    "Our new candle is ill, honestly the best scent yet",
    "Feeling unwell? Our ginger shots are back",
    "Due date for Easter orders is 28 March",
    "Bedside lamps are back in brass and linen",
    "Little Poppy's Bakery turns 4 this weekend, party at the shop",
    "Picking Amy up from Heathrow at 6, back at the shop tomorrow",
    "Four candles for the price of three until Sunday",
    "Spending the week at the Bristol trade show, online orders still ship",
    "Our big trip starts Tuesday: visiting every stockist in Cornwall",
    "Our holiday sale starts tomorrow! Two weeks of deals",
    "The shop is empty of Christmas stock till the 2nd, new range in January",
    "Somewhere between a cookie and a cake: meet the blondie",
    "1 2 3 4 5 6 7 8, who do we appreciate? Our volunteers!",
    "Our new studio at 12 Mill Lane is ours from Monday, grand opening soon",
    "We named our puppy Willow, she's the shop's new greeter",
    "Labour Day sale: 25% off every planter",
    "We're in Labour-held Leeds and the business rates went up again",
    "Our Felix range is back for the Year 3 reading fair",
    # a member of staff away, said by role: the business's news, not an empty home
    "Our stylist Kerry-Ann is away till the 14th, book with Dee instead",
    "Head baker's on holiday for two weeks so sourdough is Saturdays only",
    "Sponsored by Kestrel Roofing, call 555-0164 for all your gutter repairs",
]


@pytest.mark.parametrize("text", ["Hubby is away till Friday and the house is so quiet",
                                  "My husband is away until Sunday so it's just me and the kids"])
def test_a_family_member_away_still_counts(core_checker, text):
    assert [rule for rule, _ in private_spans(core_checker, text, skip=(MODEL_RULE,))] == ["core/away-from-home"]


# the topic model's backstop rule is trained separately (training/), so the look-alikes are checked against the
# recognizer rules only
@pytest.mark.parametrize("text", PASSED)
def test_round5_near_misses_pass(core_checker, text):
    assert private_spans(core_checker, text, skip=(MODEL_RULE,)) == []


def test_birth_year_is_a_childs_only_within_seventeen_years():
    rec = recognizers.minor_age_recognizer()
    this_year = recognizers._dt.date.today().year
    assert recognizer_spans(rec, f"My daughter was born in {this_year - 5} and loves the shop") == [("MINOR_AGE", str(this_year - 5))]
    assert recognizer_spans(rec, f"My daughter was born in {this_year - 30} and runs the shop now") == []


def test_year_in_words_needs_a_birthday_in_the_post(core_checker):
    date = "June the ninth, nineteen eighty-four"
    assert ("core/date-of-birth", date) in private_spans(core_checker, f"{date}. That's when it all started 🎂")
    assert private_spans(core_checker, f"Since {date}, our family has baked bread here", skip=(MODEL_RULE,)) == []


@pytest.mark.parametrize("text, value", [
    ("EFT: Capitec 1502883741, T Dlamini. Send proof of payment on WhatsApp", "1502883741"),
    ("Pay to Zenith 2087719934, Emeka Obi, or cash on delivery", "2087719934"),
    ("Kiwibank 38-9017-0412345-00 for the deposit please", "38-9017-0412345-00"),
    ("PPS no. 8812345WA, which form does Revenue want it on?", "8812345WA"),
    ("my DL no. VIC 55102938 if you need to check I'm legit", "VIC 55102938"),
])
def test_bank_accounts_and_ids_by_their_abbreviation(core_checker, text, value):
    assert value in [m for _, m in private_spans(core_checker, text, skip=(MODEL_RULE,))]


@pytest.mark.parametrize("text", [
    "Capitec and FNB cards welcome at the till, no cash needed",
    "DL the free pattern from our site and tag us when you make it",
    "Proud sponsor of the UBA half marathon: water station at km 12",
])
def test_bank_names_and_abbreviations_alone_pass(core_checker, text):
    assert private_spans(core_checker, text, skip=(MODEL_RULE,)) == []
