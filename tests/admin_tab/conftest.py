"""Admin tab test fixtures: the desktop tests' real coordinator and qasync loop, and a fake
admin API (one layer's unit tests) that answers like the server: rows, 4xx with fields."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from agent_desktop.admin.api import AdminApi
from agent_desktop.admin.resources import ResourceSpec
from agent_desktop.cti import ApiError
from tests.desktop import conftest as desktop

live_server = desktop.live_server
loop = desktop.loop
qloop = desktop.qloop
memory_keyring = desktop.memory_keyring


class FakeAdminApi(AdminApi):
    """In-memory collections; `fail_next` makes the next write raise that ApiError."""

    def __init__(self) -> None:
        self.data: dict[str, dict[str, dict[str, Any]]] = {
            "agents": {
                "1001": {
                    "agent_id": "1001",
                    "name": "李娜",
                    "role": "agent",
                    "team": "t1",
                    "skills": [{"queue": "sales", "level": 1}],
                    "enabled": True,
                }
            },
            "teams": {"t1": {"name": "t1", "display_name": "Sales team", "lead": "9001"}},
            "queues": {
                "sales": {
                    "name": "sales",
                    "display_name": "Sales",
                    "strategy": "longest-idle-agent",
                    "wrap_up_seconds": 30,
                }
            },
            "dids": {},
            "reason-codes": {},
            "dispositions": {},
            "prompts": {},
            "roles": {},
            "webhooks": {},
            "number-lists": {},
        }
        self.requests: list[tuple[str, str, dict[str, Any]]] = []
        self.fail_next: ApiError | None = None
        self.imported: list[Path] = []
        self.passwords: list[tuple[str, str]] = []

    def _fail(self) -> None:
        error, self.fail_next = self.fail_next, None
        if error is not None:
            raise error

    async def list(self, spec: ResourceSpec) -> list[dict[str, Any]]:
        return list(self.data[spec.path].values())

    async def create(self, spec: ResourceSpec, values: dict[str, Any]) -> dict[str, Any]:
        self.requests.append(("POST", spec.path, values))
        self._fail()
        row = {k: v for k, v in values.items() if k != "password"}
        self.data[spec.path][str(values[spec.key])] = row
        return row

    async def update(self, spec: ResourceSpec, key: str, values: dict[str, Any]) -> dict[str, Any]:
        self.requests.append(("PATCH", f"{spec.path}/{key}", values))
        self._fail()
        self.data[spec.path][key].update(values)
        return self.data[spec.path][key]

    async def delete(self, spec: ResourceSpec, key: str) -> None:
        self.requests.append(("DELETE", f"{spec.path}/{key}", {}))
        self._fail()
        del self.data[spec.path][key]

    async def reset_password(self, agent_id: str, password: str | None = None) -> str:
        self._fail()
        return "Gen-3x7Kq9"

    async def upload_prompt(self, name: str, path: Path) -> dict[str, Any]:
        self._fail()
        row = {
            "name": name,
            "duration_seconds": 1.5,
            "size": path.stat().st_size,
            "created_at": 0.0,
            "used_by": [],
        }
        self.data["prompts"][name] = row
        return row

    async def import_agents(self, path: Path, skip_bad: bool = False) -> dict[str, Any]:
        self.imported.append(path)
        self._fail()
        return {"created": 2}

    async def change_password(self, old_password: str, new_password: str) -> None:
        self.passwords.append((old_password, new_password))
        self._fail()


@pytest.fixture
def fake_api() -> FakeAdminApi:
    return FakeAdminApi()
