"""The appointment reminder (预约提醒): a small window that pops at the appointment's time
with one click to call the customer."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from agent_desktop.crm.models import when
from agent_desktop.protocol.crm import FollowUp


class ReminderPopup(QWidget):
    """Not modal: it stays up until the agent calls, marks it done or closes it."""

    call_requested = Signal(object)  # FollowUp
    done_requested = Signal(object)  # FollowUp

    def __init__(self, appointment: FollowUp, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Tool | Qt.WindowType.WindowStaysOnTopHint)
        self.appointment = appointment
        self.setObjectName("reminder")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.title = QLabel(self)
        self.title.setObjectName("sectionTitle")
        self.detail = QLabel(self)
        self.detail.setWordWrap(True)
        self.call_button = QPushButton(self)
        self.call_button.setDefault(True)
        self.done_button = QPushButton(self)
        self.later_button = QPushButton(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.call_button)
        buttons.addWidget(self.done_button)
        buttons.addStretch(1)
        buttons.addWidget(self.later_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.detail)
        layout.addLayout(buttons)
        self.call_button.setEnabled(bool(appointment.phone))
        self.call_button.clicked.connect(self._on_call_button_clicked)
        self.done_button.clicked.connect(self._on_done_button_clicked)
        self.later_button.clicked.connect(self.close)
        self.retranslate_ui()
        self.resize(420, 150)

    def _on_call_button_clicked(self) -> None:
        self.call_requested.emit(self.appointment)
        self.close()

    def _on_done_button_clicked(self) -> None:
        self.done_requested.emit(self.appointment)
        self.close()

    def retranslate_ui(self) -> None:
        a = self.appointment
        self.setWindowTitle(self.tr("Appointment reminder"))
        self.title.setText(
            self.tr("Appointment with %1 at %2")
            .replace("%1", a.customer_name)
            .replace("%2", when(a.appointment_at))
        )
        self.detail.setText(a.body or self.tr("No note."))
        self.call_button.setText(
            self.tr("Call %1").replace("%1", a.phone) if a.phone else self.tr("No number")
        )
        self.done_button.setText(self.tr("Mark done"))
        self.later_button.setText(self.tr("Close"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
