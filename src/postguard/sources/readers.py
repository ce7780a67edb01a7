"""Read posts from files and streams.

Every reader returns a list of :class:`Post` or raises :class:`InputError` with a one-line reason;
a file is read whole or not at all, so a half-read file never produces half the findings.
"""

from __future__ import annotations

import codecs
import os
from pathlib import Path
from typing import Callable, Iterable

from ..errors import InputError
from .base import Post

MAX_FILE_BYTES = 8 * 1024 * 1024

TEXT_SUFFIXES = {".txt", ".text", ""}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}


def decode(data: bytes, path: str) -> str:
    """Decode bytes as UTF-8 (or UTF-16/32 with a byte-order mark); refuse binary data."""
    if data.startswith(codecs.BOM_UTF32_LE) or data.startswith(codecs.BOM_UTF32_BE):
        encoding = "utf-32"
    elif data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        encoding = "utf-16"
    else:
        if b"\x00" in data[:8192]:
            raise InputError("binary file (contains NUL bytes); expected UTF-8 text", path)
        encoding = "utf-8-sig"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(
            f"not valid {encoding.replace('-sig', '').upper()} (byte 0x{data[exc.start]:02x} at offset {exc.start})",
            path,
        ) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_bytes(path: str, max_bytes: int = MAX_FILE_BYTES) -> bytes:
    try:
        size = os.path.getsize(path)
        if size > max_bytes:
            raise InputError(
                f"file is {size / 1_000_000:.1f} MB, over the {max_bytes / 1_000_000:.1f} MB limit", path
            )
        with open(path, "rb") as fh:
            return fh.read()
    except IsADirectoryError:
        raise InputError("is a directory", path) from None
    except FileNotFoundError:
        raise InputError("no such file", path) from None
    except PermissionError:
        raise InputError("permission denied", path) from None
    except OSError as exc:
        raise InputError(exc.strerror or str(exc), path) from None


def parse_text(text: str, path: str | None, platform: str | None = None) -> list[Post]:
    """A plain-text file is one post."""
    if not text.strip():
        raise InputError("empty file: no post to check", path)
    return [Post(text=text, id=None, platform=platform, path=path, line=1, column=1)]


def detect_format(path: str) -> str:
    suffix = Path(path).suffix.lower()
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in EXTRA_SUFFIXES:
        return EXTRA_SUFFIXES[suffix]
    return "text"


def read_path(path: str, fmt: str | None = None, platform: str | None = None, max_bytes: int = MAX_FILE_BYTES,
              options: dict | None = None) -> list[Post]:
    data = read_bytes(path, max_bytes)
    return parse(decode(data, path), path, fmt or detect_format(path), platform, options)


def read_stream(stream, name: str = "<stdin>", fmt: str = "text", platform: str | None = None, max_bytes: int = MAX_FILE_BYTES,
                options: dict | None = None) -> list[Post]:
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputError(f"input is over the {max_bytes / 1_000_000:.1f} MB limit", name)
    return parse(decode(data, name), name, fmt, platform, options)


from . import csvfile, jsonfile, markdown  # noqa: E402 (they import Post from .base)

PARSERS: dict[str, Callable[..., list[Post]]] = {
    "text": parse_text,
    # JSON Lines through the export reader: configurable fields, first comment, alt text, suppressions
    "jsonl": jsonfile.parse_jsonl,
    "json": jsonfile.parse_json,
    "csv": csvfile.parse_csv,
    "markdown": markdown.parse_markdown,
}
# readers that take ``options`` (the project config's input mapping for that format)
OPTION_PARSERS = {"jsonl": "json", "json": "json", "csv": "csv", "markdown": "markdown"}


def parse(text: str, path: str | None, fmt: str, platform: str | None = None, options: dict | None = None) -> list[Post]:
    """``options`` maps a format family (``csv``, ``json``) to that reader's field mapping."""
    try:
        parser = PARSERS[fmt]
    except KeyError:
        raise InputError(f"unknown input format {fmt!r} (known: {', '.join(sorted(PARSERS))})", path) from None
    if fmt in OPTION_PARSERS:
        return parser(text, path, platform=platform, options=(options or {}).get(OPTION_PARSERS[fmt]))
    return parser(text, path, platform=platform)


def expand_paths(paths: Iterable[str]) -> list[str]:
    """Expand directories into the post files below them (known suffixes only), in a stable order."""
    known = TEXT_SUFFIXES | JSONL_SUFFIXES | set(EXTRA_SUFFIXES)
    out: list[str] = []
    for p in paths:
        if p != "-" and os.path.isdir(p):
            for root, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for f in sorted(files):
                    if f.startswith("."):
                        continue
                    if Path(f).suffix.lower() in known - {""}:
                        out.append(os.path.join(root, f))
        else:
            out.append(p)
    return out


# Suffixes other readers register (Markdown, CSV, JSON exports)
EXTRA_SUFFIXES: dict[str, str] = {".md": "markdown", ".markdown": "markdown", ".csv": "csv", ".json": "json"}
