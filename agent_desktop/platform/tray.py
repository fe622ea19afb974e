"""Tray icon: agent state at a glance, a state menu, incoming-call notifications.

`TrayIcon` is the interface the main window talks to; `QtTrayIcon` draws it with
QSystemTrayIcon, `FakeTrayIcon` stands in where the desktop has no tray (and in tests).
Neither knows the presenters: the window feeds states in and connects the signals."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon, QWidget

from agent_desktop.protocol import AgentStatus

ICON_DIR = Path(__file__).resolve().parents[2] / "resources" / "icons"


class TrayState(StrEnum):
    """What the tray shows; one icon (resources/icons/tray_<value>.svg) per state."""

    OFFLINE = "offline"
    READY = "ready"
    NOT_READY = "not_ready"
    RINGING = "ringing"
    ON_CALL = "on_call"
    WRAP_UP = "wrap_up"


_FROM_STATUS = {
    AgentStatus.LOGGED_OUT: TrayState.OFFLINE,
    AgentStatus.NOT_READY: TrayState.NOT_READY,
    AgentStatus.READY: TrayState.READY,
    AgentStatus.RESERVED: TrayState.RINGING,
    AgentStatus.ON_CALL: TrayState.ON_CALL,
    AgentStatus.WRAP_UP: TrayState.WRAP_UP,
}


def tray_state_for(status: AgentStatus, ringing: bool = False) -> TrayState:
    """The tray state for the server's agent status (a ringing softphone wins)."""
    return TrayState.RINGING if ringing else _FROM_STATUS[status]


def state_label(state: TrayState) -> str:
    """The state in words (translated); the tooltip says it, colour alone never does."""
    labels = {
        TrayState.OFFLINE: QCoreApplication.translate("TrayIcon", "Signed out"),
        TrayState.READY: QCoreApplication.translate("TrayIcon", "Ready"),
        TrayState.NOT_READY: QCoreApplication.translate("TrayIcon", "Not ready"),
        TrayState.RINGING: QCoreApplication.translate("TrayIcon", "Incoming call"),
        TrayState.ON_CALL: QCoreApplication.translate("TrayIcon", "On a call"),
        TrayState.WRAP_UP: QCoreApplication.translate("TrayIcon", "Wrap-up"),
    }
    return labels[state]


def state_icon(state: TrayState) -> QIcon:
    return QIcon(str(ICON_DIR / f"tray_{state.value}.svg"))


@dataclass(frozen=True)
class MenuEntry:
    """One line of the tray menu; `key` is stable ("ready", "not_ready:<code>", ...)."""

    key: str
    text: str
    enabled: bool = True
    checked: bool | None = None  # None: not checkable
    submenu: str = ""  # entries with the same submenu title are grouped under it


def bring_to_front(window: QWidget) -> None:
    """Show, raise and activate `window`; Windows may only flash the taskbar button."""
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()
    QApplication.alert(window)


