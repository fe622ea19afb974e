"""`Simulator`: agents and customers on one set of media workers, with run modes."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

from agent_desktop.protocol import CallOffered, CallRecord, Event, parse_event
from server_stub.media.pool import PoolConfig
from server_stub.sim.agent import AgentCall, AgentSettings, SimAgent
from server_stub.sim.audio import mobile_number, tone_wav
from server_stub.sim.customer import CustomerResult, CustomerSettings, SimCustomer
from server_stub.sim.host import WorkerHost

log = logging.getLogger(__name__)
DEMO_AGENTS = ("1003", "1004", "1005")  # 1001 and 1002 are left for people to sign in
DEMO_LINES = (("4008001000", "1"), ("4008001000", "2"), ("4008002000", None))


class Simulator:
    """Owns the workers, tone files and parties; `async with Simulator(...) as sim:`."""

    def __init__(
        self,
        server: str = "http://127.0.0.1:8080",
        edge: str = "127.0.0.1:5060",
        *,
        password: str = "demo",
        answer_delay: float = 1.0,
        no_answer_agents: tuple[str, ...] = (),
        agent_tone_hz: float = 440.0,
        customer_tone_hz: float = 1000.0,
        record_dir: Path | None = None,
        pool_config: PoolConfig | None = None,
        seed: int | None = None,
    ) -> None:
        self.server, self.edge, self.password = server, edge, password
        self.answer_delay, self.no_answer_agents = answer_delay, set(no_answer_agents)
        self.agent_tone_hz, self.customer_tone_hz = agent_tone_hz, customer_tone_hz
        self.record_dir = record_dir
        self.host = WorkerHost(pool_config)
        self.agents: dict[str, SimAgent] = {}
        self.results: list[CustomerResult] = []
        self.rng = random.Random(seed)
        self._active: dict[str, SimCustomer] = {}  # ani -> customer in a call
        self._tmp = tempfile.TemporaryDirectory(prefix="callcenter-sim-")
        self.tone_dir = Path(self._tmp.name)
        self._tasks: set[asyncio.Task[Any]] = set()

    async def __aenter__(self) -> Simulator:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    async def start(self) -> None:
        if self.record_dir is not None:
            self.record_dir.mkdir(parents=True, exist_ok=True)
        await self.host.start()

    async def stop(self) -> None:
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        await asyncio.gather(*(a.stop() for a in self.agents.values()), return_exceptions=True)
        self.agents.clear()
        await self.host.stop()
        self._tmp.cleanup()

    # -------------------------------------------------------------- agents

    def agent_settings(self, agent_id: str, **changes: Any) -> AgentSettings:
        """Settings for `agent_id` from the simulator's defaults, with `changes`."""
        values: dict[str, Any] = {
            "agent_id": agent_id,
            "server": self.server,
            "password": self.password,
            "answer_delay": None if agent_id in self.no_answer_agents else self.answer_delay,
            "tone": tone_wav(self.tone_dir, self.agent_tone_hz) if self.agent_tone_hz else None,
            "record_dir": self.record_dir,
            "udp_edge": self.edge,
        }
        values.update(changes)
        return AgentSettings(**values)

    async def add_agent(self, agent_id: str, **changes: Any) -> SimAgent:
        """Sign in, register and set ready one agent (raises SimError or CoordinatorError)."""
        agent = SimAgent(
            self.host, self.agent_settings(agent_id, **changes), on_answer=self._agent_answered
        )
        try:
            await agent.start()
        except BaseException:
            await agent.stop(logout=False)
            raise
        self.agents[agent_id] = agent
        return agent

    async def remove_agent(self, agent_id: str) -> None:
        agent = self.agents.pop(agent_id, None)
        if agent is not None:
            await agent.stop()

    # -------------------------------------------------------------- customers

    def customer_settings(self, **changes: Any) -> CustomerSettings:
        """Settings for one call from the simulator's defaults, with `changes`."""
        values: dict[str, Any] = {
            "edge": self.edge,
            "ani": mobile_number(self.rng),
            "tone": tone_wav(self.tone_dir, self.customer_tone_hz)
            if self.customer_tone_hz
            else None,
            "record_dir": self.record_dir,
        }
        values.update(changes)
        return CustomerSettings(**values)

    def customer(self, **changes: Any) -> SimCustomer:
        """A customer ready to `await customer.run()` (not started)."""
        return SimCustomer(self.host, self.customer_settings(**changes))

    async def call(self, **changes: Any) -> CustomerResult:
        """Place one customer call and wait for its end."""
        customer = self.customer(**changes)
        self._active[customer.settings.ani] = customer
        try:
            result = await customer.run()
        finally:
            self._active.pop(customer.settings.ani, None)
        self.results.append(result)
        log.info(
            "customer %s -> %s: %s (%s, %s)",
            result.ani,
            result.target,
            result.outcome,
            result.end_cause,
            result.status_code,
        )
        return result

    async def run_customers(self, calls: int, rate: float, **changes: Any) -> list[CustomerResult]:
        """`calls` customers, started `rate` per second, all awaited."""
        tasks: list[asyncio.Task[CustomerResult]] = []
        for n in range(calls):
            if n:
                await asyncio.sleep(1.0 / rate if rate > 0 else 0)
            tasks.append(asyncio.create_task(self.call(**changes)))
        done = await asyncio.gather(*tasks, return_exceptions=True)
        return [r for r in done if isinstance(r, CustomerResult)]

    async def demo(
        self,
        agents: tuple[str, ...] = DEMO_AGENTS,
        interval: float = 8.0,
        talk: tuple[float, float] = (8.0, 20.0),
        calls: int | None = None,
    ) -> list[CustomerResult]:
        """Sign in `agents`, then start a customer every ~`interval` s (forever by default)."""
        for agent_id in agents:
            try:
                await self.add_agent(agent_id)
            except Exception as exc:
                log.error("agent %s not started: %s", agent_id, exc)
        n = 0
        while calls is None or n < calls:
            did, digits = self.rng.choice(DEMO_LINES)
            changes = {
                "did": did,
                "digits": digits,
                "wait_for_agent": True,
                "abandon_after": 120.0,
                "talk_seconds": self.rng.uniform(*talk),
            }
            task = asyncio.create_task(self.call(**changes))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)
            n += 1
            await asyncio.sleep(self.rng.expovariate(1.0 / interval) if interval > 0 else 0)
        await asyncio.gather(*list(self._tasks), return_exceptions=True)
        return self.results

    # -------------------------------------------------------------- reporting

    def summary(self) -> dict[str, Any]:
        """Outcome counts of customers and calls per agent."""
        return {
            "customers": dict(Counter(r.outcome for r in self.results)),
            "agents": {
                agent_id: sum(1 for call in agent.calls if call.answered_at)
                for agent_id, agent in self.agents.items()
            },
        }

    def _agent_answered(self, agent: SimAgent, call: AgentCall) -> None:
        """Tell the in-process customer of this call (found by ANI on the offer)."""
        task = asyncio.create_task(self._notify_customer(agent, call))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _notify_customer(self, agent: SimAgent, call: AgentCall) -> None:
        def ani() -> str | None:
            for frame in reversed(agent.events):
                try:
                    event = parse_event(Event.model_validate(frame))
                except ValueError:  # another kind of frame (or a newer server's)
                    continue
                record = event.call if isinstance(event, CallOffered) else event
                if isinstance(record, CallRecord) and record.id == call.call_id:
                    return record.ani
            return None

        with contextlib.suppress(TimeoutError):
            await agent.wait_for(lambda: ani() is not None, 2.0)
        customer = self._active.get(ani() or "")
        if customer is not None:
            customer.agent_answered()
