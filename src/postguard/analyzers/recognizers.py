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

import datetime as _dt
import unicodedata
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


class _Lazy:
    """A pattern compiled on its first search (with ``_compile``): the checks below cost nothing at start-up."""

    def __init__(self, pattern: str):
        self.pattern = pattern
        self._compiled: regex.Pattern | None = None

    def compiled(self) -> regex.Pattern:
        if self._compiled is None:
            self._compiled = _compile(self.pattern)
        return self._compiled

    def search(self, *args, **kwargs):
        return self.compiled().search(*args, **kwargs)

    def match(self, *args, **kwargs):
        return self.compiled().match(*args, **kwargs)


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
    """A first name from the census-based lexicon, capitalised as names are written ("Harper", not "harper");
    accents are ignored ("Lucía" is "Lucia")."""
    if not word[:1].isupper() or word in NOT_NAMES:
        return False
    low = word.lower()
    return low in given_names() or (not low.isascii() and _unaccented(low) in given_names())


def _unaccented(word: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", word) if not unicodedata.combining(ch))


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
    "first-born", "1st born", "first born", "1st-born", "caboose", "tween", "preteen", "stepkids", "grandkids", "grandbabies",
    "granddaughters", "grandsons", "bambino", "bambina",
    "lil bro", "lil sis", "little brother", "little sister", "baby brother", "baby sister", "kid brother",
    "kid sister", "godson", "goddaughter", "godchild", "foster son", "foster daughter", "foster kids", "foster child",
    "stepchild", "bonus son", "bonus daughter", "grader", "graders", "kindergartner", "kindergartener", "preschooler",
    "schoolboy", "schoolgirl", "bunso", "panganay", "pikin", "laaitie", "small sister", "small brother", "middle one", "youngest one", "oldest one", "eldest one", "little graduate", "little grad", "lil grad", "lad", "lass", "little helper", "lil helper", "mini helper", "wee one", "wee man", "bairn",
])
# a child word somewhere near: "my son", "our twins", "the kids", "she/he" with a family word
CHILD_NEAR = _Lazy(rf"\b(?:my|our|mi|his|her|their|the|your)\s+(?:[\w-]+\s+){{0,2}}?{CHILD}\b|\b(?:kids?|kiddos?|son|daughter|twins|toddler|baby|grandson|granddaughter|stepson|stepdaughter|mini[- ]me|little\s+(?:man|lady|one|dude|guy|brother|sister)|lil\s+(?:man|one|guy|dude|bro|sis)|baby\s+(?:brother|sister)|teenager|newborn|grandbaby|grandkids?|nephew|niece|firstborn|godson|goddaughter|kindergart(?:e)?ner|preschooler|(?:1st|2nd|3rd|[4-9]th|first|second|third|fourth|fifth|sixth|seventh|eighth)[- ]grader|b(?:irth)?-?day\s+(?:girl|boy|twins))\b")
POSS = r"(?:my|our|mi|his|her|their)"
NAME = r"(?-i:[A-Z][a-z]{1,14}(?:[-'][A-Z]?[a-z]+)?)"
NAME_ONLY = r"(?-i:[A-Z][a-z]{1,14}(?:-[A-Z]?[a-z]+)?)"  # a name without the possessive "'s" ("Leo" in "Leo's yellow belt")
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
    "Oldest", "Youngest", "Eldest", "Middle", "Littlest", "Firstborn", "Hubby", "Wifey", "Grandma", "Grandpa", "Nana",
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
    r"(?-i:Elementary|Middle|High|Primary|Secondary|Grammar|Infant\s+School|Junior\s+School|Junior\s+High|Intermediate|Montessori|Academy|Preschool|Pre-?School|"
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


# a thing after an age or a name ("his 15-year-old Northwind jacket", "my 10 year old Kenwood mixer"): not a child
OBJECT_AFTER = _Lazy(
    r"^\s*(?:(?-i:[A-Z][\w'’&-]+)\s+){0,2}(?:jackets?|coats?|parkas?|boots?|shoes|sneakers|trainers|jeans|bags?|backpacks?|wallets?|"
    r"cars?|trucks?|vans?|bikes?|laptops?|phones?|sofas?|couch|mattress|fridge|oven|mixers?|sewing\s+machines?|kettle|cameras?|"
    r"guitars?|piano|watch|tents?|roof|boiler|printers?|machines?|hoodies?|sweaters?|jumpers?|dress|suits?|blankets?|quilts?|rugs?|"
    r"chairs?|tables?|desks?|tractors?|mowers?|ute|kayak|boat|jersey|cast\s+iron|skillet|pan|knife|knives|apron|mug|teapot)\b")


def _name_ok(text: str, m: regex.Match) -> float | None:
    name = m.group("v")
    if name in NOT_NAMES or _rx(r"^" + NOT_A_CHILD_WORDS + r"$", F).match(name):
        return None  # "Little Maisie's Boutique turns 5": a business, not a child
    if OBJECT_AFTER.match(text[m.start("v"):m.start("v") + 60]):
        return None  # "a 15-year-old Northwind jacket": a brand, not a child
    near_before = text[max(0, m.start("v") - 45):m.start("v")]
    if _rx(r"\b(?:saturday|sunday|weekend|summer|holiday|shop|team|staff|new)\s+(?:girl|boy|lad|lass)\s*,?\s*$|"
           r"\b(?:customers?|clients?|visitors?|guests?|regulars?|shoppers?|winners?|entrants?)\s*,?\s*(?:(?:little|young|lovely|tiny)\s+)?"
           r"(?:(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)[- ]?(?:years?|yrs?|months?)[- ]?old\s+)?$", F).search(near_before):
        return None  # "our Saturday girl Megan", "our youngest customer, 4-year-old Ben": said by the business
    if _rx(r"^\W{0,3}(?:1[89]|[2-9]\d)\b(?!\s*(?:months?|weeks?|days?))", F).match(text[m.end("v"):m.end("v") + 8]):
        return None  # "Megan, 18 today": a grown-up's name
    if name in ("Scout", "Scouts", "Guide", "Guides", "Brownie", "Brownies", "Cub", "Cubs") and _rx(r"(?:girl|boy|cub|brownie)\s*$", F).search(text[max(0, m.start("v") - 8):m.start("v")]):
        return None  # "my Girl Scout troop"
    if _rx(r"\b(?:St|Saint)\.?\s+$").search(text[max(0, m.start("v") - 7):m.start("v")]):
        return None  # "St Anne's school gate": a saint's name, a school's or a church's
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
            ("paren-name-age", rf"\(\s*(?P<v>{NAME})\s*(?P<comma>,\s*(?:age\s*)?|\s)\s*{AGE_NUM}\b(?!\s*(?:%|\$|[.:]\d|x\b|pcs|pack|pieces|items|for\b|of\b|in\b))", 0.8, _paren_name_age_check),
            ("age-then-paren-name", rf"\b{AGE_NUM}\s*(?:yo|y/o|year\s*old|-year-old|months?\s*old)\s*\(\s*(?P<v>{NAME})\s*\)", 0.8),
            ("name-with-age", rf"\b(?P<v>{NAME})\s*\(\s*(?:aged?\s*)?{AGE_NUM}\s*(?:yo|y/o|yrs?)?\s*\)", 0.8),
            ("name-turns-age", rf"\b(?P<v>{NAME})\s+(?:just\s+)?(?:turn(?:s|ed)\s*{AGE_NUM}\b(?!\s*(?:%|\$|am|pm|years\s+in\s+business))|is\s+(?:now\s+)?{AGE_NUM}(?:\s*(?:years?|yrs?)(?:\s+old)?)?\s*(?:today|now|!|\.|,|$|and|years?|yrs?|months?))", 0.7),
            ("birthday-to-name", rf"\b(?:happy|celebrating)\s+(?:\d{{1,2}}(?:st|nd|rd|th)\s+|first\s+|sweet\s+16\s+)?(?:birthday|bday|b-day)\s*,?\s*(?:to\s+)?(?:my|our)\s+(?:(?:sweet|little|baby|big|beautiful|amazing|favorite|favourite|lil)\s+)+(?P<v>{NAME})", 0.8),
            ("name-age-comma", rf"\b(?P<v>{NAME})\s*,\s*(?:age\s+{AGE_NUM}|{AGE_NUM}\s*(?:years?\s*old|yo|y/o))\b", 0.8),
            ("happy-birthday-name", rf"\bhappy\s+(?:\d{{1,2}}(?:st|nd|rd|th)\s+)?birthday\s*,?\s*(?:to\s+)?(?:my|our)\s+(?:\w+\s+)?{CHILD}\s*,?\s*(?P<v>{NAME})", 0.85),
            ("welcome-baby", rf"\bwelcome\s+(?:to\s+the\s+(?:world|family)\s*,?\s*)(?:little\s+|baby\s+|sweet\s+)?(?P<v>{NAME})\b", 0.8),
            ("age-then-name", rf"\b{AGE_NUM}\s*(?:-|\s)?\s*(?:yo|y/o|(?:years?|yrs?|yr|months?|mos?|weeks?)\s*(?:-|\s)?\s*old)\s+(?P<v>{NAME})\b", 0.8, _age_then_name_check),
            *child_name_lexicon_patterns(),
            *round8_child_name_patterns(),
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
    r"|grade\s+\d{1,2}|year\s+\d{1,2}|year\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen)\b|kindergarten|kinder|kindy|pre-?k|preschool|pre-school|daycare|nursery|reception|middle\s+school"
    r"|high\s+school|junior\s+high|elementary(?:\s+school)?|primary(?:\s+school)?|secondary\s+school|sixth\s+form|(?-i:P[1-7])\b|big\s+school|school"
    r"|class\s+(?:1[0-2]|[1-9])\b|std\.?\s*[1-8]\b|standard\s+[1-8]\b|form\s+[1-6]\b|(?-i:JSS|SSS|JHS|SHS)\s*[1-3]\b)"
)


def _activity_name_check(text: str, m: regex.Match) -> float | None:
    """A first name with a child's event, unless the business is the school or studio ("Olivia's piano
    recital at our studio")."""
    if _rx(r"\b(?:our|the)\s+(?:\w+\s+)?(?:studio|school|academy|students|pupils|classes|club|lessons)\b", F).search(
            text, max(0, m.start() - 80), m.end() + 80) and not MY_CHILD.search(text, max(0, m.start() - 80), m.end() + 80):
        return None
    return _given_name_check(text, m)


def _nth_birthday_name_check(text: str, m: regex.Match) -> float | None:
    """"Happy 9th birthday to my shop assistant Lila": a first name after a child's birthday, not a shop's."""
    span = m.group(0)
    if _rx(r"\b(?:anniversary|sale|in\s+business|years?\s+of)\b", F).search(span) or _rx(
            r"(?:birthday|bday|b-day)\W{0,3}(?:to\s+)?(?:our|my|the)\s+(?:little\s+|wee\s+|lil\s+)?(?:shop|store|business|boutique|bakery|brand|company|studio|salon|cafe|café)\b", F).search(span):
        return None
    return _given_name_check(text, m)


# lower-case words that are also given names: not taken for a child's name in an all-lower-case post
LOWERCASE_NOT_NAMES = frozenset({"will", "may", "june", "april", "august", "mark", "bill", "art", "guy", "hope", "joy", "faith",
                                 "sunny", "rich", "bob", "pat", "sue", "jack", "rose", "ivy", "dawn", "summer", "autumn",
                                 "winter", "major", "royal", "king", "duke", "earl", "don", "ray", "wade", "chase", "grant",
                                 "miles", "hunter", "skip", "buddy", "angel", "baby", "honey", "ginger", "holly", "penny",
                                 "sandy", "misty", "star", "amber", "ruby", "pearl", "crystal", "river", "brook", "storm"})


def _lowercase_name_check(text: str, m: regex.Match) -> float | None:
    """A first name from the lexicon written in lower case at the start of a sentence, with a child's event."""
    name = m.group("v")
    if name in LOWERCASE_NOT_NAMES or name not in given_names():
        return None
    if _rx(r"\b(?:our|the)\s+(?:\w+\s+)?(?:studio|school|academy|students|pupils|classes|club|lessons)\b", F).search(
            text, max(0, m.start() - 80), m.end() + 80) and not MY_CHILD.search(text, max(0, m.start() - 80), m.end() + 80):
        return None  # the business is the studio or school
    return 0.75


# a child's weekly lessons, practices and exams ("football training", "ballet exam", "swimming lesson")
CHILD_LESSON = (r"(?:football|soccer|rugby|netball|hockey|cricket|basketball|baseball|softball|swim(?:ming)?|gymnastics|gym|dance|ballet|tap|jazz|"
                r"karate|judo|taekwondo|jiu[- ]?jitsu|kickboxing|tennis|piano|violin|cello|guitar|drum|drums|recorder|singing|choir|drama|"
                r"(?:horse\s+)?riding|pony|chess|coding|maths|math|reading|spelling|art|cheer|cheerleading|skating|climbing|scouts?|brownies|cubs|"
                r"beavers|rainbows|guides)\s+(?:practice|training|lessons?|class|club|exam|grading|match|game|tournament|trials?|meet|"
                r"competition|camp|show|concert|assessment|test|showcase|performance|recital|eisteddfod|gala|festival|comp|"
                r"school\s+(?:showcase|show|concert|recital|performance|play))")


# a child's place in a team or a school ("player of the match", "house captain", "head chorister")
CHILD_ROLE = (r"(?:(?:team|house|school|club|class|vice|co|deputy|netball|football|soccer|rugby|hockey|cricket|basketball|swim|swimming|chess|debating)[- ]?)*"
              r"(?:captain|goalkeeper|goalie|keeper|player\s+of\s+the\s+(?:match|day|week|season|year|tournament|term)|flag\s+bearer|"
              r"head\s+(?:girl|boy|chorister)|prefect|class\s+rep|star\s+of\s+the\s+week|student\s+of\s+the\s+(?:week|month|term))")
# roles only a pupil has, and teams only children play in
SCHOOL_ROLE = _Lazy(r"^(?:house\s+captain|school\s+captain|head\s+(?:girl|boy|chorister)|prefect|class\s+rep|star\s+of\s+the\s+week|student\s+of\s+the\s+(?:week|month|term)|"
                    r"juniors?|under|u-?\d|year|primary|youth|kids|little\s+league|school)")
YOUTH_MARKER = _Lazy(r"\b(?:under[- ]?(?:[5-9]|1[0-8])s?|u-?(?:[5-9]|1[0-8])s?|(?:[5-9]|1[0-8])u|year\s+\d{1,2}|yr\s*\d{1,2}|grade\s+\d{1,2}|juniors?|school|primary|kids|youth|"
                     r"little\s+league|tots|(?:our|my)\s+(?:girl|boy|lad|lass|son|daughter|kid|kiddo|youngest|eldest|oldest|middle\s+one|little\s+one)|"
                     r"proud\s+(?:mum|mom|mama|mummy|dad|daddy|parent|parents|nana|grandma)|(?:her|his)\s+(?:first\s+)?(?:[\w-]+\s+)?(?:team|squad|side|dojo|class|club|final|grading)|"
                     r"mum|mom|mama|dad|daddy|dojo|grading|at\s+(?:[1-9]|1[0-7])\b)\b")
# a grown-up's team or role: "the over-40s", "our chef Tom", "Sensei Mark"
ADULT_MARKER = _Lazy(r"\b(?:over[- ]?\d\ds?|veterans?|vets|masters|social\s+league|sunday\s+league|pub\s+team|work\s+team|staff|barista|chef|colleague|manager|owner|"
                     r"men's|mens|women's|womens|ladies|adults?|grown-?ups?|coach|coaches|sensei|instructor|sifu|teacher|fire\s+station|crew|employee|apprentice|"
                     r"\d{2}\s*(?:years?|yrs?)\s+(?:old|young)|(?:aged?|at)\s+(?:1[89]|[2-9]\d)(?![:.]\d))\b")


def _child_role_check(text: str, m: regex.Match) -> float | None:
    """A first name with a team or school role, a junior team's feat or a karate belt: a child's, when the role is
    a pupil's or the post speaks of a child (an age band, "our girl", "his team", a proud mum); not a grown-up's
    league, a member of staff or an instructor."""
    if _given_name_check(text, m) is None:
        return None
    window = text[max(0, m.start() - 100):m.end() + 100]
    if ADULT_MARKER.search(window) or _rx(r"^\W{0,3}(?:1[89]|[2-9]\d)\b").match(text[m.end("v"):m.end("v") + 6]):
        return None
    if SCHOOL_ROLE.match(m.group("role")):
        return 0.75
    if YOUTH_MARKER.search(window) or _rx(r"\b(?:our|my)\s+" + regex.escape(m.group("v")) + r"\b", F).search(text) or _child_context(text, m.start(), m.end(), 120):
        return 0.75
    return None


def _school_exam_check(text: str, m: regex.Match) -> float | None:
    """A first name with a school exam or class ("Aoife starts her Leaving Cert"); not a grown-up's exams long ago
    ("our tutor Priya passed her Form 4 exams in 1999") or a teacher's class."""
    window = text[max(0, m.start() - 80):m.end() + 60]
    if ADULT_MARKER.search(window) or _rx(r"\b(?:tutor|teacher|teaches|teaching|lecturer|examiner|invigilat\w*|back\s+in|in\s+(?:19|20)\d\d|years\s+ago)\b", F).search(window):
        return None
    return _given_name_check(text, m)


def child_name_lexicon_patterns() -> list[tuple]:
    """A child's first name (checked against the given-names lexicon) with a detail only a child has: a
    grade or school, a teacher, a first tooth, becoming a teenager; or a birthday in a post about one's kids."""
    return [
        ("name-starts-school", rf"\b(?P<v>{NAME})\s+(?:just\s+|officially\s+|finally\s+)?(?:starts|started|starting|finishes|finishing|leaves|is\s+starting|begins|began|is\s+in|goes\s+(?:in)?to|going\s+(?:in)?to|moves?\s+up\s+to|heads?\s+(?:off\s+)?to|graduated(?:\s+from)?|graduates(?:\s+from)?|finished|made\s+the\s+honou?r\s+roll\s+at)\s+(?:(?:her|his|their|the)\s+)?(?:first\s+(?:day|week)\s+(?:of|at)\s+)?(?:the\s+)?{SCHOOL_STEP}\b", 0.8, _given_name_check),
        ("name-s-school", rf"\b(?P<v>{NAME})(?:'s|’s)\s+(?![^.!?\n]{{0,30}}\b(?:cookies|cupcakes|biscuits|treats|deals?|offers?|specials?|discounts?|bundles?|kits?|stickers?|labels?)\b)(?:(?:first|last|1st)\s+(?:day|week|year)\s+(?:of|at)\s+(?:(?:the\s+)?(?-i:[A-Z][\w'’-]+)\s+){{0,3}}{SCHOOL_STEP}|(?-i:nursery|preschool|pre-school|kindergarten|daycare|school)\b(?!\s+(?:of|for)\b)|(?:{SCHOOL_STEP}\s+)?(?:teacher|classroom|homeroom|graduation|report\s+card|school\s+(?:play|concert|photos?|pictures?|run|bus|trip|disco|fair|camp))|{SCHOOL_STEP}\s+(?:trip|field\s+trip|class\s+trip|camp|assembly|concert|show|play|musical|party|picnic|disco|photos?|picture\s+day|sports\s+day|graduation|leavers)|(?:1st|2nd|3rd|[4-9]th|1[0-2]th|kindergarten|preschool|pre-?k)\s+(?:grade\s+)?class)\b(?!\s+(?:cookies|cakes?|cupcakes|biscuits|treats|deals?|offers?|specials?|sale|discounts?|bundles?|packs?|boxes|kits?|range|collection|menu|prints?|labels?|stickers?))", 0.8, _given_name_check),
        ("name-child-milestone", rf"\b(?P<v>{NAME})\s+(?:just\s+|finally\s+|officially\s+)?(?:lost\s+(?:his|her|their|a)\s+(?:(?:first|front|bottom|top|wobbly|baby|second|\d(?:st|nd|rd|th))\s+)?tooth|took\s+(?:his|her|their)\s+first\s+steps|(?:is|turned|became)\s+(?:officially\s+)?(?:a\s+)?(?:teenager|teen|toddler|tween|preteen|big\s+sister|big\s+brother)|is\s+potty\s+trained|said\s+(?:his|her)\s+first\s+word)", 0.8, _given_name_check),
        ("name-s-birthday", rf"\b(?P<v>{NAME})(?:'s|’s)\s+(?:(?:\d{{1,2}}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|sweet\s+16)\s+)?(?:birthday|bday|b-day)\b", 0.75, _given_name_child_check),
        ("numbered-child-name", rf"\b(?:daughter|son|kid|kiddo|child|baby|bub|boy|girl)\s*(?:#|no\.?\s*|number\s+)\d\s*[,:-]?\s*(?P<v>{NAME})\b", 0.75, _given_name_check),
        ("name-s-in-school", rf"\b(?P<v>{NAME})(?:'s|’s)\s+(?:now\s+|just\s+|officially\s+)?(?:in|starting|off\s+to|going\s+(?:in)?to|moving\s+up\s+to)\s+(?:(?:her|his|their|the)\s+)?{SCHOOL_STEP}\b", 0.8, _given_name_check),
        ("name-s-activity", rf"\b(?P<v>{NAME})(?:'s|’s)\s+(?:first\s+|big\s+|end[- ]of[- ]year\s+|school\s+|dance\s+|ballet\s+|piano\s+|violin\s+)?(?:recital|swimming\s+carnival|swim\s+(?:meet|carnival|lessons)|sports\s+day|athletics\s+carnival|nativity|school\s+play|spelling\s+bee|science\s+fair|field\s+trip|school\s+trip|first\s+communion|confirmation|christening|baptism|bar\s+mitzvah|bat\s+mitzvah|quincea[ñn]era|(?:u-?|under[- ]?)\d{{1,2}}s?\b|little\s+league|t-?ball|nap\s*time|playdate|play\s+date|sleepover|scout\w*|brownies|cubs|girl\s+guides)\b", 0.75, _activity_name_check),
        ("happy-nth-birthday-name", rf"\bhappy\s+(?:(?:[1-9]|1[0-7])(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|sweet\s+16|sweet\s+sixteen)\s+(?:birthday|bday|b-day)\b[^.!?\n]{{0,60}}?\b(?P<v>{NAME})\b", 0.75, _nth_birthday_name_check),
        # "Noah's football training got moved", "Amelia has her ballet exam on Saturday"
        ("name-s-lesson", rf"\b(?P<v>{NAME})(?:'s|’s)\s+(?:first\s+|big\s+|last\s+|weekly\s+)?{CHILD_LESSON}\b", 0.75, _activity_name_check),
        # "Jack's at Beavers tonight", "Mia is at nursery till 3"
        ("name-at-activity", rf"\b(?P<v>{NAME})(?:'s|’s|\s+is|\s+are)\s+(?:at|off\s+to|going\s+to|in)\s+(?:her\s+|his\s+|their\s+)?(?:beavers|cubs|scouts|brownies|rainbows|guides|nursery|preschool|pre-school|daycare|day\s+care|creche|crèche|kindy|playgroup|swimming|ballet|football|gymnastics|karate|dance|tennis|rugby|netball|cricket|hockey|judo|taekwondo|after-?school\s+club|holiday\s+club|forest\s+school)\b(?:\s+(?:practice|training|lessons?|class|club|camp))?", 0.75, _activity_name_check),
        ("name-has-lesson", rf"\b(?P<v>{NAME})(?:\s+(?:and|&)\s+{NAME})?\s+(?:has|have|had|'s\s+got|is\s+at|is\s+off\s+to|went\s+to|goes\s+to|is\s+doing|did|passed|smashed|nailed|aced|loved|starts|started|begins)\s+(?:(?:her|his|their|a|the)\s+)?(?:first\s+|big\s+|last\s+|grade\s+\d\s+)?{CHILD_LESSON}\b", 0.75, _activity_name_check),
        # "First day of kinder for Lottie today", "last week of preschool for our Max"
        ("first-day-for-name", rf"\b(?:first|last|1st)\s+(?:day|week)\s+(?:of|at)\s+(?:the\s+)?{SCHOOL_STEP}\s+(?:today\s+|tomorrow\s+)?for\s+(?:(?:little|lil|our|my|miss|mister|master)\s+)?(?P<v>{NAME})\b", 0.8, _given_name_check),
        # posts written all in lower case: "isabella's first recital tonight", "noah's teacher says..."
        ("lowercase-name-s-child-event", r"(?:^|(?<=[.!?]\s{1,3})|(?<=\n))(?P<v>(?-i:[a-z]{3,14}))(?:'s|’s)\s+(?:(?:first|last|big|school|dance|ballet|piano|violin|end[- ]of[- ]year)\s+)?(?:recital|school\s+(?:play|concert|photos?|run)|spelling\s+bee|science\s+fair|field\s+trip|swim\s+meet|first\s+day\s+(?:of|at)|teacher|graduation|report\s+card|nativity|sports\s+day|(?:\d{1,2}(?:st|nd|rd|th)\s+)?(?:birthday|bday|b-day)\s+party)\b", 0.75, _lowercase_name_check),
        # "Happy 10th, Lucas!": an ordinal of a child's age, then the name
        ("happy-nth-name", rf"\bhappy\s+(?:[1-9]|1[0-7])(?:st|nd|rd|th)\s*[,!]+\s*(?:(?:little|lil|my|our|sweet)\s+)?(?P<v>{NAME})\b(?!\s*(?:and|&|\+)\s+(?:the\s+|all\s+)?(?:whole\s+)?(?:team|staff|crew|everyone))", 0.75,
         lambda text, m: _nth_birthday_name_check(text, m) if (_child_context(text, m.start(), m.end(), 200) or _rx(
             r"\b(?:mom|mum|mama|mommy|mummy|dad|daddy|love\s+you|bud|buddy|kiddo|birthday\s+(?:boy|girl)|double\s+digits|big\s+(?:boy|girl))\b", F).search(text)) else None),
        # more things only a child does: learning to ride a bike, a tooth falling out, a karate belt, a school report
        ("name-child-milestone-more", rf"\b(?P<v>(?-i:[A-Z][a-z]{{1,14}}(?:-[A-Z]?[a-z]+)?))(?:'s|’s)?\s+(?:just\s+|finally\s+|officially\s+|has\s+)?(?:(?:learned|learnt|learning)\s+to\s+(?:ride\s+(?:a|his|her|their)\s+bike|swim|walk|read|tie\s+(?:his|her|their)\s+(?:shoe)?laces|crawl|talk|whistle|do\s+a\s+cartwheel)"
         rf"|rode\s+(?:a|his|her|their)\s+bike\s+without\s+(?:stabilisers|stabilizers|training\s+wheels)|(?:first\s+|front\s+|wobbly\s+|baby\s+|bottom\s+|top\s+)?tooth\s+(?:fell|came)\s+out"
         rf"|(?:got|earned|passed|won|gained)\s+(?:his|her|their)\s+(?:first\s+|next\s+)?(?:yellow|orange|green|blue|purple|brown|black|red|white|grey|gray|stripe)\s+belt|(?:got|earned|passed|won|gained)\s+(?:his|her|their)\s+(?:\d+\s*m|\d+\s+metres?|stage\s+\d|level\s+\d|first)\s+(?:swimming\s+)?badge"
         rf"|brought\s+home\s+(?:his|her|their)\s+(?:first\s+)?(?:school\s+report|report\s+card|reading\s+book|school\s+photo)|is\s+(?:at|with)\s+(?:his|her|their)\s+(?:dad|mum|mom|father|mother)(?:'s|’s)\b)(?![^.!?\n]{{0,25}}\b(?:at|aged?)\s+(?:1[89]|[2-9]\d)\b)", 0.75, _given_name_check),
        # a newborn introduced by name: "Meet Hugo, our newest family member, born on Saturday", "we named her Willow"
        ("meet-newborn", rf"\b(?:meet|introducing|say\s+hello\s+to|welcome|welcoming)\s+(?:little\s+|baby\s+|sweet\s+)?(?P<v>{NAME})\b(?=[^.!?\n]{{0,40}}\b(?:newest|new|little|latest)\s+(?:family\s+member|addition|arrival|baby|bundle|one|grandbaby|grandchild)|[^.!?\n]{{0,30}}\bborn\s+(?:on|at|today|yesterday|last|this|early|late|\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day))", 0.8, _given_name_check),
        ("named-baby", rf"\bwe\s+(?:have\s+)?(?:named|called)\s+(?:him|her|them|our\s+(?:son|daughter|baby|boy|girl|little\s+one))\s+(?P<v>{NAME})\b", 0.8,
         lambda text, m: _name_ok(text, m) if not PET_NEAR.search(text, max(0, m.start() - 60), m.end() + 60) else None),
        # "Our Freya was named player of the match", "Matilda, vice-captain of the Year 5 hockey team", "Oliver is head chorister"
        ("name-team-role", rf"\b(?P<v>{NAME_ONLY})(?:'s|’s)?(?:\s*,\s*|\s+(?:(?:was|is|has\s+been|'s\s+been|’s\s+been|got|gets|has\s+just\s+been|just|finally|officially|now)\s+)*(?:(?:picked|chosen|selected|named|voted|made|appointed|elected)\s+(?:as\s+)?(?:the\s+)?(?:new\s+)?(?:[\w-]+\s+)??)?)(?P<role>{CHILD_ROLE}|captained)\b", 0.75, _child_role_check),
        # "Harrison scored twice for the Kestrels juniors", "Isaac won the junior chess championship", "Mia's been picked for the county squad"
        ("name-youth-feat", rf"\b(?P<v>{NAME_ONLY})(?:\s+|'s\s+|’s\s+)(?:just\s+|finally\s+)?(?:scored|played|swam|ran|raced|competed|starred|debuted|won|came\s+(?:first|second|third|top|\d(?:st|nd|rd|th))|made\s+(?:the|it\s+into\s+the|his|her)|(?:for\s+)?(?:making|getting\s+into|being\s+(?:picked|selected|chosen)\s+for)|got\s+into|(?:was|got|has\s+been|been|is)\s+(?:picked|selected|chosen|called\s+up))\b[^.!?\n]{{0,50}}?\b(?P<role>juniors?|under[- ]?(?:[5-9]|1[0-8])s?|(?-i:U-?(?:[5-9]|1[0-8])s?)|year\s+\d{{1,2}}|primary|youth|kids'?|little\s+league|school\s+(?:cross[- ]country|athletics|swimming|swim|sports|chess|spelling|science|team|carnival|gala|squad|race|championships?|final|play|musical|choir|band|orchestra)|(?:district|county|state|regional|national|development|academy|provincial|zonal|inter-?school)\s+(?:[\w-]+\s+)?(?:squad|team|side|program(?:me)?)|(?-i:[A-Z][\w'’-]+\s+)(?-i:School|College|Academy|Primary|High|Grammar))\b", 0.75, _child_role_check),
        # "Charlie had his purple belt grading today", "Leo's yellow belt at 5"
        ("name-belt", rf"\b(?P<v>{NAME_ONLY})(?:'s|’s)?\s+(?:(?:just\s+|finally\s+|officially\s+)?(?:had|has|did|passed|smashed|nailed|aced|got|earned|gained|won|is\s+going\s+for|went\s+for|is\s+doing|sits|sat|takes|took|has\s+got)\s+(?:his|her|their)\s+)?(?:first\s+|next\s+|new\s+)?(?P<role>(?:yellow|orange|green|blue|purple|brown|black|red|white|grey|gray|camo|junior\s+black)(?:[- ]stripe[sd]?)?\s+belt)\b", 0.75, _child_role_check),
        # "Finn passed his grade 2 piano with merit": a graded music or dance exam
        ("name-music-grade", rf"\b(?P<v>{NAME_ONLY})\s+(?:just\s+|finally\s+)?(?:passed|got|sat|took|did|smashed|aced|nailed|has|had|is\s+doing|is\s+taking)\s+(?:his|her|their)\s+grade\s+(?:[1-8]|one|two|three|four|five|six|seven|eight)\s+(?:piano|violin|viola|cello|flute|clarinet|trumpet|guitar|drums?|singing|ballet|tap|jazz|theory|recorder|saxophone|sax|harp|oboe|trombone|keyboard)\b", 0.75, _activity_name_check),
        # "Aoife starts her Leaving Cert on Wednesday", "Our Lerato writes matric maths", "Kabir topped class 7"
        ("name-school-exam", rf"\b(?P<v>{NAME_ONLY})(?:'s|’s)?\s+(?:just\s+|finally\s+|officially\s+)?(?:starts|started|sits|sat|is\s+sitting|writes|wrote|is\s+writing|takes|took|is\s+taking|has|had|finishes|finished|passed|aced|smashed|nailed|got\s+(?:her|his|their)|topped|came\s+(?:first|top)\s+in)\s+(?:(?:her|his|their|the)\s+)?(?:final\s+|mock\s+|first\s+)?"
         rf"(?:leaving\s+cert(?:ificate)?|junior\s+cert(?:ificate)?|junior\s+cycle|gcses?|a[- ]levels?|as[- ]levels?|matric|(?-i:KCPE|KCSE|WAEC|NECO|BECE|JAMB|WASSCE|PSLE|NCEA|HSC|VCE|ATAR|NAPLAN|SATs|ICSE|CBSE|ISC)|11\+|eleven[- ]plus|common\s+entrance|board\s+exams?|(?:cbse|icse|class\s+1[02])\s+boards)\b", 0.75, _school_exam_check),
        ("name-tops-class", rf"\b(?P<v>{NAME_ONLY})\s+(?:just\s+|finally\s+)?(?:topped|came\s+(?:first|top)\s+in|is\s+(?:now\s+)?in|moved\s+up\s+to|passed)\s+(?:(?:her|his|their|the)\s+)?(?:class|std\.?|standard|form|grade|year|(?-i:JSS|SSS|JHS|SHS))\s*(?:1[0-2]|[1-9])\b(?!\s*(?:%|\$|of\b|cohort|group|class|students|pupils|kids))", 0.75, _school_exam_check),
        ("name-made-me-parent", rf"\b(?P<v>{NAME_ONLY})\s+(?:made|makes)\s+(?:me|us)\s+(?:a\s+)?(?:mum|mom|mam|mama|mummy|mommy|mother|dad|daddy|father|papa|parents|grandma|granny|gran|nana|nan|grandparents|grandad|grandpa|big\s+(?:sister|brother))\b", 0.75, _given_name_check),
        ("name-s-nth-today", rf"\b(?P<v>{NAME_ONLY})(?:'s|’s)\s+(?:[1-9]|1[0-7])(?:st|nd|rd|th)\s+(?:today|tomorrow|tonight|on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|this\s+(?:week|weekend|saturday|sunday))\b", 0.75, _given_name_check),
        ("name-club-badge", rf"\b(?P<v>{NAME_ONLY})\s+(?:just\s+|finally\s+)?(?:got|earned|won|gained|passed|was\s+awarded|received)\s+(?:his|her|their)\s+(?:first\s+)?(?:[\w-]+\s+){{0,2}}?(?:badge|award|patch|woggle)\s+(?:at|in|from|with)\s+(?:the\s+)?(?:cubs|beavers|scouts|cub\s+scouts|brownies|rainbows|guides|girl\s+guides|sea\s+scouts|joeys|boys'?\s+brigade|girls'?\s+brigade|pathfinders|adventurers|sparks)\b", 0.75, _given_name_check),
        ("happy-birthday-given", rf"\bhappy\s+(?:\d{{1,2}}(?:st|nd|rd|th)\s+)?(?:birthday|bday|b-day)\s*,?\s*(?:to\s+)?(?:(?:the\s+)?(?:little\s+|sweet\s+|baby\s+)?)?(?P<v>{NAME})\b", 0.75, _given_name_child_check),
    ]


# ---- round 8: children in hashtags, in other Englishes, a pet told apart from a child, a school event for a name ----
HASHTAG_CHILD_EVENT = _Lazy(r"^(?P<name>[a-z]{3,12}?)(?P<s>s)?(?:first(?:day|tooth|steps|goal|haircut|word|words|lostteeth|lesson|recital|match|game|communion)|"
                            r"lastday|turns?\d{1,2}|turned\d{1,2}|is\d{1,2}(?!\d)|\d{1,2}(?:st|nd|rd|th)?(?:birthday|bday)|(?:birthday|bday)(?:girl|boy|party)?|"
                            r"graduat(?:ion|es|ed)|sportsday|nativity|schoolplay)")
