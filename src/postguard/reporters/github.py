"""GitHub Actions workflow commands: one ``::error``/``::warning``/``::notice`` line per finding, which
GitHub shows as an annotation on the file and line in the pull request.

Syntax: ``::LEVEL file=PATH,line=N,col=N,endLine=N,endColumn=N,title=TITLE::MESSAGE``; property values
escape ``%``, CR, LF, ``:`` and ``,``; the message escapes ``%``, CR and LF.
"""

from __future__ import annotations

import os
from typing import TextIO

from .base import RunResult

LEVELS = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(s: str) -> str:
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(s: str) -> str:
    return escape_data(s).replace(":", "%3A").replace(",", "%2C")


def _path(p: str) -> str:
    try:
        rel = os.path.relpath(p)
    except ValueError:
        return p
    return p if rel.startswith("..") else rel.replace(os.sep, "/")


class GithubReporter:
    def __init__(self, stream: TextIO, color: bool = False):
        self.out = stream

    def write(self, run: RunResult) -> None:
        for report in run.reports:
            for f in report.findings:
                props = []
                loc = f.location
                if loc is not None and loc.path and not loc.path.startswith("<"):
                    props.append(f"file={escape_property(_path(loc.path))}")
                    props.append(f"line={loc.line}")
                    props.append(f"col={loc.column}")
                    props.append(f"endLine={loc.end_line}")
                    if loc.end_line == loc.line:
                        props.append(f"endColumn={loc.end_column}")
                props.append(f"title={escape_property(f'postguard {f.rule} ({f.category})')}")
                msg = f.render_message(run.show_values)
                if f.suggestion:
                    msg += f"\nSuggestion: {f.suggestion}"
                self.out.write(f"::{LEVELS.get(f.severity, 'warning')} {','.join(props)}::{escape_data(msg)}\n")
        for err in run.errors:
            self.out.write(f"::error title=postguard input error::{escape_data(err)}\n")
