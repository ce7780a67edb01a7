"""What every reporter receives: the reports of a run, the per-file errors and the options."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..findings import SEVERITY_RANK, Report
from ..packs.model import Rule


@dataclass
class RunResult:
    reports: list[Report] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # one line each: "path: reason"
    rules: dict[str, Rule] = field(default_factory=dict)
    files: int = 0
    show_values: bool = False
    fail_on: str = "warning"
    texts: dict[str | None, str] = field(default_factory=dict)  # source text per path, for context lines
    suppressed: int = 0  # findings hidden by suppressions
    baselined: int = 0  # findings hidden because the baseline accepts them
    config_baselines: list[str] = field(default_factory=list)  # baseline files named by project configs

    def findings(self):
        for report in self.reports:
            yield from report.findings

    def failing(self) -> int:
        threshold = SEVERITY_RANK[self.fail_on]
        return sum(1 for f in self.findings() if SEVERITY_RANK[f.severity] >= threshold)

    def exit_code(self) -> int:
        if self.errors:
            return 2
        return 1 if self.failing() else 0
