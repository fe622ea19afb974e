"""Endpoints of tickets (工单) under /api/v1/tickets (any signed-in user, narrowed to the
tickets they may see) and the ticket types under /api/v1/admin/ticket-types (admins)."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Path, Query

from agent_desktop.protocol.tickets import (
    AGENT_PATTERN,
    CALL_PATTERN,
    TEAM_PATTERN,
    TYPE_PATTERN,
    Priority,
    Ticket,
    TicketAssignRequest,
    TicketCallLink,
    TicketComment,
    TicketCommentInput,
    TicketDetail,
    TicketInput,
    TicketList,
    TicketReopenRequest,
    TicketStatusRequest,
    TicketType,
    TicketTypeInput,
    TicketUpdate,
)
from server_stub.api.deps import AnyUser, OrgAdmin, ServicesDep
from server_stub.api.params import ItemId, Offset, OptionalId
from server_stub.api.params import limit as limit_of

router = APIRouter(tags=["tickets"])
StatusFilter = Literal["new", "assigned", "in_progress", "resolved", "closed", "open"]


@router.get("/tickets/types", response_model=list[TicketType])
async def types(_: AnyUser, svc: ServicesDep) -> list[TicketType]:
    return await svc.tickets.types()


@router.put("/admin/ticket-types/{name}", response_model=TicketType)
async def save_type(
    name: Annotated[str, Path(pattern=TYPE_PATTERN)],
    body: TicketTypeInput,
    who: OrgAdmin,
    svc: ServicesDep,
) -> TicketType:
    """Add or change a ticket type and its SLA (minutes per priority); `active: false`
    keeps its tickets but allows no new ones."""
    return await svc.tickets.save_type(name, body, who.agent_id)


@router.post("/tickets", response_model=Ticket, status_code=201)
async def create(body: TicketInput, me: AnyUser, svc: ServicesDep) -> Ticket:
    return await svc.tickets.create(body, me)


@router.get("/tickets", response_model=TicketList)
async def tickets(
    me: AnyUser,
    svc: ServicesDep,
    status: StatusFilter | None = None,
    type: Annotated[str | None, Query(pattern=TYPE_PATTERN)] = None,
    priority: Priority | None = None,
    assignee: Annotated[str | None, Query(pattern=AGENT_PATTERN)] = None,
    team: Annotated[str | None, Query(pattern=TEAM_PATTERN)] = None,
    customer_id: OptionalId = None,
    created_by: Annotated[str | None, Query(pattern=AGENT_PATTERN)] = None,
    call_id: Annotated[str | None, Query(pattern=CALL_PATTERN)] = None,
    overdue: bool | None = None,
    q: Annotated[str | None, Query(min_length=1, max_length=100)] = None,
    limit: Annotated[int, limit_of(500)] = 100,
    offset: Offset = 0,
) -> TicketList:
    """The tickets the caller may see, newest change first; `status=open`: new, assigned
    or in progress; `q`: any part of the title or description."""
    filters = {
        "status": status,
        "type": type,
        "priority": priority,
        "assignee": assignee,
        "team": team,
        "customer_id": customer_id,
        "created_by": created_by,
        "call_id": call_id,
        "overdue": overdue,
        "q": q,
    }
    return await svc.tickets.list(me, filters, limit, offset)


@router.get("/tickets/{ticket_id}", response_model=TicketDetail)
async def ticket(ticket_id: ItemId, me: AnyUser, svc: ServicesDep) -> TicketDetail:
    return await svc.tickets.get(ticket_id, me)


@router.patch("/tickets/{ticket_id}", response_model=Ticket)
async def update(ticket_id: ItemId, body: TicketUpdate, me: AnyUser, svc: ServicesDep) -> Ticket:
    return await svc.tickets.update(ticket_id, body, me)


@router.post("/tickets/{ticket_id}/assign", response_model=Ticket)
async def assign(
    ticket_id: ItemId, body: TicketAssignRequest, me: AnyUser, svc: ServicesDep
) -> Ticket:
    return await svc.tickets.assign(ticket_id, body, me)


@router.post("/tickets/{ticket_id}/status", response_model=Ticket)
async def set_status(
    ticket_id: ItemId, body: TicketStatusRequest, me: AnyUser, svc: ServicesDep
) -> Ticket:
    """in_progress, resolved or closed; a change the flow does not allow answers 409."""
    return await svc.tickets.set_status(ticket_id, body, me)


@router.post("/tickets/{ticket_id}/reopen", response_model=Ticket)
async def reopen(
    ticket_id: ItemId, body: TicketReopenRequest, me: AnyUser, svc: ServicesDep
) -> Ticket:
    return await svc.tickets.reopen(ticket_id, body.note, me)


@router.post("/tickets/{ticket_id}/comments", response_model=TicketComment, status_code=201)
async def comment(
    ticket_id: ItemId, body: TicketCommentInput, me: AnyUser, svc: ServicesDep
) -> TicketComment:
    return await svc.tickets.comment(ticket_id, body.text, me)


@router.post("/tickets/{ticket_id}/calls", response_model=Ticket)
async def link_call(
    ticket_id: ItemId, body: TicketCallLink, me: AnyUser, svc: ServicesDep
) -> Ticket:
    return await svc.tickets.link_call(ticket_id, body.call_id, me)