HASHTAG_BIRTHDAY_NAME = _Lazy(r"^happy(?:\d{1,2}(?:st|nd|rd|th)?)?(?:birthday|bday)(?P<name>[a-z]{3,12})")
PET_WORDS = (r"(?:pupp(?:y|ies)|pups?|kittens?|kitty|dogs?|cats?|furbab(?:y|ies)|fur\s+bab(?:y|ies)|bunny|rabbits?|hamsters?|guinea\s+pigs?|horse|pony|"
             r"parrot|budgie|tortoise|shop\s+(?:cat|dog)|goldfish|fish)")
# the post says which one is the child: "Jack (the human)", "not the cat this time", "my actual baby"
HUMAN_CHILD = _Lazy(r"\b(?:the\s+human(?:\s+one)?|(?:my|our)\s+(?:actual|real|human|two[- ]legged)\s+(?:baby|child|kid|son|daughter|one)|not\s+the\s+" + PET_WORDS + r"|"
                    r"the\s+one\s+with\s+two\s+legs|two[- ]legged\s+(?:one|baby|child|kid))\b")


def _hashtag_child_check(text: str, m: regex.Match) -> float | tuple | None:
    """A child's first name glued to a child's day in a hashtag ("#lilysfirstday", "#sophiaturns5",
    "#happy7thbirthdayoliver"); the normaliser may have put spaces inside it. Not a shop's or a pet's tag."""
    raw = m.group("v")
    glued, index = "", []
    for i, ch in enumerate(raw):
        if ch != " ":
            glued += ch.lower()
            index.append(i)
    name, end = None, 0
    hit = HASHTAG_CHILD_EVENT.match(glued)
    if hit:
        names = [hit.group("name")] + ([hit.group("name") + "s"] if hit.group("s") else [])
        name = next((n for n in names if is_given_name(n.capitalize()) and n not in LOWERCASE_NOT_NAMES), None)
        end = hit.end()
    if name is None:
        hit = HASHTAG_BIRTHDAY_NAME.match(glued)
        if not hit:
            return None
        rest = hit.group("name")
        name = next((n for n in (rest[:k] for k in range(len(rest), 2, -1)) if is_given_name(n.capitalize()) and n not in LOWERCASE_NOT_NAMES), None)
        if name is None:
            return None
        end = hit.start("name") + len(name)
    if PET_NEAR.search(text, max(0, m.start() - 80), m.end() + 60) and not HUMAN_CHILD.search(text):
        return None  # "#biscuitsbirthday" for the shop dog
    if _rx(r"\b(?:shop|store|business|brand|bakery|salon|studio|candle|flavou?r|scent|product)\b", F).search(name):
        return None
    return 0.75, m.start("v") - 1, m.start("v") + index[end - 1] + 1


def _named_age_today_check(text: str, m: regex.Match) -> float | None:
    """"Our Evie (not the cat) is 6 today", "Jack (the human) is 8": a first name, maybe with an aside, and an age
    on the day; not a pet's, a shop's or a grown-up's work anniversary."""
    if not is_given_name(m.group("v")) or m.group("v").lower() in LOWERCASE_NOT_NAMES and m.group("v")[0].islower():
        return None
    aside = m.group("aside") or ""
    if _rx(r"\b" + PET_WORDS + r"\b|\b" + NOT_A_CHILD_WORDS + r"\b", F).search(aside) and not HUMAN_CHILD.search(aside):
        return None  # "Bella (the dog) is 5", "Max (the shop cat) is 3"; not "Max (the one with two legs, not the dog)"
    if PET_NEAR.search(text, max(0, m.start() - 80), m.end() + 40) and not HUMAN_CHILD.search(text, max(0, m.start() - 80), m.end() + 80):
        return None
    if _rx(r"^\s*(?:years?\s+)?(?:with|at|in|on\s+the\s+team|of\s+service)\b", F).match(text[m.end():m.end() + 25]):
        return None  # "Sarah is 5 today with us": a work anniversary
    if not (_rx(r"\b(?:our|my)\s+$", F).search(text[max(0, m.start("v") - 6):m.start("v")]) or HUMAN_CHILD.search(text)
            or _child_context(text, m.start(), m.end(), 120) or _rx(r"🎂|🎈|🥳|\b(?:birthday|bday|b-day|party|candles)\b", F).search(text)):
        return None
    return _name_ok(text, m)


SCHOOL_EVENT = (r"(?:sports\s+day|nativity(?:\s+play)?|school\s+(?:play|concert|disco|trip|photos?|run|assembly|sports|fete|gala)|parents'?\s+evening|"
                r"prize[- ]giving|speech\s+day|graduation|first\s+communion|confirmation|christening|spelling\s+bee|science\s+fair|swimming\s+gala|"
                r"school\s+leavers?(?:'|’)?\s*(?:assembly|do|party)?|class\s+assembly|recital)")


def round8_child_name_patterns() -> list[tuple]:
    """Children named in the styles round 8 found: hashtags, other Englishes, asides, school events said first."""
    return [
        # "#lilysfirstday", "#sophiaturns5", "#happy7thbirthdayoliver" (checked letter by letter)
        ("hashtag-child-event", r"#\s?(?P<v>(?-i:[a-z][a-z0-9]*(?: [a-z0-9]+){0,5}))", 0.75, _hashtag_child_check),
        # Tagalog, Swahili and Hindi: "anak ko si Bea", "mtoto wangu Baraka", "bunso namin na si Pia", "beta Aarav"
        ("other-language-child-name", rf"\b(?:anak\s+(?:ko|namin|natin)|(?:bunso|panganay|baby)\s+(?:ko|namin)|mtoto\s+wangu|mwanangu|binti\s+yangu|kijana\s+wangu|(?:my|mera|meri|hamara|hamari)\s+(?:beta|beti|betu|munna|munni)|mera\s+beta|meri\s+beti)\s*,?\s*(?:(?:si|ni|na\s+si)\s+)?(?P<v>{NAME_ONLY})\b", 0.8, _given_name_check),
        # Scottish and Irish "wee Ruaridh is 4", "wee Callum's first day", "our Saoirse got her Grade 5"
        ("wee-name", rf"(?-i:\b[Ww]ee)\s+(?P<v>{NAME_ONLY})(?:'s|’s)?\s+(?=(?:is|turns|turned|just|first|starts|started|\d|big|birthday|bday|party|school|nursery|primary|off|made|got|lost))", 0.75, _given_name_check),
        # "our Evie who's 6 today", "Jack (the human) is 8 today 🎂", "Our Max (the one with two legs) is 3 today"
        ("name-aside-age-today", rf"\b(?P<v>{NAME_ONLY})\s*(?:\((?P<aside>[^()\n]{{1,40}})\)\s*)?,?\s*(?:who(?:'s|’s|\s+is|\s+turns|\s+turned)|is|'s|’s|turns|turned|just\s+turned)\s+(?:now\s+)?(?:1[0-7]|[1-9]|{AGE_WORDS})\s*(?:today|tomorrow|tmrw|2day|this\s+(?:week|weekend)|on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|🎂|!)", 0.75, _named_age_today_check),
        # "yr 2 sports day for Alfie today", "nativity for our Isla tonight", "prize-giving for little Zainab"
        ("school-event-for-name", rf"\b{SCHOOL_EVENT}\s+(?:today\s+|tonight\s+|tomorrow\s+|this\s+\w+\s+)?for\s+(?:(?:little|lil|wee|our|my|miss|master)\s+)?(?P<v>{NAME_ONLY})\b", 0.75, _given_name_check),
        # "Our Amaka won best speller at Atlantic Hall", "Tobi came first in the maths olympiad"
        ("name-school-prize", rf"\b(?P<v>{NAME_ONLY})\s+(?:just\s+)?(?:won|got|was\s+(?:named|awarded)|came\s+(?:first|top|second|third)\s+in)\s+(?:the\s+)?(?P<role>best\s+(?:speller|reader|pupil|student|in\s+class)|spelling\s+bee|maths?\s+olympiad|science\s+fair|star\s+pupil|pupil\s+of\s+the\s+(?:week|month|term)|class\s+prize|form\s+prize|(?:end\s+of\s+)?term\s+prize)\b", 0.75, _child_role_check),
    ]


def _age_label_check(text: str, m: regex.Match) -> float | None:
    """"Age: 6" in a list of details, with a name or a child in it ("Who: Amara. Age: 6!"); not a product's
    age label ("Recommended age: 3")."""
    before = text[max(0, m.start() - 80):m.start()]
    if _rx(r"\b(?:recommended|suitable|minimum|min|max|maximum|target|suggested|for|ages?\s+range|reading)\s*$", F).search(before):
        return None
    if not (_rx(r"\b(?:name|who|child|kid|son|daughter|birthday\s+(?:girl|boy)|guest\s+of\s+honou?r)\s*[:=–-]", F).search(before)
            or _child_context(text, m.start(), m.end(), 80)
            or any(is_given_name(w) for w in _rx(r"(?-i:\b[A-Z][a-z]+\b)").findall(before[-40:]))):
        return None
    return _age_check(text, m, m.start("v"))


def minor_age_recognizer() -> RegexRecognizer:
    """The age of the poster's child: "my 7 year old", "she turned 9 today", "our son (4)"."""
    return RegexRecognizer(
        "MINOR_AGE",
        [
            ("poss-age-child", rf"\b{POSS}\s+(?:\w+\s+)?(?P<v>{AGE_NUM}\s*(?:-|\s)?\s*(?:years?|yrs?|yr|months?|mo)\s*(?:-|\s)?\s*old|{AGE_NUM}\s*(?:yo|y/o))", 0.8),
            ("age-child", rf"\b(?P<v>{AGE_NUM}\s*(?:-|\s)?\s*(?:years?|yrs?|yr|months?)\s*(?:-|\s)?\s*old|{AGE_NUM}\s*(?:yo|y/o))\s+(?:{CHILD}|twins)\b", 0.8),
            ("child-age", rf"\b{POSS}\s+(?:\w+\s+)?{CHILD}\s*,?\s*(?:\w+\s*,?\s*)?(?:who\s+)?(?:(?:is|'s|’s)\s+(?:now|only|already|just|barely|almost|nearly|still|not\s+even|about\s+to\s+(?:be|turn)|going\s+to\s+(?:be|turn)|gonna\s+(?:be|turn))|is|'s|now|aged?|turns|turned|just\s+turned|will\s+(?:be|turn))\s+(?P<v>{AGE_NUM}(?:\s*(?:years?|yrs?)(?:\s*old)?)?)\b(?!\s*(?:%|\$|am|pm|o'?clock|orders|items|minutes|hours|days|for\b|x\b|per\b|each\b|packs?\b|feet|foot|ft\b|cm\b|inches|kg\b|lbs?\b|stone\b|miles|km\b))", 0.8),
            ("child-paren-age", rf"\b{POSS}\s+(?:\w+\s+)?{CHILD}\s*(?:{NAME}\s*)?\((?P<v>\s*{AGE_NUM}\s*)\)", 0.8),
            # "Oldest is 15, youngest is 11": the child word starts the clause, with no "my"
            ("bare-child-is-age", rf"(?:^|[.!?,;:]\s*|\band\s+|\bwhile\s+)(?:the\s+)?(?:oldest|eldest|youngest|middle\s+one|little\s+one|littlest|baby|toddler|twins|big\s+one|little\s+one|grandson|granddaughter|son|daughter|stepson|stepdaughter|nephew|niece)(?:\s+is|'s|’s|\s+turns|\s+turned|\s+just\s+turned|\s+will\s+be)\s+(?:(?:now|nearly|almost|only|just|already|barely|still)\s+)?(?P<v>{AGE_NUM})\b(?!\s*(?:%|\$|am\b|pm\b|o'?clock|minutes?|hours?|days?|weeks?|months?|:\d))", 0.75),
            ("numbered-child-age", rf"\b(?:kiddo|kid|child|baby|bub|boy|girl|son|daughter)\s*(?:#|no\.?\s*|number\s+)\d\s*(?:,\s*{NAME}\s*,?\s*)?(?:just\s+)?(?:is|'s|turns|turned|just\s+turned|is\s+now)\s+(?P<v>{AGE_NUM})\b(?!\s*(?:%|\$|am|pm))", 0.75),
            # "the toddler (22 months)", "my nephew, age 10,", "our eldest (aged 15)"
            ("child-paren-unit", rf"\b{CHILD}\s*\(\s*(?:age[sd]?\s*)?(?P<v>(?:{AGE_NUM}|1[89]|2[0-4])\s*(?:months?|mos?|weeks?|wks?|years?|yrs?|yo|y/o)(?:\s*old)?)\s*\)", 0.75),
            ("child-comma-age", rf"\b{POSS}\s+(?:\w+\s+)?{CHILD}\s*[,(]\s*(?P<v>(?:age|aged)\s+{AGE_NUM})\b", 0.8),
            ("pronoun-turned", rf"\b(?:she|he|they)(?:'s|\s+is|\s+just|\s+officially)?\s+(?:turned|turns|turning|is\s+turning)\s+(?P<v>{AGE_NUM})\b(?!\s*(?:%|\$|am|pm|years\s+in\s+business))", 0.7),
            ("pronoun-is-age", rf"\b(?:she|he)(?:'s|\s+is)\s+(?:only\s+|now\s+|almost\s+|nearly\s+|barely\s+|already\s+|basically\s+|practically\s+|just\s+|finally\s+|officially\s+)?['\"‘“]?(?P<v>(?:1[0-7]|[1-9])(?:\s*(?:years?|yrs?)(?:\s*old)?)?|{AGE_WORDS})(?!['’′]\s?\d|\s*(?:%|\$|am\b|pm\b|stars?|feet|foot|ft|inches|in\b|lbs?|pounds|kg|percent|out\s+of|minutes|hours|days|weeks|months|o'?clock|:\d))\b", 0.7),
            ("pronoun-will-be", rf"\b(?:she|he)(?:'ll|\s+will|'s\s+going\s+to|\s+is\s+going\s+to|'s\s+gonna)\s+(?:be|turn)\s+(?P<v>{AGE_NUM})\b(?!\s*(?:%|\$|am\b|pm\b|minutes?|mins?|hours?|days?|weeks?|months?|o'?clock|:\d|stars?|feet|ft|lbs?|kg|percent|out\s+of|times|orders|items|miles|km))", 0.7),
            # Australian and British "Miss 6", "Master 4", "Mr 11": a child by age
            ("miss-age", r"(?-i:\b(?:Miss|Master|Mr|Mister|Little\s+Miss|Little\s+Mister|little\s+miss|little\s+mister|Lil\s+Miss))\s+(?P<v>1[0-7]|[1-9])\b(?!\s*-?\s*(?:%|\$|[.:]\d|days?|weeks?|months?|years?|hours?|mins?|minutes|times|items|orders|pieces|points|goals|stars?|x\b|packs?|pcs|box(?:es)?|sets?|for\b|of\b|in\s+a\s+row|out\b|more\b))", 0.7),
            # "he's just turned a year old", "she's one and a half"
            ("pronoun-a-year", r"\b(?:she|he)(?:'s|\s+is|\s+has)?\s+(?:just\s+|now\s+|officially\s+|only\s+)?(?:turned\s+|turning\s+|become\s+)?(?P<v>a\s+year\s+old|a\s+year\s+and\s+a\s+half|(?:one|two|three|four|five|\d)\s+and\s+a\s+half)\b", 0.7),
            ("name-comma-age", rf"\b{NAME}\s*,\s*(?P<v>age\s+{AGE_NUM}|{AGE_NUM}\s*(?:years?\s*old|yo|y/o))\b", 0.75),
            # "Sienna, 8, at her first recital", "Lily (4) and Max, 7": a first name from the lexicon, a bare age
            ("given-name-comma-age", rf"(?<![\d,]\s*)\b(?P<name>{NAME})\s*,\s*(?P<v>{AGE_NUM})\s*(?:,|and\b|&|\.|!|\)|$)", 0.75, _given_name_age_check),
            # "Millie 9, Ava 10, Grace 10": first names of the lexicon, each with a bare age
            ("name-age-list", rf"\b(?P<name>{NAME})\s+(?P<v>1[0-7]|[1-9])\s*(?:,|&|and)\s*(?P<name2>{NAME})\s+(?:1[0-7]|[1-9])\b(?!\s*(?:%|\$|am\b|pm\b|[:.]\d|x\b|pcs|pack|for\b|of\b|in\b))", 0.75,
             lambda text, m: _given_name_age_check(text, m) if is_given_name(m.group("name2")) and not _rx(
                 r"\b(?:tables?|seats?|seating|plan|scores?|points|lanes?|courts?|rooms?|stands?|stalls?|booths?|pitch(?:es)?|out\s+of|rounds?|heats?)\b|/\s?10\b", F).search(text, max(0, m.start() - 80), m.end() + 80) else None),
            # "our youngest lifter Jayden, who is only 15"
            ("name-who-is-age", rf"\b(?P<name>{NAME})\s*,\s*who(?:'s|\s+is|\s+just\s+turned|\s+turned|\s+turns|\s+will\s+be)\s+(?:only\s+|just\s+|now\s+|barely\s+|all\s+of\s+)?(?P<v>{AGE_NUM})\b(?!\s*(?:%|\$|[:.]\d|years?\s+(?:in|with|at|of|on)|months?\s+(?:in|with|into)))", 0.75, _given_name_age_check),
            # "Kabir 7 yrs and Meera 4 yrs modelling the kurtas", "Hamish 9yrs is our sign-holder": a first name, a bare age in years
            ("name-age-yrs", rf"\b(?P<name>{NAME_ONLY})\s*,?\s+(?:(?:just|only|aged?)\s+)?(?P<v>(?:1[0-7]|[1-9])\s*(?:yrs|years?)(?:\s+old)?)(?![\w-])(?!\s+(?:of|in|at|with|on|experience|ago|running|straight|service|since|and\s+counting|for|as|behind|under|into|young|later|now\s+at|here|together|married|sober|clean))", 0.75, _name_years_check),
            # "Thea aged 8 wrote the notes", "Aisha, just 7, iced these"
            ("name-aged", rf"\b(?P<name>{NAME_ONLY})(?:\s*,?\s+aged?|\s*,\s*(?:just|only|now|nearly|almost|age))\s+(?P<v>{AGE_NUM})\b(?!\s*(?:%|\$|[:.]\d|months?\s+in|years?\s+(?:in|of|with)|to\s+\d|-\s*\d|–\s*\d|and\s+(?:up|over|under)|or\s+(?:under|over)|\+|minutes?|mins?|hours?|days?|weeks?|more|left|items|orders|pieces|x\b))", 0.75, _given_name_age_check),
            # "yellow belt at 6", "black belt grading at 11, the youngest in the dojo"
            ("belt-at-age", rf"\b(?:belt|grading|badge)\b[^.!?\n]{{0,25}}?\bat\s+(?:just\s+|only\s+|age\s+)?(?P<v>1[0-7]|[1-9]|{AGE_WORDS})\b(?!\s*(?:am\b|pm\b|a\.m|p\.m|o'?clock|[:.]\d|%|\$|sharp|today|tomorrow|tonight|on\b|this\b|next\b|the\b|in\s+the|and\s+\d|-|–))", 0.7, _minor_age_child_check),
            # "single dad, two girls aged 9 and 12", "mum of three boys aged 3, 5 and 8", "with a son aged 10"
            ("count-kids-aged", rf"\b(?:a|one|two|three|four|five|six|[2-6]|both\s+(?:my|our)|my|our|(?:mum|mom|mam|mama|mummy|mommy|dad|daddy|papa|parent|mother|father)\s+(?:of|to)|(?:of|to)\s+(?:two|three|four|five|six|[2-6])\s*[,:–-])\s*(?:(?:little|young|lovely|gorgeous|beautiful|cheeky|wee|teenage|small|amazing|wild)\s+)?(?:kids|children|boys|girls|sons|daughters|son|daughter|boy|girl|little\s+ones|littles|twins|kiddos|teens|teenagers|stepkids|grandkids|grandchildren)\s*,?\s*\(?\s*(?:aged?|ages)\s+(?P<v>{AGE_NUM}(?:\s*(?:,|and|&)\s*{AGE_NUM})*)\b(?!\s*(?:%|\$|[:.]\d|and\s+(?:up|over|under|older|younger|below)|or\s+(?:under|over|younger|older|below)|\+|-|–|to\s+\d|years?\s+in|months?\s+in))", 0.75, _kids_aged_check),
            ("parent-of-age", rf"\b(?:mom|mama|mum|mother|dad|daddy|father|parent|mommy)\s+(?:of|to)\s+(?:a|an|two|three|four|\d)\s+(?P<v>{AGE_NUM}\s*(?:-|\s)?\s*(?:years?|yrs?|months?)\s*(?:-|\s)?\s*olds?)", 0.75),
            ("turns-on-day", rf"\b(?:turns|turning|will\s+be)\s+(?P<v>{AGE_NUM})\s+(?:on|this|next|tomorrow|today|tmrw|tmr|tmrow|2moro|2morrow|2day|tonight|in\s+(?:a|two|\d+)\s+(?:days?|weeks?))\b", 0.7),
            ("birthday-party-for", rf"\b(?P<v>(?:1[0-7]|[1-9])(?:st|nd|rd|th)?)\s+birthday\s+(?:party\s+)?(?:for|of)\s+(?:my|our)\b", 0.7),
            ("nth-birthday", rf"\b(?P<v>(?:1[0-7]|[1-9])(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|sweet\s+16|sweet\s+sixteen)\s+(?:birthday|bday|b-day)\b", 0.6),
            *minor_age_loose_patterns(),
            # "Who: Amara. Age: 6!", "Name: Tobi, age - 9": a child's age in a list of details
            ("age-label", r"\bage\s*[:=–-]\s*(?P<v>1[0-7]|[1-9])\b(?!\s*(?:[-–+/]|to\s+\d|and\s+(?:up|over|under)|or\s+(?:over|under)|months?\s+in|years?\s+in|\d|[.:]\d))", 0.7, _age_label_check),
        ],
        check=_age_check,
    )


AGE_UNIT_OLD = r"(?:-|\s)?\s*(?:years?|yrs?|yr|months?|mos?|weeks?|wks?)\s*(?:-|\s)?\s*old"
NOT_A_PRODUCT_AGE = _Lazy(r"^\s*(?:\+|and\s+(?:up|over|older)|or\s+(?:older|over|up)|to\s+\d|-\s*\d|–\s*\d|and\s+under|\s*&\s*up)")
PRODUCT_AGE_BEFORE = _Lazy(r"\b(?:ages?|aged|for|from|up\s+to|under|over|babies|kids|children|toddlers|sizes?|fits?|suitable|recommended|designed|perfect)\s+(?:(?!(?:the|my|our|his|her|their)\s)\w+\s+)?$|\b(?:gift|perfect|ideal|great|designed|made|suitable)\s+for\s+(?:the|your|any|a|every)\s+$")


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


# a child in Spanish, Tagalog and romanised Hindi posts: "mi hijo", "anak ko", "meri beti"
OTHER_CHILD = _Lazy(
    r"\b(?:hij[oa]s?|mij[oa]|beb[ée]s?|niñ[oa]s?|nen[ea]|peque(?:ñ[oa]|ñines?)|anak|bunso|panganay|apo|baby\s+ko|"
    r"beta|beti|betu|bachch?[aei]|bitiya|munn[aiu]|gudiya|ladka|ladki)\b")


def _other_child_check(text: str, m: regex.Match) -> float | None:
    """An age in another language, with a child word of that language close by."""
    if not OTHER_CHILD.search(text, max(0, m.start() - 60), m.end() + 40):
        return None
    return _age_check(text, m)


def _given_name_age_check(text: str, m: regex.Match) -> float | None:
    """A bare age after a first name from the lexicon ("Sienna, 8,"): a child's name and age."""
    if not is_given_name(m.group("name")):
        return None
    if _rx(r"\b(?:ages?|aged|sizes?|size|pack|set|of|no\.?|#|page|step|chapter|day|week|lot|table|booth|stall|aisle|row)\s*$", F).search(text[max(0, m.start() - 12):m.start()]):
        return None
    return _age_check(text, m, m.start("name"))


def _name_years_check(text: str, m: regex.Match) -> float | None:
    """"Ayaan 10 yrs helped pack": a first name and an age in years; not a member of staff's years of service
    ("Congrats to Sarah, 12 years with us")."""
    if _rx(r"\b(?:congrat\w*|thanks?|thank\s+you|cheers|celebrat\w*|anniversar\w*|service|served|serving|loyal|long-?serving)\b", F).search(text, max(0, m.start() - 40), m.end() + 25):
        return None
    if "old" not in m.group("v").lower() and _rx(r"^\s*(?:today|tomorrow|this\s+\w+|!|🎉|🥳|🎊|at\s)", F).match(text[m.end("v"):m.end("v") + 20]):
        return None  # "Sarah 12 years today!": a work anniversary
    return _given_name_age_check(text, m)


# an offer or a ticket for children of some ages, not somebody's own: "two kids aged 5 and under eat free"
KIDS_OFFER = _Lazy(r"\b(?:free|eat|eats|tickets?|admission|entry|entries|welcome|go\s+free|price|prices|pass|passes|per\s+child|each|places|spaces|spots|sign\s+up|book|enrol|enroll|register|class|classes|camp|workshop|session)\b")


def _kids_aged_check(text: str, m: regex.Match) -> float | None:
    """Unnamed children with their ages: the poster's own (a parent word, "my", "I", or a count opening the
    sentence: "Three kids aged 2, 6 and 11 and a candle business"), not an offer or a class."""
    begin = max(text.rfind(c, 0, m.start()) for c in ".!?\n") + 1
    before = text[max(begin, m.start() - 80):m.start()]
    own = _rx(r"\b(?:mum|mom|mam|mama|mummy|mommy|dad|daddy|papa|father|mother|parent|parenting|single|solo|widowed|raising|my|our|i|i'm|i've|we|we've|we're)\b|\b(?:mum|mom|mama|dad|parent)\s*(?:of|to)\b", F).search(before + " " + m.group(0))
    opens = not _rx(r"\w").search(text[begin:m.start()]) and _rx(r"^(?:two|three|four|five|six|[2-6])\b", F).match(m.group(0))
    if not (own or opens):
        return None
    if KIDS_OFFER.search(text, m.end("v"), m.end("v") + 40) and not _rx(r"\b(?:my|our|i'm|i\s+am)\b", F).search(before + " " + m.group(0)):
        return None
    if _rx(r"\b(?:mum|mom|mam|mama|mummy|mommy|dad|daddy|papa|father|mother|parent)\b", F).search(before + " " + m.group(0)):
        return 0.75  # "Single mum, three boys aged 4, 7 and 12, and a dog grooming van": a parent's own, whatever else is near
    return _age_check(text, m, m.start())


def _team_age_check(text: str, m: regex.Match) -> float | None:
    """An under-12s team counts as a child's age when the poster's child, or a child's first name, is close by;
    a business sponsoring or running a junior team does not."""
    if not _rx(rf"\b{CHILD_ACTIVITY}\b|[⚽🏉🏀⚾🏐🏒🏏🎾🤸🏊🥋]", F).search(text, max(0, m.start() - 40), m.end() + 40):
        return None  # a junior team is named with its sport or its game
    window = text[max(0, m.start() - 100):m.end() + 100]
    if _rx(r"\b(?:sponsor\w*|camp|camps|sign[- ]?ups?|register|registration|trials\s+(?:are\s+)?open|coaching\s+sessions|kits?\s+(?:are|now|in\s+stock)|jerseys?\s+(?:are|now|in\s+stock)|book\s+now|spaces|places|all\s+welcome|discount|% off)\b", F).search(window) and not MY_CHILD.search(window):
        return None
    if MY_CHILD.search(text, max(0, m.start() - 120), m.end() + 120) or _rx(
            r"\b(?:my|our)\s+(?:lad|lass|boy|girl|son|daughter|kid|kiddo|eldest|youngest|oldest|middle\s+one|little\s+one)(?:'s|’s)?\b", F).search(text, max(0, m.start() - 120), m.end() + 60):
        return 0.75
    if any(is_given_name(w) for w in _rx(r"(?-i:(?<!\b(?:Coach|Coaches|Mr|Mrs|Ms|Miss|Dr|Sir|Manager|Captain|Skipper)\.?\s)\b([A-Z][a-z]+)(?:'s|’s)?\b)").findall(text[max(0, m.start() - 80):m.start()])):
        return 0.7
    if _rx(r"(?-i:\b(?:Little|Lil|Baby|Wee)\s+[A-Z][a-z]+)|\b(?:mama|mum|mom|mommy|mummy|dad|daddy|proud\s+(?:parent|mum|mom|mama|dad))\b", F).search(
            text, max(0, m.start() - 120), m.end() + 80):
        return 0.7  # "Little Kaiden scored for the U8s ... mama was screaming"
    return None


def _age_then_name_check(text: str, m: regex.Match) -> float | None:
    """"my 7 year old Jaxon", "a 6-year-old Ava": a first name of the lexicon, or any name after "my"; not a
    headline's capitalised noun ("Has A 14-Year-Old Stalker")."""
    if is_given_name(m.group("v")) or _rx(r"\b(?:my|our|his|her|their)\s+(?:\w+\s+)?$", F).search(text[max(0, m.start() - 25):m.start()]):
        return _name_ok(text, m)
    return None


def _paren_name_age_check(text: str, m: regex.Match) -> float | None:
    """"(Emma, 6)" as before; "(Isla 6, Finn 3)" without the comma only with a first name of the lexicon."""
    if "," in m.group("comma") or "age" in m.group("comma").lower():
        return _name_ok(text, m)
    return _given_name_check(text, m)


CHILD_ACTIVITY = (r"(?:football|soccer|rugby|netball|hockey|cricket|basketball|baseball|softball|t-?ball|swim(?:ming)?|gymnastics|"
                  r"dance|ballet|karate|judo|taekwondo|tennis|volleyball|lacrosse|squad|team|league|club|final|match|game|"
                  r"tournament|cup|trials?|training|practice|season|side|goal|goals|scored|pitch|pitched|pitching|innings|batting|"
                  r"touchdowns?|tackles?|wickets?|home\s+run|meet|race|carnival|gala|squad|"
                  # the role a child plays in the team: "Leo was picked as goalkeeper for the under-9s"
                  r"goalkeeper|goalie|keeper|captain|captained|vice-captain|striker|defender|picked|selected|chosen|line-?up)")


# Spanish number words for a child's age ("cinco años"); up to seventeen where "cumple" says it is an age
ES_AGE_WORDS = "uno|un|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince"
ES_AGE_WORDS_17 = ES_AGE_WORDS + "|dieciséis|dieciseis|diecisiete"


def _parent_of_under_check(text: str, m: regex.Match) -> float | None:
    """"mum of three under five" about the poster, not a question or a call to other parents ("Busy mums of two under 4?")."""
    if "?" in text[m.end():m.end() + 3] or _rx(r"\b(?:any|every|all|calling\s+all|busy|for|to\s+all|fellow|other)\s+(?:mum|mom|mama|mam|mummy|mommy|mother|dad|daddy|father|parent|papa)s?\s+(?:of|to)\b", F).search(
            text, max(0, m.start() - 60), m.end()):
        return None
    return 0.7


