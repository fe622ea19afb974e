"""Announcement events on the stream: `announcement_posted`, built once here."""

from __future__ import annotations

from collections.abc import Iterable

from agent_desktop.protocol import AnnouncementPosted
from agent_desktop.protocol.announcements import Announcement
from server_stub.events import EventBus


class AnnouncementNotifier:
    def __init__(self, bus: EventBus) -> None:
        self._bus = bus

    def posted(self, announcement: Announcement, agents: Iterable[str]) -> None:
        """To the addressed agents (and the poster, whose desktop lists it too)."""
        event = AnnouncementPosted(
            id=announcement.id,
            text=announcement.text,
            by=announcement.posted_by,
            teams=announcement.teams,
            created_at=announcement.created_at,
            expires_at=announcement.expires_at,
        )
        self._bus.publish(event, agents=sorted({*agents, announcement.posted_by}))
