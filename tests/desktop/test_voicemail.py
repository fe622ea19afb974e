"""Issue 14 on the desktop: the Voicemail tab against the real coordinator over HTTP and
WebSocket (the media layer faked: messages are stored as the telephony stores them;
tests/desktop/test_voicemail_real_sip.py has a caller leaving one over real SIP). The
notice at sign-in ("2 new voicemails") and live, the count on the tab, Play, Mark handled,
Call back (my outbound call), a lead's Callbacks list; en + zh_CN at 1366×768."""

from __future__ import annotations

import asyncio
import os
import time
import wave
from pathlib import Path
from typing import Any

import pytest

from agent_desktop.presenters.call import DIALLING
from server_stub.store import flows as flow_store
from tests.desktop.conftest import LiveServer, run_until, sign_in

pytestmark = pytest.mark.ui

SHOTS = Path(os.environ.get("VOICEMAIL_SCREENSHOTS", "/tmp/v14d"))


def _leave(server: LiveServer, vm_id: str, box: str, ani: str, notify: bool = True) -> None:
    path = server.data_dir / f"{vm_id}.wav"
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(8000)
        w.writeframes(b"\0\0" * 16000)
    row = {
        "id": vm_id,
        "call_id": vm_id.removeprefix("vm-"),
        "box": box,
        "ani": ani,
        "path": str(path),
        "seconds": 2.0,
        "created_at": time.time(),
    }
    services = server.services
    assert services is not None
    services.runner.run_sync(lambda s: flow_store.add_voicemail(s, row))
    if notify:
        server.call(services.voicemails.left({**row, "status": "new"}))


def _rows(page: Any) -> list[list[str]]:
    table = page.table
    return [[table.item(r, c).text() for c in range(5)] for r in range(table.rowCount())]


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_agent_is_told_lists_plays_marks_handled_and_calls_back(
    loop: Any, desktop: Any, live_server: LiveServer, language: str
) -> None:
    window = desktop.window
    window.resize(1366, 768)
    zh = language == "zh_CN"
    window.language_actions[language].trigger()
    _leave(live_server, "vm-a", "support", "13800138001", notify=False)
    _leave(live_server, "vm-b", "1004", "13800138002", notify=False)
    _leave(live_server, "vm-c", "1003", "13800138003", notify=False)  # not mine
    sign_in(loop, desktop, live_server, agent_id="1004")
    host = desktop.voicemail
    page = host.page
    tabs = window.work_tabs
    run_until(loop, lambda: host.notices, what="the sign-in notice")
    assert host.notices == ["2 条新留言" if zh else "2 new voicemails"]
    assert tabs.tabText(tabs.indexOf(page)) == ("留言 (2)" if zh else "Voicemail (2)")
    assert desktop.integration.tray.messages[-1][1].startswith(host.notices[0])

    # Live: a caller leaves one in my queue's box while I am signed in.
    _leave(live_server, "vm-d", "support", "13900139000")
    run_until(loop, lambda: len(host.notices) == 2, what="the live notice")
    assert host.notices[1] == ("1 条新留言" if zh else "1 new voicemail")
    assert tabs.tabText(tabs.indexOf(page)) == ("留言 (3)" if zh else "Voicemail (3)")
    rows = _rows(page)
    assert [r[0] for r in rows] == ["13900139000", "13800138002", "13800138001"]
    assert rows[1][1] == ("座席 1004" if zh else "Agent 1004")
    assert rows[0][3] == "0:02" and rows[0][4] == ("新" if zh else "New")

    # Keyboard: Ctrl+Shift+V opens the tab on the list; Enter plays the selected message.
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    QTest.keySequence(window, "Ctrl+Shift+V")
    assert tabs.currentWidget() is page and page.table.hasFocus()
    assert page.selected_id() == "vm-d"
    QTest.keyClick(page.table, Qt.Key.Key_Return)
    run_until(loop, lambda: page.player.play_button.isEnabled(), what="audio loaded")
    assert "13900139000" in page.player.title_label.text()
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert window.grab().save(str(SHOTS / f"voicemail_agent_{language}.png"))
    assert window.width() <= 1366 and window.height() <= 768

    # Mark handled (Ctrl+M): the server records who; the list (New) drops it; the badge too.
    QTest.keySequence(page.table, "Ctrl+M")
    run_until(
        loop,
        lambda: live_server.get("/voicemails/vm-d", "1004")["status"] == "handled",
        what="handled on the server",
    )
    assert live_server.get("/voicemails/vm-d", "1004")["handled_by"] == "1004"
    run_until(loop, lambda: len(_rows(page)) == 2, what="the handled one leaves the New list")
    assert tabs.tabText(tabs.indexOf(page)) == ("留言 (2)" if zh else "Voicemail (2)")

    # Call back: my outbound call to the caller, shown as my own dial.
    page.select("vm-b")
    QTest.keySequence(page.table, "Ctrl+Return")
    run_until(loop, lambda: live_server.control.dials, what="the call back dialled")
    assert live_server.control.dials[0][1:3] == ("1004", "13800138002")
    run_until(loop, lambda: desktop.calls.phase == DIALLING, what="the call in hand")
    assert desktop.calls.pop is not None and desktop.calls.pop.call.dnis == "13800138002"
    assert live_server.get("/voicemails/vm-b", "1004")["callback_call_id"]


def test_lead_sees_callbacks_with_attempts(
    loop: Any, desktop: Any, live_server: LiveServer
) -> None:
    services = live_server.services
    assert services is not None

    def add(s: Any) -> None:
        flow_store.add_callback(s, "c1", "support", "13800000001", time.time())
        cb = flow_store.add_queued_callback(
            s, "c2", "sales", "13800000002", None, time.time(), 0, time.time()
        )
        flow_store.callback_progress(
            s, cb, time.time(), status="failed", attempts=3, outcome="busy"
        )

    services.runner.run_sync(add)
    window = desktop.window
    window.resize(1366, 768)
    sign_in(loop, desktop, live_server, agent_id="9001")
    page = desktop.voicemail.page
    assert page.callbacks_box.isVisibleTo(page)
    run_until(loop, lambda: page.callbacks_table.rowCount() == 2, what="callbacks loaded")
    table = page.callbacks_table
    rows = {table.item(r, 0).text(): [table.item(r, c).text() for c in range(7)] for r in range(2)}
    assert rows["13800000002"][3:6] == ["Failed", "3", "Busy"]
    assert rows["13800000001"][3] == "Recorded"
    page.callbacks_combo.setCurrentIndex(page.callbacks_combo.findData("failed"))
    assert table.rowCount() == 1
    window.work_tabs.setCurrentWidget(page)
    loop.run_until_complete(asyncio.sleep(0.1))
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert window.grab().save(str(SHOTS / "voicemail_lead_en.png"))
