"""Load, validate and merge rule packs.

Validation is strict: an unknown key, a key of another kind, a bad value or a reference to an unknown
rule is an error that names the file, the line and the key (and the key that was probably meant).
"""

from __future__ import annotations

import difflib
import os
from importlib import resources
from pathlib import Path
from typing import Any, Iterable

import regex

from ..errors import PackError
from ..findings import CATEGORIES, SEVERITIES
from .model import Pack, Rule, Spec
from .yamlload import LineDict, line_of, load_yaml

MAX_EXTENDS_DEPTH = 16
MAX_TERMS = 200_000
REGEX_COMPILE_FLAGS = regex.VERSION1 | regex.UNICODE
# Case-insensitive patterns match with simple case folding, one letter for one letter ("É" for "é"),
# as Python's ``re`` does; VERSION1 would fold in full by default, which also matches "ss" for "ß" and
# costs three times as much to compile (a pack's patterns compile during the first posts of a run).
SIMPLE_CASE = "(?-f)"

PACK_KEYS = {"pack", "version", "description", "extends", "allow", "overrides", "rules"}
COMMON_KEYS = {
    "id", "kind", "category", "severity", "message", "suggestion", "link", "description", "examples",
    "platforms", "allow", "locked", "aliases", "unless", "near", "enabled", "sensitive", "exclude_match",
}
KIND_KEYS = {
    "terms": {"terms", "terms_from", "match_on"},
    "pattern": {"pattern", "patterns", "ignore_case", "group"},
    "tokens": {"tokens"},
    "entity": {"entities", "min_score", "context", "exclude_context", "context_window"},
    "require": {"when", "require"},
    "limit": {"measure", "max", "min_chars"},
    "topic": {"label", "threshold"},
}
SPEC_KEYS = {"terms", "terms_from", "match_on", "pattern", "patterns", "ignore_case", "group", "tokens",
             "entities", "min_score", "within", "window"}
SPEC_KEYS_NOT_MAIN = {"findings"}  # only in when/require/near/unless: other rules' findings in the same post
OVERRIDE_KEYS = {"severity", "enabled", "message", "suggestion", "locked"}
EXAMPLE_KEYS = {"text", "platform", "match", "note"}
MEASURES = {"hashtags", "mentions", "emoji", "exclamations", "caps_ratio", "caps_words", "characters", "urls",
            "exclamation_run"}
PLATFORMS = {"x", "instagram", "facebook", "linkedin", "tiktok"}


def builtin_dir() -> Path:
    return Path(str(resources.files("postguard") / "packs" / "builtin"))


def builtin_names() -> list[str]:
    return sorted(p.stem for p in builtin_dir().glob("*.yaml"))


def _suggest(key: str, known: Iterable[str]) -> str:
    close = difflib.get_close_matches(key, sorted(known), n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""


class _Ctx:
    def __init__(self, path: str, pack: str, trusted: bool = False):
        self.path = path
        self.pack = pack
        self.spec_count = 0
        # a built-in pack loaded by name: its patterns compile when first searched, not here (the test
        # suite compiles every one of them, tests/test_packs.py); any other pack's are checked on load
        self.trusted = trusted

    def error(self, message: str, container: Any = None, key: Any = None) -> PackError:
        return PackError(message, self.path, line_of(container, key) if container is not None else None,
                         key if isinstance(key, str) else None)

    def new_key(self, rule_id: str, role: str) -> str:
        self.spec_count += 1
        return f"{rule_id}:{role}"


def _str(ctx: _Ctx, container: dict, key: str, required: bool = False, default: str | None = None) -> str | None:
    if key not in container:
        if required:
            raise ctx.error(f"missing required key {key!r}", container)
        return default
    value = container[key]
    if not isinstance(value, str) or not value.strip():
        raise ctx.error(f"{key!r} must be a non-empty string", container, key)
    return value


def _str_list(ctx: _Ctx, container: dict, key: str) -> tuple[str, ...]:
    if key not in container:
        return ()
    value = container[key]
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, (str, int, float)) and not isinstance(v, bool) for v in value):
        raise ctx.error(f"{key!r} must be a list of strings", container, key)
    out = tuple(str(v) for v in value)
    if any(not v.strip() for v in out):
        raise ctx.error(f"{key!r} contains an empty string", container, key)
    if len(out) > MAX_TERMS:
        raise ctx.error(f"{key!r} has {len(out)} entries, over the limit of {MAX_TERMS}", container, key)
    return out


