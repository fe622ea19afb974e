"""Take over (接管): a lead who is monitoring a call takes it; the agent is dropped.

The lead's monitoring leg becomes the call's agent leg on the worker hosting the call (the
caller hears no gap, the recording goes on). The agent's part is closed as after an
attended transfer (talk, hold, AHT, a `call_legs` row `end_cause=taken_over`, queue_log
`TAKEOVER`) and the agent goes to wrap-up; the lead is on the call from then on and ends
it like any agent (wrap-up included). Audited."""

from __future__ import annotations

import uuid

from server_stub.calls import story
from server_stub.calls.service import AcdService
from server_stub.domain import agent_state as sm
from server_stub.domain.agent_state import AgentStatus
from server_stub.errors import Conflict, ServiceError


class TakeOver:
    def __init__(self, acd: AcdService) -> None:
        self._acd = acd
        self._book = acd.book

    async def take_over(self, call_id: str, lead_id: str) -> None:
        book = self._book
        call = book.get(call_id)
        if call.state != "active" or call.agent_id is None or call.answered_at is None:
            raise Conflict(f"call {call_id} is not an answered call", call_id=call_id)
        if book.consults is not None and book.consults.consulting(call_id):
            raise Conflict(f"call {call_id} has a consult in progress: try again when it ends")
        agent_id = call.agent_id
        if lead_id == agent_id:
            raise Conflict("it is your own call already")
        state = book.agents.state(lead_id)
        if state.status not in (AgentStatus.READY, AgentStatus.NOT_READY):
            raise Conflict(
                f"you are {state.status.value.replace('_', ' ')}: finish that first",
                state=state.status.value,
            )
        await book.agents.apply(lead_id, sm.DialOut(call_id), actor=lead_id)
        try:
            await book.control.takeover(call_id, lead_id)
        except ServiceError:
            await book.agents.apply(lead_id, sm.CallEnded(call_id, 0), actor="system")
            raise
        now = book.clock()
        if call.on_hold_since is not None:
            call.hold_seconds += now - call.on_hold_since
            call.on_hold_since = None
            await book.agents.apply(agent_id, sm.Unhold(), actor="system")
        talk = now - call.answered_at - call.hold_seconds
        wait = call.answered_at - (call.queued_at or call.started_at)
        book.router.call_finished(agent_id, now, talk)
        leg_id = uuid.uuid4().hex
        leg = {
            "id": leg_id,
            "call_id": call_id,
            "kind": "agent",
            "peer": agent_id,
            "worker_id": None,
            "started_at": call.answered_at,
            "answered_at": call.answered_at,
            "ended_at": now,
            "end_cause": "taken_over",
            "talk_seconds": talk,  # the agent's own part (reports credit it)
            "hold_seconds": call.hold_seconds,
            "queue": call.shown_queue,  # the queues report counts the part's time there
        }
        # the lead finishes the call and counts it handled: this part adds its time only
        self._acd.after_call(
            agent_id, call.queue, talk, call.hold_seconds, leg_id=leg_id, counts_call=False
        )
        await book.runner.defer(f"call {call_id} agent leg", lambda s: s.insert_call_leg(leg))
        await book.write(
            {"agent_id": lead_id, "talk_seconds": talk, "hold_seconds": call.hold_seconds},
            call,
            [("TAKEOVER", [lead_id, int(wait), int(talk), call.position])],
            agent=agent_id,
        )
        await book.runner.run(
            lambda s: s.audit(now, lead_id, "takeover", call_id, {"agent_id": agent_id})
        )
        story.taken_over(call_id, lead_id, agent_id, talk)
        call.queued_at = now - wait  # the caller's wait is kept; the lead's talk starts now
        call.answered_at, call.hold_seconds, call.agent_id = now, 0.0, lead_id
        book.notify.updated(book.record(call), transferred_by=agent_id)
        book.notify.answered(book.record(call))
        wrap = book.figures.wrap_up(call.queue)
        await book.agents.apply(agent_id, sm.CallEnded(call_id, wrap), actor="system")
