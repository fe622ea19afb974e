"""The screen-pop's "Send SMS…": a small window (number, template, text, the result) for
the customer on the pop, with that customer's recent messages and their status."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from agent_desktop.protocol import Customer
from agent_desktop.protocol.sms import SmsMessage
from agent_desktop.sms.presenter import SmsPresenter


class SmsSection(QWidget):
    def __init__(self, presenter: SmsPresenter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.presenter = presenter
        self.customer: Customer | None = None
        self.messages: list[SmsMessage] = []
        self.open_button = QPushButton(self)
        self.form = QDialog(self)
        self.phone_combo = QComboBox(self.form)
        self.template_combo = QComboBox(self.form)
        self.text_edit = QPlainTextEdit(self.form)
        self.text_edit.setMinimumSize(380, 80)
        self.count_label = QLabel(self.form)
        self.count_label.setProperty("class", "muted")
        self.send_button = QPushButton(self.form)
        self.cancel_button = QPushButton(self.form)
        self.result_label = QLabel(self.form)
        self.result_label.setWordWrap(True)
        self.log_list = QListWidget(self.form)
        self.log_list.setMaximumHeight(90)
        self.log_list.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.phone_combo)
        top.addWidget(self.template_combo, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.cancel_button)
        bottom.addWidget(self.send_button)
        form_layout = QVBoxLayout(self.form)
        form_layout.addLayout(top)
        form_layout.addWidget(self.text_edit)
        form_layout.addLayout(bottom)
        form_layout.addWidget(self.result_label)
        form_layout.addWidget(self.log_list)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.open_button)
        self.log_list.hide()

        self.open_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.form.hide)
        self.send_button.clicked.connect(self._on_send_button_clicked)
        self.template_combo.activated.connect(self._on_template_combo_activated)
        self.text_edit.textChanged.connect(self._render_count)
        presenter.templates_loaded.connect(self._fill_templates)
        presenter.sent.connect(self._on_sent)
        presenter.failed.connect(self._on_failed)
        presenter.log_loaded.connect(self._show_log)
        self.retranslate()
        self.set_customer(None)

    def set_customer(self, customer: Customer | None) -> None:
        if customer is None or self.customer is None or customer.id != self.customer.id:
            self.form.hide()
            self.result_label.clear()
        self.customer = customer
        self.setVisible(customer is not None and bool(customer.phones))
        self.phone_combo.clear()
        for phone in customer.phones if customer else []:
            self.phone_combo.addItem(phone, phone)
        self.presenter.set_customer(customer.id if customer else None)

    def start(self) -> None:
        if not self.presenter.templates:
            self.presenter.load_templates()
        self.text_edit.clear()
        self.template_combo.setCurrentIndex(0)
        self.result_label.clear()
        self.send_button.setEnabled(True)
        self.form.show()  # its own small window, not modal
        self.form.raise_()
        self.text_edit.setFocus()

    def _fill_templates(self) -> None:
        self.template_combo.clear()
        self.template_combo.addItem(self.tr("No template"), "")
        for t in self.presenter.templates:
            self.template_combo.addItem(t.name, t.name)

    def _on_template_combo_activated(self, index: int) -> None:
        name = self.template_combo.itemData(index)
        for t in self.presenter.templates:
            if t.name == name and self.customer is not None:
                self.text_edit.setPlainText(self.presenter.fill(t, self.customer.name))

    def _render_count(self) -> None:
        n = len(self.text_edit.toPlainText())
        self.count_label.setText(self.tr("%1 characters").replace("%1", str(n)))

    def _on_send_button_clicked(self) -> None:
        text = self.text_edit.toPlainText().strip()
        if self.customer is None or not text:
            self.result_label.setText(self.tr("Write the message first."))
            return
        if "{" in text and "}" in text:
            self.result_label.setText(self.tr("Fill in the {…} parts of the template first."))
            return
        self.send_button.setEnabled(False)
        self.result_label.setText(self.tr("Sending…"))
        self.presenter.send(self.customer.id, self.phone_combo.currentData(), text)

    def _on_sent(self, message: SmsMessage) -> None:
        self.send_button.setEnabled(True)
        self.text_edit.clear()
        self.result_label.setText(self.tr("SMS sent to %1.").replace("%1", message.phone))

    def _on_failed(self, text: str) -> None:
        self.send_button.setEnabled(True)
        self.result_label.setText(self.tr("Not sent: %1").replace("%1", text))

    def _show_log(self, messages: list[SmsMessage]) -> None:
        self.messages = messages
        self.log_list.clear()
        statuses = {
            "sent": self.tr("sent"),
            "failed": self.tr("failed"),
            "queued": self.tr("queued"),
        }
        for m in messages:
            when = QDateTime.fromSecsSinceEpoch(int(m.created_at)).toString("MM-dd HH:mm")
            self.log_list.addItem(
                f"{when}  {statuses.get(m.status, m.status)}  {m.phone}: {m.text}"
            )
        self.log_list.setVisible(bool(messages))

    def retranslate(self) -> None:
        self.form.setWindowTitle(self.tr("SMS to the customer"))
        self.open_button.setText(self.tr("Send SMS…"))
        self.send_button.setText(self.tr("Send"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.text_edit.setPlaceholderText(self.tr("The message to the customer"))
        if self.template_combo.count():
            self.template_combo.setItemText(0, self.tr("No template"))
        self._render_count()
        self._show_log(self.messages)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
