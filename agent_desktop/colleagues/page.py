"""The Colleagues tab (同事): who is signed in and their state right now, a filter, and
from there an internal call (内线: Enter or double-click) or the pickup (代答) of a call
ringing a colleague of my queue. Keyboard-only: Ctrl+Shift+D opens the tab with the cursor
in the filter, Down to the list, Enter calls; Ctrl+Shift+P picks up."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer
from PySide6.QtGui import QColor, QHideEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from agent_desktop.colleagues.presenter import ColleaguesPresenter
from agent_desktop.protocol import DirectoryAgent

REFRESH_MS = 3000  # while the tab is shown: states change all the time
GREY = QColor("#8c959f")


class ColleaguesPage(QWidget):
    """Renders a `ColleaguesPresenter`; calling and picking up go back to it."""

    def __init__(
        self,
        presenter: ColleaguesPresenter,
        reason_label: Callable[[str], str],
        queue_label: Callable[[str], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.presenter = presenter
        self._reason_label, self._queue_label = reason_label, queue_label
        self.title = QLabel(self)
        self.title.setObjectName("sectionTitle")
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.installEventFilter(self)  # Down: into the list; Enter: call
        self.count_label = QLabel(self)
        self.count_label.setObjectName("subtitleLabel")
        self.table = QTableWidget(0, 4, self)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.call_button = QPushButton(self)
        self.pickup_button = QPushButton(self)
        self.refresh_button = QPushButton(self)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        bar = QHBoxLayout()
        bar.addWidget(self.filter_edit, 1)
        bar.addWidget(self.count_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.call_button)
        buttons.addWidget(self.pickup_button)
        buttons.addStretch(1)
        buttons.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(bar)
        layout.addWidget(self.error_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        # `activated`: Enter on a row, or a double-click (never both for one gesture)
        self.table.activated.connect(self._on_row_activated)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.call_button.clicked.connect(self.call_selected)
        self.pickup_button.clicked.connect(self.pick_up)
        self.refresh_button.clicked.connect(presenter.refresh)
        self.filter_edit.textChanged.connect(lambda _t: self._apply_filter())
        presenter.changed.connect(self.show_directory)
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(presenter.refresh)
        self.retranslate()

    # -- rendering ------------------------------------------------------------------------
    def _state_text(self, agent: DirectoryAgent) -> str:
        names = {
            "ready": self.tr("Ready"),
            "not_ready": self.tr("Not ready"),
            "reserved": self.tr("Ringing"),
            "on_call": self.tr("On call"),
            "wrap_up": self.tr("Wrap-up"),
        }
        text = names.get(agent.state.value, agent.state.value)
        if agent.state.value == "not_ready" and agent.reason:
            text += " · " + self._reason_label(agent.reason)
        return text

    def show_directory(self) -> None:
        selected = self.selected_agent()
        self.error_label.setText(self.presenter.error)
        self.error_label.setVisible(bool(self.presenter.error))
        table = self.table
        table.setRowCount(len(self.presenter.agents))
        for row, agent in enumerate(self.presenter.agents):
            free = agent.state.value in ("ready", "not_ready")  # an internal call reaches them
            ringing = ""
            if agent.pickup_call_id:
                ringing = self.tr("%1 · %2 (Ctrl+Shift+P picks up)")
                ringing = ringing.replace("%1", agent.pickup_caller or "").replace(
                    "%2", self._queue_label(agent.pickup_queue or "")
                )
            cells = (agent.agent_id, agent.name, self._state_text(agent), ringing)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, agent.agent_id)
                if not free and not agent.pickup_call_id:
                    item.setForeground(GREY)
                table.setItem(row, column, item)
        self._apply_filter()
        if selected:
            self.select(selected)
        self._update_buttons()

    def _apply_filter(self) -> None:
        words = self.filter_edit.text().casefold().split()
        shown = 0
        for row in range(self.table.rowCount()):
            items = (self.table.item(row, c) for c in range(self.table.columnCount()))
            text = " ".join(item.text() for item in items if item is not None).casefold()
            hidden = not all(w in text for w in words)
            self.table.setRowHidden(row, hidden)
            shown += not hidden
        self.count_label.setText(
            self.tr("%1 of %2 colleagues")
            .replace("%1", str(shown))
            .replace("%2", str(self.table.rowCount()))
        )
        self._update_buttons()

    def _visible_rows(self) -> list[int]:
        return [r for r in range(self.table.rowCount()) if not self.table.isRowHidden(r)]

    def selected_agent(self) -> str:
        rows = [i.row() for i in self.table.selectionModel().selectedRows()]
        rows = [r for r in rows if not self.table.isRowHidden(r)]
        if not rows:
            return ""
        item = self.table.item(rows[0], 0)
        return item.text() if item else ""

    def select(self, agent_id: str) -> bool:
        for row in self._visible_rows():
            item = self.table.item(row, 0)
            if item is not None and item.text() == agent_id:
                self.table.selectRow(row)
                return True
        return False

    def _update_buttons(self) -> None:
        agent = self.presenter.find(self.selected_agent())
        self.call_button.setEnabled(
            agent is not None and agent.state.value in ("ready", "not_ready")
        )
        self.pickup_button.setEnabled(
            (agent is not None and bool(agent.pickup_call_id))
            or (agent is None and bool(self.presenter.first_pickup()))
        )

    # -- actions --------------------------------------------------------------------------
    def _on_row_activated(self, index: QModelIndex) -> None:
        item = self.table.item(index.row(), 0)
        if item is not None:
            self.presenter.call(item.text())

    def call_selected(self) -> None:
        """The selected colleague; with none selected, the only one the filter leaves."""
        agent_id = self.selected_agent()
        visible = self._visible_rows()
        if not agent_id and len(visible) == 1:
            item = self.table.item(visible[0], 0)
            agent_id = item.text() if item else ""
        if agent_id:
            self.presenter.call(agent_id)

    def pick_up(self) -> None:
        """The selected colleague's ringing call, else the first one I may pick up."""
        agent_id = self.selected_agent()
        if not (agent_id and self.presenter.pick_up(agent_id)):
            first = self.presenter.first_pickup()
            if first:
                self.presenter.pick_up(first)

    def focus_filter(self) -> None:
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    def eventFilter(self, watched: object, event: QEvent) -> bool:  # Qt override
        if (
            watched is self.filter_edit
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
        ):
            if event.key() == Qt.Key.Key_Down and self._visible_rows():
                if not self.selected_agent():
                    self.table.selectRow(self._visible_rows()[0])
                self.table.setFocus(Qt.FocusReason.TabFocusReason)
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.call_selected()
                return True
        return super().eventFilter(watched, event)  # type: ignore[arg-type]

    # -- life -------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:  # Qt override
        super().showEvent(event)
        self.presenter.refresh()
        self._timer.start()

    def hideEvent(self, event: QHideEvent) -> None:  # Qt override
        super().hideEvent(event)
        self._timer.stop()

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Colleagues signed in"))
        self.filter_edit.setPlaceholderText(
            self.tr("Filter by agent ID, name or state (Ctrl+Shift+D)")
        )
        self.table.setHorizontalHeaderLabels(
            [self.tr("Agent ID"), self.tr("Name"), self.tr("State"), self.tr("Ringing with")]
        )
        self.call_button.setText(self.tr("Call (Enter)"))
        self.call_button.setToolTip(
            self.tr("Internal call: your phone rings first; answer it, then it rings theirs.")
        )
        self.pickup_button.setText(self.tr("Pick up (Ctrl+Shift+P)"))
        self.pickup_button.setToolTip(
            self.tr("Take the call ringing this colleague: it rings your phone instead.")
        )
        self.refresh_button.setText(self.tr("Refresh"))
        self.show_directory()
