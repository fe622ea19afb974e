"""Consult (咨询), attended transfer (咨询转) and conferences (三方/多方通话).

The agent on an answered call holds the caller (music) and calls a colleague, a queue's
longest-ready agent or an outside number from the worker hosting the call (the caller's
audio never leaves it). Then: complete (the caller goes to the consulted party, the
agent to wrap-up), cancel (back to the caller), swap (talk to one, the other hears
music) or conference (all three hear each other). The consulted agent is busy (on a call,
no queue call offered) from the moment it is rung until the consult ends; its time on a
consult that is not transferred to it is not a handled call.

A conference holds up to six parties (the caller, the host and four more): after a join
the host may consult again (one consult in progress at a time) and join that party too;
the media layer hosts the parties that do not fit on the caller's worker on a second
worker (telephony/cascade.py). Each party is droppable; when the host hangs up, the
queue's `conference_stays` keeps the others connected.

Records: a `call_legs` row per consult leg (and one for the first agent's part when the
call is transferred to the consulted party), queue_log `ATTENDEDTRANSFER`, AHT of the
first agent counted at transfer, of the receiving agent when its part ends."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from agent_desktop.protocol import ConferenceParty, ConsultView
from server_stub.calls import story
from server_stub.calls.live import LiveCall
from server_stub.calls.service import AcdService
from server_stub.domain import agent_state as sm
from server_stub.domain.agent_state import AgentStatus
from server_stub.errors import Conflict, Forbidden, InvalidInput, NotFound, ServiceError
from server_stub.store.base import Row
from server_stub.telephony.cascade import PARTIES_MAX, hears

CONSULT_RING_SECONDS = 30.0  # when the call's queue sets no ring timeout


@dataclass
class Consult:
    """A consult of one live call, as the coordinator keeps it."""

    call_id: str
    kind: str  # agent | queue | number
    party: str  # the consulted agent ID or number
    agent: str | None  # the consulted agent (None: an outside number)
    by: str  # the consulting agent
    note: str
    leg_id: str  # its call_legs row
    started_at: float
    answered_at: float | None = None
    state: str = "ringing"  # ringing | talking | customer | conference
    on_b: bool = False  # the media layer hosts the party on a conference's second worker

    @property
    def shown(self) -> str:
        """The party as the server log names it (a number masked)."""
        return story.masked(self.party) if self.kind == "number" else self.party


class Consults:
    """The consults of live calls; the media layer reports on their legs (ConsultListener:
    the composition root makes it the `LiveCalls.consults` of the call modules)."""

    def __init__(self, acd: AcdService) -> None:
        self._acd = acd
        self._book = acd.book
        self._active: dict[str, Consult] = {}  # the consult in progress of each call
        self._joined: dict[str, list[Consult]] = {}  # the joined parties of a conference

    def get(self, call_id: str) -> Consult | None:
        return self._active.get(call_id)

    def parties(self, call_id: str) -> list[Consult]:
        """The call's joined parties, then its consult in progress."""
        active = self._active.get(call_id)
        return [*self._joined.get(call_id, []), *([active] if active else [])]

    def consulting(self, call_id: str) -> bool:
        return call_id in self._active or bool(self._joined.get(call_id))

    def view(self, call_id: str) -> ConsultView:
        """The call's consult and conference as its host sees them (who hears whom)."""
        joined = self._joined.get(call_id, [])
        active = self._active.get(call_id)
        shown = active or joined[-1]
        heard = hears(
            shown.by,
            [(p.party, p.on_b) for p in joined],
            (active.party, active.on_b, active.state) if active else None,
        )
        return ConsultView(
            kind=shown.kind,  # type: ignore[arg-type]
            party=shown.party,
            state=shown.state,  # type: ignore[arg-type]
            by=shown.by,
            parties=[
                ConferenceParty(
                    kind=p.kind,  # type: ignore[arg-type]
                    party=p.party,
                    state=p.state,  # type: ignore[arg-type]
                    hears=heard.get(p.party, []),
                )
                for p in self.parties(call_id)
            ],
            caller_hears=heard.get("caller", []),
            host_hears=heard.get(shown.by, []),
        )

    # --- the agent's actions ---------------------------------------------------------

    async def consult(
        self, call_id: str, kind: str, target: str, actor: str, note: str, caller_id: str
    ) -> ConsultView:
        call = self._own_call(call_id, actor)
        if call_id in self._active:
            raise Conflict(f"call {call_id} already has a consult; complete or cancel it first")
        joined = self._joined.get(call_id, [])
        if len(joined) + 3 > PARTIES_MAX:
            raise Conflict(
                f"the conference of call {call_id} is full: {PARTIES_MAX} parties (the"
                f" caller, you and {PARTIES_MAX - 2} more); drop a party first",
                call_id=call_id,
                parties=PARTIES_MAX,
            )
        agent: str | None = None
        if kind == "agent":
            agent = self._free_agent(target, actor)
        elif kind == "queue":
            agent = self._ready_member(target, actor)
        party = agent or target
        now = self._book.clock()
        if agent is not None:
            # Busy from the first ring (no queue call offered meanwhile); back when it ends.
            await self._book.agents.apply(agent, sm.DialOut(call_id), actor=actor)
        consult = Consult(call_id, kind, party, agent, actor, note, uuid.uuid4().hex, now)
        self._active[call_id] = consult
        if not joined:  # in a conference the others go on talking among themselves
            await self._hold(call, True)
        ring = float(
            self._book.figures.rows.get(call.queue or "", {}).get("ring_timeout")
            or CONSULT_RING_SECONDS
        )  # as long as the queue rings its agents
        try:
            consult.on_b = bool(
                await self._book.control.consult(
                    call_id,
                    "number" if agent is None else "agent",
                    party,
                    {"X-Consult-By": actor},
                    ring,
                    caller_id,
                )
            )
        except ServiceError:
            self._active.pop(call_id, None)
            if not joined:
                await self._hold(call, False)
            if agent is not None:
                await self._book.agents.apply(agent, sm.CallEnded(call_id, 0), actor="system")
            raise
        story.consulted(call_id, actor, kind, party, on_hold=not joined)
        await self._book.runner.defer(
            f"call {call_id} consult leg",
            lambda s: s.insert_call_leg(
                {
                    "id": consult.leg_id,
                    "call_id": call_id,
                    "kind": "consult",
                    "peer": party,
                    "worker_id": None,
                    "started_at": now,
                }
            ),
        )
        if agent is not None:
            customer, history = await self._book.customers.screen_pop(call.ani, 10)
            self._book.notify.offered(
                self._book.record(call),
                agent,
                call.shown_queue or "",
                ring,
                (call.answered_at or now) - (call.queued_at or call.started_at),
                call.ivr_path,
                customer,
                history,
                consult_by=actor,
                note=note,
            )
        self._tell(call)
        return self.view(call_id)

    async def swap(self, call_id: str, actor: str) -> ConsultView:
        call = self._own_call(call_id, actor)
        consult = self._talking(call_id)
        if self._joined.get(call_id):
            raise Conflict(f"call {call_id} is a conference: join or cancel the consult instead")
        to_customer = consult.state == "talking"
        await self._book.control.consult_swap(call_id, to_customer)
        consult.state = "customer" if to_customer else "talking"
        await self._hold(call, not to_customer)
        story.consult_step(call_id, actor, f"swapped to the {consult.state}")
        self._tell(call)
        return self.view(call_id)

    async def cancel(self, call_id: str, actor: str) -> None:
        """Back to the caller (consult ringing or talking, or a conference's party dropped)."""
        call = self._own_call(call_id, actor)
        joined = self._joined.get(call_id, [])
        if call_id not in self._active and len(joined) == 1:
            await self.drop(call_id, joined[0].party, actor)  # 三方: back to the caller
            return
        consult = self._require(call_id)
        await self._book.control.consult_cancel(call_id)
        await self._end(call, consult, "cancelled")

    async def conference(self, call_id: str, actor: str) -> ConsultView:
        call = self._own_call(call_id, actor)
        if call_id not in self._active and self._joined.get(call_id):
            return self.view(call_id)  # already joined
        consult = self._talking(call_id)
        await self._book.control.conference(call_id)
        consult.state = "conference"
        self._active.pop(call_id, None)
        joined = self._joined.setdefault(call_id, [])
        joined.append(consult)
        await self._hold(call, False)
        story.consult_step(
            call_id, actor, f"{consult.shown} joined the conference ({len(joined) + 2} parties)"
        )
        await self._book.write({}, call, [("CONFERENCE", [consult.party])])
        self._tell(call)
        return self.view(call_id)

    async def drop(self, call_id: str, party: str, actor: str) -> None:
        """Drop one party of a conference: a joined party (the others stay) or the host
        itself (the caller and the parties stay connected, a party on the caller's worker
        taking the call)."""
        call = self._own_call(call_id, actor)
        joined = self._joined.get(call_id, [])
        if not joined:
            raise Conflict(f"call {call_id} is not a conference")
        member = next((p for p in joined if p.party == party), None)
        if member is not None:
            await self._book.control.conference_drop(call_id, party)
            await self._left(call, member, "dropped")
        elif party == actor:
            await self.complete(call_id, actor)
        else:
            raise NotFound(f"{party} is not in the conference of call {call_id}", party=party)

    async def complete(self, call_id: str, actor: str) -> None:
        """Attended transfer: the caller goes to the consulted party, the agent to wrap-up
        (its talk and hold counted now: AHT, router figures, queue_log ATTENDEDTRANSFER)."""
        call = self._own_call(call_id, actor)
        joined = self._joined.get(call_id, [])
        if joined:  # the host leaves its conference: a party on the caller's worker takes it
            if call_id in self._active:
                raise Conflict(
                    f"call {call_id} has a consult in progress: join or cancel it first",
                    call_id=call_id,
                )
            heir = await self._book.control.conference_leave(call_id)
            consult = next((p for p in joined if p.party == heir), joined[0])
            joined.remove(consult)
            if not joined:
                self._joined.pop(call_id, None)
        else:
            consult = self._talking(call_id)
            await self._book.control.consult_complete(call_id)
            self._active.pop(call_id, None)
        assert consult.answered_at is not None and call.answered_at is not None
        now = self._book.clock()
        if call.on_hold_since is not None:
            call.hold_seconds += now - call.on_hold_since
            call.on_hold_since = None
        talk = now - call.answered_at - call.hold_seconds
        wait = call.answered_at - (call.queued_at or call.started_at)
        self._book.router.call_finished(actor, now, talk)
        first_leg: Row = {
            "id": uuid.uuid4().hex,
            "call_id": call_id,
            "kind": "agent",
            "peer": actor,
            "worker_id": None,
            "started_at": call.answered_at,
            "answered_at": call.answered_at,
            "ended_at": now,
            "end_cause": "attended_transfer",
            "talk_seconds": talk,  # the first agent's own part (reports credit it)
            "hold_seconds": call.hold_seconds,
            "queue": call.shown_queue,  # the queues report counts the part's time there
        }
        # to an agent: that agent finishes the call and counts it handled; to a number:
        # nobody else will, so this part counts the call
        self._acd.after_call(
            actor,
            call.queue,
            talk,
            call.hold_seconds,
            leg_id=first_leg["id"],
            counts_call=consult.agent is None,
            owns_record=consult.agent is None,
        )
        await self._book.runner.defer(
            f"call {call_id} first agent leg", lambda s: s.insert_call_leg(first_leg)
        )
        await self._close_leg(consult, "transferred")
        await self._book.write(
            {"agent_id": consult.agent, "talk_seconds": talk, "hold_seconds": call.hold_seconds},
            call,
            [
                (
                    "ATTENDEDTRANSFER",
                    [consult.party, consult.kind, int(wait), int(talk), call.position],
                )
            ],
            agent=actor,
        )
        story.attended_transfer(call_id, actor, consult.party, talk)
        # The receiving agent's part: its talk from its answer, the caller's wait kept.
        call.queued_at = consult.answered_at - wait
        call.answered_at, call.hold_seconds = consult.answered_at, 0.0
        if consult.agent is None:
            call.agent_id, call.state = None, "external"
            self._book.notify.updated(
                self._book.record(call), transferred_by=actor, transferred_to=consult.party
            )
            await self._book.write({"state": "external"}, call, [])
        else:
            call.agent_id, call.transferred_by = consult.agent, actor
            self._book.notify.updated(self._book.record(call), transferred_by=actor)
            self._book.notify.answered(self._book.record(call))  # the new agent's call now
        if self._joined.get(call_id):
            for other in self._joined[call_id]:
                other.by = consult.party  # the new host
            self._tell(call)
        wrap = self._book.figures.wrap_up(call.queue)
        await self._book.agents.apply(actor, sm.CallEnded(call_id, wrap), actor="system")

    # --- what the media layer reports (ConsultListener) ------------------------------

    async def consult_answered(self, call_id: str) -> None:
        consult = self._active.get(call_id)
        call = self._book.calls.get(call_id)
        if consult is None or call is None:
            return
        consult.answered_at, consult.state = self._book.clock(), "talking"
        story.consult_step(call_id, consult.by, f"answered by {consult.shown}")
        leg_id, at = consult.leg_id, consult.answered_at
        await self._book.runner.defer(
            f"call {call_id} consult answered",
            lambda s: s.update_call_leg(leg_id, {"answered_at": at}),
        )
        self._tell(call)

    async def consult_failed(self, call_id: str, outcome: str) -> None:
        await self._ended_by_media(call_id, outcome)

    async def consult_hung_up(self, call_id: str) -> None:
        await self._ended_by_media(call_id, "hung_up")

    async def party_left(self, call_id: str, party: str, cause: str) -> None:
        member = next((p for p in self._joined.get(call_id, []) if p.party == party), None)
        call = self._book.calls.get(call_id)
        if member is None or call is None:
            return
        await self._left(call, member, cause)

    async def host_left(self, call_id: str) -> None:
        joined = self._joined.get(call_id)
        if not joined or call_id in self._active:
            return
        host = joined[0].by
        story.consult_step(call_id, host, "left the conference (hung up): the others stay")
        await self.complete(call_id, host)

    async def call_finished(self, call_id: str) -> None:
        for consult in [*self._joined.pop(call_id, []), *self._pop_active(call_id)]:
            story.consult_step(call_id, consult.by, f"{consult.shown}: ended with the call")
            await self._close_leg(consult, "call_ended")
            await self._free(consult)

    def _pop_active(self, call_id: str) -> list[Consult]:
        consult = self._active.pop(call_id, None)
        return [consult] if consult else []

    # --- internals -------------------------------------------------------------------

    async def _ended_by_media(self, call_id: str, why: str) -> None:
        consult = self._active.get(call_id)
        call = self._book.calls.get(call_id)
        if consult is None:
            return
        if call is None:
            await self.call_finished(call_id)
            return
        await self._end(call, consult, why)

    async def _end(self, call: LiveCall, consult: Consult, why: str) -> None:
        """The consult is over, the call goes on with its agent and the caller (and the
        conference's parties)."""
        self._active.pop(call.id, None)
        story.consult_step(call.id, consult.by, f"{consult.shown}: {why.replace('_', ' ')}")
        await self._close_leg(consult, why)
        await self._free(consult)
        await self._hold(call, False)
        if self._joined.get(call.id):
            self._tell(call, consult_ended=why)
            return
        self._book.notify.updated(self._book.record(call), on_hold=False, consult_ended=why)

    async def _left(self, call: LiveCall, member: Consult, why: str) -> None:
        """A joined party left the conference (dropped, hung up, its worker lost)."""
        joined = self._joined.get(call.id, [])
        if member in joined:
            joined.remove(member)
        if not joined:
            self._joined.pop(call.id, None)
        story.consult_step(call.id, member.by, f"{member.shown} left the conference: {why}")
        await self._close_leg(member, why)
        await self._free(member)
        if self.consulting(call.id):
            self._tell(call, consult_ended=why)
            return
        self._book.notify.updated(self._book.record(call), on_hold=False, consult_ended=why)

    async def _free(self, consult: Consult) -> None:
        """The consulted agent's consult is over: ready again (or its pending pause)."""
        if consult.agent is None:
            return
        state = self._book.agents.state(consult.agent)
        if state.status is AgentStatus.ON_CALL and state.call_id == consult.call_id:
            await self._book.agents.apply(
                consult.agent, sm.CallEnded(consult.call_id, 0), actor="system"
            )

    async def _close_leg(self, consult: Consult, cause: str) -> None:
        leg_id, now = consult.leg_id, self._book.clock()
        await self._book.runner.defer(
            f"call {consult.call_id} consult leg ended",
            lambda s: s.update_call_leg(leg_id, {"ended_at": now, "end_cause": cause}),
        )

    async def _hold(self, call: LiveCall, on_hold: bool) -> None:
        """The caller's hold time and the agent's hold sub-state follow the consult (the
        media layer held or resumed the caller itself)."""
        if (call.on_hold_since is not None) == on_hold or call.agent_id is None:
            return
        now = self._book.clock()
        if on_hold:
            call.on_hold_since = now
        else:
            assert call.on_hold_since is not None
            call.hold_seconds += now - call.on_hold_since
            call.on_hold_since = None
        state = self._book.agents.state(call.agent_id)
        if state.on_hold != on_hold and state.status is AgentStatus.ON_CALL:
            await self._book.agents.apply(call.agent_id, sm.Hold() if on_hold else sm.Unhold())
        await self._book.write(
            {"hold_seconds": call.hold_seconds}, call, [("HOLD" if on_hold else "UNHOLD", [])]
        )

    def _tell(self, call: LiveCall, consult_ended: str | None = None) -> None:
        self._book.notify.updated(
            self._book.record(call),
            on_hold=call.on_hold_since is not None,
            consult=self.view(call.id),
            consult_ended=consult_ended,
        )

    def _own_call(self, call_id: str, actor: str) -> LiveCall:
        call = self._book.get(call_id)  # NotFound: 404
        if call.state != "active" or call.agent_id is None or call.answered_at is None:
            raise Conflict(f"call {call_id} is not an answered call", call_id=call_id)
        if actor != call.agent_id:
            raise Forbidden("only the agent on the call can consult, transfer or conference it")
        return call

    def _require(self, call_id: str) -> Consult:
        consult = self._active.get(call_id)
        if consult is None:
            raise Conflict(f"call {call_id} has no consult", call_id=call_id)
        return consult

    def _talking(self, call_id: str) -> Consult:
        consult = self._require(call_id)
        if consult.answered_at is None:
            raise Conflict(
                f"{consult.party} has not answered yet: wait, or cancel the consult",
                call_id=call_id,
            )
        return consult

    def _free_agent(self, target: str, actor: str) -> str:
        if target == actor:
            raise InvalidInput("you cannot consult yourself", field="target")
        try:
            state = self._book.agents.state(target)
        except NotFound:
            raise InvalidInput(f"unknown agent {target}", field="target") from None
        if state.status not in (AgentStatus.READY, AgentStatus.NOT_READY):
            raise Conflict(
                f"agent {target} is {state.status.value.replace('_', ' ')}: try again later",
                agent_id=target,
                state=state.status.value,
            )
        return target

    def _ready_member(self, queue_name: str, actor: str) -> str:
        try:
            queue = self._book.figures.resolve(queue_name)
        except NotFound:
            raise InvalidInput(f"unknown queue {queue_name}", field="target") from None
        members = self._book.figures.members.get(queue, set())
        ready = [
            s
            for s in self._book.agents.all_states()
            if s.agent_id in members and s.agent_id != actor and s.status is AgentStatus.READY
        ]
        if not ready:
            raise Conflict(f"no agent of queue {queue} is ready now", queue=queue)
        return min(ready, key=lambda s: s.since).agent_id  # the longest ready
