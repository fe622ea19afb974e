"""The Tickets tab: filters, the ticket list, and the chosen ticket's detail with its
comments, status buttons and history."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from agent_desktop.protocol.tickets import TicketDetail
from agent_desktop.tickets.models import format_time, priority_label, status_label
from agent_desktop.tickets.presenter import TicketsPresenter

_STATUS_FILTERS = ("open", "", "new", "assigned", "in_progress", "resolved", "closed")


class TicketsPage(QWidget):
    """Renders a `TicketsPresenter`; every action goes to it."""

    def __init__(self, presenter: TicketsPresenter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.presenter = presenter
        self.status_filter = QComboBox(self)
        self.type_filter = QComboBox(self)
        self.mine_check = QCheckBox(self)
        self.overdue_check = QCheckBox(self)
        self.search_edit = QLineEdit(self)
        self.search_edit.setClearButtonEnabled(True)
        self.refresh_button = QPushButton(self)
        bar = QHBoxLayout()
        bar.addWidget(self.status_filter)
        bar.addWidget(self.type_filter)
        bar.addWidget(self.search_edit, 1)
        bar.addWidget(self.mine_check)
        bar.addWidget(self.overdue_check)
        bar.addWidget(self.refresh_button)

        self.table = QTableView(self)
        self.table.setModel(presenter.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(2, 180)
        header.setStretchLastSection(True)
        self.count_label = QLabel(self)
        self.count_label.setProperty("class", "muted")
        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        self.message_label.setObjectName("errorText")

        self.detail = QWidget(self)
        self.detail_title = QLabel(self.detail)
        self.detail_title.setObjectName("sectionTitle")
        self.detail_title.setWordWrap(True)
        self.facts = QFormLayout()
        self.fact_names = [QLabel(self.detail) for _ in range(6)]
        self.fact_values = [QLabel(self.detail) for _ in range(6)]
        for name, value in zip(self.fact_names, self.fact_values, strict=True):
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.facts.addRow(name, value)
        self.description = QLabel(self.detail)
        self.description.setWordWrap(True)
        self.take_button = QPushButton(self.detail)
        self.start_button = QPushButton(self.detail)
        self.resolve_button = QPushButton(self.detail)
        self.close_button = QPushButton(self.detail)
        self.reopen_button = QPushButton(self.detail)
        buttons = QHBoxLayout()
        for button in self._step_buttons():
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.comments_title = QLabel(self.detail)
        self.comments_title.setObjectName("sectionTitle")
        self.comments = QListWidget(self.detail)
        self.comments.setWordWrap(True)
        self.comment_edit = QPlainTextEdit(self.detail)
        self.comment_edit.setMaximumHeight(60)
        self.comment_button = QPushButton(self.detail)
        self.history_title = QLabel(self.detail)
        self.history_title.setObjectName("sectionTitle")
        self.history = QListWidget(self.detail)
        self.history.setWordWrap(True)
        detail_layout = QVBoxLayout(self.detail)
        detail_layout.setContentsMargins(8, 0, 0, 0)
        detail_layout.addWidget(self.detail_title)
        detail_layout.addLayout(self.facts)
        detail_layout.addWidget(self.description)
        detail_layout.addLayout(buttons)
        detail_layout.addWidget(self.comments_title)
        detail_layout.addWidget(self.comments, 2)
        row = QHBoxLayout()
        row.addWidget(self.comment_edit, 1)
        row.addWidget(self.comment_button, 0, Qt.AlignmentFlag.AlignBottom)
        detail_layout.addLayout(row)
        detail_layout.addWidget(self.history_title)
        detail_layout.addWidget(self.history, 1)
        self.detail.setEnabled(False)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.count_label)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([3000, 2000])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.message_label)
        layout.addWidget(splitter, 1)
        self.message_label.hide()

        self.status_filter.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.type_filter.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.mine_check.toggled.connect(lambda _on: self.apply_filters())
        self.overdue_check.toggled.connect(lambda _on: self.apply_filters())
        self.search_edit.returnPressed.connect(self.apply_filters)
        self.search_edit.textChanged.connect(self._on_search_edit_text_changed)
        self.refresh_button.clicked.connect(self.apply_filters)
        self.table.clicked.connect(self._on_table_clicked)
        self.take_button.clicked.connect(lambda: self._step("take"))
        self.start_button.clicked.connect(lambda: self._step("in_progress"))
        self.resolve_button.clicked.connect(lambda: self._step("resolved"))
        self.close_button.clicked.connect(lambda: self._step("closed"))
        self.reopen_button.clicked.connect(lambda: self._step("reopen"))
        self.comment_button.clicked.connect(self._on_comment_button_clicked)
        presenter.list_loaded.connect(self._render_count)
        presenter.types_loaded.connect(self._fill_types)
        presenter.detail_loaded.connect(self.show_detail)
        presenter.failed.connect(self._show_error)
        self.retranslate()

    def _step_buttons(self) -> list[QPushButton]:
        return [
            self.take_button,
            self.start_button,
            self.resolve_button,
            self.close_button,
            self.reopen_button,
        ]

    # -- filters --------------------------------------------------------------------------
    def _fill_types(self) -> None:
        current = self.type_filter.currentData()
        self.type_filter.blockSignals(True)
        self.type_filter.clear()
        self.type_filter.addItem(self.tr("All types"), "")
        for t in self.presenter.types:
            self.type_filter.addItem(t.display_name, t.name)
        index = self.type_filter.findData(current)
        self.type_filter.setCurrentIndex(max(index, 0))
        self.type_filter.blockSignals(False)

    def filters(self) -> dict[str, object]:
        filters: dict[str, object] = {
            "status": self.status_filter.currentData() or None,
            "type": self.type_filter.currentData() or None,
            "q": self.search_edit.text().strip() or None,
        }
        if self.mine_check.isChecked():
            filters["assignee"] = self.presenter.agent_id
        if self.overdue_check.isChecked():
            filters["overdue"] = "true"
        return filters

    def apply_filters(self) -> None:
        self.message_label.hide()
        self.presenter.refresh(**self.filters())

    def _on_search_edit_text_changed(self, text: str) -> None:
        if not text:  # cleared (the clear button): show everything again
            self.apply_filters()

    # -- rendering ------------------------------------------------------------------------
    def _render_count(self) -> None:
        shown = self.presenter.model.rowCount()
        text = self.tr("%1 of %2 ticket(s)")
        self.count_label.setText(
            text.replace("%1", str(shown)).replace("%2", str(self.presenter.total))
        )

    def _show_error(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.show()

    def show_detail(self, ticket: TicketDetail | None) -> None:
        self.detail.setEnabled(ticket is not None)
        if ticket is None:
            self.detail_title.setText(self.tr("Choose a ticket to see it here."))
            for value in self.fact_values:
                value.clear()
            self.description.clear()
            self.comments.clear()
            self.history.clear()
            return
        self.detail_title.setText(f"#{ticket.id} {ticket.title}")
        due = format_time(ticket.due_at)
        if ticket.overdue:
            due = self.tr("%1 (overdue)").replace("%1", due)
        values = (
            self.presenter.type_name(ticket.type),
            f"{status_label(ticket.status)} · {priority_label(ticket.priority)}",
            ticket.customer_name or "—",
            ", ".join(ticket.call_ids) or "—",
            " / ".join(x for x in (ticket.assignee, ticket.team) if x) or "—",
            due,
        )
        for value_label, text in zip(self.fact_values, values, strict=True):
            value_label.setText(text)
        self.description.setText(ticket.description)
        status = ticket.status
        self.take_button.setVisible(
            status in ("new", "assigned", "in_progress")
            and ticket.assignee != self.presenter.agent_id
        )
        self.start_button.setVisible(status in ("new", "assigned"))
        self.resolve_button.setVisible(status in ("new", "assigned", "in_progress"))
        self.close_button.setVisible(status != "closed")
        self.reopen_button.setVisible(status in ("resolved", "closed"))
        self.comments.clear()
        for comment in ticket.comments:
            self.comments.addItem(
                f"{format_time(comment.created_at)}  {comment.author}: {comment.text}"
            )
        self.history.clear()
        for entry in ticket.history:
            changes = "; ".join(
                f"{self._field(name)}: {self._value(name, old)} → {self._value(name, new)}"
                for name, (old, new) in entry.changes.items()
                if name != "due_at"
            )
            note = f" ({entry.note})" if entry.note else ""
            self.history.addItem(
                f"{format_time(entry.at)}  {entry.actor}  {self._action(entry.action)}"
                f"{'  ' + changes if changes else ''}{note}"
            )

    def _field(self, name: str) -> str:
        names = {
            "type": self.tr("type"),
            "priority": self.tr("priority"),
            "status": self.tr("status"),
            "assignee": self.tr("assignee"),
            "team": self.tr("team"),
            "title": self.tr("title"),
            "description": self.tr("description"),
            "customer_id": self.tr("customer"),
            "call_ids": self.tr("call"),
        }
        return names.get(name, name)

    def _value(self, name: str, value: object) -> str:
        if value is None or value == "":
            return "—"
        if name == "status":
            return status_label(str(value))
        if name == "priority":
            return priority_label(str(value))
        if name == "type":
            return self.presenter.type_name(str(value))
        return str(value)

    def _action(self, action: str) -> str:
        names = {
            "created": self.tr("opened"),
            "updated": self.tr("edited"),
            "assigned": self.tr("assigned"),
            "status": self.tr("changed the status"),
            "reopened": self.tr("reopened"),
            "commented": self.tr("commented"),
            "call_linked": self.tr("linked a call"),
        }
        return names.get(action, action)

    # -- actions --------------------------------------------------------------------------
    def _on_table_clicked(self, index: QModelIndex) -> None:
        self.presenter.open(self.presenter.model.ticket_at(index.row()).id)

    def _step(self, step: str) -> None:
        ticket = self.presenter.current
        if ticket is None:
            return
        self.message_label.hide()
        if step == "take":
            self.presenter.take(ticket.id)
        elif step == "reopen":
            self.presenter.reopen(ticket.id)
        else:
            self.presenter.set_status(ticket.id, step)

    def _on_comment_button_clicked(self) -> None:
        text = self.comment_edit.toPlainText().strip()
        ticket = self.presenter.current
        if not text or ticket is None:
            return
        self.presenter.comment(ticket.id, text)
        self.comment_edit.clear()

    def retranslate(self) -> None:
        labels = {
            "open": self.tr("Open tickets"),
            "": self.tr("All statuses"),
        }
        current = self.status_filter.currentData()
        self.status_filter.blockSignals(True)
        self.status_filter.clear()
        for value in _STATUS_FILTERS:
            self.status_filter.addItem(labels.get(value) or status_label(value), value)
        self.status_filter.setCurrentIndex(max(self.status_filter.findData(current), 0))
        self.status_filter.blockSignals(False)
        if self.type_filter.count():
            self.type_filter.setItemText(0, self.tr("All types"))
        self.mine_check.setText(self.tr("Assigned to me"))
        self.overdue_check.setText(self.tr("Overdue only"))
        self.search_edit.setPlaceholderText(self.tr("Search title and description"))
        self.refresh_button.setText(self.tr("Refresh"))
        for label, text in zip(
            self.fact_names,
            (
                self.tr("Type:"),
                self.tr("Status:"),
                self.tr("Customer:"),
                self.tr("Calls:"),
                self.tr("Assigned to:"),
                self.tr("Due:"),
            ),
            strict=True,
        ):
            label.setText(text)
        self.take_button.setText(self.tr("Take it"))
        self.start_button.setText(self.tr("Start"))
        self.resolve_button.setText(self.tr("Resolve"))
        self.close_button.setText(self.tr("Close"))
        self.reopen_button.setText(self.tr("Reopen"))
        self.comments_title.setText(self.tr("Comments"))
        self.comment_edit.setPlaceholderText(self.tr("Add a comment"))
        self.comment_button.setText(self.tr("Add"))
        self.history_title.setText(self.tr("History"))
        self.presenter.model.retranslate()
        self.show_detail(self.presenter.current)
        if self.presenter.model.rowCount():
            self._render_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
