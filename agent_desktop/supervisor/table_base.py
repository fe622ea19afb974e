"""A keyed QAbstractTableModel: rows found by key, batched upserts and removals, one
`dataChanged` per batch, and a `tick()` that refreshes only the ticking columns."""

from __future__ import annotations

import time
from collections.abc import Callable, Hashable, Iterable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # raw value the proxy sorts by
KEY_ROLE = Qt.ItemDataRole.UserRole + 2  # the row's key (agent id, call id, queue)
STATE_ROLE = Qt.ItemDataRole.UserRole + 3  # agent state, for the state filter

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex


def wrap_title(title: str, longest: int = 10) -> str:
    """A column title of several words longer than `longest` characters on two lines
    ("Longest\nwait"), so the tables fit 1366 px; Chinese titles have no spaces and are
    short already."""
    if len(title) <= longest or " " not in title:
        return title
    spaces = [i for i, ch in enumerate(title) if ch == " "]
    middle = min(spaces, key=lambda i: abs(i - len(title) / 2))
    return title[:middle] + "\n" + title[middle + 1 :]


class KeyedTableModel(QAbstractTableModel, Generic[R]):
    """Rows of type R keyed by `key(row)`; subclasses give `columns` and `cell()`."""

    column_count = 0
    ticking_columns: tuple[int, ...] = ()
    number_columns: tuple[int, ...] = ()

    def __init__(
        self,
        key: Callable[[R], Hashable],
        clock: Callable[[], float] = time.time,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._key = key
        self.clock = clock
        self.rows: list[R] = []
        self._index: dict[Hashable, int] = {}
        self._mask = False
        self._headers: list[str] | None = None  # translated once per language
        self.queue_names: dict[str, str] = {}  # queue ID -> display name ("销售 Sales")

    # -- subclass hooks -------------------------------------------------------------------
    def headers(self) -> list[str]:
        raise NotImplementedError

    def cell(self, row: R, column: int, role: int, now: float) -> Any:
        raise NotImplementedError

    def header_tooltip(self, column: int) -> str:
        return ""

    # -- Qt model API ---------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.column_count

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == KEY_ROLE:
            return self._key(row)
        return self.cell(row, index.column(), role, self.clock())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if self._headers is None:
                self._headers = self.headers()
            names = self._headers
            return wrap_title(names[section]) if 0 <= section < len(names) else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.header_tooltip(section) or None
        return None

    # -- updates --------------------------------------------------------------------------
    def get(self, key: Hashable) -> R | None:
        position = self._index.get(key)
        return None if position is None else self.rows[position]

    def keys(self) -> list[Hashable]:
        return [self._key(r) for r in self.rows]

    def reset(self, rows: Iterable[R]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self._index = {self._key(r): i for i, r in enumerate(self.rows)}
        self.endResetModel()

    def upsert(self, rows: Iterable[R]) -> None:
        """Replace rows with known keys, append new ones; one signal for each kind."""
        changed: list[int] = []
        new: list[R] = []
        for row in rows:
            position = self._index.get(self._key(row))
            if position is None:
                new.append(row)
            else:
                self.rows[position] = row
                changed.append(position)
        if changed:
            self._changed(min(changed), max(changed))
        if new:
            first = len(self.rows)
            self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
            for offset, row in enumerate(new):
                self._index[self._key(row)] = first + offset
                self.rows.append(row)
            self.endInsertRows()

    def remove(self, keys: Iterable[Hashable]) -> None:
        for position in sorted(
            (self._index[k] for k in set(keys) if k in self._index), reverse=True
        ):
            self.beginRemoveRows(QModelIndex(), position, position)
            del self.rows[position]
            self.endRemoveRows()
        self._index = {self._key(r): i for i, r in enumerate(self.rows)}

    def refresh(self, keys: Iterable[Hashable]) -> None:
        """Repaint the rows of `keys` (their derived cells changed)."""
        positions = [self._index[k] for k in keys if k in self._index]
        if positions:
            self._changed(min(positions), max(positions))

    def tick(self) -> None:
        """The clock moved: refresh the ticking columns only."""
        if self.rows:
            for column in self.ticking_columns:
                self.dataChanged.emit(
                    self.index(0, column),
                    self.index(len(self.rows) - 1, column),
                    [Qt.ItemDataRole.DisplayRole, SORT_ROLE],
                )

    @property
    def mask_numbers(self) -> bool:
        return self._mask

    def set_mask_numbers(self, mask: bool) -> None:
        if mask != self._mask:
            self._mask = mask
            if self.rows:
                for column in self.number_columns:
                    self.dataChanged.emit(
                        self.index(0, column), self.index(len(self.rows) - 1, column)
                    )

    def queue_name(self, queue: str | None) -> str:
        """A queue's display name, as Live queues show it; its ID if it has none."""
        return self.queue_names.get(queue or "", "") or (queue or "")

    def set_queue_names(self, names: dict[str, str]) -> None:
        if names != self.queue_names:
            self.queue_names = dict(names)
            if self.rows:
                self._changed(0, len(self.rows) - 1)

    def retranslate(self) -> None:
        self._headers = None
        if self.columnCount():
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
            if self.rows:
                self._changed(0, len(self.rows) - 1)

    def _changed(self, first: int, last: int) -> None:
        self.dataChanged.emit(self.index(first, 0), self.index(last, self.columnCount() - 1))