def minor_age_loose_patterns() -> list[tuple]:
    """Ages of children said without "my son" right beside them: "a teething 10 month old", "your 4 yr old",
    "her 14yo", "ten months old and already...", "(ages 2 and 5)"; and with a child elsewhere in the post:
    "2 today", "at age six"."""
    return [
        ("det-age-old", rf"\b(?:a|an|my|our|his|her|their|the|else's|with)\s+(?:[\w-]+\s+){{0,2}}?(?P<v>{AGE_NUM}\s*{AGE_UNIT_OLD})s?\b", 0.75, _minor_age_loose_check),
        ("now-age-old", rf"\b(?:my|our|his|her|their)\s+(?:now|almost|nearly|soon-to-be|newly)[- ](?P<v>{AGE_NUM}[- ](?:years?|yrs?|months?)[- ]old)s?\b", 0.75, _minor_age_loose_check),
        ("when-your-age", rf"\bwhen\s+your\s+(?:[\w-]+\s+)?(?P<v>{AGE_NUM}\s*{AGE_UNIT_OLD})s?\b", 0.7, _minor_age_loose_check),
        # "mi hijo de 5 años", "el bebé tiene 8 meses", "8 saal ka hai", "anak ko 5 years old na", "3 taon na"
        ("other-language-age", rf"\b(?P<v>(?:1[0-7]|[1-9])\s*(?:años|añitos|meses|mesecitos|semanas|saal|sal|mahine|mahina|taon|taong|buwan|years?\s+old|yrs?\s+old|yo)|(?:{ES_AGE_WORDS})\s+(?:años|añitos|meses))(?!\w)", 0.7, _other_child_check),
        ("cumple-age", r"\b(?:cumple|cumplió|cumplio|cumplirá|cumplira|tiene|turns)\s+(?P<v>1[0-7]|[1-9])\b(?!\s*(?:%|\$|años\s+(?:de|en)|pesos|dólares|dolares|horas|minutos|días|dias|am\b|pm\b))", 0.7, _other_child_check),
        ("cumple-anos", rf"\b(?:cumple|cumplió|cumplio|tiene|turns)\s+(?P<v>(?:1[0-7]|[1-9]|{ES_AGE_WORDS_17})\s+añitos?|(?:1[0-7]|[1-9]|{ES_AGE_WORDS_17})\s+años)", 0.7, _minor_age_loose_check),
        ("age-yo", rf"\b(?P<v>(?:1[0-7]|[1-9])\s?(?:yo|y/o|y\.o\.))(?!\w)", 0.75, _minor_age_loose_check),
        # "single mom of three under five", "dad to two under 4": the poster's own children by their ages
        ("parent-of-under", rf"\b(?:mum|mom|mama|mam|mummy|mommy|mother|dad|daddy|father|parent|parents|papa)\s+(?:of|to)\s+(?:two|three|four|five|[2-5])\s+(?:(?:kids|children|boys|girls|little\s+ones|babies)\s+)?(?P<v>(?:under|below)\s+(?:[2-9]|1[0-7]|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))\b(?!\s*(?:%|\$|pounds|kg|minutes|hours))", 0.7,
         _parent_of_under_check),
        ("infant-age", rf"\b(?P<v>(?:1[0-9]|2[0-4]|[1-9]|{AGE_WORDS}|eighteen|twenty)\s*(?:-|\s)?\s*(?:months?|weeks?)\s*(?:-|\s)?\s*old)\b", 0.7, _minor_age_loose_check),
        ("kids-are-ages", rf"\b(?:kids|kiddos|boys|girls|twins|children|littles|grandkids|grandchildren|babies)\s+(?:are|r|were|turned|turn|will\s+be|just\s+turned|are\s+now)\s+(?:now\s+)?(?P<v>{AGE_NUM}(?:\s*(?:,|and|&)\s*{AGE_NUM})*)\b(?!\s*(?:%|\$|am\b|pm\b|o'?clock|and\s+up|\+|years\s+in\s+business))", 0.75, _age_check),
        ("kids-ages", rf"\b{POSS}\s+(?:\w+\s+){{0,2}}?(?:kids|kiddos|children|boys|girls|twins|babies|grandkids|grandchildren|littles|little\s+ones)\s*[(,:-]\s*(?:ages?|aged)?\s*(?P<v>{AGE_NUM}\s*(?:,|and|&)\s*{AGE_NUM}(?:\s*(?:,|and|&)\s*{AGE_NUM})*)\b", 0.75, _age_check),
        ("age-today", rf"(?<![\d$£€.,:/#-])(?<!\b(?:till|til|until|from|after|before|by|at|to|past|around|about)\s)\b(?P<v>{AGE_NUM})\s*(?:years?\s+old\s+)?(?:today|tomorrow|this\s+week|2day|tdy|tmrw|tmr|tmrow|2moro|2morrow)\b(?!\s*(?:only|%|am|pm))", 0.7, _minor_age_child_check),
        # "mini me turned 3 yday", "lil dude's 4 on sat": a past day or a weekday written short
        ("age-on-short-day", rf"\b(?:turned|turns|turning|is\s+turning|is|'s|’s|was)\s+(?P<v>{AGE_NUM})\s+(?:yesterday|yday|yest|ystrdy|last\s+(?:night|week|weekend|month|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|on\s+(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\b)", 0.7, _minor_age_child_check),
        ("at-age", rf"\b(?:at|by)\s+(?:the\s+)?(?:age\s+(?:of\s+)?|just\s+)(?P<v>{AGE_NUM})\b(?!\s*(?:%|\$|months?\s+in))", 0.7, _minor_age_child_check),
        # "At six, he already knows the card machine", "the big 1-0 for our eldest"
        ("at-age-comma", rf"(?:^|(?<=[.!?]\s{{0,3}}))at\s+(?:just\s+|only\s+)?(?P<v>{AGE_NUM})\s*,\s*(?=(?:she|he)\b|(?:my|our|the)\s+(?:[\w-]+\s+)?{CHILD}\b)", 0.7, _age_check),
        ("big-one-oh", r"\b(?:the\s+)?big\s+(?P<v>1-?0|one-?oh|ten|double\s+digits|1-?3|thirteen|1-?6|sixteen)\b", 0.7, _minor_age_child_check),
        ("turning-age", rf"\b(?:is|was)\s+(?:turning|about\s+to\s+turn|almost|nearly)\s+(?P<v>{AGE_NUM})\b(?!\s*(?:%|\$|am|pm|o'?clock|years\s+in\s+business))", 0.7, _minor_age_child_check),
        # "turning double digits", "officially a teenager", "hits her teens": ages said without a number
        ("age-milestone", r"\b(?:turn(?:s|ed|ing)?|hit(?:s|ting)?|reach(?:es|ed|ing)?|into|in|enter(?:s|ed|ing)?)\s+(?:the\s+)?(?P<v>(?:big\s+)?double\s+digits|(?:her|his|their)\s+(?:teens|tweens)|the\s+big\s+(?:1-?0|one-?oh|double\s+digits|ten|teens))\b", 0.7,
         lambda text, m: _minor_age_child_check(text, m) or (_minor_age_loose_check(text, m) if _rx(r"^[^.!?\n]{0,40}?(?:love\s+(?:you|ya|u)\b|happy\s+birthday\b|(?-i:\b[A-Z][a-z]+\b))", F).search(text[m.end():m.end() + 60])
                                                       and (any(is_given_name(w) for w in _rx(r"(?-i:\b[A-Z][a-z]+\b)").findall(text[m.end():m.end() + 60])) or _rx(r"\blove\s+(?:you|ya|u)\b", F).search(text[m.end():m.end() + 60])) else None)),
        # "The electrician in the family is 16 now! Our son starts...": an age "now", with a child in the post
        ("is-age-now", rf"\b(?:is|'s|turned|turns|is\s+turning)\s+(?P<v>{AGE_NUM})\s+(?:now|already|this\s+(?:week|month|weekend|year)|on\s+\w+day|next\s+\w+)\b", 0.7, _minor_age_child_check),
        # "Sweet sixteen for our girl today", "Ella's quinceañera"
        ("sweet-sixteen", r"\b(?P<v>sweet\s+(?:16|sixteen)|quincea[ñn]era|(?:bar|bat)\s+mitzvah)\b", 0.7,
         lambda text, m: _age_check(text, m) if (_own_child_near(text, m.start(), m.end()) or any(
             is_given_name(w) for w in _rx(r"(?-i:\b([A-Z][^\W\d_A-Z]+)(?:'s|’s)\b)").findall(text[max(0, m.start() - 30):m.start()]))) else None),
        # "my two under 5", "Two kids under 5 and a bakery, send help"
        ("kids-under", r"(?:\b(?:my|our)\s+|(?:^|[.!?]\s*))(?:two|three|four|five|2|3|4|5)\s+(?:(?:kids|children|littles|little\s+ones|babies|boys|girls)\s+)?under\s+(?P<v>[1-9]|1[0-2]|one|two|three|four|five|six|seven|eight|nine|ten)\b(?!\s*(?:eat|go|get|stay|free|ride|enter|are\s+free|admitted|years?\s+in|%|\$))", 0.7, _age_check),
        # "(Noor and Zara, both nine)", "the girls, aged 6 and 9"
        ("both-aged", rf"\b(?:both|aged)\s+(?P<v>{AGE_NUM}(?:\s*(?:,|and|&)\s*{AGE_NUM})*)\b(?!\s*(?:%|\$|am\b|pm\b|and\s+(?:up|over)|\+|-|–|to\s+\d|years?\s+in))", 0.7, _minor_age_child_check),
        # "Ava-Grace is eighteen months now", "he's 20 months today"
        ("months-now", rf"\b(?:is|'s|turned|turns|turning|just\s+turned|is\s+now|will\s+be|hit|hits|reached|reaches)\s+(?P<v>(?:1[0-9]|2[0-4]|[1-9]|{AGE_WORDS}|eighteen|nineteen|twenty(?:[\s-](?:one|two|three|four))?)\s*(?:months?|weeks?|mos?))\b(?!\s+(?:old\s+)?(?:of|in\s+business|since|until|till|ago|away|to\s+go|left|behind|late|early|sober|clean|pregnant|along|post))", 0.7, _minor_age_child_check),
        # a junior team's age band: "Alfie's been picked for the under-12s", "Jack's U9 final"
        ("team-age", r"\b(?P<v>(?:under[- ]?|u-?)(?:[5-9]|1[0-8])s?|(?-i:(?:[5-9]|1[0-8])U))\b", 0.7, _team_age_check),
        # "six going on sixteen", "a teen (15 going on 30)": a child's age in the idiom
        ("going-on-age", rf"\b(?P<v>{AGE_NUM}\s+going\s+on\s+(?:[1-9]\d?|{AGE_WORDS}|eighteen|twenty|thirty|forty|fifty|sixty)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)\b(?!\s*(?:%|\$|am\b|pm\b|years?\s+in|yrs?\s+in|hours?|days?|weeks?|months?|orders?))", 0.7, _minor_age_loose_check),
        # "big girl is officially a tween", "the baby's a toddler now", "he just became a teenager"
        ("child-is-teen", rf"\b(?:{CHILD}|she|he)(?:'s|’s|\s+is|\s+became|\s+has\s+become|\s+just\s+became|\s+turned)\s+(?:(?:now|officially|finally|basically|practically|technically|already|a\s+whole)\s+)*(?:a\s+)?(?P<v>tween|teen|teenager|pre-?teen|toddler)\b(?![\s-]*(?:entrepreneur|founder|boss|owner|ceo|maker|baker|business|sized?|friendly|approved|models?|intern|employees?|staff|hires?|volunteers?|customers?|collection|range|line|gifts?))", 0.7, _age_check),
        # "It's Lucy's birthday! Seven candles, zero naps."
        ("candles-age", rf"\b(?P<v>{AGE_NUM})\s+candles\b", 0.7,
         lambda text, m: _age_check(text, m) if _rx(r"\b(?:birthday|bday|b-day|turn(?:s|ed|ing)|🎂)", F).search(text, max(0, m.start() - 80), m.end() + 80) and (
             _child_context(text, m.start(), m.end(), 120) or any(is_given_name(w) for w in _rx(r"(?-i:\b([A-Z][a-z]+)(?:'s|’s)?\b)").findall(text[max(0, m.start() - 80):m.end() + 80]))) else None),
        # "My daughter was born in 2015", "our son (born 2019)": a child's birth year says the age
        ("born-year", r"\bborn\s+(?:in\s+|back\s+in\s+|during\s+)?(?P<v>(?:19|20)\d\d)\b(?!\s*(?:-|–|/|\d))", 0.7, _birth_year_check),
        # "he's only 8 months", "she's 10 weeks": a baby's age, not a pet's (``_age_check``)
        ("pronoun-months", rf"\b(?:she|he)(?:'s|’s|\s+is)\s+(?:only\s+|just\s+|now\s+|almost\s+|nearly\s+|barely\s+)?(?P<v>(?:1[0-9]|2[0-4]|[1-9]|{AGE_WORDS}|eighteen)\s*(?:months?|weeks?|mos?|wks?))\b(?!\s+(?:old\s+)?(?:of|in\b|into|since|until|till|ago|away|to\s+go|left|behind|late|early|sober|clean|pregnant|along|post|out|overdue|from|with\s+us|on\s+the))", 0.7, _age_check),
    ]


def _birth_year_check(text: str, m: regex.Match) -> float | None:
    """A birth year of the last seventeen years, said of a child of the poster's or a child's first name; not
    a business "born in 2015", a pet, or the poster ("I was born in 2009")."""
    year = int(m.group("v"))
    if not _dt.date.today().year - 17 <= year <= _dt.date.today().year:
        return None
    before = text[max(0, m.start() - 60):m.start()]
    if _rx(r"\b(?:i|i've|i'm|we|we've|we're|it|this|that)\s+(?:was|were|got|been)?\s*(?:only\s+|officially\s+)?$", F).search(before):
        return None
    subject = _rx(rf"(?:\b{CHILD}|\btwins|\b(?:she|he)|(?-i:\b(?P<name>[A-Z][a-z]{{1,14}})))(?:'s|’s)?\s*(?:,\s*|\(\s*|\s+(?:was|were|is|got)\s+)?(?:(?:only|just|actually)\s+)?$", F).search(before)
    if subject is None:
        return None
    if subject.group("name") and not is_given_name(subject.group("name")):
        return None
    if not (_child_context(text, m.start(), m.end(), 120) or (subject.group("name") and _rx(r"\b(?:my|our)\b", F).search(text))):
        return None
    return _age_check(text, m, subject.start())


NOT_A_CHILD_WORDS = (
    r"(?:shop|store|business|company|brand|team|truck|gym|studio|salon|bakery|cafe|café|boutique|dog|cat|puppy|pup|"
    r"kitty|starter|candle|line|blog|channel|podcast|page|account|website|collection|restaurant|bar|brewery|market|biz|"
    r"shop\s+dog|shop\s+cat|office|group|club|class|product|formula|recipe|van|car|house|building|tree|plant|"
    r"horse|pony|chickens?|goats?|sourdough|business\s+baby|little\s+shop|newsletter|charity|anniversary|sale|scoby|kombucha|"
    r"mascot|tortoise|parrot|bird|rabbit|bunny|hamster|fish|lizard|guinea\s+pig|car|machine|oven|website|app|shopfront|storefront|"
    r"flavou?rs?|cheese|whiske?y|wine|bourbon|scotch|rum|beer|brew|coffee|tea|cider|vinegar|balsamic|blend|batch|soap|candles?|range|"
    r"design|logo|menu|dish|sauce|kimchi|culture|ferment|jam|honey|scent|bottle|barrel|cask|vintage|starter\s+culture|"
    r"tienda|tiendita|negocio|empresa|marca|local|panader[ií]a|restaurante|cafeter[ií]a|taller|estudio|dukaan|dukan|tindahan)"
)
NOT_A_CHILD = _Lazy(r"\b" + NOT_A_CHILD_WORDS + r"\W{0,3}$")
# spaces, hyphens, quotes or a comma between: "5-year-old shop", "Happy 3rd birthday, gym family"; not an emoji
# ("3 2day 🎉🎂 shop closed for the party")
NOT_A_CHILD_AFTER = _Lazy(r"[\s'’\"”,]{0,3}(?:-|\s)*" + NOT_A_CHILD_WORDS + r"\b")


def _own_child_near(text: str, start: int, end: int) -> bool:
    """"my son", "our girl" close by, not "our Saturday girl" (a young employee)."""
    mc = MY_CHILD.search(text, max(0, start - 60), end + 60)
    return mc is not None and not _rx(r"\b(?:saturday|sunday|weekend|summer|holiday|new|shop|team|staff)\b", F).search(mc.group())


PET_NEAR = _Lazy(r"\b(?:pupp(?:y|ies)|pups?|kittens?|kitty|dogs?|cats?|foals?|calf|calves|lambs?|piglets?|chicks|bunny|bunnies|rabbits?|hamsters?|guinea\s+pigs?|rescue|litter|vet|adopted\s+(?:her|him)\s+from)\b")


THING_OR_HIRE = (r"(?:" + NOT_A_CHILD_WORDS + r"|apprentice|barista|baker|cashier|employee|staff\s+member|team\s+member|intern|trainee|hire|recruit|"
                 r"assistant|stylist|driver|model|helper\s+from\s+the\s+agency|member\s+of\s+staff|colleague|manager|supervisor|oven|kiln|tractor|boat|bike|truck|machine)")


def _earlier_subject_not_child(text: str, start: int) -> bool:
    """The sentence before a "she's 17" is about a thing or a hire ("our oldest oven", "our new apprentice")
    and names no child of the poster's."""
    begin = max(text.rfind(c, 0, start) for c in ".!?\n")
    if begin < 0:
        return False
    prev_start = max(text.rfind(c, 0, begin) for c in ".!?\n") + 1
    prev = text[max(prev_start, begin - 140):begin]
    if not _rx(r"\b(?:our|my|the|this|new)\s+(?:[\w-]+\s+){0,2}" + THING_OR_HIRE + r"s?\b", F).search(prev):
        return False
    for mc in MY_CHILD.compiled().finditer(prev):
        if not _rx(r"^\s+(?:[\w-]+\s+)?" + THING_OR_HIRE, F).match(prev[mc.end():]):
            return False  # "my eldest", not "our oldest oven"
    if CHILD_NEAR.search(text, begin, start):
        return False  # "Say hi to my new assistant. She's my niece and she's only 14"
    return True


def _age_check(text: str, m: regex.Match, start: int | None = None) -> float | None:
    """A pet, a shop or a product turning five is not a child's age; an Nth birthday needs a child."""
    start = m.start() if start is None else start
    before = text[max(0, start - 40): start]
    before = _rx(r"\s*(?:\"[^\"]{1,30}\"|“[^”]{1,30}”)").sub("", before)  # a quoted pet or product name
    tail = _rx(r"\s+(?:just|now|officially|finally|will|is|turns?|turned|turning|hits?|reached|reaches|be|'s|our|own|the|a|an|of|cumple|cumplió|cumplio|tiene|celebra)\s*$", F).sub("", before)
    if NOT_A_CHILD.search(tail.rstrip()):
        return None  # "Little Maisie's Boutique turns 5 this weekend"
    tail = _rx(r"(?:\s+(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lady|Lord)\.?)?(?:\s+(?-i:[A-Z][a-z]+)){1,2}\s*$").sub("", tail)  # a pet's or product's name
    tail = _rx(r"\s+(?:just|now|officially|finally|will|is|turns?|turned|turning|hits?|reached|reaches|be|'s|our|own|the|a|an|of)\s*$", F).sub("", tail)
    if NOT_A_CHILD.search(tail.rstrip()) or NOT_A_CHILD.search(before.rstrip()):
        return None
    after = text[m.end(): m.end() + 30]
    if NOT_A_CHILD_AFTER.match(after) or OBJECT_AFTER.match(after):
        return None
    if _rx(r"\b\d{1,2}\s*(?:to|-|–)\s*$", F).search(text[max(0, start - 8):start]):
        return None  # "sizes 2 to 12 years old": the top of a range
    if _rx(r"^(?:she|he)\b", F).match(m.group(0)) and _earlier_subject_not_child(text, start):
        return None  # "That's our oldest oven. He's 17", "Say hi to our new apprentice. She's 17"
    sentence_start = max(text.rfind(c, 0, start) for c in ".!?\n") + 1
    if not _rx(r"\w").search(text[sentence_start:start]) and _rx(r"^[^.!?\n]{0,25}?\b(?:our|this|my)\s+(?:[\w-]+\s+){0,2}" + NOT_A_CHILD_WORDS + r"\b", F).match(text[m.end():m.end() + 90]) and not _rx(
            CHILD + r"|\b(?:she|he|her|his|him|little|baby|lil)\b", F).search(text, sentence_start, m.end() + 90) and not any(
            is_given_name(w) for w in _rx(r"(?-i:\b[A-Z][a-z]+\b)").findall(text[start:m.end() + 90])):
        return None  # "4 months old and already our best-selling candle!": the sentence opens with the age, no child in it
    if _rx(r"^\W{0,3}(?:[\w-]+\s+)?(?:barista|baker|cashier|employee|staff\s+member|team\s+member|intern|apprentice|trainee|shop\s+assistant|assistant|stylist|work\s+experience\s+student|saturday\s+(?:girl|boy|staff))s?\b", F).match(after):
        return None  # "our 16-year-old apprentice Liam": an employee's age
    if _rx(r"\b(?:our|my)\s+(?:new\s+|newest\s+|lovely\s+|amazing\s+|star\s+|young\s+|talented\s+)?(?:barista|baker|cashier|employee|staff(?:\s+member)?|team\s+member|intern|apprentice|trainee|saturday\s+(?:girl|boy|staff)|shop\s+assistant|assistant|stylist|junior|work\s+experience\s+student)s?\b[^.!?\n]{0,25}$", F).search(before) and not _own_child_near(text, start, m.end()):
        return None  # "Congrats to our apprentice Jade, 17": an employee's age, said by the business
    if _inside_quotes(text, start, m.end(), 120) and _rx(r"review|testimonial|feedback|⭐|★|\bsays\b|\bsaid\b|\bwrote\b|customer", F).search(
            text, max(0, start - 120), m.end() + 160):
        return None  # a customer's words quoted in a review
    if _rx(r"\b(?:anyone|anybody|everyone|everybody|any\s+kid|kids\s+who|children\s+who|all\s+kids)\b(?!\s+else)[^.!?\n]{0,20}$", F).search(before):
        return None  # an offer to whoever turns five, not somebody's child
    sentence = text[max(0, start - 100):start]
    sentence = sentence[max(sentence.rfind("."), sentence.rfind("!"), sentence.rfind("?"), sentence.rfind("\n")) + 1:]
    if _rx(r"\b" + NOT_A_CHILD_WORDS + r"\b[^.!?\n]{0,40}\b(?:named|called)\b", F).search(sentence) and not _rx(CHILD, F).search(sentence):
        return None  # "the sourdough starter 👀 ours is named Gary and he's 4 years old"
    if PET_NEAR.search(text, max(0, start - 80), m.end() + 40) and not MY_CHILD.search(text, max(0, start - 80), m.end() + 60):
        return None  # "our new puppy Bella, she's 9 weeks old"
    baby_age = _rx(r"\b(?:months?|weeks?|wks?|mos?)\b", F).search(text, start, m.end()) is not None  # a baby is nobody's employee
    if not baby_age and _rx(r"^[^.!?\n]{0,50}?\b(?:barista|baker|cashier|hired|hire|employee|staff|team\s+member|intern|apprentice|saturday\s+(?:girl|boy|job|staff)|weekend\s+(?:girl|boy|staff|help)|newest|new\s+hire|crew|part-?timer|part-time|joined\s+(?:us|the\s+team|our\s+team)|works?\s+(?:here|for\s+us|with\s+us|the\s+(?:till|register|counter)))\b", F).search(text[m.end():m.end() + 80]) and not _own_child_near(text, start, m.end()) and not _rx(
            r"\b(?:my|our|your|his|her|their)\s+(?:\w+\s+)?$", F).search(text[max(0, start - 20):start]):
        return None  # a young employee's age, said by the business
    if _rx(r"(?:birthday|bday|b-day)\b", F).search(m.group(0)):
        window = text[max(0, m.start() - 60): m.end() + 60].lower()
        name_before = _rx(r"(?-i:\b([A-Z][a-z]+)(?:'s|’s))\s*$").search(text[max(0, start - 30):start])
        if name_before and is_given_name(name_before.group(1)) and not _rx(r"\b(?:sale|anniversary|in\s+business|% off)").search(window):
            return 0.75  # "Nolan's 8th bday party"
        little_name = _rx(r"(?-i:\b(?:[Ll]ittle|[Ll]il|[Bb]aby|[Ww]ee|[Tt]iny)\s+([A-Z][a-z]+)(?:'s|’s)?)\b[^.!?\n]{0,30}\b(?:her|his|their)\s*$", F).search(text[max(0, start - 60):start])
        if little_name and is_given_name(little_name.group(1)):
            return 0.75  # "doing little Sienna's hair for her 7th birthday"
        if _rx(rf"\b(?:{POSS}\s+(?:[\w-]+\s+){{0,2}}?{CHILD}(?:'s|’s)|(?:son|daughter|boy|girl|kid|baby|twins|grandson|granddaughter|nephew|niece)(?:'s|’s|s'))\s*$", F).search(text[max(0, start - 40):start]):
            return 0.8  # "our son's 5th birthday": a child's, whatever else the post sells
        if _rx(r"\b(?:our|we're|we\s+are|we)\s+$", F).search(text[max(0, start - 12):start]):
            return None  # "Our 3rd birthday bash is Saturday": the business's birthday
        if _rx(r"^\W{0,3}(?:to\s+)?(?:our|my|the)\s+(?:little\s+|wee\s+|small\s+|lil\s+)?(?:shop|store|business|boutique|bakery|brand|company|studio|salon|cafe|café)\b", F).search(text[m.end():m.end() + 40]):
            return None  # "Happy 5th birthday to our little shop"
        if not _rx(r"\b(?:sale|anniversary|in\s+business|% off|shop|store|business)\b", F).search(window) and any(
                is_given_name(w) for w in _rx(r"(?-i:\b[A-Z][a-z]+\b)").findall(text[m.end():m.end() + 70])):
            return 0.75  # "Happy 9th birthday to my bestie & shop assistant Lila"
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
            ("grade-at", rf"\b(?:grade|kindergarten|kinder|kindy|pre-?k|preschool|reception|nursery|year\s+\d{{1,2}}|(?-i:P[1-7]))\s+at\s+(?P<v>(?-i:(?:St\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{0,2}}))", 0.7),
            ("grade", rf"\b(?:in|of|starts?|started|starting|finish(?:es|ed)?|into|entering|for|graduat(?:es|ed|ing)(?:\s+from)?|complet(?:es|ed)|mov(?:es|ed|ing)\s+up\s+to|promoted\s+to)\s+(?P<v>{ORDINAL_GRADE}|grade\s+\d{{1,2}}|kindergarten|kindy|pre-?k|year\s+\d{{1,2}}|year\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen)|(?-i:P[1-7]))\b", 0.7),
            ("name-year", rf"\b(?-i:[A-Z][a-z]+)'s\s+(?P<v>(?:year|grade|yr)\s*\d{{1,2}}|(?:1st|2nd|3rd|[4-9]th|1[0-2]th)\s+grade|(?:kindergarten|pre-?k|reception)\s+class)\b", 0.7),
            ("teacher-name", r"\b(?:teacher|homeroom\s+teacher|preschool\s+teacher|pre-?k\s+teacher|kindergarten\s+teacher|class\s+teacher|form\s+tutor)\s*(?:,|is|was)?\s*(?P<v>(?-i:(?:Mrs|Mr|Ms|Miss|Mx)\.?\s+[A-Z][a-z]+))", 0.7,
             lambda text, m: _school_check(text, m) if _child_context(text, m.start(), m.end(), 80) else None),
            ("teacher-class", rf"\b(?P<v>(?-i:(?:Mrs?|Ms|Miss|Mr)\.?\s+[A-Z][a-z]+)'s\s+(?:[\w-]+\s+){{0,2}}(?:class|classroom|room|homeroom))", 0.7),
            # "my 3rd grader", "our kindergartner", "my middle schooler": the grade in the word for the child
            ("poss-grader", rf"\b{POSS}\s+(?:(?:little|lil|sweet|new|brand\s+new|big|proud|favorite|favourite|youngest|oldest|eldest)\s+)?(?P<v>(?:1st|2nd|3rd|[4-9]th|1[0-2]th|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)[- ]graders?|kindergart(?:e)?ners?|preschoolers?|pre-?k(?:er|ers)\b|middle[- ]schoolers?|high[- ]schoolers?|year\s+\d{{1,2}}s?\b|(?:high\s+school\s+)?(?:freshman|sophomore))(?![\s-]+(?:work|students?|pupils?|class|classes|interns?|apprentices?|group|trip|visit|team|volunteers?|helpers?|placement)\b)", 0.75),
            # "mi hija está en tercer grado en la escuela Benito Juárez"
            ("escuela", r"\b(?P<v>(?:primer|segundo|tercer|cuarto|quinto|sexto|s[ée]ptimo|octavo|noveno)\s+(?:grado|año)|(?:escuela|colegio|kínder|kinder|jardín|primaria|secundaria)\s+(?-i:[A-Z][\w'’.-]+)(?:\s+(?-i:[A-Z][\w'’.-]+)){0,3})", 0.7,
             lambda text, m: 0.75 if OTHER_CHILD.search(text, max(0, m.start() - 80), m.end() + 80) else None),
            # "my little guy starts Montessori on Monday"
            ("starts-preschool", r"\b(?:start(?:s|ed|ing)?|begins?|began|finish(?:es|ed|ing)?|graduat(?:es|ed|ing)(?:\s+from)?|(?:first|last)\s+(?:day|week)\s+(?:of|at)|(?:is|are)\s+(?:now\s+)?in)\s+(?P<v>montessori|preschool|pre-school|nursery|daycare|day\s+care|reception|kindy|childcare|child\s+care|playgroup|pre-?primary)\b", 0.7, _bare_grade_check),
            # "our foster daughter started high school this week"
            ("school-level", r"\b(?:start(?:s|ed|ing)?|finish(?:es|ed|ing)?|graduat(?:es|ed|ing)(?:\s+from)?|(?:is\s+)?off\s+to|(?:first|last)\s+(?:day|week)\s+(?:of|at)|mov(?:es|ed|ing)\s+up\s+to|heads?\s+(?:off\s+)?to|going\s+(?:in)?to)\s+(?P<v>(?:high|middle|secondary|primary|elementary|junior\s+high|big)\s+school)\b", 0.7, _bare_grade_check),
            # "(Grade 3, St. Scholastica's)", "year 6 @ Hillside": the school named right after the grade
            ("grade-then-school", rf"\b(?:{ORDINAL_GRADE}|grade\s+\d{{1,2}}|year\s+\d{{1,2}}|yr\s*\d{{1,2}}|kindergarten|kinder|pre-?k|prep|reception)\s*(?:,|@|-|–|/)\s*(?P<v>(?-i:(?:St\.?\s+)?[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){{0,2}}))", 0.7),
            # "Collecting Sam from St Peter's at 3", "dropped Mia off at Riverside Nursery": a first name taken to or from school
            ("drop-name-at-school", rf"\b(?:drop(?:ping|ped|s)?|pick(?:ing|ed|s)?(?:\s+up)?|collect(?:ing|ed|s)?|fetch(?:ing|ed)?|grab(?:bing|bed)?)\s+(?:off\s+)?(?P<name>{NAME}|(?:the|my|our)\s+(?:kids|boys|girls|twins|little\s+ones?|kiddos?|children|munchkins|two|three|four|lot|wee\s+ones|bairns|weans|eldest|youngest|oldest))\s+(?:off\s+|up\s+)?(?:at|from)\s+(?:the\s+)?(?P<v>(?-i:St\.?\s+[A-Z][a-z]+(?:'s|’s)|(?:[A-Z][\w'’-]+\s+){{1,3}}(?:Primary|Elementary|Nursery|Preschool|Pre-School|Academy|School|Kindy|Kindergarten|Montessori|Daycare|High|Middle|Infants|Juniors|College|Prep)|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{0,2}}(?=\s+(?:at\s+\d|every\s+(?:day|morning|afternoon)|each\s+day))))\b", 0.75,
             lambda text, m: _school_check(text, m) if (" " in m.group("name") or (is_given_name(m.group("name")) and _rx(
                 r"(?:Primary|Elementary|Nursery|Preschool|Pre-School|Academy|School|Kindy|Kindergarten|Montessori|Daycare|High|Middle|Infants|Juniors|College|Prep|'s|’s)$").search(m.group("v")))) else None),
            # a child's school or grade in a hashtag, split by the normaliser: "#sunny side elementary", "#miawoods grade 3"
            ("hashtag-school", r"#\s?(?P<v>(?:[a-z]+\s+){0,3}[a-z]*?(?:elementary|primary|preschool|montessori|academy|middle\s+school|high\s+school|nursery|kindergarten|infant\s+school|junior\s+school|grade\s*\d{1,2}|year\s*\d{1,2}|class\s+of\s+20\d\d))\b", 0.7, _hashtag_school_check),
            # "Year 5 already, where does the time go": a grade with a child of the poster's close by
            ("bare-grade", rf"\b(?P<v>(?:grade|year|yr)\s+(?:[1-9]|1[0-3])|{ORDINAL_GRADE}|a-?levels?|gcses?|(?-i:HSC|VCE|NCEA|SATs)|leaving\s+cert|junior\s+cert|eleven\s+plus|11\+|kindy)(?!\w)(?!\s*(?:of\b|in\s+business|anniversary|cake|flour|teachers?|kits?|classes|students|curriculum|reading\s+kits|level|maths?\s+(?:kits?|workbooks?)|workbooks?|books?|sets?|bundles?|[%+]))", 0.7, _bare_grade_check),
        ],
        requires=rf"\b(?:my|our)\s+(?-i:[A-Z][a-z]+)\b|\bpick-?ups?\b|\bpick(?:ing|ed)?\s+(?:(?-i:[A-Z][a-z]+)|(?:him|her|them|(?:the|my|our)\s+(?:kids|boys|girls|twins|little\s+ones?|kiddos?|children)))\s+up\b|\b(?:kids|kid|children|child|son|daughter|boys|girls|twins|grandkids)(?:'s|'|’s|’)\s+(?:new\s+)?(?:school|class|teacher|nursery|preschool|daycare|kindergarten)\b|\bdrop-?offs?\b|\bparent-?teacher\b|\b{POSS}\s+(?:\w+\s+){{0,2}}{CHILD}\b|\b(?:she|he|they)(?:'s|\s+is|\s+are)?\b|\bfirst\s+(?:day|week)\s+(?:of|at)\b|\btwins\b|\b(?:mi|mis|nuestr[oa]s?)\s+(?:hij[oa]s?|niñ[oa]s?|beb[ée]s?|peque\w*)\b|\b(?:anak|bunso|beta|beti)\b|\b(?:mama|mommy|mom|dad|daddy|mum)\b|\bschool\s+(?:pick-?up|drop-?off|run)\b|\b{NAME}\s+(?:is|starts|started|starting|finishes|finished|finishing|leaves|left|leaving|graduates|graduated|goes|moves|moved|joins|joined|begins)\s+(?:in|at|from|to)\b|(?<!\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Coach|St|Saint)\.?\s)\b{NAME}(?:'s|’s)\s+{SCHOOL_STEP}\b|\blittle\s+(?:graduate|grad)\b|#\s?proud\s+(?:mom|mum|mama|dad|parent)|\b(?:drop(?:ping|ped|s)?|pick(?:ing|ed)?\s+up|collect(?:ing|ed)?)\s+(?:off\s+)?{NAME}\s+(?:off\s+|up\s+)?(?:at|from|to)\b|\b(?:the\s+)?(?:kids|boys|girls|twins|children|little\s+ones)\s+(?:are|start|started|go|went|are\s+starting|are\s+now)\s+(?:at|to|in)\b|\b(?:drop(?:ping|ped|s)?|pick(?:ing|ed)?\s+up|collect(?:ing|ed)?)\s+(?:off\s+)?(?:my|our|the)\s+(?:two|three|four|lot|wee\s+ones|bairns|weans|eldest|youngest|oldest)\b",
        check=_school_check,
    )


HASHTAG_NOT_A_SCHOOL = _Lazy(r"^(?:back\s*to|my|our|the|first\s+day\s+of|proud|local|support|love|teach|teacher|teachers|teaching|school|homeschool|class|"
                             r"elementary|primary|preschool|montessori|academy|middle|high|nursery|kindergarten|grade|year|free|fun|art|science|maths?|stem|"
                             r"reading|ela|sped|special|public|private|catholic|christian|international|virtual|online|summer)\b")


def _hashtag_school_check(text: str, m: regex.Match) -> float | None:
    """A school's or a class's name in a hashtag ("#sunny side elementary", "#miawoods grade 3") in a post about the
    poster's child, not a teacher's or a shop's generic tag ("#elementary school", "#back to school")."""
    words = m.group("v").split()
    glued = _rx(r"^(?P<name>[a-z]{4,}?)(?:elementary|primary|preschool|montessori|academy|nursery|kindergarten|grade\s*\d{1,2}|year\s*\d{1,2})$", F).match(m.group("v"))
    if len(words) < 2 and not glued:
        return None
    if glued and _rx(r"^(?:back|my|our|the|first|proud|local|best|love|teach|teacher|teachers|school|home|free|fun|art|maths?|stem|reading|kids|junior|"
                     r"public|private|catholic|christian|international|virtual|online|summer|uk|us|nz|aus)+$", F).match(glued.group("name")):
        return None  # "#localprimary", "#teacherselementary"
    if HASHTAG_NOT_A_SCHOOL.match(m.group("v")):
        return None
    if not (_child_context(text, m.start(), m.end(), 200) or _rx(r"#\s?proud\s*(?:mom|mum|mama|mommy|dad|daddy|parent|nana|grandma)|#\s?(?:mom|mum)\s*life|\b(?:my|our)\s+(?:kid|girl|boy|son|daughter)", F).search(text)):
        return None
    return _school_check(text, m)


def _bare_grade_check(text: str, m: regex.Match) -> float | None:
    """A grade on its own counts when a child of the poster's, or a child's first name, is close by."""
    if _rx(r"\b(?:she|he|they)(?:'s|’s|\s+is|\s+are)?\s+(?:sits?|sitting|taking|takes|doing|does|has|starts?|starting|finishes|finishing|in)\s+(?:her|his|their|the)?\s*$", F).search(
            text[max(0, m.start() - 40):m.start("v")]):
        return _school_check(text, m)  # "He sits his 11+ next week"
    if not (_child_context(text, m.start(), m.end(), 100) or any(
            is_given_name(w) for w in _rx(r"(?-i:\b([A-Z][a-z]+)(?:'s|’s)?\b)").findall(text[max(0, m.start() - 100):m.end() + 60]))):
        return None
    return _school_check(text, m)


MY_CHILD = _Lazy(rf"\b(?:my|our)\s+(?:[\w-]+\s+){{0,2}}?{CHILD}\b")
# "our teen volunteers", "our girls' team": a group the business works with, not the poster's child
GROUP_AFTER_CHILD = _Lazy(r"(?:'s?|’s?)?\s+(?:volunteers?|interns?|staff|employees?|team|helpers?|customers?|students?|workers?|crew|apprentices?|"
                          r"program(?:me)?s?|groups?|club|classes|class|squad|choir|league|range|collection|section|clothing|wear|menu)\b")


# one child's class or team ("my daughter's class"), unlike "our girls' team" or "our teen volunteers"
OWN_GROUP_AFTER_CHILD = _Lazy(r"(?<![sS])(?:'s|’s)\s+(?:new\s+)?(?:class|classroom|team|squad|club|choir|league|year\s+group|form)\b")


