"""The leads' and admins' Campaigns tab: the campaigns with state and figures; New
campaign (the wizard), import contacts, start / pause / resume / stop, export results; and
the live monitor of the chosen campaign (figures and a QtCharts chart of progress, answer
rate and drop rate, fed by `campaign.updated`)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCharts import QChart, QChartView, QLineSeries, QValueAxis
from PySide6.QtCore import QEvent, QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from agent_desktop.campaigns.dnc import DncDialog
from agent_desktop.campaigns.labels import mode_label, percent, state_label
from agent_desktop.campaigns.models import Campaign
from agent_desktop.campaigns.presenter import LeadCampaigns
from agent_desktop.campaigns.wizard import CampaignWizard

ID_ROLE = 0x0100


class MonitorChart(QChartView):
    """Progress, answer rate and drop rate (in %) over the minutes the tab has watched."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.chart_ = QChart()
        super().__init__(self.chart_, parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_.setMargins(QMargins(4, 4, 4, 4))
        self.chart_.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.series = {
            "progress": QLineSeries(),
            "answer_rate": QLineSeries(),
            "drop_rate": QLineSeries(),
        }
        colours = {"progress": "#2f6fdb", "answer_rate": "#2e9d4f", "drop_rate": "#d33a2c"}
        self.x_axis, self.y_axis = QValueAxis(), QValueAxis()
        self.x_axis.setRange(0, 1)
        self.x_axis.setLabelFormat("%.1f")
        self.y_axis.setRange(0, 100)
        self.y_axis.setLabelFormat("%.0f")
        self.chart_.addAxis(self.x_axis, Qt.AlignmentFlag.AlignBottom)
        self.chart_.addAxis(self.y_axis, Qt.AlignmentFlag.AlignLeft)
        for key, series in self.series.items():
            series.setPen(QPen(QColor(colours[key]), 2))
            self.chart_.addSeries(series)
            series.attachAxis(self.x_axis)
            series.attachAxis(self.y_axis)
        self.setMinimumHeight(180)

    def show_samples(self, samples: list[tuple[float, float, float, float]]) -> None:
        """`samples`: (minutes since the first, progress, answer rate, drop rate) as shares."""
        for index, key in enumerate(("progress", "answer_rate", "drop_rate"), start=1):
            self.series[key].replace([QPointF(s[0], s[index] * 100) for s in samples])
        last = samples[-1][0] if samples else 0.0
        self.x_axis.setRange(0, max(1.0, last))

    def retranslate(self, progress: str, answer: str, drop: str, minutes: str) -> None:
        self.series["progress"].setName(progress)
        self.series["answer_rate"].setName(answer)
        self.series["drop_rate"].setName(drop)
        self.x_axis.setTitleText(minutes)
        self.y_axis.setTitleText("%")


class CampaignsTab(QWidget):
    COLUMNS = 7

    def __init__(
        self, presenter: LeadCampaigns, queues: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.presenter = presenter
        self.queues = queues
        self.wizard: CampaignWizard | None = None
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("primary")
        self.refresh_button = QPushButton(self)
        self.dnc_button = QPushButton(self)
        self.dnc_dialog: DncDialog | None = None
        self.table = QTableWidget(0, self.COLUMNS, self)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.start_button = QPushButton(self)
        self.pause_button = QPushButton(self)
        self.stop_button = QPushButton(self)
        self.import_button = QPushButton(self)
        self.export_button = QPushButton(self)
        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        # the monitor
        self.monitor_title = QLabel(self)
        self.monitor_title.setObjectName("sectionTitle")
        self.figure_names: dict[str, QLabel] = {}
        self.figure_values: dict[str, QLabel] = {}
        figures = QGridLayout()
        for i, key in enumerate(
            (
                "progress",
                "contacts_left",
                "dialled",
                "answered",
                "answer_rate",
                "dropped",
                "drop_rate",
                "dial_rate_per_min",
                "agents",
            )
        ):
            name, value = QLabel(self), QLabel(self)
            value.setObjectName("figure")
            value.setStyleSheet("font-weight: bold;")
            self.figure_names[key], self.figure_values[key] = name, value
            figures.addWidget(name, i, 0)
            figures.addWidget(value, i, 1)
        self.chart = MonitorChart(self)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.new_button)
        top.addWidget(self.refresh_button)
        top.addStretch(1)
        top.addWidget(self.dnc_button)
        left_layout.addLayout(top)
        left_layout.addWidget(self.table, 1)
        actions = QHBoxLayout()
        for b in (
            self.start_button,
            self.pause_button,
            self.stop_button,
            self.import_button,
            self.export_button,
        ):
            actions.addWidget(b)
        actions.addStretch(1)
        left_layout.addLayout(actions)
        left_layout.addWidget(self.message_label)
        # the monitor under the list: figures on the left, the chart beside them
        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.monitor_title)
        monitor = QHBoxLayout()
        figures.setRowStretch(len(self.figure_names), 1)
        monitor.addLayout(figures)
        monitor.addWidget(self.chart, 1)
        bottom_layout.addLayout(monitor, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(left)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.new_button.clicked.connect(self.open_wizard)
        self.refresh_button.clicked.connect(presenter.load)
        self.dnc_button.clicked.connect(self.open_dnc)
        self.start_button.clicked.connect(lambda: self._command("start"))
        self.pause_button.clicked.connect(lambda: self._command("pause"))
        self.stop_button.clicked.connect(lambda: self._command("stop"))
        self.import_button.clicked.connect(self._on_import_button_clicked)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.table.itemSelectionChanged.connect(self._render_selected)
        presenter.changed.connect(self.refresh_view)
        presenter.samples_changed.connect(self._on_samples_changed)
        presenter.failed.connect(self._on_failed)
        presenter.notice.connect(self.message_label.setText)
        self.retranslate()

    # -- the list -------------------------------------------------------------------
    def selected(self) -> Campaign | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        return self.presenter.campaign(int(item.data(ID_ROLE))) if item else None

    def refresh_view(self) -> None:
        keep = self.selected()
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.presenter.campaigns))
        for row, c in enumerate(self.presenter.campaigns):
            f = c.figures
            cells = (
                c.name,
                mode_label(c.mode),
                state_label(c.state),
                f"{f.contacts_total - f.contacts_left}/{f.contacts_total}",
                percent(f.answer_rate),
                percent(f.drop_rate),
                str(f.agents),
            )
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, c.id)
                self.table.setItem(row, col, item)
            if keep is not None and c.id == keep.id:
                self.table.selectRow(row)
        self.table.blockSignals(False)
        if self.selected() is None and self.presenter.campaigns:
            self.table.selectRow(0)
        self._render_selected()

    def _render_selected(self) -> None:
        c = self.selected()
        state = c.state if c else ""
        self.start_button.setEnabled(state in ("draft", "paused"))
        self.start_button.setText(self.tr("Resume") if state == "paused" else self.tr("Start"))
        self.pause_button.setEnabled(state == "running")
        self.stop_button.setEnabled(state in ("running", "paused"))
        self.import_button.setEnabled(state in ("draft", "paused", "running"))
        self.export_button.setEnabled(c is not None)
        if c is None:
            self.monitor_title.setText(self.tr("Choose a campaign to watch it."))
            for value in self.figure_values.values():
                value.setText("—")
            self.chart.show_samples([])
            return
        title = (
            self.tr("%1 — %2, %3")
            .replace("%1", c.name)
            .replace("%2", mode_label(c.mode))
            .replace("%3", state_label(c.state))
        )
        if c.state == "running" and not c.dialling and c.reason:
            title += " — " + self.tr("not dialling: %1").replace("%1", c.reason)
        self.monitor_title.setText(title)
        f = c.figures
        values = {
            "progress": percent(f.progress),
            "contacts_left": str(f.contacts_left),
            "dialled": str(f.dialled),
            "answered": str(f.answered),
            "answer_rate": percent(f.answer_rate),
            "dropped": str(f.dropped),
            "drop_rate": percent(f.drop_rate),
            "dial_rate_per_min": f"{f.dial_rate_per_min:.1f}",
            "agents": str(f.agents),
        }
        for key, text in values.items():
            self.figure_values[key].setText(text)
        self._on_samples_changed(c.id)

    def _on_samples_changed(self, campaign_id: int) -> None:
        c = self.selected()
        if c is None or c.id != campaign_id:
            return
        samples = self.presenter.samples.get(campaign_id, [])
        start = samples[0].at if samples else 0.0
        self.chart.show_samples(
            [((s.at - start) / 60, s.progress, s.answer_rate, s.drop_rate) for s in samples]
        )

    def _on_failed(self, message: str) -> None:
        if self.wizard is None or not self.wizard.isVisible():
            self.message_label.setText(message)

    def _command(self, action: str) -> None:
        c = self.selected()
        if c is not None:
            self.message_label.clear()
            self.presenter.command(c.id, action)

    # -- wizard, import, export -------------------------------------------------------
    def open_wizard(self) -> CampaignWizard:
        if self.wizard is not None:
            self.wizard.deleteLater()
        self.wizard = CampaignWizard(self.presenter, self.presenter.queues or self.queues, self)
        self.wizard.show()
        return self.wizard

    def open_dnc(self) -> DncDialog:
        if self.dnc_dialog is None:
            self.dnc_dialog = DncDialog(self.presenter, self)
        else:
            self.presenter.load_dnc()
        self.dnc_dialog.show()
        return self.dnc_dialog

    def _on_import_button_clicked(self) -> None:
        c = self.selected()
        if c is None:
            return
        wizard = self.open_wizard()
        wizard.campaign = c
        wizard.basics.setEnabled(False)
        wizard.rules.setEnabled(False)
        wizard.setStartId(2)
        wizard.restart()

    def _on_export_button_clicked(self) -> None:
        c = self.selected()
        if c is None:
            return
        name, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Export results"),
            f"campaign-{c.id}.xlsx",
            self.tr("Excel (*.xlsx);;CSV (*.csv)"),
        )
        if name:
            path = Path(name)
            if path.suffix.lower() not in (".csv", ".xlsx"):
                path = path.with_suffix(".csv" if "csv" in chosen.lower() else ".xlsx")
            self.presenter.export(c.id, path)

    def retranslate(self) -> None:
        self.new_button.setText(self.tr("New campaign…"))
        self.refresh_button.setText(self.tr("Refresh"))
        self.dnc_button.setText(self.tr("Do not call…"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Mode"),
                self.tr("State"),
                self.tr("Progress"),
                self.tr("Answer rate"),
                self.tr("Drop rate"),
                self.tr("Agents"),
            ]
        )
        self.pause_button.setText(self.tr("Pause"))
        self.stop_button.setText(self.tr("Stop"))
        self.import_button.setText(self.tr("Import contacts…"))
        self.export_button.setText(self.tr("Export results…"))
        names = {
            "progress": self.tr("Progress:"),
            "contacts_left": self.tr("Contacts left:"),
            "dialled": self.tr("Dialled:"),
            "answered": self.tr("Answered:"),
            "answer_rate": self.tr("Answer rate:"),
            "dropped": self.tr("Dropped:"),
            "drop_rate": self.tr("Drop rate:"),
            "dial_rate_per_min": self.tr("Dials per minute:"),
            "agents": self.tr("Agents:"),
        }
        for key, text in names.items():
            self.figure_names[key].setText(text)
        self.chart.retranslate(
            self.tr("Progress"), self.tr("Answer rate"), self.tr("Drop rate"), self.tr("minutes")
        )
        self.refresh_view()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
