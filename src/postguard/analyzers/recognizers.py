"""postguard's own Presidio recognizers for the way private details appear in social posts.

Presidio ships none for street addresses, gate codes, children, ages, schools, health disclosures,
whereabouts or licence plates, and its driver's-licence recognizer fires on "Q3". Each recognizer here
is a Presidio ``EntityRecognizer`` so it runs inside the same ``AnalyzerEngine`` call as Presidio's own,
on the same text; each reports the pattern that fired in its explanation.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterable

import regex
from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult

from .prefilter import LiteralGates

F = regex.IGNORECASE | regex.VERSION1


def _alt(words: Iterable[str]) -> str:
    return "(?:" + "|".join(sorted((regex.escape(w).replace(r"\ ", r"\s+") for w in words), key=len, reverse=True)) + ")"


NUM_WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
             "thirteen", "fourteen", "fifteen", "sixteen", "seventeen"]
AGE_WORDS = "|".join(NUM_WORDS)
AGE_NUM = r"(?:1[0-7]|[1-9]|" + AGE_WORDS + r")"
CHILD = _alt([
    "daughter", "daughters", "son", "sons", "kid", "kids", "kiddo", "kiddos", "child", "children", "boy", "boys",
    "girl", "girls", "baby", "babe", "little one", "littles", "toddler", "grandson", "granddaughter",
    "grandbaby", "grandkid", "grandchild", "niece", "nephew", "stepson", "stepdaughter", "twins", "youngest",
    "oldest", "eldest", "middle child", "little man", "little lady", "mini me", "mini-me", "bub", "bubba",
    "newborn", "infant", "baby girl", "baby boy", "big girl", "big boy", "munchkin", "teen", "teenager",
])
POSS = r"(?:my|our|mi|his|her|their)"
NAME = r"(?-i:[A-Z][a-z]{1,14}(?:[-'][A-Z]?[a-z]+)?)"
NOT_NAMES = {
    "The", "This", "That", "And", "But", "Today", "Tomorrow", "Yesterday", "She", "He", "They", "We", "Is", "Was",
    "Has", "Had", "Who", "Just", "Turned", "Turns", "Loves", "Love", "Helped", "Help", "Made", "Said", "Asked",
    "Happy", "Birthday", "Mom", "Dad", "Mama", "Papa", "Our", "My", "Her", "His", "Their", "When", "What",
    "Why", "How", "Here", "There", "So", "If", "Oh", "Yes", "No", "Not", "Also", "Then", "Now", "Got", "Gets",
    "Every", "All", "One", "Two", "Three", "First", "Last", "Friday", "Monday", "Tuesday", "Wednesday",
    "Thursday", "Saturday", "Sunday", "Christmas", "Easter", "Thanks", "Thank", "God", "Jesus", "Lord",
    "Please", "Check", "Protect", "Save", "Keep", "Hug", "Teach", "Raise", "Feed", "Watch", "Let", "Bring", "Take",
    "Send", "Kiss", "Tell", "Show", "Meet", "Support", "Pray", "Bless", "Defend", "Leave", "Shop", "Order", "Orders", "Sale", "New", "Free", "Get", "Can", "Will", "Did", "Does",
    "Are", "Were", "With", "For", "From", "Into", "Out", "Off", "Team", "Customer", "Customers", "Kids",
    "Boys", "Girls", "Baby", "Little", "Big", "Mr", "Mrs", "Ms", "Miss", "Dr", "In", "On", "At", "To", "Of",
    "It", "Its", "I", "Me", "You", "Your", "Been", "Being", "Start", "Started", "Starts", "Back", "Headed",
}

AGE_PHRASE = (
    rf"(?:\b{AGE_NUM}\s*(?:-|\s)?\s*(?:years?|yrs?|yr)\s*(?:-|\s)?\s*old\b|\b{AGE_NUM}\s*(?:yo|y/o|y\.o\.)\b"
    rf"|\b(?:turn(?:s|ed|ing)?|is\s+now|now|is|just\s+turned|will\s+be|be)\s+{AGE_NUM}\b(?!\s*(?:%|\$|am|pm|a\.m|p\.m|o'?clock|orders|boxes|days|hours|minutes|items))"
    rf"|\b\d{{1,2}}\s*(?:months?|mos?|weeks?)\s*old\b|\b{AGE_NUM}(?:st|nd|rd|th)\s+birthday\b"
    rf"|\((?:age\s*)?{AGE_NUM}\)|\bage[sd]?\s+{AGE_NUM}\b)"
)
SCHOOL_WORDS = (
    r"(?:kindergarten|kinder|pre-?k|preschool|pre-school|daycare|day\s*care|nursery|"
    r"(?:1st|2nd|3rd|[4-9]th|1[0-2]th|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)\s+grade"
    r"|grade\s+\d{1,2}|year\s+\d{1,2}\b|first\s+day\s+of\s+(?:school|kindergarten|pre-?k|\w+\s+grade)|class\s+of\s+20\d\d"
    r"|elementary|middle\s+school|high\s+school|primary\s+school|junior\s+high|montessori|school\b)"
)
SCHOOL_NAME = (
    r"(?-i:(?:St\.?\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s+"
    r"(?-i:Elementary|Middle|High|Primary|Junior\s+High|Intermediate|Montessori|Academy|Preschool|Pre-?School|"
    r"Daycare|Day\s+Care|Nursery|Kindergarten|Prep|Christian\s+School|School|Learning\s+Center|Early\s+Learning)"
    r"(?:\s+(?-i:School))?"
)
BIRTHDAY = r"(?:birthday|bday|b-day|birth\s*day|born|turns|turned|party)"


@dataclass
class Hit:
    start: int
    end: int
    score: float
    why: str


class RegexRecognizer(EntityRecognizer):
    """A recognizer from a list of (name, pattern, score); ``group`` selects the reported span.

    ``check(text, match)`` may veto or rescore a hit; ``requires`` is a pattern that must occur somewhere
    in the post for any hit to count (a child word, say).
    """

    def __init__(self, entity: str, patterns: list[tuple[str, str, float]], group: str | int = "v",
                 check: Callable[[str, regex.Match], float | None] | None = None, requires: str | None = None,
                 name: str | None = None):
        # Patterns compile on first use, and only for posts that contain a literal every match of them
        # must contain (see ``prefilter``): compiling them all up front was a third of a cold start.
        self._patterns = list(patterns)
        self._compiled: list[regex.Pattern | None] = [None] * len(self._patterns)
        self._gates: LiteralGates | None = None
        self._requires_source = requires
        self._requires: regex.Pattern | None = None
        self.group = group
        self.check = check
        super().__init__(supported_entities=[entity], name=name or f"postguard:{entity}", supported_language="en")

    def load(self) -> None:  # nothing to load: patterns compile when first needed
        pass

    @property
    def requires(self) -> regex.Pattern | None:
        if self._requires is None and self._requires_source:
            self._requires = regex.compile(self._requires_source, F)
        return self._requires

    def _pattern(self, i: int) -> regex.Pattern:
        compiled = self._compiled[i]
        if compiled is None:
            compiled = self._compiled[i] = regex.compile(self._patterns[i][1], F)
        return compiled

    @property
    def compiled(self) -> list[tuple[str, regex.Pattern, float]]:
        """Every (name, compiled pattern, score)."""
        return [(n, self._pattern(i), s) for i, (n, _, s) in enumerate(self._patterns)]

    def _candidates(self, text: str):
        if self._gates is None:
            self._gates = LiteralGates([p for _, p, _ in self._patterns])
        for i in sorted(self._gates.open_indexes(text)):
            yield self._patterns[i][0], self._pattern(i), self._patterns[i][2]

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:
        if self.requires is not None and not self.requires.search(text):
            return []
        entity = self.supported_entities[0]
        results: list[RecognizerResult] = []
        seen: set[tuple[int, int]] = set()
        for name, pattern, score in self._candidates(text):
            for m in pattern.finditer(text, timeout=1.0):
                try:
                    start, end = m.span(self.group)
                except IndexError:
                    start, end = m.span()
                if start < 0:
                    start, end = m.span()
                if (start, end) in seen or start == end:
                    continue
                s = score
                if self.check is not None:
                    s2 = self.check(text, m)
                    if s2 is None:
                        continue
                    s = s2
                seen.add((start, end))
                explanation = AnalysisExplanation(recognizer=self.name, original_score=s, pattern_name=name,
                                                  pattern=pattern.pattern[:120], validation_result=None)
                results.append(RecognizerResult(entity, start, end, s, analysis_explanation=explanation,
                                                recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                                                                      "pattern_name": name}))
        return results


def _name_ok(text: str, m: regex.Match) -> float | None:
    name = m.group("v")
    if name in NOT_NAMES:
        return None
    before = text[max(0, m.start("v") - 40): m.start("v")]
    if NOT_A_CHILD.search(before.rstrip()) or regex.search(r"\b(?:named|called)\s*$", before, F):
        return None  # "our shop dog Pepper turns 8", "a starter named Beatrice"
    return 0.85


def child_name_recognizer() -> RegexRecognizer:
    """A child's name next to a relation word ("my daughter Emma", "Liam (6)", "our boy Noah")."""
    rel = rf"\b{POSS}\s+(?:(?:little|lil|sweet|baby|big|youngest|oldest|eldest|middle|beautiful|amazing|wonderful|\d{{1,2}}\s*(?:yo|year\s*old|-year-old))\s+)?{CHILD}"
    return RegexRecognizer(
        "CHILD_NAME",
        [
            ("relation-then-name", rf"{rel}\s*,?\s*(?:\(?\s*)(?P<v>{NAME})\b", 0.85),
            ("name-then-relation", rf"\b(?P<v>{NAME})\s*(?:,|\()\s*{POSS}\s+(?:\w+\s+)?{CHILD}\b", 0.8),
            ("paren-name-age", rf"\(\s*(?P<v>{NAME})\s*,\s*(?:age\s*)?{AGE_NUM}\b", 0.8),
            ("age-then-paren-name", rf"\b{AGE_NUM}\s*(?:yo|y/o|year\s*old|-year-old|months?\s*old)\s*\(\s*(?P<v>{NAME})\s*\)", 0.8),
            ("name-with-age", rf"\b(?P<v>{NAME})\s*\(\s*(?:age\s*)?{AGE_NUM}\s*(?:yo|y/o|yrs?)?\s*\)", 0.8),
            ("name-turns-age", rf"\b(?P<v>{NAME})\s+(?:just\s+)?(?:turn(?:s|ed)\s*{AGE_NUM}\b(?!\s*(?:%|\$|am|pm|years\s+in\s+business))|is\s+(?:now\s+)?{AGE_NUM}(?:\s*(?:years?|yrs?)(?:\s+old)?)?\s*(?:today|now|!|\.|,|$|and|years?|yrs?|months?))", 0.7),
            ("birthday-to-name", rf"\b(?:happy|celebrating)\s+(?:\d{{1,2}}(?:st|nd|rd|th)\s+|first\s+|sweet\s+16\s+)?(?:birthday|bday|b-day)\s*,?\s*(?:to\s+)?(?:my|our)\s+(?:(?:sweet|little|baby|big|beautiful|amazing|favorite|favourite|lil)\s+)+(?P<v>{NAME})", 0.8),
            ("name-age-comma", rf"\b(?P<v>{NAME})\s*,\s*(?:age\s+{AGE_NUM}|{AGE_NUM}\s*(?:years?\s*old|yo|y/o))\b", 0.8),
            ("happy-birthday-name", rf"\bhappy\s+(?:\d{{1,2}}(?:st|nd|rd|th)\s+)?birthday\s*,?\s*(?:to\s+)?(?:my|our)\s+(?:\w+\s+)?{CHILD}\s*,?\s*(?P<v>{NAME})", 0.85),
        ],
        check=_name_ok,
    )


