"""The voicemail and callback endpoints (/api/v1/voicemails, /api/v1/callbacks) over the
app's `CtiClient`; no Qt."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from agent_desktop.cti import CtiClient
from agent_desktop.protocol import CallRecord
from agent_desktop.protocol.flows import CallbackRequest, Voicemail


class VoicemailApi:
    """Every method raises `CtiError` subclasses (the server's error id and message)."""

    def __init__(self, client: CtiClient) -> None:
        self.client = client

    async def _call(self, method: str, path: str, json: Any = None, **params: Any) -> Any:
        query = {k: v for k, v in params.items() if v not in (None, "")}
        return await self.client.request(method, path, json=json, params=query, feature=True)

    async def voicemails(self, status: str | None = None, limit: int = 200) -> list[Voicemail]:
        rows = await self._call("GET", "/voicemails", status=status, limit=limit)
        return [Voicemail.model_validate(r) for r in rows]

    async def set_status(self, voicemail_id: str, status: str) -> Voicemail:
        body = {"status": status}
        return Voicemail.model_validate(
            await self._call("PATCH", f"/voicemails/{voicemail_id}", body)
        )

    async def call_back(self, voicemail_id: str) -> CallRecord:
        return CallRecord.model_validate(
            await self._call("POST", f"/voicemails/{voicemail_id}/call-back")
        )

    async def download(self, voicemail_id: str, target: Path) -> int:
        return await self.client.download(f"/voicemails/{voicemail_id}/audio", target)

    async def callbacks(self, status: str | None = None, limit: int = 200) -> list[CallbackRequest]:
        rows = await self._call("GET", "/callbacks", status=status, limit=limit)
        return [CallbackRequest.model_validate(r) for r in rows]
