"""Property test: random event streams never double-book an agent or lose a caller."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from server_stub.domain.routing import (
    AgentMaxNoAnswer,
    AgentRoutingConfig,
    Caller,
    Decision,
    Offer,
    OfferOutcome,
    OfferTimedOut,
    Overflow,
    QueueConfig,
    Router,
    Strategy,
)

AGENTS = [f"a{i}" for i in range(5)]
QUEUES = [
    QueueConfig("q0", max_wait_time=120.0, ring_timeout=10.0),
    QueueConfig(
        "q1",
        strategy=Strategy.ROUND_ROBIN,
        tier_rules_apply=True,
        tier_rule_wait_second=15.0,
        tier_rule_no_agent_no_wait=True,
        max_wait_time_with_no_agent=40.0,
        leave_when_empty=False,
    ),
    QueueConfig("q2", strategy=Strategy.RANDOM, weight=2, leave_when_empty=True),
]
OUTCOMES = [OfferOutcome.NO_ANSWER, OfferOutcome.BUSY, OfferOutcome.REJECTED, OfferOutcome.ERROR]


class Model:
    """What the coordinator would believe, built only from the router's decisions."""

    def __init__(self) -> None:
        self.router = Router(random.Random(3))
        for cfg in QUEUES:
            self.router.configure_queue(cfg)
        for i, agent in enumerate(AGENTS):
            self.router.configure_agent(
                AgentRoutingConfig(
                    agent,
                    max_no_answer=2,
                    no_answer_delay_time=5.0 * (i % 2),
                    busy_delay_time=3.0,
                    reject_delay_time=0.0,
                )
            )
            for j, cfg in enumerate(QUEUES):
                if (i + j) % 3 != 2:
                    self.router.add_member(agent, cfg.name, level=1 + (i + j) % 2, position=i)
        self.agent: dict[str, str] = dict.fromkeys(AGENTS, "away")  # away/ready/ringing/busy/wrap
        self.ringing: dict[str, str] = {}  # agent -> call
        self.caller: dict[str, str] = {}  # call -> waiting/offered/answered/abandoned/overflowed
        self.now = 0.0
        self.n = 0

    def apply(self, decisions: list[Decision]) -> None:
        for d in decisions:
            if isinstance(d, Offer):
                assert self.agent[d.agent_id] == "ready", f"{d.agent_id} double-booked"
                assert self.caller[d.call_id] == "waiting", f"{d.call_id} offered twice"
                self.agent[d.agent_id] = "ringing"
                self.ringing[d.agent_id] = d.call_id
                self.caller[d.call_id] = "offered"
            elif isinstance(d, OfferTimedOut):
                assert self.ringing.pop(d.agent_id) == d.call_id
                self.agent[d.agent_id] = "ready"
                self.caller[d.call_id] = "waiting"
            elif isinstance(d, AgentMaxNoAnswer):
                assert self.agent[d.agent_id] == "ready"
                self.agent[d.agent_id] = "away"
            elif isinstance(d, Overflow):
                assert self.caller[d.call_id] == "waiting"
                self.caller[d.call_id] = "overflowed"

    def fail(self, agent: str, outcome: OfferOutcome) -> None:
        call = self.ringing.pop(agent)
        self.agent[agent] = "ready"
        self.caller[call] = "waiting"
        self.apply(self.router.offer_failed(call, agent, outcome, self.now))

    def step(self, op: int, arg: int) -> None:
        r = self.router
        agent = AGENTS[arg % len(AGENTS)]
        if op == 0:
            self.n += 1
            call = f"c{self.n}"
            self.caller[call] = "waiting"
            caller = Caller(call, QUEUES[arg % 3].name, self.now, priority=arg % 2)
            self.apply(r.enqueue(caller, self.now))
        elif op == 1 and self.agent[agent] in ("away", "wrap"):
            self.agent[agent] = "ready"
            self.apply(r.agent_ready(agent, self.now))
        elif op == 2 and self.agent[agent] in ("ready", "ringing", "wrap"):
            if agent in self.ringing:
                self.caller[self.ringing.pop(agent)] = "waiting"
            self.agent[agent] = "away"
            r.agent_unavailable(agent, self.now)
        elif op == 3 and agent in self.ringing:
            call = self.ringing.pop(agent)
            r.offer_answered(call, agent, self.now)
            self.agent[agent], self.caller[call] = "busy", "answered"
        elif op == 4 and agent in self.ringing:
            self.fail(agent, OUTCOMES[arg % 4])
        elif op == 5 and self.agent[agent] == "busy":
            r.call_finished(agent, self.now, float(arg))
            self.agent[agent] = "wrap"
        elif op == 6:
            live = [c for c, s in self.caller.items() if s in ("waiting", "offered")]
            if live:
                call = live[arg % len(live)]
                for a, c in list(self.ringing.items()):
                    if c == call:
                        del self.ringing[a]
                        self.agent[a] = "ready"
                self.caller[call] = "abandoned"
                r.abandon(call, self.now)
        elif op == 7:
            self.now += arg / 4
        self.apply(r.advance(self.now))
        self.check()

    def check(self) -> None:
        r = self.router
        queued = {c.call_id for cfg in QUEUES for c in r.waiting(cfg.name)}
        assert queued == {c for c, s in self.caller.items() if s in ("waiting", "offered")}
        for call, state in self.caller.items():
            expected = next((a for a, c in self.ringing.items() if c == call), None)
            assert r.offered_agent(call) == expected, call
            assert (r.position(call) is not None) == (state in ("waiting", "offered"))
        assert len(set(self.ringing.values())) == len(self.ringing)
        deadline = r.next_deadline()
        assert deadline is None or deadline > self.now


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 7), st.integers(0, 99)), max_size=120))
def test_random_streams_keep_agents_and_callers_consistent(ops: list[tuple[int, int]]) -> None:
    model = Model()
    for op, arg in ops:
        model.step(op, arg)
    # Drain: everybody ready, then run timers until nothing is pending.
    for agent in AGENTS:
        if model.agent[agent] in ("away", "wrap"):
            model.agent[agent] = "ready"
            model.apply(model.router.agent_ready(agent, model.now))
    for _ in range(200):
        deadline = model.router.next_deadline()
        if deadline is None:
            break
        model.now = deadline
        model.apply(model.router.advance(model.now))
        model.check()
