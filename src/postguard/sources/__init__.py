"""Sources: read posts from text, JSON Lines and other files, keeping each post's file, line and column."""

from .base import Post, plain_locator
from .readers import decode, expand_paths, parse, read_path, read_stream

__all__ = ["Post", "plain_locator", "decode", "expand_paths", "parse", "read_path", "read_stream"]
