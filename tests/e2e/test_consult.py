"""Consult (咨询), attended transfer and three-way conference with real calls: who hears
whom is checked by tone (customer 1000 Hz, first agent 440 Hz, consulted agent 1600 Hz)
in what each phone receives; records and both agents' states afterwards."""

from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import websockets

from server_stub.media import wire as c
from server_stub.media.pool import WorkerHandle
from tests.e2e.conftest import Phones, Product
from tests.media.conftest import AGENT_HZ, CUSTOMER_HZ, SUPERVISOR_HZ
from tests.support.tones import read_wav, tone_ratio, wav_has_tone

pytestmark = [pytest.mark.e2e, pytest.mark.sip_audio, pytest.mark.slow]

SECOND_HZ = SUPERVISOR_HZ  # the consulted agent's tone


async def _in_thread(fn, *args):  # type: ignore[no-untyped-def]
    return await asyncio.to_thread(fn, *args)


def _hears(path: Path, freq: float) -> float:
    """Share of 100 ms windows (after the first 300 ms) where `freq` is clearly present."""
    samples, rate = read_wav(path)
    size = rate // 10
    windows = [samples[i : i + size] for i in range(3 * size, len(samples) - size, size)]
    return float(np.mean([tone_ratio(w, rate, freq) >= 0.1 for w in windows]))


@dataclass
class Consulting:
    """Customer ↔ agent 1002 (sales) answered; agent 1004 (support, not ready) signed in."""

    product: Product
    phones: Phones
    first: dict[str, Any]  # 1002's login
    second: dict[str, Any]  # 1004's login
    lead: str  # a lead's token
    customer: WorkerHandle
    customer_leg: str
    first_phone: WorkerHandle
    first_leg: str
    second_phone: WorkerHandle
    call_id: str

    async def api(self, method: str, path: str, token: str | None = None, **kw: Any) -> Any:
        return await _in_thread(
            lambda: self.product.api(
                method, f"/calls/{self.call_id}{path}", token or self.first["token"], **kw
            )
        )

    async def state(self, agent_id: str) -> str:
        r = await _in_thread(lambda: self.product.api("GET", "/agents", self.lead))
        return str(next(a for a in r.json() if a["agent_id"] == agent_id)["state"]["state"])

    async def listen(
        self, tmp: Path, phase: str, legs: dict[str, tuple[Any, str]]
    ) -> dict[str, Path]:
        """What each named phone receives for 1.5 s."""
        paths = {}
        for name, (handle, leg) in legs.items():
            paths[name] = tmp / f"{phase}-{name}.wav"
            await handle.command(
                c.RecordStart(legs=[leg], path=str(paths[name]), recording=f"{phase}-{name}")
            )
        await asyncio.sleep(1.5)
        for name, (handle, _leg) in legs.items():
            await handle.command(c.RecordStop(recording=f"{phase}-{name}"))
        return paths


async def _consulting(product: Product, phones: Phones, tones: dict[str, Path]) -> Consulting:
    first = await _in_thread(product.login, "1002")
    second = await _in_thread(product.login, "1004")  # signed in: not ready
    lead = (await _in_thread(product.login, "9001"))["token"]
    first_phone = await phones.agent("1002", first)
    second_phone = await phones.agent("1004", second)
    await _in_thread(product.set_ready, first["token"])
    customer, leg = await phones.call("4008001000", "13800138000")  # 张伟
    await phones.events.wait(c.LegAnswered, timeout=10, leg=leg)
    await customer.command(c.SendDtmf(leg=leg, digits="1"))
    _, ring = await phones.ringing("1002")
    await first_phone.command(c.Answer(leg=ring.leg))
    await customer.command(c.Play(leg=leg, file=str(tones["customer"]), loop=True))
    await first_phone.command(c.Play(leg=ring.leg, file=str(tones["agent"]), loop=True))
    return Consulting(
        product,
        phones,
        first,
        second,
        lead,
        customer,
        leg,
        first_phone,
        ring.leg,
        second_phone,
        ring.headers["X-Call-Id"],
    )


async def _consult_1004(call: Consulting, tones: dict[str, Path]) -> str:
    """Consult agent 1004 and answer on its phone (which plays its tone): its leg."""
    since = len(call.phones.events.items)
    r = await call.api(
        "POST", "/consult", json={"kind": "agent", "target": "1004", "note": "refund case"}
    )
    assert r.status_code == 201, r.text
    assert r.json()["state"] == "ringing" and r.json()["party"] == "1004"
    _, ring = await call.phones.ringing("1004", since=since)
    assert ring.headers.get("X-Consult") == call.call_id
    assert ring.headers.get("X-Consult-By") == "1002"
    await call.second_phone.command(c.Answer(leg=ring.leg))
    await call.second_phone.command(c.Play(leg=ring.leg, file=str(tones["supervisor"]), loop=True))
    await asyncio.sleep(0.4)
    return ring.leg


