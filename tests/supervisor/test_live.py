"""The supervisor presenter and tab against the real coordinator: a lead signed in with
the app's SessionPresenter, agents and calls driven on the server, events over WebSocket."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QMessageBox

from agent_desktop.supervisor.presenter import SupervisorPresenter
from agent_desktop.supervisor.tab import SupervisorTab
from agent_desktop.supervisor.table_base import KEY_ROLE
from tests.desktop.conftest import LiveServer
from tests.supervisor.conftest import run, run_until

pytestmark = pytest.mark.ui


def cell(model: Any, key: str, column: int) -> Any:
    row = model.keys().index(key)
    return model.index(row, column).data()


def server_state(server: LiveServer, agent_id: str) -> dict[str, Any]:
    return next(a["state"] for a in server.get("/agents") if a["agent_id"] == agent_id)


def select(view: Any, proxy: Any, key: str) -> None:
    for row in range(proxy.rowCount()):
        if proxy.index(row, 0).data(KEY_ROLE) == key:
            view.selectionModel().select(
                proxy.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            return
    raise AssertionError(f"{key} is not in the table")


def test_snapshot_then_an_agent_state_event_updates_the_grid(
    loop: Any, supervisor: SupervisorPresenter, agent_client: Any
) -> None:
    agents = supervisor.agents
    assert {"1001", "1002", "1003", "9001"} <= set(agents.keys())
    assert cell(agents, "1002", 1) == "王强 Wang Qiang"
    assert cell(supervisor.queues, "sales", 0) == "销售 Sales"
    flushed: list[int] = []
    supervisor.flushed.connect(flushed.append)
    run(loop, agent_client.set_state("ready"))
    run_until(loop, lambda: cell(agents, "1002", 2) == "Ready", what="1002 ready in grid")
    assert sum(flushed) >= 1  # it came as an event, not a reload
    run(loop, agent_client.set_state("not_ready", "lunch"))
    run_until(loop, lambda: cell(agents, "1002", 3) == "lunch", what="reason in grid")
    assert cell(agents, "1002", 2) == "Not ready"


def test_a_queued_call_shows_one_waiting_in_its_queue_row(
    loop: Any, supervisor: SupervisorPresenter, live_server: LiveServer
) -> None:
    assert cell(supervisor.queues, "sales", 1) == "0"
    acd = live_server.services.acd  # type: ignore[union-attr]
    call = live_server.call(acd.call_arrived("13800138000", "4008001000"))
    live_server.call(acd.enqueue(call.id, "sales"))
    run_until(loop, lambda: cell(supervisor.queues, "sales", 1) == "1", what="waiting = 1")
    assert cell(supervisor.queues, "sales", 3) == "1"  # offered
    assert cell(supervisor.queues, "support", 1) == "0"


def test_force_not_ready_and_sign_out_through_the_tab(
    qtbot: Any,
    loop: Any,
    supervisor: SupervisorPresenter,
    agent_client: Any,
    live_server: LiveServer,
) -> None:
    run(loop, agent_client.set_state("ready"))
    run_until(loop, lambda: cell(supervisor.agents, "1002", 2) == "Ready", what="ready")
    tab = SupervisorTab(supervisor)
    qtbot.addWidget(tab)
    tab.show()
    page = tab.live
    select(page.agent_table, page.agent_proxy, "1002")
    assert page.selected_agents() == ["1002"]
    assert page.not_ready_button.isEnabled()
    actions = {a.data(): a for a in page.reason_menu.actions()}
    assert {"break", "lunch", "training"} <= set(actions)
    actions["training"].trigger()
    run_until(
        loop,
        lambda: server_state(live_server, "1002")["state"] == "not_ready",
        what="server state not ready",
    )
    assert server_state(live_server, "1002")["reason"] == "training"
    run_until(
        loop,
        lambda: cell(supervisor.agents, "1002", 3) == "Training",
        what="grid shows the forced reason",
    )

    page.sign_out_button.click()
    box = page.confirm_box
    assert box is not None and box.isVisible()  # non-blocking: we are still running
    box.button(QMessageBox.StandardButton.Yes).click()
    run_until(
        loop,
        lambda: server_state(live_server, "1002")["state"] == "logged_out",
        what="server state logged out",
    )
    run_until(
        loop,
        lambda: cell(supervisor.agents, "1002", 2) == "Signed out",
        what="grid shows signed out",
    )


def test_force_hang_up_of_an_answered_call(
    qtbot: Any,
    loop: Any,
    supervisor: SupervisorPresenter,
    agent_client: Any,
    live_server: LiveServer,
) -> None:
    run(loop, agent_client.set_state("ready"))
    acd = live_server.services.acd  # type: ignore[union-attr]
    call = live_server.call(acd.call_arrived("13912345678", "4008001000"))
    live_server.call(acd.enqueue(call.id, "sales"))
    run_until(loop, lambda: live_server.control.rings, what="agent rung")
    live_server.call(acd.agent_answered(call.id, "1002"))
    calls = supervisor.calls
    run_until(loop, lambda: calls.get(call.id) is not None, what="call in progress")
    assert cell(calls, call.id, 0) == "13912345678"
    assert cell(calls, call.id, 1) == "1002 王强 Wang Qiang"
    run_until(
        loop,
        lambda: cell(supervisor.agents, "1002", 5) == "13912345678",
        what="current call in the grid",
    )
    assert cell(supervisor.agents, "1002", 6) == "销售 Sales"  # display name
    supervisor.set_mask_numbers(True)
    assert cell(calls, call.id, 0) == "139****5678"
    assert cell(supervisor.agents, "1002", 5) == "139****5678"

    tab = SupervisorTab(supervisor)
    qtbot.addWidget(tab)
    tab.show()
    assert tab.mask_check.isChecked()
    page = tab.live
    select(page.call_table, page.call_proxy, call.id)
    page.hangup_button.click()
    box = page.confirm_box
    assert box is not None and "139****5678" in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    run_until(loop, lambda: calls.get(call.id) is None, what="call gone from the table")
    assert live_server.get(f"/calls/{call.id}")["end_cause"] == "forced_hangup"


def test_cancelled_confirmation_changes_nothing(
    qtbot: Any,
    loop: Any,
    supervisor: SupervisorPresenter,
    agent_client: Any,
    live_server: LiveServer,
) -> None:
    run(loop, agent_client.set_state("ready"))
    run_until(loop, lambda: cell(supervisor.agents, "1002", 2) == "Ready", what="ready")
    tab = SupervisorTab(supervisor)
    qtbot.addWidget(tab)
    select(tab.live.agent_table, tab.live.agent_proxy, "1002")
    tab.live.sign_out_button.click()
    assert tab.live.confirm_box is not None
    tab.live.confirm_box.button(QMessageBox.StandardButton.Cancel).click()
    assert tab.live.confirm_box is None
    assert server_state(live_server, "1002")["state"] == "ready"
