"""Layer boundaries, checked rather than hoped for (STYLE.md)."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STDLIB = set(sys.stdlib_module_names)


def imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def modules(package: str) -> list[Path]:
    return sorted((ROOT / package).rglob("*.py"))


def test_domain_imports_only_the_standard_library() -> None:
    allowed = STDLIB | {"sortedcontainers"}
    for path in modules("server_stub/domain"):
        for name in imports(path):
            top = name.split(".")[0]
            assert top in allowed or name.startswith("server_stub.domain"), (path.name, name)


def test_protocol_has_no_qt_and_nothing_of_the_server() -> None:
    for path in modules("agent_desktop/protocol"):
        for name in imports(path):
            assert not name.startswith(("PySide6", "server_stub", "pjsua2", "qasync")), (
                path.name,
                name,
            )


def test_server_imports_only_the_protocol_from_the_desktop() -> None:
    for path in modules("server_stub"):
        for name in imports(path):
            if name.startswith("agent_desktop"):
                assert name.startswith("agent_desktop.protocol"), (path, name)
            assert not name.startswith(("PySide6", "qasync")), (path, name)


def test_one_pjsua2_importer_per_side() -> None:
    for package in ("server_stub", "agent_desktop"):
        users = [
            p.relative_to(ROOT).as_posix()
            for p in modules(package)
            if any(n.split(".")[0] == "pjsua2" for n in imports(p))
        ]
        assert len(users) <= 1, users


def test_desktop_package_root_is_free_of_qt() -> None:
    assert not any(n.startswith("PySide6") for n in imports(ROOT / "agent_desktop/__init__.py"))


def test_presenters_hold_no_widgets() -> None:
    """Presenters (signals, async slots, models) import QtCore/QtGui but never QtWidgets;
    the Admin tab's REST client and specs import no Qt at all."""
    admin = ROOT / "agent_desktop/admin"
    presenters = modules("agent_desktop/presenters") + [
        admin / f"{name}.py" for name in ("presenter", "importer", "password", "models", "texts")
    ]
    for path in presenters:
        assert not any(n.startswith("PySide6.QtWidgets") for n in imports(path)), path.name
    for name in ("__init__", "api", "errors", "resources"):
        found = [n for n in imports(admin / f"{name}.py") if n.startswith("PySide6")]
        assert not found, (name, found)
