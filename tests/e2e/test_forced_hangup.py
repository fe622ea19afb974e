"""A lead's forced hang-up (强拆) of a real call is recorded as forced_hangup."""

from __future__ import annotations

import asyncio

import pytest

from server_stub.media import wire as c
from tests.e2e.conftest import Phones, Product

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.sip_audio,
    pytest.mark.slow,
    pytest.mark.queue_settings(ring_timeout=30),
]  # no ring timeout races


async def _in_thread(fn, *args, **kw):  # type: ignore[no-untyped-def]
    return await asyncio.to_thread(fn, *args, **kw)


async def test_forced_hangup_by_a_lead_is_recorded_as_such(
    product: Product, phones: Phones
) -> None:
    agent = await _in_thread(product.login, "1004")
    lead = (await _in_thread(product.login, "9001"))["token"]
    phone = await phones.agent("1004", agent)
    await _in_thread(product.set_ready, agent["token"])
    _, leg = await phones.call("4008002000", "13900008101")
    _, arrived = await phones.ringing("1004", timeout=25)
    await phone.command(c.Answer(leg=arrived.leg))
    call_id = arrived.headers["X-Call-Id"]
    await _in_thread(
        product.wait_call, lead, lambda r: r["id"] == call_id and r["state"] == "active"
    )
    r = await _in_thread(product.api, "POST", f"/calls/{call_id}/hangup", lead)
    assert r.status_code in (200, 204), r.text
    for ended_leg in (leg, arrived.leg):
        await phones.events.wait(c.LegEnded, timeout=10, leg=ended_leg)
    record = await _in_thread(
        product.wait_call, lead, lambda r: r["id"] == call_id and r["state"] == "ended"
    )
    assert record["end_cause"] == "forced_hangup"
