"""Compile every spec of the enabled rules once; run them all over a Doc in one pass.

Terms go into two spaCy ``PhraseMatcher`` (lowercase text and lemmas); hashtag terms ("#ad") are matched
against whole hashtags so "#ad" never matches "#adventure"; token patterns share one ``Matcher``; regular
expressions run with a time limit so a pathological pattern cannot hang a run.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from .lazyimports import import_spacy

import_spacy()  # spaCy without its command line (see lazyimports)

import regex
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc

from ..errors import PostguardError
from ..normalize import Normalized, normalize
from ..packs.loader import LazyPattern
from ..packs.model import Spec
from .prefilter import GATE_AFTER, LiteralGates, in_table

REGEX_TIMEOUT = 1.0  # seconds per pattern per post


class PatternTimeout(PostguardError):
    def __init__(self, key: str):
        self.key = key
        super().__init__(f"rule {key.split(':')[0]}: its pattern took over {REGEX_TIMEOUT:g}s on one post and was cut off")

    def __reduce__(self):  # travels back from a worker process (check_many n_process > 1) unchanged
        return (type(self), (self.key,))


@dataclass(frozen=True)
class Hit:
    start: int  # normalized text offsets
    end: int
    evidence: tuple[tuple[str, Any], ...] = ()


def _hashtag_key(term: str) -> str:
    return "".join(ch for ch in term[1:].lower() if ch.isalnum())


# Splitting a pattern into its top-level alternatives is safe only when no alternative can refer to another
# (group references, subroutine calls, conditionals) and no inline flag in one alternative applies to the
# next (VERSION1 inline flags run to the end of the pattern); verbose patterns and comments are left whole.
_NO_SPLIT = re.compile(r"\\[1-9]|\\g|\(\?P[=>]|\(\?&|\(\?R|\(\?[0-9+\-]\d|\(\?\(|\(\?#|\\[QEK]|\(\?[a-zA-Z^\-]*[xXrpV]")
# verbose (comments, ignored spaces), POSIX (leftmost-longest) and reverse searching: patterns run as written
_AS_WRITTEN_FLAGS = regex.VERBOSE | regex.POSIX | regex.REVERSE
_AS_WRITTEN_INLINE = re.compile(r"\(\?[a-zA-Z^\-]*[xXrpV]")
_INLINE_FLAGS = re.compile(r"\(\?[a-zA-Z^\-]+\)")


def _class_end(pattern: str, i: int) -> int | None:
    """Index just past the character class that starts at ``pattern[i] == "["``, or None."""
    n = len(pattern)
    i += 1
    if i < n and pattern[i] == "^":
        i += 1
    if i < n and pattern[i] == "]":
        i += 1
    while i < n and pattern[i] != "]":
        if pattern[i] == "[":
            return None  # a nested set (VERSION1) or POSIX class
        i += 2 if pattern[i] == "\\" else 1
    return i + 1 if i < n else None


def _scan(pattern: str, i: int = 0, stop_at_close: bool = False):
    """Walk ``pattern`` from ``i`` keeping track of escapes, classes and groups. Yields the index of each
    top-level "|"; with ``stop_at_close`` (``pattern[i]`` is "("), yields the index past the matching ")".
    Raises ValueError on anything it cannot follow."""
    depth = 0
    n = len(pattern)
    while i < n:
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            end = _class_end(pattern, i)
            if end is None:
                raise ValueError(pattern)
            i = end
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth < 0:
                raise ValueError(pattern)
            if stop_at_close and depth == 0:
                yield i + 1
                return
        elif c == "|" and depth == 0 and not stop_at_close:
            yield i
        i += 1
    if depth or stop_at_close:
        raise ValueError(pattern)


def _leading_flags(pattern: str) -> tuple[str, str]:
    """``pattern`` as (its leading inline flags such as "(?i)", or "", and the rest)."""
    lead = _INLINE_FLAGS.match(pattern)
    return (lead.group(), pattern[lead.end():]) if lead else ("", pattern)


@dataclass(frozen=True)
class _Unit:
    """One gated piece of a split pattern: ``gate`` is the source its literals are read from; ``top`` the
    top-level alternative it belongs to; ``locate`` (a piece of a distributed group only) the source of
    the small pattern that finds where the alternative could match with this piece."""

    gate: str
    top: int
    locate: str | None = None


def split_plan(pattern: str) -> tuple[list[str], list[_Unit]] | None:
    """The top-level alternatives of ``pattern`` (each with its leading inline flags) and its gated pieces,
    or None if it has only one piece or cannot be split safely.

    Each top-level alternative is a piece, except one shaped ``P(?:A|B|C)S`` (a list of phrases in a
    group, ``\\b(?:one|two|three)\\b``), whose pieces are ``P(?:A)S``, ``P(?:B)S`` and ``P(?:C)S``: a
    match of the alternative is a match of the piece of the group's alternative it went through, so a
    piece whose literals a post lacks cannot be how the alternative matches there. The alternative
    itself still does the matching (``_GroupSearch``), only at the places where an open piece's ``P``
    (without its look-arounds) and group alternative match."""
    if _NO_SPLIT.search(pattern):
        return None
    prefix, pattern = _leading_flags(pattern)
    if _INLINE_FLAGS.search(pattern):
        return None
    try:
        bars = list(_scan(pattern))
    except ValueError:
        return None
    tops = [pattern[a + 1:b] for a, b in zip([-1] + bars, bars + [len(pattern)])]
    if not all(tops):
        return None
    units: list[_Unit] = []
    for t, top in enumerate(tops):
        shape = _group_shape(top)
        if shape is None:
            units.append(_Unit(prefix + top, t))
            continue
        head, loose_head, alts, tail = shape
        for alt in alts:
            units.append(_Unit(prefix + head + "(?:" + alt + ")" + tail, t, prefix + loose_head + "(?:" + alt + ")"))
    if len(units) < 2:
        return None
    return [prefix + top for top in tops], units


def split_alternatives(pattern: str) -> list[str] | None:
    """The gated pieces of ``pattern`` (see ``split_plan``), or None if it has only one."""
    plan = split_plan(pattern)
    return [u.gate for u in plan[1]] if plan else None


_LITERAL_CHARS = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 #'’@&,:;/-_%!\"")
_QUANTIFIERS = "?*+{"


def _group_shape(part: str) -> tuple[str, str, list[str], str] | None:
    """``P(?:A|B|C)S`` as (``P``, ``P`` without its look-arounds, [``A``, ``B``, ``C``], ``S``), where ``P``
    is made of ``\\b``, ``^``, look-arounds and literal characters, none of them repeated, and the group
    is not repeated either; None for any other shape."""
    i, n = 0, len(part)
    loose = []
    while i < n:
        if part.startswith(("\\b", "\\B", "\\A"), i):
            loose.append(part[i:i + 2])
            i += 2
        elif part[i] == "^":
            loose.append("^")
            i += 1
        elif part.startswith(("(?=", "(?!", "(?<=", "(?<!"), i):
            try:
                i = next(_scan(part, i, stop_at_close=True))
            except (ValueError, StopIteration):
                return None
        elif part.startswith("(?:", i):
            break
        elif part[i] in _LITERAL_CHARS or (part[i] == "\\" and i + 1 < n and not part[i + 1].isalnum()):
            step = 2 if part[i] == "\\" else 1
            loose.append(part[i:i + step])
            i += step
        else:
            return None
        if i < n and part[i] in _QUANTIFIERS:
            return None
    else:
        return None
    try:
        end = next(_scan(part, i, stop_at_close=True))
        body = part[i + 3:end - 1]
        bars = list(_scan(body))
    except (ValueError, StopIteration):
        return None
    if not bars or (end < n and part[end] in _QUANTIFIERS):
        return None
    alts = [body[a + 1:b] for a, b in zip([-1] + bars, bars + [len(body)])]
    if not all(alts):
        return None
    return part[:i], "".join(loose), alts, part[end:]


class _GroupSearch:
    """``search`` of a top-level alternative ``P(?:A|B|...)S`` on a post where only some of the group's
    pieces are open: the alternative is tried (``match``) only where an open piece's locator matches,
    which every place it can match at is one of (the locators run with ``overlapped``, so no such
    place is skipped)."""

    def __init__(self, whole: Any, locators: list[Any]):
        self.whole = whole
        self.locators = locators
        self._starts: list[int] | None = None

    def _places(self, text: str) -> list[int]:
        if self._starts is None:
            starts: set[int] = set()
            for loc in self.locators:
                starts.update(m.start() for m in loc.finditer(text, overlapped=True, timeout=REGEX_TIMEOUT))
            self._starts = sorted(starts)
        return self._starts

    def search(self, text: str, pos: int = 0, timeout: float | None = None) -> Any:
        starts = self._places(text)
        match = self.whole.match
        for k in range(bisect.bisect_left(starts, pos), len(starts)):
            m = match(text, starts[k], timeout=timeout)
            if m is not None:
                return m
        return None


_NONCAPTURING = re.compile(r"\(\?[a-zA-Z^\-]*:")
_SIMPLE_ESCAPES = set("dDwWsSbB.\\$^*+?()[]{}|/-#&~ nrtf'\"")


def hoist_lookbehind(pattern: str) -> str:
    """A pattern that starts with look-behinds makes ``regex`` test them at every position of the text.
    Put a look-ahead for the first thing the pattern consumes in front, so most positions fail at once:
    ``(?<!for\\s)[$£€]\\d`` -> ``(?=[$£€])(?<!for\\s)[$£€]\\d``. The look-ahead asks for what the pattern
    must match at that very position anyway, so the matches are the same. Unchanged if unsure."""
    if _AS_WRITTEN_INLINE.search(pattern):
        return pattern
    prefix, pattern = _leading_flags(pattern)
    i = 0
    try:
        while pattern.startswith(("(?<=", "(?<!"), i):
            i = next(_scan(pattern, i, stop_at_close=True))
    except (ValueError, StopIteration):
        return prefix + pattern
    if i == 0:
        return prefix + pattern
    k = i + 2 if pattern.startswith("\\b", i) else i
    if k >= len(pattern):
        return prefix + pattern
    c = pattern[k]
    try:
        if c == "(":
            if not _NONCAPTURING.match(pattern, k):
                return prefix + pattern  # a capturing group (copying it would renumber groups) or a look-around
            end = next(_scan(pattern, k, stop_at_close=True))
        elif c == "[":
            end = _class_end(pattern, k)
        elif c == "\\":
            end = k + 2 if k + 1 < len(pattern) and pattern[k + 1] in _SIMPLE_ESCAPES else None
        elif c in ".^$|)*+?{":
            end = None
        else:
            end = k + 1
    except (ValueError, StopIteration):
        end = None
    if end is None or end <= k:
        return prefix + pattern
    if end < len(pattern) and (pattern[end] in "?*" or pattern.startswith(("{0", "{,"), end)):
        return prefix + pattern  # the first thing may be absent
    return prefix + "(?=" + pattern[i:end] + ")" + pattern


# Beyond this many tokens a term is gated on its longest token alone (2 ** (n - 1) spellings otherwise).
_MAX_JOINED_TOKENS = 6


def term_literals(term_doc: Doc) -> set[str] | None:
    """Casefolded strings one of which every text that a ``PhraseMatcher`` on LOWER matches ``term_doc``
    in contains, or None if there are none (an empty term).

    The tokens of a match are consecutive tokens of the text's Doc, and between two consecutive tokens
    the tokenizer leaves either nothing or exactly one space (any other whitespace is a token of its
    own). Each matched token's text lowercases to the term token's LOWER, and casefolding a character
    gives the same as casefolding its lowercase (true of every Unicode character; casefolding has no
    context), so the casefolded text contains the term's casefolded tokens joined by "" or " ". A long
    term is gated on its longest token, which the text contains in any case."""
    toks = [t.lower_.casefold() for t in term_doc]
    if not toks or not all(toks):
        return None
    if len(toks) > _MAX_JOINED_TOKENS:
        return {max(toks, key=len)}
    out = {toks[0]}
    for tok in toks[1:]:
        out = {s + sep + tok for s in out for sep in ("", " ")}
    return out


_WORD_RUN = re.compile(r"\S+")  # what spaCy's tokenizer splits a text into first (``str.isspace``)


def _words_tokenize_alone(nlp: Language) -> bool:
    """Whether a run of letters between whitespace tokenizes alone as it does inside its text.

    spaCy's tokenizer splits a text at whitespace and tokenizes each run by itself (prefixes, suffixes,
    infixes, special cases, its cache: all per run); afterwards its special-case matcher may retokenize
    matched token sequences, but only a special case it holds in the matcher can match (one with a
    prefix, infix or suffix or whitespace in it; all of them without the default heuristics), a match
    that crosses whitespace is applied only for a special case with whitespace between other characters,
    and a match inside a run of letters needs a special case of letters only. With neither kind of
    special case, the tokens of a run of letters are those of the run alone."""
    from spacy.tokenizer import Tokenizer

    tok = nlp.tokenizer
    if type(tok) is not Tokenizer:
        return False
    fast = getattr(tok, "faster_heuristics", False)
    for key in tok.rules or {}:
        if not key.isspace() and any(ch.isspace() for ch in key):
            return False  # (a special case that is all whitespace only ever matches whitespace)
        if key.isalpha() and (not fast or tok.find_prefix(key) or tok.find_infix(key) or tok.find_suffix(key)):
            return False
    return True


def _stock_lower(nlp: Language) -> bool:
    """Whether the vocabulary's LOWER attribute is spaCy's ``str.lower`` (``term_literals`` relies on it)."""
    from spacy.attrs import LOWER
    from spacy.lang.lex_attrs import lower

    return nlp.vocab.lex_attr_getters.get(LOWER) is lower


def _merged_finditer(alts: list[Any], text: str):
    """The matches ``finditer`` of the alternation of ``alts`` (in this order) would give, from searches of
    the single alternatives: at each step the leftmost match, the earliest alternative on a tie. None if
    a match is empty (``finditer``'s rule for what follows an empty match is not reproduced)."""
    out = []
    nexts: list[Any] = [None] * len(alts)
    done = [False] * len(alts)
    pos = 0
    n = len(text)
    while pos <= n:
        best = None
        for k, alt in enumerate(alts):
            if done[k]:
                continue
            m = nexts[k]
            if m is None or m.start() < pos:
                m = nexts[k] = alt.search(text, pos, timeout=REGEX_TIMEOUT)
                if m is None:
                    done[k] = True
                    continue
            if best is None or m.start() < best.start():
                best = m
        if best is None:
            break
        if best.end() == best.start():
            return None
        out.append(best)
        pos = best.end()
    return out


class SpecIndex:
    def __init__(self, nlp: Language, specs: list[Spec]):
        self.specs = {s.key: s for s in specs}
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.lemma = PhraseMatcher(nlp.vocab, attr="LEMMA")
        self.tokens = Matcher(nlp.vocab)
        self.hashtags: dict[str, list[tuple[str, str]]] = defaultdict(list)  # key -> [(spec key, term)]
        self.regexes: list[tuple[str, Any, int | str]] = []
        self.has_lemma = False
        lemma_terms: dict[str, list[str]] = {}
        # per spec key of the lowercase PhraseMatcher: the casefolded strings one of which a post must
        # contain for any of its terms to match (None: no such strings known), see ``term_literals``
        self._term_literals: dict[str, set[str] | None] = {}
        one_word: set[str] = set()  # literals of one-token terms of letters only ("flu") ...
        several: set[str] = set()  # ... and of the other terms ("heart disease", "24/7")
        for spec in specs:
            plain = []
            for term in spec.terms:
                if term.startswith("#") and len(term) > 1:
                    self.hashtags[_hashtag_key(term)].append((spec.key, term))
                else:
                    plain.append(normalize(term).text)
            if plain:
                if spec.match_on == "lemma":
                    lemma_terms[spec.key] = plain
                else:
                    docs = list(nlp.tokenizer.pipe(plain))
                    self.lower.add(spec.key, docs)
                    lits = self._term_literals.setdefault(spec.key, set())
                    for d in docs:
                        got = term_literals(d) if lits is not None else None
                        if got is None:
                            lits = self._term_literals[spec.key] = None
                        else:
                            lits.update(got)
                            (one_word if len(d) == 1 and d[0].text.isalpha() else several).update(got)
            if spec.tokens:
                self.tokens.add(spec.key, [list(p) for p in spec.tokens])
            for p in spec.patterns:
                self.regexes.append((spec.key, LazyPattern(p, spec.ignore_case), spec.group))
        if lemma_terms:
            self.has_lemma = True
            for key, terms in lemma_terms.items():
                self.lemma.add(key, list(nlp.pipe(terms)))
        # each distinct pattern runs once per post, for every spec that uses it, and (after the first
        # few posts) only on posts that contain a literal any match of it must contain (``prefilter``)
        runs: dict[tuple, tuple[Any, int | str, list[str]]] = {}
        for key, pattern, group in self.regexes:
            ident = (pattern.pattern, pattern.flags, group)
            if ident not in runs:
                runs[ident] = (pattern, group, [])
            runs[ident][2].append(key)
        self._regex_runs = list(runs.values())
        by_key: dict[str, list[int]] = defaultdict(list)
        for run_id, (_, _, keys) in enumerate(self._regex_runs):
            for key in keys:
                by_key[key].append(run_id)
        self._runs_by_key = {key: tuple(ids) for key, ids in by_key.items()}
        # A post needs its Doc for the matchers only if a token pattern or lemma term could match, or a
        # lowercase term's literals are in it. The lowercase terms are gated only when the vocabulary's
        # LOWER is ``str.lower`` (what ``term_literals`` relies on) and every spec's literals are known.
        self._doc_always = len(self.tokens) > 0 or bool(lemma_terms)
        self._term_keys: list[str] = []
        if len(self.lower) > 0:
            if _stock_lower(nlp) and all(v for v in self._term_literals.values()):
                self._term_keys = sorted(self._term_literals)
            else:
                self._doc_always = True
        # a literal of a one-word term found inside a word ("tic" in "fantastic") is checked against the
        # tokens of that word alone, when the tokenizer is known to split such a word the same way alone
        # as in its post (``_words_tokenize_alone``)
        alone = bool(self._term_keys) and _words_tokenize_alone(nlp)
        self._one_word = frozenset(one_word - several) if alone else frozenset()
        self._term_automaton: Any = None
        self._word_tokens: dict[str, frozenset[str]] = {}  # word -> its tokens' casefolded lowercase
        self._tokenizer = nlp.tokenizer
        self._gates: LiteralGates | None = None
        self._split_plans: list[tuple[list[str], list[_Unit]]] | None = None
        self._alts: list[list[Any]] = []  # per run: its compiled top-level alternatives (or itself), for gated runs
        self._alt_sources: list[list[str | None]] = []  # per run and piece: a group piece's locator source
        self._tops: list[list[Any]] = []  # per run: its compiled top-level alternatives
        self._unit_top: list[list[int]] = []  # per run and piece: the top-level alternative it belongs to
        self._top_size: list[list[int]] = []  # per run and top-level alternative: how many pieces it has
        self._units: list[tuple[int, int]] = []  # gate index -> (run, alternative)
        self._uses = 0
        self.fast = True  # False: every pattern runs whole on every post (the reference the tests compare to)

    @staticmethod
    def _plan(pattern: Any, group: int | str) -> tuple[list[str], list[_Unit]]:
        """A pattern's top-level alternatives and its gated pieces (one of each if it is not split)."""
        plan = None
        if group == 0 and not pattern.flags & _AS_WRITTEN_FLAGS:
            # (a numbered or named group to report, or flags that change how it reads: run as written)
            plan = split_plan(pattern.pattern)
        return plan or ([pattern.pattern], [_Unit(pattern.pattern, 0)])

    def _plans(self) -> list[tuple[list[str], list[_Unit]]]:
        """Each pattern's ``_plan``, worked out once (the first post asks for them twice: whether the
        shipped table has their gates, then to build them)."""
        if self._split_plans is None:
            self._split_plans = [self._plan(pattern, group) for pattern, group, _ in self._regex_runs]
        return self._split_plans

    def gate_sources(self) -> list[str]:
        """The sources every pattern's gates are read from, in order (what ``build_gates`` reads)."""
        return [u.gate for _, units in self._plans() for u in units]

    def _gates_cheap(self) -> bool:
        """Whether the shipped table has every gate (then building them costs about a millisecond)."""
        return in_table(self.gate_sources())

    def build_gates(self) -> None:
        """Gates per pattern, or per top-level alternative of a pattern that splits: a post then runs only
        the alternatives whose literals it contains (most patterns are long lists of phrases, and a few
        alternatives with common words such as "in" or "our" would otherwise open the whole list)."""
        if self._gates is not None or not (self._regex_runs or self._term_keys):
            return
        sources: list[str] = []
        for run_id, ((pattern, _, _), (tops, units)) in enumerate(zip(self._regex_runs, self._plans())):
            # the top-level alternatives and the group pieces' locators compile when a post first opens
            # them (most never are); one that does not compile alone makes its pattern run whole
            hoisted = [hoist_lookbehind(top) for top in tops]
            # (a pattern that is its only alternative shares its compiled form with the whole run)
            self._tops.append([pattern if len(tops) == 1 and hoisted[0] == pattern.pattern else h for h in hoisted])
            self._unit_top.append([u.top for u in units])
            self._top_size.append([sum(u.top == t for u in units) for t in range(len(tops))])
            self._alts.append([None] * len(units))
            self._alt_sources.append([u.locate for u in units])
            for k, unit in enumerate(units):
                self._units.append((run_id, k))
                sources.append(unit.gate)
        # after the patterns' gates, one per lowercase term spec: open when one of its literals is there
        term_sets = [[frozenset(self._term_literals[key] or ())] for key in self._term_keys]
        self._gates = LiteralGates(sources, term_sets)
        if self._one_word:
            try:
                import ahocorasick
            except ImportError:
                self._one_word = frozenset()
            else:
                automaton = ahocorasick.Automaton(ahocorasick.STORE_ANY, ahocorasick.KEY_STRING)
                for key in self._term_keys:
                    for lit in self._term_literals[key]:  # type: ignore[union-attr]
                        automaton.add_word(lit, lit)
                automaton.make_automaton()
                self._term_automaton = automaton

    def open_runs(self, text: str) -> tuple[dict[int, list[int]], dict[str, list[int]]]:
        """For one post: run -> its alternatives that can match (a pattern that was not split is one
        alternative), runs that cannot match left out; and spec key -> its runs that can match."""
        runs, by_key, _ = self._open(text)
        return runs, by_key

    def _open(self, text: str) -> tuple[dict[int, list[int]], dict[str, list[int]], bool]:
        """``open_runs`` and whether a lowercase term can match ``text``, from one pass of the gates."""
        out: dict[int, list[int]] = {}
        units = self._units
        n_units = len(units)
        terms_open = False
        for u in sorted(self._gates.open_indexes(text)):  # type: ignore[union-attr]
            if u >= n_units:
                terms_open = True
                break  # term gates come after every pattern's
            run_id, k = units[u]
            if run_id in out:
                out[run_id].append(k)
            else:
                out[run_id] = [k]
        by_key: dict[str, list[int]] = {}
        runs = self._regex_runs
        for run_id in out:
            for key in runs[run_id][2]:
                if key in by_key:
                    by_key[key].append(run_id)
                else:
                    by_key[key] = [run_id]
        return out, by_key, terms_open

    def run(self, doc: Doc | None, norm: Normalized, get_doc: Any = None) -> "SpecMatches":
        """Terms, token patterns and hashtags of one post now; its regular expressions when asked for.
        With ``doc`` None, ``get_doc()`` makes the Doc, and only when a matcher could find something."""
        self._uses += 1
        if self.fast and self._gates is None and (self._uses == GATE_AFTER or (self._uses == 1 and self._gates_cheap())):
            self.build_gates()
        if self._uses == GATE_AFTER and self._gates is not None:
            self.compile_all()
        out = SpecMatches(self, norm.text, self._gates)  # the Doc's text, without spaCy joining it again
        if doc is None:
            if self._gates is None or self._doc_always:
                doc = get_doc()
            elif self._term_keys:
                out.open, out._open_by_key, terms_open = self._open(norm.text)
                if terms_open and self._terms_may_match(norm.text):
                    doc = get_doc()
        if doc is not None:
            self._match_doc(doc, out)
        if self.hashtags:
            for s, e, key in norm.hashtags():
                for spec_key, term in self.hashtags.get(key, ()):
                    out.add(spec_key, Hit(s, e, (("matcher", "hashtag"), ("term", term))))
        return out

    def _terms_may_match(self, text: str) -> bool:
        """Whether a lowercase term can match ``text``, whose term gate is open. Every term literal in the
        text is looked at: a one-word term's literal that sits in a word of letters only can be a token
        there only if that word, tokenized alone, has it as a token; any other occurrence may match."""
        if self._term_automaton is None:
            return True
        folded = text.casefold()
        if len(folded) != len(text):
            return True  # offsets in the casefolded text are not those of the text
        one_word, cache = self._one_word, self._word_tokens
        words: list[tuple[int, int]] | None = None
        starts: list[int] = []
        for end, lit in self._term_automaton.iter(folded):
            if lit not in one_word:
                return True
            if words is None:
                words = [m.span() for m in _WORD_RUN.finditer(text)]
                starts = [a for a, _ in words]
            a, b = words[bisect.bisect_right(starts, end - len(lit) + 1) - 1]
            word = text[a:b]
            if not word.isalpha():
                return True
            tokens = cache.get(word)
            if tokens is None:
                if len(cache) >= 100_000:
                    cache.clear()
                tokens = cache[word] = frozenset(t.lower_.casefold() for t in self._tokenizer(word))
            if lit in tokens:
                return True
        return False

    def _match_doc(self, doc: Doc, out: "SpecMatches") -> None:
        vocab = doc.vocab
        for matcher, how in ((self.lower, "terms"), (self.lemma, "lemma"), (self.tokens, "tokens")):
            if len(matcher) == 0:
                continue
            for match_id, s, e in matcher(doc):
                span = doc[s:e]
                out.add(vocab.strings[match_id], Hit(span.start_char, span.end_char, (("matcher", how),)))

    def _locator(self, run_id: int, k: int) -> Any:
        """The compiled locator of group piece ``k`` of pattern ``run_id``, or False if it does not compile."""
        compiled = self._alts[run_id][k]
        if compiled is None:
            pattern = self._regex_runs[run_id][0]
            try:
                compiled = regex.compile(self._alt_sources[run_id][k], pattern.flags)
            except (regex.error, ValueError, OverflowError, RecursionError):
                compiled = False
            self._alts[run_id][k] = compiled
        return compiled

    def compile_all(self) -> None:
        """Compile every pattern, alternative and locator now. A Checker that has seen a few posts is
        checking a batch, where compiling as posts first open them would only spread the same work over
        the run; a cold check of one post compiles only what that post opens."""
        for run_id, (pattern, _, _) in enumerate(self._regex_runs):
            if isinstance(pattern, LazyPattern):
                pattern.compiled()
            for t in range(len(self._tops[run_id])):
                self._top(run_id, t)
            for k, source in enumerate(self._alt_sources[run_id]):
                if source is not None:
                    self._locator(run_id, k)

    def _top(self, run_id: int, t: int) -> Any:
        """The compiled top-level alternative ``t`` of pattern ``run_id``, or False if it does not compile alone."""
        top = self._tops[run_id][t]
        if isinstance(top, str):
            try:
                top = regex.compile(top, self._regex_runs[run_id][0].flags)
            except (regex.error, ValueError, OverflowError, RecursionError):
                top = False
            self._tops[run_id][t] = top
        return top

    def _search(self, run_id: int, out: "SpecMatches", alts: list[int] | None = None) -> None:
        """Search one pattern; with ``alts``, only those of its pieces (the others cannot match)."""
        pattern, group, keys = self._regex_runs[run_id]
        try:
            matches = None
            if alts is not None and (len(alts) == 1 or len(alts) < len(self._alts[run_id])):
                matches = self._open_search(run_id, alts, out.text)
            if matches is None:
                matches = pattern.finditer(out.text, timeout=REGEX_TIMEOUT)
            for m in matches:
                try:
                    s, e = m.span(group)
                except IndexError:
                    s, e = m.span()
                if s < 0 or s == e:
                    continue
                hit = Hit(s, e, (("matcher", "pattern"), ("pattern", pattern.pattern[:80])))
                for key in keys:
                    out.add(key, hit)
        except TimeoutError:
            raise PatternTimeout(keys[0]) from None

    def _open_search(self, run_id: int, alts: list[int], text: str):
        """The matches of pattern ``run_id`` on ``text`` given that only its pieces ``alts`` (in order) can
        match there, or None to run the whole pattern instead."""
        unit_top, sizes = self._unit_top[run_id], self._top_size[run_id]
        searchers: list[Any] = []
        i, n = 0, len(alts)
        while i < n:
            top = unit_top[alts[i]]
            j = i + 1
            while j < n and unit_top[alts[j]] == top:
                j += 1
            compiled = self._top(run_id, top)
            if compiled is False:
                return None  # an alternative that does not compile alone: the whole pattern runs
            if j - i == sizes[top]:
                searchers.append(compiled)  # every piece of it is open (or it is one piece)
            else:
                locators = [self._locator(run_id, k) for k in alts[i:j]]
                if not all(locators):
                    return None  # a locator that does not compile alone: the whole pattern runs
                searchers.append(_GroupSearch(compiled, locators))
            i = j
        if len(searchers) == 1 and not isinstance(searchers[0], _GroupSearch):
            return searchers[0].finditer(text, timeout=REGEX_TIMEOUT)
        return _merged_finditer(searchers, text)


class SpecMatches(dict):
    """Hits per spec key for one post. A spec's regular expressions run the first time someone asks for
    its hits, so a ``near``, ``unless`` or ``require`` pattern is never searched in a post where the
    rule's main match is absent. Reading all keys (iterating, ``items()``) searches everything first."""

    def __init__(self, index: SpecIndex, text: str, gates: LiteralGates | None = None):
        super().__init__()
        self.index = index
        self.text = text
        self.gates = gates
        self.open: dict[int, list[int]] | None = None  # runs (and alternatives) the gates let through
        self._open_by_key: dict[str, list[int]] = {}
        self._done: set[int] = set()
        self._filled: set[str] = set()

    def add(self, key: str, hit: Hit) -> None:
        dict.setdefault(self, key, []).append(hit)

    def _fill(self, key: str) -> None:
        if key in self._filled:
            return
        self._filled.add(key)
        if self.gates is None:
            for run_id in self.index._runs_by_key.get(key, ()):
                if run_id not in self._done:
                    self._done.add(run_id)
                    self.index._search(run_id, self)
            return
        if self.open is None:
            self.open, self._open_by_key = self.index.open_runs(self.text)
        # only the patterns whose literals the post contains; the others cannot match it
        for run_id in self._open_by_key.get(key, ()):
            if run_id not in self._done:
                self._done.add(run_id)
                self.index._search(run_id, self, self.open[run_id])

    def possible(self) -> set[str] | None:
        """The spec keys that may have a hit in this post (a term or hashtag hit, or a pattern that can
        match), found without searching anything; None when unknown (no gates yet): any key may."""
        if self.gates is None:
            return None
        if self.open is None:
            self.open, self._open_by_key = self.index.open_runs(self.text)
        return set(dict.keys(self)).union(self._open_by_key)

    def _fill_all(self) -> None:
        for key in self.index._runs_by_key:
            self._fill(key)

    def get(self, key, default=None):
        self._fill(key)
        return dict.get(self, key, default)

    def __getitem__(self, key):
        self._fill(key)
        return dict.__getitem__(self, key)

    def __contains__(self, key) -> bool:
        self._fill(key)
        return dict.__contains__(self, key)

    def __iter__(self):
        self._fill_all()
        return dict.__iter__(self)

    def __len__(self) -> int:
        self._fill_all()
        return dict.__len__(self)

    def keys(self):
        self._fill_all()
        return dict.keys(self)

    def values(self):
        self._fill_all()
        return dict.values(self)

    def items(self):
        self._fill_all()
        return dict.items(self)
