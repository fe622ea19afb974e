"""A read-only, sortable report table (row selection, compact rows, columns fitted)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from agent_desktop.reports.model import ReportModel, ReportProxy


def fit_columns(view: QTableView, limit: int = 260) -> None:
    """Each column as wide as its content (first rows), never wider than `limit`."""
    header = view.horizontalHeader()
    view.resizeColumnsToContents()
    for column in range(header.count()):
        if header.sectionSize(column) > limit:
            header.resizeSection(column, limit)


class ReportTable(QTableView):
    """Over a `ReportModel` through a `ReportProxy` (totals stay last when sorting)."""

    def __init__(self, model: ReportModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = model
        self.proxy = ReportProxy(self)
        self.proxy.setSourceModel(model)
        self.setModel(self.proxy)
        self.setSortingEnabled(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(24)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setResizeContentsPrecision(50)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.proxy.modelReset.connect(lambda: fit_columns(self))

    def selected_source_row(self) -> int:
        rows = self.selectionModel().selectedRows()
        return self.proxy.mapToSource(rows[0]).row() if rows else -1
