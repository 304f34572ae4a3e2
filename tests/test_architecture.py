"""The house rules that keep Desk easy to change, checked on every run (issue 13).

The import contracts (layers, Qt only in the UI, no database code in the UI) are checked by
``lint-imports`` in ``make lint`` and CI; here: no import cycles, no file over 500 lines and
no function over 80 lines without a ``# Long:`` comment saying why.
"""

from __future__ import annotations

import ast
from pathlib import Path

import grimp

DESK = Path(__file__).resolve().parent.parent / "desk"
MAX_FILE_LINES = 500
MAX_FUNCTION_LINES = 80


def _cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan, iteratively)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0
    for root in sorted(edges):
        if root in index:
            continue
        work = [(root, iter(sorted(edges[root])))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(edges.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def test_cycle_finder_finds_a_cycle() -> None:
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert _cycles({"a": {"b"}, "b": set()}) == []


def test_no_module_imports_itself_round_about() -> None:
    graph = grimp.build_graph("desk", exclude_type_checking_imports=True)
    edges = {m: set(graph.find_modules_directly_imported_by(m)) for m in graph.modules}
    assert _cycles(edges) == []


def _python_files() -> list[Path]:
    return sorted(DESK.rglob("*.py"))


def test_no_file_is_over_500_lines() -> None:
    long = {
        str(p.relative_to(DESK.parent)): n
        for p in _python_files()
        if (n := p.read_text(encoding="utf-8").count("\n")) > MAX_FILE_LINES
    }
    assert long == {}


def test_long_functions_say_why() -> None:
    unexplained = []
    for path in _python_files():
        source = path.read_text(encoding="utf-8")
        lines = source.splitlines()
        for node in ast.walk(ast.parse(source)):
            if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            assert node.end_lineno is not None
            if node.end_lineno - node.lineno + 1 <= MAX_FUNCTION_LINES:
                continue
            head = lines[node.lineno - 2 : node.lineno + 6]
            if not any("# Long:" in line for line in head):
                unexplained.append(f"{path.relative_to(DESK.parent)}:{node.lineno} {node.name}")
    assert unexplained == []
