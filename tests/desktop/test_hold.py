"""Hold through the server (`POST /calls/{id}/hold`): the button and F7 put the caller on
hold and back; the desktop follows `agent_state_changed.on_hold` whoever changed it."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.desktop.conftest import LiveServer, run_until, sign_in
from tests.desktop.test_state_and_call import _offer, _ready

pytestmark = pytest.mark.ui


def _on_call(loop: Any, desktop: Any, server: LiveServer) -> str:
    sign_in(loop, desktop, server)
    _ready(loop, desktop)
    call_id = _offer(loop, desktop, server, "13800138000")
    desktop.window.softphone.answer_button.click()
    server.call(server.services.acd.agent_answered(call_id, "1002"))  # type: ignore[union-attr]
    run_until(loop, lambda: desktop.calls.phase == "on_call", what="on call")
    return call_id


def test_hold_button_and_f7_hold_and_resume_on_the_server(
    loop: Any, desktop: Any, live_server: LiveServer
) -> None:
    call_id = _on_call(loop, desktop, live_server)
    panel = desktop.window.softphone
    assert panel.hold_button.isEnabled() and not panel.hold_button.isChecked()
    panel.hold_button.click()
    run_until(loop, lambda: desktop.calls.on_hold, what="on hold")
    assert live_server.control.holds == [(call_id, True)]
    assert panel.hold_button.isChecked() and panel.title.text() == "On hold"
    assert desktop.state.state.on_hold  # the server's agent state says so too

    QTest.keyClick(desktop.window, Qt.Key.Key_F7)
    run_until(loop, lambda: not desktop.calls.on_hold, what="resumed")
    assert live_server.control.holds == [(call_id, True), (call_id, False)]
    assert not panel.hold_button.isChecked() and panel.title.text() == "On call"


def test_hold_changed_elsewhere_is_followed(
    loop: Any, desktop: Any, live_server: LiveServer
) -> None:
    call_id = _on_call(loop, desktop, live_server)
    acd = live_server.services.acd  # type: ignore[union-attr]
    live_server.call(acd.set_hold(call_id, True))  # e.g. by the system, not this desktop
    run_until(
        loop,
        lambda: desktop.window.softphone.hold_button.isChecked(),
        what="hold shown from the event",
    )
    live_server.call(acd.set_hold(call_id, False))
    run_until(
        loop,
        lambda: not desktop.window.softphone.hold_button.isChecked(),
        what="resume shown from the event",
    )


def test_hold_refused_by_the_server_is_reported(
    loop: Any, desktop: Any, live_server: LiveServer
) -> None:
    call_id = _on_call(loop, desktop, live_server)
    acd = live_server.services.acd  # type: ignore[union-attr]
    live_server.call(acd.caller_hung_up(call_id))  # the call ends as the agent presses Hold
    messages: list[str] = []
    desktop.calls.message.connect(messages.append)
    desktop.calls.call_id = call_id
    desktop.calls.phase = "on_call"
    desktop.calls.toggle_hold()
    run_until(loop, lambda: messages, what="an error message")
    assert messages[0].startswith("Hold failed: ")
    assert not desktop.calls.on_hold


def test_hold_becomes_resume_with_a_hold_timer_and_badge(
    loop: Any, desktop: Any, live_server: LiveServer
) -> None:
    """Issue 11, item 17: what the agent sees while the caller waits on hold."""
    call_id = _on_call(loop, desktop, live_server)
    panel, bar = desktop.window.softphone, desktop.window.state_bar
    assert panel.hold_button.text() == "Hold (F7)" and not panel.hold_label.isVisible()
    panel.hold_button.click()
    run_until(loop, lambda: bar.badge.text() == "On hold", what="the badge says On hold")
    assert panel.hold_button.text() == "Resume (F7)"
    assert panel.hold_label.isVisible() and panel.hold_label.text().startswith("On hold 0:0")
    assert desktop.calls.hold_started_at is not None
    panel.hold_button.click()  # Resume
    run_until(loop, lambda: bar.badge.text() == "On call", what="the badge says On call")
    assert live_server.control.holds == [(call_id, True), (call_id, False)]
    assert panel.hold_button.text() == "Hold (F7)" and not panel.hold_label.isVisible()
    assert desktop.calls.hold_seconds() == 0.0


def test_mute_is_plain_to_see_and_ends_with_the_call(
    loop: Any, desktop: Any, live_server: LiveServer
) -> None:
    """Issue 11, item 17: Mute turns into Unmute with a notice; the next call is not muted."""
    call_id = _on_call(loop, desktop, live_server)
    panel = desktop.window.softphone
    assert not panel.muted_label.isVisible()
    panel.mute_button.click()
    assert desktop.softphone.muted
    assert panel.mute_button.text() == "Unmute (F9)" and panel.mute_button.isChecked()
    assert panel.muted_label.isVisible()
    assert "cannot hear you" in panel.muted_label.text()
    live_server.call(live_server.services.acd.caller_hung_up(call_id))  # type: ignore[union-attr]
    run_until(loop, lambda: desktop.calls.phase == "wrap_up", what="wrap-up")
    assert not desktop.softphone.muted
    assert panel.mute_button.text() == "Mute (F9)" and not panel.muted_label.isVisible()


def test_closed_knowledge_base_reopens_from_the_view_menu(
    loop: Any, desktop: Any, live_server: LiveServer
) -> None:
    """Issue 11, item 10: View → Knowledge base (Ctrl+K) brings the closed dock back."""
    window = desktop.window
    assert not window.knowledge_action.isEnabled()  # nothing to show before sign-in
    sign_in(loop, desktop, live_server)
    assert window.side_dock.isVisible()
    assert window.knowledge_action in window.view_menu.actions()
    assert window.knowledge_action.text() == "&Knowledge base"
    window.side_dock.close()
    assert not window.side_dock.isVisible() and not window.knowledge_action.isChecked()
    window.knowledge_action.trigger()
    assert window.side_dock.isVisible()
    window.side_dock.close()
    window.activateWindow()
    QTest.qWaitForWindowActive(window, 2000)
    QTest.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window.side_dock.isVisible()
