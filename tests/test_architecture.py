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
                path.name, name)


def test_server_imports_only_the_protocol_from_the_desktop() -> None:
    for path in modules("server_stub"):
        for name in imports(path):
            if name.startswith("agent_desktop"):
                assert name.startswith("agent_desktop.protocol"), (path, name)
            assert not name.startswith(("PySide6", "qasync")), (path, name)


def test_one_pjsua2_importer_per_side() -> None:
    for package in ("server_stub", "agent_desktop"):
        users = [p.relative_to(ROOT).as_posix() for p in modules(package)
                 if any(n.split(".")[0] == "pjsua2" for n in imports(p))]
        assert len(users) <= 1, users


def test_desktop_package_root_is_free_of_qt() -> None:
    assert not any(n.startswith("PySide6") for n in imports(ROOT / "agent_desktop/__init__.py"))


def test_presenters_hold_no_widgets() -> None:
    """Presenters (signals, async slots, models) import QtCore/QtGui but never QtWidgets;
    the Admin tab's REST client and specs import no Qt at all."""
    admin = ROOT / "agent_desktop/admin"
    presenters = modules("agent_desktop/presenters") + [
        admin / f"{name}.py" for name in ("presenter", "importer", "password", "models",
                                          "texts")]
    for path in presenters:
        assert not any(n.startswith("PySide6.QtWidgets") for n in imports(path)), path.name
    for name in ("__init__", "api", "errors", "resources"):
        found = [n for n in imports(admin / f"{name}.py") if n.startswith("PySide6")]
        assert not found, (name, found)


def _project_classes(package: str) -> set[str]:
    return {node.name for path in modules(package)
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
            if isinstance(node, ast.ClassDef)}


def test_server_composition_is_finished_at_construction() -> None:
    """`build_services` (server_stub/services.py) wires the server by constructor: no
    module holds an instance of a project class or rebinds a global, and outside the
    composition root nobody assigns a service or a port into another object later
    (`acd.set_control(...)`, `services.call_path = ...`)."""
    import typing

    from server_stub.config import ServerConfig
    from server_stub.services import Services

    def services_in(hint: object) -> bool:  # a project service (not config or data)
        return (getattr(hint, "__module__", "").startswith("server_stub.")
                and hint is not ServerConfig) or any(services_in(a)
                                                     for a in typing.get_args(hint))

    hints = typing.get_type_hints(Services)
    fields = {name for name, hint in hints.items() if services_in(hint)} | {"control"}
    classes = _project_classes("server_stub")
    roots = {"server_stub/services.py"}
    for path in modules("server_stub"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        where = path.relative_to(ROOT).as_posix()
        for node in tree.body:  # module level: no service instances
            if isinstance(node, (ast.Assign, ast.AnnAssign)) and isinstance(node.value, ast.Call):
                func = node.value.func
                assert not (isinstance(func, ast.Name) and func.id in classes), (
                    where, node.lineno, "module-level instance")
        for node in ast.walk(tree):
            assert not isinstance(node, ast.Global), (where, node.lineno, "global")
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                assert not node.name.startswith("set_control"), (where, node.name)
            if where in roots or not isinstance(node, ast.Assign | ast.AnnAssign):
                continue
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in targets:
                if (isinstance(target, ast.Attribute) and target.attr in fields
                        and not (isinstance(target.value, ast.Name)
                                 and target.value.id == "self")):
                    raise AssertionError((where, node.lineno, f"late wiring of {target.attr}"))

    def has_any(hint: object) -> bool:
        return hint is typing.Any or any(has_any(a) for a in typing.get_args(hint))

    assert {"acd", "call_path", "runner"} <= fields
    assert not [name for name, hint in hints.items() if has_any(hint)], hints
