"""Ticket events, built once here: `ticket_changed` (every change, the one place a ticket
change is announced: the stream and in-process listeners such as webhooks) and
`ticket_assigned` (to the new owner)."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence

from agent_desktop.protocol import Role, TicketAssigned, TicketChanged
from agent_desktop.protocol.tickets import Ticket
from server_stub.events import EventBus

log = logging.getLogger(__name__)

TicketListener = Callable[[TicketChanged], None]


class TicketNotifier:
    """Publishes ticket events. `listeners` (given at construction, e.g. the webhook
    sender) get every `TicketChanged` too; they must not block (queue the work)."""

    def __init__(self, bus: EventBus, listeners: Sequence[TicketListener] = ()) -> None:
        self._bus = bus
        self._listeners = tuple(listeners)

    def changed(self, ticket: Ticket, change: str, by: str, team_agents: Iterable[str]) -> None:
        event = TicketChanged(ticket=ticket, change=change, by=by)
        audience = {ticket.created_by, *team_agents}
        if ticket.assignee:
            audience.add(ticket.assignee)
        self._bus.publish(event, agents=sorted(audience), roles=[Role.LEAD, Role.ADMIN])
        for listener in self._listeners:
            try:
                listener(event)
            except Exception:
                log.exception("a ticket_changed listener failed (ticket %d)", ticket.id)

    def assigned(self, ticket: Ticket, by: str, agents: Iterable[str]) -> None:
        """To the assignee, or to every agent of the team when it went to a team only."""
        targets = sorted(set(agents))
        if targets:
            self._bus.publish(TicketAssigned(ticket=ticket, by=by), agents=targets)
