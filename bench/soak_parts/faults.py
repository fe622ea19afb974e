"""The soak's faults, their schedule, and what each one does to the running product."""

from __future__ import annotations

import asyncio
import contextlib
import os
import random
import signal
import time
from collections.abc import Callable
from dataclasses import dataclass

from server_stub.procfs import stat_fields
from server_stub.sim.agent import SimAgent
from server_stub.sim.customer import SimCustomer
from tests.support.netimpair import CLEAN, ImpairedLink, Impairment

from .agents import drop_stream, reconnect_stream
from .invariants import RestartOutcome
from .server import Server, ServerDown

FAULTS = ("ws_drop", "impair", "worker_kill", "kamailio_kill", "coordinator_restart")
WS_DOWN_SECONDS = 8.0  # longer than the server's 6 s grace for a desktop to come back
IMPAIRMENT = Impairment(loss=0.03, delay_ms=40, jitter_ms=30)


@dataclass
class Planned:
    at: float  # seconds after the first call
    fault: str


def schedule(duration: float, cycles: int) -> list[Planned]:
    """Each cycle spreads the five faults over its share of the run, leaving its first
    and last tenth quiet (calls settle; the last faults' calls can end before the drain)."""
    plan = []
    span = duration / cycles
    for cycle in range(cycles):
        for i, fault in enumerate(FAULTS):
            plan.append(Planned(cycle * span + span * (0.1 + 0.8 * i / len(FAULTS)), fault))
    return plan


def _ticks(pid: int) -> int:
    try:
        fields = stat_fields(pid)
        return int(fields[11]) + int(fields[12])
    except (OSError, IndexError, ValueError):
        return -1


