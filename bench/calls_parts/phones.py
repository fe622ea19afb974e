"""The test-side phones: agent and customer legs on a WorkerPool of media workers."""

from __future__ import annotations

import asyncio
import contextlib
import math
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from server_stub.media import wire as c
from server_stub.media.pool import PoolConfig, WorkerHandle, WorkerPool

from .product import DID, Product
from .sipp import SippCustomers

LEGS_PER_PHONE = 4  # the PyPI pjsua2 wheel: 4 legs per worker process


@dataclass
class Conversation:
    index: int
    ani: str
    phone: WorkerHandle | None  # None for a SIPp customer (--customers sipp)
    leg: str | None = None
    t_call: float = 0.0  # wall clock when the successful `call` command was sent
    retries: int = 0
    answered: asyncio.Future[bool] | None = None
    error: str | None = None
    recording: Path | None = None  # with --customer-recordings
    recorded: asyncio.Future[None] | None = None


@dataclass
class AgentLeg:
    call_id: str
    account: str
    phone: WorkerHandle
    leg: str
    t_arrived: float
    recording: Path
    answered: bool = False
    ended: asyncio.Future[None] = field(
        default_factory=lambda: asyncio.get_running_loop().create_future()
    )
    recorded: asyncio.Future[None] = field(
        default_factory=lambda: asyncio.get_running_loop().create_future()
    )


