"""A simulated agent: signs in, registers a worker account, answers, talks, dispositions."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from server_stub.media import wire as c
from server_stub.sim.api import CoordinatorClient, CoordinatorError
from server_stub.sim.host import SimError, WorkerHost

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class AgentSettings:
    agent_id: str
    server: str = "http://127.0.0.1:8080"
    password: str = "demo"
    answer_delay: float | None = 1.0  # None: never answer (no-answer simulation)
    tone: Path | None = None  # WAV played to the caller while connected
    record_dir: Path | None = None  # record what the agent hears and says
    disposition: str | None = "resolved"  # None: post no disposition
    note: str = "handled by callcenter-sim"
    finish_wrap_up: bool = True
    register_expires: int = 300
    register_timeout: float = 5.0
    # Media workers speak SIP over UDP only: when the login says TLS (remote agents'
    # setting), a simulated agent registers over UDP at this edge address instead.
    udp_edge: str | None = None


@dataclass
class AgentCall:
    """One call that reached the agent's phone."""

    leg: str
    call_id: str | None
    arrived_at: float
    answered_at: float | None = None
    ended_at: float | None = None
    end_cause: str | None = None
    recording: Path | None = None  # set once the WAV is complete (recording_finished)
    disposition: dict[str, Any] | None = None


@dataclass
class _Answered:
    """Marker queued to itself when the agent's answer timer fires."""

    leg: str


