"""The monitored call in a lead's Calls panel: who is listened to (agent, customer, queue),
the mode, whether the audio is connected, a timer, and mode / stop buttons."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QWidget

from agent_desktop.presenters.agent_state import format_duration
from agent_desktop.presenters.call import CallPresenter
from agent_desktop.presenters.monitoring import MODES


class MonitorCard(QFrame):
    """Visible while the lead monitors a call (from the request until the leg ends)."""

    def __init__(self, presenter: CallPresenter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("monitorCard")
        self._presenter = presenter
        self.title = QLabel(self)
        self.title.setObjectName("sectionTitle")
        self.status_label = QLabel(self)
        self.timer_label = QLabel("0:00", self)
        self.timer_label.setObjectName("callTimer")
        self.captions = [QLabel(self) for _ in range(3)]
        self.agent_value, self.customer_value, self.queue_value = (QLabel(self) for _ in range(3))
        for label in (
            self.title,
            self.status_label,
            self.agent_value,
            self.customer_value,
            self.queue_value,
        ):
            label.setWordWrap(True)  # long names wrap inside the fixed-width panel
        self.mode_buttons = {mode: QPushButton(self) for mode in MODES}
        for button in self.mode_buttons.values():
            button.setCheckable(True)
        self.stop_button = QPushButton(self)
        self.stop_button.setObjectName("hangUpButton")
        self.takeover_button = QPushButton(self)  # 接管, while barging in

        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 6)
        # Compact (issue: the card made the window 798 px high at 1366×768): the timer
        # beside the title, the captions beside their values.
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.timer_label)
        layout.addLayout(top, 0, 0, 1, 2)
        layout.addWidget(self.status_label, 1, 0, 1, 2)
        values = (self.agent_value, self.customer_value, self.queue_value)
        for row, (caption, value) in enumerate(zip(self.captions, values, strict=True), 2):
            layout.addWidget(caption, row, 0)
            layout.addWidget(value, row, 1)
        buttons = QHBoxLayout()
        for button in self.mode_buttons.values():
            buttons.addWidget(button)
        layout.addLayout(buttons, 5, 0, 1, 2)
        ends = QHBoxLayout()
        ends.addWidget(self.takeover_button)
        ends.addWidget(self.stop_button)
        layout.addLayout(ends, 6, 0, 1, 2)
        layout.setVerticalSpacing(4)
        layout.setColumnStretch(1, 1)

        for mode, button in self.mode_buttons.items():
            button.clicked.connect(lambda _=False, m=mode: self._on_mode_button_clicked(m))
        self.stop_button.clicked.connect(lambda: presenter.request_monitor(""))
        self.takeover_button.clicked.connect(lambda: presenter.request_monitor("takeover"))
        presenter.monitoring_changed.connect(lambda *_: self.refresh())
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._tick)
        self._timer.start(1000)
        self.retranslate_ui()

    @property
    def active(self) -> bool:
        return self._presenter.monitored is not None or bool(self._presenter.monitor_target)

    def refresh(self) -> None:
        presenter = self._presenter
        call = presenter.monitored
        mode = call.mode if call else presenter.monitor_mode
        self.setVisible(self.active)
        titles = {
            "listen": self.tr("Listening"),
            "whisper": self.tr("Whispering to the agent"),
            "barge": self.tr("Barged in (all hear you)"),
        }
        self.title.setText(titles.get(mode, self.tr("Monitoring a call")))
        connected = presenter.monitor_connected_at is not None
        self.status_label.setText(
            self.tr("Audio connected") if connected else self.tr("Connecting the audio…")
        )
        self.agent_value.setText(call.agent if call and call.agent else "—")
        self.customer_value.setText(call.customer if call and call.customer else "—")
        self.queue_value.setText(call.queue if call and call.queue else "—")
        for name, button in self.mode_buttons.items():
            button.setChecked(name == mode)
            button.setEnabled(call is not None)
        self.stop_button.setEnabled(call is not None)
        self.takeover_button.setEnabled(call is not None and mode == "barge")
        self._tick()

    def _tick(self) -> None:
        self.timer_label.setText(format_duration(self._presenter.monitor_seconds()))

    def _on_mode_button_clicked(self, mode: str) -> None:
        self.refresh()  # the server decides; the button follows the confirmed mode
        self._presenter.request_monitor(mode)

    def retranslate_ui(self) -> None:
        for caption, text in zip(
            self.captions, (self.tr("Agent:"), self.tr("Customer:"), self.tr("Queue:")), strict=True
        ):
            caption.setText(text)
        labels = {
            "listen": self.tr("Listen"),
            "whisper": self.tr("Whisper"),
            "barge": self.tr("Barge in"),
        }
        for mode, button in self.mode_buttons.items():
            button.setText(labels[mode])
        self.stop_button.setText(self.tr("Stop monitoring"))
        self.takeover_button.setText(self.tr("Take over"))
        self.takeover_button.setToolTip(
            self.tr("Take over the call (Ctrl+Shift+O): the agent leaves it, you stay.")
        )
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
