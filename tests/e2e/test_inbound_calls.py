"""Real inbound calls through the product: SIP to the edge, IVR on a media worker, the
ACD, the agent's phone rung through the edge, two-way audio, recording, records."""

from __future__ import annotations

import asyncio
import json
import os
import signal
from pathlib import Path

import pytest
import websockets

from server_stub.media import wire as c
from tests.e2e.conftest import Phones, Product
from tests.media.conftest import AGENT_HZ, CUSTOMER_HZ
from tests.support.tones import wav_has_tone

pytestmark = [pytest.mark.e2e, pytest.mark.sip_audio, pytest.mark.slow]


async def _in_thread(fn, *args):  # type: ignore[no-untyped-def]
    return await asyncio.to_thread(fn, *args)


async def test_ivr_choice_rings_agent_with_pop_and_carries_audio_both_ways(
    product: Product, phones: Phones, tones: dict[str, Path], tmp_path: Path
) -> None:
    agent = await _in_thread(product.login, "1002")  # sales only
    lead = (await _in_thread(product.login, "9001"))["token"]
    agent_phone = await phones.agent("1002", agent)
    await _in_thread(product.set_ready, agent["token"])
    ws_url = product.base.replace("http", "ws") + f"/api/v1/events?token={agent['token']}"
    async with websockets.connect(ws_url) as ws:
        assert json.loads(await ws.recv())["type"] == "hello"
        customer, leg = await phones.call("4008001000", "13800138000")
        await phones.events.wait(c.LegAnswered, timeout=10, leg=leg)  # the IVR answers
        await customer.command(c.SendDtmf(leg=leg, digits="1"))  # 1 = sales

        offer = None
        while offer is None:
            event = json.loads(await asyncio.wait_for(ws.recv(), 15))
            if event["type"] == "call_offered":
                offer = event["data"]
        assert offer["queue"] == "sales" and offer["ivr_path"] == ["1"]
        assert offer["customer"]["name"] == "张伟"
        _, arrived = await phones.ringing("1002")
        assert arrived.headers.get("X-Call-Id") == offer["call"]["id"]
        assert arrived.headers.get("X-Queue") == "sales"
        call_id = offer["call"]["id"]

        await agent_phone.command(c.Answer(leg=arrived.leg))
        await customer.command(c.Play(leg=leg, file=str(tones["customer"]), loop=True))
        await agent_phone.command(c.Play(leg=arrived.leg, file=str(tones["agent"]), loop=True))
        await customer.command(c.RecordStart(legs=[leg], path=str(tmp_path / "cust.wav")))
        await agent_phone.command(
            c.RecordStart(legs=[arrived.leg], path=str(tmp_path / "agent.wav"))
        )
        await asyncio.sleep(3)
        await customer.command(c.Hangup(leg=leg))
        await phones.events.wait(c.LegEnded, timeout=10, leg=arrived.leg)  # BYE reached agent

    # What each side heard: its own tone plus the other's.
    await phones.events.wait(c.RecordingFinished, timeout=10, path=str(tmp_path / "cust.wav"))
    await phones.events.wait(c.RecordingFinished, timeout=10, path=str(tmp_path / "agent.wav"))
    wav_has_tone(tmp_path / "cust.wav", AGENT_HZ, min_share=0.4, threshold=0.15)
    wav_has_tone(tmp_path / "agent.wav", CUSTOMER_HZ, min_share=0.4, threshold=0.15)

    record = await _in_thread(
        product.wait_call, lead, lambda r: r["id"] == call_id and r["recording_id"]
    )
    assert record["agent_id"] == "1002" and record["queue"] == "sales"
    assert record["ani"] == "13800138000" and record["dnis"] == "4008001000"
    assert record["end_cause"] == "caller_hangup" and record["talk_seconds"] >= 2.5
    audio = await _in_thread(
        product.api, "GET", f"/recordings/{record['recording_id']}/audio", lead
    )
    assert audio.status_code == 200
    (tmp_path / "server.wav").write_bytes(audio.content)
    wav_has_tone(tmp_path / "server.wav", CUSTOMER_HZ, min_share=0.4, threshold=0.15)
    wav_has_tone(tmp_path / "server.wav", AGENT_HZ, min_share=0.4, threshold=0.15)

    state = (await _in_thread(product.api, "GET", "/agents/me/state", agent["token"])).json()
    assert state["state"] in ("wrap_up", "ready")
    admin = (await _in_thread(product.login, "9000"))["token"]
    edge = (await _in_thread(product.api, "GET", "/system/edge", admin)).json()
    assert edge["running"] and edge["stats"]["edge_dispatched"] >= 1
    assert "1002" in edge["registered_agents"] and edge["blocked_calls"] == 0
    qlog = (product.data_dir / "queue_log").read_text().splitlines()
    events = [line.split("|")[4] for line in qlog if f"|{call_id}|" in line]
    assert events == ["ENTERQUEUE", "CONNECT", "COMPLETECALLER"]


