"""Private details in the styles the eighth round added (issue 2, recall on unseen posts): long group posts with
one private clause, regional and non-native English (Nigerian, Indian, Filipino, South African, Kenyan, Irish,
Scottish), text-speak and emoji for words (🏥 for hospital, ✈️ for flying, 🏠 for the home); a child's name glued into
a hashtag ("#ameliasfirstday", "#jacobturns4", "#happy10thbirthdayava"); "Age: 6" in a list of details; a pet told
apart from a child ("Jack (the human) is 8 today"); "wee Ruaridh", "anak ko si Althea", "mtoto wangu Baraka"; a
school event for a name; the other grown-up of the house on a shift or away for work and the poster alone with the
kids; relatives in hospital ("admitted in St Luke's"), their procedures (a pacemaker, a c-section) and their phone
numbers in a contact list; a farm-cottage address. Each flagged post names the rule and the span it must report;
each harmless look-alike (the business's own details in the same styles) must stay quiet. Posts go through the
real ``core`` pack.
"""

import pytest

from conftest import MODEL_RULE, private_spans

# (post, rule that must fire, text of the span it must report)
FLAGGED = [
    # a child's name in a hashtag, glued to the day
    ("New shoes for the big day 👟 #ameliasfirstday #proudmummy", "core/child-name", "#ameliasfirstday"),
    ("Cake for this one tomorrow 🎂 #jacobturns4 #dinosaurparty", "core/child-name", "#jacobturns4"),
    ("#happy10thbirthdayava from all of us and the shop 💕", "core/child-name", "#happy10thbirthdayava"),
    ("Big night 🏆 #harryslastday #leaversassembly", "core/child-name", "#harryslastday"),
    # a child's age in a list of details
    ("Party details: Who: Amara. Age: 6! Cake: by me obviously", "core/child-age", "6"),
    ("Kid info for the camp form lol: Who: Reuben. Age: 11. Drop-off at 9.", "core/child-age", "11"),
    # a pet told apart from a child; other Englishes; a school event or prize for a name
    ("Two kids, one dog: Bella (the dog) is 5 and Jack (the human) is 8 today 🎂", "core/child-name", "Jack"),
    ("not the cat this time, it's our Evie who's 6 today 🎂", "core/child-name", "Evie"),
    ("Our Leo (the one with two legs, not the cat 😂) turns 5 today, shop shut", "core/child-name", "Leo"),
    ("wee Ruaridh is 4 the morra 🎂 so the stall's shut, back Thursday", "core/child-name", "Ruaridh"),
    ("anak ko si Althea starts grade 1 sa Monday kaya walang live po", "core/child-name", "Althea"),
    ("mtoto wangu Baraka anaanza form one next week so shop closed Mon-Tue", "core/child-name", "Baraka"),
    ("nativity tonight for our Lily, so the shop shuts at 5", "core/child-name", "Lily"),
    ("yr 2 sports day for Alfie today, shop closed till 2", "core/child-name", "Alfie"),
    ("Our Tobi came first in the maths olympiad, so proud", "core/child-name", "Tobi"),
    ("Say hi to my new assistant. She's my niece and she's only 14, so be nice.", "core/child-age", "14"),
    ("Dropping my two off at St Anne's at 8:45 then I'll open the stall", "core/child-school", "St Anne's"),
    # the other grown-up on a shift or away for work; the poster alone with the kids
    ("My other half works nights at the prison, so daytime deliveries only", "core/away-from-home", "My other half works nights"),
    ("Hubby's on the early shift at the Tesco depot so pickups are any time after 2", "core/away-from-home",
     "Hubby's on the early shift"),
    ("me n the kids r on our own this wk hubby's offshore til the 20th so no late collections", "core/away-from-home",
     "hubby's offshore"),
    ("The OH is on a 3-week hitch in the Pilbara so the boys and I hold the fort", "core/away-from-home", "The OH is on a 3-week hitch"),
    ("Shop hours are school hours this week, it's just me and the kids till Friday", "core/away-from-home", "it's just me and the kids"),
    ("My husband works away in Turkana most months so please come before 6pm", "core/away-from-home", "My husband works away"),
    # emoji for words: the plane, the hospital, the empty home
    ("hubby n me ✈️ Dubai 4-11 March, no collections", "core/away-from-home", "me ✈️ Dubai 4-11"),
    ("my gran 🏥 since Friday, visiting every day, online orders only", "core/away-from-home", "my gran 🏥"),
    ("fam ✈️ Lagos from 20th Dec, back 5th Jan 🏠 empty, orders paused", "core/away-from-home", "🏠 empty"),
    # relatives' health: a stay, a procedure; the poster's own condition and treatment day
    ("my mother-in-law is admitted in St Luke's, so deliveries are slow po", "core/health-details", "admitted"),
    ("sorry wateja, my wife is admitted at Aga Khan after CS", "core/health-details", "admitted"),
    ("Dad's pacemaker op went fine, back to normal next week", "core/health-details", "pacemaker op"),
    ("Sister's c-section is booked for Friday at the Rotunda so I'll be minding her two", "core/health-details", "c-section"),
    ("Diagnosed with endo in my twenties and finally had the op", "core/health-details", "endo"),
    ("Another round of tests today #chemoday3 #bakingthroughit", "core/health-details", "chemoday3"),
    # a relative's number in a contact list or said after it; a farm-cottage address
    ("Contact: Mum 555-0172 (home), me 555-0139 (work)", "core/personal-phone", "555-0172"),
    ("My mum's helping with orders. If you need her it's 555 0127 for her mobile.", "core/personal-phone", "555 0127"),
    ("Honesty box is at the end of our lane, 2 Rowan Farm Cottages, Drumlithie, don't be shy", "core/home-address",
     "2 Rowan Farm Cottages, Drumlithie"),
]


