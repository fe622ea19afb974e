"""The leads' do-not-call list (禁呼名单): numbers no campaign ever dials. Add numbers
(commas, spaces or one a line) with a note; remove the chosen ones."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from agent_desktop.campaigns.presenter import LeadCampaigns


class DncDialog(QDialog):
    def __init__(self, presenter: LeadCampaigns, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.presenter = presenter
        self.numbers_list = QListWidget(self)
        self.numbers_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.remove_button = QPushButton(self)
        self.numbers_edit = QPlainTextEdit(self)
        self.numbers_edit.setMaximumHeight(70)
        self.note_edit = QLineEdit(self)
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("primary")
        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        self.numbers_name, self.note_name = QLabel(self), QLabel(self)
        form = QFormLayout()
        form.addRow(self.numbers_name, self.numbers_edit)
        form.addRow(self.note_name, self.note_edit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.numbers_list, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.message_label)
        self.resize(460, 480)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        presenter.dnc_changed.connect(self.refresh_view)
        presenter.failed.connect(self._on_failed)
        self.retranslate()
        presenter.load_dnc()

    def refresh_view(self) -> None:
        self.numbers_list.clear()
        for entry in self.presenter.dnc:
            when = (
                QDateTime.fromSecsSinceEpoch(int(entry.added_at)).toString("yyyy-MM-dd")
                if entry.added_at
                else ""
            )
            text = "  ".join(s for s in (entry.number, entry.note or "", when) if s)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, entry.number)
            self.numbers_list.addItem(item)
        self.message_label.setText(
            self.tr("%n number(s) on the list.", "", len(self.presenter.dnc))
        )

    def _on_failed(self, message: str) -> None:
        if self.isVisible():
            self.message_label.setText(message)

    def _on_add_button_clicked(self) -> None:
        self.presenter.add_dnc(self.numbers_edit.toPlainText(), self.note_edit.text().strip())
        self.numbers_edit.clear()

    def _on_remove_button_clicked(self) -> None:
        numbers = [
            str(item.data(Qt.ItemDataRole.UserRole)) for item in self.numbers_list.selectedItems()
        ]
        self.presenter.remove_dnc(numbers)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Do not call"))
        self.numbers_name.setText(self.tr("Numbers:"))
        self.numbers_edit.setPlaceholderText(self.tr("one a line, or separated by commas"))
        self.note_name.setText(self.tr("Note:"))
        self.add_button.setText(self.tr("Add"))
        self.remove_button.setText(self.tr("Remove chosen"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