async def test_no_answer_moves_to_the_next_agent(product: Product, phones: Phones) -> None:
    agents = {a: await _in_thread(product.login, a) for a in ("1002", "1005")}  # both sales
    lead = (await _in_thread(product.login, "9001"))["token"]
    for agent_id, info in agents.items():
        await phones.agent(agent_id, info)
        await _in_thread(product.set_ready, info["token"])
    mark = len(phones.events.items)
    customer, leg = await phones.call("4008001000", "13900001234")
    await phones.events.wait(c.LegAnswered, timeout=10, leg=leg)
    await customer.command(c.SendDtmf(leg=leg, digits="1"))
    first = await phones.events.wait(c.CallArrived, timeout=15, since=mark)
    other = "1005" if first.account == "1002" else "1002"
    # Nobody answers the first phone; after ring_timeout (3 s) the other one rings.
    handle, second = await phones.ringing(other, since=mark)
    await handle.command(c.Answer(leg=second.leg))
    state = (
        await _in_thread(product.api, "GET", "/agents/me/state", agents[first.account]["token"])
    ).json()
    assert (state["state"], state["reason"]) == ("not_ready", "no_answer")
    await asyncio.sleep(0.5)
    await customer.command(c.Hangup(leg=leg))
    record = await _in_thread(
        product.wait_call, lead, lambda r: r["ani"] == "13900001234" and r["state"] == "ended"
    )
    assert record["agent_id"] == other and record["end_cause"] == "caller_hangup"
    qlog = (product.data_dir / "queue_log").read_text()
    assert f"|{record['id']}|sales|{first.account}|RINGNOANSWER|" in qlog


async def test_caller_who_hangs_up_in_the_queue_is_counted_as_abandoned(
    product: Product, phones: Phones
) -> None:
    lead = (await _in_thread(product.login, "9001"))["token"]
    customer, leg = await phones.call("4008002000", "13900009999")  # straight to support
    await phones.events.wait(c.LegAnswered, timeout=10, leg=leg)
    # After the greeting the caller waits with music on hold: nobody is ready.
    await _in_thread(
        product.wait_call, lead, lambda r: r["ani"] == "13900009999" and r["state"] == "queued", 30
    )
    await asyncio.sleep(2)
    await customer.command(c.Hangup(leg=leg))
    record = await _in_thread(
        product.wait_call, lead, lambda r: r["ani"] == "13900009999" and r["state"] == "ended"
    )
    assert record["end_cause"] == "abandoned" and record["queue"] == "support"
    assert record["wait_seconds"] >= 2 and record["agent_id"] is None
    stats = {
        q["queue"]: q for q in (await _in_thread(product.api, "GET", "/queues/stats", lead)).json()
    }
    assert stats["support"]["abandoned"] == 1


async def test_killed_worker_closes_the_call_record_with_a_cause(
    product: Product, phones: Phones
) -> None:
    agent = await _in_thread(product.login, "1004")  # support
    admin = (await _in_thread(product.login, "9000"))["token"]
    agent_phone = await phones.agent("1004", agent)
    await _in_thread(product.set_ready, agent["token"])
    await phones.call("4008002000", "13900005678")
    _, arrived = await phones.ringing("1004", timeout=25)
    await agent_phone.command(c.Answer(leg=arrived.leg))
    await asyncio.sleep(1)
    workers = (await _in_thread(product.api, "GET", "/system/workers", admin)).json()
    busy = [w for w in workers if w["legs"]]
    assert len(busy) == 1
    os.kill(busy[0]["pid"], signal.SIGKILL)
    record = await _in_thread(
        product.wait_call, admin, lambda r: r["ani"] == "13900005678" and r["state"] == "ended"
    )
    assert record["end_cause"] == "worker_lost"
    state = (await _in_thread(product.api, "GET", "/agents/me/state", agent["token"])).json()
    assert state["state"] in ("wrap_up", "ready")
    # The product keeps serving: a new worker is spawned as a spare.
    health = (await _in_thread(product.api, "GET", "/health")).json()
    assert health["checks"]["media_workers"] == "ok"


@pytest.mark.product_args("--max-workers", "2")
async def test_a_call_with_no_free_worker_is_refused_cleanly_and_counted(
    product: Product, phones: Phones
) -> None:
    admin = (await _in_thread(product.login, "9000"))["token"]
    legs = []
    for ani in ("13900000011", "13900000012"):  # two conversations fill both workers
        customer, leg = await phones.call("4008002000", ani)
        await phones.events.wait(c.LegAnswered, timeout=10, leg=leg)
        legs.append((customer, leg))
    _, leg = await phones.call("4008002000", "13900000013")
    ended = await phones.events.wait(c.LegEnded, timeout=10, leg=leg)
    assert ended.status_code == 503
    edge = (await _in_thread(product.api, "GET", "/system/edge", admin)).json()
    assert edge["blocked_calls"] == 1
    for customer, leg in legs:  # the calls already in progress are untouched
        await customer.command(c.Hangup(leg=leg))
    health = (await _in_thread(product.api, "GET", "/health")).json()
    assert health["status"] == "ok"
