"""Children, minors' ages, schools, dates of birth and health news: wordings the people-and-health recognizers
learned in the 2026-11 round, each with the span and rule it must report, and the harmless look-alikes that
must stay quiet. Posts go through the real ``core`` pack (``core_checker``), so rule settings count too.
"""

import pytest

from conftest import MODEL_RULE, private_spans, recognizer_spans
from postguard.analyzers import recognizers


# (post, rule that must fire, text of the span it must report)
FLAGGED = [
    # ages of minors in more phrasings
    ("Nap time for the 18 month old = packing time for mama. Orders out at 4!", "core/child-age", "18 month old"),
    ("the toddler (22 months) has decided packing peanuts are a food group", "core/child-age", "22 months"),
    ("Today's shop helper: my nephew, age 10, who charged three cookies", "core/child-age", "age 10"),
    ("Can't believe my baby is going to be 13 next week. Teenager in the house!", "core/child-age", "13"),
    ("Our daughter, now 13, designed the new tote bags!!", "core/child-age", "13"),
    ("Turning double digits this weekend 🎉 my boy is growing way too fast", "core/child-age", "double digits"),
    ("Kiddo #1 is 9 and thinks she runs the shop", "core/child-age", "9"),
    ("The twins (Noor and Zara, both nine) made these bracelets for the fair", "core/child-age", "nine"),
    ("Little Ava-Grace is eighteen months now and will NOT let me finish a live", "core/child-age", "eighteen months"),
    ("She'll be 16 in a week and wants a car, lol no", "core/child-age", "16"),
    ("Miss 6 lost her first tooth today and demanded a cupcake", "core/child-age", "6"),
    ("He's just turned a year old and into EVERYTHING", "core/child-age", "a year old"),
    ("Celebrating our son's 5th birthday today, shop opens at noon", "core/child-age", "5th"),
    # a first name and an age, a team or a child's event
    ("Sienna, 8, at her very first ballet recital last night", "core/child-age", "8"),
    ("Our Alfie's been picked for Hartley Town under-12s ⚽ so we're shut Saturday mornings", "core/child-age", "under-12s"),
    ("Sophia scored her first goal for the Wildcats U10s today ⚽", "core/child-age", "U10s"),
    ("Harper's swimming carnival is Thursday and I'm not missing it", "core/child-name", "Harper"),
    ("Happy 9th birthday to my bestie & unofficial shop assistant Lila!! 🎂", "core/child-name", "Lila"),
    ("Daughter #2, Clementine, just turned 12 and says my captions are cringe", "core/child-name", "Clementine"),
    ("Harvey's nursery is closed today so he's my assistant manager", "core/child-name", "Harvey"),
    # schools, grades, exams
    ("Proud mommy moment! Migo (Grade 3, St. Scholastica's) got first honors", "core/child-school", "St. Scholastica's"),
    ("Big day: Mila's first day at Sunnyside Preschool 🎒", "core/child-school", "Sunnyside Preschool"),
    ("Our son is in P3 at Westfield and loves maths", "core/child-school", "P3"),
    ("Eli just finished kindy and my son is so proud of himself", "core/child-school", "kindy"),
    ("Our eldest sits her A-levels next month so I'm cutting back on markets", "core/child-school", "A-levels"),
    # dates of birth
    ("Our boy arrived 14 February 2021, 7lb 2oz, and the bakery has been chaos since", "core/date-of-birth", "14 February 2021"),
    ("Grandpa (b. 17.11.1938) still hand-carves every cheese board we sell.", "core/date-of-birth", "17.11.1938"),
    ("me: born 08·03·1982. also me: still can't use the card reader", "core/date-of-birth", "08·03·1982"),
    ("she was born Christmas Eve 2020 and has been obsessed with flour ever since", "core/date-of-birth", "Christmas Eve 2020"),
    ("Kid #2 arrived on 2/11/2023 at 6am", "core/date-of-birth", "2/11/2023"),
    # health news with the condition unnamed, pregnancy and its loss, injuries, procedures
    ("Some health news: the tests came back and we start treatment next month.", "core/health-details", "tests came back"),
    ("Had a bit of a health scare this week, all fine now", "core/health-details", "health scare"),
    ("We lost our baby at 11 weeks. The bakery will be closed through Wednesday.", "core/health-details", "lost our baby"),
    ("Eating for two these days so the test kitchen is busier than ever 🤰", "core/health-details", "Eating for two"),
    ("I'm 34 weeks and my feet have disappeared", "core/health-details", "34 weeks"),
    ("Our daughter is on the spectrum and loves sorting the beads", "core/health-details", "on the spectrum"),
    ("Broke my wrist hanging the shop sign 🙃 one-handed packing this week", "core/health-details", "Broke my wrist"),
    ("My son is having his adenoids out on Tuesday", "core/health-details", "adenoids out"),
    ("Started on Humira last month and I can finally use my hands again", "core/health-details", "Humira"),
    ("Kiddo has strep AGAIN so the studio is closed today", "core/health-details", "strep"),
    ("Mum's been admitted again, her kidneys aren't great", "core/health-details", "been admitted"),
    ("Off to a hospital appointment with Mum, back at 2", "core/health-details", "hospital appointment"),
    ("We're having a baby!! Due in August 🍼", "core/health-details", "having a baby"),
    ("We've been trying to conceive for 3 years and it's been so hard", "core/health-details", "trying to conceive"),
    ("I'm immunocompromised so curbside pickup only please", "core/health-details", "immunocompromised"),
    ("His speech therapy is Tuesdays so we open late", "core/health-details", "speech therapy"),
    # the grade in the word for the child; brothers, sisters, godchildren
    ("So proud of my 3rd grader, she sold 30 cookies at the bake sale", "core/child-school", "3rd grader"),
    ("Our foster daughter started high school this week 💕", "core/child-school", "high school"),
    ("Lil bro turned 14 today and wants to be our TikTok guy", "core/child-age", "14"),
    ("My godson Jude turns 7 on Friday!", "core/child-name", "Jude"),
    ("Bday girl turns 4 tmrw!! shop closed for cake reasons", "core/child-age", "4"),
    ("Throwback to when my now-9-year-old 'helped' me make soap", "core/child-age", "9-year-old"),
    ("My little guy starts Montessori on Monday and I'm not ok", "core/child-school", "Montessori"),
    ("My 1st born is graduating high school this year, how am I old enough", "core/child-school", "high school"),
    ("Hubby's op is on Tuesday, so the shop opens late", "core/health-details", "op"),
    ("Hubby's op went well, thank you for all the messages", "core/health-details", "op went well"),
    ("Surgery went well, thank you all for the kind words", "core/health-details", "Surgery went well"),
    ("The lump was benign, huge sigh of relief", "core/health-details", "lump was benign"),
    ("Got some tough news from the doctor this week, so I'm taking a step back", "core/health-details", "news from the doctor"),
    ("Scan day today for my mum 🤞 please send good vibes", "core/health-details", "Scan day"),
    ("Two kids under 5 and a bakery, send help", "core/child-age", "5"),
    ("Sweet sixteen for our girl today, and she's chosen sprinkles for everything", "core/child-age", "Sweet sixteen"),
    ("My daughter's EpiPens expired so we're off to the pharmacy, back at 2", "core/health-details", "EpiPens"),
    ("No live sale tonight, the baby has a temperature of 39 and we're at the out of hours doctor", "core/health-details", "has a temperature"),
    ("The electrician in the family is 16 now! Our son starts his apprenticeship with us next month", "core/child-age", "16"),
    ("Finally got my daughter's dyslexia assessment back and now we know how to help her", "core/health-details", "dyslexia"),
    ("Granddaughter #3 arrived today!! 7lb 4oz of perfection", "core/health-details", "7lb 4oz"),
    ("Update: the mole they removed was melanoma, stage 1, caught early.", "core/health-details", "melanoma"),
    ("Hannah's in Reception at Meadowbank and her teacher says she's very chatty", "core/child-name", "Hannah"),
    ("Back to normal hours now my knee has healed from the ACL reconstruction 🙌", "core/health-details", "healed from"),
    ("Off for a week, I'm having ACL reconstruction on Monday", "core/health-details", "ACL reconstruction"),
    ("The twins start reception in September and I'll have my mornings back", "core/child-school", "reception"),
    ("Oldest is 15, youngest is 11 and they both hate my TikToks", "core/child-age", "11"),
    ("She's a year and a half and already 'helps' with inventory", "core/child-age", "a year and a half"),
    ("DOB 12 Mar 88 and still can't work the card machine", "core/date-of-birth", "12 Mar 88"),
    ("She was born May 3rd '22 and has been the boss ever since", "core/date-of-birth", "May 3rd '22"),
    ("sorry for the radio silence, been battling anxiety and depression for a few months", "core/health-details", "anxiety"),
    ("little update 💛 hubbys been dianosed with diabetes so we're learning about carbs", "core/health-details", "diabetes"),
    ("Packed my hospital bag today, 37 weeks and counting!", "core/health-details", "hospital bag"),
    ("Bday girl! 09.09.1999 🎉 treating myself to the shop's last cinnamon roll", "core/date-of-birth", "09.09.1999"),
    # Spanish, Tagalog and romanised Hindi
    ("Beta abhi sirf 8 saal ka hai aur already packing mein help karta hai 😄", "core/child-age", "8 saal"),
    ("Mi hijo de 5 años ya quiere vender galletas 😂", "core/child-age", "5 años"),
    ("Mi hija cumple 7 mañana, la tienda abre tarde", "core/child-age", "7"),
    ("Si bunso ay 3 taon na bukas!", "core/child-age", "3 taon"),
    ("Mi hija está en tercer grado en la escuela Benito Juárez", "core/child-school", "tercer grado"),
    ("A mi mamá le diagnosticaron cáncer, cerramos esta semana", "core/health-details", "cáncer"),
    ("Estoy embarazada de 20 semanas 🤰", "core/health-details", "embarazada"),
    # fourth round: ages in idioms and without a number, babies by months, lads and little helpers
    ("Raising a teen (15 going on 30) and a toddler while launching a jewelry line", "core/child-age", "15 going on 30"),
    ("big girl is officially a tween as of yesterday 🎀", "core/child-age", "tween"),
    ("He's only 8 months but already chews every sample I bring home 🤣", "core/child-age", "8 months"),
    ("Our lad's 12 and already asking for commission on the cupcakes", "core/child-age", "12"),
    ("My little helper is 7 and packs every sticker order", "core/child-age", "7"),
    ("modeled by Ava, who informed me she is 'nine and three quarters'", "core/child-age", "nine"),
    ("Brody pitched 4 innings for the Cedar Falls Cubs 12U today 🔥", "core/child-age", "12U"),
    # a first name with a lesson, a lost tooth, a first day, bare ages in brackets, posts all in lower case
    ("Noah's football training got moved to Thursdays so we close early", "core/child-name", "Noah"),
    ("Amelia has her ballet exam on Saturday and I've sewn sequins till midnight", "core/child-name", "Amelia"),
    ("Theo lost his front tooth in a caramel apple at the booth today 😂", "core/child-name", "Theo"),
    ("First day of kinder for Lottie today, photos on my stories 🎒", "core/child-name", "Lottie"),
    ("The kids (Isla 6, Finn 3) have been 'helping' me label jars", "core/child-name", "Isla"),
    ("isabella's first recital at Miss Dana's dance studio tonight!!!", "core/child-name", "isabella"),
    # schools said through the kids, a pickup, a leaving, an exam sat
    ("The kids' school (Hillcrest Primary) has an INSET day Friday", "core/child-school", "Hillcrest Primary"),
    ("Picking Leo up from Little Acorns Nursery at 3", "core/child-school", "Little Acorns Nursery"),
    ("Ruby finishes at Oakfield Primary next month and I'm a wreck", "core/child-school", "Oakfield Primary"),
    ("He sits his 11+ next week so we're doing practice papers at the counter", "core/child-school", "11+"),
    # health with no "I": a hospital stay or a clinic visit opening the sentence, treatments by name
    ("In hospital for a few days (nothing serious, promise) so no deliveries", "core/health-details", "In hospital"),
    ("Fertility clinic again this morning, so the stall opens at 11", "core/health-details", "Fertility"),
    ("Halfway through my radiotherapy and the orders keep coming", "core/health-details", "radiotherapy"),
    ("Seven months postpartum and finally back at the bench 💍", "core/health-details", "postpartum"),
    ("My son's IEP meeting is tomorrow so I'm closing early", "core/health-details", "IEP meeting"),
    ("My dad's cancer is terminal and we're spending every day with him", "core/health-details", "terminal"),
]


