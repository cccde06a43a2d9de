"""Only services touch the store: web and CLI modules import it for type hints at most."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).parent.parent / "src" / "roundtwo"
OUTER = sorted(p for layer in ("web", "cli") for p in (SRC / layer).rglob("*.py"))


def _runtime_imports(tree: ast.Module) -> list[str]:
    """Modules imported outside ``if TYPE_CHECKING:`` blocks."""
    found: list[str] = []

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and getattr(node.test, "id", None) == "TYPE_CHECKING":
            return
        if isinstance(node, ast.ImportFrom) and node.module:
            found.append(node.module)
        elif isinstance(node, ast.Import):
            found.extend(alias.name for alias in node.names)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(tree)
    return found


@pytest.mark.parametrize("path", OUTER, ids=lambda p: str(p.relative_to(SRC)))
def test_outer_layer_does_not_import_store(path: Path) -> None:
    imports = _runtime_imports(ast.parse(path.read_text(encoding="utf-8")))
    assert not [m for m in imports if m.startswith("roundtwo.store")], f"{path.name} imports roundtwo.store"
