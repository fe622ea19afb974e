"""A real call through the product (SIP edge, IVR, ACD, an agent's phone, audio both ways)
then shows in the reports: the call detail list and the agent's work report, with its
talk time and, once wrap-up is over, its handle time; the centre's time zone applies."""

from __future__ import annotations

import asyncio
import time
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from server_stub.media import wire as c
from tests.e2e.conftest import Phones, Product
from tests.media.conftest import CUSTOMER_HZ
from tests.support.tones import wav_has_tone

pytestmark = [pytest.mark.e2e, pytest.mark.sip_audio, pytest.mark.slow]

TZ = ZoneInfo("Asia/Shanghai")


async def _in_thread(fn, *args):  # type: ignore[no-untyped-def]
    return await asyncio.to_thread(fn, *args)


STARTED = datetime.now(TZ).replace(microsecond=0) - timedelta(seconds=5)


def _period() -> dict[str, str]:
    """From this test's start (the demo's history is older), to a day later."""
    return {"from": STARTED.isoformat(), "to": (STARTED + timedelta(days=1)).isoformat()}


def _report(product: Product, token: str, name: str, **params: Any) -> dict[str, Any]:
    r = product.api("GET", f"/reports/{name}", token, params={**_period(), **params})
    assert r.status_code == 200, r.text
    return r.json()  # type: ignore[no-any-return]


@pytest.mark.product_args("--timezone", "Asia/Shanghai")
async def test_a_real_call_shows_in_the_calls_and_agents_reports(
    product: Product, phones: Phones, tones: dict[str, Path], tmp_path: Path
) -> None:
    agent = await _in_thread(product.login, "1002")  # sales only
    admin = (await _in_thread(product.login, "9000"))["token"]
    agent_phone = await phones.agent("1002", agent)
    await _in_thread(product.set_ready, agent["token"])
    customer, leg = await phones.call("4008001000", "13800138000")
    await phones.events.wait(c.LegAnswered, timeout=10, leg=leg)  # the IVR answers
    await customer.command(c.SendDtmf(leg=leg, digits="1"))  # 1 = sales
    _, arrived = await phones.ringing("1002")
    call_id = arrived.headers["X-Call-Id"]
    await agent_phone.command(c.Answer(leg=arrived.leg))
    await customer.command(c.Play(leg=leg, file=str(tones["customer"]), loop=True))
    await agent_phone.command(c.RecordStart(legs=[arrived.leg], path=str(tmp_path / "agent.wav")))
    await asyncio.sleep(3)
    await customer.command(c.Hangup(leg=leg))
    await phones.events.wait(c.LegEnded, timeout=10, leg=arrived.leg)
    await phones.events.wait(c.RecordingFinished, timeout=10, path=str(tmp_path / "agent.wav"))
    wav_has_tone(tmp_path / "agent.wav", CUSTOMER_HZ, min_share=0.4, threshold=0.15)

    # The call detail report lists it, in the centre's time zone, for the admin and the agent.
    calls = await _in_thread(_report, product, admin, "calls")
    assert calls["timezone"] == "Asia/Shanghai"
    row = next(r for r in calls["rows"] if r["call_id"] == call_id)
    assert row["agent"] == "1002" and row["queue"] == "sales" and row["dnis"] == "4008001000"
    assert row["direction"] == "inbound" and row["ani"] == "13800138000"
    assert row["started_at"].endswith("+08:00")
    assert row["talk"] > 1.5 and row["end_cause"]
    mine = await _in_thread(_report, product, agent["token"], "calls")
    assert [r["call_id"] for r in mine["rows"]] == [call_id]

    # The agent's work report: one answered call with its talk time; once the wrap-up
    # (2 s here) is over, the handle time counts talk + hold + wrap-up.
    deadline = time.monotonic() + 20
    while True:
        agents = await asyncio.to_thread(_report, product, admin, "agents", agent="1002")
        (figures,) = agents["rows"]
        if figures["aht"] is not None or time.monotonic() > deadline:
            break
        await asyncio.sleep(0.5)
    assert figures["answered"] == 1 and figures["offered"] == 1
    assert figures["talk"] == pytest.approx(row["talk"])
    assert figures["aht"] is not None and figures["aht"] >= row["talk"] + 1.5
    assert figures["wrap_up"] >= 1.5 and figures["logged_in"] > figures["talk"]
    assert 0 < figures["occupancy"] <= 1
    queues = await _in_thread(_report, product, admin, "queues")
    sales = next(r for r in queues["rows"] if r["queue"] == "sales")
    assert (sales["offered"], sales["answered"], sales["service_level"]) == (1, 1, 1.0)