def minor_age_recognizer() -> RegexRecognizer:
    """The age of the poster's child: "my 7 year old", "she turned 9 today", "our son (4)"."""
    return RegexRecognizer(
        "MINOR_AGE",
        [
            ("poss-age-child", rf"\b{POSS}\s+(?:\w+\s+)?(?P<v>{AGE_NUM}\s*(?:-|\s)?\s*(?:years?|yrs?|yr|months?|mo)\s*(?:-|\s)?\s*old|{AGE_NUM}\s*(?:yo|y/o))", 0.8),
            ("age-child", rf"\b(?P<v>{AGE_NUM}\s*(?:-|\s)?\s*(?:years?|yrs?|yr|months?)\s*(?:-|\s)?\s*old|{AGE_NUM}\s*(?:yo|y/o))\s+(?:{CHILD}|twins)\b", 0.8),
            ("child-age", rf"\b{POSS}\s+(?:\w+\s+)?{CHILD}\s*,?\s*(?:\w+\s*,?\s*)?(?:who\s+)?(?:is|turns|turned|just\s+turned|will\s+be|is\s+now)\s+(?P<v>{AGE_NUM}(?:\s*(?:years?|yrs?)(?:\s*old)?)?)\b(?!\s*(?:%|\$|am|pm|o'?clock|orders|items|minutes|hours|days))", 0.8),
            ("child-paren-age", rf"\b{POSS}\s+(?:\w+\s+)?{CHILD}\s*(?:{NAME}\s*)?\((?P<v>\s*{AGE_NUM}\s*)\)", 0.8),
            ("pronoun-turned", rf"\b(?:she|he|they)(?:'s|\s+is|\s+just|\s+officially)?\s+(?:turned|turns|turning|is\s+turning)\s+(?P<v>{AGE_NUM})\b(?!\s*(?:%|\$|am|pm|years\s+in\s+business))", 0.7),
            ("pronoun-is-age", rf"\b(?:she|he)(?:'s|\s+is)\s+(?:only\s+|now\s+|almost\s+|just\s+|finally\s+|officially\s+)?(?P<v>(?:1[0-7]|[1-9])(?:\s*(?:years?|yrs?)(?:\s*old)?)?|{AGE_WORDS})(?!\s*(?:%|\$|am\b|pm\b|stars?|feet|foot|ft|inches|in\b|lbs?|pounds|kg|percent|out\s+of|minutes|hours|days|weeks|months|o'?clock|:\d))\b", 0.7),
            ("name-comma-age", rf"\b{NAME}\s*,\s*(?P<v>age\s+{AGE_NUM}|{AGE_NUM}\s*(?:years?\s*old|yo|y/o))\b", 0.75),
            ("parent-of-age", rf"\b(?:mom|mama|mum|mother|dad|daddy|father|parent|mommy)\s+(?:of|to)\s+(?:a|an|two|three|four|\d)\s+(?P<v>{AGE_NUM}\s*(?:-|\s)?\s*(?:years?|yrs?|months?)\s*(?:-|\s)?\s*olds?)", 0.75),
            ("turns-on-day", rf"\b(?:turns|turning|will\s+be)\s+(?P<v>{AGE_NUM})\s+(?:on|this|next|tomorrow|today)\b", 0.7),
            ("birthday-party-for", rf"\b(?P<v>(?:1[0-7]|[1-9])(?:st|nd|rd|th)?)\s+birthday\s+(?:party\s+)?(?:for|of)\s+(?:my|our)\b", 0.7),
            ("nth-birthday", rf"\b(?P<v>(?:1[0-7]|[1-9])(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|sweet\s+16|sweet\s+sixteen)\s+birthday\b", 0.6),
        ],
        check=_age_check,
    )


