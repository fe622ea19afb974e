"""The leads' and admins' Announcements tab: post to teams or everyone, and see for each
posted announcement who read it and when."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QEvent
from PySide6.QtWidgets import (
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

from agent_desktop.announcements.presenter import AnnouncementsPresenter
from agent_desktop.protocol.announcements import AnnouncementReceipts


def _time(at: float | None) -> str:
    return "—" if at is None else QDateTime.fromSecsSinceEpoch(int(at)).toString("MM-dd HH:mm")


class AnnouncementsPage(QWidget):
    def __init__(
        self, presenter: AnnouncementsPresenter, own_team: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.presenter = presenter
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setMaximumHeight(80)
        self.teams_edit = QLineEdit(own_team or "", self)
        self.post_button = QPushButton(self)
        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        self.form = QFormLayout()
        self.text_name, self.teams_name = QLabel(self), QLabel(self)
        self.form.addRow(self.text_name, self.text_edit)
        self.form.addRow(self.teams_name, self.teams_edit)
        self.posted_title = QLabel(self)
        self.posted_title.setObjectName("sectionTitle")
        self.posted_list = QListWidget(self)
        self.receipts_title = QLabel(self)
        self.receipts_title.setObjectName("sectionTitle")
        self.receipts_list = QListWidget(self)
        row = QHBoxLayout()
        row.addWidget(self.message_label, 1)
        row.addWidget(self.post_button)
        lists = QHBoxLayout()
        left, right = QVBoxLayout(), QVBoxLayout()
        left.addWidget(self.posted_title)
        left.addWidget(self.posted_list, 1)
        right.addWidget(self.receipts_title)
        right.addWidget(self.receipts_list, 1)
        lists.addLayout(left, 3)
        lists.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addLayout(row)
        layout.addLayout(lists, 1)
        self.post_button.clicked.connect(self._on_post_button_clicked)
        self.posted_list.currentItemChanged.connect(self._on_posted_list_current_item_changed)
        presenter.changed.connect(self.refresh_view)
        presenter.posted.connect(lambda _a: self.text_edit.clear())
        presenter.receipts_loaded.connect(self.show_receipts)
        presenter.failed.connect(self.message_label.setText)
        self.retranslate()

    def refresh_view(self) -> None:
        current = self.posted_list.currentItem()
        keep = current.data(0x0100) if current is not None else None
        self.posted_list.blockSignals(True)
        self.posted_list.clear()
        for a in self.presenter.my_posts:
            to = ", ".join(a.teams) or self.tr("everyone")
            item = QListWidgetItem(f"{_time(a.created_at)}  → {to}: {a.text}")
            item.setData(0x0100, a.id)
            self.posted_list.addItem(item)
            if a.id == keep:
                self.posted_list.setCurrentItem(item)
        self.posted_list.blockSignals(False)

    def show_receipts(self, receipts: AnnouncementReceipts) -> None:
        self.receipts_title.setText(
            self.tr("Read by %1 of %2")
            .replace("%1", str(receipts.read))
            .replace("%2", str(receipts.total))
        )
        self.receipts_list.clear()
        for r in receipts.receipts:
            when = _time(r.read_at) if r.read_at is not None else self.tr("not read yet")
            self.receipts_list.addItem(f"{r.agent_id} {r.name}: {when}")

    def _on_posted_list_current_item_changed(
        self, current: QListWidgetItem | None, _previous: QListWidgetItem | None
    ) -> None:
        if current is not None:
            self.presenter.load_receipts(int(current.data(0x0100)))

    def _on_post_button_clicked(self) -> None:
        text = self.text_edit.toPlainText().strip()
        if not text:
            self.message_label.setText(self.tr("Write the announcement first."))
            return
        teams = [t.strip() for t in self.teams_edit.text().split(",") if t.strip()]
        self.message_label.clear()
        self.presenter.post(text, teams)

    def retranslate(self) -> None:
        self.text_name.setText(self.tr("Announcement:"))
        self.teams_name.setText(self.tr("To teams:"))
        self.teams_edit.setPlaceholderText(
            self.tr("team names, separated by commas; empty: everyone")
        )
        self.post_button.setText(self.tr("Post"))
        self.posted_title.setText(self.tr("Posted by me (choose one to see who read it)"))
        self.receipts_title.setText(self.tr("Read receipts"))
        self.refresh_view()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
