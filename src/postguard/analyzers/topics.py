"""Topic scores from the classifier shipped in ``postguard/models/topics``.

The classifier is a spaCy ``textcat_multilabel`` component trained by ``training/train_topics.py``, with
the labels in ``LABELS``: ``politics`` and ``religion`` for the core controversy rules, and
``income_claim``, ``health_claim``, ``hard_sell`` and ``private`` as classifier backstops for the
direct-sales and private rules (all scored in the same pass). It is loaded on its own (no second
pipeline) and applied to the Doc the Checker already made, so a post is tokenized once. Besides the
post's score per label, the scorer finds the sentence (or hashtag) that scores highest for each label and
records it as the evidence span a ``topic`` rule reports.

Two model shapes are supported, as the model's config says:

- a bag of lowercase unigrams and bigrams feeding one logistic layer (``postguard.TopicBOW.v1``):
  scored on the Doc's token array directly, every sentence with it;
- spaCy's ``TextCatEnsemble`` (that bag of words beside a small CNN over hashed word features, no
  pretrained vectors): the whole posts of a batch go through the model in one call, and the sentences
  of a post are scored only when a rule asks for the evidence, that is when the post is flagged.

Training and evaluation (``training/train_topics.py``) score posts through this same class.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ..errors import ConfigError

MODEL_DIR = Path(__file__).resolve().parent.parent / "models" / "topics"
LEXICON_DIR = Path(__file__).resolve().parent.parent / "models" / "lexicons"
ARCHITECTURE = "postguard.TopicBOW.v1"
# the same bag of words plus one feature per lexicon: "the text names one of the lexicon's terms"
ARCHITECTURE_LEXICON = "postguard.TopicBOW.v2"
COMPONENT = "textcat_multilabel"
# The labels of the shipped model (tests check this against the model): a `topic` rule must name one.
# politics and religion drive the core controversy rules; the other four are classifier backstops for
# the direct-sales and private rules, scored in the same pass.
LABELS = ("politics", "religion", "income_claim", "health_claim", "hard_sell", "private")
# A post or part with fewer words than this is not scored (its score would be the model's prior).
MIN_WORDS = 3
_WORD = re.compile(r"[^\W\d_]+")


def read_lexicon(name: str, directory: Path = LEXICON_DIR) -> list[tuple[str, ...]]:
    """The terms of ``models/lexicons/NAME.txt``: one per line, lowercase, one or two tokens; ``#`` comments."""
    terms = []
    path = directory / f"{name}.txt"
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        words = tuple(line.split())
        if len(words) > 2 or line != line.lower():
            raise ConfigError(f"{path}:{n}: a lexicon term is one or two lowercase tokens, got {line!r}")
        terms.append(words)
    return terms


_LEXICON_KEYS: dict[str, tuple[frozenset, frozenset, int]] = {}


def lexicon_keys(name: str):
    """(unigram keys, bigram keys, feature key) of a lexicon, as the bag of words hashes them (the keys as
    sets of ints)."""
    got = _LEXICON_KEYS.get(name)
    if got is None:
        import numpy
        from spacy.strings import hash_string
        from thinc.api import NumpyOps

        ops = NumpyOps()
        uni, bi = [], []
        for words in read_lexicon(name):
            hashes = numpy.asarray([hash_string(w) for w in words], dtype="uint64")
            if len(words) == 1:
                uni.append(int(hashes[0]))
            else:
                bi.append(int(ops.ngrams(2, hashes)[0]))
        got = (frozenset(uni), frozenset(bi), hash_string(f"postguard:lexicon:{name}"))
        _LEXICON_KEYS[name] = got
    return got


def _lexicon_hits(unigrams: list[int], bigrams: list[int], keys) -> int:
    """How many terms of a lexicon (its ``lexicon_keys``) a run of tokens holds, from the run's unigram and
    bigram keys (a post has a few dozen tokens: set lookups of plain ints beat numpy.isin's sorting)."""
    uni, bi, _ = keys
    return sum(1 for v in unigrams if v in uni) + sum(1 for v in bigrams if v in bi)


