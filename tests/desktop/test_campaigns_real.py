"""Issue 17, desktop against the real coordinator (over HTTP and its event stream): the
lead creates a preview campaign in the wizard (a dry run lists a bad row, nothing
imported; then the real import), starts it and watches the monitor move on
`campaign.updated`; the agent joins from the campaign bar, skips a contact with a reason,
dials the next (the server places the call: the agent's phone first), and saves the
result with a call-back time the server keeps. The server's telephony is the test fake
(FakeControl): SIP and RTP of campaign calls are tested by the server side's tests."""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest
from PySide6.QtCore import QDateTime, QTime

from agent_desktop.campaigns.models import WEEKDAYS
from server_stub import demo
from tests.desktop.conftest import LiveServer, run_until, sign_in

pytestmark = pytest.mark.ui


def _cell(tab: Any, row: int, column: int) -> str:
    item = tab.table.item(row, column)
    return "" if item is None else str(item.text())


def _fits(window: Any) -> None:
    """At 1366×768 (tests/desktop/test_fits_1366.py): nothing pushes the window past it."""
    hint = window.minimumSizeHint()
    assert hint.width() <= 1366 and hint.height() <= 768, hint
    assert window.width() <= 1366 and window.height() <= 768, window.size()


@contextmanager
def _as(live_server: LiveServer, agent_id: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=live_server.url + "/api/v1") as client:
        r = client.post("/auth/login", json={"agent_id": agent_id, "password": demo.DEMO_PASSWORD})
        r.raise_for_status()
        client.headers["Authorization"] = f"Bearer {r.json()['token']}"
        yield client