def _read_terms_files(ctx: _Ctx, container: dict, key: str) -> tuple[str, ...]:
    files = _str_list(ctx, container, key)
    base = Path(ctx.path).resolve().parent
    terms: list[str] = []
    for name in files:
        target = (base / name).resolve()
        if base not in target.parents:
            raise ctx.error(f"{key!r} file {name!r} is outside the pack's directory", container, key)
        try:
            text = target.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise ctx.error(f"cannot read {key!r} file {name!r}: {getattr(exc, 'strerror', None) or exc}", container, key) from None
        for line in text.splitlines():
            line = line.split("#", 1)[0].strip() if not line.lstrip().startswith("#") else ""
            if line:
                terms.append(line)
        if len(terms) > MAX_TERMS:
            raise ctx.error(f"{key!r} lists over {MAX_TERMS} terms", container, key)
    return tuple(terms)


def compile_pattern(pattern: str, ignore_case: bool = True):
    flags = REGEX_COMPILE_FLAGS | (regex.IGNORECASE if ignore_case else 0)
    return regex.compile(SIMPLE_CASE + pattern if ignore_case else pattern, flags)


class LazyPattern:
    """A rule's pattern, compiled the first time it is searched. Compiling every pattern of the built-in
    packs up front was a tenth of a cold check, and a post opens only a few of them (``prefilter``).
    ``flags`` are the flags it is compiled with (inline flags in the pattern come on top, as usual)."""

    __slots__ = ("pattern", "flags", "_compiled")

    def __init__(self, pattern: str, ignore_case: bool = True):
        self.pattern = pattern
        self.flags = REGEX_COMPILE_FLAGS | (regex.IGNORECASE if ignore_case else 0)
        self._compiled = None

    def compiled(self):
        if self._compiled is None:
            self._compiled = compile_pattern(self.pattern, bool(self.flags & regex.IGNORECASE))
        return self._compiled

    def finditer(self, *args, **kwargs):
        return self.compiled().finditer(*args, **kwargs)

    def search(self, *args, **kwargs):
        return self.compiled().search(*args, **kwargs)

    def __getattr__(self, name: str):  # match, fullmatch, groupindex, ...: the compiled pattern's
        return getattr(self.compiled(), name)


