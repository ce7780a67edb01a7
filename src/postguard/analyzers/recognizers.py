"""postguard's own Presidio recognizers for the way private details appear in social posts.

Presidio ships none for street addresses, gate codes, children, ages, schools, health disclosures,
whereabouts or licence plates, and its driver's-licence recognizer fires on "Q3". Each recognizer here
is a Presidio ``EntityRecognizer`` so it runs inside the same ``AnalyzerEngine`` call as Presidio's own,
on the same text; each reports the pattern that fired in its explanation.

Patterns describe how a detail is said, lexicons say what counts: a child's first name is checked against
``lexicons/given_names.txt`` (US census names), a condition or medicine against the ``diseases.txt`` and
``medications.txt`` lists the direct-sales pack also reads, so "Harper starts 3rd grade", "living with
lupus" or "Mom's methotrexate shots" are found without a pattern per name, disease or drug. No NER runs:
the pipeline only tokenizes.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Callable, Iterable

import regex
from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult

from .prefilter import LiteralGates

F = regex.IGNORECASE | regex.VERSION1
# The recognizers' own patterns turn VERSION1's full case folding off ("(?-f)"): it makes every pattern
# three times dearer to compile (a third of a cold start) and searches slower, and the only matches it
# adds are multi-letter folds such as "ss" for "ß", which no pattern here relies on (a test checks that
# the findings on every team post are the same either way).
SIMPLE_CASE = "(?-f)"


def _compile(pattern: str) -> regex.Pattern:
    return regex.compile(SIMPLE_CASE + pattern, F)


def _alt(words: Iterable[str]) -> str:
    return "(?:" + "|".join(sorted((regex.escape(w).replace(r"\ ", r"\s+") for w in words), key=len, reverse=True)) + ")"


def _trie_alt(words: Iterable[str]) -> str:
    """One alternation for many literal words, as a trie ("a(?:sthma|utism)"): the regex engine tries each
    position once instead of once per word, ten times faster on a few hundred terms; same matches as ``_alt``
    (at a position the longest term wins, a space matches any run of whitespace)."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w.lower():
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        branches = [(r"\s+" if ch == " " else regex.escape(ch)) + build(node[ch]) for ch in sorted(k for k in node if k)]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return "(?:" + body + ")?" if "" in node else body

    return "(?:" + build(trie) + ")"


@lru_cache(maxsize=None)
def _rx(pattern: str, flags: int = 0) -> regex.Pattern:
    """A compiled pattern for the checks below: ``regex.search(p, ...)`` looks its cache up on every call,
    which cost more than the searches themselves."""
    return regex.compile(pattern, flags)


@lru_cache(maxsize=None)
def lexicon(name: str) -> tuple[str, ...]:
    """The terms of a built-in lexicon (``packs/builtin/lexicons/NAME``), lowercase, comments dropped."""
    text = (resources.files("postguard") / "packs" / "builtin" / "lexicons" / name).read_text(encoding="utf-8")
    terms = (line.split("#", 1)[0].strip().lower() for line in text.splitlines())
    return tuple(t for t in terms if t)


@lru_cache(maxsize=None)
def given_names() -> frozenset[str]:
    return frozenset(lexicon("given_names.txt"))


def is_given_name(word: str) -> bool:
    """A first name from the census-based lexicon, capitalised as names are written ("Harper", not "harper")."""
    return word[:1].isupper() and word.lower() in given_names() and word not in NOT_NAMES


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
    "littlest", "lil one", "lil man", "lil guy", "lil dude", "little dude", "little guy", "firstborn",
    "first-born", "caboose", "tween", "preteen", "stepkids", "grandkids", "grandbabies",
    "granddaughters", "grandsons", "bambino", "bambina",
])
# a child word somewhere near: "my son", "our twins", "the kids", "she/he" with a family word
CHILD_NEAR = regex.compile(rf"\b(?:my|our|mi|his|her|their|the|your)\s+(?:[\w-]+\s+){{0,2}}?{CHILD}\b|\b(?:kids?|kiddos?|son|daughter|twins|toddler|baby|grandson|granddaughter|stepson|stepdaughter)\b", F)
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
    "Twins", "Kiddo", "Kiddos", "Son", "Daughter", "Grandson", "Granddaughter", "Toddler", "Teen", "Bub", "Bubba",
}

AGE_PHRASE = (
    rf"(?:\b{AGE_NUM}\s*(?:-|\s)?\s*(?:years?|yrs?|yr)\s*(?:-|\s)?\s*old\b|\b{AGE_NUM}\s*(?:yo|y/o|y\.o\.)\b"
    rf"|\b(?:turn(?:s|ed|ing)?|is\s+now|now|is|just\s+turned|will\s+be|be)\s+{AGE_NUM}\b(?!\s*(?:%|\$|am|pm|a\.m|p\.m|o'?clock|orders|boxes|days|hours|minutes|items))"
    rf"|\b\d{{1,2}}\s*(?:months?|mos?|weeks?)\s*old\b|\b{AGE_NUM}(?:st|nd|rd|th)\s+birthday\b"
    rf"|\((?:age\s*)?{AGE_NUM}\)|\bage[sd]?\s+{AGE_NUM}\b)"
)
# "3rd grade", "twelfth grade": in the school-word lists below and in the grade recognizer
ORDINAL_GRADE = (
    r"(?:1st|2nd|3rd|[4-9]th|1[0-2]th|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)\s+grade"
)
SCHOOL_WORDS = (
    r"(?:kindergarten|kinder|pre-?k|preschool|pre-school|daycare|day\s*care|nursery|"
    + ORDINAL_GRADE +
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

    def __init__(self, entity: str, patterns: list[tuple], group: str | int = "v",
                 check: Callable[[str, regex.Match], float | None] | None = None, requires: str | None = None,
                 name: str | None = None):
        # Patterns compile on first use, and only for posts that contain a literal every match of them
        # must contain (see ``prefilter``): compiling them all up front was a third of a cold start.
        # a fourth item in a pattern's tuple is that pattern's own check, in place of ``check``
        self._patterns = [(t[0], t[1], t[2]) for t in patterns]
        self._checks = {t[0]: t[3] for t in patterns if len(t) > 3}
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
            self._requires = _compile(self._requires_source)
        return self._requires

    def _pattern(self, i: int) -> regex.Pattern:
        compiled = self._compiled[i]
        if compiled is None:
            compiled = self._compiled[i] = _compile(self._patterns[i][1])
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
                check = self._checks.get(name, self.check)
                if check is not None:
                    s2 = check(text, m)
                    if s2 is None:
                        continue
                    if isinstance(s2, tuple):  # a check may widen the span: (score, start, end)
                        s2, start, end = s2
                        if (start, end) in seen:
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
    before = _rx(r"(?:\s+(?-i:Mr|Mrs|Ms|Miss|Dr|Sir|Lady|Lord|Captain|Professor|Prof|Princess|Prince|Sergeant|Sgt|Aunt|Uncle)\.?)\s*$").sub("", before)
    if NOT_A_CHILD.search(before.rstrip()) or _rx(r"\b(?:named|called)\s*$", F).search(before):
        return None  # "our shop dog Pepper turns 8", "a starter named Beatrice"
    return 0.85


def child_name_recognizer() -> RegexRecognizer:
    """A child's name next to a relation word ("my daughter Emma", "Liam (6)", "our boy Noah")."""
    rel = rf"\b{POSS}\s+(?:(?:little|lil|sweet|baby|big|youngest|oldest|eldest|middle|beautiful|amazing|wonderful|\d{{1,2}}\s*(?:yo|year\s*old|-year-old)|[\w-]+)\s+){{0,2}}?{CHILD}"
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
            ("welcome-baby", rf"\bwelcome\s+(?:to\s+the\s+(?:world|family)\s*,?\s*)(?:little\s+|baby\s+|sweet\s+)?(?P<v>{NAME})\b", 0.8),
            ("age-then-name", rf"\b{AGE_NUM}\s*(?:-|\s)?\s*(?:yo|y/o|(?:years?|yrs?|yr|months?|mos?|weeks?)\s*(?:-|\s)?\s*old)\s+(?P<v>{NAME})\b", 0.8),
            *child_name_lexicon_patterns(),
        ],
        check=_name_ok,
    )


def _child_context(text: str, start: int, end: int, reach: int = 90) -> bool:
    """A child word (my son, the kids, our twins, baby) near a span."""
    return CHILD_NEAR.search(text, max(0, start - reach), min(len(text), end + reach)) is not None


def _given_name_check(text: str, m: regex.Match) -> float | None:
    """A name from the given-names lexicon (not a brand, product or pet) in a child's context."""
    name = m.group("v").split("'")[0].split("’")[0]
    if not is_given_name(name):
        return None
    return _name_ok(text, m)


def _given_name_child_check(text: str, m: regex.Match) -> float | None:
    """As ``_given_name_check``, and the post also speaks of a child ("It's Lucy's birthday" plus "my kids")."""
    if _given_name_check(text, m) is None:
        return None
    return 0.75 if _child_context(text, m.start(), m.end(), 200) else None