def test_lead_creates_imports_starts_agent_previews_dials_and_schedules(
    loop: Any, desktop: Any, live_server: LiveServer, tmp_path: Path
) -> None:
    out = Path(os.environ.get("CAMPAIGN_SCREENSHOTS", "") or tmp_path)
    out.mkdir(parents=True, exist_ok=True)
    window, host = desktop.window, desktop.campaigns
    window.resize(1366, 768)
    sign_in(loop, desktop, live_server, agent_id="9001")
    tab = host.tab
    assert tab is not None
    assert window.work_tabs.tabText(window.work_tabs.indexOf(tab)) == "Campaigns"
    window.work_tabs.setCurrentWidget(tab)
    assert host.lead is not None
    run_until(loop, lambda: host.lead.queues, what="the centre's queues")
    wizard = tab.open_wizard()
    basics, rules, contacts = wizard.basics, wizard.rules, wizard.contacts
    # the lead is in no queue: the wizard offers the centre's (its list was empty)
    combo = basics.queue_combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["sales", "support"]
    basics.name_edit.setText("回访 Return visits")
    basics.mode_combo.setCurrentIndex(basics.mode_combo.findData("preview"))
    basics.queue_combo.setCurrentText("sales")
    basics.caller_id_edit.setText("02161234567")
    basics.script_edit.setPlainText("您好，我是 Acme 的回访专员。")
    wizard.next()
    for day in WEEKDAYS:  # open all day, every day: the test may run at any hour
        rules.day_checks[day].setChecked(True)
        rules.day_from[day].setTime(QTime(0, 0))
        rules.day_to[day].setTime(QTime(23, 59))
    rules.dispositions_edit.setText("sale, no interest, call back")
    wizard.next()
    try:
        run_until(loop, lambda: wizard.campaign is not None, what="created")
    except AssertionError:
        raise AssertionError(rules.error_label.text()) from None
    assert wizard.currentPage() is contacts
    campaign_id = wizard.campaign.id
    sheet = tmp_path / "list.csv"
    sheet.write_text(
        "电话,姓名,套餐\n13800138000,张伟,100M\nnot a number,坏行,\n139 0013 9000,李静,200M\n",
        encoding="utf-8",
    )
    contacts.set_file(sheet)
    contacts.check_button.click()
    run_until(loop, lambda: contacts.errors_list.count() > 0, what="row errors")
    assert contacts.errors_list.item(0).text().startswith("Row ")
    assert "nothing was imported" in contacts.report_label.text()
    wizard.grab().save(str(out / "campaign_wizard_row_errors_en.png"))
    with _as(live_server, "9001") as lead_http:
        figures = lead_http.get(f"/campaigns/{campaign_id}").json()["figures"]
        assert figures["contacts_total"] == 0  # the dry run imported nothing
    sheet.write_text(
        "电话,姓名,套餐\n13800138000,张伟,100M\n139 0013 9000,李静,200M\n", encoding="utf-8"
    )
    contacts.set_file(sheet)
    contacts.check_button.click()
    run_until(loop, lambda: "Check passed" in contacts.report_label.text(), what="dry run")
    contacts.import_button.click()
    run_until(loop, lambda: contacts.imported_report is not None, what="imported")
    assert contacts.imported_report.imported == 2
    wizard.accept()
    run_until(loop, lambda: tab.table.rowCount() == 1, what="listed")
    tab.table.selectRow(0)
    run_until(loop, lambda: tab.figure_values["contacts_left"].text() == "2", what="figures")
    assert _cell(tab, 0, 2) == "Draft"
    tab.start_button.click()
    run_until(loop, lambda: _cell(tab, 0, 2) == "Running", what="running")
    # Another agent joins (not through this desktop): only the event moves the monitor.
    with _as(live_server, "1003") as other:
        assert other.post(f"/campaigns/{campaign_id}/join").status_code == 200
    run_until(loop, lambda: tab.figure_values["agents"].text() == "1", what="campaign.updated")
    assert len(host.lead.samples[campaign_id]) >= 2
    _fits(window)
    window.grab().save(str(out / "campaigns_tab_live_en.png"))
    window.language_actions["zh_CN"].trigger()
    run_until(loop, lambda: tab.start_button.text() == "启动", what="zh tab")
    assert window.work_tabs.tabText(window.work_tabs.indexOf(tab)) == "外呼任务"
    assert _cell(tab, 0, 2) == "进行中"
    _fits(window)
    window.grab().save(str(out / "campaigns_tab_live_zh_CN.png"))
    window.language_actions["en"].trigger()
    run_until(loop, lambda: tab.start_button.text() == "Start", what="en tab")
    results = tmp_path / "results.xlsx"
    host.lead.export(campaign_id, results)  # what Export results… does after its dialog
    run_until(loop, lambda: "Results saved" in tab.message_label.text(), what="exported")
    assert results.read_bytes()[:2] == b"PK"  # an XLSX (a zip), not the CSV
    # the do-not-call list: a bad number refuses the lot (the server's message), then added
    dnc = tab.open_dnc()
    run_until(loop, lambda: dnc.message_label.text() == "0 numbers on the list.", what="dnc")
    dnc.numbers_edit.setPlainText("135 0013 5000, abc")
    dnc.note_edit.setText("complained 投诉")
    dnc.add_button.click()
    run_until(loop, lambda: "abc" in dnc.message_label.text(), what="bad number refused")
    assert dnc.numbers_list.count() == 0
    dnc.numbers_edit.setPlainText("135 0013 5000")
    dnc.add_button.click()
    run_until(loop, lambda: dnc.numbers_list.count() == 1, what="added")
    assert dnc.numbers_list.item(0).text().startswith("13500135000  complained 投诉")
    dnc.grab().save(str(out / "campaign_dnc_en.png"))
    dnc.numbers_list.item(0).setSelected(True)
    dnc.remove_button.click()
    run_until(loop, lambda: dnc.numbers_list.count() == 0, what="removed")
    dnc.close()

    desktop.session.sign_out()
    run_until(loop, lambda: host.tab is None, what="signed out")

    sign_in(loop, desktop, live_server, agent_id="1002")
    assert host.tab is None  # agents have no Campaigns tab
    bar, panel, agent = host.bar, host.panel, host.agent
    run_until(loop, lambda: bar.isVisible() and bar.combo.count() == 1, what="campaign bar")
    assert bar.combo.currentText() == "回访 Return visits · Preview"
    bar.join_button.click()
    run_until(loop, lambda: agent.preview is not None, what="first contact")
    assert window.side_tabs.currentWidget() is panel and window.side_dock.isVisible()
    first = agent.preview.contact
    assert first.number in ("13800138000", "13900139000") and first.name in ("张伟", "李静")
    assert panel.script_view.toPlainText() == "您好，我是 Acme 的回访专员。"
    _fits(window)
    window.grab().save(str(out / "campaign_preview_en.png"))
    panel.skip_reason.setCurrentText("Called recently")
    panel.skip_button.click()
    run_until(
        loop,
        lambda: agent.preview is not None and agent.preview.contact.id != first.id,
        what="next contact after the skip",
    )
    second = agent.preview.contact
    panel.dial_button.click()
    run_until(loop, lambda: agent.pending is not None, what="dialled")
    # the server placed the call (my phone first); the desktop holds it as my click-to-dial
    run_until(loop, lambda: desktop.calls.phase == "dialling", what="Calling…")
    assert window.softphone.number_label.text() == second.number
    assert window.softphone.hang_up_button.isEnabled()
    dials = live_server.control.dials
    assert any(d[1] == "1002" and d[2] == second.number for d in dials), dials
    # my phone rings first for the call I dialled: answered at once, no second click
    server_call = next(d[0] for d in dials if d[2] == second.number)
    desktop.softphone.simulate_incoming_call(headers={"X-Call-Id": server_call})
    run_until(loop, lambda: desktop.calls.phase == "on_call", what="my ring answered")
    assert not desktop.softphone.ringing
    assert [panel.result_combo.itemText(i) for i in range(3)] == [
        "sale",
        "no interest",
        "call back",
    ]
    window.language_actions["zh_CN"].trigger()
    run_until(loop, lambda: panel.save_button.text() == "保存结果", what="zh")
    _fits(window)
    window.grab().save(str(out / "campaign_result_zh_CN.png"))
    window.language_actions["en"].trigger()
    when = QDateTime.currentDateTime().addSecs(2 * 86400)
    panel.result_combo.setCurrentText("call back")
    panel.callback_check.setChecked(True)
    panel.callback_edit.setDateTime(when)
    panel.save_button.click()
    run_until(loop, lambda: agent.pending is None, what="result saved")
    run_until(loop, lambda: agent.no_contact, what="no contact left for me")
    with _as(live_server, "9001") as lead_http:
        r = lead_http.get(f"/campaigns/{campaign_id}/results", params={"format": "csv"})
        assert r.status_code == 200
        text = r.text
    assert "call back" in text and "Called recently" in text
    mine = next(line for line in text.splitlines() if second.number in line)
    assert "call back" in mine
    # the call-back is kept: the contact waits until then (not offered again now)
    assert agent.preview is None
    bar.leave_button.click()
    run_until(loop, lambda: agent.joined is None, what="left")
    assert time.time() < when.toSecsSinceEpoch()


