"""Internal calls (内线) with real calls: agent 1002 calls agent 1004 by ID; both hear each
other (tones), both are busy for the queues while it lasts, and it is recorded."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from server_stub.media import wire as c
from tests.e2e.conftest import Phones, Product
from tests.e2e.test_consult import _hears
from tests.media.conftest import AGENT_HZ, SUPERVISOR_HZ
from tests.support.tones import wav_has_tone

pytestmark = [pytest.mark.e2e, pytest.mark.sip_audio, pytest.mark.slow]


async def _in_thread(fn, *args):  # type: ignore[no-untyped-def]
    return await asyncio.to_thread(fn, *args)


async def test_internal_call_between_two_agents(
    product: Product, phones: Phones, tones: dict[str, Path], tmp_path: Path
) -> None:
    caller = await _in_thread(product.login, "1002")
    lead = (await _in_thread(product.login, "9001"))["token"]

    def post(target: str) -> tuple[int, dict[str, object]]:
        r = product.api("POST", "/calls/internal", caller["token"], json={"target": target})
        return r.status_code, r.json()

    assert (await _in_thread(post, "1002"))[0] == 422  # myself
    status, body = await _in_thread(post, "7777")
    assert status == 422 and "unknown agent" in str(body["message"])
    assert (await _in_thread(post, "1004"))[0] == 409  # 1004 is not signed in
    callee = await _in_thread(product.login, "1004")
    caller_phone = await phones.agent("1002", caller)
    callee_phone = await phones.agent("1004", callee)

    status, body = await _in_thread(post, "1004")
    assert status == 201 and body["direction"] == "internal", body
    call_id = str(body["id"])
    _, mine = await phones.ringing("1002")  # my own phone first
    assert mine.headers.get("X-Direction") == "internal"
    await caller_phone.command(c.Answer(leg=mine.leg))
    _, theirs = await phones.ringing("1004")
    assert theirs.headers.get("X-Internal") == "1002"
    assert theirs.headers.get("X-Call-Id") == call_id
    await callee_phone.command(c.Answer(leg=theirs.leg))
    await caller_phone.command(c.Play(leg=mine.leg, file=str(tones["agent"]), loop=True))
    await callee_phone.command(c.Play(leg=theirs.leg, file=str(tones["supervisor"]), loop=True))
    await asyncio.sleep(0.5)

    states = {
        a["agent_id"]: a["state"]["state"]
        for a in (await _in_thread(lambda: product.api("GET", "/agents", lead))).json()
    }
    assert states["1002"] == "on_call" and states["1004"] == "on_call"  # no queue call now
    paths = {"mine": tmp_path / "mine.wav", "theirs": tmp_path / "theirs.wav"}
    await caller_phone.command(
        c.RecordStart(legs=[mine.leg], path=str(paths["mine"]), recording="m")
    )
    await callee_phone.command(
        c.RecordStart(legs=[theirs.leg], path=str(paths["theirs"]), recording="t")
    )
    await asyncio.sleep(1.5)
    await caller_phone.command(c.RecordStop(recording="m"))
    await callee_phone.command(c.RecordStop(recording="t"))
    assert _hears(paths["mine"], SUPERVISOR_HZ) > 0.8
    assert _hears(paths["theirs"], AGENT_HZ) > 0.8

    await callee_phone.command(c.Hangup(leg=theirs.leg))
    await phones.events.wait(c.LegEnded, timeout=10, leg=mine.leg)
    record = await _in_thread(
        lambda: product.wait_call(
            lead, lambda x: x["id"] == call_id and x["recording_status"] == "complete"
        )
    )
    assert record["state"] == "ended" and record["direction"] == "internal"
    assert record["agent_id"] == "1002" and record["dnis"] == "1004" and record["talk_seconds"] > 1
    (recording,) = product.data_dir.rglob(f"{call_id}.wav")
    for freq in (AGENT_HZ, SUPERVISOR_HZ):
        wav_has_tone(recording, freq, min_share=0.4, threshold=0.15)
    states = {
        a["agent_id"]: a["state"]["state"]
        for a in (await _in_thread(lambda: product.api("GET", "/agents", lead))).json()
    }
    assert states["1004"] == "not_ready" and states["1002"] == "not_ready"  # as before
