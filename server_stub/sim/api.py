"""The coordinator's REST API and event stream, as much as a simulated agent needs."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx
from websockets.asyncio.client import connect

API = "/api/v1"


class CoordinatorError(RuntimeError):
    """A request the coordinator refused; `status` and `error_id` from its error body."""

    def __init__(self, status: int, error_id: str, message: str) -> None:
        super().__init__(f"{status} {error_id}: {message}")
        self.status, self.error_id = status, error_id


class CoordinatorClient:
    """One agent's session: login, state, wrap-up, dispositions, events (`async with`)."""

    def __init__(self, server: str, transport: httpx.AsyncBaseTransport | None = None) -> None:
        self.server = server.rstrip("/")
        self._http = httpx.AsyncClient(base_url=self.server, timeout=10.0, transport=transport)
        self.token: str | None = None

    async def __aenter__(self) -> CoordinatorClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def _request(self, method: str, path: str, body: Any = None) -> Any:
        headers = {"Authorization": f"Bearer {self.token}"} if self.token else {}
        response = await self._http.request(method, API + path, json=body, headers=headers)
        if response.status_code >= 400:
            try:
                err = response.json()
            except ValueError:
                err = {}
            raise CoordinatorError(
                response.status_code, str(err.get("error_id", "")), str(err.get("message", ""))
            )
        return response.json() if response.content else None

    async def login(self, agent_id: str, password: str) -> dict[str, Any]:
        """Sign in; returns the login body (with `sip` settings) and keeps the token."""
        body = await self._request(
            "POST", "/auth/login", {"agent_id": agent_id, "password": password}
        )
        self.token = body["token"]
        return dict(body)

    async def logout(self) -> None:
        if self.token:
            await self._request("POST", "/auth/logout")
            self.token = None

    async def me(self) -> dict[str, Any]:
        """The login body again, with fresh `sip` credentials."""
        return dict(await self._request("GET", "/agents/me"))

    async def state(self) -> dict[str, Any]:
        return dict(await self._request("GET", "/agents/me/state"))

    async def set_state(self, state: str, reason: str | None = None) -> dict[str, Any]:
        body: dict[str, Any] = {"state": state}
        if reason:
            body["reason"] = reason
        return dict(await self._request("POST", "/agents/me/state", body) or {})

    async def finish_wrap_up(self) -> None:
        await self._request("POST", "/agents/me/wrap-up", {"action": "finish"})

    async def disposition(
        self, call_id: str, disposition: str, note: str, idempotency_key: str
    ) -> dict[str, Any]:
        body = {"disposition": disposition, "note": note, "idempotency_key": idempotency_key}
        return dict(await self._request("POST", f"/calls/{call_id}/disposition", body) or {})

    async def events(self) -> AsyncIterator[dict[str, Any]]:
        """Frames of `/events` (`{"seq","type","ts","data"}`) until the stream closes."""
        import json

        ws_url = self.server.replace("http", "ws", 1) + f"{API}/events?token={self.token}"
        async with connect(ws_url, open_timeout=10) as ws:
            async for frame in ws:
                yield json.loads(frame)

    async def close(self) -> None:
        await self._http.aclose()
