"""A lead listens to a real call from the desktop: the real product, the lead's desktop with
the real pjsua2 softphone on PulseAudio virtual devices, agent 1002 and a customer as media
workers. The lead's Calls panel shows the monitored call (agent, customer, queue, mode,
audio connected, a timer) and its buttons switch the mode and stop; the customer's tone
reaches the lead's speaker."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel

from server_stub.media import wire as c
from tests.desktop import test_real_call as real_call
from tests.desktop.conftest import run, run_until
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
from tests.support.tones import detect_tone

customers = real_call.customers  # the fixtures of the agent's real-call test, shared
real_desktop = real_call.real_desktop

pytestmark = [pytest.mark.e2e, pytest.mark.sip_audio, pytest.mark.ui, pytest.mark.slow]


def _audit(product: Product, call_id: str) -> list[str]:
    admin = product.login("9000")["token"]
    return [
        a["action"]
        for a in product.api("GET", "/audit-log", admin).json()
        if a["target"] == call_id
    ]


@pytest.mark.queue_settings(ring_timeout=60, wrap_up_seconds=300)
def test_lead_listening_sees_the_monitored_call_in_the_calls_panel(
    loop: Any,
    real_desktop: Any,
    product: Product,
    rig: pulse.PulseRig,
    customers: tuple[LoopThread, Phones],
    tmp_path: Path,
) -> None:
    out = Path(os.environ.get("DESKTOP_SCREENSHOTS", "") or tmp_path)
    desktop, window = real_desktop, real_desktop.window
    thread, _phones = customers

    # Agent 1002's phone (a media worker) answers a customer's call to sales.
    _agent_phone, customer, leg, ring = sales_call_answered_by_a_phone(
        loop, product, customers, tmp_path
    )
    call_id = ring.headers["X-Call-Id"]

    # The lead signs in on the desktop; the softphone registers.
    sign_in(loop, desktop, product, "9001")
    assert window.softphone.title.text() == "无通话"  # nothing yet: "No call"

    # Listen: select the call in the supervisor tab and click Listen.
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
    live.monitor_buttons["listen"].click()

    card = window.softphone.monitor_card
    run_until(
        loop,
        lambda: card.isVisible() and desktop.calls.monitor_connected_at,
        timeout=20,
        what="monitoring leg answered and shown",
    )
    window.work_tabs.setCurrentWidget(window.calls_page)
    assert not window.softphone.title.isVisible()  # not "No call" any more
    assert card.title.text() == "正在监听"  # "Listening"
    assert card.status_label.text() == "音频已接通"  # "Audio connected"
    assert card.agent_value.text() == "1002 王强 Wang Qiang"
    assert card.customer_value.text() == "13800138000"
    assert card.queue_value.text() == "销售 Sales"
    assert card.mode_buttons["listen"].isChecked() and card.stop_button.isEnabled()
    assert call_id not in window.monitor_label.text()  # no raw call id in the banner
    run_until(loop, lambda: card.timer_label.text() != "0:00", timeout=5, what="timer runs")

    run(loop, asyncio.sleep(1.0))  # let jitter buffers and PulseAudio settle
    speaker = _record_speaker(loop, rig, 2.0)
    heard = detect_tone(speaker, pulse.RATE, CUSTOMER_HZ)
    assert heard.share >= 0.8, f"customer's tone at the lead's speaker: {heard}"
    window.resize(1366, 768)
    assert window.grab().save(str(out / "monitoring_zh_CN.png"))
    assert "1002 王强 Wang Qiang · 13800138000 · 销售 Sales" in live.monitor_label.text()
    window.work_tabs.setCurrentWidget(desktop.supervisor.tab)
    assert window.grab().save(str(out / "monitoring_supervisor_zh_CN.png"))
    window.work_tabs.setCurrentWidget(window.calls_page)
    desktop.translations.set_language("en")
    run(loop, asyncio.sleep(0.1))
    assert card.title.text() == "Listening" and card.status_label.text() == "Audio connected"
    assert window.grab().save(str(out / "monitoring_en.png"))

    # Switch to whisper from the Calls panel, then stop there.
    card.mode_buttons["whisper"].click()
    run_until(loop, lambda: card.mode_buttons["whisper"].isChecked(), what="whisper")
    assert card.title.text() == "Whispering to the agent"
    card.stop_button.click()
    run_until(
        loop,
        lambda: not card.isVisible() and not desktop.calls.monitor_target,
        timeout=15,
        what="monitoring stopped, leg ended",
    )
    assert window.softphone.title.text() == "No call"
    assert _audit(product, call_id) == ["monitor_listen", "monitor_whisper", "monitor_stop"]
    _wait(loop, thread.submit(customer.command(c.Hangup(leg=leg))), "customer hangs up")
