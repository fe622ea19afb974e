"""Ticket service (工单): open, list, edit, assign, move through the status flow, comment,
link calls; every change written to the ticket's history and announced by the notifier.
The status rules and SLA come from `domain.tickets`; SQL from `store.tickets`.

Who sees what: admins every ticket; a lead the tickets of the teams it leads (and its own:
`access.scope`); anyone else the tickets they opened or hold, and those of their own team."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from typing import Any

from agent_desktop.protocol import Role
from agent_desktop.protocol.tickets import (
    Ticket,
    TicketAssignRequest,
    TicketComment,
    TicketDetail,
    TicketHistoryEntry,
    TicketInput,
    TicketList,
    TicketStatusRequest,
    TicketType,
    TicketTypeInput,
    TicketUpdate,
)
from server_stub.auth.access import Access
from server_stub.auth.service import Principal
from server_stub.domain import tickets as flow
from server_stub.errors import Conflict, InvalidInput, NotFound
from server_stub.store import StoreRunner
from server_stub.store import tickets as ticket_store
from server_stub.store.base import Row
from server_stub.tickets.notifier import TicketNotifier

log = logging.getLogger(__name__)


class TicketTransition(Conflict):
    error_id = "ticket_transition"


class TicketChangedMeanwhile(Conflict):
    error_id = "ticket_changed_meanwhile"


def ticket_model(row: Row, now: float) -> Ticket:
    fields = {k: row[k] for k in Ticket.model_fields if k in row}
    fields["overdue"] = flow.is_overdue(row["status"], row["due_at"], now)
    return Ticket(**fields)


def type_model(row: Row) -> TicketType:
    return TicketType(
        name=row["name"],
        display_name=row["display_name"],
        active=bool(row["active"]),
        sla_minutes=row["sla_minutes"],
    )


class TicketService:
    def __init__(
        self,
        runner: StoreRunner,
        access: Access,
        profiles: Callable[[], Iterable[Row]],
        notifier: TicketNotifier,
        clock: Callable[[], float],
    ) -> None:
        self._runner = runner
        self._access = access
        self._profiles = profiles  # every agent row (AgentService keeps them live)
        self._notifier = notifier
        self._clock = clock

    # --- who ----------------------------------------------------------------------------

    def _team_of(self, agent_id: str) -> str | None:
        for row in self._profiles():
            if row["agent_id"] == agent_id:
                team = row.get("team")
                return str(team) if team else None
        return None

    def _team_agents(self, team: str | None) -> list[str]:
        if not team:
            return []
        return [r["agent_id"] for r in self._profiles() if r.get("team") == team]

    def viewer(self, me: Principal) -> Row | None:
        """What `me` sees (None: every ticket); `store.tickets.list_tickets` reads it."""
        if me.role is Role.ADMIN:
            return None
        if me.role is Role.LEAD:
            scope = self._access.scope(me.agent_id, me.role)
            if scope is None:
                return None
            return {
                "agents": sorted(scope),
                "teams": sorted(self._access.teams_led_by(me.agent_id)),
            }
        team = self._team_of(me.agent_id)
        return {"agents": [me.agent_id], "teams": [team] if team else []}

    @staticmethod
    def _visible(row: Row, viewer: Row | None) -> bool:
        if viewer is None:
            return True
        agents, teams = set(viewer["agents"]), set(viewer["teams"])
        return (
            row["created_by"] in agents
            or row["assignee"] in agents
            or row["team"] in teams
            or row["created_team"] in teams
        )

    # --- types --------------------------------------------------------------------------

    async def types(self) -> list[TicketType]:
        rows = await self._runner.run(ticket_store.list_types)
        return [type_model(r) for r in rows]

    async def save_type(self, name: str, body: TicketTypeInput, actor: str) -> TicketType:
        row = {"name": name, **body.model_dump()}
        await self._runner.run(lambda s: ticket_store.save_type(s, row))
        log.info(
            "ticket type %s (%r) saved by %s: active=%s, SLA minutes %s",
            name,
            body.display_name,
            actor,
            body.active,
            body.sla_minutes,
        )
        return type_model({**row, "active": body.active})

    async def _type(self, name: str) -> Row:
        row = await self._runner.run(lambda s: ticket_store.get_type(s, name))
        if row is None or not row["active"]:
            raise InvalidInput(f"no active ticket type {name!r}", field="type", type=name)
        return row

    # --- checks -------------------------------------------------------------------------

    async def _check_links(self, customer_id: int | None, call_id: str | None) -> None:
        def check(s: Any) -> tuple[bool, bool]:
            return (
                customer_id is None or ticket_store.customer_exists(s, customer_id),
                call_id is None or ticket_store.call_exists(s, call_id),
            )

        customer_ok, call_ok = await self._runner.run(check)
        if not customer_ok:
            raise InvalidInput(f"no customer {customer_id}", field="customer_id")
        if not call_ok:
            raise InvalidInput(f"no call {call_id}", field="call_id")

    async def _check_owner(self, assignee: str | None, team: str | None) -> None:
        if assignee is not None and not any(
            r["agent_id"] == assignee and r.get("enabled", 1) for r in self._profiles()
        ):
            raise InvalidInput(f"no agent {assignee}", field="assignee")
        if team is not None and not await self._runner.run(
            lambda s: ticket_store.team_exists(s, team)
        ):
            raise InvalidInput(f"no team {team}", field="team")

    # --- reading ------------------------------------------------------------------------

    async def _row(self, ticket_id: int, me: Principal) -> Row:
        row = await self._runner.run(lambda s: ticket_store.get_ticket(s, ticket_id))
        if row is None or not self._visible(row, self.viewer(me)):
            # Not even its existence is told to someone who may not see it.
            raise NotFound(f"no ticket {ticket_id}")
        return row

    async def get(self, ticket_id: int, me: Principal) -> TicketDetail:
        row = await self._row(ticket_id, me)
        comments, history = await self._runner.run(
            lambda s: (ticket_store.comments(s, ticket_id), ticket_store.history(s, ticket_id))
        )
        base = ticket_model(row, self._clock())
        return TicketDetail(
            **base.model_dump(),
            comments=[TicketComment(**c) for c in comments],
            history=[TicketHistoryEntry(**h) for h in history],
        )

    async def list(self, me: Principal, filters: Row, limit: int, offset: int) -> TicketList:
        viewer = self.viewer(me)
        now = self._clock()
        rows, total = await self._runner.run(
            lambda s: ticket_store.list_tickets(s, viewer, filters, now, limit, offset)
        )
        return TicketList(tickets=[ticket_model(r, now) for r in rows], total=total)

    # --- changing -----------------------------------------------------------------------

    async def _announce(self, ticket_id: int, change: str, by: str, assigned: bool) -> Ticket:
        row = await self._runner.run(lambda s: ticket_store.get_ticket(s, ticket_id))
        assert row is not None  # just written
        ticket = ticket_model(row, self._clock())
        self._notifier.changed(ticket, change, by, self._team_agents(ticket.team))
        if assigned:
            targets = [ticket.assignee] if ticket.assignee else self._team_agents(ticket.team)
            self._notifier.assigned(ticket, by, [t for t in targets if t != by])
        return ticket

    async def create(self, body: TicketInput, me: Principal) -> Ticket:
        kind = await self._type(body.type)
        await self._check_links(body.customer_id, body.call_id)
        await self._check_owner(body.assignee, body.team)
        now = self._clock()
        assigned = body.assignee is not None or body.team is not None
        row = {
            "type": body.type,
            "title": body.title,
            "description": body.description,
            "priority": body.priority,
            "status": "assigned" if assigned else "new",
            "customer_id": body.customer_id,
            "assignee": body.assignee,
            "team": body.team if body.team or not body.assignee else self._team_of(body.assignee),
            "created_by": me.agent_id,
            "created_team": self._team_of(me.agent_id),
            "created_at": now,
            "updated_at": now,
            "due_at": flow.due_at(now, kind["sla_minutes"], body.priority),
        }
        entry = {
            "at": now,
            "actor": me.agent_id,
            "action": "created",
            "changes": {
                k: [None, row[k]]
                for k in ("type", "priority", "status", "assignee", "team")
                if row[k] is not None
            },
        }
        ticket_id = await self._runner.run(
            lambda s: ticket_store.insert_ticket(s, row, body.call_id, entry)
        )
        log.info(
            "ticket %d (%s, %s) %r opened by %s: customer %s, call %s, assigned to %s",
            ticket_id,
            body.type,
            body.priority,
            body.title,
            me.agent_id,
            body.customer_id,
            body.call_id,
            body.assignee or body.team or "nobody",
        )
        return await self._announce(ticket_id, "created", me.agent_id, assigned)

    async def _change(
        self,
        row: Row,
        fields: Row,
        me: Principal,
        action: str,
        note: str = "",
        changes: Row | None = None,
    ) -> None:
        now = self._clock()
        if changes is None:
            changes = {k: [row.get(k), v] for k, v in fields.items()}
        entry = {
            "at": now,
            "actor": me.agent_id,
            "action": action,
            "changes": changes,
            "note": note,
        }
        ok = await self._runner.run(
            lambda s: ticket_store.update_ticket(
                s, row["id"], {**fields, "updated_at": now}, row["status"], entry
            )
        )
        if not ok:
            raise TicketChangedMeanwhile(f"ticket {row['id']} changed meanwhile; reload it")

    async def update(self, ticket_id: int, body: TicketUpdate, me: Principal) -> Ticket:
        row = await self._row(ticket_id, me)
        wanted = body.model_dump(include=body.model_fields_set)
        for key in ("type", "title", "priority", "description"):
            if key in wanted and wanted[key] is None:
                raise InvalidInput(f"{key} cannot be empty", field=key)
        fields = {k: v for k, v in wanted.items() if row.get(k) != v}
        if not fields:
            return ticket_model(row, self._clock())
        if "customer_id" in fields and fields["customer_id"] is not None:
            await self._check_links(fields["customer_id"], None)
        if "type" in fields or "priority" in fields:
            kind = await self._type(str(fields.get("type", row["type"])))
            priority = str(fields.get("priority", row["priority"]))
            fields["due_at"] = flow.due_at(row["created_at"], kind["sla_minutes"], priority)
        await self._change(row, fields, me, "updated")
        log.info("ticket %d edited by %s: %s", ticket_id, me.agent_id, ", ".join(sorted(fields)))
        return await self._announce(ticket_id, "updated", me.agent_id, False)

    async def assign(self, ticket_id: int, body: TicketAssignRequest, me: Principal) -> Ticket:
        row = await self._row(ticket_id, me)
        try:
            status = flow.status_after_assign(row["status"])
        except flow.TransitionError as exc:
            raise TicketTransition(str(exc), status=row["status"]) from None
        await self._check_owner(body.assignee, body.team)
        team = body.team if body.team is not None else row["team"]
        if body.assignee is not None and body.team is None and row["team"] is None:
            team = self._team_of(body.assignee)
        # A ticket handed to a team alone waits for one of its agents to take it.
        assignee = body.assignee
        fields = {"assignee": assignee, "team": team, "status": status}
        await self._change(row, fields, me, "assigned", body.note)
        log.info("ticket %d assigned by %s to %s (team %s)", ticket_id, me.agent_id, assignee, team)
        return await self._announce(ticket_id, "assigned", me.agent_id, True)

    async def set_status(self, ticket_id: int, body: TicketStatusRequest, me: Principal) -> Ticket:
        row = await self._row(ticket_id, me)
        try:
            flow.check_status_change(row["status"], body.status)
        except flow.TransitionError as exc:
            raise TicketTransition(
                f"ticket {ticket_id}: {exc}", status=row["status"], wanted=body.status
            ) from None
        now = self._clock()
        fields: Row = {"status": body.status}
        if body.status == "resolved":
            fields["resolved_at"] = now
        if body.status == "closed":
            fields["closed_at"] = now
        if body.status == "in_progress" and row["assignee"] is None:
            fields["assignee"] = me.agent_id  # whoever starts it takes it
        await self._change(row, fields, me, "status", body.note)
        log.info("ticket %d: %s -> %s by %s", ticket_id, row["status"], body.status, me.agent_id)
        return await self._announce(ticket_id, "status", me.agent_id, False)

    async def reopen(self, ticket_id: int, note: str, me: Principal) -> Ticket:
        row = await self._row(ticket_id, me)
        try:
            flow.check_reopenable(row["status"])
        except flow.TransitionError as exc:
            raise TicketTransition(f"ticket {ticket_id}: {exc}", status=row["status"]) from None
        status = flow.status_after_reopen(row["assignee"], row["team"])
        now = self._clock()
        fields: Row = {"status": status, "resolved_at": None, "closed_at": None}
        kind = await self._runner.run(lambda s: ticket_store.get_type(s, row["type"]))
        due = flow.due_at(now, (kind or {}).get("sla_minutes"), row["priority"])
        fields["due_at"] = due  # the SLA starts again from the reopening
        changes = {"status": [row["status"], status], "due_at": [row["due_at"], due]}
        await self._change(row, fields, me, "reopened", note, changes)
        log.info("ticket %d reopened by %s (%s)", ticket_id, me.agent_id, status)
        return await self._announce(ticket_id, "reopened", me.agent_id, bool(row["assignee"]))

    async def comment(self, ticket_id: int, text: str, me: Principal) -> TicketComment:
        row = await self._row(ticket_id, me)
        now = self._clock()
        comment: Row = {"author": me.agent_id, "text": text, "created_at": now}
        entry = {"at": now, "actor": me.agent_id, "action": "commented", "note": text[:200]}
        comment_id = await self._runner.run(
            lambda s: ticket_store.add_comment(s, row["id"], comment, entry)
        )
        log.info("ticket %d: comment %d by %s", ticket_id, comment_id, me.agent_id)
        await self._announce(ticket_id, "commented", me.agent_id, False)
        return TicketComment(id=comment_id, **comment)

    async def link_call(self, ticket_id: int, call_id: str, me: Principal) -> Ticket:
        row = await self._row(ticket_id, me)
        await self._check_links(None, call_id)
        now = self._clock()

        entry = {
            "at": now,
            "actor": me.agent_id,
            "action": "call_linked",
            "changes": {"call_ids": [None, call_id]},
        }
        added = await self._runner.run(
            lambda s: ticket_store.link_call_logged(s, ticket_id, call_id, entry)
        )
        if not added:
            return ticket_model(row, now)
        log.info("ticket %d: call %s linked by %s", ticket_id, call_id, me.agent_id)
        return await self._announce(ticket_id, "call_linked", me.agent_id, False)
