"""Table models of the Admin tab: one keyed model per resource (rows are JSON objects)
and the import preview (file rows with the server's row errors); QtCore only."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from agent_desktop.admin.errors import RowError
from agent_desktop.admin.resources import ResourceSpec
from agent_desktop.admin.texts import AdminTexts
from agent_desktop.supervisor.table_base import SORT_ROLE, KeyedTableModel

ERROR_BRUSH = QBrush(QColor("#ffebe9"))
CODED = ("strategy", "base", "role", "state")  # values with translated names
COUNTED = ("members", "permissions")  # long lists: the count, the items in the tooltip
Index = QModelIndex | QPersistentModelIndex


def show_value(value: Any, texts: AdminTexts) -> str:
    """A JSON value as a table cell: skills as `billing:1`, lists joined, flags as yes."""
    if isinstance(value, bool):
        return texts.yes() if value else ""
    if isinstance(value, list):
        parts = []
        for item in value:
            if isinstance(item, dict) and ("queue" in item or "agent_id" in item):
                who = item.get("queue") or item.get("agent_id")
                parts.append(f"{who}:{item.get('level', 1)}")
            else:
                parts.append(str(item))
        return ", ".join(parts)
    if value is None:
        return ""
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else f"{value:.1f}"
    return str(value)


class ResourceModel(KeyedTableModel[dict[str, Any]]):
    """The rows of one admin collection, columns from its `ResourceSpec`."""

    def __init__(
        self, spec: ResourceSpec, texts: AdminTexts, parent: QObject | None = None
    ) -> None:
        super().__init__(spec.key_of, parent=parent)
        self.spec = spec
        self.texts = texts
        self.column_count = len(spec.columns)

    def headers(self) -> list[str]:
        return [self.texts.field(c, self.spec.name) for c in self.spec.columns]

    def cell(self, row: dict[str, Any], column: int, role: int, now: float) -> Any:
        name = self.spec.columns[column]
        value = row.get(name)
        if name in COUNTED and isinstance(value, list):
            if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
                return len(value)
            if role == Qt.ItemDataRole.ToolTipRole:
                items = [
                    self.texts.permission(v) if isinstance(v, str) else show_value([v], self.texts)
                    for v in value
                ]
                return "\n".join(items) or None
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if name in CODED and isinstance(value, str):
                return self.texts.value(value)
            return show_value(value, self.texts)
        if role == SORT_ROLE:
            return value if isinstance(value, int | float) else show_value(value, self.texts)
        return None

    def text_of(self, source_row: int) -> str:
        """Every cell of a row, for the search box."""
        row = self.rows[source_row]
        return " ".join(show_value(v, self.texts) for v in row.values()).casefold()


@dataclass
class ImportRow:
    """One data row of the chosen file (`line` as the server counts: header is 1)."""

    line: int
    cells: list[str]
    errors: list[RowError] = field(default_factory=list)


class ImportModel(KeyedTableModel[ImportRow]):
    """Line, the file's columns, then the problem the server found in that row."""

    def __init__(self, texts: AdminTexts, parent: QObject | None = None) -> None:
        super().__init__(lambda r: r.line, parent=parent)
        self.texts = texts
        self.header: list[str] = []

    def load(self, header: list[str], rows: list[ImportRow]) -> None:
        self.header = header
        self.column_count = len(header) + 2
        self._headers = None
        self.reset(rows)

    def mark(self, errors: list[RowError]) -> None:
        """Attach row errors (rows the file preview did not have are added)."""
        rows = {r.line: ImportRow(r.line, r.cells) for r in self.rows}
        for error in errors:
            rows.setdefault(error.line, ImportRow(error.line, [""] * len(self.header)))
            rows[error.line].errors.append(error)
        if self.column_count < 2:
            self.column_count = 2
        self.reset(sorted(rows.values(), key=lambda r: r.line))

    @property
    def bad_lines(self) -> list[int]:
        return [r.line for r in self.rows if r.errors]

    def headers(self) -> list[str]:
        return [self.texts.field("line"), *self.header, self.texts.field("problem")]

    def cell(self, row: ImportRow, column: int, role: int, now: float) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole:
            return ERROR_BRUSH if row.errors else None
        if role == Qt.ItemDataRole.ToolTipRole and column == self.column_count - 1:
            return "\n".join(self._problem(e) for e in row.errors) or None
        if role not in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            return None
        if column == 0:
            return row.line
        if column == self.column_count - 1:
            return "\n".join(self._problem(e) for e in row.errors)  # one line each
        position = column - 1
        return row.cells[position] if position < len(row.cells) else ""

    def _problem(self, error: RowError) -> str:
        """ "Column: problem", both in the user's language (an import column is an agent's
        field: `queues` are its skills' queues)."""
        if not error.field:
            return self.texts.row_error(error)
        return self.texts.labelled(
            self.texts.field(error.field, "agents"), self.texts.row_error(error)
        )
