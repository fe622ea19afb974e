"""The audio settings dialog: microphone, speaker and ringer, a live input level meter,
the pre-shift audio test and a status line for devices lost or restored.

Non-modal: make one per opening and call `open()` or `show()` (it deletes itself when
closed). OK saves the devices, Cancel (or Esc, or closing the window) goes back to the
devices in use when it opened. All logic is in `AudioSettingsPresenter`."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from agent_desktop.presenters.audio_settings import (
    KINDS,
    AudioSettingsPresenter,
    DeviceStatus,
    Fallback,
)
from agent_desktop.softphone.api import AudioSelection
from agent_desktop.softphone.events import DeviceKind

NOTE_STYLE = "color: #7d4e00; background: #fff8c5; border-radius: 4px; padding: 6px;"
LOST_STYLE = "color: #cf222e;"
RESTORED_STYLE = "color: #1a7f37;"
FALLBACK_STYLE = "color: #7d4e00;"


class AudioSettingsDialog(QDialog):
    def __init__(self, presenter: AudioSettingsPresenter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.presenter = presenter
        self.setObjectName("audioSettingsDialog")
        self.setModal(False)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setMinimumWidth(540)  # the test hint on one line in en and zh_CN
        self._filling = False

        self.combos: dict[DeviceKind, QComboBox] = {}
        self._combo_labels: dict[DeviceKind, QLabel] = {}
        form = self._form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for kind in KINDS:
            combo = QComboBox()
            combo.setObjectName(f"{kind.value}Combo")
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(24)
            combo.currentIndexChanged.connect(lambda _i, k=kind: self._on_combo(k))
            label = QLabel()
            label.setBuddy(combo)
            self.combos[kind] = combo
            self._combo_labels[kind] = label
            form.addRow(label, combo)
        self.ringer_hint = QLabel()
        self.ringer_hint.setWordWrap(True)
        self.ringer_hint.setStyleSheet("color: palette(placeholder-text);")
        form.addRow("", self.ringer_hint)

        self.note = QLabel()
        self.note.setObjectName("fallbackNote")
        self.note.setWordWrap(True)
        self.note.setStyleSheet(NOTE_STYLE)
        form.addRow(self.note)  # under the device it is about, spanning both columns

        self._level_label = QLabel()
        self.meter = QProgressBar()
        self.meter.setObjectName("inputLevel")
        self.meter.setRange(0, 100)
        self.meter.setValue(presenter.level)
        self.meter.setTextVisible(False)
        self.meter.setFixedHeight(14)
        self._level_label.setBuddy(self.meter)
        form.addRow(self._level_label, self.meter)

        self.test_button = QPushButton()
        self.test_button.setObjectName("audioTestButton")
        self.test_button.clicked.connect(self._on_test_clicked)
        self.test_hint = QLabel()
        self.test_hint.setWordWrap(True)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.test_hint, 1)

        self.status = QLabel()
        self.status.setObjectName("deviceStatus")
        self.status.setWordWrap(True)
        self.status.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addSpacing(6)
        layout.addLayout(test_row)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self._connections = [
            presenter.devices_changed.connect(self._fill),
            presenter.selection_changed.connect(self._show_selection),
            presenter.fallbacks_changed.connect(self._show_fallbacks),
            presenter.level_changed.connect(self.meter.setValue),
            presenter.test_running_changed.connect(self._show_test),
            presenter.device_status_changed.connect(self._show_status),
            presenter.error.connect(self._show_error),
        ]
        self._error = ""
        presenter.begin()  # re-reads the devices: fills the combos
        self._show_fallbacks(presenter.fallbacks)
        if presenter.device_status is not None:
            self._show_status(presenter.device_status)
        self.retranslate_ui()

    def open(self) -> None:
        """QDialog.open() would make the dialog window-modal: show it non-modal instead, so
        the agent can keep working (and answer a call) while it is open."""
        self.show()
        self.raise_()
        self.activateWindow()

    # -- texts -------------------------------------------------------------------------------
    def kind_label(self, kind: DeviceKind) -> str:
        return {
            DeviceKind.MICROPHONE: self.tr("Microphone"),
            DeviceKind.SPEAKER: self.tr("Speaker"),
            DeviceKind.RINGER: self.tr("Ringer"),
        }[kind]

    def fallback_text(self, fallback: Fallback) -> str:
        text = {
            DeviceKind.MICROPHONE: self.tr(
                "The saved microphone “%1” is not connected: the system default is used."
            ),
            DeviceKind.SPEAKER: self.tr(
                "The saved speaker “%1” is not connected: the system default is used."
            ),
            DeviceKind.RINGER: self.tr(
                "The saved ringer “%1” is not connected: the system default is used."
            ),
        }[fallback.kind]
        return text.replace("%1", fallback.saved)

    def status_text(self, status: DeviceStatus) -> str:
        if status.lost:
            text = self.tr("%1: “%2” stopped working. Reconnecting…")
        elif status.fallback:
            text = self.tr("%1: using “%2” until your chosen device is back.")
        else:
            text = self.tr("%1: “%2” works again.")
        return text.replace("%1", self.kind_label(status.kind)).replace("%2", status.device)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Audio settings"))
        self._combo_labels[DeviceKind.MICROPHONE].setText(self.tr("&Microphone:"))
        self._combo_labels[DeviceKind.SPEAKER].setText(self.tr("&Speaker:"))
        self._combo_labels[DeviceKind.RINGER].setText(self.tr("&Ringer:"))
        self.ringer_hint.setText(
            self.tr(
                "The ringer plays incoming calls. Choose the computer's speakers to hear calls "
                "when the headset is off."
            )
        )
        self._level_label.setText(self.tr("Input level:"))
        self.meter.setToolTip(self.tr("Your microphone's level (during the test and calls)"))
        self._show_test(self.presenter.testing)
        widths = [
            self.test_button.fontMetrics().horizontalAdvance(text)
            for text in (self.tr("Stop"), self.tr("Start audio test"))
        ]
        self.test_button.setMinimumWidth(max(widths) + 32)  # no jump when the text changes
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("OK"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self._fill()
        self._show_fallbacks(self.presenter.fallbacks)
        if self._error:
            self._show_error(self._error)
        elif self.presenter.device_status is not None:
            self._show_status(self.presenter.device_status)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- presenter → widgets ------------------------------------------------------------------
    def _fill(self) -> None:
        self._filling = True
        try:
            for kind, combo in self.combos.items():
                combo.clear()
                default = self.presenter.default_device(kind)
                combo.addItem(
                    self.tr("System default (%1)").replace("%1", default)
                    if default
                    else self.tr("System default"),
                    "",
                )
                for device in self.presenter.candidates(kind):
                    combo.addItem(device.name, device.name)
        finally:
            self._filling = False
        self._show_selection(self.presenter.selection)

    def _show_selection(self, selection: AudioSelection) -> None:
        values = {
            DeviceKind.MICROPHONE: selection.microphone,
            DeviceKind.SPEAKER: selection.speaker,
            DeviceKind.RINGER: selection.ringer,
        }
        self._filling = True
        try:
            for kind, combo in self.combos.items():
                name = values[kind] or ""
                index = combo.findData(name)
                if index < 0:  # chosen by a name the list does not hold (substring match)
                    combo.addItem(name, name)
                    index = combo.count() - 1
                combo.setCurrentIndex(index)
        finally:
            self._filling = False

    def _show_fallbacks(self, fallbacks: list[Fallback]) -> None:
        self.note.setText("\n".join(self.fallback_text(f) for f in fallbacks))
        self._form.setRowVisible(self.note, bool(fallbacks))  # no empty gap when hidden

    def _show_test(self, running: bool) -> None:
        self.test_button.setText(self.tr("Stop") if running else self.tr("Start audio test"))
        self.test_hint.setText(
            self.tr("Speak: you should hear yourself. The test stops after 15 seconds.")
            if running
            else self.tr("Put on your headset, start the test and speak: you should hear yourself.")
        )
        if not running:
            self.meter.setValue(self.presenter.level)

    def _show_status(self, status: DeviceStatus) -> None:
        self._error = ""
        self.status.setText(self.status_text(status))
        self.status.setStyleSheet(
            LOST_STYLE if status.lost else FALLBACK_STYLE if status.fallback else RESTORED_STYLE
        )
        self.status.show()

    def _show_error(self, message: str) -> None:
        self._error = message
        self.status.setText(self.tr("Cannot do that now: %1").replace("%1", message))
        self.status.setStyleSheet(LOST_STYLE)
        self.status.show()

    # -- widgets → presenter -------------------------------------------------------------------
    def _on_combo(self, kind: DeviceKind) -> None:
        if self._filling:
            return
        name = self.combos[kind].currentData()
        self.presenter.choose(kind, name or None)

    def _on_test_clicked(self) -> None:
        if self.presenter.testing:
            self.presenter.stop_test()
        else:
            self.presenter.start_test()

    def done(self, result: int) -> None:
        if result == QDialog.DialogCode.Accepted:
            self.presenter.accept()
        else:
            self.presenter.cancel()
        self._disconnect()
        super().done(result)

    def _disconnect(self) -> None:
        """The presenter outlives the dialog: stop sending it signals."""
        for connection in self._connections:
            QObject.disconnect(connection)
        self._connections = []