class Faults:
    """Injects one fault at a time; `say` prints a timestamped line of the run."""

    def __init__(
        self,
        server: Server,
        agents: Callable[[], list[SimAgent]],
        live: Callable[[], list[SimCustomer]],
        link: ImpairedLink | None,
        impaired: list[str],
        say: Callable[[str], None],
        rng: random.Random,
        impair_seconds: float,
    ) -> None:
        self.server, self.agents, self.live, self.link = server, agents, live, link
        self.impaired, self.say, self.rng = impaired, say, rng
        self.impair_seconds = impair_seconds
        self.restarts: list[RestartOutcome] = []
        self.injected: dict[str, int] = {}
        self.defects: list[str] = []
        self._t0 = time.monotonic()
        self._watch: list[tuple[RestartOutcome, list[SimCustomer], float]] = []
        self.timeline: list[tuple[float, str]] = []  # (wall clock, fault) as injected
        self.offline: set[str] = set()  # agents whose event stream is held closed

    def fault_before(self, when: float) -> str:
        """The last fault injected before wall-clock `when`, with how long before."""
        earlier = [(t, f) for t, f in self.timeline if t <= when]
        if not earlier:
            return "no fault before"
        t, fault = earlier[-1]
        return f"{when - t:.1f} s after {fault}"

    def start_clock(self) -> None:
        self._t0 = time.monotonic()

    def now(self) -> float:
        return time.monotonic() - self._t0

    async def inject(self, fault: str) -> None:
        self.injected[fault] = self.injected.get(fault, 0) + 1
        self.timeline.append((time.time(), fault))
        await getattr(self, fault)()

    # -- the faults ---------------------------------------------------------------------

    async def ws_drop(self) -> None:
        agents = self.agents()
        chosen = self.rng.sample(agents, max(1, len(agents) // 2))
        self.offline = {a.agent_id for a in chosen}
        dropped = [a.agent_id for a in chosen if drop_stream(a)]
        self.say(f"fault ws_drop: event streams of {', '.join(dropped) or 'nobody'} closed")
        await asyncio.sleep(WS_DOWN_SECONDS)
        self.offline = set()
        for agent in chosen:
            reconnect_stream(agent)
        self.say(f"  ws_drop: streams reopened after {WS_DOWN_SECONDS:g} s")

    async def impair(self) -> None:
        if self.link is None:
            self.say("fault impair: SKIPPED (needs root, /dev/net/tun and `ip`: not available)")
            return
        self.link.reset_stats()
        self.link.set(IMPAIRMENT)
        self.say(
            f"fault impair: {IMPAIRMENT.describe()} each way on the media of agents "
            f"{', '.join(self.impaired)} for {self.impair_seconds:.0f} s"
        )
        await asyncio.sleep(self.impair_seconds)
        self.link.set(CLEAN)
        st = self.link.to_ns.stats, self.link.from_ns.stats
        self.say(
            f"  impair: link clean again; packets to agents {st[0].received} "
            f"(lost {st[0].lost}), from agents {st[1].received} (lost {st[1].lost})"
        )

    async def worker_kill(self) -> None:
        workers = [pid for pid, what in self.server.children() if what == "media worker"]
        if not workers:
            self.say("fault worker_kill: no media worker found")
            return
        before = {pid: _ticks(pid) for pid in workers}
        await asyncio.sleep(0.5)
        busiest = max(workers, key=lambda pid: _ticks(pid) - before[pid])  # one with a call
        with contextlib.suppress(ProcessLookupError):
            os.kill(busiest, signal.SIGKILL)
        self.say(f"fault worker_kill: media worker {busiest} killed (-9), of {len(workers)}")

    async def kamailio_kill(self) -> None:
        kams = [pid for pid, what in self.server.children() if what == "Kamailio"]
        for pid in kams:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        t0 = time.monotonic()
        self.say(f"fault kamailio_kill: {len(kams)} Kamailio processes killed (-9)")
        await asyncio.sleep(1.0)
        try:
            await self.server.wait_healthy(45)
        except ServerDown as exc:
            self.defects.append(f"Kamailio not back 45 s after a kill: {exc}")
            self.say(f"  kamailio_kill: DEFECT edge not back: {exc}")
            return
        self.say(
            f"  kamailio_kill: edge healthy again after {time.monotonic() - t0:.1f} s; "
            f"{self._bindings()}"
        )

    async def coordinator_restart(self) -> None:
        live = self.live()
        at = self.now()
        t0 = time.monotonic()
        self.server.kill9()
        self.say(f"fault coordinator_restart: coordinator killed (-9) with {len(live)} live calls")
        note = ""
        self.server.start()
        try:
            await self.server.wait_healthy(60)
        except ServerDown as exc:
            left = self.server.stop_orphans()
            note = f"first start failed ({exc}); {len(left)} leftover processes stopped by hand"
            self.defects.append(f"coordinator restart on the same data dir: {note}")
            self.say(f"  coordinator_restart: DEFECT {note}; starting again")
            if self.server.proc is not None and self.server.proc.poll() is None:
                self.server.proc.kill()
                self.server.proc.wait(10)
            self.server.start()
            await self.server.wait_healthy(60)
        took = time.monotonic() - t0
        outcome = RestartOutcome(at, len(live), 0, took, note)
        self.restarts.append(outcome)
        self.say(f"  coordinator_restart: healthy again after {took:.1f} s; {self._bindings()}")
        self._watch.append((outcome, live, time.time()))

    def _bindings(self) -> str:
        """How many of the agents' phones the edge's location table (flushed to disk after
        every change) still holds: softphones do not register again when the edge
        restarts, so the table must outlive it."""
        path = self.server.data_dir / "edge" / "location-db" / "location"
        try:
            rows = path.read_text("utf-8").splitlines()[1:]
        except OSError as exc:
            return f"location table unreadable ({exc})"
        users = {row.split(":")[2] for row in rows if row.count(":") > 2}
        agents = self.agents()
        held = sum(1 for a in agents if a.agent_id in users)
        return f"the edge holds {held}/{len(agents)} phones' registrations"

    def count_survivors(self) -> None:
        """After the run: a live call survived a restart when it was still connected after
        it and ended by the customer's own hang-up (outcome `talked`)."""
        for outcome, live, healthy_at in self._watch:
            outcome.survived = sum(
                1
                for cus in live
                if cus.result.outcome == "talked" and (cus.result.ended_at or 0) > healthy_at
            )
            outcome.ended_while_down = sum(
                1
                for cus in live
                if cus.result.outcome == "talked" and (cus.result.ended_at or 0) <= healthy_at
            )
