"""Private details in the wordings the sixth round added (issue 2, recall on unseen posts): a child named with a
team, a school role, a belt or a graded exam; a child's name with an age in "N yrs" or "aged N"; the poster's child
"only 15"; unnamed children with their ages ("two girls aged 9 and 12"); a house number in words; a house found by
"round the side gate"; where the spare is hidden; conditions by their abbreviation (PND, PPD, GAD), the poster's own
therapy day, a chemo day; a registration after a car's make or model. Each flagged post names the rule and the span it
must report; each harmless look-alike must stay quiet. Posts go through the real ``core`` pack.
"""

import pytest

from conftest import MODEL_RULE, private_spans

# (post, rule that must fire, text of the span it must report)
FLAGGED = [
    # a child with a team, a school role, a junior team's feat, a belt, a graded exam
    ("Our Poppy made vice-captain of the under-12 netball team, so no Saturday stall till May", "core/child-name", "Poppy"),
    ("So proud of Arlo, goalkeeper for the Year 4 football team and a wall in the last match", "core/child-name", "Arlo"),
    ("Edie was named player of the tournament at the juniors' cup, she hasn't taken the medal off", "core/child-name", "Edie"),
    ("Florence has been chosen as house captain, cue a very smug breakfast", "core/child-name", "Florence"),
    ("Jasper swam the relay for the primary school gala and came second", "core/child-name", "Jasper"),
    ("Imogen did her orange belt grading on Sunday, the dojo was packed", "core/child-name", "Imogen"),
    ("Theodore smashed his grade 3 violin, all that squeaking paid off", "core/child-name", "Theodore"),
    ("Wren got her green belt at 6, the smallest one on the mat", "core/child-age", "6"),
    ("Leon was picked as keeper for the U10s and the shop hours are changing around training", "core/child-age", "U10s"),
    # a child's name with an age in years, "aged", "just"
    ("Ishaan 8 yrs and Diya 5 yrs modelling the lehengas for Navratri", "core/child-age", "8 yrs"),
    ("Taking orders today: Bodhi 11yrs, chief label sticker", "core/child-age", "11yrs"),
    ("Clara aged 9 designed the window display this month", "core/child-age", "9"),
    ("Mabel, just 6, chose every colour in this batch of crayons", "core/child-age", "6"),
    ("Lovely art by Otis (aged 7) on the new loyalty cards", "core/child-name", "Otis"),
    # the poster's own child with "only", "just", "already", unnamed children with their ages
    ("My daughter's only 16 and she shot every photo in the new catalogue", "core/child-age", "16"),
    ("Our son is barely 13 but he's already fixing the till printer", "core/child-age", "13"),
    ("Granddaughter's only 9 and she runs the raffle better than me", "core/child-age", "9"),
    ("Mum of two girls aged 6 and 10, hence the 3pm closing", "core/child-age", "6 and 10"),
    ("Single mum, three boys aged 4, 7 and 12, and a dog grooming van", "core/child-age", "4, 7 and 12"),
    ("Working dad with a daughter aged 8, so I reply to DMs after bedtime", "core/child-age", "8"),
    # a house number in words; a house found by its side gate
    ("Number thirty-four Fernhill Close, that's us, cakes on the bench by the porch", "core/home-address",
     "Number thirty-four Fernhill Close"),
    ("Collections from home at seventeen Quarry Lane, just ring the bell", "core/home-address", "seventeen Quarry Lane"),
    ("We've moved! Home is now twenty-one Pipit Crescent, porch pickups as usual", "core/home-address",
     "twenty-one Pipit Crescent"),
    ("Come round the side gate, it's the white cottage halfway along Mill Race Lane", "core/home-address", "Mill Race Lane"),
    # where the spare is
    ("If I'm out, the spare's under the stone hedgehog by the back step", "core/access-code", "under the stone hedgehog"),
    ("Back door key is tucked behind the loose brick under the kitchen window", "core/access-code", "behind the loose brick"),
    ("Key's on a hook inside the garage, let yourself in and leave the trays", "core/access-code", "on a hook"),
    ("The spare is in the watering can next to the water butt", "core/access-code", "in the watering can"),
    # health by its abbreviation, own therapy, a treatment's day
    ("PND crept up on me after baby number two and I'm only now talking about it", "core/health-details", "PND"),
    ("My GAD is through the roof this week, so the pop-up is cancelled", "core/health-details", "GAD"),
    ("Therapy day today, the studio opens after lunch", "core/health-details", "Therapy"),
    ("Post-therapy cup of tea and then back to the wheel", "core/health-details", "Post-therapy"),
    ("Chemo day for my husband, so the van stays home", "core/health-details", "Chemo"),
    ("Final chemo session today and then we celebrate with cake", "core/health-details", "chemo session"),
    ("Our daughter's ADHD assessment is on Friday, the shop is shut that morning", "core/health-details", "ADHD"),
    # a registration after a car's make or model
    ("Isuzu D-Max YT 552-190 parked by the gate is me, honk and I'll bring the eggs out", "core/licence-plate", "YT 552-190"),
    ("Look for the red Fiesta, GK19 PRV, in the car park, that's me", "core/licence-plate", "GK19 PRV"),
    ("Our Hyundai Tucson 2HW 7LK is outside the hall from 9", "core/licence-plate", "2HW 7LK"),
]


