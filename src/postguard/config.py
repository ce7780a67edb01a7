"""Project configuration: ``.postguard.yaml`` (or ``.postguard.yml``) or ``[tool.postguard]`` in
``pyproject.toml``, found by walking up from each checked file; the nearest one wins.

Keys (all optional; unknown keys and unknown rule ids are errors that name the file and line)::

    packs: [core, platform, ./packs/our-brand.yaml]   # built-in names or files relative to the config
    select: [core/*]                 # only these rules (ids, aliases or globs)
    ignore: [core/child-age]         # skip these rules (locked rules cannot be ignored)
    fail-on: warning                 # error | warning | info
    platform: instagram              # default platform for posts that do not name one
    baseline: .postguard-baseline.json
    input:
      csv: {text: Message, id: Post ID, platform: Network, first_comment: First Comment,
            alt_text: Alt text, suppress: postguard, delimiter: ","}
      json: {records: data.posts, text: caption, id: uuid, platform: network, first_comment: comment,
             alt_text: media.alt, suppress: postguard}
    overrides:                       # per-path settings, applied in order to matching files
      - paths: ["drafts/*", "exports/*.csv"]   # globs relative to the config file's folder
        platform: x
        ignore: [core/child-age]

Command-line options override the config: ``--pack`` replaces ``packs``, ``--select``/``--ignore`` replace
``select``/``ignore``, ``--fail-on``, ``--platform`` and ``--baseline`` replace theirs.
"""

from __future__ import annotations

import difflib
import os
from dataclasses import dataclass, field, replace
from fnmatch import fnmatchcase
from pathlib import Path
from typing import Any

from .errors import ConfigError, PackError
from .findings import SEVERITIES
from .platforms import PLATFORMS

CONFIG_NAMES = (".postguard.yaml", ".postguard.yml")
TOP_KEYS = {"packs", "select", "ignore", "fail-on", "platform", "baseline", "input", "overrides"}
OVERRIDE_KEYS = {"paths", "packs", "select", "ignore", "fail-on", "platform", "input"}
INPUT_KEYS = {
    "csv": {"text", "id", "platform", "first_comment", "alt_text", "suppress", "delimiter"},
    "json": {"records", "text", "id", "platform", "first_comment", "alt_text", "suppress"},
}


def default_packs() -> tuple[str, ...]:
    """The checker's default packs plus ``platform`` (it only fires when a post's platform is known)."""
    from .checker import DEFAULT_PACKS

    packs = tuple(DEFAULT_PACKS)
    return packs if "platform" in packs else packs + ("platform",)


@dataclass(frozen=True)
class Settings:
    """The effective settings for one file."""

    packs: tuple[str, ...] | None = None  # None: default_packs()
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    fail_on: str | None = None
    platform: str | None = None
    baseline: str | None = None
    input: dict[str, dict[str, str]] = field(default_factory=dict, hash=False, compare=False)
    source: str | None = None  # the config file these came from

    def pack_list(self) -> tuple[str, ...]:
        return self.packs if self.packs else default_packs()


@dataclass
class ProjectConfig:
    path: str
    root: str  # folder the config lives in; relative paths and globs start here
    base: Settings
    overrides: list[tuple[tuple[str, ...], dict[str, Any]]]

    def settings_for(self, file: str) -> Settings:
        s = self.base
        try:
            rel = Path(os.path.abspath(file)).relative_to(self.root).as_posix()
        except ValueError:
            rel = None
        if rel is None:
            return s
        for globs, values in self.overrides:
            if any(fnmatchcase(rel, g) or fnmatchcase(rel, g.rstrip("/") + "/*") for g in globs):
                merged_input = {**s.input, **{k: {**s.input.get(k, {}), **v} for k, v in values.get("input", {}).items()}}
                s = replace(s, **{k: v for k, v in values.items() if k != "input"}, input=merged_input)
        return s


def _toml():
    try:
        import tomllib
    except ImportError:  # Python 3.10
        import tomli as tomllib  # type: ignore[no-redef]
    return tomllib


def _error(path: str, line: int | None, msg: str) -> ConfigError:
    return ConfigError(f"{path}:{line}: {msg}" if line else f"{path}: {msg}")


