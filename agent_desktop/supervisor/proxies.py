"""Sort/filter proxies: raw-value sorting for every table; text + state filter for agents."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel

from agent_desktop.supervisor.table_base import SORT_ROLE, STATE_ROLE


class SortProxy(QSortFilterProxyModel):
    """Sorts by `SORT_ROLE` (numbers as numbers), keeps sorting live as rows change."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)
        self.setSortLocaleAware(True)


class AgentFilterProxy(SortProxy):
    """Keeps agents whose id, name, reason or call matches the text and whose state is the
    chosen one ("" = any state)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._state = ""

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._text = text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_state(self, state: str) -> None:
        self.beginFilterChange()
        self._state = state
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        model = self.sourceModel()
        if (
            self._state
            and model.index(source_row, 2, source_parent).data(STATE_ROLE) != self._state
        ):
            return False
        if not self._text:
            return True
        return any(
            self._text
            in str(model.index(source_row, column, source_parent).data() or "").casefold()
            for column in (0, 1, 3, 5, 6)
        )
