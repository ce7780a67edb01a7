"""Spread batches of posts over worker processes; reports come back in input order.

Each worker holds one Checker built from the same packs and config as the caller's. With the ``fork``
start method (the default on Linux) the parent checks the first batch itself, which loads the pipeline
and builds everything made on first use, and the workers inherit all of it, so starting them costs
milliseconds; with ``spawn`` or ``forkserver`` (set ``POSTGUARD_START_METHOD``; ``spawn`` is the default
elsewhere) every worker rebuilds the Checker from its packs and config.

Posts travel to the workers without their source locator (a closure, which cannot be pickled); the
parent puts each finding's file line and column back with the original post.
"""

from __future__ import annotations

import gc
import multiprocessing as mp
import os
import signal
import sys
from collections import deque
from dataclasses import replace
from itertools import chain, islice
from typing import TYPE_CHECKING, Iterable, Iterator

from .errors import ConfigError
from .findings import Location, Report
from .sources import Post

if TYPE_CHECKING:  # pragma: no cover
    from .checker import Checker

START_METHOD_ENV = "POSTGUARD_START_METHOD"
AHEAD = 3  # batches queued per worker: keeps workers busy without reading the whole input at once

_worker: "Checker | None" = None


def resolve_jobs(n_process: int | None) -> int:
    """``None`` or 1: one process; 0 or less: one per CPU."""
    if n_process is None:
        return 1
    if n_process <= 0:
        return os.cpu_count() or 1
    return n_process


def start_method() -> str:
    methods = mp.get_all_start_methods()
    wanted = os.environ.get(START_METHOD_ENV, "").strip()
    if wanted:
        if wanted not in methods:
            raise ConfigError(f"{START_METHOD_ENV}={wanted!r} is not available here (choose from {', '.join(methods)})")
        return wanted
    # fork shares the loaded pipeline; elsewhere (macOS, Windows) fork is unsafe or missing
    return "fork" if sys.platform.startswith("linux") and "fork" in methods else "spawn"


def _init(checker: "Checker") -> None:
    global _worker
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and stops the pool
    checker.runtime  # load now (a no-op when inherited through fork)
    _worker = checker


def _run(posts: list[Post]) -> list[Report]:
    assert _worker is not None
    return _worker._check_batch(posts)


def _portable(post: Post) -> Post:
    return replace(post, locator=None) if post.locator is not None else post


def _relocate(posts: list[Post], reports: list[Report]) -> list[Report]:
    for post, report in zip(posts, reports):
        if post.locator is None:
            continue
        for f in report.findings:
            line, col = post.locate(f.start)
            eline, ecol = post.locate_end(f.end)
            f.location = Location(post.path, line, col, eline, ecol)
    return reports


def check_parallel(checker: "Checker", batches: Iterable[list[Post]], n_process: int) -> Iterator[Report]:
    """Check ``batches`` on ``n_process`` workers; yield one Report per post, in input order."""
    it = iter(batches)
    head = list(islice(it, 2))
    if len(head) < 2 or n_process < 2:  # one batch: a pool would only add start-up time
        for batch in chain(head, it):
            yield from checker._check_batch(batch)
        return
    method = start_method()
    if method == "fork":
        # Check the first batch here: that loads the pipeline and builds what is built on first use
        # (pattern gates, compiled patterns, the topic model) once, and the workers inherit it all
        # copy-on-write instead of each building its own.
        yield from checker._check_batch(head.pop(0))
    ctx = mp.get_context(method)
    if method == "fork":
        gc.freeze()  # keep the collector from touching (and so copying) every inherited page in the workers
    try:
        pool = ctx.Pool(n_process, initializer=_init, initargs=(checker,))
    finally:
        if method == "fork":
            gc.unfreeze()
    window: deque = deque()
    ok = False
    try:
        for batch in chain(head, it):
            window.append((batch, pool.apply_async(_run, ([_portable(p) for p in batch],))))
            while len(window) >= n_process * AHEAD:
                posts, pending = window.popleft()
                yield from _relocate(posts, pending.get())
        while window:
            posts, pending = window.popleft()
            yield from _relocate(posts, pending.get())
        ok = True
    finally:
        if ok:
            pool.close()
        else:
            pool.terminate()
        pool.join()
