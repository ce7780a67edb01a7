"""Reporters: one per output format. Each takes the run's results and writes to a stream."""

from __future__ import annotations


from .base import RunResult

REPORTERS: dict[str, str] = {
    "text": "postguard.reporters.text:TextReporter",
    "json": "postguard.reporters.jsonfmt:JsonReporter",
    "sarif": "postguard.reporters.sarif:SarifReporter",
    "github": "postguard.reporters.github:GithubReporter",
}


def get_reporter(name: str):
    from importlib import import_module

    module, _, cls = REPORTERS[name].partition(":")
    return getattr(import_module(module), cls)


__all__ = ["REPORTERS", "RunResult", "get_reporter"]
