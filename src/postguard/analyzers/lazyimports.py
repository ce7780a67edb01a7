"""Import spaCy and Presidio without the parts of their package ``__init__`` files postguard never uses.

A cold ``postguard check`` spends most of its time importing. Two imports do much more than we need:

- ``import spacy`` imports spaCy's command line (``spacy/__init__.py`` imports ``spacy.cli.info``, which
  imports every ``spacy`` command with typer, weasel and requests): about a quarter of a second.
  :func:`import_spacy` gives spaCy's ``__init__`` a placeholder ``spacy.cli.info`` whose ``info()``
  imports the real one when called, and removes the placeholders as soon as spaCy is imported, so a
  later ``import spacy.cli`` gets the real package.
- ``presidio_analyzer.predefined_recognizers`` imports every recognizer of every country (and the URL
  recognizer builds a pattern of every top-level domain): about 0.2 s. :func:`import_presidio` imports
  that package and its ``generic``, ``country_specific`` and ``us`` sub-packages as lazy packages: a name
  is imported from its module the first time someone asks for it, exactly as the package's ``__init__``
  would have bound it. Presidio's own "load every recognizer" path finds recognizer classes by
  subclass, so it first completes the lazy packages (imports every name).
- Presidio's email recognizer imports ``tldextract`` (and with it ``requests`` and ``urllib3``), about
  70 ms, to validate domains, which postguard's offline email recognizer does without it. :func:`import_presidio`
  imports that recognizer with a stand-in ``tldextract`` that imports the real one when first used, so a
  check never imports it and anyone who does use it gets the real module.

Either falls back to the plain import if the installed version does not look as expected.
"""

from __future__ import annotations

import importlib
import importlib.abc
import importlib.machinery
import importlib.util
import sys
import threading
import types
from contextlib import contextmanager
from typing import Any

_LOCK = threading.RLock()


# -- spaCy ------------------------------------------------------------------------------------------


def import_spacy():
    """``import spacy`` without importing spaCy's command line; returns the module."""
    spacy = sys.modules.get("spacy")
    if spacy is not None:
        return spacy
    with _LOCK:
        if "spacy" in sys.modules or "spacy.cli" in sys.modules or "spacy.cli.info" in sys.modules:
            import spacy

            return spacy
        cli = types.ModuleType("spacy.cli", "placeholder while spaCy imports; see postguard.analyzers.lazyimports")
        cli.__path__ = []  # a package, so ``spacy.cli.info`` can be looked up under it
        info_mod = types.ModuleType("spacy.cli.info")

        def info(*args: Any, **kwargs: Any):
            """spaCy's ``spacy.info``: imports spaCy's command line on first call."""
            from spacy.cli.info import info as real

            return real(*args, **kwargs)

        info_mod.info = info
        sys.modules["spacy.cli"] = cli
        sys.modules["spacy.cli.info"] = info_mod
        try:
            import spacy
        finally:
            for name, stub in (("spacy.cli.info", info_mod), ("spacy.cli", cli)):
                if sys.modules.get(name) is stub:
                    del sys.modules[name]
            parent = sys.modules.get("spacy")
            if parent is not None and getattr(parent, "cli", None) is cli:
                delattr(parent, "cli")
        return spacy


# -- Presidio ---------------------------------------------------------------------------------------

_PRESIDIO_LAZY = (
    "presidio_analyzer.predefined_recognizers",
    "presidio_analyzer.predefined_recognizers.generic",
    "presidio_analyzer.predefined_recognizers.country_specific",
    "presidio_analyzer.predefined_recognizers.country_specific.us",
)
_lazy_modules: list[types.ModuleType] = []


def _bindings(module: types.ModuleType) -> dict[str, tuple[str, Any]] | None:
    """What the package's ``__init__`` binds: name -> ("import", (module, attribute)) or ("eval", code) for
    a plain assignment (``__all__ = [...]``, ``NAMES = {"spacy": SpacyRecognizer}``), evaluated when first
    asked for. None if it does anything else, in which case the package is imported as it is."""
    import ast

    spec = module.__spec__
    try:
        with open(spec.origin, encoding="utf-8") as fh:
            tree = ast.parse(fh.read())
    except (OSError, SyntaxError, TypeError):
        return None
    out: dict[str, tuple[str, Any]] = {}
    for node in tree.body:
        if isinstance(node, ast.ImportFrom):
            base = importlib.util.resolve_name("." * node.level + (node.module or ""), module.__name__)
            for alias in node.names:
                if alias.name == "*":
                    return None
                out[alias.asname or alias.name] = ("import", (base, alias.name))
        elif isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant):
            continue  # the docstring
        elif isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            code = compile(ast.Expression(node.value), spec.origin, "eval")
            out[node.targets[0].id] = ("eval", code)
        else:
            return None
    return out


class _Names(dict):
    """Names an assignment of a lazy package reads, looked up on the package (so imported when needed)."""

    def __init__(self, module: types.ModuleType):
        super().__init__()
        self.module = module

    def __missing__(self, key: str):
        try:
            return getattr(self.module, key)
        except AttributeError:
            raise KeyError(key) from None


