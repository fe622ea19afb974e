"""Evaluations list and details: the agent's "My evaluations" (acknowledge or dispute) and
the reviewer's list (resolve a dispute by upholding the score)."""

from __future__ import annotations

import html
import time

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from agent_desktop.cti import CtiError
from agent_desktop.protocol.qa import QaEvaluation, QaForm
from agent_desktop.qa.answer_sheet import AnswerSheet
from agent_desktop.qa.presenter import QaPresenter, error_text
from agent_desktop.qa.score_panel import clock_text


def _when(epoch: float | None, pattern: str = "%Y-%m-%d %H:%M") -> str:
    return time.strftime(pattern, time.localtime(epoch)) if epoch else "—"


class EvaluationsView(QWidget):
    """`reviewer=False`: the signed-in agent's own evaluations with Acknowledge / Dispute;
    `reviewer=True`: the evaluations a reviewer sees, with Uphold for disputed ones."""

    def __init__(
        self, presenter: QaPresenter, reviewer: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.presenter = presenter
        self.reviewer = reviewer
        self.current: QaEvaluation | None = None
        self._forms: dict[tuple[int, int], QaForm] = {}
        self.table = QTableWidget(0, 4)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.details = QTextBrowser()
        self.reason_edit = QLineEdit()
        self.acknowledge_button = QPushButton()
        self.dispute_button = QPushButton()
        self.refresh_button = QPushButton()
        # reviewers: re-score a disputed evaluation (its form version, its answers to start)
        self.sheet = AnswerSheet()
        self.sheet.hide()
        self.amend_button = QPushButton()
        self.amend_button.hide()
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.refresh_button)
        buttons.addStretch(1)
        if not reviewer:
            buttons.addWidget(self.acknowledge_button)
        buttons.addWidget(self.dispute_button)
        if reviewer:
            buttons.addWidget(self.amend_button)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.addWidget(self.sheet)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.reason_edit)
        layout.addLayout(buttons)
        layout.addWidget(self.status_label)
        self.table.itemSelectionChanged.connect(self._on_selection_changed)
        self.refresh_button.clicked.connect(self.refresh)
        self.acknowledge_button.clicked.connect(self._on_acknowledge_button_clicked)
        self.dispute_button.clicked.connect(self._on_dispute_button_clicked)
        self.amend_button.clicked.connect(self._on_amend_button_clicked)
        self.sheet.changed.connect(self._update_buttons)
        self.reason_edit.textChanged.connect(lambda _t: self._update_buttons())
        presenter.evaluations_loaded.connect(self._render_list)
        presenter.evaluation_changed.connect(self._on_evaluation_changed)
        presenter.failed.connect(self.status_label.setText)
        self.retranslate()

    def refresh(self) -> None:
        self.presenter.load_evaluations()

    # -- list -------------------------------------------------------------------------
    def _status(self, status: str) -> str:
        return {
            "submitted": self.tr("New"),
            "acknowledged": self.tr("Acknowledged"),
            "disputed": self.tr("Disputed"),
            "resolved": self.tr("Resolved"),
        }.get(status, status)

    def _render_list(self) -> None:
        keep = self.current.id if self.current else None
        self.table.setRowCount(0)
        for evaluation in self.presenter.evaluations:
            row = self.table.rowCount()
            self.table.insertRow(row)
            second = evaluation.agent_id if self.reviewer else evaluation.form_name
            cells = [
                _when(evaluation.created_at, "%m-%d %H:%M"),
                second,
                f"{evaluation.score:g}",
                self._status(evaluation.status),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, evaluation.id)
                self.table.setItem(row, column, item)
            if evaluation.id == keep:
                self.table.selectRow(row)
        self.status_label.setText(
            self.tr("%1 evaluation(s)").replace("%1", str(self.presenter.total))
        )
        if self.table.rowCount() and not self.table.selectedItems():
            self.table.selectRow(0)
        self._update_buttons()

    def _on_selection_changed(self) -> None:
        items = self.table.selectedItems()
        found = None
        if items:
            wanted = items[0].data(Qt.ItemDataRole.UserRole)
            found = next((e for e in self.presenter.evaluations if e.id == wanted), None)
        self.current = found
        self.reason_edit.clear()
        self._render_details()
        self._render_sheet()
        if found is not None and (found.form_id, found.form_version) not in self._forms:
            self.presenter.spawn(self._load_form(found), "qa-form-of-evaluation")

    async def _load_form(self, evaluation: QaEvaluation) -> None:
        try:
            form = await self.presenter.form(evaluation.form_id, evaluation.form_version)
        except CtiError as exc:
            self.status_label.setText(error_text(exc))
            return
        self._forms[(form.id, form.version)] = form
        if self.current is not None and self.current.id == evaluation.id:
            self._render_details()
            self._render_sheet()

    def _render_sheet(self) -> None:
        """The answer sheet of a disputed evaluation, for a reviewer to amend."""
        e = self.current
        form = self._forms.get((e.form_id, e.form_version)) if e is not None else None
        show = self.reviewer and e is not None and e.status == "disputed" and form is not None
        self.sheet.setVisible(show)
        self.amend_button.setVisible(show)
        if show and e is not None:
            self.sheet.set_form(form)
            self.sheet.set_answers(e.answers)
        self._update_buttons()

    # -- details ----------------------------------------------------------------------
    def _answer_text(self, value: float | str) -> str:
        return {"yes": self.tr("Yes"), "no": self.tr("No"), "na": self.tr("N/A")}.get(
            str(value), f"{value:g}" if isinstance(value, float) else str(value)
        )

    def _render_details(self) -> None:
        e = self.current
        if e is None:
            nothing = self.tr("No evaluation selected.")
            self.details.setHtml(f"<p>{html.escape(nothing)}</p>")
            return
        esc = html.escape
        score_word = self.tr("Score")
        heading = (
            self.tr("Call of %1 on %2, scored by %3")
            .replace("%1", e.agent_id)
            .replace("%2", _when(e.call_started_at))
            .replace("%3", e.evaluator)
        )
        parts = [
            f"<h3>{esc(e.form_name)} — {esc(score_word)} {e.score:g}</h3>",
            f"<p>{esc(heading)}</p>",
        ]
        if e.critical_failed:
            failed = self.tr("A critical item failed: the score is 0.")
            parts.append(f"<p><b>{esc(failed)}</b></p>")
        form = self._forms.get((e.form_id, e.form_version))
        labels = {i.key: i.label for s in form.sections for i in s.items} if form else {}
        rows = "".join(
            f"<tr><td>{esc(s.title)}</td><td align='right'>"
            f"{'—' if s.score is None else format(s.score, 'g')}</td></tr>"
            for s in e.sections
        )
        parts.append(f"<table width='100%'>{rows}</table>")
        answers = "".join(
            f"<li>{esc(labels.get(a.item, a.item))}: {esc(self._answer_text(a.value))}</li>"
            for a in e.answers
        )
        parts.append(f"<ul>{answers}</ul>")
        if e.comments:
            comments_word = self.tr("Comments:")
            notes = "".join(
                f"<li>{clock_text(c.at_seconds)} {esc(c.text)}</li>" for c in e.comments
            )
            parts.append(f"<p>{esc(comments_word)}</p><ul>{notes}</ul>")
        if e.summary:
            parts.append(f"<p>{esc(e.summary)}</p>")
        if e.dispute_reason:
            disputed = self.tr("Disputed: %1").replace("%1", e.dispute_reason)
            parts.append(f"<p>{esc(disputed)}</p>")
        if e.resolution:
            resolved = (
                self.tr("Resolution by %1: %2")
                .replace("%1", e.resolved_by or "")
                .replace("%2", e.resolution)
            )
            parts.append(f"<p>{esc(resolved)}</p>")
        self.details.setHtml("".join(parts))

    # -- actions ----------------------------------------------------------------------
    def _update_buttons(self) -> None:
        e = self.current
        reason = bool(self.reason_edit.text().strip())
        if self.reviewer:
            disputed = e is not None and e.status == "disputed"
            self.dispute_button.setEnabled(disputed and reason)
            self.amend_button.setEnabled(
                disputed and reason and self.sheet.isVisibleTo(self) and self.sheet.complete()
            )
            self.reason_edit.setEnabled(disputed)
        else:
            open_ = e is not None and e.status == "submitted"
            self.acknowledge_button.setEnabled(open_)
            self.dispute_button.setEnabled(open_ and reason)
            self.reason_edit.setEnabled(open_)

    def _on_acknowledge_button_clicked(self) -> None:
        if self.current is not None:
            self.presenter.acknowledge(self.current.id)

    def _on_dispute_button_clicked(self) -> None:
        text = self.reason_edit.text().strip()
        if self.current is None or not text:
            return
        if self.reviewer:
            self.presenter.resolve(self.current.id, text)
        else:
            self.presenter.dispute(self.current.id, text)

    def _on_amend_button_clicked(self) -> None:
        note = self.reason_edit.text().strip()
        if self.current is not None and note and self.sheet.complete():
            self.presenter.resolve(self.current.id, note, self.sheet.answers())

    def _on_evaluation_changed(self, evaluation: QaEvaluation) -> None:
        self.current = (
            evaluation if self.current and self.current.id == evaluation.id else self.current
        )
        self._render_list()
        self._render_details()
        self._render_sheet()
        self.status_label.setText(
            self.tr("Evaluation %1: %2")
            .replace("%1", str(evaluation.id))
            .replace("%2", self._status(evaluation.status))
        )

    # -- i18n -------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        second = self.tr("Agent") if self.reviewer else self.tr("Form")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Scored"), second, self.tr("Score"), self.tr("Status")]
        )
        self.refresh_button.setText(self.tr("Refresh"))
        self.acknowledge_button.setText(self.tr("Acknowledge"))
        if self.reviewer:
            self.dispute_button.setText(self.tr("Uphold the score"))
            self.amend_button.setText(self.tr("Amend the score"))
            self.reason_edit.setPlaceholderText(self.tr("Resolution note for the agent"))
        else:
            self.dispute_button.setText(self.tr("Dispute"))
            self.reason_edit.setPlaceholderText(self.tr("Why you dispute this score"))
        if self.presenter.evaluations:
            self._render_list()
        self._render_details()
