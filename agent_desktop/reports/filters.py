"""The Reports tab's form: report, period (with a custom range), grouping and the agent /
team / queue / number filters, as one `ReportQuery` for the presenter."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from agent_desktop.reports.labels import GROUP_NAMES, PERIOD_NAMES, report_title, translate
from agent_desktop.reports.periods import FILTERS, PERIODS, Period, ReportQuery
from agent_desktop.reports.presenter import ReportsPresenter


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class ReportForm(QWidget):
    """Emits `run_requested` on "Show" (and when the report or period changes)."""

    run_requested = Signal()

    def __init__(self, presenter: ReportsPresenter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.presenter = presenter
        self.report_combo = QComboBox()
        self.report_combo.setMinimumContentsLength(14)
        self.period_combo = QComboBox()
        self.group_combo = QComboBox()
        self.first_edit = QDateEdit()
        self.last_edit = QDateEdit()
        for edit in (self.first_edit, self.last_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setDate(QDate.currentDate())
        self.filter_combos = {name: QComboBox() for name in FILTERS}
        for combo in self.filter_combos.values():
            combo.setEditable(True)  # a value the role cannot list can still be typed
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            combo.setMinimumContentsLength(10)
        self.run_button = QPushButton()
        self.run_button.setObjectName("saveButton")
        self.labels = {
            key: QLabel() for key in ("report", "period", "from", "to", "group", *FILTERS)
        }
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        first_row: list[tuple[str, QWidget]] = [
            ("report", self.report_combo),
            ("period", self.period_combo),
            ("from", self.first_edit),
            ("to", self.last_edit),
            ("group", self.group_combo),
        ]
        second_row: list[tuple[str, QWidget]] = [
            (name, self.filter_combos[name]) for name in FILTERS
        ]
        for row, fields in enumerate((first_row, second_row)):
            for column, (key, widget) in enumerate(fields):
                self.labels[key].setBuddy(widget)
                grid.addWidget(self.labels[key], row, column * 2, Qt.AlignmentFlag.AlignRight)
                grid.addWidget(widget, row, column * 2 + 1)
                grid.setColumnStretch(column * 2 + 1, 1)
        grid.addWidget(self.run_button, 0, 10, 2, 1)
        self.report_combo.currentIndexChanged.connect(self._on_report_changed)
        self.period_combo.currentIndexChanged.connect(self._on_period_changed)
        self.run_button.clicked.connect(self.run_requested)
        for combo in self.filter_combos.values():  # Enter in a typed filter shows the report
            line = combo.lineEdit()
            if line is not None:
                line.returnPressed.connect(self.run_requested)
        presenter.catalogue_changed.connect(self._fill_reports)
        presenter.choices_changed.connect(self._fill_choices)
        self._fill_choices()  # "All" from the start; the lists follow from the server
        self.retranslate()
        self._on_period_changed()

    # -- reading ---------------------------------------------------------------------------
    def report(self) -> str:
        return str(self.report_combo.currentData() or "")

    def period(self) -> Period:
        value = self.period_combo.currentData()
        return value if value in PERIODS else "today"

    def filters(self) -> dict[str, str]:
        values: dict[str, str] = {}
        for name, combo in self.filter_combos.items():
            if not combo.isEnabled():
                continue
            index = combo.findText(combo.currentText())
            data = combo.itemData(index) if index >= 0 else combo.currentText().strip()
            if data:
                values[name] = str(data)
        return values

    def query(self) -> ReportQuery:
        first, last = self.first_edit.date().toPython(), self.last_edit.date().toPython()
        return self.presenter.make_query(
            self.report(),
            self.period(),
            first,  # type: ignore[arg-type]
            last,  # type: ignore[arg-type]
            str(self.group_combo.currentData() or ""),
            self.filters(),
        )

    # -- choices ---------------------------------------------------------------------------
    def _fill_reports(self) -> None:
        current = self.report() or "agents"
        self.report_combo.blockSignals(True)
        self.report_combo.clear()
        for info in self.presenter.reports:
            self.report_combo.addItem(report_title(info.name, info.title), info.name)
        self.report_combo.setCurrentIndex(max(0, self.report_combo.findData(current)))
        self.report_combo.blockSignals(False)
        self._on_report_changed()
        self._on_period_changed()  # the centre's today, now that its time zone is known

    def _on_report_changed(self) -> None:
        info = self.presenter.info(self.report())
        current = self.group_combo.currentData()
        self.group_combo.blockSignals(True)
        self.group_combo.clear()
        for name in info.group_by if info else []:
            self.group_combo.addItem(translate(GROUP_NAMES.get(name, name)), name)
        if info and current in info.group_by:
            self.group_combo.setCurrentIndex(self.group_combo.findData(current))
        self.group_combo.blockSignals(False)
        self.group_combo.setEnabled(self.group_combo.count() > 1)
        allowed = set(info.filters) if info else set()
        for name, combo in self.filter_combos.items():
            combo.setEnabled(name in allowed)
            self.labels[name].setEnabled(name in allowed)

    def _on_period_changed(self) -> None:
        custom = self.period() == "custom"
        if not custom and self.presenter.catalogue is not None:
            query = self.presenter.make_query("", self.period())
            self.first_edit.setDate(_qdate(query.start.date()))
            self.last_edit.setDate(_qdate(query.end.date()).addDays(-1))
        for widget in (self.first_edit, self.last_edit):
            widget.setEnabled(custom)

    def _fill_choices(self) -> None:
        for name, combo in self.filter_combos.items():
            typed = combo.currentText()
            combo.clear()
            combo.addItem(self.tr("All"), "")
            for value, text in self.presenter.choices.get(name, []):
                combo.addItem(text, value)
            index = combo.findText(typed) if typed else 0
            if index >= 0:
                combo.setCurrentIndex(index)
            else:
                combo.setEditText(typed)

    # -- i18n ------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        texts = {
            "report": self.tr("&Report:"),
            "period": self.tr("&Period:"),
            "from": self.tr("&From:"),
            "to": self.tr("&To:"),
            "group": self.tr("&Group by:"),
            "agent": self.tr("&Agent:"),
            "team": self.tr("T&eam:"),
            "queue": self.tr("&Queue:"),
            "did": self.tr("&Number:"),
        }
        for key, text in texts.items():
            self.labels[key].setText(text)
        self.run_button.setText(self.tr("&Show"))
        period = self.period_combo.currentData()
        self.period_combo.blockSignals(True)
        self.period_combo.clear()
        for period_name in PERIODS:
            self.period_combo.addItem(translate(PERIOD_NAMES[period_name]), period_name)
        self.period_combo.setCurrentIndex(max(0, self.period_combo.findData(period)))
        self.period_combo.blockSignals(False)
        if self.presenter.catalogue is not None:
            self._fill_reports()
        for index in range(self.group_combo.count()):
            name = str(self.group_combo.itemData(index))
            self.group_combo.setItemText(index, translate(GROUP_NAMES.get(name, name)))
        for combo in self.filter_combos.values():
            if combo.count():
                combo.setItemText(0, self.tr("All"))
