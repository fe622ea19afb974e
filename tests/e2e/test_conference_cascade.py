"""A six-party conference with real calls across two media workers (a cascade): the
caller, host 1002 and 1004 on the caller's worker A, three outside numbers on worker B,
reached from A by a plain SIP call (`X-Conference`). Each party plays its own tone and
every one of them must hear the other five; a seventh is refused (409); a party on B is
dropped; then B is killed and A's side goes on, the records of B's parties closed."""

from __future__ import annotations

import asyncio
import os
import signal
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from server_stub.media import wire as c
from server_stub.media.pool import WorkerHandle
from tests.e2e.conftest import Phones, Product
from tests.e2e.test_consult import _db, _in_thread, _wait
from tests.support.tones import make_tone_wav, read_wav, tone_ratio, wav_has_tone

pytestmark = [pytest.mark.e2e, pytest.mark.sip_audio, pytest.mark.slow]

# One tone per party, quiet enough that five summed never clip.
HZ = {
    "caller": 1000.0,
    "1002": 440.0,
    "1004": 1600.0,
    "02150000001": 1250.0,
    "02150000002": 2050.0,
    "02150000003": 2700.0,
}
NUMBERS = ["02150000001", "02150000002", "02150000003"]


def _share(path: Path, freq: float) -> float:
    """Share of 200 ms windows (after the first 400 ms) holding `freq` clearly: in a mix
    of five equal tones each holds about a fifth of the power; an absent one scores ~0."""
    samples, rate = read_wav(path)
    size = rate // 5
    windows = [samples[i : i + size] for i in range(2 * size, len(samples) - size, size)]
    return float(np.mean([tone_ratio(w, rate, freq) >= 0.04 for w in windows]))


async def _listen(
    tmp: Path, phase: str, legs: dict[str, tuple[WorkerHandle, str]], seconds: float = 2.5
) -> dict[str, Path]:
    paths = {}
    for name, (handle, leg) in legs.items():
        paths[name] = tmp / f"{phase}-{name}.wav"
        await handle.command(
            c.RecordStart(legs=[leg], path=str(paths[name]), recording=f"{phase}-{name}")
        )
    await asyncio.sleep(seconds)
    for name, (handle, _leg) in legs.items():
        await handle.command(c.RecordStop(recording=f"{phase}-{name}"))
    return paths


def _check_hearing(heard: dict[str, Path], present: list[str]) -> None:
    misses = []
    for name in present:
        for other in present:
            if other != name and (share := _share(heard[name], HZ[other])) < 0.7:
                misses.append(f"{name} hears {other} in {share:.0%}")
    assert not misses, misses


