"""Dialler benchmark: a simulated outbound campaign (no SIP) run in each mode with the
server's own pacing (server_stub.outbound.engine.Pacer), progressive as the baseline.

20 agents and 500 contacts by default; per dial a customer answers (30 %), is busy
(12 %), does not answer in 25 s (50 %) or the call fails (8 %); busy and no answer are
retried twice, 5 minutes apart; talk ~ log-normal around 90 s, then 10 s of wrap-up. An
answered call that finds no free agent within 2 s is dropped (plays the message). Prints
one line per mode: dial rate, agent occupancy (talk + wrap over signed-in time), drop
rate (dropped over answered) as percentages.

`--machine-rate R`: that share of the answered calls is an answering machine. Customer-
first modes (predictive, broadcast) then detect machines as the server does (docs/
outbound.md): a machine holds its line AMD_SECONDS more and ends `machine` (retried by its
rule, no agent involved), a person reaches an agent AMD_HUMAN_DELAY later. Agent-first
modes (preview, progressive) are not analysed: the agent hears the machine's greeting and
spends MACHINE_TALK seconds on it (an answered call in the figures).

Run: .venv/bin/python bench/dialer.py [--quick] [--agents N] [--contacts N] [--seed S]
     [--machine-rate R]
"""

from __future__ import annotations

import argparse
import math
import random
import sys
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from server_stub.outbound.engine import (
    Figures,
    Pacer,
    RetryRule,
    next_attempt,
)

P_ANSWER, P_BUSY, P_NO_ANSWER = 0.30, 0.12, 0.50  # the rest fails
RING_TIMEOUT = 25.0
HOLD_BEFORE_DROP = 2.0
WRAP = 10.0
PREVIEW_SECONDS = 12.0
BROADCAST_MESSAGE = 30.0
BROADCAST_PRESS_1 = 0.15
AMD_SECONDS = 2.8  # a machine's greeting until the verdict (2.5 s of speech, then the check)
AMD_HUMAN_DELAY = 1.2  # a person's "hello?" and the 0.5 s pause that tells it is a person
MACHINE_TALK = 15.0  # an agent on a machine: hears the greeting, hangs up, records it
RULES = {
    "busy": RetryRule(3, 300.0),
    "no_answer": RetryRule(3, 300.0),
    "failed": RetryRule(2, 300.0),
    "machine": RetryRule(1, 300.0),
}


@dataclass
class Call:
    contact: int
    ends_ring_at: float
    outcome: str
    agent: int | None = None  # preview/progressive: the agent waiting for it


