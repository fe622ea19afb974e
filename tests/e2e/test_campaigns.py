"""Outbound campaigns with real SIP: the product (coordinator, edge, media workers) dials
through its trunk, where SIPp plays the customers (tests/e2e/scenarios/
campaign_customers.xml: a number ending in 1 is busy, in 2 never answers, others answer),
and an agent's pjsua2 softphone rings first for every call. A progressive campaign runs
to completion with busy and no-answer retries as its rules say; a preview campaign is
dialled and skipped by the agent; do-not-call numbers never reach the trunk."""

from __future__ import annotations

import asyncio
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from server_stub.media import wire as c
from server_stub.outbound.engine import WEEKDAYS
from tests.e2e.conftest import Phones, Product
from tests.support.net import free_port

pytestmark = [pytest.mark.e2e, pytest.mark.sip_audio, pytest.mark.slow]

SCENARIO = Path(__file__).parent / "scenarios" / "campaign_customers.xml"
ALL_DAY = {day: [["00:00", "24:00"]] for day in WEEKDAYS}


@pytest.fixture
def customers(product: Product, tmp_path: Path) -> Iterator[Path]:
    """SIPp on the product's trunk port; yields its message log (every INVITE it got)."""
    sipp = shutil.which("sipp")
    assert sipp, "sipp missing: apt-get install sip-tester (.ci/setup installs it)"
    assert product.trunk_port is not None
    messages = tmp_path / "customers_messages.log"
    proc = subprocess.Popen(
        [
            sipp,
            *("-sf", str(SCENARIO), "-i", "127.0.0.1", "-p", str(product.trunk_port)),
            *("-mp", str(free_port()), "-nostdin", "-trace_msg", "-message_file", str(messages)),
            *("-trace_err", "-error_file", str(tmp_path / "customers_errors.log")),
        ],
        cwd=tmp_path,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.STDOUT,
    )
    time.sleep(0.5)
    assert proc.poll() is None, (tmp_path / "customers_errors.log").read_text()
    yield messages
    proc.terminate()
    try:
        proc.wait(timeout=5)
    except subprocess.TimeoutExpired:
        proc.kill()


def _invites(messages: Path) -> list[str]:
    text = messages.read_text() if messages.exists() else ""
    return [line.split()[1] for line in text.splitlines() if line.startswith("INVITE sip:")]


async def _api(product: Product, method: str, path: str, token: str, **kw: Any) -> Any:
    return await asyncio.to_thread(product.api, method, path, token, **kw)


async def _take_calls(
    product: Product,
    phones: Phones,
    phone: Any,
    agent: str,
    token: str,
    until: Any,
    timeout: float = 90,
) -> list[tuple[str, bool]]:
    """Answer every call ringing the agent's phone; hang up the customers who answer after a
    moment, finish wrap-up; until `until()` holds. Returns (leg, customer answered) per call."""
    taken: list[tuple[str, bool]] = []
    deadline = time.monotonic() + timeout
    since = len(phones.events.items)
    while not await asyncio.to_thread(until):
        assert time.monotonic() < deadline, f"campaign not finished; calls {taken}"
        try:
            _, ring = await phones.ringing(agent, since=since, timeout=3)
        except AssertionError:
            continue
        since = len(phones.events.items)
        await phone.command(c.Answer(leg=ring.leg))
        try:  # busy or no answer: the product hangs up my leg
            await phones.events.wait(c.LegEnded, timeout=4, since=since, leg=ring.leg)
            taken.append((ring.leg, False))
        except AssertionError:  # the customer answered: talk a moment, then hang up
            await phone.command(c.Hangup(leg=ring.leg))
            await phones.events.wait(c.LegEnded, timeout=5, leg=ring.leg)
            taken.append((ring.leg, True))
        since = len(phones.events.items)
        await _ready_again(product, token)
    return taken


async def _ready_again(product: Product, token: str) -> None:
    """Out of wrap-up at once (the disposition is not the point here); a loaded machine may
    take seconds to close the last call."""
    for _ in range(200):
        state = (await _api(product, "GET", "/agents/me", token)).json()["state"]["state"]
        if state == "ready":
            return
        if state == "wrap_up":
            await _api(product, "POST", "/agents/me/state", token, json={"state": "ready"})
        await asyncio.sleep(0.1)
    raise AssertionError(f"agent stuck in {state}")


