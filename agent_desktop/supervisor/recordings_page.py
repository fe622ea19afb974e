"""Recordings page: search form → results → in-app player and "Download WAV…"."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDateTime, QEvent, Qt, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from agent_desktop.supervisor.live_page import make_table
from agent_desktop.supervisor.player import RecordingPlayer
from agent_desktop.supervisor.proxies import SortProxy
from agent_desktop.supervisor.recordings import RecordingQuery, RecordingsPresenter
from agent_desktop.supervisor.table_base import KEY_ROLE


class RecordingsPage(QWidget):
    """Search calls with recordings; play one inside the app or save it as WAV."""

    def __init__(
        self,
        presenter: RecordingsPresenter,
        language: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.presenter = presenter
        self._language = language
        self.save_dialog: QFileDialog | None = None
        self._found_text = ""
        self._found_counts: tuple[int, int] | None = None
        self.proxy = SortProxy(self)
        self.proxy.setSourceModel(presenter.model)
        self._build()
        self._connect()
        self.retranslate()

    def _build(self) -> None:
        now = QDateTime.currentDateTime()
        self.since_edit = QDateTimeEdit(QDateTime(now.date().addDays(-7), QTime(0, 0)))
        self.until_edit = QDateTimeEdit(now.addSecs(3600))
        for edit in (self.since_edit, self.until_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.agent_combo = QComboBox()
        self.queue_combo = QComboBox()
        self.disposition_combo = QComboBox()
        self.number_edit = QLineEdit()
        self.min_spin = QSpinBox()
        self.max_spin = QSpinBox()
        for spin in (self.min_spin, self.max_spin):
            spin.setRange(0, 24 * 3600)
        self.search_button = QPushButton()
        self.search_button.setObjectName("saveButton")
        self.labels = [QLabel() for _ in range(7)]
        grid = QGridLayout()
        fields = [
            (self.since_edit, 0, 0),
            (self.until_edit, 0, 2),
            (self.agent_combo, 0, 4),
            (self.queue_combo, 0, 6),
            (self.number_edit, 1, 0),
            (self.min_spin, 1, 2),
            (self.max_spin, 1, 4),
        ]
        for label, (widget, row, column) in zip(self.labels, fields, strict=True):
            label.setBuddy(widget)
            grid.addWidget(label, row, column, Qt.AlignmentFlag.AlignRight)
            grid.addWidget(widget, row, column + 1)
        self.disposition_label = QLabel()
        grid.addWidget(self.disposition_label, 1, 6, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.disposition_combo, 1, 7)
        grid.addWidget(self.search_button, 0, 8, 2, 1)
        for column in (1, 3, 5, 7):
            grid.setColumnStretch(column, 1)
        self.table = make_table(self.proxy)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.status_label = QLabel()
        self.status_label.setObjectName("subtitleLabel")
        self.player = RecordingPlayer()
        self.download_button = QPushButton()
        self.download_button.setEnabled(False)
        bottom = QHBoxLayout()
        bottom.addWidget(self.player, 1)
        bottom.addWidget(self.download_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(grid)
        layout.addWidget(self.status_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

    def _connect(self) -> None:
        self.search_button.clicked.connect(self.search)
        self.number_edit.returnPressed.connect(self.search)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.download_button.clicked.connect(self._on_download_button_clicked)
        self.presenter.searched.connect(self._on_searched)
        self.presenter.failed.connect(self.status_label.setText)
        self.presenter.audio_ready.connect(self._on_audio_ready)
        self.presenter.saved.connect(self._on_saved)
        self.presenter.choices_changed.connect(self._fill_choices)

    # -- search -----------------------------------------------------------------------------
    def query(self) -> RecordingQuery:
        min_talk, max_talk = self.min_spin.value(), self.max_spin.value()
        return RecordingQuery(
            since=self.since_edit.dateTime().toSecsSinceEpoch(),
            until=self.until_edit.dateTime().toSecsSinceEpoch(),
            agent_id=str(self.agent_combo.currentData() or ""),
            queue=str(self.queue_combo.currentData() or ""),
            number=self.number_edit.text().strip(),
            min_talk=float(min_talk) if min_talk else None,
            max_talk=float(max_talk) if max_talk else None,
            disposition=str(self.disposition_combo.currentData() or ""),
        )

    def search(self) -> None:
        self.status_label.setText(self.tr("Searching…"))
        self.presenter.search(self.query())

    def _on_searched(self, shown: int, total: int) -> None:
        self._found_counts = (shown, total)
        self._show_found()

    def _show_found(self) -> None:
        """ "Calls found: N" in the current language (again after a language switch)."""
        if self._found_counts is None:
            return
        shown, total = self._found_counts
        text = self.tr("Calls found: %1").replace("%1", str(total))
        if total > shown:
            text += " " + self.tr("Showing the first %1; narrow the search.").replace(
                "%1", str(shown)
            )
        self._found_text = text
        self.status_label.setText(text)

    # -- playback ---------------------------------------------------------------------------
    def selected_recording(self) -> str:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return ""
        row = self.presenter.model.get(self.proxy.data(rows[0], KEY_ROLE))
        return row.recording_id or "" if row else ""

    def _on_selection_changed(self, *_args: object) -> None:
        recording_id = self.selected_recording()
        self.download_button.setEnabled(bool(recording_id))
        if recording_id:
            self.status_label.setText(self.tr("Loading the recording…"))
            self.presenter.fetch(recording_id)
        else:
            self.player.unload()

    def _on_audio_ready(self, recording_id: str, path: str) -> None:
        if recording_id == self.selected_recording():
            rows = self.table.selectionModel().selectedRows()
            caller, started = (self.proxy.index(rows[0].row(), c).data() for c in (1, 0))
            self.player.load(path, f"{caller} · {started}")
            self.status_label.setText(self._found_text)

    def _on_download_button_clicked(self) -> None:
        recording_id = self.selected_recording()
        if not recording_id:
            return
        dialog = QFileDialog(
            self, self.tr("Save recording"), f"{recording_id}.wav", self.tr("WAV audio (*.wav)")
        )
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("wav")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda path: self.presenter.save(recording_id, path))
        dialog.finished.connect(lambda _result: setattr(self, "save_dialog", None))
        self.save_dialog = dialog
        dialog.open()

    def _on_saved(self, path: str) -> None:
        self.status_label.setText(self.tr("Saved %1").replace("%1", path))

    # -- choices and i18n -------------------------------------------------------------------
    def _fill_choices(self) -> None:
        zh = self._language().startswith("zh")
        combos = [
            (self.agent_combo, [(a, f"{a} {n}") for a, n in self.presenter.agents]),
            (self.queue_combo, [(q.name, q.display_name) for q in self.presenter.queues]),
            (
                self.disposition_combo,
                [(d.code, d.label_zh if zh else d.label_en) for d in self.presenter.dispositions],
            ),
        ]
        for combo, items in combos:
            current = combo.currentData()
            combo.clear()
            combo.addItem(self.tr("Any"), "")
            for value, text in items:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(0, combo.findData(current or "")))
        self.presenter.set_disposition_labels(
            {d.code: d.label_zh if zh else d.label_en for d in self.presenter.dispositions}
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        texts = [
            self.tr("&From:"),
            self.tr("&To:"),
            self.tr("&Agent:"),
            self.tr("&Queue:"),
            self.tr("&Number:"),
            self.tr("Talk ≥ (s):"),
            self.tr("Talk ≤ (s):"),
        ]
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.disposition_label.setText(self.tr("&Disposition:"))
        self.disposition_label.setBuddy(self.disposition_combo)
        self.number_edit.setPlaceholderText(self.tr("caller or dialled number"))
        for spin in (self.min_spin, self.max_spin):
            spin.setSpecialValueText(self.tr("any"))
        self.search_button.setText(self.tr("&Search"))
        self.download_button.setText(self.tr("Download WAV…"))
        self._fill_choices()
        self.presenter.model.retranslate()
        if self._found_text and self.status_label.text() == self._found_text:
            self._show_found()