def _spec(ctx: _Ctx, data: Any, key: str, allowed: set[str], parent: Any = None, parent_key: str | None = None) -> Spec:
    if not isinstance(data, dict):
        raise ctx.error(f"{parent_key or 'rule'} must be a mapping", parent, parent_key)
    for k in data:
        if k not in allowed:
            raise ctx.error(f"unknown key {k!r} in {parent_key or 'rule'}{_suggest(k, allowed)}", data, k)
    terms = _str_list(ctx, data, "terms") + (_read_terms_files(ctx, data, "terms_from") if "terms_from" in data else ())
    match_on = data.get("match_on", "lower")
    if match_on not in ("lower", "lemma"):
        raise ctx.error("'match_on' must be 'lower' or 'lemma'", data, "match_on")
    patterns = _str_list(ctx, data, "patterns") + ((_str(ctx, data, "pattern"),) if "pattern" in data else ())
    ignore_case = data.get("ignore_case", True)
    if not isinstance(ignore_case, bool):
        raise ctx.error("'ignore_case' must be true or false", data, "ignore_case")
    for p in () if ctx.trusted else patterns:
        try:
            compiled = compile_pattern(p, ignore_case)
        except regex.error as exc:
            raise ctx.error(f"bad regular expression {p!r}: {exc}", data, "pattern" if "pattern" in data else "patterns") from None
        if compiled.search("") is not None and compiled.fullmatch("") is not None:
            raise ctx.error(f"regular expression {p!r} matches the empty string", data, "pattern" if "pattern" in data else "patterns")
    group = data.get("group", 0)
    if not isinstance(group, (int, str)) or isinstance(group, bool):
        raise ctx.error("'group' must be a group number or name", data, "group")
    tokens = ()
    if "tokens" in data:
        tokens = _token_patterns(ctx, data, "tokens")
    entities = _str_list(ctx, data, "entities")
    min_score = data.get("min_score", 0.5)
    if not isinstance(min_score, (int, float)) or isinstance(min_score, bool) or not 0 <= min_score <= 1:
        raise ctx.error("'min_score' must be a number between 0 and 1", data, "min_score")
    within = data.get("within")
    if within is not None and not ((isinstance(within, int) and not isinstance(within, bool) and within > 0) or within == "more"):
        raise ctx.error("'within' must be a positive number of characters or 'more' (the feed's cut-off)", data, "within")
    window = data.get("window", 0)
    if not isinstance(window, int) or isinstance(window, bool) or window < 0:
        raise ctx.error("'window' must be a whole number of tokens (0: the same sentence)", data, "window")
    findings = _str_list(ctx, data, "findings")
    findings_except = tuple(f[1:].strip() for f in findings if f.startswith("!"))
    findings = tuple(f for f in findings if not f.startswith("!"))
    if findings_except and (not findings or not all(findings_except)):
        raise ctx.error("'findings' needs the categories or rule ids to count besides the '!rule-id' ones to leave out",
                        data, "findings")
    given = sum(bool(x) for x in (terms, patterns, tokens, entities))
    if given == 0 and findings:
        given = 1  # 'findings' may stand alone or join one matcher (either one counts)
    if given == 0:
        raise ctx.error(f"{parent_key or 'rule'} needs one of 'terms', 'terms_from', 'pattern', 'patterns', 'tokens' or 'entities'", parent if parent is not None else data, parent_key)
    if given > 1:
        raise ctx.error(f"{parent_key or 'rule'} may use only one of 'terms', 'pattern(s)', 'tokens' or 'entities'", parent if parent is not None else data, parent_key)
    return Spec(key=key, terms=terms, match_on=match_on, patterns=patterns, ignore_case=ignore_case, group=group,
                tokens=tokens, entities=entities, min_score=float(min_score), within=within, window=window,
                findings=findings, findings_except=findings_except)