@pytest.mark.both_stores  # campaign contacts, retries and the do-not-call list on PostgreSQL
async def test_progressive_campaign_runs_to_completion_with_retries_and_dnc(
    product: Product, phones: Phones, customers: Path
) -> None:
    lead = (await asyncio.to_thread(product.login, "9001"))["token"]
    session = await asyncio.to_thread(product.login, "1002")
    token = session["token"]
    phone = await phones.agent("1002", session)
    r = await _api(
        product,
        "POST",
        "/campaigns",
        lead,
        json={
            "name": "回访 December",
            "mode": "progressive",
            "queue": "sales",
            "caller_id": "4008001000",
            "hours": ALL_DAY,
            "retry": {"busy": {"max": 2, "spacing_s": 1}, "no_answer": {"max": 2, "spacing_s": 1}},
            "dispositions": ["sale", "no interest"],
        },
    )
    assert r.status_code == 201, r.text
    cid = r.json()["id"]
    rows = "phone,name\n138 0000 0011,Busy Bo\n13800000012,Silent Si\n+86 13800000013,Ann\n"
    rows += "13900000013,Never Call\n"
    r = await _api(
        product, "POST", f"/campaigns/{cid}/contacts", lead, files={"file": ("l.csv", rows)}
    )
    assert r.status_code == 201 and r.json()["imported"] == 4, r.text
    r = await _api(product, "POST", "/campaigns/dnc", lead, json={"numbers": ["13900000013"]})
    assert r.status_code == 201
    assert (await _api(product, "POST", f"/campaigns/{cid}/join", token)).status_code == 200
    await asyncio.to_thread(product.set_ready, token)
    r = await _api(product, "POST", f"/campaigns/{cid}/start", lead)
    assert r.json()["dialling"] is True, r.text

    def done() -> bool:
        return product.api("GET", f"/campaigns/{cid}", lead).json()["state"] == "done"

    taken = await _take_calls(product, phones, phone, "1002", token, done)
    view = (await _api(product, "GET", f"/campaigns/{cid}", lead)).json()
    f = view["figures"]
    assert (f["dialled"], f["answered"], f["contacts_left"]) == (5, 1, 0), view
    assert [answered for _, answered in taken].count(True) == 1 and len(taken) == 5
    invites = _invites(customers)
    assert sorted(n.split("@")[0] for n in invites) == [
        "sip:13800000011",
        "sip:13800000011",
        "sip:13800000012",
        "sip:13800000012",
        "sip:13800000013",
    ]  # two attempts each for busy and no answer, the DNC number never
    csv = (await _api(product, "GET", f"/campaigns/{cid}/results", lead)).content.decode(
        "utf-8-sig"
    )
    lines = {line.split(",")[1]: line for line in csv.splitlines()[1:]}
    assert "busy busy" in lines["13800000011"] and ",failed,2,busy," in lines["13800000011"]
    assert "no_answer no_answer" in lines["13800000012"]
    assert ",answered,1,answered," in lines["13800000013"]
    assert ",dnc,0," in lines["13900000013"]
    log = (product.data_dir.parent / "server.log").read_text()
    assert "campaign 1: dialling contact 1 (13800000011) for agent 1002, attempt 2" in log
    assert "campaign 1 done: every contact called" in log