@pytest.mark.parametrize("text,rule,span", FLAGGED)
def test_round8_flagged(core_checker, text, rule, span):
    found = private_spans(core_checker, text, skip=(MODEL_RULE,))
    assert (rule, span) in found, found


# harmless look-alikes: the business's own details in the same styles
PASSED = [
    "#bakeryturns4 🎂 cake for everyone who pops in today",
    "#firstdayofschool bundles are in 👟 #backtoschool #schoolshoes",
    "#happybirthdaytous 🎉 five years of the shop",
    "Product info: Name: Little Explorer Kit. Age: 6+. Price: £18.",
    "Class details: Who: beginners. Ages: 8-12. Where: the church hall.",
    "Bella the shop dog is 7 today 🎂 and Ruby the cat is 3 🐈",
    "Wee cakes for the wee ones, 6 for £5 the day only",
    "Nativity costumes for hire, all sizes, book now",
    "Maths olympiad prep classes for ages 9-12 start Monday at our centre",
    "Say hi to our new apprentice. She's 17 and already the best at gift wrapping.",
    "That's our oldest oven on the left. He's 17 and still bakes the best loaves.",
    "sizes for bunso and ate available, 2 to 12 years old po",
    "back to school: Alliance High School and Kenya High uniforms in stock at our Nairobi shop",
    "Drop-off service at St Anne's school gate for uniform orders, Fridays 8:45",
    "Our driver works nights, so late deliveries run till 11",
    "Night shift nurses, our drive-thru opens at 6am just for you",
    "Partner with us! Our wholesale team works nights so overseas orders get answered",
    "FIFO workers: our frozen meals last the whole 3-week swing",
    "✈️ international shipping to Singapore is live, 5 to 7 days",
    "🏥 Get well soon hampers, delivered to any hospital in Dublin",
    "🏠 sweet 🏠 our new homeware range has landed",
    "Admitted free: under 5s and carers",
    "Our c-section recovery briefs are back in stock, sizes S to XL",
    "Pacemaker-friendly gadgets? Ask our staff, we keep a list",
    "Endo-friendly snacks, gluten free and dairy free, new range",
    "5th std and 6th std CBSE guides available at our Kharghar shop",
    "Shop number for Saturday pickups: 555 0100",
    "Flat 302 in our new building is the show flat, viewings Sat 10-4",
]


@pytest.mark.parametrize("text", PASSED)
def test_round8_near_misses_pass(core_checker, text):
    assert private_spans(core_checker, text, skip=(MODEL_RULE,)) == []
