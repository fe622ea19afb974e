"""Tickets end to end: a real call through the product (SIP edge, media worker, RTP on
loopback) pops the caller's customer record on the agent's event stream; in wrap-up the
agent opens a ticket linked to that call and customer and hands it to a colleague, whose
event stream gets `ticket_assigned` at once. The recording holds the caller's tone; the
server log tells the ticket's story."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import pytest
import websockets

from server_stub.media import wire as c
from tests.e2e.conftest import Phones, Product
from tests.media.conftest import CUSTOMER_HZ
from tests.support.tones import wav_has_tone

pytestmark = [pytest.mark.e2e, pytest.mark.sip_audio, pytest.mark.slow]


async def _in_thread(fn, *args, **kw):  # type: ignore[no-untyped-def]
    return await asyncio.to_thread(fn, *args, **kw)


async def _next(ws: Any, kind: str, timeout: float = 15) -> dict[str, Any]:
    while True:
        event = json.loads(await asyncio.wait_for(ws.recv(), timeout))
        if event["type"] == kind:
            return event["data"]  # type: ignore[no-any-return]


async def test_a_ticket_opened_in_wrap_up_reaches_the_assignee(
    product: Product, phones: Phones, tones: dict[str, Path], tmp_path: Path
) -> None:
    agent = await _in_thread(product.login, "1004")
    colleague = await _in_thread(product.login, "1003")  # signed in, not ready: takes no call
    lead = (await _in_thread(product.login, "9001"))["token"]
    phone = await phones.agent("1004", agent)
    await _in_thread(product.set_ready, agent["token"])
    ws_base = product.base.replace("http", "ws") + "/api/v1/events?token="
    async with (
        websockets.connect(ws_base + agent["token"]) as agent_ws,
        websockets.connect(ws_base + colleague["token"]) as colleague_ws,
    ):
        await _next(agent_ws, "hello")
        await _next(colleague_ws, "hello")
        customer, leg = await phones.call("4008002000", "13800138000")
        offer = await _next(agent_ws, "call_offered")
        assert offer["customer"]["name"] == "张伟"  # the screen-pop
        call_id, customer_id = offer["call"]["id"], offer["customer"]["id"]
        _, arrived = await phones.ringing("1004", timeout=30)
        assert arrived.headers.get("X-Call-Id") == call_id
        await phone.command(c.Answer(leg=arrived.leg))
        await customer.command(c.Play(leg=leg, file=str(tones["customer"]), loop=True))
        await _in_thread(
            product.wait_call, lead, lambda r: r["id"] == call_id and r["state"] == "active"
        )
        await asyncio.sleep(2)
        await customer.command(c.Hangup(leg=leg))
        ended = await _in_thread(
            product.wait_call,
            lead,
            lambda r: r["id"] == call_id and r["state"] == "ended" and r["recording_status"],
        )
        me = (await _in_thread(product.api, "GET", "/agents/me", agent["token"])).json()
        assert me["state"]["state"] == "wrap_up"

        # In wrap-up: one request, linked to the call and the customer, handed to 1003.
        r = await _in_thread(
            product.api,
            "POST",
            "/tickets",
            agent["token"],
            json={
                "type": "complaint",
                "title": "Broadband drops every evening",
                "priority": "high",
                "customer_id": customer_id,
                "call_id": call_id,
                "assignee": "1003",
            },
        )
        assert r.status_code == 201, r.text
        ticket = r.json()
        assert ticket["status"] == "assigned" and ticket["call_ids"] == [call_id]
        assigned = await _next(colleague_ws, "ticket_assigned")
        assert assigned["by"] == "1004" and assigned["ticket"]["id"] == ticket["id"]
        assert assigned["ticket"]["customer_name"] == "张伟"
        assert assigned["ticket"]["call_ids"] == [call_id]
        changed = await _next(agent_ws, "ticket_changed")
        assert changed["change"] == "created" and changed["ticket"]["id"] == ticket["id"]

    # The colleague works it; the caller's open tickets are on the next pop's query.
    r = await _in_thread(
        product.api,
        "POST",
        f"/tickets/{ticket['id']}/status",
        colleague["token"],
        json={"status": "in_progress"},
    )
    assert r.status_code == 200, r.text
    listed = await _in_thread(
        product.api,
        "GET",
        "/tickets",
        agent["token"],
        params={"customer_id": customer_id, "status": "open"},
    )
    assert [t["id"] for t in listed.json()["tickets"]] == [ticket["id"]]

    audio = await _in_thread(product.api, "GET", f"/recordings/{ended['recording_id']}/audio", lead)
    assert audio.status_code == 200
    (tmp_path / "call.wav").write_bytes(audio.content)
    wav_has_tone(tmp_path / "call.wav", CUSTOMER_HZ, min_share=0.3, threshold=0.15)
    log = (tmp_path / "server.log").read_text(errors="replace")
    assert (
        f"ticket {ticket['id']} (complaint, high) 'Broadband drops every evening' opened by 1004:"
        f" customer {customer_id}, call {call_id}, assigned to 1003"
    ) in log
    assert f"ticket {ticket['id']}: assigned -> in_progress by 1003" in log
