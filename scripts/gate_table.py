"""Rewrite ``src/postguard/analyzers/gate_table.json``, the gate literals of every built-in pattern.

Run it after editing a pattern of a built-in pack or recognizer (``tests/test_speed_gate_table.py`` fails
until then): ``.venv/bin/python scripts/gate_table.py``. Without it postguard still finds the same things;
the patterns it lacks are read at start-up instead, which costs a cold check time.
"""

from __future__ import annotations

import sys
from pathlib import Path

from postguard.analyzers import prefilter

TARGET = Path(__file__).resolve().parent.parent / "src" / "postguard" / "analyzers" / prefilter.TABLE


def main() -> int:
    text = prefilter.table_json(prefilter.builtin_patterns())
    old = TARGET.read_text(encoding="utf-8") if TARGET.exists() else None
    if old == text:
        print(f"{TARGET.name} is up to date")
        return 0
    tmp = TARGET.with_suffix(".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(TARGET)
    print(f"wrote {TARGET.name}: {text.count(chr(10)) - 1} patterns, {len(text) // 1024} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
