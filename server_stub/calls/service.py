"""AcdService: the life of a queued call. Callers join queues, the router picks agents,
offers are pushed (screen-pop) and rung, answers bridge, hang-ups close the record,
agents go to wrap-up. Writes CDRs and queue_log lines; keeps live queue metrics."""

from __future__ import annotations

import asyncio
import logging
import time
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from agent_desktop.protocol import CallRecord, Customer, EventType
from agent_desktop.protocol.quality import is_poor
from server_stub.agents.service import SUPERVISOR_ROLES, AgentService
from server_stub.calls import story
from server_stub.calls.control import CallControl
from server_stub.calls.quality import CallQuality
from server_stub.calls.queues import QueueFigures, queue_config
from server_stub.customers.service import CustomerService
from server_stub.domain import agent_state as sm
from server_stub.domain import metrics
from server_stub.domain import routing as rt
from server_stub.domain.agent_state import AgentState, AgentStatus
from server_stub.errors import (
    Conflict,
    Forbidden,
    IllegalStateTransition,
    InvalidInput,
    NotFound,
    ServiceError,
)
from server_stub.events import EventBus
from server_stub.records.queue_log import QueueLogFile, format_line, to_row
from server_stub.store import StoreRunner
from server_stub.store.base import Row, Store

log = logging.getLogger(__name__)


@dataclass
class LiveCall:
    """What the ACD keeps in memory about a call it is handling."""

    id: str
    ani: str | None
    dnis: str | None
    started_at: float
    queue: str | None = None
    queued_at: float | None = None
    position: int = 0
    agent_id: str | None = None
    offered_at: float | None = None
    answered_at: float | None = None
    on_hold_since: float | None = None
    hold_seconds: float = 0.0
    ivr_path: list[str] = field(default_factory=list)
    state: str = "ivr"
    direction: str = "inbound"
    wrap_up_seconds: float = 0.0  # outbound calls: wrap-up after the call
    transferred_by: str | None = None  # the router does not offer it back to this agent
    quality: CallQuality = field(default_factory=CallQuality)  # per leg, from the worker


