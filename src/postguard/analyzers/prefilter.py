"""Skip a regular expression on posts where it cannot match, by the literal text any match must contain.

``required_sets(pattern)`` reads a pattern with Python's own regex parser and returns sets of casefolded
strings such that every match contains a string of each set: ``\\bquit\\s+(?:your|my)\\s+job\\b`` gives
``{"quit"}``, ``{"job"}`` and ``{"your", "my"}``. ``LiteralGates`` finds, once per post, which of all
those strings the post contains, and so which patterns can match it at all; the others are not searched.
Most posts contain the literals of only a few of a pack's patterns, so this removes most regex work.

The analysis is deliberately conservative: anything it does not fully understand (fuzzy matching, nested
character sets, back-references, ``regex``-only syntax) gives ``None`` and the pattern always runs. The
gate can only let a post through that then does not match; it never stops one that would.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
import warnings
from importlib import resources
from operator import itemgetter

import regex

try:  # Python 3.11+
    from re import _constants as _c  # type: ignore[attr-defined]
    from re import _parser as _p  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _p  # type: ignore[no-redef]

_ATOMIC = getattr(_c, "ATOMIC_GROUP", object())
_REPEATS = tuple(getattr(_c, n) for n in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") if hasattr(_c, n))
# Beyond this many strings a set is not kept (a lexicon of a few thousand terms still is: one pass of the
# Aho-Corasick automaton finds them all, and such a set is often the most selective a pattern has).
MAX_ALTERNATIVES = 4096
_QUANT = re.compile(r"\{\d*(?:,\d*)?\}")
_UNSUPPORTED = re.compile(r"\\[mMpPNXGKLQE]|\(\?[a-zA-Z]*[bewrfV]|\(\?\||\[\[|\(\?P?>|\(\?\(|\\g<")


def _understood(pattern: str) -> bool:
    """True when Python's ``re`` parser reads ``pattern`` exactly as the ``regex`` module (VERSION1) does."""
    if _UNSUPPORTED.search(pattern):
        return False
    # "{e<=1}" is fuzzy matching in ``regex`` but literal text to ``re``; only plain quantifiers are safe
    stripped = _QUANT.sub("", pattern.replace("\\{", "").replace("\\}", ""))
    if "{" in stripped or "}" in stripped:
        return False
    # VERSION1 set operations ("--", "&&", "||", "~~") inside a character class
    for cls in re.finditer(r"\[(?:\\.|[^\]\\])*\]", pattern):
        if any(op in cls.group() for op in ("--", "&&", "||", "~~")):
            return False
    return True


def _length(x: str) -> int:
    """How selective a literal is: its length (a marked one's, without the mark and the space)."""
    return len(x) - 2 if x.startswith("\x00") else len(x)


def _best(options: list[set[str]]) -> set[str] | None:
    if not options:
        return None
    # the set whose shortest string is longest is the most selective; fewer strings break ties
    return max(options, key=lambda s: (min(map(_length, s)), -len(s)))


_ZERO_WIDTH = (_c.AT, _c.ASSERT, _c.ASSERT_NOT)


# A literal that a match must begin at the start of a word ("\bflu") is looked for in the text's word
# form: a space, then the text with every run of characters other than word characters made one space
# (``word_form``). It is kept as ``MARK`` and its own word form: "\bin\s+remission" gives
# "\x00 in remission", which "within remission" does not meet; "(FLU)" meets "\x00 flu". A short word of a
# lexicon then gates as well as a long one, and a phrase by all of its words.
MARK = "\x00"
_NON_WORD = regex.compile(r"\W+")  # what ``\b`` stands between a word character and
_WORD_CHAR = regex.compile(r"\w")


def word_form(folded: str) -> str:
    return " " + _NON_WORD.sub(" ", folded)


def _is_space_class(op, av) -> bool:
    r"""``\s`` (alone or as the only member of a class)."""
    if op is _c.IN and len(av) == 1:
        op, av = av[0]
    return op is _c.CATEGORY and av in (_c.CATEGORY_SPACE, getattr(_c, "CATEGORY_UNI_SPACE", None))


