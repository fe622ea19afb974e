"""Flow endpoints (`/api/v1/admin/flows…`, prompts, queues) over the app's `CtiClient`;
plain JSON objects; no Qt."""

from __future__ import annotations

from typing import Any

from agent_desktop.cti import CtiClient

ADMIN = "/admin"


class FlowsApi:
    """Every method raises `CtiError` subclasses (a 422 `ApiError` carries the problems)."""

    def __init__(self, client: CtiClient) -> None:
        self.client = client

    async def flows(self) -> list[dict[str, Any]]:
        raw = await self.client.request("GET", f"{ADMIN}/flows")
        return [r for r in raw or [] if isinstance(r, dict)]

    async def create(self, flow_id: str, name: str, document: dict[str, Any]) -> dict[str, Any]:
        body = {"id": flow_id, "name": name, "document": document}
        raw = await self.client.request("POST", f"{ADMIN}/flows", json=body)
        return dict(raw) if isinstance(raw, dict) else {}

    async def save(self, flow_id: str, name: str, document: dict[str, Any]) -> dict[str, Any]:
        body = {"name": name, "document": document}
        raw = await self.client.request("PUT", f"{ADMIN}/flows/{flow_id}", json=body)
        return dict(raw) if isinstance(raw, dict) else {}

    async def publish_flow(self, flow_id: str, version: int | None = None) -> dict[str, Any]:
        body = {"version": version} if version else {}
        raw = await self.client.request("POST", f"{ADMIN}/flows/{flow_id}/publish", json=body)
        return dict(raw) if isinstance(raw, dict) else {}

    async def simulate(self, flow_id: str, body: dict[str, Any]) -> dict[str, Any]:
        raw = await self.client.request("POST", f"{ADMIN}/flows/{flow_id}/simulate", json=body)
        return dict(raw) if isinstance(raw, dict) else {}

    async def names(self, collection: str, key: str) -> list[str]:
        """Names of prompts, queues, agents or time groups, for the pickers."""
        raw = await self.client.request("GET", f"{ADMIN}/{collection}")
        return sorted(str(r[key]) for r in raw or [] if isinstance(r, dict) and key in r)

    async def overrides(self) -> list[dict[str, Any]]:
        raw = await self.client.request("GET", f"{ADMIN}/overrides")
        return [r for r in raw or [] if isinstance(r, dict)]

    async def set_overrides(self, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        raw = await self.client.request("PUT", f"{ADMIN}/overrides", json=rows)
        return [r for r in raw or [] if isinstance(r, dict)]
