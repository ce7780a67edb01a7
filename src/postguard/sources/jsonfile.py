"""JSON exports: a list of post objects (or an object holding that list), and JSON Lines (one post per
line). Field names are detected from common export keys or set in the project config under
``input.json``; dotted paths reach nested fields (``content.text``). Each post keeps the line and
column of every character of its string in the file, escapes included.
"""

from __future__ import annotations

import re
from typing import Any

from ..errors import InputError
from ..suppress import parse_value
from .base import Post
from .csvfile import platform_name
from .textmap import TextMap, line_starts, position

FIELDS: dict[str, tuple[str, ...]] = {
    "text": ("text", "message", "caption", "content", "body", "post", "post_text", "copy", "status", "description"),
    "id": ("id", "post_id", "uid", "guid", "external_id"),
    "platform": ("platform", "network", "channel", "service", "social_network"),
    "first_comment": ("first_comment", "firstComment", "comment"),
    "alt_text": ("alt_text", "altText", "alt"),
    "suppress": ("postguard", "postguard_ignore"),
}
LIST_KEYS = ("posts", "data", "items", "results", "updates", "entries", "records")
OPTION_KEYS = set(FIELDS) | {"records"}


class Str(str):
    """A decoded JSON string that remembers where its opening quote is in the file."""

    quote: int


class _Parser:
    """A small JSON parser (RFC 8259) that keeps the source offset of every string."""

    def __init__(self, text: str, path: str | None, starts: list[int] | None = None, end: int | None = None):
        # ``end`` stops the parser early (one JSON Lines line) without copying the text; ``starts`` are the
        # text's line starts when the caller has them (finding them again per line made big files quadratic)
        self.s, self.path, self.n = text, path, len(text) if end is None else end
        self.starts = line_starts(text) if starts is None else starts

    def fail(self, i: int, what: str):
        line, col = position(self.starts, min(i, max(0, self.n - 1)))
        raise InputError(f"line {line} column {col}: not valid JSON ({what})", self.path)

    def ws(self, i: int) -> int:
        s, n = self.s, self.n
        while i < n and s[i] in " \t\n\r":
            i += 1
        return i

    def value(self, i: int) -> tuple[Any, int]:
        i = self.ws(i)
        if i >= self.n:
            self.fail(i, "unexpected end of file")
        ch = self.s[i]
        if ch == "{":
            out: dict[str, Any] = {}
            i = self.ws(i + 1)
            if i < self.n and self.s[i] == "}":
                return out, i + 1
            while True:
                i = self.ws(i)
                if i >= self.n or self.s[i] != '"':
                    self.fail(i, "expected a key in double quotes")
                key, i = self.string(i)
                i = self.ws(i)
                if i >= self.n or self.s[i] != ":":
                    self.fail(i, "expected ':'")
                val, i = self.value(i + 1)
                out[key] = val  # the key keeps its position (a Str) for suppression messages
                i = self.ws(i)
                if i < self.n and self.s[i] == ",":
                    i += 1
                    continue
                if i < self.n and self.s[i] == "}":
                    return out, i + 1
                self.fail(i, "expected ',' or '}'")
        if ch == "[":
            arr: list[Any] = []
            i = self.ws(i + 1)
            if i < self.n and self.s[i] == "]":
                return arr, i + 1
            while True:
                val, i = self.value(i)
                arr.append(val)
                i = self.ws(i)
                if i < self.n and self.s[i] == ",":
                    i += 1
                    continue
                if i < self.n and self.s[i] == "]":
                    return arr, i + 1
                self.fail(i, "expected ',' or ']'")
        if ch == '"':
            return self.string(i)
        for word, val in (("true", True), ("false", False), ("null", None)):
            if self.s.startswith(word, i):
                return val, i + len(word)
        m = re.compile(r"-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?").match(self.s, i)
        if m and m.end() > i:
            t = m.group(0)
            return (float(t) if any(c in t for c in ".eE") else int(t)), m.end()
        self.fail(i, f"unexpected character {ch!r}")
        raise AssertionError  # unreachable

    _ESC = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}

    def string(self, i: int) -> tuple[Str, int]:
        s, n = self.s, self.n
        quote = i
        i += 1
        out: list[str] = []
        while True:
            j = i
            while j < n and s[j] not in '"\\\n':
                j += 1
            out.append(s[i:j])
            if j >= n or s[j] == "\n":
                self.fail(quote, "string is never closed")
            if s[j] == '"':
                v = Str("".join(out))
                v.quote = quote
                return v, j + 1
            esc = s[j + 1] if j + 1 < n else ""
            if esc in self._ESC:
                out.append(self._ESC[esc])
                i = j + 2
            elif esc == "u" and re.fullmatch(r"[0-9a-fA-F]{4}", s[j + 2:j + 6]):
                code = int(s[j + 2:j + 6], 16)
                i = j + 6
                if 0xD800 <= code < 0xDC00 and s[i:i + 2] == "\\u" and re.fullmatch(r"[0-9a-fA-F]{4}", s[i + 2:i + 6]):
                    low = int(s[i + 2:i + 6], 16)
                    if 0xDC00 <= low < 0xE000:
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                        i += 6
                out.append(chr(code))
            else:
                self.fail(j, "bad escape in string")

    def parse(self) -> Any:
        val, i = self.value(0)
        i = self.ws(i)
        if i < self.n:
            self.fail(i, "extra data after the JSON value")
        return val


