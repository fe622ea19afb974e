"""Issue 17 with real SIP and audio: the product (coordinator, Kamailio edge, media
workers) as a process, the desktop with the real pjsua2 softphone on PulseAudio virtual
devices, and the customer as a phone on the product's trunk (a media worker). The agent
joins a preview campaign from the campaign bar, clicks Dial on the preview card: the
agent's phone rings first and is answered at once (the click was the answer), then the
customer's; the customer's voice (1000 Hz) reaches the agent's speaker; the customer
hangs up; the agent saves the campaign's result, which the server keeps."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest

from server_stub.media import wire as c
from tests.desktop import test_real_call as _real_call
from tests.desktop.conftest import run, run_until
from tests.desktop.test_real_call import _record_speaker, _wait
from tests.e2e.conftest import Phones, Product
from tests.softphone import pulse
from tests.support.loop_thread import LoopThread
from tests.support.tones import detect_tone, make_tone_wav

pytestmark = [pytest.mark.e2e, pytest.mark.sip_audio, pytest.mark.ui, pytest.mark.slow]

real_desktop = _real_call.real_desktop  # the desktop with the real pjsua2 phone (fixture)
customers = _real_call.customers  # customer phones on their own loop (fixture)

CUSTOMER_HZ = 1000.0
ALL_DAY = {day: [["00:00", "24:00"]] for day in ("mon", "tue", "wed", "thu", "fri", "sat", "sun")}


@pytest.mark.queue_settings(ring_timeout=60, wrap_up_seconds=300)
def test_preview_dial_from_the_card_connects_the_customer_with_audio(
    loop: Any,
    real_desktop: Any,
    product: Product,
    rig: pulse.PulseRig,
    customers: tuple[LoopThread, Phones],
    tmp_path: Path,
) -> None:
    desktop, window = real_desktop, real_desktop.window
    thread, phones = customers
    lead = product.login("9001")["token"]
    r = product.api(
        "POST",
        "/campaigns",
        lead,
        json={
            "name": "回访",
            "mode": "preview",
            "queue": "sales",
            "caller_id": "4008001000",
            "hours": ALL_DAY,
            "dispositions": ["sale", "no interest"],
            "script": "您好，{name}",
        },
    )
    assert r.status_code == 201, r.text
    campaign_id = r.json()["id"]
    rows = "电话,姓名\n13800138000,张伟\n".encode()
    r = product.api(
        "POST", f"/campaigns/{campaign_id}/contacts", lead, files={"file": ("l.csv", rows)}
    )
    assert r.status_code == 201, r.text
    assert product.api("POST", f"/campaigns/{campaign_id}/start", lead).status_code == 200
    gateway = _wait(loop, thread.submit(phones.gateway()), "a phone on the trunk")

    ui = window.sign_in.ui
    ui.serverEdit.setText(product.base)
    ui.agentEdit.setText("1002")
    ui.passwordEdit.setText("demo")
    ui.signInButton.click()
    run_until(loop, lambda: desktop.session.connected, what="signed in")
    run_until(
        loop,
        lambda: desktop.softphone.registration.value == "registered",
        what="softphone registered with the edge",
    )
    host = desktop.campaigns
    bar, panel, agent = host.bar, host.panel, host.agent
    run_until(loop, lambda: bar.combo.count() == 1, what="campaign bar")
    bar.join_button.click()
    run_until(loop, lambda: agent.preview is not None, what="preview card")
    assert panel.script_view.toPlainText() == "您好，张伟"
    panel.dial_button.click()
    # my phone first, answered at once; then the customer's phone on the trunk rings
    try:
        arrived = _wait(
            loop,
            thread.submit(phones.events.wait(c.CallArrived, timeout=20, dnis="13800138000")),
            "the customer's phone rings",
            timeout=25,
        )
    except Exception as exc:
        log = (tmp_path / "server.log").read_text(errors="replace")[-6000:]
        raise AssertionError(
            f"{exc}; phase {desktop.calls.phase}; panel {panel.message_label.text()!r}; "
            f"phone {[(x.call_id, x.state) for x in desktop.softphone.calls()]}\n{log}"
        ) from None
    assert arrived.ani == "4008001000"  # the campaign's caller ID
    call_id = desktop.calls.call_id
    assert call_id and agent.pending is not None
    tone = make_tone_wav(tmp_path / "customer.wav", CUSTOMER_HZ, 2.0)
    _wait(loop, thread.submit(gateway.command(c.Answer(leg=arrived.leg))), "customer answers")
    _wait(
        loop,
        thread.submit(gateway.command(c.Play(leg=arrived.leg, file=str(tone), loop=True))),
        "customer speaks",
    )
    run_until(loop, lambda: desktop.calls.phase == "on_call", what="on call")
    run(loop, asyncio.sleep(1.0))  # jitter buffers and PulseAudio settle
    speaker = _record_speaker(loop, rig, 2.0)
    heard = detect_tone(speaker, pulse.RATE, CUSTOMER_HZ)
    assert heard.share >= 0.8, f"customer's tone at the agent's speaker: {heard}"
    _wait(loop, thread.submit(gateway.command(c.Hangup(leg=arrived.leg))), "customer hangs up")
    run_until(loop, lambda: desktop.calls.phase == "wrap_up", what="wrap-up")
    panel.result_combo.setCurrentText("sale")
    panel.save_button.click()
    run_until(loop, lambda: agent.pending is None, what="result saved")
    text = product.api(
        "GET", f"/campaigns/{campaign_id}/results", lead, params={"format": "csv"}
    ).text
    line = next(x for x in text.splitlines() if "13800138000" in x)
    assert "sale" in line
    record = product.api("GET", f"/calls/{call_id}", lead).json()
    assert record["direction"] == "outbound" and record["answered_at"] is not None