NOT_A_CHILD_WORDS = (
    r"(?:shop|store|business|company|brand|team|truck|gym|studio|salon|bakery|cafe|café|boutique|dog|cat|puppy|pup|"
    r"kitty|starter|candle|line|blog|channel|podcast|page|account|website|collection|restaurant|bar|brewery|market|biz|"
    r"shop\s+dog|shop\s+cat|office|group|club|class|product|formula|recipe|van|car|house|building|tree|plant|"
    r"horse|pony|chickens?|goats?|sourdough|business\s+baby|little\s+shop|newsletter|charity|anniversary|sale|scoby|kombucha|"
    r"mascot|tortoise|parrot|bird|rabbit|bunny|hamster|fish|lizard|guinea\s+pig|car|machine|oven|website|app|shopfront|storefront)"
)
NOT_A_CHILD = regex.compile(r"\b" + NOT_A_CHILD_WORDS + r"\W{0,3}$", F)
NOT_A_CHILD_AFTER = regex.compile(r"\W{0,3}(?:-|\s)*" + NOT_A_CHILD_WORDS + r"\b", F)


def _age_check(text: str, m: regex.Match) -> float | None:
    """A pet, a shop or a product turning five is not a child's age; an Nth birthday needs a child."""
    before = text[max(0, m.start() - 40): m.start()]
    tail = regex.sub(r"\s+(?:just|now|officially|finally|will|is|turns?|turned|turning|be|'s|our|own|the|a|an|of)\s*$", "", before, flags=F)
    tail = regex.sub(r"(?:\s+(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lady|Lord)\.?)?(?:\s+(?-i:[A-Z][a-z]+)){1,2}\s*$", "", tail)  # a pet's or product's name
    tail = regex.sub(r"\s+(?:just|now|officially|finally|will|is|turns?|turned|turning|be|'s|our|own|the|a|an|of)\s*$", "", tail, flags=F)
    if NOT_A_CHILD.search(tail.rstrip()) or NOT_A_CHILD.search(before.rstrip()):
        return None
    after = text[m.end(): m.end() + 30]
    if NOT_A_CHILD_AFTER.match(after):
        return None
    if m.re.pattern.endswith(r"birthday\b") or "birthday" in m.group(0).lower():
        window = text[max(0, m.start() - 60): m.end() + 60].lower()
        if regex.search(r"\b(?:shop|store|business|boutique|bakery|brand|company|studio|salon|our\s+little\s+shop|anniversary|sale)\b", window):
            return None
        if not regex.search(CHILD + r"|\b(?:she|he|her|his)\b", window, F):
            return None
    return 0.8


def school_recognizer() -> RegexRecognizer:
    """A child's school or grade, when the post is about the poster's child."""
    return RegexRecognizer(
        "CHILD_SCHOOL",
        [
            ("school-name", rf"(?P<v>{SCHOOL_NAME})", 0.75),
            ("grade", rf"\b(?:in|starts?|started|starting|finished|into|entering|for)\s+(?P<v>(?:1st|2nd|3rd|[4-9]th|1[0-2]th|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)\s+grade|grade\s+\d{{1,2}}|kindergarten|pre-?k|year\s+\d{{1,2}})\b", 0.7),
            ("name-year", rf"\b(?-i:[A-Z][a-z]+)'s\s+(?P<v>(?:year|grade|yr)\s*\d{{1,2}}|(?:1st|2nd|3rd|[4-9]th|1[0-2]th)\s+grade|(?:kindergarten|pre-?k|reception)\s+class)\b", 0.7),
            ("teacher-class", rf"\b(?P<v>(?-i:(?:Mrs?|Ms|Miss|Mr)\.?\s+[A-Z][a-z]+)'s\s+(?:[\w-]+\s+){{0,2}}(?:class|classroom|room|homeroom))", 0.7),
        ],
        requires=rf"\b{POSS}\s+(?:\w+\s+){{0,2}}{CHILD}\b|\b(?:she|he|they)(?:'s|\s+is|\s+are)?\b|\bfirst\s+day\s+of\b|\b(?:mama|mommy|mom|dad|daddy|mum)\b|\bschool\s+(?:pick-?up|drop-?off|run)\b|\b{NAME}\s+(?:is|starts|started)\s+(?:in|at)\b",
        check=_school_check,
    )


