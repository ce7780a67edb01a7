"""Markdown posts: YAML front matter plus a body, as content repos and static-site generators keep them.

The post text is what a reader sees: headings, paragraphs, list items and link texts, without the
markup. Code (fenced and indented blocks, `code spans`), link URLs, image paths and HTML tags are not
post text; an image's alt text is checked as its own part (``alt_text``). Every character keeps its
line and column in the file, so findings point at the Markdown source.

Front matter keys postguard reads (others are left to the site generator): ``platform``, ``packs``,
``id`` and ``ignore`` (suppressions for the whole file, see :mod:`postguard.suppress`).
"""

from __future__ import annotations

import os
import re
from typing import Any

import yaml

from ..errors import InputError
from ..platforms import PLATFORMS
from ..suppress import Suppression, parse_directive, parse_value
from .base import Post
from .textmap import TextMap

_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_BREAK = re.compile(r"^ {0,3}(?:([-*_])(?:[ \t]*\1){2,}|=+|-+)[ \t]*$")
_REFDEF = re.compile(r"^ {0,3}\[[^\]]+\]:\s*\S+")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
_QUOTE = re.compile(r"^(?: {0,3}>[ ]?)+")
_HEADING = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+|$)")
_HEADING_TAIL = re.compile(r"[ \t]+#+[ \t]*$")
_LIST = re.compile(r"^ {0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?")
_AUTOLINK = re.compile(r"<(?:https?://|mailto:|www\.)[^<>\s]+>", re.I)
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
_PUNCT = set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
FRONT_MATTER_KEYS = ("platform", "packs", "id", "ignore")


class _FrontMatterLoader(yaml.SafeLoader):
    """Safe loading without aliases: a post's front matter never needs ``*name``, and an alias bomb there
    would otherwise expand when a value is printed or compared."""

    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            raise yaml.composer.ComposerError(None, None, "aliases (*name) are not allowed in front matter",
                                              self.peek_event().start_mark)
        return super().compose_node(parent, index)


def _front_matter(lines: list[str], path: str | None) -> tuple[dict[str, Any], int]:
    """Return (front matter, index of the first body line)."""
    if not lines or lines[0].strip() != "---":
        return {}, 0
    for j in range(1, len(lines)):
        if lines[j].strip() in ("---", "..."):
            break
    else:
        raise InputError("line 1: front matter starts with '---' but is never closed", path)
    try:
        data = yaml.load("\n".join(lines[1:j]), Loader=_FrontMatterLoader) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 2}: " if mark is not None else ""
        raise InputError(f"{where}front matter is not valid YAML ({getattr(exc, 'problem', None) or exc})", path) from None
    except RecursionError:
        raise InputError("front matter nests too deeply to read", path) from None
    except (ValueError, TypeError, OverflowError) as exc:  # a value PyYAML cannot build, e.g. date: 2024-02-30
        raise InputError(f"front matter has a bad value ({exc})", path) from None
    if not isinstance(data, dict):
        raise InputError("line 2: front matter must be a mapping of keys to values", path)
    return data, j + 1


def _key_line(lines: list[str], end: int, key: str) -> int:
    for i in range(1, end):
        if re.match(rf"^{re.escape(key)}\s*:", lines[i]):
            return i + 1
    return 1