@pytest.mark.parametrize("text,rule,span", FLAGGED)
def test_round6_flagged(core_checker, text, rule, span):
    found = private_spans(core_checker, text, skip=(MODEL_RULE,))
    assert (rule, span) in found, found


# harmless look-alikes: a business's address block, team sizes, parcel references, staff and grown-ups in teams,
# classes and offers for an age, menu and bus numbers, place names that start with a number word, keys that are
# products or figures of speech, therapy and treatments as a service or a donation, cars for sale and their trims
PASSED = [
    "📍 Shop 4, Riverside Arcade ☎️ 02 5550 1188",
    "📍 Unit 12, 7 Ferry Road ☎️ 03 5550 4402 | Open Tue–Sun",
    "Opening hours from May:\n📍 Stall 8, Harbour Markets\n📞 0400 555 781\n⏰ 8am–1pm",
    "Trivia night Thursday: teams of up to 6, $5 a head, prizes for the top 3",
    "Your parcel's on its way, reference AUS123456789 on the Aramex site",
    "Meet Hannah, 22, our newest barista!",
    "Sensei Keith got his black belt at 45 and teaches our Tuesday class",
    "Our head chef Marco was named player of the match for the Sunday league side",
    "Dean captained the over-40s to the title, so drinks are on him",
    "Proud sponsors of the Lakeside under-11s, the new kits arrived today!",
    "Belt grading for all juniors this Saturday at the dojo, 9am start",
    "Kids aged 6 to 12 welcome at our Saturday clay class, $25 a session",
    "Two kids aged 5 and under go free with every paying adult",
    "Our cheddar is aged 18 months in the cellar",
    "Number seventeen on the menu is back: the lamb kofta wrap",
    "Three Oaks Lane Nursery has a plant sale on this weekend",
    "Seven Sisters Road shop is closed for refurbishment",
    "Our second shop opens at number one Station Square in June!",
    "Spare keys cut while you wait, $8 each",
    "Lockbox by the back door? Our weatherproof key safes are in stock, $49",
    "The key ingredient is under the crust: salted caramel",
    "Spare's in the boot if anyone gets a flat on the way to the market",
    "Retail therapy day! 20% off everything",
    "Book a therapy session with our counsellors, sliding scale fees",
    "Art therapy sessions for adults start in May, book online",
    "PND support group meets at our café every Wednesday, all welcome",
    "Chemo caps knitted by our Thursday group are off to the oncology ward",
    "PTSD Awareness Day: 10% of sales go to a veterans' support charity",
    "Ford Ranger XLT 2022 tow bars fitted while you wait",
    "Volvo XC90 T8 in our driveway for the open day photos",
    "Land Cruiser GXL 200 series parked out front for the show",
    "VW Golf GTI 2.0 TSI parts just arrived at the workshop",
]


@pytest.mark.parametrize("text", PASSED)
def test_round6_near_misses_pass(core_checker, text):
    assert private_spans(core_checker, text, skip=(MODEL_RULE,)) == []
