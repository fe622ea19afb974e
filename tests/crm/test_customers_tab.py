"""The whole desktop against a live server: the Customers tab finds 张伟 by part of his
name, shows and saves his custom fields, adds a follow-up with an appointment; the
reminder pops at its time and one click dials him. Rendered in English and Chinese at
1366×768; PNGs go to $CRM_SCREENSHOTS (default: the test's temporary folder)."""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

import httpx
import pytest
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox

from agent_desktop.protocol.crm import FollowUpStatus
from server_stub import demo
from tests.desktop.conftest import LiveServer, run_until, sign_in

pytestmark = pytest.mark.ui
PHONE = "13800138000"  # the demo's 张伟


def test_customers_tab_card_follow_up_and_reminder_dials(
    loop: Any, desktop: Any, live_server: LiveServer, tmp_path: Path
) -> None:
    out = Path(os.environ.get("CRM_SCREENSHOTS", "") or tmp_path)
    out.mkdir(parents=True, exist_ok=True)
    sign_in(loop, desktop, live_server, agent_id="1001")
    window, host = desktop.window, desktop.crm
    tab, presenter = host.tab, host.presenter
    assert tab is not None and presenter is not None
    index = window.work_tabs.indexOf(tab)
    assert window.work_tabs.tabText(index) == "Customers"
    window.work_tabs.setCurrentIndex(index)
    run_until(loop, lambda: presenter.results.rowCount() == 50, what="the first page")
    assert presenter.total == 50 and not tab.next_button.isEnabled()

    tab.search_edit.setText("伟")  # one character of a two-character name
    tab.search_edit.returnPressed.emit()
    run_until(loop, lambda: presenter.query == "伟" and presenter.results.rowCount() < 50)
    names = [c.name for c in presenter.results.customers]
    assert "张伟" in names and all("伟" in n for n in names)
    row = names.index("张伟")
    tab.results_view.clicked.emit(presenter.results.index(row, 0))
    run_until(loop, lambda: presenter.customer is not None and "level" in tab._editors)
    assert tab.name_label.text() == "张伟" and tab.owner_label.text() == "In the shared pool"
    level = tab._editors["level"]
    assert isinstance(level, QComboBox) and level.currentData() == "VIP"
    window.pop.set_custom_fields(presenter.fields)  # the pop has the labels too
    assert [f.key for f in window.pop.custom_fields][:2] == ["level", "city"]

    level.setCurrentIndex(level.findData("A"))
    tab.save_button.click()
    customer_id = presenter.customer.id
    run_until(
        loop,
        lambda: live_server.get(f"/customers/{customer_id}")["custom"]["level"] == "A",
        what="the field saved",
    )
    # a bad number is refused with the field and reason, and nothing changes
    budget = tab._editors["monthly_spend"]
    budget.setText("lots")
    tab.save_button.click()
    run_until(loop, lambda: "monthly_spend" in tab.message_label.text(), what="422 shown")
    assert tab.message_label.text() == "monthly_spend: must be a number"

    tab.claim_button.click()
    run_until(loop, lambda: tab.owner_label.text() == "Yours", what="claimed")
    assert tab.release_button.isVisible() and not tab.claim_button.isVisible()

    tab.status_combo.setCurrentIndex(tab.status_combo.findData(FollowUpStatus.INTERESTED))
    tab.note_edit.setText("call back about fibre")
    tab.appointment_check.setChecked(True)
    tab.appointment_edit.setDateTime(QDateTime.fromSecsSinceEpoch(int(time.time()) + 2))
    window.resize(1366, 768)
    assert window.grab().save(str(out / "customers_en.png"))
    tab.add_button.click()
    run_until(loop, lambda: presenter.follow_ups.rowCount() == 1, what="follow-up listed")
    assert presenter.follow_ups.data(presenter.follow_ups.index(0, 2)) == "Interested"
    run_until(loop, lambda: bool(host.reminders), timeout=20, what="the reminder popped")
    popup = host.reminders[0]
    assert popup.title.text().startswith("Appointment with 张伟 at ")
    assert popup.call_button.text() == f"Call {PHONE}"
    assert popup.grab().save(str(out / "reminder_en.png"))
    desktop.window.language_actions["zh_CN"].trigger()
    run_until(loop, lambda: window.work_tabs.tabText(index) == "客户", what="zh title")
    assert tab.add_button.text() == "添加跟进" and popup.done_button.text() == "标记完成"
    assert presenter.follow_ups.data(presenter.follow_ups.index(0, 2)) == "有意向"
    assert window.grab().save(str(out / "customers_zh_CN.png"))
    assert popup.grab().save(str(out / "reminder_zh_CN.png"))
    desktop.window.language_actions["en"].trigger()

    popup.call_button.click()
    run_until(loop, lambda: any(d[2] == PHONE for d in live_server.control.dials), what="dialled")
    run_until(loop, lambda: not host.reminders, what="the reminder closed")
    due = live_server.get(f"/appointments?until={time.time() + 60}", agent_id="1001")
    assert due == []  # marked done: it does not pop again

    desktop.session.sign_out()
    run_until(loop, lambda: host.tab is None, what="tab removed at sign-out")
    tabs = window.work_tabs
    assert "Customers" not in [tabs.tabText(i) for i in range(tabs.count())]


def test_phonebook_in_the_dial_pad(loop: Any, desktop: Any, live_server: LiveServer) -> None:
    """通讯录: a lead's external contact and the agents are offered while typing in the
    dial field; picking one leaves its number, and Dial calls it."""
    with httpx.Client(base_url=live_server.url + "/api/v1") as http:
        token = http.post(
            "/auth/login", json={"agent_id": "9001", "password": demo.DEMO_PASSWORD}
        ).json()["token"]
        r = http.post(
            "/phonebook",
            headers={"Authorization": f"Bearer {token}"},
            json={"name": "顺丰客服 SF Express", "number": "95338", "company": "顺丰速运"},
        )
        assert r.status_code == 201, r.text
    sign_in(loop, desktop, live_server, agent_id="1001")
    panel = desktop.window.softphone
    run_until(
        loop,
        lambda: panel.phonebook is not None and panel.phonebook.model().rowCount() > 1,
        what="the phonebook in the dial pad",
    )
    entries = panel.phonebook.model().stringList()
    assert "顺丰客服 SF Express · 95338" in entries
    assert "David Smith · 1005" in entries  # an internal contact
    panel.dial_edit.setFocus()
    QTest.keyClicks(panel.dial_edit, "sf")  # part of "SF Express", any case
    popup = panel.phonebook.popup()
    run_until(loop, popup.isVisible, what="the matching contacts offered")
    assert panel.phonebook.completionModel().rowCount() == 1
    popup.setCurrentIndex(panel.phonebook.completionModel().index(0, 0))
    QTest.keyClick(popup, Qt.Key.Key_Return)
    run_until(loop, lambda: panel.dial_edit.text() == "95338", what="the number picked")
    panel.dial_button.click()
    run_until(loop, lambda: any(d[2] == "95338" for d in live_server.control.dials), what="dialled")