def _db(product: Product, sql: str, *args: Any) -> list[tuple[Any, ...]]:
    return product.sql(sql, *args)


@pytest.mark.both_stores  # call legs, transfer parts, queue_log and recordings on PostgreSQL
async def test_consult_then_attended_transfer(
    product: Product, phones: Phones, tones: dict[str, Path], tmp_path: Path
) -> None:
    call = await _consulting(product, phones, tones)
    ws_url = product.base.replace("http", "ws") + f"/api/v1/events?token={call.second['token']}"
    async with websockets.connect(ws_url) as ws:
        assert json.loads(await ws.recv())["type"] == "hello"
        second_leg = await _consult_1004(call, tones)
        offer = None
        while offer is None:
            event = json.loads(await asyncio.wait_for(ws.recv(), 10))
            if event["type"] == "call_offered":
                offer = event["data"]
    # Transfer data travels: the caller, the IVR path and the first agent's note.
    assert offer["call"]["id"] == call.call_id
    assert offer["consult_by"] == "1002" and offer["note"] == "refund case"
    assert offer["ivr_path"] == ["1"] and offer["customer"]["name"] == "张伟"
    assert await call.state("1004") == "on_call"  # busy: no queue call offered meanwhile

    # Consulting: the agents hear each other, the customer hears neither (music).
    legs = {
        "customer": (call.customer, call.customer_leg),
        "first": (call.first_phone, call.first_leg),
        "second": (call.second_phone, second_leg),
    }
    heard = await call.listen(tmp_path, "consult", legs)
    assert _hears(heard["first"], SECOND_HZ) > 0.8
    assert _hears(heard["second"], AGENT_HZ) > 0.8
    assert _hears(heard["second"], CUSTOMER_HZ) < 0.1
    assert _hears(heard["customer"], AGENT_HZ) < 0.1
    assert _hears(heard["customer"], SECOND_HZ) < 0.1

    # Complete: the customer talks to 1004; 1002's leg ends and 1002 goes to wrap-up.
    r = await call.api("POST", "/consult/complete")
    assert r.status_code == 204, r.text
    assert await call.state("1002") == "wrap_up"
    assert await call.state("1004") == "on_call"
    await phones.events.wait(c.LegEnded, timeout=10, leg=call.first_leg)
    await asyncio.sleep(0.3)
    del legs["first"]
    heard = await call.listen(tmp_path, "transferred", legs)
    assert _hears(heard["customer"], SECOND_HZ) > 0.8
    assert _hears(heard["second"], CUSTOMER_HZ) > 0.8
    r = await call.api("POST", "/consult/complete")
    assert r.status_code == 403  # 1002 is no longer on the call
    r = await call.api("POST", "/consult/complete", call.second["token"])
    assert r.status_code == 409  # 1004's call has no consult to complete

    await call.customer.command(c.Hangup(leg=call.customer_leg))
    record = await _in_thread(
        lambda: product.wait_call(
            call.lead, lambda x: x["id"] == call.call_id and x["state"] == "ended"
        )
    )
    assert record["agent_id"] == "1004" and record["end_cause"] == "caller_hangup"
    # 1004: wrap-up after its part, then back to the pause it was in before the consult.
    await _wait(lambda: call.state("1004"), "not_ready", timeout=8)
    moves = _db(
        product,
        "SELECT agent_id, to_state FROM agent_state_log WHERE call_id = ? ORDER BY id",
        call.call_id,
    )
    assert [m for m in moves if m[0] == "1004"][-2:] == [("1004", "wrap_up"), ("1004", "not_ready")]
    assert ("1002", "wrap_up") in moves
    events = [
        e for (e,) in _db(product, "SELECT event FROM queue_log WHERE callid = ?", call.call_id)
    ]
    assert "ATTENDEDTRANSFER" in events and events[-1] == "COMPLETECALLER", events
    legs_rows = _db(
        product,
        "SELECT kind, peer, end_cause, answered_at IS NOT NULL FROM call_legs WHERE call_id = ?"
        " ORDER BY started_at",
        call.call_id,
    )
    assert ("agent", "1002", "attended_transfer", 1) in legs_rows
    assert ("consult", "1004", "transferred", 1) in legs_rows


