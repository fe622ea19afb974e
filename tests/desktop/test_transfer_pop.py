"""Issue 15, "transfer data travels": the receiving agent's screen-pop after a blind
transfer to it, an attended transfer (consult) or a pickup shows the customer (number,
name, history), the queue the caller came from (never an agent's direct queue such as
`agent:1004`), the IVR path and the first agent's note; a pickup the server refuses is
said in the status bar. The coordinator real over HTTP/WebSocket, media faked."""

from __future__ import annotations

from typing import Any

import pytest

from tests.desktop.conftest import LiveServer, run_until, sign_in
from tests.desktop.test_colleagues import _post
from tests.desktop.test_transfer_data import (
    _answered_by_1002,
    _hand_over,
    _transferred_to_ready_1004,
)

pytestmark = pytest.mark.ui


def _check_pop(desktop: Any, how: str) -> None:
    """The pop of a sales caller 13800138000 (张伟, VIP) handed on by 1002."""
    pop_view = desktop.window.pop
    pop = desktop.calls.pop
    assert pop is not None
    assert pop_view.caller_label.text() == "13800138000"
    assert pop_view.customer_name.text() == "张伟"
    assert pop_view.history_model.rowCount() > 0  # the caller's earlier calls
    assert pop_view.ivr_value.text() == "1"
    shown = pop_view.queue_value.text()
    assert "agent:" not in shown and "sales" in shown.lower(), shown
    assert pop.queue == "sales" and pop.call.queue == "sales"  # wrap-up rules read it
    assert pop_view.handover_label.text() == how


def test_blind_transfer_to_me_pops_the_customer_and_the_callers_queue(
    loop: Any, desktop: Any, live_server: LiveServer
) -> None:
    sign_in(loop, desktop, live_server, agent_id="1004")  # support only
    call_id = _transferred_to_ready_1004(loop, desktop, live_server)
    _check_pop(desktop, "↪ Transferred by 1002: refund case")
    acd = live_server.services.acd  # type: ignore[union-attr]
    live_server.call(acd.agent_answered(call_id, "1004"))
    run_until(loop, lambda: desktop.calls.phase == "on_call", what="answered")
    _check_pop(desktop, "↪ Transferred by 1002: refund case")  # call_answered keeps it


def test_consulted_agent_pops_the_customer_and_the_callers_queue(
    loop: Any, desktop: Any, live_server: LiveServer
) -> None:
    """An earlier transfer to 1002's direct queue does not leak into 1004's consult pop."""
    sign_in(loop, desktop, live_server, agent_id="1004")
    acd = live_server.services.acd  # type: ignore[union-attr]
    assert _post(live_server, "/agents/me/state", "1005", {"state": "ready"}).status_code == 200
    call = live_server.call(acd.call_arrived("13800138000", "4008001000"))
    live_server.call(acd.enqueue(call.id, "sales", ivr_path=["1"]))
    assert acd.live(call.id).agent_id == "1005"
    live_server.call(acd.agent_answered(call.id, "1005"))
    assert _post(live_server, "/agents/me/state", "1002", {"state": "ready"}).status_code == 200
    r = _post(
        live_server, f"/calls/{call.id}/transfer", "1005", {"kind": "agent", "target": "1002"}
    )
    assert r.status_code == 200, r.text
    assert acd.live(call.id).agent_id == "1002"
    live_server.call(acd.agent_answered(call.id, "1002"))
    _hand_over(live_server, call.id, "consult")
    run_until(loop, lambda: desktop.calls.phase == "ringing", what="consult rings 1004")
    _check_pop(desktop, "↪ 1002 consults you about this caller: refund case")


def test_picked_up_transferred_call_pops_who_transferred_it_and_the_note(
    loop: Any, desktop: Any, live_server: LiveServer
) -> None:
    sign_in(loop, desktop, live_server, agent_id="1001")  # sales; not ready
    call_id = _answered_by_1002(live_server)
    assert _post(live_server, "/agents/me/state", "1005", {"state": "ready"}).status_code == 200
    _hand_over(live_server, call_id, "transfer", "sales", kind="queue")
    acd = live_server.services.acd  # type: ignore[union-attr]
    assert acd.live(call_id).agent_id == "1005"  # rings my colleague
    desktop.calls.pick_up(call_id, "1005")
    run_until(loop, lambda: desktop.calls.phase == "ringing", what="picked-up call rings me")
    assert acd.live(call_id).agent_id == "1001"
    _check_pop(desktop, "↪ Transferred by 1002: refund case")


def test_a_refused_pickup_is_said_and_changes_nothing(
    loop: Any, desktop: Any, live_server: LiveServer
) -> None:
    """1004 (support, team_b) may not take a sales call ringing 1002 (team_a)."""
    sign_in(loop, desktop, live_server, agent_id="1004")
    assert _post(live_server, "/agents/me/state", "1002", {"state": "ready"}).status_code == 200
    acd = live_server.services.acd  # type: ignore[union-attr]
    call = live_server.call(acd.call_arrived("13800138000", "4008001000"))
    live_server.call(acd.enqueue(call.id, "sales", ivr_path=["1"]))
    desktop.calls.pick_up(call.id, "1002")
    bar = desktop.window.statusBar()
    run_until(
        loop,
        lambda: bar.currentMessage().startswith("You may not pick up this call: "),
        what="the refusal in the status bar",
    )
    assert "team" in bar.currentMessage()
    assert desktop.calls.phase == "idle"
    assert acd.live(call.id).agent_id == "1002"