SCHOOL_STEP = (
    r"(?:" + ORDINAL_GRADE +
    r"|grade\s+\d{1,2}|year\s+\d{1,2}|kindergarten|kinder|pre-?k|preschool|pre-school|daycare|nursery|reception|middle\s+school"
    r"|high\s+school|junior\s+high|elementary(?:\s+school)?|primary(?:\s+school)?|school)"
)


def child_name_lexicon_patterns() -> list[tuple]:
    """A child's first name (checked against the given-names lexicon) with a detail only a child has: a
    grade or school, a teacher, a first tooth, becoming a teenager; or a birthday in a post about one's kids."""
    return [
        ("name-starts-school", rf"\b(?P<v>{NAME})\s+(?:just\s+|officially\s+|finally\s+)?(?:starts|started|starting|is\s+starting|begins|began|is\s+in|goes\s+(?:in)?to|going\s+(?:in)?to|moves?\s+up\s+to|heads?\s+(?:off\s+)?to|graduated(?:\s+from)?|graduates(?:\s+from)?|finished|made\s+the\s+honou?r\s+roll\s+at)\s+(?:(?:her|his|their|the)\s+)?(?:first\s+(?:day|week)\s+(?:of|at)\s+)?(?:the\s+)?{SCHOOL_STEP}\b", 0.8, _given_name_check),
        ("name-s-school", rf"\b(?P<v>{NAME})(?:'s|’s)\s+(?:(?:first|last|1st)\s+(?:day|week|year)\s+(?:of|at)\s+{SCHOOL_STEP}|(?:{SCHOOL_STEP}\s+)?(?:teacher|classroom|homeroom|graduation|report\s+card|school\s+(?:play|concert|photos?|pictures?|run|bus))|(?:1st|2nd|3rd|[4-9]th|1[0-2]th|kindergarten|preschool|pre-?k)\s+(?:grade\s+)?class)\b", 0.8, _given_name_check),
        ("name-child-milestone", rf"\b(?P<v>{NAME})\s+(?:just\s+|finally\s+|officially\s+)?(?:lost\s+(?:his|her|their)\s+first\s+tooth|took\s+(?:his|her|their)\s+first\s+steps|(?:is|turned|became)\s+(?:officially\s+)?(?:a\s+)?(?:teenager|teen|toddler|tween|preteen|big\s+sister|big\s+brother)|is\s+potty\s+trained|said\s+(?:his|her)\s+first\s+word)", 0.8, _given_name_check),
        ("name-s-birthday", rf"\b(?P<v>{NAME})(?:'s|’s)\s+(?:(?:\d{{1,2}}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|sweet\s+16)\s+)?(?:birthday|bday|b-day)\b", 0.75, _given_name_child_check),
        ("happy-birthday-given", rf"\bhappy\s+(?:\d{{1,2}}(?:st|nd|rd|th)\s+)?(?:birthday|bday|b-day)\s*,?\s*(?:to\s+)?(?:(?:the\s+)?(?:little\s+|sweet\s+|baby\s+)?)?(?P<v>{NAME})\b", 0.75, _given_name_child_check),
    ]


def minor_age_recognizer() -> RegexRecognizer:
    """The age of the poster's child: "my 7 year old", "she turned 9 today", "our son (4)"."""
    return RegexRecognizer(
        "MINOR_AGE",
        [
            ("poss-age-child", rf"\b{POSS}\s+(?:\w+\s+)?(?P<v>{AGE_NUM}\s*(?:-|\s)?\s*(?:years?|yrs?|yr|months?|mo)\s*(?:-|\s)?\s*old|{AGE_NUM}\s*(?:yo|y/o))", 0.8),
            ("age-child", rf"\b(?P<v>{AGE_NUM}\s*(?:-|\s)?\s*(?:years?|yrs?|yr|months?)\s*(?:-|\s)?\s*old|{AGE_NUM}\s*(?:yo|y/o))\s+(?:{CHILD}|twins)\b", 0.8),
            ("child-age", rf"\b{POSS}\s+(?:\w+\s+)?{CHILD}\s*,?\s*(?:\w+\s*,?\s*)?(?:who\s+)?(?:is|turns|turned|just\s+turned|will\s+be|is\s+now)\s+(?P<v>{AGE_NUM}(?:\s*(?:years?|yrs?)(?:\s*old)?)?)\b(?!\s*(?:%|\$|am|pm|o'?clock|orders|items|minutes|hours|days|for\b|x\b|per\b|each\b|packs?\b))", 0.8),
            ("child-paren-age", rf"\b{POSS}\s+(?:\w+\s+)?{CHILD}\s*(?:{NAME}\s*)?\((?P<v>\s*{AGE_NUM}\s*)\)", 0.8),
            ("pronoun-turned", rf"\b(?:she|he|they)(?:'s|\s+is|\s+just|\s+officially)?\s+(?:turned|turns|turning|is\s+turning)\s+(?P<v>{AGE_NUM})\b(?!\s*(?:%|\$|am|pm|years\s+in\s+business))", 0.7),
            ("pronoun-is-age", rf"\b(?:she|he)(?:'s|\s+is)\s+(?:only\s+|now\s+|almost\s+|just\s+|finally\s+|officially\s+)?(?P<v>(?:1[0-7]|[1-9])(?:\s*(?:years?|yrs?)(?:\s*old)?)?|{AGE_WORDS})(?!\s*(?:%|\$|am\b|pm\b|stars?|feet|foot|ft|inches|in\b|lbs?|pounds|kg|percent|out\s+of|minutes|hours|days|weeks|months|o'?clock|:\d))\b", 0.7),
            ("name-comma-age", rf"\b{NAME}\s*,\s*(?P<v>age\s+{AGE_NUM}|{AGE_NUM}\s*(?:years?\s*old|yo|y/o))\b", 0.75),
            ("parent-of-age", rf"\b(?:mom|mama|mum|mother|dad|daddy|father|parent|mommy)\s+(?:of|to)\s+(?:a|an|two|three|four|\d)\s+(?P<v>{AGE_NUM}\s*(?:-|\s)?\s*(?:years?|yrs?|months?)\s*(?:-|\s)?\s*olds?)", 0.75),
            ("turns-on-day", rf"\b(?:turns|turning|will\s+be)\s+(?P<v>{AGE_NUM})\s+(?:on|this|next|tomorrow|today)\b", 0.7),
            ("birthday-party-for", rf"\b(?P<v>(?:1[0-7]|[1-9])(?:st|nd|rd|th)?)\s+birthday\s+(?:party\s+)?(?:for|of)\s+(?:my|our)\b", 0.7),
            ("nth-birthday", rf"\b(?P<v>(?:1[0-7]|[1-9])(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|sweet\s+16|sweet\s+sixteen)\s+(?:birthday|bday|b-day)\b", 0.6),
            *minor_age_loose_patterns(),
        ],
        check=_age_check,
    )


AGE_UNIT_OLD = r"(?:-|\s)?\s*(?:years?|yrs?|yr|months?|mos?|weeks?|wks?)\s*(?:-|\s)?\s*old"
NOT_A_PRODUCT_AGE = regex.compile(r"^\s*(?:\+|and\s+(?:up|over|older)|or\s+(?:older|over|up)|to\s+\d|-\s*\d|–\s*\d|and\s+under|\s*&\s*up)", F)
PRODUCT_AGE_BEFORE = regex.compile(r"\b(?:ages?|aged|for|from|up\s+to|under|over|babies|kids|children|toddlers|sizes?|fits?|suitable|recommended|designed|perfect)\s+(?:\w+\s+)?$", F)


def _minor_age_loose_check(text: str, m: regex.Match) -> float | None:
    """A child's age without a relation word right next to it: not a product's age range, a pet or a shop."""
    if NOT_A_PRODUCT_AGE.match(text[m.end("v"):m.end("v") + 12]):
        return None
    if PRODUCT_AGE_BEFORE.search(text[max(0, m.start("v") - 25):m.start("v")]):
        return None
    return _age_check(text, m, m.start("v"))


def _minor_age_child_check(text: str, m: regex.Match) -> float | None:
    """An age ("2 today", "at age six") in a post that speaks of a child or names one."""
    if _minor_age_loose_check(text, m) is None:
        return None
    if _child_context(text, m.start(), m.end(), 120):
        return 0.75
    before = text[max(0, m.start() - 60):m.start()]
    if any(is_given_name(w) for w in _rx(r"(?-i:\b[A-Z][a-z]+)").findall(before)):
        return 0.7
    return None