async def test_consult_then_conference_then_host_leaves(
    product: Product, phones: Phones, tones: dict[str, Path], tmp_path: Path
) -> None:
    call = await _consulting(product, phones, tones)
    second_leg = await _consult_1004(call, tones)
    r = await call.api("POST", "/conference")
    assert r.status_code == 200, r.text
    assert r.json()["state"] == "conference"
    await asyncio.sleep(0.3)
    legs = {
        "customer": (call.customer, call.customer_leg),
        "first": (call.first_phone, call.first_leg),
        "second": (call.second_phone, second_leg),
    }
    heard = await call.listen(tmp_path, "conference", legs)
    for name, others in (
        ("customer", (AGENT_HZ, SECOND_HZ)),
        ("first", (CUSTOMER_HZ, SECOND_HZ)),
        ("second", (CUSTOMER_HZ, AGENT_HZ)),
    ):
        for freq in others:
            assert _hears(heard[name], freq) > 0.8, (name, freq)

    # The host drops itself: the customer and 1004 stay connected.
    r = await call.api("DELETE", "/conference/1002")
    assert r.status_code == 204, r.text
    await phones.events.wait(c.LegEnded, timeout=10, leg=call.first_leg)
    await asyncio.sleep(0.3)
    del legs["first"]
    heard = await call.listen(tmp_path, "after-host", legs)
    assert _hears(heard["customer"], SECOND_HZ) > 0.8
    assert _hears(heard["customer"], AGENT_HZ) < 0.1
    assert _hears(heard["second"], CUSTOMER_HZ) > 0.8
    await call.customer.command(c.Hangup(leg=call.customer_leg))
    await phones.events.wait(c.LegEnded, timeout=10, leg=second_leg)
    # One recording of the call holds every party: customer, host and consulted agent.
    record = await _in_thread(
        lambda: product.wait_call(
            call.lead,
            lambda x: x["id"] == call.call_id and x["recording_status"] == "complete",
        )
    )
    assert record["end_cause"] == "caller_hangup"
    (recording,) = product.data_dir.rglob(f"{call.call_id}.wav")
    for freq in (CUSTOMER_HZ, AGENT_HZ, SECOND_HZ):
        wav_has_tone(recording, freq, min_share=0.3, threshold=0.15)


