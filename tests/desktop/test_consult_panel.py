"""Issue 15 on the desktop: consult from the transfer picker, the second line (who is on
hold, who hears whom), swap / conference / back / transfer buttons and their shortcuts,
in English and Chinese, against the real coordinator (the media layer faked)."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.desktop.conftest import LiveServer, run_until, sign_in
from tests.desktop.test_call_quality import _on_call

pytestmark = pytest.mark.ui

SHOTS = Path(os.environ.get("CONSULT_SCREENSHOTS", "/tmp/c15"))


def _consult(loop: Any, desktop: Any, server: LiveServer) -> str:
    """On a call with 13800138000; 1004 signed in (not ready); consult 1004 with a note."""
    call_id = _on_call(loop, desktop, server)
    server.get("/agents/me", agent_id="1004")  # signs 1004 in
    panel = desktop.window.softphone
    panel.transfer_kind.setCurrentIndex(panel.transfer_kind.findData("agent"))
    panel.transfer_target.setEditText("1004")
    panel.consult_note.setText("refund case")
    assert panel.consult_button.isEnabled() and not panel.consult_box.isVisible()
    panel.consult_button.click()
    run_until(loop, lambda: desktop.calls.consult is not None, what="consult ringing")
    assert server.control.consults == [(call_id, "agent", "1004")]
    assert panel.consult_box.isVisible() and not panel.complete_button.isEnabled()
    assert not panel.transfer_button.isEnabled() and not panel.consult_button.isEnabled()
    return call_id


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_second_line_shows_both_calls_and_the_buttons_follow(
    loop: Any, desktop: Any, live_server: LiveServer, language: str
) -> None:
    window = desktop.window
    window.resize(1366, 768)
    call_id = _consult(loop, desktop, live_server)
    window.language_actions[language].trigger()
    loop.run_until_complete(asyncio.sleep(0.1))
    zh = language == "zh_CN"
    panel = window.softphone
    consults = live_server.services.consults  # type: ignore[union-attr]
    assert panel.line2_label.text().endswith(
        "线路 2 · 1004：振铃中…" if zh else "Line 2 · 1004: ringing…"
    )
    live_server.call(consults.consult_answered(call_id))  # 1004 picked up
    run_until(loop, lambda: desktop.calls.consult.state == "talking", what="talking")
    assert panel.line1_label.text().startswith("   ")  # the caller: on hold, not heard
    assert panel.line2_label.text().startswith("▶ ")  # the agent hears 1004
    assert panel.complete_button.isEnabled() and panel.conference_button.isEnabled()
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert window.grab().save(str(SHOTS / f"consult_talking_{language}.png"))

    QTest.keySequence(window, "Ctrl+Shift+S")  # swap to the caller
    run_until(loop, lambda: desktop.calls.consult.state == "customer", what="swapped")
    assert panel.line1_label.text().startswith("▶ ")
    assert ("保持中" if zh else "on hold") in panel.line2_label.text()

    panel.conference_button.click()
    run_until(loop, lambda: desktop.calls.consult.state == "conference", what="conference")
    assert panel.line1_label.text().startswith("▶ ") and panel.line2_label.text().startswith("▶ ")
    assert not panel.swap_button.isEnabled()
    assert panel.back_button.text().startswith("移出 1004" if zh else "Drop 1004")
    assert window.grab().save(str(SHOTS / f"consult_conference_{language}.png"))
    assert [step for _c, step in live_server.control.consult_steps] == ["swap", "conference"]

    QTest.keySequence(window, "Ctrl+Shift+T")  # complete: the caller goes to 1004
    run_until(loop, lambda: desktop.calls.phase == "wrap_up", what="wrap-up after transfer")
    assert not panel.consult_box.isVisible()
    assert live_server.services.acd.live(call_id).agent_id == "1004"  # type: ignore[union-attr]


def test_consult_rejected_is_told_and_the_second_line_goes(
    loop: Any, desktop: Any, live_server: LiveServer
) -> None:
    call_id = _consult(loop, desktop, live_server)
    messages: list[str] = []
    desktop.calls.message.connect(messages.append)
    consults = live_server.services.consults  # type: ignore[union-attr]
    live_server.call(consults.consult_failed(call_id, "rejected"))
    run_until(loop, lambda: desktop.calls.consult is None, what="consult gone")
    assert not desktop.window.softphone.consult_box.isVisible()
    assert "1004 declined the consult: you are back with the caller." in messages
    assert desktop.window.softphone.consult_button.isEnabled()
    # A second consult, then back to the caller with the keyboard.
    desktop.window.softphone.transfer_target.setEditText("1004")
    QTest.keySequence(desktop.window, "Ctrl+Shift+C")
    run_until(loop, lambda: desktop.calls.consult is not None, what="consult again")
    QTest.keySequence(desktop.window, "Ctrl+Shift+B")
    run_until(loop, lambda: desktop.calls.consult is None, what="back to the caller")
    assert live_server.control.consult_steps[-1] == (call_id, "cancel")
    assert desktop.calls.phase == "on_call" and not desktop.calls.on_hold
    assert desktop.window.softphone.hold_button.text() in ("Hold (F7)",)
    _ = Qt  # keyboard-only use: every step above had a shortcut


def _consulted(loop: Any, desktop: Any, server: LiveServer) -> tuple[str, list[str]]:
    """This desktop is 1004 (support); 1002 (sales) has a call and consults 1004."""
    from server_stub.domain import agent_state as sm

    services = server.services
    assert services is not None
    sign_in(loop, desktop, server, agent_id="1004")
    server.get("/agents/me", agent_id="1002")  # signs 1002 in
    server.call(services.agents.apply("1002", sm.SetReady()))
    call = server.call(services.acd.call_arrived("13800138000", "4008001000"))
    server.call(services.acd.enqueue(call.id, "sales", ivr_path=["1"]))
    server.call(services.acd.agent_answered(call.id, "1002"))
    messages: list[str] = []
    desktop.calls.message.connect(messages.append)
    server.call(services.consults.consult(call.id, "agent", "1004", "1002", "refund case", ""))
    run_until(loop, lambda: desktop.calls.phase == "ringing", what="the consult rings")
    assert messages[-1] == "1002 consults you about this call. Note: refund case"
    assert desktop.calls.pop.caller == "13800138000" and desktop.calls.pop.ivr_path == ["1"]
    desktop.softphone.simulate_incoming_call(headers={"X-Call-Id": call.id, "X-Consult": call.id})
    run_until(
        loop,
        lambda: desktop.window.softphone.answer_button.isEnabled() and desktop.calls.sip_call_id,
        what="answer button",
    )
    desktop.window.softphone.answer_button.click()
    run_until(loop, lambda: desktop.calls.phase == "on_call", what="talking to 1002")
    server.call(services.consults.consult_answered(call.id))
    assert not desktop.window.softphone.consult_button.isEnabled()  # not my call to consult on
    return str(call.id), messages


def test_the_consulted_agent_clears_without_wrap_up_when_the_consult_ends(
    loop: Any, desktop: Any, live_server: LiveServer
) -> None:
    call_id, messages = _consulted(loop, desktop, live_server)
    consults = live_server.services.consults  # type: ignore[union-attr]
    live_server.call(consults.cancel(call_id, "1002"))
    run_until(loop, lambda: desktop.calls.phase == "idle", what="card cleared")
    assert "The consult has ended." in messages
    assert desktop.state.status == "not_ready"  # back where it was, no wrap-up


def test_the_consulted_agent_owns_the_call_after_the_transfer(
    loop: Any, desktop: Any, live_server: LiveServer
) -> None:
    call_id, messages = _consulted(loop, desktop, live_server)
    services = live_server.services
    assert services is not None
    live_server.call(services.consults.complete(call_id, "1002"))
    run_until(loop, lambda: "The call was transferred to you." in messages, what="told")
    assert desktop.calls.phase == "on_call"
    live_server.call(services.acd.caller_hung_up(call_id))
    run_until(loop, lambda: desktop.calls.phase == "wrap_up", what="wrap-up of my call")


def test_an_internal_call_rings_with_the_caller_and_clears_without_wrap_up(
    loop: Any, desktop: Any, live_server: LiveServer
) -> None:
    services = live_server.services
    assert services is not None
    sign_in(loop, desktop, live_server, agent_id="1004")
    live_server.get("/agents/me", agent_id="1002")  # signs 1002 in
    messages: list[str] = []
    desktop.calls.message.connect(messages.append)
    # No SIP side here: the fake media layer refuses nothing, so the call stays "ringing".
    record = live_server.call(services.outbound.dial_internal("1002", "1004"))
    run_until(loop, lambda: desktop.calls.phase == "ringing", what="the internal call rings")
    assert "Internal call from 1002." in messages
    desktop.softphone.simulate_incoming_call(headers={"X-Call-Id": record.id})
    run_until(loop, lambda: desktop.calls.sip_call_id, what="the INVITE")
    desktop.window.softphone.answer_button.click()
    run_until(loop, lambda: desktop.calls.phase == "on_call", what="talking")
    live_server.call(services.acd.agent_hung_up(record.id))
    run_until(loop, lambda: desktop.calls.phase == "idle", what="card cleared")
    assert "The internal call has ended." in messages
    assert desktop.state.status == "not_ready"


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_conference_party_list_shows_who_hears_whom_and_drops_by_keyboard(
    loop: Any, desktop: Any, live_server: LiveServer, language: str
) -> None:
    """A conference of more than three: the second line becomes one row per party (who,
    state, whom it hears) with a Drop button each, reachable by Alt+1..4."""
    window = desktop.window
    window.resize(1366, 768)
    call_id = _consult(loop, desktop, live_server)
    window.language_actions[language].trigger()
    zh = language == "zh_CN"
    panel = window.softphone
    consults = live_server.services.consults  # type: ignore[union-attr]
    live_server.call(consults.consult_answered(call_id))
    run_until(loop, lambda: desktop.calls.consult.state == "talking", what="talking")
    QTest.keySequence(window, "Ctrl+Shift+J")  # 1004 joins: three parties
    run_until(loop, lambda: desktop.calls.consult.state == "conference", what="conference")
    assert not panel.party_box.isVisible() and panel.line2_label.isVisible()
    assert panel.consult_button.isEnabled()  # room for more: consult again
    panel.transfer_kind.setCurrentIndex(panel.transfer_kind.findData("number"))
    panel.transfer_target.setEditText("02150000001")
    QTest.keySequence(window, "Ctrl+Shift+C")
    run_until(loop, lambda: len(desktop.calls.consult.parties) == 2, what="second consult")
    assert not panel.consult_button.isEnabled()  # one consult at a time
    live_server.call(consults.consult_answered(call_id))
    run_until(loop, lambda: desktop.calls.consult.state == "talking", what="talking to it")
    rows = [label.text() for label in panel.party_labels[:2]]
    # 1004 talks on with the caller; I hear only the number (marked ▶)
    hears = "听到：" if zh else "hears: "
    assert rows[0].startswith("   1004") and f"{hears}{'客户' if zh else 'caller'}" in rows[0]
    assert rows[1].startswith("▶ 02150000001") and f"{hears}1002" in rows[1]
    assert panel.drop_buttons[0].isEnabled() and not panel.drop_buttons[1].isEnabled()
    QTest.keySequence(window, "Ctrl+Shift+J")  # the number joins: four parties
    run_until(
        loop,
        lambda: all(p.state == "conference" for p in desktop.calls.consult.parties),
        what="both joined",
    )
    assert panel.party_box.isVisible() and not panel.line2_label.isVisible()
    rows = [label.text() for label in panel.party_labels[:2]]
    assert all(r.startswith("▶ ") for r in rows)
    assert "02150000001" in rows[0] and "1004" in rows[1]  # each hears the others
    assert panel.drop_buttons[1].text() == ("移出 (Alt+2)" if zh else "Drop (Alt+2)")
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert window.grab().save(str(SHOTS / f"conference_parties_{language}.png"))
    QTest.keySequence(window, "Alt+2")  # drop the number
    run_until(
        loop,
        lambda: [p.party for p in desktop.calls.consult.parties] == ["1004"],
        what="the number dropped",
    )
    assert live_server.control.consult_steps[-1] == (call_id, "drop 02150000001")
    assert not panel.party_box.isVisible() and panel.line2_label.isVisible()
    assert panel.line2_label.text().endswith(
        "线路 2 · 1004：会议中" if zh else "Line 2 · 1004: in the conference"
    )


def test_a_state_from_before_my_internal_call_does_not_clear_it(
    loop: Any, desktop: Any, live_server: LiveServer
) -> None:
    """Seen under load: the event stream's first state (not ready, just after sign-in)
    arrived after the answer to the internal call the agent had just placed, and the
    desktop took it for the call's end: the card cleared while the phone rang. A state
    that began before the call says nothing about it; one after it still ends it."""
    from agent_desktop.protocol.models import AgentStateView

    sign_in(loop, desktop, live_server, agent_id="1002")
    live_server.get("/agents/me", agent_id="1004")  # signs 1004 in
    desktop.calls.call_internal("1004")
    run_until(loop, lambda: desktop.calls.phase == "dialling", what="dialling 1004")
    started = desktop.calls.pop.call.started_at
    stale = AgentStateView(agent_id="1002", state="not_ready", since=started - 2.0)
    desktop.calls._follow_agent_state(stale)
    assert desktop.calls.phase == "dialling" and desktop.calls.call_id
    later = AgentStateView(agent_id="1002", state="not_ready", since=started + 2.0)
    desktop.calls._follow_agent_state(later)
    assert desktop.calls.phase == "idle"