async def test_preview_campaign_dialled_and_skipped_by_the_agent(
    product: Product, phones: Phones, customers: Path
) -> None:
    lead = (await asyncio.to_thread(product.login, "9001"))["token"]
    session = await asyncio.to_thread(product.login, "1001")
    token = session["token"]
    phone = await phones.agent("1001", session)
    r = await _api(
        product,
        "POST",
        "/campaigns",
        lead,
        json={
            "name": "preview",
            "mode": "preview",
            "queue": "sales",
            "caller_id": "4008001000",
            "hours": ALL_DAY,
            "dispositions": ["sale", "no interest"],
            "script": "您好，我是……",
        },
    )
    cid = r.json()["id"]
    rows = "电话,姓名,plan\n13800000023,Ann,gold\n13800000021,Bo,\n"
    r = await _api(
        product, "POST", f"/campaigns/{cid}/contacts", lead, files={"file": ("l.csv", rows)}
    )
    assert r.status_code == 201, r.text
    await _api(product, "POST", f"/campaigns/{cid}/start", lead)
    await _api(product, "POST", f"/campaigns/{cid}/join", token)
    card = (await _api(product, "GET", f"/campaigns/{cid}/preview/next", token)).json()
    assert card["contact"]["number"] == "13800000023" and card["contact"]["fields"] == {
        "plan": "gold"
    }
    since = len(phones.events.items)
    r = await _api(
        product, "POST", f"/campaigns/{cid}/contacts/{card['contact']['id']}/dial", token
    )
    assert r.status_code == 201, r.text
    _, ring = await phones.ringing("1001", since=since)  # my phone first
    await phone.command(c.Answer(leg=ring.leg))
    record = await asyncio.to_thread(
        product.wait_call, lead, lambda k: k["id"] == r.json()["call_id"] and k["answered_at"]
    )
    assert record["dnis"] == "13800000023" and record["ani"] == "4008001000"
    await phone.command(c.Hangup(leg=ring.leg))
    await phones.events.wait(c.LegEnded, timeout=5, leg=ring.leg)
    r = await _api(
        product,
        "POST",
        f"/campaigns/{cid}/contacts/{card['contact']['id']}/result",
        token,
        json={"disposition": "sale"},
    )
    assert r.status_code == 200 and r.json()["disposition"] == "sale", r.text
    card = (await _api(product, "GET", f"/campaigns/{cid}/preview/next", token)).json()
    assert card["contact"]["number"] == "13800000021"
    r = await _api(
        product,
        "POST",
        f"/campaigns/{cid}/contacts/{card['contact']['id']}/skip",
        token,
        json={"reason": "asked not to be called this week"},
    )
    assert r.status_code == 204
    # Nothing left: 204, or 409 "done" once the campaign's round has noticed the last
    # contact was handled and finished the campaign (a loaded CI box got there first)
    r = await _api(product, "GET", f"/campaigns/{cid}/preview/next", token)
    assert r.status_code == 204 or (r.status_code == 409 and "is done" in r.text), r.text
    assert [n.split("@")[0] for n in _invites(customers)] == ["sip:13800000023"]


async def _wait_figures(
    product: Product, lead: str, cid: int, check: Any, timeout: float = 20
) -> Any:
    deadline = time.monotonic() + timeout
    while True:
        view = (await _api(product, "GET", f"/campaigns/{cid}", lead)).json()
        if check(view):
            return view
        assert time.monotonic() < deadline, view
        await asyncio.sleep(0.2)


