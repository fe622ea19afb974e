"""AcdService: the life of a queued call. Callers join queues, the router picks agents,
offers are pushed (screen-pop) and rung, answers bridge, hang-ups close the record,
agents go to wrap-up; queue configuration and live figures. Transfers, click-to-dial and
monitoring live next to it (`transfers.py`, `outbound.py`, `monitoring.py`)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import uuid
from collections.abc import Mapping, Sequence
from typing import Any

from agent_desktop.protocol import CallRecord
from agent_desktop.protocol.quality import is_poor
from server_stub.calls import story
from server_stub.calls.live import LiveCall, LiveCalls
from server_stub.calls.outbound import end_outbound
from server_stub.calls.queues import queue_config
from server_stub.domain import agent_state as sm
from server_stub.domain import metrics
from server_stub.domain import queue_announcements as announcements
from server_stub.domain import routing as rt
from server_stub.domain.agent_state import AgentState, AgentStatus
from server_stub.errors import Conflict, Forbidden, IllegalStateTransition, NotFound
from server_stub.integration.url_pop import offer_pop
from server_stub.records.calls import new_call_row
from server_stub.store import flows as flow_store
from server_stub.store import webhooks as hooks_store
from server_stub.store.base import Row, Store

log = logging.getLogger(__name__)


class AcdService:
    def __init__(self, book: LiveCalls) -> None:
        self._book = book
        self._runner = book.runner
        self._router = book.router
        self._agents = book.agents
        self._customers = book.customers
        self._clock = book.clock
        self._calls = book.calls
        self._q = book.figures
        # agent -> (queue, talk, hold, its part's call_legs row or None, counts the call,
        # its wrap-up is the call row's)
        self._after_call_work: dict[
            str, tuple[str | None, float, float, str | None, bool, bool]
        ] = {}
        self._timer: asyncio.TimerHandle | None = None
        book.agents.set_decision_handler(self._handle_decisions)
        book.agents.add_listener(self._on_agent_state)

    # --- configuration ---------------------------------------------------------------

    async def load(self) -> None:
        def read(s: Store) -> tuple[list[Row], list[Row]]:
            return s.list_queues(), s.list_members()

        queues, members = await self._runner.run(read)
        self._q.load(queues, members)
        key = self._book.counters_key()
        self._q.restore(await self._runner.run(lambda s: s.get_setting(key)))
        for q in queues:
            self._router.configure_queue(queue_config(q))
        for m in members:
            self._router.add_member(
                m["agent_id"], m["queue"], level=m["level"], position=m["position"]
            )

    def adopt(self, rows: Sequence[Row]) -> None:
        """Answered calls a restart took back (`telephony.takeback`): live again, as
        they were when the previous run died; their agents are busy on them."""
        now = self._clock()
        for row in rows:
            call = LiveCall(
                id=str(row["id"]),
                ani=row.get("ani"),
                dnis=row.get("dnis"),
                started_at=float(row["started_at"]),
                queue=row.get("queue"),
                queued_at=row.get("queued_at"),
                agent_id=str(row["agent_id"]),
                answered_at=float(row["answered_at"]),
                hold_seconds=float(row.get("hold_seconds") or 0.0),
                state="active",
            )
            with contextlib.suppress(NotFound):
                if self._agents.state(str(row["agent_id"])).on_hold:
                    # still on hold in the worker; the hold counts again from now
                    call.on_hold_since = now
            self._calls[call.id] = call
            self._router.agent_unavailable(str(row["agent_id"]), now, busy=True)
            story.taken_back(call.id, str(row["agent_id"]))

    async def end_for_agent_after_restart(
        self, agent_id: str, call_id: str, queue: str | None
    ) -> None:
        """A call that ended while no coordinator ran (issue 19: its worker saw the hang-up
        in its hold-over): its agent, still on it, goes to the queue's wrap-up as after
        any hang-up."""
        state = self._agents.state(agent_id)
        if state.status is not AgentStatus.ON_CALL or state.call_id != call_id:
            return
        await self._agents.apply(
            agent_id, sm.CallEnded(call_id, self._q.wrap_up(queue)), actor="system"
        )
        log.info(
            "agent %s: call %s ended during the coordinator restart: wrap-up", agent_id, call_id
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

    @property
    def book(self) -> LiveCalls:
        """The live calls, shared with the call modules next to the ACD."""
        return self._book

    def queue_row(self, name: str) -> Row:
        return self._q.row(name)

    # --- call lifecycle (called by the IVR / media layer) ----------------------------

    async def call_arrived(
        self, ani: str | None, dnis: str | None, call_id: str | None = None, where: str = ""
    ) -> LiveCall:
        now = self._clock()
        call = LiveCall(id=call_id or uuid.uuid4().hex, ani=ani, dnis=dnis, started_at=now)
        self._calls[call.id] = call
        story.arrived(call.id, ani, dnis, where)
        customer = await self._customers.match(ani)
        # the call is taken: a locked database holds the record back, it never refuses it
        await self._runner.defer(
            f"call {call.id} arrived",
            lambda s: s.insert_call(
                new_call_row(
                    call.id, "inbound", "ivr", ani, dnis, now, customer.id if customer else None
                )
            ),
        )
        return call

    async def enqueue(
        self, call_id: str, queue: str, priority: int = 0, ivr_path: Sequence[str] = ()
    ) -> None:
        call = self._book.get(call_id)
        self.queue_row(queue)
        now = self._clock()
        if queue.startswith("agent:"):  # the queue the caller came from, for people
            call.home_queue = self._q.rows.get(queue, {}).get("overflow_target") or call.home_queue
        call.queue, call.queued_at, call.state = queue, now, "queued"
        call.ivr_path = list(ivr_path)
        priority = priority or call.priority
        call.priority = priority
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
            await self._book.finish(call, "joinempty", queue_event=("JOINEMPTY", [], queue))
            raise Conflict(f"queue {queue} refused the caller: {exc}", queue=queue) from exc
        call.position = self._router.position(call.id) or 0
        story.queued(call.id, queue, call.position)
        # Offered once in each queue people know it by (a transfer to another queue is
        # offered there too; a re-queue or a transfer to an agent is not offered again),
        # as the queues report counts it (store/reports.queue_offers).
        shown = call.shown_queue or queue
        if shown not in call.offered_in:
            call.offered_in.add(shown)
            self._q.count(shown, metrics.record_offered)
        await self._book.write(
            {
                "state": "queued",
                "queue": call.shown_queue,
                "queued_at": now,
                "ivr_path": ",".join(call.ivr_path),
            },
            call,
            [("ENTERQUEUE", ["", call.ani or "", call.position])],
        )
        self._book.queue_stats_changed(queue)
        self._book.notify.updated(self._book.record(call))  # leads see it waiting
        await self._handle_decisions(decisions)

    async def last_agent(self, number: str, queue: str, days: float) -> str | None:
        """来电记忆: the agent who last answered `number` within `days`, if that agent
        works in `queue` and is signed in now."""
        since = self._clock() - days * 86400
        agent_id = await self._runner.run(lambda s: flow_store.last_agent_of(s, number, since))
        if agent_id is None:
            return None
        if agent_id not in self._q.members.get(queue, set()):
            return None
        state = next((a for a in self._agents.all_states() if a.agent_id == agent_id), None)
        if state is None or state.status is AgentStatus.LOGGED_OUT:
            return None
        return agent_id

    async def enqueue_callback(
        self,
        call_id: str,
        queue: str,
        number: str,
        dnis: str | None,
        joined_at: float,
        priority: int = 0,
    ) -> None:
        """回电: a callback the caller left, offered to the queue's agents like a call, in the
        place the caller had (`joined_at`: when they first joined the queue). Its record is
        a new call `call_id` (the customer's number as `ani`). Conflict when the queue
        refuses it (the record ends `callback_not_queued`)."""
        self.queue_row(queue)
        now = self._clock()
        call = LiveCall(id=call_id, ani=number, dnis=dnis, started_at=now)
        call.queue, call.queued_at, call.state = queue, joined_at, "queued"
        call.priority = priority
        customer = await self._customers.match(number)
        self._calls[call.id] = call
        row = new_call_row(
            call.id, "inbound", "queued", number, dnis, now, customer.id if customer else None
        )
        row.update(queue=queue, queued_at=joined_at, ivr_path="callback")
        await self._runner.defer(f"callback {call.id} queued", lambda s: s.insert_call(row))
        try:
            decisions = self._router.enqueue(
                rt.Caller(call_id=call.id, queue=queue, joined_at=joined_at, priority=priority),
                now,
            )
        except rt.QueueJoinRejected as exc:
            await self._book.finish(call, "callback_not_queued")
            raise Conflict(f"queue {queue} refused the callback: {exc}", queue=queue) from exc
        call.position = self._router.position(call.id) or 0
        log.info(
            "call %s: callback to %s queued in %s at position %d (place kept from %.0f s ago)",
            call.id,
            story.masked(number),
            queue,
            call.position,
            now - joined_at,
        )
        self._book.queue_stats_changed(queue)
        self._book.notify.updated(self._book.record(call))
        await self._handle_decisions(decisions)

    async def agent_answered(self, call_id: str, agent_id: str) -> None:
        call = self._book.get(call_id)
        ringing = call.agent_id == agent_id or agent_id in call.also_ringing
        if not ringing or call.state != "ringing":
            raise Conflict(f"call {call_id} is not ringing agent {agent_id}")
        now = self._clock()
        # ring-all: the first agent to answer takes the call; the others' rings stop (their
        # state first: once the router frees them it may offer them the next caller).
        others = [a for a in (call.agent_id, *call.also_ringing) if a and a != agent_id]
        call.agent_id, call.also_ringing = agent_id, []
        for other in others:
            await self._agents.apply(other, sm.OfferCancelled(call_id), actor="system")
        if not call.picked_up:  # a picked-up call left the router; its agent is on it
            self._router.offer_answered(call_id, agent_id, now)
            await self._agents.apply(agent_id, sm.OfferAnswered(call_id), actor="system")
        for other in others:
            story.withdrawn(call.id, other, agent_id)
            await self._book.control.cancel_ring(call.id, other)
        if others:
            self._schedule()
        call.answered_at, call.state = now, "active"
        wait = now - (call.queued_at or call.started_at)
        ring = now - (call.offered_at or now)
        story.answered(call.id, agent_id, wait)
        self._q.count(call.queue, metrics.record_answered, wait, self._q.settings(call.queue))
        await self._book.write(
            {"state": "active", "answered_at": now, "wait_seconds": wait, "agent_id": agent_id},
            call,
            [("CONNECT", [int(wait), call.id, int(ring)])],
        )
        self._book.notify.answered(self._book.record(call))
        self._book.queue_stats_changed(call.queue)

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
        self._book.notify.quality(self._book.record(call), on_hold=call.on_hold_since is not None)

    async def agent_failed(
        self,
        call_id: str,
        agent_id: str,
        outcome: rt.OfferOutcome,
        not_ready_reason: str | None = None,
    ) -> None:
        """The agent's leg ended without an answer: no answer, busy, rejected or error.
        `not_ready_reason` pauses the agent (e.g. phone_offline: the phone is unreachable)."""
        call = self._book.get(call_id)
        if call.state == "ringing" and call.also_ringing and not call.picked_up:
            if agent_id in call.also_ringing or agent_id == call.agent_id:
                # ring-all: this agent is out; the caller keeps ringing the others
                await self._ringer_failed(call, agent_id, outcome, not_ready_reason)
            return
        if call.agent_id != agent_id or call.state != "ringing":
            return  # already handled (e.g. our own ring timeout)
        if call.picked_up:  # my pickup did not reach my phone: the caller queues again
            call.picked_up, call.agent_id, call.offered_at = False, None, None
            await self._agents.apply(agent_id, sm.CallEnded(call_id, 0), actor="system")
            story.missed(call.id, agent_id, outcome.value, False)
            await self.enqueue(call_id, call.queue or "", ivr_path=call.ivr_path)
            return
        decisions = self._router.offer_failed(call_id, agent_id, outcome, self._clock())
        await self._offer_failed(
            call, agent_id, outcome, decisions, redispatch=True, not_ready_reason=not_ready_reason
        )

    async def _ringer_failed(
        self,
        call: LiveCall,
        agent_id: str,
        outcome: rt.OfferOutcome,
        not_ready_reason: str | None = None,
        decisions: Sequence[Any] | None = None,
    ) -> None:
        """ring-all: one of the agents ringing for the caller did not take it (declined,
        no answer, phone unreachable); the others go on ringing."""
        if agent_id == call.agent_id:
            call.agent_id = call.also_ringing.pop(0)
        else:
            call.also_ringing.remove(agent_id)
        if decisions is None:
            try:
                decisions = self._router.offer_failed(call.id, agent_id, outcome, self._clock())
            except rt.StaleOffer:
                decisions = []
            redispatch = True
        else:
            redispatch = False
        max_reached = any(
            isinstance(d, rt.AgentMaxNoAnswer) and d.agent_id == agent_id for d in decisions
        )
        story.missed(call.id, agent_id, outcome.value, max_reached, 1 + len(call.also_ringing))
        reason = not_ready_reason or ("no_answer" if max_reached else None)
        await self._agents.apply(agent_id, sm.OfferFailed(call.id, reason), actor="system")
        if redispatch:
            await self._handle_decisions(decisions)

    async def caller_hung_up(self, call_id: str, cause: str = "caller_hangup") -> None:
        await self._hangup(call_id, cause, by_agent=False)

    async def agent_hung_up(self, call_id: str, cause: str = "agent_hangup") -> None:
        await self._hangup(call_id, cause, by_agent=True)

    async def set_hold(self, call_id: str, on_hold: bool, who: str | None = None) -> None:
        """Hold or resume the caller; only the call's agent (or the system) may."""
        call = self._book.get(call_id)
        if call.state != "active" or call.agent_id is None:
            raise Conflict(f"call {call_id} is not active")
        if who is not None and who != call.agent_id:
            raise Forbidden("only the agent on the call can hold it")
        if self._book.consults is not None and self._book.consults.consulting(call_id):
            raise Conflict(
                f"call {call_id} has a consult in progress: swap, or go back to the caller"
            )
        if (call.on_hold_since is not None) == on_hold:
            return
        now = self._clock()
        await self._book.control.hold(call_id, on_hold)
        await self._agents.apply(call.agent_id, sm.Hold() if on_hold else sm.Unhold())
        held_for: float | None = None
        if on_hold:
            call.on_hold_since = now
        elif call.on_hold_since is not None:
            held_for = now - call.on_hold_since
            call.hold_seconds += held_for
            call.on_hold_since = None
        story.held(call_id, call.agent_id, on_hold, held_for)
        await self._book.write(
            {"hold_seconds": call.hold_seconds}, call, [("HOLD" if on_hold else "UNHOLD", [])]
        )
        self._book.notify.updated(self._book.record(call), on_hold=on_hold)

    async def force_hangup(self, call_id: str, actor: str, supervisor: bool) -> None:
        """End a live call: its agent's hang-up button, or a lead's forced hang-up (强拆)."""
        call = self._book.get(call_id)
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
        await self._book.control.hangup(call_id, cause)

    async def play(self, call_id: str, path: str, actor: str) -> None:
        """The call's agent plays a voice snippet to the caller (and hears it too)."""
        call = self._book.get(call_id)
        if call.state != "active" or actor != call.agent_id:
            raise Forbidden("only the agent on an answered call can play into it")
        await self._book.control.play(call_id, path)

    async def pickup(self, call_id: str, agent_id: str) -> None:
        """Pickup (代答): a call ringing a colleague rings me instead (I serve its queue
        and am not on a call). The colleague's offer is cancelled (ready again, queue_log
        RINGCANCELED), the caller leaves the router and my phone rings with the
        screen-pop; if it does not reach me the caller queues again."""
        call = self._book.get(call_id)
        if call.state != "ringing" or call.agent_id is None or call.direction != "inbound":
            raise Conflict(f"call {call_id} is not ringing an agent", call_id=call_id)
        ringing = call.agent_id
        if ringing == agent_id:
            raise Conflict("the call is ringing your own phone: answer it")
        if not self.may_pick_up(call, agent_id):
            log.info(
                "call %s: pickup by %s refused: not in queue %s nor in %s's team",
                call_id,
                agent_id,
                call.shown_queue,
                ringing,
            )
            raise Forbidden(
                f"call {call_id} rings {ringing}, who is not in your team, in queue "
                f"{call.shown_queue}, which you do not serve: only the agents of its queue "
                "or of the ringing agent's team can pick it up",
                call_id=call_id,
            )
        state = self._agents.state(agent_id)
        if state.status not in (AgentStatus.READY, AgentStatus.NOT_READY):
            raise Conflict(
                f"you are {state.status.value.replace('_', ' ')}: finish that first",
                state=state.status.value,
            )
        now = self._clock()
        ring_ms = int((now - (call.offered_at or now)) * 1000)
        call.agent_id, call.offered_at, call.picked_up = agent_id, now, True
        await self._agents.apply(agent_id, sm.DialOut(call_id), actor=agent_id)
        others, call.also_ringing = call.also_ringing, []  # ring-all: every ring stops
        for other in (ringing, *others):
            await self._agents.apply(other, sm.OfferCancelled(call_id), actor="system")
            await self._book.control.cancel_ring(call_id, other)
        self._router.abandon(call_id, now)  # leaves the queue; the colleague is free again
        story.picked_up(call_id, agent_id, ringing)
        await self._book.write(
            {"agent_id": agent_id}, call, [("RINGCANCELED", [ring_ms])], agent=ringing
        )
        customer, history = await self._customers.screen_pop(call.ani, 10)
        ring = float(self._q.rows.get(call.queue or "", {}).get("ring_timeout") or 30.0)
        self._book.notify.offered(
            self._book.record(call),
            agent_id,
            call.shown_queue or "",
            ring,
            now - (call.queued_at or call.started_at),
            call.ivr_path,
            customer,
            history,
            transferred_by=call.transferred_by,  # a transferred caller keeps its note
            note=call.transfer_note if call.transferred_by else "",
        )
        await self._book.control.ring_agent(
            call_id,
            agent_id,
            ring,
            {"X-Call-Id": call_id, "X-Queue": call.queue or "", "X-Pickup": ringing},
        )
        self._schedule()

    def may_pick_up(self, call: LiveCall, agent_id: str) -> bool:
        """The pickup rule (代答): I serve the ringing call's queue (the queue it came from
        when it rings in an agent's direct queue), or I am in the ringing agent's team.
        The `pickup` permission of my role is checked by the endpoint."""
        queues = {call.queue or "", call.shown_queue or ""}
        if any(agent_id in self._q.members.get(q, set()) for q in queues if q):
            return True
        if call.agent_id is None:
            return False
        profiles = {p["agent_id"]: p for p in self._agents.profiles()}
        mine = (profiles.get(agent_id) or {}).get("team")
        theirs = (profiles.get(call.agent_id) or {}).get("team")
        return bool(mine) and mine == theirs

    def after_call(
        self,
        agent_id: str,
        queue: str | None,
        talk: float,
        hold: float,
        leg_id: str | None = None,
        counts_call: bool = True,
        owns_record: bool = False,
    ) -> None:
        """The agent's part of a call ended (attended transfer, take over, blind transfer):
        its talk and hold join AHT when its wrap-up completes. `leg_id`: its `call_legs`
        row, which gets the wrap-up (the call's own row belongs to whoever finishes it).
        `counts_call`: False when another agent goes on with the call in the same queue,
        which then counts it handled once (this part adds its time only: no call counted
        twice). `owns_record`: nobody else finishes the call (to a number), so its wrap-up
        is also the call row's."""
        self._after_call_work[agent_id] = (queue, talk, hold, leg_id, counts_call, owns_record)

    def wait_estimate(self, call_id: str) -> tuple[int, float] | None:
        """(position, expected wait in seconds) of a caller waiting in a queue, or None
        when it is not waiting (the estimator: `domain.queue_announcements`)."""
        call = self._calls.get(call_id)
        position = self._router.position(call_id)
        if call is None or not call.queue or not position:
            return None
        stats = self._book.queue_stats(call.queue)
        staffed = announcements.staffed(stats["agents_by_state"])
        return position, announcements.expected_wait(position, stats["aht"], staffed)

    def live(self, call_id: str) -> CallRecord:
        return self._book.record(self._book.get(call_id))

    def live_calls(self) -> list[CallRecord]:
        return [self._book.record(c) for c in self._calls.values()]

    # --- internals -------------------------------------------------------------------

    async def _hangup(self, call_id: str, cause: str, by_agent: bool) -> None:
        call = self._calls.get(call_id)
        if call is None:
            return
        now = self._clock()
        if call.direction in ("outbound", "internal"):
            await end_outbound(self._book, call, cause)
        elif call.state in ("queued", "ringing"):
            pos = self._router.position(call_id) or call.position
            wait = now - (call.queued_at or call.started_at)
            if call.state == "ringing" and call.agent_id:
                # The agent's state first: once the router frees the agent it may offer
                # it the next caller, which needs the agent READY again.
                ended = sm.CallEnded(call.id, 0) if call.picked_up else None
                others, call.also_ringing = call.also_ringing, []  # ring-all
                for agent_id in (call.agent_id, *others):
                    await self._agents.apply(
                        agent_id, ended or sm.OfferCancelled(call.id), "system"
                    )
                for agent_id in (call.agent_id, *others):
                    await self._book.control.cancel_ring(call.id, agent_id)
            self._router.abandon(call_id, now)
            # The caller left unserved: an abandon when they hung up, else the cause (e.g.
            # worker_lost) in the record; queue_log says ABANDON either way, as Asterisk does.
            if cause == "caller_hangup":
                self._q.count(
                    call.queue, metrics.record_abandoned, wait, self._q.settings(call.queue)
                )
            await self._book.finish(
                call,
                "abandoned" if cause == "caller_hangup" else cause,
                wait=wait,
                queue_event=("ABANDON", [pos, call.position, int(wait)], None),
            )
        elif call.state == "active":
            await self._finish_active(call, cause, by_agent, now)
        else:
            await self._book.finish(call, cause)
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
        self._after_call_work[call.agent_id] = (
            call.queue,
            talk,
            call.hold_seconds,
            None,
            True,
            True,
        )
        event = "COMPLETEAGENT" if by_agent else "COMPLETECALLER"
        await self._book.finish(
            call,
            cause,
            talk=talk,
            wait=wait,
            queue_event=(event, [int(wait), int(talk), call.position], None),
        )
        await self._agents.apply(call.agent_id, sm.CallEnded(call.id, wrap), actor="system")

    async def _handle_decisions(self, decisions: Sequence[Any]) -> None:
        for decision in decisions:
            try:
                if isinstance(decision, rt.Offer):
                    await self._offer(decision)
                elif isinstance(decision, rt.OfferTimedOut):
                    call = self._calls.get(decision.call_id)
                    if call is not None and decision.agent_id in call.also_ringing:
                        await self._book.control.cancel_ring(call.id, decision.agent_id)
                        await self._ringer_failed(
                            call, decision.agent_id, rt.OfferOutcome.NO_ANSWER, None, decisions
                        )
                    elif call is not None and call.agent_id == decision.agent_id:
                        await self._book.control.cancel_ring(call.id, decision.agent_id)
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
        # ring-all: the call already rings another agent; this one rings too
        extra = call.state == "ringing" and call.agent_id not in (None, offer.agent_id)
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
        if extra:
            call.also_ringing.append(offer.agent_id)
        else:
            call.agent_id, call.offered_at, call.state = offer.agent_id, now, "ringing"
        story.offered(call.id, offer.agent_id, offer.queue, offer.ring_timeout)
        # The screen-pop read overlaps the CDR write; the offer goes out after both.
        pop = asyncio.ensure_future(self._customers.screen_pop(call.ani, 10))
        try:
            if not extra:
                await self._book.write({"state": "ringing", "agent_id": offer.agent_id}, call, [])
        except BaseException:
            pop.cancel()
            raise
        customer, history = await pop
        queue = call.shown_queue or offer.queue  # never an agent's direct queue (`agent:<id>`)
        template = await self._book.runner.run(
            lambda s: hooks_store.url_pop_template(s, queue, call.dnis)
        )
        record = self._book.record(call)
        # The screen-pop to the agent (what its desktop shows while it rings); leads see
        # the ringing call_updated.
        self._book.notify.offered(
            record,
            offer.agent_id,
            queue,
            offer.ring_timeout,
            self._clock() - (call.queued_at or call.started_at),
            call.ivr_path,
            customer,
            history,
            offer_pop(template, record, queue, customer),
            transferred_by=call.transferred_by,
            note=call.transfer_note if call.transferred_by else "",
        )
        await self._book.control.ring_agent(
            call.id,
            offer.agent_id,
            offer.ring_timeout,
            {"X-Call-Id": call.id, "X-Queue": offer.queue},
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
        call.also_ringing = []
        story.missed(call.id, agent_id, outcome.value, max_reached)
        reason = not_ready_reason or ("no_answer" if max_reached else None)
        await self._agents.apply(agent_id, sm.OfferFailed(call.id, reason), actor="system")
        await self._book.write(
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
        await self._book.write({}, call, [(event, [call.position, call.position, int(wait)])])
        target = decision.target
        if target and target in self._q.rows and target != call.queue:
            await self.enqueue(call.id, target, ivr_path=call.ivr_path)
        elif target:
            await self._book.control.overflow(call.id, target)
        else:
            await self._book.control.hangup(call.id, f"overflow_{decision.reason}")
            await self._book.finish(call, f"overflow_{decision.reason}", wait=wait)

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
                self._book.publish_queue_stats(queue)  # counts only: no counter changed
        away = (AgentStatus.NOT_READY, AgentStatus.LOGGED_OUT)
        if old.status is AgentStatus.RESERVED and new.status in away:
            for call in list(self._calls.values()):  # ring-all: the others keep ringing
                if call.state != "ringing" or not call.also_ringing:
                    continue
                if new.agent_id == call.agent_id:
                    call.agent_id = call.also_ringing.pop(0)
                elif new.agent_id in call.also_ringing:
                    call.also_ringing.remove(new.agent_id)
                else:
                    continue
                await self._book.control.cancel_ring(call.id, new.agent_id)
            ringing = [
                c
                for c in self._calls.values()
                if c.agent_id == new.agent_id and c.state == "ringing"
            ]
            for call in ringing:  # update before any await: the router may re-offer now
                call.agent_id, call.offered_at, call.state = None, None, "queued"
            for call in ringing:
                await self._book.control.cancel_ring(call.id, new.agent_id)
                await self._book.write(
                    {"state": "queued", "agent_id": None},
                    call,
                    [("RINGCANCELED", [0])],
                    agent=new.agent_id,
                )
        if old.status is AgentStatus.WRAP_UP and new.status is not AgentStatus.WRAP_UP:
            pending = self._after_call_work.pop(new.agent_id, None)
            if pending is not None:
                handled_in, talk, hold, leg_id, counts_call, owns_record = pending
                wrap, call_id = new.since - old.since, old.call_id
                counted = metrics.record_handled if counts_call else metrics.record_part
                self._q.count(handled_in, counted, talk, hold, wrap)
                self._book.queue_stats_changed(handled_in)
                if leg_id:  # the agent's own part, credited to it in reports
                    await self._runner.defer(
                        f"call {call_id} part wrap-up",
                        lambda s: s.update_call_leg(leg_id, {"wrap_up_seconds": wrap}),
                    )
                if call_id and owns_record:  # the report's AHT counts it (issue 16)
                    await self._runner.defer(
                        f"call {call_id} wrap-up",
                        lambda s: s.update_call(call_id, {"wrap_up_seconds": wrap}),
                    )

    # --- queue figures ---------------------------------------------------------------

    def queue_stats(self, queue: str) -> dict[str, Any]:
        return self._book.queue_stats(queue)

    async def end_live_calls(self, cause: str) -> int:
        """A clean stop (issue 21): hang up every live call and close its record with
        `cause` (queue_log and agent states as for any other end). Returns how many."""
        ended = 0
        for call_id, call in list(self._calls.items()):
            try:
                talking = call.agent_id if call.answered_at is not None else None
                # The record first: the legs' own hang-up events then find it closed.
                await self._hangup(call_id, cause, by_agent=False)
                await self._book.control.hangup(call_id, cause)
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