async def test_six_parties_hear_each_other_across_two_workers_and_survive_losing_b(
    product: Product, phones: Phones, tmp_path: Path
) -> None:
    tones = {
        name: make_tone_wav(tmp_path / f"{name}.wav", hz, 2.0, amplitude=0.08)
        for name, hz in HZ.items()
    }
    gateway = await phones.gateway()
    host = await _in_thread(product.login, "1002")
    second = await _in_thread(product.login, "1004")
    lead = (await _in_thread(product.login, "9001"))["token"]
    admin = (await _in_thread(product.login, "9000"))["token"]
    agents = await phones.agent("1002", host)
    await phones.register(agents, "1004", second)  # 1004's phone on the same worker as 1002's
    await _in_thread(product.set_ready, host["token"])
    customer, customer_leg = await phones.call("4008001000", "13800138000")
    await phones.events.wait(c.LegAnswered, timeout=10, leg=customer_leg)
    await customer.command(c.SendDtmf(leg=customer_leg, digits="1"))
    _, ring = await phones.ringing("1002")
    await agents.command(c.Answer(leg=ring.leg))
    call_id = ring.headers["X-Call-Id"]
    legs: dict[str, tuple[WorkerHandle, str]] = {
        "caller": (customer, customer_leg),
        "1002": (agents, ring.leg),
    }
    await customer.command(c.Play(leg=customer_leg, file=str(tones["caller"]), loop=True))
    await agents.command(c.Play(leg=ring.leg, file=str(tones["1002"]), loop=True))

    async def api(method: str, path: str, **kw: Any) -> Any:
        return await _in_thread(
            lambda: product.api(method, f"/calls/{call_id}{path}", host["token"], **kw)
        )

    async def join(kind: str, target: str) -> dict[str, Any]:
        since = len(phones.events.items)
        r = await api("POST", "/consult", json={"kind": kind, "target": target})
        assert r.status_code == 201, r.text
        if kind == "agent":
            handle, arrived = await phones.ringing(target, since=since)
        else:
            handle = gateway
            arrived = await phones.events.wait(c.CallArrived, timeout=15, dnis=target, since=since)
        await handle.command(c.Answer(leg=arrived.leg))
        await handle.command(c.Play(leg=arrived.leg, file=str(tones[target]), loop=True))
        legs[target] = (handle, arrived.leg)
        deadline = asyncio.get_running_loop().time() + 10
        while True:  # joined once the consulted party has answered (409 before)
            r = await api("POST", "/conference")
            if r.status_code == 200:
                return dict(r.json())
            assert asyncio.get_running_loop().time() < deadline, r.text
            await asyncio.sleep(0.2)

    await join("agent", "1004")
    for number in NUMBERS:
        view = await join("number", number)
    assert [p["party"] for p in view["parties"]] == ["1004", *NUMBERS]
    assert all(p["state"] == "conference" for p in view["parties"])
    assert sorted(view["caller_hears"]) == sorted(["1002", "1004", *NUMBERS])

    # Full: a seventh party is refused and nothing changes.
    r = await api("POST", "/consult", json={"kind": "number", "target": "02150000009"})
    assert r.status_code == 409 and "full" in r.json()["message"], r.text

    workers = (await _in_thread(product.api, "GET", "/system/workers", admin)).json()
    busy = sorted((w for w in workers if w["legs"]), key=lambda w: len(w["legs"]))
    assert [len(w["legs"]) for w in busy] == [4, 4], workers  # A: 3 + bridge; B: bridge + 3
    await asyncio.sleep(0.5)
    heard = await _listen(tmp_path, "six", legs)
    _check_hearing(heard, list(HZ))

    # Drop a party on B: the other five stay.
    r = await api("DELETE", f"/conference/{NUMBERS[0]}")
    assert r.status_code == 204, r.text
    await phones.events.wait(c.LegEnded, timeout=10, leg=legs.pop(NUMBERS[0])[1])

    # B dies: its parties are released through the edge, A's side talks on.
    b_worker = next(w for w in busy if not any("-x" in leg for leg in w["legs"]))  # no A end
    os.kill(b_worker["pid"], signal.SIGKILL)
    for number in NUMBERS[1:]:
        await phones.events.wait(c.LegEnded, timeout=15, leg=legs.pop(number)[1])
    await asyncio.sleep(0.5)
    heard = await _listen(tmp_path, "after-b", legs)
    _check_hearing(heard, ["caller", "1002", "1004"])
    assert await _state(product, lead, "1004") == "on_call"  # still in the conference

    await customer.command(c.Hangup(leg=customer_leg))
    record = await _in_thread(
        lambda: product.wait_call(
            lead, lambda x: x["id"] == call_id and x["recording_status"] == "complete"
        )
    )
    assert record["end_cause"] == "caller_hangup"
    await _wait(lambda: _state(product, lead, "1004"), "not_ready")
    ends = _db(
        product,
        "SELECT peer, end_cause FROM call_legs WHERE call_id = ? AND kind = 'consult'"
        " ORDER BY started_at",
        call_id,
    )
    assert ends == [
        ("1004", "call_ended"),
        (NUMBERS[0], "dropped"),
        (NUMBERS[1], "worker_lost"),
        (NUMBERS[2], "worker_lost"),
    ], ends
    # One recording (the caller's, on A) holds all six.
    (recording,) = product.data_dir.rglob(f"{call_id}.wav")
    for hz in HZ.values():
        wav_has_tone(recording, hz, min_share=0.05, threshold=0.04)


async def _state(product: Product, token: str, agent_id: str) -> str:
    r = await _in_thread(lambda: product.api("GET", "/agents", token))
    return str(next(a for a in r.json() if a["agent_id"] == agent_id)["state"]["state"])
