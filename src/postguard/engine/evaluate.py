"""Evaluate rules against a post's analysis.

Cheap policy over expensive annotations: the analysis (spaCy Doc, spec matches, Presidio results,
topic scores) is computed once per post; every rule here only reads it.
"""

from __future__ import annotations

import bisect
import hashlib
import re
from dataclasses import dataclass, field
from typing import Any


from ..findings import Finding, Location, mask
from ..normalize import Normalized
from ..packs.loader import LazyPattern, RuleSet
from ..packs.model import Rule, Spec
from ..sources import Post
from ..analyzers.matchers import REGEX_TIMEOUT, Hit, PatternTimeout
from ..analyzers.sentences import sentence_of, sentence_spans
from .measures import measure

from ..platforms import DEFAULT_MORE_CUT, PLATFORM_MORE_CUT, length_limit  # noqa: F401 (re-exported)


@dataclass
class Analysis:
    post: Post
    norm: Normalized
    doc: Any
    sentences: list[tuple[int, int]]
    matches: dict[str, list[Hit]] = field(default_factory=dict)
    entities: list[Any] = field(default_factory=list)
    cats: dict[str, float] = field(default_factory=dict)
    topic_evidence: dict[str, tuple[int, int, float]] = field(default_factory=dict)
    found: list[tuple[str, str, int, int]] = field(default_factory=list)  # (rule id, category, start, end) so far
    cache: dict[Any, Any] = field(default_factory=dict, repr=False)  # per-post values rules share (lowercased text, ...)
    errors: list[str] = field(default_factory=list)  # per-post problems (a rule's pattern cut off), one line each


class LazyAnalysis(Analysis):
    """An Analysis whose spaCy Doc is made the first time someone reads ``doc`` (and its sentence spans
    the first time someone reads ``sentences``).

    For a pipeline with no components the Doc is only the tokenizer's output, and most rules never read
    it: a post whose term literals are absent and that no ``near`` window reaches is never tokenized.
    ``make_doc`` is the pipeline's own ``make_doc``, so the Doc is the one ``nlp.pipe`` would give."""

    def __init__(self, post: Post, norm: Normalized, make_doc: Any):
        self._make_doc = make_doc
        super().__init__(post=post, norm=norm, doc=None, sentences=None)  # type: ignore[arg-type]

    @property  # type: ignore[override]
    def doc(self) -> Any:
        doc = self._doc
        if doc is None:
            doc = self._doc = self._make_doc(self.norm.text)
        return doc

    @doc.setter
    def doc(self, value: Any) -> None:
        self._doc = value

    @property  # type: ignore[override]
    def sentences(self) -> list[tuple[int, int]]:
        spans = self._sentences
        if spans is None:
            spans = self._sentences = sentence_spans(self.norm.text)
        return spans

    @sentences.setter
    def sentences(self, value: list[tuple[int, int]] | None) -> None:
        self._sentences = value


def post_where(post: Post) -> str:
    """Where a post starts, for one-line per-post errors: ``path:line:col``, or its id when it has no file."""
    if post.path is None:
        return f"post {post.id}" if post.id is not None else "<text>"
    return f"{post.path}:{post.line}:{post.column}"


def _words_re(words: tuple[str, ...]):
    if not words:
        return None
    alts = sorted((re.escape(w.lower()).replace(r"\ ", r"\s+") for w in words), key=len, reverse=True)
    return re.compile(r"(?<![\w])(?:" + "|".join(alts) + r")(?![\w])")


def _norm_value(s: str) -> str:
    return " ".join(s.lower().split())


def _digits(s: str) -> str:
    return "".join(ch for ch in s if ch.isdigit())


