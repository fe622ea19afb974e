"""The outbox keeps a wrap-up while the server is down and delivers it after a restart;
a dropped event stream shows the banner, reconnects and resyncs the agent's state."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from tests.desktop.conftest import LiveServer, run, run_until, sign_in

pytestmark = pytest.mark.ui


def _finished_call(loop: Any, desktop: Any, server: LiveServer) -> str:
    desktop.window.state_bar.ready_button.click()
    run_until(loop, lambda: desktop.state.status == "ready", what="ready")
    acd = server.services.acd  # type: ignore[union-attr]
    call = server.call(acd.call_arrived("13800138000", "4008001000"))
    server.call(acd.enqueue(call.id, "sales"))
    run_until(loop, lambda: desktop.calls.phase == "ringing", what="ringing")
    server.call(acd.agent_answered(call.id, "1002"))
    server.call(acd.caller_hung_up(call.id))
    run_until(loop, lambda: desktop.wrap_up.call_id == call.id, what="wrap-up")
    return str(call.id)


def test_outbox_keeps_the_disposition_until_the_restarted_server_takes_it(
    loop: Any, desktop: Any, live_server: LiveServer
) -> None:
    sign_in(loop, desktop, live_server)
    call_id = _finished_call(loop, desktop, live_server)
    live_server.stop()
    run_until(loop, lambda: desktop.window.banner.isVisible(), what="reconnecting banner")
    assert "reconnecting" in desktop.window.banner.text()

    panel = desktop.window.wrap_up_panel
    panel.ui.dispositionCombo.setCurrentIndex(panel.ui.dispositionCombo.findData("follow_up"))
    panel.ui.noteEdit.setPlainText("call back Friday")
    panel.ui.saveButton.click()
    run_until(loop, lambda: desktop.wrap_up.pending == 1, what="pending in the outbox")
    items = run(loop, asyncio.wait_for(_tried(desktop.outbox), 15))
    assert [(i.call_id, i.status) for i in items] == [(call_id, "pending")]
    assert items[0].last_error.startswith("ConnectError")  # tried while the server was down
    assert desktop.window.outbox_label.text() == "1 wrap-up waiting to sync"

    live_server.start()  # same port, same data directory
    run_until(loop, lambda: desktop.wrap_up.pending == 0, timeout=20, what="outbox drained")
    record = live_server.get(f"/calls/{call_id}")
    assert record["disposition"] == "follow_up" and record["note"] == "call back Friday"
    run_until(loop, lambda: not desktop.window.banner.isVisible(), what="banner hidden")
    assert [i.status for i in run(loop, desktop.outbox.items())] == ["sent"]


def test_dropped_stream_reconnects_and_resyncs_state(
    loop: Any, desktop: Any, live_server: LiveServer
) -> None:
    sign_in(loop, desktop, live_server)
    stream = desktop.session.stream
    assert stream.connections == 1
    resyncs: list[object] = []
    desktop.session.resynced.connect(resyncs.append)
    services = live_server.services
    assert services is not None
    # While the desktop is cut off, the agent's state changes on the server (a lead sets
    # it); the event is lost with the stream, so only a resync can show it.
    session_ids = [sid for sid, s in services.bus._streams.items() if s.agent_id == "1002"]
    live_server.call(_close_and_force(services, session_ids))
    run_until(loop, lambda: stream.connections == 2, what="reconnected")
    run_until(loop, lambda: desktop.state.state.reason == "training", what="resynced state")
    assert len(resyncs) == 1
    assert desktop.window.state_bar.badge.text() == "Not ready · Training"
    assert not desktop.window.banner.isVisible()


async def _tried(outbox: Any) -> list[Any]:
    """The outbox's items once delivery has been attempted (and failed) at least once."""
    while True:
        items = await outbox.items()
        if items and items[0].attempts >= 1:
            return list(items)
        await asyncio.sleep(0.05)


async def _close_and_force(services: Any, session_ids: list[str]) -> None:
    from server_stub.domain import agent_state as sm

    for sid in session_ids:
        services.bus.close_stream(sid)  # connection drops; its buffered events are gone
    await services.agents.apply("1002", sm.ForceNotReady("training"), actor="9001")