async def test_consult_rejected_then_return_then_caller_hangs_up_on_hold(
    product: Product, phones: Phones, tones: dict[str, Path], tmp_path: Path
) -> None:
    call = await _consulting(product, phones, tones)
    # Unknown call, bad input, wrong state: clear errors.
    r = await _in_thread(
        lambda: product.api(
            "POST",
            "/calls/nope/consult",
            call.first["token"],
            json={"kind": "agent", "target": "1004"},
        )
    )
    assert r.status_code == 404
    r = await call.api("POST", "/consult", json={"kind": "agent", "target": "7777"})
    assert r.status_code == 422 and "unknown agent" in r.json()["message"]
    r = await call.api("POST", "/consult", json={"kind": "fax", "target": "1004"})
    assert r.status_code == 422
    for path in ("/consult/complete", "/consult/cancel", "/consult/swap", "/conference"):
        assert (await call.api("POST", path)).status_code == 409, path
    r = await call.api(
        "POST", "/consult", call.second["token"], json={"kind": "agent", "target": "1002"}
    )
    assert r.status_code == 403  # not 1004's call

    # 1004 rejects: the customer is back with 1002, 1004 back to not ready.
    since = len(phones.events.items)
    r = await call.api("POST", "/consult", json={"kind": "agent", "target": "1004"})
    assert r.status_code == 201, r.text
    _, ring = await phones.ringing("1004", since=since)
    await call.second_phone.command(c.Hangup(leg=ring.leg, status_code=603))
    await _wait(lambda: call.state("1004"), "not_ready")
    assert (await call.api("POST", "/consult/cancel")).status_code == 409  # already over
    await asyncio.sleep(0.3)
    legs = {
        "customer": (call.customer, call.customer_leg),
        "first": (call.first_phone, call.first_leg),
    }
    heard = await call.listen(tmp_path, "rejected", legs)
    assert _hears(heard["customer"], AGENT_HZ) > 0.8
    assert _hears(heard["first"], CUSTOMER_HZ) > 0.8

    # Consult again, swap to the customer and back, then return (cancel).
    second_leg = await _consult_1004(call, tones)
    r = await call.api("POST", "/consult/swap")
    assert r.status_code == 200 and r.json()["state"] == "customer", r.text
    await asyncio.sleep(0.3)
    legs["second"] = (call.second_phone, second_leg)
    heard = await call.listen(tmp_path, "swapped", legs)
    assert _hears(heard["customer"], AGENT_HZ) > 0.8
    assert _hears(heard["first"], CUSTOMER_HZ) > 0.8
    assert _hears(heard["first"], SECOND_HZ) < 0.1
    assert _hears(heard["second"], AGENT_HZ) < 0.1
    r = await call.api("POST", "/consult/swap")
    assert r.json()["state"] == "talking"
    r = await call.api("POST", "/consult/cancel")
    assert r.status_code == 204, r.text
    await phones.events.wait(c.LegEnded, timeout=10, leg=second_leg)
    await _wait(lambda: call.state("1004"), "not_ready")
    await asyncio.sleep(0.3)
    del legs["second"]
    heard = await call.listen(tmp_path, "returned", legs)
    assert _hears(heard["customer"], AGENT_HZ) > 0.8
    assert _hears(heard["first"], CUSTOMER_HZ) > 0.8

    # Consult once more; the customer hangs up while on hold: everything closes.
    second_leg = await _consult_1004(call, tones)
    await call.customer.command(c.Hangup(leg=call.customer_leg))
    await phones.events.wait(c.LegEnded, timeout=10, leg=second_leg)
    await phones.events.wait(c.LegEnded, timeout=10, leg=call.first_leg)
    record = await _in_thread(
        lambda: product.wait_call(
            call.lead, lambda x: x["id"] == call.call_id and x["state"] == "ended"
        )
    )
    assert record["agent_id"] == "1002" and record["end_cause"] == "caller_hangup"
    assert record["hold_seconds"] and record["hold_seconds"] > 0
    assert await call.state("1002") == "wrap_up"
    await _wait(lambda: call.state("1004"), "not_ready")
    ends = _db(
        product,
        "SELECT end_cause FROM call_legs WHERE call_id = ? AND kind = 'consult'"
        " ORDER BY started_at",
        call.call_id,
    )
    assert [e for (e,) in ends] == ["rejected", "cancelled", "call_ended"]


async def _wait(read: Any, wanted: str, timeout: float = 5.0) -> None:
    deadline = asyncio.get_running_loop().time() + timeout
    while True:
        got = await read()
        if got == wanted:
            return
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError(f"state {got}, wanted {wanted}")
        await asyncio.sleep(0.1)


async def test_consult_unanswered_then_busy_number_then_number_takes_the_call(
    product: Product, phones: Phones, tones: dict[str, Path], tmp_path: Path
) -> None:
    """The consulted agent does not answer (the queue's 3 s ring timeout); an outside number
    is busy; another number answers and takes the caller (external, like a blind transfer
    to a number)."""
    gateway = await phones.gateway()
    call = await _consulting(product, phones, tones)
    since = len(phones.events.items)
    r = await call.api("POST", "/consult", json={"kind": "agent", "target": "1004"})
    assert r.status_code == 201, r.text
    _, ring = await phones.ringing("1004", since=since)
    await phones.events.wait(c.LegEnded, timeout=10, leg=ring.leg)  # rang out unanswered
    await _wait(lambda: call.state("1004"), "not_ready")

    r = await call.api("POST", "/consult", json={"kind": "number", "target": "021-5555 0000"})
    assert r.status_code == 201 and r.json()["party"] == "02155550000", r.text
    out = await phones.events.wait(c.CallArrived, timeout=10, dnis="02155550000")
    await gateway.command(c.Hangup(leg=out.leg, status_code=486))
    await asyncio.sleep(0.5)
    legs = {
        "customer": (call.customer, call.customer_leg),
        "first": (call.first_phone, call.first_leg),
    }
    heard = await call.listen(tmp_path, "after-busy", legs)
    assert _hears(heard["customer"], AGENT_HZ) > 0.8  # back with the agent

    r = await call.api("POST", "/consult", json={"kind": "number", "target": "02166668888"})
    assert r.status_code == 201, r.text
    out = await phones.events.wait(c.CallArrived, timeout=10, dnis="02166668888")
    await gateway.command(c.Answer(leg=out.leg))
    await gateway.command(c.Play(leg=out.leg, file=str(tones["supervisor"]), loop=True))
    await _wait_consult(call, "talking")
    r = await call.api("POST", "/consult/complete")
    assert r.status_code == 204, r.text
    await phones.events.wait(c.LegEnded, timeout=10, leg=call.first_leg)
    await asyncio.sleep(0.3)
    heard = await call.listen(
        tmp_path, "external", {"customer": (call.customer, call.customer_leg)}
    )
    assert _hears(heard["customer"], SECOND_HZ) > 0.8
    await gateway.command(c.Hangup(leg=out.leg))
    record = await _in_thread(
        lambda: product.wait_call(
            call.lead, lambda x: x["id"] == call.call_id and x["state"] == "ended"
        )
    )
    assert record["end_cause"] == "external_hangup" and record["agent_id"] is None
    ends = _db(
        product,
        "SELECT peer, end_cause FROM call_legs WHERE call_id = ? AND kind = 'consult'"
        " ORDER BY started_at",
        call.call_id,
    )
    assert ends == [
        ("1004", "no_answer"),
        ("02155550000", "busy"),
        ("02166668888", "transferred"),
    ]


