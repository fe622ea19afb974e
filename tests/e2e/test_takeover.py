"""Take over (接管) with real calls: a lead barging in takes the call, the agent is dropped;
who hears whom checked by tone (customer 1000 Hz, agent 440 Hz, lead 1600 Hz)."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from server_stub.media import wire as c
from tests.e2e.conftest import Phones, Product
from tests.e2e.test_consult import _hears
from tests.media.conftest import AGENT_HZ, CUSTOMER_HZ, SUPERVISOR_HZ

pytestmark = [pytest.mark.e2e, pytest.mark.sip_audio, pytest.mark.slow]


async def _in_thread(fn, *args):  # type: ignore[no-untyped-def]
    return await asyncio.to_thread(fn, *args)


async def test_lead_takes_over_the_call_and_the_agent_is_dropped(
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

    def api(method: str, path: str, token: str) -> int:
        return product.api(method, f"/calls/{call_id}{path}", token).status_code

    assert await _in_thread(api, "POST", "/takeover", agent["token"]) == 403  # agents never
    assert await _in_thread(api, "POST", "/takeover", lead["token"]) == 409  # monitor first
    r = await _in_thread(
        lambda: product.api(
            "POST", f"/calls/{call_id}/monitor", lead["token"], json={"mode": "barge"}
        )
    )
    assert r.status_code == 204, r.text
    _, sup = await phones.ringing("9001")
    await lead_phone.command(c.Answer(leg=sup.leg))
    await lead_phone.command(c.Play(leg=sup.leg, file=str(tones["supervisor"]), loop=True))
    await asyncio.sleep(0.5)

    assert await _in_thread(api, "POST", "/takeover", lead["token"]) == 204
    await phones.events.wait(c.LegEnded, timeout=10, leg=ring.leg)  # the agent is dropped
    states = {
        a["agent_id"]: a["state"]["state"]
        for a in (await _in_thread(lambda: product.api("GET", "/agents", lead["token"]))).json()
    }
    assert states["1002"] == "wrap_up" and states["9001"] == "on_call"
    await asyncio.sleep(0.3)
    paths = {}
    for name, handle, leg in (("customer", customer, cust_leg), ("lead", lead_phone, sup.leg)):
        paths[name] = tmp_path / f"{name}.wav"
        await handle.command(c.RecordStart(legs=[leg], path=str(paths[name]), recording=name))
    await asyncio.sleep(1.5)
    await customer.command(c.RecordStop(recording="customer"))
    await lead_phone.command(c.RecordStop(recording="lead"))
    assert _hears(paths["customer"], SUPERVISOR_HZ) > 0.8
    assert _hears(paths["customer"], AGENT_HZ) < 0.1
    assert _hears(paths["lead"], CUSTOMER_HZ) > 0.8

    # The lead ends the call like an agent: the record is the lead's, both parts are kept.
    await lead_phone.command(c.Hangup(leg=sup.leg))
    await phones.events.wait(c.LegEnded, timeout=10, leg=cust_leg)
    record = await _in_thread(
        lambda: product.wait_call(
            lead["token"], lambda x: x["id"] == call_id and x["state"] == "ended"
        )
    )
    assert record["agent_id"] == "9001" and record["end_cause"] == "agent_hangup"
    events = [e for (e,) in product.sql("SELECT event FROM queue_log WHERE callid = ?", call_id)]
    legs = product.sql("SELECT kind, peer, end_cause FROM call_legs WHERE call_id = ?", call_id)
    audit = product.sql("SELECT actor, action FROM audit_log WHERE target = ?", call_id)
    assert "TAKEOVER" in events and events[-1] == "COMPLETEAGENT", events
    assert legs == [("agent", "1002", "taken_over")]
    assert ("9001", "takeover") in audit