def _ngrams_with_lexicons(model, docs, is_train: bool):
    """spaCy's ``extract_ngrams`` forward, plus each lexicon's feature key, counted once per term found."""
    import numpy

    ops = model.ops
    attr, size = model.attrs["attr"], model.attrs["ngram_size"]
    lexicons = [lexicon_keys(name) for name in model.attrs["lexicons"].split()]
    batch_keys, batch_vals = [], []
    for doc in docs:
        unigrams = numpy.ascontiguousarray(doc.to_array([attr]), dtype="uint64")
        grams = [unigrams] + [ops.ngrams(n, unigrams) if len(unigrams) >= n else unigrams[:0] for n in range(2, size + 1)]
        bigrams = grams[1] if size >= 2 else (ops.ngrams(2, unigrams) if len(unigrams) >= 2 else unigrams[:0])
        extra = []
        if lexicons:
            uni_list, bi_list = unigrams.tolist(), bigrams.tolist()
            for keys in lexicons:
                hits = _lexicon_hits(uni_list, bi_list, keys)
                if hits:
                    extra.append(numpy.full(hits, keys[2], dtype="uint64"))
        keys, vals = numpy.unique(numpy.concatenate(grams + extra), return_counts=True)
        batch_keys.append(keys)
        batch_vals.append(vals)
    lengths = ops.asarray([len(k) for k in batch_keys], dtype="int32")
    keys = ops.asarray(numpy.concatenate(batch_keys) if batch_keys else numpy.zeros(0, dtype="uint64"))
    vals = ops.asarray(numpy.concatenate(batch_vals) if batch_vals else numpy.zeros(0), dtype="f")
    return (keys, vals, lengths), lambda dY: []


def _register() -> None:
    """Register the architectures the shipped model's config may name (idempotent)."""
    from spacy.attrs import LOWER
    from spacy.ml.models.textcat import build_bow_text_classifier_v3
    from spacy.util import registry

    if ARCHITECTURE in registry.architectures:
        return

    def build_topic_bow(ngram_size: int, length: int, nO: int | None = None):
        # spaCy's bag-of-words classifier counts ORTH n-grams; we want case to not matter
        # ("VOTE", "Vote", "vote"), so the same model reads LOWER instead.
        model = build_bow_text_classifier_v3(exclusive_classes=False, ngram_size=ngram_size,
                                             no_output_layer=False, length=length, nO=nO)
        for node in model.walk():
            if node.name == "extract_ngrams":
                node.attrs["attr"] = LOWER
        return model

    def build_topic_bow_lexicons(ngram_size: int, length: int, lexicons: list[str], nO: int | None = None):
        # The bag of words above, plus one feature per lexicon (models/lexicons/NAME.txt) that fires for
        # each term of it the text contains: the model learns one weight for "names a political actor"
        # from the names its training posts use, and applies it to every name in the list.
        for name in lexicons:
            lexicon_keys(name)  # a missing or malformed lexicon fails here, when the model is built
        model = build_topic_bow(ngram_size, length, nO)
        for node in model.walk():
            if node.name == "extract_ngrams":
                node.attrs["lexicons"] = " ".join(lexicons)
                node._func = _ngrams_with_lexicons
        return model

    registry.architectures.register(ARCHITECTURE, func=build_topic_bow)
    registry.architectures.register(ARCHITECTURE_LEXICON, func=build_topic_bow_lexicons)


def load_model(path: Path | str = MODEL_DIR, tokenizer: bool = True):
    """Load the shipped topic pipeline (tokenizer + textcat); raises ConfigError if it is missing.
    ``tokenizer=False``: the classifier alone, for Docs another pipeline's tokenizer makes."""
    from .nlp import load_saved

    _register()
    path = Path(path)
    if not (path / "config.cfg").is_file():
        raise ConfigError(f"topic model not found in {path}; reinstall postguard or run training/train_topics.py")
    try:
        return load_saved(path, tokenizer=tokenizer)  # spacy.load, without building tokenizers it never uses
    except (OSError, ValueError) as exc:
        raise ConfigError(f"cannot load the topic model in {path}: {str(exc).splitlines()[0]}") from None