class TrayIcon(QObject):
    """The tray interface: feed it states, reasons and calls; it emits what the user picks."""

    ready_requested = Signal()
    not_ready_requested = Signal(str)  # reason code
    sign_out_requested = Signal()
    show_window_requested = Signal()
    quit_requested = Signal()

    available = False  # True when the desktop really shows it

    def __init__(self, window: QWidget | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = TrayState.OFFLINE
        self.detail = ""
        self.reason = ""
        self.reasons: list[tuple[str, str]] = []
        if window is not None:
            self.show_window_requested.connect(lambda: bring_to_front(window))
        app = QCoreApplication.instance()
        if app is not None:  # installing a translator sends LanguageChange to the app
            app.installEventFilter(self)

    # -- inputs ----------------------------------------------------------------------------
    def set_state(self, state: TrayState, detail: str = "", reason: str = "") -> None:
        """Show `state`; `detail` (e.g. the reason's label) goes into the tooltip, `reason`
        (the not-ready reason code) ticks its menu entry."""
        self.state, self.detail, self.reason = state, detail, reason
        self._render()

    def set_reasons(self, reasons: list[tuple[str, str]]) -> None:
        """Not-ready reasons as (code, label in the current language)."""
        self.reasons = list(reasons)
        self._render()

    def notify_incoming_call(self, caller: str, detail: str = "") -> None:
        """A notification for a ringing call; also asks for the window to come forward."""
        title = QCoreApplication.translate("TrayIcon", "Incoming call")
        self._show_message(title, f"{caller}\n{detail}".strip())
        self.show_window_requested.emit()

    def notify(self, title: str, text: str) -> None:
        """A notification (a new voicemail...); the window is not raised."""
        self._show_message(title, text)

    # -- what the menu offers ------------------------------------------------------------------
    def tooltip(self) -> str:
        app_name = QCoreApplication.translate("TrayIcon", "Agent workstation")
        text = f"{app_name} — {state_label(self.state)}"
        return f"{text} ({self.detail})" if self.detail else text

    def menu_entries(self) -> list[MenuEntry]:
        signed_in = self.state is not TrayState.OFFLINE
        idle = self.state in (TrayState.READY, TrayState.NOT_READY, TrayState.WRAP_UP)
        not_ready = QCoreApplication.translate("TrayIcon", "Not ready")
        entries = [
            MenuEntry("show", QCoreApplication.translate("TrayIcon", "Show window")),
            MenuEntry(
                "ready",
                QCoreApplication.translate("TrayIcon", "Ready"),
                signed_in and idle,
                self.state is TrayState.READY,
            ),
        ]
        entries += [
            MenuEntry(
                f"not_ready:{code}",
                label,
                signed_in and idle,
                self.state is TrayState.NOT_READY and self.reason == code,
                submenu=not_ready,
            )
            for code, label in self.reasons
        ]
        if not self.reasons:
            entries.append(
                MenuEntry(
                    "not_ready:", not_ready, signed_in and idle, self.state is TrayState.NOT_READY
                )
            )
        sign_out = QCoreApplication.translate("TrayIcon", "Sign out")
        entries += [
            MenuEntry("sign_out", sign_out, signed_in),
            MenuEntry("quit", QCoreApplication.translate("TrayIcon", "Quit")),
        ]
        return entries

    def trigger(self, key: str) -> None:
        """Carry out the menu entry `key` (what a click on it does)."""
        if key == "show":
            self.show_window_requested.emit()
        elif key == "ready":
            self.ready_requested.emit()
        elif key.startswith("not_ready:"):
            self.not_ready_requested.emit(key.partition(":")[2])
        elif key == "sign_out":
            self.sign_out_requested.emit()
        elif key == "quit":
            self.quit_requested.emit()
        else:
            raise KeyError(key)

    def retranslate(self) -> None:
        self._render()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange and watched is QCoreApplication.instance():
            self.retranslate()
        return False

    # -- for the implementations ---------------------------------------------------------------
    def show(self) -> None:
        self._render()

    def hide(self) -> None:
        return None

    def _render(self) -> None:
        return None

    def _show_message(self, title: str, text: str) -> None:
        return None


class FakeTrayIcon(TrayIcon):
    """No tray on this desktop (or a test): keeps what would be shown."""

    def __init__(self, window: QWidget | None = None, parent: QObject | None = None) -> None:
        self.messages: list[tuple[str, str]] = []
        super().__init__(window, parent)

    def _show_message(self, title: str, text: str) -> None:
        self.messages.append((title, text))


class QtTrayIcon(TrayIcon):
    """QSystemTrayIcon with one icon per state and the state menu; click shows the window."""

    available = True

    def __init__(self, window: QWidget | None = None, parent: QObject | None = None) -> None:
        self._tray = QSystemTrayIcon()
        self._menu = QMenu()
        super().__init__(window, parent)
        self._tray.setContextMenu(self._menu)
        self._tray.activated.connect(self._on_tray_activated)
        self._tray.messageClicked.connect(self.show_window_requested)
        self._render()

    @property
    def menu(self) -> QMenu:
        return self._menu

    def show(self) -> None:
        self._render()
        self._tray.show()

    def hide(self) -> None:
        self._tray.hide()

    def _render(self) -> None:
        self._tray.setIcon(state_icon(self.state))
        self._tray.setToolTip(self.tooltip())
        self._menu.clear()
        submenus: dict[str, QMenu] = {}
        for entry in self.menu_entries():
            if entry.key == "sign_out":
                self._menu.addSeparator()
            target = self._menu
            if entry.submenu:
                if entry.submenu not in submenus:
                    submenus[entry.submenu] = self._menu.addMenu(entry.submenu)
                target = submenus[entry.submenu]
            action = QAction(entry.text, target)
            action.setObjectName(entry.key)
            action.setEnabled(entry.enabled)
            if entry.checked is not None:
                action.setCheckable(True)
                action.setChecked(entry.checked)
            action.triggered.connect(lambda _=False, key=entry.key: self.trigger(key))
            target.addAction(action)

    def _show_message(self, title: str, text: str) -> None:
        self._tray.showMessage(title, text, state_icon(TrayState.RINGING), 10_000)

    def _on_tray_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.show_window_requested.emit()


def create_tray_icon(window: QWidget | None = None) -> TrayIcon:
    """The real tray icon when the desktop has a tray, else the fake."""
    if QSystemTrayIcon.isSystemTrayAvailable():
        return QtTrayIcon(window)
    return FakeTrayIcon(window)
