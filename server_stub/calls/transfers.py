"""Blind transfers (转移, 外线转接) of answered inbound calls: to a queue, to one agent
(through the agent's own direct queue) or to an outside number; the transfer directory's
queues."""

from __future__ import annotations

import uuid

from server_stub.calls import story
from server_stub.calls.live import LiveCall, LiveCalls
from server_stub.calls.queues import queue_config
from server_stub.calls.service import AcdService
from server_stub.domain import agent_state as sm
from server_stub.errors import Conflict, Forbidden, InvalidInput
from server_stub.store.base import Row


class Transfers:
    """An agent hands its caller on and goes to wrap-up; the call keeps its id."""

    def __init__(self, acd: AcdService) -> None:
        self._acd = acd  # the caller re-joins a queue through the ACD
        self._book = acd.book

    async def transfer_to_agent(
        self, call_id: str, target: str, actor: str, note: str = ""
    ) -> None:
        """Blind transfer to one agent: the caller waits in that agent's own direct queue
        (`agent:<id>`, rung as soon as the agent is ready) and, after 30 s unanswered,
        goes back to the queue it came from."""
        call = self._book.get(call_id)
        self._book.agents.profile(target)
        if target == actor:
            raise InvalidInput("transfer to yourself")
        direct = open_agent_queue(self._book, target, call.shown_queue or "")
        await self.transfer_to_queue(call_id, direct, actor, note)

    async def transfer_to_number(self, call_id: str, number: str, actor: str) -> None:
        """Blind transfer to an outside number (外线转接) through the trunk: the agent leaves
        for wrap-up; the call stays recorded until the caller or the far end hangs up."""
        call = self._transferable(call_id, actor)
        await self._book.control.transfer_to_number(call.id, number)  # the agent's leg ends too
        agent_id = await self._agent_leaves(call, number, "external", {"state": "external"})
        story.transferred(call.id, agent_id, "number", number)
        call.state = "external"
        self._book.notify.updated(
            self._book.record(call), transferred_by=agent_id, transferred_to=number
        )
        await self._wrap_up_after_transfer(call, agent_id)

    async def transfer_to_queue(self, call_id: str, queue: str, actor: str, note: str = "") -> None:
        """Blind transfer (转移) of an answered inbound call to a queue: the agent leaves for
        wrap-up, the caller waits in the new queue with its music and keeps the call id."""
        call = self._transferable(call_id, actor)
        queue = self._book.figures.resolve(queue)
        agent_id = await self._agent_leaves(call, queue, "queue", {})
        story.transferred(
            call.id,
            agent_id,
            "agent" if queue.startswith("agent:") else "queue",
            queue.removeprefix("agent:"),
        )
        await self._book.control.transfer_out(call.id, agent_id)
        call.answered_at, call.offered_at, call.on_hold_since, call.state = (
            None,
            None,
            None,
            "ivr",
        )
        call.transferred_by, call.transfer_note = agent_id, note.strip()
        self._book.notify.updated(self._book.record(call), transferred_by=agent_id)
        await self._wrap_up_after_transfer(call, agent_id)
        await self._acd.enqueue(call.id, queue, ivr_path=call.ivr_path)

    def _transferable(self, call_id: str, actor: str) -> LiveCall:
        call = self._book.get(call_id)
        if call.state != "active" or call.direction != "inbound" or call.agent_id is None:
            raise Conflict(f"call {call_id} is not an answered inbound call")
        if actor != call.agent_id:
            raise Forbidden("only the agent on the call can transfer it")
        return call

    async def _agent_leaves(self, call: LiveCall, target: str, kind: str, fields: Row) -> str:
        """The transferring agent's part ends: router figures, CDR talk time, queue_log
        BLINDTRANSFER, its part's `call_legs` row (reports credit it; AHT when its wrap-up
        completes). Returns the agent, who is no longer on the call."""
        assert call.agent_id is not None
        now = self._book.clock()
        agent_id, answered_at = call.agent_id, call.answered_at or now
        talk = now - answered_at - call.hold_seconds
        self._book.router.call_finished(agent_id, now, talk)
        wait = answered_at - (call.queued_at or call.started_at)
        await self._book.write(
            dict(fields, talk_seconds=talk),
            call,
            [("BLINDTRANSFER", [target, kind, int(wait), int(talk), call.position])],
        )
        leg: Row = {
            "id": uuid.uuid4().hex,
            "call_id": call.id,
            "kind": "agent",
            "peer": agent_id,
            "worker_id": None,
            "started_at": answered_at,
            "answered_at": answered_at,
            "ended_at": now,
            "end_cause": "blind_transfer",
            "talk_seconds": talk,
            "hold_seconds": call.hold_seconds,
            "queue": call.shown_queue,  # the queues report counts the part's time there
        }
        await self._book.runner.defer(
            f"call {call.id} transferring agent leg", lambda s: s.insert_call_leg(leg)
        )
        # the call leaves this queue: handled here by this agent (another queue, or the
        # agent's direct one, counts its own part); to a number its wrap-up is the call's
        self._acd.after_call(
            agent_id,
            call.queue,
            talk,
            call.hold_seconds,
            leg_id=str(leg["id"]),
            counts_call=True,
            owns_record=kind == "external",
        )
        call.agent_id = None
        return agent_id

    async def _wrap_up_after_transfer(self, call: LiveCall, agent_id: str) -> None:
        wrap = self._book.figures.wrap_up(call.queue)
        await self._book.agents.apply(agent_id, sm.CallEnded(call.id, wrap), actor=agent_id)

    def transfer_queues(self) -> list[Row]:
        """Configured queues a caller can be transferred to (not agents' direct queues)."""
        return [
            row
            for name, row in sorted(self._book.figures.rows.items())
            if not name.startswith("agent:")
        ]


def open_agent_queue(book: LiveCalls, target: str, home: str, max_wait: float = 30.0) -> str:
    """The agent's own direct queue (`agent:<id>`, 30 s, then on to `home`): for transfers
    to an agent, flows that dial an agent ID (分机号码接入) and sticky agents (来电记忆)."""
    origin = book.figures.row(home)
    direct = f"agent:{target}"
    row = dict(
        origin,
        name=direct,
        display_name=f"→ {target}",
        max_wait_time=max_wait,
        overflow_target=home,
        join_empty=1,
        leave_when_empty=0,
    )
    book.figures.load([row], [{"queue": direct, "agent_id": target}])
    book.router.configure_queue(queue_config(row))
    book.router.add_member(target, direct)
    return direct
