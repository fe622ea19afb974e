"""Issue 15 with the real product and real audio, driven from the desktop (the real
pjsua2 softphone on PulseAudio virtual devices): a lead barging into agent 1002's call
takes it over with Ctrl+Shift+O (the agent's leg ends, the lead talks to the caller both
ways, by tone), and an agent calls a colleague from the Colleagues tab (internal call,
both ways by tone, no wrap-up afterwards), and an agent picks up a colleague's ringing
call with Ctrl+Shift+P (its ring cancelled, both ways by tone)."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtTest import QTest

from server_stub.media import wire as c
from tests.desktop import test_real_call as real_call
from tests.desktop.conftest import AGENT_MIC_HZ, run, run_until
from tests.desktop.test_real_call import (
    CUSTOMER_HZ,
    _record_speaker,
    _wait,
    sales_call_answered_by_a_phone,
    sign_in,
)
from tests.e2e.conftest import Phones, Product
from tests.softphone import pulse
from tests.support.loop_thread import LoopThread
from tests.support.tones import detect_tone, make_tone_wav, read_wav

customers = real_call.customers  # the fixtures of the agent's real-call test, shared
real_desktop = real_call.real_desktop

pytestmark = [pytest.mark.e2e, pytest.mark.sip_audio, pytest.mark.ui, pytest.mark.slow]


def _heard_by(
    loop: Any, thread: LoopThread, phones: Phones, phone: Any, leg: str, path: Path
) -> Any:
    """What `leg` of a media-worker phone hears for 2 s (its recording), as samples."""
    rec = _wait(
        loop, thread.submit(phone.command(c.RecordStart(legs=[leg], path=str(path)))), "rec"
    )
    run(loop, asyncio.sleep(2.0))
    _wait(loop, thread.submit(phone.command(c.RecordStop(recording=rec["recording"]))), "stop")
    _wait(
        loop,
        thread.submit(phones.events.wait(c.RecordingFinished, timeout=10, path=str(path))),
        "recording written",
    )
    return read_wav(path)


@pytest.mark.queue_settings(ring_timeout=60, wrap_up_seconds=300)
def test_lead_takes_over_a_barged_call_from_the_desktop(
    loop: Any,
    real_desktop: Any,
    product: Product,
    rig: pulse.PulseRig,
    customers: tuple[LoopThread, Phones],
    tmp_path: Path,
) -> None:
    out = Path(os.environ.get("DESKTOP_SCREENSHOTS", "") or tmp_path)
    desktop, window = real_desktop, real_desktop.window
    thread, phones = customers

    # Agent 1002's phone (a media worker) answers a customer's call to sales.
    _agent_phone, customer, leg, ring = sales_call_answered_by_a_phone(
        loop, product, customers, tmp_path
    )
    call_id = ring.headers["X-Call-Id"]

    # The lead signs in and barges in from the supervisor tab.
    sign_in(loop, desktop, product, "9001")
    live = desktop.supervisor.tab.live
    presenter = desktop.supervisor.presenter
    run_until(
        loop,
        lambda: (
            presenter.calls.get(call_id) is not None
            and presenter.calls.get(call_id).record.state == "active"
        ),
        what="call listed",
    )
    row = next(
        r
        for r in range(live.call_proxy.rowCount())
        if live.call_proxy.index(r, 0).data() == "13800138000"
    )
    live.call_table.selectionModel().select(
        live.call_proxy.index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    assert not live.takeover_button.isEnabled()  # not barging yet
    live.monitor_buttons["listen"].click()
    card = window.softphone.monitor_card
    run_until(loop, lambda: desktop.calls.monitor_connected_at, timeout=20, what="listening")
    assert not live.takeover_button.isEnabled() and not card.takeover_button.isEnabled()
    live.monitor_buttons["barge"].click()
    run_until(loop, lambda: live.takeover_button.isEnabled(), what="barging: take over offered")
    assert card.takeover_button.isEnabled() and card.takeover_button.text() == "接管"
    window.work_tabs.setCurrentWidget(desktop.supervisor.tab)
    window.resize(1366, 768)
    assert window.grab().save(str(out / "takeover_supervisor_zh_CN.png"))
    monitor_leg = desktop.calls.monitor_sip_id

    # Ctrl+Shift+O: the call is the lead's; the agent's leg ends.
    said: list[str] = []
    presenter.message.connect(lambda text, _error: said.append(text))
    desktop.calls.message.connect(said.append)
    window.activateWindow()  # application shortcuts act in an active window
    run_until(loop, window.isActiveWindow, what="window active")
    QTest.keySequence(window, "Ctrl+Shift+O")
    run_until(
        loop,
        lambda: desktop.calls.phase == "on_call" and desktop.calls.call_id == call_id,
        timeout=15,
        what="the call is the lead's call in hand",
    )
    _wait(
        loop,
        thread.submit(phones.events.wait(c.LegEnded, timeout=15, leg=ring.leg)),
        "agent 1002's leg ended",
    )
    assert desktop.calls.sip_call_id == monitor_leg and desktop.calls.monitor_sip_id is None
    assert "您已接管该通话：原座席已退出。" in said  # "You took over the call: ..."
    window.work_tabs.setCurrentWidget(window.calls_page)
    assert not card.isVisible()
    assert window.softphone.title.text() == "通话中"  # "On call"
    assert window.softphone.number_label.text() == "13800138000"
    assert window.pop.isVisible() and desktop.calls.pop.queue_display == "销售 Sales"
    assert window.softphone.hang_up_button.isEnabled()
    assert (
        product.api("GET", f"/calls/{call_id}", product.login("9001")["token"]).json()["agent_id"]
        == "9001"
    )
    assert window.grab().save(str(out / "takeover_calls_zh_CN.png"))

    # Both ways, by tone: the caller at the lead's speaker, the lead's microphone at the caller.
    run(loop, asyncio.sleep(1.0))
    speaker = _record_speaker(loop, rig, 2.0)
    heard = detect_tone(speaker, pulse.RATE, CUSTOMER_HZ)
    assert heard.share >= 0.8, f"customer's tone at the lead's speaker: {heard}"
    samples, rate = _heard_by(loop, thread, phones, customer, leg, tmp_path / "customer_heard.wav")
    at_customer = detect_tone(samples, rate, AGENT_MIC_HZ, threshold=0.3)
    assert at_customer.share >= 0.8, f"lead's microphone at the customer: {at_customer}"

    # The lead hangs up (F6 = the Hang up button): the caller is released, the lead wraps up.
    window.softphone.hang_up_button.click()
    _wait(
        loop,
        thread.submit(phones.events.wait(c.LegEnded, timeout=15, leg=leg)),
        "customer released",
    )
    run_until(loop, lambda: desktop.calls.phase == "wrap_up", what="lead in wrap-up")
    lead = product.login("9001")["token"]
    record = product.api("GET", f"/calls/{call_id}", lead).json()
    assert record["agent_id"] == "9001" and record["state"] == "ended"


@pytest.mark.queue_settings(ring_timeout=60, wrap_up_seconds=300)
def test_agent_calls_a_colleague_from_the_colleagues_tab(
    loop: Any,
    real_desktop: Any,
    product: Product,
    rig: pulse.PulseRig,
    customers: tuple[LoopThread, Phones],
    tmp_path: Path,
) -> None:
    desktop, window = real_desktop, real_desktop.window
    thread, phones = customers
    colleague = product.login("1004")
    colleague_phone = _wait(loop, thread.submit(phones.agent("1004", colleague)), "1004 registered")
    sign_in(loop, desktop, product, "1002")

    window.activateWindow()  # application shortcuts act in an active window
    run_until(loop, window.isActiveWindow, what="window active")
    QTest.keySequence(window, "Ctrl+Shift+D")
    page = desktop.colleagues.page
    run_until(
        loop,
        lambda: any(
            page.table.item(r, 0) and page.table.item(r, 0).text() == "1004"
            for r in range(page.table.rowCount())
        ),
        what="1004 in the directory",
    )
    QTest.keyClicks(page.filter_edit, "1004")
    QTest.keyClick(page.filter_edit, Qt.Key.Key_Down)  # into the list, on 1004
    QTest.keyClick(page.table, Qt.Key.Key_Return)  # Enter calls
    run_until(loop, lambda: desktop.calls.phase == "dialling", what="internal call placed")
    call_id = desktop.calls.call_id
    # my phone rings first (the server's leg to me): Answer (F5)
    panel = window.softphone
    run_until(loop, lambda: panel.answer_button.isEnabled(), timeout=20, what="my leg rings")
    QTest.keyClick(window, Qt.Key.Key_F5)
    _, ring = _wait(loop, thread.submit(phones.ringing("1004", timeout=20)), "1004 rung")
    assert ring.headers.get("X-Internal") == "1002" and ring.headers["X-Call-Id"] == call_id
    _wait(loop, thread.submit(colleague_phone.command(c.Answer(leg=ring.leg))), "1004 answers")
    run_until(loop, lambda: desktop.calls.phase == "on_call", what="talking")
    tone = make_tone_wav(tmp_path / "colleague.wav", CUSTOMER_HZ, 2.0)
    _wait(
        loop,
        thread.submit(colleague_phone.command(c.Play(leg=ring.leg, file=str(tone), loop=True))),
        "1004 plays 1000 Hz",
    )
    run(loop, asyncio.sleep(1.0))
    speaker = _record_speaker(loop, rig, 2.0)
    heard = detect_tone(speaker, pulse.RATE, CUSTOMER_HZ)
    assert heard.share >= 0.8, f"1004's tone at my speaker: {heard}"
    samples, rate = _heard_by(
        loop, thread, phones, colleague_phone, ring.leg, tmp_path / "colleague_heard.wav"
    )
    at_colleague = detect_tone(samples, rate, AGENT_MIC_HZ, threshold=0.3)
    assert at_colleague.share >= 0.8, f"my microphone at 1004: {at_colleague}"

    # 1004 hangs up: the call ends on my desktop without a wrap-up form.
    _wait(loop, thread.submit(colleague_phone.command(c.Hangup(leg=ring.leg))), "1004 hangs up")
    run_until(loop, lambda: desktop.calls.phase == "idle", timeout=15, what="idle again")
    assert desktop.wrap_up.call_id != call_id
    record = product.api("GET", f"/calls/{call_id}", product.login("9001")["token"]).json()
    assert record["direction"] == "internal" and record["state"] == "ended"


@pytest.mark.queue_settings(ring_timeout=60, wrap_up_seconds=300)
def test_agent_picks_up_a_colleagues_ringing_call_from_the_desktop(
    loop: Any,
    real_desktop: Any,
    product: Product,
    rig: pulse.PulseRig,
    customers: tuple[LoopThread, Phones],
    tmp_path: Path,
) -> None:
    desktop, window = real_desktop, real_desktop.window
    thread, phones = customers
    colleague = product.login("1002")
    _wait(loop, thread.submit(phones.agent("1002", colleague)), "1002 registered")
    product.set_ready(colleague["token"])
    sign_in(loop, desktop, product, "1001")  # sales too; not ready after sign-in
    customer, leg = _wait(
        loop, thread.submit(phones.call("4008001000", "13800138000")), "customer call placed"
    )
    _wait(loop, thread.submit(phones.events.wait(c.LegAnswered, timeout=15, leg=leg)), "IVR")
    _wait(loop, thread.submit(customer.command(c.SendDtmf(leg=leg, digits="1"))), "DTMF 1")
    _, ring = _wait(loop, thread.submit(phones.ringing("1002", timeout=20)), "1002 rung")
    call_id = ring.headers["X-Call-Id"]

    window.activateWindow()  # application shortcuts act in an active window
    run_until(loop, window.isActiveWindow, what="window active")
    QTest.keySequence(window, "Ctrl+Shift+D")
    page = desktop.colleagues.page
    run_until(loop, lambda: page.pickup_button.isEnabled(), timeout=10, what="pickup offered")
    QTest.keySequence(window, "Ctrl+Shift+P")
    run_until(
        loop,
        lambda: desktop.calls.phase == "ringing" and desktop.calls.call_id == call_id,
        what="the call rings my desktop",
    )
    _wait(
        loop,
        thread.submit(phones.events.wait(c.LegEnded, timeout=15, leg=ring.leg)),
        "1002's ring cancelled",
    )
    assert desktop.calls.pop is not None and desktop.calls.pop.ivr_path == ["1"]
    panel = window.softphone
    run_until(loop, lambda: panel.answer_button.isEnabled(), timeout=20, what="my phone rings")
    QTest.keyClick(window, Qt.Key.Key_F5)
    run_until(loop, lambda: desktop.calls.phase == "on_call", what="talking")
    tone = make_tone_wav(tmp_path / "customer.wav", CUSTOMER_HZ, 2.0)
    _wait(
        loop,
        thread.submit(customer.command(c.Play(leg=leg, file=str(tone), loop=True))),
        "customer plays 1000 Hz",
    )
    run(loop, asyncio.sleep(1.0))
    speaker = _record_speaker(loop, rig, 2.0)
    heard = detect_tone(speaker, pulse.RATE, CUSTOMER_HZ)
    assert heard.share >= 0.8, f"customer's tone at my speaker: {heard}"
    samples, rate = _heard_by(loop, thread, phones, customer, leg, tmp_path / "heard.wav")
    at_customer = detect_tone(samples, rate, AGENT_MIC_HZ, threshold=0.3)
    assert at_customer.share >= 0.8, f"my microphone at the customer: {at_customer}"
    _wait(loop, thread.submit(customer.command(c.Hangup(leg=leg))), "customer hangs up")
    run_until(loop, lambda: desktop.calls.phase == "wrap_up", what="wrap-up")
    record = product.api("GET", f"/calls/{call_id}", product.login("9001")["token"]).json()
    assert record["agent_id"] == "1001" and record["answered_at"]
