"""The ticket endpoints (/api/v1/tickets) over the app's `CtiClient`; no Qt."""

from __future__ import annotations

from typing import Any

from agent_desktop.cti import CtiClient
from agent_desktop.protocol.tickets import (
    Ticket,
    TicketComment,
    TicketDetail,
    TicketInput,
    TicketList,
    TicketType,
)


class TicketsApi:
    """Every method raises `CtiError` subclasses (the server's error id and message)."""

    def __init__(self, client: CtiClient) -> None:
        self.client = client

    async def _call(
        self, method: str, path: str, json: Any = None, params: dict[str, Any] | None = None
    ) -> Any:
        return await self.client.request(
            method, "/tickets" + path, json=json, params=params, feature=True
        )

    async def types(self) -> list[TicketType]:
        return [TicketType.model_validate(t) for t in await self._call("GET", "/types")]

    async def create(self, body: TicketInput) -> Ticket:
        data = body.model_dump(exclude_none=True)
        return Ticket.model_validate(await self._call("POST", "", data))

    async def list(self, **filters: Any) -> TicketList:
        params = {k: v for k, v in filters.items() if v not in (None, "")}
        return TicketList.model_validate(await self._call("GET", "", params=params))

    async def get(self, ticket_id: int) -> TicketDetail:
        return TicketDetail.model_validate(await self._call("GET", f"/{ticket_id}"))

    async def assign(self, ticket_id: int, assignee: str | None, team: str | None) -> Ticket:
        body = {k: v for k, v in (("assignee", assignee), ("team", team)) if v}
        return Ticket.model_validate(await self._call("POST", f"/{ticket_id}/assign", body))

    async def set_status(self, ticket_id: int, status: str, note: str = "") -> Ticket:
        body = {"status": status, "note": note}
        return Ticket.model_validate(await self._call("POST", f"/{ticket_id}/status", body))

    async def reopen(self, ticket_id: int, note: str = "") -> Ticket:
        return Ticket.model_validate(
            await self._call("POST", f"/{ticket_id}/reopen", {"note": note})
        )

    async def comment(self, ticket_id: int, text: str) -> TicketComment:
        return TicketComment.model_validate(
            await self._call("POST", f"/{ticket_id}/comments", {"text": text})
        )
