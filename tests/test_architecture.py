"""The layering of ``carnet/`` holds, read from the imports of every module.

docs/architecture.md draws the layers; this test keeps them from eroding
silently: no import cycle between modules, nothing below the interface imports
Qt or the interface, the domain imports nothing else, and only the store talks
SQL. Imports under ``if TYPE_CHECKING:`` are annotations, not dependencies, and
are ignored; imports inside functions count (they still run).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "carnet"

#: Top of the stack: may import Qt and anything below (terminal_text: the command
#: line's messages, translated with Qt's catalogues but no GUI).
INTERFACE_PREFIXES = ("carnet.ui", "carnet.cli", "carnet.__main__", "carnet.terminal_text")
#: Libraries that speak SQL to the journal file.
SQL_MODULES = ("sqlite3", "sqlcipher3", "apsw")
SQL_CALLS = ("execute", "executemany", "executescript")


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _imports(tree: ast.AST, module: str, is_package: bool) -> set[str]:
    """Every module name imported by ``tree``, resolved to absolute names."""
    found: set[str] = set()

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and _is_type_checking(node):
            for child in node.orelse:
                visit(child)
            return
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                package = module.split(".") if is_package else module.split(".")[:-1]
                package = package[: len(package) - (node.level - 1)]
                base = ".".join([*package, base] if base else package)
            found.update(f"{base}.{alias.name}" for alias in node.names)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(tree)
    return found


def _sql_calls(tree: ast.AST) -> list[int]:
    return [node.lineno for node in ast.walk(tree)
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            and node.func.attr in SQL_CALLS]


class Graph:
    """Modules of ``carnet/`` and the ``carnet`` modules each one imports."""

    def __init__(self) -> None:
        self.files = {_module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}
        self.trees = {name: ast.parse(path.read_text(encoding="utf-8"))
                      for name, path in self.files.items()}
        self.raw = {name: _imports(tree, name, self.files[name].name == "__init__.py")
                    for name, tree in self.trees.items()}
        self.edges = {name: {self._owner(dep) for dep in deps if dep.startswith("carnet")} - {name}
                      for name, deps in self.raw.items()}

    def _owner(self, dotted: str) -> str:
        """The module a dotted name lives in (``carnet.store.JournalStore`` → ``carnet.store``)."""
        while dotted not in self.files and "." in dotted:
            dotted = dotted.rsplit(".", 1)[0]
        return dotted

    def cycles(self) -> list[list[str]]:
        """Strongly connected groups of more than one module (Tarjan)."""
        index: dict[str, int] = {}
        low: dict[str, int] = {}
        stack: list[str] = []
        on_stack: set[str] = set()
        groups: list[list[str]] = []

        def connect(node: str) -> None:
            index[node] = low[node] = len(index)
            stack.append(node)
            on_stack.add(node)
            for other in sorted(self.edges.get(node, ())):
                if other not in self.files:
                    continue
                if other not in index:
                    connect(other)
                    low[node] = min(low[node], low[other])
                elif other in on_stack:
                    low[node] = min(low[node], index[other])
            if low[node] == index[node]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1:
                    groups.append(sorted(group))

        for node in self.files:
            if node not in index:
                connect(node)
        return groups


def _is_interface(module: str) -> bool:
    return any(module == p or module.startswith((p + ".", p + "_"))
               for p in INTERFACE_PREFIXES)


@pytest.fixture(scope="module")
def graph() -> Graph:
    return Graph()


def test_the_reader_sees_the_package(graph):
    """Control: the graph holds the modules and edges we know exist."""
    assert "carnet.store.journal_store" in graph.files
    assert "carnet.domain" in graph.edges["carnet.store.journal_store"]
    assert "carnet.ui.session_editor.step_section" in graph.edges[
        "carnet.ui.session_editor.bodies"]


def test_no_import_cycle(graph):
    assert graph.cycles() == []


def test_a_cycle_would_be_seen(graph):
    """Control for the cycle finder: add an edge back and it reports the loop."""
    graph.edges["carnet.domain.models"] = graph.edges["carnet.domain.models"] | {
        "carnet.store.journal_store"}
    try:
        assert any("carnet.domain.models" in group for group in graph.cycles())
    finally:
        graph.edges["carnet.domain.models"] -= {"carnet.store.journal_store"}


def test_nothing_below_the_interface_imports_qt_or_the_interface(graph):
    offenders = {
        module: sorted(dep for dep in deps
                       if dep.startswith(("PySide6", "shiboken6"))
                       or (dep.startswith("carnet") and _is_interface(dep)))
        for module, deps in graph.raw.items() if not _is_interface(module)
    }
    assert {m: d for m, d in offenders.items() if d} == {}


def test_the_domain_imports_only_the_domain(graph):
    offenders = {module: sorted(dep for dep in deps
                                if dep.startswith("carnet") and not dep.startswith("carnet.domain"))
                 for module, deps in graph.raw.items() if module.startswith("carnet.domain")}
    assert {m: d for m, d in offenders.items() if d} == {}


def test_only_the_store_speaks_sql(graph):
    drivers = {module: sorted(dep for dep in deps if dep.split(".")[0] in SQL_MODULES)
               for module, deps in graph.raw.items() if not module.startswith("carnet.store")}
    assert {m: d for m, d in drivers.items() if d} == {}
    calls = {module: _sql_calls(tree) for module, tree in graph.trees.items()
             if not module.startswith("carnet.store")}
    assert {m: lines for m, lines in calls.items() if lines} == {}
    assert _sql_calls(graph.trees["carnet.store.journal_store"]) or _sql_calls(
        graph.trees["carnet.store.repos.base"]), "control: the store's own SQL calls are seen"


#: What each package below the interface may import of ``carnet`` (besides itself and
#: the small utilities: ``carnet`` — its version —, ``carnet.paths``, ``carnet.hardening``
#: and ``carnet.caches``, where caches of journal text register to be emptied at lock).
#: The table in docs/architecture.md; widen it there and here together, deliberately.
MAY_IMPORT: dict[str, set[str]] = {
    "carnet.domain": set(),
    "carnet.templates": {"carnet.domain"},
    "carnet.store": {"carnet.domain"},
    "carnet.notes": set(),
    "carnet.services": {"carnet.store", "carnet.templates", "carnet.domain"},
    "carnet.booklet": {"carnet.notes", "carnet.services", "carnet.store", "carnet.templates",
                       "carnet.domain"},
    "carnet.exchange": {"carnet.booklet", "carnet.notes", "carnet.services", "carnet.store",
                        "carnet.templates", "carnet.domain"},
    "carnet.demo": {"carnet.store", "carnet.templates", "carnet.domain"},
    "carnet.sync": {"carnet.store", "carnet.domain"},
}
UTILITIES = {"carnet", "carnet.paths", "carnet.hardening", "carnet.caches", "carnet.gc_pause"}


def _package(module: str) -> str:
    return ".".join(module.split(".")[:2])


def _layer_offenders(graph) -> dict[str, list[str]]:
    offenders = {}
    for module, deps in graph.edges.items():
        package = _package(module)
        if package not in MAY_IMPORT:
            continue
        allowed = MAY_IMPORT[package] | {package} | UTILITIES
        bad = sorted(dep for dep in deps if dep not in UTILITIES and _package(dep) not in allowed)
        if bad:
            offenders[module] = bad
    return offenders


def test_each_layer_imports_only_the_layers_below(graph):
    assert _layer_offenders(graph) == {}


def test_a_layer_breach_would_be_seen(graph):
    """Control: the store importing the booklet is reported."""
    graph.edges["carnet.store.backups"] = graph.edges["carnet.store.backups"] | {
        "carnet.booklet.build"}
    try:
        assert _layer_offenders(graph) == {"carnet.store.backups": ["carnet.booklet.build"]}
    finally:
        graph.edges["carnet.store.backups"] -= {"carnet.booklet.build"}


def test_every_package_has_its_place_in_the_layers(graph):
    """A new package of carnet/ is placed in MAY_IMPORT (or is the interface)."""
    packages = {_package(m) for m in graph.files if m.count(".") >= 1}
    placed = set(MAY_IMPORT) | UTILITIES
    unplaced = {p for p in packages if p not in placed and not _is_interface(p)
                and graph.files[p].name == "__init__.py"}
    assert unplaced == set(), "add the new package to MAY_IMPORT and docs/architecture.md"


def test_every_command_module_is_wired(graph):
    """Each carnet/cli_*.py is listed in carnet.cli.COMMAND_MODULES (no discovery)."""
    from carnet import cli

    modules = {m for m in graph.files if m.startswith("carnet.cli_")}
    assert modules, "control: the command modules are seen"
    assert modules == set(cli.COMMAND_MODULES)
