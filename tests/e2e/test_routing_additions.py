"""Routing additions on real calls: a repeat caller goes first to the agent who last
served them (来电记忆) though routing alone would pick another ready agent; a VIP customer
(tagged) is answered before a caller who waited longer; an `area` node routes a mobile
number by its city name (号码归属地) where simulate said."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import pytest

from server_stub.media import wire as c
from tests.e2e.conftest import Phones, Product

pytestmark = [pytest.mark.e2e, pytest.mark.sip_audio, pytest.mark.slow]


async def _log_has(product: Product, text: str, timeout: float = 15) -> None:
    log = product.data_dir.parent / "server.log"
    for _ in range(int(timeout * 10)):
        if text in log.read_text():
            return
        await asyncio.sleep(0.1)
    raise AssertionError(f"not in the server log: {text}")


async def _patch_support(product: Product, admin: str, **body: Any) -> None:
    r = await asyncio.to_thread(product.api, "PATCH", "/admin/queues/support", admin, json=body)
    assert r.status_code == 200, r.text


async def _ready(product: Product, phones: Phones, agent_id: str) -> None:
    agent = await asyncio.to_thread(product.login, agent_id)
    await phones.agent(agent_id, agent)
    await asyncio.to_thread(product.set_ready, agent["token"])


async def test_repeat_caller_goes_first_to_the_agent_who_served_them(
    product: Product, phones: Phones
) -> None:
    admin = (await asyncio.to_thread(product.login, "9000"))["token"]
    await _patch_support(product, admin, sticky_days=30, sticky_wait=10)
    now = time.time()
    product.sql(  # served by 1003 yesterday
        "INSERT INTO calls (id, direction, state, ani, dnis, started_at, answered_at,"
        " ended_at, agent_id, queue) VALUES ('yesterday', 'inbound', 'ended',"
        " '13700000007', '4008002000', ?, ?, ?, '1003', 'support')",
        now - 86400,
        now - 86390,
        now - 86300,
    )
    await _ready(product, phones, "1003")
    await _ready(product, phones, "1004")  # routing alone picks 1004 (sticky_days=0 does)
    _, leg = await phones.call("4008002000", "13700000007")
    await phones.events.wait(c.LegAnswered, timeout=10, leg=leg)
    _, ring = await phones.ringing("1003")
    rung = [e for _, e in phones.events.items if isinstance(e, c.CallArrived) and e.account]
    assert [e.account for e in rung] == ["1003"]  # not 1004
    await _log_has(product, "repeat caller, first to agent 1003 (served them within 30 days)")
    record = (
        await asyncio.to_thread(product.api, "GET", f"/calls/{ring.headers['X-Call-Id']}", admin)
    ).json()
    assert record["ani"] == "13700000007"


async def test_vip_customer_is_answered_before_a_longer_waiting_caller(
    product: Product, phones: Phones
) -> None:
    admin = (await asyncio.to_thread(product.login, "9000"))["token"]
    await _patch_support(product, admin, vip_tag="VIP", vip_priority=50)
    r = await asyncio.to_thread(
        product.api,
        "POST",
        "/customers",
        admin,
        json={"name": "贵宾 Guest", "phones": ["13600000009"], "tags": ["VIP"]},
    )
    assert r.status_code == 201, r.text
    _, first = await phones.call("4008002000", "13600000001")
    await phones.events.wait(c.LegAnswered, timeout=10, leg=first)
    await _log_has(product, "routed to queue support (position 1)")
    await phones.call("4008002000", "13600000009")
    await _log_has(product, "tagged VIP): priority 50")
    log = (product.data_dir.parent / "server.log").read_text()
    assert log.count("routed to queue support (position 1)") == 2  # ahead of the first
    await _ready(product, phones, "1003")
    _, ring = await phones.ringing("1003")
    call_id = ring.headers["X-Call-Id"]
    record = (await asyncio.to_thread(product.api, "GET", f"/calls/{call_id}", admin)).json()
    assert record["ani"] == "13600000009"  # the VIP, though the other caller came first


async def test_area_routing_sends_a_shenzhen_number_where_simulate_said(
    product: Product, phones: Phones
) -> None:
    admin = (await asyncio.to_thread(product.login, "9000"))["token"]
    document = {
        "start": "where",
        "nodes": {
            "where": {"type": "area", "branches": {"深圳": "sz"}, "default": "other"},
            "sz": {"type": "queue", "queue": "sales"},
            "other": {"type": "queue", "queue": "support"},
        },
    }
    for method, path, body in (
        ("POST", "/admin/flows", {"id": "area", "document": document}),
        ("POST", "/admin/flows/area/publish", None),
        ("POST", "/admin/dids", {"number": "4008009100", "ivr": "area"}),
    ):
        r = await asyncio.to_thread(product.api, method, path, admin, json=body)
        assert r.status_code in (200, 201), r.text
    for ani in ("13907551234", "02112345678"):  # a Shenzhen mobile segment; Shanghai
        predicted = (
            await asyncio.to_thread(
                product.api, "POST", "/admin/flows/area/simulate", admin, json={"ani": ani}
            )
        ).json()["outcome"]["queue"]
        _, leg = await phones.call("4008009100", ani)
        await phones.events.wait(c.LegAnswered, timeout=10, leg=leg)
        record = await asyncio.to_thread(
            product.wait_call, admin, lambda x, a=ani: x["ani"] == a and x["queue"]
        )
        assert record["queue"] == predicted == ("sales" if ani.startswith("139") else "support")
    await _log_has(product, "branch=深圳, area={'province': '广东', 'city': '深圳'}")
