"""Issue 11, items 2 and 3: the call card follows every way a call can end for this agent,
through the real coordinator. An offer that rings out or that the caller hangs up on
closes the card (Answer / Hang up off, Dial works); a blind transfer ends the agent's
part: the panel leaves "On call", the wrap-up form appears and its disposition is stored
even after another agent answered the caller."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest

from server_stub import demo
from server_stub.domain.routing_types import OfferOutcome
from tests.desktop.conftest import LiveServer, run_until, sign_in
from tests.desktop.test_state_and_call import _offer, _ready

pytestmark = pytest.mark.ui


def _assert_card_closed(desktop: Any) -> None:
    panel = desktop.window.softphone
    assert desktop.calls.phase == "idle"
    assert panel.title.text() == "No call"
    assert panel.number_label.text() == "—"
    assert not panel.answer_button.isEnabled()
    assert not panel.hang_up_button.isEnabled()
    assert not panel.hold_button.isEnabled() and not panel.transfer_button.isEnabled()
    assert panel.dial_button.isEnabled()
    assert desktop.window.pop.stack.currentIndex() == 0  # the pop shows no caller


@pytest.mark.parametrize("how", ["rang_out", "caller_hung_up"])
def test_an_offer_that_ends_unanswered_closes_the_call_card(
    loop: Any, desktop: Any, live_server: LiveServer, how: str
) -> None:
    sign_in(loop, desktop, live_server)
    _ready(loop, desktop)
    call_id = _offer(loop, desktop, live_server, "13800138000")
    assert desktop.window.softphone.title.text() == "Incoming call"
    acd = live_server.services.acd  # type: ignore[union-attr]
    if how == "rang_out":  # the media worker reports the ring timed out at the phone
        live_server.call(acd.agent_failed(call_id, "1002", OfferOutcome.NO_ANSWER))
        expected_badge = "Not ready · Missed a call"
    else:
        live_server.call(acd.caller_hung_up(call_id))
        expected_badge = "Ready"
    run_until(
        loop, lambda: desktop.window.state_bar.badge.text() == expected_badge, what=expected_badge
    )
    run_until(loop, lambda: desktop.calls.phase == "idle", what="the card closes")
    _assert_card_closed(desktop)
    messages: list[str] = []
    desktop.calls.message.connect(messages.append)
    desktop.window.softphone.dial_edit.setText("13900139000")
    desktop.window.softphone.dial_button.click()
    run_until(loop, lambda: live_server.control.dials, what="the dial request")
    assert "Finish the current call before dialling." not in messages
    assert live_server.control.dials[-1][1:] == ("1002", "13900139000")


def test_blind_transfer_ends_the_call_on_the_panel_and_asks_for_a_disposition(
    loop: Any, desktop: Any, live_server: LiveServer
) -> None:
    sign_in(loop, desktop, live_server)
    _ready(loop, desktop)
    call_id = _offer(loop, desktop, live_server, "13800138000")
    panel = desktop.window.softphone
    panel.answer_button.click()
    acd = live_server.services.acd  # type: ignore[union-attr]
    live_server.call(acd.agent_answered(call_id, "1002"))
    run_until(loop, lambda: desktop.calls.phase == "on_call", what="on call")

    panel.transfer_kind.setCurrentIndex(panel.transfer_kind.findData("queue"))
    panel.transfer_target.setEditText("support")
    panel.transfer_button.click()
    run_until(loop, lambda: desktop.state.status == "wrap_up", what="wrap-up state")
    run_until(loop, lambda: desktop.calls.phase == "wrap_up", what="the panel leaves On call")
    assert panel.title.text() == "Call ended"
    assert desktop.window.pop.heading.text() == "Last call"  # the pop no longer says "Incoming"
    run_until(loop, lambda: panel.transfer_target.currentText() == "", what="target cleared")
    for button in (
        panel.hang_up_button,
        panel.hold_button,
        panel.mute_button,
        panel.transfer_button,
        panel.answer_button,
    ):
        assert not button.isEnabled(), button.text()
    shown = panel.timer_label.text()
    wrap = desktop.window.wrap_up_panel
    assert wrap.isVisible()
    assert desktop.wrap_up.call_id == call_id

    # another agent answers the caller in support before this agent saves the wrap-up
    other = httpx.post(
        live_server.url + "/api/v1/auth/login",
        json={"agent_id": "1004", "password": demo.DEMO_PASSWORD},
    ).json()
    httpx.post(
        live_server.url + "/api/v1/agents/me/state",
        json={"state": "ready"},
        headers={"Authorization": f"Bearer {other['token']}"},
    ).raise_for_status()
    run_until(
        loop,
        lambda: live_server.get(f"/calls/{call_id}")["agent_id"] == "1004",
        what="offered to 1004",
    )
    live_server.call(acd.agent_answered(call_id, "1004"))
    assert panel.timer_label.text() == shown  # the timer stopped with the agent's part

    combo = wrap.ui.dispositionCombo
    combo.setCurrentIndex(combo.findData("follow_up"))
    wrap.ui.noteEdit.setPlainText("transferred to support")
    wrap.ui.saveButton.click()
    run_until(
        loop,
        lambda: live_server.get(f"/calls/{call_id}")["disposition"] == "follow_up",
        what="the disposition on the server",
    )
    run_until(loop, lambda: desktop.wrap_up.pending == 0, what="the outbox emptied")


def test_a_dial_placed_for_me_that_fails_at_once_does_not_leave_the_card_calling(
    loop: Any, desktop: Any, live_server: LiveServer
) -> None:
    """Seen under Xvfb: a campaign's preview Dial with no trunk. The server's call_updated
    (my call, dialling) and call_ended come back to back; the desktop showed "Calling…"
    for a call that was gone, for good."""
    from agent_desktop.protocol import CallRecord
    from agent_desktop.protocol.events import CallEnded

    sign_in(loop, desktop, live_server)
    calls = desktop.calls
    placed = CallRecord(
        id="c-gone",
        direction="outbound",
        state="ringing",
        dnis="13800138001",
        agent_id="1002",
        started_at=1.0,
    )
    ended = CallEnded.model_validate(
        {**placed.model_dump(), "state": "ended", "ended_at": 1.2, "end_cause": "dial_failed"}
    )
    calls.adopt_outbound(placed, "13800138001")  # the campaign's handler of call_updated
    desktop.session.call_ended.emit(ended)  # the next event on the stream
    loop.run_until_complete(asyncio.sleep(0.3))  # whatever the adoption left to run
    assert calls.phase == "idle" and calls.call_id is None
    _assert_card_closed(desktop)
    # and the other order: the end came first, the adoption after it
    later = CallRecord(**{**placed.model_dump(), "id": "c-gone-2"})
    desktop.session.call_ended.emit(
        CallEnded.model_validate({**ended.model_dump(), "id": "c-gone-2"})
    )
    calls.adopt_outbound(later, "13800138001")
    loop.run_until_complete(asyncio.sleep(0.3))
    assert calls.phase == "idle"
    _assert_card_closed(desktop)


def test_hang_up_while_dialling_ends_the_call_at_the_server_or_closes_a_stale_card(
    loop: Any, desktop: Any, live_server: LiveServer
) -> None:
    """Hang up before my phone rang for a dial: the softphone has no call to end, so the
    server is asked; a call it no longer knows closes the card (it said "no call")."""
    from agent_desktop.protocol import CallRecord

    sign_in(loop, desktop, live_server)
    calls = desktop.calls
    stale = CallRecord(
        id="c-unknown", direction="outbound", state="ringing", dnis="13800138001",
        agent_id="1002", started_at=1.0,
    )  # fmt: skip
    calls.adopt_outbound(stale, "13800138001")
    assert calls.phase == "dialling"
    desktop.window.softphone.hang_up_button.click()
    run_until(loop, lambda: calls.phase == "idle", what="the stale card closes")
    _assert_card_closed(desktop)
