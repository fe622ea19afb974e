"""Issue 15, "transfer data travels": the receiving agent's screen-pop shows the IVR path
and who handed the caller on with their note, after a blind transfer to the agent and
while consulted; en + zh_CN (the coordinator real over HTTP/WebSocket, media faked)."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path
from typing import Any

import pytest

from tests.desktop.conftest import LiveServer, run_until, sign_in
from tests.desktop.test_colleagues import _post

pytestmark = pytest.mark.ui

SHOTS = Path(os.environ.get("COLLEAGUES_SCREENSHOTS", "/tmp/c15b"))


def _answered_by_1002(server: LiveServer) -> str:
    """A sales caller (IVR choice 1) answered by 1002 (not on the desktop)."""
    assert _post(server, "/agents/me/state", "1002", {"state": "ready"}).status_code == 200
    acd = server.services.acd  # type: ignore[union-attr]
    call = server.call(acd.call_arrived("13800138000", "4008001000"))
    server.call(acd.enqueue(call.id, "sales", ivr_path=["1"]))
    assert acd.live(call.id).agent_id == "1002"
    server.call(acd.agent_answered(call.id, "1002"))
    return str(call.id)


def _hand_over(
    server: LiveServer,
    call_id: str,
    action: str,
    target: str = "1004",
    kind: str = "agent",
    by: str = "1002",
) -> None:
    """`by` transfers (`action` "transfer") or consults ("consult") with the note "refund
    case"; the server accepts."""
    body = {"kind": kind, "target": target, "note": "refund case"}
    r = _post(server, f"/calls/{call_id}/{action}", by, body)
    assert r.status_code == (201 if action == "consult" else 200), r.text


def _transferred_to_ready_1004(loop: Any, desktop: Any, server: LiveServer) -> str:
    """1004 (signed in on the desktop) goes ready; 1002 answers a sales caller and transfers
    it to 1004 with a note; 1004's desktop rings. Returns the call id."""
    desktop.window.state_bar.ready_button.click()
    run_until(loop, lambda: desktop.state.status == "ready", what="1004 ready")
    call_id = _answered_by_1002(server)
    _hand_over(server, call_id, "transfer")
    run_until(loop, lambda: desktop.calls.phase == "ringing", what="1004 rung with the pop")
    return call_id


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_blind_transfer_note_and_ivr_path_reach_the_receiving_agents_pop(
    loop: Any, desktop: Any, live_server: LiveServer, language: str
) -> None:
    window = desktop.window
    window.resize(1366, 768)
    sign_in(loop, desktop, live_server, agent_id="1004")
    window.language_actions[language].trigger()
    loop.run_until_complete(asyncio.sleep(0.1))
    _transferred_to_ready_1004(loop, desktop, live_server)
    pop = window.pop
    zh = language == "zh_CN"
    assert pop.handover_label.isVisible()
    assert pop.handover_label.text() == (
        "↪ 由 1002 转来：refund case" if zh else "↪ Transferred by 1002: refund case"
    )
    assert pop.ivr_value.text() == "1"
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert window.grab().save(str(SHOTS / f"transfer_pop_{language}.png"))


def test_a_transfer_note_longer_than_500_characters_is_refused(live_server: LiveServer) -> None:
    call_id = _answered_by_1002(live_server)
    r = _post(
        live_server,
        f"/calls/{call_id}/transfer",
        "1002",
        {"kind": "queue", "target": "support", "note": "x" * 501},
    )
    assert r.status_code == 422 and r.json()["message"]
    acd = live_server.services.acd  # type: ignore[union-attr]
    assert acd.live(call_id).agent_id == "1002"  # nothing changed


def test_consulted_agent_sees_who_consults_and_the_note_on_the_pop(
    loop: Any, desktop: Any, live_server: LiveServer
) -> None:
    sign_in(loop, desktop, live_server, agent_id="1004")
    call_id = _answered_by_1002(live_server)
    _hand_over(live_server, call_id, "consult")
    run_until(loop, lambda: desktop.calls.phase == "ringing", what="consult rings 1004")
    pop = desktop.window.pop
    assert pop.handover_label.text() == "↪ 1002 consults you about this caller: refund case"
    assert pop.ivr_value.text() == "1"
