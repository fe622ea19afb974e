"""Operators read a real call's story in the server log at INFO: routed, offered, missed,
answered, monitored, held, resumed, transferred, ended; the caller's number masked, no secrets."""

from __future__ import annotations

import asyncio
import re
import time

import pytest

from server_stub.media import wire as c
from tests.e2e.conftest import Phones, Product

pytestmark = [pytest.mark.e2e, pytest.mark.sip_audio, pytest.mark.slow]


async def _in_thread(fn, *args):  # type: ignore[no-untyped-def]
    return await asyncio.to_thread(fn, *args)


def _story(product: Product, call_id: str, last: str, timeout: float = 10) -> list[str]:
    """The log lines about `call_id` (message part), once one containing `last` is written."""
    log = product.data_dir.parent / "server.log"
    deadline = time.monotonic() + timeout
    while True:
        lines = [
            line.split(": ", 1)[1]
            for line in log.read_text().splitlines()
            if f"call {call_id}" in line and " INFO server_stub.calls.story: " in line
        ]
        if any(last in line for line in lines) or time.monotonic() > deadline:
            return lines
        time.sleep(0.2)


async def test_a_real_call_tells_its_story_in_the_server_log(
    product: Product, phones: Phones
) -> None:
    agents = {a: await _in_thread(product.login, a) for a in ("1002", "1005")}  # both sales
    lead = await _in_thread(product.login, "9001")
    for agent_id, info in agents.items():
        await phones.agent(agent_id, info)
        await _in_thread(product.set_ready, info["token"])
    lead_phone = await phones.agent("9001", lead)
    mark = len(phones.events.items)
    customer, leg = await phones.call("4008001000", "13900005678")
    await phones.events.wait(c.LegAnswered, timeout=10, leg=leg)
    await customer.command(c.SendDtmf(leg=leg, digits="1"))  # sales
    first = await phones.events.wait(c.CallArrived, timeout=15, since=mark)
    other = "1005" if first.account == "1002" else "1002"
    handle, second = await phones.ringing(other, since=mark)  # the first one never answers
    await handle.command(c.Answer(leg=second.leg))
    call_id = second.headers["X-Call-Id"]
    await asyncio.sleep(0.5)

    r = await _in_thread(
        lambda: product.api(
            "POST", f"/calls/{call_id}/monitor", lead["token"], json={"mode": "listen"}
        )
    )
    assert r.status_code == 204, r.text
    _, sup = await phones.ringing("9001", since=mark)
    await lead_phone.command(c.Answer(leg=sup.leg))
    r = await _in_thread(lambda: product.api("DELETE", f"/calls/{call_id}/monitor", lead["token"]))
    assert r.status_code == 204, r.text
    for on_hold in (True, False):
        r = await _in_thread(
            lambda held=on_hold: product.api(
                "POST", f"/calls/{call_id}/hold", agents[other]["token"], json={"on_hold": held}
            )
        )
        assert r.status_code == 200, r.text
    r = await _in_thread(
        lambda: product.api(
            "POST",
            f"/calls/{call_id}/transfer",
            agents[other]["token"],
            json={"kind": "queue", "target": "support"},
        )
    )
    assert r.status_code == 200, r.text
    await asyncio.sleep(0.5)
    await customer.command(c.Hangup(leg=leg))

    story = _story(product, call_id, last=" ended (")
    expected = [
        rf"call {call_id} arrived from 139\*\*\*\*5678 on 4008001000 \(worker w\d+\)",
        rf"call {call_id}: flow main_menu version \d+",
        rf"call {call_id}: flow node welcome \(menu\)",
        rf"call {call_id}: flow ends with queue \(queue=sales\)",
        rf"call {call_id} routed to queue sales \(position 1\)",
        rf"call {call_id} offered to agent {first.account} from queue sales",
        rf"call {call_id} missed by agent {first.account} \(no_answer\)",
        rf"call {call_id} offered to agent {other} from queue sales",
        rf"call {call_id} answered by agent {other} after [\d.]+ s waiting",
        rf"call {call_id} monitored by lead 9001 \(listen; agent {other}\)",
        rf"call {call_id}: lead 9001 stopped monitoring",
        rf"call {call_id} put on hold by agent {other}$",
        rf"call {call_id} resumed by agent {other} after \d+ s on hold$",
        rf"call {call_id} transferred by agent {other} to queue support",
        rf"call {call_id} routed to queue support",
        rf"call {call_id} ended \(abandoned; agent -\)",
    ]
    for pattern in expected:  # in this order, each once
        hits = [i for i, line in enumerate(story) if re.match(pattern, line)]
        assert hits, f"{pattern!r} not in {story}"
        story = story[hits[0] + 1 :]
    whole = (product.data_dir.parent / "server.log").read_text()
    assert "13900005678" not in whole
    for secret in (lead["token"], agents[other]["token"], lead["sip"]["password"]):
        assert secret not in whole
