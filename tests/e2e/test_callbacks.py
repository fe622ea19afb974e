"""A callback that keeps the caller's place (回电) on real calls: a caller waiting in the
queue presses the callback key, hears `callback_noted` and leaves; a later caller waits
behind. When an agent gets ready, the callback is offered first (the first caller's
place), the agent's softphone rings, then the server dials the customer through the
trunk; agent and customer hear each other; the attempt and its outcome are recorded."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest

from server_stub.media import wire as c
from tests.e2e.conftest import Phones, Product
from tests.media.conftest import CUSTOMER_HZ
from tests.support.tones import wav_has_tone

pytestmark = [pytest.mark.e2e, pytest.mark.sip_audio, pytest.mark.slow]
FIRST, SECOND = "13900000001", "13900000002"


async def _log_has(product: Product, text: str, timeout: float = 15) -> None:
    log = product.data_dir.parent / "server.log"
    for _ in range(int(timeout * 10)):
        if text in log.read_text():
            return
        await asyncio.sleep(0.1)
    raise AssertionError(f"not in the server log: {text}")


async def test_callback_keeps_the_callers_place_and_connects_the_customer(
    product: Product, phones: Phones, tones: dict[str, Path], tmp_path: Path
) -> None:
    admin = (await asyncio.to_thread(product.login, "9000"))["token"]
    r = await asyncio.to_thread(
        product.api, "PATCH", "/admin/queues/support", admin, json={"callback_key": "1"}
    )
    assert r.status_code == 200, r.text
    gateway = await phones.gateway()
    first, first_leg = await phones.call("4008002000", FIRST)
    await phones.events.wait(c.LegAnswered, timeout=10, leg=first_leg)
    await _log_has(product, "routed to queue support (position 1)")
    second, second_leg = await phones.call("4008002000", SECOND)
    await _log_has(product, "routed to queue support (position 2)")
    await first.command(c.SendDtmf(leg=first_leg, digits="1"))  # call me back
    ended = await phones.events.wait(c.LegEnded, timeout=15, leg=first_leg)
    assert ended.cause == "remote"  # the server hung up after callback_noted

    def left(row: dict[str, Any]) -> bool:
        return bool(row["ani"] == FIRST and row["end_cause"] == "callback_requested")

    await asyncio.to_thread(product.wait_call, admin, left)

    agent = await asyncio.to_thread(product.login, "1003")
    agent_phone = await phones.agent("1003", agent)
    await asyncio.to_thread(product.set_ready, agent["token"])
    _, ring = await phones.ringing("1003")  # the callback comes first: the caller's place
    callback_id = ring.headers["X-Call-Id"]
    live = (await asyncio.to_thread(product.api, "GET", f"/calls/{callback_id}", admin)).json()
    assert live["ani"] == FIRST and live["queue"] == "support"
    await agent_phone.command(c.Answer(leg=ring.leg))
    out = await phones.events.wait(c.CallArrived, timeout=10, dnis=FIRST)  # dialled back
    await gateway.command(c.Answer(leg=out.leg))
    await gateway.command(c.Play(leg=out.leg, file=str(tones["customer"]), loop=True))
    heard = tmp_path / "agent.wav"
    await agent_phone.command(c.RecordStart(legs=[ring.leg], path=str(heard)))
    await asyncio.sleep(2.5)
    await gateway.command(c.Hangup(leg=out.leg))
    await phones.events.wait(c.LegEnded, timeout=10, leg=ring.leg)
    await phones.events.wait(c.RecordingFinished, timeout=10, path=str(heard))
    wav_has_tone(heard, CUSTOMER_HZ, min_share=0.4, threshold=0.15)

    record = await asyncio.to_thread(
        product.wait_call, admin, lambda x: x["id"] == callback_id and x["state"] == "ended"
    )
    assert record["agent_id"] == "1003" and record["end_cause"] == "customer_hangup"
    for _ in range(50):
        callbacks = (await asyncio.to_thread(product.api, "GET", "/admin/callbacks", admin)).json()
        if callbacks and callbacks[0]["status"] == "done":
            break
        await asyncio.sleep(0.1)
    assert len(callbacks) == 1
    done = callbacks[0]
    assert (done["number"], done["status"], done["outcome"]) == (FIRST, "done", "connected")
    assert (done["attempts"], done["agent_id"], done["last_call_id"]) == (1, "1003", callback_id)
    await second.command(c.Hangup(leg=second_leg))


@pytest.mark.product_args("--callback-retry-seconds", "1", "--callback-attempts", "2")
async def test_busy_customer_is_tried_again_then_the_callback_fails(
    product: Product, phones: Phones
) -> None:
    admin = (await asyncio.to_thread(product.login, "9000"))["token"]
    r = await asyncio.to_thread(
        product.api, "PATCH", "/admin/queues/support", admin, json={"callback_key": "#"}
    )
    assert r.status_code == 200, r.text
    gateway = await phones.gateway()
    caller, leg = await phones.call("4008002000", FIRST)
    await _log_has(product, "routed to queue support (position 1)")
    await caller.command(c.SendDtmf(leg=leg, digits="#"))
    await phones.events.wait(c.LegEnded, timeout=15, leg=leg)
    agent = await asyncio.to_thread(product.login, "1003")
    agent_phone = await phones.agent("1003", agent)
    since = len(phones.events.items)  # the first ring may come as soon as the agent is ready
    await asyncio.to_thread(product.set_ready, agent["token"])
    attempts = []
    for _ in range(2):
        _, ring = await phones.ringing("1003", since=since, timeout=20)
        attempts.append(ring.headers["X-Call-Id"])
        await agent_phone.command(c.Answer(leg=ring.leg))
        out = await phones.events.wait(c.CallArrived, timeout=10, dnis=FIRST, since=since)
        await gateway.command(c.Hangup(leg=out.leg, status_code=486))  # busy
        await phones.events.wait(c.LegEnded, timeout=10, leg=ring.leg)
        since = len(phones.events.items)
    assert len(set(attempts)) == 2  # each attempt is a call of its own
    for call_id in attempts:
        record = await asyncio.to_thread(
            product.wait_call, admin, lambda x, i=call_id: x["id"] == i and x["state"] == "ended"
        )
        assert record["end_cause"] == "busy" and record["agent_id"] == "1003"
    for _ in range(50):
        callbacks = (await asyncio.to_thread(product.api, "GET", "/admin/callbacks", admin)).json()
        if callbacks and callbacks[0]["status"] == "failed":
            break
        await asyncio.sleep(0.1)
    failed = callbacks[0]
    assert (failed["status"], failed["attempts"], failed["outcome"]) == ("failed", 2, "busy")
    assert failed["last_call_id"] == attempts[1]
    await _log_has(product, "callback 1 attempt 1 (call")


async def test_after_hours_flow_callback_is_offered_when_an_agent_signs_in(
    product: Product, phones: Phones, tones: dict[str, Path], tmp_path: Path
) -> None:
    """A flow's `callback` node (after hours): the caller hears the confirmation and the
    server hangs up; in hours an agent signs in, is offered the callback, answers, and the
    server dials the customer, who is bridged to the agent."""
    admin = (await asyncio.to_thread(product.login, "9000"))["token"]
    document = {
        "start": "hours",
        "nodes": {
            "hours": {"type": "time", "group": "office", "open": "q", "closed": "cb"},
            "q": {"type": "queue", "queue": "support"},
            "cb": {"type": "callback", "queue": "support"},
        },
    }
    for method, path, body in (
        ("PUT", "/admin/overrides", [{"time_group": "office", "state": "closed"}]),
        ("POST", "/admin/flows", {"id": "late", "document": document}),
        ("POST", "/admin/flows/late/publish", None),
        ("POST", "/admin/dids", {"number": "4008009200", "ivr": "late"}),
    ):
        r = await asyncio.to_thread(product.api, method, path, admin, json=body)
        assert r.status_code in (200, 201), r.text
    gateway = await phones.gateway()
    _, leg = await phones.call("4008009200", FIRST)
    await phones.events.wait(c.LegAnswered, timeout=10, leg=leg)
    ended = await phones.events.wait(c.LegEnded, timeout=30, leg=leg)
    assert ended.cause == "remote"  # the server hung up after the confirmation
    left = await asyncio.to_thread(
        product.wait_call, admin, lambda x: x["ani"] == FIRST and x["state"] == "ended"
    )
    assert left["end_cause"] == "callback_requested"
    await _log_has(product, "the flow noted a callback to 139****0001 (request 1, queue support)")
    callbacks = (await asyncio.to_thread(product.api, "GET", "/admin/callbacks", admin)).json()
    assert [(x["number"], x["status"], x["queue"]) for x in callbacks] == [
        (FIRST, "queued", "support")
    ]

    r = await asyncio.to_thread(product.api, "PUT", "/admin/overrides", admin, json=[])
    assert r.status_code == 200, r.text  # morning: in hours again
    agent = await asyncio.to_thread(product.login, "1003")
    agent_phone = await phones.agent("1003", agent)
    await asyncio.to_thread(product.set_ready, agent["token"])
    _, ring = await phones.ringing("1003")
    callback_id = ring.headers["X-Call-Id"]
    assert callback_id == callbacks[0]["last_call_id"]
    await agent_phone.command(c.Answer(leg=ring.leg))
    out = await phones.events.wait(c.CallArrived, timeout=10, dnis=FIRST)  # dialled back
    assert out.ani == "4008009200"  # the number they called, as caller ID
    await gateway.command(c.Answer(leg=out.leg))
    await gateway.command(c.Play(leg=out.leg, file=str(tones["customer"]), loop=True))
    heard = tmp_path / "agent.wav"
    await agent_phone.command(c.RecordStart(legs=[ring.leg], path=str(heard)))
    await asyncio.sleep(2.5)
    await gateway.command(c.Hangup(leg=out.leg))
    await phones.events.wait(c.LegEnded, timeout=10, leg=ring.leg)
    await phones.events.wait(c.RecordingFinished, timeout=10, path=str(heard))
    wav_has_tone(heard, CUSTOMER_HZ, min_share=0.4, threshold=0.15)
    for _ in range(50):
        callbacks = (await asyncio.to_thread(product.api, "GET", "/admin/callbacks", admin)).json()
        if callbacks and callbacks[0]["status"] == "done":
            break
        await asyncio.sleep(0.1)
    done = callbacks[0]
    assert (done["status"], done["outcome"], done["agent_id"]) == ("done", "connected", "1003")
