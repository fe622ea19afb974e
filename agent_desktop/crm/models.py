"""Table models of the Customers tab: search results and a customer's follow-ups."""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from agent_desktop.protocol import Customer
from agent_desktop.protocol.crm import FollowUp

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole


def when(epoch: float | None) -> str:
    return "" if epoch is None else time.strftime("%Y-%m-%d %H:%M", time.localtime(epoch))


class CustomerModel(QAbstractTableModel):
    """One page of search results: name, phones, company, owner (the pool when none)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.customers: list[Customer] = []

    def set_customers(self, customers: list[Customer]) -> None:
        self.beginResetModel()
        self.customers = list(customers)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.customers)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Name"), self.tr("Phones"), self.tr("Company"), self.tr("Owner"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        customer = self.customers[index.row()]
        if role == ID_ROLE:
            return customer.id
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == 0:
            return customer.name
        if column == 1:
            return ", ".join(customer.phones)
        if column == 2:
            return customer.company or ""
        return customer.owner_id or self.tr("Shared pool")


class FollowUpModel(QAbstractTableModel):
    """A customer's follow-ups, newest first: when, who, status, note, next, appointment."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[FollowUp] = []

    def set_rows(self, rows: list[FollowUp]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = (
            self.tr("When"),
            self.tr("Agent"),
            self.tr("Status"),
            self.tr("Note"),
            self.tr("Next follow-up"),
            self.tr("Appointment"),
        )
        return names[section]

    def status_label(self, status: str) -> str:
        labels = {
            "new": self.tr("New contact"),
            "interested": self.tr("Interested"),
            "not_interested": self.tr("Not interested"),
            "won": self.tr("Won"),
            "closed": self.tr("Closed"),
        }
        return labels.get(status, status)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self.rows[index.row()]
        values = (
            when(row.created_at),
            row.agent_id,
            self.status_label(row.status.value),
            row.body,
            when(row.next_at),
            when(row.appointment_at),
        )
        return values[index.column()]