def _lead(items, word_start: bool = False, cont: bool = False) -> set[str] | None:
    r"""Strings one of which every match of the sequence ``items`` starts with, or None if unknown.

    The literal text a match opens with, run on into the alternatives of the group that follows it:
    ``\b(?:a(?:sthma|utism)|flu)`` gives {"asthma", "autism", "flu"}, where the pieces alone give a
    set with "a" in it, which nearly every post meets (a trie of a lexicon is written that way). After a
    ``\b`` the strings are marked (see ``MARK``) and run on through whitespace (``\s+`` is a space).
    ``cont``: ``items`` go on with a marked string (its whitespace runs on too); the strings come back
    as they are, to be marked with what they go on from."""
    run: list[str] = []
    for op, av in items:
        marking = cont or (word_start and run and _WORD_CHAR.match(run[0]))
        if op is _c.LITERAL:
            run.append(chr(av).casefold())
            continue
        if op in _ZERO_WIDTH:
            if not run and not cont and op is _c.AT and av is _c.AT_BOUNDARY:
                word_start = True
            continue  # consumes nothing: what follows starts where it stands
        if marking and (_is_space_class(op, av) or (op in _REPEATS and av[0] >= 1 and len(av[2]) == 1
                                                    and _is_space_class(*av[2][0]))):
            run.append(" ")
            continue
        head = "".join(run)
        # what the group's strings are: going on from a marked head (or a marked string), opening the
        # sequence (after a \b, if any, which still stands before the group's text), or plain
        sub_cont = bool(marking and head) or cont
        sub_word = word_start and not head and not cont

        def inner(seq):
            return _lead(seq, sub_word, sub_cont)

        sub: set[str] | None = None
        if op is _c.SUBPATTERN:
            sub = inner(av[-1])
        elif op is _ATOMIC:
            sub = inner(av)
        elif op in _REPEATS and av[0] >= 1:
            sub = inner(av[2])
        elif op is _c.BRANCH:
            sub = set()
            for alt in av[1]:
                got = inner(alt)
                if got is None:
                    sub = None
                    break
                sub |= got
        elif op is _c.IN:
            chars = [a for o, a in av if o is _c.LITERAL]
            if chars and len(chars) == len(av) and len(chars) <= 8:
                sub = {chr(a).casefold() if sub_cont else _finish(chr(a).casefold(), sub_word) for a in chars}
        if sub is None or len(sub) > MAX_ALTERNATIVES or not all(sub):
            if cont:
                return {head} if head else None
            return {_finish(head, word_start)} if head else None
        # (what follows the group cannot be added: ``sub`` only opens it)
        if cont:
            return {head + x for x in sub}
        if not head:
            return sub
        if sub_cont:
            return {_finish(head + x, True) for x in sub}
        # a plain head: of a marked string of the group, its first word, which is plain text too
        return {head + _first_word(x) for x in sub}
    head = "".join(run)
    if cont:
        return {head} if head else None
    return {_finish(head, word_start)} if head else None


def _first_word(x: str) -> str:
    if not x.startswith(MARK):
        return x
    return x[2:].split(" ", 1)[0]  # the text holds this word's characters as they are


def _finish(head: str, word_start: bool) -> str:
    """``head`` as the gates look for it: marked if a match begins it at a word start, else as it is."""
    if word_start and _WORD_CHAR.match(head):
        return MARK + word_form(head)
    return head


def _plain_in(t: str, s: str) -> bool:
    """Whether plain string ``t`` is in every text that meets ``s`` (a plain or a marked string)."""
    if s.startswith(MARK):
        # between the words of a marked string the text may hold any other characters: only a t of word
        # characters, inside one of its words
        return _NON_WORD.search(t) is None and any(t in word for word in s[1:].split(" "))
    return t in s


