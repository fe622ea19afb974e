"""Supervisor tables size their columns to their contents with the last one stretching,
also when their rows arrived while the page was hidden (a search, a refresh)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTabWidget, QWidget

from agent_desktop.supervisor.live_page import make_table
from agent_desktop.supervisor.proxies import SortProxy

pytestmark = pytest.mark.ui

ROW = [
    "2026-12-06 05:21:26",
    "13912345678",
    "4008001000",
    "1004",
    "客服 Support",
    "0:00",
    "Callback booked",
    "—",
]


def test_rows_loaded_while_hidden_are_not_clipped_when_shown(qtbot: Any) -> None:
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    tabs.addTab(QWidget(), "Live")
    model = QStandardItemModel(0, len(ROW))
    model.setHorizontalHeaderLabels(
        ["Started", "Caller", "Called", "Agent", "Queue", "Talk", "Disposition", "Recording"]
    )
    proxy = SortProxy()
    proxy.setSourceModel(model)
    table = make_table(proxy)
    table.horizontalHeader().setStretchLastSection(True)
    tabs.addTab(table, "Recordings")
    tabs.resize(1366, 768)
    tabs.show()
    qtbot.waitExposed(tabs)
    model.beginResetModel()  # the search answers while the Live page is in front
    for _ in range(30):
        model.appendRow([QStandardItem(text) for text in ROW])
    model.endResetModel()
    tabs.setCurrentIndex(1)
    qtbot.wait(20)
    assert table.isVisible()
    for column in range(len(ROW) - 1):  # every column but the stretched last one
        assert table.columnWidth(column) >= table.sizeHintForColumn(column), column
    header = table.horizontalHeader()
    assert header.length() <= table.viewport().width() + 1  # no sideways scrolling
    assert table.columnWidth(len(ROW) - 1) > table.sizeHintForColumn(len(ROW) - 1)
