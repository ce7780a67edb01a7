"""Build a post's text piece by piece while remembering where each character sits in the source file.

Readers that transform their input (Markdown without its markup, a CSV cell without its quoting, a
JSON string without its escapes) append characters with their source (line, column); the resulting
locator maps any offset of the text back to the file.
"""

from __future__ import annotations

import bisect
from typing import Callable


class TextMap:
    def __init__(self) -> None:
        self.chars: list[str] = []
        self.lines: list[int] = []
        self.cols: list[int] = []

    def __len__(self) -> int:
        return len(self.chars)

    def add(self, ch: str, line: int, col: int) -> None:
        self.chars.append(ch)
        self.lines.append(line)
        self.cols.append(col)

    def add_run(self, text: str, line: int, col: int) -> None:
        """Append ``text`` that appears verbatim on one source line starting at ``col``."""
        for i, ch in enumerate(text):
            self.add(ch, line, col + i)

    def strip(self) -> None:
        """Drop leading and trailing whitespace (the locator stays exact)."""
        while self.chars and self.chars[-1].isspace():
            self.chars.pop(), self.lines.pop(), self.cols.pop()
        k = 0
        while k < len(self.chars) and self.chars[k].isspace():
            k += 1
        if k:
            del self.chars[:k], self.lines[:k], self.cols[:k]

    @property
    def text(self) -> str:
        return "".join(self.chars)

    def start(self) -> tuple[int, int]:
        return (self.lines[0], self.cols[0]) if self.chars else (1, 1)

    def locator(self) -> Callable[[int], tuple[int, int]]:
        lines, cols = tuple(self.lines), tuple(self.cols)
        n = len(lines)

        def locate(offset: int) -> tuple[int, int]:
            if n == 0:
                return 1, 1
            if offset < n:
                return lines[max(0, offset)], cols[max(0, offset)]
            return lines[-1], cols[-1] + 1  # just past the last character

        return locate


def line_starts(text: str) -> list[int]:
    """Offsets at which each line of ``text`` starts (index 0 is line 1)."""
    out = [0]
    for i, ch in enumerate(text):
        if ch == "\n":
            out.append(i + 1)
    return out


def position(starts: list[int], index: int) -> tuple[int, int]:
    """1-based (line, column) of character ``index`` given :func:`line_starts`."""
    k = bisect.bisect_right(starts, index) - 1
    return k + 1, index - starts[k] + 1
