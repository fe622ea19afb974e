"""The Reports tab driven by pytest-qt over the real `ReportsApi` and the contract server
in memory: report picked → table filled (by kind, totals last), chart drawn, formulas,
drill-down to the calls and a recording in the player, export to a file that reads back,
cancel, and errors in plain words."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCharts import QHorizontalBarSeries, QLineSeries, QPieSeries
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QFileDialog

from agent_desktop.reports.page import ReportsTab
from agent_desktop.reports.presenter import ReportsPresenter
from tests.desktop.conftest import run_until
from tests.reports_tab.fake_server import AGENTS, FakeReportsServer

pytestmark = pytest.mark.ui
PARAMS = {"from": "2026-12-07T00:00:00", "to": "2026-12-08T00:00:00"}


def make_tab(qtbot: Any, loop: Any, presenter: ReportsPresenter) -> ReportsTab:
    tab = ReportsTab(presenter)
    qtbot.addWidget(tab)
    tab.resize(1366, 768)
    tab.show()
    run_until(loop, lambda: presenter.model.rowCount() > 0, what="the first report")
    run_until(loop, lambda: tab.form.filter_combos["agent"].count() > 1, what="choices")
    return tab


def pick(tab: ReportsTab, report: str, group: str = "", period: str = "today") -> None:
    form = tab.form
    form.report_combo.setCurrentIndex(form.report_combo.findData(report))
    form.period_combo.setCurrentIndex(form.period_combo.findData(period))
    if group:
        form.group_combo.setCurrentIndex(form.group_combo.findData(group))


def cells(tab: ReportsTab, table: Any = None) -> list[list[str]]:
    view = table or tab.table
    model = view.model()
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_report_picked_fills_the_table_by_kind_with_totals_and_formulas(
    qtbot: Any, loop: Any, presenter: ReportsPresenter, server: FakeReportsServer
) -> None:
    tab = make_tab(qtbot, loop, presenter)
    assert tab.form.report_combo.currentData() == "agents"  # the first report, run at once
    pick(tab, "agents", "agent")
    qtbot.mouseClick(tab.form.run_button, Qt.MouseButton.LeftButton)
    run_until(
        loop,
        lambda: (
            server.requests[-1].url.params.get("group_by") == "agent"
            and tab.form.run_button.isEnabled()
        ),
        what="agents by agent",
    )
    expected = server.result("agents", {**PARAMS, "group_by": "agent"})
    rows = cells(tab)
    assert len(rows) == len(AGENTS) + 1
    first = expected["rows"][0]
    h, rest = divmod(first["talk"], 3600)
    assert rows[0][:4] == [
        first["agent"],
        str(first["offered"]),
        str(first["answered"]),
        f"{h}:{rest // 60:02d}:{rest % 60:02d}",
    ]
    assert rows[0][5] == f"{first['service_level'] * 100:.1f} %"
    assert rows[-1][0] == "Total" and rows[-1][1] == str(expected["totals"]["offered"])
    # sorted by answered, both ways: the totals row stays last
    for order in (Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder):
        tab.table.sortByColumn(2, order)
        answered = [int(r[2]) for r in cells(tab)[:-1]]
        assert answered == sorted(answered, reverse=order == Qt.SortOrder.DescendingOrder)
        assert cells(tab)[-1][0] == "Total"
    # the formulas: header tooltip and the "How is this computed?" line
    assert tab.table.model().headerData(
        4, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
    ) == server_formula("aht")
    tab.formulas_button.click()
    assert tab.formulas_label.isVisible()
    assert "AHT: (talk + hold + wrap-up) ÷ answered calls" in tab.formulas_label.text()


def server_formula(key: str) -> str:
    from tests.reports_tab.fake_server import FORMULAS

    return FORMULAS[key]


def test_charts_follow_the_report(
    qtbot: Any, loop: Any, presenter: ReportsPresenter, server: FakeReportsServer
) -> None:
    tab = make_tab(qtbot, loop, presenter)
    pick(tab, "traffic", "hour")
    tab.form.run_button.click()
    run_until(
        loop,
        lambda: presenter.model.result is not None and presenter.model.result.report == "traffic",
        what="traffic",
    )
    assert tab.chart.isVisible()
    series = tab.chart.chart().series()
    assert len(series) == 1 and isinstance(series[0], QLineSeries)
    expected = server.result("traffic", {**PARAMS, "group_by": "hour"})
    assert [p.y() for p in series[0].points()] == [r["offered"] for r in expected["rows"]]
    pick(tab, "ranking", "agent")
    tab.form.run_button.click()
    run_until(loop, lambda: presenter.model.result.report == "ranking", what="ranking")
    assert isinstance(tab.chart.chart().series()[0], QHorizontalBarSeries)
    pick(tab, "agent-states")
    tab.form.run_button.click()
    run_until(loop, lambda: presenter.model.result.report == "agent-states", what="states")
    pie = tab.chart.chart().series()[0]
    assert isinstance(pie, QPieSeries) and pie.count() == 3
    pick(tab, "calls")
    tab.form.run_button.click()
    run_until(loop, lambda: presenter.model.result.report == "calls", what="calls")
    assert not tab.chart.isVisible()  # a list has no chart


def select_row(table: Any, row: int) -> None:
    table.selectionModel().select(
        table.model().index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )


def test_drill_down_lists_the_rows_calls_and_plays_a_recording(
    qtbot: Any, loop: Any, presenter: ReportsPresenter, server: FakeReportsServer
) -> None:
    tab = make_tab(qtbot, loop, presenter)
    pick(tab, "agents", "agent")
    tab.form.run_button.click()
    run_until(loop, lambda: presenter.model.result.group_by == "agent", what="by agent")
    select_row(tab.table, 1)
    agent = cells(tab)[1][0]
    rect = tab.table.visualRect(tab.table.model().index(1, 0))
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert tab.calls_button.isEnabled()
    qtbot.mouseDClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    run_until(loop, lambda: presenter.calls.rowCount() > 0, what="the agent's calls")
    assert tab.calls_pane.isVisible()
    assert server.requests[-1].url.params["agent"] == agent
    mine = [c for c in server.calls if c.agent == agent]
    assert sorted(r[0] for r in cells(tab, tab.calls_table)) == sorted(c.id for c in mine)
    assert f"Calls of {agent}: {len(mine)}" in tab.calls_label.text()
    # queues by their display names (GET /queues), not their ids
    assert {r[3] for r in cells(tab, tab.calls_table)} == {c.queue.title() for c in mine}
    recorded = next(r for r, row in enumerate(cells(tab, tab.calls_table)) if row[-1])
    select_row(tab.calls_table, recorded)
    run_until(loop, lambda: tab.player.play_button.isEnabled(), what="recording loaded")
    assert tab.player.player.source().toLocalFile().endswith(".wav")
    run_until(loop, lambda: tab.player.duration > 0, what="its duration read")
    # the totals row stands for no calls
    select_row(tab.table, tab.table.model().rowCount() - 1)
    assert not tab.calls_button.isEnabled() and not tab.drill()


def test_export_writes_a_file_that_reads_back(
    qtbot: Any, loop: Any, presenter: ReportsPresenter, server: FakeReportsServer, tmp_path: Path
) -> None:
    tab = make_tab(qtbot, loop, presenter)
    pick(tab, "traffic", "hour")
    tab.form.run_button.click()
    run_until(loop, lambda: presenter.model.result.report == "traffic", what="traffic")
    tab.export_button.click()
    dialog = tab.export_dialog
    assert isinstance(dialog, QFileDialog) and dialog.isVisible()
    target = tmp_path / "traffic.csv"
    dialog.fileSelected.emit(str(target))  # what "Save" does with the typed name
    dialog.close()
    assert tab.progress.isVisible() and not tab.export_button.isEnabled()
    run_until(loop, lambda: target.exists() and not tab.progress.isVisible(), what="export")
    rows = list(csv.reader(target.read_text(encoding="utf-8-sig").splitlines()))
    expected = server.result("traffic", {**PARAMS, "group_by": "hour"})
    assert [int(r[1]) for r in rows[1:]] == [r["offered"] for r in expected["rows"]]
    assert tab.export_button.isEnabled()
    assert tab.message_label.text().startswith(f"Exported {target}")


def test_cancelled_export_leaves_nothing(
    qtbot: Any, loop: Any, presenter: ReportsPresenter, server: FakeReportsServer, tmp_path: Path
) -> None:
    tab = make_tab(qtbot, loop, presenter)
    server.calls = server.calls * 20
    server.slow_export = True
    pick(tab, "calls")
    tab.form.run_button.click()
    run_until(loop, lambda: presenter.model.result.report == "calls", what="calls")
    target = tmp_path / "calls.xlsx"
    assert tab.export_to(str(target))
    run_until(loop, lambda: (tmp_path / "calls.xlsx.part").exists(), what="export started")
    qtbot.mouseClick(tab.cancel_button, Qt.MouseButton.LeftButton)
    run_until(loop, lambda: not tab.progress.isVisible(), what="export cancelled")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["wav"]
    assert tab.message_label.text() == "Export cancelled: nothing was saved."


def test_server_errors_in_plain_words_and_the_table_kept(
    qtbot: Any, loop: Any, presenter: ReportsPresenter, server: FakeReportsServer
) -> None:
    tab = make_tab(qtbot, loop, presenter)
    before = cells(tab)
    server.fail["queues"] = (422, "range_too_large", "A report covers at most 366 days.")
    pick(tab, "queues", "queue")
    tab.form.run_button.click()
    run_until(loop, lambda: "366" in tab.message_label.text(), what="the error")
    assert tab.message_label.text() == (
        "The report could not be made: A report covers at most 366 days."
    )
    assert cells(tab) == before  # nothing lost
    assert tab.form.run_button.isEnabled()


def test_custom_range_is_sent_with_its_last_day_included(
    qtbot: Any, loop: Any, presenter: ReportsPresenter, server: FakeReportsServer
) -> None:
    from PySide6.QtCore import QDate

    tab = make_tab(qtbot, loop, presenter)
    pick(tab, "agents", period="custom")
    assert tab.form.first_edit.isEnabled()
    tab.form.first_edit.setDate(QDate(2026, 12, 1))
    tab.form.last_edit.setDate(QDate(2026, 12, 7))
    tab.form.filter_combos["team"].setCurrentIndex(tab.form.filter_combos["team"].findData("t2"))
    qtbot.keyClick(tab.form.filter_combos["team"].lineEdit(), Qt.Key.Key_Return)  # = Show
    run_until(loop, lambda: server.requests[-1].url.params.get("team") == "t2", what="custom range")
    params = server.requests[-1].url.params
    assert (params["from"], params["to"]) == ("2026-12-01T00:00:00", "2026-12-08T00:00:00")
    pick(tab, "agents", period="last_week")
    assert not tab.form.first_edit.isEnabled()
    assert tab.form.first_edit.date() == QDate(2026, 11, 30)
    assert tab.form.last_edit.date() == QDate(2026, 12, 6)


def test_export_to_a_folder_that_is_gone_says_so(
    qtbot: Any, loop: Any, presenter: ReportsPresenter, tmp_path: Path
) -> None:
    tab = make_tab(qtbot, loop, presenter)
    target = tmp_path / "gone" / "agents.csv"
    assert tab.export_to(str(target))
    run_until(
        loop,
        lambda: not presenter.exporting and not tab.progress.isVisible(),
        what="the export ended",
    )
    assert tab.message_label.text().startswith("Not exported: ")
    assert "No such file or directory" in tab.message_label.text()
    assert not target.parent.exists() and tab.export_button.isEnabled()
