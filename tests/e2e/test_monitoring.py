"""A lead listens, whispers and barges into a real call; who hears whom is checked by tone."""

from __future__ import annotations

import asyncio
from pathlib import Path

import numpy as np
import pytest

from server_stub.media import wire as c
from tests.e2e.conftest import Phones, Product
from tests.media.conftest import AGENT_HZ, CUSTOMER_HZ, SUPERVISOR_HZ
from tests.support.tones import read_wav, tone_ratio

pytestmark = [pytest.mark.e2e, pytest.mark.sip_audio, pytest.mark.slow]


async def _in_thread(fn, *args):  # type: ignore[no-untyped-def]
    return await asyncio.to_thread(fn, *args)


def _hears(path: Path, freq: float) -> float:
    """Share of 100 ms windows (after the first 300 ms) where `freq` is clearly present."""
    samples, rate = read_wav(path)
    size = rate // 10
    windows = [samples[i : i + size] for i in range(3 * size, len(samples) - size, size)]
    return float(np.mean([tone_ratio(w, rate, freq) >= 0.1 for w in windows]))


async def _record(
    phones: Phones, parties: dict[str, tuple[object, str]], tmp: Path, phase: str
) -> dict[str, Path]:
    paths = {}
    for name, (handle, leg) in parties.items():
        paths[name] = tmp / f"{phase}-{name}.wav"
        await handle.command(
            c.RecordStart(
                legs=[leg],
                path=str(paths[name]),  # type: ignore[attr-defined]
                recording=f"{phase}-{name}",
            )
        )
    await asyncio.sleep(2.0)
    for name, (handle, _leg) in parties.items():
        await handle.command(c.RecordStop(recording=f"{phase}-{name}"))  # type: ignore[attr-defined]
    return paths


async def test_listen_whisper_barge(
    product: Product, phones: Phones, tones: dict[str, Path], tmp_path: Path
) -> None:
    agent = await _in_thread(product.login, "1002")
    lead = await _in_thread(product.login, "9001")
    agent_phone = await phones.agent("1002", agent)
    lead_phone = await phones.agent("9001", lead)
    await _in_thread(product.set_ready, agent["token"])
    customer, cust_leg = await phones.call("4008001000", "13900004321")
    await phones.events.wait(c.LegAnswered, timeout=10, leg=cust_leg)
    await customer.command(c.SendDtmf(leg=cust_leg, digits="1"))
    _, ring = await phones.ringing("1002")
    await agent_phone.command(c.Answer(leg=ring.leg))
    call_id = ring.headers["X-Call-Id"]
    await customer.command(c.Play(leg=cust_leg, file=str(tones["customer"]), loop=True))
    await agent_phone.command(c.Play(leg=ring.leg, file=str(tones["agent"]), loop=True))

    # An agent can never monitor.
    r = await _in_thread(
        lambda: product.api(
            "POST", f"/calls/{call_id}/monitor", agent["token"], json={"mode": "listen"}
        )
    )
    assert r.status_code == 403
    r = await _in_thread(
        lambda: product.api(
            "POST", f"/calls/{call_id}/monitor", lead["token"], json={"mode": "listen"}
        )
    )
    assert r.status_code == 204, r.text
    _, sup = await phones.ringing("9001")
    assert sup.headers.get("X-Monitor") == call_id
    await lead_phone.command(c.Answer(leg=sup.leg))
    await lead_phone.command(c.Play(leg=sup.leg, file=str(tones["supervisor"]), loop=True))
    await asyncio.sleep(0.5)
    parties = {
        "customer": (customer, cust_leg),
        "agent": (agent_phone, ring.leg),
        "lead": (lead_phone, sup.leg),
    }

    heard = await _record(phones, parties, tmp_path, "listen")
    assert _hears(heard["lead"], CUSTOMER_HZ) > 0.8 and _hears(heard["lead"], AGENT_HZ) > 0.8
    assert _hears(heard["agent"], SUPERVISOR_HZ) < 0.1
    assert _hears(heard["customer"], SUPERVISOR_HZ) < 0.1

    for mode in ("whisper", "barge"):
        r = await _in_thread(
            lambda m=mode: product.api(  # type: ignore[misc]
                "POST", f"/calls/{call_id}/monitor", lead["token"], json={"mode": m}
            )
        )
        assert r.status_code == 204, r.text
        await asyncio.sleep(0.3)
        heard = await _record(phones, parties, tmp_path, mode)
        assert _hears(heard["agent"], SUPERVISOR_HZ) > 0.8, mode
        if mode == "whisper":
            assert _hears(heard["customer"], SUPERVISOR_HZ) < 0.1
        else:
            assert _hears(heard["customer"], SUPERVISOR_HZ) > 0.8
        assert _hears(heard["lead"], CUSTOMER_HZ) > 0.8

    r = await _in_thread(lambda: product.api("DELETE", f"/calls/{call_id}/monitor", lead["token"]))
    assert r.status_code == 204
    await phones.events.wait(c.LegEnded, timeout=10, leg=sup.leg)
    audit = (
        await _in_thread(lambda: product.api("GET", "/audit-log", (product.login("9000"))["token"]))
    ).json()
    actions = [(a["actor"], a["action"]) for a in audit if a["target"] == call_id]
    assert actions == [
        ("9001", "monitor_listen"),
        ("9001", "monitor_whisper"),
        ("9001", "monitor_barge"),
        ("9001", "monitor_stop"),
    ]
    await customer.command(c.Hangup(leg=cust_leg))
