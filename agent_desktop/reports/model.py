"""The report's table: one row per result row and a bold totals row that stays last
however the lead sorts; values shown by column kind, the formula as the header's tooltip."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont

from agent_desktop.protocol.reports import ReportColumn, ReportResult
from agent_desktop.reports.formatting import format_value, period_label, sort_value
from agent_desktop.reports.formulas import formula_text, value_text
from agent_desktop.reports.labels import column_label, translate

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
TOTALS_ROLE = Qt.ItemDataRole.UserRole + 2  # True on the totals row
ROW_ROLE = Qt.ItemDataRole.UserRole + 3  # the row's dict (drill-down, playback)
NUMERIC = ("count", "seconds", "ratio", "number")
TIME_GROUPS = ("hour", "day", "week", "month")
Index = QModelIndex | QPersistentModelIndex


class ReportModel(QAbstractTableModel):
    """`set_result(result)` replaces everything (None empties it)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.result: ReportResult | None = None
        self.columns: list[ReportColumn] = []
        self.rows: list[dict[str, Any]] = []
        self.totals: dict[str, Any] | None = None
        self.reason_names: dict[str, str] = {}  # not-ready reason code -> shown name
        self.value_names: dict[str, dict[str, str]] = {}  # "team"/"queue" -> id -> name

    def set_result(self, result: ReportResult | None) -> None:
        self.beginResetModel()
        self.result = result
        self.columns = list(result.columns) if result else []
        self.rows = list(result.rows) if result else []
        self.totals = result.totals if result and result.totals else None
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return len(self.rows) + (1 if self.totals else 0)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def is_totals(self, row: int) -> bool:
        return self.totals is not None and row == len(self.rows)

    def row_values(self, row: int) -> dict[str, Any]:
        return self.totals or {} if self.is_totals(row) else self.rows[row]

    def word(self, key: str, value: object) -> str | None:
        """A state, reason, direction… in the user's language; None: show as it is."""
        if key == "reason" and isinstance(value, str) and value in self.reason_names:
            return self.reason_names[value]
        return value_text(key, value)

    def state_label(self, name: str) -> str:
        """A pie slice "not_ready · lunch" → the reason's name; "ready" → the state's."""
        state, _, reason = name.partition(" · ")
        if reason:
            return self.word("reason", reason) or reason
        return self.word("state", state) or state

    def label(self, column: ReportColumn) -> str:
        code = column.key.removeprefix("not_ready:")
        system = value_text("reason", code) if code != column.key else None
        names = {**self.reason_names, code: system} if system else self.reason_names
        return column_label(column, names)

    def formula(self, column: ReportColumn) -> str:
        text = self.result.formulas.get(column.key, "") if self.result else ""
        return formula_text(text) if text else ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self.columns[index.column()]
        totals = self.is_totals(index.row())
        values = self.row_values(index.row())
        value = values.get(column.key)
        if role == Qt.ItemDataRole.DisplayRole:
            if totals and index.column() == 0 and column.kind not in NUMERIC and not value:
                return translate("Total")
            group = self.result.group_by or "" if self.result else ""
            if column.key == "period" and group in TIME_GROUPS:
                return period_label(group, value)
            word = self.word(column.key, value)
            if word is not None:
                return word
            name = self.value_names.get(column.key, {}).get(str(value))
            if name:
                return name
            return format_value(column.kind, value)
        if role == SORT_ROLE:
            return sort_value(column.kind, value)
        if role == TOTALS_ROLE:
            return totals
        if role == ROW_ROLE:
            return values
        if role == Qt.ItemDataRole.TextAlignmentRole and column.kind in NUMERIC:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.FontRole and totals:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.formula(column) or None
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or section >= len(self.columns):
            return None
        column = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.label(column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.formula(column) or None
        return None

    def retranslate(self) -> None:
        """Headers and cells again in the current language (and with the current names)."""
        if self.columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if self.columns and self.rowCount():
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, len(self.columns) - 1)
            )


class ReportProxy(QSortFilterProxyModel):
    """Sorts by raw values (numbers as numbers); the totals row stays at the bottom."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setSortLocaleAware(True)

    def lessThan(self, left: Index, right: Index) -> bool:
        left_totals, right_totals = left.data(TOTALS_ROLE), right.data(TOTALS_ROLE)
        if left_totals or right_totals:
            descending = self.sortOrder() == Qt.SortOrder.DescendingOrder
            return bool(left_totals) == descending  # last in either order
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if isinstance(a, float) != isinstance(b, float):
            return isinstance(a, float)
        return bool(a < b)
