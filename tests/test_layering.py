"""DESIGN's import table, enforced: semantics never sees z3 or egglog, only verifier/ imports z3,
only optimizer/ imports egglog, and cli/ only wires."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ["semantics", "rules", "verifier", "optimizer", "cli"]

# package -> the third-party and project top-level modules it may import
ALLOWED: dict[str, set[str]] = {
    "semantics": {"numpy", "semantics"},
    "rules": {"semantics", "rules"},
    "verifier": {"semantics", "rules", "verifier", "z3", "hypothesis", "numpy", "cvc5"},
    "optimizer": {"semantics", "rules", "optimizer", "egglog", "numpy"},
    "cli": {"semantics", "rules", "verifier", "optimizer", "cli", "typer", "rich", "click"},
}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            out.add(node.module.split(".")[0])
    return out


def _stdlib() -> set[str]:
    import sys

    return set(sys.stdlib_module_names) | {"__future__"}


@pytest.mark.parametrize("package", PACKAGES)
def test_package_imports_only_what_design_allows(package: str) -> None:
    stdlib = _stdlib()
    bad: list[str] = []
    files = sorted((ROOT / package).rglob("*.py"))
    assert files, f"package {package} has no modules"
    for f in files:
        for mod in sorted(_imports(f) - stdlib - ALLOWED[package]):
            bad.append(f"{f.relative_to(ROOT)} imports {mod}")
    assert not bad, "\n".join(bad)


def test_the_check_sees_a_violation(tmp_path: Path) -> None:
    """The checker itself can fail: a file importing z3 is reported."""
    f = tmp_path / "m.py"
    f.write_text("import z3\nfrom egglog import bindings\n")
    assert _imports(f) == {"z3", "egglog"}
