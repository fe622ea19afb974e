"""Layer boundaries, checked rather than hoped for (STYLE.md)."""

from __future__ import annotations

import ast
import re
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


def _module_file(name: str) -> Path | None:
    """The file of an `agent_desktop…` module name (package: its __init__), if any."""
    path = ROOT.joinpath(*name.split("."))
    for candidate in (path.with_suffix(".py"), path / "__init__.py"):
        if candidate.is_file():
            return candidate
    return None


def desktop_imports(path: Path) -> set[Path]:
    """The agent_desktop modules `path` imports (`from pkg import module` counts)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: set[Path] = set()
    for node in ast.walk(tree):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
        for name in names:
            if name.startswith("agent_desktop"):
                module = _module_file(name)
                if module is not None:
                    found.add(module)
    return found


def qt_widgets_path(start: Path) -> list[str]:
    """The import chain from `start` to a module importing QtWidgets ([] when none): what
    a module imports is loaded with it, so the check follows the desktop's own imports."""
    chains: dict[Path, list[Path]] = {start: [start]}
    todo = [start]
    while todo:
        path = todo.pop()
        if any(n.startswith("PySide6.QtWidgets") for n in imports(path)):
            return [p.relative_to(ROOT).as_posix() for p in chains[path]]
        for module in sorted(desktop_imports(path)):
            if module not in chains:
                chains[module] = [*chains[path], module]
                todo.append(module)
    return []


def presenter_modules() -> list[Path]:
    """The main window's presenters, and every slice's presenters, models and REST client
    by name (`presenter.py`, `*_models.py`, `models.py`, `api.py`), so a new slice is
    checked without being listed here."""
    desktop = ROOT / "agent_desktop"
    found = set(modules("agent_desktop/presenters"))
    for pattern in (
        "*/presenter.py",
        "*/presenters.py",
        "*/models.py",
        "*/*_models.py",
        "*/api.py",
    ):
        found.update(desktop.glob(pattern))
    found.update(desktop / "admin" / f"{name}.py" for name in ("importer", "password", "texts"))
    found.update(desktop / "supervisor" / f"{name}.py" for name in ("recordings", "sign_ins"))
    return sorted(found)


def test_presenters_cti_and_softphone_never_load_widgets() -> None:
    """Presenters, the CTI client, the softphone and the number helpers run without a
    widget: not importing QtWidgets themselves nor through anything they import."""
    checked = (
        presenter_modules()
        + modules("agent_desktop/cti")
        + modules("agent_desktop/softphone")
        + modules("agent_desktop/numbers")
    )
    assert len(checked) > 40  # the globs above still find the modules
    for path in checked:
        chain = qt_widgets_path(path)
        assert not chain, " -> ".join(chain)


def test_no_qt_in_cti_softphone_numbers_and_the_platform_services() -> None:
    """The CTI client, the softphone engine, the number helpers, the keyring, `--check` and
    the diagnostics data run without Qt at all (the check runs with no window)."""
    platform = ROOT / "agent_desktop/platform"
    paths = (
        modules("agent_desktop/cti")
        + modules("agent_desktop/softphone")
        + modules("agent_desktop/numbers")
        + [platform / "credentials.py", platform / "check.py", platform / "diagnostics.py"]
    )
    for path in paths:
        found = [n for n in imports(path) if n.startswith(("PySide6", "qasync"))]
        assert not found, (path.relative_to(ROOT).as_posix(), found)


def test_app_package_is_the_composition_layer_only() -> None:
    """agent_desktop/app/ holds the wiring (and its package docstring), nothing else."""
    names = sorted(p.name for p in (ROOT / "agent_desktop/app").glob("*.py"))
    assert names == ["__init__.py", "wiring.py"], names


def test_views_hold_widgets_only() -> None:
    """Every module in views/ (not the generated forms) imports QtWidgets, or is the look
    (`style.py`: stylesheet and icons) that widgets share; glue goes to presenters/ or the
    slice's package."""
    for path in (ROOT / "agent_desktop/views").glob("*.py"):
        if path.name in ("__init__.py", "style.py"):
            continue
        assert any(n.startswith("PySide6.QtWidgets") for n in imports(path)), path.name


DATABASE_MODULES = (
    "sqlite3",
    "sqlite_utils",
    "psycopg",
    "psycopg2",
    "asyncpg",
    "aiosqlite",
    "sqlalchemy",
)
SQL = re.compile(
    r"\b(SELECT\s.+?\sFROM\s|INSERT\s+(OR\s+\w+\s+)?INTO\s|UPDATE\s+\w+\s+SET\s|"
    r"DELETE\s+FROM\s|(CREATE|DROP|ALTER)\s+(VIRTUAL\s+)?(TABLE|INDEX|TRIGGER|VIEW)\s|"
    r"PRAGMA\s+\w+)",
    re.S,
)