def _school_check(text: str, m: regex.Match) -> float | None:
    window = text[max(0, m.start() - 80): m.end() + 80].lower()
    if regex.search(r"\b(?:sponsor|sponsoring|fundraiser|donat|pta|pto|booth|vendor|fair|auction|raffle|teachers?\s+appreciation|staff|bulk\s+order|catering|field\s+trip\s+to\s+our)", window):
        return None
    return 0.75


ADDRESS_SUFFIX = (
    r"(?:Street|St|Avenue|Ave|Av|Road|Rd|Drive|Dr|Lane|Ln|Court|Ct|Boulevard|Blvd|Way|Place|Pl|Circle|Cir|"
    r"Terrace|Ter|Trail|Trl|Parkway|Pkwy|Highway|Hwy|Crescent|Cres|Close|Grove|Gardens|Gdns|Row|Loop|Pike|"
    r"Square|Sq|Mews|Walk|Heights|Hts|Path|Crossing|Xing|Ridge|Run|Cove|Bend|Hollow|Glen|Point|Pt|Alley|Landing|"
    r"Haven|Vista|Estates?|Turnpike|Expressway|Expy|Freeway|Fwy|Causeway|Station|Valley|Village|View|Views|Wells|"
    r"Meadows?|Manor|Lakes?|Junction|Jct|Harbor|Harbour|Green|Gateway|Fort|Forge|Fields?|Falls|Dale|Crest|Creek|"
    r"Corners?|Common|Cliffs?|Canyon|Brook|Branch|Bluff|Bypass|Park|Parks|Plaza|Plz|Port|Ranch|Rapids|Shoals?|"
    r"Springs?|Summit|Trace|Track|Union|Underpass|Overpass|Orchard|Oval|Pines|Pass|Pike|Prairie|Ramp|Rest|Shore|"
    r"Spur|Stream|Throughway|Tunnel|Ville|Way|Ways|Wynd|Parade|Esplanade|Promenade|Rise|Chase|Drive|Hill|Hills)"
)


# the period of an abbreviated suffix ("Maple St.") belongs to the address; a sentence's full stop does not
ABBREV_DOT = r"(?:(?<=\b(?:St|Ave|Av|Rd|Dr|Ln|Ct|Blvd|Pl|Cir|Ter|Trl|Pkwy|Hwy|Cres|Sq|Hts|Pt|Gdns|Expy|Fwy|Jct|Plz))\.)?"


def address_recognizer() -> RegexRecognizer:
    unit = r"(?:\s*,?\s*(?:apt|apartment|unit|suite|ste|flat|#|no\.?)\s*\.?\s*#?\s*[\w-]{1,6}\b)?"
    street = (
        rf"\b\d{{1,6}}[A-Za-z]?(?:-\d{{1,4}})?\s+(?:(?-i:[NSEW])\.?\s+|(?:North|South|East|West)\s+)?"
        rf"(?-i:(?:[A-Z0-9][\w'’.-]*\s+){{1,3}}){ADDRESS_SUFFIX}\b{ABBREV_DOT}{unit}"
    )
    return RegexRecognizer(
        "STREET_ADDRESS",
        [
            ("street", rf"(?P<v>{street}(?-i:\s*,\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?(?:\s*,?\s*(?-i:[A-Z]{{2}})\s+\d{{5}}(?:-\d{{4}})?)?)", 0.75),
            ("lowercase-street", rf"(?P<v>\b\d{{1,6}}\s+(?:(?!(?:years?|months?|days?|weeks?|of|in|at|on|the|for|with|and|to|from|by|our|my)\b)(?-i:[a-z][a-z'’.-]+)\s+){{1,3}}(?:street|st|avenue|ave|road|rd|drive|dr|lane|ln|court|ct|blvd|boulevard|way|place|circle|terrace|crescent|close|trail)\b\.?{unit})", 0.6),
            ("number-words-at-home", r"(?P<v>\b\d{2,6}\s+(?:(?-i:[NSEW])\.?\s+)?(?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2}))\b(?=[^.!?\n]{0,80}\b(?:porch|garage|driveway|front\s+door|doorstep|mailbox|my\s+house|our\s+house|side\s+gate))", 0.55),
            ("unit", r"\b(?P<v>(?:apt\.?|apartment|unit|flat)[ \t]*#?[ \t]*\d{1,5}[A-Za-z]?)\b", 0.5),
            ("european-street", r"(?P<v>\b(?:(?-i:(?:Via|Viale|Rue|Calle|Avenida|Rua|Avenue|Ul\.|ul\.|Carrer|Paseo|Plaza|Largo|Piazza))\s+(?-i:[A-Z][\w'’.-]+)(?:\s+(?-i:[A-Z][\w'’.-]+)){0,2}|(?-i:[A-Z][a-zäöüßåæøé]+(?:straße|strasse|str\.|weg|vej|gatan|gade|laan|straat|plein|platz|allee|gasse|veien|katu)))\s+\d{1,4}[a-zA-Z]?\b)", 0.6),
            ("uk-postcode", r"\b(?P<v>(?-i:[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}))\b", 0.5),
        ],
    )


DIGIT_WORD = r"(?:zero|oh|o|one|two|three|four|five|six|seven|eight|nine)"
CODE_PLACE = (r"(?:gate|side\s+gate|garden\s+gate|front\s+gate|door|side\s+door|front\s+door|back\s+door|garage|lock\s*box|lockbox|"
              r"alarm|building|entry|keypad|buzzer|callbox|call\s+box|intercom|key\s*safe|keysafe|padlock|shed|wifi|wi-fi|combo|combination)")


def _code_check(text: str, m: regex.Match) -> float | None:
    value = m.group("v")
    digits = sum(ch.isdigit() for ch in value)
    words = len(regex.findall(DIGIT_WORD, value, F))
    if digits >= 3 or words >= 3:
        return 0.85
    return None