class SimAgent:
    """Use `await agent.start()` ... `await agent.stop()`; see docs/simulator.md."""

    def __init__(
        self,
        host: WorkerHost,
        settings: AgentSettings,
        client: CoordinatorClient | None = None,
        on_answer: Any = None,
    ) -> None:
        self.host, self.settings = host, settings
        self.client = client or CoordinatorClient(settings.server)
        self.account = f"agent-{settings.agent_id}"
        self.worker: Any = None
        self.sip: dict[str, Any] = {}
        self.registered = False
        self.registration: c.RegistrationChanged | None = None
        self.calls: list[AgentCall] = []
        self.events: list[dict[str, Any]] = []  # frames of the coordinator's event stream
        self.errors: list[str] = []
        self._on_answer = on_answer  # callback(agent, call) when a call connects
        self._queue: asyncio.Queue[Any] = asyncio.Queue()
        self._tasks: list[asyncio.Task[Any]] = []
        self._recording_calls: dict[str, AgentCall] = {}  # recording id -> its call
        self._current: AgentCall | None = None
        self._busy = False
        self._changed = asyncio.Event()

    @property
    def agent_id(self) -> str:
        return self.settings.agent_id

    def deliver(self, event: c.Event) -> None:
        self._queue.put_nowait(event)

    async def start(self) -> None:
        """Sign in, register the worker account with the login's SIP settings, go ready."""
        s = self.settings
        login = await self.client.login(s.agent_id, s.password)
        self._take_sip(login["sip"])
        self.worker = await self.host.place(self)
        self.host.watch_account(self.account, self)
        self._tasks.append(asyncio.create_task(self._run(), name=f"agent-{s.agent_id}"))
        await self.worker.command(self._register_command())
        try:
            await self.wait_for(lambda: self.registration is not None, s.register_timeout)
        except TimeoutError:
            raise SimError(f"agent {s.agent_id}: no answer to REGISTER") from None
        if not self.registered:
            reg = self.registration
            assert reg is not None
            raise SimError(f"agent {s.agent_id}: REGISTER {reg.status_code} {reg.reason}")
        self._tasks.append(asyncio.create_task(self._stream(), name=f"agent-{s.agent_id}-ws"))
        self._tasks.append(asyncio.create_task(self._renew(), name=f"agent-{s.agent_id}-sip"))
        await self._finish_earlier_wrap_up()
        await self.client.set_state("ready")
        log.info("agent %s ready on %s", s.agent_id, self.worker.worker_id)

    async def _finish_earlier_wrap_up(self) -> None:
        """Signed in while still wrapping up a call (e.g. one a server stop ended): save
        its disposition first, as a person would; a queue may require one to go ready."""
        state = await self.client.state()
        call_id, s = state.get("call_id"), self.settings
        if state.get("state") != "wrap_up" or not call_id or not s.disposition:
            return
        try:
            await self.client.disposition(
                call_id, s.disposition, s.note, f"sim-{self.agent_id}-{call_id}"
            )
        except CoordinatorError as exc:
            self.errors.append(f"disposition {call_id}: {exc}")

    def _take_sip(self, sip: dict[str, Any]) -> None:
        self.sip = dict(sip)
        udp_edge = self.settings.udp_edge
        if self.sip.get("transport", "udp") != "udp" and udp_edge:
            self.sip.update(registrar=f"sip:{udp_edge}", domain=udp_edge, transport="udp")

    def _register_command(self) -> c.Register:
        return c.Register(
            account=self.account,
            registrar=self.sip["registrar"],
            username=self.sip["username"],
            password=self.sip["password"],
            domain=self.sip["domain"],
            transport=self.sip.get("transport", "udp"),
            expires=self.settings.register_expires,
            srtp=self.sip.get("srtp", "disabled"),  # as a desktop follows the login
        )

    async def _renew(self) -> None:
        """SIP credentials are short-lived: renew them at half-life, as the desktop does."""
        while True:
            expires_at = self.sip.get("expires_at")
            if not expires_at:
                return
            await asyncio.sleep(max(15.0, (float(expires_at) - time.time()) / 2))
            try:
                self._take_sip((await self.client.me())["sip"])
                await self.worker.command(self._register_command())  # same account: modify
            except Exception as exc:
                log.warning("agent %s: SIP credentials not renewed: %s", self.agent_id, exc)

    async def stop(self, logout: bool = True) -> None:
        """Hang up, unregister, sign out and give the worker slot back."""
        if self._current is not None and self.worker is not None and self.worker.alive:
            with contextlib.suppress(c.CommandError):
                await self.worker.command(c.Hangup(leg=self._current.leg))
        if self.worker is not None and self.worker.alive:
            with contextlib.suppress(c.CommandError):
                await self.worker.command(c.Unregister(account=self.account))
        with contextlib.suppress(TimeoutError):  # let a just-ended call post its disposition
            await self.wait_for(lambda: self._queue.empty() and not self._busy, 5.0)
        for task in self._tasks:
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        if logout:
            with contextlib.suppress(CoordinatorError, OSError):
                await self.client.logout()
        await self.client.close()
        self.host.unwatch_account(self.account)
        self.host.free(self)

    async def wait_for(self, predicate: Any, timeout: float = 10.0) -> None:
        """Wait until `predicate()` is true (checked whenever the agent's state changes)."""

        async def check() -> None:
            while not predicate():
                self._changed.clear()
                await self._changed.wait()

        await asyncio.wait_for(check(), timeout)

    # -------------------------------------------------------------- internals

    def _note_change(self) -> None:
        self._changed.set()

    async def _stream(self) -> None:
        """Collect the coordinator's events (offers, call records) for callers to inspect."""
        try:
            async for frame in self.client.events():
                self.events.append(frame)
                self._note_change()
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # the stream is informative only
            self.errors.append(f"event stream: {exc!r}")
            log.warning("agent %s: event stream ended: %r", self.agent_id, exc)

    async def _run(self) -> None:
        while True:
            item = await self._queue.get()
            self._busy = True
            try:
                await self._handle(item)
            except asyncio.CancelledError:
                raise
            except httpx.TransportError as exc:  # the coordinator is gone (e.g. stopping)
                self.errors.append(repr(exc))
                log.warning("agent %s: %r: coordinator unreachable (%s)", self.agent_id, item, exc)
            except Exception as exc:
                self.errors.append(repr(exc))
                log.exception("agent %s: %r failed", self.agent_id, item)
            self._busy = False
            self._note_change()

    async def _handle(self, item: Any) -> None:
        worker = self.worker
        if isinstance(item, c.RecordingFinished):
            done = self._recording_calls.pop(item.recording, None)
            if done is not None:
                done.recording = Path(item.path)
            self._note_change()
        elif isinstance(item, c.RegistrationChanged):
            self.registration, self.registered = item, item.registered
        elif isinstance(item, c.CallArrived):
            if self._current is not None:  # one call at a time, like a real phone
                await worker.command(c.Hangup(leg=item.leg, status_code=486))
                return
            call = AgentCall(item.leg, item.headers.get("X-Call-Id"), time.time())
            self._current = call
            self.calls.append(call)
            await worker.command(c.Answer(leg=item.leg, status_code=180))
            if self.settings.answer_delay is not None:
                self._tasks.append(asyncio.create_task(self._answer_later(item.leg)))
        elif isinstance(item, _Answered):
            if self._current is not None and self._current.leg == item.leg:
                with contextlib.suppress(c.CommandError):  # the caller may have gone
                    await worker.command(c.Answer(leg=item.leg))
        elif isinstance(item, c.LegAnswered):
            await self._connected(item.leg)
        elif isinstance(item, c.LegEnded):
            await self._ended(item.leg, item.cause)
        elif isinstance(item, c.WorkerLost):
            self.registered = False
            self.errors.append(f"worker {item.worker_id} lost")
            if self._current is not None:
                self._current.end_cause = "worker_lost"
                self._current = None

    async def _answer_later(self, leg: str) -> None:
        await asyncio.sleep(self.settings.answer_delay or 0)
        self._queue.put_nowait(_Answered(leg))

    async def _connected(self, leg: str) -> None:
        call = self._current
        if call is None or call.leg != leg:
            return
        call.answered_at = time.time()
        s = self.settings
        if s.tone is not None:
            await self.worker.command(c.Play(leg=leg, file=str(s.tone), loop=True))
        if s.record_dir is not None:
            path = s.record_dir / f"agent-{self.agent_id}-{call.call_id or leg}.wav"
            recording = f"sim-{self.agent_id}-{leg}"
            self._recording_calls[recording] = call
            self.host.watch_recording(recording, self)
            await self.worker.command(
                c.RecordStart(legs=[leg], path=str(path), recording=recording)
            )
        if self._on_answer is not None:
            self._on_answer(self, call)

    async def _ended(self, leg: str, cause: str) -> None:
        call = self._current
        self.host.unwatch_leg(leg)
        if call is None or call.leg != leg:
            return
        call.ended_at, call.end_cause, self._current = time.time(), cause, None
        if call.answered_at is None or call.call_id is None:
            return
        s = self.settings
        if s.disposition:
            key = f"sim-{self.agent_id}-{call.call_id}"
            try:
                call.disposition = await self.client.disposition(
                    call.call_id, s.disposition, s.note, key
                )
            except CoordinatorError as exc:
                self.errors.append(f"disposition {call.call_id}: {exc}")
        if s.finish_wrap_up:
            try:
                await self.client.finish_wrap_up()
            except CoordinatorError as exc:  # e.g. no wrap-up for this queue: 409
                log.info("agent %s: wrap-up finish: %s", self.agent_id, exc)
