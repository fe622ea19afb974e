"""Simulated customers calling a media worker directly (no coordinator needed)."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest

from server_stub.media import wire as c
from server_stub.sim import Simulator
from tests.media.conftest import AGENT_HZ, CUSTOMER_HZ, EventLog
from tests.support.tones import make_tone_wav, wav_has_tone

pytestmark = [pytest.mark.sip_audio, pytest.mark.timeout(90)]


async def _answer_all(pool: Any, log: EventLog, tone: Path | None, answer: bool = True) -> None:
    """Play the IVR: answer every call arriving on the test pool and play `tone`."""
    seen = 0
    while True:
        await asyncio.sleep(0.02)
        arrivals = log.of(c.CallArrived)
        for arrived in arrivals[seen:]:
            handle = next(h for h in pool.workers.values() if arrived.leg in h.legs)
            await handle.command(c.Answer(leg=arrived.leg, status_code=200 if answer else 180))
            if answer and tone is not None:
                await handle.command(c.Play(leg=arrived.leg, file=str(tone), loop=True))
        seen = len(arrivals)


async def test_customer_calls_sends_digits_talks_and_hangs_up(
    make_pool: Any, tmp_path: Path
) -> None:
    pool, log = await make_pool(min_workers=1)
    (target,) = pool.workers.values()
    answering = asyncio.create_task(
        _answer_all(pool, log, make_tone_wav(tmp_path / "ivr.wav", AGENT_HZ, 2.0))
    )
    try:
        async with Simulator(record_dir=tmp_path / "rec") as sim:
            result = await sim.call(
                uri=target.sip_uri, ani="13800138000", digits="1", digits_delay=0.3,
                talk_seconds=1.5,
            )  # fmt: skip
        assert (result.outcome, result.end_cause, result.digits_sent) == ("talked", "local", "1")
        assert result.connected and result.ended_at is not None
        arrived = log.of(c.CallArrived)[0]
        assert (arrived.ani, arrived.dnis) == ("13800138000", target.worker_id)
        assert (await log.wait(c.DigitReceived, leg=arrived.leg)).digit == "1"
        assert (await log.wait(c.LegEnded, leg=arrived.leg)).cause == "remote"
        assert result.recording is not None
        wav_has_tone(result.recording, AGENT_HZ, min_share=0.5, threshold=0.15)
        wav_has_tone(result.recording, CUSTOMER_HZ, min_share=0.5, threshold=0.15)
    finally:
        answering.cancel()


async def test_abandon_and_no_answer(make_pool: Any) -> None:
    pool, log = await make_pool(min_workers=1)
    (target,) = pool.workers.values()
    ringing = asyncio.create_task(_answer_all(pool, log, None, answer=False))
    try:
        async with Simulator(customer_tone_hz=0) as sim:
            abandoned, unanswered = await asyncio.gather(
                sim.call(uri=target.sip_uri, abandon_after=1.0),
                sim.call(uri=target.sip_uri, ring_timeout=1.5),
            )
        assert (abandoned.outcome, abandoned.end_cause) == ("abandoned", "local")
        assert abandoned.ringing_at and not abandoned.connected
        assert (unanswered.outcome, unanswered.end_cause) == ("not_answered", "no_answer")
        assert abandoned.ani != unanswered.ani and len(abandoned.ani) == 11
    finally:
        ringing.cancel()


async def test_load_spreads_customers_over_workers(make_pool: Any) -> None:
    pool, log = await make_pool(min_workers=2)
    a, b = pool.workers.values()
    answering = asyncio.create_task(_answer_all(pool, log, None))
    try:
        async with Simulator() as sim:
            first, second = await asyncio.gather(
                sim.run_customers(3, rate=20, uri=a.sip_uri, talk_seconds=1.5),
                sim.run_customers(3, rate=20, uri=b.sip_uri, talk_seconds=1.5),
            )
            used = {r.leg for r in first + second}
            assert len(used) == 6
            assert len(sim.host.pool.workers) == 2  # six parties, four per worker
        assert [r.outcome for r in first + second] == ["talked"] * 6
        assert sim.summary()["customers"] == {"talked": 6}
    finally:
        answering.cancel()
