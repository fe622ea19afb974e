"""Announcements (公告) under `/api/v1/announcements`: leads and admins post to teams (or
everyone); the desktop shows a banner; each reader's first read is recorded and the poster
sees who read it when (docs/announcements.md)."""

from __future__ import annotations

from pydantic import Field

from agent_desktop.protocol.models import Request, Response

__all__ = [
    "Announcement",
    "AnnouncementInput",
    "AnnouncementReceipt",
    "AnnouncementReceipts",
]


class AnnouncementInput(Request):
    """`teams` empty: the whole centre. `expires_at` (seconds since the epoch): after it the
    banner no longer shows it."""

    text: str = Field(min_length=1, max_length=2000)
    teams: list[str] = Field(default_factory=list, max_length=50)
    expires_at: float | None = Field(default=None, ge=0, le=1e11, allow_inf_nan=False)


class Announcement(Response):
    id: int
    text: str
    teams: list[str] = Field(default_factory=list)
    posted_by: str
    created_at: float
    expires_at: float | None = None
    read_at: float | None = None  # the caller's own first read (None: unread)


class AnnouncementReceipt(Response):
    agent_id: str
    name: str = ""
    read_at: float | None = None


class AnnouncementReceipts(Response):
    """Every agent the announcement was addressed to, and when each first read it."""

    announcement: Announcement
    receipts: list[AnnouncementReceipt]
    read: int
    total: int
