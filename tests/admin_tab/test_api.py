"""AdminApi over httpx.MockTransport (one layer): the paths, bodies and multipart fields
it sends, and the error details it keeps (field errors, an import's row errors)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import pytest

from agent_desktop.admin.api import AdminApi
from agent_desktop.admin.errors import field_errors, row_errors
from agent_desktop.admin.resources import AGENTS, QUEUES, REASON_CODES
from agent_desktop.cti import ApiError, CtiClient
from tests.desktop.conftest import run


def api_with(handler: Any) -> tuple[AdminApi, list[httpx.Request]]:
    seen: list[httpx.Request] = []

    def record(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return handler(request)  # type: ignore[no-any-return]

    client = CtiClient("http://centre:8080", transport=httpx.MockTransport(record))
    return AdminApi(client), seen


def test_collections_map_to_admin_paths(loop: Any) -> None:
    api, seen = api_with(
        lambda r: httpx.Response(
            201 if r.method == "POST" else 200 if r.method != "DELETE" else 204,
            json=[{"code": "lunch"}]
            if r.method == "GET"
            else json.loads(r.content or b"{}")
            if r.method != "DELETE"
            else None,
        )
    )
    assert run(loop, api.list(REASON_CODES)) == [{"code": "lunch"}]
    run(loop, api.create(QUEUES, {"name": "billing"}))
    run(loop, api.update(AGENTS, "2001", {"name": "王芳"}))
    run(loop, api.delete(QUEUES, "billing"))
    assert [(r.method, r.url.path) for r in seen] == [
        ("GET", "/api/v1/admin/reason-codes"),
        ("POST", "/api/v1/admin/queues"),
        ("PATCH", "/api/v1/admin/agents/2001"),
        ("DELETE", "/api/v1/admin/queues/billing"),
    ]
    assert json.loads(seen[2].content) == {"name": "王芳"}


def test_uploads_are_multipart_with_the_servers_field_names(loop: Any, tmp_path: Path) -> None:
    api, seen = api_with(
        lambda r: httpx.Response(
            201,
            json={
                "name": "hello",
                "duration_seconds": 1.0,
                "size": 10,
                "created_at": 0,
                "created": 2,
            }
            if "prompts" in r.url.path
            else {"created": 2, "passwords": {}},
        )
    )
    wav = tmp_path / "hello.wav"
    wav.write_bytes(b"RIFF....WAVE")
    csv = tmp_path / "staff.csv"
    csv.write_text("agent_id,name\n", encoding="utf-8")
    run(loop, api.upload_prompt("hello", wav))
    assert run(loop, api.import_agents(csv, skip_bad=True))["created"] == 2
    prompt, imported = seen
    assert prompt.headers["content-type"].startswith("multipart/form-data")
    assert b'name="name"\r\n\r\nhello' in prompt.content
    assert b'name="file"; filename="hello.wav"' in prompt.content
    assert imported.url.path == "/api/v1/admin/import/agents"
    assert imported.url.params["skip_bad"] == "true"
    assert b'name="file"; filename="staff.csv"' in imported.content


def test_errors_keep_the_field_and_the_rows(loop: Any, tmp_path: Path) -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        if "import" in request.url.path:  # the server's import body: `errors`, no details
            return httpx.Response(
                422,
                json={
                    "error_id": "import_invalid",
                    "message": "2 bad rows",
                    "details": [],
                    "errors": [
                        {"line": 4, "field": "queues", "message": "unknown queue x"},
                        {"line": 3, "field": "role", "message": "unknown role boss"},
                    ],
                },
            )
        return httpx.Response(
            409,
            json={
                "error_id": "duplicate_id",
                "message": "taken",
                "details": [{"field": "agent_id", "value": "1001"}],
            },
        )

    api, _ = api_with(refuse)
    with pytest.raises(ApiError) as duplicate:
        run(loop, api.create(AGENTS, {"agent_id": "1001"}))
    assert duplicate.value.error_id == "duplicate_id"
    assert field_errors(duplicate.value) == {"agent_id": "taken"}
    source = tmp_path / "a.csv"
    source.write_text("x\n", encoding="utf-8")
    with pytest.raises(ApiError) as refused:
        run(loop, api.import_agents(source))
    assert [(e.line, e.field) for e in row_errors(refused.value)] == [(3, "role"), (4, "queues")]


def test_password_endpoints(loop: Any) -> None:
    api, seen = api_with(
        lambda r: httpx.Response(
            204 if r.url.path.endswith("auth/password") else 200,
            json=None
            if r.url.path.endswith("auth/password")
            else {"agent_id": "1002", "generated_password": "k7Pq-xY2m-ab"},
        )
    )
    assert run(loop, api.reset_password("1002")) == "k7Pq-xY2m-ab"
    run(loop, api.change_password("old-one", "New-one-99"))
    assert json.loads(seen[0].content) == {}
    assert seen[0].url.path == "/api/v1/admin/agents/1002/password"
    assert json.loads(seen[1].content) == {"old_password": "old-one", "new_password": "New-one-99"}
