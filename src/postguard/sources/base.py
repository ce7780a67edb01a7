"""A post as read from a source, and the map from its text back to the file it came from."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Any, Callable


@dataclass
class Post:
    """One post to check.

    ``text`` is what gets analyzed. ``path``, ``line`` and ``column`` say where ``text[0]`` sits in the
    source file (1-based); ``locate`` maps any offset of ``text`` to (line, column) in that file.
    """

    text: str
    id: str | None = None
    platform: str | None = None
    path: str | None = None
    line: int = 1
    column: int = 1
    part: str | None = None  # which field of the post: body, first_comment, alt_text
    meta: dict[str, Any] = field(default_factory=dict)
    # maps an offset in ``text`` to (line, column) in the source; set by sources whose text is escaped
    locator: Callable[[int], tuple[int, int]] | None = field(default=None, repr=False, compare=False)

    def locate(self, offset: int) -> tuple[int, int]:
        if self.locator is not None:
            return self.locator(offset)
        # the line breaks are found once per post (a finding asks twice; a long post has many findings)
        cached = self.__dict__.get("_breaks")
        if cached is None or cached[0] is not self.text:
            cached = self.__dict__["_breaks"] = (self.text, [i for i, ch in enumerate(self.text) if ch == "\n"])
        return _plain_locate(cached[1], self.line, self.column, offset)

    def locate_end(self, offset: int) -> tuple[int, int]:
        """(line, column) just past the character before ``offset``: where a span [start, offset) ends.

        Unlike ``locate(offset)`` this does not jump over markup the reader dropped (``**`` after a word).
        """
        if offset <= 0:
            return self.locate(0)
        line, col = self.locate(offset - 1)
        return line, col + 1


def plain_locator(text: str, line: int = 1, column: int = 1) -> Callable[[int], tuple[int, int]]:
    """Locator for text that appears verbatim in the source starting at (line, column)."""
    breaks = [i for i, ch in enumerate(text) if ch == "\n"]

    def locate(offset: int) -> tuple[int, int]:
        return _plain_locate(breaks, line, column, offset)

    return locate


def _plain_locate(breaks: list[int], line: int, column: int, offset: int) -> tuple[int, int]:
    k = bisect.bisect_left(breaks, offset)  # newlines strictly before offset
    if k == 0:
        return line, column + offset
    return line + k, offset - breaks[k - 1]