def sql_strings(path: Path) -> list[str]:
    """String literals (and the literal parts of f-strings) in `path` that read as SQL."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        text = None
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            text = node.value
        elif isinstance(node, ast.JoinedStr):
            text = " ".join(
                v.value
                for v in node.values
                if isinstance(v, ast.Constant) and isinstance(v.value, str)
            )
        if text and SQL.search(text):
            found.append(f"line {node.lineno}: {text.strip()[:60]}")
    return found


def test_sql_only_in_the_store() -> None:
    """The coordinator's SQL and database drivers live under server_stub/store/ only, behind
    the `Store` interface, so another database (PostgreSQL) replaces one package."""
    store = ROOT / "server_stub/store"
    for path in modules("server_stub"):
        if store in path.parents:
            continue
        drivers = [n for n in imports(path) if n.split(".")[0] in DATABASE_MODULES]
        assert not drivers, (path.relative_to(ROOT).as_posix(), drivers)
        assert not sql_strings(path), (path.relative_to(ROOT).as_posix(), sql_strings(path))


def test_the_sql_check_sees_sql() -> None:
    """The SQL pattern above matches the shapes the store writes (and not prose)."""
    assert SQL.search("SELECT a.id FROM kb_articles a WHERE a.id = ?")
    assert SQL.search("INSERT OR IGNORE INTO agents (agent_id) VALUES (?)")
    assert SQL.search("UPDATE calls SET state = ? WHERE id = ?")
    assert SQL.search("DELETE FROM sessions WHERE expires_at < ?")
    assert SQL.search("CREATE VIRTUAL TABLE kb_fts USING fts5(title)")
    assert not SQL.search("Select a queue from the list, then update the form and set it.")


# --- typed wire events (docs/architecture.md, "Events") ----------------------------------

FRAME_NAMES = {"Event", "EventType", "parse_event", "PAYLOADS", "payload_data", "frame"}
FRAME_READERS = {"agent_desktop/cti/stream.py", "agent_desktop/presenters/session.py"}
PAYLOAD_KEYS = re.compile(r"\.data\s*(\[|\.get\()")


def protocol_names(path: Path) -> set[str]:
    """Names `path` imports from agent_desktop.protocol (or its modules)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    return {
        alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom)
        and (node.module or "").startswith("agent_desktop.protocol")
        for alias in node.names
    }


def test_only_the_protocol_knows_the_keys_of_event_payloads() -> None:
    """The desktop parses a frame once (the stream and the session presenter, through
    `protocol.parse_event`); everyone else gets typed payloads from the session's signals
    and never sees a frame, its `type` or its `data` dict."""
    for path in modules("agent_desktop"):
        rel = path.relative_to(ROOT).as_posix()
        if rel.startswith("agent_desktop/protocol/"):
            continue
        assert not PAYLOAD_KEYS.search(path.read_text(encoding="utf-8")), rel
        if rel in FRAME_READERS:
            tree = ast.parse(path.read_text(encoding="utf-8"))
            reads = [
                n.lineno
                for n in ast.walk(tree)
                if isinstance(n, ast.Attribute) and n.attr == "data"
            ]
            assert not reads, (rel, "reads a frame's data at lines", reads)
        else:
            assert not protocol_names(path) & FRAME_NAMES, (rel, protocol_names(path) & FRAME_NAMES)


def test_server_events_are_built_by_notifiers_only() -> None:
    """Every `bus.publish(...)` of the coordinator is in a slice's `…Notifier` class, which
    builds the protocol model; services call the notifier, never the bus with a dict."""
    for path in modules("server_stub"):
        rel = path.relative_to(ROOT).as_posix()
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=rel)
        assert "EventType" not in protocol_names(path), rel
        publish = {
            id(n)
            for n in ast.walk(tree)
            if isinstance(n, ast.Call)
            and isinstance(n.func, ast.Attribute)
            and n.func.attr == "publish"
        }
        in_notifiers = {
            id(n)
            for cls in ast.walk(tree)
            if isinstance(cls, ast.ClassDef) and cls.name.endswith("Notifier")
            for n in ast.walk(cls)
            if id(n) in publish
        }
        assert publish == in_notifiers, (rel, "publishes outside a Notifier class")


def _project_classes(package: str) -> set[str]:
    return {
        node.name
        for path in modules(package)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.ClassDef)
    }


def test_server_composition_is_finished_at_construction() -> None:
    """`build_services` (server_stub/services.py) wires the server by constructor: no
    module holds an instance of a project class or rebinds a global, and outside the
    composition root nobody assigns a service or a port into another object later
    (`acd.set_control(...)`, `services.call_path = ...`)."""
    import typing

    from server_stub.config import ServerConfig
    from server_stub.services import Services

    def services_in(hint: object) -> bool:  # a project service (not config or data)
        return (
            getattr(hint, "__module__", "").startswith("server_stub.") and hint is not ServerConfig
        ) or any(services_in(a) for a in typing.get_args(hint))

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
                    where,
                    node.lineno,
                    "module-level instance",
                )
        for node in ast.walk(tree):
            assert not isinstance(node, ast.Global), (where, node.lineno, "global")
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                assert not node.name.startswith("set_control"), (where, node.name)
            if where in roots or not isinstance(node, ast.Assign | ast.AnnAssign):
                continue
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in targets:
                if (
                    isinstance(target, ast.Attribute)
                    and target.attr in fields
                    and not (isinstance(target.value, ast.Name) and target.value.id == "self")
                ):
                    raise AssertionError((where, node.lineno, f"late wiring of {target.attr}"))

    def has_any(hint: object) -> bool:
        return hint is typing.Any or any(has_any(a) for a in typing.get_args(hint))

    assert {"acd", "call_path", "runner"} <= fields
    assert not [name for name, hint in hints.items() if has_any(hint)], hints


def test_reports_presenter_holds_no_widgets() -> None:
    """agent_desktop/reports: the presenter, models and labels use QtCore/QtGui only; the
    REST client, periods, formatting and the chart's data use no Qt at all."""
    reports = ROOT / "agent_desktop/reports"
    for name in ("presenter", "model", "labels", "formulas", "errors"):
        found = [n for n in imports(reports / f"{name}.py") if n.startswith("PySide6.QtWidgets")]
        assert not found, (name, found)
    for name in ("__init__", "api", "periods", "formatting", "chartspec"):
        found = [n for n in imports(reports / f"{name}.py") if n.startswith("PySide6")]
        assert not found, (name, found)
