"""Announcements presenter (QtCore only): what the banner shows (the unread ones addressed
to me), marking read, and for leads and admins posting and the read receipts."""

from __future__ import annotations

import logging
from collections.abc import Coroutine
from typing import Any

from PySide6.QtCore import QObject, Signal

from agent_desktop.announcements.api import AnnouncementsApi
from agent_desktop.cti import CtiError
from agent_desktop.cti.errors import ApiError
from agent_desktop.presenters.tasks import TaskRunner
from agent_desktop.protocol import AnnouncementPosted
from agent_desktop.protocol.announcements import (
    Announcement,
    AnnouncementInput,
    AnnouncementReceipts,
)

log = logging.getLogger(__name__)


class AnnouncementsPresenter(QObject):
    changed = Signal()  # the unread list or the posted list changed
    receipts_loaded = Signal(object)  # AnnouncementReceipts
    posted = Signal(object)  # Announcement
    failed = Signal(str)

    def __init__(
        self, api: AnnouncementsApi, tasks: TaskRunner, agent_id: str, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.api = api
        self._tasks = tasks
        self.agent_id = agent_id
        self.all: list[Announcement] = []

    @property
    def unread(self) -> list[Announcement]:
        """Addressed to me by someone else and not read yet, newest first."""
        return [a for a in self.all if a.read_at is None and a.posted_by != self.agent_id]

    @property
    def my_posts(self) -> list[Announcement]:
        return [a for a in self.all if a.posted_by == self.agent_id]

    def _spawn(self, coro: Coroutine[Any, Any, None], what: str) -> None:
        async def guarded() -> None:
            try:
                await coro
            except CtiError as exc:
                log.info("announcements: %s failed: %s", what, exc)
                self.failed.emit(exc.message if isinstance(exc, ApiError) else str(exc))

        self._tasks.spawn(guarded(), f"announcements-{what}")

    def load(self) -> None:
        self._spawn(self._load(), "load")

    async def _load(self) -> None:
        self.all = await self.api.mine()
        self.changed.emit()

    def on_posted(self, event: AnnouncementPosted) -> None:
        """A new announcement on the stream: list it at once (the banner shows it)."""
        if any(a.id == event.id for a in self.all):
            return
        self.all.insert(
            0,
            Announcement(
                id=event.id,
                text=event.text,
                teams=event.teams,
                posted_by=event.by,
                created_at=event.created_at,
                expires_at=event.expires_at,
            ),
        )
        self.changed.emit()

    def mark_read(self, announcement_id: int) -> None:
        self._spawn(self._mark_read(announcement_id), "read")

    async def _mark_read(self, announcement_id: int) -> None:
        read = await self.api.read(announcement_id)
        self.all = [read if a.id == read.id else a for a in self.all]
        self.changed.emit()

    def post(self, text: str, teams: list[str]) -> None:
        self._spawn(self._post(AnnouncementInput(text=text, teams=teams)), "post")

    async def _post(self, body: AnnouncementInput) -> None:
        announcement = await self.api.post(body)
        self.posted.emit(announcement)
        await self._load()

    def load_receipts(self, announcement_id: int) -> None:
        self._spawn(self._receipts(announcement_id), "receipts")

    async def _receipts(self, announcement_id: int) -> None:
        receipts: AnnouncementReceipts = await self.api.receipts(announcement_id)
        self.receipts_loaded.emit(receipts)