def _ends_word(op, av) -> bool | None:
    r"""After this item, does a word character start a word? True: it ends on a character other than a
    word character (whitespace, "(", a ``\b`` before a word character); None: it consumes nothing."""
    if op is _c.AT:
        return True if av is _c.AT_BOUNDARY else None
    if op in (_c.ASSERT, _c.ASSERT_NOT):
        return None
    if op is _c.LITERAL:
        return _WORD_CHAR.match(chr(av)) is None
    if op in _REPEATS and av[0] >= 1 and len(av[2]) == 1:
        op, av = av[2][0]
    return _is_space_class(op, av)


def _word_leads(items) -> list[set[str]]:
    r"""For each place in ``items`` where a word must start (after whitespace, "(" or a ``\b``), the
    strings the rest of the match starts with there, marked: "\s+(?:son|daughter)" gives the words
    "son" and "daughter" as words (not "son" in "reason")."""
    out: list[set[str]] = []
    edge = False
    for i, (op, av) in enumerate(items):
        ends = _ends_word(op, av)
        if ends is None:  # zero-width: what follows starts where the edge stood
            edge = edge or (op is _c.AT and av is _c.AT_BOUNDARY)
            continue
        if edge and op is not _c.LITERAL or (edge and _WORD_CHAR.match(chr(av))):
            got = _lead(items[i:], True)
            if got and all(x.startswith(MARK) for x in got):
                out.append(got)
        edge = ends
    return out


def _seq(items) -> set[str] | None:
    options: list[set[str]] = []
    lead = _lead(items)
    if lead and all(lead):
        options.append(lead)
    options.extend(_word_leads(items))
    run: list[str] = []

    def flush():
        if run:
            options.append({"".join(run)})
            run.clear()

    for op, av in items:
        if op is _c.LITERAL:
            run.append(chr(av).casefold())
            continue
        flush()
        got = _node(op, av)
        if got is not None:
            options.append(got)
    flush()
    return _best(options)


def _conjunction(items) -> list[set[str]]:
    """Every literal set the sequence ``items`` requires (all of them must occur), looking into groups."""
    options: list[set[str]] = _word_leads(items)
    run: list[str] = []
    for op, av in items:
        if op is _c.LITERAL:
            run.append(chr(av).casefold())
            continue
        if run:
            options.append({"".join(run)})
            run = []
        if op is _c.SUBPATTERN:
            options.extend(_conjunction(av[-1]))
        elif op is _ATOMIC:
            options.extend(_conjunction(av))
        elif op in _REPEATS and av[0] >= 1:
            options.extend(_conjunction(av[2]))
        else:
            got = _node(op, av)
            if got is not None:
                options.append(got)
    if run:
        options.append({"".join(run)})
    return options


def _node(op, av) -> set[str] | None:
    if op is _c.SUBPATTERN:
        return _seq(av[-1])
    if op is _ATOMIC:
        return _seq(av)
    if op in _REPEATS:
        lo, _hi, sub = av
        return _seq(sub) if lo >= 1 else None
    if op is _c.BRANCH:
        out: set[str] = set()
        for alt in av[1]:
            got = _seq(alt)
            if got is None:
                return None
            out |= got
        return out if len(out) <= MAX_ALTERNATIVES else None
    if op is _c.IN:  # a class of a few listed characters, as in "[$£€]"
        chars = [a for o, a in av if o is _c.LITERAL]
        if chars and len(chars) == len(av) and len(chars) <= 8:
            return {chr(a).casefold() for a in chars}
        return None
    return None  # anchors, classes, lookarounds, any character, back-references: no literal


def _minimal(got) -> frozenset[str]:
    # a string that contains another of the set adds nothing: the shorter one is found whenever it is
    # (a large set is kept as it is: the pairwise check grows with the square of its size)
    if len(got) > 256:
        return frozenset(got)
    return frozenset(s for s in got if not any(t != s and _contains(s, t) for t in got))


def _contains(s: str, t: str) -> bool:
    """Whether every text that meets string ``s`` meets string ``t`` because ``s`` contains it."""
    if t.startswith(MARK):
        return s.startswith(MARK) and t[1:] in s[1:]  # both in the word form
    return _plain_in(t, s)


