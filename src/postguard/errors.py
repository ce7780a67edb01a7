"""Errors a user can cause. The CLI turns each into exit code 2 and one line, never a traceback."""

from __future__ import annotations


class PostguardError(Exception):
    """Base class: a usage, configuration or input problem the user can fix."""

    exit_code = 2


class PackError(PostguardError):
    """A rule pack is malformed. Names the file, the line and the offending key."""

    def __init__(self, message: str, path: str | None = None, line: int | None = None, key: str | None = None):
        self.reason = message
        self.path = path
        self.line = line
        self.key = key
        where = ""
        if path:
            where = f"{path}:{line}: " if line else f"{path}: "
        super().__init__(f"{where}{message}")


class InputError(PostguardError):
    """A post source could not be read (missing, binary, not UTF-8, malformed)."""

    def __init__(self, message: str, path: str | None = None):
        self.reason = message
        self.path = path
        super().__init__(f"{path}: {message}" if path else message)


class ConfigError(PostguardError):
    """The checker configuration is invalid (unknown model, unknown rule id, bad option)."""
