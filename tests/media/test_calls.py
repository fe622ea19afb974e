"""Real SIP calls with RTP between media workers on loopback, checked by tone detection."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from server_stub.media import wire as c
from tests.media.conftest import (
    AGENT_HZ,
    CUSTOMER_HZ,
    MUSIC_HZ,
    SUPERVISOR_HZ,
    PoolFactory,
    connect,
    record,
    share,
)

pytestmark = [pytest.mark.sip_audio, pytest.mark.timeout(60)]


async def test_call_between_workers_headers_audio_dtmf_and_hangup(
    make_pool: PoolFactory, tones: dict[str, Path], tmp_path: Path
) -> None:
    pool, log = await make_pool(min_workers=2)
    a, b = pool.workers.values()
    a_leg, b_leg, arrived = await connect(log, a, b, {"X-Call-Id": "S1", "X-Token": "t0k"})
    assert arrived.headers["X-Call-Id"] == "S1" and arrived.headers["X-Token"] == "t0k"
    assert (arrived.ani, arrived.dnis) == (a.worker_id, b.worker_id)
    assert arrived.remote_address == a.sip_address

    await a.command(c.Play(leg=a_leg, file=str(tones["customer"]), loop=True))
    await b.command(c.Play(leg=b_leg, file=str(tones["agent"]), loop=True))
    await asyncio.sleep(0.3)
    b_wav, a_wav = await asyncio.gather(
        record(b, [b_leg], tmp_path / "b.wav"), record(a, [a_leg], tmp_path / "a.wav")
    )
    assert share(b_wav, CUSTOMER_HZ) > 0.8 and share(b_wav, AGENT_HZ) > 0.8  # heard + said
    assert share(a_wav, AGENT_HZ) > 0.8

    await a.command(c.SendDtmf(leg=a_leg, digits="5#"))
    assert (await log.wait(c.DigitReceived, leg=b_leg, digit="5")).digit == "5"
    await log.wait(c.DigitReceived, leg=b_leg, digit="#")

    await b.command(c.Play(leg=b_leg, file=str(tones["prompt"])))  # replaces the loop
    finished = await log.wait(c.PlaybackFinished, leg=b_leg)
    assert finished.file == str(tones["prompt"])

    rec = await b.command(c.RecordStart(legs=[b_leg], path=str(tmp_path / "auto.wav")))
    await asyncio.sleep(0.3)
    await a.command(c.Hangup(leg=a_leg, cause=16))
    mine = await log.wait(c.LegEnded, leg=a_leg)
    theirs = await log.wait(c.LegEnded, leg=b_leg)
    assert (mine.cause, theirs.cause, theirs.status_code) == ("local", "remote", 200)
    assert theirs.duration > 1.0
    auto = await log.wait(c.RecordingFinished, recording=rec["recording"])  # ends with its legs
    assert auto.seconds > 0.2 and Path(auto.path).stat().st_size > 44
    with pytest.raises(c.CommandError) as info:
        await b.command(c.Play(leg=b_leg, file=str(tones["agent"])))
    assert info.value.code == c.ErrorCode.UNKNOWN_LEG
    assert (await b.command(c.Status()))["legs"] == []


async def test_b2bua_bridge_hold_with_music_and_recording(
    make_pool: PoolFactory, tones: dict[str, Path], tmp_path: Path
) -> None:
    """Customer A -> worker B -> agent C: B bridges, records both legs, holds A."""
    pool, log = await make_pool(min_workers=3)
    a, b, c_ = pool.workers.values()
    a_leg, cust, _ = await connect(log, a, b)
    agent, c_leg, arrived = await connect(log, b, c_, {"X-Queue": "sales"})
    assert arrived.headers["X-Queue"] == "sales"
    await b.command(c.Bridge(leg_a=cust, leg_b=agent))
    await a.command(c.Play(leg=a_leg, file=str(tones["customer"]), loop=True))
    await c_.command(c.Play(leg=c_leg, file=str(tones["agent"]), loop=True))
    await asyncio.sleep(0.4)
    a_wav, c_wav, b_wav = await asyncio.gather(
        record(a, [a_leg], tmp_path / "a1.wav"),
        record(c_, [c_leg], tmp_path / "c1.wav"),
        record(b, [cust, agent], tmp_path / "b1.wav"),
    )
    assert share(a_wav, AGENT_HZ) > 0.8, "the agent's tone reaches the customer"
    assert share(c_wav, CUSTOMER_HZ) > 0.8, "the customer's tone reaches the agent"
    assert share(b_wav, CUSTOMER_HZ) > 0.8 and share(b_wav, AGENT_HZ) > 0.8

    await b.command(c.Hold(leg=cust, music=str(tones["music"])))
    await asyncio.sleep(0.4)
    a_wav, c_wav = await asyncio.gather(
        record(a, [a_leg], tmp_path / "a2.wav"), record(c_, [c_leg], tmp_path / "c2.wav")
    )
    assert share(a_wav, MUSIC_HZ) > 0.8 and share(a_wav, AGENT_HZ) < 0.1
    assert share(c_wav, CUSTOMER_HZ) < 0.1 and share(c_wav, MUSIC_HZ) < 0.1

    await b.command(c.Unhold(leg=cust))
    await asyncio.sleep(0.4)
    a_wav = await record(a, [a_leg], tmp_path / "a3.wav")
    assert share(a_wav, AGENT_HZ) > 0.8 and share(a_wav, MUSIC_HZ) < 0.1

    await c_.command(c.Hangup(leg=c_leg))
    ended = await log.wait(c.LegEnded, leg=agent)
    assert ended.cause == "remote"
    await b.command(c.Hangup(leg=cust))
    assert (await log.wait(c.LegEnded, leg=a_leg)).cause == "remote"


async def test_supervisor_listen_whisper_barge(
    make_pool: PoolFactory, tones: dict[str, Path], tmp_path: Path
) -> None:
    pool, log = await make_pool(min_workers=4)
    a, b, c_, s = pool.workers.values()
    a_leg, cust, _ = await connect(log, a, b)
    agent, c_leg, _ = await connect(log, b, c_)
    sup, s_leg, _ = await connect(log, b, s)
    await b.command(c.Bridge(leg_a=cust, leg_b=agent))
    for handle, leg, tone in (
        (a, a_leg, "customer"),
        (c_, c_leg, "agent"),
        (s, s_leg, "supervisor"),
    ):
        await handle.command(c.Play(leg=leg, file=str(tones[tone]), loop=True))

    async def phase(mode: str) -> tuple[Path, Path, Path]:
        await b.command(c.Monitor(leg=agent, supervisor_leg=sup, mode=mode))
        await asyncio.sleep(0.4)
        return await asyncio.gather(
            record(a, [a_leg], tmp_path / f"a-{mode}.wav", 1.0),
            record(c_, [c_leg], tmp_path / f"c-{mode}.wav", 1.0),
            record(s, [s_leg], tmp_path / f"s-{mode}.wav", 1.0),
        )

    a_wav, c_wav, s_wav = await phase("listen")
    assert share(s_wav, CUSTOMER_HZ) > 0.8 and share(s_wav, AGENT_HZ) > 0.8
    assert share(a_wav, SUPERVISOR_HZ) < 0.1 and share(c_wav, SUPERVISOR_HZ) < 0.1
    a_wav, c_wav, _ = await phase("whisper")
    assert share(c_wav, SUPERVISOR_HZ) > 0.8 and share(a_wav, SUPERVISOR_HZ) < 0.1
    a_wav, c_wav, _ = await phase("barge")
    assert share(c_wav, SUPERVISOR_HZ) > 0.8 and share(a_wav, SUPERVISOR_HZ) > 0.8
    await b.command(c.Unmonitor(supervisor_leg=sup))


async def test_no_answer_timeout_and_rejection(make_pool: PoolFactory) -> None:
    pool, log = await make_pool(min_workers=2)
    b, c_ = pool.workers.values()
    mark = len(log.items)
    leg = (await b.command(c.MakeCall(uri=c_.sip_uri, timeout=1.0)))["leg"]
    arrived = await log.wait(c.CallArrived, worker=c_.worker_id, since=mark)
    await c_.command(c.Answer(leg=arrived.leg, status_code=180))
    assert (await log.wait(c.LegRinging, leg=leg)).status_code == 180
    ended = await log.wait(c.LegEnded, leg=leg)
    assert ended.cause == "no_answer" and ended.duration == 0
    callee_end = await log.wait(c.LegEnded, worker=c_.worker_id, since=mark)
    assert (callee_end.cause, callee_end.status_code) == ("remote", 487)

    mark = len(log.items)
    leg = (await b.command(c.MakeCall(uri=c_.sip_uri)))["leg"]
    arrived = await log.wait(c.CallArrived, worker=c_.worker_id, since=mark)
    await c_.command(c.Hangup(leg=arrived.leg, status_code=486))
    ended = await log.wait(c.LegEnded, leg=leg)
    assert (ended.status_code, ended.cause) == (486, "remote")
    assert (await log.wait(c.LegEnded, leg=arrived.leg)).cause == "local"


async def test_capacity_limits_legs_per_worker(make_pool: PoolFactory) -> None:
    pool, log = await make_pool(min_workers=3, worker_args=("--max-legs", "1"))
    a, b, c_ = pool.workers.values()
    assert b.capacity == 1
    await connect(log, a, b)
    with pytest.raises(c.CommandError) as info:
        await a.command(c.MakeCall(uri=c_.sip_uri))
    assert info.value.code == c.ErrorCode.CAPACITY
    leg = (await c_.command(c.MakeCall(uri=b.sip_uri)))["leg"]
    ended = await log.wait(c.LegEnded, leg=leg)
    assert (ended.status_code, ended.cause) == (486, "remote")  # pjsua: no free call slot


async def test_early_media_prompt_before_answer(
    make_pool: PoolFactory, tones: dict[str, Path], tmp_path: Path
) -> None:
    pool, log = await make_pool(min_workers=2)
    a, b = pool.workers.values()
    mark = len(log.items)
    a_leg = (await a.command(c.MakeCall(uri=b.sip_uri)))["leg"]
    arrived = await log.wait(c.CallArrived, worker=b.worker_id, since=mark)
    await b.command(c.Answer(leg=arrived.leg, status_code=183))
    assert (await log.wait(c.LegRinging, leg=a_leg)).status_code == 183
    await b.command(c.Play(leg=arrived.leg, file=str(tones["agent"]), loop=True))
    await asyncio.sleep(0.3)
    early = await record(a, [a_leg], tmp_path / "early.wav", 1.0)
    assert share(early, AGENT_HZ) > 0.8
    assert not any(isinstance(ev, c.LegAnswered) for _, ev in log.items)
    await b.command(c.Answer(leg=arrived.leg))
    await log.wait(c.LegAnswered, leg=a_leg)