@dataclass
class Sim:
    mode: str
    agents: int
    contacts: int
    rng: random.Random
    ceiling: float = 0.03
    machine_rate: float = 0.0  # share of answered calls that are answering machines
    now: float = 0.0
    free_at: list[float] = field(default_factory=list)  # per agent: busy until
    reserved: set[int] = field(default_factory=set)
    calls: list[Call] = field(default_factory=list)
    waiting: list[tuple[float, int]] = field(default_factory=list)  # answered, no agent yet
    attempts: dict[int, int] = field(default_factory=dict)
    due: list[tuple[float, int]] = field(default_factory=list)
    figures: Figures = field(default_factory=Figures)
    busy_seconds: float = 0.0
    handle_total: float = 0.0
    handled: int = 0
    ring_total: float = 0.0
    started: list[tuple[float, bool]] = field(default_factory=list)  # per attempt
    machines: int = 0  # calls answered by a machine (detected, or an agent's time)

    def __post_init__(self) -> None:
        self.free_at = [0.0] * self.agents
        self.due = [(0.0, i) for i in range(self.contacts)]
        self.pacer = Pacer(self.mode, ceiling=self.ceiling, lines=2 * self.agents)

    # --- one dial ----------------------------------------------------------------------

    def _dial(self, agent: int | None) -> bool:
        ready = [d for d in self.due if d[0] <= self.now]
        if not ready:
            return False
        ready.sort()
        item = ready[0]
        self.due.remove(item)
        contact = item[1]
        self.attempts[contact] = self.attempts.get(contact, 0) + 1
        self.figures.dialled += 1
        draw = self.rng.random()
        detects = self.machine_rate > 0 and self.mode in ("predictive", "broadcast")
        if draw < P_ANSWER:
            outcome, ring = "answered", self.rng.uniform(4, 20)
            self.ring_total += ring
            if self.machine_rate > 0 and self.rng.random() < self.machine_rate:
                outcome = "machine"
                self.machines += 1
                ring += AMD_SECONDS if detects else 0.0
            elif detects:
                ring += AMD_HUMAN_DELAY
        elif draw < P_ANSWER + P_BUSY:
            outcome, ring = "busy", 2.0
        elif draw < P_ANSWER + P_BUSY + P_NO_ANSWER:
            outcome, ring = "no_answer", RING_TIMEOUT
        else:
            outcome, ring = "failed", 1.0
        self.calls.append(Call(contact, self.now + ring, outcome, agent))
        self.started.append((self.now, outcome == "answered"))
        if agent is not None:
            self.reserved.add(agent)
        return True

    def _free_agents(self) -> list[int]:
        return [
            a for a in range(self.agents) if self.free_at[a] <= self.now and a not in self.reserved
        ]

    def _talk(self, agent: int, seconds: float | None = None) -> None:
        talk = seconds if seconds is not None else self.rng.lognormvariate(math.log(80), 0.5)
        handle = min(600.0, talk) + WRAP
        self.free_at[agent] = self.now + handle
        self.busy_seconds += handle
        self.handle_total += handle
        self.handled += 1
        self.figures.answered += 1

    # --- one second ---------------------------------------------------------------------

    def step(self) -> None:
        for call in [c for c in self.calls if c.ends_ring_at <= self.now]:
            self.calls.remove(call)
            if call.agent is not None:
                self.reserved.discard(call.agent)
            if call.outcome == "answered":
                if self.mode == "broadcast":
                    self.figures.answered += 1  # heard the message
                    if self.rng.random() < BROADCAST_PRESS_1:
                        self.waiting.append((self.now + BROADCAST_MESSAGE, call.contact))
                elif call.agent is not None:
                    self._talk(call.agent)
                else:
                    self.waiting.append((self.now, call.contact))
                continue
            if call.outcome == "machine" and call.agent is not None:
                self._talk(call.agent, MACHINE_TALK)  # agent first: the agent hears it
                continue
            retry = next_attempt(call.outcome, self.attempts[call.contact], RULES, self.now)
            if retry is not None:
                self.due.append((retry, call.contact))
        # answered calls waiting for an agent: connected, or dropped after the hold
        for since, contact in sorted(self.waiting):
            if since > self.now:
                continue
            free = self._free_agents()
            if free:
                self.waiting.remove((since, contact))
                if self.mode == "broadcast":
                    agent = free[0]
                    handle = min(600.0, self.rng.lognormvariate(math.log(80), 0.5)) + WRAP
                    self.free_at[agent] = self.now + handle
                    self.busy_seconds += handle
                else:
                    self._talk(free[0])
            elif self.now - since >= HOLD_BEFORE_DROP:
                self.waiting.remove((since, contact))
                if self.mode != "broadcast":
                    self.figures.dropped += 1
        # new dials
        if self.mode in ("preview", "progressive"):
            delay = PREVIEW_SECONDS if self.mode == "preview" else 0.0
            for agent in self._free_agents():
                if self.free_at[agent] + delay <= self.now and not self._dial(agent):
                    break
        else:
            if int(self.now) % 5 == 0:
                self.pacer.adapt(self.figures)
            free_now = len(self._free_agents()) - len(self.waiting)
            busy = sum(1 for a in range(self.agents) if self.free_at[a] > self.now)
            handle = self.handle_total / self.handled if self.handled else 100.0
            answered = self.figures.answered + self.figures.dropped
            ring = self.ring_total / answered if answered else 12.0
            # the answer rate over attempts old enough to have ended whatever their end
            # (a young sample counts fast failures, not yet the slow answers)
            settled = [a for t, a in self.started if t <= self.now - RING_TIMEOUT]
            self.figures.completed = len(settled)
            rate = sum(settled) / len(settled) if settled else 1.0
            lines = self.pacer.to_dial(
                max(free_now, 0) if self.mode == "predictive" else self.agents,
                busy,
                len(self.calls),
                self.figures,
                answer_rate=rate,
                ring_s=ring,
                handle_s=handle,
            )
            for _ in range(lines):
                if not self._dial(None):
                    break
        self.now += 1.0

    def run(self, limit: float = 6 * 3600) -> dict[str, float]:
        while self.now < limit and (self.due or self.calls or self.waiting):
            self.step()
        minutes = self.now / 60.0
        return {
            "minutes": minutes,
            "dial_rate": self.figures.dialled / minutes if minutes else 0.0,
            "occupancy": self.busy_seconds / (self.agents * self.now) if self.now else 0.0,
            "drop_rate": self.figures.drop_rate,
            "answered": self.figures.answered,
            "dropped": self.figures.dropped,
            "dialled": self.figures.dialled,
            "machines": self.machines,
        }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="20 agents, 500 contacts")
    parser.add_argument("--agents", type=int)
    parser.add_argument("--contacts", type=int)
    parser.add_argument("--ceiling", type=float, default=0.03, help="predictive drop ceiling")
    parser.add_argument("--seed", type=int, default=17)
    parser.add_argument(
        "--machine-rate", type=float, default=0.0, help="share of answers that are machines"
    )
    args = parser.parse_args()
    agents = args.agents or 20
    contacts = args.contacts or (500 if args.quick else 5000)
    print(f"dialler bench: {agents} agents, {contacts} contacts, seed {args.seed}")
    results = {}
    for mode in ("progressive", "preview", "predictive", "broadcast"):
        sim = Sim(
            mode,
            agents,
            contacts,
            random.Random(args.seed),
            ceiling=args.ceiling,
            machine_rate=args.machine_rate,
        )
        r = sim.run()
        results[mode] = r
        print(
            f"{mode:<12} dial rate {r['dial_rate']:6.1f}/min  occupancy {r['occupancy']:6.1%}  "
            f"drop rate {r['drop_rate']:6.2%}  ({r['dialled']:.0f} dialled, "
            f"{r['answered']:.0f} answered, {r['dropped']:.0f} dropped, "
            + (f"{r['machines']:.0f} machines, " if args.machine_rate else "")
            + f"{r['minutes']:.0f} min)"
        )
    base = results["progressive"]
    pred = results["predictive"]
    print(
        f"predictive vs progressive: dial rate x{pred['dial_rate'] / base['dial_rate']:.2f}, "
        f"occupancy {pred['occupancy']:.1%} vs {base['occupancy']:.1%}, drop rate "
        f"{pred['drop_rate']:.2%} (ceiling {args.ceiling:.0%})"
    )
    return 0 if pred["drop_rate"] <= args.ceiling else 1


if __name__ == "__main__":
    raise SystemExit(main())
