"""The "Score this call" panel in the recordings player and the agent's "My evaluations",
driven with pytest-qt against the real coordinator over HTTP."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt

from agent_desktop.cti import CtiClient
from agent_desktop.presenters.tasks import TaskRunner
from agent_desktop.protocol.qa import QaFormInput
from agent_desktop.qa.api import QaApi
from agent_desktop.qa.evaluations_view import EvaluationsView
from agent_desktop.qa.presenter import QaPresenter
from agent_desktop.supervisor.presenter import SupervisorPresenter
from agent_desktop.supervisor.tab import SupervisorTab
from server_stub import demo
from tests.desktop.conftest import LiveServer
from tests.qa.helpers import FORM
from tests.supervisor.conftest import run, run_until
from tests.supervisor.test_recordings_monitor import seed_recorded_call

pytestmark = pytest.mark.ui


def _admin_form(loop: Any, live_server: LiveServer) -> int:
    admin = CtiClient(live_server.url)
    run(loop, admin.login("9000", demo.DEMO_PASSWORD))
    try:
        form = run(loop, QaApi(admin).save_form(None, QaFormInput.model_validate(FORM)))
    finally:
        run(loop, admin.close())
    return int(form.id)


def _pick(box: Any, data: object) -> None:
    index = box.findData(data)
    assert index >= 0, (data, [box.itemData(i) for i in range(box.count())])
    box.setCurrentIndex(index)


def open_scoring(
    qtbot: Any, loop: Any, supervisor: SupervisorPresenter, live_server: LiveServer, number: str
) -> tuple[SupervisorTab, Any]:
    """The lead's tab with the seeded call selected and the form loaded in the panel."""
    lead = supervisor.api.client
    qa = QaPresenter(QaApi(lead), supervisor._tasks, "9001", ["qa_evaluate"], supervisor)
    tab = SupervisorTab(supervisor, qa=qa)
    qtbot.addWidget(tab)
    tab.resize(1366, 768)
    tab.show()
    page = tab.recordings
    tab.pages.setCurrentWidget(page)
    page.number_edit.setText(number)
    page.search_button.click()
    run_until(loop, lambda: supervisor.recordings.model.rowCount() == 1, what="the call")
    page.table.selectionModel().select(
        page.proxy.index(0, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    panel = tab.score_panel
    run_until(
        loop,
        lambda: panel.form is not None and panel.call is not None,
        what="form and call in the panel",
    )
    return tab, panel


def test_score_a_call_while_listening_and_the_agent_acknowledges(
    qtbot: Any, loop: Any, supervisor: SupervisorPresenter, live_server: LiveServer, tmp_path: Path
) -> None:
    form_id = _admin_form(loop, live_server)
    recording_id, _wav = seed_recorded_call(live_server, "13700002222")
    tab, panel = open_scoring(qtbot, loop, supervisor, live_server, "13700002222")
    player = tab.recordings.player
    assert panel.call.recording_id == recording_id
    assert [panel.items_tree.topLevelItem(i).text(0) for i in (0, 2)] == [
        "Opening (weight 1)",
        "Verifies the caller ★",
    ]
    assert not panel.submit_button.isEnabled()  # nothing answered yet
    answers = {"greeting": "no", "verify": "yes", "empathy": 4.0, "accuracy": 5.0, "upsell": "yes"}
    for key, value in answers.items():
        _pick(panel.answer_boxes[key], value)
    assert "na" not in [
        panel.answer_boxes["verify"].itemData(i)
        for i in range(panel.answer_boxes["verify"].count())
    ]
    assert panel.submit_button.isEnabled()
    # A comment at the player's position; clicking it seeks back there.
    run_until(loop, lambda: player.duration > 0, what="recording loaded")
    player.seek(2000)
    run_until(loop, lambda: abs(player.player.position() - 2000) <= 100, what="seek 2 s")
    panel.comment_edit.setText("no company name")
    panel.comment_button.click()
    assert panel.comment_list.item(0).text() == "0:02  no company name"
    player.seek(0)
    run_until(loop, lambda: player.player.position() <= 100, what="back to the start")
    entry = panel.comment_list.item(0)
    qtbot.mouseClick(
        panel.comment_list.viewport(),
        Qt.MouseButton.LeftButton,
        pos=panel.comment_list.visualItemRect(entry).center(),
    )
    run_until(loop, lambda: abs(player.player.position() - 2000) <= 100, what="seek to the comment")
    panel.summary_edit.setText("Friendly; name the company")
    panel.submit_button.click()
    run_until(loop, lambda: panel.last is not None, what="submitted")
    assert panel.result_label.text() == "Submitted: score 70.63 of 100."
    assert not panel.submit_button.isEnabled()  # once per call
    assert live_server.services is not None
    stored = live_server.services.runner.run_sync(
        lambda s: s.conn.execute(
            "SELECT agent_id, evaluator, score, form_id, comments, summary FROM qa_evaluations"
        ).fetchall()
    )
    assert len(stored) == 1
    agent_id, evaluator, score, stored_form, comments, summary = stored[0]
    assert (agent_id, evaluator, score, stored_form) == ("1004", "9001", 70.63, form_id)
    assert '"at_seconds": 2.0' in comments and summary == "Friendly; name the company"

    # The agent's "My evaluations": open it, acknowledge.
    agent = CtiClient(live_server.url)
    run(loop, agent.login("1004", demo.DEMO_PASSWORD))
    tasks = TaskRunner()
    try:
        mine = QaPresenter(QaApi(agent), tasks, "1004", [])
        view = EvaluationsView(mine)
        qtbot.addWidget(view)
        view.resize(430, 600)
        view.show()
        view.refresh()
        run_until(loop, lambda: view.current is not None, what="my evaluation")
        run_until(
            loop,
            lambda: "Verifies the caller" in view.details.toPlainText(),
            what="item labels from the form version",
        )
        text = view.details.toPlainText()
        assert "Score 70.63" in text and "0:02 no company name" in text
        assert view.acknowledge_button.isEnabled() and not view.dispute_button.isEnabled()
        view.acknowledge_button.click()
        run_until(
            loop,
            lambda: view.current is not None and view.current.status == "acknowledged",
            what="acknowledged",
        )
        assert not view.acknowledge_button.isEnabled()
        status = live_server.services.runner.run_sync(
            lambda s: s.conn.execute("SELECT status FROM qa_evaluations").fetchone()[0]
        )
        assert status == "acknowledged"
    finally:
        run(loop, tasks.cancel_all())
        run(loop, agent.close())
    supervisor.recordings.close()


def test_the_agent_disputes_and_the_lead_upholds(
    qtbot: Any, loop: Any, supervisor: SupervisorPresenter, live_server: LiveServer
) -> None:
    _admin_form(loop, live_server)
    seed_recorded_call(live_server, "13700003333")
    tab, panel = open_scoring(qtbot, loop, supervisor, live_server, "13700003333")
    for key, value in {
        "greeting": "yes",
        "verify": "no",
        "empathy": 5.0,
        "accuracy": 10.0,
        "upsell": "na",
    }.items():
        _pick(panel.answer_boxes[key], value)
    panel.submit_button.click()
    run_until(loop, lambda: panel.last is not None, what="submitted")
    assert panel.result_label.text() == ("Submitted: score 0 of 100. A critical item failed.")
    agent = CtiClient(live_server.url)
    run(loop, agent.login("1004", demo.DEMO_PASSWORD))
    tasks = TaskRunner()
    try:
        view = EvaluationsView(QaPresenter(QaApi(agent), tasks, "1004", []))
        qtbot.addWidget(view)
        view.refresh()
        run_until(loop, lambda: view.current is not None, what="my evaluation")
        assert not view.dispute_button.isEnabled()  # a reason first
        view.reason_edit.setText("I verified the caller at 0:01")
        view.dispute_button.click()
        run_until(loop, lambda: view.current.status == "disputed", what="disputed")
    finally:
        run(loop, tasks.cancel_all())
        run(loop, agent.close())
    assert tab.qa is not None
    reviews = tab.qa.evaluations
    tab.pages.setCurrentWidget(tab.qa)
    tab.qa.tabs.setCurrentWidget(reviews)  # refreshes the list
    run_until(
        loop,
        lambda: reviews.current is not None and reviews.current.status == "disputed",
        what="the dispute in the QA page",
    )
    assert "I verified the caller at 0:01" in reviews.details.toPlainText()
    reviews.reason_edit.setText("Verification not heard on the recording")
    reviews.dispute_button.click()  # "Uphold the score"
    run_until(loop, lambda: reviews.current.status == "resolved", what="resolved")
    assert reviews.current.resolution == "Verification not heard on the recording"
    supervisor.recordings.close()


def test_a_refused_score_is_said_and_can_be_sent_again(
    qtbot: Any, loop: Any, supervisor: SupervisorPresenter, live_server: LiveServer
) -> None:
    _admin_form(loop, live_server)
    seed_recorded_call(live_server, "13700006666")
    _tab, panel = open_scoring(qtbot, loop, supervisor, live_server, "13700006666")
    for key, value in {
        "greeting": "yes",
        "verify": "yes",
        "empathy": 3.0,
        "accuracy": 7.0,
        "upsell": "no",
    }.items():
        _pick(panel.answer_boxes[key], value)
    assert live_server.services is not None
    call_id = panel.call.id
    live_server.services.runner.run_sync(  # someone else scored it meanwhile
        lambda s: s.conn.execute(
            "INSERT INTO qa_evaluations (call_id, agent_id, evaluator, form_id, form_version,"
            " score, critical_failed, sections, answers, status, created_at) "
            "VALUES (?, '1004', '9000', 1, 1, 50, 0, '[]', '[]', 'submitted', 0)",
            [call_id],
        )
    )
    panel.submit_button.click()
    run_until(
        loop, lambda: panel.result_label.text().startswith("Not submitted"), what="the refusal"
    )
    assert "already evaluated" in panel.result_label.text()
    assert panel.submit_button.isEnabled() and panel.last is None
    supervisor.recordings.close()


def test_the_lead_amends_a_disputed_score(
    qtbot: Any, loop: Any, supervisor: SupervisorPresenter, live_server: LiveServer
) -> None:
    _admin_form(loop, live_server)
    seed_recorded_call(live_server, "13700007777")
    tab, panel = open_scoring(qtbot, loop, supervisor, live_server, "13700007777")
    for key, value in {
        "greeting": "yes",
        "verify": "no",
        "empathy": 5.0,
        "accuracy": 10.0,
        "upsell": "na",
    }.items():
        _pick(panel.answer_boxes[key], value)
    panel.submit_button.click()
    run_until(loop, lambda: panel.last is not None, what="submitted")
    agent = CtiClient(live_server.url)
    run(loop, agent.login("1004", demo.DEMO_PASSWORD))
    try:
        run(loop, QaApi(agent).dispute(panel.last.id, "I verified the caller at 0:01"))
    finally:
        run(loop, agent.close())
    assert tab.qa is not None
    reviews = tab.qa.evaluations
    tab.pages.setCurrentWidget(tab.qa)
    tab.qa.tabs.setCurrentWidget(reviews)
    run_until(loop, lambda: reviews.sheet.isVisibleTo(reviews), what="the answer sheet")
    assert reviews.sheet.answers()["verify"] == "no"  # the evaluation's answers to start
    assert not reviews.amend_button.isEnabled()  # a note first
    _pick(reviews.sheet.boxes["verify"], "yes")
    reviews.reason_edit.setText("Verification heard at 0:01")
    assert reviews.amend_button.isEnabled()
    reviews.amend_button.click()
    run_until(loop, lambda: reviews.current.status == "resolved", what="amended")
    assert reviews.current.score == 100.0 and reviews.current.original_score == 0.0
    assert not reviews.current.critical_failed and not reviews.sheet.isVisibleTo(reviews)
    supervisor.recordings.close()
