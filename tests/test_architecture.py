"""The house rules of the layout, checked on the source: imports run one way (no cycle, not
even a type-only or function-level one), the store knows nothing of spaCy, the record types
and the lexicons stand on nothing of ours, and the events package keeps small rooms."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"
MAX_LINES = 420  # "no module over ~400 lines"


def _modules() -> dict[str, Path]:
    found = {}
    for path in SRC.rglob("*.py"):
        name = ".".join(path.relative_to(SRC).with_suffix("").parts)
        found[name.removesuffix(".__init__")] = path
    return found


def _imports() -> dict[str, set[str]]:
    """Module -> the modules of ours it imports, anywhere in its code."""
    modules = _modules()
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for name, path in modules.items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                targets = [node.module, *(f"{node.module}.{a.name}" for a in node.names)]
            elif isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            else:
                continue
            graph[name].update(t for t in targets if t in modules and t != name)
    return graph


def test_no_import_cycle() -> None:
    graph = _imports()
    done: set[str] = set()

    def visit(module: str, path: list[str]) -> None:
        if module in path:
            raise AssertionError("import cycle: " + " -> ".join(path[path.index(module):] + [module]))
        if module in done:
            return
        for target in sorted(graph[module]):
            visit(target, path + [module])
        done.add(module)

    for module in sorted(graph):
        visit(module, [])


@pytest.mark.parametrize("floor, forbidden", [
    ("newsgraph.store", ("newsgraph.nlp", "newsgraph.extraction", "newsgraph.sources", "newsgraph.run")),
    ("newsgraph.schema", ("newsgraph.",)),
    ("newsgraph.lexicons", ("newsgraph.nlp", "newsgraph.sources", "newsgraph.store", "newsgraph.run",
                            "newsgraph.extraction", "newsgraph.schema")),
    ("newsgraph.nlp", ("newsgraph.store", "newsgraph.run", "newsgraph.web", "newsgraph.cli", "newsgraph.extraction")),
])
def test_lower_floors_never_import_higher_ones(floor: str, forbidden: tuple[str, ...]) -> None:
    for module, targets in _imports().items():
        if module == floor or module.startswith(floor + "."):
            bad = [t for t in targets if t.startswith(forbidden) and not t.startswith(floor)]
            assert not bad, f"{module} imports {bad}"


def test_events_rooms_are_small() -> None:
    for path in (SRC / "newsgraph" / "nlp" / "events").glob("*.py"):
        lines = len(path.read_text(encoding="utf-8").splitlines())
        assert lines <= MAX_LINES, f"{path.name}: {lines} lines"
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef):
                assert node.end_lineno - node.lineno < 60, f"{path.name}:{node.name} is {node.end_lineno - node.lineno} lines"