def access_code_recognizer() -> RegexRecognizer:
    """Gate, door, lockbox, alarm and keypad codes, in digits or words, before or after the keyword."""
    value = rf"(?:\d(?:[\s-]\d){{2,7}}(?!\d)|(?:[#*]\s?)?\d{{1,4}}(?:[\s-]?\d{{1,4}})?#?|{DIGIT_WORD}(?:[\s,-]+{DIGIT_WORD}){{2,7}})"
    return RegexRecognizer(
        "ACCESS_CODE",
        [
            ("code", rf"\b{CODE_PLACE}\s+(?:code|pin|password|passcode|combo|combination|number)\s*(?:is|was|'s|:|=|-)?\s*(?:still\s+)?(?P<v>{value})(?!\d)", 0.9),
            ("code-later", rf"\b{CODE_PLACE}\b[^.!?\n]{{0,60}}?\b(?:code|pin|combo|combination|is|'s|punch|enter|type)\b[^.!?\n\d]{{0,40}}?(?P<v>{value})(?!\d)", 0.85),
            ("code-to", rf"\b(?:code|pin|combo)\s+(?:to|for)\s+(?:the|my|our)\s+(?:\w+\s+)?{CODE_PLACE}\s*(?:is|:)?\s*(?P<v>{value})(?!\d)", 0.9),
            ("code-at", rf"(?P<v>[#*]?\d{{3,8}}#?)\s+(?:at|on|into|in)\s+the\s+(?:\w+\s+)?{CODE_PLACE}\b", 0.85),
        ],
        check=_code_check,
    )


def _dob_check(text: str, m: regex.Match) -> float | None:
    """A birthday with this year's or next year's date is an event (a sale, a party), not a birth date."""
    years = regex.findall(r"(?:19|20)\d{2}", m.group("v"))
    label = m.group("label").lower() if m.group("label") else ""
    if years and int(years[-1]) >= 2024 and not regex.search(r"dob|d\.o\.b|birth\s*date|birthdate|born|date\s+of\s+birth", label):
        return None
    return 0.85


def date_of_birth_recognizer() -> RegexRecognizer:
    month = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
             r"|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)\.?")
    date = (
        rf"(?:\d{{1,2}}[/.-]\d{{1,2}}[/.-](?:19|20)?\d{{2}}|{month}\s+\d{{1,2}}(?:st|nd|rd|th)?\s*,?\s*(?:of\s+)?(?:19|20)\d{{2}}"
        rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+|de\s+)?{month}\s*,?\s*(?:of\s+|de\s+)?(?:19|20)\d{{2}}|(?:19|20)\d{{2}}-\d{{2}}-\d{{2}})"
    )
    label = r"(?:dob|d\.o\.b\.?|date\s+of\s+birth|birth\s*date|birthdate|born|birthday|bday|b-day|cumple(?:años)?|fecha\s+de\s+nacimiento)"
    return RegexRecognizer(
        "DATE_OF_BIRTH",
        [
            ("dob-label", rf"\b(?P<label>dob|d\.o\.b\.?|date\s+of\s+birth|birth\s*date|birthdate)\s*(?:is|:|-|=)?\s*(?P<v>{date}|\d{{1,2}}[/.-]\d{{1,2}})", 0.95),
            ("label-then-date", rf"\b(?P<label>{label})\b[^\n]{{0,45}}?(?P<v>{date})", 0.85),
        ],
        check=_dob_check,
    )


