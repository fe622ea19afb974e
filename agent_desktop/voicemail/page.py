"""The Voicemail tab (留言): the messages of my boxes (from, box, when, length, status), a
filter (new / handled / all), the in-app player, Mark handled and Call back; for leads the
Callbacks list (回电: pending / done / failed, with the attempts). Keyboard: Enter on a row
plays it, Ctrl+M marks it handled (or new again), Ctrl+Enter calls back; Ctrl+Shift+V opens
the tab with the cursor in the list."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtGui import QColor, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from agent_desktop.protocol.flows import CallbackRequest, Voicemail
from agent_desktop.supervisor.formatting import format_duration
from agent_desktop.supervisor.player import RecordingPlayer
from agent_desktop.voicemail.presenter import VoicemailPresenter

GREY = QColor("#8c959f")
PENDING = ("open", "queued", "calling", "retry")


def _when(epoch: float | None) -> str:
    if not epoch:
        return ""
    today = time.strftime("%Y-%m-%d")
    stamp = time.localtime(epoch)
    day = time.strftime("%Y-%m-%d", stamp)
    return time.strftime("%H:%M" if day == today else "%m-%d %H:%M", stamp)


def _table(columns: int, parent: QWidget) -> QTableWidget:
    table = QTableWidget(0, columns, parent)
    table.verticalHeader().hide()
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


class VoicemailPage(QWidget):
    """Renders a `VoicemailPresenter`; the buttons go back to it."""

    def __init__(
        self,
        presenter: VoicemailPresenter,
        queue_label: Callable[[str], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.presenter = presenter
        self._queue_label = queue_label
        self.title = QLabel(self)
        self.title.setObjectName("sectionTitle")
        self.status_combo = QComboBox(self)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("subtitleLabel")
        self.refresh_button = QPushButton(self)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.table = _table(5, self)
        self.player = RecordingPlayer(self)
        self.play_button = QPushButton(self)
        self.handled_button = QPushButton(self)
        self.call_back_button = QPushButton(self)

        bar = QHBoxLayout()
        bar.addWidget(self.title)
        bar.addStretch(1)
        bar.addWidget(self.count_label)
        bar.addWidget(self.status_combo)
        bar.addWidget(self.refresh_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.play_button)
        buttons.addWidget(self.handled_button)
        buttons.addWidget(self.call_back_button)
        buttons.addStretch(1)
        messages = QWidget(self)
        top = QVBoxLayout(messages)
        top.setContentsMargins(0, 0, 0, 0)
        top.addLayout(bar)
        top.addWidget(self.error_label)
        top.addWidget(self.table, 1)
        top.addLayout(buttons)
        top.addWidget(self.player)

        # Leads: the callbacks of their queues.
        self.callbacks_box = QWidget(self)
        self.callbacks_title = QLabel(self.callbacks_box)
        self.callbacks_title.setObjectName("sectionTitle")
        self.callbacks_combo = QComboBox(self.callbacks_box)
        self.callbacks_refresh = QPushButton(self.callbacks_box)
        self.callbacks_table = _table(7, self.callbacks_box)
        cb_bar = QHBoxLayout()
        cb_bar.addWidget(self.callbacks_title)
        cb_bar.addStretch(1)
        cb_bar.addWidget(self.callbacks_combo)
        cb_bar.addWidget(self.callbacks_refresh)
        lower = QVBoxLayout(self.callbacks_box)
        lower.setContentsMargins(0, 0, 0, 0)
        lower.addLayout(cb_bar)
        lower.addWidget(self.callbacks_table, 1)
        self.callbacks_box.setVisible(presenter.is_lead)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(messages)
        splitter.addWidget(self.callbacks_box)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)

        self.table.activated.connect(self._on_row_activated)  # Enter or double-click: play
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.play_button.clicked.connect(self.play_selected)
        self.handled_button.clicked.connect(self.toggle_handled)
        self.call_back_button.clicked.connect(self.call_back_selected)
        self.refresh_button.clicked.connect(lambda: presenter.refresh())
        self.status_combo.currentIndexChanged.connect(lambda _i: self.show_messages())
        self.callbacks_combo.currentIndexChanged.connect(lambda _i: self.show_callbacks())
        self.callbacks_refresh.clicked.connect(presenter.refresh_callbacks)
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut  # while the tab is shown
        for keys, slot in (
            ("Ctrl+M", self.toggle_handled),
            ("Ctrl+Return", self.call_back_selected),
            ("Ctrl+Enter", self.call_back_selected),
        ):
            QShortcut(QKeySequence(keys), self, context=context).activated.connect(slot)
        presenter.changed.connect(self.show_messages)
        presenter.callbacks_changed.connect(self.show_callbacks)
        presenter.audio_ready.connect(self._on_audio_ready)
        self.retranslate()

    # -- rendering ------------------------------------------------------------------------
    def _box_text(self, message: Voicemail) -> str:
        if message.box_kind == "agent":
            return self.tr("Agent %1").replace("%1", message.box)
        return self._queue_label(message.box)

    def _status_text(self, message: Voicemail) -> str:
        if message.status != "handled":
            return self.tr("New")
        return (
            self.tr("Handled by %1 at %2")
            .replace("%1", message.handled_by or "")
            .replace("%2", _when(message.handled_at))
        )

    def _shown(self) -> list[Voicemail]:
        wanted = self.status_combo.currentData()
        return [m for m in self.presenter.messages if not wanted or m.status == wanted]

    def show_messages(self) -> None:
        selected = self.selected_id()
        self.error_label.setText(self.presenter.error)
        self.error_label.setVisible(bool(self.presenter.error))
        shown = self._shown()
        table = self.table
        table.setRowCount(len(shown))
        for row, message in enumerate(shown):
            cells = (
                message.ani or self.tr("Unknown"),
                self._box_text(message),
                _when(message.created_at),
                format_duration(message.seconds),
                self._status_text(message),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, message.id)
                if message.status == "handled":
                    item.setForeground(GREY)
                else:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                table.setItem(row, column, item)
        self.count_label.setText(
            self.tr("%1 new of %2")
            .replace("%1", str(self.presenter.new_count))
            .replace("%2", str(len(self.presenter.messages)))
        )
        if selected:
            self.select(selected)
        self._update_buttons()

    def _callback_status(self, status: str) -> str:
        names = {
            "open": self.tr("Recorded"),
            "queued": self.tr("Pending"),
            "calling": self.tr("Calling"),
            "retry": self.tr("Retry pending"),
            "done": self.tr("Done"),
            "failed": self.tr("Failed"),
        }
        return names.get(status, status)

    def _outcome_text(self, outcome: str | None) -> str:
        names = {
            "connected": self.tr("Connected"),
            "no_answer": self.tr("No answer"),
            "busy": self.tr("Busy"),
            "agent_hangup": self.tr("Agent hung up"),
            "not_queued": self.tr("Not queued"),
        }
        if outcome and outcome.startswith("failed_"):
            return self.tr("Failed (SIP %1)").replace("%1", outcome.removeprefix("failed_"))
        return names.get(outcome or "", outcome or "")

    def _shown_callbacks(self) -> list[CallbackRequest]:
        wanted = self.callbacks_combo.currentData()
        if wanted == "pending":
            return [c for c in self.presenter.callbacks if c.status in PENDING]
        return [c for c in self.presenter.callbacks if not wanted or c.status == wanted]

    def show_callbacks(self) -> None:
        shown = self._shown_callbacks()
        table = self.callbacks_table
        table.setRowCount(len(shown))
        for row, callback in enumerate(shown):
            cells = (
                callback.number or self.tr("Unknown"),
                self._queue_label(callback.queue),
                _when(callback.joined_at or callback.created_at),
                self._callback_status(callback.status),
                str(callback.attempts),
                self._outcome_text(callback.outcome),
                callback.agent_id or "",
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if callback.status not in PENDING:
                    item.setForeground(GREY)
                table.setItem(row, column, item)

    # -- selection ------------------------------------------------------------------------
    def selected_id(self) -> str:
        rows = [i.row() for i in self.table.selectionModel().selectedRows()]
        if not rows:
            return ""
        item = self.table.item(rows[0], 0)
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else ""

    def select(self, voicemail_id: str) -> bool:
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == voicemail_id:
                self.table.selectRow(row)
                return True
        return False

    def _update_buttons(self) -> None:
        message = self.presenter.find(self.selected_id())
        self.play_button.setEnabled(message is not None)
        self.handled_button.setEnabled(message is not None)
        self.call_back_button.setEnabled(message is not None and bool(message.ani))
        handled = message is not None and message.status == "handled"
        self.handled_button.setText(
            self.tr("Mark new (Ctrl+M)") if handled else self.tr("Mark handled (Ctrl+M)")
        )

    # -- actions --------------------------------------------------------------------------
    def _on_row_activated(self, index: QModelIndex) -> None:
        item = self.table.item(index.row(), 0)
        if item is not None:
            self.presenter.play(str(item.data(Qt.ItemDataRole.UserRole)))

    def play_selected(self) -> None:
        if voicemail_id := self.selected_id():
            self.presenter.play(voicemail_id)

    def toggle_handled(self) -> None:
        message = self.presenter.find(self.selected_id())
        if message is not None:
            self.presenter.mark(message.id, handled=message.status != "handled")

    def call_back_selected(self) -> None:
        if voicemail_id := self.selected_id():
            self.presenter.call_back(voicemail_id)

    def _on_audio_ready(self, voicemail_id: str, path: str) -> None:
        message = self.presenter.find(voicemail_id)
        title = f"{message.ani or ''} · {_when(message.created_at)}" if message else ""
        self.player.load(path, title)
        self.player.player.play()

    def focus_list(self) -> None:
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if not self.selected_id() and self.table.rowCount():
            self.table.selectRow(0)

    # -- life -------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:  # Qt override
        super().showEvent(event)
        self.show_messages()  # queues' names may be known by now (the supervisor tab's)
        self.show_callbacks()

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Voicemail"))
        for combo, entries in (
            (
                self.status_combo,
                [(self.tr("New"), "new"), (self.tr("Handled"), "handled"), (self.tr("All"), "")],
            ),
            (
                self.callbacks_combo,
                [
                    (self.tr("All"), ""),
                    (self.tr("Pending"), "pending"),
                    (self.tr("Done"), "done"),
                    (self.tr("Failed"), "failed"),
                ],
            ),
        ):
            current = combo.currentIndex()
            combo.blockSignals(True)
            combo.clear()
            for text, data in entries:
                combo.addItem(text, data)
            combo.setCurrentIndex(max(0, current))
            combo.blockSignals(False)
        self.refresh_button.setText(self.tr("Refresh"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("From"), self.tr("Box"), self.tr("When"), self.tr("Length"), self.tr("Status")]
        )
        self.play_button.setText(self.tr("Play (Enter)"))
        self.play_button.setToolTip(self.tr("Play the message (Enter on a row)"))
        self.call_back_button.setText(self.tr("Call back (Ctrl+Enter)"))
        self.call_back_button.setToolTip(
            self.tr("Your phone rings first; answer it, then it calls the caller.")
        )
        self.callbacks_title.setText(self.tr("Callbacks"))
        self.callbacks_refresh.setText(self.tr("Refresh"))
        self.callbacks_table.setHorizontalHeaderLabels(
            [
                self.tr("Number"),
                self.tr("Queue"),
                self.tr("Requested"),
                self.tr("Status"),
                self.tr("Attempts"),
                self.tr("Last outcome"),
                self.tr("Agent"),
            ]
        )
        self.show_messages()
        self.show_callbacks()
