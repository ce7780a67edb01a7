"""Numbers and places: addresses, access codes, phones, emails, ids, bank and card numbers, plates, whereabouts.

Each case goes through the real ``core`` pack, so the rules' context words and exclusions count too; a few
check a recognizer directly for the entity type and span it reports.
"""

import pytest

from conftest import MODEL_RULE, private_spans, recognizer_spans
from postguard.analyzers import recognizers


def _private(checker, text):
    # these tests are about the recognizers and the rules built on them, not the topic model's backstop
    return private_spans(checker, text, skip=(MODEL_RULE,))


# (post, rule that must fire, text of the span it must report)
FLAGGED = [
    # a relative's home wins over an everyday word like "hall" that usually means a venue
    ("Grab the jars from my mum's place, 3 Plover Close, Didcot — they're on the hall shelf", "core/home-address", "3 Plover Close, Didcot"),
    # a home on a named street, no house number
    ("Pickups are from our flat off Lorimer Street, buzz and I'll come down", "core/home-address", "Lorimer Street"),
    ("it's the corner house on Wren Avenue (#14), the one with the wind chimes", "core/home-address", "Wren Avenue (#14)"),
    # Philippine block and lot, Indian house numbers
    ("Sa bahay po ang pickup: Blk 21 Lot 3 Phase 1, Greenfields Subd. Salamat!", "core/home-address", "Blk 21 Lot 3 Phase 1, Greenfields Subd."),
    ("Collect from home, House No. 7-1-90, near the temple, after 6", "core/home-address", "House No. 7-1-90"),
    ("New place 🏡 we're now at 88 Quarry Bend, come grab your preorders", "core/home-address", "88 Quarry Bend"),
    # somebody's home abroad, a military mailing address
    ("Grandma lives at 412 Rua da Alegria, Porto, and she wants a box every month", "core/home-address", "412 Rua da Alegria"),
    ("Stationed overseas now, so my address for the swap is PSC 1120, Box 88, APO AE 09012", "core/home-address",
     "PSC 1120, Box 88, APO AE 09012"),
    # codes: two-digit combos, words, "is" right after the place, star prefixes
    ("The bike lock combo is 14-32-07, bring it back by Sunday", "core/access-code", "14-32-07"),
    ("side door keypad is nine one one four, parcels inside the porch", "core/access-code", "nine one one four"),
    ("Lobby entry code star 4410, then the lift to floor 3", "core/access-code", "star 4410"),
    # phones: slashes, "double" and "hundred", a personal line
    ("my new cell, save it: 647/555/0193", "core/personal-phone", "647/555/0193"),
    ("txt me on oh four one two triple five eight one nine", "core/personal-phone", "oh four one two triple five eight one nine"),
    ("hmu on 206 555 0148 if you want in on the next batch", "core/personal-phone", "206 555 0148"),
    ("Pickups: 555-301-7720, that's my cell, text first", "core/personal-phone", "555-301-7720"),
    # emails in brackets and spelled dots, or just a free provider's name
    ("send the sketches to dana_mercer {at} outlook {dot} com", "core/personal-email", "dana_mercer {at} outlook {dot} com"),
    ("quotes to me please, bree.okafor at yahoo", "core/personal-email", "bree.okafor at yahoo"),
    # ids a sentence after their name, new kinds of ids
    ("The visa centre lost my passport details again. Number is P4418290 if you're reading this, Tita", "core/government-id", "P4418290"),
    ("Renewed my driving licence. KOWAL804127MJ9XZ — memorised it by now", "core/government-id", "KOWAL804127MJ9XZ"),
    ("pakicheck po, PhilHealth no. 12-345678901-2", "core/government-id", "12-345678901-2"),
    ("my NRIC is S8812345D, does the form need it?", "core/government-id", "S8812345D"),
    ("Pay into my savings 0123-4567-8912 (BPI), under my name", "core/government-id", "0123-4567-8912"),
    # cards a sentence later or half in words
    ("Whoever asked for the deposit card: here. 5500 0000 0000 0004. Valid thru 07/28", "core/card-number", "5500 0000 0000 0004"),
    ("my debit is four one one one, one one one one, one one one one, one one one one", "core/card-number",
     "four one one one, one one one one, one one one one, one one one one"),
    # an Indian registration on its own
    ("DL 3C AB 1234 wali gaadi hamari hai, gate ke saamne mat lagana", "core/licence-plate", "DL 3C AB 1234"),
    # whereabouts: a trip by name, subject-less departures, miles away, in hospital, other languages, emoji
    ("Off on our Scotland road trip Friday, back the 14th, be good while I'm gone", "core/away-from-home", None),
    ("Flying out tomorrow! Ten days in Lisbon and the dog's at my sister's", "core/away-from-home", None),
    ("We're 4,000 km away for the wedding, hope the parcels survive the porch", "core/away-from-home", None),
    ("Dad's in hospital again so I'm sleeping over at his, orders on hold", "core/away-from-home", None),
    ("ghar pe koi nahi hai Sunday tak, so no pickups, sorry!", "core/away-from-home", None),
    ("✈️🌴 until the 20th! orders ship when we're back", "core/away-from-home", None),
    ("We're on holiday!! Back soon, the online shop is paused", "core/away-from-home", None),
    ("Back on the 3rd! Currently somewhere in the Dolomites with the whole family", "core/away-from-home", None),
    ("Shop's paused, we're staying with my sister in Leeds until Thursday", "core/away-from-home", None),
    # the shop named in the same breath as the trip does not make it a work trip
    ("Just landed in Crete, the shop reopens on the 21st", "core/away-from-home", None),
    ("Spending the holidays with the in-laws in Galway, no dispatch 22nd–29th", "core/away-from-home", None),
    ("Whole crew's away for the long weekend so parcels wait till Tuesday", "core/away-from-home", None),
    # fourth round: a day of a trip, a hidden key, an id after a form's name
    ("Day 4 of our Disney trip and I just fulfilled 6 orders from a hotel lobby 😂", "core/away-from-home", "Day 4 of our Disney trip"),
    ("Keys are in the blue plant pot by the back door if you're collecting while I'm at work", "core/access-code",
     "in the blue plant pot"),
    ("They asked for my passport number on the festival booking form. Here it is so I stop losing it: X28819402",
     "core/government-id", "X28819402"),
]