@pytest.mark.parametrize("text,rule,span", FLAGGED)
def test_people_and_health_flagged(core_checker, text, rule, span):
    found = private_spans(core_checker, text)
    assert (rule, span) in found, found


# harmless look-alikes: products for an age, a business's birthday, staff, sponsors, figures of speech,
# awareness events, a lab's test results
PASSED = [
    "Our under-12s football camp starts Monday, sign up at the desk",
    "Proud sponsor of the Riverside U10 soccer team ⚽",
    "Year 5 of business and still loving it!",
    "Year 7 maths workbooks back in stock!",
    "Happy 5th birthday to our little shop! 🎂",
    "Party time! 🎈 Our 3rd birthday bash is Saturday, bring the kids, there's a bouncy castle.",
    "We were born on the 4th of July 2015 and we're celebrating with a sale!",
    "Perfect for ages 6 and up: our new wooden marble run is back in stock",
    "She's 16 and already the best barista we've hired",
    "Aged 12 years in oak barrels, our new cheddar is here",
    "Emma's class at the studio is full, next one opens in March",
    "Campaign season for our Girl Scout cookie booth is here 🍪",
    "I'm obsessed with this new scent, it's a serious addiction at this point 😂",
    "Our team is expecting big things this quarter",
    "Great news: the test results are in and our new formula passed the lab safety tests!",
    "Serena Williams spoke about founder burnout at Web Summit",
    "Our new c-section recovery wrap is in stock, designed with a midwife",
    "The stroke of midnight means our sale is over!",
    "Mental health first aid training for our whole staff this Friday, so we close at 3",
    "Free flu shots at our pharmacy counter this week, no appointment needed.",
    "Season's greetings from the team at Northside Physio. Closed Dec 24 - Jan 2.",
    "Recovering from the Christmas rush with a big cup of tea",
    "Customer love: 'Bought this for my mum after her surgery and she says it's the softest robe ever' ❤️",
    "Our kidney bean chilli is back on the menu",
    "Due date for entries is March 3!",
    "NICU nurses get free coffee all month ❤️",
    "We're raising money for the Leukemia & Lymphoma Society this month 🧡",
    "My son was admitted to the bar last week, so proud of our lawyer!",
    "We're 20 months into this business and still learning",
    "Broke my back carrying these boxes lol, worth it for the new stock",
    "Our new puppy Bella, she's 9 weeks old and already chewing the inventory",
    "Meet our new shop kitten! She's 10 weeks and full of beans",
    "She arrived 3/4/2025 at the rescue and now she's our shop cat",
    "Sophie, 16, our Saturday girl, made these cupcakes",
    "The U12 girls from the local club came in for ice cream after their win ⚽",
    "Come to Olivia's piano recital at our studio this Sunday",
    "Everyone's having a baby this year, so our baby shower kits are flying off the shelves",
    "Retail therapy is on us this weekend: 20% off everything",
    "Speech therapy flashcards, perfect for therapists and parents",
    "Our Year 11 work-experience student redesigned the window display this week",
    "Calling all 3rd graders: free cookie with your report card!",
    "Our little brother brand, Crumbs Jr, opens next week",
    "Our Montessori toys are back! Perfect for starting preschool",
    "Mum's treatment: a spa day voucher for Mother's Day 💆",
    "Scored big at my op shop haul today, vintage linens restocked",
    "Dad's scans of old family photos inspired our new print collection",
    "The nursery is fully stocked with spring plants 🌱 starting today",
    "My son turned 30 and we threw him a party at the shop",
    "Our bday sale is May 3rd '25, mark your calendars",
    "Happy 6th birthday to our bakery! Born May 3rd and still rising 🍞",
    "Together we can beat breast cancer 🎀 pink cupcakes all October",
    "Managing diabetes? Ask about our sugar-free range",
    "Our serum is fighting acne one pore at a time",
    "Dyslexia-friendly fonts on all our menus now",
    "Health update on our shop hens: all laying again 🐔",
    "Big health news for coffee lovers: our decaf is now Swiss Water processed",
    "Start treatment for dry hands today with our shea balm",
    "We're in therapy... retail therapy 😂 sale starts now",
    "Miss 6 pack of cupcakes? Order before noon",
    "Born on Christmas Day 2015: our flagship store turns 10 🎄",
    "Ok Oprah, we see you with the sourdough starter 👀 ours is named Gary and he's 4 years old",
    "Our 5 saal purani dukaan is celebrating with a sale!",
    "La tienda cumple 5 años, ¡gracias a todos!",
    "I've been admitted to the juried craft fair!! Booth 12, come say hi",
    "Kidney-shaped pools and cocktails: our summer party is on",
    "We're having a baby shower sale: 20% off all baby gifts",
    "The soil test results came back clear, organic certification here we come",
    "Our new website launch went well, thanks for the feedback",
    "Exam results came back and our Saturday girl got straight As!",
    "Doctor's orders: more chocolate 🍫 (not actual medical advice)",
    "2 kids under 5 eat free with each adult meal",
    "Sweet sixteen party packages now available!",
    "Mental health matters: our staff get a wellbeing day every quarter",
    "Our EpiPen cases are back in stock in 4 colours",
    "Anxiety-free gifting: we gift wrap and post for you",
    "Slipped disc? Our physio partners at Westside have Saturday appointments",
    "Ask our pharmacist about baby fever medicine dosing charts",
    "Our little bakery turns 2 next week, kids eat free all week",
    "Dyslexia assessments for adults, now offered at our centre (we're a learning clinic)",
    "IVF support evening hosted by the fertility clinic next door, tickets at the link",
    "This 7lb 4oz baby pumpkin is our biggest yet",
    "The leading cause of kidney failure is diabetes, so get checked",
    "Healing from the holidays with a big pot of soup",
    "Graves' Farm pumpkins have arrived at the shop 🎃",
    # fourth round: groups, customers, staff, pets, services and notices that look like a disclosure
    "Sugar-free options for our diabetic customers: the almond loaf and the berry tart 🍓",
    "Allergy note: our new almond bars are made in a facility that also handles peanuts",
    "FYI our card terminal now adds the new state surcharge on credit purchases",
    "Proud to donate 200 care packs to the Royal Infirmary this week",
    "Omg if its not one thing its another. My cat has worms :/",
    "No I don't have cancer. Moms making a big deal out of a regular checkup",
    "Stage 3 of our renovation is done: new counter, new lights, same coffee",
    "Our surgery-grade stainless steel earrings are safe for sensitive ears",
    "Pregnancy massage now available with our certified therapist, Tuesdays only",
    "Our pregnant-lady-approved decaf is the best in town, just ask our regulars",
    "Pregnancy announcement cookies are our most requested order this spring",
    "Sending love to everyone spending the holidays in hospital this year; our care packs go out on the 20th",
    "Scan the QR code at the till to join our loyalty club",
    "Rego checks for food trucks are due in March, don't forget!",
    "Our teen volunteers from Oakwood High did an amazing job at the food drive",
    "Thank you to Mr. Ortiz's 2nd grade class for the drawings after your bakery tour!",
    '"My 7 year old loves these!" — thanks for the review, Kate',
    "Congrats to our apprentice Jade, 17, on passing her level 2 hairdressing!",
    "Our 16-year-old apprentice Liam just won regional young baker of the year",
    "Happy birthday to our Saturday girl Megan, 18 today! 🎂",
    "A thank you to our customer Tomás, who sent a photo of his 15-year-old Northwind jacket",
    "Shoutout to Coach Dave and the Falcons U12s, we loved feeding you after the final!",
    "Shop is 5 going on 6 years in business!",
    "Our teen entrepreneur program starts Monday: ages 13-17 welcome",
    "She's 3 months into her apprenticeship with us and already running the oven",
    "Noah from our warehouse team ran the London marathon in 3:45!",
    "Oakfield Primary's summer fair is on Saturday — we're running the cake stall!",
    "Practice papers and revision guides for the 11+ are back in stock",
]


