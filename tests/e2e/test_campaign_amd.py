"""Answering-machine detection with real SIP and RTP: a broadcast campaign with `amd` dials
through the product's trunk, where a media worker plays the customers: one answers with a
machine's long greeting (words with short gaps for 4 s), one with a short "hello?" then
silence. The machine is hung up without the message and its contact ends `machine`; the
person hears the message (answered)."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import pytest

from server_stub.media import wire as c
from tests.e2e.conftest import Phones, Product
from tests.e2e.test_campaigns import ALL_DAY, _api, _wait_figures
from tests.media.test_amd import _speech_like

pytestmark = [pytest.mark.e2e, pytest.mark.sip_audio, pytest.mark.slow]


async def test_broadcast_hangs_up_on_a_machine_and_plays_to_a_person(
    product: Product, phones: Phones, tmp_path: Path
) -> None:
    machine = _speech_like(
        tmp_path / "machine.wav", [(False, 0.3)] + [(True, 0.45), (False, 0.2)] * 7
    )
    hello = _speech_like(tmp_path / "hello.wav", [(False, 0.3), (True, 0.6), (False, 0.1)])
    greetings = {"13800000071": machine, "13800000072": hello}
    gateway = await phones.gateway()
    lead = (await asyncio.to_thread(product.login, "9001"))["token"]
    r = await _api(
        product,
        "POST",
        "/campaigns",
        lead,
        json={
            "name": "amd",
            "mode": "broadcast",
            "queue": "sales",
            "caller_id": "4008001000",
            "hours": ALL_DAY,
            "message": "Your parcel arrives tomorrow.",
            "lines": 2,
            "amd": True,
        },
    )
    assert r.status_code == 201, r.text
    cid = r.json()["id"]
    rows = "phone\n13800000071\n13800000072\n"
    r = await _api(
        product, "POST", f"/campaigns/{cid}/contacts", lead, files={"file": ("l.csv", rows)}
    )
    assert r.status_code == 201, r.text
    since = len(phones.events.items)
    await _api(product, "POST", f"/campaigns/{cid}/start", lead)
    answered: dict[str, tuple[str, float]] = {}
    for number, greeting in greetings.items():  # each customer answers and "speaks" at once
        arrived = await phones.events.wait(c.CallArrived, timeout=15, since=since, dnis=number)
        await gateway.command(c.Answer(leg=arrived.leg))
        await gateway.command(c.Play(leg=arrived.leg, file=str(greeting)))
        answered[number] = (arrived.leg, time.monotonic())
    view = await _wait_figures(product, lead, cid, lambda v: v["state"] == "done", timeout=40)
    f = view["figures"]
    assert (f["dialled"], f["answered"], f["dropped"]) == (2, 1, 0), f
    csv = (await _api(product, "GET", f"/campaigns/{cid}/results", lead)).content.decode(
        "utf-8-sig"
    )
    lines = {line.split(",")[1]: line for line in csv.splitlines()[1:]}
    assert ",failed,1,machine," in lines["13800000071"], lines
    assert ",answered,1,answered," in lines["13800000072"], lines
    log = (product.data_dir.parent / "server.log").read_text()
    assert "answering-machine detection: machine (long_greeting" in log
    assert "answering-machine detection: human (short_greeting" in log
    assert "answered by a machine (long_greeting): hung up" in log
    assert log.count("answered: message played") == 1
    # the machine's leg ended by the hang-up above (the log lines), with no message played
    # to it: only the person heard one (not a timed check: a loaded box may be slow)
    await phones.events.wait(c.LegEnded, leg=answered["13800000071"][0], since=since)
