"""Wallboard page: live queues, the agent grid with filters and control, calls in
progress with monitoring and forced hang-up. Confirmations use `QMessageBox.open()`."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from agent_desktop.protocol import lead_can_choose_reason
from agent_desktop.supervisor.live_models import STATE_ORDER
from agent_desktop.supervisor.presenter import SupervisorPresenter
from agent_desktop.supervisor.proxies import AgentFilterProxy, SortProxy
from agent_desktop.supervisor.sort_arrows import use_reading_arrows
from agent_desktop.supervisor.table_base import KEY_ROLE

SIDE_BY_SIDE_WIDTH = 1450  # the agent and call tables' natural widths (~820 + ~450), margins


def fit_columns(view: QTableView) -> None:
    """Size columns to their contents once (not on every change: with hundreds of rows
    ResizeToContents re-measures every cell of a column on each update), then squeeze
    them into the view's width."""
    header = view.horizontalHeader()
    stretch = header.stretchLastSection()
    header.setStretchLastSection(False)
    for column in range(header.count()):
        # a Stretch column sized to its contents stays that narrow (a second call made
        # the Agent column of the calls table shrink to its text)
        if header.sectionResizeMode(column) == QHeaderView.ResizeMode.Interactive:
            view.resizeColumnToContents(column)
    header.setStretchLastSection(stretch)
    squeeze_columns(view)


def squeeze_columns(view: QTableView) -> bool:
    """Take the width the columns lack from those with room beyond their title, widest
    first, so the lead never scrolls sideways (cell text may be elided, titles are not).
    True when a column was narrowed."""
    header = view.horizontalHeader()
    if not view.isVisible():
        return False  # a hidden page's width means nothing yet: fit when it is shown
    excess = header.length() - view.viewport().width()
    model = view.model()
    if excess <= 0 or model is None:
        return False
    metrics = header.fontMetrics()
    title_need: dict[int, int] = {}  # width of the column's title
    cell_need: dict[int, int] = {}  # width of its title and of its cells
    for column in range(model.columnCount()):
        if header.isSectionHidden(column):
            continue
        if header.sectionResizeMode(column) != QHeaderView.ResizeMode.Interactive:
            continue  # the header sizes these itself
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        need = max(metrics.horizontalAdvance(line) for line in title.split("\n")) + 28
        if header.isSortIndicatorShown() and header.sortIndicatorSection() == column:
            need += 16  # the sort arrow beside the title
        title_need[column] = need
        cell_need[column] = max(need, view.sizeHintForColumn(column))
    narrowed = False
    # First the width nobody reads, then the cells' (elided: "Ready 2…"), widest room
    # first; the first column names the row (queue, agent, caller): it gives width last.
    for needs in (cell_need, title_need):
        room = {c: header.sectionSize(c) - n for c, n in needs.items()}
        for column in sorted(room, key=lambda c: (c == 0, -room[c])):
            cut = min(excess, room[column])
            if cut <= 0:
                continue
            header.resizeSection(column, header.sectionSize(column) - cut)
            excess -= cut
            narrowed = True
            if excess <= 0:
                return narrowed
    return narrowed


def grow_to_contents(view: QTableView) -> None:
    """Cells that changed (figures, a queue's display name) and no longer fit their
    column: size the columns again. Only growing, so columns do not twitch as figures
    come and go."""
    header = view.horizontalHeader()
    for column in range(header.count()):
        if (
            header.sectionResizeMode(column) == QHeaderView.ResizeMode.Interactive
            and not header.isSectionHidden(column)
            and header.sectionSize(column) < view.sizeHintForColumn(column)
        ):
            fit_columns(view)
            return


class FitTable(QTableView):
    """A table whose columns stay within its width as it is resized."""

    def __init__(self) -> None:
        super().__init__()
        self._squeezed = False

    def resizeEvent(self, event: QResizeEvent) -> None:  # Qt override
        super().resizeEvent(event)
        if event.size().width() > event.oldSize().width() and self._squeezed:
            self._squeezed = False
            fit_columns(self)  # room again: back to the contents' widths
        self._squeezed = squeeze_columns(self) or self._squeezed

    def showEvent(self, event: QShowEvent) -> None:  # Qt override
        """Rows that arrived while the page was hidden (a search, a refresh) were sized
        without a width to fit into: size the columns now."""
        super().showEvent(event)
        self._squeezed = False
        fit_columns(self)
        self._squeezed = squeeze_columns(self)


