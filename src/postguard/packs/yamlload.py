"""Safe YAML loading that remembers the line of every key, so pack errors can point at it."""

from __future__ import annotations

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


class _CountingLoader(yaml.SafeLoader):
    """Stops composing once a document has more nodes than a pack may have, so a huge file fails fast."""

    nodes = 0
    path = ""

    def compose_node(self, parent, index):
        self.nodes += 1
        if self.nodes > MAX_NODES:
            mark = self.peek_event().start_mark
            raise PackError(f"pack is too large or uses too many aliases (over {MAX_NODES} values)", self.path, mark.line + 1)
        return super().compose_node(parent, index)


def load_yaml(text: str, path: str) -> Any:
    loader = None
    try:
        loader = _CountingLoader(text)  # the reader already refuses control characters here
        loader.path = path
        node = loader.get_single_node()
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise PackError(f"not valid YAML: {problem}", path, line) from None
    except RecursionError:  # PyYAML composes nested collections recursively
        raise PackError(f"pack nests deeper than {MAX_DEPTH} levels", path) from None
    finally:
        if loader is not None:
            loader.dispose()
    if node is None:
        return None
    counter = [0]
    return _convert(node, path, counter, 0)


def _convert(node: yaml.Node, path: str, counter: list[int], depth: int) -> Any:
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
            key = _convert(key_node, path, counter, depth + 1)
            if not isinstance(key, (str, int, float, bool)):
                raise PackError("mapping keys must be plain values", path, key_node.start_mark.line + 1)
            key = str(key) if not isinstance(key, str) else key
            if key in out:
                raise PackError(f"duplicate key {key!r}", path, key_node.start_mark.line + 1, key)
            out[key] = _convert(value_node, path, counter, depth + 1)
            out.lines[key] = key_node.start_mark.line + 1
        return out
    if isinstance(node, yaml.SequenceNode):
        seq = LineList()
        seq.line = line
        seq.lines = []
        for item in node.value:
            seq.append(_convert(item, path, counter, depth + 1))
            seq.lines.append(item.start_mark.line + 1)
        return seq
    try:
        return yaml.SafeLoader(" ").construct_object(node, deep=True)  # scalars only
    except yaml.YAMLError as exc:
        raise PackError(f"bad value: {getattr(exc, 'problem', None) or str(exc).splitlines()[0]}", path, line) from None
    except (ValueError, TypeError, OverflowError) as exc:  # e.g. a date that does not exist: 2024-02-30
        raise PackError(f"bad value {node.value!r}: {exc}", path, line) from None


def line_of(container: Any, key: Any = None) -> int | None:
    if key is not None:
        lines = getattr(container, "lines", None)
        if isinstance(lines, dict):
            return lines.get(key)
        if isinstance(lines, list) and isinstance(key, int) and 0 <= key < len(lines):
            return lines[key]
    return getattr(container, "line", None) or None