class _Inline:
    """Strip inline Markdown from one piece of a line, appending visible characters to ``out``."""

    def __init__(self, alts: list[TextMap]):
        self.alts = alts

    def run(self, s: str, line: int, col: int, out: TextMap) -> None:
        i, n = 0, len(s)
        while i < n:
            ch = s[i]
            if ch == "\\" and i + 1 < n and s[i + 1] in _PUNCT:
                out.add(s[i + 1], line, col + i + 1)
                i += 2
                continue
            if ch == "`":
                j = i
                while j < n and s[j] == "`":
                    j += 1
                fence = s[i:j]
                close = s.find(fence, j)
                while close != -1 and close + len(fence) < n and s[close + len(fence)] == "`":
                    close = s.find(fence, close + len(fence) + 1)
                if close != -1:
                    i = close + len(fence)  # code span: not post text
                    continue
                out.add_run(fence, line, col + i)
                i = j
                continue
            if ch == "!" and i + 1 < n and s[i + 1] == "[":
                end = self._link(s, i + 1)
                if end is not None:
                    text_end, after = end
                    alt = TextMap()
                    self.run(s[i + 2:text_end], line, col + i + 2, alt)
                    alt.strip()
                    if len(alt):
                        self.alts.append(alt)
                    i = after
                    continue
            if ch == "[":
                end = self._link(s, i)
                if end is not None:
                    text_end, after = end
                    self.run(s[i + 1:text_end], line, col + i + 1, out)
                    i = after
                    continue
            if ch == "<":
                m = _AUTOLINK.match(s, i) or _TAG.match(s, i)
                if m:
                    i = m.end()
                    continue
            if ch in "*_~":
                j = i
                while j < n and s[j] == ch:
                    j += 1
                left = s[i - 1] if i > 0 else " "
                right = s[j] if j < n else " "
                literal = (left.isspace() and right.isspace()) or (ch == "_" and left.isalnum() and right.isalnum()) \
                    or (ch == "~" and j - i != 2)
                if not literal:
                    i = j  # emphasis or strikethrough delimiter
                    continue
                out.add_run(s[i:j], line, col + i)
                i = j
                continue
            out.add(ch, line, col + i)
            i += 1

    @staticmethod
    def _closing(s: str, i: int, open_ch: str, close_ch: str) -> int | None:
        """``s[i]`` is ``open_ch``; the index of its matching ``close_ch`` (backslash escapes skipped)."""
        depth, j, n = 0, i, len(s)
        while j < n:
            if s[j] == "\\":
                j += 2
                continue
            if s[j] == open_ch:
                depth += 1
            elif s[j] == close_ch:
                depth -= 1
                if depth == 0:
                    return j
            j += 1
        return None

    @classmethod
    def _link(cls, s: str, i: int) -> tuple[int, int] | None:
        """``s[i]`` is '['; return (index of the closing ']', index after the link) for [text](url) or [text][ref]."""
        close = cls._closing(s, i, "[", "]")
        if close is None:
            return None
        n = len(s)
        if close + 1 < n and s[close + 1] == "(":
            end = cls._closing(s, close + 1, "(", ")")
            return (close, end + 1) if end is not None else None
        if close + 1 < n and s[close + 1] == "[":
            k = s.find("]", close + 2)
            if k != -1:
                return close, k + 1
        return None

