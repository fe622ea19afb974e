"""Event-driven ACD router: reserves agents for callers on events and timers, never by polling."""

from __future__ import annotations

import heapq

from server_stub.domain.routing_engine import RouterEngine
from server_stub.domain.routing_state import (
    AgentEntry,
    CallerEntry,
    Member,
    Presence,
    QueueEntry,
    TimerKind,
)
from server_stub.domain.routing_types import (
    AgentMaxNoAnswer,
    AgentRoutingConfig,
    Caller,
    Decision,
    EmptyFactor,
    Offer,
    OfferOutcome,
    OfferTimedOut,
    Overflow,
    QueueConfig,
    QueueJoinRejected,
    QueueSnapshot,
    RoutingError,
    StaleOffer,
    Strategy,
)

__all__ = [
    "AgentMaxNoAnswer",
    "AgentRoutingConfig",
    "Caller",
    "Decision",
    "EmptyFactor",
    "Offer",
    "OfferOutcome",
    "OfferTimedOut",
    "Overflow",
    "QueueConfig",
    "QueueJoinRejected",
    "QueueSnapshot",
    "Router",
    "RoutingError",
    "StaleOffer",
    "Strategy",
]


class Router(RouterEngine):
    """In-memory ACD state for all queues; every public call is one event at time `now`.

    Methods that return decisions must have them carried out by the caller (the
    coordinator). Methods that return None may still make new matches possible; those
    are scheduled as timers due at once, so after every call the coordinator should
    run `advance(now)` when `next_deadline()` <= now.
    """

    # --- configuration -----------------------------------------------------------------

    def configure_queue(self, cfg: QueueConfig) -> None:
        q = self._queues.get(cfg.name)
        if q is None:
            self._queues[cfg.name] = QueueEntry.new(cfg, self._rng)
            return
        old = q.cfg
        q.cfg = cfg
        if old.strategy is not cfg.strategy:
            idle = [a for a in q.members if a in q.index]
            q.index = QueueEntry.new(cfg, self._rng).index
            for agent_id in idle:
                self._index_one(self._agents[agent_id], q)
        for rec in list(q.callers.values()):  # tier settings may have changed
            self._retier(q, rec, self._now)

    def remove_queue(self, name: str) -> None:
        q = self._queue(name)
        if q.callers:
            raise RoutingError(f"queue {name!r} still has {len(q.callers)} callers")
        for agent_id in list(q.members):
            self.remove_member(agent_id, name)
        del self._queues[name]

    def configure_agent(self, cfg: AgentRoutingConfig) -> None:
        agent = self._agents.get(cfg.agent_id)
        if agent is None:
            self._agents[cfg.agent_id] = AgentEntry(cfg)
        else:
            agent.cfg = cfg

    def add_member(
        self,
        agent_id: str,
        queue: str,
        level: int = 1,
        position: int = 1,
        now: float | None = None,
    ) -> None:
        """Add (or re-tier) a member. An idle agent is matched on the next `advance`."""
        now = self._clock(now)
        q = self._queue(queue)
        agent = self._agent(agent_id)
        if agent_id in q.members:
            self.remove_member(agent_id, queue, now)
        member = Member(level, position)
        was = self._queue_state(q)
        agent.queues[queue] = q.members[agent_id] = member
        q.level_members[level] = q.level_members.get(level, 0) + 1
        q.count_presence(agent.presence, level, +1)
        if agent.presence is Presence.IDLE and not agent.delayed:
            self._index_one(agent, q)
            self._push(now, TimerKind.DISPATCH_AGENT, agent_id)
        self._after_queue_change(q, was, now)

    def remove_member(self, agent_id: str, queue: str, now: float | None = None) -> None:
        now = self._clock(now)
        q = self._queue(queue)
        agent = self._agent(agent_id)
        member = q.members.pop(agent_id, None)
        if member is None:
            return
        was = self._queue_state(q)
        del agent.queues[queue]
        q.index.discard(agent_id)
        q.count_presence(agent.presence, member.level, -1)
        q.level_members[member.level] -= 1
        if not q.level_members[member.level]:
            del q.level_members[member.level]
        if len(q.members) == 1 and q.waiting_count:  # a transferrer may now be the only one
            self._push(now, TimerKind.DISPATCH_AGENT, next(iter(q.members)))
        self._after_queue_change(q, was, now)

    # --- agent events --------------------------------------------------------------------

    def agent_ready(self, agent_id: str, now: float) -> list[Decision]:
        """The agent is READY: it takes the best waiting caller across all its queues."""
        now = self._clock(now)
        agent = self._agent(agent_id)
        if agent.presence in (Presence.IDLE, Presence.RINGING):
            return []  # already available, or reserved by an offer still ringing
        self._set_presence(agent, Presence.IDLE, now)
        if agent.delayed:
            return []  # the delay timer makes it available
        self._index_all(agent)
        offer = self._dispatch_agent(agent, now)
        return self._drain([offer] if offer else [])

    def agent_unavailable(self, agent_id: str, now: float, *, busy: bool = False) -> None:
        """NOT_READY / logged out (or, with busy=True, on a direct call).

        If the agent was being offered a call, the offer is withdrawn without counting
        a no-answer and the caller keeps its place (matched on the next `advance`).
        """
        now = self._clock(now)
        agent = self._agent(agent_id)
        if agent.offer_call is not None and self._callers[agent.offer_call].also_ringing:
            # ring-all: the others keep ringing; this agent's part is withdrawn
            self._release_ringer(self._callers[agent.offer_call], agent, None, now)
        elif agent.offer_call is not None:
            rec = self._callers[agent.offer_call]
            agent.offer_call = None
            self._requeue(self._queues[rec.caller.queue], rec)
            self._push(now, TimerKind.DISPATCH_CALLER, rec.caller.call_id)
        self._unindex_all(agent)
        self._set_presence(agent, Presence.IN_USE if busy else Presence.AWAY, now)

    def call_finished(self, agent_id: str, now: float, talk_seconds: float) -> None:
        """A call of this agent ended: last_bridge_end, calls_answered, talk_time; wrap-up."""
        now = self._clock(now)
        agent = self._agent(agent_id)
        indexed = self._unindex_all(agent)
        agent.last_bridge_end = now
        agent.calls_answered += 1
        agent.talk_time += talk_seconds
        if indexed:
            self._index_all(agent)
        if agent.presence is Presence.IN_USE:
            self._set_presence(agent, Presence.WRAP_UP, now)

    # --- caller events -------------------------------------------------------------------

    def enqueue(self, caller: Caller, now: float) -> list[Decision]:
        now = self._clock(now)
        q = self._queues.get(caller.queue)
        if q is None:
            raise QueueJoinRejected("unknown_queue", caller.queue)
        if caller.call_id in self._callers:
            raise RoutingError(f"call {caller.call_id!r} is already queued")
        empty = q.is_empty()
        if empty and not q.cfg.join_empty:
            raise QueueJoinRejected("empty", caller.queue)
        if q.cfg.max_len and len(q.callers) >= q.cfg.max_len:
            raise QueueJoinRejected("full", caller.queue)
        self._seq += 1
        key = (-caller.priority, caller.joined_at - caller.base_score, self._seq, caller.call_id)
        rec = CallerEntry(caller, key)
        self._callers[caller.call_id] = q.callers[caller.call_id] = rec
        q.all_keys.add(key)
        self._retier(q, rec, now, insert=True)
        if q.cfg.max_wait_time > 0:
            rec.max_wait_at = caller.joined_at + q.cfg.max_wait_time
            self._push(rec.max_wait_at, TimerKind.MAX_WAIT, caller.call_id)
        if empty and q.cfg.leave_when_empty:
            return [self._overflow(q, rec, "leave_empty")]
        if not q.has_present_member():
            if q.no_agent_since is None:
                q.no_agent_since = now
            self._arm_no_agent(q, rec)
        offer = self._dispatch_caller(q, rec, now)
        return self._drain([offer] if offer else [])

    def abandon(self, call_id: str, now: float) -> None:
        """The caller hung up (waiting or ringing an agent); unknown ids are ignored."""
        now = self._clock(now)
        rec = self._callers.get(call_id)
        if rec is None:
            return
        for other in list(rec.also_ringing):  # ring-all: every ringing agent is freed
            self._release_ringer(rec, self._agents[other], None, now)
        agent_id = rec.offered_to
        self._remove_caller(rec)
        if agent_id is not None:
            agent = self._agents[agent_id]
            agent.offer_call = None
            self._set_presence(agent, Presence.IDLE, now)
            if not agent.delayed:
                self._index_all(agent)
                self._push(now, TimerKind.DISPATCH_AGENT, agent_id)

    def offer_answered(self, call_id: str, agent_id: str, now: float) -> list[str]:
        """The agent answered. Returns the other agents whose ring is withdrawn (ring-all:
        the first to answer takes the call; the others are ready again)."""
        now = self._clock(now)
        rec, agent = self._offer_of(call_id, agent_id)
        withdrawn = [a for a in (rec.offered_to, *rec.also_ringing) if a and a != agent_id]
        if agent_id != rec.offered_to:
            rec.also_ringing.remove(agent_id)
            assert rec.offered_to is not None
            rec.also_ringing.append(rec.offered_to)
            rec.offered_to = agent_id
        for other in withdrawn:
            self._release_ringer(rec, self._agents[other], None, now)
        self._remove_caller(rec)
        agent.offer_call = None
        agent.no_answer_count = 0
        self._set_presence(agent, Presence.IN_USE, now)
        return withdrawn

    def offer_failed(
        self, call_id: str, agent_id: str, outcome: OfferOutcome, now: float
    ) -> list[Decision]:
        """The agent did not take the call: caller keeps its place, agent gets its delay."""
        now = self._clock(now)
        if outcome is OfferOutcome.ANSWERED:
            raise ValueError("use offer_answered for answered offers")
        rec, agent = self._offer_of(call_id, agent_id)
        if rec.also_ringing:  # ring-all: the others still ring for the caller
            decisions = self._release_ringer(rec, agent, outcome, now)
            return self._drain(decisions)
        return self._drain(self._fail_offer(rec, agent, outcome, now))

    # --- timers ---------------------------------------------------------------------------

    def next_deadline(self) -> float | None:
        """Earliest pending timer (ring timeouts, delays, tier escalations, max waits)."""
        while self._timers and not self._live(self._timers[0]):
            heapq.heappop(self._timers)
        return self._timers[0][0] if self._timers else None

    def advance(self, now: float) -> list[Decision]:
        """Fire every timer due at or before `now`, in time order."""
        now = self._clock(now)
        decisions: list[Decision] = []
        while self._timers and self._timers[0][0] <= now:
            timer = heapq.heappop(self._timers)
            if self._live(timer):
                decisions.extend(self._drain(self._fire(timer[2], timer[3], now)))
        return decisions

    def _drain(self, decisions: list[Decision]) -> list[Decision]:
        """Decisions plus the ring-all offers made beyond the first of each dispatch."""
        if self._extra:
            decisions, self._extra = [*decisions, *self._extra], []
        return decisions

    def ringing_agents(self, call_id: str) -> list[str]:
        """Every agent ringing for the caller (one, or several for a ring-all queue)."""
        rec = self._callers.get(call_id)
        if rec is None or rec.offered_to is None:
            return []
        return [rec.offered_to, *rec.also_ringing]

    # --- queries ----------------------------------------------------------------------------

    def waiting(self, queue: str) -> list[Caller]:
        """Callers in the queue (waiting or being offered), best first."""
        q = self._queue(queue)
        return [q.callers[key[3]].caller for key in q.all_keys]

    def position(self, call_id: str) -> int | None:
        """1-based place in its queue (callers being offered count), None if not queued."""
        rec = self._callers.get(call_id)
        if rec is None:
            return None
        return int(self._queues[rec.caller.queue].all_keys.index(rec.key)) + 1

    def offered_agent(self, call_id: str) -> str | None:
        rec = self._callers.get(call_id)
        return rec.offered_to if rec else None

    def queue_snapshot(self, queue: str) -> QueueSnapshot:
        q = self._queue(queue)
        counts = q.presence_counts
        idle = counts.get(Presence.IDLE, 0)
        oldest = next(iter(q.callers.values())).caller.joined_at if q.callers else None
        return QueueSnapshot(
            queue=queue,
            waiting=q.waiting_count,
            offering=q.offering,
            members=len(q.members),
            available=len(q.index),
            delayed=idle - len(q.index),
            ringing=counts.get(Presence.RINGING, 0),
            in_use=counts.get(Presence.IN_USE, 0),
            wrap_up=counts.get(Presence.WRAP_UP, 0),
            away=counts.get(Presence.AWAY, 0),
            oldest_joined_at=oldest,
        )
