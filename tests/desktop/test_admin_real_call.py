"""The issue's acceptance path through the desktop: from an empty `init`ed centre (the real
product: coordinator, Kamailio edge, media workers; no --demo) the admin signs in to the
agent desktop and, in the Admin tab only, creates queue `billing`, number 4008003000 →
billing and agent 2001 with skill billing. 2001 signs in at once, its phone registers and
answers a customer's SIP call to that number with audio both ways and a call record."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from server_stub.media import wire as c
from tests.desktop.conftest import run_until
from tests.desktop.test_admin_tab import fill, open_page, save
from tests.desktop.test_real_call import _wait, customers  # noqa: F401  (fixture)
from tests.e2e.conftest import Phones, Product
from tests.e2e.test_admin_setup import ADMIN, ADMIN_PASSWORD, product  # noqa: F401
from tests.media.conftest import AGENT_HZ, CUSTOMER_HZ
from tests.support.loop_thread import LoopThread
from tests.support.tones import make_tone_wav, wav_has_tone

pytestmark = [pytest.mark.e2e, pytest.mark.sip_audio, pytest.mark.ui, pytest.mark.slow]

AGENT, AGENT_PASSWORD = "2001", "Wang-Fang-pw1"


def test_centre_set_up_in_the_admin_tab_takes_a_real_call(
    loop: Any,
    desktop: Any,
    product: Product,  # noqa: F811
    customers: tuple[LoopThread, Phones],  # noqa: F811
    tmp_path: Path,
) -> None:
    thread, phones = customers
    window = desktop.window
    ui = window.sign_in.ui
    ui.serverEdit.setText(product.base)
    ui.agentEdit.setText(ADMIN)
    ui.passwordEdit.setText(ADMIN_PASSWORD)
    ui.signInButton.click()
    run_until(loop, lambda: desktop.session.connected, what="admin signed in")
    tab = desktop.admin.tab
    assert tab is not None
    window.work_tabs.setCurrentWidget(tab)
    run_until(
        loop,
        lambda: tab.presenter.models["agents"].rowCount() == 1,
        what="the empty centre's one admin listed",
    )
    assert tab.presenter.models["queues"].rowCount() == 0  # no demo data

    queues = open_page(tab, "queues")
    fill(queues, name="billing", display_name="Billing 账务", wrap_up_seconds=2, ring_timeout=10)
    save(loop, queues, "billing")
    numbers = open_page(tab, "dids")
    fill(numbers, number="4008003000", name="Billing line", queue="billing")
    save(loop, numbers, "4008003000")
    agents = open_page(tab, "agents")
    fill(
        agents,
        agent_id=AGENT,
        name="王芳",
        role="agent",
        skills=[{"queue": "billing", "level": 1}],
        password=AGENT_PASSWORD,
        must_change_password=False,
    )
    save(loop, agents, AGENT)

    # 2001 signs in at once (no restart), registers its phone and goes ready.
    session = product.api(
        "POST", "/auth/login", json={"agent_id": AGENT, "password": AGENT_PASSWORD}
    ).json()
    assert session["agent"]["queues"] == ["billing"]
    agent_phone = _wait(loop, thread.submit(phones.agent(AGENT, session)), "agent registered")
    assert (
        product.api(
            "POST", "/agents/me/state", session["token"], json={"state": "ready"}
        ).status_code
        == 200
    )

    customer, leg = _wait(
        loop,
        thread.submit(phones.call("4008003000", "13912345678")),
        "customer calls the new number",
    )
    _, arrived = _wait(
        loop, thread.submit(phones.ringing(AGENT, timeout=30)), "2001's phone rings", timeout=40
    )
    assert arrived.headers.get("X-Queue") == "billing"
    call_id = arrived.headers["X-Call-Id"]
    customer_tone = make_tone_wav(tmp_path / "customer.wav", CUSTOMER_HZ, 2.0)
    agent_tone = make_tone_wav(tmp_path / "agent.wav", AGENT_HZ, 2.0)
    heard_by_customer, heard_by_agent = tmp_path / "cust_rec.wav", tmp_path / "agent_rec.wav"
    for step, what in (
        (agent_phone.command(c.Answer(leg=arrived.leg)), "answered"),
        (customer.command(c.Play(leg=leg, file=str(customer_tone), loop=True)), "play"),
        (agent_phone.command(c.Play(leg=arrived.leg, file=str(agent_tone), loop=True)), "play"),
        (customer.command(c.RecordStart(legs=[leg], path=str(heard_by_customer))), "record"),
        (
            agent_phone.command(c.RecordStart(legs=[arrived.leg], path=str(heard_by_agent))),
            "record",
        ),
    ):
        _wait(loop, thread.submit(step), what)
    _wait(loop, thread.submit(_sleep(3)), "talking")
    _wait(loop, thread.submit(customer.command(c.Hangup(leg=leg))), "customer hangs up")
    for path in (heard_by_customer, heard_by_agent):
        _wait(
            loop,
            thread.submit(phones.events.wait(c.RecordingFinished, timeout=10, path=str(path))),
            "recording written",
        )
    wav_has_tone(heard_by_customer, AGENT_HZ, min_share=0.4, threshold=0.15)
    wav_has_tone(heard_by_agent, CUSTOMER_HZ, min_share=0.4, threshold=0.15)

    admin_token = desktop.session.client.token
    record = product.wait_call(admin_token, lambda r: r["id"] == call_id and r["ended_at"])
    assert (record["agent_id"], record["queue"], record["dnis"], record["ani"]) == (
        AGENT,
        "billing",
        "4008003000",
        "13912345678",
    )
    assert record["talk_seconds"] >= 2.5


async def _sleep(seconds: float) -> None:
    import asyncio

    await asyncio.sleep(seconds)
