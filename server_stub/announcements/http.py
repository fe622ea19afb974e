"""Endpoints of announcements (公告) under /api/v1/announcements: leads and admins post and
read receipts; everyone lists what is addressed to them and marks it read."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter

from agent_desktop.protocol.announcements import (
    Announcement,
    AnnouncementInput,
    AnnouncementReceipts,
)
from server_stub.api.deps import AnyUser, ServicesDep, Supervisor
from server_stub.api.params import ItemId
from server_stub.api.params import limit as limit_of

router = APIRouter(prefix="/announcements", tags=["announcements"])


@router.post("", response_model=Announcement, status_code=201)
async def post(body: AnnouncementInput, who: Supervisor, svc: ServicesDep) -> Announcement:
    """To `teams` (empty: everyone); a lead of teams only to the teams it leads."""
    return await svc.announcements.post(body, who)


@router.get("", response_model=list[Announcement])
async def mine(
    me: AnyUser, svc: ServicesDep, limit: Annotated[int, limit_of(200)] = 50
) -> list[Announcement]:
    """Unexpired announcements addressed to me (or posted by me), newest first, each with my
    `read_at` (null: unread)."""
    return await svc.announcements.mine(me, limit)


@router.post("/{announcement_id}/read", response_model=Announcement)
async def read(announcement_id: ItemId, me: AnyUser, svc: ServicesDep) -> Announcement:
    return await svc.announcements.read(announcement_id, me)


@router.get("/{announcement_id}/receipts", response_model=AnnouncementReceipts)
async def receipts(
    announcement_id: ItemId, me: Supervisor, svc: ServicesDep
) -> AnnouncementReceipts:
    """Who was addressed and when each first read it: the poster and admins."""
    return await svc.announcements.receipts(announcement_id, me)
