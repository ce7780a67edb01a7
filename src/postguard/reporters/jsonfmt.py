"""JSON output with a schema version (see docs/json-output.md)."""

from __future__ import annotations

import json
from typing import TextIO

from .. import __version__
from .base import RunResult

SCHEMA_VERSION = "1.0"


def run_to_dict(run: RunResult) -> dict:
    findings = []
    for report in run.reports:
        for f in report.findings:
            findings.append(f.to_dict(run.show_values))
    counts = {"error": 0, "warning": 0, "info": 0}
    for f in run.findings():
        counts[f.severity] += 1
    return {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "postguard", "version": __version__},
        "summary": {"posts": len(run.reports), "findings": len(findings), **counts, "errors": len(run.errors),
                    "suppressed": run.suppressed, "baselined": run.baselined, "fail_on": run.fail_on,
                    "exit_code": run.exit_code()},
        "findings": findings,
        "errors": [{"message": e} for e in run.errors],
    }


class JsonReporter:
    def __init__(self, stream: TextIO, color: bool = False):
        self.out = stream

    def write(self, run: RunResult) -> None:
        json.dump(run_to_dict(run), self.out, ensure_ascii=False, indent=2)
        self.out.write("\n")
