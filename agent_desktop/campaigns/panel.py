"""The agents' campaign panel (a tab of the right-hand dock, beside the call): the preview
card (the next contact and its history; Dial, or Skip with a reason), the result owed for
a campaign call (the campaign's dispositions and "call back at"), and the script."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QDateTime, QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from agent_desktop.campaigns.labels import mode_label
from agent_desktop.campaigns.presenter import AgentCampaigns


def _when(entry: dict[str, Any]) -> str:
    at = entry.get("at") or entry.get("started_at") or entry.get("time")
    if isinstance(at, int | float):
        return QDateTime.fromSecsSinceEpoch(int(at)).toString("MM-dd HH:mm")
    return ""


class CampaignPanel(QWidget):
    def __init__(self, presenter: AgentCampaigns, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.presenter = presenter
        self.title = QLabel(self)
        self.title.setObjectName("sectionTitle")
        self.title.setWordWrap(True)
        # the preview card
        self.card = QGroupBox(self)
        self.contact_label = QLabel(self.card)
        self.contact_label.setWordWrap(True)
        self.fields_form = QFormLayout()
        self.history_title = QLabel(self.card)
        self.history_list = QListWidget(self.card)
        self.history_list.setMaximumHeight(90)
        self.dial_button = QPushButton(self.card)
        self.dial_button.setObjectName("primary")
        self.skip_reason = QComboBox(self.card)
        self.skip_reason.setEditable(True)
        self.skip_button = QPushButton(self.card)
        self.none_label = QLabel(self.card)
        self.none_label.setWordWrap(True)
        self.again_button = QPushButton(self.card)
        card = QVBoxLayout(self.card)
        card.addWidget(self.contact_label)
        card.addLayout(self.fields_form)
        card.addWidget(self.history_title)
        card.addWidget(self.history_list)
        row = QHBoxLayout()
        row.addWidget(self.dial_button)
        row.addStretch(1)
        card.addLayout(row)
        skip = QHBoxLayout()
        skip.addWidget(self.skip_reason, 1)
        skip.addWidget(self.skip_button)
        card.addLayout(skip)
        card.addWidget(self.none_label)
        card.addWidget(self.again_button)
        # the result of a campaign call
        self.result_box = QGroupBox(self)
        self.result_combo = QComboBox(self.result_box)
        self.callback_check = QCheckBox(self.result_box)
        self.callback_edit = QDateTimeEdit(self.result_box)
        self.callback_edit.setCalendarPopup(True)
        self.callback_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.callback_edit.setEnabled(False)
        self.save_button = QPushButton(self.result_box)
        result = QFormLayout(self.result_box)
        self.result_name = QLabel(self.result_box)
        result.addRow(self.result_name, self.result_combo)
        result.addRow(self.callback_check, self.callback_edit)
        result.addRow(self.save_button)
        # the script
        self.script_title = QLabel(self)
        self.script_title.setObjectName("sectionTitle")
        self.script_view = QTextBrowser(self)
        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        self.message_label.setObjectName("errorLabel")
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.card)
        layout.addWidget(self.result_box)
        layout.addWidget(self.message_label)
        layout.addWidget(self.script_title)
        layout.addWidget(self.script_view, 1)
        self.dial_button.clicked.connect(self._on_dial_button_clicked)
        self.skip_button.clicked.connect(self._on_skip_button_clicked)
        self.again_button.clicked.connect(presenter.next_contact)
        self.callback_check.toggled.connect(self._on_callback_check_toggled)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        presenter.changed.connect(self.refresh_view)
        presenter.failed.connect(self.message_label.setText)
        self.retranslate()

    def refresh_view(self) -> None:
        p = self.presenter
        joined = p.joined
        self.title.setText(
            self.tr("%1 — %2").replace("%1", joined.name).replace("%2", mode_label(joined.mode))
            if joined is not None
            else self.tr("Not in a campaign")
        )
        preview_mode = joined is not None and joined.mode == "preview"
        preview = p.preview
        has = preview is not None
        # while a result is owed the card steps aside (the next contact comes after it)
        self.card.setVisible(preview_mode and (has or p.pending is None))
        for w in (self.contact_label, self.history_title, self.history_list, self.dial_button):
            w.setVisible(has)
        self.skip_reason.setVisible(has)
        self.skip_button.setVisible(has)
        self.none_label.setVisible(preview_mode and not has and p.pending is None)
        self.again_button.setVisible(preview_mode and not has and p.pending is None)
        while self.fields_form.rowCount():
            self.fields_form.removeRow(0)
        self.history_list.clear()
        if preview is not None:
            c = preview.contact
            self.contact_label.setText(
                f"<b>{html.escape(c.name or self.tr('(no name)'))}</b>  {html.escape(c.number)}"
            )
            for key, value in (c.fields or {}).items():
                self.fields_form.addRow(QLabel(f"{key}:"), QLabel(str(value)))
            for entry in preview.history:
                result = entry.get("result") or entry.get("disposition") or ""
                note = entry.get("reason") or entry.get("note") or ""
                line = " ".join(s for s in (_when(entry), str(result), str(note)) if s)
                self.history_list.addItem(line or str(entry))
            if not preview.history:
                self.history_list.addItem(self.tr("First attempt."))
        self.dial_button.setEnabled(has and not p.dialling)
        self.skip_button.setEnabled(has and not p.dialling)
        pending = p.pending
        self.result_box.setVisible(pending is not None)
        if pending is not None:
            if not self.callback_check.isChecked():
                self.callback_edit.setDateTime(QDateTime.currentDateTime().addSecs(3600))
            self.result_box.setTitle(
                self.tr("Result for %1").replace(
                    "%1", pending.contact.name or pending.contact.number
                )
            )
            keep = self.result_combo.currentText()
            self.result_combo.clear()
            self.result_combo.addItems(pending.dispositions)
            if keep in pending.dispositions:
                self.result_combo.setCurrentText(keep)
        else:
            self.callback_check.setChecked(False)
        script = (joined.script or "") if joined is not None else ""
        contact = preview.contact if preview is not None else pending.contact if pending else None
        if contact is not None:  # {name}, {number} and the list's own columns filled in
            values = {**(contact.fields or {}), "name": contact.name, "number": contact.number}
            for key, value in values.items():
                script = script.replace("{" + str(key) + "}", str(value or ""))
        self.script_view.setPlainText(script)
        self.script_title.setVisible(bool(script))
        self.script_view.setVisible(bool(script))

    def _on_dial_button_clicked(self) -> None:
        self.message_label.clear()
        self.presenter.dial()

    def _on_skip_button_clicked(self) -> None:
        reason = self.skip_reason.currentText().strip()
        if not reason:
            self.message_label.setText(self.tr("Say why you skip this contact."))
            return
        self.message_label.clear()
        self.presenter.skip(reason)

    def _on_callback_check_toggled(self, on: bool) -> None:
        self.callback_edit.setEnabled(on)
        if on and self.callback_edit.dateTime() <= QDateTime.currentDateTime():
            self.callback_edit.setDateTime(QDateTime.currentDateTime().addSecs(3600))

    def _on_save_button_clicked(self) -> None:
        self.message_label.clear()
        callback = (
            float(self.callback_edit.dateTime().toSecsSinceEpoch())
            if self.callback_check.isChecked()
            else None
        )
        self.presenter.save_result(self.result_combo.currentText(), callback)

    def retranslate(self) -> None:
        self.card.setTitle(self.tr("Next contact"))
        self.history_title.setText(self.tr("Earlier attempts:"))
        self.dial_button.setText(self.tr("Dial"))
        self.skip_button.setText(self.tr("Skip"))
        keep = self.skip_reason.currentText()
        self.skip_reason.clear()
        self.skip_reason.addItems(
            [
                self.tr("Wrong number"),
                self.tr("Asked not to be called"),
                self.tr("Already a customer"),
                self.tr("Called recently"),
            ]
        )
        if keep:
            self.skip_reason.setCurrentText(keep)
        edit = self.skip_reason.lineEdit()
        if edit is not None:
            edit.setPlaceholderText(self.tr("Reason for skipping"))
        self.none_label.setText(self.tr("No contact is waiting for you right now."))
        self.again_button.setText(self.tr("Look again"))
        self.result_name.setText(self.tr("Result:"))
        self.callback_check.setText(self.tr("Call back at"))
        self.save_button.setText(self.tr("Save result"))
        self.script_title.setText(self.tr("Script"))
        self.refresh_view()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
