"""The announcement banner at the top of the workspace: the newest unread announcement,
how many more wait, and "Got it" (which records the read)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from agent_desktop.announcements.presenter import AnnouncementsPresenter


class AnnouncementBanner(QFrame):
    def __init__(self, presenter: AnnouncementsPresenter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("announcementBanner")
        self.setStyleSheet(
            "QFrame#announcementBanner { background: #e8f1ff; border: 1px solid #7aa7e6;"
            " border-radius: 6px; } QFrame#announcementBanner QLabel { color: #0b3b7a; }"
        )
        self.presenter = presenter
        self.text_label = QLabel(self)
        self.text_label.setWordWrap(True)
        self.count_label = QLabel(self)
        self.read_button = QPushButton(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.text_label, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.read_button)
        self.read_button.clicked.connect(self._on_read_button_clicked)
        presenter.changed.connect(self.refresh_view)
        self.refresh_view()

    def refresh_view(self) -> None:
        unread = self.presenter.unread
        if not unread:
            self.hide()
            return
        current = unread[0]
        self.text_label.setText(
            self.tr("Announcement from %1: %2")
            .replace("%1", current.posted_by)
            .replace("%2", current.text)
        )
        self.count_label.setText(
            self.tr("1 of %1").replace("%1", str(len(unread))) if len(unread) > 1 else ""
        )
        self.read_button.setText(self.tr("Got it"))
        self.read_button.setEnabled(True)
        self.show()

    def _on_read_button_clicked(self) -> None:
        unread = self.presenter.unread
        if unread:
            self.read_button.setEnabled(False)
            self.presenter.mark_read(unread[0].id)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh_view()
        super().changeEvent(event)