@pytest.mark.parametrize("text,rule,span", FLAGGED)
def test_private_detail_is_found(core_checker, text, rule, span):
    found = _private(core_checker, text)
    assert any(r == rule and (span is None or s == span) for r, s in found), found


# harmless posts that look like the above
PASSED = [
    "Our new home for the studio: 18 Tanner Row, York. Doors open Saturday!",
    "Now showing: 4 bed 2 bath at 12 Acacia Way, open house Sunday 1-3. — Coastline Realty",
    "Happy hour from 4 till close, every weekday",
    "Find our home on Etsy, link in bio",
    "The burger truck is parked on 9th and Elm today, look for the red one with the flames",
    "This building dates back to 1902, ask us about the old tin ceiling",
    "Call the florist on 555-0164 to book your wedding consult",
    "Reach our Davao branch at (082) 555 0199 for bulk orders",
    "Our 24/7 support line: 1300 555 010",
    "Email us: orders (at) pinewoodcandles (dot) com",
    "shop us at etsy.com/shop/pinewood",
    "Licensed plumber, state licence #PL-220194, fully insured",
    "Photo ID required for alcohol purchases at the bar",
    "Gift card balance can be checked with the number on the back",
    "Model MH 2024 mixers back in stock",
    "Heading out of town this weekend? Grab coffee for the road, we open at 6",
    "Our team is at the Perth trade expo till Sunday, orders ship as usual",
    "Got back from a buying trip to Jaipur last week, new block prints land Friday",
    "We're at the studio till 5 today, come by for a coffee",
    "Celebrating 10 years with the family business this week!",
    "Proud to bake for the hospital bake sale on Friday",
    "Travel mugs 2 for $30 until Sunday ✈️",
    "We're on holiday hours this week: 10 till 2",
    "Guests staying at the Harbour Hotel get 10% off this week",
    "Off-grid solar lanterns on sale till Sunday",
    "Our flight attendant customers get 15% off this week",
    "Send your photos to us at gmail and we'll print them",
    # a street address in a post that speaks to customers and says nothing personal or home-like
    "Meet the makers at 101 Factory Lane this weekend, tours every hour",
    "Thanks to everyone who came to the launch at 77 King St last night",
    "Collect your Christmas turkey from 48 Butcher Row between 8 and 4",
    "Flat 15% off everything in store today",
    # numbers that are not phones or ids, whatever word stands before them
    "Returns need your order number 40017788 and a photo",
    "We accept Medicare and most insurance plans, call 555 201 3300 to book",
    "Member 100234 won the monthly draw, check your inbox!",
    # fourth round: a venue's address, counts of views, a VAT number, a shop's phone by another name, test cards
    "Pop-up alert 🚨 This Friday 5–9pm we're at Lucky Dumpling Brewing, 77 Foundry Lane, Richmond",
    "PSY GOT LOTS OF MONEY FROM YOUTUBE THAT HE GOT FROM 2 BILLION VIEWS",
    "HIYA COMIN 2 BRISTOL 1 ST WEEK IN APRIL",
    "how can there be 2.124.821.694 views, when im the only person alive",
    "Company no. 08812345, VAT reg GB 123 4567 89, for the trade buyers who asked",
    "Shubh Deepavali! 🪔 Gift boxes are available until Sunday. Order by phone: 555-0199.",
    "New number for the salon: 0161 496 0000, the old one is gone",
    "Test card numbers won't go through at checkout, sorry to whoever tried 4242 4242 4242 4242 😂",
    "I went to ur hon lab but no one is there.",
]


