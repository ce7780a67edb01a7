"""Rebuild postguard's topic classifier (politics, religion) and print its evaluation.

    .venv/bin/python training/train_topics.py            # train, choose thresholds, evaluate, ship
    .venv/bin/python training/train_topics.py --eval     # evaluate the shipped model only
    .venv/bin/python training/train_topics.py --copy-shared ../shared/data   # refresh training/data

What it does, in order (deterministic: fixed seed, fixed data order, hash-based splits):
1. reads the posts we wrote (data/posts/*.{train,dev,test}.jsonl) and the public data copied into
   training/data/ (each record carries its split: train, dev or test; see training/data/MANIFEST.md);
2. builds the hashtag word list src/postguard/models/words.txt from the train split (hashtags excluded);
3. trains a spaCy textcat_multilabel (config: training/config.cfg) on the train split, on text
   normalized and tokenized exactly as the Checker does it;
4. chooses each label's threshold on the dev split (best F1 with few harmless posts flagged);
5. saves the model to src/postguard/models/topics/ and prints precision, recall, F1 and the share of
   harmless posts flagged on the test split and the held-back public data, beside a keyword baseline;
6. writes training/record.json: model version, sha256 of every model file, thresholds and metrics
   (tests/test_topics.py checks the shipped model against it).

Never tune on the test split: it is only read in step 5.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT / "src"))

POSTS = ROOT / "data" / "posts"
DATA = HERE / "data"
MODELS = ROOT / "src" / "postguard" / "models"
MODEL_DIR = MODELS / "topics"
WORDS = MODELS / "words.txt"
RECORD = HERE / "record.json"
CONFIG = HERE / "config.cfg"
LABELS = ("politics", "religion")

# public files we use: name -> which records (the rest is not copied)
SHARED = {
    "20newsgroups_politics_religion.jsonl": lambda r: True,
    "tweeteval_stance_politics_religion.jsonl": lambda r: True,
    # ham and spam alike are everyday negatives for politics and religion (spam is pushy selling,
    # written the way the harmless-but-salesy posts we must not flag are)
    "sms_spam_collection.jsonl": lambda r: True,
    "youtube_spam_collection.jsonl": lambda r: True,
}


# -- data ------------------------------------------------------------------------------------------
def split_of(text: str) -> str:
    """Hash-based split of a public record: 70% train, 10% dev, 20% held back for the final test."""
    bucket = int(hashlib.sha256(text.encode("utf-8")).hexdigest()[:8], 16) % 100
    return "train" if bucket < 70 else "dev" if bucket < 80 else "test"


def copy_shared(src: Path) -> None:
    DATA.mkdir(parents=True, exist_ok=True)
    for name, keep in SHARED.items():
        rows = []
        with open(src / name, encoding="utf-8") as fh:
            for line in fh:
                r = json.loads(line)
                if not keep(r):
                    continue
                rows.append({"text": r["text"], "labels": r.get("labels", []), "split": split_of(r["text"]), "source": r.get("source")})
        with open(DATA / name, "w", encoding="utf-8") as out:
            for row in rows:
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(f"copied {len(rows)} records to {DATA / name}")


def read_jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


class Record:
    __slots__ = ("text", "labels", "group", "split")

    def __init__(self, text: str, labels, group: str, split: str):
        self.text, self.labels, self.group, self.split = text, frozenset(labels) & set(LABELS), group, split


def load_data(max_chars_ng: int) -> list[Record]:
    """All records, each tagged with a group (which file family) and split."""
    out: list[Record] = []
    for path in sorted(POSTS.glob("*.jsonl")):
        stem, split = path.stem.rsplit(".", 1)
        if split not in ("train", "dev", "test"):
            continue
        family = stem.split("-")[0]  # controversy, benign, direct, private
        if family not in ("controversy", "benign") and split == "train":
            continue  # other issues' training posts: not ours to train on
        group = {"controversy": "social", "benign": "social"}.get(family, "social-other")
        for r in read_jsonl(path):
            out.append(Record(r["text"], r.get("labels", []), group, split))
    for name in SHARED:
        group = name.split("_")[0]
        for r in read_jsonl(DATA / name):
            if "hard_sell" in r["labels"]:
                group = name.split("_")[0] + "-spam"
            else:
                group = name.split("_")[0]
            text = r["text"][:max_chars_ng] if group == "20newsgroups" else r["text"]
            out.append(Record(text, r["labels"], group, r["split"]))
    return out


# -- hashtag word list -----------------------------------------------------------------------------
_STRIP = re.compile(r"https?://\S+|www\.\S+|\S+@\S+|[#@]\w+")


def build_words(records: list[Record], min_count: int = 2) -> Counter:
    counts: Counter = Counter()
    for r in records:
        if r.split == "train":
            counts.update(re.findall(r"[a-z]+", _STRIP.sub(" ", r.text).lower()))
    return Counter({w: c for w, c in counts.items() if c >= min_count})


def write_words(counts: Counter) -> None:
    with open(WORDS, "w", encoding="utf-8") as fh:
        fh.write("# word count: built by training/train_topics.py from the training split (hashtags excluded)\n")
        for w, c in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
            fh.write(f"{w} {c}\n")


# -- keyword baseline ------------------------------------------------------------------------------
KEYWORDS = {
    "politics": ["vote", "voting", "voted", "voter", "voters", "election", "elections", "democrat", "democrats",
                 "republican", "republicans", "liberal", "liberals", "conservative", "conservatives", "trump",
                 "biden", "president", "congress", "senate", "senator", "government", "politician", "politicians",
                 "political", "politics", "maga", "abortion", "immigration", "immigrants", "gun control", "taxes",
                 "socialism", "socialist", "left wing", "right wing", "campaign", "ballot", "party", "protest"],
    "religion": ["god", "jesus", "christ", "church", "bible", "pray", "prayer", "prayers", "faith", "allah",
                 "muslim", "muslims", "islam", "christian", "christians", "atheist", "atheists", "atheism",
                 "religion", "religious", "sin", "sinners", "hell", "heaven", "lord", "blessed", "scripture",
                 "gospel", "salvation", "satan", "saved"],
}


def keyword_predict(texts: list[str]) -> list[dict[str, float]]:
    pats = {lb: re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in ws) + r")(?!\w)") for lb, ws in KEYWORDS.items()}
    return [{lb: float(bool(p.search(t.lower()))) for lb, p in pats.items()} for t in texts]


# -- metrics ---------------------------------------------------------------------------------------
def prf(records: list[Record], scores: list[dict[str, float]], label: str, threshold: float):
    tp = fp = fn = 0
    for r, s in zip(records, scores):
        hit, gold = s[label] >= threshold, label in r.labels
        tp += hit and gold
        fp += hit and not gold
        fn += gold and not hit
    p = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * rec / (p + rec) if p + rec else 0.0
    return p, rec, f, tp + fn


def flagged(records: list[Record], scores: list[dict[str, float]], thresholds: dict[str, float], labels=LABELS):
    """Share of harmless records (no politics/religion label) flagged for any of ``labels``."""
    harmless = [s for r, s in zip(records, scores) if not r.labels]
    if not harmless:
        return 0.0, 0
    n = sum(any(s[lb] >= thresholds[lb] for lb in labels) for s in harmless)
    return n / len(harmless), len(harmless)


def choose_thresholds(records, scores, max_flagged, public=(), public_scores=(), max_public_flagged=1.0):
    """Thresholds for all labels together: the best summed F1 on ``records`` such that at most
    ``max_flagged`` of their harmless ones, and at most ``max_public_flagged`` of the harmless ``public``
    records, are flagged for any label. Ties go to higher thresholds."""
    grid = [i / 100 for i in range(10, 96, 1)]
    per_label = {lb: {t: prf(records, scores, lb, t)[2] for t in grid} for lb in LABELS}
    harmless = [s for r, s in zip(records, scores) if not r.labels]
    harmless_public = [s for r, s in zip(public, public_scores) if not r.labels]
    best = None
    for tp in grid:
        for tr in grid:
            th = {"politics": tp, "religion": tr}
            n = sum(any(s[lb] >= th[lb] for lb in LABELS) for s in harmless)
            if harmless and n / len(harmless) > max_flagged:
                continue
            n = sum(any(s[lb] >= th[lb] for lb in LABELS) for s in harmless_public)
            if harmless_public and n / len(harmless_public) > max_public_flagged:
                continue
            value = sum(per_label[lb][th[lb]] for lb in LABELS)
            if best is None or value > best[0] + 1e-12 or (abs(value - best[0]) <= 1e-12 and tp + tr > sum(best[1].values())):
                best = (value, th)
    return best[1] if best else {lb: 0.95 for lb in LABELS}


# -- training --------------------------------------------------------------------------------------
def tokenizer():
    from postguard.analyzers.nlp import load_pipeline
    from postguard.checker import DEFAULT_MODEL

    return load_pipeline(DEFAULT_MODEL, set()).tokenizer


def make_docs(tok, texts: list[str]):
    from postguard.normalize import normalize

    return [tok(normalize(t).text) for t in texts]


def train(records: list[Record], cfg) -> "object":
    import spacy
    from spacy.training import Example
    from spacy.util import fix_random_seed, load_model_from_config, minibatch, registry

    from postguard.analyzers.topics import _register

    _register()
    pg = cfg["postguard"]
    fix_random_seed(pg["seed"])
    model_cfg = spacy.util.Config({"nlp": cfg["nlp"], "components": cfg["components"]})
    nlp = load_model_from_config(model_cfg, auto_fill=True, validate=True)
    nlp.meta["name"] = pg["name"]
    nlp.meta["version"] = pg["version"]
    nlp.meta["description"] = "postguard topic classifier (politics, religion); built by training/train_topics.py"
    nlp.meta["license"] = "MIT"
    nlp.meta["postguard"] = {"combine": pg["combine"], "min_evidence": pg["min_evidence"]}
    tok = tokenizer()
    nlp.tokenizer = tok  # the Checker's tokenizer: the model sees the tokens it will see at run time
    groups = set(pg["train_groups"])
    keep = pg["train_fraction"]
    train_recs = [r for r in records if r.split == "train" and r.group in groups
                  and int(hashlib.sha256(r.text.encode("utf-8")).hexdigest()[8:16], 16) % 1000 < 1000 * keep.get(r.group, 1.0)]
    docs = make_docs(tok, [r.text for r in train_recs])
    examples = []
    for r, doc in zip(train_recs, docs):
        ex = Example.from_dict(doc, {"cats": {lb: float(lb in r.labels) for lb in LABELS}})
        examples.extend([ex] * (pg["social_repeat"] if r.group == "social" else 1))
    textcat = nlp.get_pipe("textcat_multilabel")
    for lb in LABELS:
        textcat.add_label(lb)
    optimizer = registry.resolve({"o": cfg["postguard"]["optimizer"]})["o"]
    nlp.initialize(lambda: examples[:200], sgd=optimizer)
    rng = random.Random(pg["seed"])
    for epoch in range(pg["epochs"]):
        rng.shuffle(examples)
        losses: dict = {}
        for batch in minibatch(examples, size=pg["batch_size"]):
            nlp.update(batch, drop=pg["dropout"], sgd=optimizer, losses=losses)
        print(f"  epoch {epoch + 1:2d}  loss {losses.get('textcat_multilabel', 0.0):.3f}", flush=True)
    return nlp


def sha256s(directory: Path) -> dict[str, str]:
    out = {}
    for p in sorted(directory.rglob("*")):
        if p.is_file():
            out[p.relative_to(directory).as_posix()] = hashlib.sha256(p.read_bytes()).hexdigest()
    return out


# -- evaluation ------------------------------------------------------------------------------------
def evaluate(records: list[Record], thresholds: dict[str, float], split: str = "test") -> dict:
    from postguard.analyzers.topics import TopicScorer

    scorer = TopicScorer(None, MODEL_DIR)
    sets = {
        "social posts (controversy + benign + other teams' posts)": [r for r in records if r.group.startswith("social") and r.split == split],
        "20 Newsgroups (held back)": [r for r in records if r.group == "20newsgroups" and r.split == split],
        "TweetEval stance (held back, positives only)": [r for r in records if r.group == "tweeteval" and r.split == split],
        "SMS ham (held back, harmless only)": [r for r in records if r.group == "sms" and r.split == split],
        "YouTube ham (held back, harmless only)": [r for r in records if r.group == "youtube" and r.split == split],
    }
    result = {}
    print(f"\n== evaluation on the {split} split (thresholds: " + ", ".join(f"{k} {v:.2f}" for k, v in thresholds.items()) + ")")
    for name, recs in sets.items():
        if not recs:
            continue
        texts = [r.text for r in recs]
        model_scores = scorer.score_texts(texts)
        kw_scores = keyword_predict(texts)
        print(f"\n{name}: {len(recs)} records, {sum(1 for r in recs if not r.labels)} harmless")
        print(f"  {'label':<9} {'':>8} {'precision':>9} {'recall':>7} {'f1':>6} {'n':>5}")
        entry = {"records": len(recs)}
        for which, scores, th in (("model", model_scores, thresholds), ("keywords", kw_scores, {lb: 0.5 for lb in LABELS})):
            for lb in LABELS:
                p, r, f, n = prf(recs, scores, lb, th[lb])
                if n == 0 and p == 0:
                    continue
                print(f"  {lb:<9} {which:>8} {p:>9.3f} {r:>7.3f} {f:>6.3f} {n:>5}")
                entry[f"{which}:{lb}"] = {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "positives": n}
            share, n = flagged(recs, scores, th)
            if n:
                print(f"  {'any':<9} {which:>8} harmless flagged {share:6.1%} of {n}")
                entry[f"{which}:harmless_flagged"] = round(share, 4)
        result[name] = entry
    business = [r for r in records if r.group == "social" and r.split == split and not r.labels]
    texts = [r.text for r in business]
    share_m, n = flagged(business, scorer.score_texts(texts), thresholds)
    share_k, _ = flagged(business, keyword_predict(texts), {lb: 0.5 for lb in LABELS})
    print(f"\nharmless business posts (benign-*.{split}): {n}; flagged by model {share_m:.1%}, by keywords {share_k:.1%}")
    result["harmless business posts flagged"] = {"model": round(share_m, 4), "keywords": round(share_k, 4), "posts": n}
    return result


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--eval", action="store_true", help="evaluate the shipped model, don't train")
    ap.add_argument("--config", default=str(CONFIG), help="spaCy config (default: training/config.cfg)")
    ap.add_argument("--copy-shared", metavar="DIR", help="refresh training/data from the shared data directory and exit")
    args = ap.parse_args(argv)
    if args.copy_shared:
        copy_shared(Path(args.copy_shared))
        return 0

    from spacy.util import load_config

    cfg = load_config(args.config, interpolate=True)
    pg = cfg["postguard"]
    records = load_data(pg["max_chars_newsgroups"])
    counts = Counter((r.group, r.split, "+".join(sorted(r.labels)) or "harmless") for r in records)
    print("data (group, split, labels): records")
    for key, n in sorted(counts.items()):
        print(f"  {' / '.join(key)}: {n}")

    if args.eval:
        record = json.loads(RECORD.read_text(encoding="utf-8"))
        evaluate(records, record["thresholds"], "test")
        return 0

    t0 = time.time()
    words = build_words(records)
    write_words(words)
    from postguard.normalize import default_segmenter

    default_segmenter.cache_clear()
    print(f"hashtag word list: {len(words)} words -> {WORDS.relative_to(ROOT)}")

    print("training ...")
    nlp = train(records, cfg)
    if MODEL_DIR.exists():
        for p in sorted(MODEL_DIR.rglob("*"), reverse=True):
            p.unlink() if p.is_file() else p.rmdir()
    nlp.to_disk(MODEL_DIR, exclude=["vocab"])
    print(f"saved {MODEL_DIR.relative_to(ROOT)} in {time.time() - t0:.0f}s")

    # thresholds on the dev split: social posts for F1, all harmless dev posts for the flag budget
    from postguard.analyzers.topics import TopicScorer

    scorer = TopicScorer(None, MODEL_DIR)
    dev = [r for r in records if r.split == "dev" and r.group.startswith("social")]
    dev_scores = scorer.score_texts([r.text for r in dev])
    public = [r for r in records if r.split == "dev" and not r.group.startswith("social")]
    public_scores = scorer.score_texts([r.text for r in public])
    thresholds = choose_thresholds(dev, dev_scores, pg["max_benign_flagged_dev"], public, public_scores,
                                   pg["max_public_flagged_dev"])
    print("\n== dev split (threshold choice)")
    for lb in LABELS:
        p, r, f, n = prf(dev, dev_scores, lb, thresholds[lb])
        print(f"  {lb:<9} threshold {thresholds[lb]:.2f}  precision {p:.3f} recall {r:.3f} f1 {f:.3f} (n={n})")
    share, n = flagged(dev, dev_scores, thresholds)
    print(f"  harmless dev posts flagged: {share:.1%} of {n}")
    share, n = flagged(public, public_scores, thresholds)
    print(f"  harmless public dev records flagged: {share:.1%} of {n}")

    metrics = evaluate(records, thresholds, "test")
    files = sha256s(MODEL_DIR)
    size = sum((MODEL_DIR / f).stat().st_size for f in files)
    record = {
        "name": pg["name"], "version": pg["version"], "labels": list(LABELS), "thresholds": thresholds,
        "model_dir": MODEL_DIR.relative_to(ROOT).as_posix(), "model_bytes": size, "sha256": files,
        "words_sha256": hashlib.sha256(WORDS.read_bytes()).hexdigest(), "words": len(words),
        "train_records": sum(1 for r in records if r.split == "train"), "metrics_test": metrics,
    }
    RECORD.write_text(json.dumps(record, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"\nmodel {pg['name']} {pg['version']}: {size / 1e6:.1f} MB; record written to {RECORD.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
