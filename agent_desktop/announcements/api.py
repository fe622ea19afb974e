"""The announcement endpoints (/api/v1/announcements) over the app's `CtiClient`; no Qt."""

from __future__ import annotations

from agent_desktop.cti import CtiClient
from agent_desktop.protocol.announcements import (
    Announcement,
    AnnouncementInput,
    AnnouncementReceipts,
)


class AnnouncementsApi:
    """Every method raises `CtiError` subclasses (the server's error id and message)."""

    def __init__(self, client: CtiClient) -> None:
        self.client = client

    async def mine(self) -> list[Announcement]:
        raw = await self.client.request("GET", "/announcements", feature=True)
        return [Announcement.model_validate(a) for a in raw]

    async def post(self, body: AnnouncementInput) -> Announcement:
        raw = await self.client.request(
            "POST", "/announcements", json=body.model_dump(exclude_none=True), feature=True
        )
        return Announcement.model_validate(raw)

    async def read(self, announcement_id: int) -> Announcement:
        raw = await self.client.request(
            "POST", f"/announcements/{announcement_id}/read", feature=True
        )
        return Announcement.model_validate(raw)

    async def receipts(self, announcement_id: int) -> AnnouncementReceipts:
        raw = await self.client.request(
            "GET", f"/announcements/{announcement_id}/receipts", feature=True
        )
        return AnnouncementReceipts.model_validate(raw)