def minor_age_loose_patterns() -> list[tuple]:
    """Ages of children said without "my son" right beside them: "a teething 10 month old", "your 4 yr old",
    "her 14yo", "ten months old and already...", "(ages 2 and 5)"; and with a child elsewhere in the post:
    "2 today", "at age six"."""
    return [
        ("det-age-old", rf"\b(?:a|an|my|our|his|her|their|the|else's|with)\s+(?:[\w-]+\s+){{0,2}}?(?P<v>{AGE_NUM}\s*{AGE_UNIT_OLD})s?\b", 0.75, _minor_age_loose_check),
        ("when-your-age", rf"\bwhen\s+your\s+(?:[\w-]+\s+)?(?P<v>{AGE_NUM}\s*{AGE_UNIT_OLD})s?\b", 0.7, _minor_age_loose_check),
        ("cumple-anos", r"\b(?:cumple|cumplió|cumplio|tiene|turns)\s+(?P<v>(?:1[0-7]|[1-9]|uno|un|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|dieciséis|dieciseis|diecisiete)\s+añitos?|(?:1[0-7]|[1-9]|uno|un|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|dieciséis|dieciseis|diecisiete)\s+años)", 0.7, _minor_age_loose_check),
        ("age-yo", rf"\b(?P<v>(?:1[0-7]|[1-9])\s?(?:yo|y/o|y\.o\.))(?!\w)", 0.75, _minor_age_loose_check),
        ("infant-age", rf"\b(?P<v>(?:1[0-9]|2[0-4]|[1-9]|{AGE_WORDS}|eighteen|twenty)\s*(?:-|\s)?\s*(?:months?|weeks?)\s*(?:-|\s)?\s*old)\b", 0.7, _minor_age_loose_check),
        ("kids-are-ages", rf"\b(?:kids|kiddos|boys|girls|twins|children|littles|grandkids|grandchildren|babies)\s+(?:are|were|turned|turn|will\s+be|just\s+turned|are\s+now)\s+(?:now\s+)?(?P<v>{AGE_NUM}(?:\s*(?:,|and|&)\s*{AGE_NUM})*)\b(?!\s*(?:%|\$|am\b|pm\b|o'?clock|and\s+up|\+|years\s+in\s+business))", 0.75, _age_check),
        ("kids-ages", rf"\b{POSS}\s+(?:\w+\s+){{0,2}}?(?:kids|kiddos|children|boys|girls|twins|babies|grandkids|grandchildren|littles|little\s+ones)\s*[(,:-]\s*(?:ages?|aged)?\s*(?P<v>{AGE_NUM}\s*(?:,|and|&)\s*{AGE_NUM}(?:\s*(?:,|and|&)\s*{AGE_NUM})*)\b", 0.75, _age_check),
        ("age-today", rf"(?<![\d$£€.,:/#-])\b(?P<v>{AGE_NUM})\s*(?:years?\s+old\s+)?(?:today|tomorrow|this\s+week)\b(?!\s*(?:only|%|am|pm))", 0.7, _minor_age_child_check),
        ("at-age", rf"\b(?:at|by)\s+(?:the\s+)?(?:age\s+(?:of\s+)?|just\s+)(?P<v>{AGE_NUM})\b(?!\s*(?:%|\$|months?\s+in))", 0.7, _minor_age_child_check),
        ("turning-age", rf"\b(?:is|was)\s+(?:turning|about\s+to\s+turn|almost|nearly)\s+(?P<v>{AGE_NUM})\b(?!\s*(?:%|\$|am|pm|o'?clock|years\s+in\s+business))", 0.7, _minor_age_child_check),
    ]


NOT_A_CHILD_WORDS = (
    r"(?:shop|store|business|company|brand|team|truck|gym|studio|salon|bakery|cafe|café|boutique|dog|cat|puppy|pup|"
    r"kitty|starter|candle|line|blog|channel|podcast|page|account|website|collection|restaurant|bar|brewery|market|biz|"
    r"shop\s+dog|shop\s+cat|office|group|club|class|product|formula|recipe|van|car|house|building|tree|plant|"
    r"horse|pony|chickens?|goats?|sourdough|business\s+baby|little\s+shop|newsletter|charity|anniversary|sale|scoby|kombucha|"
    r"mascot|tortoise|parrot|bird|rabbit|bunny|hamster|fish|lizard|guinea\s+pig|car|machine|oven|website|app|shopfront|storefront|"
    r"flavou?rs?|cheese|whiske?y|wine|bourbon|scotch|rum|beer|brew|coffee|tea|cider|vinegar|balsamic|blend|batch|soap|candles?|range|"
    r"design|logo|menu|dish|sauce|kimchi|culture|ferment|jam|honey|scent|bottle|barrel|cask|vintage|starter\s+culture)"
)
NOT_A_CHILD = regex.compile(r"\b" + NOT_A_CHILD_WORDS + r"\W{0,3}$", F)
NOT_A_CHILD_AFTER = regex.compile(r"\W{0,3}(?:-|\s)*" + NOT_A_CHILD_WORDS + r"\b", F)


def _age_check(text: str, m: regex.Match, start: int | None = None) -> float | None:
    """A pet, a shop or a product turning five is not a child's age; an Nth birthday needs a child."""
    start = m.start() if start is None else start
    before = text[max(0, start - 40): start]
    before = _rx(r"\s*(?:\"[^\"]{1,30}\"|“[^”]{1,30}”)").sub("", before)  # a quoted pet or product name
    tail = _rx(r"\s+(?:just|now|officially|finally|will|is|turns?|turned|turning|be|'s|our|own|the|a|an|of)\s*$", F).sub("", before)
    tail = _rx(r"(?:\s+(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lady|Lord)\.?)?(?:\s+(?-i:[A-Z][a-z]+)){1,2}\s*$").sub("", tail)  # a pet's or product's name
    tail = _rx(r"\s+(?:just|now|officially|finally|will|is|turns?|turned|turning|be|'s|our|own|the|a|an|of)\s*$", F).sub("", tail)
    if NOT_A_CHILD.search(tail.rstrip()) or NOT_A_CHILD.search(before.rstrip()):
        return None
    after = text[m.end(): m.end() + 30]
    if NOT_A_CHILD_AFTER.match(after):
        return None
    if _rx(r"\b(?:anyone|anybody|everyone|everybody|any\s+kid|kids\s+who|children\s+who|all\s+kids)\b(?!\s+else)[^.!?\n]{0,20}$", F).search(before):
        return None  # an offer to whoever turns five, not somebody's child
    if _rx(r"(?:birthday|bday|b-day)\b", F).search(m.group(0)):
        window = text[max(0, m.start() - 60): m.end() + 60].lower()
        name_before = _rx(r"(?-i:\b([A-Z][a-z]+)(?:'s|’s))\s*$").search(text[max(0, start - 30):start])
        if name_before and is_given_name(name_before.group(1)) and not _rx(r"\b(?:sale|anniversary|in\s+business|% off)").search(window):
            return 0.75  # "Nolan's 8th bday party"
        if _rx(r"\b(?:shop|store|business|boutique|bakery|brand|company|studio|salon|our\s+little\s+shop|anniversary|sale)\b").search(window):
            return None
        if not _rx(CHILD + r"|\b(?:she|he|her|his)\b", F).search(window):
            return None
    return 0.8


def school_recognizer() -> RegexRecognizer:
    """A child's school or grade, when the post is about the poster's child."""
    return RegexRecognizer(
        "CHILD_SCHOOL",
        [
            ("school-name", rf"(?P<v>{SCHOOL_NAME})", 0.75),
            ("saint-school", r"\b(?:at|from|to|for)\s+(?:the\s+)?(?P<v>(?-i:St\.?\s+[A-Z][a-z]+(?:'s|’s)))(?!\s+(?-i:[A-Z]))(?=[^.!?\n]{0,80}\b(?:school|class|grade|year\s+\d|teacher|pick-?up|drop-?off|school\s+run|kindergarten|reception|nursery|preschool|pre-k|pta|conferences?|assembly|recital|nativity|concert|play\b))|(?<=\b(?:school|class|grade|year\s+\d{1,2}|teacher|pick-?up|drop-?off|kindergarten|reception|nursery|preschool|pre-k|parent-teacher\s+conferences?|conferences?|assembly)\b[^.!?\n]{0,40}?\b(?:at|from|to)\s+(?:the\s+)?)(?P<v>(?-i:St\.?\s+[A-Z][a-z]+(?:'s|’s)))(?!\s+(?-i:[A-Z]))", 0.7),
            ("grade-at", rf"\b(?:grade|kindergarten|kinder|pre-?k|preschool|year\s+\d{{1,2}})\s+at\s+(?P<v>(?-i:(?:St\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{0,2}}))", 0.7),
            ("grade", rf"\b(?:in|of|starts?|started|starting|finish(?:es|ed)?|into|entering|for|graduat(?:es|ed|ing)(?:\s+from)?|complet(?:es|ed)|mov(?:es|ed|ing)\s+up\s+to|promoted\s+to)\s+(?P<v>{ORDINAL_GRADE}|grade\s+\d{{1,2}}|kindergarten|pre-?k|year\s+\d{{1,2}})\b", 0.7),
            ("name-year", rf"\b(?-i:[A-Z][a-z]+)'s\s+(?P<v>(?:year|grade|yr)\s*\d{{1,2}}|(?:1st|2nd|3rd|[4-9]th|1[0-2]th)\s+grade|(?:kindergarten|pre-?k|reception)\s+class)\b", 0.7),
            ("teacher-name", r"\b(?:teacher|homeroom\s+teacher|preschool\s+teacher|pre-?k\s+teacher|kindergarten\s+teacher|class\s+teacher|form\s+tutor)\s*(?:,|is|was)?\s*(?P<v>(?-i:(?:Mrs|Mr|Ms|Miss|Mx)\.?\s+[A-Z][a-z]+))", 0.7,
             lambda text, m: _school_check(text, m) if _child_context(text, m.start(), m.end(), 80) else None),
            ("teacher-class", rf"\b(?P<v>(?-i:(?:Mrs?|Ms|Miss|Mr)\.?\s+[A-Z][a-z]+)'s\s+(?:[\w-]+\s+){{0,2}}(?:class|classroom|room|homeroom))", 0.7),
        ],
        requires=rf"\b(?:my|our)\s+(?-i:[A-Z][a-z]+)\b|\bpick-?ups?\b|\bdrop-?offs?\b|\bparent-?teacher\b|\b{POSS}\s+(?:\w+\s+){{0,2}}{CHILD}\b|\b(?:she|he|they)(?:'s|\s+is|\s+are)?\b|\bfirst\s+day\s+of\b|\b(?:mama|mommy|mom|dad|daddy|mum)\b|\bschool\s+(?:pick-?up|drop-?off|run)\b|\b{NAME}\s+(?:is|starts|started)\s+(?:in|at)\b",
        check=_school_check,
    )