async def _wait_consult(call: Consulting, state: str, timeout: float = 5.0) -> None:
    """Until the call's consult is in `state` (as its agent's call_updated would say)."""
    deadline = asyncio.get_running_loop().time() + timeout
    while asyncio.get_running_loop().time() < deadline:
        r = await call.api("POST", "/consult/swap")  # 409 until answered
        if r.status_code == 200:
            await call.api("POST", "/consult/swap")  # and back
            return
        await asyncio.sleep(0.1)
    raise AssertionError(f"consult never {state}")


@pytest.mark.queue_settings(conference_stays=1)
async def test_conference_goes_on_when_the_host_hangs_up_if_the_queue_says_so(
    product: Product, phones: Phones, tones: dict[str, Path], tmp_path: Path
) -> None:
    call = await _consulting(product, phones, tones)
    second_leg = await _consult_1004(call, tones)
    assert (await call.api("POST", "/conference")).status_code == 200
    await call.first_phone.command(c.Hangup(leg=call.first_leg))  # the host hangs up
    await _wait(lambda: call.state("1002"), "wrap_up")
    assert await call.state("1004") == "on_call"
    await asyncio.sleep(0.3)
    legs = {
        "customer": (call.customer, call.customer_leg),
        "second": (call.second_phone, second_leg),
    }
    heard = await call.listen(tmp_path, "host-gone", legs)
    assert _hears(heard["customer"], SECOND_HZ) > 0.8
    assert _hears(heard["second"], CUSTOMER_HZ) > 0.8
    await call.second_phone.command(c.Hangup(leg=second_leg))
    record = await _in_thread(
        lambda: product.wait_call(
            call.lead, lambda x: x["id"] == call.call_id and x["state"] == "ended"
        )
    )
    assert record["agent_id"] == "1004" and record["end_cause"] == "agent_hangup"


async def test_worker_dies_mid_conference_everything_closes(
    product: Product, phones: Phones, tones: dict[str, Path]
) -> None:
    """kill -9 the worker hosting a three-way call: all three phones are released through
    the edge, the record closes `worker_lost`, the consult leg `call_ended`, and both agents
    end in a defined state (1002 wrap-up, 1004 back to not ready)."""
    import os
    import signal

    call = await _consulting(product, phones, tones)
    second_leg = await _consult_1004(call, tones)
    assert (await call.api("POST", "/conference")).status_code == 200
    admin = (await _in_thread(product.login, "9000"))["token"]
    workers = (await _in_thread(product.api, "GET", "/system/workers", admin)).json()
    busy = [w for w in workers if w["legs"]]
    assert len(busy) == 1 and len(busy[0]["legs"]) == 3, workers  # one worker hosts all
    os.kill(busy[0]["pid"], signal.SIGKILL)
    for leg in (call.customer_leg, call.first_leg, second_leg):
        await phones.events.wait(c.LegEnded, timeout=15, leg=leg)
    record = await _in_thread(
        lambda: product.wait_call(
            call.lead, lambda x: x["id"] == call.call_id and x["state"] == "ended"
        )
    )
    assert record["end_cause"] == "worker_lost"
    await _wait(lambda: call.state("1004"), "not_ready")
    assert await call.state("1002") in ("wrap_up", "ready")  # wrap-up is 2 s here
    ends = _db(
        product,
        "SELECT end_cause FROM call_legs WHERE call_id = ? AND kind = 'consult'",
        call.call_id,
    )
    assert ends == [("call_ended",)]
