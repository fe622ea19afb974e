"""'Score this call' panel beside the recordings player: pick a form, answer its items while
listening, comment at the current position (click a comment to seek there), submit."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from agent_desktop.protocol import CallRecord
from agent_desktop.protocol.qa import QaEvaluation, QaForm
from agent_desktop.qa.answer_sheet import AnswerSheet
from agent_desktop.qa.presenter import QaPresenter

if TYPE_CHECKING:
    from agent_desktop.supervisor.recordings_page import RecordingsPage


def clock_text(seconds: float) -> str:
    whole = int(seconds)
    return f"{whole // 60}:{whole % 60:02d}"


class ScorePanel(QWidget):
    """`set_call(call)` when the lead selects a recorded call; `seek_requested(ms)` asks the
    player to jump to a comment's position; `position()` gives the player's (ms)."""

    seek_requested = Signal(int)

    def __init__(
        self, presenter: QaPresenter, position: Callable[[], int], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("qaScorePanel")
        self.presenter = presenter
        self._position = position
        self.call: CallRecord | None = None
        self.form: QaForm | None = None
        self.comments: list[tuple[float, str]] = []
        self.last: QaEvaluation | None = None
        self._submitting = False  # the presenter's failures are ours only while submitting
        self._build()
        presenter.forms_loaded.connect(self._fill_forms)
        presenter.form_loaded.connect(self._on_form_loaded)
        presenter.submitted.connect(self._on_submitted)
        presenter.failed.connect(self._on_failed)
        self.retranslate()
        self.set_call(None)

    def _build(self) -> None:
        self.title_label = QLabel()
        self.title_label.setObjectName("subtitleLabel")
        self.call_label = QLabel()
        self.call_label.setWordWrap(True)
        self.form_label = QLabel()
        self.form_combo = QComboBox()
        self.form_label.setBuddy(self.form_combo)
        self.items_tree = AnswerSheet()
        self.items_tree.changed.connect(self._update_submit)
        self.comment_list = QListWidget()
        self.comment_list.setMaximumHeight(90)
        self.comment_edit = QLineEdit()
        self.comment_button = QPushButton()
        self.summary_edit = QLineEdit()
        self.submit_button = QPushButton()
        self.submit_button.setObjectName("saveButton")
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        form_row = QHBoxLayout()
        form_row.addWidget(self.form_label)
        form_row.addWidget(self.form_combo, 1)
        comment_row = QHBoxLayout()
        comment_row.addWidget(self.comment_edit, 1)
        comment_row.addWidget(self.comment_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.addWidget(self.title_label)
        layout.addWidget(self.call_label)
        layout.addLayout(form_row)
        layout.addWidget(self.items_tree, 1)
        layout.addWidget(self.comment_list)
        layout.addLayout(comment_row)
        layout.addWidget(self.summary_edit)
        layout.addWidget(self.submit_button)
        layout.addWidget(self.result_label)
        self.form_combo.currentIndexChanged.connect(self._on_form_combo_changed)
        self.comment_button.clicked.connect(self._on_comment_button_clicked)
        self.comment_edit.returnPressed.connect(self._on_comment_button_clicked)
        self.comment_list.itemClicked.connect(self._on_comment_clicked)
        self.submit_button.clicked.connect(self._on_submit_button_clicked)

    # -- call and form ----------------------------------------------------------------
    def set_call(self, call: CallRecord | None) -> None:
        """The call to score (None: nothing selected, or a call without a recording)."""
        usable = call is not None and bool(call.recording_id) and call.recording_status != "failed"
        self.call = call if usable else None
        self.comments = []
        self.last = None
        self._render_comments()
        self.summary_edit.clear()
        self.result_label.clear()
        self.items_tree.clear_answers()
        self._render_call()
        self._update_submit()

    def _render_call(self) -> None:
        if self.call is None:
            self.call_label.setText(self.tr("Select a recorded call to score it."))
        else:
            self.call_label.setText(
                self.tr("Call of agent %1").replace("%1", self.call.agent_id or "?")
            )

    def _fill_forms(self) -> None:
        current = self.form_combo.currentData()
        self.form_combo.blockSignals(True)
        self.form_combo.clear()
        for form in self.presenter.forms:
            if form.active:
                self.form_combo.addItem(form.name, form.id)
        self.form_combo.blockSignals(False)
        index = self.form_combo.findData(current) if current is not None else -1
        self.form_combo.setCurrentIndex(max(0, index))
        self._on_form_combo_changed()

    def _on_form_combo_changed(self, *_args: object) -> None:
        form_id = self.form_combo.currentData()
        if form_id is not None and (self.form is None or self.form.id != form_id):
            self.presenter.load_form(int(form_id))
        if self.form_combo.count() == 0:
            self.form = None
            self._render_items()

    def _on_form_loaded(self, form: QaForm) -> None:
        if form.id != self.form_combo.currentData():
            return
        self.form = form
        self._render_items()

    def _render_items(self) -> None:
        self.items_tree.set_form(self.form)
        self._update_submit()

    @property
    def answer_boxes(self) -> dict[str, QComboBox]:
        return self.items_tree.boxes

    # -- comments ---------------------------------------------------------------------
    def _on_comment_button_clicked(self) -> None:
        text = self.comment_edit.text().strip()
        if not text or self.call is None:
            return
        self.comments.append((self._position() / 1000.0, text))
        self.comments.sort(key=lambda c: c[0])
        self.comment_edit.clear()
        self._render_comments()

    def _render_comments(self) -> None:
        self.comment_list.clear()
        for at, text in self.comments:
            entry = QListWidgetItem(f"{clock_text(at)}  {text}")
            entry.setData(Qt.ItemDataRole.UserRole, int(at * 1000))
            self.comment_list.addItem(entry)

    def _on_comment_clicked(self, entry: QListWidgetItem) -> None:
        self.seek_requested.emit(int(entry.data(Qt.ItemDataRole.UserRole)))

    # -- submit -----------------------------------------------------------------------
    def answers(self) -> dict[str, float | str]:
        return self.items_tree.answers()

    def _update_submit(self) -> None:
        ready = (
            self.call is not None
            and self.form is not None
            and self.last is None
            and self.items_tree.complete()
        )
        self.submit_button.setEnabled(ready)
        self.comment_button.setEnabled(self.call is not None)

    def _on_submit_button_clicked(self) -> None:
        if self.call is None or self.form is None:
            return
        self.submit_button.setEnabled(False)
        self._submitting = True
        self.result_label.setText(self.tr("Submitting…"))
        self.presenter.submit(
            self.call.id,
            self.form.id,
            self.answers(),
            self.comments,
            self.summary_edit.text().strip(),
        )

    def _on_submitted(self, evaluation: QaEvaluation) -> None:
        self._submitting = False
        if self.call is None or evaluation.call_id != self.call.id:
            return
        self.last = evaluation
        self._render_result()
        self._update_submit()

    def _render_result(self) -> None:
        if self.last is None:
            return
        text = self.tr("Submitted: score %1 of 100.").replace("%1", f"{self.last.score:g}")
        if self.last.critical_failed:
            text += " " + self.tr("A critical item failed.")
        self.result_label.setText(text)

    def _on_failed(self, message: str) -> None:
        if not self._submitting:
            return
        self._submitting = False
        self.result_label.setText(self.tr("Not submitted: %1").replace("%1", message))
        self._update_submit()

    # -- i18n -------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title_label.setText(self.tr("Score this call"))
        self.form_label.setText(self.tr("&Form:"))
        self.comment_edit.setPlaceholderText(self.tr("Comment at the current position"))
        self.comment_button.setText(self.tr("Add comment"))
        self.summary_edit.setPlaceholderText(self.tr("Summary for the agent (optional)"))
        self.submit_button.setText(self.tr("&Submit score"))
        self._render_call()
        self._render_result()


def attach_score_panel(page: RecordingsPage, presenter: QaPresenter) -> ScorePanel:
    """Put a score panel beside the recordings page's results and player: it follows the
    selected call, seeks the player to a clicked comment and reads its position."""
    panel = ScorePanel(presenter, lambda: int(page.player.player.position()))
    page.set_side_panel(panel)
    panel.seek_requested.connect(page.player.seek)
    page.table.selectionModel().selectionChanged.connect(
        lambda *_args: panel.set_call(page.selected_call())
    )
    presenter.load_forms()
    return panel