def _token_patterns(ctx: _Ctx, data: dict, key: str) -> tuple:
    value = data[key]
    if not isinstance(value, list) or not value:
        raise ctx.error(f"{key!r} must be a list of token patterns (each a list of token mappings)", data, key)
    patterns = []
    for i, pattern in enumerate(value):
        if not isinstance(pattern, list) or not pattern or not all(isinstance(t, dict) for t in pattern):
            raise ctx.error(f"{key!r} item {i + 1} must be a list of token mappings", value, i)
        patterns.append(tuple(_plain(t) for t in pattern))
    try:
        from spacy.matcher import Matcher
        from spacy.vocab import Vocab

        Matcher(Vocab(), validate=True).add("check", [list(p) for p in patterns])
    except Exception as exc:  # spaCy raises MatchPatternError / ValueError with a description
        first = str(exc).strip().splitlines()
        detail = next((ln.strip() for ln in first if ln.strip().startswith("-")), first[0] if first else "invalid")
        raise ctx.error(f"invalid token pattern: {detail}", data, key) from None
    return tuple(patterns)


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def _examples(ctx: _Ctx, rule: dict) -> tuple[list[dict], list[dict]]:
    if "examples" not in rule:
        raise ctx.error("missing required key 'examples' (every rule needs 'flag' and 'pass' examples)", rule)
    ex = rule["examples"]
    if not isinstance(ex, dict):
        raise ctx.error("'examples' must be a mapping with 'flag' and 'pass' lists", rule, "examples")
    for k in ex:
        if k not in ("flag", "pass"):
            raise ctx.error(f"unknown key {k!r} in examples{_suggest(k, ['flag', 'pass'])}", ex, k)
    out = []
    for which in ("flag", "pass"):
        items = ex.get(which)
        if not isinstance(items, list) or not items:
            raise ctx.error(f"examples need at least one {which!r} example", ex, which if which in ex else None)
        parsed = []
        for i, item in enumerate(items):
            if isinstance(item, str):
                item = {"text": item}
            elif isinstance(item, dict):
                for k in item:
                    if k not in EXAMPLE_KEYS:
                        raise ctx.error(f"unknown key {k!r} in example{_suggest(k, EXAMPLE_KEYS)}", item, k)
                if not isinstance(item.get("text"), str):
                    raise ctx.error("an example needs a 'text' string", items, i)
                if "platform" in item and item["platform"] not in PLATFORMS:
                    raise ctx.error(f"unknown platform {item['platform']!r}", item, "platform")
            else:
                raise ctx.error(f"each {which!r} example must be a string or a mapping with 'text'", items, i)
            parsed.append({**item, "line": line_of(items, i)})
        out.append(parsed)
    return out[0], out[1]