def required_sets(pattern: str, most: int = 3) -> list[frozenset[str]] | None:
    """Up to ``most`` sets of casefolded strings such that every match of ``pattern`` contains a string
    of each set (the most selective sets first), or None if unknown."""
    tree = _tree(pattern)
    if tree is None:
        return None
    items = list(tree)
    lead = _lead(items)
    sets = [_minimal(s) for s in _conjunction(items) + ([lead] if lead else [])
            if s and all(s) and len(s) <= MAX_ALTERNATIVES]
    if not sets:
        return None
    sets.sort(key=lambda s: (-min(map(_length, s)), len(s)))
    unique: list[frozenset[str]] = []
    for s in sets:
        if s not in unique:
            unique.append(s)
    # a set that another one implies adds nothing ({"quit"} beside {MARK + "quit"})
    unique = [s for s in unique if not any(t is not s and _implies(t, s) for t in unique)]
    return unique[:most]


def _implies(t: frozenset[str], s: frozenset[str]) -> bool:
    """Whether a text that meets set ``t`` always meets set ``s``."""
    def covered(x: str) -> bool:
        return any(_contains(x, y) for y in s)

    return all(covered(x) for x in t)


# A Unicode property (``\p{So}``, ``\PL``) requires no literal: read it as ``\d``, which gives none either,
# alone or inside a character class. Escaped backslashes are consumed first so ``\\p`` stays literal text.
_MAY_REFER = re.compile(r"\\[1-9]|\(\?P=")
_PROPERTY = re.compile(r"(\\\\)|\\[pP](?:\{[\w=&.\- ]+\}|[A-Za-z])")


def _tree(pattern: str):
    pattern = _PROPERTY.sub(lambda m: m.group(1) or r"\d", pattern)
    if not _understood(pattern):
        return None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            tree = _p.parse(pattern, re.IGNORECASE)
    except (re.error, Warning, RecursionError, OverflowError):
        return None
    if not _MAY_REFER.search(pattern):
        return tree  # no back-reference without "\\1".."\\9" or "(?P=" ("(?(" is refused above): no walk
    for op, av in _iter_all(tree):
        if op in (_c.GROUPREF, _c.GROUPREF_EXISTS):
            return None
    return tree


def required_literals(pattern: str) -> frozenset[str] | None:
    """Casefolded strings of which every match of ``pattern`` contains one, or None if unknown."""
    tree = _tree(pattern)
    if tree is None:
        return None
    got = _seq(list(tree))
    if not got or any(not s for s in got):
        return None
    return _minimal(got)


def _iter_all(items):
    for op, av in items:
        yield op, av
        if op is _c.SUBPATTERN:
            yield from _iter_all(av[-1])
        elif op is _c.BRANCH:
            for alt in av[1]:
                yield from _iter_all(alt)
        elif op in _REPEATS:
            yield from _iter_all(av[2])
        elif op in (_c.ASSERT, _c.ASSERT_NOT):
            yield from _iter_all(av[1])
        elif op is _ATOMIC:
            yield from _iter_all(av)


# -- the shipped table of gate literals --------------------------------------------------------------
# Reading a pattern for its literals costs milliseconds (Python's regex parser, in Python), and the
# built-in packs and recognizers have a few hundred patterns: at start-up that was a sixth of a cold
# check. ``gate_table.json`` holds what ``required_sets`` gives for each of them, keyed by a hash of the
# pattern; ``scripts/gate_table.py`` rewrites it and a test fails when it is stale. A pattern that is not
# in it (a company pack's own, or a built-in one edited since) is read as before, so a stale table costs
# time, never findings.
TABLE = "gate_table.json"
TABLE_FORMAT = 1
TABLE_MOST = 6  # sets kept per pattern: what ``LiteralGates`` asks for
PYTHON = "%d.%d" % sys.version_info[:2]  # whose regex parser read them (another one may split hairs differently)
_table: dict[str, list[list[str]] | None] | None = None


def table_key(pattern: str) -> str:
    return hashlib.blake2b(pattern.encode("utf-8", "surrogatepass"), digest_size=12).hexdigest()


