"""Safe YAML loading that remembers the line of every key, so pack errors can point at it."""

from __future__ import annotations

import re
from typing import Any

import yaml

from ..errors import PackError

MAX_NODES = 200_000  # guards against alias ("billion laughs") bombs
MAX_DEPTH = 64


class LineDict(dict):
    """A dict that knows the line of each key (``lines``) and its own first line (``line``)."""

    line: int = 0
    lines: dict[str, int]


class LineList(list):
    line: int = 0
    lines: list[int]


# The tags a pack may carry, explicitly or implicitly: plain data. Anything else (``!!python/...``, a custom
# ``!tag``) is refused by name rather than quietly read as a string or list.
_DATA_TAGS = {f"tag:yaml.org,2002:{t}" for t in ("str", "int", "float", "bool", "null", "timestamp", "seq", "map")}


class _Counting:
    """Stops composing once a document has more nodes than a pack may have, so a huge file fails fast."""

    nodes = 0
    path = ""

    def compose_node(self, parent, index):
        self.nodes += 1
        if self.nodes > MAX_NODES:
            mark = self.peek_event().start_mark
            raise PackError(f"pack is too large or uses too many aliases (over {MAX_NODES} values)", self.path, mark.line + 1)
        return yaml.composer.Composer.compose_node(self, parent, index)


class _CountingLoader(_Counting, yaml.SafeLoader):
    """The pure-Python loader: the reference whose error messages and lines packs report."""


_CParser = getattr(getattr(yaml, "_yaml", None), "CParser", None) if getattr(yaml, "__with_libyaml__", False) else None

if _CParser is not None:
    class _FastLoader(_Counting, yaml.composer.Composer, _CParser, yaml.resolver.Resolver):  # type: ignore[misc,valid-type]
        """libyaml scans and parses (the costly part, in C); the nodes are composed in Python exactly as
        the pure-Python loader composes them (same counting, same tags, same marks), so both give the
        same tree. On any YAML error the text is read again by the pure-Python loader for its message."""

        def __init__(self, text: str):
            _CParser.__init__(self, text)
            yaml.composer.Composer.__init__(self)
            yaml.resolver.Resolver.__init__(self)
            self.text_lines: list[str] | None = None

        def compose_node(self, parent, index):
            event = self.peek_event()
            if getattr(event, "tag", None) is not None:
                raise yaml.YAMLError("explicit tag")  # packs carry none: the reference reads and refuses it
            style = getattr(event, "style", None)
            if style in ("|", ">") and not self._plain_block_header(event.start_mark):
                raise yaml.YAMLError("unusual block scalar header")
            return super().compose_node(parent, index)

        def _plain_block_header(self, mark) -> bool:
            if self.text_lines is None:
                self.text_lines = self.text.split("\n")
            line = self.text_lines[mark.line] if mark.line < len(self.text_lines) else ""
            return line.isascii() and _BLOCK_HEADER.fullmatch(line, mark.column) is not None
else:  # pragma: no cover - PyYAML built without libyaml
    _FastLoader = None


# Where libyaml and PyYAML read flow collections differently: a plain scalar in "[...]" or "{...}" holding
# one of these (PyYAML ends it, or takes "?"/":" as an indicator, where libyaml reads on) or starting with "-".
_FLOW_PLAIN_DOUBT = frozenset("?:,[]{}#")


def _reads_differently(root: Any) -> bool:
    """True if the tree has a plain scalar inside a flow collection that PyYAML might read otherwise."""
    if root is None:
        return False
    stack = [(root, False)]
    seen: set[int] = set()
    while stack:
        node, in_flow = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, yaml.ScalarNode):
            if in_flow and not node.style and (node.value.startswith("-") or not _FLOW_PLAIN_DOUBT.isdisjoint(node.value)):
                return True
        elif isinstance(node, yaml.MappingNode):
            flow = in_flow or bool(node.flow_style)
            for k, v in node.value:
                stack.append((k, flow))
                stack.append((v, flow))
        else:
            flow = in_flow or bool(node.flow_style)
            stack.extend((item, flow) for item in node.value)
    return False


