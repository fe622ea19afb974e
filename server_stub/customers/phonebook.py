"""Phonebook (通讯录): the centre's agents (internal) and external contacts, for dialling."""

from __future__ import annotations

import logging
from collections.abc import Callable

from agent_desktop.protocol.crm import PhonebookEntry, PhonebookInput
from server_stub.auth.service import Principal
from server_stub.errors import NotFound
from server_stub.store import StoreRunner
from server_stub.store import customers as sql

log = logging.getLogger(__name__)


class Phonebook:
    def __init__(self, runner: StoreRunner, clock: Callable[[], float]) -> None:
        self._runner = runner
        self._clock = clock

    async def search(self, text: str, limit: int) -> list[PhonebookEntry]:
        """Agents (enabled) and contacts matching `text` (any part of name or number)."""
        needle = text.strip().lower()
        agents = await self._runner.run(lambda s: s.list_agents())
        internal = [
            PhonebookEntry(kind="internal", name=a["name"], number=a["agent_id"])
            for a in agents
            if a.get("enabled", 1) and (needle in a["name"].lower() or needle in a["agent_id"])
        ]
        rows = await self._runner.run(lambda s: sql.phonebook(s, text.strip(), limit))
        external = [PhonebookEntry(kind="external", **r) for r in rows]
        return (internal + external)[:limit]

    async def save(
        self, me: Principal, contact_id: int | None, body: PhonebookInput
    ) -> PhonebookEntry:
        row = dict(body.model_dump(), updated_at=self._clock())
        saved = await self._runner.run(lambda s: sql.save_contact(s, contact_id, row))
        if saved is None:
            raise NotFound(f"no contact {contact_id}", contact_id=contact_id)
        log.info("phonebook contact %d saved by %s", saved, me.agent_id)
        return PhonebookEntry(id=saved, kind="external", **body.model_dump())

    async def delete(self, me: Principal, contact_id: int) -> None:
        if not await self._runner.run(lambda s: sql.delete_contact(s, contact_id)):
            raise NotFound(f"no contact {contact_id}", contact_id=contact_id)
        log.info("phonebook contact %d deleted by %s", contact_id, me.agent_id)