def string_map(text: str, starts: list[int], quote: int) -> TextMap:
    """Map each decoded character of the string whose opening quote is at ``quote`` to (line, column)."""
    tm = TextMap()
    i = quote + 1
    s = text
    while s[i] != '"':
        line, col = position(starts, i)
        if s[i] == "\\":
            esc = s[i + 1]
            if esc == "u":
                code = int(s[i + 2:i + 6], 16)
                step = 6
                if 0xD800 <= code < 0xDC00 and s[i + 6:i + 8] == "\\u":
                    low = int(s[i + 8:i + 12], 16)
                    if 0xDC00 <= low < 0xE000:
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                        step = 12
                tm.add(chr(code), line, col)
                i += step
            else:
                tm.add(_Parser._ESC.get(esc, esc), line, col)
                i += 2
        else:
            tm.add(s[i], line, col)
            i += 1
    return tm


def _get(obj: dict, dotted: str) -> Any:
    cur: Any = obj
    for part in dotted.split("."):
        if not isinstance(cur, dict) or part not in cur:
            return None
        cur = cur[part]
    return cur


def _resolve(sample: list[dict], opts: dict) -> dict[str, str]:
    fields: dict[str, str] = {}
    for fld, names in FIELDS.items():
        if opts.get(fld):
            fields[fld] = opts[fld]
            continue
        for name in names:
            if any(isinstance(o, dict) and name in o for o in sample):
                fields[fld] = name
                break
    return fields


def _posts_from(objs: list[tuple[Any, int]], text: str, starts: list[int], path: str | None, platform: str | None,
                opts: dict, where: str) -> list[Post]:
    fields = _resolve([o for o, _ in objs[:50]], opts)
    if "text" not in fields:
        raise InputError(f"no post text field found (looked for {', '.join(FIELDS['text'])}); name it in "
                         ".postguard.yaml under input: json: text: FIELD", path)
    posts: list[Post] = []
    for obj, index in objs:
        label = f"{where} {index}"
        if not isinstance(obj, dict):
            raise InputError(f"{label}: expected a JSON object, got {type(obj).__name__}", path)
        body = _get(obj, fields["text"])
        if body is None:
            continue
        if not isinstance(body, Str):
            raise InputError(f"{label}: field {fields['text']!r} must be a string", path)
        pid = _get(obj, fields["id"]) if "id" in fields else None
        post_id = str(pid) if pid is not None else str(index)
        plat = _get(obj, fields["platform"]) if "platform" in fields else None
        post_platform = (platform_name(plat) if isinstance(plat, str) else None) or platform
        supps = []
        if "suppress" in fields:
            val = _get(obj, fields["suppress"])
            if val is not None:
                anchor = _anchor(val, body)
                line, col = position(starts, anchor.quote)
                supps = parse_value(_plain(val), path, line, col, kind="key")
        meta: dict[str, Any] = {"suppressions": supps, "index": index}
        for part, fld in (("body", "text"), ("first_comment", "first_comment"), ("alt_text", "alt_text")):
            if fld not in fields:
                continue
            val = _get(obj, fields[fld])
            vals = val if isinstance(val, list) else [val]
            for v in vals:
                if not isinstance(v, Str) or not v.strip():
                    continue
                tm = string_map(text, starts, v.quote)
                tm.strip()
                line, col = tm.start()
                posts.append(Post(text=tm.text, id=post_id, platform=post_platform, path=path, line=line, column=col,
                                  part=part, meta=meta, locator=tm.locator()))
    return posts


def _anchor(val: Any, body: Str) -> Str:
    """The string to point at for a suppression value: itself, its first item or key, else the post."""
    if isinstance(val, Str):
        return val
    if isinstance(val, list) and val and isinstance(val[0], Str):
        return val[0]
    if isinstance(val, dict) and val and isinstance(next(iter(val)), Str):
        return next(iter(val))
    return body


def _plain(v: Any) -> Any:
    if isinstance(v, Str):
        return str(v)
    if isinstance(v, list):
        return [_plain(x) for x in v]
    if isinstance(v, dict):
        return {k: _plain(x) for k, x in v.items()}
    return v


def parse_json(text: str, path: str | None, platform: str | None = None, options: dict | None = None) -> list[Post]:
    opts = dict(options or {})
    if not text.strip():
        raise InputError("empty file: no post to check", path)
    try:
        data = _Parser(text, path).parse()
    except RecursionError:
        raise InputError("JSON nests too deeply to read", path) from None
    records = opts.get("records")
    if records:
        data = _get(data, records) if isinstance(data, dict) else None
        if not isinstance(data, list):
            raise InputError(f"no list of posts at {records!r}", path)
    elif isinstance(data, dict):
        for key in LIST_KEYS:
            if isinstance(data.get(key), list):
                data = data[key]
                break
        else:
            data = [data]  # a single post object
    if not isinstance(data, list):
        raise InputError("expected a list of posts (or an object with a 'posts' list)", path)
    posts = _posts_from([(o, i) for i, o in enumerate(data)], text, line_starts(text), path, platform, opts, "post")
    if not posts:
        raise InputError("no posts found", path)
    return posts


def parse_jsonl(text: str, path: str | None, platform: str | None = None, options: dict | None = None) -> list[Post]:
    opts = dict(options or {})
    starts = line_starts(text)
    objs: list[tuple[Any, int]] = []
    for lineno, raw in enumerate(text.split("\n"), start=1):
        if not raw.strip():
            continue
        offset = starts[lineno - 1]
        line_end = offset + len(raw)
        p = _Parser(text, path, starts, line_end)  # a JSON Lines value must end on its own line
        try:
            val, end = p.value(offset)
        except RecursionError:
            raise InputError(f"line {lineno}: JSON nests too deeply to read", path) from None
        if text[end:line_end].strip():
            p.fail(end, "extra data after the JSON value on this line")
        objs.append((val, lineno))
    if not objs:
        raise InputError("empty file: no post to check", path)
    posts = _posts_from(objs, text, starts, path, platform, opts, "line")
    if not posts:
        raise InputError("no posts found", path)
    return posts
