"""Main window: sign-in page or workspace (state bar, banner, softphone, pop, wrap-up),
menus, keyboard shortcuts and a dock area for the knowledge base."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from agent_desktop.i18n import LANGUAGES, Translations
from agent_desktop.presenters.agent_state import AgentStatePresenter
from agent_desktop.presenters.audio_settings import AudioSettingsPresenter
from agent_desktop.presenters.call import CallPresenter
from agent_desktop.presenters.session import SessionPresenter
from agent_desktop.presenters.wrap_up import WrapUpPresenter
from agent_desktop.protocol import LoginResponse
from agent_desktop.softphone.events import DeviceKind
from agent_desktop.views.audio_settings import AudioSettingsDialog
from agent_desktop.views.screen_pop import ScreenPopCard
from agent_desktop.views.sign_in import SignInPage
from agent_desktop.views.softphone_panel import SoftphonePanel
from agent_desktop.views.state_bar import StateBar
from agent_desktop.views.style import icon
from agent_desktop.views.wrap_up_panel import WrapUpPanel

MONITOR_BANNER_WIDTH = 330  # px of the state bar the monitoring banner may take


class MainWindow(QMainWindow):
    """Holds the pages and wires shortcuts; all behaviour lives in the presenters."""

    quit_requested = Signal()  # Session → Quit, Ctrl+Q, the tray's Quit: the root shuts down

    def __init__(
        self,
        session: SessionPresenter,
        state: AgentStatePresenter,
        calls: CallPresenter,
        wrap_up: WrapUpPresenter,
        translations: Translations,
    ) -> None:
        super().__init__()
        self._session, self._calls, self._wrap_up = session, calls, wrap_up
        self._translations = translations
        self.setWindowIcon(icon("app"))
        self.pages = QStackedWidget(self)
        self.sign_in = SignInPage(session, translations, self)
        self.workspace = QWidget(self)
        self.workspace.setObjectName("workspace")
        self.state_bar = StateBar(state, translations, self.workspace)
        self.banner = QLabel(self.workspace)
        self.banner.setObjectName("banner")
        self.banner.hide()
        self.softphone = SoftphonePanel(calls, self.workspace)
        # The panel scrolls rather than grows the window: the lead's monitor card on top of
        # it made the window 1366×798 at 1366×768 (the status bar off-screen), for good.
        self.softphone_scroll = QScrollArea(self.workspace)
        self.softphone_scroll.setObjectName("softphoneScroll")
        self.softphone_scroll.setWidgetResizable(True)
        self.softphone_scroll.setWidget(self.softphone)
        self.softphone_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.softphone_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.softphone_scroll.setStyleSheet(
            "QScrollArea#softphoneScroll, QScrollArea#softphoneScroll > QWidget "
            "{ background: transparent; }"
        )
        self.softphone_scroll.setFixedWidth(330)
        self.pop = ScreenPopCard(calls, wrap_up, translations, self.workspace)
        self.wrap_up_panel = WrapUpPanel(wrap_up, translations, self.workspace)
        centre = QVBoxLayout()
        centre.addWidget(self.pop, 3)
        centre.addWidget(self.wrap_up_panel, 2)
        self.monitor_label = QLabel(self.workspace)
        self.monitor_label.setObjectName("monitorBanner")
        self.monitor_label.hide()
        self.calls_page = QWidget(self.workspace)
        body = QHBoxLayout(self.calls_page)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.softphone_scroll)
        body.addLayout(centre, 1)
        # One page for agents (tab bar hidden); leads and admins get the supervisor tab too.
        self.work_tabs = QTabWidget(self.workspace)
        self.work_tabs.setObjectName("workTabs")
        self.work_tabs.setTabBarAutoHide(True)
        self.work_tabs.setDocumentMode(True)
        self.work_tabs.addTab(self.calls_page, "")
        self.supervisor_tab: QWidget | None = None
        self.admin_tab: QWidget | None = None
        self._dock_hidden_for_admin = False  # the dock stepped aside for the Admin tab
        self.work_tabs.currentChanged.connect(self._on_work_tab_changed)
        self.audio_settings: AudioSettingsPresenter | None = None  # set by the wiring
        layout = self._workspace_layout = QVBoxLayout(self.workspace)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.addWidget(self.state_bar)
        layout.addWidget(self.banner)
        # Monitoring (leads only) shows in the state bar, before the agent's name: a row of
        # its own above the tabs pushed them down ~22 px whenever it came and went, and in
        # the tab bar's corner it pushed a lead's 11 tabs behind scroll arrows at 1366 px.
        self.state_bar.add_banner(self.monitor_label)
        layout.addWidget(self.work_tabs, 1)
        self.pages.addWidget(self.sign_in)
        self.pages.addWidget(self.workspace)
        self.setCentralWidget(self.pages)

        # Dock area where the knowledge-base panel (agent_desktop/kb) will be embedded.
        self.side_dock = QDockWidget(self)
        self.side_dock.setObjectName("sideDock")
        self.side_tabs = QTabWidget(self.side_dock)
        self.side_tabs.setTabBarAutoHide(True)  # one panel: the dock's title is enough
        self.knowledge_panel: QWidget | None = None
        self.side_dock.setWidget(self.side_tabs)
        self.side_dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetClosable
        )
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.side_dock)
        self.side_dock.setMinimumWidth(330)
        self.resizeDocks([self.side_dock], [430], Qt.Orientation.Horizontal)
        self.side_dock.hide()

        self.outbox_label = QLabel(self)
        self.registration_label = QLabel(self)
        self.audio_label = QLabel(self)  # no microphone / speaker on this PC
        self.audio_label.setObjectName("audioWarning")
        self.audio_label.hide()
        self.confirm_box: QMessageBox | None = None  # "Go ready without audio?"
        self.state_bar.ready_guard = self._confirm_ready
        self.statusBar().addPermanentWidget(self.audio_label)
        self.statusBar().addPermanentWidget(self.registration_label)
        self.statusBar().addPermanentWidget(self.outbox_label)
        self._build_menus()
        self._build_shortcuts(state)

        session.signed_in.connect(self._on_signed_in)
        session.signed_out.connect(self._on_signed_out)
        session.connection_changed.connect(self._on_connection_changed)
        session.registration_changed.connect(self._on_registration_changed)
        calls.message.connect(self._show_message)
        calls.monitoring_changed.connect(lambda *_: self._render_monitoring())
        state.error.connect(self._show_message)
        wrap_up.error.connect(self._show_message)
        wrap_up.pending_changed.connect(lambda _n: self._render_outbox())
        wrap_up.submitted.connect(lambda _c: self._show_message(self.tr("Wrap-up saved.")))
        self._registration = ("unregistered", "")
        self.hide_on_close: Callable[[], bool] | None = None  # close to tray (platform)
        self._quitting = False
        self.resize(1366, 768)
        self.retranslate_ui()

    def bring_to_front(self) -> None:
        """Show, un-minimise, raise and activate (a link arrived from another launch)."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def add_side_panel(self, widget: QWidget, title: str) -> None:
        """Embed a panel as a tab of the right-hand dock."""
        self.side_tabs.addTab(widget, title)
        self.side_dock.show()

    def set_knowledge_panel(self, panel: QWidget) -> None:
        """Put the knowledge-base panel in the dock's first tab (replacing an older one)."""
        if self.knowledge_panel is not None:
            self.side_tabs.removeTab(self.side_tabs.indexOf(self.knowledge_panel))
        self.knowledge_panel = panel
        self.side_tabs.insertTab(0, panel, self.tr("Knowledge base"))
        self.side_tabs.setCurrentIndex(0)

    def set_supervisor_tab(self, tab: QWidget | None) -> None:
        """Show the supervisor tab next to the calls page (None removes it)."""
        if self.supervisor_tab is not None:
            self.work_tabs.removeTab(self.work_tabs.indexOf(self.supervisor_tab))
        self.supervisor_tab = tab
        if tab is not None:
            self.work_tabs.addTab(tab, self.tr("Supervisor"))
        self.work_tabs.setCurrentWidget(self.calls_page)

    def set_admin_tab(self, tab: QWidget | None) -> None:
        """Show the Admin tab after the others (None removes it)."""
        old, self.admin_tab = self.admin_tab, tab
        if tab is None:  # signed out: the next sign-in decides about the dock
            self._dock_hidden_for_admin = False
        if old is not None:
            self.work_tabs.removeTab(self.work_tabs.indexOf(old))
        if tab is not None:
            self.work_tabs.addTab(tab, self.tr("Admin"))

    def _on_work_tab_changed(self, _index: int) -> None:
        current = self.work_tabs.currentWidget()  # Admin, or a tab made wide (Reports)
        self._dock_for_admin(
            current is not None
            and (current is self.admin_tab or current.property("full_width") is True)
        )

    def _dock_for_admin(self, admin_current: bool) -> None:
        """The knowledge base steps aside while the Admin tab is current, and comes back
        after it. The Admin tab's table and form need the full 1366 px (beside the dock the
        form scrolled sideways and its fields were a few pixels wide), and the knowledge
        base is help for calls, not for editing the call centre; View → Knowledge base
        still shows it on demand."""
        if admin_current and self.side_dock.isVisible():
            self._dock_hidden_for_admin = True
            self.side_dock.hide()
        elif not admin_current and self._dock_hidden_for_admin:
            self._dock_hidden_for_admin = False
            if self.knowledge_panel is not None or self.side_tabs.count():
                self.side_dock.show()

    def add_banner(self, widget: QWidget) -> None:
        """A slice's banner (e.g. announcements) under the connection banner."""
        layout = self._workspace_layout
        layout.insertWidget(layout.indexOf(self.banner) + 1, widget)

    def show_message(self, text: str) -> None:
        """A transient message in the status bar."""
        self._show_message(text)

    def _render_monitoring(self) -> None:
        target, mode = self._calls.monitor_target, self._calls.monitor_mode
        self.monitor_label.setVisible(bool(target))
        if not target:
            return
        modes = {
            "listen": self.tr("listening"),
            "whisper": self.tr("whispering to the agent"),
            "barge": self.tr("barged in"),
        }
        call = self._calls.monitored
        who = call.agent if call and call.agent else self.tr("a call")
        if call and call.customer:
            who = self.tr("%1 with %2").replace("%1", who).replace("%2", call.customer)
        if mode in modes:
            text = self.tr("Monitoring %1 (%2)").replace("%1", who).replace("%2", modes[mode])
        else:
            text = self.tr("Monitoring %1").replace("%1", who)
        # A long name and number would crowd the state bar: elided in the middle, it keeps
        # "Monitoring" and the mode; the whole text is the tooltip.
        metrics = self.monitor_label.fontMetrics()
        self.monitor_label.setText(
            metrics.elidedText(text, Qt.TextElideMode.ElideMiddle, MONITOR_BANNER_WIDTH)
        )
        self.monitor_label.setToolTip(text)

    def _build_menus(self) -> None:
        self.session_menu = self.menuBar().addMenu("")
        self.sign_out_action = QAction(self)
        self.sign_out_action.triggered.connect(self._session.sign_out)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))  # StandardKey.Quit is empty on Windows
        self.quit_action.triggered.connect(self.quit)
        self.session_menu.addAction(self.sign_out_action)
        self.session_menu.addSeparator()
        self.session_menu.addAction(self.quit_action)
        self.view_menu = self.menuBar().addMenu("")
        self.language_menu = self.view_menu.addMenu("")
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGES.items():
            action = QAction(name, self, checkable=True)
            action.triggered.connect(lambda _=False, c=code: self._translations.set_language(c))
            group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action
        self._translations.language_changed.connect(self._on_language_changed)
        self._on_language_changed(self._translations.language)
        self.view_menu.addSeparator()
        # the knowledge base's dock, shown again after its × closed it
        self.knowledge_action = self.side_dock.toggleViewAction()
        self.knowledge_action.setShortcut(QKeySequence("Ctrl+K"))
        self.knowledge_action.setEnabled(False)  # until signed in
        self.view_menu.addAction(self.knowledge_action)
        self.audio_settings_action = QAction(self)
        self.audio_settings_action.triggered.connect(self.open_audio_settings)
        self.view_menu.addAction(self.audio_settings_action)
        self.start_at_login_action = QAction(self, checkable=True)
        self.view_menu.addAction(self.start_at_login_action)
        self.help_menu = self.menuBar().addMenu("")
        self.diagnostics_action = QAction(self)
        self.help_menu.addAction(self.diagnostics_action)

    def _build_shortcuts(self, state: AgentStatePresenter) -> None:
        context = Qt.ShortcutContext.ApplicationShortcut
        for key, slot in (
            (Qt.Key.Key_F5, self._calls.answer),
            (Qt.Key.Key_F6, self._calls.hang_up),
            (Qt.Key.Key_F7, self._calls.toggle_hold),
            (Qt.Key.Key_F8, self.state_bar.toggle_ready),
            (Qt.Key.Key_F9, self._calls.toggle_mute),
        ):
            shortcut = QShortcut(QKeySequence(key), self.workspace, context=context)
            shortcut.activated.connect(slot)

    # -- session ------------------------------------------------------------------------
    def _on_signed_in(self, login: LoginResponse) -> None:
        self.state_bar.set_agent(f"{login.agent.name} · {login.agent.agent_id}")
        self.pages.setCurrentWidget(self.workspace)
        self.sign_out_action.setEnabled(True)
        self.knowledge_action.setEnabled(True)
        self._on_connection_changed(self._session.connected)

    def _on_signed_out(self, _message: str) -> None:
        self.pages.setCurrentWidget(self.sign_in)
        self.sign_out_action.setEnabled(False)
        self.knowledge_action.setEnabled(False)
        self.banner.hide()
        self.statusBar().clearMessage()  # the last user's messages are not the next one's
        self.state_bar.set_agent("")

    def _on_connection_changed(self, connected: bool) -> None:
        self.banner.setVisible(not connected and self._session.client is not None)

    def _on_registration_changed(self, state: str, detail: str) -> None:
        self._registration = (state, detail)
        self._render_registration()

    def _render_registration(self) -> None:
        state, detail = self._registration
        text = {
            "registered": self.tr("Phone: registered"),
            "registering": self.tr("Phone: registering…"),
            "failed": self.tr("Phone: registration failed"),
            "reconnecting": self.tr("Phone: network lost, reconnecting…"),
            "unregistered": self.tr("Phone: not registered"),
        }.get(state, state)
        if detail.startswith("transport:"):
            detail = self.tr(
                "(this PC's softphone has no SIP over %1: ask IT for a build with it)"
            ).replace("%1", detail.partition(":")[2].upper())
        elif state != "failed":
            detail = ""  # "200 OK" of a (un)registration says nothing more
        self.registration_label.setText(f"{text} {detail}".strip())

    # -- audio devices --------------------------------------------------------------------
    def set_audio_settings(self, presenter: AudioSettingsPresenter) -> None:
        """The audio devices behind the Audio settings dialog and the no-device warnings."""
        self.audio_settings = presenter
        presenter.devices_changed.connect(self._render_audio)
        presenter.device_status_changed.connect(lambda _status: self._render_audio())
        self._render_audio()

    def audio_problem(self) -> str:
        """What is missing for a call, in words; "" when microphone and speaker are there."""
        missing = self.audio_settings.missing() if self.audio_settings is not None else []
        microphone = DeviceKind.MICROPHONE in missing
        speaker = DeviceKind.SPEAKER in missing
        if microphone and speaker:
            return self.tr("No microphone and no speaker: you cannot talk to callers.")
        if microphone:
            return self.tr("No microphone: callers will not hear you.")
        if speaker:
            return self.tr("No speaker: you will not hear callers.")
        return ""

    def _render_audio(self) -> None:
        problem = self.audio_problem()
        self.audio_label.setText(problem)
        self.audio_label.setToolTip(self.tr("Connect a headset, then check View → Audio settings."))
        self.audio_label.setVisible(bool(problem))

    def _confirm_ready(self, proceed: Callable[[], None]) -> None:
        """Ready goes ahead at once unless audio is missing; then the agent confirms."""
        problem = self.audio_problem()
        if not problem:
            proceed()
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Go ready without audio?"),
            problem
            + "\n\n"
            + self.tr(
                "Calls will ring on this PC, but you cannot talk to "
                "callers. Connect a headset, then check View → Audio "
                "settings."
            ),
            parent=self,
        )
        ready = box.addButton(self.tr("Go ready anyway"), QMessageBox.ButtonRole.AcceptRole)
        stay = box.addButton(self.tr("Stay not ready"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(stay)
        box.finished.connect(lambda _result: proceed() if box.clickedButton() is ready else None)
        self.confirm_box = box
        box.open()  # no nested event loop (qasync)

    def _render_outbox(self) -> None:
        pending = self._wrap_up.pending
        self.outbox_label.setText(
            self.tr("%n wrap-up(s) waiting to sync", "", pending) if pending else ""
        )

    def _show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def _on_language_changed(self, code: str) -> None:
        action = self.language_actions.get(code)
        if action is not None:
            action.setChecked(True)

    def open_audio_settings(self) -> None:
        """Microphone, speaker, ringer, level meter and the pre-shift audio test."""
        if self.audio_settings is not None:
            AudioSettingsDialog(self.audio_settings, self).open()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Agent workstation"))
        self.session_menu.setTitle(self.tr("&Session"))
        self.sign_out_action.setText(self.tr("Sign &out"))
        self.quit_action.setText(self.tr("&Quit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.audio_settings_action.setText(self.tr("&Audio settings…"))
        self.start_at_login_action.setText(self.tr("&Start at login"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.diagnostics_action.setText(self.tr("&Diagnostics…"))
        self.work_tabs.setTabText(0, self.tr("Calls"))
        if self.supervisor_tab is not None:
            self.work_tabs.setTabText(
                self.work_tabs.indexOf(self.supervisor_tab), self.tr("Supervisor")
            )
        if self.admin_tab is not None:
            self.work_tabs.setTabText(self.work_tabs.indexOf(self.admin_tab), self.tr("Admin"))
        self.side_dock.setWindowTitle(self.tr("Knowledge base"))
        self.knowledge_action.setText(self.tr("&Knowledge base"))
        if self.knowledge_panel is not None:
            self.side_tabs.setTabText(
                self.side_tabs.indexOf(self.knowledge_panel), self.tr("Knowledge base")
            )
        self.banner.setText(
            self.tr(
                "Connection to the server lost — reconnecting… Calls in "
                "progress continue; wrap-ups are kept and sent later."
            )
        )
        self._render_registration()
        self._render_outbox()
        self._render_monitoring()
        self._render_audio()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def quit(self) -> None:
        """Session → Quit: hide the window and ask the composition root to shut down (sign
        out, destroy the softphone, flush the outbox) before the event loop stops.
        `QApplication.quit()` here would stop the loop first: pjsua2 would then be torn
        down at interpreter exit, which aborts in pjmedia."""
        self._quitting = True
        self.hide()
        self.quit_requested.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._quitting and self.hide_on_close is not None and self.hide_on_close():
            event.ignore()  # close to the tray: the app keeps running
            self.hide()
            return
        super().closeEvent(event)
