"""The ticket table model and the translated names of statuses and priorities (QtCore)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDateTime,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from agent_desktop.protocol.tickets import Ticket


def status_label(status: str) -> str:
    labels = {
        "new": QCoreApplication.translate("TicketLabels", "New"),
        "assigned": QCoreApplication.translate("TicketLabels", "Assigned"),
        "in_progress": QCoreApplication.translate("TicketLabels", "In progress"),
        "resolved": QCoreApplication.translate("TicketLabels", "Resolved"),
        "closed": QCoreApplication.translate("TicketLabels", "Closed"),
    }
    return labels.get(status, status)


def priority_label(priority: str) -> str:
    labels = {
        "low": QCoreApplication.translate("TicketLabels", "Low"),
        "normal": QCoreApplication.translate("TicketLabels", "Normal"),
        "high": QCoreApplication.translate("TicketLabels", "High"),
        "urgent": QCoreApplication.translate("TicketLabels", "Urgent"),
    }
    return labels.get(priority, priority)


def format_time(at: float | None) -> str:
    if at is None:
        return "—"
    return QDateTime.fromSecsSinceEpoch(int(at)).toString("yyyy-MM-dd HH:mm")


class TicketTableModel(QAbstractTableModel):
    """One row per ticket: number, type, title, customer, priority, status, owner, due."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tickets: list[Ticket] = []
        self.type_names: dict[str, str] = {}

    def set_tickets(self, tickets: list[Ticket]) -> None:
        self.beginResetModel()
        self.tickets = list(tickets)
        self.endResetModel()

    def ticket_at(self, row: int) -> Ticket:
        return self.tickets[row]

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("TicketLabels", "No."),
            QCoreApplication.translate("TicketLabels", "Type"),
            QCoreApplication.translate("TicketLabels", "Title"),
            QCoreApplication.translate("TicketLabels", "Customer"),
            QCoreApplication.translate("TicketLabels", "Priority"),
            QCoreApplication.translate("TicketLabels", "Status"),
            QCoreApplication.translate("TicketLabels", "Assigned to"),
            QCoreApplication.translate("TicketLabels", "Due"),
        ]

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.headers()) - 1)
        if self.tickets:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.tickets) - 1, 7))

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.tickets)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 8

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        ticket = self.tickets[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            owner = ticket.assignee or ticket.team or "—"
            due = format_time(ticket.due_at)
            if ticket.overdue:
                due = QCoreApplication.translate("TicketLabels", "%1 (overdue)").replace("%1", due)
            return [
                f"#{ticket.id}",
                self.type_names.get(ticket.type, ticket.type),
                ticket.title,
                ticket.customer_name or "—",
                priority_label(ticket.priority),
                status_label(ticket.status),
                owner,
                due,
            ][column]
        if role == Qt.ItemDataRole.ForegroundRole and column == 7 and ticket.overdue:
            return QBrush(QColor("#c0392b"))
        if role == Qt.ItemDataRole.UserRole:
            return ticket.id
        return None
