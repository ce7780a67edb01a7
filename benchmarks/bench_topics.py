"""Posts per second with and without the topic rules, measured in one run.

    .venv/bin/python benchmarks/bench_topics.py [--posts 1000] [--packs core]

Two Checkers over the same posts (every post in data/posts/*.jsonl, repeated to --posts): one with
all rules of the packs, one with the topic rules ignored. Each is warmed up first (model loading is not
counted) and timed in alternating rounds; the best round of each is reported, by wall clock and by this
process's CPU time (steadier on a busy machine).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))


def main(argv=None) -> int:
    from postguard import Checker
    from postguard.checker import Config

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--posts", type=int, default=1000)
    ap.add_argument("--packs", nargs="*", default=["core"])
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args(argv)

    texts = []
    for path in sorted((ROOT / "data" / "posts").glob("*.jsonl")):
        with open(path, encoding="utf-8") as fh:
            texts.extend(json.loads(line)["text"] for line in fh if line.strip())
    posts = (texts * (args.posts // max(1, len(texts)) + 1))[: args.posts]

    full = Checker(packs=args.packs)
    topic_ids = tuple(r.id for r in full.rules if r.kind == "topic")
    if not topic_ids:
        print("no topic rules in these packs", file=sys.stderr)
        return 2
    without = Checker(packs=args.packs, config=Config(ignore=topic_ids))
    for checker in (full, without):
        list(checker.check_many(posts[:64]))  # load models, warm caches

    def timed(checker) -> tuple[float, float]:
        t0, c0 = time.perf_counter(), time.process_time()
        n = sum(1 for _ in checker.check_many(posts))
        return n / (time.perf_counter() - t0), n / (time.process_time() - c0)

    rates: dict[str, list[tuple[float, float]]] = {"with": [], "without": []}
    for _ in range(args.rounds):
        rates["without"].append(timed(without))
        rates["with"].append(timed(full))
    print(f"{len(posts)} posts, packs {', '.join(args.packs)}; {len(full.rules)} rules, topic rules: {', '.join(topic_ids)}")
    print(f"  {'':<22} {'wall clock':>14} {'CPU time':>14}   (best of {args.rounds} alternating rounds)")
    wo = [max(r[i] for r in rates["without"]) for i in (0, 1)]
    w = [max(r[i] for r in rates["with"]) for i in (0, 1)]
    print(f"  {'without topic rules':<22} {wo[0]:>8.1f} post/s {wo[1]:>8.1f} post/s")
    print(f"  {'with topic rules':<22} {w[0]:>8.1f} post/s {w[1]:>8.1f} post/s")
    print(f"  throughput cost of the topic rules: {1 - w[0] / wo[0]:.1%} wall clock, {1 - w[1] / wo[1]:.1%} CPU time (budget 25%)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