def _school_check(text: str, m: regex.Match) -> float | None:
    words = m.group("v").split()
    if len(words) == 2 and words[0] in NOT_NAMES:
        return None  # "Our Montessori toys": a determiner, not a school's name
    mc = MY_CHILD.search(text, max(0, m.start() - 80), m.end() + 80)
    if mc and (not GROUP_AFTER_CHILD.match(text, mc.end()) or OWN_GROUP_AFTER_CHILD.match(text, mc.end())):
        return 0.75  # "volunteering at my son's school, Greenfield Primary", "my daughter's class at Holy Family": whatever else the post says
    window = text[max(0, m.start() - 80): m.end() + 80].lower()
    if _rx(r"\b(?:sponsor|sponsoring|fundraiser|donat|pta|pto|booth|vendor|craft\s+fair|fair\s+(?:booth|table|stall)|auction|raffle|deliver|delivery|deliveries|volunteer\w*|cater\w*|prom\b|teach(?:es|ing)?\b|classes|program|students|reading\s+day|workshop|assembly\s+for|our\s+team|discount|% off|teachers?\s+appreciation|staff(?!\s*room)|bulk\s+order|catering|field\s+trip\s+to\s+our|tours?\b|visit(?:ed|ing)?\s+(?:us|our)|thank(?:s|\s+you)\s+(?:so\s+much\s+)?to\s+(?:mr|mrs|ms|miss|the)|uniforms?\s+(?:(?:are\s+|now\s+)?in\s+stock|now\s+in|available|for\s+sale|on\s+sale|orders?|range|pop-?up|shop|stockists?|sale)\b|(?:uniform|school\s*wear)\s+(?:shop|sale|orders?|pop-?up|range|stock)\b|in\s+stock|stockists?|book\s*lists?|shopping\s+lists?|came\s+(?:in|by)|popped\s+(?:in|by)|stopped\s+by|\bfair\b|fete|f[eê]te|bazaar|christmas\s+market|table\s+\d|find\s+us|hosting|hosted|pop-?ups?|\bstand\s+\d|shout\s*-?outs?\s+to\s+(?:the|our)|congrat\w*\s+to\s+(?:the|our))").search(window):
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
    r"Spur|Stream|Throughway|Tunnel|Ville|Way|Ways|Wynd|Parade|Esplanade|Promenade|Rise|Chase|Drive|Hill|Hills|Cottages|Steading|Brae)"
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
HOME_NEAR = _Lazy(
    r"\b(?:my\s+(?:house|home|place|porch|driveway|garage|apartment|apt|flat|condo|duplex|townhouse|street|yard|door|mailbox)|"
    r"our\s+(?:house|home|place|porch|driveway|garage|apartment|apt|flat|condo|duplex|townhouse|street|yard|door|mailbox)|"
    r"the\s+(?:\w+\s+){0,2}(?:house|bungalow|duplex|cottage|townhouse|farmhouse|trailer|one)\s+(?:with|on\s+the\s+corner|at\s+the\s+end|next\s+to|across)|"
    r"(?:blue|white|yellow|red|green|grey|gray|brick|pink|tan|brown|black)\s+(?:\w+\s+)?(?:house|bungalow|duplex|cottage|townhouse|door)|"
    r"i\s+live|we\s+live|live\s+at|porch|driveway|doorstep|front\s+door|side\s+door|back\s+door|mailbox|yard\s+sale|garage\s+sale|"
    r"moving\s+sale|estate\s+sale|knock(?!\s+knock)|doorbell|ring\s+the\s+bell|new\s+house|new\s+home|"
    r"finally\s+ours|housewarming|is\s+ours|mine\b|at\s+mine|the\s+courier|can't\s+find\s+us|left\s+side|right\s+side|unit\s+[a-z0-9]\b|"
    # a relative's home ("my parents' place", "mum's house"), pickups "from home", home words in Tagalog and Hindi
    r"(?:parents|mum|mom|mam|ma|dad|nan|nana|gran|grandma|grandpa|granny|sister|brother|aunt|auntie|uncle|in-laws|cousin)(?:'s|’s|'|’)?\s+(?:house|place|home|flat|apartment|bungalow)|"
    r"(?:from|at)\s+home\b|bahay|ghar\b|buzz\s+(?:twice|me|us|flat|apt|unit|\d)|bungalow|doorman|"
    r"(?:our|my|the)\s+(?:farm|smallholding|homestead|shamba|croft|plot)\b(?!\s+(?:shop|store|stand|market|caf[eé]|kitchen|tours?))|(?:farm|front|garden|side|back)\s+gate|gate\s+sales|"
    r"smallholding|homestead|farmhouse|cattle\s+grid|(?:green|blue|red|black|white|brown|grey|gray)\s+gate)")

# the address is someone's business, or a sale of a house by an agent: "our new home for the bakery", "Sold! ... Realty"
NOT_A_HOME = _Lazy(
    r"\b(?:home|location|spot|space|address)\s+(?:for|of)\s+(?:the|our)\s+(?:\w+\s+)?(?:shop|store|bakery|studio|salon|cafe|café|boutique|business|brand|restaurant|"
    r"kitchen|workshop|gallery|clinic|practice|office|team|market|brewery|bar|truck)\b|\b(?:realty|realtors?|real\s+estate|estate\s+agents?|new\s+owners|just\s+listed|"
    r"under\s+contract|price\s+reduced|\d\s*(?:bed|br|bd)\b|bigger\s+space|new\s+space|retail\s+space|food\s+truck|production\s+kitchen|commercial\s+kitchen|"
    r"industrial\s+(?:estate|park|area)|business\s+park|trading\s+estate|not\s+open\s+to\s+the\s+public|"
    r"\d+\s*k\s+(?:fun\s+)?(?:run|walk))")
OWN_HOME = _Lazy(r"\b(?:(?:our|my)\s+(?:first|new|forever)\s+(?:home|house)(?!\s+(?:for|of)\s+(?:the|our)\b)|we\s+(?:just\s+)?(?:bought|closed\s+on)|moved\s+into|i\s+live|we\s+live)\b")


# a venue a business pops up at: "we're at Lucky Dumpling Brewing, 77 Foundry Lane"
VENUE = _Lazy(r"\b(?:pop-?ups?|grill|grille|bistro|diner|tavern|pub|food\s+cart|the\s+cart|brewing|brewery|taproom|tap\s+room|winery|distillery|vineyard|food\s+hall|market\s+hall|expo|craft\s+fair|"
              r"farmers'?\s+market|festival|gallery|venue|trade\s+show|showroom|headquarters|hq|warehouse|tasting\s+room)\b")
# "2 BILLION VIEWS": a count, not a house number and a street
NOT_A_STREET_COUNT = _Lazy(r"(?:billion|million|thousand|hundred|trillion|bn|mil|k)$")


def _not_a_home(text: str, m: regex.Match) -> bool:
    """A business's premises or an agent's listing near the address, and nothing saying it's the poster's home."""
    window = text[max(0, m.start() - 160): m.end() + 160]
    if OWN_HOME.search(window) is not None:
        return False
    if NOT_A_HOME.search(window) is not None:
        return True
    return VENUE.search(window) is not None and HOME_NEAR.search(window) is None


def _street_check(text: str, m: regex.Match) -> float | None:
    """A number and a suffix with a count between ("2 BILLION VIEWS") or an ordinal ("1 ST WEEK") are no address."""
    words = m.group("v").split(",")[0].split()
    if len(words) >= 2 and NOT_A_STREET_COUNT.match(words[1].lower()):
        return None
    suffix_at = next((i for i in range(len(words) - 1, 0, -1) if _rx(ADDRESS_SUFFIX + r"\.?", F).fullmatch(words[i])), None)
    if suffix_at is not None and suffix_at >= 2 and words[suffix_at - 1].isdigit() and words[suffix_at].lower().rstrip(".") in ("st", "rd") \
            and _rx(r"^\W*(?:week|weekend|time|day|of|year|month|birthday|anniversary|half|quarter|round|prize|place|class|term)\b", F).match(text[m.end():m.end() + 20]):
        return None  # "1 ST WEEK IN APRIL": an ordinal written apart
    return 0.75


NOT_A_STREET_NAME = {"instagram", "facebook", "etsy", "tiktok", "youtube", "pinterest", "amazon", "ebay", "shopify", "google", "airbnb",
                     "christmas", "easter", "thanksgiving", "halloween", "new", "mother's", "father's", "valentine's", "diwali", "eid",
                     "hanukkah", "mainstreet", "market", "main"}


def _home_on_street_check(text: str, m: regex.Match) -> float | None:
    """"my place on Elm": a capitalised street name, not a weekday, a holiday or a website ("our home on Etsy")."""
    first = m.group("v").split()[0]
    if first in NOT_NAMES or first.lower() in NOT_A_STREET or first.lower() in NOT_A_STREET_NAME:
        return None
    if _rx(WEEKDAY_OR_MONTH).fullmatch(first):
        return None
    return 0.6


# Something personal or home-like somewhere in the post. A street address in a post with none of it ("Meet the
# makers at 101 Factory Lane", "Collect your turkey from 48 Butcher Row") is a business's or an event's.
PERSONAL_CUE = _Lazy(
    r"🏡|🏠|\b(?:i|i'm|i'll|i've|i'd|me|my|mine|ours|we\s+live|we're\s+(?:now\s+|finally\s+)?(?:at|in|on)|we\s+(?:just\s+)?moved|moved\s+(?:in|into)|"
    r"(?:new|our|my)\s+place|"
    r"house|home|homes|porch|flat|apartment|apt|apto|condo|duplex|bungalow|cottage|driveway|garage|doorstep|door|doorbell|bell|buzz\w*|knock|"
    r"(?:side|front|back|garden|green|red|blue|black|white|my|our|the\s+\w+)\s+gate|yard|garden|mailbox|letterbox|front\s+step|"
    r"bahay|ghar|casa|neighbou?rs?|parents|mum|mom|dad|sister|brother|nan|nana|grandma|grandpa|aunt|auntie|uncle|cousin|in-laws|"
    r"honesty\s+box|cooler|pick-?ups?|pick\s+up|(?:mr|mrs|ms|miss|dr)\.?\s+[A-Z]\w+|smallholding|homestead|farmhouse|(?:our|my|the)\s+farm(?!\s+(?:shop|store|stand|market|caf[eé]|kitchen|tours?))|(?:farm|front|garden|side|back)\s+gate|"
    # somebody's home or a form's address line: "Jacob lives on 90 Whitchurch Road", "his address:", "sent to"
    r"lives?\s+(?:at|on|in|off)|living\s+(?:at|on)|(?:his|her|their|your)\s+(?:address|house|home|place|flat|apartment)|"
    r"(?:mailing|postal|home|new|shipping|delivery)\s+address|address\s*(?:is\b|:|\?)|sent\s+to|send\s+(?:it|them|this|that)\s+to|"
    r"mail\s+(?:it|them|this)\s+to|arrived\s+at|drops?\s+you\s+off|get\s+off\s+at|"
    # somebody else's home: "dropped round to her at 41 Gable End Road", "our customer Deb at 12 Osprey Way"
    r"(?:her|him|them)\s+at\s+\d+|(?:customer|client|friend|neighbou?r|bestie|mate|lady|gentleman|fella|guy|gal|regular)\s+(?-i:[A-Z][a-z]+)\s+(?:at|on|from|of)\s+\d+)(?:\b|(?<=[:?]))")
PARTICLE = r"(?:(?:de|do|da|dos|das|del|de\s+la|la|di|du|des|van|von)\s+)?"  # "Rua do Arenque", "Calle de la Paz"
# a post that talks to an audience the way a business does ("we", "our", "your", "come", "meet the makers")
AUDIENCE_VOICE = _Lazy(r"\b(?:we|we're|we've|we'll|us|our|ours|your|you|you're|everyone|everybody|y'all|folks|join|meet|visit|come|"
                               r"nous|notre|nos|vous|retrouvez|venez|visitez|nuestra|nuestro|nuestros|nuestras|visítanos|vengan|te\s+esperamos|"
                               r"collect|proud|thanks|thank\s+you|tickets|free|grand|launch|opening|open)\b")
# patterns whose form alone says nothing about whose address it is: dropped in a post that speaks to an
# audience and says nothing personal or home-like
NEEDS_PERSONAL_CUE = {"street", "lowercase-street", "european-street", "number-then-calle", "uk-postcode", "unit", "county-road", "words-street"}
# a house number in words: "number seventeen", "twenty-six", "forty two"
HOUSE_NUMBER_WORDS = (r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|"
                      r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)")
# a 📍 pin right before an address marks a business's listing ("📍 Unit 3, 18 Dock Road ☎️ ..."), unless the post says it's a home
PIN_BEFORE = _Lazy(r"📍[^\n]{0,30}$")
SAYS_HOME = _Lazy(r"🏡|🏠|\b(?:(?:my|our)\s+(?:house|home|place|flat|apartment|porch|driveway|garage|front\s+door|door)|(?:i|we)\s+live|porch|doorstep|driveway|home|mine|ours)\b")


AMBIGUOUS_SUFFIX = _Lazy(r"(?:close|way|place|court|trail|circle|terrace|crescent)\.?$")


def _address(name: str, pattern: str, score: float, check: Callable | None = None) -> tuple:
    """An address pattern whose hits are dropped next to a business's premises (``_not_a_home``)."""
    def checked(text: str, m: regex.Match):
        if _not_a_home(text, m):
            return None
        if PIN_BEFORE.search(text, max(0, m.start() - 30), m.start()) and not SAYS_HOME.search(text):
            return None  # "📍 44 High Street, Lewes ☎️ ...": a business's address block
        if name == "uk-postcode" and _rx(r"\bp\.?\s?o\.?\s+box\b", F).search(text, max(0, m.start() - 60), m.start()):
            return None  # "PO Box 412, Hebden Bridge HX7 8AB for returns": a mailing box's postcode, not a home
        if name in NEEDS_PERSONAL_CUE and not PERSONAL_CUE.search(text) and AUDIENCE_VOICE.search(text):
            return None
        if name == "lowercase-street" and AMBIGUOUS_SUFFIX.search(m.group("v").split(",")[0].rstrip()) \
                and not HOME_NEAR.search(text, max(0, m.start() - 100), m.end() + 100):
            return None  # "4 till close", "5 minute walk": an everyday word, unless a home is near
        return score if check is None else check(text, m)
    return (name, pattern, score, checked)


def _words_street_check(text: str, m: regex.Match) -> float | None:
    """A house number in words and a street: a home when "number" says so or the post says it is somebody's
    ("that's home", "porch pickup", "my mum's"); not "Three Oaks Lane Nursery" or "Seven Sisters Road shop"."""
    lead = _rx(r"^(?:number\s+)?" + HOUSE_NUMBER_WORDS + r"\s*,?\s+", F).match(m.group("v"))
    street = _Span(text, m.start("v") + (lead.end() if lead else 0), m.end("v"))
    if _home_on_street_check(text, street) is None:
        return None  # "seven Christmas Lane": a holiday, a weekday or a website, not a street
    if not (m.group("v").lower().startswith("number") or HOME_NEAR.search(text, max(0, m.start() - 120), m.end() + 120) or PERSONAL_CUE.search(text)):
        return None
    return 0.6


# a way in that only a home has: "come round the side gate", "let yourself in"
HOME_WAY_IN = _Lazy(r"\b(?:side\s+gate|back\s+gate|garden\s+gate|round\s+the\s+(?:side|back)|come\s+round|let\s+yourself\s+in|knock|ring\s+the\s+bell|doorbell|porch|doorstep|front\s+step|driveway|my\s+(?:mum|mom|nan|sister|brother|parents)(?:'s|’s)?)\b")


def _directions_check(text: str, m: regex.Match) -> float | None:
    """"the cottage at the end of Willow Walk" with a way in only a home has ("round the side gate")."""
    if _home_on_street_check(text, m) is None or not HOME_WAY_IN.search(text):
        return None
    return 0.55


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


WEEKDAY_OR_MONTH = (r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|Tomorrow|Tonight|January|February|March|April|"
                    r"June|July|August|September|October|November|December|Mon|Tue|Tues|Wed|Thu|Thurs|Fri|Sat|Sun)")


# words that start the next clause after an address, not a town: "14 Heron Drive, Dad will leave them out"
NOT_A_CITY = (r"(?:Mom|Mum|Dad|Mama|Papa|Nana|Grandma|Grandpa|Please|Pls|Thanks|Thank|Just|See|Come|Call|Text|Ring|Pickup|Pick|Doors|Open|"
              r"Closed|Parking|Apt|Unit|Flat|Suite|Ring|Buzz|Knock|Look|Side|Back|Front|The|Its|It's|We|We're|I|I'm|Your|You|Any|Anytime|After|Before)")


def address_recognizer() -> RegexRecognizer:
    unit = r"(?:\s*,?\s*(?:apt|apartment|unit|suite|ste|flat|#|no\.?)\s*\.?\s*#?\s*[\w-]{1,6}\b)?"
    street = (
        rf"\b\d{{1,6}}[A-Za-z]?(?:-\d{{1,4}})?\s+(?:(?-i:[NSEW])\.?\s+|(?:North|South|East|West)\s+)?"
        rf"(?-i:(?:[A-Z0-9][\w'’.-]*\s+){{1,3}}){ADDRESS_SUFFIX}\b{ABBREV_DOT}{unit}"
    )
    return RegexRecognizer(
        "STREET_ADDRESS",
        [
            _address("street", rf"(?P<v>{street}(?-i:\s*,\s*(?!{WEEKDAY_OR_MONTH}\b|{NOT_A_CITY}\b)[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?(?:\s*,?\s*(?-i:[A-Z]{{2}})\s+\d{{5}}(?:-\d{{4}})?)?)", 0.75, _street_check),
            _address("lowercase-street", rf"(?P<v>\b\d{{1,6}}\s+(?:(?-i:[nsewNSEW])\.?\s+)?(?:(?!(?:years?|months?|days?|weeks?|hours?|hrs?|minutes?|mins?|of|in|at|on|the|for|with|and|to|from|by|our|my|till|til|until|before|after|more|less|people|am|pm)\b)(?-i:[a-z][a-z'’.-]+)\s+){{1,3}}(?:street|st|avenue|ave|road|rd|drive|dr|lane|ln|court|ct|blvd|boulevard|way|place|circle|terrace|crescent|close|trail)\b\.?{unit})", 0.6),
            _address("number-words-at-home", r"(?P<v>\b\d{2,6}\s+(?:(?-i:[NSEW])\.?\s+)?(?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2}))\b(?=[^.!?\n]{0,80}\b(?:porch|garage|driveway|front\s+door|doorstep|mailbox|my\s+house|our\s+house|side\s+gate))", 0.55),
            # "number seventeen Hazel Grove, that's home", "We're at twenty-six Bramble Crescent": the house number in words
            _address("words-street", rf"(?P<v>\b(?:number\s+)?{HOUSE_NUMBER_WORDS}\s*,?\s+(?-i:[A-Z][a-z'’]+(?:[- ][A-Z][a-z'’]+){{0,2}})\s+(?-i:{ADDRESS_SUFFIX}))\b(?!\s+(?-i:[A-Z][a-z]+)|\s*(?:-|–)?\s*(?:shops?|stores?|traders|trading|market|bakery|caf[eé]|nursery|school|surgery|clinic|practice|stockists?|studio|salon|gallery|branch|tours?|car\s+park|bus\s+stop|station|residents|businesses)\b)", 0.6, _words_street_check),
            # "come round the side gate, it's the cottage at the end of Willow Walk"
            _address("directions-to-house", rf"\b(?:the|a|second|third|first|last|end|corner|blue|white|red|green|yellow|grey|gray|brick|little|stone|pink)\s+(?:[\w-]+\s+)?(?:house|cottage|bungalow|semi|farmhouse|terrace|townhouse|one)\b[^.!?\n]{{0,40}}?\b(?:on|of|along|off|in)\s+(?P<v>(?-i:[A-Z][a-z'’]+(?:\s+[A-Z][a-z'’]+){{0,2}})\s+(?-i:{ADDRESS_SUFFIX}))\b", 0.55, _directions_check),
            _address("unit", r"\b(?P<v>(?:apt\.?|apartment|unit|flat)[ \t]*#?[ \t]*\d{1,5}[A-Za-z]?)\b(?!\s*%)", 0.5),
            _address("number-name-home", rf"(?<![\d$£€#.,:/-])(?P<v>\b\d{{1,5}}[A-Za-z]?\s+(?:(?-i:[NSEW])\.?\s+)?(?-i:[A-Z][a-z]{{2,}}(?:\s+[A-Z][a-z]{{2,}})?))\b(?!\s*(?:%|am\b|pm\b|-))", 0.55, _home_address_check),
            _address("rural-route", r"(?P<v>\b(?:RR|R\.R\.|Rural\s+Route|HC|Star\s+Route)\s*#?\d{1,4}\s*,?\s*Box\s*#?\d{1,5})\b", 0.7),
            _address("county-road", r"(?P<v>\b\d{1,6}\s+(?:County\s+Road|County\s+Rd\.?|CR|Farm\s+Road|FM|Ranch\s+Road|State\s+Route|Route|Rte\.?|Hwy|Highway|Concession(?:\s+Road)?|Conc\.?|Sideroad|Side\s+Road|Township\s+Road|Twp\.?\s+Rd\.?|Range\s+Road|Rge\.?\s+Rd\.?|Grid\s+Road)\s+\d{1,4}[A-Z]?)\b", 0.65),
            # a home found by a landmark: "ours is the white house opposite the mosque", "we live in the green cottage just past the post office",
            # "come to ours, the brick bungalow two doors down from the Shell garage"
            _address("landmark-home", rf"\b(?:we're|we\s+are|ours\s+is|mine\s+is|(?:my|our)\s+(?:house|place|home)\s+is|(?:i|we)\s+(?:live|stay)\s+in|home\s+is|(?:come|go|drop\s+by|pop\s+round|pop\s+over)\s+to\s+(?:ours|mine|my\s+place|our\s+place)\s*,?|look\s+for)\s+"
                     rf"(?P<v>(?:the|a)\s+(?:[\w-]+\s+){{0,2}}?(?:house|cottage|bungalow|farmhouse|homestead|hut|cabin|villa|duplex|townhouse|semi|flat|compound|rondavel|bahay|home)\b[^.!?\n]{{0,30}}?\b"
                     rf"(?:opposite|after|before|past|next\s+to|behind|beside|across\s+(?:from|the\s+road\s+from|the\s+street\s+from)|near|down\s+from|up\s+from|facing|(?:\w+\s+)?doors?\s+(?:down|up|along)\s+from)\s+(?:[\w'’-]+\s+){{0,3}}?"
                     rf"(?:church|mosque|masjid|temple|mandir|gurdwara|chapel|cathedral|school|post\s+office|shop|store|garage|petrol\s+station|gas\s+station|filling\s+station|service\s+station|pub|bar|clinic|hospital|market|mill|bridge|roundabout|"
                     rf"junction|stage|police\s+station|water\s+tower|pharmacy|chemist|bakery|spaza|sari-sari|kiosk|dairy|park|field|tree|bus\s+stop|corner|chief's\s+camp|hall|library|supermarket|tavern|shebeen|creamery|barn|silo|pond|river|stream))\b", 0.6),
            # a home's mailing box: "post the samples to me at PO Box 212, Riversdale, that's our farm box"
            # an Irish or British house known by its name, a townland and a county: "The Old Byre, Ballyknock, Co. Wexford"
            _address("named-house-county", r"(?P<v>\b(?-i:The\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})\s*,\s*(?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s*,\s*(?:Co\.?|County)\s+(?-i:[A-Z][a-z]+))\b", 0.55,
                     lambda text, m: 0.55 if HOME_NEAR.search(text, max(0, m.start() - 100), m.end() + 100) else None),
            _address("po-box-home", r"(?P<v>\bP\.?\s?O\.?\s+Box\s+\d{1,6}(?:\s*-\s*\d{5})?)\b", 0.55,
                     lambda text, m: 0.55 if _rx(r"\b(?:to\s+me|me\s+at|my\s+(?:own\s+|home\s+|postal\s+|mailing\s+)?(?:address|box)|(?:our|my)\s+(?:farm|family|home|house)(?:\s+box)?|that's\s+(?:us|home|me)|at\s+home)\b", F).search(
                         text, max(0, m.start() - 60), m.end() + 60) and not _rx(r"\b(?:invoices?|returns?|orders?|company|ltd|pty|inc|payments?|head\s+office|business|shop|store|trade)\b", F).search(
                         text, max(0, m.start() - 60), m.end() + 60) else None),
            _address("lot-or-block", r"(?P<v>\b(?:Lot|Plot|Block|Blk)\s*#?\d{1,4}[A-Z]?\s*,\s*(?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}))\b", 0.55, _home_address_check),
            _address("flat-in-complex", r"(?P<v>\b(?-i:[A-Z])?-?\d{1,4}[A-Z]?\s*,\s*(?:(?:\d{1,2}(?:st|nd|rd|th)|ground|first|second|third|fourth|top)\s+floor\s*,\s*)?(?-i:[A-Z][a-z]+\s+){1,3}(?-i:Apartments|Apts|Towers|Residency|Residences|Heights|Society|Complex|Enclave|Nagar|Colony|Layout|Mansions|Court|House|Villas))\b", 0.6),
            _address("number-then-calle", rf"(?P<v>\b\d{{1,5}}\s+(?:calle|avenida|carrera|rua|rue|camino|paseo|(?-i:Av\.|Via|Viale))\s+{PARTICLE}(?-i:[A-Z][\w'’.-]+)(?:\s+{PARTICLE}(?-i:[A-Z][\w'’.-]+)){{0,2}})\b", 0.6),
            _address("intersection", r"\b(?:on|at|of)\s+(?:the\s+corner\s+of\s+)?(?P<v>(?:\d{1,3}(?:st|nd|rd|th)|(?-i:[A-Z][a-z]{2,}))\s+(?:and|&)\s+(?:\d{1,3}(?:st|nd|rd|th)|(?-i:[A-Z][a-z]{2,})))\b", 0.55, _home_near_check),
            _address("number-on-street", r"(?P<v>\b(?:number|no\.?|#)\s*\d{1,5}[A-Za-z]?(?:\s*,[^,.!?\n]{1,40},)?\s+(?:on|in|off)\s+(?-i:[A-Z][a-z]{2,}(?:\s+[A-Z][a-z]{2,})?))\b", 0.6, _home_address_check),
            _address("european-street", rf"(?P<v>\b(?:(?-i:(?:Via|Viale|Rue|Calle|Avenida|Rua|Avenue|Ul\.|ul\.|Carrer|Paseo|Plaza|Largo|Piazza))\s+{PARTICLE}(?-i:[A-Z][\w'’.-]+)(?:\s+{PARTICLE}(?-i:[A-Z][\w'’.-]+)){{0,2}}|(?-i:[A-Z][a-zäöüßåæøé]+(?:straße|strasse|str\.|weg|vej|gatan|gade|laan|straat|plein|platz|allee|gasse|veien|katu)))\s+\d{{1,4}}[a-zA-Z]?\b)", 0.6),
            # a US military mailing address: "PSC 2581, Box 0041, APO AP 32376"
            _address("military-mail", r"(?P<v>\b(?:PSC|CMR|Unit)\s+\d{2,5}\s*,?\s*Box\s+\d{1,5}(?:\s*,?\s*(?:APO|FPO|DPO)\s+(?:AA|AE|AP)\s+\d{5})?)\b", 0.65),
            # a home on a named street: "my place on Elm", "our flat off Marchmont Road", "the last house on Birch Road (#62)"
            _address("home-on-street", rf"\b(?:(?:my|our)\s+(?:[\w'’-]+\s+){{0,2}}?|(?:my|our|the)\s+(?:parents'?|mum's|mom's|dad's|nan's|last|first|second|third|corner|end|blue|white|yellow|red|green|grey|gray|brick|little)\s+(?:[\w'’-]+\s+)?)(?:house|place|home|flat|apartment|condo|bungalow|cottage|townhouse|duplex|unit)\s+(?:is\s+)?(?:the\s+(?:[\w-]+\s+)?one\s+)?(?:on|off|along|at)\s+(?:(?:the\s+)?(?:corner|end|top|bottom|far\s+end)\s+of\s+)?(?P<v>(?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+){{0,2}})(?:\s+{ADDRESS_SUFFIX}\b{ABBREV_DOT})?(?:\s*,?\s*\(?\s*(?:#|no\.?\s*|number\s+)\d{{1,5}}[A-Za-z]?\s*\)?)?)", 0.6, _home_on_street_check),
            # a relative's home by its street: "dropping the little one at nan's on Wren Avenue", "my sister's off Leigh Road"
            _address("relative-on-street", rf"\b(?:at|to|from|by|round|over\s+at)\s+(?:my\s+|our\s+|the\s+)?(?:nan|nana|nanna|gran|granny|grandma|grandpa|grandad|nonna|lola|mum|mom|mam|dad|parents|in-laws|sister|brother|aunt|auntie|uncle|cousin|mother-in-law|father-in-law)(?:'s|’s|'|’)\s+(?:(?:place|house|home|flat)\s+)?(?:on|off|in|along)\s+(?P<v>(?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+{ADDRESS_SUFFIX}\b{ABBREV_DOT})", 0.6, _home_on_street_check),
            # a Philippine purok or sitio and barangay: "Purok 3, Brgy. Maligaya"
            _address("purok-barangay", r"(?P<v>\b(?:Purok|Sitio)\s*#?\d{1,3}[A-Z]?(?:\s*,?\s*(?:Brgy\.?|Barangay|Bgy\.?)\s+(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}))?)", 0.65),
            # a flat said the way neighbours say it: "I'm in 12C at the Kingsley", "we live in 4B"
            _address("live-in-unit", r"\b(?:i'm|i\s+am|we're|we\s+are|i\s+live|we\s+live|living)\s+in\s+(?:apt\.?\s*|unit\s*|flat\s*|#)?(?P<v>(?!(?:2d|3d|4d|4k|8k|4g|5g)\b)\d{1,4}[A-Z])\b", 0.6),
            # a house or flat number in the Indian way ("H.No. 12-2-417, Road No. 5"), residential by its very form
            _address("house-number", r"(?P<v>\b(?:House|Door|Flat|Plot)\s+No\.?\s*#?\d{1,4}(?:[-/]\d{1,4}){0,3}[A-Z]?\b|\bH\.\s?No\.?\s*#?\d{1,4}(?:[-/]\d{1,4}){0,3}[A-Z]?\b)(?:\s*,\s*(?:Road|Street|Lane|Cross|Main)\s+No\.?\s*\d{1,3})?", 0.65),
            # a Philippine subdivision address: "Blk 9 Lot 14, Camella Homes", "Block 3 Lot 22 Phase 2"
            _address("block-lot", r"(?P<v>\b(?:Blk|Block|Bk)\.?\s*#?\d{1,4}[A-Z]?\s*,?\s*(?:Lot|Lt)\.?\s*#?\d{1,4}[A-Z]?(?:\s*,?\s*(?:Phase|Ph)\.?\s*\d{1,2}[A-Z]?)?(?:\s*,\s*(?-i:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\.?))?)", 0.7),
            _address("uk-postcode", r"\b(?P<v>(?-i:[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}))\b", 0.5),
        ],
    )


DIGIT_WORD = r"(?:zero|one|two|three|four|five|six|seven|eight|nine|oh|o)(?!\w)"
CODE_PLACE = (r"(?:gate|side\s+gate|garden\s+gate|front\s+gate|door|side\s+door|front\s+door|back\s+door|garage|lock\s*box|lockbox|"
              r"alarm|building|entry|keypad|buzzer|callbox|call\s+box|intercom|key\s*safe|keysafe|padlock|shed|wifi|wi-fi|combo|combination|"
              r"apartment|condo|lobby|entrance|mailbox|letterbox|locker|parcel\s+locker|storage\s+unit|key\s*box|door\s+lock|smart\s+lock|"
              r"deadbolt|bike\s+lock|security\s+system|garage\s+door)")
# a year after "built in", "since", "est." is a date, not a code ("our building was built in 1889")
CODE_YEAR = _Lazy(r"(?:\b(?:in|since|built|circa|c\.|est\.?|established|from|of|year|back\s+to)\s+)$")


def _code_check(text: str, m: regex.Match) -> float | None:
    value = m.group("v")
    digits = sum(ch.isdigit() for ch in value)
    words = len(_rx(DIGIT_WORD, F).findall(value))
    if _rx(r"(?:18|19|20)\d\d").fullmatch(value.strip()) and CODE_YEAR.search(text[max(0, m.start("v") - 15):m.start("v")]):
        return None
    if digits >= 3 or words >= 3:
        return 0.85
    return None


def access_code_recognizer() -> RegexRecognizer:
    """Gate, door, lockbox, alarm and keypad codes, in digits or words, before or after the keyword."""
    value = rf"(?:\d{{1,4}}[#*]\d{{1,4}}#?|\d(?:[\s-]\d){{2,7}}(?!\d)|\d{{2}}(?:[\s-]\d{{2}}){{2,3}}(?!\d)|(?:(?:[#*]|star|hash|pound)\s?)?(?:\d(?:[\s-]\d){{2,7}}(?!\d)|\d{{1,4}}(?:[\s-]?\d{{1,4}})?)#?|{DIGIT_WORD}(?:[\s,-]+{DIGIT_WORD}){{2,7}})"
    return RegexRecognizer(
        "ACCESS_CODE",
        [
            ("code", rf"\b{CODE_PLACE}\s+(?:code|pin|password|passcode|combo|combination|number)\s*(?:is|was|'s|:|=|-)?\s*(?:still\s+)?(?P<v>{value})(?!\d)", 0.9),
            ("code-later", rf"\b{CODE_PLACE}\b[^.!?\n]{{0,60}}?\b(?:code|pin|combo|combination|punch|enter|type|key\s+in|dial|opens\s+with|open\s+with|unlocks?\s+with|then)\b[^.!?\n\d]{{0,40}}?(?P<v>{value})(?!\d)", 0.85),
            # "is" and "'s" only right after the place: "the gate's 2580", "keypad is six two eight four"
            ("place-is", rf"\b{CODE_PLACE}\b[^.!?\n\d]{{0,15}}?(?:\bis|'s)\b[^.!?\n\d]{{0,20}}?(?P<v>{value})(?!\d)", 0.85),
            ("code-to", rf"\b(?:code|pin|combo)\s+(?:to|for)\s+(?:the|my|our)\s+(?:\w+\s+)?{CODE_PLACE}\s*(?:is|:)?\s*(?P<v>{value})(?!\d)", 0.9),
            ("code-at", rf"(?P<v>[#*]?\d{{3,8}}#?)\s+(?:at|on|into|in)\s+the\s+(?:\w+\s+)?{CODE_PLACE}\b", 0.85),
            # "Front door keypad: 5839", "Gate - 4821#"; not an address ("Entrance: 2045 Main St")
            ("place-colon", rf"\b{CODE_PLACE}\s*(?:code|pin|number|no\.?|#)?\s*(?::|=|–|—|\s-)\s*(?P<v>{value})(?!\d)(?!\s*(?:(?-i:[A-Z][\w'’-]*)\s+){{1,3}}{ADDRESS_SUFFIX}\b|\s*(?:am|pm|hrs?|hours?|mins?|minutes|days?|years?|%|x\b))", 0.85),
            # a card's or a phone's PIN: "changed the PIN on the business card to 8824", "my pin's 4471"
            ("pin", r"\b(?P<pin>pin)\b(?!\s*-?\s*codes?\b)(?P<gap>(?:[^.!?\n\d]|\.{2,3}|…){0,40}?)(?:\bis\b|\bto\b|:|=|\bnow\b|'s|’s)\s*(?P<v>\d{4,6})(?![\d.,/:-])", 0.85,
             lambda text, m: 0.85 if len(m.group("v")) == 4 or _rx(r"\b(?:card|debit|atm|bank|account|phone|sim|safe|app)\b", F).search(m.group("gap")) else None),
            # where the spare key is hidden: "the key's under the frog statue", "keys are in the blue plant pot by the back door"
            ("key-hiding-place", r"\b(?:(?:spare\s+|house\s+|door\s+|(?:front|back|side|garage|shed|porch)\s+door\s+)?keys?\b|spare\b(?=(?:'s|’s|\s+is|\s+will\s+be)\s))(?:'s|’s|\s+is|\s+are|\s+will\s+be|\s+(?:for|to)\s+the\s+[\w-]+(?:\s+door)?\s+(?:is|are))?\s+(?:(?:always|still|hidden|now|taped|tucked|stashed|kept|left|hanging|sitting|usually)\s+)*(?P<v>(?:under|in|inside|behind|beneath|underneath|on\s+top\s+of|on)\s+(?:the|a|our|my)\s+(?:[\w'’-]+\s+){0,3}?(?:mat|doormat|welcome\s+mat|pot|pots|planter|plant\s+pot|flower\s*pot|rock|stone|statue|gnome|frog|owl|hedgehog|tortoise|brick|lock\s*box|key\s*safe|mailbox|letterbox|wheelie\s+bin|bin|lid|shed|meter\s+box|bird\s*house|bird\s*bath|boot|light|lantern|hook|watering\s+can|can|ledge|sill|windowsill|door\s*frame|log|woodpile|log\s+pile|step|bench|trough)(?!\s+(?:mat|doormat|welcome\s+mat|pot|pots|planter|plant\s+pot|flower\s*pot|rock|stone|statue|gnome|frog|owl|hedgehog|tortoise|brick|lock\s*box|key\s*safe|mailbox|letterbox|wheelie\s+bin|bin|lid|shed|meter\s+box|bird\s*house|bird\s*bath|boot|light|lantern|hook|watering\s+can|can|ledge|sill|windowsill|door\s*frame|log|woodpile|log\s+pile|step|bench|trough)\b))\b", 0.85,
             lambda text, m: None if (_rx(r"^spare\b(?!\s+keys?)", F).match(m.group(0)) and _rx(r"\b(?:boot|trunk)\b", F).search(m.group("v"))) or _rx(r"\b(?:our|the)\s+(?:shop|store|studio|salon|cafe|café|bakery|gym|office)\b|\b(?:till|counter|staff|reception|front\s+desk|customers?)\b", F).search(text, max(0, m.start() - 60), m.end() + 60) and not _rx(r"\b(?:my|our)\s+(?:house|home|place|flat|porch|door|garage|shed)\b|\bi'm\s+(?:at\s+work|out|not\s+home)|\bnot\s+home\b", F).search(text) else 0.85),
        ],
        check=_code_check,
    )


