"""Click-to-dial through the trunk, and blind transfer to another queue, with real calls."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from server_stub.media import wire as c
from server_stub.media.pool import WorkerHandle
from tests.e2e.conftest import Phones, Product
from tests.media.conftest import AGENT_HZ, CUSTOMER_HZ
from tests.support.tones import wav_has_tone

pytestmark = [pytest.mark.e2e, pytest.mark.sip_audio, pytest.mark.slow]


async def _in_thread(fn, *args):  # type: ignore[no-untyped-def]
    return await asyncio.to_thread(fn, *args)


@dataclass
class SalesCall:
    """A customer who pressed 1 and is talking to sales agent 1002."""

    agent: dict[str, Any]  # 1002's login
    customer: WorkerHandle
    leg: str  # the customer's leg
    agent_leg: str
    call_id: str


async def _sales_call(product: Product, phones: Phones, ani: str) -> SalesCall:
    agent = await _in_thread(product.login, "1002")
    phone = await phones.agent("1002", agent)
    await _in_thread(product.set_ready, agent["token"])
    customer, leg = await phones.call("4008001000", ani)
    await phones.events.wait(c.LegAnswered, timeout=10, leg=leg)
    await customer.command(c.SendDtmf(leg=leg, digits="1"))
    _, ring = await phones.ringing("1002")
    await phone.command(c.Answer(leg=ring.leg))
    return SalesCall(agent, customer, leg, ring.leg, ring.headers["X-Call-Id"])


async def _transfer(product: Product, call: SalesCall, kind: str, target: str) -> Any:
    return await _in_thread(
        lambda: product.api(
            "POST",
            f"/calls/{call.call_id}/transfer",
            call.agent["token"],
            json={"kind": kind, "target": target},
        )
    )


async def test_click_to_dial_rings_the_agent_then_the_customer_and_records(
    product: Product, phones: Phones, tones: dict[str, Path], tmp_path: Path
) -> None:
    agent = await _in_thread(product.login, "1001")  # signed in: not ready
    lead = (await _in_thread(product.login, "9001"))["token"]
    agent_phone = await phones.agent("1001", agent)
    gateway = await phones.gateway()
    r = await _in_thread(
        lambda: product.api("POST", "/calls/dial", agent["token"], json={"to": "138-0013-8000"})
    )
    assert r.status_code == 201, r.text
    call_id = r.json()["id"]
    assert r.json()["direction"] == "outbound" and r.json()["dnis"] == "13800138000"

    _, ring = await phones.ringing("1001")  # my own phone first
    assert ring.headers.get("X-Call-Id") == call_id
    assert ring.headers.get("X-Direction") == "outbound"
    await agent_phone.command(c.Answer(leg=ring.leg))
    out = await phones.events.wait(c.CallArrived, timeout=10, dnis="13800138000")
    assert out.ani == "4008001000"  # the outbound caller ID
    await gateway.command(c.Answer(leg=out.leg))
    await gateway.command(c.Play(leg=out.leg, file=str(tones["customer"]), loop=True))
    await agent_phone.command(c.Play(leg=ring.leg, file=str(tones["agent"]), loop=True))
    await asyncio.sleep(2.5)
    await gateway.command(c.Hangup(leg=out.leg))
    await phones.events.wait(c.LegEnded, timeout=10, leg=ring.leg)

    record = await _in_thread(
        product.wait_call, lead, lambda x: x["id"] == call_id and x["recording_id"]
    )
    assert record["direction"] == "outbound" and record["agent_id"] == "1001"
    assert record["end_cause"] == "customer_hangup" and record["talk_seconds"] >= 2
    assert record["customer_id"] is not None  # 13800138000 is 张伟
    audio = await _in_thread(
        product.api, "GET", f"/recordings/{record['recording_id']}/audio", lead
    )
    (tmp_path / "out.wav").write_bytes(audio.content)
    wav_has_tone(tmp_path / "out.wav", CUSTOMER_HZ, min_share=0.4, threshold=0.15)
    wav_has_tone(tmp_path / "out.wav", AGENT_HZ, min_share=0.4, threshold=0.15)
    state = (await _in_thread(product.api, "GET", "/agents/me/state", agent["token"])).json()
    # From not ready the agent returns to not ready after the wrap-up of its own call.
    assert state["state"] == "wrap_up" and state["not_ready_after_call"] is True


async def test_dial_without_an_answer_from_my_phone_ends_the_call(
    product: Product, phones: Phones
) -> None:
    agent = await _in_thread(product.login, "1003")
    lead = (await _in_thread(product.login, "9001"))["token"]
    phone = await phones.agent("1003", agent)
    r = await _in_thread(
        lambda: product.api("POST", "/calls/dial", agent["token"], json={"to": "13900000001"})
    )
    call_id = r.json()["id"]
    _, ring = await phones.ringing("1003")
    await phone.command(c.Hangup(leg=ring.leg, status_code=486))  # I reject my own ring
    record = await _in_thread(
        product.wait_call, lead, lambda x: x["id"] == call_id and x["state"] == "ended"
    )
    assert record["end_cause"] == "agent_no_answer" and record["answered_at"] is None
    bad = await _in_thread(
        lambda: product.api("POST", "/calls/dial", agent["token"], json={"to": "12ab"})
    )
    assert bad.status_code == 422


async def test_blind_transfer_to_another_queue(
    product: Product, phones: Phones, tones: dict[str, Path], tmp_path: Path
) -> None:
    support = await _in_thread(product.login, "1004")
    lead = (await _in_thread(product.login, "9001"))["token"]
    support_phone = await phones.agent("1004", support)
    await _in_thread(product.set_ready, support["token"])
    call = await _sales_call(product, phones, "13900007777")
    customer, leg, call_id = call.customer, call.leg, call.call_id
    await asyncio.sleep(1)
    r = await _transfer(product, call, "queue", "support")
    assert r.status_code == 200, r.text
    await phones.events.wait(c.LegEnded, timeout=10, leg=call.agent_leg)  # sales agent is out
    _, second = await phones.ringing("1004")
    assert second.headers["X-Call-Id"] == call_id and second.headers["X-Queue"] == "support"
    await support_phone.command(c.Answer(leg=second.leg))
    await customer.command(c.Play(leg=leg, file=str(tones["customer"]), loop=True))
    await support_phone.command(
        c.RecordStart(legs=[second.leg], path=str(tmp_path / "support.wav"))
    )
    await asyncio.sleep(2)
    await customer.command(c.Hangup(leg=leg))
    await phones.events.wait(c.RecordingFinished, timeout=10, path=str(tmp_path / "support.wav"))
    wav_has_tone(tmp_path / "support.wav", CUSTOMER_HZ, min_share=0.4, threshold=0.15)
    record = await _in_thread(
        product.wait_call, lead, lambda x: x["id"] == call_id and x["state"] == "ended"
    )
    assert record["agent_id"] == "1004" and record["queue"] == "support"
    state = (await _in_thread(product.api, "GET", "/agents/me/state", call.agent["token"])).json()
    assert state["state"] in ("wrap_up", "ready")
    qlog = [
        line.split("|")[2:5]
        for line in (product.data_dir / "queue_log").read_text().splitlines()
        if f"|{call_id}|" in line
    ]
    assert qlog == [
        ["sales", "NONE", "ENTERQUEUE"],
        ["sales", "1002", "CONNECT"],
        ["sales", "1002", "BLINDTRANSFER"],
        ["support", "NONE", "ENTERQUEUE"],
        ["support", "1004", "CONNECT"],
        ["support", "1004", "COMPLETECALLER"],
    ]


async def test_blind_transfer_to_another_agent(product: Product, phones: Phones) -> None:
    target = await _in_thread(product.login, "1004")  # support only: not in sales
    lead = (await _in_thread(product.login, "9001"))["token"]
    target_phone = await phones.agent("1004", target)
    await _in_thread(product.set_ready, target["token"])
    call = await _sales_call(product, phones, "13900003579")
    bad = await _transfer(product, call, "agent", "7777")
    assert bad.status_code == 404  # no such agent: the call stays with me
    r = await _transfer(product, call, "agent", "1004")
    assert r.status_code == 200, r.text
    _, second = await phones.ringing("1004")
    assert second.headers["X-Call-Id"] == call.call_id
    await target_phone.command(c.Answer(leg=second.leg))
    await asyncio.sleep(0.5)
    await call.customer.command(c.Hangup(leg=call.leg))
    record = await _in_thread(
        product.wait_call, lead, lambda x: x["id"] == call.call_id and x["state"] == "ended"
    )
    assert record["agent_id"] == "1004" and record["queue"] == "sales"  # not agent:1004


async def test_blind_transfer_to_an_outside_number(
    product: Product, phones: Phones, tones: dict[str, Path]
) -> None:
    lead = (await _in_thread(product.login, "9001"))["token"]
    gateway = await phones.gateway()
    call = await _sales_call(product, phones, "13900008642")
    r = await _transfer(product, call, "number", "021-6666 8888")
    assert r.status_code == 200, r.text
    await phones.events.wait(c.LegEnded, timeout=10, leg=call.agent_leg)  # I am out
    out = await phones.events.wait(c.CallArrived, timeout=10, dnis="02166668888")
    assert out.ani == "13900008642"  # the caller's own number is passed on
    await gateway.command(c.Answer(leg=out.leg))
    await call.customer.command(c.Play(leg=call.leg, file=str(tones["customer"]), loop=True))
    await asyncio.sleep(1.5)
    state = (await _in_thread(product.api, "GET", "/agents/me/state", call.agent["token"])).json()
    assert state["state"] in ("wrap_up", "ready")  # free while the call goes on
    await gateway.command(c.Hangup(leg=out.leg))
    record = await _in_thread(
        product.wait_call, lead, lambda x: x["id"] == call.call_id and x["state"] == "ended"
    )
    assert record["end_cause"] == "external_hangup"
    qlog = (product.data_dir / "queue_log").read_text()
    assert f"|{call.call_id}|sales|1002|BLINDTRANSFER|02166668888|external|" in qlog
