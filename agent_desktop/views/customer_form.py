"""New / edit customer form (Designer layout), prefilled from the caller's number."""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QWidget

from agent_desktop.protocol import Customer, CustomerInput
from agent_desktop.views.generated.ui_customer_form import Ui_CustomerForm


def _split(text: str) -> list[str]:
    return [part.strip() for part in text.replace("，", ",").split(",") if part.strip()]


class CustomerFormWidget(QWidget):
    """Emits `save_requested(CustomerInput, id or None)`; the presenter does the request."""

    save_requested = Signal(object, object)
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CustomerForm()
        self.ui.setupUi(self)
        self.customer_id: int | None = None
        self._custom: dict[str, Any] = {}  # custom field values: kept as they are on save
        self.ui.saveButton.clicked.connect(self._on_save_button_clicked)
        self.ui.cancelButton.clicked.connect(self.cancelled.emit)

    def start_new(self, phone: str) -> None:
        self.customer_id = None
        self._custom = {}
        for edit in (self.ui.nameEdit, self.ui.companyEdit, self.ui.tagsEdit):
            edit.clear()
        self.ui.phonesEdit.setText(phone)
        self.ui.notesEdit.clear()
        self.retranslate_ui()
        self.ui.nameEdit.setFocus()

    def start_edit(self, customer: Customer) -> None:
        self.customer_id = customer.id
        self._custom = dict(customer.custom)
        self.ui.nameEdit.setText(customer.name)
        self.ui.companyEdit.setText(customer.company or "")
        self.ui.phonesEdit.setText(", ".join(customer.phones))
        self.ui.tagsEdit.setText(", ".join(customer.tags))
        self.ui.notesEdit.setPlainText(customer.notes)
        self.retranslate_ui()

    def _on_save_button_clicked(self) -> None:
        try:
            data = CustomerInput(
                name=self.ui.nameEdit.text(),
                company=self.ui.companyEdit.text() or None,
                phones=_split(self.ui.phonesEdit.text()),
                tags=_split(self.ui.tagsEdit.text()),
                notes=self.ui.notesEdit.toPlainText(),
                custom=self._custom,
            )
        except ValidationError:
            self.ui.nameEdit.setFocus()
            self.ui.nameEdit.setPlaceholderText(self.tr("A name is required"))
            return
        self.save_requested.emit(data, self.customer_id)

    def retranslate_ui(self) -> None:
        self.ui.retranslateUi(self)
        if self.customer_id is not None:
            self.ui.headingLabel.setText(self.tr("Edit customer"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
