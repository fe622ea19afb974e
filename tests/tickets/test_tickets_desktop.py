"""The whole desktop over the real coordinator: the caller's pop offers "New ticket…" with
customer and call linked, in wrap-up; the Tickets tab lists, filters and moves a ticket on;
a ticket handed to the agent by someone else arrives as a notice and in the list; en and
zh_CN renders (PNGs to $TICKET_SCREENSHOTS, default the test's temporary folder)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from server_stub import demo
from tests.desktop.conftest import LiveServer, run_until, sign_in

pytestmark = pytest.mark.ui


def _offer_answer_hang_up(loop: Any, desktop: Any, server: LiveServer, ani: str) -> str:
    desktop.window.state_bar.ready_button.click()
    run_until(loop, lambda: desktop.state.status == "ready", what="ready")
    acd = server.services.acd  # type: ignore[union-attr]
    call = server.call(acd.call_arrived(ani, "4008001000"))
    server.call(acd.enqueue(call.id, "sales", ivr_path=["1"]))
    run_until(loop, lambda: desktop.calls.phase == "ringing", what="ringing")
    desktop.softphone.simulate_incoming_call(headers={"X-Call-Id": call.id, "X-Queue": "sales"})
    run_until(loop, lambda: desktop.calls.sip_call_id, what="softphone leg")
    desktop.window.softphone.answer_button.click()
    server.call(acd.agent_answered(call.id, "1002"))
    run_until(loop, lambda: desktop.calls.phase == "on_call", what="on call")
    desktop.window.softphone.hang_up_button.click()
    server.call(acd.agent_hung_up(call.id))
    run_until(loop, lambda: desktop.calls.phase == "wrap_up", what="wrap-up")
    return str(call.id)


def _server_tickets(server: LiveServer, query: str = "") -> list[dict[str, Any]]:
    return server.get(f"/tickets?{query}", agent_id="9000")["tickets"]  # type: ignore[no-any-return]


def _save(widget: QWidget, path: Path) -> None:
    assert widget.grab().save(str(path)), path


def test_ticket_from_the_pop_in_wrap_up_then_worked_in_the_tickets_tab(
    loop: Any, desktop: Any, live_server: LiveServer, tmp_path: Path
) -> None:
    out = Path(os.environ.get("TICKET_SCREENSHOTS", "") or tmp_path)
    out.mkdir(parents=True, exist_ok=True)
    sign_in(loop, desktop, live_server, agent_id="1002")
    host, window = desktop.tickets, desktop.window
    window.resize(1366, 768)
    section, page = host.section, host.page
    assert section is not None and page is not None
    tab = window.work_tabs.indexOf(page)
    assert window.work_tabs.tabText(tab) == "Tickets"
    assert not section.new_button.isEnabled()  # no call on the pop yet

    call_id = _offer_answer_hang_up(loop, desktop, live_server, "13800138000")
    customer = desktop.calls.pop.customer
    assert customer is not None and customer.name == "张伟"
    run_until(
        loop, lambda: section.open_label.text() == "No open tickets for this caller.", what="none"
    )
    section.new_button.click()
    run_until(loop, lambda: section.type_combo.count() == 3, what="ticket types")
    assert "张伟" in section.links_label.text()
    section.type_combo.setCurrentIndex(section.type_combo.findData("complaint"))
    section.priority_combo.setCurrentIndex(section.priority_combo.findData("high"))
    section.title_edit.setText("Router replaced twice, still drops")
    section.description_edit.setPlainText("客户要求上门 — asks for a visit")
    _save(window, out / "pop_new_ticket_en.png")
    _save(section.form, out / "new_ticket_form_en.png")
    section.create_button.click()
    run_until(loop, lambda: _server_tickets(live_server), what="ticket on the server")
    ticket = _server_tickets(live_server)[0]
    assert ticket["call_ids"] == [call_id] and ticket["customer_id"] == customer.id
    assert ticket["created_by"] == "1002" and ticket["priority"] == "high"
    assert ticket["description"] == "客户要求上门 — asks for a visit"
    run_until(loop, lambda: len(section.lines) == 1, what="caller's open tickets")
    assert section.lines[0].startswith(f"#{ticket['id']} ")
    assert section.open_label.text().startswith("Open tickets (1): #")
    assert not section.form.isVisible()

    # The Tickets tab: listed; open it, start it, comment.
    window.work_tabs.setCurrentWidget(page)
    run_until(loop, lambda: page.presenter.model.rowCount() == 1, what="listed")
    assert page.presenter.model.index(0, 2).data() == "Router replaced twice, still drops"
    page.table.clicked.emit(page.presenter.model.index(0, 0))
    run_until(loop, lambda: page.presenter.current is not None, what="detail")
    assert page.start_button.isVisible() and not page.reopen_button.isVisible()
    page.start_button.click()
    run_until(
        loop,
        lambda: _server_tickets(live_server)[0]["status"] == "in_progress",
        what="in progress on the server",
    )
    run_until(loop, lambda: page.presenter.current.status == "in_progress", what="detail reloaded")
    assert _server_tickets(live_server)[0]["assignee"] == "1002"  # who starts it takes it
    page.comment_edit.setPlainText("Engineer booked for Tuesday")
    page.comment_button.click()
    run_until(loop, lambda: page.comments.count() == 1, what="comment shown")
    assert page.comments.item(0).text().endswith("1002: Engineer booked for Tuesday")
    assert page.history.count() == 3  # opened, started (and so taken), commented
    _save(window, out / "tickets_tab_en.png")

    # Filters: nothing overdue; "Assigned to me" keeps it; a search that misses empties it.
    page.overdue_check.setChecked(True)
    run_until(loop, lambda: page.presenter.model.rowCount() == 0, what="no overdue")
    page.overdue_check.setChecked(False)
    page.mine_check.setChecked(True)
    run_until(loop, lambda: page.presenter.model.rowCount() == 1, what="mine")
    page.search_edit.setText("printer")
    page.apply_filters()
    run_until(loop, lambda: page.presenter.model.rowCount() == 0, what="no match")
    page.search_edit.setText("ROUTER")
    page.apply_filters()
    run_until(loop, lambda: page.presenter.model.rowCount() == 1, what="match")

    # A bad step is refused by the server and shown, not swallowed.
    page.presenter.reopen(ticket["id"])
    run_until(loop, lambda: page.message_label.isVisibleTo(page), what="error shown")
    assert "only a resolved or closed" in page.message_label.text()

    # Someone else hands a ticket to 1002: notice in the status bar, listed at once.
    with httpx.Client(base_url=live_server.url + "/api/v1") as client:
        token = client.post(
            "/auth/login", json={"agent_id": "1001", "password": demo.DEMO_PASSWORD}
        ).json()["token"]
        r = client.post(
            "/tickets",
            json={"type": "enquiry", "title": "Call back about the invoice", "assignee": "1002"},
            headers={"Authorization": f"Bearer {token}"},
        )
        assert r.status_code == 201, r.text
    page.search_edit.clear()
    run_until(
        loop,
        lambda: "Call back about the invoice" in window.statusBar().currentMessage(),
        what="assigned notice",
    )
    assert window.statusBar().currentMessage().startswith(f"Ticket #{r.json()['id']} was")
    run_until(loop, lambda: page.presenter.model.rowCount() == 2, what="new one listed")

    # Chinese, live.
    window.language_actions["zh_CN"].trigger()
    run_until(loop, lambda: window.work_tabs.tabText(tab) == "工单", what="zh tab")
    assert page.start_button.text() == "开始处理" and page.mine_check.text() == "分配给我"
    assert page.presenter.model.headerData(5, Qt.Orientation.Horizontal) == "状态"
    _save(window, out / "tickets_tab_zh_CN.png")
    window.work_tabs.setCurrentIndex(0)
    section.new_button.click()
    section.title_edit.setText("宽带故障")
    _save(window, out / "pop_new_ticket_zh_CN.png")
    _save(section.form, out / "new_ticket_form_zh_CN.png")
    assert section.create_button.text() == "创建工单"
    window.language_actions["en"].trigger()

    desktop.session.sign_out()
    run_until(loop, lambda: host.page is None, what="tab removed at sign-out")
    titles = [window.work_tabs.tabText(i) for i in range(window.work_tabs.count())]
    assert "Tickets" not in titles
