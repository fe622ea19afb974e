"""Table model of a customer's earlier calls (contact history) for the screen-pop."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from agent_desktop.presenters.agent_state import format_duration
from agent_desktop.protocol import CallRecord

Index = QModelIndex | QPersistentModelIndex


class HistoryModel(QAbstractTableModel):
    """Rows: calls newest first; columns: when, direction, agent, talk, disposition, note."""

    def __init__(
        self, disposition_label: Callable[[str | None], str], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._label = disposition_label
        self._rows: list[CallRecord] = []

    def set_calls(self, calls: list[CallRecord]) -> None:
        self.beginResetModel()
        self._rows = sorted(calls, key=lambda c: c.started_at, reverse=True)
        self.endResetModel()

    def call_at(self, row: int) -> CallRecord:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("When"),
            self.tr("Direction"),
            self.tr("Agent"),
            self.tr("Talk"),
            self.tr("Disposition"),
            self.tr("Note"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        call = self._rows[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 5:
            return call.note or None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == 0:
            return dt.datetime.fromtimestamp(call.started_at).strftime("%Y-%m-%d %H:%M")
        if column == 1:
            return self.tr("In") if call.direction == "inbound" else self.tr("Out")
        if column == 2:
            return call.agent_id or "—"
        if column == 3:
            return format_duration(call.talk_seconds) if call.talk_seconds else "—"
        if column == 4:
            return self._label(call.disposition) or "—"
        return (call.note or "").replace("\n", " ")

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 5)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 5))
