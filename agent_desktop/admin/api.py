"""Admin REST calls (`/api/v1/admin/…`, `/auth/password`) over the app's `CtiClient`
(same httpx client, token and error mapping); rows are plain JSON objects; no Qt."""

from __future__ import annotations

import mimetypes
from pathlib import Path
from typing import Any

from agent_desktop.admin.resources import ResourceSpec
from agent_desktop.cti import CtiClient
from agent_desktop.protocol.admin import ImportResult, PasswordResetResult
from agent_desktop.protocol.integration import WebhookTestResult

ADMIN = "/admin"


class AdminApi:
    """The admin's endpoints; every method raises `CtiError` subclasses."""

    def __init__(self, client: CtiClient) -> None:
        self.client = client

    # -- collections ----------------------------------------------------------------------
    async def list(self, spec: ResourceSpec) -> list[dict[str, Any]]:
        raw = await self.client.request("GET", f"{ADMIN}/{spec.path}")
        if isinstance(raw, dict):  # {"<path>": [...]} or {"items": [...]}
            raw = next((v for v in raw.values() if isinstance(v, list)), [])
        return [r for r in raw or [] if isinstance(r, dict)]

    async def create(self, spec: ResourceSpec, values: dict[str, Any]) -> dict[str, Any]:
        raw = await self.client.request("POST", f"{ADMIN}/{spec.path}", json=values)
        return raw if isinstance(raw, dict) else dict(values)

    async def update(self, spec: ResourceSpec, key: str, values: dict[str, Any]) -> dict[str, Any]:
        raw = await self.client.request("PATCH", f"{ADMIN}/{spec.path}/{key}", json=values)
        return raw if isinstance(raw, dict) else {**values, spec.key: key}

    async def delete(self, spec: ResourceSpec, key: str) -> None:
        await self.client.request("DELETE", f"{ADMIN}/{spec.path}/{key}")

    # -- webhooks -------------------------------------------------------------------------
    async def test_webhook(self, webhook_id: str) -> WebhookTestResult:
        """Send a `webhook_test` event to the webhook now; what its receiver answered."""
        raw = await self.client.request("POST", f"{ADMIN}/webhooks/{webhook_id}/test")
        return WebhookTestResult.model_validate(raw)

    # -- agents ---------------------------------------------------------------------------
    async def reset_password(self, agent_id: str, password: str | None = None) -> str:
        """Set a new password for `agent_id` (None: the server generates one); it must be
        changed at the next sign-in. Returns the new password when the server made one."""
        body = {"new_password": password} if password else {}
        raw = await self.client.request("POST", f"{ADMIN}/agents/{agent_id}/password", json=body)
        result = PasswordResetResult.model_validate(raw)
        return result.generated_password or ""

    async def import_agents(self, path: Path, skip_bad: bool = False) -> dict[str, Any]:
        """Upload a CSV/XLSX; 201 → `ImportResult` as a dict (counts, the rows skipped with
        `skip_bad`, generated passwords); a 422 `ApiError` carries the row errors."""
        params = {"skip_bad": "true"} if skip_bad else None
        raw = await self.client.request(
            "POST",
            f"{ADMIN}/import/agents",
            params=params,
            files={"file": (path.name, path.read_bytes(), _mime(path))},
        )
        return ImportResult.model_validate(raw).model_dump()

    async def export_agents(self, target: Path) -> int:
        """Every agent in the import format (no passwords), CSV or XLSX by `target`'s
        suffix; returns the bytes written."""
        fmt = "xlsx" if target.suffix.lower() == ".xlsx" else "csv"
        return await self.client.download(f"{ADMIN}/export/agents?format={fmt}", target)

    # -- prompts --------------------------------------------------------------------------
    async def upload_prompt(self, name: str, path: Path) -> dict[str, Any]:
        raw = await self.client.request(
            "POST",
            f"{ADMIN}/prompts",
            data={"name": name},
            files={"file": (path.name, path.read_bytes(), _mime(path))},
        )
        return raw if isinstance(raw, dict) else {"name": name}

    async def download_prompt(self, name: str, target: Path) -> int:
        return await self.client.download(f"{ADMIN}/prompts/{name}/audio", target)

    # -- everyone -------------------------------------------------------------------------
    async def change_password(self, old_password: str, new_password: str) -> None:
        await self.client.request(
            "POST",
            "/auth/password",
            json={"old_password": old_password, "new_password": new_password},
        )


def _mime(path: Path) -> str:
    return mimetypes.guess_type(path.name)[0] or "application/octet-stream"
