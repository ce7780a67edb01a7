"""Compare two postguard source trees on the benchmark's posts, taking turns so machine load hits both alike.

    .venv/bin/python benchmarks/compare.py --before OLD/src --after src [--rounds 3]

Each tree is a directory that holds the ``postguard`` package (for example a copy of ``src`` from another
commit). For each round and tree it runs the "rules that need no model" measurement of ``run.py`` in a
fresh process and two cold ``postguard check`` runs of the benchmark's Markdown post, with that tree
first on ``PYTHONPATH``; it prints medians of wall and CPU time, and the findings count of each side.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import run as bench  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--before", required=True, help="directory holding the 'before' postguard package")
    ap.add_argument("--after", required=True, help="directory holding the 'after' postguard package")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--posts", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=2026)
    args = ap.parse_args()
    trees = {"before": str(Path(args.before).resolve()), "after": str(Path(args.after).resolve())}
    for name, tree in trees.items():
        if not (Path(tree) / "postguard" / "__init__.py").is_file():
            raise SystemExit(f"compare.py: --{name} {tree} holds no postguard package")
    posts, _ = bench.make_posts(args.posts, args.seed)
    exe = Path(sys.executable).with_name("postguard")
    results: dict[str, dict[str, list]] = {t: {"nomodel": [], "cold": []} for t in trees}
    with tempfile.TemporaryDirectory() as tmp:
        posts_file = Path(tmp) / "posts.jsonl"
        posts_file.write_text("".join(json.dumps({"text": p}, ensure_ascii=False) + "\n" for p in posts), encoding="utf-8")
        md = Path(tmp) / "post.md"
        md.write_text(bench.COLD_POST, encoding="utf-8")
        for i in range(args.rounds):
            for name, tree in trees.items():
                env = {**os.environ, "PYTHONPATH": tree}
                out = subprocess.run([sys.executable, bench.__file__, "--measure", "postguard_nomodel_1",
                                      "--posts-file", str(posts_file)], capture_output=True, text=True, env=env)
                if out.returncode != 0:
                    raise SystemExit(f"{name}: measurement failed:\n{out.stderr}")
                results[name]["nomodel"].append(json.loads(out.stdout.strip().splitlines()[-1]))
                for _ in range(2):
                    k0 = bench._children_cpu()
                    t = time.perf_counter()
                    proc = subprocess.run([str(exe), "check", str(md)], capture_output=True, text=True, env=env, cwd=tmp)
                    wall = time.perf_counter() - t
                    if proc.returncode not in (0, 1):
                        raise SystemExit(f"{name}: postguard check failed: {proc.stderr.strip()}")
                    results[name]["cold"].append((wall, bench._children_cpu() - k0))
            print(f"round {i + 1} of {args.rounds} done, load average {os.getloadavg()[0]:.2f}", file=sys.stderr)
    print(f"{'':8} {'no-model posts/s':>17} {'per CPU-s':>10} {'findings':>9} {'rules':>6} {'cold wall s':>12} {'cold CPU s':>11}")
    for name in trees:
        nm = results[name]["nomodel"]
        cold = results[name]["cold"]
        print(f"{name:8} {statistics.median(r['posts'] / r['wall'] for r in nm):>17,.0f} "
              f"{statistics.median(r['posts'] / r['cpu'] for r in nm):>10,.0f} {nm[0]['units']:>9} {nm[0]['rules']:>6} "
              f"{statistics.median(w for w, _ in cold):>12.2f} {statistics.median(c for _, c in cold):>11.2f}")
    print("(medians over the rounds; the cold check is run twice per round)")


if __name__ == "__main__":
    main()
