"""Voicemail for agents and leads (issue 14): who sees which mailbox, marking a message
handled, calling the caller back, and the `voicemail_changed` event.

A mailbox is a queue's (its name) or an agent's (the agent ID). An agent sees its own box
and the boxes of its queues; a lead those of the agents of the teams it leads and of their
queues (`Access.scope`, `scope_queues`); an admin every box. A message outside what the
caller sees answers 404, as one that does not exist (no box's contents leak)."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Literal

from agent_desktop.protocol import CallRecord, Role, VoicemailChanged
from agent_desktop.protocol.flows import Voicemail
from server_stub.admin.errors import Missing
from server_stub.auth.access import Access
from server_stub.auth.service import Principal
from server_stub.calls.service import AcdService
from server_stub.errors import Conflict
from server_stub.events.bus import SUPERVISOR_ROLES, EventBus
from server_stub.store import StoreRunner
from server_stub.store import flows as flow_store
from server_stub.store.base import Row

log = logging.getLogger(__name__)

# Places the agent's outbound call (the click-to-dial path: permissions, black list, caller
# ID, my phone first, the screen-pop): (the agent, the number) -> the call's record.
Dialler = Callable[[Principal, str], Awaitable[CallRecord]]


class VoicemailService:
    def __init__(
        self,
        runner: StoreRunner,
        access: Access,
        acd: AcdService,
        bus: EventBus,
        clock: Callable[[], float],
    ) -> None:
        self._runner, self._access, self._acd = runner, access, acd
        self._notifier, self._clock = VoicemailNotifier(bus, acd.members), clock

    # --- who sees what ---------------------------------------------------------------------

    def box_kind(self, box: str) -> Literal["queue", "agent"]:
        return "queue" if box in self._acd.book.figures.rows else "agent"

    def boxes_of(self, who: Principal) -> set[str] | None:
        """The mailboxes `who` sees (None: every box)."""
        if who.role is Role.AGENT:
            return {who.agent_id, *self._acd.book.figures.queues_of(who.agent_id)}
        scope = self._access.scope(who.agent_id, who.role)
        if scope is None:
            return None
        return set(scope) | self._access.scope_queues(scope, self._acd.members())

    def _model(self, row: Row) -> Voicemail:
        return Voicemail(**{**row, "box_kind": self.box_kind(row["box"])})

    # --- reading ---------------------------------------------------------------------------

    async def visible(
        self, who: Principal, status: str | None, box: str | None, limit: int
    ) -> list[Voicemail]:
        boxes = self.boxes_of(who)
        names = sorted(boxes) if boxes is not None else None
        rows = await self._runner.run(
            lambda s: flow_store.visible_voicemails(s, names, status, box, limit)
        )
        return [self._model(r) for r in rows]

    async def get(self, who: Principal, voicemail_id: str) -> Voicemail:
        row = await self._runner.run(lambda s: flow_store.get_voicemail(s, voicemail_id))
        boxes = self.boxes_of(who)
        if row is None or (boxes is not None and row["box"] not in boxes):
            raise Missing(f"no voicemail {voicemail_id}", field="id", value=voicemail_id)
        return self._model(row)

    async def audio(self, who: Principal, voicemail_id: str) -> Path:
        await self.get(who, voicemail_id)
        row = await self._runner.run(lambda s: flow_store.get_voicemail(s, voicemail_id))
        if row is None or not Path(row["path"]).is_file():
            raise Missing(
                f"the audio of voicemail {voicemail_id} is missing", field="id", value=voicemail_id
            )
        return Path(row["path"])

    # --- acting ----------------------------------------------------------------------------

    async def set_status(self, who: Principal, voicemail_id: str, status: str) -> Voicemail:
        """Mark handled (who, when) or new again; the same status twice changes nothing."""
        message = await self.get(who, voicemail_id)
        if message.status == status:
            return message
        handled = status == "handled"
        actor, now = (who.agent_id, self._clock()) if handled else (None, None)
        await self._runner.run(
            lambda s: flow_store.set_voicemail_status(s, voicemail_id, status, actor, now)
        )
        log.info(
            "voicemail %s (box %s, from %s) %s by %s",
            voicemail_id,
            message.box,
            message.ani or "unknown",
            "handled" if handled else "marked new again",
            who.agent_id,
        )
        message = await self.get(who, voicemail_id)
        self._tell(message, "handled" if handled else "reopened", who.agent_id)
        return message

    async def call_back(self, who: Principal, voicemail_id: str, dial: Dialler) -> CallRecord:
        """One click call back: the agent's outbound call to the caller's number."""
        message = await self.get(who, voicemail_id)
        if not message.ani:
            raise Conflict(
                f"voicemail {voicemail_id} has no caller number to call back",
                voicemail_id=voicemail_id,
            )
        record = await dial(who, message.ani)
        await self._runner.run(
            lambda s: flow_store.set_voicemail_callback(s, voicemail_id, record.id)
        )
        log.info(
            "voicemail %s (box %s): agent %s calls the caller back (call %s)",
            voicemail_id,
            message.box,
            who.agent_id,
            record.id,
        )
        self._tell(await self.get(who, voicemail_id), "called_back", who.agent_id)
        return record

    # --- events ----------------------------------------------------------------------------

    async def left(self, row: Row) -> None:
        """The telephony stored a new message: tell whoever sees its box."""
        message = self._model(row)
        log.info(
            "voicemail %s from %s in %s box %s: %d desktop(s) told",
            message.id,
            message.ani or "unknown",
            message.box_kind,
            message.box,
            self._tell(message, "new", None),
        )

    def _tell(self, message: Voicemail, change: str, by: str | None) -> int:
        return self._notifier.changed(message, change, by)


class VoicemailNotifier:
    """`voicemail_changed` to the box's agent (an agent's box) or the queue's members, and
    to leads (narrowed to theirs by the bus's audience) and admins."""

    def __init__(self, bus: EventBus, members: Callable[[], list[Row]]) -> None:
        self._bus, self._members = bus, members

    def changed(self, message: Voicemail, change: str, by: str | None) -> int:
        if message.box_kind == "agent":
            agents = {message.box}
        else:
            agents = {m["agent_id"] for m in self._members() if m["queue"] == message.box}
        event = VoicemailChanged(voicemail=message, change=change, by=by)
        return self._bus.publish(event, agents=sorted(agents), roles=SUPERVISOR_ROLES)
