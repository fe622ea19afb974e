"""The screen-pop's ticket line: the caller's open tickets and "New ticket…", which opens a
small window with the customer and the call already linked (one step, during or after
the call). One line on the card, so the window still fits 1366×768."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from agent_desktop.protocol.tickets import PRIORITIES, Ticket, TicketInput
from agent_desktop.tickets.models import priority_label, status_label
from agent_desktop.tickets.presenter import TicketsPresenter


class CallerTicketsSection(QWidget):
    """Shown on the pop of the call in hand (and through wrap-up)."""

    def __init__(self, presenter: TicketsPresenter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.presenter = presenter
        self.call_id: str | None = None
        self.customer_id: int | None = None
        self.customer_name = ""
        self.lines: list[str] = []

        self.open_label = QLabel(self)
        # Long lists are cut, never widen the window; the tooltip has them all.
        self.open_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.new_button = QPushButton(self)

        self.form = QDialog(self)
        self.type_combo = QComboBox(self.form)
        self.priority_combo = QComboBox(self.form)
        self.title_edit = QLineEdit(self.form)
        self.title_edit.setMaxLength(200)
        self.title_edit.setMinimumWidth(360)
        self.description_edit = QPlainTextEdit(self.form)
        self.description_edit.setMinimumHeight(80)
        self.links_label = QLabel(self.form)
        self.links_label.setProperty("class", "muted")
        self.create_button = QPushButton(self.form)
        self.create_button.setDefault(True)
        self.cancel_button = QPushButton(self.form)
        self.form_message = QLabel(self.form)
        self.form_message.setWordWrap(True)
        self.form_message.setObjectName("errorText")
        self.form_rows = QFormLayout()
        self.row_names = [QLabel(self.form) for _ in range(4)]
        for name, field in zip(
            self.row_names,
            (self.type_combo, self.priority_combo, self.title_edit, self.description_edit),
            strict=True,
        ):
            self.form_rows.addRow(name, field)
        form_buttons = QHBoxLayout()
        form_buttons.addWidget(self.links_label, 1)
        form_buttons.addWidget(self.cancel_button)
        form_buttons.addWidget(self.create_button)
        form_layout = QVBoxLayout(self.form)
        form_layout.addLayout(self.form_rows)
        form_layout.addWidget(self.form_message)
        form_layout.addLayout(form_buttons)
        self.form_message.hide()

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.open_label, 1)
        layout.addWidget(self.new_button)

        self.new_button.clicked.connect(self.start_new)
        self.cancel_button.clicked.connect(self.form.hide)
        self.create_button.clicked.connect(self._on_create_button_clicked)
        self.title_edit.returnPressed.connect(self._on_create_button_clicked)
        presenter.caller_tickets_loaded.connect(self.show_tickets)
        presenter.types_loaded.connect(self._fill_types)
        presenter.created.connect(self._on_created)
        presenter.failed.connect(self._on_failed)
        self.retranslate()
        self.show_tickets([])

    def set_call(self, call_id: str | None, customer_id: int | None, customer_name: str) -> None:
        """The call on the pop changed: a new call hides a half-typed form of the last one."""
        if call_id != self.call_id:
            self.form.hide()
        self.call_id, self.customer_id, self.customer_name = call_id, customer_id, customer_name
        self.new_button.setEnabled(call_id is not None)
        self.presenter.load_caller_tickets(customer_id)
        self._render_links()

    def show_tickets(self, tickets: list[Ticket]) -> None:
        self.lines = [
            f"#{t.id} {self.presenter.type_name(t.type)} · {t.title} · {status_label(t.status)}"
            + (self.tr(" · overdue") if t.overdue else "")
            for t in tickets
        ]
        if not tickets:
            self.open_label.setText(self.tr("No open tickets for this caller."))
        else:
            text = self.tr("Open tickets (%1): %2")
            self.open_label.setText(
                text.replace("%1", str(len(tickets))).replace("%2", "; ".join(self.lines))
            )
        self.open_label.setToolTip("\n".join(self.lines))

    def _fill_types(self) -> None:
        current = self.type_combo.currentData()
        self.type_combo.clear()
        for t in self.presenter.types:
            self.type_combo.addItem(t.display_name, t.name)
        self.type_combo.setCurrentIndex(max(self.type_combo.findData(current), 0))

    def _render_links(self) -> None:
        customer = self.customer_name or self.tr("no customer record")
        self.links_label.setText(
            self.tr("Linked to %1 and this call").replace("%1", customer)
            if self.call_id
            else customer
        )

    def start_new(self) -> None:
        if not self.presenter.types:
            self.presenter.load_types()
        self.title_edit.clear()
        self.description_edit.clear()
        self.priority_combo.setCurrentIndex(PRIORITIES.index("normal"))
        self.form_message.hide()
        self.create_button.setEnabled(True)
        self.form.show()  # its own small window, not modal: the pop stays readable
        self.form.raise_()
        self.title_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_create_button_clicked(self) -> None:
        title = self.title_edit.text().strip()
        kind = self.type_combo.currentData()
        if not title or not kind:
            self._on_failed(self.tr("Give the ticket a type and a title."))
            return
        body = TicketInput(
            type=kind,
            title=title,
            description=self.description_edit.toPlainText().strip(),
            priority=self.priority_combo.currentData(),
            customer_id=self.customer_id,
            call_id=self.call_id,
        )
        self.create_button.setEnabled(False)
        self.presenter.create(body)

    def _on_created(self, ticket: Ticket) -> None:
        if self.form.isVisible() and ticket.customer_id == self.customer_id:
            self.form.hide()

    def _on_failed(self, text: str) -> None:
        if self.form.isVisible():
            self.form_message.setText(text)
            self.form_message.show()
            self.create_button.setEnabled(True)

    def retranslate(self) -> None:
        self.form.setWindowTitle(self.tr("New ticket"))
        self.new_button.setText(self.tr("New ticket…"))
        for name, text in zip(
            self.row_names,
            (self.tr("Type:"), self.tr("Priority:"), self.tr("Title:"), self.tr("Details:")),
            strict=True,
        ):
            name.setText(text)
        current = self.priority_combo.currentData()
        self.priority_combo.clear()
        for p in PRIORITIES:
            self.priority_combo.addItem(priority_label(p), p)
        self.priority_combo.setCurrentIndex(
            max(self.priority_combo.findData(current or "normal"), 0)
        )
        self.title_edit.setPlaceholderText(self.tr("What the customer needs"))
        self.create_button.setText(self.tr("Open ticket"))
        self.cancel_button.setText(self.tr("Cancel"))
        self._render_links()
        self.show_tickets(self.presenter.caller_tickets)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
