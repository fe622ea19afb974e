"""Issue 4's acceptance test: the real product (coordinator, Kamailio edge, media workers)
as a process, the desktop with the real pjsua2 softphone on PulseAudio virtual devices,
and a customer phone (a media worker) calling a DID with a caller number.

pjsua2 allows one Endpoint per process at a time. This test creates the desktop's in the
pytest process (so it can drive the real widgets) and destroys it at teardown; the
fixture first checks that no other Endpoint is alive. In a full run tests/desktop comes
before tests/softphone (whose module fixture makes the next one); an Endpoint can be
created again after `libDestroy()`. The customer's and the product's endpoints live in
their own processes (media workers)."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PySide6.QtCore import QDateTime

from agent_desktop.protocol.crm import FollowUpStatus
from agent_desktop.views.screen_pop import SEPARATOR
from server_stub.media import wire as c
from server_stub.media.pool import PoolConfig, WorkerPool
from tests.desktop.conftest import AGENT_MIC_HZ, run, run_until
from tests.e2e.conftest import Phones, Product
from tests.media.conftest import EventLog
from tests.softphone import pulse
from tests.support.loop_thread import LoopThread
from tests.support.tones import detect_tone, make_tone_wav, read_wav

pytestmark = [pytest.mark.e2e, pytest.mark.sip_audio, pytest.mark.ui, pytest.mark.slow]

CUSTOMER_HZ = 1000.0


@pytest.fixture
def customers(product: Product) -> Iterator[tuple[LoopThread, Phones]]:
    """Customer phones: a media worker pool on its own asyncio loop in a thread."""
    thread = LoopThread("customers")

    async def start() -> Phones:
        events = EventLog()
        pool = WorkerPool(
            PoolConfig(min_workers=1, max_workers=2, min_spare=0, max_spare=2), on_event=events
        )
        await pool.start()
        return Phones(pool, events, product)

    phones = thread.run(start())
    yield thread, phones
    thread.run(phones.pool.stop())
    thread.stop()


def _no_endpoint_alive() -> bool:
    # Asking pjsua2 (Endpoint.instance()) aborts the process once an Endpoint was destroyed,
    # so ask the one class that makes them.
    from agent_desktop.softphone.pjsua_phone import PjsuaSoftphone

    return PjsuaSoftphone.live_endpoints == 0


@pytest.fixture
def real_desktop(qapp: Any, loop: Any, rig: pulse.PulseRig, tmp_path: Path) -> Iterator[Any]:
    from agent_desktop.app.wiring import build_desktop
    from agent_desktop.softphone import AudioSelection
    from agent_desktop.softphone.pjsua_phone import EngineOptions, PjsuaSoftphone

    assert _no_endpoint_alive(), "another pjsua2 Endpoint is alive in this process"
    phone = PjsuaSoftphone(EngineOptions())
    phone.select_devices(AudioSelection(microphone="vmic", speaker="vspk", ringer="vring"))
    phone.events = []  # type: ignore[attr-defined]
    phone.subscribe(phone.events.append)  # type: ignore[attr-defined]
    built = build_desktop(
        phone,
        tmp_path / "config",
        tmp_path / "data",
        language="zh_CN",
        retry_initial=0.2,
        retry_max=0.5,
    )
    built.window.show()
    try:
        yield built
    finally:
        run(loop, built.close())  # signs out, unregisters, closes the softphone (libDestroy)
        built.translations.set_language("en")
        built.window.close()
        built.window.deleteLater()


def _wait(loop: Any, future: Any, what: str, timeout: float = 20.0) -> Any:
    """Keep Qt (and so the softphone pump) running until a customer-side step is done."""
    run_until(loop, future.done, timeout=timeout, what=what)
    return future.result()


def _record_speaker(loop: Any, rig: pulse.PulseRig, seconds: float) -> np.ndarray:
    out: list[np.ndarray] = []
    worker = threading.Thread(target=lambda: out.append(rig.record("vspk.monitor", seconds)))
    worker.start()
    run_until(loop, lambda: not worker.is_alive(), timeout=seconds + 10, what="speaker capture")
    return out[0]


def sign_in(loop: Any, desktop: Any, product: Product, agent_id: str) -> None:
    """Sign in through the desktop's sign-in page and wait for the softphone's registration."""
    ui = desktop.window.sign_in.ui
    ui.serverEdit.setText(product.base)
    ui.agentEdit.setText(agent_id)
    ui.passwordEdit.setText("demo")
    ui.signInButton.click()
    run_until(loop, lambda: desktop.session.connected, what=f"{agent_id} signed in")
    run_until(
        loop,
        lambda: desktop.softphone.registration.value == "registered",
        what="softphone registered",
    )


def sales_call_answered_by_a_phone(
    loop: Any, product: Product, customers: tuple[LoopThread, Phones], tone_dir: Path
) -> tuple[Any, Any, str, Any]:
    """Agent 1002's phone (a media worker) answers a customer's call to sales (DID, IVR key
    1); the customer then plays CUSTOMER_HZ in a loop. Returns (agent phone, customer phone,
    the customer's leg, the agent's ring: its `leg` and `headers["X-Call-Id"]`)."""
    thread, phones = customers
    agent = product.login("1002")
    agent_phone = _wait(loop, thread.submit(phones.agent("1002", agent)), "agent registered")
    product.set_ready(agent["token"])
    customer, leg = _wait(
        loop, thread.submit(phones.call("4008001000", "13800138000")), "customer call placed"
    )
    _wait(loop, thread.submit(phones.events.wait(c.LegAnswered, timeout=15, leg=leg)), "IVR")
    _wait(loop, thread.submit(customer.command(c.SendDtmf(leg=leg, digits="1"))), "DTMF 1")
    _, ring = _wait(loop, thread.submit(phones.ringing("1002", timeout=20)), "agent rung")
    _wait(loop, thread.submit(agent_phone.command(c.Answer(leg=ring.leg))), "agent answers")
    tone = make_tone_wav(tone_dir / "customer.wav", CUSTOMER_HZ, 2.0)
    _wait(
        loop,
        thread.submit(customer.command(c.Play(leg=leg, file=str(tone), loop=True))),
        "customer plays 1000 Hz",
    )
    return agent_phone, customer, leg, ring


@pytest.mark.queue_settings(ring_timeout=60, wrap_up_seconds=300)
@pytest.mark.parametrize(
    "site",
    [
        pytest.param("office", id="office"),
        # A remote agent: SIP over TLS to the edge, SRTP required on the agent's leg (the
        # softphone refuses an offer without SDES keys, so a call with audio proves SRTP).
        pytest.param(
            "remote",
            id="remote-tls-srtp",
            marks=[pytest.mark.sip_tls, pytest.mark.product_args("--agent-srtp", "mandatory")],
        ),
    ],
)
def test_agent_answers_a_real_call_with_pop_audio_and_wrap_up(
    loop: Any,
    real_desktop: Any,
    product: Product,
    rig: pulse.PulseRig,
    customers: tuple[LoopThread, Phones],
    tmp_path: Path,
    site: str,
) -> None:
    desktop, window = real_desktop, real_desktop.window
    thread, phones = customers

    # Sign in through the sign-in page; the softphone registers with the login's sip block.
    ui = window.sign_in.ui
    ui.serverEdit.setText(product.base)
    ui.agentEdit.setText("1002")
    ui.passwordEdit.setText("demo")
    ui.signInButton.click()
    run_until(loop, lambda: desktop.session.connected, what="signed in")
    sip = desktop.session.login.sip
    if site == "office":
        assert sip.registrar.endswith(product.sip) and sip.transport == "udp"
        assert sip.srtp == "optional"
    else:
        assert sip.transport == "tls" and sip.srtp == "mandatory"
        assert not sip.registrar.endswith(product.sip)  # the TLS listener's port
    run_until(
        loop,
        lambda: desktop.softphone.registration.value == "registered",
        what="softphone registered with the edge",
    )
    assert window.registration_label.text().startswith("话机：已注册")
    window.state_bar.ready_button.click()
    run_until(loop, lambda: desktop.state.status == "ready", what="ready")

    # A customer calls the sales line and presses 1.
    customer, leg = _wait(
        loop, thread.submit(phones.call("4008001000", "13800138000")), "customer call placed"
    )
    _wait(
        loop, thread.submit(phones.events.wait(c.LegAnswered, timeout=15, leg=leg)), "IVR answered"
    )
    _wait(loop, thread.submit(customer.command(c.SendDtmf(leg=leg, digits="1"))), "DTMF 1")

    # Before answering: the pop shows who is calling and from where; the phone rings.
    run_until(
        loop,
        lambda: desktop.calls.phase == "ringing" and desktop.calls.sip_call_id,
        timeout=20,
        what="offer and INVITE at the desktop",
    )
    pop = window.pop
    call_id = desktop.calls.call_id
    assert pop.customer_name.text() == "张伟"
    assert pop.customer_company.text() == "华为技术"
    assert "北京" in pop.region_value.text()
    assert desktop.calls.pop.region("en") == "Beijing"
    assert pop.caller_label.text() == "13800138000"
    # the customer's custom fields (客户字段) with their Chinese labels (issue 18)
    run_until(loop, lambda: _pop_fields(pop).get("城市") == "深圳", what="custom fields on the pop")
    assert _pop_fields(pop)["客户等级"] == "VIP"
    invite = desktop.softphone.calls()[0]
    assert invite.server_call_id == call_id and invite.queue == "sales"
    assert window.softphone.answer_button.isEnabled()

    # Answer with the button: the real SIP call is answered and media flows both ways.
    window.softphone.answer_button.click()
    run_until(loop, lambda: desktop.calls.phase == "on_call", what="call answered")
    run_until(
        loop,
        lambda: any(
            getattr(e, "name", "") == "call_media_changed" and e.active
            for e in desktop.softphone.events
        ),
        what="media active",
    )
    tone = make_tone_wav(tmp_path / "customer.wav", CUSTOMER_HZ, 2.0)
    heard = tmp_path / "customer_heard.wav"
    _wait(
        loop,
        thread.submit(customer.command(c.Play(leg=leg, file=str(tone), loop=True))),
        "customer plays 1000 Hz",
    )
    run(loop, asyncio.sleep(1.0))  # let jitter buffers and PulseAudio settle before measuring
    rec = _wait(
        loop,
        thread.submit(customer.command(c.RecordStart(legs=[leg], path=str(heard)))),
        "customer records",
    )
    speaker = _record_speaker(loop, rig, 2.0)
    _wait(
        loop,
        thread.submit(customer.command(c.RecordStop(recording=rec["recording"]))),
        "recording stopped",
    )
    _wait(
        loop,
        thread.submit(phones.events.wait(c.RecordingFinished, timeout=10, path=str(heard))),
        "recording written",
    )
    at_speaker = detect_tone(speaker, pulse.RATE, CUSTOMER_HZ)
    assert at_speaker.share >= 0.8, f"customer's tone at the agent's speaker: {at_speaker}"
    # The customer's recording holds what the customer hears (the agent's 500 Hz) mixed with
    # what it plays (its own 1000 Hz), both at amplitude 0.3: each tone holds about half of a
    # window's power, so the single-tone threshold (0.5) would be a coin flip. 0.3 still
    # rejects an absent tone (which scores near 0) and a broken-up one.
    samples, rate = read_wav(heard)
    at_customer = detect_tone(samples, rate, AGENT_MIC_HZ, threshold=0.3)
    assert at_customer.share >= 0.8, f"agent's microphone at the customer: {at_customer}"

    # The customer hangs up: wrap-up; the disposition and note reach the server.
    _wait(loop, thread.submit(customer.command(c.Hangup(leg=leg))), "customer hangs up")
    run_until(loop, lambda: desktop.wrap_up.call_id == call_id, what="wrap-up")
    assert desktop.calls.phase == "wrap_up" and desktop.softphone.calls() == []
    panel = window.wrap_up_panel
    assert panel.isVisible() and panel.ui.saveButton.isEnabled()
    panel.ui.dispositionCombo.setCurrentIndex(panel.ui.dispositionCombo.findData("follow_up"))
    panel.ui.noteEdit.setPlainText("回电确认报价")
    panel.ui.saveButton.click()
    items = run(loop, asyncio.wait_for(_sent(desktop.outbox), 20))
    assert [(i.call_id, i.status) for i in items] == [(call_id, "sent")]
    lead = product.login("9001")["token"]
    record = product.api("GET", f"/calls/{call_id}", lead).json()
    assert (record["disposition"], record["note"]) == ("follow_up", "回电确认报价")
    assert record["agent_id"] == "1002" and record["ani"] == "13800138000"
    assert record["end_cause"] == "caller_hangup"
    _follow_up_with_a_reminder_that_dials(loop, desktop, product, call_id)


def _pop_fields(pop: Any) -> dict[str, str]:
    """The pop's custom fields line ("客户等级：VIP  ·  城市：深圳 …") as label → value."""
    text = pop.custom_label.text()
    return dict(part.split("：", 1) for part in text.split(SEPARATOR) if "：" in part)


