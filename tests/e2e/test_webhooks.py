"""Webhooks with the real product and a real SIP call: local HTTP receivers get the call's
offered, answered and ended events, each signed; a slow receiver delays neither the call
nor the other receivers; a receiver that is down gets the retried deliveries once it is up."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import pytest

from server_stub.media import wire as c
from tests.e2e.conftest import Phones, Product
from tests.support.webhook_receiver import Receiver

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.sip_audio,
    pytest.mark.slow,
    pytest.mark.product_args(
        "--webhook-timeout",
        "8",
        "--webhook-retry-base",
        "0.5",
        "--webhook-retry-cap",
        "1",
        "--webhook-max-attempts",
        "100",
    ),
]
SECRET = "e2e-webhook-secret-0042"
EVENTS = ["call_offered", "call_answered", "call_ended"]
SLOW_SECONDS = 3.0


async def _in_thread(fn: Any, *args: Any, **kw: Any) -> Any:
    return await asyncio.to_thread(fn, *args, **kw)


def _hook(product: Product, token: str, receiver: Receiver) -> int:
    r = product.api(
        "POST",
        "/admin/webhooks",
        token,
        json={"url": receiver.url, "events": EVENTS, "secret": SECRET},
    )
    assert r.status_code == 201, r.text
    return int(r.json()["id"])


async def test_a_real_call_reaches_the_webhooks_signed_and_nothing_waits_for_them(
    product: Product, phones: Phones
) -> None:
    fast = Receiver().start()
    slow = Receiver(delay=SLOW_SECONDS).start()
    late = Receiver()  # down for now: its port is known, nothing listens
    try:
        admin = (await _in_thread(product.login, "9000"))["token"]
        ids = [await _in_thread(_hook, product, admin, r) for r in (fast, slow, late)]
        late_id = ids[-1]
        agent = await _in_thread(product.login, "1004")  # support only
        phone = await phones.agent("1004", agent)
        await _in_thread(product.set_ready, agent["token"])

        _, leg = await phones.call("4008002000", "13900004242")  # straight to support
        _, arrived = await phones.ringing("1004", timeout=25)
        await phone.command(c.Answer(leg=arrived.leg))
        call_id = arrived.headers["X-Call-Id"]
        await phones.events.wait(c.LegAnswered, timeout=10, leg=leg)
        await asyncio.sleep(0.3)
        await phone.command(c.Hangup(leg=arrived.leg))
        await phones.events.wait(c.LegEnded, timeout=10, leg=leg)
        call_over = time.monotonic()

        got = await _in_thread(fast.wait_for, lambda r: len(r) >= 3, 10.0)
        assert [r.type for r in got] == EVENTS  # one at a time on a fast receiver: in order
        for r in got:
            assert r.signed_by(SECRET), r.headers
            assert r.payload["version"] == 1 and r.headers["X-Event"] == r.type
        assert got[0].payload["data"]["call"]["id"] == call_id
        assert got[0].payload["data"]["call"]["ani"] == "13900004242"
        assert got[1].payload["data"]["agent_id"] == "1004"
        assert got[2].payload["data"]["id"] == call_id
        assert got[2].payload["data"]["end_cause"] == "agent_hangup"

        # The slow receiver was still on its first answer when the call had ended and the
        # fast one had the whole story: neither the call nor the others waited for it.
        assert slow.received and slow.received[0].type == "call_offered"
        first_slow_answer = slow.answered[0] if slow.answered else float("inf")
        assert call_over < first_slow_answer and got[-1].at < first_slow_answer
        slow_got = await _in_thread(slow.wait_for, lambda r: len(r) >= 3, 4 * SLOW_SECONDS)
        assert sorted(r.type for r in slow_got) == sorted(EVENTS)
        assert all(r.signed_by(SECRET) for r in slow_got)

        # The receiver that was down: failed attempts in the log, then the retries arrive.
        log = await _in_thread(product.api, "GET", f"/admin/webhooks/{late_id}/deliveries", admin)
        assert log.status_code == 200, log.text
        pending = log.json()["deliveries"]
        assert len(pending) == 3 and {d["status"] for d in pending} == {"pending"}
        late.start()
        late_got = await _in_thread(late.wait_for, lambda r: len(r) >= 3, 10.0)
        assert sorted(r.type for r in late_got) == sorted(EVENTS)
        assert all(r.signed_by(SECRET) for r in late_got)
        assert {r.headers["X-Delivery-Id"] for r in late_got} == {d["id"] for d in pending}
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline:
            done = (
                await _in_thread(product.api, "GET", f"/admin/webhooks/{late_id}/deliveries", admin)
            ).json()["deliveries"]
            if all(d["status"] == "delivered" for d in done):
                break
            await asyncio.sleep(0.2)
        assert all(d["status"] == "delivered" and d["attempts"] >= 2 for d in done), done
    finally:
        for receiver in (fast, slow, late):
            receiver.stop()
    whole = (product.data_dir.parent / "server.log").read_text()
    assert SECRET not in whole and "token=abc" not in whole  # secrets and queries unlogged
