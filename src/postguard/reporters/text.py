"""Human-readable output: file:line:col, rule, severity, message, the line with the span underlined,
and the suggestion. Colour only when writing to a terminal."""

from __future__ import annotations

import unicodedata
from typing import TextIO

from ..findings import mask
from .base import RunResult

COLORS = {"error": "\033[31m", "warning": "\033[33m", "info": "\033[36m"}
BOLD, DIM, RESET = "\033[1m", "\033[2m", "\033[0m"


def _width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 0 if unicodedata.combining(ch) else 1 for ch in s)


class TextReporter:
    def __init__(self, stream: TextIO, color: bool = False):
        self.out = stream
        self.color = color

    def _c(self, code: str, s: str) -> str:
        return f"{code}{s}{RESET}" if self.color else s

    def write(self, run: RunResult) -> None:
        shown = 0
        for report in run.reports:
            for f in report.findings:
                shown += 1
                loc = f.location
                where = f"{loc.path or '<text>'}:{loc.line}:{loc.column}" if loc else "<text>"
                sev = self._c(COLORS.get(f.severity, ""), f.severity)
                self.out.write(f"{self._c(BOLD, where)}: {sev} [{f.rule}] {f.render_message(run.show_values)}\n")
                self._context(report.text, f, run.show_values, report.findings)
                if f.suggestion:
                    self.out.write(f"  {self._c(DIM, 'suggestion:')} {f.suggestion}\n")
                self.out.write("\n")
        for err in run.errors:
            self.out.write(f"{self._c(COLORS['error'], 'error')}: {err}\n")
        self._summary(run, shown)

    def _context(self, text: str, f, show_values: bool, others=()) -> None:
        if not show_values:
            # mask every private value in the post, not only this finding's, before quoting the line
            chars = list(text)
            for o in others:
                if o.sensitive:
                    chars[o.start:o.end] = list(mask(text[o.start:o.end]))
            text = "".join(chars)
        line_start = text.rfind("\n", 0, f.start) + 1
        line_end = text.find("\n", f.start)
        if line_end == -1:
            line_end = len(text)
        end = min(f.end, line_end)
        before, match, after = text[line_start:f.start], text[f.start:end], text[end:line_end]
        # keep long lines readable: at most 60 characters either side
        if len(before) > 60:
            before = "…" + before[-59:]
        if len(after) > 60:
            after = after[:59] + "…"
        line = (before + match + after).replace("\t", " ")
        self.out.write(f"  | {line}\n")
        self.out.write(f"  | {' ' * _width(before)}{self._c(COLORS.get(f.severity, ''), '^' * max(1, _width(match)))}\n")

    def _summary(self, run: RunResult, shown: int) -> None:
        by = {"error": 0, "warning": 0, "info": 0}
        for f in run.findings():
            by[f.severity] += 1
        posts = len(run.reports)
        if shown:
            parts = [f"{n} {name}{'s' if n != 1 else ''}" for name, n in by.items() if n]
            self.out.write(f"Found {shown} problem{'s' if shown != 1 else ''} ({', '.join(parts)}) in {posts} post{'s' if posts != 1 else ''}.\n")
        elif not run.errors:
            self.out.write(f"All clear: {posts} post{'s' if posts != 1 else ''} checked, nothing found.\n")
        hidden = [f"{run.suppressed} suppressed" if run.suppressed else "",
                  f"{run.baselined} accepted by the baseline" if run.baselined else ""]
        if any(hidden):
            self.out.write(f"Not shown: {', '.join(h for h in hidden if h)}.\n")
        if run.errors:
            self.out.write(f"{len(run.errors)} input error{'s' if len(run.errors) != 1 else ''}.\n")