# "|" or ">", an optional indentation digit and chomping sign, then nothing or a comment after a space
_BLOCK_HEADER = re.compile(r"[|>](?:[1-9][-+]?|[-+][1-9]?)?(?:[ ]+#.*)?[ ]*\r?")
# characters that libyaml and PyYAML treat differently in places (tabs, byte order marks, line separators)
_SLOW_CHARS = re.compile("[\t\ufeff\x85\u2028\u2029]")


def _compose(loader_class, text: str, path: str):
    loader = None
    try:
        loader = loader_class(text)  # the reader already refuses control characters here
        loader.path = path
        loader.text = text
        return loader.get_single_node()
    finally:
        if loader is not None:
            loader.dispose()


def load_yaml(text: str, path: str) -> Any:
    try:
        try:
            if _FastLoader is None or _SLOW_CHARS.search(text):
                raise yaml.YAMLError  # libyaml reads some tabs that PyYAML refuses: the reference decides
            node = _compose(_FastLoader, text, path)
            if _reads_differently(node):
                raise yaml.YAMLError
        except (yaml.YAMLError, RecursionError):
            node = _compose(_CountingLoader, text, path)  # the reference reader: its message and line
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise PackError(f"not valid YAML: {problem}", path, line) from None
    except RecursionError:  # PyYAML composes nested collections recursively
        raise PackError(f"pack nests deeper than {MAX_DEPTH} levels", path) from None
    if node is None:
        return None
    counter = [0]
    return _convert(node, path, counter, 0, yaml.constructor.SafeConstructor())  # one constructor for the scalars


def _convert(node: yaml.Node, path: str, counter: list[int], depth: int, scalars: Any) -> Any:
    counter[0] += 1
    if counter[0] > MAX_NODES:
        raise PackError(f"pack is too large or uses too many aliases (over {MAX_NODES} values)", path, node.start_mark.line + 1)
    if depth > MAX_DEPTH:
        raise PackError(f"pack nests deeper than {MAX_DEPTH} levels", path, node.start_mark.line + 1)
    line = node.start_mark.line + 1
    if node.tag not in _DATA_TAGS and node.tag != "tag:yaml.org,2002:merge":
        raise PackError(f"YAML tag {node.tag.replace('tag:yaml.org,2002:', '!!')!r} is not allowed: packs are data only",
                        path, line)
    if isinstance(node, yaml.MappingNode):
        out = LineDict()
        out.line = line
        out.lines = {}
        for key_node, value_node in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                raise PackError("YAML merge keys ('<<') are not supported in packs", path, key_node.start_mark.line + 1)
            key = _convert(key_node, path, counter, depth + 1, scalars)
            if not isinstance(key, (str, int, float, bool)):
                raise PackError("mapping keys must be plain values", path, key_node.start_mark.line + 1)
            key = str(key) if not isinstance(key, str) else key
            if key in out:
                raise PackError(f"duplicate key {key!r}", path, key_node.start_mark.line + 1, key)
            out[key] = _convert(value_node, path, counter, depth + 1, scalars)
            out.lines[key] = key_node.start_mark.line + 1
        return out
    if isinstance(node, yaml.SequenceNode):
        seq = LineList()
        seq.line = line
        seq.lines = []
        for item in node.value:
            seq.append(_convert(item, path, counter, depth + 1, scalars))
            seq.lines.append(item.start_mark.line + 1)
        return seq
    try:
        return scalars.construct_object(node, deep=True)  # scalars only
    except yaml.YAMLError as exc:
        raise PackError(f"bad value: {getattr(exc, 'problem', None) or str(exc).splitlines()[0]}", path, line) from None
    except (ValueError, TypeError, OverflowError, IndexError) as exc:  # a date that does not exist: 2024-02-30; !!int ""
        reason = f"not a valid {node.tag.rsplit(':', 1)[-1]}" if isinstance(exc, IndexError) else str(exc)
        raise PackError(f"bad value {node.value!r}: {reason}", path, line) from None


def line_of(container: Any, key: Any = None) -> int | None:
    if key is not None:
        lines = getattr(container, "lines", None)
        if isinstance(lines, dict):
            return lines.get(key)
        if isinstance(lines, list) and isinstance(key, int) and 0 <= key < len(lines):
            return lines[key]
    return getattr(container, "line", None) or None