class RuleEngine:
    def __init__(self, ruleset: RuleSet, rules: list[Rule]):
        self.ruleset = ruleset
        self.rules = rules
        allow = list(ruleset.allow)
        self._allow_global = _words_re(tuple(allow))
        self._allow_values = {_norm_value(a) for a in allow}
        self._allow_digits = {_digits(a) for a in allow if len(_digits(a)) >= 7}
        self._rule_allow = {r.id: (_words_re(r.allow), {_norm_value(a) for a in r.allow}, {_digits(a) for a in r.allow if len(_digits(a)) >= 7}) for r in rules if r.allow}
        self._context = {r.id: (_words_re(r.context), _words_re(r.exclude_context)) for r in rules}
        self._exclude = {r.id: [LazyPattern(p) for p in r.exclude_match] for r in rules if r.exclude_match}
        # rules that read other rules' findings (a spec with ``findings``) run after all the others
        def _reads_findings(r: Rule) -> bool:
            return any(sp is not None and sp.findings for sp in (r.spec, r.near, r.unless, r.when, r.require))
        self._ordered = [r for r in rules if not _reads_findings(r)] + [r for r in rules if _reads_findings(r)]
        # rules whose hits are just their spec's matches: a post without any is skipped at once
        self._match_key = {r.id: r.spec.key for r in rules if r.kind in ("terms", "pattern", "tokens")
                           and r.spec is not None and not r.spec.entities and not r.spec.findings}

    # -- spec helpers ---------------------------------------------------------------------------
    def _spec_hits(self, a: Analysis, spec: Spec) -> list[Hit]:
        if spec.entities:
            hits = [Hit(r.start, r.end, (("entity", r.entity_type), ("score", round(r.score, 2))))
                    for r in a.entities if r.entity_type in spec.entities and r.score >= spec.min_score]
        else:
            hits = a.matches.get(spec.key, [])
        if spec.findings:  # earlier findings of these categories or rules in the same post
            hits = list(hits) + [Hit(fs, fe, (("finding", rid),)) for rid, cat, fs, fe in a.found
                                 if (cat in spec.findings or rid in spec.findings) and rid not in spec.findings_except]
        if spec.within is not None:
            limit = spec.within if isinstance(spec.within, int) else PLATFORM_MORE_CUT.get(a.post.platform or "", DEFAULT_MORE_CUT)
            hits = [h for h in hits if a.norm.span(h.start, h.end)[1] <= limit]
        return hits

    def _near(self, a: Analysis, hit: Hit, spec: Spec) -> Hit | None:
        candidates = self._spec_hits(a, spec)
        if not candidates:
            return None
        if spec.window == 0:
            s, e = sentence_of(a.sentences, hit.start)
            for c in candidates:
                if s <= c.start < e or s < c.end <= e:
                    return c
            return None
        doc = a.doc
        tok = _token_index(doc, hit.start)
        tok_end = _token_index(doc, max(hit.end - 1, hit.start))
        lo = doc[max(0, tok - spec.window)].idx
        hi_tok = doc[min(len(doc) - 1, tok_end + spec.window)]
        hi = hi_tok.idx + len(hi_tok.text)
        for c in candidates:
            if lo <= c.start < hi and c is not hit and (c.start, c.end) != (hit.start, hit.end):
                return c
        return None

    def _context_window(self, a: Analysis, hit: Hit, window: int) -> str:
        doc = a.doc
        if len(doc) == 0:
            return ""
        tok = _token_index(doc, hit.start)
        tok_end = _token_index(doc, max(hit.end - 1, hit.start))
        lo = doc[max(0, tok - window)].idx
        hi_tok = doc[min(len(doc) - 1, tok_end + window)]
        hi = hi_tok.idx + len(hi_tok.text)
        text = a.norm.text  # the Doc's text; ``doc.text`` would join every token again on each call
        return (text[lo:hit.start] + " " + text[hit.end:hi]).lower()

    def _allowed(self, a: Analysis, rule: Rule, hit: Hit) -> bool:
        value = a.norm.text[hit.start:hit.end]
        nv, dv = _norm_value(value), _digits(value)
        checks = [(self._allow_global, self._allow_values, self._allow_digits)]
        if rule.id in self._rule_allow:
            checks.append(self._rule_allow[rule.id])
        for pattern, values, digits in checks:
            if nv in values or (len(dv) >= 7 and dv in digits):
                return True
            if pattern is not None:
                # allowed spans are found once per post and pattern, not once per hit
                key = ("allow", id(pattern))
                spans = a.cache.get(key)
                if spans is None:
                    if "lower" not in a.cache:
                        a.cache["lower"] = a.norm.text.lower()
                    spans = a.cache[key] = [m.span() for m in pattern.finditer(a.cache["lower"])]
                for ms, me in spans:
                    if ms <= hit.start and hit.end <= me:
                        return True
                    # an allowed name that overlaps the start of a term match ("On Guard" vs "guard")
                    if rule.kind == "terms" and ms < hit.end and hit.start < me:
                        return True
        return False

    # -- per kind -------------------------------------------------------------------------------
    def _hits(self, a: Analysis, rule: Rule) -> list[Hit]:
        kind = rule.kind
        if kind in ("terms", "pattern", "tokens"):
            assert rule.spec is not None
            return list(self._spec_hits(a, rule.spec))
        if kind == "entity":
            assert rule.spec is not None
            hits = []
            confirm, cancel = self._context[rule.id]
            for h in self._spec_hits(a, rule.spec):
                if confirm is not None or cancel is not None:
                    window = self._context_window(a, h, rule.context_window)
                    confirmed = confirm is not None and confirm.search(window) is not None
                    if not confirmed:
                        if rule.context and not rule.exclude_context:
                            continue  # context required
                        if cancel is not None and cancel.search(window):
                            continue
                    h = Hit(h.start, h.end, h.evidence + ((("context", "confirmed"),) if confirmed else ()))
                hits.append(h)
            return hits
        if kind == "require":
            assert rule.when is not None and rule.require is not None
            whens = self._spec_hits(a, rule.when)
            if not whens or self._spec_hits(a, rule.require):
                return []
            first = min(whens, key=lambda h: h.start)
            return [Hit(first.start, first.end, first.evidence + (("missing", rule.require.key),))]
        if kind == "limit":
            if rule.max_platform:
                # the platform's own length limit, on the text as written (the main post, not comments/alt text)
                mx = length_limit(a.post.platform)
                if mx is None or a.post.part in ("first_comment", "alt_text") or len(a.post.text) <= mx:
                    return []
                n = len(a.norm.text)
                s = bisect.bisect_left(a.norm.starts, mx)  # first normalized character past the limit
                return [Hit(min(s, n - 1), n, (("measure", rule.measure), ("value", len(a.post.text)), ("max", mx)))]
            value, spans = measure(rule.measure or "", a.norm.text)
            if len(a.norm.text) < rule.min_chars or rule.max is None or value <= rule.max:
                return []
            if rule.measure in ("caps_ratio", "characters", "exclamation_run") or not spans:
                s, e = (spans[0][0], spans[-1][1]) if spans else (0, len(a.norm.text))
            else:
                idx = min(int(rule.max), len(spans) - 1)
                s, e = spans[idx][0], spans[-1][1]
            return [Hit(s, e, (("measure", rule.measure), ("value", round(value, 3)), ("max", rule.max)))]
        if kind == "topic":
            score = a.cats.get(rule.label or "", 0.0)
            if rule.threshold is None or score < rule.threshold:
                return []
            s, e, sent_score = a.topic_evidence.get(rule.label or "", (0, len(a.norm.text), score))
            return [Hit(s, e, (("label", rule.label), ("score", round(score, 3)), ("sentence_score", round(sent_score, 3))))]
        return []

    def evaluate(self, a: Analysis) -> list[Finding]:
        findings: list[Finding] = []
        platform = a.post.platform
        a.found = []
        match_key = self._match_key
        matches = a.matches
        # SpecMatches knows from the gates which specs cannot have a hit, without searching
        possible = matches.possible() if hasattr(matches, "possible") else None
        for rule in self._ordered:
            if rule.platforms and platform not in rule.platforms:
                continue
            try:
                key = match_key.get(rule.id)
                if key is not None and ((possible is not None and key not in possible) or not matches.get(key)):
                    continue  # no match of the rule's spec in this post
                self._apply(a, rule, findings)
            except PatternTimeout as exc:
                # one pathological pattern on one post: report it against the post, keep the other rules
                a.errors.append(f"{post_where(a.post)}: {exc}")
        findings.sort(key=lambda f: (f.start, f.end, f.rule))
        _mask_private_inside(findings)
        return findings

    def _apply(self, a: Analysis, rule: Rule, findings: list[Finding]) -> None:
        hits = self._hits(a, rule)
        if not hits:
            return
        if rule.unless is not None and self._spec_hits(a, rule.unless):
            return
        seen: set[tuple[int, int]] = set()
        reach = -1
        for hit in sorted(hits, key=lambda h: (h.start, -h.end)):
            evidence = dict(hit.evidence)
            start, end = hit.start, hit.end
            if rule.near is not None:
                other = self._near(a, hit, rule.near)
                if other is None:
                    continue
                evidence["near"] = a.norm.text[other.start:other.end]
                start, end = min(start, other.start), max(end, other.end)
            if self._allowed(a, rule, hit):
                continue
            if rule.id in self._exclude and evidence.get("context") != "confirmed":
                # a confirming context word ("my personal email") wins over an excluded shape
                value = a.norm.text[hit.start:hit.end]
                try:
                    if any(p.search(value, timeout=REGEX_TIMEOUT) for p in self._exclude[rule.id]):
                        continue
                except TimeoutError:
                    raise PatternTimeout(rule.id) from None
            if rule.near is None:
                # hits come sorted by start, so a span inside an earlier one ends by the furthest end so far
                if end <= reach:
                    continue  # inside a span this rule already reported
                reach = end
            else:  # widened by the near match, spans are no longer in order of their ends
                if any(s <= start and end <= e for s, e in seen):
                    continue  # inside a span this rule already reported
                seen.add((start, end))
            a.found.append((rule.id, rule.category, start, end))
            findings.append(self._finding(a, rule, start, end, evidence))

    def _finding(self, a: Analysis, rule: Rule, start: int, end: int, evidence: dict[str, Any]) -> Finding:
        ostart, oend = a.norm.span(start, end)
        post = a.post
        match = post.text[ostart:oend]
        line, col = post.locate(ostart)
        eline, ecol = post.locate_end(oend)
        template = rule.message
        for key in ("score", "value", "max", "label"):
            if key in evidence:
                template = template.replace("{" + key + "}", str(evidence[key]))
        shown = mask(match) if rule.sensitive else match
        if "norm_value" not in a.cache:
            a.cache["norm_value"] = _norm_value(post.text)
        fp_src = "\x1f".join((rule.id, _norm_value(match), a.cache["norm_value"]))
        return Finding(
            rule=rule.id, category=rule.category, severity=rule.severity,
            message=template.replace("{match}", shown), start=ostart, end=oend, match=match,
            suggestion=rule.suggestion, evidence=evidence, link=rule.link, sensitive=rule.sensitive,
            location=Location(post.path, line, col, eline, ecol), post_id=post.id, part=post.part,
            fingerprint=hashlib.sha256(fp_src.encode("utf-8")).hexdigest()[:20], _template=template,
        )


def _mask_private_inside(findings: list[Finding]) -> None:
    """Mask the private values that other findings' matches quote (a topic rule's sentence, a ``near`` span)."""
    private = [(f.start, f.end) for f in findings if f.sensitive]
    if not private:
        return
    for f in findings:
        if f.sensitive:
            continue
        inside = [(max(s, f.start) - f.start, min(e, f.end) - f.start) for s, e in private if s < f.end and f.start < e]
        if not inside:
            continue
        chars = list(f.match)
        for s, e in inside:
            chars[s:e] = mask(f.match[s:e])  # same length: only letters and digits become '*'
        f.masked_match = "".join(chars)
        if f._template:
            f.message = f._template.replace("{match}", f.masked_match)


def _token_index(doc, char: int) -> int:
    lo, hi = 0, len(doc) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if doc[mid].idx <= char:
            lo = mid
        else:
            hi = mid - 1
    return lo
