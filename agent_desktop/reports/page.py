"""ReportsTab: the lead's Reports tab: the form, the table with its totals and formulas, a
chart, the calls behind a row with their recordings, and export with a progress bar."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from agent_desktop.reports.charts import ReportChart
from agent_desktop.reports.filters import ReportForm
from agent_desktop.reports.formulas import formula_text
from agent_desktop.reports.labels import translate
from agent_desktop.reports.presenter import ReportsPresenter
from agent_desktop.reports.table import ReportTable
from agent_desktop.supervisor.player import RecordingPlayer
from agent_desktop.views.style import message_style

MIN_WIDTH = 640


class ReportsTab(QWidget):
    """Embed with `ReportsTab(presenter)`: the catalogue loads (and the first report runs)
    when the tab is first shown, or at `presenter.start()`."""

    def __init__(self, presenter: ReportsPresenter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportsTab")
        self.presenter = presenter
        self.export_dialog: QFileDialog | None = None
        self._started = False
        self._build()
        self._connect()
        self.retranslate()

    def _build(self) -> None:
        self.form = ReportForm(self.presenter)
        self.export_button = QPushButton()
        self.export_button.setEnabled(False)
        self.calls_button = QPushButton()  # drill-down, like a double-click on the row
        self.calls_button.setEnabled(False)
        self.message_label = QLabel()
        self.message_label.setObjectName("subtitleLabel")
        self.message_label.setWordWrap(True)
        self.formulas_button = QToolButton()
        self.formulas_button.setCheckable(True)
        self.formulas_button.setAutoRaise(True)
        self.formulas_label = QLabel()
        self.formulas_label.setWordWrap(True)
        self.formulas_label.setTextFormat(Qt.TextFormat.PlainText)
        self.formulas_label.setObjectName("subtitleLabel")
        self.formulas_label.hide()
        self.table = ReportTable(self.presenter.model)
        self.chart = ReportChart()
        self.chart.hide()
        self.calls_label = QLabel()
        self.calls_table = ReportTable(self.presenter.calls)
        self.player = RecordingPlayer()
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.cancel_button = QPushButton()
        top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(self.table)
        top.addWidget(self.chart)
        top.setStretchFactor(0, 3)
        top.setStretchFactor(1, 2)
        top.setSizes([800, 540])  # the chart's categories need room to be read
        calls = QWidget()
        calls_layout = QVBoxLayout(calls)
        calls_layout.setContentsMargins(0, 0, 0, 0)
        calls_layout.addWidget(self.calls_label)
        calls_layout.addWidget(self.calls_table, 1)
        calls_layout.addWidget(self.player)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(top)
        self.splitter.addWidget(calls)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.calls_pane = calls
        calls.hide()
        info = QHBoxLayout()
        info.addWidget(self.formulas_button)
        info.addWidget(self.message_label, 1)
        info.addWidget(self.progress)
        info.addWidget(self.cancel_button)
        info.addWidget(self.calls_button)
        info.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.form)
        layout.addLayout(info)
        layout.addWidget(self.formulas_label)
        layout.addWidget(self.splitter, 1)
        self._show_export(False)

    def _connect(self) -> None:
        presenter = self.presenter
        self.form.run_requested.connect(self.run)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.cancel_button.clicked.connect(presenter.cancel_export)
        self.formulas_button.toggled.connect(self.formulas_label.setVisible)
        self.table.doubleClicked.connect(lambda _index: self.drill())
        self.table.activated.connect(lambda _index: self.drill())
        self.calls_button.clicked.connect(self.drill)
        self.table.selectionModel().selectionChanged.connect(self._on_row_selected)
        self.calls_table.selectionModel().selectionChanged.connect(self._on_call_selected)
        presenter.message.connect(self._on_message)
        presenter.busy_changed.connect(self._on_busy)
        presenter.result_changed.connect(self._on_result)
        presenter.drill_changed.connect(self._on_drill)
        presenter.export_progress.connect(self._on_export_progress)
        presenter.export_finished.connect(lambda _path: self._show_export(False))
        presenter.audio_ready.connect(self._on_audio_ready)
        presenter.catalogue_changed.connect(self._on_catalogue)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._started and self.presenter.catalogue is None:
            self._started = True
            self.presenter.start()  # nothing is asked of the server before a lead looks

    # -- running ---------------------------------------------------------------------------
    def run(self) -> None:
        if self.form.report():
            self.presenter.run(self.form.query())

    def _on_catalogue(self) -> None:
        self.retranslate()
        if not self.presenter.reports:
            self._on_message(self.tr("Your role has no reports."), False)
        elif self.presenter.model.result is None:
            self.run()

    def _on_busy(self, busy: bool) -> None:
        self.form.run_button.setEnabled(not busy)
        if busy:
            self._on_message(self.tr("Making the report…"), False)

    def _on_message(self, text: str, error: bool) -> None:
        self.message_label.setStyleSheet(message_style(error))
        self.message_label.setText(text)

    def _on_result(self) -> None:
        self._show_export(self.presenter.exporting)
        self._render_formulas()
        self._render_chart()
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the server's order
        self.calls_pane.hide()
        self.calls_button.setEnabled(False)
        self.player.unload()

    def _render_formulas(self) -> None:
        result = self.presenter.model.result
        lines = []
        if result is not None:
            labels = {c.key: self.presenter.model.label(c) for c in result.columns}
            lines = [
                self.tr("%1: %2")
                .replace("%1", labels.get(key) or translate(key.replace("_", " ").capitalize()))
                .replace("%2", formula_text(text))
                for key, text in result.formulas.items()
            ]
        self.formulas_label.setText("\n".join(lines))
        self.formulas_button.setEnabled(bool(lines))
        if not lines:
            self.formulas_button.setChecked(False)

    def _render_chart(self) -> None:
        spec = self.presenter.chart
        result = self.presenter.model.result
        title = ""
        if spec is not None and result is not None:
            column = next((c for c in result.columns if c.key == spec.title_key), None)
            title = self.presenter.model.label(column) if column else spec.title_key
        if spec is not None and spec.kind == "pie":  # states and reasons in the user's words
            spec = replace(
                spec, categories=[self.presenter.model.state_label(c) for c in spec.categories]
            )
        self.chart.show_spec(spec, title)

    # -- drill-down and playback -----------------------------------------------------------
    def drill(self) -> bool:
        row = self.table.selected_source_row()
        if row < 0 or self.presenter.model.is_totals(row):
            return False
        return self.presenter.drill(self.presenter.model.row_values(row))

    def _on_row_selected(self, *_args: object) -> None:
        row = self.table.selected_source_row()
        result = self.presenter.model.result
        self.calls_button.setEnabled(
            row >= 0
            and not self.presenter.model.is_totals(row)
            and result is not None
            and result.report != "calls"
        )

    def _on_drill(self) -> None:
        query = self.presenter.drill_query
        if query is None or self.presenter.calls.result is None:
            self.calls_pane.hide()
            return
        what = ", ".join(query.filters.values()) or (
            f"{query.start:%Y-%m-%d %H:%M} – {query.end:%Y-%m-%d %H:%M}"
        )
        count = len(self.presenter.calls.rows)
        self.calls_label.setText(
            self.tr("Calls of %1: %2 (select one to hear it)")
            .replace("%1", what)
            .replace("%2", str(count))
        )
        self.calls_pane.show()

    def _on_call_selected(self, *_args: object) -> None:
        row = self.calls_table.selected_source_row()
        if row < 0 or self.presenter.calls.is_totals(row):
            self.player.unload()
            return
        self.presenter.play(self.presenter.calls.row_values(row))

    def _on_audio_ready(self, call_id: str, path: str) -> None:
        self.player.load(path, call_id)

    # -- export ----------------------------------------------------------------------------
    def _on_export_button_clicked(self) -> None:
        query = self.presenter.query
        if query is None:
            return
        name = f"{query.report}_{query.start:%Y%m%d}-{query.end:%Y%m%d}.xlsx"
        dialog = QFileDialog(self, self.tr("Export the report"), name)
        dialog.setNameFilters([self.tr("Excel (*.xlsx)"), self.tr("CSV (*.csv)")])
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.filterSelected.connect(
            lambda text: dialog.setDefaultSuffix("csv" if "csv" in text else "xlsx")
        )
        dialog.setDefaultSuffix("xlsx")
        dialog.fileSelected.connect(lambda path: self.export_to(path))
        dialog.finished.connect(lambda _result: setattr(self, "export_dialog", None))
        self.export_dialog = dialog
        dialog.open()

    def export_to(self, path: str) -> bool:
        """Export as CSV when the name ends in .csv, else as Excel."""
        fmt = "csv" if path.lower().endswith(".csv") else "xlsx"
        started = self.presenter.export(fmt, path)
        if started:
            self._show_export(True)
        return started

    def _show_export(self, running: bool) -> None:
        self.progress.setVisible(running)
        self.cancel_button.setVisible(running)
        self.export_button.setEnabled(
            not running and self.presenter.can_export and self.presenter.model.result is not None
        )
        if running:
            self.progress.setRange(0, 0)

    def _on_export_progress(self, done: int, expected: int) -> None:
        if expected > 0:
            self.progress.setRange(0, 1000)
            self.progress.setValue(min(1000, done * 1000 // expected))
        else:
            self.progress.setRange(0, 0)  # busy: the server did not say how much
        self.progress.setFormat(self.tr("%1 KB").replace("%1", f"{done // 1024:,}"))

    # -- i18n ------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.export_button.setText(self.tr("E&xport…"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.calls_button.setText(self.tr("&Calls of this row"))
        self.formulas_button.setText(self.tr("How is this computed?"))
        self.export_button.setToolTip(
            self.tr("Save the whole report as Excel or CSV.")
            if self.presenter.can_export
            else self.tr(
                "Your role may not export reports: ask an administrator for the "
                '"Export reports" permission.'
            )
        )
        self.table.setToolTip(self.tr("Double-click a row to list its calls."))
        self.presenter.model.retranslate()
        self.presenter.calls.retranslate()
        if self.presenter.model.result is not None:
            self._render_formulas()
            self._render_chart()
        self._on_drill()

    def minimumSizeHint(self) -> QSize:
        """Small, so the tab never widens the window while another tab (and the knowledge
        base dock beside it) is shown; when current, the dock steps aside and the tab has
        the full width it needs (about 1000 px in Chinese)."""
        real = super().minimumSizeHint()
        return QSize(min(real.width(), MIN_WIDTH), real.height())