def test_progressive_call_placed_for_the_ready_agent_owes_its_result(
    loop: Any, desktop: Any, live_server: LiveServer, tmp_path: Path
) -> None:
    """Progressive: the server dials for the ready agent (its phone first); the desktop
    asks which contact it is and shows the result form; the result reaches the server."""
    with _as(live_server, "9001") as lead:
        body = {
            "name": "Progressive renewals",
            "mode": "progressive",
            "queue": "sales",
            "caller_id": "4008001000",
            "hours": {day: [["00:00", "23:59"]] for day in WEEKDAYS},
            "dispositions": ["renewed", "declined"],
        }
        r = lead.post("/campaigns", json=body)
        assert r.status_code == 201, r.text
        campaign_id = r.json()["id"]
        r = lead.post(
            f"/campaigns/{campaign_id}/contacts",
            files={"file": ("list.csv", "phone,name\n13700137000,周敏\n".encode(), "text/csv")},
        )
        assert r.status_code == 201, r.text
        assert lead.post(f"/campaigns/{campaign_id}/start").status_code == 200
    sign_in(loop, desktop, live_server, agent_id="1002")
    host = desktop.campaigns
    bar, panel, agent = host.bar, host.panel, host.agent
    run_until(loop, lambda: bar.combo.count() == 1, what="campaign bar")
    bar.join_button.click()
    run_until(loop, lambda: agent.joined is not None, what="joined")
    assert not panel.card.isVisible()  # no preview card: the dialler places the calls
    assert not live_server.control.dials
    desktop.window.state_bar.ready_button.click()
    run_until(loop, lambda: agent.pending is not None, what="the campaign's call, its contact")
    assert agent.pending is not None and agent.pending.contact.name == "周敏"
    assert any(d[1] == "1002" and d[2] == "13700137000" for d in live_server.control.dials)
    # the call the dialler placed for me is held as my own dial; my ring is answered
    run_until(loop, lambda: desktop.calls.phase == "dialling", what="Calling…")
    assert desktop.window.softphone.number_label.text() == "13700137000"
    server_call = next(d[0] for d in live_server.control.dials if d[2] == "13700137000")
    desktop.softphone.simulate_incoming_call(headers={"X-Call-Id": server_call})
    run_until(loop, lambda: desktop.calls.phase == "on_call", what="my ring answered")
    assert panel.result_box.isVisible()
    assert [panel.result_combo.itemText(i) for i in range(2)] == ["renewed", "declined"]
    panel.result_combo.setCurrentText("renewed")
    panel.save_button.click()
    run_until(loop, lambda: agent.pending is None, what="result saved")
    with _as(live_server, "9001") as lead:
        text = lead.get(f"/campaigns/{campaign_id}/results", params={"format": "csv"}).text
    line = next(x for x in text.splitlines() if "13700137000" in x)
    assert "renewed" in line