MY_CHILD = regex.compile(rf"\b(?:my|our)\s+(?:[\w-]+\s+){{0,2}}?{CHILD}\b", F)


def _school_check(text: str, m: regex.Match) -> float | None:
    if MY_CHILD.search(text, max(0, m.start() - 80), m.end() + 80):
        return 0.75  # "volunteering at my son's school, Greenfield Primary": whatever else the post says
    window = text[max(0, m.start() - 80): m.end() + 80].lower()
    if _rx(r"\b(?:sponsor|sponsoring|fundraiser|donat|pta|pto|booth|vendor|craft\s+fair|fair\s+(?:booth|table|stall)|auction|raffle|deliver|delivery|deliveries|volunteer\w*|cater\w*|prom\b|teach(?:es|ing)?\b|classes|program|students|reading\s+day|workshop|assembly\s+for|our\s+team|discount|% off|teachers?\s+appreciation|staff|bulk\s+order|catering|field\s+trip\s+to\s+our)").search(window):
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


NOT_A_STREET = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday",
    "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "days", "weeks", "months", "years", "hours",
    "minutes", "stars", "ways", "tips", "reasons", "things", "pack", "packs", "items", "orders", "pieces", "boxes",
    "bottles", "jars", "candles", "cookies", "people", "kids", "bedrooms", "bed", "bath", "beds", "baths", "new",
    "free", "off", "ave", "street", "road", "and", "the", "for", "with", "but", "year", "day", "week", "month",
    "hour", "time", "times", "flavors", "flavours", "colors", "colours", "sizes", "styles", "scents", "designs",
    "followers", "likes", "comments", "shares", "views", "members", "customers", "winners", "spots", "seats",
    "tickets", "slots", "left", "only", "more", "percent", "dollars", "bucks", "pounds", "euros", "grand", "mile", "miles",
}
HOME_NEAR = regex.compile(
    r"\b(?:my\s+(?:house|home|place|porch|driveway|garage|apartment|apt|flat|condo|duplex|townhouse|street|yard|door|mailbox)|"
    r"our\s+(?:house|home|place|porch|driveway|garage|apartment|apt|flat|condo|duplex|townhouse|street|yard|door|mailbox)|"
    r"the\s+(?:\w+\s+){0,2}(?:house|bungalow|duplex|cottage|townhouse|farmhouse|trailer|one)\s+(?:with|on\s+the\s+corner|at\s+the\s+end|next\s+to|across)|"
    r"(?:blue|white|yellow|red|green|grey|gray|brick|pink|tan|brown|black)\s+(?:\w+\s+)?(?:house|bungalow|duplex|cottage|townhouse|door)|"
    r"i\s+live|we\s+live|live\s+at|porch|driveway|doorstep|front\s+door|side\s+door|back\s+door|mailbox|yard\s+sale|garage\s+sale|"
    r"moving\s+sale|estate\s+sale|knock(?!\s+knock)|doorbell|ring\s+the\s+bell|new\s+house|new\s+home|"
    r"finally\s+ours|housewarming|is\s+ours|mine\b|at\s+mine|the\s+courier|can't\s+find\s+us|left\s+side|right\s+side|unit\s+[a-z0-9]\b)", F)


def _home_near_check(text: str, m: regex.Match) -> float | None:
    """A street corner ("on 3rd and Pine") is an address only with a home close by."""
    if any(w in NOT_NAMES or w.lower() in NOT_A_STREET for w in _rx(r"(?-i:[A-Z][a-z]+)").findall(m.group("v"))):
        return None
    return 0.55 if HOME_NEAR.search(text, max(0, m.start() - 100), m.end() + 100) else None


def _home_address_check(text: str, m: regex.Match) -> float | None:
    """A house number and a name ("2217 Birchwood") are an address only with a home close by."""
    words = m.group("v").split()
    name_words = [w for w in words if w[:1].isalpha() and w not in ("N", "S", "E", "W", "N.", "S.", "E.", "W.")]
    if not name_words or any(w.lower() in NOT_A_STREET for w in name_words[:1]):
        return None
    if name_words[0] in NOT_NAMES:
        return None
    window = text[max(0, m.start() - 100): m.end() + 100]
    if not HOME_NEAR.search(window):
        return None
    return 0.55


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
            ("number-name-home", rf"(?<![\d$£€#.,:/-])(?P<v>\b\d{{1,5}}[A-Za-z]?\s+(?:(?-i:[NSEW])\.?\s+)?(?-i:[A-Z][a-z]{{2,}}(?:\s+[A-Z][a-z]{{2,}})?))\b(?!\s*(?:%|am\b|pm\b|-))", 0.55, _home_address_check),
            ("rural-route", r"(?P<v>\b(?:RR|R\.R\.|Rural\s+Route|HC|Star\s+Route)\s*#?\d{1,4}\s*,?\s*Box\s*#?\d{1,5})\b", 0.7),
            ("county-road", r"(?P<v>\b\d{1,6}\s+(?:County\s+Road|County\s+Rd\.?|CR|Farm\s+Road|FM|Ranch\s+Road|State\s+Route|Route|Rte\.?|Hwy|Highway)\s+\d{1,4}[A-Z]?)\b", 0.65),
            ("lot-or-block", r"(?P<v>\b(?:Lot|Plot|Block|Blk|House\s+No\.?|H\.?\s?No\.?)\s*#?\d{1,4}[A-Z]?\s*,\s*(?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}))\b", 0.55, _home_address_check),
            ("flat-in-complex", r"(?P<v>\b(?-i:[A-Z])?-?\d{1,4}[A-Z]?\s*,\s*(?-i:[A-Z][a-z]+\s+){1,3}(?-i:Apartments|Apts|Towers|Residency|Residences|Heights|Society|Complex|Enclave|Nagar|Colony|Layout|Mansions|Court|House|Villas))\b", 0.6),
            ("number-then-calle", r"(?P<v>\b\d{1,5}\s+(?-i:Calle|Avenida|Av\.|Carrera|Rua|Rue|Via|Viale|Camino|Paseo)\s+(?-i:[A-Z][\w'’.-]+)(?:\s+(?-i:[A-Z][\w'’.-]+)){0,2})\b", 0.6),
            ("intersection", r"\b(?:on|at|of)\s+(?:the\s+corner\s+of\s+)?(?P<v>(?:\d{1,3}(?:st|nd|rd|th)|(?-i:[A-Z][a-z]{2,}))\s+(?:and|&)\s+(?:\d{1,3}(?:st|nd|rd|th)|(?-i:[A-Z][a-z]{2,})))\b", 0.55, _home_near_check),
            ("number-on-street", r"(?P<v>\b(?:number|no\.?|#)\s*\d{1,5}[A-Za-z]?\s+(?:on|in)\s+(?-i:[A-Z][a-z]{2,}(?:\s+[A-Z][a-z]{2,})?))\b", 0.6, _home_address_check),
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
    words = len(_rx(DIGIT_WORD, F).findall(value))
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
            ("code-later", rf"\b{CODE_PLACE}\b[^.!?\n]{{0,60}}?\b(?:code|pin|combo|combination|is|'s|punch|enter|type|opens\s+with|open\s+with|unlocks?\s+with)\b[^.!?\n\d]{{0,40}}?(?P<v>{value})(?!\d)", 0.85),
            ("code-to", rf"\b(?:code|pin|combo)\s+(?:to|for)\s+(?:the|my|our)\s+(?:\w+\s+)?{CODE_PLACE}\s*(?:is|:)?\s*(?P<v>{value})(?!\d)", 0.9),
            ("code-at", rf"(?P<v>[#*]?\d{{3,8}}#?)\s+(?:at|on|into|in)\s+the\s+(?:\w+\s+)?{CODE_PLACE}\b", 0.85),
        ],
        check=_code_check,
    )


