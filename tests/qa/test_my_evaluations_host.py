"""The whole desktop: an agent is signed in when a lead scores their call; "My evaluations"
in the side dock lists it at once (the `qa_evaluation_changed` event), in English and
Chinese; the agent acknowledges; signing out removes the panel."""

from __future__ import annotations

from typing import Any

import pytest

from agent_desktop.cti import CtiClient
from agent_desktop.protocol.qa import QaAnswer, QaEvaluationInput
from agent_desktop.qa.api import QaApi
from server_stub import demo
from tests.desktop.conftest import LiveServer, run, run_until, sign_in
from tests.qa.helpers import ANSWERS
from tests.qa.test_score_panel import _admin_form
from tests.supervisor.test_recordings_monitor import seed_recorded_call

pytestmark = pytest.mark.ui


def test_agent_finds_and_acknowledges_an_evaluation(
    loop: Any, desktop: Any, live_server: LiveServer
) -> None:
    form_id = _admin_form(loop, live_server)
    seed_recorded_call(live_server, "13700005555")  # a call of agent 1004
    assert live_server.services is not None
    call_id = live_server.services.runner.run_sync(
        lambda s: s.conn.execute("SELECT id FROM calls WHERE ani = '13700005555'").fetchone()[0]
    )
    sign_in(loop, desktop, live_server, agent_id="1004")
    window, host = desktop.window, desktop.qa
    panel = host.panel
    assert panel is not None and window.side_tabs.indexOf(panel) >= 1  # after the KB
    run_until(loop, lambda: panel.status_label.text() == "0 evaluation(s)", what="empty list")
    lead = CtiClient(live_server.url)
    run(loop, lead.login("9001", demo.DEMO_PASSWORD))
    try:
        run(
            loop,
            QaApi(lead).evaluate(
                QaEvaluationInput(
                    call_id=call_id,
                    form_id=form_id,
                    answers=[QaAnswer.model_validate(a) for a in ANSWERS],
                )
            ),
        )
    finally:
        run(loop, lead.close())

    tab = window.side_tabs.indexOf(panel)
    assert window.side_tabs.tabText(tab) == "My evaluations"
    # no click on Refresh: the server's event brings it
    run_until(loop, lambda: panel.current is not None, what="the evaluation listed")
    assert panel.current.score == 70.63 and panel.acknowledge_button.isEnabled()
    desktop.window.language_actions["zh_CN"].trigger()
    run_until(loop, lambda: window.side_tabs.tabText(tab) == "我的质检", what="zh tab title")
    assert panel.acknowledge_button.text() == "确认"
    panel.acknowledge_button.click()
    run_until(loop, lambda: panel.current.status == "acknowledged", what="acknowledged")
    assert panel.table.item(0, 3).text() == "已确认"
    desktop.window.language_actions["en"].trigger()
    desktop.session.sign_out()
    run_until(loop, lambda: host.panel is None, what="panel removed at sign-out")
    tabs = window.side_tabs
    assert "My evaluations" not in [tabs.tabText(i) for i in range(tabs.count())]


def test_leads_get_the_score_panel_and_qa_page_admins_the_forms_too(
    loop: Any, desktop: Any, live_server: LiveServer
) -> None:
    sign_in(loop, desktop, live_server, agent_id="9001")
    tab = desktop.supervisor.tab
    assert tab is not None and tab.qa is not None and tab.qa.forms is None
    assert tab.pages.tabText(3) == "QA" and tab.score_panel.isVisibleTo(tab.recordings)
    desktop.session.sign_out()
    run_until(loop, lambda: desktop.supervisor.tab is None, what="signed out")
    sign_in(loop, desktop, live_server, agent_id="9000")
    tab = desktop.supervisor.tab
    assert tab is not None and tab.qa is not None and tab.qa.forms is not None
    assert tab.qa.tabs.tabText(3) == "Forms"
