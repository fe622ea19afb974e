"""The QA pieces rendered at 1366×768 in English and Chinese (live language switch):
the score panel beside the player, the QA page's samples and forms, "My evaluations".
PNGs go to $QA_SCREENSHOTS (default: the test's temporary folder)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QWidget

from agent_desktop.cti import CtiClient
from agent_desktop.i18n import Translations
from agent_desktop.presenters.tasks import TaskRunner
from agent_desktop.qa.api import QaApi
from agent_desktop.qa.evaluations_view import EvaluationsView
from agent_desktop.qa.presenter import QaPresenter
from agent_desktop.supervisor.presenter import SupervisorPresenter
from agent_desktop.views.style import STYLESHEET
from server_stub import demo
from tests.desktop.conftest import LiveServer
from tests.qa.test_score_panel import _admin_form, _pick, open_scoring
from tests.supervisor.conftest import run, run_until
from tests.supervisor.test_recordings_monitor import seed_recorded_call

pytestmark = pytest.mark.ui


def _save(widget: QWidget, path: Path) -> None:
    assert widget.grab().save(str(path)), path


def test_render_qa_in_english_and_chinese(
    qtbot: Any, loop: Any, supervisor: SupervisorPresenter, live_server: LiveServer, tmp_path: Path
) -> None:
    out = Path(os.environ.get("QA_SCREENSHOTS", "") or tmp_path)
    out.mkdir(parents=True, exist_ok=True)
    form_id = _admin_form(loop, live_server)
    seed_recorded_call(live_server, "13700004444")
    supervisor.presenter_permissions = ["qa_evaluate", "manage_qa_forms"]
    tab, panel = open_scoring(qtbot, loop, supervisor, live_server, "13700004444")
    tab.setStyleSheet(STYLESHEET)
    for key, value in {"greeting": "yes", "verify": "yes", "empathy": 4.0}.items():
        _pick(panel.answer_boxes[key], value)
    panel.comment_edit.setText("no company name")
    panel.comment_button.click()
    qa = tab.qa
    assert qa is not None
    qa.presenter.form_editor = True  # render the admin's forms editor too
    from agent_desktop.qa.forms_editor import FormsEditor

    qa.forms = FormsEditor(qa.presenter)
    qa.tabs.addTab(qa.forms, "")
    qa.retranslate()
    qa.presenter.load_forms()
    run_until(
        loop, lambda: qa.forms is not None and qa.forms.form_list.count() == 1, what="forms listed"
    )
    qa.forms.presenter.spawn(qa.forms._load(form_id), "load")
    run_until(
        loop,
        lambda: qa.forms is not None and qa.forms.table.rowCount() == 5,
        what="form in the editor",
    )
    qa.samples.set_agents([("1004", "刘洋 Liu Yang")], ["team_b"])
    qa.samples.from_edit.setDate(qa.samples.from_edit.date().addDays(-30))
    qa.samples.agent_combo.setCurrentIndex(qa.samples.agent_combo.findData("team:team_b"))
    assert qa.samples.request().team == "team_b"
    qa.samples.draw_button.click()  # the whole team: 1004's recorded call among them
    run_until(loop, lambda: qa.samples.show_button.isEnabled(), what="a team sample")
    assert [c.agent_id for c in qa.samples.calls] == ["1004"]
    qa.samples.agent_combo.setCurrentIndex(0)
    qa.samples.calls = []
    qa.samples.draw_button.click()
    run_until(loop, lambda: qa.samples.calls, what="a sample of 1004")

    agent = CtiClient(live_server.url)
    run(loop, agent.login("1004", demo.DEMO_PASSWORD))
    tasks = TaskRunner()
    translations = Translations()
    try:
        for key, value in {"accuracy": 5.0, "upsell": "na"}.items():
            _pick(panel.answer_boxes[key], value)
        panel.submit_button.click()
        run_until(loop, lambda: panel.last is not None, what="submitted")
        mine = EvaluationsView(QaPresenter(QaApi(agent), tasks, "1004", []))
        mine.setStyleSheet(STYLESHEET)
        qtbot.addWidget(mine)
        mine.resize(430, 700)
        mine.show()
        mine.refresh()
        run_until(loop, lambda: "Verifies" in mine.details.toPlainText(), what="details")
        report = qa.report
        report.group_combo.setCurrentIndex(report.group_combo.findData("team"))
        report.run_button.click()
        run_until(loop, lambda: report.table.rowCount() == 2, what="the QA report")
        cells = [
            [report.table.item(r, c).text() for c in range(report.table.columnCount())]
            for r in range(2)
        ]
        # team_b: one evaluation, 77.5 (upsell N/A), no critical fail, no dispute
        assert cells == [
            ["team_b", "1", "77.5", "77.5", "0", "0", "0"],
            ["Total", "1", "77.5", "77.5", "0", "0", "0"],
        ]
        for code in ("en", "zh_CN"):
            assert translations.set_language(code)
            loop.run_until_complete(__import__("asyncio").sleep(0.2))
            tab.pages.setCurrentWidget(tab.recordings)
            _save(tab, out / f"qa_score_panel_{code}.png")
            tab.pages.setCurrentWidget(qa)
            qa.tabs.setCurrentWidget(qa.samples)
            _save(tab, out / f"qa_samples_{code}.png")
            qa.tabs.setCurrentWidget(qa.forms)
            _save(tab, out / f"qa_forms_{code}.png")
            qa.tabs.setCurrentWidget(qa.evaluations)
            run_until(loop, lambda: qa.evaluations.current is not None, what="reviews")
            _save(tab, out / f"qa_evaluations_{code}.png")
            qa.tabs.setCurrentWidget(qa.report)
            _save(tab, out / f"qa_report_{code}.png")
            _save(mine, out / f"qa_my_evaluations_{code}.png")
        # Chinese throughout (spot checks of each piece)
        assert panel.title_label.text() == "为此通话评分"
        assert qa.tabs.tabText(0) == "抽检" and tab.pages.tabText(3) == "质检"
        assert qa.samples.draw_button.text() == "随机抽检(&D)"
        assert report.table.horizontalHeaderItem(2).text() == "平均分"
        assert report.table.item(1, 0).text() == "合计"
        assert mine.acknowledge_button.text() == "确认"
        assert "得分" in mine.details.toPlainText()
        # "Score them in Recordings": the drawn calls are listed there, ready to play
        drawn = [c.id for c in qa.samples.calls]
        qa.samples.show_button.click()
        assert tab.pages.currentWidget() is tab.recordings
        model = supervisor.recordings.model
        assert [model.rows[i].id for i in range(model.rowCount())] == drawn
    finally:
        translations.set_language("en")
        run(loop, tasks.cancel_all())
        run(loop, agent.close())
    supervisor.recordings.close()