DAY_WORDS = (r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|"
             r"sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty[- ]?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|"
             r"thirtieth|thirty[- ]?first)")
# a year in words: "nineteen eighty-four", "twenty sixteen", "two thousand and nine"
_UNITS = r"(?:one|two|three|four|five|six|seven|eight|nine)"
YEAR_WORDS = (rf"(?:nineteen[- ](?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ]{_UNITS})?|oh[- ]{_UNITS})"
              rf"|twenty[- ](?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:[- ]{_UNITS})?|oh[- ]{_UNITS})"
              rf"|two\s+thousand(?:\s+and)?(?:\s+(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:[- ]{_UNITS})?|{_UNITS}))?)")


def _dob_check(text: str, m: regex.Match) -> float | None:
    """A birthday with this year's or next year's date is an event (a sale, a party), not a birth date."""
    years = _rx(r"(?:19|20)\d{2}").findall(m.group("v"))
    label = m.group("label").lower() if m.group("label") else ""
    if years and int(years[-1]) >= 2024 and not _rx(r"dob|d\.o\.b|birth\s*date|birthdate|born|date\s+of\s+birth|arrived|into\s+the\s+world|debut|arrival|entrance|joined|baby|babe|bub").search(label):
        return None
    if _rx(r"(?:born|arrived)").search(label) and _rx(
            r"\b(?:we|we've|it|this\s+\w+|(?:our|the|my)\s+(?:little\s+)?(?:shop|business|brand|store|company|bakery|studio|salon|cafe|café|truck|idea|company|podcast|blog|channel|line|range|candle|product))\s+(?:was\s+|were\s+|got\s+|officially\s+|first\s+)*$", F).search(
            text[max(0, m.start("label") - 40):m.start("label")]):
        return None  # "we were born on the 4th of July 2015": the business's founding, not a person's birth
    if _rx(r"^[\W\d]{0,6}(?:(?:and|so|now|today)\s+)?(?:our|the|this)\s+(?:\w+\s+)?(?:shop|store|business|bakery|brand|company|studio|salon|cafe|café|truck|restaurant|boutique|brewery|flagship|stall|market)\b", F).search(text[m.end():m.end() + 60]) and not _rx(
            r"\b(?:i|i'm|i\s+was|she|he|my|me|wifey|hubby|husband|wife|partner|mum|mom|dad|nan|our\s+(?:son|daughter|boy|girl|baby|little|twins|kid))\b", F).search(
            text[max(0, m.start("label") - 40):m.start("label")] + " " + text[max(0, m.start() - 40):m.start("v")]) and not any(
            is_given_name(w) for w in _rx(r"(?-i:\b[A-Z][a-z]+\b)").findall(text[max(0, m.start("label") - 25):m.start("label")])):
        return None  # "Born on Christmas Day 2015: our flagship store turns 10"
    if "arriv" in label and PET_NEAR.search(text, max(0, m.start() - 80), m.end() + 80):
        return None  # a rescue cat arriving
    return 0.85