def _dob_check(text: str, m: regex.Match) -> float | None:
    """A birthday with this year's or next year's date is an event (a sale, a party), not a birth date."""
    years = _rx(r"(?:19|20)\d{2}").findall(m.group("v"))
    label = m.group("label").lower() if m.group("label") else ""
    if years and int(years[-1]) >= 2024 and not _rx(r"dob|d\.o\.b|birth\s*date|birthdate|born|date\s+of\s+birth").search(label):
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
    "memory care", "ear tubes", "tubes put in", "tonsils out", "tonsils removed", "iud", "deaf in", "hard of hearing",
    "blind in", "relapsed", "in treatment", "back in treatment", "blood clot", "clot", "maternity ward", "labor and delivery",
    "my ob", "our ob", "the ob", "obstetrician", "midwife", "rheumatologist", "endocrinologist", "gastroenterologist",
    "nephrologist", "hematologist", "pulmonologist", "urologist", "gynecologist", "gynaecologist", "pediatric oncology",
    "psych hold", "inpatient", "outpatient", "infusion center", "cancer-free", "cancer free", "all clear from",
    "scan results", "anatomy scan", "week scan", "transplant list", "on the list for a", "care home", "nursing home",
    "assisted living", "palliative", "terminal", "on life support", "ventilator", "intubated", "cast on",
    "in a cast", "crutches", "broken foot", "fractured", "torn meniscus",
    "slipped disc", "herniated disc", "back surgery", "spinal fusion", "surgeon", "anesthesia", "recovery room",
    "needed stitches", "got stitches",
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
CHARITY_AFTER = regex.compile(r"^\W{0,3}(?:shots?\s+(?:available|clinic|here|walk-?ins?)|season|vaccines?\s+(?:available|clinic|here|walk-?ins?)|clinic\s+(?:now|is|will|offers|hours|team|staff|opens)|counter|awareness|acceptance|research|center|centre|society|institute|foundation|month|day|week|walk|run|survivors?|ward|unit|charity|fund\b|patients|friendly|support\s+group|-friendly|-safe|safe)", F)


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
    if _rx(r"\b(?:awareness|research|fundraiser|fundraising|charity|5k|walk\s+for|run\s+for)\b", F).search(text[max(0, start - 40):start]):
        return None
    if _rx(r"\b(?:if\s+(?:you(?:'re|\s+are)?\s+)?|while\s+|when\s+|during\s+|not\s+for\s+(?:use\s+)?(?:by\s+)?|unless\s+|consult[^.]{0,40}|especially\s+if\s+(?:you(?:'re|\s+are)?\s+)?)$", F).search(text[max(0, start - 60):start]):
        return None  # a label's caution ("if pregnant, consult your doctor"), nobody's own health
    if _rx(r"\byour\s+(?:\w+\s+)?$", F).search(text[max(0, start - 20):start]):
        return None  # "check with your midwife", "your doctor": advice, nobody's own health
    if _rx(r"\b(?:can|could|cannot|can't|to|will\s+never|never)\s+(?:get|be|become)\s*$", F).search(text[max(0, start - 30):start]):
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
    if (not _rx(HEALTH_SUBJECT, F).search(before) and not _rx(HEALTH_SUBJECT, F).search(sentence[rel: rel + 60])
            and not any(is_given_name(w) for w in _rx(r"(?-i:\b[A-Z][a-z]+\b)").findall(before))
            and (m.group("v").lower().startswith("recover") or not SENTENCE_SUBJECTLESS.search(text, 0, start))):
        return None
    around = sentence[max(0, rel - 30): rel]
    if _rx(NOT_DISCLOSURE, F).search(around):
        return None
    return 0.7


# everyday complaints that say little about anybody's health, left out of the lexicon frames below
MINOR_AILMENTS = {
    "acne", "allergies", "allergy", "seasonal allergies", "spring allergies", "hay fever", "headache", "headaches",
    "cold sore", "cold sores", "colds", "common cold", "head cold", "chest cold", "dandruff", "rash", "heat rash",
    "diaper rash", "heartburn", "constipation", "bloating", "hiccups", "motion sickness", "sore throat", "sore throats",
    "teething pain", "cradle cap", "bee stings", "spider bites", "snake bites", "mosquito bites", "sunburn", "wrinkles",
    "dry skin", "hair loss", "cavities", "cavity", "blood pressure", "blood sugar", "cholesterol", "disease",
    "diseases", "disorder", "disorders", "illness", "illnesses", "syndrome", "syndromes", "infection", "infections",
    "inflammation", "parasite", "parasites", "bacterias", "lesion", "lesions", "lump", "lumps", "cyst", "cysts", "boil",
    "boils", "fever", "fevers", "flu", "cold & flu", "cold and flu", "colds and flu", "insomnia", "nausea", "stye", "styes",
    "pms", "cold symptoms", "flu symptoms", "covid symptoms", "ear ringing", "eye floaters", "nosebleed", "nosebleeds",
    "brain fog", "period pain", "period pains", "cramps", "menstrual cramps", "joint pain", "back pain", "knee pain",
    "neck pain", "muscle aches", "aches", "fatigue", "stress", "sunburns", "blemishes", "breakouts", "dark circles",
    "puffy eyes", "cellulite", "stretch marks", "snoring", "jet lag", "hangover", "hangovers", "stomach ache",
    "stomachache", "tummy ache", "upset stomach", "gas", "indigestion", "dry eyes", "itchy skin", "sensitive skin",
}
# over-the-counter remedies and general words in the medications lexicon: "my advil" says nothing
COMMON_REMEDIES = {
    "tums", "advil", "motrin", "tylenol", "aspirin", "aleve", "ibuprofen", "acetaminophen", "naproxen", "excedrin",
    "benadryl", "zyrtec", "claritin", "allegra", "flonase", "sudafed", "nyquil", "dayquil", "mucinex", "robitussin",
    "cough syrup", "vicks", "neosporin", "orajel", "anbesol", "midol", "imodium", "pepto", "pepto-bismol", "miralax",
    "gas-x", "antacids", "antihistamine", "antihistamines", "decongestant", "decongestants", "sleep aid", "medicine",
    "medicines", "vaccine", "vaccines", "vaccination", "vaccinations", "flu shot", "flu shots", "covid vaccine", "pill",
    "pills", "surgery", "prescription", "prescriptions", "medication", "medications", "meds", "prescription meds",
    "prescription medication", "prescription pills", "hydrocortisone", "steroid cream", "steroid creams", "cortisone", "zantac", "pepcid",
}


FAMILY = (r"(?:my|our|his|her|their|mom's|mum's|dad's|mother's|father's|husband's|hubby's|wife's|partner's|son's|"
          r"daughter's|sister's|brother's|grandma's|grandpa's|nana's|granny's|baby's|kid's|kids'|child's|toddler's|"
          r"fianc[eé]e?'s|boyfriend's|girlfriend's|aunt's|uncle's|niece's|nephew's|cousin's|stepson's|stepdaughter's|"
          r"(?-i:[A-Z][a-z]+)'s)")
SENTENCE_SUBJECTLESS = regex.compile(
    r"(?:^|[.!?\n]\s*|\b(?:so|and|but|lol|update:|update)\s+)(?:just\s+|finally\s+|still\s+|officially\s+)?(?:had|got|getting|been|being|living|dealing|"
    r"recovering|diagnosed|battling|fighting|struggling|suffering|started|starting|finished|finishing|going\s+in|went\s+in|"
    r"back\s+from|home\s+from|out\s+of|off\s+to|heading\s+in|currently|chronic|\d+\s+(?:days?|weeks?|months?|years?))\b[^.!?\n]{0,50}$", F)


def _health_lexicon_check(text: str, m: regex.Match) -> float | None:
    """A condition or medicine from the lexicons in a disclosure frame ("living with MS", "my bipolar",
    "Mom's methotrexate shots"): not a product's label, an awareness event or a general statement."""
    start = m.start("v")
    if CHARITY_AFTER.search(text[m.end("v"):m.end("v") + 20]) or _inside_quotes(text, start, m.end("v")):
        return None
    before = text[max(0, m.start() - 40):m.start()]
    if _rx(r"\b(?:\d+\s+in\s+\d+|people|women|men|anyone|someone|everyone|millions|thousands|many|most|those|you|your|ladies|folks|customers|clients)\b[^.!?\n]{0,30}$", F).search(before):
        return None  # a general statement or advice, nobody's own health
    if _rx(r"\b(?:awareness|research|fundraiser|fundraising|charity|5k|walk\s+for|run\s+for|support(?:s|ing)?\s+(?:people|families|those|anyone|kids|children|women|men|patients)|for\s+(?:people|families|those|anyone|kids|children|women|men|patients|customers|clients)|helps?|helped|relieve[sd]?|cures?|cured|treats?|heals?|fights?|reverse[sd]?|prevents?|ease[sd]?|soothe[sd]?|calm(?:s|ed)?)\s*(?:\w+\s+){0,3}$", F).search(before):
        return None
    return 0.7