def _follow_up_with_a_reminder_that_dials(
    loop: Any, desktop: Any, product: Product, call_id: str
) -> None:
    """In wrap-up the Customers tab holds the caller: a follow-up with an appointment two
    seconds ahead is linked to the call; the reminder pops and its button dials 张伟."""
    crm, window = desktop.crm, desktop.window
    presenter, tab = crm.presenter, crm.tab
    run_until(
        loop,
        lambda: presenter.customer is not None and presenter.call_id == call_id,
        what="the caller on the Customers tab",
    )
    assert presenter.customer.name == "张伟"
    window.work_tabs.setCurrentWidget(tab)
    tab.status_combo.setCurrentIndex(tab.status_combo.findData(FollowUpStatus.INTERESTED))
    tab.note_edit.setText("报价后回电")
    tab.appointment_check.setChecked(True)
    tab.appointment_edit.setDateTime(QDateTime.fromSecsSinceEpoch(int(time.time()) + 2))
    tab.add_button.click()
    run_until(loop, lambda: presenter.follow_ups.rowCount() == 1, what="follow-up saved")
    agent = desktop.session.client.token
    customer_id = presenter.customer.id
    saved = product.api("GET", f"/customers/{customer_id}/follow-ups", agent).json()
    assert (saved[0]["call_id"], saved[0]["status"]) == (call_id, "interested")
    desktop.state.finish_wrap_up()  # the server dials from ready / not ready only
    run_until(loop, lambda: desktop.state.status in ("ready", "not_ready"), what="wrap-up done")
    run_until(loop, lambda: bool(crm.reminders), timeout=20, what="the appointment reminder")
    popup = crm.reminders[0]
    assert popup.call_button.text() == "呼叫 13800138000"
    popup.call_button.click()
    run_until(loop, lambda: desktop.calls.phase in ("dialling", "on_call"), what="dialling")
    dialled = desktop.calls.call_id
    lead = product.login("9001")["token"]
    record = product.api("GET", f"/calls/{dialled}", lead).json()
    assert (record["direction"], record["dnis"], record["agent_id"]) == (
        "outbound",
        "13800138000",
        "1002",
    )
    product.api("POST", f"/calls/{dialled}/hangup", lead)
    run_until(loop, lambda: desktop.calls.phase in ("wrap_up", "idle"), what="dial ended")


