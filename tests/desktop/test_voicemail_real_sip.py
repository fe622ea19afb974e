"""Issue 14 with real SIP and audio: the product (coordinator, Kamailio edge, media workers)
as a process; a caller (a media worker) dials a number whose flow sends it to the support
queue's mailbox, speaks (a 1000 Hz tone) and hangs up. The agent's desktop (signed in as
1004, a support agent) is told at once ("1 new voicemail"), lists the message, plays it
(the audio it fetched holds the caller's tone) and marks it handled, which the server
keeps with who did it. A sales-only agent's API sees nothing of it."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from server_stub.media import wire as c
from tests.desktop import test_real_call as _real_call
from tests.desktop.conftest import run, run_until
from tests.desktop.test_real_call import _wait
from tests.e2e.conftest import Phones, Product
from tests.support.loop_thread import LoopThread
from tests.support.tones import make_tone_wav, wav_has_tone

pytestmark = [pytest.mark.e2e, pytest.mark.sip_audio, pytest.mark.ui, pytest.mark.slow]

customers = _real_call.customers  # customer phones on their own loop (fixture)

CALLER_HZ = 1000.0
VM_FLOW = {
    "start": "vm",
    "nodes": {"vm": {"type": "voicemail", "box": "support", "max_seconds": 20}},
}


def test_caller_leaves_voicemail_agent_is_told_plays_and_marks_it_handled(
    loop: Any,
    desktop: Any,
    product: Product,
    customers: tuple[LoopThread, Phones],
    tmp_path: Path,
) -> None:
    thread, phones = customers
    admin = product.login("9000")["token"]
    r = product.api("POST", "/admin/flows", admin, json={"id": "vmonly", "document": VM_FLOW})
    assert r.status_code == 201, r.text
    assert product.api("POST", "/admin/flows/vmonly/publish", admin).status_code == 200
    r = product.api("POST", "/admin/dids", admin, json={"number": "4008009100", "ivr": "vmonly"})
    assert r.status_code == 201, r.text

    window = desktop.window
    window.resize(1366, 768)
    ui = window.sign_in.ui
    ui.serverEdit.setText(product.base)
    ui.agentEdit.setText("1004")
    ui.passwordEdit.setText("demo")
    ui.signInButton.click()
    run_until(loop, lambda: desktop.session.connected, what="signed in")
    host = desktop.voicemail
    run_until(loop, lambda: host.presenter is not None and host.page is not None, what="tab")
    page = host.page
    assert host.notices == []  # nothing waiting at sign-in

    # The caller: through the edge into the flow, speaks, hangs up.
    tone = make_tone_wav(tmp_path / "caller.wav", CALLER_HZ, 2.0)
    customer, leg = _wait(loop, thread.submit(phones.call("4008009100", "13912345678")), "dial")
    answered = thread.submit(phones.events.wait(c.LegAnswered, timeout=10, leg=leg))
    _wait(loop, answered, "the flow answers")
    run(loop, asyncio.sleep(0.5))  # the greeting
    _wait(loop, thread.submit(customer.command(c.Play(leg=leg, file=str(tone), loop=True))), "p")
    run(loop, asyncio.sleep(3.0))  # the caller speaks, the desktop keeps running
    _wait(loop, thread.submit(customer.command(c.Hangup(leg=leg))), "hang up")

    # Live: the desktop is told, the list has it, the tab counts it.
    run_until(loop, lambda: host.notices == ["1 new voicemail"], timeout=20, what="notice")
    tabs = window.work_tabs
    assert tabs.tabText(tabs.indexOf(page)) == "Voicemail (1)"
    [message] = host.presenter.messages
    assert message.box == "support" and message.ani == "13912345678"
    assert message.seconds >= 2
    assert page.table.item(0, 0).text() == "13912345678"

    # Play: Enter on the row fetches the audio; it holds the caller's tone.
    QTest.keySequence(window, "Ctrl+Shift+V")
    QTest.keyClick(page.table, Qt.Key.Key_Return)
    run_until(loop, lambda: page.player.play_button.isEnabled(), what="audio fetched")
    played = Path(page.player.player.source().toLocalFile())
    wav_has_tone(played, CALLER_HZ, min_share=0.5, threshold=0.3)

    # Mark handled: the server keeps who and when; the badge goes.
    QTest.keySequence(page.table, "Ctrl+M")
    agent = product.login("1004")["token"]

    def handled() -> bool:
        got = product.api("GET", f"/voicemails/{message.id}", agent).json()
        return bool(got["status"] == "handled" and got["handled_by"] == "1004")

    run_until(loop, handled, what="handled on the server")
    run_until(loop, lambda: tabs.tabText(tabs.indexOf(page)) == "Voicemail", what="no badge")
    sales_only = product.login("1002")["token"]
    assert product.api("GET", "/voicemails", sales_only).json() == []
    assert product.api("GET", f"/voicemails/{message.id}", sales_only).status_code == 404