HEALTH_TERMS = [
    "diagnosed", "diagnosis", "chemo", "chemotherapy", "radiation treatment", "radiation therapy", "biopsy", "tumor",
    "tumour", "cancer", "leukemia", "lymphoma", "stage 1", "stage 2", "stage 3", "stage 4", "stage iv", "metastatic",
    "miscarriage", "miscarried", "pregnant", "pregnancy", "expecting a baby", "ivf", "infertility", "fertility treatment",
    "depression", "depressed", "anxiety disorder", "panic attacks", "bipolar", "ptsd", "adhd", "autism", "autistic",
    "diabetes", "diabetic", "insulin", "multiple sclerosis", "lupus", "crohn's", "crohns", "epilepsy", "seizure",
    "seizures", "stroke", "heart attack", "hospitalized", "hospitalised", "in the hospital", "in hospital", "to the hospital", "at the hospital", "icu",
    "the er", "rehab", "my therapist", "her therapist", "his therapist", "therapist appointment", "antidepressants",
    "antidepressant", "medication", "meds",
    "mastectomy", "dialysis", "transplant", "tested positive", "in remission", "relapse", "eating disorder",
    "anorexia", "bulimia", "ocd", "endometriosis", "pcos", "postpartum", "dementia", "alzheimer's", "alzheimers",
    "parkinson's", "hospice", "surgery", "c-section", "hysterectomy", "concussion", "broke her arm", "broke his arm",
    "broke my arm", "broke her leg", "broke his leg", "broke my leg", "long covid", "covid", "pneumonia", "mental health",
    "mental breakdown", "breakdown", "rheumatoid", "fibromyalgia", "ms flare", "flare up", "flare-up", "asthma attack",
    "migraines", "kidney stones", "gallbladder", "appendix", "appendicitis", "cardiologist", "oncologist",
    "neurologist", "psychiatrist", "counseling", "counselling", "sober", "sobriety", "addiction", "overdose",
    "suicidal", "suicide attempt", "heart surgery", "open heart", "pacemaker", "cyst", "tumors", "lump",
    "ultrasound", "pregnant with", "first trimester", "second trimester", "third trimester", "due date",
    "bedrest", "bed rest", "nicu", "preemie", "thyroid", "hashimoto's", "celiac", "shingles", "sick with",
    "autoimmune", "hiv", "std", "hepatitis", "anxiety", "physical therapy", "wheelchair", "on oxygen",
    "lost the baby", "weeks pregnant", "due in", "panic attack", "hypothyroid", "hyperthyroid", "bloodwork",
    "blood work", "levothyroxine", "propranolol", "sertraline", "zoloft", "prozac", "lexapro", "xanax", "adderall",
    "ritalin", "metformin", "ozempic", "wegovy", "lithium", "wellbutrin", "insulin pump", "inhaler", "epipen",
    "lisinopril", "atorvastatin", "omeprazole", "fluoxetine", "ssri", "antibiotics", "steroids", "prednisone",
 "er visit", "urgent care", "mri", "ct scan", "scan results", "test results", "blood test",
    "colonoscopy", "mammogram", "physio", "postnatal", "post-partum", "burnout", "grief counseling", "diagnosis",
    "prescribed", "pills", "my dose", "on meds", "off meds", "knee replacement", "hip replacement",
    "operation", "post-op", "recovering from", "recovery from", "expecting", "baby on the way", "baby bump",
    "weeks along", "gender reveal", "trimester", "morning sickness", "ob appointment", "obgyn", "ob-gyn",
    "mental health day", "psych ward", "depressive", "panic disorder", "anxiety meds", "therapy session",
    "infusion", "radiation", "scan", "specialist", "diagnosed with", "immunotherapy", "cochlear", "hearing aids",
    "pregnancy test", "positive test", "chest infection", "infection", "glandular fever", "fever", "the flu", "flu",
    "infirmary", "a&e", "emergency room", "covid positive", "shingles", "tonsillitis", "strep",
    "stage two", "stage three", "stage four", "allergy", "allergic", "anaphylaxis", "celiac disease", "broken wrist",
    "broken ankle", "broken arm", "broken leg", "sprained", "torn acl", "knee op", "op on", "my op", "the op",
    "glucose", "a1c", "blood sugar", "blood pressure meds", "heart condition", "arrhythmia", "afib", "copd",
    "sleep apnea", "cpap", "kidney", "liver", "ectopic", "d&c", "fertility", "egg retrieval", "embryo",
]
HEALTH_SUBJECT = (
    r"(?:\bi\b|\bi'm\b|\bim\b|\bi've\b|\bi\s+am\b|\bmy\b|\bme\b|\bwe\b|\bwe're\b|\bour\b|\bmom\b|\bdad\b|\bhusband\b|\bwife\b|\bhubby\b"
    r"|\bson\b|\bdaughter\b|\bsister\b|\bbrother\b|\bgrandma\b|\bgrandpa\b|\bmother\b|\bfather\b|\bbestie\b|\bfriend\b"
    r"|\bboyfriend\b|\bgirlfriend\b|\bpartner\b|\bfiance\b|\bfiancée\b|\bbaby\b|\bmama\b|\bpapa\b|\baunt\b|\buncle\b"
    r"|\bcousin\b|\bneighbor\b|\bneighbour\b|\bcoworker\b|\bboss\b|\bshe\b|\bhe\b|\bher\b|\bhis\b|\bhim\b|\bnan\b|\bnana\b|\bnanna\b|\bgran\b|\bgrandad\b|\bmum\b|\bhusband's\b|\bdoc\b|\bdoctor\b|\bdr\b|\bdoc's\b|\bdoctor's\b|\bin-law\b|\bkids?\b|(?-i:\b[A-Z][a-z]+'s\b))"
)
NOT_DISCLOSURE = (
    r"(?:research|awareness|walk|run\b|5k|fundraiser|fundraising|charity|donat|survivors?\s+month|month\b|foundation|"
    r"supports?\s+(?:a\s+)?(?:healthy|normal)|clinic\s+hours|pharmacy\s+hours|(?:help|helps|helped|relieve|relieves|cure|cures|cured|treat|treats|fight|fights|heal|heals|healed)\b)"
)


STRONG_HEALTH = regex.compile(
    r"^(?:diagnosed|diagnosis|chemo|chemotherapy|miscarriage|miscarried|pregnant|ivf|mastectomy|hysterectomy|c-section|"
    r"biopsy|dialysis|hospitalized|hospitalised|in\s+remission|relapse|first\s+trimester|second\s+trimester|third\s+trimester|"
    r"due\s+date|nicu|bed\s*rest|weeks\s+pregnant|lost\s+the\s+baby|due\s+in|panic\s+attack|hypothyroid|"
    r"bloodwork|blood\s+work|pregnancy\s+test|positive\s+test|infirmary|a&e|emergency\s+room|glandular\s+fever|chest\s+infection|knee\s+op|\w+(?:pril|olol|statin|prazole|oxetine|aline|azepam|thyroxine|formin|mab|cillin|mycin|pam|lam|zole|sone|tidine|dronate|glutide|vir))$", F)
CHARITY_AFTER = regex.compile(r"^\W{0,3}(?:awareness|acceptance|research|center|centre|society|institute|foundation|month|day|week|walk|run|survivors?|ward|unit|charity|fund\b|patients|friendly|support\s+group|-friendly|-safe|safe)", F)


def _inside_quotes(text: str, start: int, end: int, reach: int = 25) -> bool:
    left = text[max(0, start - reach):start]
    right = text[end:end + reach]
    for open_q, close_q in (('"', '"'), ("“", "”"), ("‘", "’")):
        i = left.rfind(open_q)
        if i != -1 and close_q not in left[i + 1:] and close_q in right:
            return True
    return False


def _health_check(text: str, m: regex.Match) -> float | None:
    start = m.start("v")
    if CHARITY_AFTER.search(text[m.end("v"):m.end("v") + 20]):
        return None
    if _inside_quotes(text, start, m.end("v")):
        return None  # a quoted product or programme name ("Happy Pills", "Stage 2")
    if regex.search(r"\b(?:awareness|research|fundraiser|fundraising|charity|5k|walk\s+for|run\s+for)\b", text[max(0, start - 40):start], F):
        return None
    if regex.search(r"\b(?:if\s+(?:you(?:'re|\s+are)?\s+)?|while\s+|when\s+|during\s+|not\s+for\s+(?:use\s+)?(?:by\s+)?|unless\s+|consult[^.]{0,40}|especially\s+if\s+(?:you(?:'re|\s+are)?\s+)?)$", text[max(0, start - 60):start], F):
        return None  # a label's caution ("if pregnant, consult your doctor"), nobody's own health
    if regex.search(r"\b(?:can|could|cannot|can't|to|will\s+never|never)\s+(?:get|be|become)\s*$", text[max(0, start - 30):start], F):
        return None  # talk about pregnancy in general, not somebody's
    if STRONG_HEALTH.match(m.group("v")):
        return 0.7
    # the sentence (or line) around the term
    left = max(text.rfind(".", 0, start), text.rfind("!", 0, start), text.rfind("?", 0, start), text.rfind("\n", 0, start)) + 1
    right_candidates = [i for i in (text.find(".", m.end()), text.find("!", m.end()), text.find("?", m.end()), text.find("\n", m.end())) if i != -1]
    right = min(right_candidates) if right_candidates else len(text)
    sentence = text[left:right]
    rel = start - left
    before = sentence[max(0, rel - 70): rel]
    if not regex.search(HEALTH_SUBJECT, before, F) and not regex.search(HEALTH_SUBJECT, sentence[rel: rel + 60], F):
        return None
    around = sentence[max(0, rel - 30): rel]
    if regex.search(NOT_DISCLOSURE, around, F):
        return None
    return 0.7


