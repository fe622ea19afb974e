"""Router internals: matching, timer handling and bookkeeping behind the public `Router`."""

from __future__ import annotations

import heapq
import random

from sortedcontainers import SortedList  # type: ignore[import-untyped]

from server_stub.domain.routing_state import (
    ALL_LEVELS,
    AgentEntry,
    CallerEntry,
    Presence,
    QueueEntry,
    TimerKind,
)
from server_stub.domain.routing_strategies import strategy_key
from server_stub.domain.routing_types import (
    AgentMaxNoAnswer,
    AgentRoutingConfig,
    Decision,
    Offer,
    OfferOutcome,
    OfferTimedOut,
    Overflow,
    OverflowReason,
    RoutingError,
    StaleOffer,
    Strategy,
)

__all__ = ["RouterEngine"]

_Timer = tuple[float, int, TimerKind, str]


class RouterEngine:
    """State and private operations of the router; each step is O(log n) or O(queues of agent)."""

    def __init__(self, rng: random.Random | None = None) -> None:
        self._rng = rng if rng is not None else random.Random(0)
        self._queues: dict[str, QueueEntry] = {}
        self._agents: dict[str, AgentEntry] = {}
        self._callers: dict[str, CallerEntry] = {}
        self._timers: list[_Timer] = []
        self._seq = 0
        self._now = float("-inf")  # latest time seen, for calls that carry no time
        self._extra: list[Offer] = []  # ring-all: offers beyond the first of one dispatch

    # --- matching ---------------------------------------------------------------------------

    def _dispatch_agent(self, agent: AgentEntry, now: float) -> Offer | None:
        """Best waiting caller for an idle agent across all its queues (weight, then score)."""
        if agent.presence is not Presence.IDLE or agent.delayed:
            return None
        best: tuple[int, tuple[int, float, int, str]] | None = None
        best_q: QueueEntry | None = None
        for name, member in agent.queues.items():
            q = self._queues[name]
            if not q.waiting_count:
                continue
            every_level = self._all_open_for(q, member.level)
            for open_level, bucket in q.buckets.items():
                if not bucket or (open_level < member.level and not every_level):
                    continue
                head = next(
                    (k for k in bucket if not self._excludes(q, k[3], agent.agent_id)), None
                )  # skips only callers this agent transferred away
                if head is None:
                    continue
                candidate = (-q.cfg.weight, head)
                if best is None or candidate < best:
                    best, best_q = candidate, q
        if best is None or best_q is None:
            return None
        if best_q.cfg.strategy is Strategy.RING_ALL:
            offers = self._ring_all(best_q, best_q.callers[best[1][3]], now)
            self._extra.extend(offers[1:])
            return offers[0] if offers else None
        return self._make_offer(best_q, best_q.callers[best[1][3]], agent, now)

    def _dispatch_caller(self, q: QueueEntry, rec: CallerEntry, now: float) -> Offer | None:
        if rec.offered_to is not None:
            return None
        if q.cfg.strategy is Strategy.RING_ALL:
            offers = self._ring_all(q, rec, now)
            self._extra.extend(offers[1:])
            return offers[0] if offers else None
        extra = None
        if q.cfg.tier_rules_apply and q.cfg.tier_rule_no_agent_no_wait:
            extra = q.lowest_present_level()
        agent_id = q.index.pick(rec.open_level, extra)
        if agent_id is not None and self._excludes(q, rec.caller.call_id, agent_id):
            q.index.discard(agent_id)  # the next best idle agent, if any
            other = q.index.pick(rec.open_level, extra)
            self._index_one(self._agents[agent_id], q)
            agent_id = other
        if agent_id is None:
            return None
        return self._make_offer(q, rec, self._agents[agent_id], now)

    def _ring_all(self, q: QueueEntry, rec: CallerEntry, now: float) -> list[Offer]:
        """ring-all: every idle agent of the caller's open levels is offered the call at once
        (the first is `offered_to`, the others `also_ringing`); the first to answer takes it."""
        if rec.offered_to is not None:
            return []
        extra = None
        if q.cfg.tier_rules_apply and q.cfg.tier_rule_no_agent_no_wait:
            extra = q.lowest_present_level()
        chosen: list[str] = []
        while True:
            agent_id = q.index.pick(rec.open_level, extra)
            if agent_id is None:
                break
            q.index.discard(agent_id)
            chosen.append(agent_id)
        for agent_id in chosen:  # back into the index: _make_offer takes them out properly
            self._index_one(self._agents[agent_id], q)
        chosen = [a for a in chosen if not self._excludes(q, rec.caller.call_id, a)]
        if not chosen:
            return []
        first = self._make_offer(q, rec, self._agents[chosen[0]], now)
        offers = [first]
        for agent_id in chosen[1:]:
            agent = self._agents[agent_id]
            self._unindex_all(agent)
            agent.offer_call = rec.caller.call_id
            self._set_presence(agent, Presence.RINGING, now)
            rec.also_ringing.append(agent_id)
            offers.append(
                Offer(rec.caller.call_id, agent_id, q.cfg.name, q.cfg.ring_timeout, first.deadline)
            )
        return offers

    def _release_ringer(
        self, rec: CallerEntry, agent: AgentEntry, outcome: OfferOutcome | None, now: float
    ) -> list[Decision]:
        """ring-all: one of several agents ringing for a caller leaves the offer (failed with
        `outcome`, or withdrawn with None: another answered, the agent went away); the
        caller keeps ringing the others. Returns the agent's own decisions."""
        if agent.agent_id == rec.offered_to:
            rec.offered_to = rec.also_ringing.pop(0)
        else:
            rec.also_ringing.remove(agent.agent_id)
        agent.offer_call = None
        decisions: list[Decision] = []
        if outcome is None:
            self._set_presence(agent, Presence.IDLE, now)
            if not agent.delayed:
                self._index_all(agent)
                self._push(now, TimerKind.DISPATCH_AGENT, agent.agent_id)
            return decisions
        cfg = agent.cfg
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
        if delay > 0:
            agent.delayed = True
            agent.ready_at = now + delay
            self._push(agent.ready_at, TimerKind.AGENT_DELAY, agent.agent_id)
        self._set_presence(agent, Presence.AWAY if away else Presence.IDLE, now)
        if not away and not agent.delayed:
            self._index_all(agent)
            self._push(now, TimerKind.DISPATCH_AGENT, agent.agent_id)
        return decisions

    def _excludes(self, q: QueueEntry, call_id: str, agent_id: str) -> bool:
        """A caller is not offered to the agent who transferred it here, unless that agent
        is the queue's only member (nobody else could ever take it)."""
        return q.callers[call_id].caller.transferred_by == agent_id and len(q.members) > 1

    def _all_open_for(self, q: QueueEntry, level: int) -> bool:
        cfg = q.cfg
        if not cfg.tier_rules_apply or level <= 0:
            return True
        return cfg.tier_rule_no_agent_no_wait and level == q.lowest_present_level()

    def _make_offer(self, q: QueueEntry, rec: CallerEntry, agent: AgentEntry, now: float) -> Offer:
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
        self, rec: CallerEntry, agent: AgentEntry, outcome: OfferOutcome, now: float
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
            timed_out: list[Decision] = []
            for other in list(rec.also_ringing):  # ring-all: the others first, the last fails
                timed_out.append(OfferTimedOut(key, other))
                timed_out += self._release_ringer(
                    rec, self._agents[other], OfferOutcome.NO_ANSWER, now
                )
            agent = self._agents[rec.offered_to]
            timed_out.append(OfferTimedOut(key, agent.agent_id))
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

    def _fire_no_agent(self, q: QueueEntry, now: float) -> list[Decision]:
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

    def _no_agent_due(self, q: QueueEntry, rec: CallerEntry) -> float:
        cfg = q.cfg
        assert q.no_agent_since is not None
        due = q.no_agent_since + cfg.max_wait_time_with_no_agent
        if cfg.max_wait_time_with_no_agent_time_reached > 0:
            grace = cfg.max_wait_time_with_no_agent + cfg.max_wait_time_with_no_agent_time_reached
            due = max(due, rec.caller.joined_at + grace)
        return due

    def _arm_no_agent(self, q: QueueEntry, rec: CallerEntry) -> None:
        if q.cfg.max_wait_time_with_no_agent > 0:
            self._arm_at(q, self._no_agent_due(q, rec))

    def _arm_at(self, q: QueueEntry, when: float) -> None:
        if q.no_agent_timer_at is None or when < q.no_agent_timer_at:
            q.no_agent_timer_at = when
            self._push(when, TimerKind.NO_AGENT, q.cfg.name)

    def _redispatch_queue(self, q: QueueEntry, now: float) -> list[Decision]:
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

    def _retier(self, q: QueueEntry, rec: CallerEntry, now: float, insert: bool = False) -> None:
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

    def _requeue(self, q: QueueEntry, rec: CallerEntry) -> None:
        rec.offered_to = rec.offer_deadline = None
        q.offering -= 1
        q.buckets.setdefault(rec.open_level, SortedList()).add(rec.key)

    def _remove_caller(self, rec: CallerEntry) -> None:
        q = self._queues[rec.caller.queue]
        if rec.offered_to is None:
            q.buckets[rec.open_level].remove(rec.key)
        else:
            q.offering -= 1
        q.all_keys.remove(rec.key)
        del q.callers[rec.caller.call_id]
        del self._callers[rec.caller.call_id]

    def _overflow(self, q: QueueEntry, rec: CallerEntry, reason: OverflowReason) -> Overflow:
        self._remove_caller(rec)
        return Overflow(rec.caller.call_id, q.cfg.name, q.cfg.overflow_target, reason)

    def _set_presence(self, agent: AgentEntry, presence: Presence, now: float) -> None:
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

    def _queue_state(self, q: QueueEntry) -> tuple[bool, bool, int | None]:
        return (q.is_empty(), q.has_present_member(), q.lowest_present_level())

    def _after_queue_change(
        self, q: QueueEntry, was: tuple[bool, bool, int | None], now: float
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

    def _index_one(self, agent: AgentEntry, q: QueueEntry) -> None:
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

    def _index_all(self, agent: AgentEntry) -> None:
        for name in agent.queues:
            q = self._queues[name]
            if agent.agent_id not in q.index:
                self._index_one(agent, q)

    def _unindex_all(self, agent: AgentEntry) -> bool:
        found = False
        for name in agent.queues:
            index = self._queues[name].index
            if agent.agent_id in index:
                index.discard(agent.agent_id)
                found = True
        return found

    def _offer_of(self, call_id: str, agent_id: str) -> tuple[CallerEntry, AgentEntry]:
        rec = self._callers.get(call_id)
        if rec is None or (rec.offered_to != agent_id and agent_id not in rec.also_ringing):
            raise StaleOffer(f"no pending offer of call {call_id!r} to agent {agent_id!r}")
        return rec, self._agents[agent_id]

    def _queue(self, name: str) -> QueueEntry:
        q = self._queues.get(name)
        if q is None:
            raise RoutingError(f"unknown queue {name!r}")
        return q

    def _agent(self, agent_id: str) -> AgentEntry:
        agent = self._agents.get(agent_id)
        if agent is None:
            agent = self._agents[agent_id] = AgentEntry(AgentRoutingConfig(agent_id))
        return agent

    def _clock(self, now: float | None) -> float:
        if now is not None and now > self._now:
            self._now = now
        return self._now if now is None else now

    @staticmethod
    def _one(offer: Offer | None) -> list[Decision]:
        return [offer] if offer else []