ABBREVIATED_CONDITIONS = frozenset({"ms", "als", "pots", "ckd", "eds"})  # everyday words unless capitalised


@lru_cache(maxsize=None)
def _conditions_set() -> frozenset[str]:
    return frozenset(t for t in lexicon("diseases.txt") if t not in MINOR_AILMENTS and len(t) > 2) | ABBREVIATED_CONDITIONS


_WORD_BEFORE = regex.compile(r"([\w'&/.-]+)\s+$")


@lru_cache(maxsize=None)
def _medicines_set() -> frozenset[str]:
    return frozenset(t for t in lexicon("medications.txt") if t not in COMMON_REMEDIES and len(t) > 2)


def _condition_before(text: str, pos: int, terms: frozenset[str] | None = None) -> int | None:
    """Where a term of the lexicon (conditions by default) ends right before ``pos`` ("breast cancer| survivor"),
    its start."""
    words: list[tuple[int, str]] = []
    end = pos
    for _ in range(4):
        m = _WORD_BEFORE.search(text, max(0, end - 40), end)
        if m is None:
            break
        words.insert(0, (m.start(1), m.group(1)))
        end = m.start(1)
    conditions = _conditions_set() if terms is None else terms
    for i in range(len(words)):  # the longest condition first
        start = words[i][0]
        phrase = text[start:pos].strip().lower()
        phrase = _rx(r"\s+").sub(" ", phrase)
        if phrase in conditions:
            if phrase in ABBREVIATED_CONDITIONS and not text[start:start + len(phrase)].isupper():
                continue  # "ms", "pots": only as the capitalised abbreviation
            return start
    return None


TERM_WORDS = r"[\w'’&/.-]+(?:[ \t]+[\w'’&/.-]+){0,3}"  # up to four words; the check keeps the lexicon term among them
NOT_A_DISCLOSURE_AFTER = regex.compile(
    r"^\s*(?:awareness|research|month|walk|charity|blend|formula|roller|oil|tea|capsules|gummies|support|friendly|-friendly|safe|-safe)\b", F)


def _term_at(text: str, start: int, terms: frozenset[str]) -> int | None:
    """The end of the longest lexicon term (up to four words) starting at ``start``."""
    words = list(_rx(r"[\w'’&/.-]+").finditer(text[start:start + 80]))[:4]
    for k in range(len(words), 0, -1):
        end = start + words[k - 1].end()
        ends = [end]
        if text[:end].endswith("."):
            ends.append(end - 1)  # "... my cancer." ends the sentence: try without the full stop
        hyphen = text.rfind("-", start + words[k - 1].start(), end)
        if hyphen > start + words[k - 1].start():
            ends.append(hyphen)  # "cancer-free", "covid-positive": the term before the hyphen
        for e in ends:
            phrase = _rx(r"\s+").sub(" ", text[start:e].lower()).replace("’", "'")
            if phrase in terms:
                if phrase in ABBREVIATED_CONDITIONS and not text[start:e].isupper():
                    continue
                return e
    return None


def _term_check(terms: Callable[[], frozenset[str]], then: Callable):
    """A check for patterns that end in a few words (``TERM_WORDS``): keeps the lexicon term they start with,
    then applies ``then`` to it; the reported span is the term."""

    def check(text: str, m: regex.Match):
        start = m.start("v")
        end = _term_at(text, start, terms())
        if end is None or NOT_A_DISCLOSURE_AFTER.match(text[end:end + 20]):
            return None
        score = then(text, _Span(text, start, end))
        return None if score is None else (score, start, end)

    return check


def _medicine_use_check(text: str, m: regex.Match):
    """A use word ("prescription", "shots", "refill") right after a medicine from the lexicon."""
    return _condition_role_check(text, m, _medicines_set())


def _condition_role_check(text: str, m: regex.Match, terms: frozenset[str] | None = None):
    """A role word ("survivor", "flare", "diagnosis") right after a condition from the lexicon."""
    start = _condition_before(text, m.start("v"), terms)
    if start is None:
        return None
    if _inside_quotes(text, start, m.end("v")) or CHARITY_AFTER.search(text[m.end("v"):m.end("v") + 20]):
        return None
    score = _health_check(text, _Span(text, start, m.end("v")))
    return None if score is None else (score, start, m.end("v"))


class _Span:
    """A stand-in for a match over text[start:end] (group ``v``), for checks that read only spans."""

    def __init__(self, text: str, start: int, end: int):
        self._text, self._start, self._end = text, start, end

    def start(self, group=0) -> int:
        return self._start

    def end(self, group=0) -> int:
        return self._end

    def group(self, group=0) -> str:
        return self._text[self._start:self._end]


def health_disclosure_recognizer() -> RegexRecognizer:
    return RegexRecognizer(
        "HEALTH_DISCLOSURE",
        [("condition-verb", rf"\b(?:living|diagnosed|dealing|battling|struggling|fighting|recovering|suffering|coping|survived|surviving|beat|beating|treated|hospitali[sz]ed|admitted|managing|diagnosis|flare|flaring)\s+(?:with|from|of|for|up\s+with)\s+(?:(?:a|an|my|her|his|their|the|stage\s+\w+|severe|chronic|nasty|bad|mild|early|late|acute|aggressive|rare|type\s+(?:1|2|one|two|i|ii)|early-onset|postpartum|really|horrible|another|recurring|recurrent)\s+){{0,3}}(?P<v>{TERM_WORDS})", 0.75, _term_check(_conditions_set, _health_lexicon_check)),
         ("condition-role", r"(?<=\w\s+)(?P<v>(?:survivor|sufferer|warrior|patient|diagnosis|flare|flares|flare-?up|journey|relapse|surgery|treatment|treatments|meds|medication|medications|specialist|clinic\s+appointment|appointment|scare))\b", 0.7, _condition_role_check),
         ("has-condition", rf"\b(?:has|had|have|got|caught|came\s+down\s+with|sick\s+with|home\s+with|(?:hospital|hospitali[sz]ed|icu|er|nicu)\s+(?:\w+\s+){{0,3}}?with|tested\s+positive\s+for)\s+(?:a\s+|an\s+|the\s+)?(?:(?:really\s+)?(?:bad|nasty|severe|mild|another|awful)\s+)?(?P<v>{TERM_WORDS})", 0.7, _term_check(_conditions_set, _health_check)),
         ("hospital-stay", r"\b(?:is|was|been|are|were|be|spent|spend|spending|stay|staying|stayed|admitted|rushed|taken|took|ended\s+up|landed|went|going|back|home|discharged|released|night|nights|days?|week|weeks|still)\s+(?:\w+\s+){0,2}?(?:in|at|to|into|from|out\s+of)\s+(?:the\s+)?(?!(?:local|county|community|general|our\s+local)\b)(?P<v>(?:[\w'’-]+\s+){0,2}?(?:hospital|emergency\s+room|icu|nicu|picu|urgent\s+care|maternity\s+ward|a&e))\b(?!\s+(?:fundraiser|charity|foundation|gala|auction|walk|run|drive|staff|nurses\s+for|gift\s+shop|cafeteria))", 0.7, _health_check),
         ("family-condition", rf"\b{FAMILY}\s+(?:(?:chronic|severe|stage\s+\w+|type\s+(?:1|2|one|two)|early-onset|postpartum|new|latest|recent)\s+)?(?P<v>{TERM_WORDS})", 0.7, _term_check(_conditions_set, _health_lexicon_check)),
         ("medicine-taking", rf"\b(?:on|taking|take|takes|started|starting|start|prescribed|switched\s+to|off|quit|stopped|stopping|refill(?:ed)?|dose\s+of|doses\s+of|shot\s+of|{FAMILY})\s+(?:\d+\s*(?:mg|mcg|ml|units?)\s+(?:of\s+)?|(?:a|the|new|higher|lower|daily|weekly)\s+(?:dose\s+of\s+)?)?(?P<v>{TERM_WORDS})", 0.7, _term_check(_medicines_set, _health_lexicon_check)),
         ("medicine-use", r"(?<=\w\s+)(?P<v>prescription|refill|shots?|injections?|infusions?|dose|doses|pills|tablets|patch|pump|appointments?|side\s+effects)\b", 0.7, _medicine_use_check),
         ("sober-time", r"\b(?P<v>(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:days?|weeks?|months?|years?)\s+(?:sober|clean|in\s+recovery|cancer[- ]free|seizure[- ]free|smoke[- ]free))\b", 0.75, _health_lexicon_check),
         ("pregnancy-weeks", r"\b(?P<v>(?:\d{1,2}|twelve|twenty)\s+weeks?\s+(?:today|along|and\s+counting|now|pregnant|down))\b(?=[^\n]{0,120}(?:🤰|bump|nausea|morning\s+sickness|trimester|kicks?|kicking|pregnan|baby|due\b|ultrasound|scan))", 0.7, _health_lexicon_check),
         ("baby-number", r"\b(?P<v>baby\s+(?:#\s?\d|no\.?\s*\d|number\s+(?:\d|two|three|four|five))|(?:baby|bub)\s+(?:#?\d|two|three|four|five)\s+(?:arrives|arriving|is\s+due|due|is\s+coming|coming|on\s+the\s+way))", 0.75, _health_lexicon_check),
         ("measuring", r"\b(?P<v>(?:baby|bump|she|he)(?:'s|\s+is)\s+measuring\s+(?:big|small|ahead|behind|\d+))", 0.7, _health_lexicon_check),
         ("health-term", rf"\b(?P<v>{_trie_alt(HEALTH_TERMS)})(?!\w)", 0.7),
     ("drug-name", r"\b(?:on|taking|started|start|prescribed|off|quit|stopped|switched\s+to|dose\s+of|my)\s+(?P<v>(?-i:[A-Za-z]{3,}(?:pril|olol|statin|prazole|oxetine|aline|azepam|thyroxine|formin|mab|cillin|mycin|zole|sone|glutide|pine|done|xine)))\b", 0.7)],
        check=_health_check,
    )