def _rule(ctx: _Ctx, data: Any, index: int, rules_node: Any) -> Rule:
    if not isinstance(data, dict):
        raise ctx.error("each rule must be a mapping", rules_node, index)
    slug = _str(ctx, data, "id", required=True)
    assert slug is not None
    if "/" in slug:
        prefix, _, rest = slug.partition("/")
        if prefix != ctx.pack:
            raise ctx.error(f"rule id {slug!r} must belong to this pack ({ctx.pack}/...)", data, "id")
        slug = rest
    if not regex.fullmatch(r"[a-z0-9][a-z0-9-]*", slug):
        raise ctx.error(f"rule id {slug!r} must be lowercase letters, digits and hyphens", data, "id")
    rule_id = f"{ctx.pack}/{slug}"
    kind = _str(ctx, data, "kind", required=True)
    if kind not in KIND_KEYS:
        raise ctx.error(f"unknown kind {kind!r}{_suggest(kind or '', KIND_KEYS)} (kinds: {', '.join(sorted(KIND_KEYS))})", data, "kind")
    allowed = COMMON_KEYS | KIND_KEYS[kind]
    for k in data:
        if k not in allowed:
            owner = [kd for kd, keys in KIND_KEYS.items() if k in keys]
            if owner:
                raise ctx.error(f"key {k!r} belongs to kind {owner[0]!r}, not {kind!r}", data, k)
            raise ctx.error(f"unknown key {k!r} in rule {rule_id}{_suggest(k, allowed)}", data, k)
    category = _str(ctx, data, "category", required=True)
    if not regex.fullmatch(r"[a-z][a-z_]*", category or ""):
        raise ctx.error(f"category {category!r} must be lowercase letters and underscores (built-in: {', '.join(CATEGORIES)})", data, "category")
    severity = _str(ctx, data, "severity", required=True)
    if severity not in SEVERITIES:
        raise ctx.error(f"severity must be one of {', '.join(SEVERITIES)}", data, "severity")
    message = _str(ctx, data, "message", required=True)
    platforms = _str_list(ctx, data, "platforms")
    for p in platforms:
        if p not in PLATFORMS:
            raise ctx.error(f"unknown platform {p!r}{_suggest(p, PLATFORMS)}", data, "platforms")
    for flag in ("locked", "enabled", "sensitive"):
        if flag in data and not isinstance(data[flag], bool):
            raise ctx.error(f"{flag!r} must be true or false", data, flag)
    exclude_match = _str_list(ctx, data, "exclude_match")
    for p in () if ctx.trusted else exclude_match:
        try:
            compile_pattern(p)
        except regex.error as exc:
            raise ctx.error(f"bad regular expression {p!r}: {exc}", data, "exclude_match") from None
    flag_ex, pass_ex = _examples(ctx, data)
    rule = Rule(
        id=rule_id, pack=ctx.pack, kind=kind, category=category, severity=severity, message=message,
        suggestion=_str(ctx, data, "suggestion"), link=_str(ctx, data, "link"),
        description=_str(ctx, data, "description"), examples_flag=flag_ex, examples_pass=pass_ex,
        platforms=platforms, allow=_str_list(ctx, data, "allow"), locked=data.get("locked", False),
        enabled=data.get("enabled", True), sensitive=data.get("sensitive", category == "private"),
        aliases=tuple(a if "/" in a else f"{ctx.pack}/{a}" for a in _str_list(ctx, data, "aliases")),
        exclude_match=exclude_match, source=ctx.path, line=line_of(data),
    )
    spec_keys = KIND_KEYS[kind] & SPEC_KEYS
    if kind in ("terms", "pattern", "tokens", "entity"):
        main = {k: v for k, v in data.items() if k in spec_keys}
        main = LineDict(main)
        main.line, main.lines = line_of(data) or 0, getattr(data, "lines", {})
        rule.spec = _spec(ctx, main, f"{rule_id}:main", spec_keys, data)
    for role in ("near", "unless"):
        if role in data:
            rule.__setattr__(role, _spec(ctx, data[role], f"{rule_id}:{role}", SPEC_KEYS | SPEC_KEYS_NOT_MAIN, data, role))
    if rule.near is not None and rule.near.within is not None:
        raise ctx.error("'within' does not apply to 'near' (use 'window')", data, "near")
    if kind == "entity":
        rule.context = _str_list(ctx, data, "context")
        rule.exclude_context = _str_list(ctx, data, "exclude_context")
        cw = data.get("context_window", 8)
        if not isinstance(cw, int) or isinstance(cw, bool) or cw < 1:
            raise ctx.error("'context_window' must be a positive whole number of tokens", data, "context_window")
        rule.context_window = cw
    elif kind == "require":
        for role in ("when", "require"):
            if role not in data:
                raise ctx.error(f"kind 'require' needs {role!r}", data)
            setattr(rule, role, _spec(ctx, data[role], f"{rule_id}:{role}", SPEC_KEYS | SPEC_KEYS_NOT_MAIN, data, role))
    elif kind == "limit":
        measure = _str(ctx, data, "measure", required=True)
        if measure not in MEASURES:
            raise ctx.error(f"unknown measure {measure!r}{_suggest(measure or '', MEASURES)} (measures: {', '.join(sorted(MEASURES))})", data, "measure")
        mx = data.get("max")
        if mx == "platform" and measure == "characters":
            rule.max_platform = True  # the post's platform length limit (postguard.platforms)
            mx = 0
        elif not isinstance(mx, (int, float)) or isinstance(mx, bool) or mx < 0:
            raise ctx.error("kind 'limit' needs 'max', a number (or 'platform' with measure 'characters')", data, "max" if "max" in data else None)
        mc = data.get("min_chars", 0)
        if not isinstance(mc, int) or isinstance(mc, bool) or mc < 0:
            raise ctx.error("'min_chars' must be a whole number", data, "min_chars")
        rule.measure, rule.max, rule.min_chars = measure, float(mx), mc
    elif kind == "topic":
        rule.label = _str(ctx, data, "label", required=True)
        from ..analyzers.topics import LABELS as TOPIC_LABELS  # light: the model itself loads only to check posts

        if rule.label not in TOPIC_LABELS:
            raise ctx.error(f"unknown topic label {rule.label!r} (the shipped classifier has: {', '.join(TOPIC_LABELS)})", data, "label")
        th = data.get("threshold")
        if not isinstance(th, (int, float)) or isinstance(th, bool) or not 0 < th < 1:
            raise ctx.error("kind 'topic' needs 'threshold', a number between 0 and 1", data, "threshold" if "threshold" in data else None)
        rule.threshold = float(th)
    return rule


