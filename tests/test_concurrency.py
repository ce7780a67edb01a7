"""One Checker shared by 8 threads: 10,000 posts give exactly the findings a single thread gives.

The Checker loads its runtime once (under a lock) and serializes the spaCy/Presidio pass; the rule engine
runs concurrently over per-post state. Any shared mutable state leaking between posts shows up here as a
difference in rule, span, message, evidence or fingerprint.
"""

import json
import threading
from pathlib import Path

import pytest

from postguard import Checker
from postguard.packs import builtin_names

ROOT = Path(__file__).resolve().parent.parent
THREADS = 8
POSTS = 10_000

EXTRA = [
    "So proud of my daughter Emma, she turned 7 today!",
    "Email me at jane.doe@gmail.com or call 415-555-0132 for porch pickup at 12 Oak Street",
    "Quit your job and make $10,000 a month from home! DM me #bossbabe",
    "This oil cures anxiety and kills viruses 🌿 #ad",
    "#VoteThemOut this November!!!",
    "New autumn candles are live, 20% off through Sunday",
    "",
    "We're in Cancun until the 14th, orders ship after that",
]


def _corpus() -> list[str]:
    texts: list[str] = []
    for path in sorted((ROOT / "data" / "posts").glob("*.jsonl")):
        if ".test." in path.name:
            continue  # held out for the reported numbers
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.append(json.loads(line)["text"])
    texts += EXTRA
    out = []
    i = 0
    while len(out) < POSTS:  # vary the copies so no two posts are the same text
        t = texts[i % len(texts)]
        out.append(t if i < len(texts) else f"{t} (#{i})")
        i += 1
    return out


def _key(report):
    return (
        tuple((f.rule, f.start, f.end, f.match, f.severity, f.message, f.fingerprint,
               json.dumps(f.evidence, sort_keys=True, default=str),
               (f.location.line, f.location.column, f.location.end_line, f.location.end_column) if f.location else None)
              for f in report.findings),
        tuple(report.errors),
    )


@pytest.fixture(scope="module")
def corpus():
    return _corpus()


def test_eight_threads_match_one_thread(corpus):
    assert len(corpus) == POSTS
    # the same Checker first runs alone, then shared: state one post leaves behind would show up as a difference
    shared = Checker(packs=builtin_names())
    reference = [_key(r) for r in shared.check_many(corpus)]
    assert sum(1 for k in reference if k[0]) > 1000  # plenty of posts with findings to compare
    results: list = [None] * POSTS
    failures: list[BaseException] = []
    start = threading.Barrier(THREADS)

    def work(worker: int) -> None:
        try:
            start.wait()
            mine = list(range(worker, POSTS, THREADS))  # interleaved: neighbours are checked by other threads
            if worker % 2:
                for i, report in zip(mine, shared.check_many([corpus[i] for i in mine], batch_size=7 + worker)):
                    results[i] = _key(report)
            else:
                for i in mine:
                    results[i] = _key(shared.check(corpus[i]))
        except BaseException as exc:  # pragma: no cover - reported below
            failures.append(exc)

    threads = [threading.Thread(target=work, args=(w,)) for w in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=600)
    assert not any(t.is_alive() for t in threads), "a thread hung"
    assert failures == []
    diffs = [i for i in range(POSTS) if results[i] != reference[i]]
    assert diffs == [], f"{len(diffs)} posts differ, first: {corpus[diffs[0]]!r}"


def test_threads_share_one_runtime():
    checker = Checker(packs=["core"])
    seen = []
    barrier = threading.Barrier(THREADS)

    def work():
        barrier.wait()
        seen.append(checker.runtime)

    threads = [threading.Thread(target=work) for _ in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(seen) == THREADS and len({id(rt) for rt in seen}) == 1
