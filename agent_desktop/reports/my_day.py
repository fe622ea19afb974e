"""MyDayPanel: an agent's own figures today (the `agents` report, which the server scopes
to the caller) as tiles, and today's calls (the `calls` report) with their recordings."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from agent_desktop.protocol.reports import ReportColumn
from agent_desktop.reports.formatting import format_value
from agent_desktop.reports.model import NUMERIC
from agent_desktop.reports.presenter import ReportsPresenter
from agent_desktop.reports.table import ReportTable
from agent_desktop.supervisor.player import RecordingPlayer
from agent_desktop.views.style import message_style

TILES_PER_ROW = 6
FIGURES, CALLS = "agents", "calls"


class FigureTile(QFrame):
    """One figure: its label above, the value large below, the formula as tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("figureTile")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = QLabel()
        self.label.setObjectName("subtitleLabel")
        self.label.setWordWrap(True)
        self.value = QLabel()
        self.value.setObjectName("figureValue")
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.value.setFont(font)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label)
        layout.addWidget(self.value)

    def show_value(self, label: str, text: str, formula: str) -> None:
        self.label.setText(label)
        self.value.setText(text)
        self.setToolTip(formula)


class MyDayPanel(QWidget):
    """Embed with `MyDayPanel(presenter)`; figures load when it is first shown and on
    "Refresh" (the presenter's model holds the figures, its `calls` model the calls)."""

    def __init__(self, presenter: ReportsPresenter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("myDay")
        self.presenter = presenter
        self._loaded = False
        self.title_label = QLabel()
        self.title_label.setObjectName("titleLabel")
        self.refresh_button = QPushButton()
        self.message_label = QLabel()
        self.message_label.setObjectName("subtitleLabel")
        self.message_label.setWordWrap(True)
        self.tiles: list[FigureTile] = []
        self.tile_grid = QGridLayout()
        self.tile_grid.setSpacing(6)
        self.calls_label = QLabel()
        self.calls_table = ReportTable(presenter.calls)
        self.player = RecordingPlayer()
        top = QHBoxLayout()
        top.addWidget(self.title_label)
        top.addWidget(self.message_label, 1)
        top.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addLayout(self.tile_grid)
        layout.addWidget(self.calls_label)
        layout.addWidget(self.calls_table, 1)
        layout.addWidget(self.player)
        self.refresh_button.clicked.connect(self.refresh)
        self.calls_table.selectionModel().selectionChanged.connect(self._on_call_selected)
        presenter.result_changed.connect(self._render_figures)
        presenter.drill_changed.connect(self._render_calls)
        presenter.catalogue_changed.connect(self.refresh)
        presenter.audio_ready.connect(lambda call_id, path: self.player.load(path, call_id))
        presenter.message.connect(self._on_message)
        self.retranslate()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded:
            self._loaded = True
            self.presenter.start(choices=False)

    def refresh(self) -> None:
        """Today's figures, then today's calls (both scoped to this agent by the server)."""
        if self.presenter.catalogue is None:
            self.presenter.start(choices=False)
            return
        names = {r.name for r in self.presenter.reports}
        if FIGURES not in names:
            self._on_message(self.tr("Your figures are not available on this server."), True)
            return
        self.presenter.run(self.presenter.make_query(FIGURES, "today"))

    def _tile_columns(self) -> tuple[list[ReportColumn], dict[str, Any]]:
        """The figures shown: every number, but not-ready reasons only when used today."""
        model = self.presenter.model
        values = model.rows[0] if model.rows else (model.totals or {})
        columns = [
            c
            for c in model.columns
            if c.kind in NUMERIC and not (c.key.startswith("not_ready:") and not values.get(c.key))
        ]
        return columns, values

    def _render_figures(self) -> None:
        model = self.presenter.model
        columns, values = self._tile_columns()
        while len(self.tiles) < len(columns):
            tile = FigureTile()
            index = len(self.tiles)
            self.tile_grid.addWidget(tile, index // TILES_PER_ROW, index % TILES_PER_ROW)
            self.tiles.append(tile)
        for tile, column in zip(self.tiles, columns, strict=False):
            tile.show_value(
                model.label(column),
                format_value(column.kind, values.get(column.key)),
                model.formula(column),
            )
            tile.show()
        for tile in self.tiles[len(columns) :]:
            tile.hide()
        if CALLS in {r.name for r in self.presenter.reports}:
            self.presenter.list_calls()

    def _render_calls(self) -> None:
        count = len(self.presenter.calls.rows)
        self.calls_label.setText(
            self.tr("My calls today: %1 (select one to hear it)").replace("%1", str(count))
        )

    def _on_call_selected(self, *_args: object) -> None:
        row = self.calls_table.selected_source_row()
        if row < 0 or self.presenter.calls.is_totals(row):
            self.player.unload()
            return
        self.presenter.play(self.presenter.calls.row_values(row))

    def _on_message(self, text: str, error: bool) -> None:
        self.message_label.setStyleSheet(message_style(error))
        self.message_label.setText(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title_label.setText(self.tr("My day"))
        self.refresh_button.setText(self.tr("&Refresh"))
        self.presenter.calls.retranslate()
        if self.presenter.model.result is not None:
            self._render_figures_text()
        self._render_calls()

    def _render_figures_text(self) -> None:
        model = self.presenter.model
        columns, values = self._tile_columns()
        for tile, column in zip(self.tiles, columns, strict=False):
            tile.show_value(
                model.label(column),
                format_value(column.kind, values.get(column.key)),
                model.formula(column),
            )
