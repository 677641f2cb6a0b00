"""Imports point down: a stage never imports one that comes after it.

Every module of the package is read as text (nothing is imported), and each of its imports,
function-level ones included, is checked against the layer order below. Outside
``cardscan.extract`` only the package itself (``cardscan.extract``) is imported, never one
of its modules: what other stages need of it is re-exported there.
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

PACKAGE_DIR = Path(__file__).resolve().parent.parent / "cardscan"

# Low to high: a module may import its own layer and the ones before it. A name stands for
# the module of that name and, for a package, everything inside it.
LAYERS: tuple[tuple[str, ...], ...] = (
    ("cardscan", "models", "errors", "script", "safefile", "progress"),
    ("imageio",),
    ("preprocess",),
    ("engines",),
    ("extract",),
    ("reading", "debug", "verify", "email_agreement", "scan_types"),
    ("pipeline",),
    ("cache", "dedupe", "output", "table", "contacts_in"),
    ("api", "distributed", "workers"),
    ("drafts",),
    ("interview",),
    ("review",),
    ("web",),
    ("cli", "__main__"),
)
PUBLIC_ONLY = "cardscan.extract"

# Modules of the pipeline owner's area that still reach into extract's modules; strict, so
# that the entry must go once the import does.
KNOWN_REACHES_IN: dict[str, str] = {}


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE_DIR.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(p): p for p in sorted(PACKAGE_DIR.rglob("*.py"))}


def imports_of(name: str) -> Iterator[tuple[str, int]]:
    """Each cardscan module ``name`` imports, with the line of the import."""
    path = MODULES[name]
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:  # relative: from the package, one level up per extra dot
                anchor = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                base = f"{anchor}.{base}" if base else anchor
            # "from cardscan import api" imports the module cardscan.api.
            targets = [f"{base}.{a.name}" if f"{base}.{a.name}" in MODULES else base
                       for a in node.names]  # fmt: skip
        else:
            continue
        for target in dict.fromkeys(targets):
            if target == "cardscan" or target.startswith("cardscan."):
                yield target, node.lineno


def _unit(name: str) -> str:
    """The top-level part a module belongs to: "drafts" for cardscan.drafts.eml."""
    parts = name.split(".")
    return parts[1] if len(parts) > 1 else parts[0]


def layer_of(name: str) -> int:
    """The index in LAYERS of the entry that covers module ``name``."""
    unit = _unit(name)
    for index, units in enumerate(LAYERS):
        if unit in units:
            return index
    raise LookupError(f"{name} has no layer: add {unit!r} to LAYERS in {Path(__file__).name}")


def _params() -> list:
    return [
        pytest.param(name, marks=pytest.mark.xfail(reason=KNOWN_REACHES_IN[name], strict=True))
        if name in KNOWN_REACHES_IN
        else name
        for name in MODULES
    ]


@pytest.mark.parametrize("name", _params())
def test_imports_point_down(name: str) -> None:
    own = layer_of(name)
    wrong = [
        f"{name} (line {line}) imports {target}, a later stage than its own"
        for target, line in imports_of(name)
        if layer_of(target) > own
    ]
    inside = name == PUBLIC_ONLY or name.startswith(PUBLIC_ONLY + ".")
    wrong += [
        f"{name} (line {line}) imports {target}: import {PUBLIC_ONLY} (re-export it there)"
        for target, line in imports_of(name)
        if not inside and target.startswith(PUBLIC_ONLY + ".")
    ]
    assert not wrong, "\n".join(wrong)


def test_every_top_level_module_has_a_layer() -> None:
    missing = []
    for name in MODULES:
        try:
            layer_of(name)
        except LookupError as exc:
            missing.append(str(exc))
    assert not missing, "\n".join(missing)


def test_no_cycle_between_the_top_level_parts() -> None:
    """api and distributed, cache and contacts_in …: parts of one layer may use each other,
    but never in a circle."""
    edges: dict[str, set[str]] = {}
    for name in MODULES:
        for target, _ in imports_of(name):
            a, b = _unit(name), _unit(target)
            if a != b and b != "cardscan":
                edges.setdefault(a, set()).add(b)
    assert find_cycle(edges) == []


def find_cycle(edges: dict[str, set[str]]) -> list[str]:
    """One circle of the graph as the list of its nodes (first one repeated), or []."""
    done: set[str] = set()

    def visit(node: str, path: list[str]) -> list[str]:
        if node in path:
            return path[path.index(node) :] + [node]
        if node in done:
            return []
        for target in sorted(edges.get(node, ())):
            cycle = visit(target, [*path, node])
            if cycle:
                return cycle
        done.add(node)
        return []

    for start in sorted(edges):
        cycle = visit(start, [])
        if cycle:
            return cycle
    return []


def test_find_cycle_sees_a_circle_of_three() -> None:
    edges = {"api": {"cache"}, "cache": {"workers"}, "workers": {"api"}, "cli": {"api"}}
    assert find_cycle(edges) == ["api", "cache", "workers", "api"]
    assert find_cycle({"cli": {"api"}, "api": {"cache"}}) == []


def test_the_checker_sees_a_wrong_import(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The check itself: a models module importing the CLI is caught, with its line."""
    fake = tmp_path / "models_fake.py"
    fake.write_text("import os\n\ndef f():\n    from cardscan.cli import main\n", "utf-8")
    monkeypatch.setitem(MODULES, "cardscan.models_fake", fake)
    monkeypatch.setattr(sys.modules[__name__], "LAYERS", (("models_fake",), *LAYERS))
    with pytest.raises(AssertionError, match=r"models_fake \(line 4\) imports cardscan\.cli"):
        test_imports_point_down("cardscan.models_fake")
