"""Issue 11, item 5 (and the "Phone: not registered 200 OK" of item 14): on a shared PC
nothing of the previous user survives sign-out. 1002 types a number, ends a call without
saving the wrap-up and mutes; a lead monitors a call; the next user signs in to empty
fields, no wrap-up form, no monitoring banner, the microphone on and a fresh KB panel."""

from __future__ import annotations

from typing import Any

import pytest

from tests.desktop.conftest import LiveServer, run_until, sign_in
from tests.desktop.test_state_and_call import _dispose, _offer, _ready

pytestmark = pytest.mark.ui


def _sign_out(loop: Any, desktop: Any) -> None:
    window = desktop.window
    window.sign_out_action.trigger()
    run_until(loop, lambda: window.pages.currentWidget() is window.sign_in, what="signed out")


def test_the_next_user_sees_nothing_of_the_previous_one(
    loop: Any, desktop: Any, live_server: LiveServer
) -> None:
    window, panel = desktop.window, desktop.window.softphone
    sign_in(loop, desktop, live_server, agent_id="1002")
    _ready(loop, desktop)
    call_id = _offer(loop, desktop, live_server, "13800138000")
    panel.answer_button.click()
    acd = live_server.services.acd  # type: ignore[union-attr]
    live_server.call(acd.agent_answered(call_id, "1002"))
    run_until(loop, lambda: desktop.calls.phase == "on_call", what="on call")
    panel.mute_button.click()
    assert desktop.softphone.muted
    live_server.call(acd.caller_hung_up(call_id))
    run_until(loop, lambda: window.wrap_up_panel.isVisible(), what="wrap-up form")
    panel.dial_edit.setText("13912345678")
    panel.transfer_target.setEditText("support")
    kb_before = desktop.knowledge.panel
    _dispose(loop, desktop, live_server, call_id)
    desktop.state.finish_wrap_up()
    run_until(loop, lambda: desktop.state.status == "ready", what="ready")
    _sign_out(loop, desktop)
    assert window.registration_label.text() == "Phone: not registered"  # no "200 OK"

    sign_in(loop, desktop, live_server, agent_id="9001")
    assert panel.dial_edit.text() == "" and panel.transfer_target.currentText() == ""
    assert not window.wrap_up_panel.isVisible() and desktop.wrap_up.call_id == ""
    assert window.pop.stack.currentIndex() == 0
    assert panel.title.text() == "No call" and panel.number_label.text() == "—"
    assert not desktop.softphone.muted and not panel.mute_button.isChecked()
    assert desktop.knowledge.panel is not kb_before  # the last user's searches went with it
    assert window.state_bar.agent_label.text().endswith("9001")

    # the lead monitors a call, then signs out; the admin sees no monitoring banner
    leg = desktop.softphone.simulate_incoming_call(headers={"X-Monitor": "call-42"})
    desktop.calls.set_monitor_mode("call-42", "listen")
    run_until(loop, lambda: window.monitor_label.isVisible(), what="monitoring banner")
    _sign_out(loop, desktop)
    assert leg not in [c.call_id for c in desktop.softphone.calls()]  # the leg hung up
    sign_in(loop, desktop, live_server, agent_id="9000")
    assert not window.monitor_label.isVisible()
    assert desktop.calls.monitor_target == "" and desktop.calls.monitor_mode == ""


def test_an_unsaved_wrap_up_form_leaves_with_its_agent(
    loop: Any, desktop: Any, live_server: LiveServer
) -> None:
    """The form still open (no disposition saved) when 1002 signs out is not the lead's."""
    window = desktop.window
    sign_in(loop, desktop, live_server, agent_id="1002")
    _ready(loop, desktop)
    call_id = _offer(loop, desktop, live_server, "13800138000")
    window.softphone.answer_button.click()
    acd = live_server.services.acd  # type: ignore[union-attr]
    live_server.call(acd.agent_answered(call_id, "1002"))
    run_until(loop, lambda: desktop.calls.phase == "on_call", what="on call")
    live_server.call(acd.caller_hung_up(call_id))
    run_until(loop, lambda: window.wrap_up_panel.isVisible(), what="wrap-up form")
    window.wrap_up_panel.ui.noteEdit.setPlainText("1002's private note")
    _sign_out(loop, desktop)

    sign_in(loop, desktop, live_server, agent_id="9001")
    assert desktop.wrap_up.call_id == ""
    assert not window.wrap_up_panel.isVisible()
    assert window.softphone.title.text() == "No call"