# the topic model's backstop rule is trained separately (training/), so these look-alikes are checked against
# the recognizer rules only
@pytest.mark.parametrize("text", PASSED)
def test_people_and_health_near_misses_pass(core_checker, text):
    assert private_spans(core_checker, text, skip=(MODEL_RULE,)) == []


def test_star_sign_is_not_a_diagnosis(core_checker):
    found = private_spans(core_checker, "I was born 7 July 1986, so yes, I'm a Cancer ♋ and a candle maker")
    assert ("core/date-of-birth", "7 July 1986") in found
    assert not any(rule == "core/health-details" for rule, _ in found), found


def test_given_names_supplement():
    # names common among children outside the 1990 US census lists
    for name in ("Harvey", "Conor", "Kabir", "Aroha", "Lachlan"):
        assert recognizers.is_given_name(name), name
    assert not recognizers.is_given_name("harvey")  # only capitalised, as names are written


def test_recognizers_report_entity_types():
    text = "Sienna, 8, at her very first recital. Grandpa (b. 17.11.1938) came too."
    assert recognizer_spans(recognizers.minor_age_recognizer(), text) == [("MINOR_AGE", "8")]
    assert recognizer_spans(recognizers.date_of_birth_recognizer(), text) == [("DATE_OF_BIRTH", "17.11.1938")]