def _shipped() -> dict[str, list[list[str]] | None]:
    global _table
    if _table is None:
        try:
            data = json.loads((resources.files(__package__) / TABLE).read_text(encoding="utf-8"))
            _table = data["sets"] if data.get("format") == TABLE_FORMAT else {}
        except (OSError, ValueError, KeyError, TypeError):
            _table = {}
    return _table


def gate_sets(pattern: str) -> list[frozenset[str]] | None:
    """``required_sets(pattern, most=TABLE_MOST)``, from the shipped table when it has the pattern."""
    table = _shipped()
    key = table_key(pattern)
    if key in table:
        sets = table[key]
        return None if sets is None else [frozenset(s) for s in sets]
    return required_sets(pattern, most=TABLE_MOST)


def table_json(patterns: set[str]) -> str:
    """The table for ``patterns``, as ``gate_table.json`` holds it (sorted, so it diffs well)."""
    sets = {}
    for p in patterns:
        got = required_sets(p, most=TABLE_MOST)
        sets[table_key(p)] = None if got is None else [sorted(s) for s in got]
    head = {"format": TABLE_FORMAT, "about": "gate literals of the built-in patterns; scripts/gate_table.py writes it",
            "python": PYTHON}
    lines = [json.dumps(head, ensure_ascii=False)[:-1] + ', "sets": {']
    lines += [f"{json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}," for k, v in sorted(sets.items())]
    lines[-1] = lines[-1].rstrip(",")
    return "\n".join(lines) + "\n}}\n"


# A set met by a common letter or a space ({"e"}, {"a", "the"}, {" "}) is met by nearly every post: it
# rejects almost none, while the automaton reports every occurrence of that character (about half of all
# it reports). Gates leave such sets out; without the set a gate only lets more posts through.
_COMMON_CHARS = frozenset("abcdefghiklmnoprstuvwy \t\n")
_COMMON_WORD_STARTS = frozenset(MARK + " " + c for c in "abcdefghiklmnoprstuvwy")  # a word that starts with "a"


def _useful(sets: list[frozenset[str]] | None, most: int = 3) -> list[frozenset[str]] | None:
    if not sets:
        return sets
    kept = [s for s in sets if s.isdisjoint(_COMMON_CHARS) and s.isdisjoint(_COMMON_WORD_STARTS)][:most]
    return kept or None


# Reading patterns for their literals costs a few milliseconds each, more than it saves on a handful of
# posts; callers build gates only once their patterns have run on this many posts.
GATE_AFTER = 8
_second = itemgetter(1)


_last_forms: tuple[str, str, str | None] = ("", "", "")


def _forms(text: str, with_marked: bool) -> tuple[str, str | None]:
    """The casefolded text and, if wanted, its marked form; the last post's are kept, since every
    recognizer's gates read the same post in turn (a tuple swapped whole: safe across threads)."""
    global _last_forms
    last = _last_forms
    if last[0] is text or last[0] == text:
        if not with_marked or last[2] is not None:
            return last[1], last[2]
        folded = last[1]
    else:
        folded = text.casefold()
    marked = word_form(folded) if with_marked else None
    _last_forms = (text, folded, marked)
    return folded, marked


