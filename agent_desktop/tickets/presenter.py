"""Tickets presenter (QtCore only): the ticket list and its filters, one ticket's detail,
opening a ticket from the call in hand, status steps, comments, and the events.

Widgets call its methods; results come back as signals on the GUI thread. Errors are
shown as the server's message (its error id stays in the log)."""

from __future__ import annotations

import logging
from collections.abc import Coroutine
from typing import Any

from PySide6.QtCore import QObject, Signal

from agent_desktop.cti import CtiError
from agent_desktop.cti.errors import ApiError
from agent_desktop.presenters.tasks import TaskRunner
from agent_desktop.protocol import TicketAssigned, TicketChanged
from agent_desktop.protocol.tickets import Ticket, TicketDetail, TicketInput, TicketType
from agent_desktop.tickets.api import TicketsApi
from agent_desktop.tickets.models import TicketTableModel

log = logging.getLogger(__name__)


def error_text(exc: CtiError) -> str:
    return exc.message if isinstance(exc, ApiError) else str(exc)


class TicketsPresenter(QObject):
    """One per signed-in user."""

    types_loaded = Signal()
    list_loaded = Signal()
    detail_loaded = Signal(object)  # TicketDetail
    created = Signal(object)  # Ticket
    caller_tickets_loaded = Signal(object)  # list[Ticket] of the caller on the pop
    notice = Signal(str)  # a ticket was handed to me
    failed = Signal(str)

    def __init__(
        self, api: TicketsApi, tasks: TaskRunner, agent_id: str, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.api = api
        self._tasks = tasks
        self.agent_id = agent_id
        self.types: list[TicketType] = []
        self.model = TicketTableModel(self)
        self.total = 0
        self.filters: dict[str, Any] = {"status": "open"}
        self.current: TicketDetail | None = None
        self.caller_customer_id: int | None = None
        self.caller_tickets: list[Ticket] = []

    def spawn(self, coro: Coroutine[Any, Any, None], name: str) -> None:
        self._tasks.spawn(coro, name)

    async def _guard(self, coro: Coroutine[Any, Any, None], what: str) -> None:
        try:
            await coro
        except CtiError as exc:
            log.info("tickets: %s failed: %s", what, exc)
            self.failed.emit(error_text(exc))

    def type_name(self, name: str) -> str:
        for t in self.types:
            if t.name == name:
                return t.display_name
        return name

    # -- loading --------------------------------------------------------------------------
    def load_types(self) -> None:
        self.spawn(self._guard(self._load_types(), "types"), "tickets-types")

    async def _load_types(self) -> None:
        self.types = [t for t in await self.api.types() if t.active]
        self.model.type_names = {t.name: t.display_name for t in self.types}
        self.types_loaded.emit()

    def refresh(self, **filters: Any) -> None:
        """Reload the list; `filters` replace the current ones when given."""
        if filters:
            self.filters = filters
        self.spawn(self._guard(self._refresh(), "list"), "tickets-list")

    async def _refresh(self) -> None:
        result = await self.api.list(**self.filters)
        self.total = result.total
        self.model.set_tickets(result.tickets)
        self.list_loaded.emit()

    def open(self, ticket_id: int) -> None:
        self.spawn(self._guard(self._open(ticket_id), "detail"), "tickets-detail")

    async def _open(self, ticket_id: int) -> None:
        self.current = await self.api.get(ticket_id)
        self.detail_loaded.emit(self.current)

    def load_caller_tickets(self, customer_id: int | None) -> None:
        """The open tickets of the customer on the pop (none when the caller is unknown)."""
        self.caller_customer_id = customer_id
        if customer_id is None:
            self.caller_tickets = []
            self.caller_tickets_loaded.emit([])
            return
        self.spawn(self._guard(self._caller(customer_id), "caller tickets"), "tickets-caller")

    async def _caller(self, customer_id: int) -> None:
        result = await self.api.list(customer_id=customer_id, status="open", limit=20)
        if self.caller_customer_id == customer_id:  # not a newer call's meanwhile
            self.caller_tickets = result.tickets
            self.caller_tickets_loaded.emit(result.tickets)

    # -- changing -------------------------------------------------------------------------
    def create(self, body: TicketInput) -> None:
        self.spawn(self._guard(self._create(body), "create"), "tickets-create")

    async def _create(self, body: TicketInput) -> None:
        ticket = await self.api.create(body)
        log.info(
            "ticket %d opened: customer %s, call %s", ticket.id, ticket.customer_id, body.call_id
        )
        self.created.emit(ticket)
        await self._after_change(ticket)

    async def _after_change(self, ticket: Ticket) -> None:
        await self._refresh()
        if self.current is not None and self.current.id == ticket.id:
            await self._open(ticket.id)
        if ticket.customer_id is not None and ticket.customer_id == self.caller_customer_id:
            await self._caller(ticket.customer_id)

    def set_status(self, ticket_id: int, status: str, note: str = "") -> None:
        async def step() -> None:
            await self._after_change(await self.api.set_status(ticket_id, status, note))

        self.spawn(self._guard(step(), "status"), "tickets-status")

    def reopen(self, ticket_id: int, note: str = "") -> None:
        async def step() -> None:
            await self._after_change(await self.api.reopen(ticket_id, note))

        self.spawn(self._guard(step(), "reopen"), "tickets-reopen")

    def take(self, ticket_id: int) -> None:
        """Assign the ticket to me."""

        async def step() -> None:
            await self._after_change(await self.api.assign(ticket_id, self.agent_id, None))

        self.spawn(self._guard(step(), "take"), "tickets-take")

    def comment(self, ticket_id: int, text: str) -> None:
        async def step() -> None:
            await self.api.comment(ticket_id, text)
            await self._open(ticket_id)

        self.spawn(self._guard(step(), "comment"), "tickets-comment")

    # -- events ---------------------------------------------------------------------------
    def on_ticket_changed(self, event: TicketChanged) -> None:
        """Someone changed a ticket I see: refresh the list (and the detail if it is open)."""
        if event.by == self.agent_id:
            return  # my own change is refreshed by the step that made it
        self.spawn(self._guard(self._after_change(event.ticket), "event"), "tickets-event")

    def on_ticket_assigned(self, event: TicketAssigned) -> None:
        ticket = event.ticket
        text = self.tr("Ticket #%1 was assigned to you by %2: %3")
        self.notice.emit(
            text.replace("%1", str(ticket.id)).replace("%2", event.by).replace("%3", ticket.title)
        )
