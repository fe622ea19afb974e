"""Issue 21, item 3: the SIP edge is killed or an agent's phone is unreachable. Real
product (Kamailio edge, media workers), real registered phones; outcomes seen from
outside (SIP events at the phones, the API, /health)."""

from __future__ import annotations

import asyncio
import os
import signal
import time
from typing import Any

import pytest
import websockets

from server_stub.media import wire as c
from tests.e2e.conftest import Phones, Product

pytestmark = [pytest.mark.e2e, pytest.mark.sip_audio, pytest.mark.slow]


async def _in_thread(fn, *args, **kw):  # type: ignore[no-untyped-def]
    return await asyncio.to_thread(fn, *args, **kw)


def _edge_pid(product: Product) -> int:
    """The main Kamailio process the product started (its child, running its config)."""
    config = str(product.data_dir / "edge" / "kamailio.cfg")
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/cmdline", "rb") as f:
                args = f.read().split(b"\0")
            with open(f"/proc/{entry}/stat") as f:
                ppid = int(f.read().rsplit(")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            continue
        if ppid == product.proc.pid and config.encode() in args:
            return int(entry)
    raise AssertionError("no Kamailio child of the product")


def _agent_row(product: Product, lead: str, agent_id: str) -> dict[str, Any]:
    rows = product.api("GET", "/agents", lead).json()
    return next(r for r in rows if r["agent_id"] == agent_id)  # type: ignore[no-any-return]


def _wait_agent(
    product: Product, lead: str, agent_id: str, state: str, reason: str | None, timeout: float = 20
) -> dict[str, Any]:
    deadline = time.monotonic() + timeout
    while True:
        row = _agent_row(product, lead, agent_id)
        if (row["state"]["state"], row["state"]["reason"]) == (state, reason):
            return row
        if time.monotonic() > deadline:
            raise AssertionError(f"agent {agent_id} stayed {row['state']}")
        time.sleep(0.2)


def _watch_health(product: Product, timeout: float = 20) -> list[str]:
    """sip_edge values seen on /health (polled fast) until it is "ok" after being down."""
    seen: list[str] = []
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        health = product.api("GET", "/health").json()
        value = health["checks"]["sip_edge"]
        if value != "ok":
            assert health["status"] == "degraded"
        if not seen or seen[-1] != value:
            seen.append(value)
        if value == "ok" and len(seen) > 1:
            return seen
        time.sleep(0.02)
    raise AssertionError(f"/health sip_edge went {seen}")


async def test_killed_edge_is_down_on_health_then_reaches_agent_without_reregistering(
    product: Product, phones: Phones
) -> None:
    agent = await _in_thread(product.login, "1004")  # support
    lead = (await _in_thread(product.login, "9001"))["token"]
    phone = await phones.agent("1004", agent)
    await _in_thread(product.set_ready, agent["token"])
    assert (await _in_thread(product.api, "GET", "/health")).json()["checks"]["sip_edge"] == "ok"
    mark = len(phones.events.items)

    health = asyncio.ensure_future(_in_thread(_watch_health, product))
    await asyncio.sleep(0.2)
    os.kill(await _in_thread(_edge_pid, product), signal.SIGKILL)
    seen = await health
    assert "down" in seen and seen[-1] == "ok"

    customer, leg = await phones.call("4008002000", "13900002121")  # straight to support
    _, arrived = await phones.ringing("1004", since=mark, timeout=30)
    await phone.command(c.Answer(leg=arrived.leg))
    record = await _in_thread(
        product.wait_call, lead, lambda r: r["ani"] == "13900002121" and r["state"] == "active"
    )
    assert record["agent_id"] == "1004"
    await customer.command(c.Hangup(leg=leg))
    # the phone never registered again: its registration came back with the edge
    assert not [
        e
        for _, e in phones.events.items[mark:]
        if isinstance(e, c.RegistrationChanged) and e.account == "1004"
    ]
    row = await _in_thread(_agent_row, product, lead, "1004")
    assert row["state"]["reason"] != "phone_offline"


async def test_unregistered_phone_takes_agent_out_of_routing_until_it_registers(
    product: Product, phones: Phones
) -> None:
    agent = await _in_thread(product.login, "1004")
    lead = (await _in_thread(product.login, "9001"))["token"]
    phone = await phones.agent("1004", agent)
    await _in_thread(product.set_ready, agent["token"])

    await phone.command(c.Unregister(account="1004"))
    await _in_thread(_wait_agent, product, lead, "1004", "not_ready", "phone_offline")
    mine = (await _in_thread(product.api, "GET", "/agents/me/state", agent["token"])).json()
    assert (mine["state"], mine["reason"]) == ("not_ready", "phone_offline")
    labels = {
        r["code"]: r for r in (await _in_thread(product.api, "GET", "/reason-codes", lead)).json()
    }
    assert labels["phone_offline"]["label_en"] == "Phone offline"

    # a caller now waits in the queue instead of being offered to the offline agent
    customer, leg = await phones.call("4008002000", "13900003131")
    await _in_thread(
        product.wait_call, lead, lambda r: r["ani"] == "13900003131" and r["state"] == "queued", 30
    )

    await phones.register(phone, "1004", agent, wait=False)
    await _in_thread(_wait_agent, product, lead, "1004", "reserved", None, 30)
    record = await _in_thread(
        product.wait_call, lead, lambda r: r["ani"] == "13900003131" and r["agent_id"] == "1004"
    )
    assert record["state"] in ("ringing", "active")
    await customer.command(c.Hangup(leg=leg))


async def test_vanished_desktop_is_marked_unreachable_not_offered_and_comes_back(
    product: Product, phones: Phones
) -> None:
    """Issue 19: the agent's desktop vanishes (its event stream closes and its softphone
    unregisters): after the grace a reconnect gets, the agent is out of routing with
    reason `unreachable`, leads see it, a caller waits rather than being offered to it;
    once the desktop is back (stream and phone) the agent is ready and gets the caller."""
    agent = await _in_thread(product.login, "1004")  # support
    lead = (await _in_thread(product.login, "9001"))["token"]
    phone = await phones.agent("1004", agent)
    stream_url = product.base.replace("http", "ws") + f"/api/v1/events?token={agent['token']}"
    desktop = await websockets.connect(stream_url)
    await _in_thread(product.set_ready, agent["token"])
    await asyncio.sleep(4)  # the watch has seen the desktop's stream (every 3 s)

    await desktop.close()  # the desktop vanishes: stream gone, phone unregistered
    await phone.command(c.Unregister(account="1004"))
    row = await _in_thread(_wait_agent, product, lead, "1004", "not_ready", "unreachable", 30)
    assert row["state"]["reason"] == "unreachable"
    labels = {
        r["code"]: r for r in (await _in_thread(product.api, "GET", "/reason-codes", lead)).json()
    }
    assert labels["unreachable"]["label_zh"] == "失联（桌面已断开）"
    log = (product.data_dir.parent / "server.log").read_text(errors="replace")
    assert "agent 1004: desktop gone (no event stream) and phone not registered" in log

    customer, leg = await phones.call("4008002000", "13900004141")  # support
    await _in_thread(
        product.wait_call, lead, lambda r: r["ani"] == "13900004141" and r["state"] == "queued", 30
    )
    await asyncio.sleep(3)  # a phone-watch round later, still nobody offered it
    assert (await _in_thread(_agent_row, product, lead, "1004"))["state"]["state"] == "not_ready"

    desktop = await websockets.connect(stream_url)  # the desktop is back
    await phones.register(phone, "1004", agent, wait=False)
    await _in_thread(_wait_agent, product, lead, "1004", "reserved", None, 30)
    await customer.command(c.Hangup(leg=leg))
    await desktop.close()


@pytest.mark.queue_settings(ring_timeout=10)
async def test_offer_to_a_dead_phone_pauses_the_agent_and_the_caller_gets_the_next(
    product: Product, phones: Phones
) -> None:
    dead_info = await _in_thread(product.login, "1004")
    live_info = await _in_thread(product.login, "1003")  # support too
    lead = (await _in_thread(product.login, "9001"))["token"]
    dead = await phones.agent("1004", dead_info)
    await phones.agent("1003", live_info)
    # the phone process dies without unregistering: the edge still has its contact
    os.kill(dead.pid, signal.SIGKILL)
    await _in_thread(product.set_ready, dead_info["token"])
    mark = len(phones.events.items)

    customer, leg = await phones.call("4008002000", "13900004141")
    # the INVITE to the dead contact times out at the edge (408): phone_offline at once
    await _in_thread(_wait_agent, product, lead, "1004", "not_ready", "phone_offline", 30)
    await _in_thread(product.set_ready, live_info["token"])
    _, arrived = await phones.ringing("1003", since=mark, timeout=30)
    assert arrived.headers.get("X-Queue") == "support"
    await customer.command(c.Hangup(leg=leg))
    record = await _in_thread(
        product.wait_call, lead, lambda r: r["ani"] == "13900004141" and r["state"] == "ended"
    )
    qlog = (product.data_dir / "queue_log").read_text()
    assert f"|{record['id']}|support|1004|RINGNOANSWER|" in qlog
    admin = (await _in_thread(product.login, "9000"))["token"]
    members = (await _in_thread(product.api, "GET", "/queue-log", admin)).json()
    assert any(
        r["agent"] == "1004" and r["event"] == "PAUSEALL" and r["data1"] == "phone_offline"
        for r in members
    ), members

    # the edge still lists the dead phone's contact: that alone does not bring the agent
    # back over two rounds of the 3 s phone check (or every caller would be offered to it)
    await asyncio.sleep(7)
    row = await _in_thread(_agent_row, product, lead, "1004")
    assert (row["state"]["state"], row["state"]["reason"]) == ("not_ready", "phone_offline")
    # the softphone starts again and registers: the agent is back in routing
    await phones.agent("1004", dead_info)
    await _in_thread(_wait_agent, product, lead, "1004", "ready", None, 30)