class TopicScorer:
    """Score a post's topics on the Checker's Doc and find the sentence or hashtag behind each score.

    A post's score for a label combines the whole post's score with the score of its parts, as the
    model's ``meta.json`` says (``postguard.combine``): ``post`` uses the post alone; ``hashtags`` at
    least the mean of the post's score and its best hashtag's ("New lipstick! #defundthepolice");
    ``mean`` the mean of the post's score and its best part's (a sentence or a hashtag), which keeps one
    partisan sentence from being drowned by the business news around it without letting a single loaded
    word decide (the bag of words, whose parts cost next to nothing, treats ``hashtags`` like ``mean``).
    A post of one part is its own best part. The ensemble scores a batch's posts and their parts in one
    call; the best part is the evidence span (with ``hashtags`` found only when a rule asks for it).
    """

    def __init__(self, nlp: Any = None, path: Path | str = MODEL_DIR):
        self.model_nlp = load_model(path, tokenizer=nlp is None)
        self.textcat = self.model_nlp.get_pipe(COMPONENT)
        self.labels = tuple(self.textcat.labels)
        meta = self.model_nlp.meta.get("postguard") or {}  # what the trainer recorded beside the model
        self.combine = meta.get("combine", "post")
        if self.combine not in ("post", "mean", "hashtags"):
            raise ConfigError(f"topic model in {path}: unknown combine mode {self.combine!r}")
        # Evidence: how far a text's words raise its logit above the model's bias (its prior). Text with
        # no such words ("nothing to see") would otherwise score the prior, near the thresholds; its
        # score is scaled down until the words give at least ``min_evidence``.
        self.min_evidence = float(meta.get("min_evidence", 0.0))
        # Short posts (fewer than ``short.words`` words): a one-line jab and one-line filler ("make it make
        # sense", "not my president") look alike to the model, so a short post must score higher to count.
        # The trainer chooses, on the dev split's short posts, the score ``raw`` a short post needs for what
        # a longer post needs ``rule`` (a label's threshold); a short post's score is mapped piecewise
        # linearly so that raw -> rule, 0 -> 0 and 1 -> 1 (monotone: a higher raw score stays higher).
        short = meta.get("short") or {}
        self.short_words = int(short.get("words", 0))
        self.short_points = {self.labels.index(label): (float(raw), float(rule))
                             for label, (raw, rule) in (short.get("points") or {}).items() if label in self.labels}
        # Named parts: a label's score is at least the score of the post's best sentence that names a term
        # of a lexicon (``named``: label -> lexicon), scored alone: "... Fresh sourdough from 8. And Sunak and
        # his mates should be ashamed." is not drowned by the bread, and a sentence naming nobody is not
        # read this way. Only posts of two parts or more (a post of one part is its own best part).
        self.named = {self.labels.index(label): name for label, name in (meta.get("named") or {}).items()
                      if label in self.labels}
        # The Checker's tokenizer makes the Docs; the classifier only reads hashed LOWER values, which
        # are the same in any vocab, so it runs on the Checker's Doc as it is.
        self.tokenizer = nlp.tokenizer if nlp is not None else self.model_nlp.tokenizer
        # Fast path for the bag-of-words model: n-gram keys of the post and of each part are cut from
        # the one Doc's token array and scored with a single call to the sparse linear layer.
        self._bow = None
        model = self.textcat.model
        ngrams = [node for node in model.walk() if node.name == "extract_ngrams"]
        # (only for the plain bag of words: an ensemble also has the linear layer, but not as its output)
        bow_only = not model.has_ref("tok2vec")
        if bow_only and len(ngrams) == 1 and not ngrams[0].attrs.get("lexicons") and model.has_ref("output_layer") and model.get_ref("output_layer").name.startswith("sparse_linear"):
            self._bow = (ngrams[0].attrs["attr"], ngrams[0].attrs["ngram_size"], model.get_ref("output_layer"))
        if self.named:  # (the fast path scores a post's own parts only)
            self._bow = None
        self._bias: dict[str, float] | None = None
        if bow_only and model.has_ref("output_layer") and model.get_ref("output_layer").has_param("b"):
            bias = model.get_ref("output_layer").get_param("b")
            self._bias = {label: float(bias[i]) for i, label in enumerate(self.labels)}

    def _shorten(self, text: str, row) -> None:
        """Map the scores (one row, in place) of a post under ``short_words`` words; see ``__init__``."""
        if not self.short_points or word_count(text) >= self.short_words:
            return
        for i, (raw, rule) in self.short_points.items():
            x = float(row[i])
            row[i] = x * rule / raw if x <= raw else rule + (x - raw) * (1.0 - rule) / (1.0 - raw)

    def _probabilities(self, logits):
        """Logits to scores, scaled down where the words give less than ``min_evidence`` over the prior."""
        import numpy

        probs = 0.5 * (1.0 + numpy.tanh(logits / 2.0))  # the logistic function, without overflow
        if self.min_evidence > 0 and self._bias is not None:
            evidence = logits - numpy.asarray([self._bias[label] for label in self.labels])
            probs = probs * numpy.clip(evidence / self.min_evidence, 0.0, 1.0)
        return probs

    def predict(self, docs: list[Any]) -> list[dict[str, float]]:
        """Raw classifier scores of Docs (no combining with parts)."""
        if not docs:
            return []
        scores = self._model_probabilities(docs)
        return [{label: float(row[i]) for i, label in enumerate(self.labels)} for row in scores]

    def score_many(self, analyses: list[Any]) -> None:
        """``score`` every analysis; the ensemble runs the batch's posts, and the parts it combines them
        with, through the model in one call."""
        if self._bow is not None:
            for a in analyses:
                self.score(a)
            return
        todo = []
        for a in analyses:
            if len(a.doc) and word_count(a.norm.text) >= MIN_WORDS:
                todo.append(a)
            else:
                self._score_nothing(a)
        if not todo:
            return
        import numpy

        # the parts a post's score is combined with: "hashtags", its hashtags of three words or more
        # ("New lipstick shades! #defundthepolice"); "mean", its sentences and those hashtags when it has
        # two parts or more (a post of one part is its own best part)
        if self.combine == "hashtags":
            parts = [hashtag_parts(a.norm) for a in todo]
        elif self.combine == "mean":
            parts = [text_parts(a.norm, a.sentences) for a in todo]
            parts = [spans if len(spans) > 1 else [] for spans in parts]
        else:
            parts = [[] for _ in todo]
        named = [self._named_parts(a) for a in todo] if self.named else [[] for _ in todo]
        docs = [a.doc for a in todo] + [self.tokenizer(a.norm.text[s:e]) for a, spans in zip(todo, parts) for s, e in spans]
        docs += [self.tokenizer(a.norm.text[s:e]) for a, spans in zip(todo, named) for s, e, _ in spans]
        probs = self._model_probabilities(docs)
        if self.min_evidence > 0 and self._bias is not None:
            raw = numpy.clip(probs, 1e-12, 1 - 1e-12)
            probs = self._probabilities(numpy.log(raw / (1 - raw)))
        k = len(todo)
        # (parts are scored in order: every post's own parts, then every post's named parts)
        n_parts = sum(len(spans) for spans in parts)
        named_k = len(todo) + n_parts
        for a, spans, named_spans, row in zip(todo, parts, named, probs):
            row = numpy.array(row, dtype="float64")
            evidence = None
            if spans:
                block = probs[k:k + len(spans)]
                k += len(spans)
                best = block.max(axis=0)
                if self.combine == "mean":
                    # ties go to the earlier part (sentences before hashtags)
                    evidence = {label: (*spans[int(numpy.argmax(block[:, i]))], float(best[i]))
                                for i, label in enumerate(self.labels)}
                    row = (row + best) / 2
                else:
                    row = numpy.maximum(row, (row + best) / 2)
            elif self.combine == "mean":
                n = len(a.norm.text)
                evidence = {label: (0, n, float(row[i])) for i, label in enumerate(self.labels)}
            named_k = self._apply_named(row, named_spans, probs, named_k)
            self._shorten(a.norm.text, row)
            for i, label in enumerate(self.labels):
                a.cats[label] = float(row[i])
            a.topic_evidence = evidence if evidence is not None else _LazyEvidence(self, a, row)

    def _named_parts(self, analysis: Any) -> list[tuple[int, int, frozenset]]:
        """The parts (sentences and hashtags) of a post of two parts or more that name a term of a ``named``
        lexicon, as (start, end, label indexes)."""
        spans = text_parts(analysis.norm, analysis.sentences)
        if len(spans) < 2:
            return []
        import numpy
        from spacy.attrs import IDX, LOWER

        # the Doc's unigram and bigram keys once; a part's keys are slices of them (bigram j joins tokens j, j+1)
        arr = analysis.doc.to_array([LOWER, IDX])
        lowers, starts = numpy.ascontiguousarray(arr[:, 0], dtype="uint64"), arr[:, 1]
        bigrams = self.textcat.model.ops.ngrams(2, lowers).tolist() if len(lowers) >= 2 else []
        lowers = lowers.tolist()
        keys = {i: lexicon_keys(name) for i, name in self.named.items()}
        bounds = starts.searchsorted([x for span in spans for x in span]).tolist()
        out = []
        for (s, e), a, b in zip(spans, bounds[::2], bounds[1::2]):
            hit = frozenset(i for i, k in keys.items() if _lexicon_hits(lowers[a:b], bigrams[a:max(a, b - 1)], k))
            if hit:
                out.append((s, e, hit))
        return out

    def _apply_named(self, row, spans, probs, k: int) -> int:
        """Raise ``row`` (in place) to the scores of its named parts, read from ``probs`` at ``k``; the next ``k``."""
        for _, _, labels in spans:
            for i in labels:
                row[i] = max(row[i], float(probs[k, i]))
            k += 1
        return k

    def score_text(self, text: str) -> dict[str, float]:
        """Score raw text exactly as the Checker would (normalized, tokenized, parts combined)."""
        return self.score_texts([text])[0]

    def score_texts(self, texts: list[str]) -> list[dict[str, float]]:
        from ..normalize import normalize
        from .sentences import sentence_spans

        scratch = []
        for text in texts:
            norm = normalize(text)
            scratch.append(_Scratch(norm, self.tokenizer(norm.text), sentence_spans(norm.text)))
        for i in range(0, len(scratch), 64):
            self.score_many(scratch[i:i + 64])
        return [a.cats for a in scratch]

    def _logits_spans(self, doc: Any, spans: list[tuple[int, int]]):
        """Logits (spans x labels) of character spans of ``doc`` (the bag-of-words fast path)."""
        import numpy
        from spacy.attrs import IDX

        attr, ngram_size, sparse = self._bow
        ops = sparse.ops
        arr = doc.to_array([attr, IDX])
        values, starts = numpy.ascontiguousarray(arr[:, 0], dtype="uint64"), arr[:, 1]
        # n-grams of the whole Doc once; a span's n-grams are a slice of them. A key listed twice with
        # value 1 scores like the key once with its count (the layer is linear), so no counting needed.
        grams = [values] + [ops.ngrams(n, values) if len(values) >= n else values[:0] for n in range(2, ngram_size + 1)]
        bounds = starts.searchsorted([x for span in spans for x in span]).tolist()
        pieces, lengths = [], []
        for a, b in zip(bounds[::2], bounds[1::2]):
            total = 0
            for n, g in enumerate(grams, start=1):
                if b - a >= n:
                    pieces.append(g[a:b - n + 1])
                    total += b - a - n + 1
            lengths.append(total)
        lengths = numpy.asarray(lengths, dtype="int32")
        keys = numpy.ascontiguousarray(numpy.concatenate(pieces), dtype="uint64")
        vals = numpy.ones(len(keys), dtype="float32")
        return numpy.asarray(sparse.predict((keys, vals, lengths)), dtype="float64")

    def score(self, analysis: Any) -> None:
        """Set ``analysis.cats`` and ``analysis.topic_evidence`` (normalized-text offsets)."""
        doc = analysis.doc
        n = len(analysis.norm.text)  # the Doc's text (Doc.text is rebuilt on every access)
        if not isinstance(analysis.topic_evidence, dict):  # scored before, with lazy evidence
            analysis.topic_evidence = {}
        if word_count(analysis.norm.text) < MIN_WORDS:  # "Amen", "so true", emoji: too little to read a topic
            self._score_nothing(analysis)
            return
        if self._bow is None:
            self.score_many([analysis])
            return
        import numpy

        # the bag of words alone: every part scored from the one Doc's n-grams (a post of one part is
        # its own best part, as in ``score_many``)
        spans = self._spans(analysis)
        spans = spans if len(spans) > 1 else []
        logits = self._logits_spans(doc, [(0, n)] + spans)
        probs = self._probabilities(logits)
        post = numpy.zeros(len(self.labels), dtype="float64")
        for i, label in enumerate(self.labels):
            whole = float(probs[0, i])
            if spans:
                k = int(numpy.argmax(probs[1:, i]))  # ties go to the earlier part (sentences before hashtags)
                best = (spans[k][0], spans[k][1], float(probs[1 + k, i]))
            else:
                best = (0, n, whole)
            # (for the bag of words, whose parts cost next to nothing, "hashtags" reads as "mean")
            post[i] = whole if self.combine == "post" else (whole + best[2]) / 2
            analysis.topic_evidence[label] = best
        self._shorten(analysis.norm.text, post)
        for i, label in enumerate(self.labels):
            analysis.cats[label] = float(post[i])

    def _score_nothing(self, analysis: Any) -> None:
        n = len(analysis.norm.text)
        for label in self.labels:
            analysis.cats[label] = 0.0
            analysis.topic_evidence[label] = (0, n, 0.0)

    def _model_probabilities(self, docs: list[Any]):
        """The component's scores of Docs as an array (docs x labels)."""
        import numpy

        model = self.textcat.model
        return numpy.asarray(model.ops.to_numpy(model.predict(docs)), dtype="float64")

    def evidence(self, analysis: Any, post_scores) -> dict[str, tuple[int, int, float]]:
        """The best part (sentence or hashtag) of a post for every label, scored on its own by the
        model, as (start, end, score); a post without parts is its own evidence."""
        import numpy

        n = len(analysis.norm.text)
        candidates = self._candidates(analysis)
        if not candidates:
            return {label: (0, n, float(post_scores[i])) for i, label in enumerate(self.labels)}
        probs = self._model_probabilities([d for _, _, d in candidates])
        out = {}
        for i, label in enumerate(self.labels):
            k = int(numpy.argmax(probs[:, i]))  # ties go to the earlier part (sentences before hashtags)
            out[label] = (candidates[k][0], candidates[k][1], float(probs[k, i]))
        return out

    def _candidates(self, analysis: Any) -> list[tuple[int, int, Any]]:
        """Sentences and hashtags as (start, end, doc) in normalized-text coordinates."""
        text = analysis.norm.text
        return [(s, e, analysis.doc if (s, e) == (0, len(text)) else self.tokenizer(text[s:e]))
                for s, e in self._spans(analysis)]

    def _spans(self, analysis: Any) -> list[tuple[int, int]]:
        return text_parts(analysis.norm, analysis.sentences)