class AcdService:
    def __init__(
        self,
        runner: StoreRunner,
        bus: EventBus,
        router: rt.Router,
        agents: AgentService,
        customers: CustomerService,
        control: CallControl,
        queue_log_file: QueueLogFile | None,
        clock: Callable[[], float],
    ) -> None:
        self._runner = runner
        self._bus = bus
        self._router = router
        self._agents = agents
        self._customers = customers
        self._control = control
        self._queue_log_file = queue_log_file
        self._clock = clock
        self._calls: dict[str, LiveCall] = {}
        self._q = QueueFigures()
        self._after_call_work: dict[str, tuple[str | None, float, float]] = {}
        self._timer: asyncio.TimerHandle | None = None
        agents.set_decision_handler(self._handle_decisions)
        agents.add_listener(self._on_agent_state)

    # --- configuration ---------------------------------------------------------------

    async def load(self) -> None:
        def read(s: Store) -> tuple[list[Row], list[Row]]:
            return s.list_queues(), s.list_members()

        queues, members = await self._runner.run(read)
        self._q.load(queues, members)
        key = self._counters_key()
        self._q.restore(await self._runner.run(lambda s: s.get_setting(key)))
        for q in queues:
            self._router.configure_queue(queue_config(q))
        for m in members:
            self._router.add_member(
                m["agent_id"], m["queue"], level=m["level"], position=m["position"]
            )

    def configure_queue(self, row: Row) -> None:
        """A queue was created or changed by an admin: the next routing decision uses it."""
        self._router.configure_queue(queue_config(row))
        self._q.rows[row["name"]] = row
        self._q.counters.setdefault(row["name"], metrics.QueueCounters())
        self._schedule()

    def remove_queue(self, name: str) -> None:
        """Drop a queue nobody waits in (Conflict while callers wait)."""
        if self._router.waiting(name) or any(c.queue == name for c in self._calls.values()):
            raise Conflict(
                f"queue {name} has callers now; try again when it is empty",
                field="name",
                queue=name,
            )
        self._router.remove_queue(name)
        self._q.rows.pop(name, None)
        self._q.members.pop(name, None)

    def set_skills(self, agent_id: str, skills: Sequence[Row]) -> None:
        """The agent's queues become `skills` ({queue, level, position}) at once."""
        now = self._clock()
        wanted = {s["queue"]: s for s in skills}
        for queue, members in self._q.members.items():
            if agent_id in members and queue not in wanted and not queue.startswith("agent:"):
                self._router.remove_member(agent_id, queue, now)
                members.discard(agent_id)
        for queue, skill in wanted.items():
            self._router.add_member(
                agent_id, queue, level=int(skill["level"]), position=int(skill["position"]), now=now
            )
            self._q.members.setdefault(queue, set()).add(agent_id)
        self._schedule()

    def members(self) -> list[Row]:
        """Queue memberships as rows {queue, agent_id} (live, as the router has them)."""
        return [
            {"queue": q, "agent_id": a} for q, agents in self._q.members.items() for a in agents
        ]

    def set_control(self, control: CallControl) -> None:
        self._control = control

    def queue_row(self, name: str) -> Row:
        return self._q.row(name)

    # --- call lifecycle (called by the IVR / media layer) ----------------------------

    async def call_arrived(
        self, ani: str | None, dnis: str | None, call_id: str | None = None
    ) -> LiveCall:
        now = self._clock()
        call = LiveCall(id=call_id or uuid.uuid4().hex, ani=ani, dnis=dnis, started_at=now)
        self._calls[call.id] = call
        story.arrived(call.id, ani, dnis)
        customer = await self._customers.match(ani)
        # the call is taken: a locked database holds the record back, it never refuses it
        await self._runner.defer(
            f"call {call.id} arrived",
            lambda s: s.insert_call(
                {
                    "id": call.id,
                    "direction": "inbound",
                    "state": "ivr",
                    "ani": ani,
                    "dnis": dnis,
                    "started_at": now,
                    "customer_id": customer.id if customer else None,
                }
            ),
        )
        return call

    async def enqueue(
        self, call_id: str, queue: str, priority: int = 0, ivr_path: Sequence[str] = ()
    ) -> None:
        call = self._live(call_id)
        self.queue_row(queue)
        now = self._clock()
        call.queue, call.queued_at, call.state = queue, now, "queued"
        call.ivr_path = list(ivr_path)
        try:
            decisions = self._router.enqueue(
                rt.Caller(
                    call_id=call.id,
                    queue=queue,
                    joined_at=now,
                    priority=priority,
                    ani=call.ani,
                    transferred_by=call.transferred_by,
                ),
                now,
            )
        except rt.QueueJoinRejected as exc:
            await self._finish(call, "joinempty", queue_event=("JOINEMPTY", [], queue))
            raise Conflict(f"queue {queue} refused the caller: {exc}", queue=queue) from exc
        call.position = self._router.position(call.id) or 0
        story.queued(call.id, queue, call.position)
        self._q.count(queue, metrics.record_offered)
        await self._write(
            {
                "state": "queued",
                "queue": queue,
                "queued_at": now,
                "ivr_path": ",".join(call.ivr_path),
            },
            call,
            [("ENTERQUEUE", ["", call.ani or "", call.position])],
        )
        self._queue_stats_changed(queue)
        self._publish_call(EventType.CALL_UPDATED, call)  # leads see it waiting
        await self._handle_decisions(decisions)

    async def agent_answered(self, call_id: str, agent_id: str) -> None:
        call = self._live(call_id)
        if call.agent_id != agent_id or call.state != "ringing":
            raise Conflict(f"call {call_id} is not ringing agent {agent_id}")
        now = self._clock()
        self._router.offer_answered(call_id, agent_id, now)
        await self._agents.apply(agent_id, sm.OfferAnswered(call_id), actor="system")
        call.answered_at, call.state = now, "active"
        wait = now - (call.queued_at or call.started_at)
        ring = now - (call.offered_at or now)
        story.answered(call.id, agent_id, wait)
        self._q.count(call.queue, metrics.record_answered, wait, self._q.settings(call.queue))
        await self._write(
            {"state": "active", "answered_at": now, "wait_seconds": wait},
            call,
            [("CONNECT", [int(wait), call.id, int(ring)])],
        )
        self._publish_call(EventType.CALL_ANSWERED, call)
        self._queue_stats_changed(call.queue)

    def leg_quality(
        self, call_id: str, role: str, mos_now: float, totals: Mapping[str, float]
    ) -> None:
        """A media worker measured a leg of a live call: keep the figures for the record
        (written when the call ends) and show them to leads (`call_updated`)."""
        call = self._calls.get(call_id)
        if call is None:
            return
        if call.quality.update(role, mos_now, totals):
            log.info(
                "call %s quality %s: %s MOS now %.2f (%.1f %% lost so far)",
                call.id,
                "poor" if is_poor(call.quality.mos_now) else "recovered",
                role,
                mos_now,
                totals["loss_pct"],
            )
        # on_hold as set_hold sends it: leads' tables take each call_updated as the whole truth
        self._publish_call(EventType.CALL_UPDATED, call, on_hold=call.on_hold_since is not None)

    async def agent_failed(
        self,
        call_id: str,
        agent_id: str,
        outcome: rt.OfferOutcome,
        not_ready_reason: str | None = None,
    ) -> None:
        """The agent's leg ended without an answer: no answer, busy, rejected or error.
        `not_ready_reason` pauses the agent (e.g. phone_offline: the phone is unreachable)."""
        call = self._live(call_id)
        if call.agent_id != agent_id or call.state != "ringing":
            return  # already handled (e.g. our own ring timeout)
        decisions = self._router.offer_failed(call_id, agent_id, outcome, self._clock())
        await self._offer_failed(
            call, agent_id, outcome, decisions, redispatch=True, not_ready_reason=not_ready_reason
        )

    async def caller_hung_up(self, call_id: str, cause: str = "caller_hangup") -> None:
        await self._hangup(call_id, cause, by_agent=False)

    async def agent_hung_up(self, call_id: str, cause: str = "agent_hangup") -> None:
        await self._hangup(call_id, cause, by_agent=True)

    async def set_hold(self, call_id: str, on_hold: bool, who: str | None = None) -> None:
        """Hold or resume the caller; only the call's agent (or the system) may."""
        call = self._live(call_id)
        if call.state != "active" or call.agent_id is None:
            raise Conflict(f"call {call_id} is not active")
        if who is not None and who != call.agent_id:
            raise Forbidden("only the agent on the call can hold it")
        if (call.on_hold_since is not None) == on_hold:
            return
        now = self._clock()
        await self._control.hold(call_id, on_hold)
        await self._agents.apply(call.agent_id, sm.Hold() if on_hold else sm.Unhold())
        if on_hold:
            call.on_hold_since = now
        elif call.on_hold_since is not None:
            call.hold_seconds += now - call.on_hold_since
            call.on_hold_since = None
        await self._write(
            {"hold_seconds": call.hold_seconds}, call, [("HOLD" if on_hold else "UNHOLD", [])]
        )
        self._publish_call(EventType.CALL_UPDATED, call, on_hold=on_hold)

    async def force_hangup(self, call_id: str, actor: str, supervisor: bool) -> None:
        """End a live call: its agent's hang-up button, or a lead's forced hang-up (强拆)."""
        call = self._live(call_id)
        if not supervisor and actor != call.agent_id:
            raise Forbidden("only the agent on the call, or a lead, can end it")
        cause = "agent_hangup" if actor == call.agent_id else "forced_hangup"
        if supervisor and actor != call.agent_id:
            await self._runner.run(
                lambda s: s.audit(
                    self._clock(), actor, "force_hangup", call_id, {"agent_id": call.agent_id}
                )
            )
        # The record first: the legs' own hang-up events (handled meanwhile) then find it
        # closed, instead of closing it as agent_hangup/caller_hangup (issue 21).
        await self._hangup(call_id, cause, by_agent=True)
        await self._control.hangup(call_id, cause)

    async def dial_out(
        self, agent_id: str, number: str, caller_id: str, wrap_up_seconds: float
    ) -> CallRecord:
        """Click-to-dial: the agent's phone rings first, then the customer (点击外呼)."""
        now = self._clock()
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
        await self._agents.apply(agent_id, sm.DialOut(call.id), actor=agent_id)
        self._calls[call.id] = call
        story.dialled(call.id, agent_id, number)
        customer = await self._customers.match(number)
        await self._runner.run(
            lambda s: s.insert_call(
                {
                    "id": call.id,
                    "direction": "outbound",
                    "state": "ringing",
                    "ani": caller_id,
                    "dnis": number,
                    "agent_id": agent_id,
                    "started_at": now,
                    "customer_id": customer.id if customer else None,
                }
            )
        )
        self._publish_call(EventType.CALL_UPDATED, call)
        try:
            await self._control.dial(call.id, agent_id, number, caller_id)
        except ServiceError:
            await self._hangup(call.id, "dial_failed", by_agent=True)
            raise
        return self._record(call)

    async def outbound_progress(self, call_id: str, state: str) -> None:
        """The agent answered its leg ("dialing" the customer) or the customer answered."""
        call = self._live(call_id)
        call.state = state
        fields: Row = {"state": state}
        if state == "active":
            call.answered_at = self._clock()
            fields["answered_at"] = call.answered_at
        await self._write(fields, call, [])
        self._publish_call(
            EventType.CALL_ANSWERED if state == "active" else EventType.CALL_UPDATED, call
        )

    async def _finish_outbound(self, call: LiveCall, cause: str) -> None:
        now = self._clock()
        assert call.agent_id is not None
        talk = None
        if call.answered_at is not None:
            if call.on_hold_since is not None:
                call.hold_seconds += now - call.on_hold_since
            talk = now - call.answered_at - call.hold_seconds
            self._router.call_finished(call.agent_id, now, talk)
        await self._finish(call, cause, talk=talk)
        wrap = call.wrap_up_seconds if call.answered_at is not None else 0.0
        await self._agents.apply(call.agent_id, sm.CallEnded(call.id, wrap), actor="system")

    async def transfer_to_agent(self, call_id: str, target: str, actor: str) -> None:
        """Blind transfer to one agent: the caller waits in that agent's own direct queue
        (`agent:<id>`, rung as soon as the agent is ready) and, after 30 s unanswered,
        goes back to the queue it came from."""
        call = self._live(call_id)
        self._agents.profile(target)
        if target == actor:
            raise InvalidInput("transfer to yourself")
        home = call.queue or ""
        origin = self._q.row(home)
        direct = f"agent:{target}"
        row = dict(
            origin,
            name=direct,
            display_name=f"→ {target}",
            max_wait_time=30.0,
            overflow_target=home,
            join_empty=1,
            leave_when_empty=0,
        )
        self._q.load([row], [{"queue": direct, "agent_id": target}])
        self._router.configure_queue(queue_config(row))
        self._router.add_member(target, direct)
        await self.transfer_to_queue(call_id, direct, actor)

    async def transfer_to_number(self, call_id: str, number: str, actor: str) -> None:
        """Blind transfer to an outside number (外线转接) through the trunk: the agent leaves
        for wrap-up; the call stays recorded until the caller or the far end hangs up."""
        call = self._transferable(call_id, actor)
        await self._control.transfer_to_number(call.id, number)  # the agent's leg ends too
        agent_id = await self._agent_leaves(call, number, "external", {"state": "external"})
        story.transferred(call.id, agent_id, "number", number)
        call.state = "external"
        self._publish_call(
            EventType.CALL_UPDATED, call, transferred_by=agent_id, transferred_to=number
        )
        await self._wrap_up_after_transfer(call, agent_id)

    async def transfer_to_queue(self, call_id: str, queue: str, actor: str) -> None:
        """Blind transfer (转移) of an answered inbound call to a queue: the agent leaves for
        wrap-up, the caller waits in the new queue with its music and keeps the call id."""
        call = self._transferable(call_id, actor)
        queue = self._q.resolve(queue)
        agent_id = await self._agent_leaves(call, queue, "queue", {})
        story.transferred(
            call.id,
            agent_id,
            "agent" if queue.startswith("agent:") else "queue",
            queue.removeprefix("agent:"),
        )
        await self._control.transfer_out(call.id, agent_id)
        call.answered_at, call.offered_at, call.on_hold_since, call.state = (
            None,
            None,
            None,
            "ivr",
        )
        call.transferred_by = agent_id
        self._publish_call(EventType.CALL_UPDATED, call, transferred_by=agent_id)
        await self._wrap_up_after_transfer(call, agent_id)
        await self.enqueue(call.id, queue, ivr_path=call.ivr_path)

    def _transferable(self, call_id: str, actor: str) -> LiveCall:
        call = self._live(call_id)
        if call.state != "active" or call.direction != "inbound" or call.agent_id is None:
            raise Conflict(f"call {call_id} is not an answered inbound call")
        if actor != call.agent_id:
            raise Forbidden("only the agent on the call can transfer it")
        return call

    async def _agent_leaves(self, call: LiveCall, target: str, kind: str, fields: Row) -> str:
        """The transferring agent's part ends: router figures, CDR talk time, queue_log
        BLINDTRANSFER. Returns the agent, who is no longer on the call."""
        assert call.agent_id is not None
        now = self._clock()
        agent_id, answered_at = call.agent_id, call.answered_at or now
        talk = now - answered_at - call.hold_seconds
        self._router.call_finished(agent_id, now, talk)
        wait = answered_at - (call.queued_at or call.started_at)
        await self._write(
            dict(fields, talk_seconds=talk),
            call,
            [("BLINDTRANSFER", [target, kind, int(wait), int(talk), call.position])],
        )
        call.agent_id = None
        return agent_id

    async def _wrap_up_after_transfer(self, call: LiveCall, agent_id: str) -> None:
        await self._agents.apply(
            agent_id, sm.CallEnded(call.id, self._q.wrap_up(call.queue)), actor=agent_id
        )

    async def play(self, call_id: str, path: str, actor: str) -> None:
        """The call's agent plays a voice snippet to the caller (and hears it too)."""
        call = self._live(call_id)
        if call.state != "active" or actor != call.agent_id:
            raise Forbidden("only the agent on an answered call can play into it")
        await self._control.play(call_id, path)

    async def monitor(self, call_id: str, lead_id: str, mode: str | None, announce: bool) -> None:
        """Start, switch (mode) or stop (None) a lead's monitoring of a live call; audited."""
        call = self._live(call_id)
        if mode is None:
            await self._control.unmonitor(call_id, lead_id)
        else:
            await self._control.monitor(call_id, lead_id, mode)
        story.monitored(call_id, lead_id, mode, call.agent_id)
        await self._runner.run(
            lambda s: s.audit(
                self._clock(),
                lead_id,
                f"monitor_{mode or 'stop'}",
                call_id,
                {"agent_id": call.agent_id, "queue": call.queue},
            )
        )
        if announce and call.agent_id:
            self._bus.publish(
                EventType.CALL_MONITORED,
                {"call_id": call_id, "by": lead_id, "mode": mode},
                agents=[call.agent_id],
            )

    def transfer_queues(self) -> list[Row]:
        """Configured queues a caller can be transferred to (not agents' direct queues)."""
        return [row for name, row in sorted(self._q.rows.items()) if not name.startswith("agent:")]

    def live(self, call_id: str) -> CallRecord:
        return self._record(self._live(call_id))

    def live_calls(self) -> list[CallRecord]:
        return [self._record(c) for c in self._calls.values()]

    # --- internals -------------------------------------------------------------------

    def _live(self, call_id: str) -> LiveCall:
        try:
            return self._calls[call_id]
        except KeyError:
            raise NotFound(f"no live call {call_id}", call_id=call_id) from None

    async def _hangup(self, call_id: str, cause: str, by_agent: bool) -> None:
        call = self._calls.get(call_id)
        if call is None:
            return
        now = self._clock()
        if call.direction == "outbound":
            await self._finish_outbound(call, cause)
        elif call.state in ("queued", "ringing"):
            pos = self._router.position(call_id) or call.position
            wait = now - (call.queued_at or call.started_at)
            if call.state == "ringing" and call.agent_id:
                # The agent's state first: once the router frees the agent it may offer
                # it the next caller, which needs the agent READY again.
                await self._agents.apply(call.agent_id, sm.OfferCancelled(call.id), "system")
                await self._control.cancel_ring(call.id, call.agent_id)
            self._router.abandon(call_id, now)
            # The caller left unserved: an abandon when they hung up, else the cause (e.g.
            # worker_lost) in the record; queue_log says ABANDON either way, as Asterisk does.
            if cause == "caller_hangup":
                self._q.count(
                    call.queue, metrics.record_abandoned, wait, self._q.settings(call.queue)
                )
            await self._finish(
                call,
                "abandoned" if cause == "caller_hangup" else cause,
                wait=wait,
                queue_event=("ABANDON", [pos, call.position, int(wait)], None),
            )
        elif call.state == "active":
            await self._finish_active(call, cause, by_agent, now)
        else:
            await self._finish(call, cause)
        self._schedule()

    async def _finish_active(self, call: LiveCall, cause: str, by_agent: bool, now: float) -> None:
        assert call.agent_id is not None and call.answered_at is not None
        if call.on_hold_since is not None:
            call.hold_seconds += now - call.on_hold_since
        talk = now - call.answered_at - call.hold_seconds
        wait = call.answered_at - (call.queued_at or call.started_at)
        self._router.call_finished(call.agent_id, now, talk)
        wrap = self._q.wrap_up(call.queue)
        # AHT counts the call when its wrap-up completes (see _on_agent_state).
        self._after_call_work[call.agent_id] = (call.queue, talk, call.hold_seconds)
        event = "COMPLETEAGENT" if by_agent else "COMPLETECALLER"
        await self._finish(
            call,
            cause,
            talk=talk,
            wait=wait,
            queue_event=(event, [int(wait), int(talk), call.position], None),
        )
        await self._agents.apply(call.agent_id, sm.CallEnded(call.id, wrap), actor="system")

    async def _finish(
        self,
        call: LiveCall,
        cause: str,
        *,
        wait: float | None = None,
        talk: float | None = None,
        queue_event: tuple[str, list[Any], str | None] | None = None,
    ) -> None:
        now = self._clock()
        call.state = "ended"
        self._calls.pop(call.id, None)
        story.ended(call.id, cause, call.agent_id, talk)
        fields: Row = {
            "state": "ended",
            "ended_at": now,
            "end_cause": cause,
            "hold_seconds": call.hold_seconds or None,
            **call.quality.fields,
        }
        if wait is not None:
            fields["wait_seconds"] = wait
        if talk is not None:
            fields["talk_seconds"] = talk
        events = [(queue_event[0], queue_event[1])] if queue_event else []
        await self._write(fields, call, events, queue=queue_event[2] if queue_event else None)
        self._publish_call(EventType.CALL_ENDED, call, end_cause=cause)
        self._queue_stats_changed(call.queue)

    async def _handle_decisions(self, decisions: Sequence[Any]) -> None:
        for decision in decisions:
            try:
                if isinstance(decision, rt.Offer):
                    await self._offer(decision)
                elif isinstance(decision, rt.OfferTimedOut):
                    call = self._calls.get(decision.call_id)
                    if call is not None and call.agent_id == decision.agent_id:
                        await self._control.cancel_ring(call.id, decision.agent_id)
                        await self._offer_failed(
                            call, decision.agent_id, rt.OfferOutcome.NO_ANSWER, decisions
                        )
                elif isinstance(decision, rt.Overflow):
                    await self._overflow(decision)
                # AgentMaxNoAnswer is read by _offer_failed next to the failure it belongs to.
            except Exception:
                log.exception("routing decision %r failed", decision)
        self._schedule()

    async def _offer(self, offer: rt.Offer) -> None:
        call = self._calls.get(offer.call_id)
        if call is None:
            return
        now = self._clock()
        try:
            await self._agents.apply(offer.agent_id, sm.Offer(call.id), actor="system")
        except IllegalStateTransition:
            # The agent changed state between the router's choice and now: withdraw the
            # offer; the caller keeps its place and is matched again (timer due now).
            log.info(
                "offer of %s to agent %s withdrawn: agent no longer ready", call.id, offer.agent_id
            )
            self._router.agent_unavailable(offer.agent_id, now)
            return
        call.agent_id, call.offered_at, call.state = offer.agent_id, now, "ringing"
        story.offered(call.id, offer.agent_id, offer.queue, offer.ring_timeout)
        # The screen-pop read overlaps the CDR write; the offer goes out after both.
        pop = asyncio.ensure_future(self._customers.screen_pop(call.ani, 10))
        try:
            await self._write({"state": "ringing", "agent_id": offer.agent_id}, call, [])
        except BaseException:
            pop.cancel()
            raise
        customer, history = await pop
        self._push_offer(call, offer, customer, history)
        self._bus.publish(
            EventType.CALL_UPDATED,
            self._record(call).model_dump(mode="json"),
            roles=SUPERVISOR_ROLES,
        )  # the agent has call_offered
        await self._control.ring_agent(
            call.id,
            offer.agent_id,
            offer.ring_timeout,
            {"X-Call-Id": call.id, "X-Queue": offer.queue},
        )

    def _push_offer(
        self,
        call: LiveCall,
        offer: rt.Offer,
        customer: Customer | None,
        history: Sequence[CallRecord],
    ) -> None:
        """The screen-pop: everything the desktop shows while it rings."""
        self._bus.publish(
            EventType.CALL_OFFERED,
            {
                "call": self._record(call).model_dump(mode="json"),
                "queue": offer.queue,
                "ring_timeout": offer.ring_timeout,
                "wait_seconds": self._clock() - (call.queued_at or call.started_at),
                "ivr_path": call.ivr_path,
                "customer": customer.model_dump(mode="json") if customer else None,
                "history": [h.model_dump(mode="json") for h in history],
            },
            agents=[offer.agent_id],
        )

    async def _offer_failed(
        self,
        call: LiveCall,
        agent_id: str,
        outcome: rt.OfferOutcome,
        decisions: Sequence[Any],
        redispatch: bool = False,
        not_ready_reason: str | None = None,
    ) -> None:
        """Log the failed offer and apply it to the agent; `decisions` came with the failure."""
        max_reached = any(
            isinstance(d, rt.AgentMaxNoAnswer) and d.agent_id == agent_id for d in decisions
        )
        ring_ms = int((self._clock() - (call.offered_at or self._clock())) * 1000)
        call.agent_id, call.offered_at, call.state = None, None, "queued"
        story.missed(call.id, agent_id, outcome.value, max_reached)
        reason = not_ready_reason or ("no_answer" if max_reached else None)
        await self._agents.apply(agent_id, sm.OfferFailed(call.id, reason), actor="system")
        await self._write(
            {"state": "queued", "agent_id": None},
            call,
            [("RINGNOANSWER", [ring_ms])],
            agent=agent_id,
        )
        if redispatch:
            await self._handle_decisions(decisions)

    async def _overflow(self, decision: rt.Overflow) -> None:
        call = self._calls.get(decision.call_id)
        if call is None:
            return
        wait = self._clock() - (call.queued_at or call.started_at)
        event = "EXITWITHTIMEOUT" if decision.reason == "timeout" else "EXITEMPTY"
        story.overflowed(call.id, call.queue, decision.target, str(decision.reason))
        self._q.count(call.queue, metrics.record_overflowed)
        await self._write({}, call, [(event, [call.position, call.position, int(wait)])])
        target = decision.target
        if target and target in self._q.rows and target != call.queue:
            await self.enqueue(call.id, target, ivr_path=call.ivr_path)
        elif target:
            await self._control.overflow(call.id, target)
        else:
            await self._control.hangup(call.id, f"overflow_{decision.reason}")
            await self._finish(call, f"overflow_{decision.reason}", wait=wait)

    def _schedule(self) -> None:
        """Arm one timer at the router's next deadline (ring timeouts, delays, max wait)."""
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        deadline = self._router.next_deadline()
        if deadline is None:
            return
        loop = asyncio.get_running_loop()
        delay = max(0.0, deadline - self._clock())
        self._timer = loop.call_later(delay, lambda: loop.create_task(self._advance()))

    async def _advance(self) -> None:
        self._timer = None
        await self._handle_decisions(self._router.advance(self._clock()))

    async def _write(
        self,
        fields: Row,
        call: LiveCall,
        queue_events: list[tuple[str, list[Any]]],
        agent: str | None = None,
        queue: str | None = None,
    ) -> None:
        """Update the CDR and append queue_log lines in one transaction, then the file."""
        now = self._clock()
        q = queue or call.queue or "NONE"
        who = agent or call.agent_id or "NONE"
        rows = [to_row(now, call.id, q, who, ev, data) for ev, data in queue_events]
        lines = [format_line(now, call.id, q, who, ev, data) for ev, data in queue_events]

        qlog = self._queue_log_file

        def write(s: Store) -> None:
            with s.transaction():
                if fields:
                    s.update_call(call.id, fields)
                for row in rows:
                    s.append_queue_log(row)
            if qlog is not None:  # after the commit, on the same (writer) thread
                for line in lines:
                    qlog.append(line)

        # A decision already taken in memory: written now, or in order once a lock clears.
        what = f"call {call.id} " + (",".join(ev for ev, _ in queue_events) or "update")
        await self._runner.defer(what, write)

    def _record(self, call: LiveCall) -> CallRecord:
        return CallRecord(
            id=call.id,
            direction=call.direction,  # type: ignore[arg-type]
            state=call.state,  # type: ignore[arg-type]
            ani=call.ani,
            dnis=call.dnis,
            queue=call.queue,
            agent_id=call.agent_id,
            started_at=call.started_at,
            answered_at=call.answered_at,
            mos_now=call.quality.mos_now,
        ).model_copy(update=call.quality.fields)

    def _publish_call(self, type_: EventType, call: LiveCall, **extra: Any) -> None:
        data = dict(self._record(call).model_dump(mode="json"), **extra)
        agents = [call.agent_id] if call.agent_id else []
        self._bus.publish(type_, data, agents=agents, roles=SUPERVISOR_ROLES)

    async def _on_agent_state(self, old: AgentState, new: AgentState) -> None:
        """Follow agent changes the ACD did not make itself.

        A ringing agent set not ready or signed out (by a lead, or itself) loses the offer:
        the router has already put the caller back; stop the ring. A finished wrap-up
        completes the handled call: talk + hold + wrap-up for AHT. Any change of status
        re-publishes the figures of every queue the agent serves, so leads' "agents by
        state" counts follow the agents (not only the queue a call came from).
        """
        if old.status is not new.status:
            for queue in self._q.queues_of(new.agent_id):
                self._publish_queue_stats(queue)  # counts only: no counter changed
        away = (AgentStatus.NOT_READY, AgentStatus.LOGGED_OUT)
        if old.status is AgentStatus.RESERVED and new.status in away:
            ringing = [
                c
                for c in self._calls.values()
                if c.agent_id == new.agent_id and c.state == "ringing"
            ]
            for call in ringing:  # update before any await: the router may re-offer now
                call.agent_id, call.offered_at, call.state = None, None, "queued"
            for call in ringing:
                await self._control.cancel_ring(call.id, new.agent_id)
                await self._write(
                    {"state": "queued", "agent_id": None},
                    call,
                    [("RINGCANCELED", [0])],
                    agent=new.agent_id,
                )
        if old.status is AgentStatus.WRAP_UP and new.status is not AgentStatus.WRAP_UP:
            pending = self._after_call_work.pop(new.agent_id, None)
            if pending is not None:
                queue, talk, hold = pending
                self._q.count(queue, metrics.record_handled, talk, hold, new.since - old.since)
                self._queue_stats_changed(queue)

    # --- queue figures ---------------------------------------------------------------

    def queue_stats(self, queue: str) -> dict[str, Any]:
        self.queue_row(queue)
        return self._q.stats(
            queue, self._router.waiting(queue), self._agents.all_states(), self._clock()
        )

    def _counters_key(self) -> str:
        return "queue_counters:" + time.strftime("%Y-%m-%d", time.localtime(self._clock()))

    def _queue_stats_changed(self, queue: str | None) -> None:
        if queue and queue in self._q.rows:
            key, snapshot = self._counters_key(), self._q.snapshot()
            asyncio.get_running_loop().create_task(
                self._runner.defer("queue counters", lambda s: s.set_setting(key, snapshot))
            )
            self._publish_queue_stats(queue)

    def _publish_queue_stats(self, queue: str) -> None:
        self._bus.publish(
            EventType.QUEUE_STATS_UPDATED, self.queue_stats(queue), roles=SUPERVISOR_ROLES
        )

    async def end_live_calls(self, cause: str) -> int:
        """A clean stop (issue 21): hang up every live call and close its record with
        `cause` (queue_log and agent states as for any other end). Returns how many."""
        ended = 0
        for call_id, call in list(self._calls.items()):
            try:
                talking = call.agent_id if call.answered_at is not None else None
                # The record first: the legs' own hang-up events then find it closed.
                await self._hangup(call_id, cause, by_agent=False)
                await self._control.hangup(call_id, cause)
                ended += 1
                if talking is not None:
                    # Not held in wrap-up across the restart (a queue may require a
                    # disposition to leave it): not ready server_restart, as after a crash.
                    await self._agents.apply(
                        talking, sm.ForceNotReady("server_restart"), actor="system"
                    )
            except Exception:
                log.exception("ending call %s (%s) failed", call_id, cause)
        return ended

    def close(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
