"""Print a digest of every finding postguard gives, with all built-in packs, on every non-test post of the
team (``data/posts/*.jsonl`` without ``*.test.jsonl`` and without ``holdout/``) plus the benchmark's posts;
with ``--out FILE`` also write the findings themselves as JSON. Two source trees give the same findings
when they print the same digest:

    PYTHONPATH=OLD/src .venv/bin/python benchmarks/findings_digest.py --out /tmp/old.json
    PYTHONPATH=src     .venv/bin/python benchmarks/findings_digest.py --out /tmp/new.json
    cmp /tmp/old.json /tmp/new.json

``--no-model`` checks with only the rules that need no model (the benchmark's "rules that need no model").
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
import run as bench  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", help="write the findings (one list per post) to this JSON file")
    ap.add_argument("--posts", type=int, default=2000, help="benchmark posts to add (seed 2026)")
    ap.add_argument("--no-model", action="store_true",
                    help="only the rules that need no model, as the benchmark's row of that name runs them")
    args = ap.parse_args()
    from postguard.checker import Checker, Config
    from postguard.packs import builtin_names, load_packs

    texts: list[str] = []
    for f in sorted((ROOT / "data" / "posts").glob("*.jsonl")):  # the folder itself: holdout/ is not read
        if f.name.endswith(".test.jsonl"):
            continue
        texts += [json.loads(line)["text"] for line in f.open(encoding="utf-8") if line.strip()]
    texts += bench.make_posts(args.posts, 2026)[0] if args.posts else []
    config = Config()
    if args.no_model:
        config = Config(select=tuple(r.id for r in load_packs(builtin_names()).enabled() if r.needs() <= {"sents"}))
    checker = Checker(packs=builtin_names(), config=config)
    out = [[[f.rule, f.start, f.end, f.message, repr(f.evidence), f.fingerprint] for f in report.findings]
           for report in checker.check_many(texts, batch_size=64)]
    blob = json.dumps(out, default=str)
    print(f"{len(texts)} posts, {sum(map(len, out))} findings, sha256 {hashlib.sha256(blob.encode()).hexdigest()[:16]}")
    if args.out:
        Path(args.out).write_text(blob, encoding="utf-8")


if __name__ == "__main__":
    main()
