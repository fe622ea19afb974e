"""Fixtures for media worker tests: tone files, a pool factory and an event log."""

from __future__ import annotations

import asyncio
import shutil
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio

from server_stub.media import wire as c
from server_stub.media.pool import PoolConfig, WorkerHandle, WorkerPool
from tests.support.tones import detect_tone, make_tone_wav, read_wav

CUSTOMER_HZ, AGENT_HZ, MUSIC_HZ, SUPERVISOR_HZ = 1000.0, 440.0, 700.0, 1600.0


class EventLog:
    """Collects (worker_id, event) from a pool and lets tests await a matching one."""

    def __init__(self) -> None:
        self.items: list[tuple[str, c.Event]] = []
        self._changed = asyncio.Event()

    def __call__(self, handle: WorkerHandle, event: c.Event) -> None:
        self.items.append((handle.worker_id, event))
        self._changed.set()

    async def wait(
        self,
        kind: type[c.Event],
        timeout: float = 5.0,
        worker: str | None = None,
        since: int = 0,
        **fields: Any,
    ) -> Any:
        """The first event of `kind` (from `worker`, after index `since`) with `fields`."""

        async def find() -> Any:
            while True:
                for wid, ev in self.items[since:]:
                    if (
                        isinstance(ev, kind)
                        and worker in (None, wid)
                        and all(getattr(ev, k) == v for k, v in fields.items())
                    ):
                        return ev
                self._changed.clear()
                await self._changed.wait()

        try:
            return await asyncio.wait_for(find(), timeout)
        except TimeoutError:
            raise AssertionError(f"no {kind.__name__} {fields} in {self.items}") from None

    def of(self, kind: type[c.Event]) -> list[Any]:
        return [ev for _, ev in self.items if isinstance(ev, kind)]


@pytest.fixture(scope="session")
def tones(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    d = tmp_path_factory.mktemp("tones")
    return {
        "customer": make_tone_wav(d / "customer.wav", CUSTOMER_HZ, 2.0),
        "agent": make_tone_wav(d / "agent.wav", AGENT_HZ, 2.0),
        "music": make_tone_wav(d / "music.wav", MUSIC_HZ, 2.0),
        "supervisor": make_tone_wav(d / "supervisor.wav", SUPERVISOR_HZ, 2.0),
        "prompt": make_tone_wav(d / "prompt.wav", AGENT_HZ, 0.4),
    }


PoolFactory = Callable[..., Awaitable[tuple[WorkerPool, EventLog]]]


@pytest_asyncio.fixture
async def make_pool() -> AsyncIterator[PoolFactory]:
    pools: list[WorkerPool] = []

    async def make(**overrides: Any) -> tuple[WorkerPool, EventLog]:
        settings: dict[str, Any] = {"min_workers": 2, "min_spare": 0, "max_spare": 10}
        settings.update(overrides)
        log = EventLog()
        pool = WorkerPool(PoolConfig(**settings), on_event=log)
        pools.append(pool)
        await pool.start()
        return pool, log

    yield make
    for pool in pools:
        await pool.stop()


async def connect(
    log: EventLog, caller: WorkerHandle, callee: WorkerHandle, headers: dict[str, str] | None = None
) -> tuple[str, str, c.CallArrived]:
    """`caller` dials `callee`, which answers; returns (caller leg, callee leg, arrival)."""
    mark = len(log.items)
    result = await caller.command(c.MakeCall(uri=callee.sip_uri, headers=headers or {}))
    out_leg = result["leg"]
    arrived = await log.wait(c.CallArrived, worker=callee.worker_id, since=mark)
    await callee.command(c.Answer(leg=arrived.leg))
    await log.wait(c.LegAnswered, leg=out_leg)
    await log.wait(c.LegAnswered, leg=arrived.leg)
    return out_leg, arrived.leg, arrived


async def record(handle: WorkerHandle, legs: list[str], path: Path, seconds: float = 1.2) -> Path:
    """Record `legs` on `handle` for `seconds` and return the finished WAV."""
    await handle.command(c.RecordStart(legs=legs, path=str(path), recording=path.stem))
    await asyncio.sleep(seconds)
    result = await handle.command(c.RecordStop(recording=path.stem))
    assert result["seconds"] > seconds * 0.7, result
    return path


def share(path: Path, freq: float) -> float:
    """Share of 100 ms windows where `freq` carries at least 15 % of the power.

    Not tones.wav_has_tone's 50 %: recordings here mix what a leg says with what it hears,
    so two or three equal tones each get about 1/2 or 1/3 of the power, right on or under
    wav_has_tone's threshold. A tone that is absent scores ~0 (codec noise only)."""
    samples, rate = read_wav(path)
    return detect_tone(samples, rate, freq, threshold=0.15).share


@pytest_asyncio.fixture
async def sip_edge(tmp_path: Path) -> AsyncIterator[Any]:
    """A real Kamailio edge on free ports (as tests/edge does), stopped afterwards."""
    from server_stub.edge.supervisor import KamailioEdge
    from tests.edge.conftest import edge_settings

    edge = KamailioEdge(edge_settings(tmp_path, ds_probing_mode=0))
    await edge.start()
    try:
        yield edge
    finally:
        await edge.stop()
        shutil.rmtree(edge.settings.runtime_dir, ignore_errors=True)