def parse_pack(text: str, path: str, trusted: bool = False) -> Pack:
    data = load_yaml(text, path)
    if not isinstance(data, dict):
        raise PackError("a pack must be a YAML mapping with 'pack' and 'rules'", path, 1)
    for k in data:
        if k not in PACK_KEYS:
            raise PackError(f"unknown top-level key {k!r}{_suggest(k, PACK_KEYS)}", path, line_of(data, k), k)
    ctx = _Ctx(path, "", trusted)
    name = _str(ctx, data, "pack", required=True)
    if not regex.fullmatch(r"[a-z0-9][a-z0-9-]*", name or ""):
        raise ctx.error("'pack' must be lowercase letters, digits and hyphens", data, "pack")
    ctx.pack = name  # type: ignore[assignment]
    version = data.get("version")
    extends = list(_str_list(ctx, data, "extends"))
    allow = _str_list(ctx, data, "allow")
    overrides: dict[str, dict[str, Any]] = {}
    ov = data.get("overrides", {})
    if not isinstance(ov, dict):
        raise ctx.error("'overrides' must map rule ids to changes", data, "overrides")
    for rid, change in ov.items():
        if change in (False, "off"):
            change = {"enabled": False}
        if not isinstance(change, dict):
            raise ctx.error(f"override of {rid!r} must be a mapping (severity, enabled, message, suggestion) or 'off'", ov, rid)
        for k in change:
            if k not in OVERRIDE_KEYS:
                raise ctx.error(f"unknown key {k!r} in override of {rid}{_suggest(k, OVERRIDE_KEYS)}", change, k)
        if "severity" in change and change["severity"] not in SEVERITIES:
            raise ctx.error(f"severity must be one of {', '.join(SEVERITIES)}", change, "severity")
        if "enabled" in change and not isinstance(change["enabled"], bool):
            raise ctx.error("'enabled' must be true or false", change, "enabled")
        if "locked" in change and change["locked"] is not True:
            raise ctx.error("'locked' in an override can only be true: a pack may lock an inherited rule, not unlock it", change, "locked")
        overrides[rid] = {**change, "_line": line_of(ov, rid)}
    rules_node = data.get("rules", [])
    if not isinstance(rules_node, list):
        raise ctx.error("'rules' must be a list", data, "rules")
    rules = []
    seen: dict[str, int | None] = {}
    for i, r in enumerate(rules_node):
        rule = _rule(ctx, r, i, rules_node)
        if rule.id in seen:
            raise ctx.error(f"rule id {rule.id} is defined twice (first on line {seen[rule.id]})", r, "id")
        seen[rule.id] = rule.line
        rules.append(rule)
    return Pack(name=name, version=str(version) if version is not None else None,  # type: ignore[arg-type]
                description=_str(ctx, data, "description"), path=path, extends=extends, allow=allow,
                overrides=overrides, rules=rules)


def read_pack_file(path: str, trusted: bool = False) -> Pack:
    try:
        raw = Path(path).read_bytes()
    except FileNotFoundError:
        raise PackError("no such pack file", path) from None
    except OSError as exc:
        raise PackError(f"cannot read pack: {exc.strerror or exc}", path) from None
    if len(raw) > 16 * 1024 * 1024:
        raise PackError("pack file is over 16 MB", path)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise PackError(f"not valid UTF-8 (byte 0x{raw[exc.start]:02x} at offset {exc.start})", path) from None
    return parse_pack(text, path, trusted)


def resolve(ref: str, base_dir: str | None = None, from_path: str | None = None) -> str:
    """Turn a pack reference (built-in name or file path) into a file path."""
    if ref in builtin_names() and not ref.endswith((".yaml", ".yml")):
        return str(builtin_dir() / f"{ref}.yaml")
    if base_dir is not None:
        base = Path(base_dir).resolve()
        target = (base / ref).resolve()
        if base not in target.parents:
            raise PackError(f"extends {ref!r} points outside the pack's directory", from_path)
        return str(target)
    if os.path.exists(ref):
        return ref
    known = ", ".join(builtin_names())
    raise PackError(f"unknown pack {ref!r}: not a built-in pack ({known}) and no such file")


