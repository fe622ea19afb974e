"""The supervisor tab's QA page: random samples of calls to score, the evaluations a
reviewer sees (resolve disputes), and the scoring forms (for those who may edit them)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from agent_desktop.protocol import CallRecord
from agent_desktop.protocol.qa import QaSample, QaSampleRequest
from agent_desktop.qa.evaluations_view import EvaluationsView, _when
from agent_desktop.qa.forms_editor import FormsEditor
from agent_desktop.qa.presenter import QaPresenter
from agent_desktop.qa.report_page import ReportPage


class SamplesPage(QWidget):
    """ "N calls of agent X in a period, recorded, not yet evaluated"; `show_calls` hands
    the drawn calls to the Recordings page, where the lead plays and scores them."""

    show_calls = Signal(list)  # list[CallRecord]

    def __init__(self, presenter: QaPresenter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.presenter = presenter
        self.calls: list[CallRecord] = []
        self._choices: tuple[list[tuple[str, str]], list[str]] = ([], [])
        self.available: int | None = None  # of the last draw
        self.agent_combo = QComboBox()
        self.agent_combo.setMinimumWidth(180)
        today = QDate.currentDate()
        self.from_edit = QDateEdit(today.addDays(-7))
        self.to_edit = QDateEdit(today)
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.count_spin = QSpinBox()
        self.count_spin.setRange(1, 100)
        self.count_spin.setValue(5)
        self.draw_button = QPushButton()
        self.draw_button.setObjectName("saveButton")
        self.show_button = QPushButton()
        self.show_button.setEnabled(False)
        self.labels = [QLabel() for _ in range(4)]
        self.table = QTableWidget(0, 4)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.status_label = QLabel()
        row = QHBoxLayout()
        for label, widget in zip(
            self.labels,
            (self.agent_combo, self.from_edit, self.to_edit, self.count_spin),
            strict=True,
        ):
            label.setBuddy(widget)
            row.addWidget(label)
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.draw_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(self.show_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.draw_button.clicked.connect(self._on_draw_button_clicked)
        self.show_button.clicked.connect(lambda: self.show_calls.emit(list(self.calls)))
        presenter.sampled.connect(self._on_sampled)
        self.retranslate()

    def set_agents(self, agents: list[tuple[str, str]], teams: list[str] | None = None) -> None:
        """The choices: each agent, then each team ("team:<name>" as the item's data)."""
        self._choices = (list(agents), sorted(teams or []))
        current = self.agent_combo.currentData()
        self.agent_combo.clear()
        for agent_id, name in agents:
            self.agent_combo.addItem(f"{agent_id} {name}", agent_id)
        if teams:
            self.agent_combo.insertSeparator(self.agent_combo.count())
        for team in sorted(teams or []):
            self.agent_combo.addItem(self.tr("Team %1").replace("%1", team), f"team:{team}")
        self.agent_combo.setCurrentIndex(max(0, self.agent_combo.findData(current)))

    def request(self) -> QaSampleRequest:
        start = self.from_edit.date()
        end = self.to_edit.date().addDays(1)  # the "to" day is included
        chosen = str(self.agent_combo.currentData())
        who = (
            {"team": chosen.removeprefix("team:")}
            if chosen.startswith("team:")
            else {"agent_id": chosen}
        )
        return QaSampleRequest.model_validate(
            {
                **who,
                "count": self.count_spin.value(),
                "from": datetime(start.year(), start.month(), start.day()).astimezone(),
                "to": datetime(end.year(), end.month(), end.day()).astimezone(),
            }
        )

    def _on_draw_button_clicked(self) -> None:
        if self.agent_combo.currentData() is None:
            self.status_label.setText(self.tr("Choose an agent."))
            return
        if self.to_edit.date() < self.from_edit.date():
            self.status_label.setText(self.tr("The period ends before it starts."))
            return
        self.status_label.setText(self.tr("Drawing…"))
        self.presenter.sample(self.request())

    def _on_sampled(self, sample: QaSample) -> None:
        self.calls = list(sample.calls)
        self.table.setRowCount(0)
        for call in self.calls:
            row = self.table.rowCount()
            self.table.insertRow(row)
            talk = int(call.talk_seconds or 0)
            for column, text in enumerate(
                [
                    _when(call.started_at),
                    call.agent_id or "",
                    call.queue or "",
                    f"{talk // 60}:{talk % 60:02d}",
                ]
            ):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.available = sample.available
        self._render_drawn()
        self.show_button.setEnabled(bool(self.calls))

    def _render_drawn(self) -> None:
        if self.available is not None:
            self.status_label.setText(
                self.tr("%1 of %2 recorded, not yet scored calls drawn.")
                .replace("%1", str(len(self.calls)))
                .replace("%2", str(self.available))
            )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        for label, text in zip(
            self.labels,
            (self.tr("&Agent:"), self.tr("&From:"), self.tr("&To:"), self.tr("&Calls:")),
            strict=True,
        ):
            label.setText(text)
        self.draw_button.setText(self.tr("&Draw sample"))
        self.show_button.setText(self.tr("Score them in Recordings"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Started"), self.tr("Agent"), self.tr("Queue"), self.tr("Talk")]
        )
        self._render_drawn()
        if self._choices[1]:
            self.set_agents(*self._choices)


class QaPage(QWidget):
    """Samples, evaluations and (for form editors) forms, as tabs of their own."""

    def __init__(self, presenter: QaPresenter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.presenter = presenter
        self.samples = SamplesPage(presenter)
        self.evaluations = EvaluationsView(presenter, reviewer=True)
        self.report = ReportPage(presenter)
        self.forms = FormsEditor(presenter) if presenter.form_editor else None
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.samples, "")
        self.tabs.addTab(self.evaluations, "")
        self.tabs.addTab(self.report, "")
        if self.forms is not None:
            self.tabs.addTab(self.forms, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self.retranslate()

    def _on_tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.evaluations:
            self.evaluations.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("Samples"))
        self.tabs.setTabText(1, self.tr("Evaluations"))
        self.tabs.setTabText(2, self.tr("Report"))
        if self.forms is not None:
            self.tabs.setTabText(3, self.tr("Forms"))
        self.tabs.tabBar().setElideMode(Qt.TextElideMode.ElideNone)
