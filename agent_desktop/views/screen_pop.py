"""Screen-pop card (来电弹屏): call facts, caller region, customer record, contact history."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from agent_desktop.i18n import Translations
from agent_desktop.presenters.agent_state import format_duration
from agent_desktop.presenters.call import DIALLING, IDLE, WRAP_UP, CallPresenter
from agent_desktop.presenters.history_model import HistoryModel
from agent_desktop.presenters.screen_pop import ScreenPop
from agent_desktop.presenters.wrap_up import WrapUpPresenter
from agent_desktop.protocol.crm import CustomField
from agent_desktop.views.customer_form import CustomerFormWidget

SEPARATOR = "  ·  "  # between the custom fields on the pop


class ScreenPopCard(QFrame):
    """Empty while idle; filled from `call_offered` the moment the call rings."""

    def __init__(
        self,
        presenter: CallPresenter,
        wrap_up: WrapUpPresenter,
        translations: Translations,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self._presenter = presenter
        self._wrap_up = wrap_up
        self._translations = translations
        self.pop: ScreenPop | None = None

        self.stack = QStackedWidget(self)
        self.empty_label = QLabel(self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setProperty("class", "muted")
        self.stack.addWidget(self.empty_label)

        page = QWidget(self)
        self.heading = QLabel(page)
        self.heading.setObjectName("sectionTitle")
        self.caller_label = QLabel(page)
        self.caller_label.setObjectName("callerNumber")
        self.caller_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts = QFormLayout()
        self.facts.setHorizontalSpacing(16)
        self.region_value, self.dnis_value = QLabel(page), QLabel(page)
        self.queue_value, self.ivr_value, self.wait_value = QLabel(page), QLabel(page), QLabel(page)
        self.fact_names = [QLabel(page) for _ in range(5)]
        # a consult or transfer: who handed the caller on, and their note
        self.handover_label = QLabel(page)
        self.handover_label.setObjectName("handoverNote")
        self.handover_label.setWordWrap(True)
        self.handover_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.handover_label.hide()
        for name, value in zip(
            self.fact_names,
            (self.region_value, self.dnis_value, self.queue_value, self.ivr_value, self.wait_value),
            strict=True,
        ):
            self.facts.addRow(name, value)

        self.customer_title = QLabel(page)
        self.customer_title.setObjectName("sectionTitle")
        self.customer_name = QLabel(page)
        self.customer_name.setObjectName("customerName")
        self.customer_company = QLabel(page)
        self.tags_row = QHBoxLayout()
        self.notes_label = QLabel(page)
        self.notes_label.setWordWrap(True)
        # custom fields (客户字段), one wrapped line so the card stays as short as it was
        self.custom_label = QLabel(page)
        self.custom_label.setWordWrap(True)
        self.custom_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.custom_fields: list[CustomField] = []
        self.phones_row = QHBoxLayout()
        self.customer_button = QPushButton(page)
        self.customer_form = CustomerFormWidget(page)
        self.customer_form.hide()
        self.history_title = QLabel(page)
        self.history_title.setObjectName("sectionTitle")
        self.history_model = HistoryModel(self._disposition_label, self)
        self.history_view = QTableView(page)
        self.history_view.setModel(self.history_model)
        self.history_view.verticalHeader().hide()
        self.history_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.history_view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.history_view.setAlternatingRowColors(True)
        header = self.history_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

        top = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self.heading)
        left.addWidget(self.caller_label)
        left.addLayout(self.facts)
        left.addWidget(self.handover_label)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.customer_title)
        right.addWidget(self.customer_name)
        right.addWidget(self.customer_company)
        right.addLayout(self.tags_row)
        right.addWidget(self.notes_label)
        right.addWidget(self.custom_label)
        right.addLayout(self.phones_row)
        right.addWidget(self.customer_button, 0, Qt.AlignmentFlag.AlignLeft)
        right.addStretch(1)
        top.addLayout(left, 1)
        top.addSpacing(12)
        top.addLayout(right, 1)
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addLayout(top)
        page_layout.addWidget(self.customer_form)
        self._sections = QHBoxLayout()  # slices' one-line parts (tickets, SMS)
        page_layout.addLayout(self._sections)
        page_layout.addWidget(self.history_title)
        page_layout.addWidget(self.history_view, 1)
        self.stack.addWidget(page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(14, 12, 14, 12)
        outer.addWidget(self.stack)

        self.customer_button.clicked.connect(self._on_customer_button_clicked)
        self.customer_form.save_requested.connect(self._on_customer_form_save)
        self.customer_form.cancelled.connect(self.customer_form.hide)
        self.history_view.doubleClicked.connect(self._on_history_view_double_clicked)
        presenter.offered.connect(self.show_pop)
        presenter.pop_changed.connect(self.show_pop)
        presenter.phase_changed.connect(lambda _p: self._render())
        translations.language_changed.connect(lambda _c: self._render())
        self.retranslate_ui()

    def add_section(self, widget: QWidget, stretch: int = 0) -> None:
        """A slice's one-line part of the card (the caller's tickets, "Send SMS…"), in one
        row above the history (forms open in their own windows: the card must still fit
        1366×768)."""
        self._sections.addWidget(widget, stretch)

    # -- rendering ------------------------------------------------------------------------
    def show_pop(self, pop: ScreenPop | None) -> None:
        if pop is not self.pop:
            self.customer_form.hide()
        self.pop = pop
        self._render()

    def _disposition_label(self, code: str | None) -> str:
        for item in self._wrap_up.dispositions:
            if item.code == code:
                return item.label_zh if self._translations.language == "zh_CN" else item.label_en
        return code or ""

    def _render(self) -> None:
        pop = self.pop
        if pop is None:
            self.stack.setCurrentIndex(0)
            return
        self.stack.setCurrentIndex(1)
        outbound = self._presenter.phase == DIALLING or pop.call.direction == "outbound"
        if self._presenter.phase in (IDLE, WRAP_UP):  # the call is over: no longer "incoming"
            self.heading.setText(self.tr("Last call"))
        else:
            self.heading.setText(self.tr("Outbound call") if outbound else self.tr("Incoming call"))
        number = (pop.call.dnis if outbound else pop.call.ani) or self.tr("Withheld number")
        self.caller_label.setText(number)
        self.region_value.setText(pop.region(self._translations.language) or "—")
        self.dnis_value.setText(pop.call.dnis or "—")
        self.queue_value.setText(pop.queue_display or "—")
        self.ivr_value.setText(" › ".join(pop.ivr_path) or "—")
        self.wait_value.setText(format_duration(pop.wait_seconds))
        self._render_handover(pop)
        self._render_customer(pop)
        self.history_model.set_calls(pop.history)

    def _render_handover(self, pop: ScreenPop) -> None:
        """ "Transferred by 1002: refund case" / "1002 consults you: refund case"."""
        if not pop.handed_by:
            self.handover_label.hide()
            return
        text = (
            self.tr("%1 consults you about this caller").replace("%1", pop.handed_by)
            if pop.handed_how == "consult"
            else self.tr("Transferred by %1").replace("%1", pop.handed_by)
        )
        if pop.handed_note:
            zh = self._translations.language.startswith("zh")
            text += ("：" if zh else ": ") + pop.handed_note
        self.handover_label.setText("↪ " + text)
        self.handover_label.show()

    def set_custom_fields(self, fields: list[CustomField]) -> None:
        """The custom field definitions: their labels and order on the card."""
        self.custom_fields = list(fields)
        self._render()

    def _render_custom(self, custom: dict[str, Any]) -> None:
        zh = self._translations.language.startswith("zh")
        known = {f.key for f in self.custom_fields}
        rows = [
            ((f.label_zh or f.label) if zh else f.label, custom[f.key])
            for f in self.custom_fields
            if custom.get(f.key) not in (None, "", [])
        ]
        rows += [(key, value) for key, value in custom.items() if key not in known]
        colon, joiner = ("：", "、") if zh else (": ", ", ")
        parts = [
            label
            + colon
            + (joiner.join(map(str, value)) if isinstance(value, list) else str(value))
            for label, value in rows
        ]
        self.custom_label.setText(SEPARATOR.join(parts))
        self.custom_label.setVisible(bool(parts))

    def _render_customer(self, pop: ScreenPop) -> None:
        customer = pop.customer
        _clear(self.tags_row)
        _clear(self.phones_row)
        self._render_custom({} if customer is None else customer.custom)
        if customer is None:
            self.customer_name.setText(self.tr("Unknown caller"))
            self.customer_company.setText(self.tr("No customer record matches this number."))
            self.notes_label.clear()
            self.customer_button.setText(self.tr("New customer…"))
            return
        self.customer_name.setText(customer.name)
        self.customer_company.setText(customer.company or "")
        for tag in customer.tags:
            chip = QLabel(tag, self)
            chip.setObjectName("tagChip")
            self.tags_row.addWidget(chip)
        self.tags_row.addStretch(1)
        self.notes_label.setText(customer.notes)
        for phone in customer.phones:
            button = QPushButton(self.tr("Call %1").replace("%1", phone), self)
            button.setToolTip(self.tr("Click to dial"))
            button.clicked.connect(lambda _=False, p=phone: self._presenter.dial(p))
            self.phones_row.addWidget(button)
        self.phones_row.addStretch(1)
        self.customer_button.setText(self.tr("Edit customer…"))

    # -- actions ------------------------------------------------------------------------
    def _on_customer_button_clicked(self) -> None:
        if self.pop is None:
            return
        if self.pop.customer is None:
            self.customer_form.start_new(self.pop.caller)
        else:
            self.customer_form.start_edit(self.pop.customer)
        self.customer_form.show()

    def _on_customer_form_save(self, data: object, customer_id: object) -> None:
        self._presenter.save_customer(data, customer_id)  # type: ignore[arg-type]
        self.customer_form.hide()

    def _on_history_view_double_clicked(self, index: QModelIndex) -> None:
        call = self.history_model.call_at(index.row())
        number = call.ani if call.direction == "inbound" else call.dnis
        if number and self._presenter.phase in (IDLE, "wrap_up"):
            self._presenter.dial(number)

    def retranslate_ui(self) -> None:
        self.empty_label.setText(
            self.tr("Waiting for calls.\nThe caller's details appear here the moment a call rings.")
        )
        for label, text in zip(
            self.fact_names,
            (
                self.tr("Region:"),
                self.tr("Dialled:"),
                self.tr("Queue:"),
                self.tr("IVR path:"),
                self.tr("Waited:"),
            ),
            strict=True,
        ):
            label.setText(text)
        self.customer_title.setText(self.tr("Customer"))
        self.history_title.setText(self.tr("Contact history (double-click to call back)"))
        self.history_model.retranslate()
        self._render()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def _clear(layout: QHBoxLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.deleteLater()
