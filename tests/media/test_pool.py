"""WorkerPool: dead workers, growth and shrink, edge hooks, malformed control input."""

from __future__ import annotations

import asyncio
import os
import signal
import time
from pathlib import Path

import pytest

from server_stub.media import wire as c
from server_stub.media.pool import PoolConfig, PoolExhaustedError, WorkerPool
from tests.media.conftest import EventLog, PoolFactory, connect

pytestmark = [pytest.mark.sip_audio, pytest.mark.timeout(60)]


async def test_killed_worker_is_reported_and_its_peer_times_out(make_pool: PoolFactory) -> None:
    pool, log = await make_pool(min_workers=2, worker_args=("--rtp-timeout", "1.5"))
    a, b = pool.workers.values()
    a_leg, b_leg, _ = await connect(log, a, b)
    os.kill(b.pid, signal.SIGKILL)
    lost = await log.wait(c.WorkerLost, worker_id=b.worker_id)
    assert (lost.cause, lost.exit_code, lost.legs) == ("exited", -signal.SIGKILL, [b_leg])
    assert b.worker_id not in pool.workers
    with pytest.raises(c.CommandError) as info:
        await b.command(c.Status())
    assert info.value.code == c.ErrorCode.WORKER_LOST
    # No BYE comes from a killed process: the peer notices the missing RTP.
    ended = await log.wait(c.LegEnded, leg=a_leg, timeout=6)
    assert ended.cause == "media_timeout"


async def test_terminated_worker_hangs_up_its_calls(make_pool: PoolFactory) -> None:
    pool, log = await make_pool(min_workers=2)
    a, b = pool.workers.values()
    a_leg, b_leg, _ = await connect(log, a, b)
    os.kill(b.pid, signal.SIGTERM)
    ended = await log.wait(c.LegEnded, leg=a_leg)
    assert ended.cause == "remote"  # B sent BYE on its way out
    assert (await log.wait(c.LegEnded, leg=b_leg)).cause == "shutdown"
    lost = await log.wait(c.WorkerLost, worker_id=b.worker_id)
    assert lost.exit_code == 0


async def test_retiring_a_busy_worker_ends_its_calls_cleanly(make_pool: PoolFactory) -> None:
    pool, log = await make_pool(min_workers=2)
    a, b = pool.workers.values()
    a_leg, b_leg, _ = await connect(log, a, b)
    await pool.retire(b.worker_id)
    assert b.worker_id not in pool.workers and not b.alive
    # the worker flushed its last events before the reply to shutdown
    assert (await log.wait(c.LegEnded, leg=b_leg, timeout=0.1)).cause == "shutdown"
    assert (await log.wait(c.LegEnded, leg=a_leg)).cause == "remote"
    assert log.of(c.WorkerLost) == []


async def test_pool_grows_for_spare_workers_and_retires_idle_ones() -> None:
    added: list[str] = []
    removed: list[str] = []
    log = EventLog()
    config = PoolConfig(
        min_workers=1,
        max_workers=3,
        min_spare=1,
        max_spare=1,
        idle_grace_s=0.3,
        check_interval_s=0.1,
    )
    pool = WorkerPool(
        config,
        on_event=log,
        on_worker_added=lambda wid, uri: added.append(wid),
        on_worker_removed=lambda wid, uri: removed.append(wid),
    )
    started = time.perf_counter()
    async with pool:
        assert len(pool.workers) == 1 and time.perf_counter() - started < 5
        first = await pool.acquire()  # busy now: the pool adds a spare
        await _until(lambda: len(pool.idle_workers()) == 1)
        assert len(pool.workers) == 2 and first.sip_uri.startswith("sip:")
        second = await pool.acquire()
        await _until(lambda: len(pool.workers) == 3)
        third = await pool.acquire()  # at max_workers: no more spares
        await asyncio.sleep(0.3)
        assert len(pool.workers) == 3 and pool.idle_workers() == []
        with pytest.raises(PoolExhaustedError):
            await pool.acquire()
        for handle in (first, second, third):
            pool.release(handle)
        await _until(lambda: len(pool.workers) == 1, timeout=5)
        assert len(added) == 3 and len(removed) == 2
        assert log.of(c.WorkerLost) == []  # retiring is not losing
    assert sorted(removed) == sorted(added)


async def test_malformed_control_messages_get_error_replies(
    make_pool: PoolFactory, tones: dict[str, Path]
) -> None:
    pool, log = await make_pool(min_workers=1)
    (w,) = pool.workers.values()
    bad = [
        (b"this is not json\n", None, c.ErrorCode.BAD_MESSAGE),
        (b'{"v": 1, "type": "command", "id": "x1", "name": "explode"}\n', "x1", "unknown_command"),
        (
            b'{"v": 2, "type": "command", "id": "x2", "name": "status"}\n',
            "x2",
            "unsupported_version",
        ),
        (
            b'{"v": 1, "type": "command", "id": "x3", "name": "play", "args": []}\n',
            "x3",
            c.ErrorCode.BAD_ARGUMENTS,
        ),
        (b"\xff\xfe\n", None, c.ErrorCode.BAD_MESSAGE),
    ]
    for line, cid, code in bad:
        await w.send_raw(line)
        reply = await asyncio.wait_for(w.unmatched_replies.get(), 5)
        assert (reply.ok, reply.command_id, reply.error_code) == (False, cid, code)
    # The two without a readable id are also reported as events; the worker sends each
    # after its reply, so the last one may still be on its way.
    await _until(lambda: len(log.of(c.CommandFailed)) >= 2)
    assert len(log.of(c.CommandFailed)) == 2

    for cmd, code in [
        (c.Answer(leg="nope"), c.ErrorCode.UNKNOWN_LEG),
        (c.Bridge(leg_a="a", leg_b="b"), c.ErrorCode.UNKNOWN_LEG),
        (c.RecordStop(recording="r0"), c.ErrorCode.INVALID_STATE),
        (c.MakeCall(uri="not a sip uri"), c.ErrorCode.MEDIA_ERROR),
    ]:
        with pytest.raises(c.CommandError) as info:
            await w.command(cmd)
        assert info.value.code == code
    assert (await w.command(c.Status()))["legs"] == []
    assert w.alive and pool.workers[w.worker_id] is w


async def _until(predicate: object, timeout: float = 5.0) -> None:
    end = time.monotonic() + timeout
    while not predicate():  # type: ignore[operator]
        if time.monotonic() > end:
            raise AssertionError("condition not reached in time")
        await asyncio.sleep(0.05)
