"""State bar: state badge, time in state, Ready / Not ready (reasons), wrap-up controls."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from agent_desktop.i18n import Translations
from agent_desktop.presenters.agent_state import AgentStatePresenter, format_duration
from agent_desktop.protocol import (
    AgentStateView,
    AgentStatus,
    ReasonCode,
    agent_can_choose_reason,
)
from agent_desktop.views.style import badge_style


class StateBar(QFrame):
    """Always visible at the top of the workspace; ticks once a second."""

    def __init__(
        self,
        presenter: AgentStatePresenter,
        translations: Translations,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("stateBar")
        self._presenter = presenter
        self._translations = translations
        self.badge = QLabel(self)
        self.badge.setObjectName("stateBadge")
        self.time_label = QLabel(self)
        self.time_label.setObjectName("timeInState")
        self.ready_button = QPushButton(self)
        self.ready_button.setObjectName("readyButton")
        self.not_ready_button = QToolButton(self)
        self.not_ready_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.reason_menu = QMenu(self)
        self.not_ready_button.setMenu(self.reason_menu)
        self.wrap_up_label = QLabel(self)
        self.wrap_up_label.setObjectName("wrapUpCountdown")
        self.extend_button = QPushButton(self)
        self.finish_button = QPushButton(self)
        self.after_call_check = QCheckBox(self)
        self.agent_label = QLabel(self)
        self.agent_label.setProperty("class", "muted")
        # Takes what is left and may be clipped: the buttons must fit 1366 px with the dock.
        self.agent_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.agent_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(8)
        for widget in (
            self.badge,
            self.time_label,
            self.ready_button,
            self.not_ready_button,
            self.wrap_up_label,
            self.extend_button,
            self.finish_button,
            self.after_call_check,
        ):
            layout.addWidget(widget)
        layout.addWidget(self.agent_label, 1)

        self.ready_button.clicked.connect(self._on_ready_button_clicked)
        self.extend_button.clicked.connect(lambda: presenter.extend_wrap_up(30))
        self.finish_button.clicked.connect(presenter.finish_wrap_up)
        self.after_call_check.clicked.connect(self._on_after_call_check_clicked)
        presenter.state_changed.connect(self._on_state_changed)
        presenter.reason_codes_changed.connect(lambda _codes: self._fill_reasons())
        translations.language_changed.connect(lambda _code: self.refresh())
        # Asked before going Ready; it calls the continuation when Ready may go ahead
        # (the main window warns when this PC has no microphone or speaker).
        self.ready_guard: Callable[[Callable[[], None]], None] | None = None
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._tick)
        self._timer.start(1000)
        self.retranslate_ui()

    def add_banner(self, banner: QWidget) -> None:
        """A notice the window shows in this row (a lead's monitoring), before the name."""
        layout = self.layout()
        assert isinstance(layout, QHBoxLayout)
        layout.insertWidget(layout.indexOf(self.agent_label), banner)

    # -- rendering ------------------------------------------------------------------------

    def _fill_reasons(self) -> None:
        self.reason_menu.clear()
        language = self._translations.language
        view = self._presenter.state
        current = view.reason if view is not None and view.state is AgentStatus.NOT_READY else None
        for reason in self._presenter.reason_codes:
            if not agent_can_choose_reason(reason.code):
                continue  # set by the server or a lead, not chosen by the agent
            action = QAction(self._reason_text(reason, language), self.reason_menu)
            action.setData(reason.code)
            action.setCheckable(True)
            action.setChecked(reason.code == current)  # while not ready: pick another
            action.triggered.connect(lambda _=False, c=reason.code: self._on_reason_chosen(c))
            self.reason_menu.addAction(action)

    @staticmethod
    def _reason_text(reason: ReasonCode, language: str) -> str:
        return reason.label_zh if language.startswith("zh") else reason.label_en

    def _on_state_changed(self, _view: AgentStateView) -> None:
        self.refresh()

    def refresh(self) -> None:
        view = self._presenter.state
        status = self._presenter.status
        language = self._translations.language
        text = self._status_text(status)
        if (
            status is AgentStatus.NOT_READY
            and view is not None
            and view.reason
            and view.reason != "login"
        ):  # "login": just signed in, no reason chosen
            text += " · " + self._presenter.reason_label(view.reason, language)
        on_hold = status is AgentStatus.ON_CALL and view is not None and view.on_hold
        if on_hold:
            text = self.tr("On hold")
        self.badge.setText(text)
        self.badge.setStyleSheet(badge_style("on_hold" if on_hold else status.value))
        in_wrap_up = status is AgentStatus.WRAP_UP
        busy = status in (AgentStatus.RESERVED, AgentStatus.ON_CALL)
        self.ready_button.setEnabled(status in (AgentStatus.NOT_READY, AgentStatus.WRAP_UP))
        # while not ready the menu changes the reason (no need to go Ready and risk a call)
        self.not_ready_button.setEnabled(
            status in (AgentStatus.READY, AgentStatus.NOT_READY, AgentStatus.WRAP_UP)
        )
        shown = {
            self.wrap_up_label: in_wrap_up,
            self.extend_button: in_wrap_up,
            self.finish_button: in_wrap_up,
            self.time_label: not in_wrap_up,  # "Ready in 0:30" counts instead
            self.after_call_check: busy or in_wrap_up,
        }
        # Hide before showing: for a moment with both the timer and the wrap-up widgets
        # shown, the bar asked for more width than 1366 px leaves beside the dock, and
        # the window grew (to 1395 px) and never shrank back.
        for widget, visible in sorted(shown.items(), key=lambda item: item[1]):
            widget.setVisible(visible)
        self.after_call_check.setChecked(bool(view and view.not_ready_after_call))
        self._fill_reasons()
        self._tick()

    def _tick(self) -> None:
        self.time_label.setText(format_duration(self._presenter.time_in_state()))
        remaining = self._presenter.wrap_up_remaining()
        if remaining is not None:
            self.wrap_up_label.setText(
                self.tr("Ready in %1").replace("%1", format_duration(remaining))
            )

    def _status_text(self, status: AgentStatus) -> str:
        return {
            AgentStatus.READY: self.tr("Ready"),
            AgentStatus.NOT_READY: self.tr("Not ready"),
            AgentStatus.RESERVED: self.tr("Ringing"),
            AgentStatus.ON_CALL: self.tr("On call"),
            AgentStatus.WRAP_UP: self.tr("Wrap-up"),
            AgentStatus.LOGGED_OUT: self.tr("Signed out"),
        }[status]

    def set_agent(self, text: str) -> None:
        self.agent_label.setText(text)
        self.agent_label.setToolTip(text)

    # -- actions ------------------------------------------------------------------------
    def _on_ready_button_clicked(self) -> None:
        self.request_ready()

    def request_ready(self) -> None:
        """Ready (button, F8, tray), after the guard's say-so."""
        if self.ready_guard is None:
            self._presenter.set_ready()
        else:
            self.ready_guard(self._presenter.set_ready)

    def _on_reason_chosen(self, code: str) -> None:
        self._presenter.set_not_ready(code)

    def _on_after_call_check_clicked(self, checked: bool) -> None:
        self._presenter.set_not_ready_after_call(checked)

    def toggle_ready(self) -> None:
        """Keyboard shortcut: Ready when not ready, else Not ready (break)."""
        if self._presenter.status is AgentStatus.READY:
            self._presenter.set_not_ready("break")
        else:
            self.request_ready()

    def retranslate_ui(self) -> None:
        self.ready_button.setText(self.tr("Ready (F8)"))
        self.ready_button.setToolTip(self.tr("Take calls again"))
        self.not_ready_button.setText(self.tr("Not ready"))
        self.not_ready_button.setToolTip(self.tr("Stop taking calls, with a reason"))
        self.extend_button.setText(self.tr("Extend +30 s"))
        self.finish_button.setText(self.tr("Finish now"))
        self.after_call_check.setText(self.tr("Not ready after this call"))
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
