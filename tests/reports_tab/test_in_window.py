"""The Reports tab and My day in the real main window (the app's own wiring, the real
coordinator): by role at sign-in, gone at sign-out, the knowledge base steps aside for the
Reports tab, the tab title follows the language."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from agent_desktop.reports.my_day import MyDayPanel
from agent_desktop.reports.page import ReportsTab
from tests.desktop import conftest as desktop_conftest
from tests.desktop.conftest import LiveServer, run, run_until, sign_in

pytestmark = pytest.mark.ui
desktop = desktop_conftest.desktop
live_server = desktop_conftest.live_server


def tab_titles(window: Any) -> list[str]:
    return [window.work_tabs.tabText(i) for i in range(window.work_tabs.count())]


def test_lead_gets_the_reports_tab(loop: Any, desktop: Any, live_server: LiveServer) -> None:
    window = desktop.window
    sign_in(loop, desktop, live_server, agent_id="9001")
    page = desktop.reports.page
    assert isinstance(page, ReportsTab)
    assert tab_titles(window) == [
        "Calls",
        "Colleagues",
        "Customers",
        "Supervisor",
        "Reports",
        "Admin",
        "Tickets",
        "Announcements",
        "Campaigns",
        "Voicemail",
    ]
    assert page.presenter.catalogue is None  # nothing asked before the lead looks
    window.side_dock.show()
    window.resize(1366, 768)
    window.work_tabs.setCurrentWidget(page)
    run_until(loop, lambda: page.presenter.model.result is not None, what="first report")
    assert not window.side_dock.isVisible()  # the table and chart get the full width
    run_until(loop, lambda: page.width() > 1300, what="the tab at full width")
    for code in ("zh_CN", "en"):  # and all of the form fits it, in both languages
        desktop.translations.set_language(code)
        run_until(
            loop,
            lambda: (
                page.layout().totalMinimumSize().width() <= page.width() and window.width() <= 1366
            ),
            what=f"the Reports tab fits 1366 px ({code})",
        )
        window.grab().save(f"/tmp/r16desk/window_reports_{code}.png")  # for a person to see
    window.work_tabs.setCurrentWidget(window.calls_page)
    assert window.side_dock.isVisible()
    desktop.translations.set_language("zh_CN")
    assert "报表" in tab_titles(window)
    run_until(loop, lambda: page.form.run_button.text() == "查询(&S)", what="the form in zh_CN")
    assert page.form.report_combo.currentText() == "坐席工作报表"
    assert page.table.model().headerData(0, Qt.Orientation.Horizontal) == "座席"
    desktop.translations.set_language("en")
    run(loop, desktop.session.sign_out_async())
    assert desktop.reports.page is None and "Reports" not in tab_titles(window)


def test_agent_gets_my_day(loop: Any, desktop: Any, live_server: LiveServer) -> None:
    window = desktop.window
    sign_in(loop, desktop, live_server, agent_id="1002")
    page = desktop.reports.page
    assert isinstance(page, MyDayPanel)
    assert tab_titles(window) == [
        "Calls",
        "Colleagues",
        "Customers",
        "My day",
        "Tickets",
        "Voicemail",
    ]
    assert not page.presenter.catalogue  # nothing asked before the agent looks
    window.work_tabs.setCurrentWidget(page)
    run_until(loop, lambda: page.presenter.model.result is not None, what="my figures")
    assert page.presenter.model.rows[0]["agent"] == "1002"
    assert any(t.isVisible() and t.label.text() == "Answered" for t in page.tiles)