class _LazyPackageLoader(importlib.abc.Loader):
    def __init__(self, real: importlib.abc.Loader):
        self.real = real

    def create_module(self, spec):
        return None

    def exec_module(self, module: types.ModuleType) -> None:
        names = _bindings(module)
        if names is None:  # not the plain list of imports we expect: run it as it is
            module.__loader__ = module.__spec__.loader = self.real
            self.real.exec_module(module)
            return
        pkg = module.__name__

        def __getattr__(attr: str):
            target = names.get(attr)
            if target is None:
                raise AttributeError(f"module {pkg!r} has no attribute {attr!r}")
            how, what = target
            if how == "eval":
                value = eval(what, {"__builtins__": __builtins__}, _Names(module))  # noqa: S307 (the package's own code)
            else:
                base, real = what
                if base == pkg:
                    value = importlib.import_module(f"{pkg}.{real}")
                else:
                    value = getattr(importlib.import_module(base), real)
            setattr(module, attr, value)
            return value

        def __dir__():
            return sorted(set(module.__dict__) | set(names))

        module.__getattr__ = __getattr__
        module.__dir__ = __dir__
        if "__all__" not in names:
            module.__all__ = [n for n, (how, _) in names.items() if how == "import"]
        module.__postguard_lazy__ = names
        module.__loader__ = self.real
        _lazy_modules.append(module)


class _LazyPackageFinder(importlib.abc.MetaPathFinder):
    """Makes the Presidio recognizer packages lazy: the top one while :func:`presidio_lazily` is active,
    its sub-packages whenever their parent is lazy (they are imported on first use, later)."""

    active = 0

    def find_spec(self, fullname, path, target=None):
        if fullname not in _PRESIDIO_LAZY:
            return None
        if fullname == _PRESIDIO_LAZY[0]:
            if not self.active:
                return None
        elif not any(m.__name__ == fullname.rpartition(".")[0] for m in _lazy_modules):
            return None
        spec = importlib.machinery.PathFinder.find_spec(fullname, path)
        if spec is None or spec.loader is None or spec.submodule_search_locations is None:
            return None
        spec.loader = _LazyPackageLoader(spec.loader)
        return spec


_FINDER = _LazyPackageFinder()


def complete_lazy_packages() -> None:
    """Import every name of the lazy packages (what their ``__init__`` would have done)."""
    for module in list(_lazy_modules):
        for name in module.__postguard_lazy__:
            getattr(module, name)


def _patch_loader() -> None:
    """Presidio's "load every predefined recognizer" finds the classes by subclass: complete the lazy
    packages first. Applied once, when Presidio has been imported with lazy packages."""
    utils = sys.modules.get("presidio_analyzer.recognizer_registry.recognizers_loader_utils")
    loader = getattr(utils, "RecognizerListLoader", None)
    if loader is None or getattr(loader, "_postguard_completes", False):
        return
    original = loader.__dict__.get("get_all_existing_recognizers")
    if isinstance(original, staticmethod):
        plain = original.__func__

        def get_all_existing_recognizers(cls=None):
            complete_lazy_packages()
            return plain(cls)

        loader.get_all_existing_recognizers = staticmethod(get_all_existing_recognizers)
        loader._postguard_completes = True
    else:  # a Presidio we do not know: give it its packages complete
        complete_lazy_packages()


@contextmanager
def presidio_lazily():
    """Within this block, an import of Presidio (ours, or spaCy's when it loads its plugins' pipeline
    factories: Presidio registers one) gets the lazy recognizer packages."""
    if "presidio_analyzer" in sys.modules:
        yield
        return
    with _LOCK:
        if _FINDER not in sys.meta_path:
            sys.meta_path.insert(0, _FINDER)
        _FINDER.active += 1
        try:
            yield
        finally:
            _FINDER.active -= 1
            if _lazy_modules:
                _patch_loader()


@contextmanager
def stand_in(name: str):
    """Within this block ``import NAME`` binds a stand-in module whose attributes import the real module
    when first asked for; after it, ``import NAME`` imports the real one (nothing changes if NAME is
    imported already)."""
    with _LOCK:
        if name in sys.modules:
            yield
            return
        stub = types.ModuleType(name, f"stand-in until first use; see {__name__}")

        def __getattr__(attr: str):
            with _LOCK:
                if sys.modules.get(name) is stub:
                    del sys.modules[name]
                real = importlib.import_module(name)
            return getattr(real, attr)

        stub.__getattr__ = __getattr__
        sys.modules[name] = stub
        try:
            yield
        finally:
            if sys.modules.get(name) is stub:
                del sys.modules[name]


def import_presidio():
    """Import ``presidio_analyzer`` with lazy recognizer packages; returns the module."""
    import_spacy()
    with presidio_lazily():
        import presidio_analyzer
    with stand_in("tldextract"):  # only Presidio's email recognizer uses it, and not in postguard (see entities)
        try:
            importlib.import_module("presidio_analyzer.predefined_recognizers.generic.email_recognizer")
        except ImportError:  # another Presidio layout: it imports what it imports
            pass
    return presidio_analyzer