@pytest.mark.parametrize("text", PASSED)
def test_near_miss_is_not_private(core_checker, text):
    assert _private(core_checker, text) == []


def test_phone_stops_where_the_digits_go_on():
    """A run of digits longer than a phone number (a card, a long id) is not a phone number."""
    rec = recognizers.phone_recognizer()
    assert recognizer_spans(rec, "call me 4024 0071 5336 2091") == []
    assert recognizer_spans(rec, "call me 415 555 0199") == [("PHONE_NUMBER", "415 555 0199")]


def test_id_after_other_numbers_is_not_an_id():
    """A phone, order or price between an id's name and a number makes the number something else."""
    rec = recognizers.id_number_recognizer()
    assert recognizer_spans(rec, "Passport photos while you wait! Call 555 201 3300") == []
    assert recognizer_spans(rec, "Lost my passport. The number was 548213097, reported it") == [("ID_NUMBER", "548213097")]


def test_business_licence_is_not_personal():
    dl = recognizers.driver_licence_recognizer()
    ids = recognizers.id_number_recognizer()
    text = "Insured contractor, license #1045522"
    assert recognizer_spans(dl, text) == [] and recognizer_spans(ids, text) == []
    assert recognizer_spans(ids, "my license number 1045522 got suspended lol") == [("ID_NUMBER", "1045522")]


def test_street_address_needs_a_person_in_a_post_to_customers():
    """The same address is a home with a porch or a pickup, and a venue when the post only speaks to its audience."""
    rec = recognizers.address_recognizer()
    assert recognizer_spans(rec, "Meet the makers at 101 Factory Lane this weekend") == []
    assert ("STREET_ADDRESS", "101 Factory Lane") in recognizer_spans(rec, "Porch pickup from 101 Factory Lane this weekend")
    # a sentence that speaks to nobody keeps the address (directions, forms)
    assert ("STREET_ADDRESS", "101 Factory Lane") in recognizer_spans(rec, "The parcel went to 101 Factory Lane")


def test_code_year_is_a_date():
    rec = recognizers.access_code_recognizer()
    assert recognizer_spans(rec, "The gate was built in 1911 by the blacksmith") == []
    assert recognizer_spans(rec, "The gate is 1911 tonight, come round the back") == [("ACCESS_CODE", "1911")]


def test_spelled_email_needs_an_address_not_a_sentence():
    rec = recognizers.obfuscated_email_recognizer()
    assert recognizer_spans(rec, "find us at etsy dot com") == []
    assert recognizer_spans(rec, "jo.marsh at gmail dot com") == [("EMAIL_ADDRESS", "jo.marsh at gmail dot com")]