def make_table(proxy: SortProxy) -> QTableView:
    """A sortable, row-selecting table with compact rows; columns fit after a reset."""
    view = FitTable()
    view.horizontalHeader().setResizeContentsPrecision(50)
    view.setModel(proxy)  # first, so the view has seen a reset when the columns fit
    proxy.modelReset.connect(lambda: fit_columns(view))
    proxy.rowsInserted.connect(lambda *_: fit_columns(view) if proxy.rowCount() < 50 else None)
    # whole rows changed (not the clock's one column): their new text may not fit
    proxy.dataChanged.connect(
        lambda first, last, *_: (
            grow_to_contents(view)
            if first.column() != last.column() and view.isVisible() and proxy.rowCount() < 50
            else None
        )
    )
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(24)
    view.horizontalHeader().setHighlightSections(False)
    use_reading_arrows(view.horizontalHeader())
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    return view


class LivePage(QWidget):
    """Three tables over the presenter's models, plus the lead's controls."""

    def __init__(
        self,
        presenter: SupervisorPresenter,
        language: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.presenter = presenter
        self._language = language
        self.confirm_box: QMessageBox | None = None
        self.queue_proxy = SortProxy(self)
        self.queue_proxy.setSourceModel(presenter.queues)
        self.agent_proxy = AgentFilterProxy(self)
        self.agent_proxy.setSourceModel(presenter.agents)
        self.call_proxy = SortProxy(self)
        self.call_proxy.setSourceModel(presenter.calls)
        self._build()
        self._connect()
        self.retranslate()

    # -- layout -----------------------------------------------------------------------------
    def _build(self) -> None:
        self.queue_box = QGroupBox()
        self.queue_table = make_table(self.queue_proxy)
        self.queue_table.horizontalHeader().setStretchLastSection(True)
        # "Ready 1 · On call 1 · Wrap-up 1" wraps onto a second line rather than being
        # cut where 1366 px leave the Agents column too narrow for it
        self.queue_table.setWordWrap(True)
        self.queue_table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        QVBoxLayout(self.queue_box).addWidget(self.queue_table)

        self.agent_box = QGroupBox()
        self.filter_edit = QLineEdit()
        self.filter_edit.setClearButtonEnabled(True)
        self.state_combo = QComboBox()
        # The items are translated later: size to the longest one whenever they change.
        self.state_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.not_ready_button = QToolButton()
        self.not_ready_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.reason_menu = QMenu(self)
        self.not_ready_button.setMenu(self.reason_menu)
        self.sign_out_button = QPushButton()
        tools = QHBoxLayout()
        for widget in (
            self.filter_edit,
            self.state_combo,
            self.not_ready_button,
            self.sign_out_button,
        ):
            tools.addWidget(widget)
        tools.setStretch(0, 1)
        self.agent_table = make_table(self.agent_proxy)
        self.agent_table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.agent_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.agent_table.horizontalHeader().setStretchLastSection(True)
        agents = QVBoxLayout(self.agent_box)
        agents.addLayout(tools)
        agents.addWidget(self.agent_table)

        self.call_box = QGroupBox()
        self.call_table = make_table(self.call_proxy)
        self.call_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Calls stay in arrival order (new ones at the bottom) until the lead sorts by a
        # column: sorted by caller number, rows jumped under the mouse as calls came and
        # went, and a Listen click hit another call.
        self.call_table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self._selected_call_key = ""
        self.call_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.monitor_buttons = {mode: QPushButton() for mode in ("listen", "whisper", "barge")}
        self.stop_button = QPushButton()
        self.takeover_button = QPushButton()  # 接管: while barging, take the call
        self.hangup_button = QPushButton()
        self.hangup_button.setObjectName("hangUpButton")
        self.monitor_label = QLabel()
        self.monitor_label.setObjectName("subtitleLabel")
        self.monitor_label.setWordWrap(True)  # names and numbers: never widen the window
        row = QHBoxLayout()
        for button in (*self.monitor_buttons.values(), self.stop_button, self.takeover_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.hangup_button)
        calls = QVBoxLayout(self.call_box)
        calls.addWidget(self.call_table)
        calls.addLayout(row)
        calls.addWidget(self.monitor_label)

        split = QSplitter(Qt.Orientation.Horizontal)
        self.split = split
        split.addWidget(self.agent_box)
        split.addWidget(self.call_box)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setSizes([850, 510])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.queue_box)
        layout.addWidget(split, 1)

    def _connect(self) -> None:
        self.filter_edit.textChanged.connect(self.agent_proxy.set_text)
        self.state_combo.currentIndexChanged.connect(self._on_state_combo_changed)
        self.sign_out_button.clicked.connect(self._on_sign_out_button_clicked)
        self.hangup_button.clicked.connect(self._on_hangup_button_clicked)
        for mode, button in self.monitor_buttons.items():
            button.clicked.connect(lambda _=False, m=mode: self._on_monitor_clicked(m))
        self.stop_button.clicked.connect(self.presenter.stop_monitor)
        self.takeover_button.clicked.connect(self._on_takeover_clicked)
        # keyboard-only: Ctrl+Shift+O takes over wherever the lead is (acts when enabled)
        shortcut = QShortcut(
            QKeySequence("Ctrl+Shift+O"), self, context=Qt.ShortcutContext.ApplicationShortcut
        )
        shortcut.activated.connect(
            lambda: self._on_takeover_clicked() if self.takeover_button.isEnabled() else None
        )
        self.agent_table.customContextMenuRequested.connect(self._on_agent_menu_requested)
        self.call_table.customContextMenuRequested.connect(self._on_call_menu_requested)
        self.agent_table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.call_table.selectionModel().selectionChanged.connect(self._update_buttons)
        # a reload (resync) resets the model: select the same call again, by its id
        self.call_proxy.modelAboutToBeReset.connect(self._remember_selected_call)
        self.call_proxy.modelReset.connect(self._restore_selected_call)
        self.presenter.monitoring_changed.connect(self._on_monitoring_changed)
        self.presenter.calls.rowsRemoved.connect(self._update_buttons)
        for signal in (
            self.presenter.queues.modelReset,
            self.presenter.queues.rowsInserted,
            self.presenter.queues.headerDataChanged,
            self.queue_table.horizontalHeader().geometriesChanged,
            self.queue_table.horizontalScrollBar().rangeChanged,
            self.queue_table.verticalHeader().sectionResized,
        ):
            signal.connect(self._fit_queue_table)
        self._fit_queue_table()

    def _fit_queue_table(self, *_args: object) -> None:
        """As tall as its rows (up to eight), so the agent grid gets the rest."""
        rows = min(8, max(2, self.presenter.queues.rowCount()))
        header = max(
            self.queue_table.horizontalHeader().sizeHint().height(),
            self.fontMetrics().height() + 16,
        )
        vertical = self.queue_table.verticalHeader()
        shown = min(rows, self.queue_proxy.rowCount())
        height = sum(vertical.sectionSize(r) for r in range(shown))
        height += (rows - shown) * vertical.defaultSectionSize()  # room for the first rows
        scroll = self.queue_table.horizontalScrollBar()
        bar = scroll.sizeHint().height() if scroll.maximum() > 0 else 0
        self.queue_table.setFixedHeight(
            header + height + bar + 2 * self.queue_table.frameWidth() + 4
        )

    def resizeEvent(self, event: QResizeEvent) -> None:  # Qt override
        """Agents beside calls when there is room for both tables, else above them (at
        1366 px with the knowledge base open side by side needed sideways scrolling)."""
        wide = event.size().width() >= SIDE_BY_SIDE_WIDTH
        orientation = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if self.split.orientation() != orientation:
            self.split.setOrientation(orientation)
            if wide:  # the agent grid has more columns than the calls table
                width = event.size().width()
                self.split.setSizes([width * 3 // 5, width - width * 3 // 5])
            else:
                half = event.size().height() // 2
                self.split.setSizes([half, half])
        super().resizeEvent(event)

    # -- selection --------------------------------------------------------------------------
    def selected_agents(self) -> list[str]:
        rows = self.agent_table.selectionModel().selectedRows()
        return [str(self.agent_proxy.data(i, KEY_ROLE)) for i in rows]

    def selected_call(self) -> str:
        rows = self.call_table.selectionModel().selectedRows()
        return str(self.call_proxy.data(rows[0], KEY_ROLE)) if rows else ""

    def select_call(self, call_id: str) -> bool:
        """Select the row of `call_id` wherever sorting put it; False when it is gone."""
        for row in range(self.call_proxy.rowCount()):
            index = self.call_proxy.index(row, 0)
            if index.data(KEY_ROLE) == call_id:
                self.call_table.selectRow(row)
                return True
        return False

    def _remember_selected_call(self) -> None:
        self._selected_call_key = self.selected_call()

    def _restore_selected_call(self) -> None:
        if self._selected_call_key:
            self.select_call(self._selected_call_key)
        self._selected_call_key = ""

    def _update_buttons(self, *_args: object) -> None:
        agents, call = bool(self.selected_agents()), bool(self.selected_call())
        self.not_ready_button.setEnabled(agents and bool(self.presenter.reason_codes))
        self.sign_out_button.setEnabled(agents)
        for button in self.monitor_buttons.values():
            button.setEnabled(call)
        self.hangup_button.setEnabled(call)
        self.stop_button.setEnabled(self.presenter.monitoring is not None)
        monitoring = self.presenter.monitoring
        self.takeover_button.setEnabled(monitoring is not None and monitoring[1] == "barge")

    # -- actions ----------------------------------------------------------------------------
    def fill_reasons(self, menu: QMenu) -> None:
        zh = self._language().startswith("zh")
        for reason in self.presenter.reason_codes:
            if not lead_can_choose_reason(reason.code):
                continue  # "Missed a call", "Server restarted": the server's, not a lead's
            action = QAction(reason.label_zh if zh else reason.label_en, menu)
            action.setData(reason.code)
            action.triggered.connect(lambda _=False, code=reason.code: self.force_not_ready(code))
            menu.addAction(action)

    def force_not_ready(self, reason: str) -> None:
        self.presenter.force_not_ready(self.selected_agents(), reason)

    def _on_sign_out_button_clicked(self) -> None:
        agents = self.selected_agents()
        if agents:
            self._confirm(
                self.tr(
                    "Sign out %1? Their calls in progress continue, but they stop receiving calls."
                ).replace("%1", ", ".join(agents)),
                lambda: self.presenter.force_sign_out(agents),
            )

    def _on_hangup_button_clicked(self) -> None:
        call_id = self.selected_call()
        if call_id:
            row = self.presenter.calls.get(call_id)
            caller = self.call_proxy.data(self.call_table.selectionModel().selectedRows()[0])
            agent = row.record.agent_id if row else ""
            self._confirm(
                self.tr("Hang up the call of %1 with agent %2? The caller is disconnected at once.")
                .replace("%1", str(caller or ""))
                .replace("%2", agent or "—"),
                lambda: self.presenter.force_hangup(call_id),
            )

    def _on_takeover_clicked(self) -> None:
        """Take over (接管) the call barged into: no confirmation (the lead is in the call
        and hears it); the agent goes to wrap-up, the call is in the lead's Calls panel."""
        self.presenter.take_over()

    def _on_monitor_clicked(self, mode: str) -> None:
        call_id = self.selected_call()
        if call_id:
            self.presenter.monitor(call_id, mode)

    def _confirm(self, text: str, accepted: Callable[[], None]) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Please confirm"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def finished(result: int) -> None:
            self.confirm_box = None
            if result == QMessageBox.StandardButton.Yes:
                accepted()

        box.finished.connect(finished)
        self.confirm_box = box
        box.open()

    def _on_state_combo_changed(self, _index: int) -> None:
        self.agent_proxy.set_state(str(self.state_combo.currentData() or ""))

    def _on_agent_menu_requested(self, pos: QPoint) -> None:
        if not self.selected_agents():
            return
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        reasons = menu.addMenu(self.tr("Force not ready"))
        self.fill_reasons(reasons)
        menu.addAction(self.tr("Force sign-out…"), self._on_sign_out_button_clicked)
        menu.popup(self.agent_table.viewport().mapToGlobal(pos))

    def _on_call_menu_requested(self, pos: QPoint) -> None:
        if not self.selected_call():
            return
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        for mode, button in self.monitor_buttons.items():
            menu.addAction(button.text(), partial(self._on_monitor_clicked, mode))
        menu.addSeparator()
        menu.addAction(self.hangup_button.text(), self._on_hangup_button_clicked)
        menu.popup(self.call_table.viewport().mapToGlobal(pos))

    def _on_monitoring_changed(self, call_id: str, mode: str) -> None:
        self._update_buttons()
        if not call_id:
            self.monitor_label.setText("")
            return
        names = {
            "listen": self.tr("Listening to"),
            "whisper": self.tr("Whispering on"),
            "barge": self.tr("Barged into"),
        }
        call = self.presenter.describe(call_id, mode)
        who = " · ".join(p for p in (call.agent, call.customer, call.queue) if p)
        self.monitor_label.setText(
            self.tr("%1 %2 — audio on your headset, controls on the Calls tab")
            .replace("%1", names.get(mode, mode))
            .replace("%2", who or self.tr("a call"))
        )

    # -- i18n -------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_queue_table()
        self.fit_all_columns()

    def fit_all_columns(self) -> None:
        for view in (self.queue_table, self.agent_table, self.call_table):
            fit_columns(view)
        # Reasons arrive after the fit (e.g. "Phone offline" set by the system): keep the
        # reason column wide enough for the longest label rather than eliding it.
        labels = self.presenter.agents.reason_labels.values()
        if labels:
            metrics = self.agent_table.fontMetrics()
            wanted = max(metrics.horizontalAdvance(label) for label in labels) + 16
            if self.agent_table.columnWidth(3) < wanted:
                self.agent_table.setColumnWidth(3, wanted)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.queue_box.setTitle(self.tr("Live queues"))
        self.agent_box.setTitle(self.tr("Agents"))
        self.call_box.setTitle(self.tr("Calls in progress"))
        self.filter_edit.setPlaceholderText(self.tr("Filter by agent, name, reason, number…"))
        current = self.state_combo.currentData()
        self.state_combo.blockSignals(True)
        self.state_combo.clear()
        self.state_combo.addItem(self.tr("All states"), "")
        for state in STATE_ORDER:
            self.state_combo.addItem(self.presenter.agents.states.name(state), state)
        self.state_combo.setCurrentIndex(max(0, self.state_combo.findData(current or "")))
        self.state_combo.blockSignals(False)
        self.not_ready_button.setText(self.tr("Force not ready"))
        self.sign_out_button.setText(self.tr("Force sign-out…"))
        labels = {
            "listen": self.tr("Listen"),
            "whisper": self.tr("Whisper"),
            "barge": self.tr("Barge in"),
        }
        for mode, button in self.monitor_buttons.items():
            button.setText(labels[mode])
        self.stop_button.setText(self.tr("Stop"))
        self.takeover_button.setText(self.tr("Take over"))
        self.takeover_button.setToolTip(
            self.tr(
                "Take over the call you barged into (Ctrl+Shift+O): the agent leaves it, "
                "you talk to the caller."
            )
        )
        self.hangup_button.setText(self.tr("Force hang-up…"))
        self.reason_menu.clear()
        self.fill_reasons(self.reason_menu)
        zh = self._language().startswith("zh")
        self.presenter.agents.set_reason_labels(
            {r.code: r.label_zh if zh else r.label_en for r in self.presenter.reason_codes}
        )
        for model in (self.presenter.queues, self.presenter.calls):
            model.retranslate()
        self._update_buttons()
        self.fit_all_columns()
