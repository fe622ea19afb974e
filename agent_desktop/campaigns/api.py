"""The campaign endpoints (/api/v1/campaigns) over the app's `CtiClient`; no Qt."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from agent_desktop.campaigns.models import (
    Campaign,
    CampaignInput,
    DncEntry,
    ImportReport,
    MyCampaign,
    Preview,
    StartAnswer,
)
from agent_desktop.cti import CtiClient

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


class CampaignsApi:
    """Every method raises `CtiError` subclasses (the server's error id and message); a
    refused import is an `ApiError` whose `details` are the rows `{"row", "error"}`."""

    def __init__(self, client: CtiClient) -> None:
        self.client = client

    async def _call(self, method: str, path: str, json_body: Any = None, **kwargs: Any) -> Any:
        return await self.client.request(
            method, "/campaigns" + path, json=json_body, feature=True, **kwargs
        )

    async def all(self) -> list[Campaign]:
        raw = await self._call("GET", "")
        if isinstance(raw, dict):
            raw = raw.get("campaigns", raw.get("items"))
        items: list[Any] = raw or []
        return [Campaign.model_validate(c) for c in items]

    async def queues(self) -> list[str]:
        """The centre's queue names (a campaign's queue and key-1 transfer choices)."""
        raw = await self.client.request("GET", "/queues")
        return [str(q["name"]) for q in raw or []]

    async def get(self, campaign_id: int) -> Campaign:
        return Campaign.model_validate(await self._call("GET", f"/{campaign_id}"))

    async def create(self, body: CampaignInput) -> Campaign:
        raw = await self._call("POST", "", body.model_dump(exclude_none=True))
        return Campaign.model_validate(raw)

    async def import_contacts(
        self, campaign_id: int, path: Path, mapping: dict[str, str], dry_run: bool
    ) -> ImportReport:
        mime = XLSX if path.suffix.lower() == ".xlsx" else "text/csv"
        data = {"mapping": json.dumps(mapping)} if mapping else None
        raw = await self._call(
            "POST",
            f"/{campaign_id}/contacts",
            params={"dry_run": 1} if dry_run else None,
            files={"file": (path.name, path.read_bytes(), mime)},
            data=data,
        )
        return ImportReport.model_validate(raw or {})

    async def command(self, campaign_id: int, action: str) -> StartAnswer:
        """`action`: start, pause or stop (409 when the state does not allow it)."""
        return StartAnswer.model_validate(
            await self._call("POST", f"/{campaign_id}/{action}") or {}
        )

    async def export(self, campaign_id: int, target: Path) -> int:
        fmt = "xlsx" if target.suffix.lower() == ".xlsx" else "csv"
        return await self.client.download(f"/campaigns/{campaign_id}/results?format={fmt}", target)

    # -- do not call (leads and admins) --------------------------------------------------
    async def dnc(self) -> list[DncEntry]:
        return [DncEntry.model_validate(d) for d in await self._call("GET", "/dnc") or []]

    async def dnc_add(self, numbers: list[str], note: str) -> Any:
        return await self._call("POST", "/dnc", {"numbers": numbers, "note": note})

    async def dnc_remove(self, numbers: list[str]) -> Any:
        return await self._call("DELETE", "/dnc", {"numbers": numbers})

    # -- agents ---------------------------------------------------------------------
    async def join(self, campaign_id: int) -> None:
        await self._call("POST", f"/{campaign_id}/join")

    async def mine(self) -> list[MyCampaign]:
        """The campaigns I joined, each with the contact being called for me (`current`)."""
        return [MyCampaign.model_validate(c) for c in await self._call("GET", "/mine") or []]

    async def leave(self, campaign_id: int) -> None:
        await self._call("POST", f"/{campaign_id}/leave")

    async def next_preview(self, campaign_id: int) -> Preview | None:
        """The next contact reserved for me, or None (204: none left now)."""
        raw = await self._call("GET", f"/{campaign_id}/preview/next")
        return Preview.model_validate(raw) if raw else None

    async def dial(self, campaign_id: int, contact_id: int) -> Any:
        return await self._call("POST", f"/{campaign_id}/contacts/{contact_id}/dial")

    async def skip(self, campaign_id: int, contact_id: int, reason: str) -> Any:
        return await self._call(
            "POST", f"/{campaign_id}/contacts/{contact_id}/skip", {"reason": reason}
        )

    async def result(
        self, campaign_id: int, contact_id: int, disposition: str, callback_at: float | None
    ) -> Any:
        body: dict[str, Any] = {"disposition": disposition}
        if callback_at is not None:
            body["callback_at"] = int(callback_at)
        return await self._call("POST", f"/{campaign_id}/contacts/{contact_id}/result", body)