def date_of_birth_recognizer() -> RegexRecognizer:
    month = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
             r"|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)\.?")
    date = (
        rf"(?:\d{{1,2}}[/.·-]\d{{1,2}}[/.·-](?:19|20)?\d{{2}}|\d{{1,2}}\s+\d{{1,2}}\s+(?:19|20)\d{{2}}|{month}\s+\d{{1,2}}(?:st|nd|rd|th)?\s*,?\s*(?:of\s+)?(?:19|20)\d{{2}}"
        rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+|de\s+)?{month}\s*,?\s*(?:of\s+|de\s+)?(?:19|20)\d{{2}}|(?:19|20)\d{{2}}-\d{{2}}-\d{{2}})"
    )
    label = r"(?:dob|d\.o\.b\.?|date\s+of\s+birth|birth\s*date|birthdate|born|birthday|bday|b-day|cumple(?:años)?|fecha\s+de\s+nacimiento)"
    # a date with its day or year in words: "the third of March 2016", "June the ninth, nineteen eighty-four",
    # "3rd March '86" (a two-digit year only where a birth label or "baby" says what the date is)
    year_any = rf"(?:(?:19|20)\d{{2}}|{YEAR_WORDS}|['’]\d{{2}})\b"
    worded = (
        rf"(?:(?:the\s+)?{DAY_WORDS}\s+(?:of\s+)?{month}\s*,?\s*(?:of\s+|in\s+)?{year_any}|{month}\s+(?:the\s+)?{DAY_WORDS}\s*,?\s*(?:of\s+)?{year_any}"
        rf"|(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{month}\s*,?\s*(?:of\s+)?{YEAR_WORDS}\b|{month}\s+(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s*,?\s*{YEAR_WORDS}\b|{month}\s+the\s+\d{{1,2}}(?:st|nd|rd|th)?\s*,?\s*{year_any})"
    )
    return RegexRecognizer(
        "DATE_OF_BIRTH",
        [
            ("label-then-worded-date", rf"\b(?P<label>{label})\b[^\n]{{0,45}}?(?P<v>{worded})", 0.85),
            # "I'm a Sept 9, 1996 baby", "she's a 3rd of June 2019 baby"
            ("date-baby", rf"\b(?:i'm|i\s+am|im|she's|he's|she\s+is|he\s+is|they're|a|an)\s+(?:(?:proud|true|real|fellow|total)\s+)?(?P<v>{date}|{worded}|{month}\s+\d{{1,2}}(?:st|nd|rd|th)?\s*,?\s*['’]\d{{2}}|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{month}\s*,?\s*['’]\d{{2}})\s+(?P<label>baby|babe|bub|kid|girl|boy)\b", 0.85),
            # no label, the year in words and a birthday in the post: "June the ninth, nineteen eighty-four 🎂"
            ("year-in-words", rf"(?P<label>)(?P<v>(?:(?:the\s+)?(?:{DAY_WORDS}|\d{{1,2}}(?:st|nd|rd|th)?)\s+(?:of\s+)?{month}|{month}\s+(?:the\s+)?(?:{DAY_WORDS}|\d{{1,2}}(?:st|nd|rd|th)?))\s*,?\s*(?:of\s+)?{YEAR_WORDS})\b", 0.75,
             lambda text, m: _dob_check(text, m) if _rx(r"🎂|🥳|🎈|\b(?:birthday|bday|b-day|born|turn(?:s|ed|ing)|years\s+(?:old|young)|baby|me\b|my\s+(?:mum|mom|dad|son|daughter|husband|wife))", F).search(text)
             and not _rx(r"\b(?:since|est\.?|established|founded|opened|open(?:ed)?\s+(?:our|the)\s+doors|in\s+business)\s*$", F).search(text[max(0, m.start() - 30):m.start()]) else None),

            ("dob-label", rf"\b(?P<label>dob|d\.o\.b\.?|date\s+of\s+birth|birth\s*date|birthdate)\s*(?:is|:|-|=)?\s*(?P<v>{date}|\d{{1,2}}[/.-]\d{{1,2}})", 0.95),
            ("label-then-date", rf"\b(?P<label>{label})\b[^\n]{{0,45}}?(?P<v>{date})", 0.85),
            # "DOB 12 Mar 88", "born May 3rd '22": a two-digit year only after a birth label
            ("short-year", rf"\b(?P<label>dob|d\.o\.b\.?|date\s+of\s+birth|birth\s*date|birthdate|born)\b[^\n\d]{{0,25}}?(?P<v>{month}\s+\d{{1,2}}(?:st|nd|rd|th)?\s*,?\s*['’]?\d{{2}}|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{month}\s*,?\s*['’]?\d{{2}})\b(?!\s*(?:am|pm|mins?|minutes|[:.]\d))", 0.85),
            # "Grandpa (b. 17.11.1938)"
            ("b-dot", rf"(?:\(\s*|\b)(?P<label>b\.)\s*(?P<v>{date})", 0.85),
            # a child's arrival: "Our boy arrived 14 February 2021", "Kid #2 arrived on 2/11/2023"
            ("arrived", rf"\b(?:{CHILD}|kid\s*#?\s*\d|baby\s*(?:#|no\.?)?\s*\d|he|she|{NAME})\s+(?:finally\s+|officially\s+)?(?P<label>arrived|came\s+into\s+the\s+world|came\s+along|entered\s+the\s+world|made\s+(?:his|her|their)\s+(?:debut|arrival|entrance)|joined\s+(?:us|the\s+family|our\s+family))\b[^.!?\n]{{0,20}}?(?P<v>{date}|{worded})", 0.85),
            # "born Christmas Eve 2020", "born on the 4th of July, 1990"
            ("born-holiday", r"\b(?P<label>born)\s+(?:on\s+)?(?P<v>(?:christmas(?:\s+(?:eve|day))?|new\s+year'?s\s+(?:eve|day)|valentine'?s(?:\s+day)?|halloween|thanksgiving(?:\s+day)?|easter(?:\s+sunday)?|boxing\s+day|leap\s+day|the\s+(?:4th|fourth)\s+of\s+july|independence\s+day|st\.?\s+patrick'?s\s+day|mother'?s\s+day|father'?s\s+day)\s*,?\s*(?:19|20)\d{2})\b", 0.85),
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
    # health news said without naming the condition; pregnancy and its loss in everyday words
    "health scare", "health news", "health update", "health stuff", "health issues", "health problems",
    "health struggles", "medical stuff", "medical news", "medical update", "tests came back", "test came back",
    "results came back", "biopsy came back", "scans came back", "bloods came back", "start treatment",
    "starts treatment", "starting treatment", "started treatment", "finished treatment", "on the spectrum",
    "eating for two", "bun in the oven", "rainbow baby", "lost our baby", "lost my baby", "pregnancy loss",
    "baby loss", "stillborn", "stillbirth", "chemical pregnancy", "two pink lines",
    "shadow on", "doctors found", "doctor found", "been admitted", "was admitted", "got admitted", "admitted again",
    "kidneys", "lungs", "heart problems", "heart issues", "kidney problems", "liver problems",
    "started therapy", "in therapy", "speech therapy", "occupational therapy",
    "play therapy", "couples therapy", "family therapy", "therapy appointment", "therapy sessions",
    "doctor's appointment", "doctors appointment", "doctor appointment", "hospital appointment", "hospital appointments",
    "medical appointment", "medical appointments", "specialist appointment", "having a baby", "trying to conceive",
    "ttc", "immunocompromised", "immune compromised", "immunosuppressed", "neurodivergent", "dyslexic", "dyslexia",
    "dyspraxia", "dyscalculia", "tourette's", "tourettes", "bump update", "bumpdate", "hospital bag",
    "preggo", "preggers", "preggy", "prego with",
    "heart bypass", "bypass surgery", "triple bypass", "quadruple bypass", "stent", "stents", "angioplasty",
    "radiotherapy", "radio therapy", "brachytherapy", "proton therapy", "hormone therapy", "chemo session", "chemo sessions",
    "iep", "iep meeting", "504 plan", "ehcp", "special needs", "speech delay", "developmental delay", "global delay",
    # Spanish, Tagalog, romanised Hindi
    "embarazada", "diagnosticaron", "diagnosticado", "diagnosticada", "cáncer", "quimio", "quimioterapia",
    "hospitalizado", "hospitalizada", "en el hospital", "cirugía", "operación", "buntis", "na-ospital", "nasa ospital",
    "ospital", "garbhvati", "pregnant hoon", "hospital mein",
    "malignant", "news from the doctor", "news from the doctors", "scan day", "scanxiety", "acl reconstruction",
    "acl surgery", "acl repair", "reconstruction surgery", "healed from", "healing from", "recovering after",
    "epipens", "epi-pen", "epi-pens", "insulin pens", "glucose monitor", "has a temperature", "had a temperature",
    "running a temperature", "high temperature", "out of hours doctor", "out-of-hours doctor", "at the doctor's",
    "at the doctors", "at the gp", "at the pediatrician", "at the paediatrician", "pediatrician appointment",
    # fifth round: therapy and recovery said plainly, kept in hospital, conditions of pregnancy, lice
    "therapy is helping", "therapy has been helping", "therapy twice a week", "therapy once a week", "therapy every week",
    "counselling is helping", "counseling is helping", "recovery isn't linear", "recovery is not linear", "recovery is never linear",
    "in recovery from", "keeping me in", "keeping him in", "keeping her in", "kept me in", "kept him in", "kept her in",
    "placenta previa", "pre-eclampsia", "preeclampsia", "gestational diabetes", "hyperemesis", "postnatal depression",
    "postpartum depression", "postpartum anxiety", "postnatal anxiety", "postpartum psychosis", "nits", "head lice", "knee replaced", "hip replaced", "shoulder replaced",
    "in and out of hospital", "in and out of the hospital", "in and out of a&e", "in and out of appointments",
    "memory is going", "losing her memory", "losing his memory", "doesn't know me", "doesn't recognise me",
    "doesn't recognize me", "didn't recognise me", "didn't recognize me", "didn't know me", "signed off with",
    "tongue tie", "tongue-tie", "lip tie", "tongue tied",
    "cortisone shot", "cortisone injection", "steroid injection", "steroid shot", "epidural", "nerve block",
    "'s bedside", "his bedside", "her bedside", "he's discharged", "she's discharged", "discharged from hospital",
    "got discharged", "been discharged",
]
HEALTH_SUBJECT = (
    r"(?:\bmi\b|\bmis\b|\bmamá\b|\bpapá\b|\besposo\b|\besposa\b|\bhij[oa]\b|\bestoy\b|\bako\b|\bko\b|\bnanay\b|\btatay\b|\basawa\b|\blola\b|\blolo\b|\bmeri\b|\bmera\b|\bmere\b|\bammi\b|\babbu\b|"
    r"\bi\b|\bi'm\b|\bim\b|\bi've\b|\bi\s+am\b|\bmy\b|\bme\b|\bwe\b|\bwe're\b|\bour\b|\bmom\b|\bdad\b|\bhusband\b|\bwife\b|\bhubby\b"
    r"|\bson\b|\bdaughter\b|\bsister\b|\bbrother\b|\bgrandma\b|\bgrandpa\b|\bmother\b|\bfather\b|\bbestie\b|\bfriend\b"
    r"|\bboyfriend\b|\bgirlfriend\b|\bpartner\b|\bfiance\b|\bfiancée\b|\bbaby\b|\bmama\b|\bpapa\b|\baunt\b|\buncle\b"
    r"|\bkiddos?\b|\btoddler\b|\btwins\b|\bbub\b|\bgrandson\b|\bgranddaughter\b|\bniece\b|\bnephew\b|\bstepson\b|\bstepdaughter\b|\bwifey\b|\bbf\b|\bgf\b|\bcousin\b|\bneighbor\b|\bneighbour\b|\bcoworker\b|\bboss\b|\bshe\b|\bhe\b|\bher\b|\bhis\b|\bhim\b|\bnan\b|\bnana\b|\bnanna\b|\bgran\b|\bgrandad\b|\bmum\b|\bhusband's\b|\bdoc\b|\bdoctor\b|\bdr\b|\bdoc's\b|\bdoctor's\b|\bin-law\b|\bkids?\b|(?-i:\b[A-Z][a-z]+'s\b))"
)
NOT_DISCLOSURE = (
    r"(?:research|awareness|walk(?:s|athon)?\b|run\b|5k|fundraiser|fundraising|charity|donat|survivors?\s+month|month\b|foundation|"
    r"supports?\s+(?:a\s+)?(?:healthy|normal)|clinic\s+hours|pharmacy\s+hours|(?:help|helps|helped|relieve|relieves|cure|cures|cured|treat|treats|fight|fights|heal|heals|healed)\b)"
)


STRONG_HEALTH = _Lazy(
    r"^(?:diagnosed|diagnosis|chemo|chemotherapy|miscarriage|eating\s+disorder|anorexia|bulimia|pre-?eclampsia|placenta\s+previa|gestational\s+diabetes|hyperemesis(?:\s+gravidarum)?|"
    r"(?-i:PND|PPD|C-?PTSD|PMDD)|chemo(?:therapy)?\s+(?:sessions?|days?|weeks?|rounds?|cycles?)|postnatal\s+(?:depression|anxiety|psychosis)|postpartum\s+(?:depression|anxiety|psychosis|rage|ocd)|pregnancy\s+loss|baby\s+loss|prego\s+with|morning\s+sickness|recovery\s+is(?:n't|\s+not|\s+never)\s+linear|therapy\s+(?:is|has\s+been)\s+helping|therapy\s+(?:twice|once|three\s+times)\s+a\s+week|keeping\s+(?:me|him|her)\s+in|kept\s+(?:me|him|her)\s+in|"
    r"miscarried|pregnant|preggo|preggers|preggy|ivf|mastectomy|hysterectomy|c-section|"
    r"biopsy|dialysis|hospitalized|hospitalised|in\s+remission|relapse|first\s+trimester|second\s+trimester|third\s+trimester|"
    r"due\s+date|nicu|bed\s*rest|malignant|news\s+from\s+the\s+doctors?|embarazada|buntis|quimio(?:terapia)?|diagnosticaron|weeks\s+pregnant|lost\s+the\s+baby|due\s+in|panic\s+attack|hypothyroid|"
    r"bloodwork|blood\s+work|pregnancy\s+test|positive\s+test|lost\s+(?:our|my)\s+baby|stillborn|stillbirth|rainbow\s+baby|eating\s+for\s+two|bun\s+in\s+the\s+oven|infirmary|a&e|emergency\s+room|glandular\s+fever|chest\s+infection|knee\s+op|\w+(?:pril|olol|statin|prazole|oxetine|aline|azepam|thyroxine|formin|mab|cillin|mycin|pam|lam|zole|sone|tidine|dronate|glutide|vir))$")
CHARITY_AFTER = _Lazy(r"^(?:-[\w]+)*-(?:approved|friendly|safe|tested|proof|inspired|themed|style|grade|free|accessible|access|aware|inclusive)\b|^\W{0,3}(?:residents\b|(?:clinics|consult(?:ation)?s|checks|screenings|specialists|coaches|doulas|users)\b|(?:and\s+[\w-]+\s+)?(?:(?:now|back)\s+)?(?:in\s+stock|on\s+special|on\s+sale)\b|(?:visits?|outreach)\b(?=\s*(?::|every|each|for\b|are\b|this|with))|(?:grade|steel)\b|(?:customers?|clients?|guests?|shoppers?|diners?|visitors?|patrons?|members|followers|readers|community|folks)\b|"
                      r"(?:notes?|notices?|warnings?|alerts?|info|information|advice|labels?|labell?ing|statements?|options?|menu|matrix|matrices|chart)\b|support\s+(?:evenings?|nights?|meetings?|sessions?|circles?|groups?|caf[eé]s?|mornings?)|shaped|shape|(?:partners?|team|staff|department|dept|practice|nurses|doctors|specialists|professionals|experts|practitioners|providers)\b|bean|beans|helplines?|hotlines?|&\s+[\w ]{0,30}(?:society|foundation|association|trust|alliance)|first\s+aid|first-?aiders?|training|resources|tips|check-?ins?|webinar|course|policy|champions?|support\s+(?:charity|fund|network|services?|centre|center|line|worker)|(?:awareness|support)\s+(?:week|month|day)|shots?\s+(?:available|clinic|here|walk-?ins?)|season|vaccines?\s+(?:available|clinic|here|walk-?ins?)|clinic\s+(?:now|is|will|offers|hours|team|staff|opens)|counter|awareness|acceptance|research|center|centre|society|institute|foundation|(?:month|day|week)(?!\s*(?:\d|one|two|three|four|five|six|seven|eight|nine|ten)\b)|walk|run|survivors?|ward|unit|charity|fund\b|patients|friendly|support\s+group|-friendly|-safe|safe)")


def _inside_quotes(text: str, start: int, end: int, reach: int = 25) -> bool:
    left = text[max(0, start - reach):start]
    right = text[end:end + reach]
    for open_q, close_q in (('"', '"'), ("“", "”"), ("‘", "’")):
        i = left.rfind(open_q)
        if i != -1 and close_q not in left[i + 1:] and close_q in right:
            return True
    return False


# a treatment's day, week or round: "Chemo day for me", "IVF round two", "dialysis week"
TREATMENT = _Lazy(r"^(?:chemo|chemotherapy|dialysis|infusion|radiotherapy|radiation|ivf|transfusion|immunotherapy|(?:post-?|pre-?)?therapy)$")
TREATMENT_DAY = _Lazy(r"^\s*(?:day|days|week|morning|round|cycle)\b(?!\s+(?:of\s+(?:action|awareness)|for\s+(?:all|everyone|our\s+(?:customers|clients))))")


def _health_check(text: str, m: regex.Match) -> float | None:
    start = m.start("v")
    treatment_day = TREATMENT.match(m.group("v").lower()) and TREATMENT_DAY.match(text[m.end("v"):m.end("v") + 40])
    if CHARITY_AFTER.search(text[m.end("v"):m.end("v") + 30]) and not treatment_day:
        return None
    if _rx(r"^[\s-]+(?:(?:recovery|support|recovery\s+support|friendly|care|comfort)\s+)?(?:briefs|pants|knickers|underwear|pillows?|binders?|belts?|wraps?|kits?|bundles?|hampers?|boxes|packs?|creams?|balms?|socks|bras?|leggings|range|collection|cushions?|gifts?)\b", F).match(text[m.end("v"):m.end("v") + 40]):
        return None  # "c-section recovery briefs", "chemo care packs": a product named for a condition
    if _inside_quotes(text, start, m.end("v")) or (text[start - 1:start] == "'" and text[m.end("v"):m.end("v") + 1] == "'"
                                                   and not text[start - 2:start - 1].isalnum()):
        return None  # a quoted product or programme name ("Happy Pills", "Stage 2"), a word in scare quotes ('pregnant')
    if _rx(r"\bfor\s+(?:[\w-]+\s+)?$", F).search(text[max(0, start - 25):start]) and _rx(
            r"^\s+(?:kids|children|adults|people|learners|students|teens|families|users|customers|clients|patients)\b", F).match(text[m.end("v"):m.end("v") + 15]):
        return None  # a product or a service for a group ("sensory toys for autistic kids"), nobody's own health
    if m.group("v").lower().startswith("allergic") and _rx(
            r"^\s+to\s+(?:mondays?|mornings?|work|exercise|cardio|housework|cleaning|ironing|effort|early\s+starts|the\s+gym|running|maths?|taxes|admin|paperwork|"
            r"small\s+talk|drama|boring|budgets?|diets?|salad|vegetables|veg|queues|traffic|winter|rain)\b", F).match(text[m.end("v"):m.end("v") + 30]):
        return None  # "I'm allergic to Mondays": a figure of speech
    if _rx(r"\b(?:awareness|research|fundraiser|fundraising|charity|5k|walk\s+for|run\s+for)\b", F).search(text[max(0, start - 40):start]):
        return None
    if _rx(r"\b(?:if\s+(?:you(?:'re|\s+are)?\s+)?|while\s+|when\s+|during\s+|not\s+for\s+(?:use\s+)?(?:by\s+)?|unless\s+|consult(?:s|ed|ing|ation)?\b[^.]{0,40}|especially\s+if\s+(?:you(?:'re|\s+are)?\s+)?)$", F).search(text[max(0, start - 60):start]):
        return None  # a label's caution ("if pregnant, consult your doctor"), nobody's own health
    if _rx(r"\byour\s+(?:\w+\s+)?$", F).search(text[max(0, start - 20):start]):
        return None  # "check with your midwife", "your doctor": advice, nobody's own health
    if _rx(r"\b(?:if|whether|anyone\s+who|everyone\s+who)\s+(?:you(?:'ve|\s+have)?|anyone|someone|y'?all)?\s*(?:ever\s+)?(?:had|have|has|get|gets|got|suffer(?:s|ed)?(?:\s+from)?|lives?\s+with|deal(?:s|t)?\s+with)\s+(?:a\s+|an\s+)?$", F).search(text[max(0, start - 50):start]):
        return None  # "if you've ever had a migraine": a hypothetical about the reader, nobody's own health
    if _rx(r"\b(?:can|could|cannot|can't|to|will\s+never|never)\s+(?:get|be|become)\s*$", F).search(text[max(0, start - 30):start]):
        return None  # talk about pregnancy in general, not somebody's
    if _not_health_news(text, m):
        return None
    if m.group("v").lower() == "std" and (_rx(r"(?:\d|\b(?:[ivx]+|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth))(?:st|nd|rd|th)?\s*$", F).search(text[max(0, start - 12):start])
                                          or _rx(r"^\.?\s*(?:\d|[ivx]+\b)", F).match(text[m.end("v"):m.end("v") + 4])):
        return None  # "5th std", "std 7": a school standard in India, not a disease
    if STRONG_HEALTH.match(m.group("v")):
        return 0.7
    # the sentence (or line) around the term
    left = max(text.rfind(".", 0, start), text.rfind("!", 0, start), text.rfind("?", 0, start), text.rfind("\n", 0, start)) + 1
    right_candidates = [i for i in (text.find(".", m.end()), text.find("!", m.end()), text.find("?", m.end()), text.find("\n", m.end())) if i != -1]
    right = min(right_candidates) if right_candidates else len(text)
    sentence = text[left:right]
    rel = start - left
    before = sentence[max(0, rel - 70): rel]
    if not sentence[:rel].strip(" \t\"'“‘*-–—:") and _rx(
            r"^\s*(?:clinic|appointment|appt|scan|check-?up|consult(?:ation)?|review|bloods|op|surgery|session|transfer)?\s*(?:again|today|tonight|tomorrow|this\s+(?:morning|afternoon|evening|week)|at\s+\d|on\s+\w+day)\b", F).match(
            text[m.end("v"):]) and not _rx(r"\b(?:book|booking|bookings|available|walk-?ins?|we're|we\s+are|we'll|our|free|offer\w*|spaces|slots)\b", F).search(sentence):
        return 0.7  # "Fertility clinic again this morning, so the stall opens at 11": the poster's own visit
    if not sentence[:rel].strip(" \t\"'“‘*-–—:") and _rx(r"(?:in|at)\s+(?:the\s+)?hospital", F).fullmatch(m.group("v")) and not _rx(
            r"^\s*(?:news|gift|shop|charity|fundrais\w*|volunteers?|staff|car\s+park|parking|cafe|café|visits?\s+for|today\s+we)\b", F).match(text[m.end("v"):]):
        return 0.7  # "In hospital for a few days, so no deliveries": the poster, with no "I" said
    if (not _rx(HEALTH_SUBJECT, F).search(before) and not _rx(HEALTH_SUBJECT, F).search(sentence[rel: rel + 60])
            and not any(is_given_name(w) for w in _rx(r"(?-i:\b[A-Z][a-z]+\b)").findall(before))
            and (m.group("v").lower().startswith("recover") or not SENTENCE_SUBJECTLESS.search(text, 0, start))):
        return None
    around = sentence[max(0, rel - 30): rel]
    if _rx(NOT_DISCLOSURE, F).search(around):
        return None
    return 0.7


def _own_therapy_check(text: str, m: regex.Match) -> float | None:
    """The poster's therapy, said as a day in their week; not a business's therapy service or "retail therapy"."""
    if _rx(r"\b(?:retail|art|music|speech|occupational|physical|massage|dog|pet|light|sound|play|equine|drama|cold|heat|water|horse|couples|family|group|animal|aroma|beauty|spa|hair|scalp|colou?r)\s*$", F).search(text, max(0, m.start("v") - 20), m.start("v")):
        return None
    if _inside_quotes(text, m.start("v"), m.end("v")) or _rx(
            r"\b(?:book(?:ing|ings)?|available|offer(?:s|ing)?|sliding\s+scale|our\s+(?:clinic|practice|counsell?ors?|therapists?|team|salon|spa)|per\s+session|[$£€]\s?\d|%\s*off)\b", F).search(text):
        return None  # a therapy service the business offers
    return 0.7


def _labour_check(text: str, m: regex.Match) -> float | None:
    """"In labour!!", "my wife went into labour": a birth under way, not the Labour party or the labour market."""
    if _inside_quotes(text, m.start("v"), m.end("v")) or _not_health_news(text, m):
        return None
    v = m.group("v").lower()
    if v.startswith("into") and not _rx(r"\b(?:went|gone|going|go|goes)\s+$", F).search(text[max(0, m.start() - 10):m.start()]):
        return None
    if v.startswith("in ") and not (not _rx(r"\w").search(text[max(text.rfind(c, 0, m.start()) for c in ".!?\n") + 1:m.start()]) or _rx(
            r"\b(?:i'm|i\s+am|im|she's|she\s+is|wife's|wife\s+is|we're|currently|now|still)\s+$", F).search(text[max(0, m.start() - 15):m.start()])):
        return None
    return 0.7


def _bereavement_check(text: str, m: regex.Match) -> float | None:
    """A person lost to an illness: not a pet, a business's "battle with the council", a team's lost fight."""
    begin = max(text.rfind(c, 0, m.start()) for c in ".!?\n") + 1
    sentence_before = text[begin:m.start()]
    if PET_NEAR.search(text, begin, m.end() + 40) or _rx(r"\b(?:shop|store|studio|bakery|cafe|café|salon)\s+(?:cat|dog|pup|kitten|hen|bunny)\b", F).search(sentence_before):
        return None  # "our shop cat Biscuit lost his fight with kidney disease"
    after = text[m.end():m.end() + 40]
    if _rx(r"\b(?:fight|battle|struggle)", F).search(m.group("v")):
        if _rx(r"^\s*(?:with|against|to)?\s*(?:the\s+|our\s+|a\s+)?(?:council|landlord|bank|weather|heat|rain|snow|wind|printer|oven|traffic|algorithm|courier|post|tax|irs|hmrc|insurance|bureaucracy|city|parking|supplier|laptop|website|machine|dough|flour|clock)\b", F).match(after):
            return None  # "lost the battle with the council"
        condition_after = _rx(
            r"^\W*(?:with|against|to)?\s*(?:a\s+|an\s+|the\s+|his\s+|her\s+|their\s+)?(?:\w+\s+){0,2}?(?:cancer|illness|disease|dementia|alzheimer'?s|parkinson'?s|leuk(?:a)?emia|lymphoma|tumou?r|covid|addiction|depression|sepsis|stroke|"
            r"mnd|als|motor\s+neuron\w*|[a-z]*oma|heart\s+failure|kidney\s+failure|organ\s+failure|mental\s+illness|anorexia|bulimia)\b", F).match(after)
        ends_there = _rx(r"^\s*(?:[.,!;:—–-]|$|last\s+\w+|this\s+(?:morning|afternoon|evening|week)|yesterday|today|tonight|on\s+\w+day|early\s+\w+|peacefully|"
                         r"overnight|in\s+the\s+(?:early\s+)?(?:hours|morning|night)|at\s+(?:home|the\s+hospice|\d)|surrounded|after\s+(?:a|\d))", F).match(after)
        possessive = _rx(r"\b(?:his|her|their|my)\s+(?:\w+\s+)?(?:fight|battle|struggle)", F).search(m.group("v"))
        if not (condition_after or (possessive and ends_there)):
            return None  # "we lost the battle with the heatwave", "lost my battle with the sourdough"
    return 0.7


def _outcome_check(text: str, m: regex.Match) -> float | None:
    """A scan, surgery or test with its outcome, unless it is a product's, a lab's or a campaign's."""
    if _rx(r"\b(?:lab|labs|formula|product|products|batch|batches|water|soil|safety|quality|sample|samples|launch|website|app|beta|software|campaign|ads?|survey|poll|sales|audit|inspection|mot|car|van|roof|boiler|exam|exams|gcse|a-?levels?|students?)\b", F).search(
            text, max(0, m.start() - 80), m.end() + 60):
        return None
    if _not_health_news(text, m) or _inside_quotes(text, m.start("v"), m.end("v")):
        return None
    return 0.7


def _not_health_news(text: str, m: regex.Match) -> bool:
    """Health words that are not news about anybody: a figure of speech ("a serious addiction"), a team
    "expecting big things", a lab's test results for a product, a talk about burnout, a product for a
    condition, a star sign."""
    term = _rx(r"\s+").sub(" ", m.group("v").lower())
    start, end = m.start("v"), m.end("v")
    before = text[max(0, start - 50):start]
    after = text[end:end + 60]
    if term in ("addiction", "addicted", "obsession") and _rx(
            r"(?:\b(?:it's|it\s+is|this\s+is|that's|these\s+are|is|are|a|an|my\s+(?:new|latest|current)|our\s+(?:new|latest))\s+(?:\w+\s+){0,2}$)", F).search(before) and not _rx(
            r"\b(?:recover\w*|rehab|sober|clean|relapse|treatment|meeting|gambling|alcohol|drugs?|opioids?|pills)\b", F).search(text):
        return True  # "it's a serious addiction at this point 😂"
    if term == "expecting" and not _rx(
            r"^\s*(?:[!.🤰👶💕❤💙💗🩷🍼]|$|again|our\s+(?:first|second|third|fourth|\w+\s+(?:baby|child|little))|(?:a|another)\s+(?:baby|little|boy|girl|rainbow|bundle)|baby|twins|number|#|no\.|in\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|the\s+(?:spring|summer|fall|autumn|winter|new\s+year))|(?:this|next)\s+(?:spring|summer|fall|autumn|winter))", F).match(after):
        return True  # "our team is expecting big things"
    if term.startswith(("test", "results", "scans", "bloods")) or term in ("test results", "scan results"):
        sentence = text[max(0, start - 80):end + 80]
        if _rx(r"\b(?:lab|labs|formula|product|products|batch|batches|water|soil|safety|quality|independent|third[- ]party|sample|samples|purity|potency|coa|certificate|heavy\s+metals|organic|inspection|survey|poll|a/b|split\s+test|taste\s+test|beta|launch|exams?|gcses?|a-?levels?|school|students?|grades|straight\s+as|election|quiz|sales|campaign)\b", F).search(sentence) and not _rx(
                r"\b(?:my|our|his|her)\s+(?:\w+\s+)?(?:doctor|oncologist|gp|biopsy|scan|bloods|mri|surgeon|specialist)\b", F).search(sentence):
            return True  # "the test results are in and our new formula passed"
    if _rx(r"\b(?:spoke|speaks|speaking|talk(?:s|ed|ing)?|wrote|writes|writing|podcast|episode|webinar|panel|article|book|session|keynote|workshop)\s+(?:\w+\s+){0,2}(?:about|on)\s+(?:\w+\s+){0,2}$", F).search(before):
        return True  # "spoke about founder burnout at the summit"
    if term in ("anxiety", "allergy", "allergen", "stress", "worry") and _rx(r"^-?\s*free\b", F).match(after):
        return True  # "anxiety-free gifting"
    sentence_start = max(text.rfind(".", 0, start), text.rfind("!", 0, start), text.rfind("?", 0, start), text.rfind("\n", 0, start)) + 1
    if _rx(r"^\s*\?").match(after) and not _rx(r"\b(?:i|i'm|my|me|we're|our|mum|mom|dad|hubby|son|daughter|baby)\b", F).search(text[sentence_start:start]):
        return True  # "Slipped disc? Our physio partners have Saturday appointments": a question to the reader
    if _rx(r"^\s*(?:(?:and|&|or|/)\s+\w+-[\w-]+\s+)?(?:[\w-]+\s+){0,2}(?:assessments?|screenings?|testing|tutoring|lessons|class|classes|sessions?|groups?|services?|plans?|recipes?|cookbooks?|meals?|medicines?|reducers?|relief|remed(?:y|ies)|thermometers?|charts?|cases?|holders?|pouch(?:es)?|sleeves?|covers?|flash\s*cards?|worksheets?|caps|hats|beanies|headwear|turbans|scarves|headscarves|socks|blankets|quilts|cushions|resources|toys?|tools?|games?|apps?|massages?|yoga|pilates|aqua\s*natal|photo\s*shoots?|photography|facials?|packages?|menus?|cookies|cakes?|cupcakes|biscuits|treats|balloons|banners?|signs?|onesies|t-?shirts?|shirts?|mugs?|prints?|bags?|supplies|equipment|needles?|gloves?|trays?|labels?|sets?|packs?|sample\s+\w+|wraps?|belts?|binders?|kits?|pads?|creams?|balms?|oils?|teas?|pillows?|bundles?|gift\s+sets?|hampers?|boxes|box|essentials|range|collection|bras?|leggings|underwear|guide|course|classes|programm?e?|workshop|e-?book|cards?|candles?|gummies|capsules|supplements?)\b", F).match(after) and not _rx(
            r"\b(?:i|i'm|my|me|his|her)\s+(?:[\w'’]+\s+){0,2}$|\b(?:son|daughter|boy|girl|kid|child|husband|hubby|wife|partner|mum|mom|dad|brother|sister|baby|toddler|"
            r"grandson|granddaughter|nan|grandma|grandpa)(?:'s|’s)\s+(?:[\w-]+\s+)?$|\b(?:last|first|final|next|another)\s+$", F).search(before) and not _rx(
            r"^\s*(?:session|appointment|assessment)s?\s+(?:today|tomorrow|tonight|done|this\s+(?:morning|afternoon|evening|week)|at\s+\d|on\s+\w+day)\b", F).match(after):
        return True  # "our new c-section recovery wrap": a product for a condition, nobody's own
    if _rx(r"\b(?:designed|developed|created|made|formulated|approved|reviewed|written|recommended|tested|endorsed|founded|run|led)\s+(?:with|by|alongside)\s+(?:a|an|our|the|local|two|three)\s+(?:\w+\s+)?$", F).search(before):
        return True  # "designed with a midwife": a professional who helped the business
    if term in ("flu", "the flu", "covid", "shingles") and _rx(r"^\s*(?:shots?|jabs?|vaccines?|vaccinations?|boosters?|clinic|season)\b", F).match(after):
        return True  # "flu shots at the pharmacy": a routine jab, not an illness
    if text[start:end][:1].isupper() and _rx(r"\b(?:at|from|with|visit|of|to|by|team|staff)\s+(?:the\s+)?(?-i:[A-Z][A-Za-z&-]*[a-z])\s+$").search(before) and not _rx(
            r"hospital|ward|icu|unit|a&e|\ber\b|emergency|infirmary|urgent", F).search(term):
        return True  # "the team at Northside Physio": part of a business's name
    if term.startswith(("recover", "healed", "healing")) and _rx(r"^\s+(?:from\s+)?(?:(?:the|a|an|this|that|last|our|my|all|such|one|what)\s+)*(?:(?:best|busy|busiest|crazy|long|huge|big|wild|epic|amazing|fun|hectic|mad|massive|great|sold[- ]out|holiday|christmas|black\s+friday|launch)\s+)*(?:week|weekend|night|party|wedding|holidays?|market|markets|sale|event|rush|launch|christmas|festival|trip|move|vacation|hangover|jet\s*lag|season|day|fair|show|expo|shift|marathon|feast|birthday|celebrations?)\b", F).match(after):
        return True  # "recovering from the best week ever"
    if _rx(r"\b(?:the|a|our)\s+local\s+$", F).search(before):
        return True  # "this year it's the local hospice": a cause the business supports
    if _rx(r"(?:review|customer\s+love|testimonial|feedback|said|says|wrote)\b[^\n]{0,20}?['\"“‘][^\n]{0,200}$", F).search(text[max(0, start - 220):start]) and _rx(r"^[^\n]{0,200}?['\"”’](?:\s|$|[.!,❤💕✨-])", F).match(text[end:end + 220]):
        return True  # a customer's words quoted in a review
    if term.startswith(("been admitted", "was admitted", "got admitted", "admitted")) and _rx(
            r"^\s*(?:again\s+)?(?:to|into|at)\s+(?!(?:the\s+)?(?:\w+\s+)?(?:hospital|icu|er\b|ward|a&e|intensive|emergency|psych|rehab|infirmary))", F).match(after):
        return True  # "was admitted to the bar", "admitted to Harvard"
    if term == "due date" and (_rx(r"^\s+(?:for|of|on\s+(?:the|your|all|invoices?)|extended|is\s+extended)\b", F).match(after) or _rx(
            r"\b(?:payment|invoice|entry|entries|submission|application|assignment|tax|rent|order|project|registration|bill|library|book)\s+$", F).search(before)):
        return True  # "due date for entries is March 3"
    if _rx(r"\b(?:customers?|clients?|guests?|visitors?|shoppers?|patients|members|users|diners|patrons|families|people|anyone|anybody|those|folks|"
           r"kids|children|students|pupils|readers|fans|riders|passengers|athletes|runners|wearers|residents|mums|moms|mothers|dads|parents|women|men)\s+"
           r"(?:who\s+(?:have|has|had|use|wear|need|are|live|suffer\w*|deal\w*|take|are\s+on)\s+|with\s+|using\s+|wearing\s+|on\s+|living\s+with\s+|managing\s+|"
           r"recovering\s+from\s+|after\s+|going\s+through\s+)(?:an?\s+|the\s+|their\s+)?(?:\w+\s+)?$", F).search(before):
        return True  # "for customers with hearing aids", "mums going through IVF": a group the business serves
    if _rx(r"\b(?:everyone|everybody|everyone's|everybody's|people|folks|so\s+many\s+(?:people|friends|of\s+you)|all\s+(?:my|our)\s+friends)\b[^.!?\n]{0,15}$", F).search(before):
        return True  # "everyone's having a baby this year": nobody in particular
    crowd = _rx(r"\b(?:everyone|everybody|anyone|anybody|families|people|every\s+(?:family|one|parent|child|kid|patient|mum|mom|dad))\b(?P<gap>[^.!?\n]{0,60})$", F).search(text, sentence_start, start)
    if crowd and not _rx(r"\b(?:i|i'm|i've|my|me|we|we're|our|us)\b", F).search(crowd.group("gap")):
        return True  # "Sending love to everyone spending the holidays in hospital"
    if term.startswith("stage") and not _rx(r"cancer|tumou?r|lymphoma|leuk|melanoma|sarcoma|carcinoma|disease|kidney|breast|lung|colon|bowel|ovarian|"
                                            r"cervical|prostate|liver|pancrea|diagnos|chemo|metasta|oncolog|endometriosis|dementia|alzheimer|parkinson", F).search(
            text, max(0, start - 80), end + 80):
        return True  # "Stage 3 of our renovation is done"
    if term[:1].isdigit() and PET_NEAR.search(text, max(0, start - 80), end + 40):
        return True  # "our shop kitten, she's 10 weeks"
    if _rx(r"\b(?:we\s+can|you\s+can|can\s+we|together|let's|let\s+us|help\s+us|join\s+us\s+in)\s+(?:\w+\s+){0,3}$", F).search(before):
        return True  # "together we can beat breast cancer": a cause, not a diagnosis
    if term.startswith(("health", "medical")) and _rx(
            r"^\s*(?:on|for|about|from)\s+(?!(?:my|her|his|mum|mom|dad|hubby|husband|wife|grandma|grandpa|nana|the\s+family|our\s+(?:family|little|son|daughter|boy|girl|baby|kid|mum|mom|dad|twins|eldest|youngest)))", F).match(after):
        return True  # "health update on our shop hens", "big health news for coffee lovers"
    if "treatment" in term and _rx(r"^\s+(?:for|with)\s+(?:your|dry|oily|damaged|frizzy|tired|cracked|sensitive|(?:\w+\s+)?(?:skin|hair|hands|feet|nails|lips|scalp|lawn|wood|roof))\b", F).match(after):
        return True  # "start treatment for dry hands today with our balm"
    if ("therap" in term or "counsel" in term) and _rx(r"\b(?:book(?:ing|ings)?|available|offer(?:s|ing)?|sliding\s+scale|with\s+our|our\s+(?:clinic|practice|counsell?ors?|therapists?|team|centre|center)|per\s+session|[$£€]\s?\d)\b", F).search(
            text, max(0, start - 80), end + 80) and not _rx(r"\b(?:i|i'm|i've|my|me|mum|mom|dad|hubby|husband|wife|son|daughter)\b", F).search(text, max(0, start - 60), end + 40):
        return True  # "Book a therapy session with our counsellors": a service, nobody's own
    if _rx(r"\bretail\s+therapy\b", F).search(text, max(0, start - 40), end + 40):
        return True  # "we're in therapy... retail therapy"
    if term in ("mental health", "burnout", "wellbeing") and (_rx(r"^\s*(?:matters|is\s+(?:important|health|wealth|everything)|for\s+(?:all|everyone|our))\b", F).match(after) or (
            _rx(r"\b(?:our|the)\s+(?:whole\s+)?(?:staff|team|employees|crew|workers)\b", F).search(text, max(0, start - 80), end + 80)
            and not _rx(r"\b(?:i|i'm|my|me)\b", F).search(text, max(0, start - 80), end + 80))):
        return True  # "Mental health matters: our staff get a wellbeing day every quarter"
    if term.endswith(("doctor", "gp")) and _rx(r"^\s*(?:friend|friends|pal|mate|colleague|buddy|neighbou?r|customer|client|sister|brother|husband|wife|who\s+(?:loves|ordered|bought|recommended))\b", F).match(after):
        return True  # "my doctor friend swears by our candle"
    if term.endswith("op") and _rx(r"^\s*shops?\b", F).match(after):
        return True  # "my op shop haul": a charity shop
    if _rx(r"\bretail\s+$", F).search(before) or (term == "having a baby" and _rx(r"^\s*(?:shower|sprinkle|boom|bump\s+photoshoot)", F).match(after)):
        return True  # "retail therapy", "having a baby shower"
    if term == "stroke" and (_rx(r"^\s+of\b", F).match(after) or _rx(r"\b(?:brush|master|back|breast|paddle|key|pen|golf|swim(?:ming)?)\s*$", F).search(before)):
        return True  # "the stroke of midnight", "a master stroke"
    if term in ("due in", "due date", "due") and not _rx(r"\b(?:baby|babies|bab(?:e|y)s?|pregnan\w*|bump|trimester|expecting|twins|midwife|ob|obgyn|paternity|maternity|mat\s+leave|pat\s+leave|parental\s+leave|"
                                                       r"labou?r|induction|c-section|newborn|little\s+one|sibling|big\s+(?:sister|brother)|"
                                                       r"(?:our|my)\s+(?:first|second|third|fourth|rainbow)|\d+\s*weeks?|[🤰👶🍼])", F).search(text, max(0, start - 120), end + 120):
        return True  # "Rego checks are due in March": a deadline, not a birth
    if "trimester" in term and _rx(r"^\s+of\s+(?!(?:my|her|our|the)\s+(?:pregnancy|baby))", F).match(after):
        return True  # "the second trimester of our shop's first year"
    if term.startswith("scan") and _rx(r"^\s*(?:the\s+|this\s+|our\s+|a\s+|your\s+)?(?:qr|bar\s*code|codes?|link|tag|receipt|ticket|card|label|here|below|to\b|me\b|it\b|and\b|&|at\s+(?:the\s+)?(?:till|counter|checkout|door|register|desk|entrance)|them\b|these\b|via\b|in\s+store|your\s+(?:phone|app|card))", F).match(after):
        return True  # "Scan the QR code at the till"
    if term == "terminal" and not _rx(r"^\s*(?:illness|ill|cancer|diagnosis|prognosis|condition|disease|brain|stage|lung|breast|liver|pancreatic)\b", F).match(after) and not _rx(
            r"\b(?:is|was|it's|it\s+is|now|been|became|turned|diagnosed|deemed|declared)\s+(?:\w+\s+)?$", F).search(before):
        return True  # "our card terminal", "the ferry terminal"
    sentence_before = text[sentence_start:start]
    if _rx(r"\b(?:donat\w*|fundrais\w*|sponsor\w*|volunteer\w*|raised?\s+(?:\S+\s+){0,3}?for|raising\s+(?:\S+\s+){0,3}?for|deliver(?:ed|ing|ies|y)?|care\s+(?:packs?|packages?|boxes)|gifted|giving|knitted|crocheted|sewn|collected|(?:caps|hats|beanies|blankets|quilts|hampers|packs)\s+(?:\w+\s+){0,5}?(?:are|were)\s+off\s+to)\b[^.!?\n]{0,60}$", F).search(sentence_before) and not _rx(
            r"\b(?:i|i'm|i've|my|me|mum|mom|dad|hubby|husband|wife|son|daughter|baby|grandma|grandpa|nana)\b", F).search(sentence_before):
        return True  # "Proud to donate 200 care packs to the Royal Infirmary": a cause the business gives to
    if _rx(r"\b(?:my|our|the|his|her|their)\s+(?:\w+\s+)?(?:cats?|dogs?|pup|puppy|puppies|kittens?|kitty|horses?|pony|ponies|rabbits?|bunny|hamsters?|parrots?|birds?|hens?|chickens?|goats?|cows?|sheep|ewes?|mare|gelding|alpacas?|pigs?)(?:'s|’s)?\s+(?:\w+\s+){0,3}$", F).search(before):
        return True  # "my cat has worms": a pet's health
    if _rx(r"\b(?:don't|doesn't|didn't|don’t|doesn’t|didn’t|do\s+not|does\s+not|did\s+not|never)\s+(?:\w+\s+)?(?:have|has|had|got|get|diagnosed\s+with)\s+(?:a\s+|an\s+|any\s+)?$", F).search(before):
        return True  # "No I don't have cancer"
    if term == "cancer" and (text[start:end] == "Cancer" and _rx(r"^\s*(?:season|sign|sun|moon|rising|babies|gang|energy|szn|traits?)\b|^\s*[♋✨]", F).match(after) or _rx(
            r"\b(?:a|fellow|proud|typical|you|my\s+fellow)\s+$", F).search(before) and text[start:end] == "Cancer"):
        return True  # the star sign
    return False


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
SENTENCE_SUBJECTLESS = _Lazy(
    r"(?:^|[.!?\n,;:–—]\s*|\b(?:so|and|but|lol|update:|update)\s+)(?:just\s+|finally\s+|still\s+|officially\s+)?(?:had|got|getting|been|being|living|dealing|tested|testing|"
    r"recovering|diagnosed|battling|fighting|struggling|suffering|started|starting|finished|finishing|going\s+in|went\s+in|"
    r"back\s+from|home\s+from|out\s+of|off\s+to|heading\s+in|currently|chronic|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+few|few)\s+(?:days?|weeks?|months?|years?))\b[^.!?\n]{0,50}$")


def _health_lexicon_check(text: str, m: regex.Match) -> float | None:
    """A condition or medicine from the lexicons in a disclosure frame ("living with MS", "my bipolar",
    "Mom's methotrexate shots"): not a product's label, an awareness event or a general statement."""
    start = m.start("v")
    if CHARITY_AFTER.search(text[m.end("v"):m.end("v") + 30]) or _inside_quotes(text, start, m.end("v")):
        return None
    if _not_health_news(text, m):
        return None
    before = text[max(0, m.start() - 40):m.start()]
    if _rx(r"\b(?:we\s+can|you\s+can|can\s+we|together|let's|let\s+us|help\s+us|join\s+us\s+in)\s+(?:\w+\s+){0,2}$", F).search(before):
        return None  # "together we can beat breast cancer": a cause, not a diagnosis
    sentence_start = max(text.rfind(".", 0, start), text.rfind("!", 0, start), text.rfind("?", 0, start), text.rfind("\n", 0, start)) + 1
    if _rx(r"^\s*\?").match(text[m.end("v"):]) and not _rx(r"\b(?:i|i'm|my|me|we're|our)\b", F).search(text[sentence_start:start]):
        return None  # "Managing diabetes? Ask about our sugar-free range": a question to the reader
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
NOT_A_DISCLOSURE_AFTER = _Lazy(
    r"^\s*(?:awareness|research|month(?!\s*\d)|walk|charity|blend|formula|roller|oil|tea|capsules|gummies|support|friendly|-friendly|safe|-safe)\b")


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
                if phrase in ABBREVIATED_CONDITIONS and (not text[start:e].isupper() or text[e:e + 1] == "-"):
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
    if _inside_quotes(text, start, m.end("v")) or CHARITY_AFTER.search(text[m.end("v"):m.end("v") + 30]):
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
        [("condition-verb", rf"\b(?:(?:living|diagnosed|dealing|battling|struggling|fighting|recovering|suffering|coping|survived|surviving|beat|beating|treated|hospitali[sz]ed|admitted|managing|diagnosis|flare|flaring)\s+(?:with|from|of|for|up\s+with)|(?:battling|battled|fighting|fought|beat|beating|survived|surviving|managing|diagnosed|dianosed|diagnoised)(?:\s+against)?)\s+(?:(?:a|an|my|her|his|their|the|stage\s+\w+|severe|chronic|nasty|bad|mild|early|late|acute|aggressive|rare|type\s+(?:1|2|one|two|i|ii)|early-onset|postpartum|really|horrible|another|recurring|recurrent)\s+){{0,3}}(?P<v>{TERM_WORDS})", 0.75, _term_check(_conditions_set, _health_lexicon_check)),
         ("condition-role", r"(?<=\w\s+)(?P<v>(?:survivor|sufferer|warrior|patient|diagnosis|flare|flares|flare-?up|journey|relapse|surgery|treatment|treatments|meds|medication|medications|specialist|clinic\s+appointment|appointment|scare))\b", 0.7, _condition_role_check),
         # "Chronic hives for 3 years", "eczema since I was 12": a condition and how long somebody has had it
         ("condition-duration", r"(?<=\w\s+)(?P<v>(?:for|since)\s+(?:over\s+|almost\s+|nearly\s+|about\s+|the\s+(?:last|past)\s+)?(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twenty|a\s+few|several)\s+(?:years?|months?|decades?|yrs?)|since\s+(?:i|she|he)\s+was\s+(?:\d+|a\s+(?:baby|kid|teen|teenager|child)))\b", 0.7, _condition_role_check),
         ("has-condition", rf"\b(?:has|had|have|got|caught|came\s+down\s+with|sick\s+with|home\s+with|(?:hospital|hospitali[sz]ed|icu|er|nicu)\s+(?:\w+\s+){{0,3}}?with|tested\s+positive\s+for)\s+(?:a\s+|an\s+|the\s+)?(?:(?:really\s+)?(?:bad|nasty|severe|mild|another|awful)\s+)?(?P<v>{TERM_WORDS})", 0.7, _term_check(_conditions_set, _health_check)),
         ("hospital-stay", r"(?:(?<=\w)(?:'s|’s|'re|’re)|\b(?:is|was|been|are|were|be|spent|spend|spending|stay|staying|stayed|admitted|rushed|taken|took|ended\s+up|landed|went|going|back|home|discharged|released|night|nights|days?|week|weeks|still))\s+(?:\w+\s+){0,2}?(?:in|at|to|into|from|out\s+of|on)\s+(?:the\s+)?(?!(?:local|county|community|general|our\s+local)\b)(?P<v>(?:[\w'’-]+\s+){0,2}?(?:hospital|emergency\s+room|icu|nicu|picu|urgent\s+care|maternity\s+ward|a&e|(?:cardiac|maternity|surgical|children's|childrens|oncology|stroke|psych|psychiatric|mental\s+health|medical|orthop(?:a)?edic|respiratory|renal|geriatric|elderly\s+care|post-?op|labou?r|high\s+dependency|acute|coronary|isolation|neuro|burns|cancer|dementia)\s+(?:ward|unit)|ward\s+\d{1,2}[a-z]?|hdu|ccu))\b(?!\s+(?:fundraiser|charity|foundation|gala|auction|walk|run|drive|staff|nurses\s+for|gift\s+shop|cafeteria))", 0.7, _health_check),
         ("family-condition", rf"\b{FAMILY}\s+(?:(?:wife|husband|hubby|wifey|partner|son|daughter|mum|mom|dad|mother|father|sister|brother|nan|gran|grandma|grandpa|baby|kid|boy|girl|toddler|youngest|eldest|oldest|fianc[eé]e?|aunt|uncle|niece|nephew|cousin|stepson|stepdaughter|boyfriend|girlfriend)(?:'s|’s)\s+)?(?:(?:chronic|severe|stage\s+\w+|type\s+(?:1|2|one|two)|early-onset|postpartum|new|latest|recent)\s+)?(?P<v>{TERM_WORDS})", 0.7, _term_check(_conditions_set, _health_lexicon_check)),
         ("medicine-taking", rf"\b(?:on|taking|take|takes|started|starting|start|prescribed|switched\s+to|off|quit|stopped|stopping|refill(?:ed)?|dose\s+of|doses\s+of|shot\s+of|{FAMILY})\s+(?:(?:back\s+)?on\s+)?(?:\d+\s*(?:mg|mcg|ml|units?)\s+(?:of\s+)?|(?:a|the|new|higher|lower|daily|weekly)\s+(?:dose\s+of\s+)?)?(?P<v>{TERM_WORDS})", 0.7, _term_check(_medicines_set, _health_lexicon_check)),
         ("medicine-use", r"(?<=\w\s+)(?P<v>prescription|refill|shots?|injections?|infusions?|dose|doses|pills|tablets|patch|pump|appointments?|side\s+effects)\b", 0.7, _medicine_use_check),
         ("sober-time", rf"\b(?P<v>(?:\d+|{HOUSE_NUMBER_WORDS}|a\s+(?:hundred|thousand))(?:\s+and\s+a\s+half)?\s+(?:days?|weeks?|months?|years?)\s+(?:sober|clean|dry|in\s+recovery|off\s+(?:the\s+)?(?:drink|booze|alcohol|drugs|gambling|pills)|alcohol[- ]free|drug[- ]free|cancer[- ]free|seizure[- ]free|smoke[- ]free))\b(?!\s*(?:challenge|pledge|promise|month|event|campaign|fundraiser|sprint))", 0.75, _health_lexicon_check),
         # "ninety days since my last drink", "clean from heroin since 2021", "my sobriety date"
         ("sober-since", r"\b(?P<v>(?:since|from)\s+my\s+last\s+(?:drink|drop|drug|hit|fix|bet|binge|pill|line|relapse|use)|(?:clean|sober)\s+(?:from|off)\s+(?:heroin|meth|crack|cocaine|coke|opioids?|opiates|pills|painkillers|alcohol|booze|the\s+drink|drugs|weed|gambling|ice)|(?:my|our)\s+(?:sobriety|sober)\s+(?:date|birthday|anniversary|journey|chip|coin)|(?:my|his|her)\s+recovery\s+from\s+(?:alcohol\w*|addiction|heroin|drugs|gambling|meth|opioids?))\b", 0.75),
         # "Surgery went well", "Scan was clear!!", "The lump was benign": the outcome says whose it is
         ("health-outcome", r"\b(?P<v>(?:surgery|op|operation|scans?|biopsy|lump|mri|ct\s+scan|x-?rays?|bloods|blood\s*work|mammogram|smear|ultrasound|chemo|tumou?r|cyst|mole|(?:test|scan|biopsy|blood)\s+results|results)\s+(?:went|was|were|came\s+back|has\s+come\s+back|have\s+come\s+back|is|are)\s+(?:really\s+|all\s+|totally\s+|completely\s+)?(?:well|ok|okay|fine|smoothly|clear|all\s+clear|benign|malignant|negative|positive|normal|cancerous|precancerous|inconclusive|not\s+good))\b", 0.7, _outcome_check),
         # "the mole they removed was melanoma", "turned out to be endometriosis": a condition named as the finding
         ("is-condition", rf"\b(?:was|were|is|it's|its|it\s+is|came\s+back\s+as|turned\s+out\s+to\s+be|confirmed\s+(?:as|it's|it\s+was))\s+(?:a\s+|an\s+)?(?P<v>{TERM_WORDS})", 0.7,
          _term_check(_conditions_set, lambda text, m: _health_lexicon_check(text, m) if _rx(
              r"\b(?:they|the\s+doctors?|doctors|doc|dr|gp|biopsy|removed|results?|scans?|tests?|mole|lump|cyst|my|his|her|mum|mom|dad|husband|hubby|wife|son|daughter|diagnos\w*)\b", F).search(
              text, max(0, m.start() - 80), m.end() + 20) else None)),
         # a newborn's birth weight: "Granddaughter #3 arrived today!! 7lb 4oz of perfection"
         ("birth-weight", r"\b(?P<v>\d{1,2}\s*(?:lb|lbs|pounds?)\s*,?\s*(?:and\s+)?\d{1,2}\s*(?:oz|ounces?)|\d[.,]\d{1,3}\s*kg)\b", 0.7,
          lambda text, m: 0.7 if _rx(r"\b(?:arrived|born|birth|welcome\w*|newborn|new\s+baby|baby\s+(?:boy|girl)|grand(?:son|daughter|baby)|our\s+(?:son|daughter|boy|girl)|little\s+(?:one|man|lady)|[💙💗👶🍼])", F).search(text, max(0, m.start() - 100), m.end() + 60)
          and not _rx(r"\b(?:bag|bags|sack|box|boxes|jar|tin|wheel|bucket|pack|flour|sugar|coffee|beans|cheese|honey|turkey|ham|chicken|fish|salmon|brisket|roast|cake|loaf|pumpkin|melon|potatoes|apples)\b", F).search(text, max(0, m.start() - 40), m.end() + 40) else None),
         # "Hubby's op went well", "Mum's bloods are back", "his op is Tuesday"
         ("family-procedure", r"\b(?:(?:mom|mum|mam|mother|dad|father|husband|hubby|wife|wifey|partner|son|daughter|sister|brother|grandma|grandpa|gran|grandad|granny|nana|nan|papa|baby|kid|child|toddler|fianc[eé]e?|boyfriend|girlfriend|aunt|uncle|niece|nephew|cousin|stepson|stepdaughter|mother-in-law|father-in-law|brother-in-law|sister-in-law|mammy|gogo|lola|lolo)(?:'s|’s)\s+(?:(?:big|first|second|third|next|last|latest|follow-up|knee|hip|back|heart|eye|cataract|ear|hand|foot|shoulder|hernia|gallbladder|grommets?|tonsils?|adenoids|bunion|wrist|ankle|spine|bowel|cleft|lip|tongue[- ]tie|triple|double|quadruple|heart\s+bypass|prostate|kidney|bypass)\s+)?(?P<v>op|operation|surgery|scan\s+results|bloods|blood\s+tests?|biopsy|chemo|radiotherapy|diagnosis|meds|medication|infusion|transfusion|bypass|pacemaker(?:\s+op)?|stent|c-?section|caesarean|cesarean|induction|dialysis|delivery(?=\s+(?:is\s+)?(?:due|date|booked|scheduled|on\s+the|at\s+(?-i:[A-Z])))|due\s+date)|(?:his|her|my)\s+(?:triple\s+|double\s+|heart\s+)?(?P<v>op|bypass|pacemaker|stent|c-?section))\b(?!\s*(?:shops?|lanes?|roads?|routes?)\b)", 0.7, _health_check),
         # "I'm 34 weeks and my feet have disappeared", "she's 28+3 weeks"
         ("pregnant-weeks", r"\b(?:i'm|i\s+am|im|she's|she\s+is|wifey's|wife's|wife\s+is|we're|we\s+are|currently|(?:^|(?<=[.!?]\s{0,3}))now)\s+(?:now\s+|officially\s+|only\s+|already\s+)?(?P<v>(?:[4-9]|[1-3]\d|4[0-2])\s*(?:\+\s*\d\s*)?(?:weeks?|wks?))\b(?!\s+(?:of|into|in\b|until|till|left|to\s+go|ago|away|out|late|behind|off|clean|sober|post|since|from|sugar|without|straight|running|in\s+a\s+row|old|lead|turnaround|waiting|wait|delivery|shipping|processing|booked|sold))", 0.7, _health_lexicon_check),
         # "having his adenoids out", "got her wisdom teeth removed"
         ("organ-out", r"\b(?:having|had|getting|got|get|gets|has|have)\s+(?:his|her|my|their|both)\s+(?P<v>(?:tonsils|adenoids|appendix|gallbladder|wisdom\s+teeth|ovaries|ovary|uterus|thyroid|spleen|kidney|tubes|grommets|cyst|lump|mole|stitches|cast|staples|port|catheter|drain|cataracts?|bunion)\s+(?:out|removed|taken\s+out|put\s+in|fitted|in|off|done))\b", 0.7, _health_check),
         # "my son has been in and out of Great Ormond Street all month": a hospital by its name
         ("in-and-out-of", r"\b(?:my|our|his|her)\s+(?:[\w'’-]+\s+)?(?:son|daughter|baby|boy|girl|kid|little\s+one|husband|hubby|wife|partner|mum|mom|dad|nan|gran|grandma|grandpa|brother|sister|twins?)\s+(?:has|have|'s|’s|had|was|were|is)\s+(?:been\s+)?in\s+and\s+out\s+of\s+(?P<v>(?-i:(?:St\.?\s+)?[A-Z][\w'’]+(?:\s+[A-Z][\w'’]+){0,3}))", 0.7, _health_check),
         # "In labour!! Shop's closed", "wife went into labour at 3am"
         ("labour", r"\b(?P<v>(?:in|into)\s+labou?r|waters\s+(?:broke|have\s+broken|just\s+broke)|contractions\s+(?:are|every|started|have\s+started))\b"
          r"(?![-‐]|\s+(?:party|government|mps?|council|leader\w*|politics|market|law|costs?|shortage|relations|union|day|voters?|seats?|candidates?))", 0.7, _labour_check),
         # "she's poorly", "Mum's been unwell": a person's health, plainly
         ("poorly", r"\b(?:she's|he's|she\s+is|he\s+is|i'm|i\s+am|im|been|feeling|felt|is|was|are|were|they're|(?<=\w)(?:'s|’s))\s+(?:really\s+|very\s+|quite\s+|a\s+bit\s+|so\s+|still\s+|too\s+|properly\s+|seriously\s+)?(?P<v>poorly|unwell|(?<!\b(?:is|was|are|were)\s+(?:\w+\s+)?)ill)\b(?![-\s]+(?:attended|made|designed|packaged|lit|written|timed|planned|received|stocked|paid|advised|equipped|fitting|fated|suited|prepared|informed|mannered))", 0.7, _health_check),
         # "Getting my left knee replaced on Dec 2", "Dad's having his hip done"
         ("part-replaced", r"\b(?:getting|having|had|got|get|gets|has|have|needs?|needed|booked\s+in\s+(?:to\s+have|for))\s+(?:my|his|her|their|a|a\s+new|both)\s+(?:left\s+|right\s+|other\s+)?(?P<v>(?:knee|knees|hip|hips|shoulder|ankle|heart\s+valve|valve|lens|cornea|kidney|liver|joint|elbow|disc|spine)\s+(?:replaced|replacement|done|fused|reconstructed|transplant(?:ed)?|operated\s+on|scoped|pinned|drained|removed))\b", 0.7, _health_check),
         # "the bump is getting in the way, 6 weeks to go": a pregnancy, said by its bump
         ("bump", r"\b(?:my|the|this|our|her)\s+(?P<v>(?:baby\s+)?bump)\b(?!\s+(?:in\s+the\s+road|up|stop|start|map|out|into))", 0.7,
          lambda text, m: 0.7 if _rx(r"\b(?:weeks?|wks?|kicks?|kicking|due|baby|trimester|pregnan\w*|midwife|scan|months?\s+to\s+go|maternity)\b|🤰|👶", F).search(
              text, max(0, m.start() - 100), m.end() + 100) and not _not_health_news(text, m) and not _rx(r"\b(?:shop|sell|stock|range|photo\s*shoots?|bands?|belts?|pillows?|dresses|jeans|leggings|clients?|customers?|mums?-to-be|moms?-to-be)\b", F).search(
              text, max(0, m.start() - 60), m.end() + 60) else None),
         # "lost his fight with pancreatic cancer", "passed away after a short illness", "lost my husband to suicide"
         ("bereavement", r"\b(?P<v>(?:lost|losing)\s+(?:(?:his|her|their|my|the|a)\s+)?(?:(?:long|brave|short|hard[- ]fought|long[- ]fought|[\w-]+[- ]year)\s+)?(?:fight|battle|struggle)(?:\s+(?:with|against|to))?"
          r"|(?:passed|passed\s+away|died|went)\s+(?:(?:suddenly|peacefully|unexpectedly|quietly|last\s+\w+|on\s+\w+|this\s+\w+|yesterday|today|in\s+(?:the\s+)?\w+)\s+){0,2}(?:after|from|of|following|with)\s+(?:a\s+|an\s+|his\s+|her\s+|their\s+)?(?:(?:long|short|brief|sudden|brave|lengthy|two-year|year-long)\s+)?(?:illness|battle|fight|stroke|heart\s+attack|cancer|covid|complications|sepsis|pneumonia|aneurysm|overdose|seizure|organ\s+failure|kidney\s+failure|heart\s+failure|dementia|alzheimer's)"
          r"|(?:lost|losing)\s+(?:my|our|his|her|their)\s+(?:[\w'’-]+\s+){1,3}?to\s+(?:suicide|an?\s+overdose|addiction|covid|cancer|sepsis))\b", 0.7, _bereavement_check),
         ("pregnancy-weeks", r"\b(?P<v>(?:\d{1,2}|twelve|twenty)\s+weeks?\s+(?:today|along|and\s+counting|now|pregnant|down))\b(?=[^\n]{0,120}(?:🤰|bump|nausea|morning\s+sickness|trimester|kicks?|kicking|pregnan|baby|due\b|ultrasound|scan|it's\s+a\s+(?:girl|boy)|gender|twins))", 0.7, _health_lexicon_check),
         ("baby-number", r"\b(?P<v>baby\s+(?:#\s?\d|no\.?\s*\d|number\s+(?:\d|two|three|four|five))|(?:baby|bub|bubba|kiddo|kid|little\s+one|child)\s+(?:#\s?\d|no\.?\s*\d|number\s+(?:\d|two|three|four|five)|\d|two|three|four|five)\s+(?:arrives|arriving|is\s+due|due|is\s+coming|coming|(?:is\s+)?on\s+the\s+way|lands|landing))", 0.75, _health_lexicon_check),
         # "We said goodbye to our baby at 16 weeks", "our little one at 20+3 weeks"
         ("baby-at-weeks", r"\b(?:our|my|the|her)\s+(?:little\s+|sweet\s+|precious\s+)?(?:baby|bub|angel|rainbow|little\s+one)\s+(?:at|@)\s+(?P<v>(?:[4-9]|[1-3]\d|4[0-2])\s*(?:\+\s*\d\s*)?(?:weeks?|wks?))\b", 0.7, _health_lexicon_check),
         ("measuring", r"\b(?P<v>(?:baby|bump|she|he)(?:'s|\s+is)\s+measuring\s+(?:big|small|ahead|behind|\d+))", 0.7, _health_lexicon_check),
         ("health-term", rf"\b(?P<v>{_trie_alt(HEALTH_TERMS)})(?!\w)", 0.7),
         # "broke my wrist", "fractured her ankle", "tore his ACL"
         ("injury", r"\b(?P<v>(?:broke|broken|fractured|fracture\s+in|sprained|dislocated|tore|torn|snapped|ruptured|cracked|shattered)\s+(?:(?:my|her|his|their|a|the|both)\s+)?(?:left\s+|right\s+)?(?:wrist|wrists|ankle|ankles|arm|arms|leg|legs|foot|feet|hand|finger|fingers|toe|toes|hip|collarbone|collar\s+bone|ribs?|shoulder|knee|kneecap|elbow|jaw|pelvis|acl|mcl|achilles|hamstring|rotator\s+cuff|tailbone|thumb|vertebrae?|skull|eye\s+socket|cheekbone|shin|tibia|fibula|femur))\b", 0.7, _health_check),
         # "PND hit me hard", "my GAD has been loud", "our son's ASD": conditions by their capitalised abbreviation
         # a treatment day or round in a hashtag: "#chemoday3", "#chemo round 4", "#dialysisday"
         ("hashtag-treatment-day", r"#\s?(?P<v>(?:chemo|chemotherapy|radiotherapy|radiation|dialysis|infusion|ivf|immunotherapy)\s?(?:day|round|cycle|week|session)\s?\d{0,2})(?![a-z])", 0.7,
          lambda text, m: 0.7 if not _rx(r"\b(?:awareness|fundrais\w*|charity|donat\w*|nurses?|staff|care\s+packs?|products?|gifts?|hampers?)\b", F).search(text, max(0, m.start() - 80), m.end() + 80) else None),
         # "my wife is admitted at Aga Khan", "mama was admitted in Kenyatta since Monday": a stay, the hospital unnamed
         ("admitted-person", r"\b(?:i'm|i\s+am|im|i\s+was|(?:my|our)\s+(?:[\w'’-]+\s+)?(?:mum|mom|mama|mammy|mam|mother|dad|father|papa|husband|hubby|wife|wifey|partner|son|daughter|baby|sister|brother|nan|gran|granny|grandma|grandpa|grandad|lola|lolo|gogo|aunt|auntie|uncle|niece|nephew|cousin|father-in-law|mother-in-law|kid|boy|girl)|he|she|hubby|wifey)(?:'s|’s|\s+is|\s+was|\s+has\s+been|\s+got|\s+been|\s+is\s+still)?\s+(?:just\s+|still\s+|now\s+)?(?P<v>admitted|confined|hospitali[sz]ed)\b(?!\s+(?:free|to\s+(?:the\s+)?(?:bar|uni|university|college|school|course|programme|program|club|society|guild|academy|high|class|membership)|into\s+(?:the\s+)?(?:uni|university|college|school|programme|program|academy)))", 0.7,
          lambda text, m: 0.7 if not _rx(r"\b(?:university|college|school|academy|uni|course|programme|program|admission|accepted|offer\s+letter)\b", F).search(text, m.end(), m.end() + 60) else None),
         ("health-abbrev", r"(?-i:\b(?P<v>PND|PPD|GAD|CFS|ME/CFS|BPD|ASD|IBS|PMDD|T1D|T2D|MDD|FND|C-?PTSD)\b)", 0.7),
         # "Therapy day, so the studio opens at 1", "Post-therapy nap", "Therapy at 10, markets at 2": the poster's own therapy
         ("own-therapy", r"(?:^|[.!?\n]\s{0,3}|\b(?:my|first|weekly|another|after|before|from)\s+)(?P<v>(?:(?:post|pre)-)?therapy)\b(?=(?<=(?:post|pre)-therapy)|\s+(?:day|today|tonight|tomorrow|this\s+(?:morning|afternoon|evening|week)|at\s+\d+|again|nap|hangover|was\s+(?:hard|rough|tough|good|heavy|intense|brutal)|went\s+(?:well|ok|okay)|then|and\s+then)\b|\s*(?:\.|!|$))", 0.7, _own_therapy_check),
     ("drug-name", r"\b(?:on|taking|started|start|prescribed|off|quit|stopped|switched\s+to|dose\s+of|my)\s+(?P<v>(?-i:[A-Za-z]{3,}(?:pril|olol|statin|prazole|oxetine|aline|azepam|thyroxine|formin|mab|cillin|mycin|zole|sone|glutide|pine|done|xine)))\b", 0.7)],
        check=_health_check,
    )


