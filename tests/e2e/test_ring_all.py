"""The ring-all strategy on real calls: every free agent of the queue rings at once; the
first to answer takes the caller (and hears them); the other agent's ring is cancelled and
that agent stays Ready; the record names the agent who answered."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from server_stub.media import wire as c
from tests.e2e.conftest import Phones, Product
from tests.media.conftest import CUSTOMER_HZ
from tests.support.tones import wav_has_tone

pytestmark = [pytest.mark.e2e, pytest.mark.sip_audio, pytest.mark.slow]
CALLER = "13900000077"


@pytest.mark.parametrize(
    ("answers", "other"),
    [("1004", "1003"), ("1003", "1004")],  # the first agent rung, or the other one, answers
)
async def test_ring_all_rings_both_agents_and_the_first_answer_takes_the_call(
    product: Product,
    phones: Phones,
    tones: dict[str, Path],
    tmp_path: Path,
    answers: str,
    other: str,
) -> None:
    admin = (await asyncio.to_thread(product.login, "9000"))["token"]
    bad = await asyncio.to_thread(
        product.api, "PATCH", "/admin/queues/support", admin, json={"strategy": "ring-most"}
    )
    assert bad.status_code == 422, bad.text  # validated: a strategy the router knows
    r = await asyncio.to_thread(
        product.api, "PATCH", "/admin/queues/support", admin, json={"strategy": "ring-all"}
    )
    assert r.status_code == 200 and r.json()["strategy"] == "ring-all", r.text
    sessions = {}
    for agent_id in ("1003", "1004"):
        sessions[agent_id] = await asyncio.to_thread(product.login, agent_id)
        await phones.agent(agent_id, sessions[agent_id])
        await asyncio.to_thread(product.set_ready, sessions[agent_id]["token"])

    caller, leg = await phones.call("4008002000", CALLER)
    await phones.events.wait(c.LegAnswered, timeout=10, leg=leg)
    await caller.command(c.Play(leg=leg, file=str(tones["customer"]), loop=True))
    _, first = await phones.ringing(other)
    second_phone, second = await phones.ringing(answers)  # both ring at once
    assert first.headers["X-Call-Id"] == second.headers["X-Call-Id"]
    call_id = first.headers["X-Call-Id"]

    await second_phone.command(c.Answer(leg=second.leg))  # the first to answer
    cancelled = await phones.events.wait(c.LegEnded, timeout=10, leg=first.leg)
    assert cancelled.leg == first.leg  # the other agent's phone stops ringing
    heard = tmp_path / "agent.wav"
    await second_phone.command(c.RecordStart(legs=[second.leg], path=str(heard), recording="heard"))
    await asyncio.sleep(2.0)
    await second_phone.command(c.RecordStop(recording="heard"))
    await phones.events.wait(c.RecordingFinished, timeout=10, path=str(heard))
    wav_has_tone(heard, CUSTOMER_HZ, min_share=0.4, threshold=0.15)  # bridged to the caller

    me = await asyncio.to_thread(product.api, "GET", "/agents/me", sessions[other]["token"])
    assert me.json()["state"]["state"] == "ready"  # withdrawn, not a missed call
    live = (await asyncio.to_thread(product.api, "GET", f"/calls/{call_id}", admin)).json()
    assert (live["state"], live["agent_id"]) == ("active", answers)
    await caller.command(c.Hangup(leg=leg))
    record = await asyncio.to_thread(
        product.wait_call, admin, lambda x: x["id"] == call_id and x["state"] == "ended"
    )
    assert record["agent_id"] == answers
    log = (product.data_dir.parent / "server.log").read_text()
    assert (
        f"call {call_id}: offer to agent {other} withdrawn: agent {answers} answered first" in log
    )


async def test_ring_all_one_agent_declines_the_other_still_rings_and_answers(
    product: Product, phones: Phones
) -> None:
    admin = (await asyncio.to_thread(product.login, "9000"))["token"]
    r = await asyncio.to_thread(
        product.api, "PATCH", "/admin/queues/support", admin, json={"strategy": "ringall"}
    )
    assert r.status_code == 200 and r.json()["strategy"] == "ring-all", r.text
    for agent_id in ("1003", "1004"):
        session = await asyncio.to_thread(product.login, agent_id)
        await phones.agent(agent_id, session)
        await asyncio.to_thread(product.set_ready, session["token"])
    _, leg = await phones.call("4008002000", CALLER)
    await phones.events.wait(c.LegAnswered, timeout=10, leg=leg)
    decline_phone, declined = await phones.ringing("1003")
    answer_phone, ringing = await phones.ringing("1004")
    call_id = ringing.headers["X-Call-Id"]
    since = len(phones.events.items)
    await decline_phone.command(c.Hangup(leg=declined.leg, status_code=603))  # declined
    log = product.data_dir.parent / "server.log"
    told = f"call {call_id} missed by agent 1003 (rejected): 1 other agent(s) still ringing"
    for _ in range(100):
        if told in log.read_text():
            break
        await asyncio.sleep(0.1)
    assert told in log.read_text()
    await asyncio.sleep(0.5)
    gone = [
        e for e in phones.events.items[since:] if isinstance(e, c.LegEnded) and e.leg == ringing.leg
    ]
    assert gone == []  # 1004's phone still rings
    await answer_phone.command(c.Answer(leg=ringing.leg))
    live = None
    for _ in range(50):
        live = (await asyncio.to_thread(product.api, "GET", f"/calls/{call_id}", admin)).json()
        if live["state"] == "active":
            break
        await asyncio.sleep(0.1)
    assert live is not None and (live["state"], live["agent_id"]) == ("active", "1004")
