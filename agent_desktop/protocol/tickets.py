"""Tickets (工单) under `/api/v1/tickets`: work orders about a customer that move between people.

`POST /tickets` opens one (any signed-in user), `GET /tickets` lists with filters,
`GET /tickets/{id}` answers a `TicketDetail` (comments and history), `PATCH /tickets/{id}`
edits, `POST /tickets/{id}/assign`, `/status`, `/reopen`, `/comments`, `/calls` move it
on. Types and their SLA: `GET /tickets/types`, `PUT /admin/ticket-types/{name}` (docs/tickets.md).
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field, model_validator

from agent_desktop.protocol.models import MAX_ID, Request, Response

__all__ = [
    "PRIORITIES",
    "STATUSES",
    "Priority",
    "Ticket",
    "TicketAssignRequest",
    "TicketCallLink",
    "TicketComment",
    "TicketCommentInput",
    "TicketDetail",
    "TicketHistoryEntry",
    "TicketInput",
    "TicketList",
    "TicketReopenRequest",
    "TicketStatus",
    "TicketStatusRequest",
    "TicketType",
    "TicketTypeInput",
    "TicketUpdate",
]

TYPE_PATTERN = r"^[a-z][a-z0-9_\-]{0,31}$"
AGENT_PATTERN = r"^[A-Za-z0-9_.\-]{1,32}$"
TEAM_PATTERN = r"^[A-Za-z0-9_.\-]{1,64}$"
CALL_PATTERN = r"^[A-Za-z0-9_.:\-]{1,64}$"
Priority = Literal["low", "normal", "high", "urgent"]
TicketStatus = Literal["new", "assigned", "in_progress", "resolved", "closed"]
PRIORITIES: tuple[Priority, ...] = ("low", "normal", "high", "urgent")
STATUSES: tuple[TicketStatus, ...] = ("new", "assigned", "in_progress", "resolved", "closed")


class TicketInput(Request):
    """A new ticket: its type and title; the customer and the call it is about (both
    optional, both checked); an agent and/or a team to assign it to at once."""

    type: str = Field(pattern=TYPE_PATTERN)
    title: str = Field(min_length=1, max_length=200)
    description: str = Field(default="", max_length=10_000)
    priority: Priority = "normal"
    customer_id: int | None = Field(default=None, ge=1, le=MAX_ID)
    call_id: str | None = Field(default=None, pattern=CALL_PATTERN)
    assignee: str | None = Field(default=None, pattern=AGENT_PATTERN)
    team: str | None = Field(default=None, pattern=TEAM_PATTERN)


class TicketUpdate(Request):
    """Fields to change (absent: unchanged). A new type or priority recomputes the due time."""

    type: str | None = Field(default=None, pattern=TYPE_PATTERN)
    title: str | None = Field(default=None, min_length=1, max_length=200)
    description: str | None = Field(default=None, max_length=10_000)
    priority: Priority | None = None
    customer_id: int | None = Field(default=None, ge=1, le=MAX_ID)

    @model_validator(mode="after")
    def _something(self) -> TicketUpdate:
        if not self.model_fields_set:
            raise ValueError("nothing to change")
        return self


class TicketAssignRequest(Request):
    """Hand the ticket to an agent, a team, or both (an agent alone keeps the team)."""

    assignee: str | None = Field(default=None, pattern=AGENT_PATTERN)
    team: str | None = Field(default=None, pattern=TEAM_PATTERN)
    note: str = Field(default="", max_length=2000)

    @model_validator(mode="after")
    def _someone(self) -> TicketAssignRequest:
        if self.assignee is None and self.team is None:
            raise ValueError("name an assignee or a team")
        return self


class TicketStatusRequest(Request):
    """Move the ticket on: in_progress, resolved or closed (assigning: `/assign`; back
    from resolved or closed: `/reopen`)."""

    status: Literal["in_progress", "resolved", "closed"]
    note: str = Field(default="", max_length=2000)


class TicketReopenRequest(Request):
    note: str = Field(default="", max_length=2000)


class TicketCommentInput(Request):
    text: str = Field(min_length=1, max_length=10_000)


class TicketCallLink(Request):
    call_id: str = Field(pattern=CALL_PATTERN)


class Ticket(Response):
    id: int
    type: str
    title: str
    description: str = ""
    priority: Priority = "normal"
    status: TicketStatus = "new"
    customer_id: int | None = None
    customer_name: str | None = None
    call_ids: list[str] = Field(default_factory=list)
    assignee: str | None = None
    team: str | None = None
    created_by: str
    created_at: float
    updated_at: float
    due_at: float | None = None
    overdue: bool = False
    resolved_at: float | None = None
    closed_at: float | None = None


class TicketComment(Response):
    id: int
    author: str
    text: str
    created_at: float


class TicketHistoryEntry(Response):
    """One change: who, when, what (`changes`: field → [old, new]) and an optional note."""

    at: float
    actor: str
    action: str  # created, updated, assigned, status, reopened, commented, call_linked
    changes: dict[str, list[Any]] = Field(default_factory=dict)
    note: str = ""


class TicketDetail(Ticket):
    comments: list[TicketComment] = Field(default_factory=list)
    history: list[TicketHistoryEntry] = Field(default_factory=list)


class TicketList(Response):
    tickets: list[Ticket]
    total: int


class TicketTypeInput(Request):
    """A ticket type and its SLA: minutes to resolve per priority (0: no due time)."""

    display_name: str = Field(min_length=1, max_length=100)
    active: bool = True
    sla_minutes: dict[Priority, int] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _bounds(self) -> TicketTypeInput:
        for priority, minutes in self.sla_minutes.items():
            if not 0 <= minutes <= 365 * 24 * 60:
                raise ValueError(f"sla_minutes.{priority} must be 0..525600")
        return self


class TicketType(Response):
    name: str
    display_name: str
    active: bool = True
    sla_minutes: dict[str, int] = Field(default_factory=dict)