def hashtag_parts(norm: Any) -> list[tuple[int, int]]:
    """Hashtags of at least MIN_WORDS words (once segmented) as (start, end) in normalized-text coordinates."""
    out: list[tuple[int, int]] = []
    for s, e, _ in norm.hashtags():
        if (s, e) not in out and word_count(norm.text[s:e]) >= MIN_WORDS:
            out.append((s, e))
    return out


def word_count(text: str) -> int:
    return len(_WORD.findall(text))


def text_parts(norm: Any, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The parts of a normalized post scored on their own: sentences (trimmed) and hashtags with at
    least MIN_WORDS words, as (start, end) in normalized-text coordinates, sentences first."""
    text = norm.text
    spans: list[tuple[int, int]] = []
    for s, e in sentences:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            spans.append((s, e))
    out: list[tuple[int, int]] = []
    for span in spans:
        if span not in out and word_count(text[span[0]:span[1]]) >= MIN_WORDS:
            out.append(span)
    return out + [span for span in hashtag_parts(norm) if span not in out]


class _LazyEvidence(Mapping):
    """A post's evidence spans per label, computed on first access: the ensemble scores a post's
    sentences only when a rule reports a finding on it."""

    def __init__(self, scorer: TopicScorer, analysis: Any, post_scores):
        self._scorer, self._analysis, self._post_scores = scorer, analysis, post_scores
        self._data: dict[str, tuple[int, int, float]] | None = None

    def _get(self) -> dict[str, tuple[int, int, float]]:
        if self._data is None:
            self._data = self._scorer.evidence(self._analysis, self._post_scores)
            self._scorer = self._analysis = None
        return self._data

    def __getitem__(self, label: str) -> tuple[int, int, float]:
        return self._get()[label]

    def __iter__(self):
        return iter(self._get())

    def __len__(self) -> int:
        return len(self._get())


class _Scratch:
    """The parts of an Analysis the scorer reads and writes, for scoring text outside a Checker."""

    def __init__(self, norm: Any, doc: Any, sentences: list[tuple[int, int]]):
        self.norm, self.doc, self.sentences = norm, doc, sentences
        self.cats: dict[str, float] = {}
        self.topic_evidence: dict[str, tuple[int, int, float]] = {}