class RuleSet:
    """Packs merged in order: inherited rules first, overrides applied, locks enforced."""

    def __init__(self, packs: list[Pack]):
        self.packs = packs
        self.rules: dict[str, Rule] = {}
        self.aliases: dict[str, str] = {}
        self.locked_by: dict[str, str] = {}  # rule id -> the pack that locked it
        allow: list[str] = []
        for pack in packs:
            allow.extend(pack.allow)
            for rule in pack.rules:
                if rule.id in self.rules:
                    raise PackError(f"rule id {rule.id} is defined by two packs", pack.path, rule.line)
                self.rules[rule.id] = rule
                if rule.locked:
                    self.locked_by[rule.id] = rule.pack
                for a in rule.aliases:
                    self.aliases[a] = rule.id
            for rid, change in pack.overrides.items():
                target = self.canonical(rid)
                if target is None:
                    raise PackError(f"override names unknown rule {rid!r}{_suggest(rid, self.rules)}", pack.path, change.get("_line"), rid)
                rule = self.rules[target]
                locker = self.locked_by.get(target, rule.pack)
                if rule.locked and locker != pack.name:
                    if change.get("enabled") is False:
                        raise PackError(f"rule {target} is locked by pack {locker!r} and cannot be turned off", pack.path, change.get("_line"), rid)
                    if "severity" in change and SEVERITIES.index(change["severity"]) < SEVERITIES.index(rule.severity):
                        raise PackError(f"rule {target} is locked by pack {locker!r}; its severity can be raised, not lowered", pack.path, change.get("_line"), rid)
                if change.get("locked") and not rule.locked:
                    self.locked_by[target] = pack.name
                for k, v in change.items():
                    if k != "_line":
                        setattr(rule, k, v)
        self.allow = tuple(dict.fromkeys(allow))

    def canonical(self, rule_id: str) -> str | None:
        if rule_id in self.rules:
            return rule_id
        return self.aliases.get(rule_id)

    def enabled(self) -> list[Rule]:
        return [r for r in self.rules.values() if r.enabled]


def _is_builtin_ref(ref: str) -> bool:
    return ref in builtin_names() and not ref.endswith((".yaml", ".yml"))


def load_packs(refs: Iterable[str]) -> RuleSet:
    """Load packs by built-in name or path, with everything they extend, each pack once."""
    ordered: list[Pack] = []
    loaded: dict[str, Pack] = {}  # by resolved path
    names: dict[str, str] = {}

    def visit(path: str, chain: list[str], builtin: bool = False) -> None:
        real = str(Path(path).resolve())
        if real in chain:
            cycle = " -> ".join(Path(p).name for p in chain + [real])
            raise PackError(f"packs extend each other in a cycle: {cycle}", path)
        if len(chain) >= MAX_EXTENDS_DEPTH:
            raise PackError(f"'extends' nests deeper than {MAX_EXTENDS_DEPTH} packs", path)
        if real in loaded:
            return
        pack = read_pack_file(path, trusted=builtin)
        if pack.name in names and names[pack.name] != real:
            raise PackError(f"two different packs are named {pack.name!r} ({names[pack.name]} and {path})", path)
        for ref in pack.extends:
            is_builtin = _is_builtin_ref(ref)
            target = resolve(ref) if is_builtin else resolve(ref, base_dir=str(Path(path).resolve().parent), from_path=path)
            visit(target, chain + [real], is_builtin)
        loaded[real] = pack
        names[pack.name] = real
        ordered.append(pack)

    for ref in refs:
        visit(resolve(ref), [], _is_builtin_ref(ref))
    return RuleSet(ordered)
