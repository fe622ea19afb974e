"""Issue 17, desktop: the campaign presenters and widgets over a fake API layer (the real
server's end-to-end test is test_campaigns_real.py). Renders the screens in English and
Chinese to $CAMPAIGN_SCREENSHOTS (default: the test's temporary folder)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDateTime

from agent_desktop.campaigns.bar import CampaignBar
from agent_desktop.campaigns.models import (
    Campaign,
    CampaignInput,
    ImportReport,
    MyCampaign,
    Preview,
    StartAnswer,
)
from agent_desktop.campaigns.panel import CampaignPanel
from agent_desktop.campaigns.presenter import AgentCampaigns, LeadCampaigns
from agent_desktop.campaigns.tab import CampaignsTab
from agent_desktop.cti.errors import ApiError
from agent_desktop.i18n import Translations
from agent_desktop.presenters.tasks import TaskRunner
from agent_desktop.protocol import CampaignUpdated
from tests.desktop.conftest import run_until

pytestmark = pytest.mark.ui

SALE = Campaign.model_validate(
    {
        "id": 7,
        "name": "Broadband renewals",
        "mode": "preview",
        "state": "running",
        "queue": "sales",
        "dispositions": ["sale", "no interest"],
        "script": "Hello {name}, this is Acme Broadband calling about your {plan} renewal.",
        "figures": {"contacts_total": 200, "contacts_left": 150, "dialled": 60, "answered": 40},
    }
)
DRAFT = Campaign(id=8, name="Survey", mode="predictive", state="draft")
PROGRESSIVE = Campaign(
    id=10, name="Return visits", mode="progressive", state="running", dispositions=["done"]
)


class FakeApi:
    def __init__(self) -> None:
        self.calls: list[tuple[Any, ...]] = []
        self.campaigns = [SALE, DRAFT]
        self.previews: list[Preview | None] = [
            Preview.model_validate(
                {
                    "contact": {
                        "id": 11,
                        "number": "+8613800138000",
                        "name": "王芳",
                        "fields": {"plan": "100M", "city": "Shanghai"},
                    },
                    "history": [{"at": 1_700_000_000, "result": "no_answer"}],
                }
            ),
            Preview.model_validate({"contact": {"id": 12, "number": "+8613900139000"}}),
            None,
        ]
        self.refuse_import: list[dict[str, Any]] | None = None
        self.refuse_dial: dict[int, str] = {}  # contact → the server's 409 message

    async def all(self) -> list[Campaign]:
        self.calls.append(("list",))
        return list(self.campaigns)

    async def get(self, campaign_id: int) -> Campaign:
        return next(c for c in self.campaigns if c.id == campaign_id)

    async def queues(self) -> list[str]:
        return ["sales", "support"]

    async def create(self, body: CampaignInput) -> Campaign:
        self.calls.append(("create", body))
        if body.name == "bad":
            raise ApiError(422, "invalid", "queue 'nope' does not exist")
        made = Campaign(id=9, name=body.name, mode=body.mode, state="draft")
        self.campaigns.append(made)
        return made

    async def import_contacts(
        self, campaign_id: int, path: Path, mapping: dict[str, str], dry_run: bool
    ) -> ImportReport:
        self.calls.append(("import", campaign_id, path.name, mapping, dry_run))
        if self.refuse_import is not None and dry_run:  # as the server: 200, rows listed
            return ImportReport.model_validate({"imported": 1, "errors": self.refuse_import})
        if self.refuse_import is not None:
            raise ApiError(422, "invalid", "bad rows", self.refuse_import)
        return ImportReport(imported=3, duplicates=1, invalid=0)

    async def command(self, campaign_id: int, action: str) -> StartAnswer:
        self.calls.append(("command", campaign_id, action))
        if action == "pause" and campaign_id == 8:
            raise ApiError(409, "conflict", "a draft campaign cannot be paused")
        return StartAnswer(state="running", dialling=False, reason="outside calling hours")

    async def join(self, campaign_id: int) -> None:
        self.calls.append(("join", campaign_id))

    async def mine(self) -> list[MyCampaign]:
        self.calls.append(("mine",))
        current = {"call_id": "c-1", "contact": {"id": 31, "number": "+8613700137000"}}
        return [MyCampaign.model_validate({**PROGRESSIVE.model_dump(), "current": current})]

    async def leave(self, campaign_id: int) -> None:
        self.calls.append(("leave", campaign_id))

    async def next_preview(self, campaign_id: int) -> Preview | None:
        self.calls.append(("next", campaign_id))
        return self.previews.pop(0) if self.previews else None

    async def dial(self, campaign_id: int, contact_id: int) -> None:
        self.calls.append(("dial", campaign_id, contact_id))
        if contact_id in self.refuse_dial:
            raise ApiError(409, "conflict", self.refuse_dial[contact_id])

    async def skip(self, campaign_id: int, contact_id: int, reason: str) -> None:
        self.calls.append(("skip", campaign_id, contact_id, reason))

    async def result(
        self, campaign_id: int, contact_id: int, disposition: str, callback_at: float | None
    ) -> None:
        self.calls.append(("result", campaign_id, contact_id, disposition, callback_at))


def _cell(tab: CampaignsTab, row: int, column: int) -> str:
    item = tab.table.item(row, column)
    assert item is not None
    return item.text()


def _out(tmp_path: Path) -> Path:
    out = Path(os.environ.get("CAMPAIGN_SCREENSHOTS", "") or tmp_path)
    out.mkdir(parents=True, exist_ok=True)
    return out


def test_agent_joins_previews_skips_dials_and_saves_a_call_back(
    loop: Any, qapp: Any, tmp_path: Path
) -> None:
    api = FakeApi()
    agent = AgentCampaigns(api, TaskRunner())  # type: ignore[arg-type]
    bar, panel = CampaignBar(agent), CampaignPanel(agent)
    failures: list[str] = []
    agent.failed.connect(failures.append)
    agent.load()
    run_until(loop, lambda: bar.combo.count() == 1, what="running campaigns listed")
    assert bar.combo.currentText() == "Broadband renewals · Preview"  # the draft is not joinable
    bar.join_button.click()
    run_until(loop, lambda: agent.preview is not None, what="first preview")
    assert ("join", 7) in api.calls and bar.leave_button.isVisibleTo(bar)
    assert "王芳" in panel.contact_label.text() and "+8613800138000" in panel.contact_label.text()
    assert panel.fields_form.rowCount() == 2 and panel.history_list.count() == 1
    assert "no_answer" in panel.history_list.item(0).text()
    assert panel.script_view.toPlainText() == (
        "Hello 王芳, this is Acme Broadband calling about your 100M renewal."
    )
    # skip needs a reason
    panel.skip_reason.setCurrentText("")
    panel.skip_button.click()
    assert panel.message_label.text() == "Say why you skip this contact."
    assert not any(c[0] == "skip" for c in api.calls)
    panel.skip_reason.setCurrentText("Wrong number")
    panel.skip_button.click()
    run_until(loop, lambda: agent.preview and agent.preview.contact.id == 12, what="next")
    assert ("skip", 7, 11, "Wrong number") in api.calls
    assert panel.history_list.item(0).text() == "First attempt."
    panel.dial_button.click()
    run_until(loop, lambda: agent.pending is not None, what="dialled")
    assert ("dial", 7, 12) in api.calls and panel.result_box.isVisibleTo(panel)
    assert [panel.result_combo.itemText(i) for i in range(2)] == ["sale", "no interest"]
    # a call-back in the past is refused before it reaches the server
    panel.callback_check.setChecked(True)
    panel.callback_edit.setDateTime(QDateTime.currentDateTime().addSecs(-600))
    panel.save_button.click()
    run_until(loop, lambda: failures, what="past call-back refused")
    assert failures[-1] == "The call-back time must be in the future."
    when = QDateTime.currentDateTime().addSecs(86400)
    panel.callback_edit.setDateTime(when)
    panel.result_combo.setCurrentText("no interest")
    panel.save_button.click()
    run_until(loop, lambda: agent.pending is None and agent.no_contact, what="saved")
    saved = next(c for c in api.calls if c[0] == "result")
    assert saved[:4] == ("result", 7, 12, "no interest")
    assert abs(saved[4] - when.toSecsSinceEpoch()) < 1
    assert panel.none_label.isVisibleTo(panel)  # nothing left for me right now
    bar.leave_button.click()
    run_until(loop, lambda: agent.joined is None, what="left")
    assert ("leave", 7) in api.calls


def test_progressive_call_offered_owes_the_result_of_the_contact_called(
    loop: Any, qapp: Any
) -> None:
    api = FakeApi()
    api.campaigns.append(PROGRESSIVE)
    agent = AgentCampaigns(api, TaskRunner())  # type: ignore[arg-type]
    panel = CampaignPanel(agent)
    agent.on_call_offered()  # not in a campaign: nothing asked
    agent.join(10)
    run_until(loop, lambda: agent.joined is not None, what="joined")
    assert not any(c[0] == "next" for c in api.calls)  # no preview card in progressive mode
    assert not panel.card.isVisibleTo(panel) and not panel.result_box.isVisibleTo(panel)
    assert not any(c[0] == "mine" for c in api.calls)
    agent.on_call_offered()
    run_until(loop, lambda: agent.pending is not None, what="the contact being called")
    assert agent.pending is not None and agent.pending.contact.id == 31
    assert panel.result_box.isVisibleTo(panel) and panel.result_combo.currentText() == "done"
    assert panel.result_box.title() == "Result for +8613700137000"
    panel.save_button.click()
    run_until(loop, lambda: agent.pending is None, what="saved")
    assert ("result", 10, 31, "done", None) in api.calls


def test_lead_monitor_follows_campaign_updated_and_refusals_show(
    loop: Any, qapp: Any, tmp_path: Path
) -> None:
    api = FakeApi()
    now = [1000.0]
    lead = LeadCampaigns(api, TaskRunner(), clock=lambda: now[0])  # type: ignore[arg-type]
    tab = CampaignsTab(lead, ["sales", "support"])
    tab.resize(1300, 600)
    lead.load()
    run_until(loop, lambda: tab.table.rowCount() == 2, what="listed")
    tab.table.selectRow(0)
    assert _cell(tab, 0, 2) == "Running" and _cell(tab, 0, 3) == "50/200"
    assert tab.figure_values["progress"].text() == "25.0 %"
    assert tab.pause_button.isEnabled() and not tab.start_button.isEnabled()
    for minute, (left, dropped) in enumerate([(120, 1), (90, 2)], start=1):
        now[0] = 1000.0 + 60 * minute
        lead.on_updated(
            CampaignUpdated(
                id=7,
                state="running",
                figures={
                    "contacts_total": 200,
                    "contacts_left": left,
                    "dialled": 200 - left,
                    "answered": 80,
                    "dropped": dropped,
                    "answer_rate": 0.6,
                    "drop_rate": dropped / 100,
                    "agents": 4,
                },
            )
        )
    assert tab.figure_values["contacts_left"].text() == "90"
    assert tab.figure_values["drop_rate"].text() == "2.0 %"
    drop = tab.chart.series["drop_rate"]
    assert drop.count() == 3 and drop.at(2).y() == pytest.approx(2.0)
    assert tab.chart.series["progress"].at(2).x() == pytest.approx(2.0)  # minutes
    lead.on_updated(CampaignUpdated(id=7, state="paused", figures={"contacts_total": 200}))
    assert _cell(tab, 0, 2) == "Paused" and tab.start_button.text() == "Resume"
    tab.start_button.click()
    run_until(loop, lambda: "outside calling hours" in tab.message_label.text(), what="start")
    assert ("command", 7, "start") in api.calls
    tab.table.selectRow(1)
    assert tab.figure_values["progress"].text() == "0.0 %"
    assert not tab.pause_button.isEnabled()  # a draft: the button is off
    lead.command(8, "pause")  # and the server's 409 reads as its message
    run_until(loop, lambda: "cannot be paused" in tab.message_label.text(), what="409")
    tab.grab().save(str(_out(tmp_path) / "campaigns_tab_en.png"))


def test_wizard_creates_then_dry_run_lists_bad_rows_then_imports(
    loop: Any, qapp: Any, tmp_path: Path
) -> None:
    api = FakeApi()
    lead = LeadCampaigns(api, TaskRunner())  # type: ignore[arg-type]
    tab = CampaignsTab(lead, ["sales", "support"])
    wizard = tab.open_wizard()
    basics, rules, contacts = wizard.basics, wizard.rules, wizard.contacts
    assert not basics.isComplete()
    basics.name_edit.setText("bad")
    basics.mode_combo.setCurrentIndex(basics.mode_combo.findData("progressive"))
    basics.caller_id_edit.setText("02161234567")
    basics.script_edit.setPlainText("Hi {name}")
    assert basics.isComplete()
    wizard.next()
    assert wizard.currentPage() is rules
    rules.day_to["mon"].setTime(rules.day_from["mon"].time().addSecs(-3600))
    wizard.next()
    assert wizard.currentPage() is rules and "end before they start" in rules.error_label.text()
    rules.day_to["mon"].setTime(rules.day_from["mon"].time().addSecs(8 * 3600))
    wizard.next()  # the server refuses the name (fake): its message, still on the rules
    run_until(loop, lambda: "does not exist" in rules.error_label.text(), what="refused")
    assert wizard.currentPage() is rules and wizard.campaign is None
    wizard.back()
    basics.name_edit.setText("Renewals Q1")
    wizard.next()
    rules.retry_max["busy"].setValue(4)
    rules.ceiling_spin.setValue(2.5)
    assert not rules.machine_message_check.isEnabled()  # only with detection
    rules.amd_check.setChecked(True)
    rules.machine_message_check.setChecked(True)
    rules.permission_combo.setCurrentIndex(rules.permission_combo.findData("national"))
    wizard.next()
    run_until(loop, lambda: wizard.currentPage() is contacts, what="created, contacts page")
    body: CampaignInput = next(c[1] for c in api.calls if c[0] == "create" and c[1].name != "bad")
    assert body.mode == "progressive" and body.queue == "sales" and body.drop_ceiling == 0.025
    assert body.hours["mon"] == [["09:00", "17:00"]] and "sat" not in body.hours
    assert body.retry["busy"].max == 4 and body.retry["busy"].spacing_s == 600
    assert body.dispositions == ["sale", "no interest", "call back", "wrong number"]
    assert (body.amd, body.machine_message, body.permission) == (True, True, "national")
    bad = next(c[1] for c in api.calls if c[0] == "create" and c[1].name == "bad")
    assert (bad.amd, bad.machine_message, bad.permission) == (False, False, None)  # defaults
    assert "Renewals Q1" in contacts.created_label.text()
    assert not contacts.check_button.isEnabled()  # no file yet
    sheet = tmp_path / "list.csv"
    sheet.write_text("Phone,Name\n13800138000,Li\nabc,Bad\n", encoding="utf-8")
    contacts.set_file(sheet)
    contacts.number_edit.setText("Phone")
    api.refuse_import = [{"row": 3, "error": "not a phone number: abc"}]
    contacts.check_button.click()
    run_until(loop, lambda: contacts.errors_list.count() == 1, what="row errors")
    assert contacts.errors_list.item(0).text() == "Row 3: not a phone number: abc"
    assert contacts.report_label.text() == "1 rows would be refused; nothing was imported."
    assert api.calls[-1] == ("import", 9, "list.csv", {"number": "Phone"}, True)
    contacts.import_button.click()  # the real import of a bad file: 422, nothing imported
    run_until(loop, lambda: "Import refused" in contacts.report_label.text(), what="refused")
    assert contacts.report_label.text() == "Import refused (1 bad rows); nothing was imported."
    assert contacts.errors_list.count() == 1 and contacts.imported_report is None
    api.refuse_import = None
    contacts.check_button.click()
    run_until(loop, lambda: "Check passed" in contacts.report_label.text(), what="dry run ok")
    assert contacts.errors_list.count() == 0
    contacts.import_button.click()
    run_until(loop, lambda: contacts.imported_report is not None, what="imported")
    assert contacts.report_label.text() == "Imported: 3 imported, 1 duplicates, 0 invalid numbers"
    assert api.calls[-2][-1] is False and not contacts.import_button.isEnabled()
    out = _out(tmp_path)
    wizard.grab().save(str(out / "campaign_wizard_contacts_en.png"))
    wizard.close()


def test_screens_render_in_chinese(loop: Any, qapp: Any, tmp_path: Path) -> None:
    translations = Translations()
    translations.set_language("zh_CN")
    try:
        api = FakeApi()
        agent = AgentCampaigns(api, TaskRunner())  # type: ignore[arg-type]
        bar, panel = CampaignBar(agent), CampaignPanel(agent)
        panel.resize(420, 700)
        agent.load()
        run_until(loop, lambda: bar.combo.count() == 1, what="listed")
        agent.join(7)
        run_until(loop, lambda: agent.preview is not None, what="preview")
        assert bar.join_button.text() == "加入" and panel.dial_button.text() == "拨打"
        assert bar.combo.currentText() == "Broadband renewals · 预览外呼"
        out = _out(tmp_path)
        panel.grab().save(str(out / "campaign_panel_zh_CN.png"))
        bar.resize(1000, 40)
        bar.grab().save(str(out / "campaign_bar_zh_CN.png"))
        lead = LeadCampaigns(api, TaskRunner())  # type: ignore[arg-type]
        tab = CampaignsTab(lead, ["sales"])
        tab.resize(1300, 600)
        lead.load()
        run_until(loop, lambda: tab.table.rowCount() == 2, what="listed")
        assert _cell(tab, 0, 2) == "进行中"
        tab.grab().save(str(out / "campaigns_tab_zh_CN.png"))
        wizard = tab.open_wizard()
        wizard.next()
        assert wizard.rules.retry_names["no_answer"].text() == "无人接听"
        wizard.grab().save(str(out / "campaign_wizard_rules_zh_CN.png"))
        wizard.close()
    finally:
        translations.set_language("en")


def test_an_event_newer_than_a_list_on_its_way_is_kept(loop: Any, qapp: Any) -> None:
    """Seen live: the list fetched after Start came back after the join's event and put
    the monitor's agents back to 0."""
    import asyncio

    api = FakeApi()
    gate = asyncio.Event()
    plain = api.all

    async def slow_all() -> list[Campaign]:
        listed = await plain()  # the server's copy, taken before the event
        await gate.wait()
        return listed

    api.all = slow_all  # type: ignore[method-assign]
    lead = LeadCampaigns(api, TaskRunner())  # type: ignore[arg-type]
    lead.campaigns = [SALE, DRAFT]
    lead.load()
    run_until(loop, lambda: ("list",) in api.calls, what="list asked")
    lead.on_updated(CampaignUpdated(id=7, state="paused", figures={"agents": 3}))
    gate.set()
    run_until(loop, lambda: not lead._tasks.busy, what="list back")
    kept = lead.campaign(7)
    assert kept is not None and kept.state == "paused" and kept.figures.agents == 3
    assert lead.campaign(8) == DRAFT


def test_a_refused_dial_moves_the_card_on_to_the_next_contact(loop: Any, qapp: Any) -> None:
    """The contact on the card now waits for its retry time (the server answers 409): the
    card does not keep offering it; the next contact comes."""
    api = FakeApi()
    api.refuse_dial = {11: "contact 11 is waiting for its retry: it may be called again in 10 min"}
    agent = AgentCampaigns(api, TaskRunner())  # type: ignore[arg-type]
    panel = CampaignPanel(agent)
    failures: list[str] = []
    agent.failed.connect(failures.append)
    agent.join(7)
    run_until(loop, lambda: agent.preview is not None, what="first card")
    assert agent.preview is not None and agent.preview.contact.id == 11
    panel.dial_button.click()
    run_until(loop, lambda: failures, what="dial refused")
    assert "waiting for its retry" in failures[-1]
    run_until(loop, lambda: agent.preview and agent.preview.contact.id == 12, what="next card")
    assert agent.pending is None and not agent.dialling and panel.dial_button.isEnabled()
    assert [c for c in api.calls if c[0] == "dial"] == [("dial", 7, 11)]
    assert "+8613900139000" in panel.contact_label.text()
