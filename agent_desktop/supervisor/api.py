"""Lead-only REST calls over the app's `CtiClient` (same httpx client, token and error
mapping: `NotAvailable` for a route the server does not have yet); no Qt."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from agent_desktop.cti import CtiClient
from agent_desktop.protocol import (
    AgentStateView,
    AgentSummary,
    CallList,
    CallRecord,
    Disposition,
    QueueInfo,
    QueueStats,
    SignInAttempt,
)


class SupervisorApi:
    """The supervisor's endpoints; every method raises `CtiError` subclasses."""

    def __init__(self, client: CtiClient) -> None:
        self.client = client

    async def _call(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        params: Mapping[str, Any] | None = None,
        feature: bool = False,
    ) -> Any:
        return await self.client.request(
            method, path, json=json, params=dict(params) if params else None, feature=feature
        )

    # -- live figures -----------------------------------------------------------------
    async def health_checks(self) -> dict[str, str]:
        """/health's checks (database, sip_edge, media_workers, recordings): "ok" or why not."""
        raw = await self._call("GET", "/health")
        return {str(k): str(v) for k, v in dict(raw.get("checks", {})).items()}

    async def agents(self) -> list[AgentSummary]:
        return [AgentSummary.model_validate(a) for a in await self._call("GET", "/agents")]

    async def queue_stats(self) -> list[QueueStats]:
        raw = await self._call("GET", "/queues/stats")
        items = raw.values() if isinstance(raw, dict) else raw
        return [QueueStats.model_validate(q) for q in items]

    async def queues(self) -> list[QueueInfo]:
        return [QueueInfo.model_validate(q) for q in await self._call("GET", "/queues")]

    async def dispositions(self) -> list[Disposition]:
        return [Disposition.model_validate(d) for d in await self._call("GET", "/dispositions")]

    async def calls(self, **filters: Any) -> CallList:
        params = {k: v for k, v in filters.items() if v is not None and v != ""}
        return CallList.model_validate(await self._call("GET", "/calls", params=params))

    async def call(self, call_id: str) -> CallRecord:
        return CallRecord.model_validate(await self._call("GET", f"/calls/{call_id}"))

    # -- control ------------------------------------------------------------------------
    async def force_state(
        self, agent_id: str, state: str, reason: str | None = None
    ) -> AgentStateView:
        raw = await self._call(
            "POST", f"/agents/{agent_id}/state", json={"state": state, "reason": reason}
        )
        return AgentStateView.model_validate(raw)

    async def force_logout(self, agent_id: str) -> AgentStateView:
        raw = await self._call("POST", f"/agents/{agent_id}/logout")
        return AgentStateView.model_validate(raw)

    async def hangup(self, call_id: str) -> None:
        await self._call("POST", f"/calls/{call_id}/hangup")

    async def monitor(self, call_id: str, mode: str) -> None:
        await self._call("POST", f"/calls/{call_id}/monitor", json={"mode": mode}, feature=True)

    async def stop_monitor(self, call_id: str) -> None:
        await self._call("DELETE", f"/calls/{call_id}/monitor", feature=True)

    async def takeover(self, call_id: str) -> None:
        """Take over (接管) the call I monitor: my monitoring leg becomes its agent leg."""
        await self._call("POST", f"/calls/{call_id}/takeover", feature=True)

    async def sign_in_attempts(self, since: float) -> list[SignInAttempt]:
        raw = await self._call("GET", "/auth/attempts", params={"since": since, "limit": 1000})
        return [SignInAttempt.model_validate(a) for a in raw]

    # -- recordings ---------------------------------------------------------------------
    async def download_recording(self, recording_id: str, target: Path) -> int:
        """Stream the WAV into `target` (written beside it, then renamed); returns bytes."""
        return await self.client.download(f"/recordings/{recording_id}/audio", target)