def health_disclosure_recognizer() -> RegexRecognizer:
    return RegexRecognizer(
        "HEALTH_DISCLOSURE",
        [("health-term", rf"\b(?P<v>{_alt(HEALTH_TERMS)})(?!\w)", 0.7),
     ("drug-name", r"\b(?:on|taking|started|start|prescribed|off|quit|stopped|switched\s+to|dose\s+of|my)\s+(?P<v>(?-i:[A-Za-z]{3,}(?:pril|olol|statin|prazole|oxetine|aline|azepam|thyroxine|formin|mab|cillin|mycin|zole|sone|glutide|pine|done|xine)))\b", 0.7)],
        check=_health_check,
    )


def whereabouts_recognizer() -> RegexRecognizer:
    """Being away from home now or for a stated period ("in Cancun all week", "house is empty")."""
    place = r"(?-i:[A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+){0,2})"
    away = (
        rf"(?:out\s+of\s+(?:town|the\s+country|state)|(?:be|been|are|is|am|'re|'ll\s+be|'m)\s+away|(?:be|been|'ll\s+be|will\s+be)\s+gone|gone\s+(?:till|until|for)|on\s+vacation|on\s+holiday|on\s+(?:our|my|their)\s+hols|"
        rf"on\s+(?:a|our|my|their|the)\s+(?:\w+\s+)?(?:cruise|honeymoon|trip|vacation|holiday|road\s*trip|getaway)|incentive\s+trip|"
        rf"(?<!hats\s)(?<!hat\s)off\s+(?:to|on)\s+(?:{place}|our|my|a)|(?:flying|flew|driving|heading|headed|boarding|leaving|left|jetting|going|travel+ing|moving)\s+(?:out\s+|up\s+|down\s+|back\s+)?(?:(?:to|for)\s+(?:{place}|the\s+(?:coast|lake|beach|airport|mountains|cottage|cabin|shore|hills|islands|keys|cape|farm|ranch)|home|native\s+place)|the\s+(?:coast|lake|beach|mountains|cottage|cabin|shore|hills))|"
        rf"taking\s+(?:a|my|our|the)\s+(?:\w+\s+){{0,3}}(?:vacation|holiday|trip|getaway)|"
        rf"(?:we're|we\s+are|i'm|i\s+am|family\s+is|family's|whole\s+family\s+is|currently|you're|you\s+are|they're|they\s+are)\s+(?:in|at|on|visiting)\s+(?:the\s+)?{place}|"
        rf"at\s+the\s+airport|visiting\s+(?:family|my\s+\w+|our\s+\w+)|abroad|overseas|(?:sunset|sunrise|greetings|hello|live)\s+from\s+{place}|"
        rf"\d+\s+(?:days?|weeks?|nights?)\s+in\s+{place}|(?:we're|we\s+are|i'm)\s+(?:\w+\s+){{0,2}}(?:in|to)\s+{place}|nos\s+vamos|vacaciones|de\s+viaje)"
    )
    period = (
        r"(?:until|till|til|through|thru|all\s+(?:week|weekend|month|summer)|this\s+(?:week|weekend)|next\s+(?:week|\d+\s+days)|"
        r"for\s+(?:the\s+)?(?:next\s+)?(?:\d+|a|one|two|three|four|five|six|seven|ten|fourteen|whole)\s+(?:days?|weeks?|nights?|months?)|for\s+(?:a|the)\s+(?:weekend|week|holidays|month|fortnight)|"
        r"(?:\d+|a|one|two|three|four|ten)\s+(?:days?|weeks?|nights?)|a\s+fortnight|back\s+(?:on|next|in|the|\d|mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|right\s+now|"
        r"from\s+(?:the\s+)?\d+|since\s+\w+day|don't\s+fly\s+home|fly\s+home|tonight|today|tomorrow|starting\s+(?:now|today|tomorrow)|resume|return(?:ing)?\s+(?:on|the)|"
        r"regresamos|hasta\s+el|house(?:'ll|\s+will)\s+be\s+empty|\w+day)"
    )
    return RegexRecognizer(
        "WHEREABOUTS",
        [
            ("away-then-period", rf"(?P<v>\b{away}\b[^.!?\n]{{0,70}}?\b{period})", 0.75),
            ("period-then-away", rf"(?P<v>\b(?:for|until|till|all|this|next|tonight|today|from)\b[^.!?\n]{{0,40}}?\b{away})", 0.7),
            ("empty-house", r"(?P<v>\b(?:house|home|place|apartment|flat)(?:'ll|\s+will\s+be|\s+is|\s+sits?|\s+stays?|\s+be)\s+(?:be\s+)?(?:empty|unattended|alone|locked\s+up)|\bflat\s+locked|nobody(?:'s|\s+will\s+be|\s+is)?\s+(?:home|at\s+home|there)|no\s*one(?:'s|\s+will\s+be|\s+is)?\s+home|(?:house|cat|dog|pet)[\s-]?sitter|while\s+we(?:'re|\s+are)\s+(?:gone|away)|home\s+alone\s+(?:all|this|for|until)|lights\s+on\s+at\s+our\s+place|our\s+house\s+(?:is\s+)?(?:on\s+vacation|empty)|keep\s+an\s+eye\s+on\s+(?:the|our|my)\s+(?:house|place)|don't\s+rob\s+(?:us|me))", 0.8),
        ],
        check=_whereabouts_check,
    )


def _whereabouts_check(text: str, m: regex.Match) -> float | None:
    span = m.group("v").lower()
    if regex.search(r"\b(?:booth|expo|convention|conference|market|show|pop-?up|event|table|vendor|festival|fair|summit|trade|stall|warehouse)\b", span):
        return None
    return 0.75


