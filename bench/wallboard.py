"""Supervisor wallboard figures: 500 agents, 50 queues, a stream of events fed into the
SupervisorPresenter behind a visible SupervisorTab (1366×768, offscreen) → latency from
event received to the table viewport repainted (p50/p95/max) and the process's CPU.

No server: frames are built like the coordinator's, parsed as the session parses them and
delivered through the same typed signals (`agent_state_changed`, `call_answered`, …). Run:
    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/wallboard.py [--seconds 30]
        [--rate 100] [--flush-ms 200]"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject, QTimer, Signal  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from agent_desktop.cti import CtiClient  # noqa: E402
from agent_desktop.platform.qloop import QEventLoop  # noqa: E402
from agent_desktop.presenters.tasks import TaskRunner  # noqa: E402
from agent_desktop.protocol import (  # noqa: E402
    AgentStateChanged,
    AgentStateView,
    AgentSummary,
    CallAnswered,
    CallEnded,
    Event,
    QueueStats,
    QueueStatsUpdated,
    parse_event,
)
from agent_desktop.supervisor import presenter as presenter_module  # noqa: E402
from agent_desktop.supervisor.live_models import AgentRow, QueueRow  # noqa: E402
from agent_desktop.supervisor.presenter import SupervisorPresenter  # noqa: E402
from agent_desktop.supervisor.tab import SupervisorTab  # noqa: E402

STATES = ["ready", "not_ready", "reserved", "on_call", "wrap_up"]


class Source(QObject):
    """Stands in for SessionPresenter: parses each frame once, emits its typed signal."""

    agent_state_changed = Signal(object)
    queue_stats_updated = Signal(object)
    call_answered = Signal(object)
    call_updated = Signal(object)
    call_ended = Signal(object)
    system_health_changed = Signal(object)
    resynced = Signal(object)

    def deliver(self, frame: Event) -> None:
        payload = parse_event(frame)
        if isinstance(payload, AgentStateChanged):
            self.agent_state_changed.emit(payload)
        elif isinstance(payload, QueueStatsUpdated):
            self.queue_stats_updated.emit(payload)
        elif isinstance(payload, CallAnswered):
            self.call_answered.emit(payload)
        elif isinstance(payload, CallEnded):
            self.call_ended.emit(payload)


class Feed:
    """Builds coordinator-like events for `agents` agents and `queues` queues."""

    def __init__(self, agents: int, queues: int) -> None:
        self.rng = random.Random(500)
        self.agents = [f"{2000 + i}" for i in range(agents)]
        self.queues = [f"q{i:02d}" for i in range(queues)]
        self.calls: dict[str, str] = {}  # call id -> agent
        self.seq = 0

    def next(self) -> Event:
        self.seq += 1
        now = time.time()
        roll = self.rng.random()
        if roll < 0.2:
            queue = self.rng.choice(self.queues)
            data: dict[str, Any] = {
                "queue": queue,
                "waiting": self.rng.randint(0, 12),
                "longest_wait": self.rng.uniform(0, 120),
                "offered": self.seq,
                "answered": self.seq - 3,
                "abandoned": 3,
                "short_abandoned": 1,
                "service_level": self.rng.uniform(0.6, 1),
                "service_level_threshold": 20.0,
                "asa": 14.2,
                "aht": 201.0,
                "abandon_rate": 0.02,
                "agents_by_state": {"ready": 4, "on_call": 6, "not_ready": 2},
            }
            return Event(seq=self.seq, type="queue_stats_updated", ts=now, data=data)
        if roll < 0.3:
            if self.calls and (len(self.calls) > 100 or self.rng.random() < 0.5):
                call_id = self.rng.choice(list(self.calls))
                agent = self.calls.pop(call_id)
                kind, state = "call_ended", "ended"
            else:
                call_id, agent = f"c{self.seq}", self.rng.choice(self.agents)
                self.calls[call_id] = agent
                kind, state = "call_answered", "active"
            data = {
                "id": call_id,
                "direction": "inbound",
                "state": state,
                "ani": f"138{self.rng.randint(0, 99999999):08d}",
                "queue": self.rng.choice(self.queues),
                "agent_id": agent,
                "started_at": now - 20,
                "answered_at": now - 5,
            }
            return Event(seq=self.seq, type=kind, ts=now, data=data)
        agent = self.rng.choice(self.agents)
        state = self.rng.choice(STATES)
        view = {
            "agent_id": agent,
            "state": state,
            "since": now,
            "reason": "break" if state == "not_ready" else None,
            "call_id": None,
        }
        return Event(seq=self.seq, type="agent_state_changed", ts=now, data=view)


class PaintProbe(QObject):
    """Times each viewport paint (start → the next zero timer after it); events flushed
    before a paint get their latency when it ends."""

    def __init__(self) -> None:
        super().__init__()
        self.received: list[float] = []  # event receive times not yet flushed
        self.flushed: list[float] = []  # flushed, not yet painted
        self.latencies: list[float] = []
        self.paints = 0
        self.paint_ms: list[float] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            # the paint runs after this filter; a zero timer fires once it is done
            start, waiting = time.perf_counter(), list(self.flushed)
            self.flushed.clear()
            QTimer.singleShot(0, lambda: self._painted(start, waiting))
        return False

    def _painted(self, start: float, waiting: list[float]) -> None:
        end = time.perf_counter()
        self.paints += 1
        self.paint_ms.append((end - start) * 1000)
        self.latencies.extend((end - t) * 1000 for t in waiting)


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else float("nan")


async def run(args: argparse.Namespace, app: QApplication) -> dict[str, Any]:
    presenter_module.FLUSH_MS = args.flush_ms
    feed = Feed(args.agents, args.queues)
    source = Source()
    presenter = SupervisorPresenter(CtiClient("http://127.0.0.1:9"), source, TaskRunner())
    now = time.time()
    presenter.agents.reset(
        AgentRow.from_summary(
            AgentSummary(
                agent_id=a,
                name=f"Agent {a}",
                role="agent",
                calls_today=0,
                state=AgentStateView(agent_id=a, state="ready", since=now),
            )
        )
        for a in feed.agents
    )
    presenter.queues.reset(
        QueueRow(
            QueueStats(
                queue=q,
                waiting=0,
                longest_wait=0,
                offered=0,
                answered=0,
                abandoned=0,
                service_level_threshold=20,
            ),
            now,
        )
        for q in feed.queues
    )
    tab = SupervisorTab(presenter)
    tab.resize(1366, 768)
    tab.show()
    probe = PaintProbe()
    for view in (tab.live.queue_table, tab.live.agent_table, tab.live.call_table):
        view.viewport().installEventFilter(probe)
    presenter.flushed.connect(
        lambda _n: (probe.flushed.extend(probe.received), probe.received.clear())
    )
    presenter.start(load=False)
    await asyncio.sleep(1.0)  # first layout and paint

    sent = 0
    started = time.perf_counter()
    interval = 1.0 / args.rate

    def send() -> None:
        nonlocal sent
        due = int((time.perf_counter() - started) / interval) + 1
        while sent < due:  # keep the rate even when a timer fires late
            probe.received.append(time.perf_counter())
            source.deliver(feed.next())
            sent += 1

    timer = QTimer()
    timer.setInterval(max(1, int(interval * 1000)))
    timer.timeout.connect(send)
    cpu0, wall0 = os.times(), time.perf_counter()
    flushes = [0]
    presenter.flushed.connect(lambda _n: flushes.__setitem__(0, flushes[0] + 1))
    probe.latencies.clear()
    paints0 = probe.paints
    timer.start()
    await asyncio.sleep(args.seconds)
    timer.stop()
    cpu1, wall1 = os.times(), time.perf_counter()
    await asyncio.sleep(0.5)
    wall = wall1 - wall0
    cpu = (cpu1.user - cpu0.user) + (cpu1.system - cpu0.system)
    presenter.close()
    tab.close()
    return {
        "events": sent,
        "rate": sent / wall,
        "flushes_per_s": flushes[0] / wall,
        "paints_per_s": (probe.paints - paints0) / wall,
        "latency_p50_ms": statistics.median(probe.latencies) if probe.latencies else 0,
        "latency_p95_ms": pct(probe.latencies, 0.95),
        "latency_max_ms": max(probe.latencies, default=0),
        "paint_p50_ms": statistics.median(probe.paint_ms),
        "paint_p95_ms": pct(probe.paint_ms, 0.95),
        "cpu_percent": 100 * cpu / wall,
        "agents": args.agents,
        "queues": args.queues,
        "calls_in_progress": presenter.calls.rowCount(),
        "flush_ms": args.flush_ms,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--rate", type=float, default=100, help="events per second")
    parser.add_argument("--agents", type=int, default=500)
    parser.add_argument("--queues", type=int, default=50)
    parser.add_argument("--flush-ms", type=int, default=presenter_module.FLUSH_MS)
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    loop = QEventLoop(app)
    asyncio.set_event_loop(loop)
    result = loop.run_until_complete(run(args, app))
    print(
        f"{result['agents']} agents, {result['queues']} queues, "
        f"{result['events']} events at {result['rate']:.1f}/s over {args.seconds:g} s "
        f"(flush every ≥{result['flush_ms']} ms)"
    )
    print(
        f"event received → viewport repainted: p50 {result['latency_p50_ms']:.0f} ms, "
        f"p95 {result['latency_p95_ms']:.0f} ms, max {result['latency_max_ms']:.0f} ms"
    )
    print(
        f"model flushes {result['flushes_per_s']:.1f}/s, viewport paints "
        f"{result['paints_per_s']:.1f}/s (paint p50 {result['paint_p50_ms']:.1f} ms, "
        f"p95 {result['paint_p95_ms']:.1f} ms), calls in progress "
        f"{result['calls_in_progress']}"
    )
    print(f"CPU of this process: {result['cpu_percent']:.1f} % of one core")
    sys.stdout.flush()
    # PySide6 6.12.0 aborted in its finalizer here ("bool_dealloc": its emit() stole
    # references to True; that release is excluded now); the figures are out, so leave.
    os._exit(0)


if __name__ == "__main__":
    sys.exit(main())