async def test_predictive_dials_customers_first_queues_the_answered_and_drops_with_message(
    product: Product, phones: Phones, customers: Path
) -> None:
    """Customer first: an answered customer joins the campaign's queue and reaches the agent
    as a normal offer; one answered while no agent is free hears the message and is
    dropped; a busy one is retried by its rule, then the campaign is done."""
    lead = (await asyncio.to_thread(product.login, "9001"))["token"]
    session = await asyncio.to_thread(product.login, "1002")
    token = session["token"]
    phone = await phones.agent("1002", session)
    r = await _api(
        product,
        "POST",
        "/campaigns",
        lead,
        json={
            "name": "predictive",
            "mode": "predictive",
            "queue": "sales",
            "caller_id": "4008001000",
            "hours": ALL_DAY,
            "retry": {"busy": {"max": 1, "spacing_s": 0}},
            "message": "您好，现在座席都在忙，我们稍后再联系您。",
            "dispositions": ["sale", "call back"],
            "drop_ceiling": 0.03,
        },
    )
    assert r.status_code == 201, r.text
    cid = r.json()["id"]
    rows = "phone\n13800000034\n13800000033\n13800000031\n"  # slow answer, answer, busy
    r = await _api(
        product, "POST", f"/campaigns/{cid}/contacts", lead, files={"file": ("l.csv", rows)}
    )
    assert r.status_code == 201, r.text
    await _api(product, "POST", f"/campaigns/{cid}/join", token)
    await asyncio.to_thread(product.set_ready, token)
    await _api(product, "POST", f"/campaigns/{cid}/start", lead)
    # the first customer rings for 3 s; meanwhile the only agent takes a break
    await _wait_figures(product, lead, cid, lambda v: v["figures"]["dialled"] == 1)
    r = await _api(
        product, "POST", "/agents/me/state", token, json={"state": "not_ready", "reason": "break"}
    )
    assert r.status_code == 200, r.text
    view = await _wait_figures(product, lead, cid, lambda v: v["figures"]["dropped"] == 1)
    assert view["figures"]["dialled"] == 1  # nobody free: no new line meanwhile
    since = len(phones.events.items)
    await asyncio.to_thread(product.set_ready, token)
    _, ring = await phones.ringing("1002", since=since)  # a normal offer from the queue
    assert ring.headers.get("X-Queue") == "sales"
    call_id = ring.headers["X-Call-Id"]
    await phone.command(c.Answer(leg=ring.leg))
    record = await asyncio.to_thread(
        product.wait_call, lead, lambda k: k["id"] == call_id and k["answered_at"]
    )
    assert record["ani"] == "13800000033" and record["agent_id"] == "1002"
    mine = (await _api(product, "GET", "/campaigns/mine", token)).json()
    assert mine[0]["current"]["contact"]["number"] == "13800000033"  # the agent's card
    contact = mine[0]["current"]["contact"]["id"]
    await asyncio.sleep(1)
    await phone.command(c.Hangup(leg=ring.leg))
    await phones.events.wait(c.LegEnded, timeout=5, leg=ring.leg)
    r = await _api(
        product,
        "POST",
        f"/campaigns/{cid}/contacts/{contact}/result",
        token,
        json={"disposition": "sale"},
    )
    assert r.status_code == 200, r.text  # the agent the queue gave the call to records it
    view = await _wait_figures(product, lead, cid, lambda v: v["state"] == "done", timeout=30)
    f = view["figures"]
    assert (f["dialled"], f["answered"], f["dropped"]) == (3, 1, 1), f
    assert f["drop_rate"] == 0.5
    csv = (await _api(product, "GET", f"/campaigns/{cid}/results", lead)).content.decode(
        "utf-8-sig"
    )
    lines = {line.split(",")[1]: line for line in csv.splitlines()[1:]}
    assert ",dropped,1,dropped," in lines["13800000034"]
    assert ",done,1,answered,sale,,answered,1002," in lines["13800000033"]
    assert ",failed,1,busy," in lines["13800000031"]
    log = (product.data_dir.parent / "server.log").read_text()
    assert "answered with no agent free: dropped (message played)" in log
    assert (product.data_dir / "campaigns" / f"{cid}-message.wav").is_file()  # spoken once
    assert sorted(n.split("@")[0] for n in _invites(customers)) == [
        "sip:13800000031",
        "sip:13800000033",
        "sip:13800000034",
    ]


async def test_broadcast_plays_the_message_to_each_answered_customer(
    product: Product, phones: Phones, customers: Path
) -> None:
    lead = (await asyncio.to_thread(product.login, "9001"))["token"]
    r = await _api(
        product,
        "POST",
        "/campaigns",
        lead,
        json={
            "name": "群呼",
            "mode": "broadcast",
            "queue": "sales",
            "caller_id": "4008001000",
            "hours": ALL_DAY,
            "retry": {"busy": {"max": 1, "spacing_s": 0}},
            "message": "Your parcel arrives tomorrow.",
            "lines": 3,
        },
    )
    assert r.status_code == 201, r.text
    cid = r.json()["id"]
    rows = "phone\n13800000053\n13800000063\n13800000051\n"
    await _api(product, "POST", f"/campaigns/{cid}/contacts", lead, files={"file": ("l.csv", rows)})
    started = time.monotonic()
    await _api(product, "POST", f"/campaigns/{cid}/start", lead)  # no agent needed
    view = await _wait_figures(product, lead, cid, lambda v: v["state"] == "done", timeout=40)
    assert time.monotonic() - started > 1.5  # the message was heard to its end
    f = view["figures"]
    assert (f["dialled"], f["answered"], f["dropped"]) == (3, 2, 0), f
    log = (product.data_dir.parent / "server.log").read_text()
    assert log.count("answered: message played") == 2
