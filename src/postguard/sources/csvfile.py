"""CSV exports of scheduling tools: one post per row.

The post column (and optional id, platform, first-comment, alt-text and suppression columns) is found
from the header names the common schedulers use, or set in the project config under ``input.csv``.
A cell keeps the line and column of each of its characters, so a finding inside a quoted, multi-line
cell points at the right line of the file.
"""

from __future__ import annotations

import re
from typing import Any

from ..errors import InputError
from ..suppress import parse_value
from .base import Post
from .textmap import TextMap

# Header names (lowercased, spaces/underscores/hyphens removed) per field, in order of preference.
HEADERS: dict[str, tuple[str, ...]] = {
    "text": ("text", "post", "posttext", "message", "caption", "content", "postcontent", "body", "copy",
             "tweet", "status", "description", "postbody", "messagetext"),
    "id": ("id", "postid", "uid", "guid", "externalid", "postuid"),
    "platform": ("platform", "network", "socialnetwork", "channel", "service", "profiletype", "socialprofile",
                 "profile", "account"),
    "first_comment": ("firstcomment", "comment", "firstcommenttext"),
    "alt_text": ("alttext", "imagealttext", "alt", "mediaalttext", "alttexts"),
    "suppress": ("postguard", "postguardignore", "postguardsuppress"),
}
FIELDS = tuple(HEADERS)
OPTION_KEYS = set(FIELDS) | {"delimiter"}

_PLATFORM_WORDS = (("instagram", "instagram"), ("twitter", "x"), ("facebook", "facebook"), ("linkedin", "linkedin"),
                   ("tiktok", "tiktok"), ("tik tok", "tiktok"), ("meta", "facebook"))


def platform_name(value: str | None) -> str | None:
    """Map an export's network name ("Instagram Business", "Twitter", "X", "LinkedIn Page") to ours."""
    if not value:
        return None
    v = value.strip().lower()
    if v in ("x", "x (twitter)", "x/twitter", "twitter/x"):
        return "x"
    for word, name in _PLATFORM_WORDS:
        if word in v:
            return name
    return None


def _key(header: str) -> str:
    return re.sub(r"[\s_\-]+", "", header.strip().lower())


class _Cell:
    __slots__ = ("map", "line", "col", "raw")

    def __init__(self, line: int, col: int):
        self.map = TextMap()
        self.line, self.col = line, col

    @property
    def value(self) -> str:
        return self.map.text


def scan(text: str, delimiter: str, path: str | None) -> list[list[_Cell]]:
    """RFC 4180 reader that keeps each character's (line, column)."""
    rows: list[list[_Cell]] = []
    row: list[_Cell] = []
    i, n = 0, len(text)
    line, col = 1, 1
    while i <= n:
        cell = _Cell(line, col)
        if i < n and text[i] == '"':
            qline = line
            i += 1
            col += 1
            cell.line, cell.col = line, col
            while True:
                if i >= n:
                    raise InputError(f"line {qline}: quoted cell is never closed (a '\"' is missing)", path)
                ch = text[i]
                if ch == '"':
                    if i + 1 < n and text[i + 1] == '"':
                        cell.map.add('"', line, col)
                        i += 2
                        col += 2
                        continue
                    i += 1
                    col += 1
                    break
                cell.map.add(ch, line, col)
                i += 1
                if ch == "\n":
                    line, col = line + 1, 1
                else:
                    col += 1
            # anything between the closing quote and the delimiter is kept, as the csv module does
            while i < n and text[i] not in (delimiter, "\n"):
                cell.map.add(text[i], line, col)
                i += 1
                col += 1
        else:
            while i < n and text[i] not in (delimiter, "\n"):
                cell.map.add(text[i], line, col)
                i += 1
                col += 1
        row.append(cell)
        if i < n and text[i] == delimiter:
            i += 1
            col += 1
            continue
        # end of row (newline or end of text)
        if any(c.value.strip() for c in row):
            rows.append(row)
        row = []
        if i >= n:
            break
        i += 1
        line, col = line + 1, 1
    return rows


def sniff_delimiter(text: str) -> str:
    header = text.split("\n", 1)[0]
    counts = {d: header.count(d) for d in (",", ";", "\t", "|")}
    best = max(counts, key=counts.__getitem__)
    return best if counts[best] else ","


def parse_csv(text: str, path: str | None, platform: str | None = None, options: dict | None = None) -> list[Post]:
    opts = dict(options or {})
    if not text.strip():
        raise InputError("empty file: no post to check", path)
    delimiter = opts.get("delimiter") or sniff_delimiter(text)
    rows = scan(text, delimiter, path)
    if not rows:  # only delimiters and blank cells
        raise InputError("empty file: no post to check", path)
    header = [c.value.strip() for c in rows[0]]
    keys = [_key(h) for h in header]
    columns: dict[str, int] = {}
    for fld in FIELDS:
        wanted = opts.get(fld)
        if wanted:
            matches = [i for i, h in enumerate(header) if h == wanted or _key(h) == _key(wanted)]
            if not matches:
                raise InputError(f"no column {wanted!r} for {fld} (columns: {', '.join(header)})", path)
            columns[fld] = matches[0]
            continue
        for name in HEADERS[fld]:
            if name in keys and keys.index(name) not in columns.values():
                columns[fld] = keys.index(name)
                break
    if "text" not in columns:
        raise InputError(f"no post column found (columns: {', '.join(header)}); name it in .postguard.yaml "
                         "under input: csv: text: COLUMN", path)
    posts: list[Post] = []
    for rowno, row in enumerate(rows[1:], start=1):
        extra = [c for c in row[len(header):] if c.value.strip()]
        if extra:
            # more cells than the header: an unquoted delimiter split a post, and part of it would go unchecked
            raise InputError(f"line {row[0].line}: row has {len(row)} cells but the header has {len(header)} "
                             f"(is a {delimiter!r} in a post not quoted?)", path)

        def cell(fld: str) -> _Cell | None:
            k = columns.get(fld)
            return row[k] if k is not None and k < len(row) else None

        id_cell = cell("id")
        post_id = id_cell.value.strip() if id_cell is not None and id_cell.value.strip() else f"row {rowno}"
        plat_cell = cell("platform")
        post_platform = (platform_name(plat_cell.value) if plat_cell is not None else None) or platform
        supps = []
        sup_cell = cell("suppress")
        if sup_cell is not None and sup_cell.value.strip():
            supps = parse_value(sup_cell.value, path, sup_cell.line, sup_cell.col, kind="column")
        meta: dict[str, Any] = {"suppressions": supps, "row": rowno}
        for part, fld in (("body", "text"), ("first_comment", "first_comment"), ("alt_text", "alt_text")):
            c = cell(fld)
            if c is None:
                continue
            c.map.strip()
            if not len(c.map):
                continue
            line, col = c.map.start()
            posts.append(Post(text=c.map.text, id=post_id, platform=post_platform, path=path, line=line, column=col,
                              part=part, meta=meta, locator=c.map.locator()))
    if not posts:
        raise InputError(f"no posts: every cell of column {header[columns['text']]!r} is empty", path)
    return posts