async def _sent(outbox: Any) -> list[Any]:
    """The outbox's items once every one has been delivered."""
    while True:
        items = await outbox.items()
        if items and all(i.status == "sent" for i in items):
            return list(items)
        await asyncio.sleep(0.05)


def test_sign_out_with_the_real_phone_reads_not_registered(
    loop: Any, real_desktop: Any, product: Product
) -> None:
    """The server signs the agent out at the edge before the desktop un-REGISTERs, so the
    edge answers that un-REGISTER 403 "Signed out" (the fake phone never gets an answer):
    the phone being closed is "not registered", not "registration failed 403 Signed out"."""
    desktop, window = real_desktop, real_desktop.window
    ui = window.sign_in.ui
    ui.serverEdit.setText(product.base)
    ui.agentEdit.setText("1002")
    ui.passwordEdit.setText("demo")
    ui.signInButton.click()
    run_until(
        loop,
        lambda: desktop.softphone.registration.value == "registered",
        what="softphone registered with the edge",
    )
    failures: list[str] = []
    desktop.session.registration_changed.connect(
        lambda state, detail: failures.append(detail) if state == "failed" else None
    )

    window.sign_out_action.trigger()
    run_until(loop, lambda: window.pages.currentWidget() is window.sign_in, what="signed out")
    run(loop, asyncio.sleep(2.0))  # the edge's answer to the un-REGISTER arrives meanwhile
    assert failures == []
    assert desktop.softphone.registration.value == "unregistered"
    assert window.registration_label.text() == "话机：未注册"  # "Phone: not registered"
