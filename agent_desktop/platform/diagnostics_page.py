"""Diagnostics page for support: versions, audio, codecs, TLS/SRTP, server reachability,
with "Copy to clipboard". Gathering is injected (`platform.diagnostics.collect`)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Coroutine
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from agent_desktop.platform.check import CheckItem, CheckReport

Gather = Callable[[], Awaitable[CheckReport]]
Spawn = Callable[[Coroutine[Any, Any, Any]], object]

OK_COLOUR = QColor("#1a7f37")
PROBLEM_COLOUR = QColor("#cf222e")


def item_label(name: str) -> str:
    """The translated row title for a diagnostics item name."""
    labels = {
        "app": QCoreApplication.translate("DiagnosticsPage", "Agent workstation"),
        "python": QCoreApplication.translate("DiagnosticsPage", "Python"),
        "qt": QCoreApplication.translate("DiagnosticsPage", "Qt"),
        "pjsua2": QCoreApplication.translate("DiagnosticsPage", "SIP engine (pjsua2)"),
        "os": QCoreApplication.translate("DiagnosticsPage", "Operating system"),
        "inputs": QCoreApplication.translate("DiagnosticsPage", "Microphones"),
        "outputs": QCoreApplication.translate("DiagnosticsPage", "Speakers and headsets"),
        "codecs": QCoreApplication.translate("DiagnosticsPage", "Codecs"),
        "tls": QCoreApplication.translate("DiagnosticsPage", "SIP over TLS"),
        "srtp": QCoreApplication.translate("DiagnosticsPage", "Encrypted audio (SRTP)"),
        "server": QCoreApplication.translate("DiagnosticsPage", "Server"),
    }
    return labels.get(name, name)


def item_detail(item: CheckItem) -> str:
    """The detail as shown: data stays as it is, the few fixed words are translated."""
    words = {
        "": QCoreApplication.translate("DiagnosticsPage", "none found"),
        "yes": QCoreApplication.translate("DiagnosticsPage", "available"),
        "no": QCoreApplication.translate("DiagnosticsPage", "not in this build"),
        "unknown": QCoreApplication.translate("DiagnosticsPage", "unknown"),
        "yes (SDES)": QCoreApplication.translate("DiagnosticsPage", "available (SDES)"),
        "yes (SDES, DTLS)": QCoreApplication.translate("DiagnosticsPage", "available (SDES, DTLS)"),
    }
    return words.get(item.detail, item.detail)


class DiagnosticsPage(QWidget):
    """A table of checks, "Refresh" (re-gathers) and "Copy to clipboard" (plain text)."""

    copied = Signal(str)

    def __init__(
        self,
        gather: Gather | None = None,
        spawn: Spawn | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._gather = gather
        self._spawn = spawn
        self.report = CheckReport()
        self.setObjectName("diagnosticsPage")
        self._title = QLabel()
        self._title.setObjectName("diagnosticsTitle")
        font = self._title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self._title.setFont(font)
        self._intro = QLabel()
        self._intro.setWordWrap(True)
        self._table = QTableWidget(0, 3)
        self._table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._table.verticalHeader().setVisible(False)
        self._table.setWordWrap(True)
        header = self._table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self._status = QLabel()
        self._refresh = QPushButton()
        self._refresh.setObjectName("refreshButton")
        self._refresh.clicked.connect(self._on_refresh_clicked)
        self._refresh.setEnabled(gather is not None)
        self._copy = QPushButton()
        self._copy.setObjectName("copyButton")
        self._copy.clicked.connect(self.copy_to_clipboard)
        buttons = QHBoxLayout()
        buttons.addWidget(self._status, 1)
        buttons.addWidget(self._refresh)
        buttons.addWidget(self._copy)
        layout = QVBoxLayout(self)
        layout.addWidget(self._title)
        layout.addWidget(self._intro)
        layout.addWidget(self._table, 1)
        layout.addLayout(buttons)
        self.retranslate_ui()

    # -- data ------------------------------------------------------------------------------
    def set_report(self, report: CheckReport) -> None:
        self.report = report
        self._fill()

    async def refresh(self) -> None:
        """Gather again (the Refresh button runs this through `spawn`)."""
        if self._gather is None:
            return
        self._refresh.setEnabled(False)
        self._status.setText(self.tr("Checking…"))
        try:
            self.set_report(await self._gather())
        finally:
            self._refresh.setEnabled(True)

    def report_text(self) -> str:
        """Plain text for support: English names and raw details, one line per item."""
        lines = [
            f"[{'PASS' if i.ok else 'FAIL'}] {i.name}: {i.detail or 'none'}"
            for i in self.report.items
        ]
        return "\n".join(lines) + "\n"

    def copy_to_clipboard(self) -> None:
        text = self.report_text()
        QGuiApplication.clipboard().setText(text)
        self._status.setText(self.tr("Copied to the clipboard."))
        self.copied.emit(text)

    # -- view --------------------------------------------------------------------------------
    def _fill(self) -> None:
        self._table.setRowCount(len(self.report.items))
        for row, item in enumerate(self.report.items):
            status = QTableWidgetItem(self.tr("OK") if item.ok else self.tr("Problem"))
            status.setForeground(QBrush(OK_COLOUR if item.ok else PROBLEM_COLOUR))
            status.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            cells = (
                QTableWidgetItem(item_label(item.name)),
                status,
                QTableWidgetItem(item_detail(item)),
            )
            for column, cell in enumerate(cells):
                self._table.setItem(row, column, cell)
        self._table.resizeRowsToContents()
        self._table.setCurrentCell(-1, -1)  # no focus frame on a row nobody picked
        problems = sum(not i.ok for i in self.report.items)
        self._status.setText(
            self.tr("Problems found: %1").replace("%1", str(problems))
            if problems
            else self.tr("Everything looks fine.")
        )

    def _on_refresh_clicked(self) -> None:
        if self._spawn is not None:
            self._spawn(self.refresh())

    def retranslate_ui(self) -> None:
        self._title.setText(self.tr("Diagnostics"))
        self._intro.setText(
            self.tr(
                "If something does not work, copy this report and send it to your support team."
            )
        )
        self._table.setHorizontalHeaderLabels(
            [self.tr("Check"), self.tr("Status"), self.tr("Details")]
        )
        self._refresh.setText(self.tr("&Refresh"))
        self._copy.setText(self.tr("&Copy to clipboard"))
        self._refresh.setAccessibleName(self.tr("Refresh the diagnostics"))
        self._copy.setAccessibleName(self.tr("Copy the report to the clipboard"))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
