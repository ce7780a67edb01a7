import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# the topic model's backstop for private details, trained and tested on its own (training/, test_topics.py)
MODEL_RULE = "core/private-details-model"


def labeled_texts(with_test: bool = False) -> list[str]:
    """The text of every post in the team's labeled files (``data/posts/*.jsonl``), the ``.test`` files left
    out unless ``with_test``; the held-out folders below it are never read."""
    out: list[str] = []
    for path in sorted((ROOT / "data" / "posts").glob("*.jsonl")):
        if not with_test and path.name.endswith(".test.jsonl"):
            continue
        with open(path, encoding="utf-8") as fh:
            out += [json.loads(line)["text"] for line in fh if line.strip()]
    return out


def private_spans(checker, text: str, skip: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    """(rule, matched text) of each ``private`` finding the checker reports on ``text``, rules in ``skip`` left out."""
    report = checker.check(text)
    return [(f.rule, text[f.start:f.end]) for f in report.findings if f.category == "private" and f.rule not in skip]


def recognizer_spans(recognizer, text: str) -> list[tuple[str, str]]:
    """(entity type, matched text) of each result one recognizer gives on ``text``, asked for its own types."""
    return [(r.entity_type, text[r.start:r.end]) for r in recognizer.analyze(text, recognizer.supported_entities)]


@pytest.fixture(scope="session")
def core_checker():
    from postguard import Checker

    return Checker(packs=["core"])


def run_cli(*args, input=None, cwd=None, env=None):
    """Run the real `postguard` command in a subprocess; returns CompletedProcess (text)."""
    full_env = {**os.environ, **(env or {})}
    return subprocess.run([sys.executable, "-m", "postguard.cli", *args], input=input, capture_output=True,
                          text=True, cwd=cwd, env=full_env, timeout=300)