TRAVEL_PLACE = (r"(?:(?:east|west|gulf|south|north)\s+coast|coast|beach|lake(?:\s+house)?|lakehouse|lake\s+cabin|cabin|cottage|shore|"
                r"mountains|slopes|islands?|resort|campground|campsite|national\s+park|beach\s+house|holiday\s+park|caravan\s+park|"
                r"in-laws'?|grandma's|grandpa's|nana's|my\s+(?:mom|mum|dad|parents|sister|brother|in-laws)(?:'s|')|disney(?:land|\s+world)?|"
                r"the\s+(?:keys|cape|outer\s+banks|lake|beach|coast)|overseas|abroad)")


def whereabouts_recognizers() -> list[RegexRecognizer]:
    return [whereabouts_recognizer(), empty_home_recognizer()]


def empty_home_recognizer() -> RegexRecognizer:
    """The home said to be empty or watched by a sitter ("house is empty till Sunday", "nobody's home")."""
    return RegexRecognizer(
        "WHEREABOUTS",
        [
            ("empty-house", r"(?P<v>\b(?:house|home|place|apartment|flat)(?:'ll|\s+will\s+be|\s+is|\s+sits?|\s+stays?|\s+be)\s+(?:be\s+)?(?:empty|unattended|alone|locked\s+up)|\bflat\s+locked|(?:nobody|no\s*one)(?:'s|\s+will\s+be|\s+is|'ll\s+be)?\s+(?:home|at\s+home|there|at\s+(?:the|our|my)\s+(?:house|place|flat|apartment))|(?:house|cat|dog|pet)[\s-]?sitter|while\s+we(?:'re|\s+are)\s+(?:gone|away)|home\s+alone\s+(?:all|this|for|until)|lights\s+on\s+at\s+our\s+place|our\s+house\s+(?:is\s+)?(?:on\s+vacation|empty)|keep\s+an\s+eye\s+on\s+(?:the|our|my)\s+(?:house|place)|don't\s+rob\s+(?:us|me))", 0.8),
        ],
        check=_whereabouts_check,
        name="postguard:EMPTY_HOME",
    )


def whereabouts_recognizer() -> RegexRecognizer:
    """Being away from home now or for a stated period ("in Cancun all week", "house is empty")."""
    place = r"(?-i:[A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+){0,2})"
    away = (
        rf"(?:out\s+of\s+(?:town|the\s+country|state)|(?:be|been|are|is|am|'re|'ll\s+be|'m)\s+away|(?<!\b(?:could|might|may|would|should)\s)(?:be|been|'ll\s+be|will\s+be)\s+gone|gone\s+(?:till|until|for)|on\s+vacation|on\s+holiday|on\s+(?:our|my|their)\s+hols|"
        rf"on\s+(?:a|our|my|their|the)\s+(?:\w+\s+)?(?:cruise|honeymoon|trip|vacation|holiday|road\s*trip|getaway)|incentive\s+trip|"
        rf"(?<!hats\s)(?<!hat\s)off\s+(?:to|on)\s+(?:{place}|our|my|a)|(?:flying|flew|driving|heading|headed|boarding|leaving|left|jetting|going|travel+ing|moving)\s+(?:out\s+|up\s+|down\s+|back\s+)?(?:(?:to|for)\s+(?:{place}|the\s+(?:coast|lake|beach|airport|mountains|cottage|cabin|shore|hills|islands|keys|cape|farm|ranch)|(?:the\s+|my\s+|our\s+)?{TRAVEL_PLACE}|home|native\s+place)|the\s+(?:coast|lake|beach|mountains|cottage|cabin|shore|hills))|"
        rf"taking\s+(?:a|my|our|the)\s+(?:\w+\s+){{0,3}}(?:vacation|holiday|trip|getaway)|"
        rf"(?:we're|we\s+are|i'm|i\s+am|family\s+is|family's|whole\s+family\s+is|currently|you're|you\s+are|they're|they\s+are)\s+(?:in|at|on|visiting)\s+(?:the\s+)?{place}|"
        rf"at\s+the\s+airport|visiting\s+(?:family|my\s+\w+|our\s+\w+)|abroad|overseas|(?:sunset|sunrise|greetings|hello|live)\s+from\s+{place}|"
        rf"\d+\s+(?:days?|weeks?|nights?)\s+in\s+{place}|(?:we're|we\s+are|i'm)\s+(?:\w+\s+){{0,2}}(?:in|to)\s+{place}|nos\s+vamos|vacaciones|de\s+viaje|"
        # somebody of the household somewhere away: "we'll be on the east coast", "the whole crew is at Disney"
        rf"(?:we're|we\s+are|we'll\s+be|we\s+will\s+be|i'm|i\s+am|i'll\s+be|(?:the\s+)?(?:whole\s+)?(?:family|crew|gang|fam|kids|hubby\s+and\s+i|we\s+all)(?:'s|\s+is|\s+are|\s+will\s+be|'ll\s+be))\s+(?:all\s+)?(?:(?:in|visiting)\s+{place}|(?:in|at|on|up\s+at|down\s+at|out\s+at|visiting)\s+(?:the\s+|my\s+|our\s+)?{TRAVEL_PLACE}|at\s+(?-i:Disney\w*|Universal|Legoland|Six\s+Flags))|"
        # leisure away from home: "cruising the Caribbean", "sipping a margarita in Cabo", "camping in Yosemite"
        rf"(?:cruising|sailing|camping|glamping|skiing|snowboarding|backpacking|island[\s-]hopping|sipping|lounging|sunbathing|snorkel+ing|scuba\s+diving|vacationing|holidaying)\b(?:\s+[\w'’-]+){{0,4}}?\s+(?:in|at|on|around|through|the|by)\s+(?:the\s+)?(?:{place}|{TRAVEL_PLACE})|"
        rf"(?:^|(?<=[.!?]\s{{0,3}}))away\s+(?:at|in|on|for|until|till)\b|"
        rf"(?:we're|we\s+are|i'm|i\s+am|we'll\s+be|currently|went|going|gone|off|(?:family|kids|crew)\s+(?:is|are))\s+(?:\w+\s+)?(?:camping|glamping|backpacking|cruising|sailing|skiing)\b(?!\s+(?:through|past|along\s+with))|"
        rf"(?:^|(?<=[.!?]\s{{0,3}}))(?:camping|glamping|backpacking|cruising|sailing|skiing)\s+(?:in|at|off|till|until|for|this|all|through|the)\b|\baway\s+(?:at|in)\s+(?:the\s+|my\s+|our\s+)?(?:{place}|{TRAVEL_PLACE})|"
        rf"gone\s+to\s+(?:{place}|{TRAVEL_PLACE}|(?:my|our|the)\s+\w+(?:'s)?)|won't\s+be\s+(?:back|home)|(?:don't|won't|not|we|we'll)\s+(?:fly|flying|drive|driving|head|heading|get|getting|sail|sailing)\s+(?:back\s+)?home|been\s+here\s+since|not\s+(?:back|home)\s+(?:till|until|before)|"
        rf"(?:we|i)\s+(?:leave|fly|fly\s+out|head\s+out|drive\s+down|drive\s+up|take\s+off|set\s+off)\s+(?:tonight|tomorrow|today|this\s+\w+|on\s+\w+day|\w+day|next\s+\w+))"
    )
    period = (
        r"(?:until|till|til|through|thru|all\s+(?:week|weekend|month|summer)|this\s+(?:week|weekend)|next\s+(?:week|\d+\s+days)|"
        r"for\s+(?:the\s+)?(?:next\s+)?(?:\d+|a|one|two|three|four|five|six|seven|ten|fourteen|whole)\s+(?:days?|weeks?|nights?|months?)|for\s+(?:a|the)\s+(?:weekend|week|holidays|month|fortnight)|"
        r"(?:\d+|a|one|two|three|four|ten)\s+(?:days?|weeks?|nights?)|a\s+fortnight|back\s+(?:on|next|in|the|\d|mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|right\s+now|"
        r"from\s+(?:the\s+)?\d+|since\s+\w+day|don't\s+fly\s+home|fly\s+home|tonight|today|tomorrow|starting\s+(?:now|today|tomorrow)|resume|return(?:ing)?\s+(?:on|the)|"
        r"regresamos|hasta\s+el|house(?:'ll|\s+will)\s+be\s+empty|\w+day|(?:the\s+)?(?:whole\s+)?(?:long\s+)?weekend|all\s+(?:long\s+)?weekend|"
        r"(?:the|this)\s+(?:whole\s+)?(?:week|month|summer)|when\s+we\s+(?:get\s+back|dock|land|return)|after\s+(?:the\s+)?\d+(?:st|nd|rd|th)?|after\s+new\s+year'?s|(?:for|in)\s+(?:ten|\d+)\s+days)"
    )
    return RegexRecognizer(
        "WHEREABOUTS",
        [
            ("away-then-period", rf"(?P<v>\b{away}\b[^.!?\n]{{0,70}}?\b{period})", 0.75),
            ("period-then-away", rf"(?P<v>\b(?:for|until|till|all|this|next|tonight|today|from)\b[^.!?\n]{{0,40}}?\b{away})", 0.7),
        ],
        check=_whereabouts_check,
        requires=rf"\b{period}",  # a post that names no time can't say for how long the home is empty
    )


