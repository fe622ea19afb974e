"""Event-driven ACD router: reserves agents for callers on events and timers, never by polling."""

from __future__ import annotations

import heapq
import random

from sortedcontainers import SortedList  # type: ignore[import-untyped]

from server_stub.domain.routing_records import (
    ALL_LEVELS,
    AgentRec,
    CallerRec,
    Member,
    Presence,
    QueueRec,
    TimerKind,
)
from server_stub.domain.routing_strategies import strategy_key
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
    OverflowReason,
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

_Timer = tuple[float, int, TimerKind, str]


class Router:
    """In-memory ACD state for all queues; every public call is one event at time `now`.

    Methods that return decisions must have them carried out by the caller (the
    coordinator). Methods that return None may still make new matches possible; those
    are scheduled as timers due at once, so after every call the coordinator should
    run `advance(now)` when `next_deadline()` <= now.
    """

    def __init__(self, rng: random.Random | None = None) -> None:
        self._rng = rng if rng is not None else random.Random(0)
        self._queues: dict[str, QueueRec] = {}
        self._agents: dict[str, AgentRec] = {}
        self._callers: dict[str, CallerRec] = {}
        self._timers: list[_Timer] = []
        self._seq = 0
        self._now = float("-inf")  # latest time seen, for calls that carry no time

    # --- configuration -----------------------------------------------------------------

    def configure_queue(self, cfg: QueueConfig) -> None:
        q = self._queues.get(cfg.name)
        if q is None:
            self._queues[cfg.name] = QueueRec.new(cfg, self._rng)
            return
        old = q.cfg
        q.cfg = cfg
        if old.strategy is not cfg.strategy:
            idle = [a for a in q.members if a in q.index]
            q.index = QueueRec.new(cfg, self._rng).index
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
            self._agents[cfg.agent_id] = AgentRec(cfg)
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
        return [offer] if offer else []

    def agent_unavailable(self, agent_id: str, now: float, *, busy: bool = False) -> None:
        """NOT_READY / logged out (or, with busy=True, on a direct call).

        If the agent was being offered a call, the offer is withdrawn without counting
        a no-answer and the caller keeps its place (matched on the next `advance`).
        """
        now = self._clock(now)
        agent = self._agent(agent_id)
        if agent.offer_call is not None:
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
        rec = CallerRec(caller, key)
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
        return [offer] if offer else []

    def abandon(self, call_id: str, now: float) -> None:
        """The caller hung up (waiting or ringing an agent); unknown ids are ignored."""
        now = self._clock(now)
        rec = self._callers.get(call_id)
        if rec is None:
            return
        agent_id = rec.offered_to
        self._remove_caller(rec)
        if agent_id is not None:
            agent = self._agents[agent_id]
            agent.offer_call = None
            self._set_presence(agent, Presence.IDLE, now)
            if not agent.delayed:
                self._index_all(agent)
                self._push(now, TimerKind.DISPATCH_AGENT, agent_id)

    def offer_answered(self, call_id: str, agent_id: str, now: float) -> None:
        now = self._clock(now)
        rec, agent = self._offer_of(call_id, agent_id)
        self._remove_caller(rec)
        agent.offer_call = None
        agent.no_answer_count = 0
        self._set_presence(agent, Presence.IN_USE, now)

    def offer_failed(
        self, call_id: str, agent_id: str, outcome: OfferOutcome, now: float
    ) -> list[Decision]:
        """The agent did not take the call: caller keeps its place, agent gets its delay."""
        now = self._clock(now)
        if outcome is OfferOutcome.ANSWERED:
            raise ValueError("use offer_answered for answered offers")
        rec, agent = self._offer_of(call_id, agent_id)
        return self._fail_offer(rec, agent, outcome, now)

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
                decisions.extend(self._fire(timer[2], timer[3], now))
        return decisions

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

    # --- matching ---------------------------------------------------------------------------

    def _dispatch_agent(self, agent: AgentRec, now: float) -> Offer | None:
        """Best waiting caller for an idle agent across all its queues (weight, then score)."""
        if agent.presence is not Presence.IDLE or agent.delayed:
            return None
        best: tuple[int, tuple[int, float, int, str]] | None = None
        best_q: QueueRec | None = None
        for name, member in agent.queues.items():
            q = self._queues[name]
            if not q.waiting_count:
                continue
            every_level = self._all_open_for(q, member.level)
            for open_level, bucket in q.buckets.items():
                if not bucket or (open_level < member.level and not every_level):
                    continue
                candidate = (-q.cfg.weight, bucket[0])
                if best is None or candidate < best:
                    best, best_q = candidate, q
        if best is None or best_q is None:
            return None
        return self._make_offer(best_q, best_q.callers[best[1][3]], agent, now)

    def _dispatch_caller(self, q: QueueRec, rec: CallerRec, now: float) -> Offer | None:
        if rec.offered_to is not None:
            return None
        extra = None
        if q.cfg.tier_rules_apply and q.cfg.tier_rule_no_agent_no_wait:
            extra = q.lowest_present_level()
        agent_id = q.index.pick(rec.open_level, extra)
        if agent_id is None:
            return None
        return self._make_offer(q, rec, self._agents[agent_id], now)

    def _all_open_for(self, q: QueueRec, level: int) -> bool:
        cfg = q.cfg
        if not cfg.tier_rules_apply or level <= 0:
            return True
        return cfg.tier_rule_no_agent_no_wait and level == q.lowest_present_level()

    def _make_offer(self, q: QueueRec, rec: CallerRec, agent: AgentRec, now: float) -> Offer:
        q.buckets[rec.open_level].remove(rec.key)
        q.offering += 1
        q.index.note_offered(agent.agent_id)
        self._unindex_all(agent)
        agent.offer_call = rec.caller.call_id
        self._set_presence(agent, Presence.RINGING, now)
        rec.offered_to = agent.agent_id
        rec.offer_deadline = now + q.cfg.ring_timeout
        self._push(rec.offer_deadline, TimerKind.RING, rec.caller.call_id)
        return Offer(
            rec.caller.call_id, agent.agent_id, q.cfg.name, q.cfg.ring_timeout, rec.offer_deadline
        )

    def _fail_offer(
        self, rec: CallerRec, agent: AgentRec, outcome: OfferOutcome, now: float
    ) -> list[Decision]:
        decisions: list[Decision] = []
        q = self._queues[rec.caller.queue]
        cfg = agent.cfg
        agent.offer_call = None
        delay = {
            OfferOutcome.NO_ANSWER: cfg.no_answer_delay_time,
            OfferOutcome.BUSY: cfg.busy_delay_time,
            OfferOutcome.REJECTED: cfg.reject_delay_time,
        }.get(outcome, cfg.error_delay_time)
        away = False
        if outcome is OfferOutcome.NO_ANSWER:
            agent.no_answer_count += 1
            if cfg.max_no_answer and agent.no_answer_count >= cfg.max_no_answer:
                decisions.append(AgentMaxNoAnswer(agent.agent_id, agent.no_answer_count))
                away = True
        if rec.expired:
            decisions.append(self._overflow(q, rec, "timeout"))
        else:
            self._requeue(q, rec)
        if not rec.expired:  # another agent first; the one who failed is not indexed yet
            offer = self._dispatch_caller(q, rec, now)
            if offer:
                decisions.append(offer)
        if delay > 0:
            agent.delayed = True
            agent.ready_at = now + delay
            self._push(agent.ready_at, TimerKind.AGENT_DELAY, agent.agent_id)
        self._set_presence(agent, Presence.AWAY if away else Presence.IDLE, now)
        if not away and not agent.delayed:
            self._index_all(agent)
        offer = self._dispatch_agent(agent, now)
        if offer:
            decisions.append(offer)
        return decisions

    # --- timer handlers ---------------------------------------------------------------------

    def _push(self, when: float, kind: TimerKind, key: str) -> None:
        self._seq += 1
        heapq.heappush(self._timers, (when, self._seq, kind, key))

    def _live(self, timer: _Timer) -> bool:
        when, _seq, kind, key = timer
        if kind in (TimerKind.RING, TimerKind.TIER, TimerKind.MAX_WAIT):
            rec = self._callers.get(key)
            if rec is None:
                return False
            if kind is TimerKind.RING:
                return rec.offered_to is not None and rec.offer_deadline == when
            return (rec.tier_at if kind is TimerKind.TIER else rec.max_wait_at) == when
        if kind is TimerKind.AGENT_DELAY:
            agent = self._agents.get(key)
            return agent is not None and agent.delayed and agent.ready_at == when
        if kind is TimerKind.NO_AGENT:
            q = self._queues.get(key)
            return q is not None and q.no_agent_timer_at == when
        if kind is TimerKind.DISPATCH_AGENT:
            return key in self._agents
        if kind is TimerKind.DISPATCH_CALLER:
            return key in self._callers
        return key in self._queues  # LEAVE_EMPTY, REDISPATCH_QUEUE

    def _fire(self, kind: TimerKind, key: str, now: float) -> list[Decision]:
        if kind is TimerKind.RING:
            rec = self._callers[key]
            assert rec.offered_to is not None
            agent = self._agents[rec.offered_to]
            timed_out: list[Decision] = [OfferTimedOut(key, agent.agent_id)]
            return timed_out + self._fail_offer(rec, agent, OfferOutcome.NO_ANSWER, now)
        if kind is TimerKind.AGENT_DELAY:
            agent = self._agents[key]
            agent.delayed = False
            if agent.presence is not Presence.IDLE:
                return []
            self._index_all(agent)
            return self._one(self._dispatch_agent(agent, now))
        if kind is TimerKind.TIER:
            rec = self._callers[key]
            q = self._queues[rec.caller.queue]
            self._retier(q, rec, now)
            return self._one(self._dispatch_caller(q, rec, now))
        if kind is TimerKind.MAX_WAIT:
            rec = self._callers[key]
            rec.max_wait_at = None
            if rec.offered_to is not None:
                rec.expired = True  # decided when the offer ends
                return []
            return [self._overflow(self._queues[rec.caller.queue], rec, "timeout")]
        if kind is TimerKind.NO_AGENT:
            return self._fire_no_agent(self._queues[key], now)
        if kind is TimerKind.DISPATCH_AGENT:
            return self._one(self._dispatch_agent(self._agents[key], now))
        if kind is TimerKind.DISPATCH_CALLER:
            rec = self._callers[key]
            return self._one(self._dispatch_caller(self._queues[rec.caller.queue], rec, now))
        q = self._queues[key]
        if kind is TimerKind.LEAVE_EMPTY:
            if not (q.cfg.leave_when_empty and q.is_empty()):
                return []
            waiting = [r for r in q.callers.values() if r.offered_to is None]
            return [self._overflow(q, r, "leave_empty") for r in waiting]
        return self._redispatch_queue(q, now)

    def _fire_no_agent(self, q: QueueRec, now: float) -> list[Decision]:
        """FS max-wait-time-with-no-agent (+ -time-reached grace per caller)."""
        q.no_agent_timer_at = None
        if q.has_present_member() or q.no_agent_since is None:
            return []
        decisions: list[Decision] = []
        while q.callers:  # join order; all are waiting (nobody is present to ring)
            rec = next(iter(q.callers.values()))
            due = self._no_agent_due(q, rec)
            if due > now:
                self._arm_at(q, due)
                break
            decisions.append(self._overflow(q, rec, "no_agent_timeout"))
        return decisions

    def _no_agent_due(self, q: QueueRec, rec: CallerRec) -> float:
        cfg = q.cfg
        assert q.no_agent_since is not None
        due = q.no_agent_since + cfg.max_wait_time_with_no_agent
        if cfg.max_wait_time_with_no_agent_time_reached > 0:
            grace = cfg.max_wait_time_with_no_agent + cfg.max_wait_time_with_no_agent_time_reached
            due = max(due, rec.caller.joined_at + grace)
        return due

    def _arm_no_agent(self, q: QueueRec, rec: CallerRec) -> None:
        if q.cfg.max_wait_time_with_no_agent > 0:
            self._arm_at(q, self._no_agent_due(q, rec))

    def _arm_at(self, q: QueueRec, when: float) -> None:
        if q.no_agent_timer_at is None or when < q.no_agent_timer_at:
            q.no_agent_timer_at = when
            self._push(when, TimerKind.NO_AGENT, q.cfg.name)

    def _redispatch_queue(self, q: QueueRec, now: float) -> list[Decision]:
        """The lowest staffed tier changed (tier-rule-no-agent-no-wait): match its idle agents."""
        level = q.lowest_present_level()
        decisions: list[Decision] = []
        if level is None:
            return decisions
        for agent_id in q.index.agents_at(level):
            if not q.waiting_count:
                break
            offer = self._dispatch_agent(self._agents[agent_id], now)
            if offer:
                decisions.append(offer)
        return decisions

    # --- bookkeeping ------------------------------------------------------------------------

    def _retier(self, q: QueueRec, rec: CallerRec, now: float, insert: bool = False) -> None:
        """Recompute which tier levels are open for the caller and arm the next escalation."""
        cfg = q.cfg
        joined = rec.caller.joined_at
        wait_second = cfg.tier_rule_wait_second
        level, next_at = ALL_LEVELS, None
        if cfg.tier_rules_apply and wait_second > 0:
            if not cfg.tier_rule_wait_multiply_level:
                if now < joined + wait_second:
                    level, next_at = 0, joined + wait_second
            else:
                n = max(0, int((now - joined) // wait_second))
                while joined + (n + 1) * wait_second <= now:
                    n += 1
                while n > 0 and joined + n * wait_second > now:
                    n -= 1
                if n < q.max_level():
                    level, next_at = n, joined + (n + 1) * wait_second
        if rec.offered_to is None and not insert and level != rec.open_level:
            q.buckets[rec.open_level].remove(rec.key)
            insert = True
        rec.open_level = level
        if insert and rec.offered_to is None:
            q.buckets.setdefault(level, SortedList()).add(rec.key)
        if next_at != rec.tier_at:
            rec.tier_at = next_at
            if next_at is not None:
                self._push(next_at, TimerKind.TIER, rec.caller.call_id)

    def _requeue(self, q: QueueRec, rec: CallerRec) -> None:
        rec.offered_to = rec.offer_deadline = None
        q.offering -= 1
        q.buckets.setdefault(rec.open_level, SortedList()).add(rec.key)

    def _remove_caller(self, rec: CallerRec) -> None:
        q = self._queues[rec.caller.queue]
        if rec.offered_to is None:
            q.buckets[rec.open_level].remove(rec.key)
        else:
            q.offering -= 1
        q.all_keys.remove(rec.key)
        del q.callers[rec.caller.call_id]
        del self._callers[rec.caller.call_id]

    def _overflow(self, q: QueueRec, rec: CallerRec, reason: OverflowReason) -> Overflow:
        self._remove_caller(rec)
        return Overflow(rec.caller.call_id, q.cfg.name, q.cfg.overflow_target, reason)

    def _set_presence(self, agent: AgentRec, presence: Presence, now: float) -> None:
        old = agent.presence
        if old is presence:
            return
        agent.presence = presence
        for name, member in agent.queues.items():
            q = self._queues[name]
            was = self._queue_state(q)
            q.count_presence(old, member.level, -1)
            q.count_presence(presence, member.level, +1)
            self._after_queue_change(q, was, now)

    def _queue_state(self, q: QueueRec) -> tuple[bool, bool, int | None]:
        return (q.is_empty(), q.has_present_member(), q.lowest_present_level())

    def _after_queue_change(
        self, q: QueueRec, was: tuple[bool, bool, int | None], now: float
    ) -> None:
        was_empty, was_present, was_lowest = was
        cfg = q.cfg
        if not was_empty and cfg.leave_when_empty and q.callers and q.is_empty():
            self._push(now, TimerKind.LEAVE_EMPTY, cfg.name)
        present = q.has_present_member()
        if was_present and not present:
            q.no_agent_since = now
            if q.callers:
                self._arm_no_agent(q, next(iter(q.callers.values())))
        elif present and not was_present:
            q.no_agent_since = q.no_agent_timer_at = None
        if (
            cfg.tier_rules_apply
            and cfg.tier_rule_no_agent_no_wait
            and q.waiting_count
            and q.lowest_present_level() != was_lowest
        ):
            self._push(now, TimerKind.REDISPATCH_QUEUE, cfg.name)

    def _index_one(self, agent: AgentRec, q: QueueRec) -> None:
        member = agent.queues[q.cfg.name]
        key = strategy_key(
            q.cfg.strategy,
            agent.agent_id,
            member.position,
            agent.last_bridge_end,
            agent.calls_answered,
            agent.talk_time,
        )
        q.index.add(agent.agent_id, member.level, key)

    def _index_all(self, agent: AgentRec) -> None:
        for name in agent.queues:
            q = self._queues[name]
            if agent.agent_id not in q.index:
                self._index_one(agent, q)

    def _unindex_all(self, agent: AgentRec) -> bool:
        found = False
        for name in agent.queues:
            index = self._queues[name].index
            if agent.agent_id in index:
                index.discard(agent.agent_id)
                found = True
        return found

    def _offer_of(self, call_id: str, agent_id: str) -> tuple[CallerRec, AgentRec]:
        rec = self._callers.get(call_id)
        if rec is None or rec.offered_to != agent_id:
            raise StaleOffer(f"no pending offer of call {call_id!r} to agent {agent_id!r}")
        return rec, self._agents[agent_id]

    def _queue(self, name: str) -> QueueRec:
        q = self._queues.get(name)
        if q is None:
            raise RoutingError(f"unknown queue {name!r}")
        return q

    def _agent(self, agent_id: str) -> AgentRec:
        agent = self._agents.get(agent_id)
        if agent is None:
            agent = self._agents[agent_id] = AgentRec(AgentRoutingConfig(agent_id))
        return agent

    def _clock(self, now: float | None) -> float:
        if now is not None and now > self._now:
            self._now = now
        return self._now if now is None else now

    @staticmethod
    def _one(offer: Offer | None) -> list[Decision]:
        return [offer] if offer else []
