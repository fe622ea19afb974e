"""Issue 11, item 9: calls in progress keep their arrival order as calls come and go
(they were sorted by caller number, so rows jumped and a Listen click hit another call);
the selection follows the call's id, also across a reload."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from agent_desktop.supervisor.presenter import SupervisorPresenter
from agent_desktop.supervisor.tab import SupervisorTab
from agent_desktop.supervisor.table_base import KEY_ROLE
from tests.desktop.conftest import LiveServer
from tests.supervisor.conftest import run, run_until

pytestmark = pytest.mark.ui


def _queued_call(
    loop: Any, live_server: LiveServer, supervisor: SupervisorPresenter, ani: str
) -> str:
    acd = live_server.services.acd  # type: ignore[union-attr]
    call = live_server.call(acd.call_arrived(ani, "4008001000"))
    live_server.call(acd.enqueue(call.id, "sales"))
    run_until(loop, lambda: supervisor.calls.get(call.id) is not None, what=f"call {ani}")
    return str(call.id)


def _order(page: Any) -> list[str]:
    proxy = page.call_proxy
    return [proxy.index(row, 0).data(KEY_ROLE) for row in range(proxy.rowCount())]


def test_calls_keep_arrival_order_and_the_selected_call(
    qtbot: Any, loop: Any, supervisor: SupervisorPresenter, live_server: LiveServer
) -> None:
    tab = SupervisorTab(supervisor)
    qtbot.addWidget(tab)
    tab.show()
    page = tab.live
    first = _queued_call(loop, live_server, supervisor, "13900000005")
    second = _queued_call(loop, live_server, supervisor, "13900000009")
    assert _order(page) == [first, second]
    assert page.select_call(second)
    third = _queued_call(loop, live_server, supervisor, "13900000001")  # smallest number
    assert _order(page) == [first, second, third]  # new calls at the bottom
    assert page.selected_call() == second
    acd = live_server.services.acd  # type: ignore[union-attr]
    live_server.call(acd.caller_hung_up(first))
    run_until(loop, lambda: supervisor.calls.get(first) is None, what="first call gone")
    assert _order(page) == [second, third] and page.selected_call() == second

    run(loop, supervisor.load())  # a reload after a reconnect resets the model
    assert _order(page) == [second, third]  # still oldest first (the server sends newest)
    assert page.selected_call() == second
    page.monitor_buttons["listen"].click()
    run_until(loop, lambda: supervisor.monitoring is not None, what="monitoring")
    assert supervisor.monitoring == (second, "listen")


def test_the_calls_table_keeps_filling_its_width_as_calls_arrive(
    qtbot: Any, loop: Any, supervisor: SupervisorPresenter, live_server: LiveServer
) -> None:
    tab = SupervisorTab(supervisor)
    qtbot.addWidget(tab)
    tab.resize(900, 600)
    tab.show()
    view = tab.live.call_table
    for ani in ("13900000005", "13900000009", "13900000001"):
        _queued_call(loop, live_server, supervisor, ani)
        loop.run_until_complete(asyncio.sleep(0.1))
        assert view.horizontalHeader().length() == view.viewport().width()
