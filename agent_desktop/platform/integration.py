"""The platform pieces (agent_desktop/platform, docs/installer.md "Embedding") in the
desktop: tray icon with state and state menu, incoming-call notification, global hotkeys
from the settings, start at login (View menu), the diagnostics page (Help menu)."""

from __future__ import annotations

import logging
from collections.abc import Callable

import PySide6
from PySide6.QtCore import QEvent, QObject, QSettings, qVersion
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from agent_desktop.i18n import Translations
from agent_desktop.platform import diagnostics
from agent_desktop.platform.autostart import Autostart, create_autostart, launch_command
from agent_desktop.platform.check import CheckReport
from agent_desktop.platform.diagnostics_page import DiagnosticsPage
from agent_desktop.platform.hotkeys import GlobalHotkeys, HotkeyAction, create_global_hotkeys
from agent_desktop.platform.settings import PlatformSettings
from agent_desktop.platform.tray import TrayIcon, TrayState, create_tray_icon, tray_state_for
from agent_desktop.presenters.agent_state import AgentStatePresenter
from agent_desktop.presenters.call import CallPresenter
from agent_desktop.presenters.screen_pop import ScreenPop
from agent_desktop.presenters.session import SessionPresenter
from agent_desktop.presenters.tasks import TaskRunner
from agent_desktop.protocol import AgentStateView, agent_can_choose_reason
from agent_desktop.softphone import Softphone
from agent_desktop.views.main_window import MainWindow

log = logging.getLogger(__name__)