def _whereabouts_check(text: str, m: regex.Match) -> float | None:
    """A trade show, market stall or the shop's own premises is work, not an empty home."""
    span = m.group("v").lower()
    if _rx(r"\b(?:booth|expo|convention|conference|market|show|pop-?up|event|table|vendor|festival|fair|summit|trade|stall|warehouse|studio|shop|store|kitchen|office|workshop|training|retreat|bakery|salon|farm\s+stand|truck|bazaar|craft|sale|fundraiser|tasting|demo|class|meetup|party|club|volunteer\w*|cleanup|clean-up|team)\b").search(span):
        return None
    if _rx(r"^[^.!?\n]{0,40}?\b(?:bazaar|booth|expo|market|fair|festival|pop-?up|craft\s+show|trade\s+show|vendor|stall)\b", F).search(text[m.end("v"):]):
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
            ("vehicle-tags", rf"\b{vehicle}\b[^.!?\n]{{0,30}}?\b(?:tags?|plates?)\s*(?:are|is|say|reads?|:|#|-)?\s*(?P<v>{plate})\b", 0.8),
            ("my-tags", rf"\b(?:my|our|his|her)\s+(?:licen[cs]e\s+|vanity\s+|new\s+)?(?:tags?|plates?)\s+(?:say|says|read|reads|is|are|:)\s*(?P<v>{plate})\b", 0.8),
            ("plate-ends", rf"\b(?:plate|tags?|rego|reg)\s+(?:number\s+)?(?:ends|starts|begins)\s+(?:in|with)\s+(?P<v>{plate})\b", 0.8),
            ("plate-colon", rf"\b(?:licen[cs]e\s+|vanity\s+|personali[sz]ed\s+|custom\s+|number\s+)?plate\b[^.!?\n:]{{0,30}}:\s*(?P<v>{plate})\b", 0.8),
            ("uk-reg-near-vehicle", rf"\b{vehicle}\b[^\n]{{0,80}}?(?P<v>(?-i:[A-Z]{{2}}\d{{2}}\s?[A-Z]{{3}}))\b", 0.75),
        ],
        check=_plate_check,
    )


def _plate_check(text: str, m: regex.Match) -> float | None:
    value = m.group("v").strip()
    if not _rx(r"[A-Z]").search(value) or value in {"LOL", "OMG", "LMAO", "ASAP", "TODAY", "YAY", "NEW", "SOLD", "THE"}:
        return None
    if not (_rx(r"\d").search(value) or len(value.replace(" ", "").replace("-", "")) >= 5):
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


def _id_check(text: str, m: regex.Match) -> float | None:
    """Six digits or more; a PAN card; or a mixed id like a Medicare number ("1EG4-TE5-MK72")."""
    v = m.group("v")
    digits = sum(ch.isdigit() for ch in v)
    letters = sum(ch.isalpha() for ch in v)
    if digits >= 6 or _rx(r"(?-i:[A-Z]{5}\d{4}[A-Z])").fullmatch(v):
        return 0.9
    if digits >= 3 and letters >= 3 and len(v.replace("-", "")) >= 9:
        return 0.85
    return None


def id_number_recognizer() -> RegexRecognizer:
    """Identity, tax, account and member numbers introduced by their name (US, UK, Canada, Australia,
    India, Mexico), including NI numbers and PAN card formats."""
    keyword = (r"(?:passport|account|acct|acc|a/c|routing|member|policy|medicare|medicaid|insurance|social\s+security|social(?!\s+(?:media|club|hour|event|night))|ssn|sin|"
               r"nin|nino|ni|national\s+insurance|tax\s+id|tfn|tax\s+file|ein|itin|student\s+id|employee\s+id|aadhaar|aadhar|"
               r"pan|pan\s+card|bsb|sort\s+code|clabe|curp|rfc|cuenta|iban|licen[cs]e|nhs|health\s+card|ohip|id\s+card|national\s+id)")
    value = (r"(?-i:[A-Z]{5}\d{4}[A-Z])|(?-i:[A-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D])|(?-i:[A-Z0-9]{2,5}(?:-[A-Z0-9]{2,5}){1,4})(?=\W|$)"
             r"|(?:(?-i:[A-Z]{1,3})\s?)?\d[\d -]{4,22}[\dA-Z]")
    return RegexRecognizer(
        "ID_NUMBER",
        [("labelled-id", rf"\b{keyword}\b(?:'s)?\s*(?:number|no\.?|num|#)?[^.!?\n\d]{{0,30}}?(?:(?:no\.?|#|number)\s*)?(?P<v>{value})\b", 0.9),
         # "New passport arrived! No. 548329017": the number in the next sentence, labelled "No." or "#"
         ("id-then-number", rf"\b(?:passport|licen[cs]e|social\s+security|ssn|national\s+insurance|medicare|health\s+card)\b[^\n\d]{{0,60}}?\b(?:no\.?|number|#)\s*(?P<v>\d[\d -]{{6,14}}\d)\b", 0.85)],
        check=_id_check,
    )


def _phone_check(text: str, m: regex.Match) -> float | None:
    """Seven to fifteen digits, in figures, in words ("four one two") or both."""
    v = m.group("v")
    n = sum(ch.isdigit() for ch in v) + len(_rx(rf"(?<!\w){DIGIT_WORD}(?!\w)", F).findall(v))
    return 0.6 if 7 <= n <= 15 else None


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
            ("phone-word", rf"\b{words}\b[^\d\n]{{0,45}}(?P<v>{number})(?!\d)", 0.6),
            ("mixed-digits-words", rf"\b{words}\b[^\d\n]{{0,40}}?(?P<v>(?<!\w)(?:\(?\d{{1,4}}\)?|{DIGIT_WORD})(?:[\s,.-]+(?:\(?\d{{1,4}}\)?|{DIGIT_WORD})(?!\w)){{3,12}})", 0.6),
            ("spelled-out", rf"(?P<v>\b{spelled}\b)", 0.6),
        ],
        check=_phone_check,
        name="postguard:PHONE_TYPED",
    )


def card_number_recognizer() -> RegexRecognizer:
    """A payment card number said to be one ("my visa 4916 ...", "card ... exp 04/28"), valid checksum or not:
    a typo'd card number is still a card number. Presidio's recognizer needs the checksum to hold."""
    number = r"(?<![\d-])(?:\d{4}[\s-]?\d{4}[\s-]?\d{4}[\s-]?\d{1,7}|3[47]\d{2}[\s-]?\d{6}[\s-]?\d{5})(?![\d-])"
    return RegexRecognizer(
        "CREDIT_CARD",
        [
            ("card-word", rf"\b(?:card|visa|mastercard|master\s+card|amex|american\s+express|discover|debit|credit)\b[^.!?\n\d]{{0,40}}(?P<v>{number})", 0.7),
            ("card-expiry", rf"(?P<v>{number})\s*,?\s*(?:exp(?:iry|ires)?\.?|cvv|cvc|security\s+code)\b", 0.7),
        ],
        name="postguard:CARD_TYPED",
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
        *whereabouts_recognizers(), licence_plate_recognizer(), driver_licence_recognizer(), id_number_recognizer(),
        phone_recognizer(), obfuscated_email_recognizer(), card_number_recognizer(),
    ]
