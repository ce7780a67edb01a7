"""postguard: a content-safety linter for business social posts.

Importing this package is cheap: spaCy, Presidio and the rule packs load the first
time a :class:`Checker` needs them.

    from postguard import Checker
    checker = Checker(packs=["core"])
    report = checker.check("So proud of my daughter Emma, she turned 7 today!")
    for finding in report.findings:
        print(finding.rule, finding.message)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .__about__ import __version__

if TYPE_CHECKING:  # pragma: no cover
    from .checker import Checker, Config
    from .findings import Finding, Report
    from .sources import Post

__all__ = ["Checker", "Config", "Finding", "Report", "Post", "__version__"]

_LAZY = {
    "Checker": ".checker",
    "Config": ".checker",
    "Finding": ".findings",
    "Report": ".findings",
    "Post": ".sources",
}


def __getattr__(name: str):
    if name in _LAZY:
        from importlib import import_module

        return getattr(import_module(_LAZY[name], __name__), name)
    raise AttributeError(f"module 'postguard' has no attribute {name!r}")