class DiagnosticsDialog(QDialog):
    """A non-modal window around the platform's `DiagnosticsPage` (opened with `show()`)."""

    def __init__(self, page: DiagnosticsPage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("diagnosticsDialog")
        self.page = page
        layout = QVBoxLayout(self)
        layout.addWidget(page)
        self.resize(760, 520)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Diagnostics"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class DesktopIntegration(QObject):
    """Wires tray, hotkeys, autostart and diagnostics to the presenters and the window."""

    def __init__(
        self,
        session: SessionPresenter,
        state: AgentStatePresenter,
        calls: CallPresenter,
        softphone: Softphone,
        tasks: TaskRunner,
        translations: Translations,
        window: MainWindow,
        settings: QSettings,
        *,
        tray: TrayIcon | None = None,
        hotkeys: GlobalHotkeys | None = None,
        autostart: Autostart | None = None,
        quit_app: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(window)
        self._session, self._state, self._calls = session, state, calls
        self._softphone, self._tasks, self._translations = softphone, tasks, translations
        self._window, self._settings = window, settings
        self.prefs = PlatformSettings.load(settings)
        self.tray = tray if tray is not None else create_tray_icon(window)
        self.tray.setParent(self)
        self.hotkeys = hotkeys if hotkeys is not None else create_global_hotkeys()
        self.autostart = autostart if autostart is not None else create_autostart()
        self.hotkey_failures: dict[HotkeyAction, str] = {}
        self.diagnostics: DiagnosticsDialog | None = None
        self._last_view: AgentStateView | None = None

        tray_ = self.tray
        tray_.ready_requested.connect(window.state_bar.request_ready)  # same warnings
        tray_.not_ready_requested.connect(lambda code: state.set_not_ready(code or "break"))
        tray_.sign_out_requested.connect(session.sign_out)
        tray_.quit_requested.connect(quit_app or self._quit)
        state.reason_codes_changed.connect(lambda _codes: self._render_reasons())
        state.state_changed.connect(self._on_state_changed)
        translations.language_changed.connect(lambda _code: self._rerender())
        session.signed_out.connect(self._on_signed_out)
        calls.offered.connect(self._on_offered)
        if self.prefs.tray_enabled:
            tray_.show()
        window.hide_on_close = lambda: (
            self.prefs.tray_enabled and self.prefs.close_to_tray and self.tray.available
        )

        if self.prefs.hotkeys_enabled:
            self.hotkey_failures = self.hotkeys.register(self.prefs.hotkeys)
            for action, reason in self.hotkey_failures.items():
                log.info("global hotkey %s not registered: %s", action, reason)
        self.hotkeys.activated.connect(self._on_hotkey)

        window.start_at_login_action.setChecked(self.prefs.start_at_login)
        window.start_at_login_action.toggled.connect(self.set_start_at_login)
        window.diagnostics_action.triggered.connect(self.open_diagnostics)

    # -- tray ----------------------------------------------------------------------------
    def _reason_label(self, code: str) -> str:
        return self._state.reason_label(code, self._translations.language)

    def _render_reasons(self) -> None:
        self.tray.set_reasons(
            [
                (r.code, self._reason_label(r.code))
                for r in self._state.reason_codes
                if agent_can_choose_reason(r.code)
            ]
        )

    def _on_state_changed(self, view: AgentStateView) -> None:
        self._last_view = view
        reason = view.reason or ""
        self.tray.set_state(
            tray_state_for(view.state), self._reason_label(reason) if reason else "", reason
        )

    def _rerender(self) -> None:
        self._render_reasons()
        if self._last_view is not None and self._session.client is not None:
            self._on_state_changed(self._last_view)

    def _on_signed_out(self, _message: str) -> None:
        self._last_view = None
        self.tray.set_state(TrayState.OFFLINE)

    def _on_offered(self, pop: ScreenPop) -> None:
        if pop.call.direction != "inbound":
            return  # our own click-to-dial
        self.tray.set_state(TrayState.RINGING)
        if self.prefs.notify_incoming:
            caller = (pop.customer.name if pop.customer else "") or pop.caller
            self.tray.notify_incoming_call(caller, pop.queue_display)

    def _quit(self) -> None:
        self._window.quit()  # the same clean shutdown as Session → Quit

    # -- hotkeys -------------------------------------------------------------------------
    def _on_hotkey(self, action: str) -> None:
        handlers: dict[HotkeyAction, Callable[[], None]] = {
            HotkeyAction.ANSWER: self._calls.answer,
            HotkeyAction.HANG_UP: self._calls.hang_up,
            HotkeyAction.TOGGLE_READY: self._window.state_bar.toggle_ready,
            HotkeyAction.MUTE: self._calls.toggle_mute,
            HotkeyAction.SHOW_WINDOW: self.tray.show_window_requested.emit,
        }
        handler = handlers.get(HotkeyAction(action))
        if handler is not None:
            handler()

    # -- start at login ------------------------------------------------------------------------
    def set_start_at_login(self, on: bool) -> None:
        try:
            if on:
                self.autostart.enable(launch_command())
            else:
                self.autostart.disable()
        except OSError as exc:
            self._window.show_message(
                self.tr("Start at login not changed: %1").replace("%1", str(exc))
            )
            self._window.start_at_login_action.blockSignals(True)
            self._window.start_at_login_action.setChecked(not on)
            self._window.start_at_login_action.blockSignals(False)
            return
        self.prefs.start_at_login = on
        self.prefs.save(self._settings)

    # -- diagnostics ------------------------------------------------------------------------------
    def open_diagnostics(self) -> DiagnosticsDialog:
        if self.diagnostics is None:
            page = DiagnosticsPage(
                gather=self._gather, spawn=lambda coro: self._tasks.spawn(coro, "diagnostics")
            )
            self.diagnostics = DiagnosticsDialog(page, self._window)
        self.diagnostics.show()
        self.diagnostics.raise_()
        self._tasks.spawn(self.diagnostics.page.refresh(), "diagnostics")
        return self.diagnostics

    async def _gather(self) -> CheckReport:
        codecs = getattr(self._softphone, "codecs", None)
        return await diagnostics.collect(
            self._session.settings.server_url,
            self._softphone,
            qVersion(),
            PySide6.__version__,
            codecs,
        )

    def close(self) -> None:
        self.hotkeys.unregister_all()
        self.tray.hide()