TRAVEL_PLACE = (r"(?:(?:east|west|gulf|south|north)\s+coast|coast|beach|lake(?:\s+house)?|lakehouse|lake\s+cabin|cabin|cottage|shore|"
                r"mountains|slopes|islands?|resort|campground|campsite|national\s+park|beach\s+house|holiday\s+park|caravan\s+park|"
                r"in-laws'?|grandma's|grandpa's|nana's|my\s+(?:mom|mum|dad|parents|sister|brother|in-laws|nan|gran|aunt|auntie|uncle|cousin|bestie|best\s+friend|[\w]+-in-law)(?:'s|’s|')|disney(?:land|\s+world)?|"
                r"the\s+(?:keys|cape|outer\s+banks|lake|beach|coast)|overseas|abroad)")


def whereabouts_recognizers() -> list[RegexRecognizer]:
    return [whereabouts_recognizer(), empty_home_recognizer()]


PARTNER = (r"(?:(?:my|the|our)\s+)?(?:hubby|hubs|husband|hubster|wife|wifey|missus|mrs|partner|other\s+half|better\s+half|(?-i:OH)|fianc[ée]e?|boyfriend|girlfriend|"
           r"(?-i:BF|GF)|bf|my\s+man|baby\s+daddy|si\s+hubby|asawa\s+ko|mister)")


def _partner_shift_check(text: str, m: regex.Match) -> float | None:
    """The other grown-up of the household out on a shift or the poster alone with the children, said about
    the poster's own home; not staff on a shift ("our driver works nights") or a question to customers."""
    before = text[max(0, m.start() - 40):m.start()]
    if _rx(r"\b(?:business|sales|trading|dance|tennis|running|workout|gym)\s+$", F).search(before):
        return None
    sentence_end = min((i for i in (text.find(c, m.end()) for c in ".!?\n") if i >= 0), default=len(text))
    if text[sentence_end:sentence_end + 1] == "?" and not FIRST_PERSON.search(text, max(0, m.start() - 60), m.start()):
        return None  # "Hubby on nights? Our freezer meals..."
    if _rx(r"\b(?:customers?|clients?|mums?|moms?|parents|anyone|everyone|you|your)\b[^.!?\n]{0,20}$", F).search(before):
        return None  # "for mums whose partner works nights", "if your hubby's on nights"
    return 0.75


def _home_alone_check(text: str, m: regex.Match) -> float | None:
    """"so it's just me and the kids": reported on its own only when the sentence has not already said who is away
    ("My husband is away until Sunday so it's just me and the kids" is one finding, on "away until Sunday")."""
    begin = max(text.rfind(c, 0, m.start()) for c in ".!?\n") + 1
    if _rx(r"\b(?:away|gone|offshore|nights?|shifts?|at\s+work|working|works|deployed|rigs|hitch|naka-?duty|duty|abroad|overseas|travell?ing|hospital)\b|✈|🛫|🏥", F).search(text, begin, m.start()):
        return None
    return _partner_shift_check(text, m)


EMPTY_HOME_MORE = (
    r"\b(?:leav\w*|left)\s+(?:the|our|my)\s+(?:house|home|place|flat|apartment)\s+(?:\w+\s+)?(?:empty|unattended)\b|"
    r"\b(?:house|home|place|flat|apartment)\s+(?:\w+\s+){0,2}?(?:empty|unattended)\s+(?:till|until|til|for|all|this|while|from)\b|"
    # far from home: "we're 3,000 miles away at a wedding"
    r"\b(?:we're|we\s+are|i'm|i\s+am|we'll\s+be|i'll\s+be)\s+(?:currently\s+)?(?:[\d,]+|hundreds\s+of|thousands\s+of|a\s+few\s+thousand)\s+(?:miles|km|kms|kilomet(?:er|re)s)\s+(?:away|from\s+home)\b|"
    # somebody of the household in hospital: "Mum's in hospital", "I'm still at the hospital"
    r"\b(?:i'm|i\s+am|we're|we\s+are|(?:my\s+|our\s+)?(?:mum|mom|dad|husband|hubby|wife|partner|son|daughter|he|she))(?:'s|\s+is|\s+are|'re|'m)?\s+(?:still\s+)?(?:in|at)\s+(?:the\s+)?hospital\b(?!\s+(?:gift|shop|cafe|café|charity|fundraiser|ward\s+deliver))|"
    # the same in Tagalog, Hindi and Spanish: "walang tao sa bahay", "ghar khaali hai", "no hay nadie en casa"
    r"\bwala(?:ng)?\s+(?:tao|kami|ako)\s+sa\s+bahay\b|\bnasa\s+(?:probinsya|province|abroad|ibang\s+bansa)\s+(?:kami|ako)\b|"
    r"\bghar\s+(?:pe\s+|par\s+|mein\s+)?(?:khaali|khali|koi\s+nahi\s+(?:hai|hoga))\b|\bno\s+hay\s+nadie\s+en\s+(?:la\s+)?casa\b|\bcasa\s+(?:est[aá]|estar[aá]|queda)\s+(?:sola|vac[ií]a)\b|"
    # away right now, said in the present tense: "We're on holiday!", "Currently abroad with the kids"
    r"\b(?:we're|we\s+are|i'm|i\s+am|currently|family's|family\s+is)\s+(?:all\s+)?(?:on\s+(?:holiday|vacation|hols|our\s+honeymoon)|abroad|overseas|"
    r"out\s+of\s+(?:town|the\s+country|state))\b(?!-|\s+(?:mode|hours|schedule|time|sale|special|menu|orders?|deliver\w*|shipping))|"
    # in emoji: "🏠❌", "✈️🏝️ till Sunday", "🏠 empty", "my mum 🏥 again", "hubby 🏥 since mon"
    r"🏠\s*❌|🏠\s*(?:is\s+|will\s+be\s+|'s\s+)?(?:empty|unattended|alone)\b|"
    r"\b(?:(?:my|our)\s+)?(?:mum|mom|mama|mammy|mam|mummy|dad|da|daddy|papa|husband|hubby|wife|wifey|partner|son|daughter|baby|lola|lolo|nan|nana|gran|granny|grandma|grandad|grandpa|gogo|sister|sis|brother|bro|boy|girl)(?:'s|’s|\s+is|\s+in|\s+at)?\s*🏥|\b(?:i'm|i\s+am|im|me|we're|we\s+are)\s*(?:in\s+|at\s+)?🏥|(?:✈|🛫|🧳|🏝|🏖)[^a-z0-9\n]{0,16}(?:till|until|til|back\s+(?:on|next|\w+day))\b"
)


def empty_home_recognizer() -> RegexRecognizer:
    """The home said to be empty or watched by a sitter ("house is empty till Sunday", "nobody's home")."""
    return RegexRecognizer(
        "WHEREABOUTS",
        [
            ("empty-house", r"(?P<v>\b(?:house|home|place|apartment|flat)(?:\s+(?:back\s+)?(?:in|on|at)\s+(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+))?)?(?:'ll|\s+will\s+be|\s+is|\s+sits?|\s+stays?|\s+be|(?:'s|’s|\s+is)\s+going\s+to\s+be|(?:'s|’s))\s+(?:be\s+)?(?:all\s+)?(?:empty|unattended|alone|locked\s+up|dark|shut\s+up|on\s+its\s+own|by\s+itself)(?!\s+(?:rooms?|shelves|spaces?|lots?|units?|plots?|bottles|jars|boxes|nest|walls|shell|frames?|corners?|chairs|tables))|\bflat\s+locked|(?:nobody|no\s*one)(?:'s|\s+will\s+be|\s+is|'ll\s+be)?\s+(?:home|at\s+home|there(?=\s+(?:till|until|til|this|all|for|from|while|over|next|tonight|today|tomorrow|now|on\s+\w+day))|at\s+(?:the|our|my)\s+(?:house|place|flat|apartment))|(?:house|cat|dog|pet)[\s-]?sitter|while\s+we(?:'re|\s+are)\s+(?:gone|away)|home\s+alone\s+(?:all|this|for|until)|lights\s+on\s+at\s+our\s+place|our\s+house\s+(?:is\s+)?(?:on\s+vacation|empty)|keep\s+an\s+eye\s+on\s+(?:the|our|my)\s+(?:house|place)|don't\s+rob\s+(?:us|me))", 0.8),
            ("empty-home-more", rf"(?P<v>{EMPTY_HOME_MORE})", 0.75),
            # the other grown-up of the house out at work on a shift: "hubby's on nights at the depot", "my other half works
            # nights at the prison", "hubby at work til 10 so its jus me", "OH is offshore on a 3-week hitch"
            ("partner-on-shift", rf"(?P<v>\b(?<!\bbusiness\s)(?<!\bbusiness\s+)(?:{PARTNER})(?:'s|’s|\s+is|\s+was|\s+will\s+be|'ll\s+be)?\s+(?:(?:still|now|back|currently|also)\s+)?(?:(?:works?|working|doing|on|pulling|does)\s+(?:the\s+|a\s+|his\s+|her\s+)?(?:nights?|night\s+shifts?|nightshift|nite\s+shift|lates|late\s+shifts?|earlies|early\s+shifts?|double\s+shifts?|doubles|graveyard(?:\s+shift)?|(?:\d+|two|three|four)[- ]week\s+(?:swing|rotation|hitch|shift)|fifo|rotation|the\s+rigs|offshore)|(?:at\s+work|on\s+shift|on\s+duty|at\s+the\s+(?:depot|plant|mine|base|station|hospital|factory|warehouse|prison))\s+(?:till|until|til|tl|all\s+(?:night|day|week|weekend))|(?:offshore|on\s+the\s+rigs|deployed|posted\s+away|works?\s+away|working\s+away|away\s+(?:for\s+work|on\s+(?:deployment|the\s+rigs|a\s+job))|naka-?duty))\b)", 0.75, _partner_shift_check),
            ("home-alone-with-kids", r"(?P<v>\b(?:it's|its|it\s+is|it'll\s+be|it\s+will\s+be|it’s)\s+(?:just|jus|only)\s+me\s+(?:and|&|n|an'|an)\s+(?:the\s+|my\s+)?(?:kids|kiddos|kidlets|baby|babies|bubs|little\s+ones|littles|boys|girls|twins|wee\s+ones|bairns|weans|smalls)\b|\b(?:home\s+)?alone\s+with\s+(?:the\s+|my\s+)?(?:kids|baby|babies|little\s+ones|twins)\b|\bon\s+my\s+(?:own|tod|lonesome)\s+with\s+(?:the\s+|my\s+)?(?:kids|baby|babies|little\s+ones|boys|girls|twins|wee\s+ones|bairns|weans)\b|\bako\s+lang\s+(?:mag-?isa\s+)?sa\s+bahay\b)", 0.7, _home_alone_check),
            # somebody minding the home: "the neighbours are watering the plants", "Gary next door is feeding the cat"
            ("minding-home", r"(?P<v>\b(?:neighbou?rs?|next\s+door|mum|mom|nan|gran|sister|brother|friend|(?-i:[A-Z][a-z]+))\s+(?:is|are|'s|’s|'re|will\s+be|'ll\s+be)\s+(?:popping\s+in\s+(?:to|and)\s+)?(?:watering\s+(?:the|our|my)\s+(?:plants|garden|tomatoes)|feeding\s+(?:the|our|my)\s+(?:cats?|dogs?|fish|chickens|hens|pets|rabbits?|guinea\s+pigs?)|checking\s+on\s+(?:the|our|my)\s+(?:house|place|flat|home)|house[- ]?sitting|collecting\s+(?:the|our|my)\s+(?:post|mail|parcels)))\b", 0.7),
            # in the air right now: "Greetings from 35,000 feet!", "posting from 30,000 ft up"
            ("in-the-air", r"(?P<v>\b(?:greetings|hello|hi|writing|posting|waving|hey)\s+from\s+(?:about\s+|roughly\s+)?\d[\d,]*\s+(?:feet|ft)\b|\b(?:posting|writing|greetings|hello|typing\s+this)\s+from\s+(?:the|a|my|our)\s+(?:plane|flight|departure\s+lounge)(?=\s*(?:[,.!;:—–-]|\s+(?:seat|to|home|back|window|somewhere|over)\b))|\b\d[\d,]*\s+(?:feet|ft)\s+(?:up|in\s+the\s+air)\b)", 0.7),
            # the time named before the trip: "Spending half term at the in-laws in Devon", "spending Christmas in Lagos"
            ("spending-holiday-away", r"(?P<v>\b(?:spending|celebrating)\s+(?:the\s+|this\s+|our\s+)?(?:half[- ]term|spring\s+break|christmas|easter|thanksgiving|new\s+year(?:'s)?|diwali|eid|hanukkah|holidays|(?:long\s+|bank\s+holiday\s+)?weekend|summer|school\s+holidays|(?:mon|tues|wednes|thurs|fri|satur|sun)day|week|fortnight|month|few\s+days|night|nights)"
             r"\s+(?:with|at|in|on)\s+(?:the\s+|my\s+|our\s+)?(?:in-laws|family|parents|folks|grandparents|relatives|(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)|[\w-]+(?:'s|’s)\s+(?:place|house|farm|cottage|cabin)|(?:the\s+)?(?:coast|beach|lake|cottage|cabin|mountains|islands?)))", 0.7),
            # "Day 4 of our Disney trip", "day two of the road trip": away from home right now
            ("trip-day", r"(?P<v>\bday\s+(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:of|on)\s+(?:our|my|the)\s+(?:[\w'’-]+\s+){0,3}?(?:trip|holiday|vacation|cruise|road\s*trip|honeymoon|getaway|hols|adventure))\b", 0.7),
        ],
        check=_whereabouts_check,
        name="postguard:EMPTY_HOME",
    )


def whereabouts_recognizer() -> RegexRecognizer:
    """Being away from home now or for a stated period ("in Cancun all week", "house is empty")."""
    place = r"(?-i:[A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+){0,2})"
    away = (
        rf"(?:out\s+of\s+(?:town|the\s+country|state)|(?:be|been|are|is|am|'re|'ll\s+be|'m)\s+away|(?<!\b(?:could|might|may|would|should)\s)(?:be|been|'ll\s+be|will\s+be)\s+gone|gone\s+(?:till|until|for)|on\s+(?:vacation|holiday)(?!\s+(?:mode|hours|schedule|time|sale|special|menu|orders?|deliver\w*|shipping|closures?|break|opening))|on\s+(?:our|my|their)\s+hols|"
        rf"on\s+(?:a|our|my|their|the)\s+(?:\w+\s+)?(?:cruise|honeymoon|trip|vacation|holiday|road\s*trip|getaway)(?!\s+(?:box|boxes|sale|menu|collection|range|edition|hours|special|specials|market|gift|gifts|season|line|bundle|cards?|drop|launch|shipping|orders?|deadline|rush|party|closures?|schedule|catalog|catalogue|candle|blend|mug))|incentive\s+trip|"
        # leaving on or for a trip: "leaving for our Alaska cruise on Saturday", "off on a girls' trip"
        rf"(?:leaving|heading|off|going|setting\s+off|jetting\s+off)\s+(?:for|on)\s+(?:a|our|my)\s+(?:[\w'’-]+\s+){{0,2}}?(?:cruise|trip|holiday|vacation|honeymoon|getaway|road\s*trip|safari|hols)\b|"
        # no subject, at the start of a sentence: "Flying out Thursday", "Leaving tomorrow"
        rf"(?:^|(?<=[.!?]\s{{0,3}}))(?:flying|leaving|heading|driving|jetting|sailing)\s+(?:out|off|away|abroad|overseas)\b|"
        # "somewhere in the Highlands", "off grid", "staying with my in-laws in Cork", "our flight"
        rf"somewhere\s+(?:in|on|off|near)\s+(?:the\s+)?{place}|"
        rf"(?:we're|we\s+are|i'm|i\s+am|we'll\s+be|i'll\s+be|currently)\s+(?:(?:staying|stopping|holed\s+up|crashing)\s+(?:with|at)\s+(?:my|our)\s+(?!home\b|house\b|place\b)[\w'’-]+|(?:staying|stopping)\s+(?:at|in)\s+(?:the\s+)?(?!Home\b){place})|"
        rf"(?:our|my)\s+flight\s+(?:is|leaves|departs|to|home|back|out)\b|flight's\s+at|"
        # in the air: "30,000 feet up", "somewhere over Texas", "on the plane"
        rf"\d[\d,]*\s+(?:feet|ft)\s+(?:up|in\s+the\s+air)|(?:greetings|hello|hi|writing|posting|waving)\s+from\s+\d[\d,]*\s+(?:feet|ft)\b|somewhere\s+over\s+{place}|on\s+(?:a|the|my|our)\s+(?:\w+\s+)?(?:plane|flight)\s+(?:to|home|back)|"
        rf"(?<!hats\s)(?<!hat\s)off\s+(?:to|on)\s+(?:{place}|our|my|a)|(?:flying|flew|driving|heading|headed|boarding|leaving|left|jetting|going|travel+ing|moving)\s+(?:out\s+|up\s+|down\s+|back\s+)?(?:(?:to|for)\s+(?:{place}|the\s+(?:coast|lake|beach|airport|mountains|cottage|cabin|shore|hills|islands|keys|cape|farm|ranch)|(?:the\s+|my\s+|our\s+)?{TRAVEL_PLACE}|home|native\s+place)|the\s+(?:coast|lake|beach|mountains|cottage|cabin|shore|hills))|"
        rf"taking\s+(?:a|my|our|the)\s+(?:\w+\s+){{0,3}}(?:vacation|holiday|trip|getaway)|"
        # the plane emoji for the verb: "us ✈️ Tenerife 3-17 Aug", "going ✈️ to Manila, back on the 9th", "me ✈️ Cebu dec 20"
        rf"(?:me|us|we|we're|fam|family|hubby\s+and\s+i|the\s+kids\s+and\s+i|going|flying|off|heading|jetting)\s*(?:✈\ufe0f?|🛫)\s*(?:(?:to|for|off\s+to)\s+)?(?:{place}|(?-i:[a-z]{{3,}})(?=\s+(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|from|till|until|for|on|this|next)))|"
        # "at my sister's wedding in Cork", "for Nan's funeral up in Inverness", "a villa in Crete"
        rf"(?:at|for|to)\s+(?:my|our|(?-i:[A-Z][a-z]+)(?:'s|’s))\s+(?:[\w-]+(?:'s|’s|s')\s+)?(?:wedding|funeral|memorial|christening|graduation|reunion|stag\s+do|hen\s+do|bachelorette|wake)\s+(?:(?:up|down|over|out)\s+)?(?:in|at|on)\s+{place}|"
        rf"(?:a|the|our|my)\s+(?:beach|villa|cabin|cottage|chalet|campsite|caravan|island|boat|yacht|lake\s+house|beach\s+house|ski\s+lodge|lodge|resort|houseboat)\s+(?:in|on|off|near|outside)\s+(?!(?:the\s+)?(?:Shop|Store|Studio)\b){place}|"
        rf"(?:we're|we\s+are|i'm|i\s+am|family\s+is|family's|whole\s+family\s+is|currently|you're|you\s+are|they're|they\s+are)\s+(?:in|at|on|visiting)\s+(?:the\s+)?{place}|"
        rf"at\s+the\s+airport|visiting\s+(?:family|my\s+\w+|our\s+\w+|the\s+(?:grandparents|in-laws|family|relatives|folks|cousins|rellies|grandkids))|abroad|overseas|(?:sunset|sunrise|greetings|hello|live)\s+from\s+{place}|"
        rf"(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|few)\s+(?:days?|weeks?|nights?|months?|fortnight)\s+(?:in|on|at)\s+(?:(?!{WEEKDAY_OR_MONTH}\b){place}|(?:the\s+|my\s+|our\s+)?{TRAVEL_PLACE})|"
        # "the whole family's away", "just landed in Athens", "spending Christmas with the in-laws in Leeds"
        rf"'s\s+away\b|(?:just\s+)?(?:landed|touched\s+down|arrived)\s+in\s+{place}|"
        rf"(?:spending|celebrating)\s+(?:[\w'’-]+\s+){{0,3}}?(?:with|at)\s+(?:the|my|our)\s+(?:in-laws|family|parents|folks|relatives|grandparents|[\w-]+'s)\b(?!\s+(?:business|shop|store|company|firm|farm|brand|bakery|restaurant|recipes?|tradition|name|team))|(?:we're|we\s+are|i'm)\s+(?:\w+\s+){{0,2}}(?:in|to)\s+{place}|nos\s+vamos|vacaciones|de\s+viaje|"
        # somebody of the household somewhere away: "we'll be on the east coast", "the whole crew is at Disney"
        rf"(?:we're|we\s+are|we\s+r|we'll\s+be|we\s+will\s+be|i'm|i\s+am|i'll\s+be|(?:all|the|all\s+the)\s+(?:two|three|four|five|six|seven|[2-9])\s+of\s+us(?:'re|'ll\s+be|\s+are|\s+will\s+be)|(?:me|hubby|my\s+(?:husband|wife|partner)|the\s+kids)\s+and\s+(?:i|me|the\s+kids)(?:'re|\s+are|'ll\s+be|\s+will\s+be)|(?:the\s+)?(?:whole\s+)?(?:family|crew|gang|fam|kids|hubby\s+and\s+i|we\s+all)(?:'s|\s+is|\s+are|\s+will\s+be|'ll\s+be))\s+(?:all\s+)?(?:(?:(?:up|down|over|out|away)\s+)?(?:in|visiting)\s+{place}|(?:in|at|on|up\s+at|down\s+at|out\s+at|visiting)\s+(?:the\s+|my\s+|our\s+)?{TRAVEL_PLACE}|at\s+(?-i:Disney\w*|Universal|Legoland|Six\s+Flags))|"
        # "Whole fam is at Center Parcs", "the kids and I are at Legoland": the household at a named place
        rf"(?:the\s+)?(?:whole\s+)?(?:family|fam|crew|gang|clan|lot\s+of\s+us)(?:'s|’s|\s+is|\s+are|'re|\s+will\s+be|'ll\s+be)\s+(?:all\s+)?(?:at|in)\s+(?!(?:the\s+)?(?:Shop|Studio|Market|Store|Bakery|Office|Expo|Fair|Show)\b){place}|"
        # at sea: "cruise ship wifi is awful", "back in port on the 21st"
        rf"\bat\s+sea\b|(?:cruise\s+)?ship\s+wi-?fi|(?:back|docking|dock|we\s+dock)\s+in\s+port|"
        # "Checked in at Gate 22 at JFK", "our family holiday starts tomorrow", "somewhere between Rome and Florence"
        rf"checked\s+in\s+(?:at|for)\s+(?:gate\s+\d+|the\s+airport|(?:my|our)\s+flight|(?-i:[A-Z]{{3}})\b)|"
        rf"(?:our|my|the)\s+(?:family\s+|summer\s+|annual\s+|big\s+|long-awaited\s+)?(?:holiday|vacation|trip|getaway|honeymoon|hols|road\s*trip)\s+(?:starts|begins|kicks\s+off|is\s+here|has\s+begun)|"
        rf"somewhere\s+between\s+{place}\s+and\s+{place}|"
        # leisure away from home: "cruising the Caribbean", "sipping a margarita in Cabo", "camping in Yosemite"
        rf"(?:sat|sitting|chilling|relaxing|lazing|sunning\s+ourselves|lying|cruising|sailing|camping|glamping|skiing|snowboarding|backpacking|island[\s-]hopping|sipping|lounging|sunbathing|snorkel+ing|scuba\s+diving|vacationing|holidaying|honeymooning|road[\s-]?tripping|interrailing|inter-railing|trekking)\b(?:\s+[\w'’-]+){{0,4}}?\s+(?:in|at|on|around|through|the|by|up|down|along|across|round)\s+(?:the\s+)?(?:{place}|{TRAVEL_PLACE})|"
        rf"(?:^|(?<=[.!?]\s{{0,3}}))away\s+(?:(?:at|in|on|for|until|till|from)\b|(?=\d))|"
        rf"(?:we're|we\s+are|i'm|i\s+am|we'll\s+be|currently|went|going|gone|off|(?:family|kids|crew)\s+(?:is|are))\s+(?:\w+\s+)?(?:camping|glamping|backpacking|cruising|sailing|skiing)\b(?!\s+(?:through|past|along\s+with))|"
        rf"(?:^|(?<=[.!?]\s{{0,3}}))(?:camping|glamping|backpacking|cruising|sailing|skiing)\s+(?:in|at|off|till|until|for|this|all|through|the)\b|\baway\s+(?:at|in)\s+(?:the\s+|my\s+|our\s+)?(?:{place}|{TRAVEL_PLACE})|"
        rf"gone\s+to\s+(?:{place}|{TRAVEL_PLACE}|(?:my|our|the)\s+\w+(?:'s)?)|won't\s+be\s+(?:back|home)|(?:don't|won't|not|we|we'll)\s+(?:fly|flying|drive|driving|head|heading|get|getting|sail|sailing)\s+(?:back\s+)?home|been\s+here\s+since|not\s+(?:back|home)\s+(?:till|until|before)|"
        rf"(?:we|i)\s+(?:leave|fly|fly\s+out|head\s+out|drive\s+down|drive\s+up|take\s+off|set\s+off)\s+(?:tonight|tomorrow|today|this\s+\w+|on\s+\w+day|\w+day|next\s+\w+))"
    )
    period = (
        r"(?:until|till|til|through|thru|all\s+(?:week|weekend|month|summer)|this\s+(?:week|weekend)|next\s+(?:week|\d+\s+days)|"
        r"for\s+(?:the\s+)?(?:next\s+)?(?:\d+|a|one|two|three|four|five|six|seven|ten|fourteen|whole)\s+(?:days?|weeks?|nights?|months?|wks?|mths?)|for\s+(?:a|the)\s+(?:weekend|week|holidays|month|fortnight|wk|wknd)|"
        r"(?:for\s+)?(?:the\s+)?(?:next|coming|following)\s+(?:fortnight|month|few\s+(?:days|weeks)|couple\s+of\s+(?:days|weeks))|"
        r"all\s+of\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|(?:the\s+)?whole\s+of\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|"
        r"(?:for|over|during|all)\s+(?:the\s+)?(?:christmas|easter|new\s+year|thanksgiving|holidays|diwali|eid|hanukkah|half[- ]term|spring\s+break|school\s+holidays|easter\s+holidays|christmas\s+holidays|summer\s+holidays|bank\s+holiday(?:\s+weekend)?|long\s+weekend)|tmrw|tmr|2moro|2morrow|tomoz|"
        r"(?:\d+|a|one|two|three|four|ten)\s+(?:days?|weeks?|nights?)|a\s+fortnight|back\s+(?:on|next|in|the|\d|mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|right\s+now|"
        r"from\s+(?:the\s+)?\d+|since\s+\w+day|don't\s+fly\s+home|fly\s+home|tonight|today|tomorrow|starting\s+(?:now|today|tomorrow)|resume|return(?:ing)?\s+(?:on|the)|"
        r"regresamos|hasta\s+el|house(?:'ll|\s+will)\s+be\s+empty|\w+day|(?:the\s+)?(?:whole\s+)?(?:long\s+)?weekend|all\s+(?:long\s+)?weekend|"
        r"(?:on\s+)?the\s+\d{1,2}(?:st|nd|rd|th)\b|"
        r"(?:the|this)\s+(?:whole\s+)?(?:week|month|summer)|when\s+(?:we|i)\s+(?:get\s+back|get\s+home|fly\s+home|dock|land|return)|"
        r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\d{1,2}(?:st|nd|rd|th)?\s*[-–]\s*\d{1,2}(?:st|nd|rd|th)?\b|\d{1,2}(?:st|nd|rd|th)?\s+(?:to|till|until)\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\b|after\s+(?:the\s+)?\d+(?:st|nd|rd|th)?|after\s+new\s+year'?s|(?:for|in)\s+(?:ten|\d+)\s+days)"
    )
    return RegexRecognizer(
        "WHEREABOUTS",
        [
            ("away-then-period", rf"(?P<v>\b{away}\b[^.!?\n]{{0,70}}?\b{period})", 0.75),
            ("period-then-away", rf"(?P<v>\b(?:for|until|till|all|this|next|tonight|today|from)\b[^.!?\n]{{0,40}}?\b{away})", 0.7),
            # the return date first, the trip in the next sentence: "Back on the 12th! Currently somewhere in the Highlands"
            ("back-then-away", rf"(?P<v>\bback\s+(?:on|the|next|in|after)\b[^.!?\n]{{1,25}}?[.!?]+\s+[^.!?\n]{{0,30}}?\b{away})", 0.7),
        ],
        check=_whereabouts_check,
        requires=rf"\b{period}",  # a post that names no time can't say for how long the home is empty
    )


def _whereabouts_check(text: str, m: regex.Match) -> float | None:
    """A trade show, market stall or the shop's own premises is work, not an empty home."""
    span = m.group("v").lower()
    if _rx(r"^(?:house|home|flat|apartment)\b(?:(?!\bshop\b|\bstudio\b)[^.!?\n])*?\b(?:empty|unattended|dark|on\s+its\s+own|by\s+itself)\b", F).match(span) and not _rx(
            r"\b(?:empty|unattended)\s+(?:of|rooms?|shelves)\b", F).search(text, m.end() - 12, m.end() + 10):
        return 0.75  # "the house is empty from 7 till 6": said outright, whatever work takes the poster out
    # the place one goes back to afterwards is no event one is away at: "on a beach in Crete, back to the workshop on the 12th"
    away_span = _rx(r"\bback\s+(?:to|at|in|on)\s+(?:the\s+|our\s+|my\s+)?(?:[\w'-]+\s+)?[\w'-]+").sub("", span)
    if _rx(r"\b(?:booth|expo|convention|conference|market|show|pop-?up|event|table|vendor|festival|fair|summit|trade|stall|workshop|training|retreat|bazaar|craft|sale|fundraiser|tasting|demo|meetup|party|club|volunteer\w*|cleanup|clean-up)(?:s|es)?\b").search(away_span):
        return None
    # the shop as the place one is at or goes to ("we're at the studio till 5"), not "Off to Bali, shop reopens the 3rd"
    if _rx(r"(?<!\bback\s)\b(?:at|to|in|from)\s+(?:the\s+|our\s+|my\s+)?(?:[\w'-]+\s+)?(?:warehouse|studio|shop|store|kitchen|office|bakery|salon|farm\s+stand|truck|class|team)s?\b").search(span):
        return None
    if _rx(r"^[^.!?\n]{0,40}?\b(?:bazaar|booth|expo|market|fair|festival|pop-?up|craft\s+show|trade\s+show|vendor|stall|stockist|supplier|wholesaler|client|"
           r"sales\s+trip|buying\s+trip|work\s+trip|business\s+trip|sourcing\s+trip)(?:s|es)?\b", F).search(text[m.end("v"):]):
        return None
    # the sentence around the phrase: a show or market named before it ("We're away at the Chelsea Flower Show
    # all week ... while we're gone"), a question to customers ("Heading to the coast this weekend?"), a past trip
    begin = max(text.rfind(c, 0, m.start("v")) for c in ".!?\n") + 1
    stop = min((i for i in (text.find(c, m.end("v")) for c in ".!?\n") if i >= 0), default=len(text))
    before, sentence = text[begin:m.start("v")], text[begin:stop + 1]
    if WORK_AWAY.search(before) or STAFF_AWAY.search(before):
        return None
    if _rx(r"\b(?:next\s+time|whenever|when|if|once|every\s+time)\s*$", F).search(before) or _rx(r"^(?:next\s+time|whenever|every\s+time)\b", F).match(span):
        return None  # "Next time I'm at Gardens we are joining forces": not away now
    if sentence.rstrip().endswith("?") and not FIRST_PERSON.search(sentence):
        return None
    if PAST_TRIP.search(sentence):
        return None
    return 0.75


WORK_AWAY = _Lazy(r"\b(?:booth|expo|convention|conference|market|show|pop-?up|festival|fair|summit|trade|stall|bazaar|vendor|"
                          r"sourcing|buying|supplier|workshop|training)(?:s|es)?\b")