def test_the_campaign_result_is_the_calls_wrap_up_asked_once(
    loop: Any, desktop: Any, live_server: LiveServer
) -> None:
    """A campaign call's result is its wrap-up disposition too: the wrap-up form is not
    shown for it (whether the result came during the call or after it), and the server
    records the result as the call's disposition (so wrap-up may finish)."""
    with _as(live_server, "9001") as lead:
        body = {
            "name": "Renewals once",
            "mode": "progressive",
            "queue": "sales",
            "caller_id": "4008001000",
            "hours": {day: [["00:00", "23:59"]] for day in WEEKDAYS},
            "dispositions": ["renewed", "declined"],
        }
        r = lead.post("/campaigns", json=body)
        assert r.status_code == 201, r.text
        campaign_id = r.json()["id"]
        rows = "phone,name\n13700137001,周敏\n13700137002,吴刚\n".encode()
        r = lead.post(
            f"/campaigns/{campaign_id}/contacts", files={"file": ("l.csv", rows, "text/csv")}
        )
        assert r.status_code == 201, r.text
        assert lead.post(f"/campaigns/{campaign_id}/start").status_code == 200
    sign_in(loop, desktop, live_server, agent_id="1002")
    host, window = desktop.campaigns, desktop.window
    bar, panel, agent = host.bar, host.panel, host.agent
    acd = live_server.services.acd  # type: ignore[union-attr]
    outbound = live_server.services.outbound  # type: ignore[union-attr]
    run_until(loop, lambda: bar.combo.count() == 1, what="campaign bar")
    bar.join_button.click()
    run_until(loop, lambda: agent.joined is not None, what="joined")

    def next_call(number: str) -> str:
        window.state_bar.ready_button.click()
        run_until(
            loop,
            lambda: any(d[2] == number for d in live_server.control.dials),
            what=f"the dialler calls {number}",
        )
        call_id: str = next(d[0] for d in live_server.control.dials if d[2] == number)
        run_until(loop, lambda: desktop.calls.phase == "dialling", what="Calling…")
        desktop.softphone.simulate_incoming_call(headers={"X-Call-Id": call_id})
        run_until(loop, lambda: desktop.calls.phase == "on_call", what="my ring answered")
        live_server.call(outbound.outbound_progress(call_id, "active"))  # the customer answers
        run_until(
            loop,
            lambda: agent.pending is not None and agent.pending.call_id == call_id,
            what="the campaign's contact",
        )
        return call_id

    # 1. the result during the call, then the call ends: no wrap-up form
    first = next_call("13700137001")
    panel.result_combo.setCurrentText("renewed")
    panel.save_button.click()
    run_until(loop, lambda: agent.pending is None, what="result saved")
    live_server.call(acd.agent_hung_up(first))
    run_until(loop, lambda: desktop.state.status == "wrap_up", what="wrap-up")
    loop.run_until_complete(asyncio.sleep(0.3))
    assert desktop.wrap_up.call_id == "" and not window.wrap_up_panel.isVisible()
    assert live_server.get(f"/calls/{first}", "1002")["disposition"] == "renewed"
    # 2. the call ends first: the campaign's result form is the only one shown
    second = next_call("13700137002")
    live_server.call(acd.agent_hung_up(second))
    run_until(loop, lambda: desktop.state.status == "wrap_up", what="wrap-up")
    loop.run_until_complete(asyncio.sleep(0.3))
    assert desktop.wrap_up.call_id == "" and not window.wrap_up_panel.isVisible()
    assert panel.result_box.isVisible() and agent.pending is not None
    panel.result_combo.setCurrentText("declined")
    panel.save_button.click()
    run_until(loop, lambda: agent.pending is None, what="result saved")
    assert live_server.get(f"/calls/{second}", "1002")["disposition"] == "declined"
    window.state_bar.finish_button.click()  # wrap-up may finish: the call has its result
    run_until(loop, lambda: desktop.state.status == "ready", what="ready again")
