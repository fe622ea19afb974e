"""Admin presenters over a fake API (one layer): loading, create/update/delete, field
errors from the form and from the server, lead read-only, import preview, password."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from agent_desktop.admin.errors import field_errors, row_errors
from agent_desktop.admin.importer import ImportPresenter
from agent_desktop.admin.password import PasswordPresenter
from agent_desktop.admin.presenter import AdminPresenter
from agent_desktop.admin.resources import permissions_of
from agent_desktop.cti import ApiError
from agent_desktop.presenters.tasks import TaskRunner
from agent_desktop.protocol.admin import MAX_IMPORT_BYTES
from tests.admin_tab.conftest import FakeAdminApi
from tests.desktop.conftest import run


def loaded(
    loop: asyncio.AbstractEventLoop, api: FakeAdminApi, role: str = "admin"
) -> AdminPresenter:
    presenter = AdminPresenter(api, TaskRunner(), permissions_of(role))
    for spec in presenter.specs:
        assert run(loop, presenter.load(spec.name))
    return presenter


def test_loads_every_collection_and_offers_choices(loop: Any, fake_api: FakeAdminApi) -> None:
    presenter = loaded(loop, fake_api)
    assert [s.name for s in presenter.specs] == [
        "agents",
        "teams",
        "queues",
        "dids",
        "reason_codes",
        "dispositions",
        "prompts",
        "roles",
        "webhooks",
        "number_lists",
    ]
    agents = presenter.models["agents"]
    assert agents.rowCount() == 1
    assert agents.index(0, 4).data() == "sales:1"  # skills column
    assert presenter.choices("queues") == ["sales"]
    assert presenter.choices("roles")[:3] == ["agent", "lead", "admin"]


def test_create_sends_the_filled_fields_and_adds_the_row(loop: Any, fake_api: FakeAdminApi) -> None:
    presenter = loaded(loop, fake_api)
    saved: list[tuple[str, str]] = []
    presenter.saved.connect(lambda name, key: saved.append((name, key)))
    ok = run(
        loop,
        presenter.save_async(
            "agents",
            None,
            {
                "agent_id": " 2001 ",
                "name": "王芳",
                "role": "agent",
                "team": "",
                "skills": [{"queue": "sales", "level": 2}],
                "outbound_caller_id": "",
                "max_sessions": 1,
                "enabled": True,
                "password": "Secret-2001",
            },
        ),
    )
    assert ok and saved == [("agents", "2001")]
    method, path, body = fake_api.requests[-1]
    assert (method, path) == ("POST", "agents")
    assert body == {
        "agent_id": "2001",
        "name": "王芳",
        "role": "agent",
        "skills": [{"queue": "sales", "level": 2}],
        "max_sessions": 1,
        "enabled": True,
        "password": "Secret-2001",
    }
    row = presenter.row("agents", "2001")
    assert row is not None and "password" not in row


def test_required_fields_are_caught_before_sending(loop: Any, fake_api: FakeAdminApi) -> None:
    presenter = loaded(loop, fake_api)
    errors: list[dict[str, str]] = []
    presenter.field_errors.connect(lambda _name, e: errors.append(e))
    assert not run(
        loop,
        presenter.save_async(
            "reason_codes",
            None,
            {"code": "", "label_en": "Lunch", "label_zh": "", "paid": False, "sort": 0},
        ),
    )
    assert errors == [{"code": "Required", "label_zh": "Required"}]
    assert fake_api.requests == []


def test_server_field_error_goes_to_its_field(loop: Any, fake_api: FakeAdminApi) -> None:
    presenter = loaded(loop, fake_api)
    errors: list[tuple[str, dict[str, str]]] = []
    messages: list[tuple[str, bool]] = []
    presenter.field_errors.connect(lambda name, e: errors.append((name, e)))
    presenter.message.connect(lambda text, error: messages.append((text, error)))
    fake_api.fail_next = ApiError(
        409,
        "duplicate_id",
        "agent 1001 exists",
        [{"field": "agent_id", "message": "already taken"}],
    )
    assert not run(
        loop,
        presenter.save_async("agents", None, {"agent_id": "1001", "name": "x", "role": "agent"}),
    )
    assert errors == [("agents", {"agent_id": "already taken"})]
    assert messages[-1] == ("Not saved: agent 1001 exists", True)
    assert presenter.models["agents"].rowCount() == 1


def test_validation_loc_is_read_as_a_field() -> None:
    error = ApiError(
        422,
        "invalid_input",
        "invalid",
        [{"loc": ["body", "skills", 0, "level"], "msg": "must be ≥ 1"}],
    )
    assert field_errors(error) == {"skills": "must be ≥ 1"}


def test_update_leaves_out_fixed_fields_and_delete_removes(
    loop: Any, fake_api: FakeAdminApi
) -> None:
    presenter = loaded(loop, fake_api)
    assert run(
        loop,
        presenter.save_async(
            "queues",
            "sales",
            {
                "name": "sales",
                "display_name": "Sales 2",
                "strategy": "round-robin",
                "wrap_up_seconds": 10,
            },
        ),
    )
    assert fake_api.requests[-1] == (
        "PATCH",
        "queues/sales",
        {"display_name": "Sales 2", "strategy": "round-robin", "wrap_up_seconds": 10},
    )
    assert presenter.models["queues"].index(0, 2).data() == "Round robin"
    assert run(loop, presenter.delete_async("queues", "sales"))
    assert presenter.models["queues"].rowCount() == 0


def test_refused_delete_keeps_the_row(loop: Any, fake_api: FakeAdminApi) -> None:
    presenter = loaded(loop, fake_api)
    fake_api.fail_next = ApiError(409, "queue_in_use", "DID 4008001000 routes to sales")
    assert not run(loop, presenter.delete_async("queues", "sales"))
    assert presenter.models["queues"].rowCount() == 1


def test_lead_reads_agents_teams_queues_only(loop: Any, fake_api: FakeAdminApi) -> None:
    presenter = loaded(loop, fake_api, role="lead")
    assert presenter.read_only
    assert [s.name for s in presenter.specs] == ["agents", "teams", "queues"]


def test_import_preview_marks_the_bad_lines(
    loop: Any, fake_api: FakeAdminApi, tmp_path: Path
) -> None:
    source = tmp_path / "agents.csv"
    source.write_text(
        "agent_id,name,role,team,skills,password\n"
        "2001,王芳,agent,t1,sales:1,generate\n"
        "2002,张伟,boss,t1,sales:1,generate\n"
        "2003,刘洋,agent,t1,nowhere:1,generate\n",
        encoding="utf-8",
    )
    importer = ImportPresenter(fake_api, TaskRunner(), AdminPresenter(fake_api, TaskRunner()).texts)
    assert importer.open_file(source)
    model = importer.model
    assert model.rowCount() == 3 and model.columnCount() == 8
    assert [model.index(r, 0).data() for r in range(3)] == [2, 3, 4]
    fake_api.fail_next = ApiError(
        422,
        "invalid_rows",
        "2 bad rows",
        [
            {"line": 3, "field": "role", "message": "unknown role boss"},
            {"line": 4, "field": "skills", "message": "unknown queue nowhere"},
        ],
    )
    refused: list[int] = []
    importer.refused.connect(refused.append)
    assert run(loop, importer.submit_async()) is None
    assert refused == [2] and model.bad_lines == [3, 4]
    assert model.index(1, 7).data() == "Role: unknown role boss"
    assert model.index(0, 7).data() == ""
    fake_api.fail_next = None
    assert run(loop, importer.submit_async()) == {"created": 2}


def test_row_errors_come_from_errors_or_details() -> None:
    error = ApiError(
        422, "invalid_rows", "", [{"line": "5", "field": "name", "message": "empty"}, {"other": 1}]
    )
    assert [(e.line, e.field) for e in row_errors(error)] == [(5, "name")]


def test_password_change(loop: Any, fake_api: FakeAdminApi) -> None:
    signed_in_again: list[str] = []

    async def after_change(new: str) -> None:
        signed_in_again.append(new)

    presenter = PasswordPresenter(fake_api, TaskRunner(), after_change=after_change)
    errors: list[dict[str, str]] = []
    changed: list[bool] = []
    presenter.field_errors.connect(errors.append)
    presenter.changed.connect(lambda: changed.append(True))
    assert not run(loop, presenter.change_async("old-pass", "New-pass-1", "New-pass-2"))
    assert list(errors[-1]) == ["confirm"] and fake_api.passwords == []
    fake_api.fail_next = ApiError(
        422, "weak_password", "too short", [{"field": "new_password", "message": "at least 8"}]
    )
    assert not run(loop, presenter.change_async("old-pass", "short", "short"))
    assert errors[-1] == {"new_password": "at least 8"}
    fake_api.fail_next = ApiError(403, "wrong_password", "the old password is wrong")
    assert not run(loop, presenter.change_async("bad", "New-pass-1", "New-pass-1"))
    assert errors[-1] == {"old_password": "the old password is wrong"}
    assert run(loop, presenter.change_async("old-pass", "New-pass-1", "New-pass-1"))
    assert changed == [True] and fake_api.passwords[-1] == ("old-pass", "New-pass-1")
    assert signed_in_again == ["New-pass-1"]  # only after the server took it


def _csv_of_size(path: Path, size: int) -> int:
    """A UTF-8 CSV of exactly `size` bytes whose names are Chinese (3 bytes a character);
    returns its data rows."""
    header = b"agent_id,name,role,team,skills,password\n"
    rows, body = 0, bytearray(header)
    while True:
        row = f"{20000 + rows},{'王芳' * 150},agent,t1,sales:1,generate\n".encode()
        if len(body) + len(row) > size - 64:
            break
        body += row
        rows += 1
    last = f"{20000 + rows},王,agent,t1,sales:1,".encode()
    body += last + b"x" * (size - len(body) - len(last) - 1) + b"\n"
    path.write_bytes(bytes(body))
    assert path.stat().st_size == size
    return rows + 1


def test_import_file_at_the_limit_is_read_whole(fake_api: FakeAdminApi, tmp_path: Path) -> None:
    source = tmp_path / "big.csv"
    rows = _csv_of_size(source, MAX_IMPORT_BYTES)
    importer = ImportPresenter(fake_api, TaskRunner(), AdminPresenter(fake_api, TaskRunner()).texts)
    messages: list[tuple[str, bool]] = []
    importer.message.connect(lambda text, bad: messages.append((text, bad)))
    assert importer.open_file(source) and messages == []
    model = importer.model
    assert model.rowCount() == rows  # nothing cut off, no character split
    assert model.index(0, 2).data() == "王芳" * 150
    assert str(model.index(rows - 1, 6).data()).endswith("x")


def test_import_file_over_the_limit_is_refused_not_cut(
    fake_api: FakeAdminApi, tmp_path: Path
) -> None:
    source = tmp_path / "huge.csv"
    _csv_of_size(source, MAX_IMPORT_BYTES + 1)
    importer = ImportPresenter(fake_api, TaskRunner(), AdminPresenter(fake_api, TaskRunner()).texts)
    messages: list[tuple[str, bool]] = []
    importer.message.connect(lambda text, bad: messages.append((text, bad)))
    assert not importer.open_file(source)
    assert importer.path is None and importer.model.rowCount() == 0
    assert messages == [
        (
            "huge.csv is too large (10.0 MB): an import file may be at most "
            "10 MB. Split it into smaller files.",
            True,
        )
    ]
