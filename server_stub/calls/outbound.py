"""Outbound calls (click-to-dial, 点击外呼): the agent's phone rings first, then the
customer through the trunk; the call's progress and its end with the agent's wrap-up."""

from __future__ import annotations

import logging
import uuid

from agent_desktop.protocol import CallRecord
from server_stub.calls import story
from server_stub.calls.live import LiveCall, LiveCalls
from server_stub.domain import agent_state as sm
from server_stub.domain.agent_state import AgentStatus
from server_stub.errors import Conflict, InvalidInput, NotFound, ServiceError
from server_stub.records.calls import new_call_row
from server_stub.store.base import Row

log = logging.getLogger(__name__)


class Outbound:
    """Calls agents make: dialled, progressing, answered (the ACD ends them)."""

    def __init__(self, book: LiveCalls) -> None:
        self._book = book

    async def dial_out(
        self, agent_id: str, number: str, caller_id: str, wrap_up_seconds: float
    ) -> CallRecord:
        """Click-to-dial: the agent's phone rings first, then the customer (点击外呼)."""
        book = self._book
        now = book.clock()
        call = LiveCall(
            id=uuid.uuid4().hex,
            ani=caller_id,
            dnis=number,
            started_at=now,
            agent_id=agent_id,
            state="ringing",
            direction="outbound",
        )
        call.wrap_up_seconds = wrap_up_seconds
        await book.agents.apply(agent_id, sm.DialOut(call.id), actor=agent_id)
        book.calls[call.id] = call
        story.dialled(call.id, agent_id, number)
        customer = await book.customers.match(number)
        await book.runner.run(
            lambda s: s.insert_call(
                new_call_row(
                    call.id,
                    "outbound",
                    "ringing",
                    caller_id,
                    number,
                    now,
                    customer.id if customer else None,
                    agent_id=agent_id,
                )
            )
        )
        book.notify.updated(book.record(call))
        try:
            await book.control.dial(call.id, agent_id, number, caller_id)
        except ServiceError:
            if call.id in book.calls:
                await end_outbound(book, call, "dial_failed")
            raise
        return book.record(call)

    async def dial_internal(self, agent_id: str, target: str) -> CallRecord:
        """Internal call (内线): my phone rings first, then the colleague's; both are on
        the call (busy for the queues) until it ends; recorded as any call."""
        book = self._book
        if target == agent_id:
            raise InvalidInput("you cannot call yourself", field="target")
        try:
            state = book.agents.state(target)
        except NotFound:
            raise InvalidInput(f"unknown agent {target}", field="target") from None
        if state.status not in (AgentStatus.READY, AgentStatus.NOT_READY):
            raise Conflict(
                f"agent {target} is {state.status.value.replace('_', ' ')}: try again later",
                agent_id=target,
                state=state.status.value,
            )
        now = book.clock()
        call = LiveCall(
            id=uuid.uuid4().hex,
            ani=agent_id,
            dnis=target,
            started_at=now,
            agent_id=agent_id,
            state="ringing",
            direction="internal",
        )
        await book.agents.apply(agent_id, sm.DialOut(call.id), actor=agent_id)
        try:
            await book.agents.apply(target, sm.DialOut(call.id), actor=agent_id)
        except ServiceError:
            await book.agents.apply(agent_id, sm.CallEnded(call.id, 0), actor="system")
            raise
        book.calls[call.id] = call
        story.dialled_internal(call.id, agent_id, target)
        await book.runner.run(
            lambda s: s.insert_call(
                new_call_row(
                    call.id, "internal", "ringing", agent_id, target, now, None, agent_id=agent_id
                )
            )
        )
        book.notify.updated(book.record(call))
        book.notify.internal_offered(book.record(call), target, agent_id)
        try:
            await book.control.dial_internal(call.id, agent_id, target)
        except ServiceError:
            if call.id in book.calls:
                await end_outbound(book, call, "dial_failed")
            raise
        return book.record(call)

    async def outbound_progress(self, call_id: str, state: str) -> None:
        """The agent answered its leg ("dialing" the customer) or the customer answered."""
        book = self._book
        call = book.get(call_id)
        call.state = state
        fields: Row = {"state": state}
        if state == "active":
            call.answered_at = book.clock()
            fields["answered_at"] = call.answered_at
        await book.write(fields, call, [])
        if state == "active":
            book.notify.answered(book.record(call))
        else:
            book.notify.updated(book.record(call))


async def end_outbound(book: LiveCalls, call: LiveCall, cause: str) -> None:
    """An outbound call ended (either side, or the dial failed): record, router figures,
    the agent to wrap-up (none when the customer never answered)."""
    now = book.clock()
    assert call.agent_id is not None
    talk = None
    if call.answered_at is not None:
        if call.on_hold_since is not None:
            call.hold_seconds += now - call.on_hold_since
        talk = now - call.answered_at - call.hold_seconds
        book.router.call_finished(call.agent_id, now, talk)
    await book.finish(call, cause, talk=talk)
    wrap = call.wrap_up_seconds if call.answered_at is not None else 0.0
    await book.agents.apply(call.agent_id, sm.CallEnded(call.id, wrap), actor="system")
    if call.direction == "internal" and call.dnis:  # the called colleague is free again
        state = book.agents.state(call.dnis)
        if state.status is AgentStatus.ON_CALL and state.call_id == call.id:
            if talk is not None:
                book.router.call_finished(call.dnis, now, talk)
            await book.agents.apply(call.dnis, sm.CallEnded(call.id, 0), actor="system")
