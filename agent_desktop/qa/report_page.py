"""The QA report in the QA page: evaluations, average and lowest score, critical fails,
disputes and acknowledgements by agent, team or form over a period (a `ReportResult`)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from agent_desktop.protocol.reports import ReportResult
from agent_desktop.qa.presenter import QaPresenter


class ReportPage(QWidget):
    """Period and grouping → the server's figures; the last row is the totals."""

    def __init__(self, presenter: QaPresenter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.presenter = presenter
        self.result: ReportResult | None = None
        today = QDate.currentDate()
        self.from_edit = QDateEdit(today.addDays(-30))
        self.to_edit = QDateEdit(today)
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.group_combo = QComboBox()
        for key in ("agent", "team", "form"):
            self.group_combo.addItem("", key)
        self.run_button = QPushButton()
        self.run_button.setObjectName("saveButton")
        self.labels = [QLabel() for _ in range(3)]
        self.table = QTableWidget(0, 0)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        row = QHBoxLayout()
        for label, widget in zip(
            self.labels, (self.from_edit, self.to_edit, self.group_combo), strict=True
        ):
            label.setBuddy(widget)
            row.addWidget(label)
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.run_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status_label)
        self.run_button.clicked.connect(self.run)
        presenter.reported.connect(self._on_reported)
        self.retranslate()

    def period(self) -> tuple[datetime, datetime]:
        start, end = self.from_edit.date(), self.to_edit.date().addDays(1)  # "to" included
        return (
            datetime(start.year(), start.month(), start.day()).astimezone(),
            datetime(end.year(), end.month(), end.day()).astimezone(),
        )

    def run(self) -> None:
        if self.to_edit.date() < self.from_edit.date():
            self.status_label.setText(self.tr("The period ends before it starts."))
            return
        start, end = self.period()
        self.presenter.report(start, end, str(self.group_combo.currentData()))

    def _on_reported(self, result: ReportResult) -> None:
        self.result = result
        self._render()

    def _label(self, key: str, english: str) -> str:
        return {
            "agent": self.tr("Agent"),
            "team": self.tr("Team"),
            "form": self.tr("Form"),
            "evaluations": self.tr("Evaluations"),
            "average_score": self.tr("Average score"),
            "lowest_score": self.tr("Lowest score"),
            "critical_fails": self.tr("Critical fails"),
            "disputes": self.tr("Disputes"),
            "acknowledged": self.tr("Acknowledged"),
        }.get(key, english)

    def _render(self) -> None:
        result = self.result
        if result is None:
            return
        columns = result.columns
        self.table.clear()
        self.table.setColumnCount(len(columns))
        self.table.setHorizontalHeaderLabels([self._label(c.key, c.label) for c in columns])
        rows = [*result.rows, *([result.totals] if result.totals else [])]
        self.table.setRowCount(len(rows))
        bold = QFont(self.font())
        bold.setBold(True)
        for r, values in enumerate(rows):
            for c, column in enumerate(columns):
                value = values.get(column.key)
                if r == len(result.rows) and c == 0:
                    value = self.tr("Total")
                text = (
                    "—"
                    if value is None
                    else (f"{value:g}" if isinstance(value, float) else str(value))
                )
                item = QTableWidgetItem(text)
                if column.kind != "text":
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if r == len(result.rows):
                    item.setFont(bold)
                self.table.setItem(r, c, item)
        self.status_label.setText(
            self.tr(
                "Average score: the mean of the evaluations' "
                "scores (0..100); a critical fail scores 0."
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        for label, text in zip(
            self.labels, (self.tr("&From:"), self.tr("&To:"), self.tr("&By:")), strict=True
        ):
            label.setText(text)
        for index, text in enumerate((self.tr("Agent"), self.tr("Team"), self.tr("Form"))):
            self.group_combo.setItemText(index, text)
        self.run_button.setText(self.tr("&Run report"))
        self._render()
