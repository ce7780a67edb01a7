"""SARIF 2.1.0 output for code-scanning dashboards (GitHub code scanning, Azure DevOps, SARIF viewers).

One run; the driver lists every rule that ran (id, description, help link, default level, category);
each result carries the rule, level, message, the file region (1-based lines, columns in Unicode code
points) and a content fingerprint that survives edits elsewhere in the file. Private values are masked
in messages and snippets unless ``--show-values``.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, TextIO
from urllib.parse import quote

from .. import __version__
from ..findings import Finding
from .base import RunResult

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}


def _uri(path: str) -> tuple[str, bool]:
    """(uri, relative?) for a file path: relative to the current folder when below it."""
    absolute = os.path.abspath(path)
    try:
        rel = Path(absolute).relative_to(os.getcwd()).as_posix()
        return quote(rel), True
    except ValueError:
        return Path(absolute).as_uri(), False


def _rule_entry(rule) -> dict[str, Any]:
    first = (rule.message or "").replace("{match}", "…").split("\n")[0]
    desc = " ".join((rule.description or first).split())
    entry: dict[str, Any] = {
        "id": rule.id,
        "name": "".join(part.capitalize() for part in rule.id.replace("/", "-").split("-")),
        "shortDescription": {"text": first},
        "fullDescription": {"text": desc},
        "defaultConfiguration": {"level": LEVELS.get(rule.severity, "warning"), "enabled": bool(rule.enabled)},
        "properties": {"category": rule.category, "tags": [rule.category, rule.pack], "locked": bool(rule.locked)},
    }
    help_text = desc + (f"\n\nInstead: {rule.suggestion}" if rule.suggestion else "")
    if rule.link:
        entry["helpUri"] = rule.link
        help_text += f"\n\nSource: {rule.link}"
    entry["help"] = {"text": help_text}
    return entry


def run_to_sarif(run: RunResult) -> dict[str, Any]:
    used = [f for f in run.findings()]
    rules = dict(run.rules)
    if any(f.rule not in rules for f in used):
        from ..suppress import UNUSED_RULE

        rules.setdefault(UNUSED_RULE.id, UNUSED_RULE)
    rule_ids = sorted(rules)
    index = {rid: i for i, rid in enumerate(rule_ids)}
    results = []
    for report in run.reports:
        for f in report.findings:
            results.append(_result(f, index, run.show_values, report.text))
    notifications = [{"level": "error", "message": {"text": e}, "descriptor": {"id": "input-error"}} for e in run.errors]
    sarif_run: dict[str, Any] = {
        "tool": {"driver": {"name": "postguard", "version": __version__, "semanticVersion": __version__,
                            "rules": [_rule_entry(rules[r]) for r in rule_ids]}},
        "invocations": [{"executionSuccessful": not run.errors, "toolExecutionNotifications": notifications}],
        "originalUriBaseIds": {"%SRCROOT%": {"uri": Path(os.getcwd()).as_uri() + "/"}},
        "columnKind": "unicodeCodePoints",
        "results": results,
    }
    return {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [sarif_run]}


def _result(f: Finding, index: dict[str, int], show_values: bool, text: str) -> dict[str, Any]:
    res: dict[str, Any] = {
        "ruleId": f.rule,
        "level": LEVELS.get(f.severity, "warning"),
        "message": {"text": f.render_message(show_values)},
        "partialFingerprints": {"postguardContent/v1": f.fingerprint or ""},
        "properties": {"category": f.category, "severity": f.severity, "masked": (f.sensitive or f.masked_match is not None) and not show_values},
    }
    if f.rule in index:
        res["ruleIndex"] = index[f.rule]
    if f.post_id is not None:
        res["properties"]["postId"] = f.post_id
    if f.part is not None:
        res["properties"]["part"] = f.part
    loc = f.location
    if loc is not None and loc.path and not loc.path.startswith("<"):
        uri, relative = _uri(loc.path)
        artifact: dict[str, Any] = {"uri": uri}
        if relative:
            artifact["uriBaseId"] = "%SRCROOT%"
        snippet = f.shown_match(show_values)
        region = {"startLine": loc.line, "startColumn": loc.column, "endLine": max(loc.end_line, loc.line),
                  "endColumn": loc.end_column if loc.end_line > loc.line else max(loc.end_column, loc.column + 1),
                  "snippet": {"text": snippet}}
        res["locations"] = [{"physicalLocation": {"artifactLocation": artifact, "region": region}}]
    return res


class SarifReporter:
    def __init__(self, stream: TextIO, color: bool = False):
        self.out = stream

    def write(self, run: RunResult) -> None:
        json.dump(run_to_sarif(run), self.out, ensure_ascii=False, indent=2)
        self.out.write("\n")
