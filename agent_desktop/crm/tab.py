"""The Customers tab (客户资料): search with paging on the left, the open customer's card
(click-to-dial, owner, custom fields, follow-ups) on the right; for leads and admins
transfer, export and import under the list and merging a duplicate on the card."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QEvent, QModelIndex, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from agent_desktop.crm.models import ID_ROLE
from agent_desktop.crm.presenter import PAGE, CrmPresenter
from agent_desktop.protocol import Customer
from agent_desktop.protocol.crm import CustomField, FieldKind, FollowUpStatus

FieldEditor = QLineEdit | QComboBox | list[QCheckBox]


def _table(parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.verticalHeader().hide()
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return view


class CustomersTab(QWidget):
    dial_requested = Signal(str)  # click-to-dial a customer's number

    def __init__(self, presenter: CrmPresenter, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.presenter = presenter
        self.language = language
        self._editors: dict[str, FieldEditor] = {}
        self._dial: list[QPushButton] = []

        left = QWidget(self)
        self.search_edit = QLineEdit(left)
        self.search_edit.setClearButtonEnabled(True)
        self.results_view = _table(left)
        self.results_view.setModel(presenter.results)
        self.previous_button, self.next_button = QPushButton(left), QPushButton(left)
        self.page_label = QLabel(left)
        pager = QHBoxLayout()
        pager.addWidget(self.previous_button)
        pager.addWidget(self.page_label, 1, Qt.AlignmentFlag.AlignCenter)
        pager.addWidget(self.next_button)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search_edit)
        left_layout.addWidget(self.results_view, 1)
        left_layout.addLayout(pager)
        # leads and admins: transfer the selected customers, export, import
        self.results_view.setSelectionMode(QTableView.SelectionMode.ExtendedSelection)
        self.manage_box = QWidget(left)
        self.transfer_label = QLabel(self.manage_box)
        self.transfer_combo = QComboBox(self.manage_box)
        self.transfer_button = QPushButton(self.manage_box)
        self.export_button = QPushButton(self.manage_box)
        self.import_button = QPushButton(self.manage_box)
        self.import_errors = QListWidget(self.manage_box)
        self.import_errors.setMaximumHeight(140)
        self.import_errors.hide()
        manage = QGridLayout(self.manage_box)
        manage.setContentsMargins(0, 0, 0, 0)
        manage.addWidget(self.transfer_label, 0, 0)
        manage.addWidget(self.transfer_combo, 0, 1)
        manage.addWidget(self.transfer_button, 0, 2)
        manage.addWidget(self.export_button, 1, 1)
        manage.addWidget(self.import_button, 1, 2)
        manage.addWidget(self.import_errors, 2, 0, 1, 3)
        manage.setColumnStretch(1, 1)
        self.manage_box.setVisible(presenter.manager)
        left_layout.addWidget(self.manage_box)

        card = QFrame(self)
        card.setObjectName("card")
        self.empty_label = QLabel(card)
        self.empty_label.setProperty("class", "muted")
        self.name_label = QLabel(card)
        self.name_label.setObjectName("customerName")
        self.company_label = QLabel(card)
        self.phones_row = QHBoxLayout()
        self.owner_label = QLabel(card)
        self.claim_button, self.release_button = QPushButton(card), QPushButton(card)
        owner_row = QHBoxLayout()
        owner_row.addWidget(self.owner_label, 1)
        owner_row.addWidget(self.claim_button)
        owner_row.addWidget(self.release_button)
        self.fields_title = QLabel(card)
        self.fields_title.setObjectName("sectionTitle")
        self.fields_form = QFormLayout()
        self.save_button = QPushButton(card)
        self.follow_ups_title = QLabel(card)
        self.follow_ups_title.setObjectName("sectionTitle")
        self.follow_ups_view = _table(card)
        self.follow_ups_view.setModel(presenter.follow_ups)
        self.status_combo = QComboBox(card)
        for status in FollowUpStatus:
            self.status_combo.addItem("", status)
        self.note_edit = QLineEdit(card)
        self.next_check = QCheckBox(card)
        self.next_edit = QDateEdit(QDate.currentDate().addDays(7), card)
        self.next_edit.setCalendarPopup(True)
        self.next_edit.setDisplayFormat("yyyy-MM-dd")
        self.appointment_check = QCheckBox(card)
        self.appointment_edit = QDateTimeEdit(QDateTime.currentDateTime().addSecs(3600), card)
        self.appointment_edit.setCalendarPopup(True)
        self.appointment_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.add_button = QPushButton(card)
        add = QGridLayout()  # narrow: the card shares the window with the list and the KB
        add.addWidget(self.status_combo, 0, 0)
        add.addWidget(self.note_edit, 0, 1, 1, 2)
        add.addWidget(self.next_check, 1, 0)
        add.addWidget(self.next_edit, 1, 1)
        add.addWidget(self.appointment_check, 2, 0)
        add.addWidget(self.appointment_edit, 2, 1)
        add.addWidget(self.add_button, 2, 2, Qt.AlignmentFlag.AlignRight)
        add.setColumnStretch(2, 1)
        self.message_label = QLabel(card)
        self.message_label.setWordWrap(True)
        self.body = QWidget(card)
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.name_label)
        body.addWidget(self.company_label)
        body.addLayout(self.phones_row)
        body.addLayout(owner_row)
        body.addWidget(self.fields_title)
        body.addLayout(self.fields_form)
        body.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)
        body.addWidget(self.follow_ups_title)
        body.addWidget(self.follow_ups_view, 1)
        body.addLayout(add)
        # leads and admins: merge a duplicate (found by search) into this customer
        self.merge_box = QWidget(card)
        self.merge_title = QLabel(self.merge_box)
        self.merge_title.setObjectName("sectionTitle")
        self.merge_edit = QLineEdit(self.merge_box)
        self.merge_edit.setClearButtonEnabled(True)
        self.merge_combo = QComboBox(self.merge_box)
        self.merge_button = QPushButton(self.merge_box)
        self.merge_confirm_label = QLabel(self.merge_box)
        self.merge_confirm_label.setWordWrap(True)
        self.merge_confirm_button = QPushButton(self.merge_box)
        self.merge_cancel_button = QPushButton(self.merge_box)
        merge = QGridLayout(self.merge_box)
        merge.setContentsMargins(0, 0, 0, 0)
        merge.addWidget(self.merge_title, 0, 0, 1, 3)
        merge.addWidget(self.merge_edit, 1, 0)
        merge.addWidget(self.merge_combo, 1, 1)
        merge.addWidget(self.merge_button, 1, 2)
        merge.addWidget(self.merge_confirm_label, 2, 0, 1, 3)
        merge.addWidget(self.merge_confirm_button, 3, 1, Qt.AlignmentFlag.AlignRight)
        merge.addWidget(self.merge_cancel_button, 3, 2)
        merge.setColumnStretch(1, 1)
        self.merge_box.setVisible(presenter.manager)
        self._show_merge_confirm(False)
        body.addWidget(self.merge_box)
        # the card scrolls, so the tab never makes the window taller than a 768 px screen
        self.card_scroll = QScrollArea(card)
        self.card_scroll.setWidgetResizable(True)
        self.card_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.card_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.card_scroll.setWidget(self.body)
        self.follow_ups_view.setMinimumHeight(120)
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(14, 12, 14, 12)
        card_layout.addWidget(self.empty_label)
        card_layout.addWidget(self.card_scroll, 1)
        card_layout.addWidget(self.message_label)

        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(card)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([360, 540])
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 8)
        outer.addWidget(splitter)

        self.search_edit.returnPressed.connect(self._on_search_edit_return_pressed)
        self.transfer_button.clicked.connect(self._on_transfer_button_clicked)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.import_button.clicked.connect(self._on_import_button_clicked)
        self.merge_edit.returnPressed.connect(
            lambda: presenter.find_duplicates(self.merge_edit.text())
        )
        self.merge_button.clicked.connect(self._on_merge_button_clicked)
        self.merge_confirm_button.clicked.connect(self._on_merge_confirm_button_clicked)
        self.merge_cancel_button.clicked.connect(lambda: self._show_merge_confirm(False))
        presenter.phonebook_changed.connect(self._render_agents)
        presenter.duplicates_changed.connect(self._render_duplicates)
        presenter.import_errors_changed.connect(self._render_import_errors)
        self.previous_button.clicked.connect(presenter.previous_page)
        self.next_button.clicked.connect(presenter.next_page)
        self.results_view.clicked.connect(self._on_results_view_clicked)
        self.claim_button.clicked.connect(presenter.claim)
        self.release_button.clicked.connect(presenter.release)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        presenter.page_changed.connect(self._render_page)
        presenter.fields_changed.connect(self._render_customer)
        presenter.customer_changed.connect(lambda _c: self._render_customer())
        presenter.message.connect(self._on_message)
        self.retranslate_ui()

    # -- rendering ------------------------------------------------------------------------
    def _render_page(self) -> None:
        p = self.presenter
        shown = p.results.rowCount()
        if not shown:
            self.page_label.setText(self.tr("No customers found"))
        else:
            total = f"{p.total:,}+" if p.total_capped else f"{p.total:,}"
            self.page_label.setText(
                self.tr("%1–%2 of %3")
                .replace("%1", str(p.offset + 1))
                .replace("%2", str(p.offset + shown))
                .replace("%3", total)
            )
        self.previous_button.setEnabled(p.offset > 0)
        self.next_button.setEnabled(p.offset + PAGE < p.total)

    def _render_agents(self) -> None:
        chosen = self.transfer_combo.currentData()
        self.transfer_combo.clear()
        for agent in self.presenter.agents():
            self.transfer_combo.addItem(f"{agent.name} · {agent.number}", agent.number)
        self.transfer_combo.addItem(self.tr("Shared pool"), None)
        self.transfer_combo.setCurrentIndex(max(0, self.transfer_combo.findData(chosen)))

    def _render_duplicates(self) -> None:
        self.merge_combo.clear()
        for c in self.presenter.duplicates:
            phones = ", ".join(c.phones[:2])
            self.merge_combo.addItem(f"{c.name} #{c.id}" + (f" · {phones}" if phones else ""), c.id)
        self.merge_button.setEnabled(bool(self.presenter.duplicates))
        self._show_merge_confirm(False)

    def _render_import_errors(self, rows: list[tuple[int, str, str]]) -> None:
        self.import_errors.clear()
        for line, field, message in rows:
            where = self.tr("Line %1").replace("%1", str(line))
            self.import_errors.addItem(
                f"{where} · {field}: {message}" if field else f"{where}: {message}"
            )
        self.import_errors.setVisible(bool(rows))

    def _show_merge_confirm(self, shown: bool) -> None:
        for widget in (
            self.merge_confirm_label,
            self.merge_confirm_button,
            self.merge_cancel_button,
        ):
            widget.setVisible(shown)

    def selected_ids(self) -> list[int]:
        rows = self.results_view.selectionModel().selectedRows()
        ids = [self.presenter.results.data(i, ID_ROLE) for i in rows]
        return sorted(int(i) for i in ids if i is not None)

    def _label(self, field: CustomField) -> str:
        if self.language.startswith("zh") and field.label_zh:
            return field.label_zh
        return field.label

    def _render_customer(self) -> None:
        customer = self.presenter.customer
        self.empty_label.setVisible(customer is None)
        self.card_scroll.setVisible(customer is not None)
        if customer is None:
            return
        self.name_label.setText(customer.name)
        self.company_label.setText(customer.company or "")
        for button in self._dial:
            button.deleteLater()
        self._dial = []
        while self.phones_row.count():
            self.phones_row.takeAt(0)
        for phone in customer.phones:
            button = QPushButton(self.tr("Call %1").replace("%1", phone), self)
            button.clicked.connect(lambda _=False, p=phone: self.dial_requested.emit(p))
            self.phones_row.addWidget(button)
            self._dial.append(button)
        self.phones_row.addStretch(1)
        self._render_owner(customer)
        self._render_fields(customer)
        if self.merge_combo.count() and self.merge_combo.findData(customer.id) >= 0:
            self.presenter.duplicates = []
            self._render_duplicates()  # the customer itself is no duplicate of itself

    def _render_owner(self, customer: Customer) -> None:
        me = self.presenter.agent_id
        if customer.owner_id is None:
            self.owner_label.setText(self.tr("In the shared pool"))
        elif customer.owner_id == me:
            self.owner_label.setText(self.tr("Yours"))
        else:
            self.owner_label.setText(self.tr("Owner: %1").replace("%1", customer.owner_id))
        self.claim_button.setVisible(customer.owner_id is None)
        self.release_button.setVisible(customer.owner_id == me)

    def _render_fields(self, customer: Customer) -> None:
        while self.fields_form.rowCount():
            self.fields_form.removeRow(0)
        self._editors = {}
        for field in self.presenter.fields:
            value = customer.custom.get(field.key)
            editor, widget = self._editor(field, value)
            self._editors[field.key] = editor
            label = self._label(field) + (" *" if field.required else "")
            self.fields_form.addRow(label, widget)
        self.fields_title.setVisible(bool(self.presenter.fields))
        self.save_button.setVisible(bool(self.presenter.fields))

    def _editor(self, field: CustomField, value: Any) -> tuple[FieldEditor, QWidget]:
        if field.kind is FieldKind.CHOICE:
            combo = QComboBox(self.body)
            combo.addItem("—", "")
            for option in field.options:
                combo.addItem(option, option)
            combo.setCurrentIndex(max(0, combo.findData(value or "")))
            return combo, combo
        if field.kind is FieldKind.MULTI_CHOICE:
            box = QWidget(self.body)
            row = QHBoxLayout(box)
            row.setContentsMargins(0, 0, 0, 0)
            checks = []
            for option in field.options:
                check = QCheckBox(option, box)
                check.setChecked(option in (value or []))
                row.addWidget(check)
                checks.append(check)
            row.addStretch(1)
            return checks, box
        edit = QLineEdit("" if value is None else str(value), self.body)
        if field.kind is FieldKind.DATE:
            edit.setPlaceholderText(self.tr("YYYY-MM-DD"))
        elif field.kind is FieldKind.NUMBER:
            edit.setPlaceholderText(self.tr("a number"))
        return edit, edit

    def field_values(self) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for key, editor in self._editors.items():
            if isinstance(editor, list):
                values[key] = [c.text() for c in editor if c.isChecked()]
            elif isinstance(editor, QComboBox):
                values[key] = editor.currentData() or None
            else:
                values[key] = editor.text().strip() or None
        return values

    # -- actions ------------------------------------------------------------------------
    def _on_search_edit_return_pressed(self) -> None:
        self.presenter.search(self.search_edit.text())

    def _on_results_view_clicked(self, index: QModelIndex) -> None:
        customer_id = self.presenter.results.data(index, ID_ROLE)
        if customer_id is not None:
            self.presenter.open(int(customer_id))

    def _on_save_button_clicked(self) -> None:
        self.presenter.save_custom(self.field_values())

    def _on_add_button_clicked(self) -> None:
        next_at = None
        if self.next_check.isChecked():
            next_at = float(QDateTime(self.next_edit.date(), QTime(9, 0)).toSecsSinceEpoch())
        appointment_at = None
        if self.appointment_check.isChecked():
            appointment_at = float(self.appointment_edit.dateTime().toSecsSinceEpoch())
        self.presenter.add_follow_up(
            self.status_combo.currentData(), self.note_edit.text(), next_at, appointment_at
        )
        self.note_edit.clear()

    def _on_transfer_button_clicked(self) -> None:
        self.presenter.transfer(self.selected_ids(), self.transfer_combo.currentData())

    def _on_export_button_clicked(self) -> None:
        name, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Export customers"),
            "customers.xlsx",
            self.tr("Excel (*.xlsx);;CSV (*.csv)"),
        )
        if name:
            path = Path(name)
            if path.suffix.lower() not in (".csv", ".xlsx"):
                path = path.with_suffix(".csv" if "csv" in chosen.lower() else ".xlsx")
            self.presenter.export(path)

    def _on_import_button_clicked(self) -> None:
        name, _chosen = QFileDialog.getOpenFileName(
            self,
            self.tr("Import customers"),
            "",
            self.tr("Customer files (*.csv *.xlsx)"),
        )
        if name:
            self.presenter.import_file(Path(name))

    def _on_merge_button_clicked(self) -> None:
        customer = self.presenter.customer
        if customer is None or self.merge_combo.currentData() is None:
            return
        self.merge_confirm_label.setText(
            self.tr("Merge %1 into %2? %1 is deleted; its calls, follow-ups and numbers move.")
            .replace("%1", self.merge_combo.currentText().split(" · ")[0])
            .replace("%2", f"{customer.name} #{customer.id}")
        )
        self._show_merge_confirm(True)
        label = self.merge_confirm_label  # wrapped: as tall as its lines (the scroll area's
        label.setMinimumHeight(label.heightForWidth(max(200, self.merge_box.width())))  # own
        self.card_scroll.ensureWidgetVisible(self.merge_cancel_button)

    def _on_merge_confirm_button_clicked(self) -> None:
        duplicate = self.merge_combo.currentData()
        self._show_merge_confirm(False)
        if duplicate is not None:
            self.presenter.merge(int(duplicate))

    def _on_message(self, text: str, error: bool) -> None:
        self.message_label.setProperty("class", "error" if error else "muted")
        self.message_label.setText(text)
        self.message_label.style().polish(self.message_label)

    # -- language -----------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.search_edit.setPlaceholderText(
            self.tr("Search name, number, company, tag, owner or any field…")
        )
        self.previous_button.setText(self.tr("‹ Previous"))
        self.next_button.setText(self.tr("Next ›"))
        self.empty_label.setText(self.tr("Pick a customer on the left."))
        self.claim_button.setText(self.tr("Claim"))
        self.claim_button.setToolTip(self.tr("Take this customer from the shared pool"))
        self.release_button.setText(self.tr("Release to pool"))
        self.fields_title.setText(self.tr("Customer fields"))
        self.save_button.setText(self.tr("Save fields"))
        self.follow_ups_title.setText(self.tr("Follow-ups"))
        self.note_edit.setPlaceholderText(self.tr("What was agreed"))
        self.next_check.setText(self.tr("Next follow-up"))
        self.appointment_check.setText(self.tr("Appointment"))
        self.add_button.setText(self.tr("Add follow-up"))
        self.transfer_label.setText(self.tr("Transfer to"))
        self.transfer_button.setText(self.tr("Transfer selected"))
        self.transfer_button.setToolTip(self.tr("Give the selected customers to this agent"))
        self.export_button.setText(self.tr("Export…"))
        self.import_button.setText(self.tr("Import…"))
        self.merge_title.setText(self.tr("Merge a duplicate into this customer"))
        self.merge_edit.setPlaceholderText(self.tr("Find the duplicate…"))
        self.merge_button.setText(self.tr("Merge…"))
        self.merge_confirm_button.setText(self.tr("Merge"))
        self.merge_cancel_button.setText(self.tr("Cancel"))
        self._render_agents()
        self.merge_button.setEnabled(bool(self.presenter.duplicates))
        if not self.merge_confirm_button.isHidden():
            self._on_merge_button_clicked()  # the question in the new language
        labels = {
            FollowUpStatus.NEW: self.tr("New contact"),
            FollowUpStatus.INTERESTED: self.tr("Interested"),
            FollowUpStatus.NOT_INTERESTED: self.tr("Not interested"),
            FollowUpStatus.WON: self.tr("Won"),
            FollowUpStatus.CLOSED: self.tr("Closed"),
        }
        for i in range(self.status_combo.count()):
            self.status_combo.setItemText(i, labels[self.status_combo.itemData(i)])
        self._render_page()
        self._render_customer()

    def set_language(self, language: str) -> None:
        self.language = language
        self._render_customer()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