class Phones:
    def __init__(
        self, product: Product, work: Path, tones: dict[str, Path], register_rate: float = 10.0
    ) -> None:
        self.register_rate = register_rate
        self.customer_recordings = False
        self.customer_recorded: dict[str, asyncio.Future[None]] = {}
        self.product = product
        self.work = work
        self.tones = tones
        self.pool = WorkerPool(
            PoolConfig(
                min_workers=0, max_workers=10_000, min_spare=0, max_spare=10_000, start_timeout_s=60
            ),
            on_event=self.on_event,
        )
        self.agent_phones: list[WorkerHandle] = []
        self.customer_phones: list[WorkerHandle] = []
        self.registered: dict[str, asyncio.Future[bool]] = {}
        self.customer_legs: dict[str, Conversation] = {}
        self.agent_legs: dict[str, AgentLeg] = {}  # by leg
        self.step_arrivals: dict[str, AgentLeg] = {}  # by call id, current step
        self.established: asyncio.Event = asyncio.Event()
        self.established_count = 0
        self.tasks: set[asyncio.Task[Any]] = set()
        self.errors: list[str] = []
        self.sipp: SippCustomers | None = None  # the current step's SIPp (--customers sipp)

    def spawn_task(self, coro: Any) -> None:
        task = asyncio.get_running_loop().create_task(coro)
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)

    def on_event(self, handle: WorkerHandle, event: c.Event) -> None:
        now = time.time()
        if isinstance(event, c.RegistrationChanged):
            fut = self.registered.get(event.account)
            if fut is not None and not fut.done():
                if event.registered:
                    fut.set_result(True)
                elif event.status_code >= 400:
                    fut.set_exception(
                        RuntimeError(f"{event.account}: {event.status_code} {event.reason}")
                    )
        elif isinstance(event, c.CallArrived) and event.account:
            call_id = event.headers.get("X-Call-Id", "")
            leg = AgentLeg(
                call_id,
                event.account,
                handle,
                event.leg,
                now,
                self.work / "agent-rec" / f"{call_id}.wav",
            )
            self.agent_legs[event.leg] = leg
            self.step_arrivals[call_id] = leg
            self.spawn_task(self.answer(leg))
        elif isinstance(event, c.LegAnswered):
            conv = self.customer_legs.get(event.leg)
            if conv is not None and conv.answered and not conv.answered.done():
                conv.answered.set_result(True)
        elif isinstance(event, c.LegEnded):
            conv = self.customer_legs.get(event.leg)
            if conv is not None and conv.answered and not conv.answered.done():
                conv.answered.set_exception(RuntimeError(f"{event.status_code} {event.reason}"))
            agent_leg = self.agent_legs.get(event.leg)
            if agent_leg is not None and not agent_leg.ended.done():
                agent_leg.ended.set_result(None)
        elif isinstance(event, c.RecordingFinished):
            fut = self.customer_recorded.pop(event.path, None)
            if fut is not None and not fut.done():
                fut.set_result(None)
            for leg in self.agent_legs.values():
                if str(leg.recording) == event.path and not leg.recorded.done():
                    leg.recorded.set_result(None)
        elif isinstance(event, c.WorkerLost):
            self.errors.append(f"test-side phone {event.worker_id} lost ({event.cause})")

    async def answer(self, leg: AgentLeg) -> None:
        try:
            await leg.phone.command(c.Answer(leg=leg.leg))
            leg.answered = True
            self.established_count += 1
            self.established.set()
            await leg.phone.command(c.Play(leg=leg.leg, file=str(self.tones["agent"]), loop=True))
            await leg.phone.command(c.RecordStart(legs=[leg.leg], path=str(leg.recording)))
        except c.CommandError as exc:
            self.errors.append(f"agent {leg.account} answer: {exc}")

    async def start(self, agents: dict[str, dict[str, Any]], customers: int) -> None:
        (self.work / "agent-rec").mkdir(exist_ok=True)
        await self.pool.start()
        n_agent = math.ceil(len(agents) / LEGS_PER_PHONE)
        n_customer = math.ceil(customers / LEGS_PER_PHONE)
        handles = []
        for batch in range(0, n_agent + n_customer, 8):  # a few at a time: 2 cores
            count = min(8, n_agent + n_customer - batch)
            handles += await asyncio.gather(*(self.pool.spawn() for _ in range(count)))
        self.agent_phones, self.customer_phones = handles[:n_agent], handles[n_agent:]
        loop = asyncio.get_running_loop()
        ids = sorted(agents)
        # Paced: the edge's pike module drops a source IP sending > 60 requests in 2 s
        # (REGISTER + challenged REGISTER per agent; the phones are not in the worker set).
        for i, agent_id in enumerate(ids):
            await asyncio.sleep(1 / self.register_rate)
            sip = agents[agent_id]["sip"]
            self.registered[agent_id] = loop.create_future()
            await self.agent_phones[i // LEGS_PER_PHONE].command(
                c.Register(
                    account=agent_id,
                    registrar=sip["registrar"],
                    username=sip["username"],
                    password=sip["password"],
                    domain=sip["domain"],
                    srtp=sip.get("srtp", "disabled"),  # as the desktop follows the login
                )
            )
        await asyncio.wait_for(asyncio.gather(*self.registered.values()), 60)

    async def call(self, conv: Conversation, rate_retry: float, attempts: int) -> None:
        loop = asyncio.get_running_loop()
        for attempt in range(attempts):
            conv.answered = loop.create_future()
            # The leg id is chosen here and registered before the command: the pool may
            # deliver leg_answered / leg_ended (an immediate 503) before this coroutine
            # resumes with the reply.
            conv.leg = f"cus-{conv.ani}-{attempt}"
            self.customer_legs[conv.leg] = conv
            conv.t_call = time.time()
            assert conv.phone is not None
            try:
                await conv.phone.command(
                    c.MakeCall(
                        uri=f"sip:{DID}@{self.product.sip}",
                        from_user=conv.ani,
                        timeout=20,
                        leg=conv.leg,
                    )
                )
            except c.CommandError as exc:
                conv.error = f"call: {exc}"
                return
            try:
                await asyncio.wait_for(conv.answered, 30)
            except RuntimeError as exc:  # ended before answer: 503 No free worker, ...
                conv.error = str(exc)
                if str(exc).startswith("503") and attempt + 1 < attempts:
                    conv.retries += 1
                    await asyncio.sleep(rate_retry)
                    continue
                return
            except TimeoutError:
                conv.error = "no answer from the server in 30 s"
                with contextlib.suppress(c.CommandError):
                    await conv.phone.command(c.Hangup(leg=conv.leg))
                return
            conv.error = None
            await conv.phone.command(
                c.Play(leg=conv.leg, file=str(self.tones["customer"]), loop=True)
            )
            if self.customer_recordings:
                conv.recording = self.work / "agent-rec" / f"customer-{conv.ani}.wav"
                conv.recorded = loop.create_future()
                self.customer_recorded[str(conv.recording)] = conv.recorded
                await conv.phone.command(c.RecordStart(legs=[conv.leg], path=str(conv.recording)))
            return

    async def unregister(self) -> None:
        """Paced un-REGISTER (a burst would trip the edge's flood protection)."""
        for i, agent_id in enumerate(sorted(self.registered)):
            phone = self.agent_phones[i // LEGS_PER_PHONE]
            with contextlib.suppress(c.CommandError):
                await phone.command(c.Unregister(account=agent_id))
            await asyncio.sleep(1 / (2 * self.register_rate))
        await asyncio.sleep(1.0)

    async def stop(self) -> None:
        for task in list(self.tasks):
            task.cancel()
        if self.sipp is not None:
            await self.sipp.kill()
        await self.pool.stop()