def licence_plate_recognizer() -> RegexRecognizer:
    plate = r"(?-i:[A-Z0-9]{1,4}(?:[- ][A-Z0-9]{1,4}){1,3}|[A-Z0-9]{2,8})"
    vehicle = (r"(?:car|van|truck|ute|suv|jeep|hilux|ranger|scooter|bike|motorbike|motorcycle|vehicle|minivan|"
               r"sedan|wagon|camper|rv|trailer|tesla|civic|corolla|camry|f-?150|silverado)")
    return RegexRecognizer(
        "LICENSE_PLATE",
        [
            ("plate", rf"\b(?:licen[cs]e\s+plate|plate\s+(?:number|no\.?|#)|plate'?s?|tags?\s+number|rego|reg(?:istration)?(?:\s+(?:number|plate))?|vanity\s+plate|number\s+plate)\s*(?:is|was|reads|says|:|#|-)?\s*(?:number\s+)?[!.,:\s]*(?P<v>{plate})\b", 0.85),
            ("vehicle-number", rf"\b{vehicle}\b[^.!?\n]{{0,20}}?\b(?:number|no\.?|#|plate|reg|rego)\s*(?P<v>{plate})\b", 0.8),
            ("uk-reg-near-vehicle", rf"\b{vehicle}\b[^\n]{{0,80}}?(?P<v>(?-i:[A-Z]{{2}}\d{{2}}\s?[A-Z]{{3}}))\b", 0.75),
        ],
        check=_plate_check,
    )


def _plate_check(text: str, m: regex.Match) -> float | None:
    value = m.group("v").strip()
    if not regex.search(r"[A-Z]", value) or value in {"LOL", "OMG", "LMAO", "ASAP", "TODAY", "YAY", "NEW", "SOLD", "THE"}:
        return None
    if not (regex.search(r"\d", value) or len(value.replace(" ", "").replace("-", "")) >= 5):
        return None
    if len(value.replace(" ", "").replace("-", "")) < 4:
        return None
    return 0.85


def driver_licence_recognizer() -> RegexRecognizer:
    """US driver's licence numbers, only with a licence word right before (Presidio's fires on 'Q3')."""
    return RegexRecognizer(
        "US_DRIVER_LICENSE",
        [("dl", r"\b(?:driver'?s?\s+licen[cs]e|driving\s+licen[cs]e|licen[cs]e\s+(?=number|no\b|#)|\bDL)\s*(?:number|no\.?|#)?\s*(?:is|:|-)?\s*(?P<v>(?=[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9-]{4,16})\b", 0.9)],
    )


def id_number_recognizer() -> RegexRecognizer:
    """Identity, tax, account and member numbers introduced by their name (US, UK, Canada, Australia,
    India, Mexico), including NI numbers and PAN card formats."""
    keyword = (r"(?:passport|account|acct|acc|a/c|routing|member|policy|medicare|medicaid|insurance|social\s+security|ssn|sin|"
               r"nin|nino|ni|national\s+insurance|tax\s+id|tfn|tax\s+file|ein|itin|student\s+id|employee\s+id|aadhaar|aadhar|"
               r"pan|pan\s+card|bsb|sort\s+code|clabe|curp|rfc|cuenta|iban|licen[cs]e|nhs|health\s+card|ohip|id\s+card|national\s+id)")
    value = (r"(?-i:[A-Z]{5}\d{4}[A-Z])|(?-i:[A-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D])"
             r"|(?:(?-i:[A-Z]{1,3})\s?)?\d[\d -]{4,22}[\dA-Z]")
    return RegexRecognizer(
        "ID_NUMBER",
        [("labelled-id", rf"\b{keyword}\b(?:'s)?\s*(?:number|no\.?|num|#)?[^.!?\n\d]{{0,30}}?(?:(?:no\.?|#|number)\s*)?(?P<v>{value})\b", 0.9)],
        check=lambda text, m: 0.9 if sum(ch.isdigit() for ch in m.group("v")) >= 6 or regex.fullmatch(r"(?-i:[A-Z]{5}\d{4}[A-Z])", m.group("v")) else None,
    )


def phone_recognizer() -> RegexRecognizer:
    """Phone numbers in the loose formats people type, when a phone word is close by.

    Complements Presidio's phonenumbers-based recognizer, which skips 7-digit local numbers, numbers it
    cannot validate (fictional 555 and UK drama ranges included) and numbers spelled out in words."""
    number = r"(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,5}\)\s?|\d{2,5}[\s.-])?\d{3,4}[\s.-]?\d{3,4}"
    spelled = rf"{DIGIT_WORD}(?:[\s,.-]+{DIGIT_WORD}){{6,14}}"
    words = r"(?:call|text|txt|ring|phone|cell|mobile|whatsapp|number|no\.|tel|sms|reach\s+me|contact\s+me|cel|celular|m[oó]vil|n[uú]mero|tel[eé]fono|llamen|mensaje)"
    return RegexRecognizer(
        "PHONE_NUMBER",
        [
            ("phone-word", rf"\b{words}\b[^\d\n]{{0,25}}(?P<v>{number})(?!\d)", 0.6),
            ("spelled-out", rf"(?P<v>\b{spelled}\b)", 0.6),
        ],
        check=lambda text, m: 0.6 if 7 <= sum(ch.isdigit() for ch in m.group("v")) <= 15 or len(regex.findall(DIGIT_WORD, m.group("v"), F)) >= 7 else None,
        name="postguard:PHONE_TYPED",
    )


def obfuscated_email_recognizer() -> RegexRecognizer:
    """Emails written to dodge scrapers: 'kelsey dot marsh at gmail dot com'."""
    return RegexRecognizer(
        "EMAIL_ADDRESS",
        [("spelled-email", r"(?P<v>\b[\w.+-]++(?:\s+(?:dot|\.)\s+[\w+-]+)*\s*(?:\s+at\s+|\[at\]|\(at\)|\s+@\s+)\s*[\w-]+(?:\s+(?:dot|\.)\s+[\w-]+)*\s+(?:dot|\.)\s+(?:com|net|org|co|ca|uk|au|in|io|me|us|de|fr|es|mx)\b)", 0.7)],
        name="postguard:EMAIL_SPELLED",
    )


def all_recognizers() -> list[EntityRecognizer]:
    return [
        child_name_recognizer(), minor_age_recognizer(), school_recognizer(), address_recognizer(),
        access_code_recognizer(), date_of_birth_recognizer(), health_disclosure_recognizer(),
        whereabouts_recognizer(), licence_plate_recognizer(), driver_licence_recognizer(), id_number_recognizer(),
        phone_recognizer(), obfuscated_email_recognizer(),
    ]