def _suggest(key: str, known) -> str:
    close = difflib.get_close_matches(key, sorted(known), n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""


def _lines_of(obj: Any, key: str | None = None) -> int | None:
    from .packs.yamlload import line_of

    return line_of(obj, key)


def _str_list(path: str, data: dict, key: str) -> tuple[str, ...]:
    v = data.get(key)
    if v is None:
        return ()
    if isinstance(v, str):
        v = [v]
    if not isinstance(v, list) or not all(isinstance(x, str) and x.strip() for x in v):
        raise _error(path, _lines_of(data, key), f"{key!r} must be a list of names")
    return tuple(x.strip() for x in v)


def _values(path: str, root: str, data: Any, allowed: set[str], where: str) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise _error(path, _lines_of(data), f"{where} must be a mapping of keys to values")
    for k in data:
        if k not in allowed:
            raise _error(path, _lines_of(data, k), f"unknown key {k!r} in {where}{_suggest(str(k), allowed)}")
    out: dict[str, Any] = {}
    if "packs" in data:
        packs = _str_list(path, data, "packs")
        if not packs:
            raise _error(path, _lines_of(data, "packs"), "'packs' must name at least one pack")
        out["packs"] = tuple(_pack_ref(root, p) for p in packs)
    for key in ("select", "ignore"):
        if key in data:
            out[key] = _str_list(path, data, key)
    if "fail-on" in data:
        if data["fail-on"] not in SEVERITIES:
            raise _error(path, _lines_of(data, "fail-on"), f"'fail-on' must be one of {', '.join(SEVERITIES)}")
        out["fail_on"] = data["fail-on"]
    if "platform" in data:
        p = data["platform"]
        if not isinstance(p, str) or p.lower() not in PLATFORMS:
            raise _error(path, _lines_of(data, "platform"),
                         f"unknown platform {p!r}{_suggest(str(p), PLATFORMS)} (known: {', '.join(PLATFORMS)})")
        out["platform"] = p.lower()
    if "baseline" in data:
        b = data["baseline"]
        if not isinstance(b, str) or not b:
            raise _error(path, _lines_of(data, "baseline"), "'baseline' must be a file path")
        out["baseline"] = os.path.join(root, b)
    if "input" in data:
        inp = data["input"]
        if not isinstance(inp, dict):
            raise _error(path, _lines_of(data, "input"), "'input' must be a mapping with 'csv' and/or 'json'")
        mapping: dict[str, dict[str, str]] = {}
        for fmt, fields in inp.items():
            if fmt not in INPUT_KEYS:
                raise _error(path, _lines_of(inp, fmt), f"unknown input format {fmt!r}{_suggest(str(fmt), INPUT_KEYS)} (csv, json)")
            if not isinstance(fields, dict):
                raise _error(path, _lines_of(inp, fmt), f"input.{fmt} must map fields to column or key names")
            for k, v in fields.items():
                if k not in INPUT_KEYS[fmt]:
                    raise _error(path, _lines_of(fields, k),
                                 f"unknown key {k!r} in input.{fmt}{_suggest(str(k), INPUT_KEYS[fmt])} "
                                 f"(keys: {', '.join(sorted(INPUT_KEYS[fmt]))})")
                if not isinstance(v, str) or not v:
                    raise _error(path, _lines_of(fields, k), f"input.{fmt}.{k} must be a column or key name")
            mapping[fmt] = {str(k): str(v) for k, v in fields.items()}
        out["input"] = mapping
    return out


def _pack_ref(root: str, ref: str) -> str:
    if ref.endswith((".yaml", ".yml")) or "/" in ref or os.sep in ref:
        return os.path.normpath(os.path.join(root, ref))
    return ref


def load_config(path: str) -> ProjectConfig:
    """Read and validate one config file (``.postguard.yaml`` or a ``pyproject.toml``)."""
    root = os.path.dirname(os.path.abspath(path))
    data: Any
    try:
        with open(path, "rb") as fh:
            raw = fh.read()
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read config ({exc.strerror or exc})") from None
    if os.path.basename(path) == "pyproject.toml":
        tomllib = _toml()
        try:
            doc = tomllib.loads(raw.decode("utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{path}: not valid TOML ({exc})") from None
        data = doc.get("tool", {}).get("postguard")
        if data is None:
            raise ConfigError(f"{path}: no [tool.postguard] table")
        data = _toml_lines(data)
    else:
        from .packs.yamlload import load_yaml

        try:
            data = load_yaml(raw.decode("utf-8"), path)
        except PackError as exc:
            raise ConfigError(str(exc)) from None
        except UnicodeDecodeError:
            raise ConfigError(f"{path}: not valid UTF-8") from None
        if data is None:
            data = {}
    base_values = _values(path, root, data, TOP_KEYS, "the config")
    base = Settings(source=path, **base_values)
    overrides = []
    ov = data.get("overrides") or []
    if not isinstance(ov, list):
        raise _error(path, _lines_of(data, "overrides"), "'overrides' must be a list of {paths: [...], ...}")
    for item in ov:
        if not isinstance(item, dict) or "paths" not in item:
            raise _error(path, _lines_of(item) or _lines_of(data, "overrides"), "each override needs 'paths' (a list of globs)")
        globs = _str_list(path, item, "paths")
        values = _values(path, root, _without(item, "paths"), OVERRIDE_KEYS - {"paths"}, "an override")
        overrides.append((globs, values))
    cfg = ProjectConfig(path=path, root=root, base=base, overrides=overrides)
    _check_rule_ids(cfg, data)
    return cfg


def _without(item: Any, key: str) -> Any:
    from .packs.yamlload import LineDict

    out = LineDict({k: v for k, v in item.items() if k != key})
    out.line, out.lines = getattr(item, "line", 0), getattr(item, "lines", {})
    return out


def _toml_lines(data: Any) -> Any:
    """TOML gives no line numbers; wrap tables so the same validation code runs."""
    from .packs.yamlload import LineDict

    if isinstance(data, dict):
        out = LineDict({k: _toml_lines(v) for k, v in data.items()})
        out.line, out.lines = 0, {}
        return out
    if isinstance(data, list):
        return [_toml_lines(v) for v in data]
    return data


def _check_rule_ids(cfg: ProjectConfig, data: Any) -> None:
    """Every id or glob in select/ignore (top level and overrides) must name a rule of the packs in use."""
    from .packs import load_packs

    groups = [(cfg.base.pack_list(), cfg.base.select, cfg.base.ignore, data)]
    for (globs, values), item in zip(cfg.overrides, data.get("overrides") or []):
        groups.append((values.get("packs", cfg.base.pack_list()), values.get("select", ()), values.get("ignore", ()), item))
    for packs, select, ignore, node in groups:
        try:
            ruleset = load_packs(list(packs))
        except PackError as exc:
            raise _error(cfg.path, _lines_of(node, "packs"), str(exc)) from None
        for key, names in (("select", select), ("ignore", ignore)):
            for name in names:
                if not any(fnmatchcase(r.id, name) or name in r.aliases or r.category == name for r in ruleset.rules.values()):
                    items = node.get(key) if isinstance(node, dict) else None
                    idx = items.index(name) if isinstance(items, list) and name in items else None
                    line = (_lines_of(items, idx) if idx is not None else None) or _lines_of(node, key)
                    raise _error(cfg.path, line,
                                 f"unknown rule id or pattern {name!r} in {key!r}{_suggest(name, ruleset.rules)} "
                                 f"(packs: {', '.join(packs)})")


class ConfigFinder:
    """Find the config for each file by walking up from its folder; caches per folder."""

    def __init__(self, explicit: str | None = None):
        self.explicit = load_config(explicit) if explicit else None
        self._by_dir: dict[str, ProjectConfig | None] = {}
        self._loaded: dict[str, ProjectConfig] = {}

    def find(self, file: str | None) -> ProjectConfig | None:
        if self.explicit is not None:
            return self.explicit
        start = os.path.dirname(os.path.abspath(file)) if file and file != "-" else os.getcwd()
        trail = []
        d = start
        found: ProjectConfig | None = None
        while True:
            if d in self._by_dir:
                found = self._by_dir[d]
                break
            trail.append(d)
            cfg_path = self._config_in(d)
            if cfg_path is not None:
                if cfg_path not in self._loaded:
                    self._loaded[cfg_path] = load_config(cfg_path)
                found = self._loaded[cfg_path]
                break
            parent = os.path.dirname(d)
            if parent == d:
                break
            d = parent
        for t in trail:
            self._by_dir[t] = found
        return found

    @staticmethod
    def _config_in(d: str) -> str | None:
        for name in CONFIG_NAMES:
            p = os.path.join(d, name)
            if os.path.isfile(p):
                return p
        p = os.path.join(d, "pyproject.toml")
        if os.path.isfile(p):
            try:
                with open(p, "rb") as fh:
                    if "postguard" in _toml().load(fh).get("tool", {}):
                        return p
            except (OSError, ValueError):
                return None
        return None

    def settings_for(self, file: str | None) -> Settings:
        cfg = self.find(file)
        if cfg is None:
            return Settings()
        return cfg.settings_for(file) if file and file != "-" else cfg.base

    def configs(self) -> list[ProjectConfig]:
        out = list(self._loaded.values())
        if self.explicit is not None:
            out.append(self.explicit)
        return out