class LiteralGates:
    """Gates for a list of patterns: ``present(text)`` finds the gate literals a text contains, once;
    ``open(i, present)`` says whether pattern ``i`` can match that text.

    With ``pyahocorasick`` installed, all literals are found in one pass over the text (an Aho-Corasick
    automaton); otherwise each literal whose first three characters occur in the text is looked for."""

    def __init__(self, patterns: list[str], literal_sets: list[list[frozenset[str]] | None] = ()):
        # per pattern: sets that must all be met (None: always open); ``literal_sets`` adds gates whose
        # sets the caller worked out itself (casefolded strings), numbered after the patterns
        self.literals = [_useful(gate_sets(p)) for p in patterns] + [
            [frozenset(s) for s in sets] if sets else None for sets in literal_sets]
        every = sorted({lit for sets in self.literals if sets is not None for s in sets for lit in s})
        found = [lit for lit in every if not lit.startswith(MARK)]
        self._marked = [lit for lit in every if lit.startswith(MARK)]  # found in the text's word form
        self._short = [lit for lit in found if len(lit) < 3]
        self._by_start: dict[str, list[str]] = {}  # first three characters -> literals
        for lit in found:
            if len(lit) >= 3:
                self._by_start.setdefault(lit[:3], []).append(lit)
        self._always = {i for i, sets in enumerate(self.literals) if sets is None}
        self._opens: dict[str, set[int]] = {}  # literal -> patterns whose first set it meets
        for i, sets in enumerate(self.literals):
            for lit in sets[0] if sets else ():
                self._opens.setdefault(lit, set()).add(i)
        # per pattern, the sets after the first (the first is met by the literal that opened it)
        self._rest = [tuple(sets[1:]) if sets else () for sets in self.literals]
        # literal -> patterns it opens on its own (their only set), and patterns that need more sets met
        self._opens_only: dict[str, frozenset[int]] = {}
        self._opens_more: dict[str, tuple[int, ...]] = {}
        for lit, idxs in self._opens.items():
            only = frozenset(i for i in idxs if not self._rest[i])
            more = tuple(sorted(i for i in idxs if self._rest[i]))
            if only:
                self._opens_only[lit] = only
            if more:
                self._opens_more[lit] = more
        self._automaton = self._marked_automaton = None
        self._fallback = not every
        if every:
            try:
                import ahocorasick
            except ImportError:
                self._fallback = True
            else:
                for name, lits, skip in (("_automaton", found, 0), ("_marked_automaton", self._marked, 1)):
                    if lits:
                        automaton = ahocorasick.Automaton(ahocorasick.STORE_ANY, ahocorasick.KEY_STRING)
                        for lit in lits:
                            automaton.add_word(lit[skip:], lit)
                        automaton.make_automaton()
                        setattr(self, name, automaton)

    def present(self, text: str) -> set[str]:
        folded, marked = _forms(text, self._marked_automaton is not None or (self._fallback and self._marked))
        if not self._fallback:
            out = set(map(_second, self._automaton.iter(folded))) if self._automaton is not None else set()
            if self._marked_automaton is not None:
                out.update(map(_second, self._marked_automaton.iter(marked)))
            return out
        # only literals that start with a three-character piece of the text can be in it
        starts = {folded[i:i + 3] for i in range(len(folded) - 2)}
        out = {lit for lit in self._short if lit in folded}
        for start in starts.intersection(self._by_start):
            for lit in self._by_start[start]:
                if len(lit) == 3 or lit in folded:
                    out.add(lit)
        if self._marked:
            out.update(lit for lit in self._marked if lit[1:] in marked)
        return out

    def open(self, index: int, present: set[str]) -> bool:
        sets = self.literals[index]
        return sets is None or all(not s.isdisjoint(present) for s in sets)

    def open_indexes(self, text: str) -> set[int]:
        """Indexes of the patterns that can match ``text``."""
        present = self.present(text)
        out = set(self._always)
        only, more, rest = self._opens_only, self._opens_more, self._rest
        for lit in present:
            if lit in only:
                out |= only[lit]
            if lit in more:
                for i in more[lit]:
                    if i not in out:
                        for s in rest[i]:
                            if s.isdisjoint(present):
                                break
                        else:
                            out.add(i)
        return out


def in_table(patterns: list[str]) -> bool:
    """Whether the shipped table has every one of ``patterns``."""
    table = _shipped()
    return all(table_key(p) in table for p in patterns)


def builtin_patterns() -> set[str]:
    """Every pattern the built-in packs and recognizers gate on (what the shipped table should hold)."""
    from ..checker import Checker
    from ..packs import builtin_names
    from .recognizers import RegexRecognizer, all_recognizers

    index = Checker(packs=builtin_names()).runtime.index
    out = set(index.gate_sources())
    for rec in all_recognizers():
        if isinstance(rec, RegexRecognizer):
            out.update(p for _, p, _ in rec._patterns)
    return out