def parse_markdown(text: str, path: str | None, platform: str | None = None, options: dict | None = None) -> list[Post]:
    lines = text.split("\n")
    fm, body_start = _front_matter(lines, path)
    supps: list[Suppression] = []

    fm_platform = fm.get("platform")
    if fm_platform is not None:
        if not isinstance(fm_platform, str) or fm_platform.lower() not in PLATFORMS:
            raise InputError(f"line {_key_line(lines, body_start, 'platform')}: unknown platform {fm_platform!r} in front matter "
                             f"(known: {', '.join(PLATFORMS)})", path)
        platform = fm_platform.lower()
    packs = fm.get("packs")
    if packs is not None:
        if isinstance(packs, str):
            packs = [packs]
        if not isinstance(packs, list) or not all(isinstance(p, str) for p in packs):
            raise InputError(f"line {_key_line(lines, body_start, 'packs')}: front matter 'packs' must be a list of pack names", path)
        # pack files are relative to the post's folder, like every other path a file names
        base = os.path.dirname(os.path.abspath(path)) if path and not path.startswith("<") else os.getcwd()
        packs = [os.path.normpath(os.path.join(base, p)) if p.endswith((".yaml", ".yml")) or "/" in p else p for p in packs]
    if "ignore" in fm:
        ln = _key_line(lines, body_start, "ignore")
        supps.extend(parse_value(fm["ignore"], path, ln, 1, kind="front-matter"))
    post_id = fm.get("id")

    body = TextMap()
    alts: list[TextMap] = []
    inline = _Inline(alts)

    def newline(line: int, col: int) -> None:
        if len(body) and not (len(body) >= 2 and body.chars[-1] == "\n" and body.chars[-2] == "\n"):
            body.add("\n", line, col)

    pending: list[Suppression] = []  # ignore[...] waiting for the next block
    current: list[Suppression] = []  # ignore[...] covering the current block
    disables: list[Suppression] = []  # open disable[...] ranges
    block_first: int | None = None
    block_last = 0
    in_fence: tuple[str, int] | None = None
    in_comment: tuple[int, int, list[str]] | None = None  # (line, col, collected text)
    prev_blank = True
    in_list = False

    def end_block() -> None:
        nonlocal block_first, current
        for s in current:
            s.last_line = block_last
        current = []
        block_first = None

    def directive(body_text: str, line: int, col: int, has_content: bool) -> None:
        parsed = parse_directive(body_text, path, line, col)
        if parsed is None:
            return
        verb, rules, reason = parsed
        source = f"{verb}[{', '.join(rules)}]"
        if verb == "ignore":
            s = Suppression(rules, reason, path, line, col, source=source, kind="ignore")
            if has_content or block_first is not None:
                s.first_line = block_first if block_first is not None else line
                current.append(s)
            else:
                s.first_line, s.last_line = line + 1, line  # covers nothing until a block starts
                pending.append(s)
            supps.append(s)
        elif verb == "disable":
            for r in rules:
                s = Suppression((r,), reason, path, line, col, source=f"disable[{r}]", kind="disable", first_line=line)
                disables.append(s)
                supps.append(s)
        else:  # enable
            for r in rules:
                match = [s for s in disables if s.rules == (r,)]
                if not match:
                    raise InputError(f"line {line}: enable[{r}] without an earlier disable[{r}]", path)
                for s in match:
                    s.last_line = line
                    disables.remove(s)

    for idx in range(body_start, len(lines)):
        raw = lines[idx]
        lineno = idx + 1
        if in_comment is not None:
            close = raw.find("-->")
            if close == -1:
                in_comment[2].append(raw)
                continue
            cline, ccol, parts = in_comment
            parts.append(raw[:close])
            in_comment = None
            directive("\n".join(parts), cline, ccol, False)
            rest_start = close + 3
        else:
            rest_start = 0
        if in_fence is not None:
            m = _FENCE.match(raw)
            if m and m.group(1)[0] == in_fence[0] and len(m.group(1)) >= in_fence[1] and not raw[m.end():].strip():
                in_fence = None
            continue
        if rest_start == 0:
            if not raw.strip():
                end_block()
                newline(lineno, len(raw) + 1)
                prev_blank = True
                continue
            m = _FENCE.match(raw)
            if m:
                end_block()
                in_fence = (m.group(1)[0], len(m.group(1)))
                in_list = in_list and raw.startswith((" ", "\t"))
                newline(lineno, 1)
                continue
            if prev_blank and not in_list and (raw.startswith("    ") or raw.startswith("\t")):
                end_block()
                newline(lineno, 1)
                continue  # indented code block
            if _BREAK.match(raw) or _REFDEF.match(raw) or _TABLE_RULE.match(raw):
                prev_blank = False
                continue
        # split the line into content pieces around HTML comments
        pieces: list[tuple[str, int]] = []
        pos = rest_start
        while True:
            start = raw.find("<!--", pos)
            if start == -1:
                pieces.append((raw[pos:], pos))
                break
            pieces.append((raw[pos:start], pos))
            close = raw.find("-->", start + 4)
            has_content = any(p.strip() for p, _ in pieces) or block_first is not None
            if close == -1:
                in_comment = (lineno, start + 1, [raw[start + 4:]])
                break
            directive(raw[start + 4:close], lineno, start + 1, has_content)
            pos = close + 3
        content = [(p, c) for p, c in pieces if p.strip()]
        if not content:
            continue  # only a comment on this line
        # block prefixes: only for content at the very start of the line
        first, first_col = content[0]
        heading = False
        if first_col == 0 and rest_start == 0:
            prefix = 0
            m = _QUOTE.match(first)
            if m:
                prefix = m.end()
            m = _HEADING.match(first[prefix:])
            if m:
                heading = True
                prefix += m.end()
                first = _HEADING_TAIL.sub("", first)
            else:
                m = _LIST.match(first[prefix:])
                if m:
                    in_list = True
                    prefix += m.end()
                elif not raw.startswith((" ", "\t")):
                    in_list = False
            content[0] = (first[prefix:], prefix)
        if block_first is None:
            block_first = lineno
            for s in pending:
                s.first_line = lineno
                current.append(s)
            pending = []
        block_last = lineno
        before = len(body)
        for piece, col0 in content:
            inline.run(piece, lineno, col0 + 1, body)
        if len(body) > before:
            body.add("\n", lineno, len(raw) + 1)
        prev_blank = False
        if heading:
            end_block()
    end_block()
    for s in pending:
        s.last_line = s.first_line - 1 if s.first_line else 0
    if in_comment is not None:
        raise InputError(f"line {in_comment[0]}: HTML comment '<!--' is never closed", path)
    # (an unclosed fence runs to the end of the file, as in CommonMark)
    meta: dict[str, Any] = {"suppressions": supps}
    if packs is not None:
        meta["packs"] = tuple(packs)
    body.strip()
    posts: list[Post] = []
    pid = str(post_id) if post_id is not None else None
    if len(body):
        line, col = body.start()
        posts.append(Post(text=body.text, id=pid, platform=platform, path=path, line=line, column=col,
                          part="body", meta=meta, locator=body.locator()))
    for alt in alts:
        line, col = alt.start()
        posts.append(Post(text=alt.text, id=pid, platform=platform, path=path, line=line, column=col,
                          part="alt_text", meta=meta, locator=alt.locator()))
    if not posts:
        raise InputError("no post text (the file has only front matter, code or comments)", path)
    return posts
