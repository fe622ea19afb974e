"""The supervisor tab in the main window: leads and admins only, removed at sign-out,
live language switch; the monitoring leg (X-Monitor) is answered without ringing."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from agent_desktop.presenters.monitoring import MonitoredCall
from agent_desktop.views.main_window import MONITOR_BANNER_WIDTH
from tests.desktop.conftest import LiveServer, run_until, sign_in

pytestmark = pytest.mark.ui


def test_lead_sees_the_supervisor_tab_agent_does_not(
    loop: Any, desktop: Any, live_server: LiveServer
) -> None:
    window = desktop.window
    sign_in(loop, desktop, live_server, agent_id="9001")
    tab = desktop.supervisor.tab
    assert tab is not None and window.supervisor_tab is tab
    # calls, colleagues, customers, supervisor, reports, (read-only for a lead) admin,
    # tickets, announcements, campaigns and voicemail
    assert window.work_tabs.count() == 10 and window.work_tabs.tabBar().isVisible()
    assert window.work_tabs.tabText(window.work_tabs.indexOf(tab)) == "Supervisor"
    assert window.work_tabs.currentWidget() is window.calls_page
    window.work_tabs.setCurrentWidget(tab)
    presenter = desktop.supervisor.presenter
    run_until(loop, lambda: presenter.agents.rowCount() > 0, what="agent grid loaded")

    window.sign_out_action.trigger()
    run_until(loop, lambda: window.pages.currentWidget() is window.sign_in, what="signed out")
    assert desktop.supervisor.tab is None and window.supervisor_tab is None
    assert window.work_tabs.count() == 1 and window.admin_tab is None

    sign_in(loop, desktop, live_server, agent_id="1002")
    # an agent: Calls, Colleagues (issue 15), Customers, My day (issue 16) and Tickets
    # (issue 18), Voicemail (issue 14), no supervisor tab
    assert desktop.supervisor.tab is None and window.work_tabs.count() == 6


def test_supervisor_tab_follows_the_language(
    loop: Any, desktop: Any, live_server: LiveServer
) -> None:
    sign_in(loop, desktop, live_server, agent_id="9001")
    window, tab = desktop.window, desktop.supervisor.tab
    assert tab.pages.tabText(0) == "Live" and tab.mask_check.text() == "Mask numbers"
    window.language_actions["zh_CN"].trigger()
    run_until(loop, lambda: tab.mask_check.text() != "Mask numbers", what="supervisor in Chinese")
    assert tab.pages.tabText(0) != "Live"
    assert window.work_tabs.tabText(window.work_tabs.indexOf(tab)) == "班长席"
    assert window.work_tabs.tabText(0) == "通话"
    window.language_actions["en"].trigger()
    run_until(loop, lambda: tab.mask_check.text() == "Mask numbers", what="English again")
    assert window.work_tabs.tabText(window.work_tabs.indexOf(tab)) == "Supervisor"


def test_monitoring_leg_is_answered_without_ringing(
    loop: Any, desktop: Any, live_server: LiveServer
) -> None:
    sign_in(loop, desktop, live_server, agent_id="9001")
    window, phone, calls = desktop.window, desktop.softphone, desktop.calls
    sip_id = phone.simulate_incoming_call(headers={"x-monitor": "call-42"})
    run_until(loop, lambda: calls.monitor_target == "call-42", what="monitoring leg answered")
    assert not phone.ringing
    assert [c.state.value for c in phone.calls() if c.call_id == sip_id] == ["confirmed"]
    assert calls.phase == "idle" and calls.sip_call_id is None  # no customer call, no pop
    assert not window.softphone.title.isVisible()  # no "No call" while monitoring
    assert window.softphone.monitor_card.isVisible()
    assert window.softphone.monitor_card.status_label.text() == "Audio connected"
    assert window.monitor_label.isVisible()
    assert window.monitor_label.text() == "Monitoring a call"  # never a raw call id
    calls.set_monitor_mode("call-42", "whisper")
    assert window.monitor_label.text() == "Monitoring a call (whispering to the agent)"
    # a long name and number: elided in the middle so a lead's tabs keep their room, the
    # mode stays visible and the whole text is the tooltip
    calls.monitored = MonitoredCall(
        "call-42", "whisper", "1002", "王强 Wang Qiang-Lindqvist Oyelaran", "13800138000"
    )
    window._render_monitoring()
    full = (
        "Monitoring 1002 王强 Wang Qiang-Lindqvist Oyelaran with 13800138000"
        " (whispering to the agent)"
    )
    assert window.monitor_label.toolTip() == full
    shown = window.monitor_label.text()
    assert shown != full and "…" in shown
    assert shown.startswith("Monitoring 1002") and shown.endswith("to the agent)")
    assert window.monitor_label.fontMetrics().horizontalAdvance(shown) <= MONITOR_BANNER_WIDTH
    calls.monitored = None
    calls.hang_up()  # F6 with no customer call leaves the monitoring leg alone
    assert phone.calls()
    phone.simulate_remote_hangup(sip_id)
    run_until(loop, lambda: not calls.monitor_target, what="monitoring leg ended")
    assert not window.monitor_label.isVisible()
    assert not window.softphone.monitor_card.isVisible()
    assert window.softphone.title.text() == "No call" and window.softphone.title.isVisible()


def test_ordinary_call_still_rings(loop: Any, desktop: Any, live_server: LiveServer) -> None:
    sign_in(loop, desktop, live_server, agent_id="9001")
    phone = desktop.softphone
    phone.simulate_incoming_call(headers={"X-Call-Id": "c-1"})
    run_until(loop, lambda: desktop.calls.sip_call_id is not None, what="customer leg seen")
    assert phone.ringing and not desktop.calls.monitor_target


def test_force_not_ready_offers_no_system_reasons(
    loop: Any, desktop: Any, live_server: LiveServer
) -> None:
    """Issue 11, item 12: "Missed a call" and "Server restarted" are the server's."""
    sign_in(loop, desktop, live_server, agent_id="9001")
    live = desktop.supervisor.tab.live
    codes = {a.data() for a in live.reason_menu.actions()}
    assert {"break", "lunch", "meeting", "forced"} <= codes
    assert not {"no_answer", "server_restart", "login"} & codes


def test_monitoring_banner_does_not_move_the_tabs(
    loop: Any, desktop: Any, live_server: LiveServer
) -> None:
    """Issue 11, item 9: the banner came as a row above the tabs and pushed them down."""
    sign_in(loop, desktop, live_server, agent_id="9001")
    window = desktop.window
    window.resize(1366, 768)
    run_until(loop, lambda: window.work_tabs.tabBar().isVisible(), what="tab bar")
    before = window.calls_page.mapTo(window, window.calls_page.rect().topLeft())
    desktop.softphone.simulate_incoming_call(headers={"X-Monitor": "call-42"})
    desktop.calls.set_monitor_mode("call-42", "listen")
    run_until(loop, lambda: window.monitor_label.isVisible(), what="monitoring banner")
    loop.run_until_complete(asyncio.sleep(0.1))  # let the layout settle
    after = window.calls_page.mapTo(window, window.calls_page.rect().topLeft())
    assert after == before
    label = window.monitor_label
    assert label.width() >= label.sizeHint().width() and label.height() > 0