# somebody of the staff is away, said by role ("Chef is on holiday so it's a simpler menu"): the business's
# news, not the poster's empty home
STAFF_AWAY = _Lazy(r"\b(?:chef|cook|baker|barista|stylist|hairdresser|barber|therapist|manager|receptionist|florist|mechanic|"
                   r"apprentice|technician|instructor|trainer|nail\s+tech|driver|courier|groomer|tutor|colleague|coworker|co-worker)s?"
                   r"(?:\s+(?-i:[A-Z][\w'-]+))?(?:\s+(?:is|are|will\s+be|'ll\s+be|has\s+gone)|'s(?:\s+gone)?|'ll\s+be)?\s*$")
FIRST_PERSON = _Lazy(r"\b(?:i|i'm|i'll|we|we're|we'll|us|our|my|me)\b")
PAST_TRIP = _Lazy(r"\b(?:visited|last\s+(?:summer|year|month|week|spring|winter|autumn|fall)|got\s+back|just\s+back|came\s+back|returned\s+from|"
                          r"(?:were|was)\s+on\s+(?:a|our|my)|inspired|throwback|tbt|memories\s+of)\b")


def licence_plate_recognizer() -> RegexRecognizer:
    plate = r"(?-i:[A-Z0-9]{1,4}(?:[- ][A-Z0-9]{1,4}){1,3}|[A-Z0-9]{2,8})"
    vehicle = (r"(?:car|van|truck|ute|suv|jeep|hilux|ranger|scooter|bike|motorbike|motorcycle|vehicle|minivan|"
               r"sedan|wagon|camper|rv|trailer|tesla|civic|corolla|camry|f-?150|silverado|scooty|activa|rickshaw|tempo|"
               r"jeepney|tricycle|kotse|gaadi|gadi|hatchback|4x4|mazda|honda|toyota|kia|hyundai|nissan)")
    return RegexRecognizer(
        "LICENSE_PLATE",
        [
            ("plate", rf"\b(?:licen[cs]e\s+plate|plate\s+(?:number|no\.?|#)|plate'?s?|tags?\s+number|rego|reg(?:istration)?(?:\s+(?:number|plate))?|vanity\s+plate|number\s+plate)\s*(?:is|was|reads|says|:|#|-)?\s*(?:number\s+)?[!.,:\s]*(?P<v>{plate})\b", 0.85),
            ("vehicle-number", rf"\b{vehicle}\b[^.!?\n]{{0,20}}?\b(?:number|no\.?|#|plate|reg|rego)\s*(?P<v>{plate})\b", 0.8),
            ("vehicle-tags", rf"\b{vehicle}\b[^.!?\n]{{0,30}}?\b(?:tags?|plates?)\s*(?:are|is|say|reads?|:|#|-)?\s*(?P<v>{plate})\b", 0.8),
            ("my-tags", rf"(?:\b(?:my|our|his|her|the)\s+|(?:^|(?<=[.!?]\s{{0,3}})))(?:licen[cs]e\s+|vanity\s+|new\s+|number\s+)?(?:tags?|plates?|rego|reg)\s+(?:say|says|read|reads|is|are|:|came(?:\s+in)?|arrived|are\s+(?:here|in)|just\s+(?:came|arrived)(?:\s+in)?)[!.,:\s—–-]*(?P<v>{plate})\b", 0.8),
            # "Rego on the ute is XQG 45T", "the plate for my Corolla: 8KLM-221"
            ("plate-on-vehicle", rf"\b(?:licen[cs]e\s+plate|plates?|tags?|rego|reg(?:istration)?(?:\s+number)?|number\s+plate)\s+(?:on|for|of)\s+(?:the|my|our|his|her|their|hubby's|husband's|wife's)\s+(?:new\s+|old\s+|little\s+|work\s+)?{vehicle}\s*(?:is|are|was|were|reads|read|says|say|:|-)\s*(?P<v>{plate})\b", 0.8),
            # "Hubby's truck (TXN 8821)", "my car with the GLOW4U plate"
            ("vehicle-paren-plate", rf"\b{vehicle}\s*\(\s*(?:reg\s+|rego\s+|plate\s+)?(?P<v>(?-i:(?=(?:[^A-Z]*[A-Z]){{2}})(?=(?:\D*\d){{2}})[A-Z0-9]{{2,4}}(?:[- ][A-Z0-9]{{1,4}}){{0,2}}))\s*\)", 0.75),
            ("the-plate", rf"\b(?:the|my|our|that|a)\s+(?P<v>(?-i:(?=[A-Z0-9]*\d)[A-Z0-9]{{4,8}}|[A-Z0-9]{{2,4}}[- ][A-Z0-9]{{2,4}}))\s+(?:vanity\s+|licen[cs]e\s+|number\s+|personali[sz]ed\s+)?(?:plates?|tags?|rego)\b", 0.75),
            ("plate-ends", rf"\b(?:plate|tags?|rego|reg)\s+(?:number\s+)?(?:ends|starts|begins)\s+(?:in|with)\s+(?P<v>{plate})\b", 0.8),
            ("plate-colon", rf"\b(?:licen[cs]e\s+|vanity\s+|personali[sz]ed\s+|custom\s+|number\s+)?plate\b[^.!?\n:]{{0,30}}:\s*(?P<v>{plate})\b", 0.8),
            # an Indian registration has a shape of its own, vehicle word or not: "KA 05 MN 2241", "MH12AB3456"
            ("indian-plate", rf"\b(?P<v>(?-i:{INDIAN_STATE})[ -]?\d{{1,2}}(?-i:[A-Z])?[ -]?(?-i:[A-Z]{{1,3}})[ -]?\d{{4}})\b", 0.8),
            # "Ford Ranger ND 445-781 parked outside, that's me", "Honda Jazz, YK17 ABV, in space 4": a plate after a make or model
            ("make-model-plate", rf"\b(?:(?P<make>{CAR_MAKE})|{CAR_MODEL})\b(?P<v>[^.!?\n]{{1,40}})", 0.75, _make_model_plate_check),
            # "211-D-4821 is my car", "my car's LKP482, the dusty one": a plate said to be the poster's vehicle
            ("plate-is-my-vehicle", rf"(?<![\w-])(?P<v>{plate})\s+(?:is|=)\s+(?:my|our|hubby's|husband's|wife's)\s+(?:\w+\s+)?{vehicle}\b", 0.8, _plate_digit_check),
            ("my-vehicle-is-plate", rf"\b(?:my|our)\s+(?:\w+\s+)?{vehicle}(?:'s|’s|\s+is)\s+(?:the\s+)?(?P<v>{plate})\b", 0.8, _plate_digit_check),
            ("uk-reg-near-vehicle", rf"\b{vehicle}\b[^\n]{{0,80}}?(?P<v>(?-i:[A-Z]{{2}}\d{{2}}\s?[A-Z]{{3}}))\b", 0.75),
        ],
        check=_plate_check,
    )


CAR_MAKE = (r"(?:ford|toyota|holden|mazda|honda|nissan|hyundai|kia|vw|volkswagen|subaru|mitsubishi|tesla|bmw|audi|mercedes(?:-benz)?|merc|vauxhall|"
            r"peugeot|renault|skoda|škoda|suzuki|isuzu|jeep|chevy|chevrolet|dodge|gmc|volvo|fiat|land\s+rover|range\s+rover|lexus|citro[eë]n|"
            r"byd|gwm|haval|ldv|dacia|opel|alfa\s+romeo|jaguar|porsche|polestar|cupra|genesis|infiniti|acura|buick|cadillac|chrysler|maruti|mahindra|proton|perodua)")
CAR_MODEL = (r"(?:hilux|corolla|navara|triton|prado|land\s*cruiser|camry|outlander|forester|outback|impreza|x-trail|qashqai|fiesta|kuga|astra|corsa|"
             r"octavia|fabia|sportage|sorento|tucson|yaris|prius|hiace|sprinter|vito|transporter|silverado|tacoma|tundra|wrangler|d-?max|bt-?50|amarok|"
             r"pajero|crv|cr-v|hr-v|rav-?4|cx-?[3-9]|mx-?5|kona|picanto|micra|berlingo|kangoo|probox|vitz|fielder|premio|axio|allion|demio|voxy|harrier|succeed|ractis|"
             r"passo|tiida|sylphy|vios|innova|fortuner|montero|wigo|avanza|xpander|ertiga|dzire|creta|scorpio|bolero|alto|wagon\s*r|i10|i20|"
             r"(?-i:Noah|Wish|Note|Mirage|City|Brio|Vitara|Jimny|Polo\s+Vivo)|"
             # models that are everyday words count only capitalised: "Ranger", "Golf", "Jazz"
             r"(?-i:Ranger|Transit|Golf|Polo|Jazz|Civic|Focus|Swift|Juke|Caddy|Defender|Discovery|Everest|Patrol|Falcon|Territory|Commodore|Accord|Carnival|Leaf|Rio))")


# (case-sensitive shapes, compiled on first use through ``_rx``'s cache: nothing compiles at import)
PLATE_AFTER_MODEL = tuple(r"[A-Z0-9]{2,4}(?:[ -][A-Z0-9]{1,4}){%d}(?![\w-])" % n for n in (2, 1)) + (r"[A-Z0-9]{5,8}(?![\w-])",)


def _plate_after_model(text: str, m: regex.Match) -> tuple[int, int] | None:
    """The first registration among the few words after a make or model: letters and digits (at least two of each),
    not a trim and a year ("XLT 2022"); after a make its model's own word is skipped ("Volvo XC90", "Mazda CX-5")."""
    tokens = list(_rx(r"[^\s,()]+").finditer(text, m.start("v"), m.end("v")))[:4]
    for i, tok in enumerate(tokens):
        if i == 0 and m.group("make"):
            continue
        for shape in PLATE_AFTER_MODEL:
            c = _rx(shape).match(text, tok.start(), m.end("v"))
            if c is None or _rx(r"^\s+(?:series|model|edition|hp|kw|cc|litre|liter|turbo|diesel|petrol|hybrid|auto|manual|v8|v6|engine)\b", F).match(text[c.end():c.end() + 12]):
                continue
            v = c.group()
            if sum(ch.isalpha() for ch in v) >= 2 and sum(ch.isdigit() for ch in v) >= 2 and not _rx(
                    r"^[A-Z]{1,4}[ -](?:19|20)\d\d$|^(?:19|20)\d\d[ -][A-Z]{1,4}$").match(v):
                return c.span()
    return None


def _make_model_plate_check(text: str, m: regex.Match):
    """A registration after a car's make or model, with something saying where the car is or whose it is."""
    if not _rx(r"\b(?:parked|outside|out\s+(?:the\s+)?front|driveway|on\s+the\s+drive|car\s*park|that's\s+(?:me|us|mine|my)|thats\s+(?:me|us)|is\s+(?:mine|me|us|ours)|"
               r"my|our|honk|toot|knock|look\s+for|wave|tap|flash|space\s+\d|bay\s+\d|gate|verge|kerb|curb|street|lay-?by|i'll\s+be|i'm\s+in|pull(?:ed|ing)?\s+up|pick\s*-?\s*ups?|collect\w*)\b", F).search(text):
        return None
    span = _plate_after_model(text, m)
    if span is None or _plate_check(text, _Span(text, *span)) is None:
        return None
    return (0.8, *span)


INDIAN_STATE = (r"(?:AN|AP|AR|AS|BR|CG|CH|DD|DL|DN|GA|GJ|HP|HR|JH|JK|KA|KL|LA|LD|MH|ML|MN|MP|MZ|NL|OD|OR|PB|PY|RJ|SK|TN|TR|TS|UK|UP|WB)")


def _plate_digit_check(text: str, m: regex.Match) -> float | None:
    """A plate with a digit in it ("my car is READY" is not a plate)."""
    return _plate_check(text, m) if _rx(r"\d").search(m.group("v")) else None


def _plate_check(text: str, m: regex.Match) -> float | None:
    value = m.group("v").strip()
    if not _rx(r"[A-Z]").search(value) or value in {"LOL", "OMG", "LMAO", "ASAP", "TODAY", "YAY", "NEW", "SOLD", "THE"}:
        return None
    if not (_rx(r"\d").search(value) or len(value.replace(" ", "").replace("-", "")) >= 5):
        return None
    if len(value.replace(" ", "").replace("-", "")) < 4:
        return None
    if _rx(r"\b(?:vat|company|companies|ein|abn|acn|gst|tax|utr|crn|charity|business|trading)\s*$", F).search(text[max(0, m.start() - 20):m.start()]):
        return None  # "VAT reg GB 123 4567 89": a business's registration
    return 0.85


def driver_licence_recognizer() -> RegexRecognizer:
    """US driver's licence numbers, only with a licence word right before (Presidio's fires on 'Q3')."""
    return RegexRecognizer(
        "US_DRIVER_LICENSE",
        [("dl", r"\b(?:driver'?s?\s+licen[cs]e|driving\s+licen[cs]e|licen[cs]e\s+(?=number|no\b|#)|\bDL)\s*(?:number|no\.?|#)?\s*(?:is|:|-)?\s*(?P<v>(?=[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9-]{4,16})\b", 0.9)],
        check=lambda text, m: None if _business_licence(text, m.start()) else 0.9,
    )


# a trade's or a business's own licence or registration is public: "CA contractor license #1045522", "Licensed & insured"
BUSINESS_LICENCE = _Lazy(
    r"\b(?:contractor|contractors|business|liquor|trade|builder'?s?|building|electrical|electrician|plumbing|plumber|vendor'?s?|food|seller'?s?|"
    r"resale|dealer|real\s+estate|broker|licensed|insured|bonded|cslb|hvac|roofing|pest|cosmetology|company|registered|our|state\s+board|"
    r"firm|agency|practice|clinic|salon|shop|store|restaurant|bar|brewery|winery|cannabis|dispensary|childcare|daycare|operating|trading|"
    r"fssai|gst|gstin|fda|haccp|halal|kosher|excise|drug|pharmacy|udyam|msme|cipc|cac|nafdac|kebs|dti|fsa|hygiene|export|import)\b[^.!?\n]{0,20}$")


def _business_licence(text: str, start: int) -> bool:
    return _rx(r"licen[cs]e|\blic\b", F).search(text, start, start + 40) is not None and \
        BUSINESS_LICENCE.search(text[max(0, start - 45):start]) is not None


def _id_check(text: str, m: regex.Match) -> float | None:
    """Six digits or more; a PAN card; or a mixed id like a Medicare number ("1EG4-TE5-MK72")."""
    v = m.group("v")
    if _business_licence(text, m.start()):
        return None
    if NOT_AN_ID_GAP.search(text, m.start(), m.start("v")) and not _rx(
            r"\b(?:routing|account|acct|a/c|iban|sort\s+code|bsb)\b", F).search(text, m.start(), m.start("v")):
        return None  # "Medicare and most insurance plans, call 555 201 3300"
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
    keyword = (r"(?:passport|account|acct|acc|a/c|routing|member(?=\s*(?:number|no\b|no\.|#|id\b|ship\s+(?:number|no)))|policy|medicare|medicaid|insurance|social\s+security|social(?!\s+(?:media|club|hour|event|night))|ssn|sin|"
               r"nin|nino|ni|national\s+insurance|tax\s+id|tfn|tax\s+file|ein|itin|student\s+id|employee\s+id|aadhaar|aadhar|"
               r"pan|pan\s+card|bsb|sort\s+code|clabe|curp|rfc|cuenta|iban|licen[cs]e|nhs|health\s+card|ohip|id\s+card|national\s+id|"
               # more countries' ids (Philippines, Singapore, New Zealand, Ireland, India), ids by another name, bank words
               rf"{ID_NAMES}|savings|checking|chequing|current\s+account|transit|institution|ifsc|gcash|maya|paymaya|bpi|bdo|upi|"
               r"monzo|starling|revolut|barclays|lloyds|natwest|hsbc|santander|nationwide|halifax|westpac|commbank|scotiabank|cibc|hdfc|icici|kotak|"
               r"metrobank|landbank|unionbank|chase|wells\s+fargo|"
               # banks of South Africa, Nigeria, Kenya, Australia/NZ, Canada and India by name: "EFT: Capitec 1502883741"
               r"capitec|fnb|absa|nedbank|standard\s+bank|tymebank|gtbank|gtb|access\s+bank|zenith(?:\s+bank)?|first\s+bank|uba|"
               r"opay|palmpay|kuda|moniepoint|wema|fidelity\s+bank|equity\s+bank|kcb|anz|asb|kiwibank|bnz|rbc|bmo|td\s+bank|"
               r"sbi|axis\s+bank|pnb|"
               # a driver's licence or an Irish PPS number by its abbreviation: "DL no. NSW 18273645", "PPS no. 7654321TA"
               r"(?-i:DL|PPS)(?=\s*(?:no\b|no\.|#|number|:)))")
    value = (r"(?-i:[A-Z]{5}\d{4}[A-Z])|(?-i:[A-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D])|(?-i:[A-Z0-9]{2,6}(?:-[A-Z0-9]{1,8}){1,4})(?=\W|$)"
             r"|(?-i:(?=[A-Z]*\d)(?=\d*[A-Z])[A-Z0-9]{8,20})|(?:(?-i:[A-Z]{1,3})\s?)?\d[\d -]{4,22}[\dA-Z]|\d{3}\.\d{3}\.\d{3}-?\d{2}")
    strong = rf"(?:passport|licen[cs]e|social\s+security|ssn|national\s+insurance|medicare|medicaid|health\s+card|{ID_NAMES})"
    return RegexRecognizer(
        "ID_NUMBER",
        [("labelled-id", rf"\b{keyword}\b(?:'s)?\s*(?:number|no\.?|num|#)?[^.!?\n\d]{{0,30}}?(?:(?:no\.?|#|number)\s*)?(?P<v>{value})\b", 0.9),
         # "New passport arrived! No. 548329017", "Medicare denied the claim. My card number is 3QR7-HJ2-WN58",
         # "licence came in the mail! D4402-71189-23105": the first number after an id's name, a sentence on
         # a UK sort code with its account number has a shape of its own: "04-00-04 / 12345678"
         ("pan-shape", r"\b(?P<v>(?-i:[A-Z]{3}P[A-Z]\d{4}[A-Z]))\b", 0.85),
         # a person's UPI id: "UPI to sunita.khanna@okaxis", "ankitaverma@ybl"; a business's handle says "our" or is the shop's name
         ("upi-id", r"(?<![\w.@-])(?P<v>[\w.-]{3,40}@(?:ybl|ibl|axl|okaxis|oksbi|okhdfcbank|okicici|paytm|upi|apl|yapl|ptyes|ptsbi|pthdfc|ptaxis|ikwik|waicici|wahdfcbank|waaxis|wasbi|icici|hdfcbank|sbi|axisbank|kotak|indus|fbl|jupiteraxis|freecharge|slice|naviaxis|airtel|jio))(?![\w.@-])", 0.85,
          lambda text, m: None if _rx(r"\b(?:our|shop|store|business|company|merchant|bakery|boutique|scan|qr)\b", F).search(text, max(0, m.start() - 40), m.start())
          or _rx(r"(?:shop|store|traders|enterprises|bakery|boutique|foods|kitchen|mart|biz|official|pvt|ltd)", F).search(m.group("v").split("@")[0]) else 0.85),
         ("sort-code-account", r"(?P<v>\b\d{2}-\d{2}-\d{2}\s*(?:/|,|\||acc(?:oun)?t?\.?(?:\s+no\.?)?|a/c)?\s*\d{8})\b", 0.85),
         ("id-then-number", rf"\b{strong}\b[^\n\d]{{0,80}}?(?:\b(?:no\.?|number|num|#|is|:)\s*)?(?P<v>{value})\b", 0.85, _id_later_check)],
        check=_id_check,
    )


ID_NAMES = (r"state\s+id|state\s+identification|voter'?s?\s+id|photo\s+id|id\s+(?:number|no\.?|#)|(?-i:ID)\s*#|(?-i:TIN)|(?-i:SSS)|philhealth|umid|"
            r"pag-?ibig|nric|fin\s+number|ird\s+number|pps\s+number|ppsn|(?-i:UAN)|(?-i:EPIC)|green\s+card|residence\s+permit|(?-i:BRP)|"
            r"medicare\s+card|social\s+insurance|(?-i:SIN)|(?-i:NRIC)|"
            # a South African id by its abbreviation: "SA ID 8803145821089", "RSA ID no."
            r"(?-i:R?SA)\s*(?-i:ID)|"
            # more countries: India, Brazil, Spain and Latin America, the Netherlands, Nigeria, Kenya, Pakistan, Malaysia,
            # Hong Kong, the Gulf, Italy, Germany, Sweden, Jamaica, New Zealand, Scotland, Canada's provinces
            r"aadhaar|aadhar|pan\s+card|tax\s+file\s+number|nhs\s+number|(?-i:NI)\s+number|sin\s+number|"
            r"(?-i:CPF|DNI|NIE|NIF|BSN|CNIC|NICOP|BVN|HKID|NHI|IHI|TRN|NSS|PSN|RUT|CUIL|CUIT|NIK|KTP|KRA\s+PIN|NIN)|"
            r"personnummer|codice\s+fiscale|steuer-?id|steuernummer|sozialversicherungsnummer|emirates\s+id|iqama|ghana\s+card|"
            r"ic\s+(?:number|no\.?)|mykad|national\s+identity\s+(?:card|number)|identity\s+card|identification\s+(?:number|no\.?)|"
            r"insurance\s+number|health\s+(?:and\s+care\s+)?number|chi\s+number|care\s+card|philsys|voter'?s?\s+card|"
            r"carte\s+vitale|n[uú]mero\s+de\s+(?:identidad|documento|seguro\s+social)|c[eé]dula")
# between an id's name and a number: a phone, an order, a price or a code is some other number
NOT_AN_ID_GAP = _Lazy(r"(?<!\b(?:for|on|to|with)\s+(?:the|my|your|this|our|each|every)\s+)\b(?:call|text|phone|ring|whatsapp|order|tracking|invoice|ref|reference|booking|ticket|code|coupon|promo|"
                              r"discount|off|sale|price|save|photos?|appointment|renewals?|office|hours|open)\b"
                              r"(?!\s+(?:forms?|page|site|website|portal|system|process|app)\b)|[$£€%]")


def _id_later_check(text: str, m: regex.Match) -> float | None:
    """A number a sentence after an id's name: id-shaped (seven digits or more, or letters and digits mixed),
    and no other kind of number said in between."""
    if NOT_AN_ID_GAP.search(text, m.start(), m.start("v")):
        return None
    v = m.group("v")
    digits = sum(ch.isdigit() for ch in v)
    letters = sum(ch.isalpha() for ch in v)
    if digits >= 7 or (digits >= 4 and letters >= 2 and len(v.replace("-", "").replace(" ", "")) >= 9):
        return _id_check(text, m)
    return None


NOT_A_PHONE_LABEL = _Lazy(
    r"\b(?:order|tracking|invoice|ref(?:erence)?|model|item|sku|batch|lot|serial|account|acct|member(?:ship)?|policy|confirmation|booking|"
    r"ticket|case|claim|receipt|reg(?:istration)?|licen[cs]e|passport|id|parcel|shipment|product|part|style|article|vat|ein|abn|acn|gst|tax|"
    r"company|utr|crn|charity|voucher|gift\s+card|coupon|promo|loyalty|card)\s*(?:number|no\.?|num|#)")


def _phone_check(text: str, m: regex.Match) -> float | None:
    """Seven to fifteen digits, in figures, in words ("four one two") or both."""
    v = m.group("v")
    n = sum(ch.isdigit() for ch in v) + len(_rx(rf"(?<!\w){DIGIT_WORD}(?!\w)", F).findall(v))
    # "double oh" is two digits, "triple five" three, "nine hundred" three
    n += len(_rx(r"\bdouble\b", F).findall(v)) + 2 * len(_rx(r"\b(?:triple|hundred)\b", F).findall(v))
    if _rx(r"\d{3}-\d{2}-\d{4}").fullmatch(v):
        return None  # a social security number's shape
    if NOT_A_PHONE_LABEL.search(text, max(0, m.start() - 25), m.start("v")):
        return None  # "order number 40017788", "tracking no. 9400 1118"
    # the digits go on (a card number, a long id): not a phone number
    if _rx(rf"(?:[ -]?\d|[\s,.-]{{1,2}}{DIGIT_WORD}\b)", F).match(text, m.end("v")):
        return None
    return 0.6 if 7 <= n <= 15 else None


def _spaced_digits_check(text: str, m: regex.Match) -> float | None:
    """Digits typed one by one are a phone number when the post asks to be contacted; a countdown or a run
    ("1 2 3 4 5 6 7 8 go!") is not."""
    digits = [int(ch) for ch in m.group("v") if ch.isdigit()]
    steps = {b - a for a, b in zip(digits, digits[1:])}
    if steps <= {1} or steps <= {-1} or steps == {0}:
        return None
    if not _rx(r"\b(?:call|text|txt|ring|phone|cell|mobile|whatsapp|number|digits|hit\s+me\s+up|hmu|msg|message|dm|reach|contact|viber|telegram|signal)\b|📱|☎|📞", F).search(text):
        return None
    return _phone_check(text, m)


def phone_recognizer() -> RegexRecognizer:
    """Phone numbers in the loose formats people type, when a phone word is close by.

    Complements Presidio's phonenumbers-based recognizer, which skips 7-digit local numbers, numbers it
    cannot validate (fictional 555 and UK drama ranges included) and numbers spelled out in words."""
    number = r"(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,5}\)\s?|\d{2,5}[\s./-])?\d{3,4}[\s./-]?\d{3,4}"
    # European and other groupings: "0680 298 70 63", "60-56-85-91", "+41 (0)85 806 98 67" (the check counts 7-15 digits)
    grouped = r"(?:\+\d{1,3}[\s.-]?(?:\(0\)\s?)?)?\d{2,5}(?:[ .-]\d{2,5}){2,5}"
    said = rf"(?:(?:double|triple)[\s-]+)?{DIGIT_WORD}|hundred"  # "oh seven seven double oh nine hundred"
    spelled = rf"{DIGIT_WORD}(?:[\s,.-]+(?:{said})){{6,14}}"
    words = (r"(?:call|text|txt|ring|phone|cell|mobile|whatsapp|number|no\.|tel|sms|landline|home\s+phone|house\s+phone|(?:i'm|i\s+am)\s+at|reach\s+me|contact\s+me|cel|celular|m[oó]vil|n[uú]mero|tel[eé]fono|llamen|mensaje|"
             r"digits|hit\s+me\s+up|hmu|msg|message\s+me|viber|telegram|signal\s+me|imessage|facetime|📱|☎|📞|"
             # "try my husband on 07700 900 845", "get me on 0412 ...": a person, then "on" and the number
             r"(?:try|get|grab|catch|reach)\s+(?:me|him|her|them|my\s+[\w'’-]+|(?:my\s+)?(?:husband|wife|hubby|wifey|partner|mum|mom|dad|son|daughter)(?:\s+(?-i:[A-Z][a-z]+))?)\s+on)")
    return RegexRecognizer(
        "PHONE_NUMBER",
        [
            # the number may sit on the line after its label ("Phone:\n434 14 557")
            ("phone-word", rf"\b{words}\b[^\d\n]{{0,45}}\n?[^\d\n]{{0,5}}(?P<v>{number})(?!\d)", 0.6),
            ("phone-word-grouped", rf"\b{words}\b[^\d\n]{{0,45}}\n?[^\d\n]{{0,5}}(?P<v>(?<![\d.,-]){grouped})(?![\d.,-]?\d)", 0.6),
            # "my cell is area code 780 then 555-0134"
            ("area-code", r"\barea\s+code\s+(?P<v>\(?\d{3}\)?\s*(?:,|then|and|-|–|\s)\s*(?:then\s+)?\d{3}[\s.-]?\d{4})(?!\d)", 0.6),
            # "call me on 555.x.201.x.7788": letters put between the groups to dodge scrapers
            ("phone-word-obfuscated", rf"\b{words}\b[^\d\n]{{0,45}}?(?P<v>\(?\d{{3}}\)?(?:\W{{0,2}}[xX*#]\W{{0,2}}|[\s./-])\d{{3,4}}(?:\W{{0,2}}[xX*#]\W{{0,2}}|[\s./-])\d{{4}})(?!\d)", 0.6),
            ("mixed-digits-words", rf"\b{words}\b[^\d\n]{{0,40}}?(?P<v>(?<!\w)(?:\(?\d{{1,4}}\)?|{said})(?:[\s,.-]+(?:\(?\d{{1,4}}\)?|{said})(?!\w)){{3,12}})", 0.6),
            ("spelled-out", rf"(?P<v>\b{spelled}\b)", 0.6),
            # digits typed one by one to dodge filters: "5 5 5 — 3 0 1 — 7 7 2 6"
            ("spaced-digits", r"(?<![\d.,:/-]\s?)(?P<v>\b\d(?:[ \t]+(?:[-–—.·|/][ \t]+)?\d){6,14})\b(?!\s*(?:%|x\b|stars?|/))", 0.6, _spaced_digits_check),
            # no phone word, but the poster says it's theirs: "555-201-3300 (that's me, Jess)"
            # "Contact: Mum 555-0172 (home)", "hubby's mobile - 0803 555 1180", "text my sister on 555 0193" is above
            ("relative-number", rf"\b(?:my\s+)?(?:mum|mom|mam|mammy|mama|dad|da|daddy|papa|nan|nana|gran|granny|grandma|grandad|grandpa|lola|lolo|sister|sis|brother|bro|hubby|husband|wife|wifey|partner|son|daughter|auntie|aunty|uncle)(?:'s|’s)?(?:\s+(?:number|no\.?|mobile|cell|phone|whatsapp|landline|digits))?\s*[:=–-]?\s*(?P<v>(?<![\d-]){number}|(?<![\d.,-]){grouped})(?![\d.,-]?\d)", 0.6),
            ("number-is-mine", rf"(?<![\d-])(?P<v>{number})(?!\d)\s*[,(–—-]?\s*(?:that's|thats|it's|its|this\s+is)\s+(?:me|my|mine)\b", 0.6),
            # "+44 7700 900 118 is my personal WhatsApp", "+44 (0) 7700 900 123 is my number"
            ("number-is-my", rf"(?<![\d-])(?P<v>{number}|{grouped})(?![\d-])\s*(?:is|=|-|–|—|for|on)\s*(?:my|mum's|mom's|dad's|his|her)\s+(?:personal\s+|own\s+|private\s+|direct\s+|new\s+|real\s+)?(?:whatsapp|number|no\.?|cell|mobile|phone|line|landline|digits)\b", 0.6),
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
            # the number may follow in the next sentence: "Card number below. 4024 0071 5336 2091."
            ("card-word", rf"\b{CARD_WORD}\b[^\n\d]{{0,60}}?(?P<v>{number})", 0.7, _card_check),
            # "Card ending 4417, exp 11/27, cvv 382": part of a card with what lets it be used
            ("card-ending-expiry", rf"\b{CARD_WORD}\b[^\n\d]{{0,20}}?\b(?:ending|ends|finishing)\s+(?:in\s+|with\s+)?(?P<v>\d{{4}})\b(?=[^\n]{{0,40}}\b(?:exp(?:iry|ires|iration)?\.?|cvv2?|cvc|security\s+code)\b\s*(?::|is)?\s*\d)", 0.7),
            ("cvv", r"\b(?:cvv2?|cvc|card\s+security\s+code)\s*(?:is|:|-|=|number)?\s*(?P<v>\d{3,4})\b(?!\s*(?:characters|digits))", 0.7),
            ("card-expiry", rf"(?P<v>{number})[\s,.;:]*(?:exp(?:iry|ires|iration)?\.?|valid\s+(?:thru|through|till|until)|cvv|cvc|security\s+code)\b", 0.7),
            # read out in words, or half in words: "four five three two, seven one five three, ..."
            ("card-in-words", rf"\b{CARD_WORD}\b[^\n\d]{{0,60}}?(?P<v>(?<!\w)(?:\d{{1,4}}|{DIGIT_WORD})(?:[\s,.-]+(?:\d{{1,4}}|{DIGIT_WORD})(?!\w)){{5,18}})", 0.7, _card_words_check),
        ],
        name="postguard:CARD_TYPED",
    )


CARD_WORD = r"(?:card|visa|mastercard|master\s+card|amex|american\s+express|discover|debit|credit)"
NOT_A_CARD_GAP = _Lazy(r"\b(?:tracking|order|invoice|ref|reference|call|text|phone|ring|whatsapp|gift\s+card|loyalty|member(?:ship)?|thank[\s-]you|"
                       r"test(?:ing)?\s+(?:cards?|numbers?)|sample|example|dummy|fake)\b")


def _card_check(text: str, m: regex.Match) -> float | None:
    """No other kind of number named between the card word and the digits (an order, a tracking number, a phone)."""
    if NOT_A_CARD_GAP.search(text, m.start(), m.start("v")) or _rx(r"\b(?:test(?:ing)?|sample|example|dummy|fake)\s+$", F).search(text[max(0, m.start() - 12):m.start()]):
        return None  # "Test card numbers won't work": a checkout's test number, nobody's card
    return 0.7


def _card_words_check(text: str, m: regex.Match) -> float | None:
    """Thirteen to nineteen digits, some spelled out."""
    v = m.group("v")
    words = len(_rx(rf"(?<!\w){DIGIT_WORD}(?!\w)", F).findall(v))
    n = sum(ch.isdigit() for ch in v) + words
    if words == 0 or not 13 <= n <= 19:
        return None
    return _card_check(text, m)


def obfuscated_email_recognizer() -> RegexRecognizer:
    """Emails written to dodge scrapers: 'kelsey dot marsh at gmail dot com'."""
    return RegexRecognizer(
        "EMAIL_ADDRESS",
        [("spelled-email", rf"(?P<v>\b[\w.+-]++(?:{SPELLED_DOT}[\w+-]+)*{SPELLED_AT}[\w-]+(?:{SPELLED_DOT}[\w-]+)*(?:{SPELLED_DOT}|\.)(?:com|net|org|co|ca|uk|au|in|io|me|us|de|fr|es|mx|ph|nz|ie|sg)\b)", 0.7),
         # "kara.b.designs at gmail": a free provider's name is enough, no ".com" needed
         ("at-free-provider", rf"(?P<v>\b[\w.+-]{{3,}}+{SPELLED_AT}(?:gmail|googlemail|yahoo|ymail|hotmail|outlook|icloud|aol|protonmail|proton|gmx|rediffmail)\b)(?!\s*(?:\.|dot\b|[\[(]))", 0.65)],
        check=_spelled_email_check,
        name="postguard:EMAIL_SPELLED",
    )


# " dot ", "[dot]", "(dot)", " . "; " at ", "[at]", "(at)", " @ ": the ways an address is spelled out
SPELLED_DOT = r"(?:\s+dot\s+|\s*[\[({<]\s*dot\s*[\])}>]\s*|\s+\.\s+)"
SPELLED_AT = r"(?:\s+at\s+|\s*[\[({<]\s*at\s*[\])}>]\s*|\s+@\s*|\s*@\s+)"


def _spelled_email_check(text: str, m: regex.Match) -> float | None:
    """"find us at etsy.com" is a sentence, not an address."""
    local = _rx(r"^\S+").match(m.group("v")).group(0).lower()
    if local in {"us", "me", "you", "them", "him", "her", "it", "we", "shop", "find", "visit", "online", "here", "there", "now", "live",
                 "out", "up", "sale", "link", "available", "stores", "order", "look", "book", "buy", "info", "more", "details"}:
        return None
    return 0.7


def all_recognizers() -> list[EntityRecognizer]:
    return [
        child_name_recognizer(), minor_age_recognizer(), school_recognizer(), address_recognizer(),
        access_code_recognizer(), date_of_birth_recognizer(), health_disclosure_recognizer(),
        *whereabouts_recognizers(), licence_plate_recognizer(), driver_licence_recognizer(), id_number_recognizer(),
        phone_recognizer(), obfuscated_email_recognizer(), card_number_recognizer(),
    ]
