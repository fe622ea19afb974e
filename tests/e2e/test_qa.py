"""QA end to end: a real call through the product (SIP edge, media worker, RTP on loopback)
is recorded; a lead draws it in a sample, scores it with a form an admin made, and the
agent acknowledges. The recording holds the caller's tone; the server log tells the story."""

from __future__ import annotations

import asyncio
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from server_stub.media import wire as c
from tests.e2e.conftest import Phones, Product
from tests.media.conftest import CUSTOMER_HZ
from tests.qa.helpers import ANSWERS, FORM
from tests.support.tones import wav_has_tone

pytestmark = [pytest.mark.e2e, pytest.mark.sip_audio, pytest.mark.slow]


async def _in_thread(fn, *args, **kw):  # type: ignore[no-untyped-def]
    return await asyncio.to_thread(fn, *args, **kw)


def _iso(epoch: float) -> str:
    return datetime.fromtimestamp(epoch, UTC).isoformat()


async def test_a_recorded_call_is_sampled_scored_and_acknowledged(
    product: Product, phones: Phones, tones: dict[str, Path], tmp_path: Path
) -> None:
    started = time.time()
    agent = await _in_thread(product.login, "1004")
    lead = (await _in_thread(product.login, "9001"))["token"]
    admin = (await _in_thread(product.login, "9000"))["token"]
    phone = await phones.agent("1004", agent)
    await _in_thread(product.set_ready, agent["token"])

    customer, leg = await phones.call("4008002000", "13900007171")
    _, arrived = await phones.ringing("1004", timeout=30)
    await phone.command(c.Answer(leg=arrived.leg))
    await customer.command(c.Play(leg=leg, file=str(tones["customer"]), loop=True))
    record = await _in_thread(
        product.wait_call, lead, lambda r: r["ani"] == "13900007171" and r["state"] == "active"
    )
    await asyncio.sleep(3)  # three seconds of the caller's tone on the recording
    await customer.command(c.Hangup(leg=leg))
    ended = await _in_thread(
        product.wait_call,
        lead,
        lambda r: r["id"] == record["id"] and r["state"] == "ended" and r["recording_status"],
    )
    assert ended["recording_status"] == "complete" and ended["recording_id"]
    audio = await _in_thread(product.api, "GET", f"/recordings/{ended['recording_id']}/audio", lead)
    assert audio.status_code == 200
    (tmp_path / "call.wav").write_bytes(audio.content)
    wav_has_tone(tmp_path / "call.wav", CUSTOMER_HZ, min_share=0.3, threshold=0.15)

    r = await _in_thread(product.api, "POST", "/qa/forms", admin, json=FORM)
    assert r.status_code == 201, r.text
    form = r.json()
    period = {"from": _iso(started - 60), "to": _iso(time.time() + 60)}
    r = await _in_thread(
        product.api, "POST", "/qa/samples", lead, json={"agent_id": "1004", "count": 5, **period}
    )
    assert r.status_code == 200, r.text
    assert [call["id"] for call in r.json()["calls"]] == [record["id"]]

    r = await _in_thread(
        product.api,
        "POST",
        "/qa/evaluations",
        lead,
        json={
            "call_id": record["id"],
            "form_id": form["id"],
            "answers": ANSWERS,
            "comments": [{"at_seconds": 1.5, "text": "tone heard"}],
        },
    )
    assert r.status_code == 201, r.text
    evaluation = r.json()
    assert evaluation["score"] == 70.63 and evaluation["recording_id"] == ended["recording_id"]
    r = await _in_thread(
        product.api, "POST", "/qa/samples", lead, json={"agent_id": "1004", "count": 5, **period}
    )
    assert r.json()["calls"] == []  # evaluated: never sampled again

    mine = (await _in_thread(product.api, "GET", "/qa/evaluations", agent["token"])).json()
    assert [e["id"] for e in mine["evaluations"]] == [evaluation["id"]]
    r = await _in_thread(
        product.api, "POST", f"/qa/evaluations/{evaluation['id']}/acknowledge", agent["token"]
    )
    assert r.status_code == 200 and r.json()["status"] == "acknowledged"
    other = await _in_thread(product.login, "1001")
    r = await _in_thread(product.api, "GET", f"/qa/evaluations/{evaluation['id']}", other["token"])
    assert r.status_code == 404  # another agent never sees it

    report = (await _in_thread(product.api, "GET", "/qa/report", lead, params=period)).json()
    assert [
        (row["agent"].split()[0], row["evaluations"], row["acknowledged"]) for row in report["rows"]
    ] == [("1004", 1, 1)]
    log = (tmp_path / "server.log").read_text(errors="replace")
    assert f"scored call {record['id']} of agent 1004" in log
    assert f"QA evaluation {evaluation['id']} acknowledged by agent 1004" in log
