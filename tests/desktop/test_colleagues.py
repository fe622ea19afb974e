"""Issue 15 on the desktop: the Colleagues tab (presence directory outside a call): who is
signed in and their state, a filter, an internal call with Enter, the pickup of a
colleague's ringing call with Ctrl+Shift+P; en + zh_CN at 1366×768; against the real
coordinator over HTTP/WebSocket (the media layer faked: these test the desktop's part;
tests/desktop/test_real_call_control.py has the real-audio runs)."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path
from typing import Any

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from server_stub import demo
from tests.desktop.conftest import LiveServer, run_until, sign_in

pytestmark = pytest.mark.ui

SHOTS = Path(os.environ.get("COLLEAGUES_SCREENSHOTS", "/tmp/c15b"))


def _post(server: LiveServer, path: str, agent_id: str, body: dict[str, Any]) -> httpx.Response:
    with httpx.Client(base_url=server.url + "/api/v1") as client:
        token = client.post(
            "/auth/login", json={"agent_id": agent_id, "password": demo.DEMO_PASSWORD}
        ).json()["token"]
        return client.post(path, json=body, headers={"Authorization": f"Bearer {token}"})


def _rows(page: Any) -> dict[str, list[str]]:
    table = page.table
    return {
        table.item(r, 0).text(): [table.item(r, c).text() for c in range(1, 4)]
        for r in range(table.rowCount())
        if not table.isRowHidden(r)
    }


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_directory_shows_colleagues_and_ctrl_shift_p_picks_up_a_ringing_call(
    loop: Any, desktop: Any, live_server: LiveServer, language: str
) -> None:
    window = desktop.window
    window.resize(1366, 768)
    sign_in(loop, desktop, live_server, agent_id="1001")  # sales; not ready after sign-in
    assert _post(live_server, "/agents/me/state", "1002", {"state": "ready"}).status_code == 200
    r = _post(live_server, "/agents/me/state", "1004", {"state": "not_ready", "reason": "lunch"})
    assert r.status_code == 200
    acd = live_server.services.acd  # type: ignore[union-attr]
    call = live_server.call(acd.call_arrived("13800138000", "4008001000"))
    live_server.call(acd.enqueue(call.id, "sales", ivr_path=["1"]))
    assert acd.live(call.id).agent_id == "1002"  # ringing my colleague
    window.language_actions[language].trigger()
    loop.run_until_complete(asyncio.sleep(0.1))
    zh = language == "zh_CN"

    colleagues = desktop.colleagues
    page = colleagues.page
    assert window.work_tabs.indexOf(page) == 1  # next to Calls
    QTest.keySequence(window, "Ctrl+Shift+D")
    assert window.work_tabs.currentWidget() is page
    run_until(loop, lambda: "1002" in _rows(page), what="directory loaded")
    assert page.filter_edit.hasFocus()
    rows = _rows(page)
    assert set(rows) == {"1002", "1004"}  # not me, not the signed-out
    assert rows["1002"][1] == ("振铃中" if zh else "Ringing")
    assert "13800138000" in rows["1002"][2]
    assert rows["1004"][1] == ("置忙 · 午餐" if zh else "Not ready · Lunch")
    assert page.pickup_button.isEnabled()  # a call of my queue rings a colleague
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert window.grab().save(str(SHOTS / f"colleagues_{language}.png"))
    assert window.height() <= 768 and window.width() <= 1366

    page.filter_edit.setText("午餐" if zh else "lunch")  # by the reason, as shown
    assert set(_rows(page)) == {"1004"}
    page.filter_edit.clear()

    QTest.keySequence(window, "Ctrl+Shift+P")  # pick up: the call rings my phone instead
    run_until(loop, lambda: desktop.calls.phase == "ringing", what="picked-up call rings me")
    assert acd.live(call.id).agent_id == "1001"
    assert live_server.control.rings[-1][1] == "1001"
    assert live_server.control.rings[-1][2]["X-Pickup"] == "1002"
    assert desktop.calls.pop is not None and desktop.calls.pop.ivr_path == ["1"]
    run_until(loop, lambda: "1002" in _rows(page) and _rows(page)["1002"][2] == "", what="reload")
    assert not page.pickup_button.isEnabled()  # nothing left to pick up


def test_enter_in_the_filter_calls_the_colleague_and_the_call_ends_without_wrap_up(
    loop: Any, desktop: Any, live_server: LiveServer
) -> None:
    sign_in(loop, desktop, live_server, agent_id="1002")
    live_server.get("/agents/me", agent_id="1004")  # signs 1004 in (not ready)
    live_server.get("/agents/me", agent_id="1003")
    window = desktop.window
    QTest.keySequence(window, "Ctrl+Shift+D")
    page = desktop.colleagues.page
    run_until(loop, lambda: {"1003", "1004"} <= set(_rows(page)), what="directory loaded")
    QTest.keyClicks(page.filter_edit, "1004")
    assert set(_rows(page)) == {"1004"}
    QTest.keyClick(page.filter_edit, Qt.Key.Key_Return)  # the only match: call it
    run_until(loop, lambda: desktop.calls.phase == "dialling", what="internal call placed")
    call_id = desktop.calls.call_id
    assert (call_id, "1002", "1004") in live_server.control.dials
    record = live_server.get(f"/calls/{call_id}", agent_id="9001")
    assert record["direction"] == "internal" and record["dnis"] == "1004"
    # my phone's leg rings first: Enter was the answer, so the desktop answers it at once
    leg = desktop.softphone.simulate_incoming_call(headers={"X-Call-Id": call_id})
    run_until(loop, lambda: desktop.calls.phase == "on_call", what="my own leg answered")
    assert desktop.calls.sip_call_id == leg
    # Enter on a busy colleague: the server refuses, the desktop says so, nothing changes
    assert _post(live_server, f"/calls/{call_id}/hangup", "1002", {}).status_code == 204
    run_until(loop, lambda: desktop.calls.phase == "idle", what="back to idle, no wrap-up")
    assert not window.wrap_up_panel.isVisible() or not desktop.wrap_up.call_id


def test_calling_a_colleague_on_a_call_says_why_not(
    loop: Any, desktop: Any, live_server: LiveServer
) -> None:
    sign_in(loop, desktop, live_server, agent_id="1002")
    messages: list[str] = []
    desktop.calls.message.connect(messages.append)
    desktop.colleagues.presenter.call("7777")  # no such agent
    run_until(loop, lambda: messages, what="refusal shown")
    assert messages[-1].startswith("Calling 7777 failed: unknown agent 7777")
    assert desktop.calls.phase == "idle"
