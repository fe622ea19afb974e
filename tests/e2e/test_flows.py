"""Inbound flows on real calls: SIP to the edge, DTMF through a published flow; the path
matches `simulate`; a holiday sends the caller to voicemail and the file holds their tone;
a survey key lands on the call's record."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import wave
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


async def test_two_level_menu_reaches_the_queue_simulate_said(
    product: Product, phones: Phones
) -> None:
    admin = (await _in_thread(product.login, "9000"))["token"]
    agent = await _in_thread(product.login, "1003")
    await phones.agent("1003", agent)
    await _in_thread(product.set_ready, agent["token"])
    predicted = (
        await _in_thread(
            product.api,
            "POST",
            "/admin/flows/main_menu/simulate",
            admin,
            json={"ani": "13800138000", "digits": ["2", "1"]},
        )
    ).json()
    assert predicted["outcome"] == {"type": "queue", "queue": "support"}
    ws_url = product.base.replace("http", "ws") + f"/api/v1/events?token={agent['token']}"
    async with websockets.connect(ws_url) as ws:
        assert json.loads(await ws.recv())["type"] == "hello"
        customer, leg = await phones.call("4008001000", "13800138000")
        await phones.events.wait(c.LegAnswered, timeout=10, leg=leg)
        await customer.command(c.SendDtmf(leg=leg, digits="2"))  # the support menu
        await asyncio.sleep(1.0)
        await customer.command(c.SendDtmf(leg=leg, digits="1"))  # orders -> support queue
        offer = None
        while offer is None:
            event = json.loads(await asyncio.wait_for(ws.recv(), 15))
            if event["type"] == "call_offered":
                offer = event["data"]
        assert offer["queue"] == predicted["outcome"]["queue"]
        assert offer["ivr_path"] == ["2", "1"]
        call_id = offer["call"]["id"]
        await customer.command(c.Hangup(leg=leg))
    record = await _in_thread(
        product.wait_call, admin, lambda r: r["id"] == call_id and r["state"] == "ended"
    )
    assert (record["flow_id"], record["flow_version"]) == ("main_menu", 1)
    log = (product.data_dir.parent / "server.log").read_text()
    assert f"call {call_id}: flow main_menu version 1" in log
    assert f"call {call_id}: flow node support_menu (menu)" in log


def _today_holiday_flow(admin: str, product: Product) -> None:
    today = dt.datetime.now(dt.UTC).date().isoformat()
    groups = product.api("GET", "/admin/time-groups", admin).json()
    groups.append(
        {
            "name": "test_days",
            "holidays": [{"date": today, "name": "Test day"}],
            "weekly": [{"days": list(range(7)), "from": "00:00", "to": "24:00"}],
        }
    )
    r = product.api("PUT", "/admin/time-groups", admin, json=groups)
    assert r.status_code == 200, r.text
    document = {
        "start": "hours",
        "nodes": {
            "hours": {"type": "time", "group": "test_days", "open": "menu", "closed": "vm"},
            "menu": {
                "type": "menu",
                "prompt": "welcome_menu",
                "choices": {"1": "support", "5": "rate"},
            },
            "rate": {
                "type": "survey",
                "prompt": "survey_question",
                "thanks_prompt": "survey_thanks",
            },
            "support": {"type": "queue", "queue": "support"},
            "vm": {"type": "voicemail", "box": "support", "max_seconds": 20},
        },
    }
    r = product.api("POST", "/admin/flows", admin, json={"id": "holiday", "document": document})
    assert r.status_code == 201, r.text
    assert product.api("POST", "/admin/flows/holiday/publish", admin).status_code == 200
    r = product.api("POST", "/admin/dids", admin, json={"number": "4008009000", "ivr": "holiday"})
    assert r.status_code == 201, r.text


async def test_holiday_voicemail_holds_the_callers_tone_and_survey_lands_on_record(
    product: Product, phones: Phones, tones: dict[str, Path]
) -> None:
    admin = (await _in_thread(product.login, "9000"))["token"]
    await _in_thread(_today_holiday_flow, admin, product)

    # Today is a holiday of test_days: straight to the support mailbox.
    customer, leg = await phones.call("4008009000", "13912345678")
    await phones.events.wait(c.LegAnswered, timeout=10, leg=leg)
    await asyncio.sleep(0.5)
    await customer.command(c.Play(leg=leg, file=str(tones["customer"]), loop=True))
    await asyncio.sleep(3)
    await customer.command(c.Hangup(leg=leg))
    voicemails: list[dict[str, Any]] = []
    for _ in range(50):
        voicemails = (await _in_thread(product.api, "GET", "/admin/voicemails", admin)).json()
        if voicemails:
            break
        await asyncio.sleep(0.2)
    [message] = voicemails
    assert message["box"] == "support" and message["ani"] == "13912345678"
    assert message["seconds"] >= 2
    audio = await _in_thread(product.api, "GET", f"/admin/voicemails/{message['id']}/audio", admin)
    assert audio.status_code == 200
    path = Path(product.data_dir) / "vm.wav"
    path.write_bytes(audio.content)
    with wave.open(str(path)) as w:
        assert w.getnframes() / w.getframerate() >= 2
    wav_has_tone(path, CUSTOMER_HZ, min_share=0.5, threshold=0.3)
    record = await _in_thread(
        product.wait_call, admin, lambda r: r["id"] == message["call_id"] and r["end_cause"]
    )
    assert record["end_cause"] == "voicemail" and record["flow_id"] == "holiday"

    # The admin lifts the holiday (强制处理: forced open): the menu; 5 is the survey.
    r = await _in_thread(
        product.api,
        "PUT",
        "/admin/overrides",
        admin,
        json=[{"time_group": "test_days", "state": "open"}],
    )
    assert r.status_code == 200, r.text
    customer, leg = await phones.call("4008009000", "13912345678")
    await phones.events.wait(c.LegAnswered, timeout=10, leg=leg)
    await customer.command(c.SendDtmf(leg=leg, digits="5"))
    await asyncio.sleep(1.0)
    await customer.command(c.SendDtmf(leg=leg, digits="4"))
    ended = await phones.events.wait(c.LegEnded, timeout=30, leg=leg)  # thanks, then BYE
    assert ended is not None
    record = await _in_thread(
        product.wait_call,
        admin,
        lambda r: r["id"] != message["call_id"] and r["dnis"] == "4008009000" and r["end_cause"],
    )
    assert record["satisfaction"] == 4
    assert record["end_cause"] == "flow_survey"


async def test_survey_after_the_agent_hangs_up_lands_on_the_agents_call(
    product: Product, phones: Phones
) -> None:
    admin = (await _in_thread(product.login, "9000"))["token"]
    document = {
        "start": "q",
        "nodes": {
            "q": {"type": "queue", "queue": "support", "survey": "rate"},
            "rate": {
                "type": "survey",
                "prompt": "survey_question",
                "thanks_prompt": "survey_thanks",
            },
        },
    }
    r = await _in_thread(
        product.api, "POST", "/admin/flows", admin, json={"id": "rated", "document": document}
    )
    assert r.status_code == 201, r.text
    r = await _in_thread(product.api, "POST", "/admin/flows/rated/publish", admin)
    assert r.status_code == 200, r.text
    r = await _in_thread(
        product.api, "POST", "/admin/dids", admin, json={"number": "4008009100", "ivr": "rated"}
    )
    assert r.status_code == 201, r.text
    agent = await _in_thread(product.login, "1003")
    agent_phone = await phones.agent("1003", agent)
    await _in_thread(product.set_ready, agent["token"])
    customer, leg = await phones.call("4008009100", "13912345678")
    _, arrived = await phones.ringing("1003")
    await agent_phone.command(c.Answer(leg=arrived.leg))
    await asyncio.sleep(1.5)
    await agent_phone.command(c.Hangup(leg=arrived.leg))  # the agent is done
    await asyncio.sleep(1.0)
    await customer.command(c.SendDtmf(leg=leg, digits="5"))
    await phones.events.wait(c.LegEnded, timeout=30, leg=leg)  # thanks, then goodbye
    record = await _in_thread(
        product.wait_call,
        admin,
        lambda r: r["dnis"] == "4008009100" and r["satisfaction"] is not None,
    )
    assert record["satisfaction"] == 5 and record["agent_id"] == "1003"
    assert record["end_cause"] == "agent_hangup" and record["talk_seconds"] >= 1
