"""A simulated customer: dials a DID through the edge, sends IVR digits, talks, hangs up."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from server_stub.media import wire as c
from server_stub.sim.host import WorkerHost

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CustomerSettings:
    """`uri` overrides `did`@`edge` (e.g. a worker's own URI in tests)."""

    did: str = "4008001000"
    edge: str = "127.0.0.1:5060"  # host:port of the SIP edge
    uri: str | None = None
    ani: str = "13800138000"  # From user: the caller number
    digits: str | None = None  # IVR digits sent `digits_delay` s after the call connects
    digits_delay: float = 2.0
    tone: Path | None = None  # WAV played to the far end while connected
    talk_seconds: float = 10.0  # hang up this long after connecting (or an agent answered)
    wait_for_agent: bool = False  # count talk_seconds from the agent's answer (in-process)
    abandon_after: float | None = None  # hang up this long after dialling unless an agent
    # answered first (with wait_for_agent; otherwise simply at that time)
    ring_timeout: float = 30.0  # give up if the call is not answered
    max_seconds: float = 600.0  # hard limit on a connected call
    record_dir: Path | None = None  # record what the customer hears and says

    @property
    def target(self) -> str:
        return self.uri or f"sip:{self.did}@{self.edge}"


@dataclass
class CustomerResult:
    """What happened to one call."""

    ani: str
    target: str
    leg: str = ""
    started_at: float = field(default_factory=time.time)
    ringing_at: float | None = None
    connected_at: float | None = None
    agent_answered_at: float | None = None
    ended_at: float | None = None
    status_code: int = 0
    end_cause: str = ""  # leg_ended cause: local, remote, no_answer, ...
    outcome: str = ""  # talked | abandoned | hung_up_by_far_end | not_answered | failed
    digits_sent: str = ""
    digits_heard: str = ""  # DTMF the far end sent
    recording: Path | None = None  # set once the WAV is complete (recording_finished)
    error: str | None = None

    @property
    def connected(self) -> bool:
        return self.connected_at is not None


class _AgentAnswered:
    """Marker: an agent (known in-process) has answered this customer's call."""


class SimCustomer:
    """`result = await SimCustomer(host, settings).run()`; one call per instance."""

    def __init__(self, host: WorkerHost, settings: CustomerSettings) -> None:
        self.host, self.settings = host, settings
        self.result = CustomerResult(ani=settings.ani, target=settings.target)
        self._queue: asyncio.Queue[Any] = asyncio.Queue()
        self._worker: Any = None
        self._hangup_sent = False
        self._digits_task: asyncio.Task[None] | None = None
        self._recording: str | None = None  # recording id, when recording

    def deliver(self, event: c.Event) -> None:
        self._queue.put_nowait(event)

    def agent_answered(self) -> None:
        """Tell the customer an agent picked up (the simulator learns it from its agents)."""
        self._queue.put_nowait(_AgentAnswered())

    async def hang_up(self) -> None:
        if self._worker is not None and self.result.leg and not self._hangup_sent:
            self._hangup_sent = True
            with contextlib.suppress(c.CommandError):
                await self._worker.command(c.Hangup(leg=self.result.leg))

    async def run(self) -> CustomerResult:
        r, s = self.result, self.settings
        self._worker = worker = await self.host.place(self)
        r.leg = self.host.new_leg_id()
        self.host.watch_leg(r.leg, self)
        try:
            await worker.command(
                c.MakeCall(uri=s.target, from_user=s.ani, timeout=s.ring_timeout, leg=r.leg)
            )
            await self._follow(worker)
            await self._recording_done()
        except c.CommandError as exc:
            r.error, r.outcome = f"{exc.code}: {exc.message}", r.outcome or "failed"
        except asyncio.CancelledError:
            await asyncio.shield(self.hang_up())
            raise
        finally:
            if self._digits_task is not None:
                self._digits_task.cancel()
            self.host.unwatch_leg(r.leg)
            self.host.free(self)
        return r

    async def _follow(self, worker: Any) -> None:
        r, s = self.result, self.settings
        loop = asyncio.get_running_loop()
        # Our own hang-up: (loop time, outcome). Abandoning counts from dialling.
        abandon = None if s.abandon_after is None else loop.time() + s.abandon_after
        deadline: tuple[float, str] | None = None if abandon is None else (abandon, "abandoned")
        while True:
            timeout = None if deadline is None else max(0.0, deadline[0] - loop.time())
            try:
                item = await asyncio.wait_for(self._queue.get(), timeout)
            except TimeoutError:
                assert deadline is not None
                r.outcome, deadline = deadline[1], None
                await self.hang_up()
                continue
            if isinstance(item, c.LegRinging):
                r.ringing_at = r.ringing_at or time.time()
            elif isinstance(item, c.LegAnswered):
                r.connected_at = time.time()
                await self._on_connected(worker)
                if s.wait_for_agent:
                    deadline = deadline or (loop.time() + s.max_seconds, "abandoned")
                else:
                    talk = (loop.time() + s.talk_seconds, "talked")
                    deadline = min(deadline, talk) if deadline else talk
            elif isinstance(item, _AgentAnswered):
                r.agent_answered_at = time.time()
                if r.connected and s.wait_for_agent:
                    deadline = (loop.time() + s.talk_seconds, "talked")
            elif isinstance(item, c.DigitReceived):
                r.digits_heard += item.digit
            elif isinstance(item, c.LegEnded):
                r.ended_at, r.status_code, r.end_cause = time.time(), item.status_code, item.cause
                if not r.outcome:
                    r.outcome = "hung_up_by_far_end" if r.connected else "not_answered"
                return
            elif isinstance(item, c.WorkerLost):
                r.ended_at, r.end_cause, r.outcome = time.time(), "worker_lost", "failed"
                return

    async def _recording_done(self, timeout: float = 5.0) -> None:
        """After the call: wait for the worker to finish our WAV (its header is written
        after the leg ends), so `result.recording` only ever names a complete file."""
        if self._recording is None:
            return
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while loop.time() < deadline:
            try:
                item = await asyncio.wait_for(self._queue.get(), deadline - loop.time())
            except TimeoutError:
                break
            if isinstance(item, c.RecordingFinished) and item.recording == self._recording:
                self.result.recording = Path(item.path)
                return
        log.warning("customer %s: recording not finished in %.0f s", self.result.ani, timeout)

    async def _on_connected(self, worker: Any) -> None:
        r, s = self.result, self.settings
        if s.tone is not None:
            await worker.command(c.Play(leg=r.leg, file=str(s.tone), loop=True))
        if s.record_dir is not None:
            path = s.record_dir / f"customer-{r.ani}-{r.leg}.wav"
            self._recording = f"sim-customer-{r.leg}"
            self.host.watch_recording(self._recording, self)
            await worker.command(
                c.RecordStart(legs=[r.leg], path=str(path), recording=self._recording)
            )
        if s.digits:
            self._digits_task = asyncio.create_task(
                self._send_digits(worker, s.digits, s.digits_delay)
            )

    async def _send_digits(self, worker: Any, digits: str, delay: float) -> None:
        await asyncio.sleep(delay)
        try:
            await worker.command(c.SendDtmf(leg=self.result.leg, digits=digits))
            self.result.digits_sent += digits
        except c.CommandError as exc:
            log.info("customer %s: digits not sent: %s", self.result.ani, exc)
