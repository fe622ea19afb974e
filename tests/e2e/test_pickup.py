"""Pickup (代答) with real calls: a sales call ringing 1002 is picked up by 1001 (also
sales): 1002's phone stops ringing, 1001's rings and talks to the caller (tones)."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from server_stub.media import wire as c
from tests.e2e.conftest import Phones, Product
from tests.e2e.test_consult import _hears
from tests.media.conftest import AGENT_HZ, CUSTOMER_HZ

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.sip_audio,
    pytest.mark.slow,
    pytest.mark.queue_settings(ring_timeout=20, wrap_up_seconds=2),
]


async def _in_thread(fn, *args):  # type: ignore[no-untyped-def]
    return await asyncio.to_thread(fn, *args)


async def test_a_colleague_picks_up_a_ringing_call(
    product: Product, phones: Phones, tones: dict[str, Path], tmp_path: Path
) -> None:
    ringing_agent = await _in_thread(product.login, "1002")
    picker = await _in_thread(product.login, "1001")  # sales too; signed in, not ready
    outsider = await _in_thread(product.login, "1004")  # support only
    lead = (await _in_thread(product.login, "9001"))["token"]
    await phones.agent("1002", ringing_agent)
    picker_phone = await phones.agent("1001", picker)
    await _in_thread(product.set_ready, ringing_agent["token"])
    customer, leg = await phones.call("4008001000", "13900004321")
    await phones.events.wait(c.LegAnswered, timeout=10, leg=leg)
    await customer.command(c.SendDtmf(leg=leg, digits="1"))
    _, ring = await phones.ringing("1002")
    call_id = ring.headers["X-Call-Id"]

    def pickup(token: str, call: str = call_id) -> int:
        return product.api("POST", f"/calls/{call}/pickup", token).status_code

    assert await _in_thread(pickup, outsider["token"]) == 403  # not a sales agent
    assert await _in_thread(pickup, picker["token"], "nope") == 404
    assert await _in_thread(pickup, ringing_agent["token"]) == 409  # it rings me already
    assert await _in_thread(pickup, picker["token"]) == 204
    await phones.events.wait(c.LegEnded, timeout=10, leg=ring.leg)  # 1002 stops ringing
    _, mine = await phones.ringing("1001")
    assert mine.headers.get("X-Pickup") == "1002" and mine.headers["X-Call-Id"] == call_id
    await picker_phone.command(c.Answer(leg=mine.leg))
    await customer.command(c.Play(leg=leg, file=str(tones["customer"]), loop=True))
    await picker_phone.command(c.Play(leg=mine.leg, file=str(tones["agent"]), loop=True))
    await asyncio.sleep(0.5)
    paths = {"customer": tmp_path / "c.wav", "picker": tmp_path / "p.wav"}
    await customer.command(c.RecordStart(legs=[leg], path=str(paths["customer"]), recording="c"))
    await picker_phone.command(
        c.RecordStart(legs=[mine.leg], path=str(paths["picker"]), recording="p")
    )
    await asyncio.sleep(1.5)
    await customer.command(c.RecordStop(recording="c"))
    await picker_phone.command(c.RecordStop(recording="p"))
    assert _hears(paths["customer"], AGENT_HZ) > 0.8
    assert _hears(paths["picker"], CUSTOMER_HZ) > 0.8
    states = {
        a["agent_id"]: a["state"]["state"]
        for a in (await _in_thread(lambda: product.api("GET", "/agents", lead))).json()
    }
    assert states["1001"] == "on_call" and states["1002"] == "ready"

    await customer.command(c.Hangup(leg=leg))
    record = await _in_thread(
        lambda: product.wait_call(lead, lambda x: x["id"] == call_id and x["state"] == "ended")
    )
    assert record["agent_id"] == "1001" and record["end_cause"] == "caller_hangup"
    rows = product.sql("SELECT agent, event FROM queue_log WHERE callid = ? ORDER BY id", call_id)
    assert ("1002", "RINGCANCELED") in rows and rows[-1] == ("1001", "COMPLETECALLER"), rows
    assert ("1001", "CONNECT") in rows
