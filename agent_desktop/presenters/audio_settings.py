"""The agent's audio settings: microphone, speaker and a separate ringer device, the input
level meter and the pre-shift audio test. A QObject with signals, no widgets (the dialog
is `views/audio_settings.py`).

- Devices are stored by name in QSettings (`audio/microphone`, `audio/speaker`,
  `audio/ringer`; an empty string is the system default). `apply_saved()` at start-up
  selects them; a saved device that is not connected falls back to the system default and
  is reported in `fallbacks` (the saved name is kept, so it is used again once it is back).
- A choice made in the dialog is applied to the softphone at once (so the meter and the
  audio test use it); `accept()` saves it, `cancel()` goes back to the devices in use when
  the dialog opened.
- `InputLevel` events become a 0..100 level, emitted at most every `level_interval_ms`.
- The audio test (`start_test`) loops the microphone to the speaker and stops by itself
  after `test_seconds`, when a call comes in, or when the dialog closes.
- There is no ringtone sample: the `Softphone` interface has no way to play one.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QSettings, QTimer, Signal

from agent_desktop.softphone.api import AudioDevice, AudioSelection, Softphone, SoftphoneError
from agent_desktop.softphone.events import (
    DeviceKind,
    DeviceLost,
    DeviceRestored,
    IncomingCall,
    InputLevel,
    SoftphoneEvent,
)

log = logging.getLogger(__name__)

KINDS = (DeviceKind.MICROPHONE, DeviceKind.SPEAKER, DeviceKind.RINGER)
SETTINGS_GROUP = "audio"
LEVEL_FLOOR_DBFS = -60.0  # shown as an empty meter; 0 dBFS is a full one


def level_percent(dbfs: float, floor: float = LEVEL_FLOOR_DBFS) -> int:
    """dBFS (-120 = silence, 0 = full scale) to 0..100, linear in dB from `floor` to 0."""
    if dbfs != dbfs:  # NaN
        return 0
    share = (dbfs - floor) / -floor
    return round(min(1.0, max(0.0, share)) * 100)


def _get(selection: AudioSelection, kind: DeviceKind) -> str | None:
    return {
        DeviceKind.MICROPHONE: selection.microphone,
        DeviceKind.SPEAKER: selection.speaker,
        DeviceKind.RINGER: selection.ringer,
    }[kind]


def _with(selection: AudioSelection, kind: DeviceKind, name: str | None) -> AudioSelection:
    values = {k: _get(selection, k) for k in KINDS}
    values[kind] = name
    return AudioSelection(
        microphone=values[DeviceKind.MICROPHONE],
        speaker=values[DeviceKind.SPEAKER],
        ringer=values[DeviceKind.RINGER],
    )


@dataclass(frozen=True)
class Fallback:
    """A saved device that is not connected: the system default is used instead."""

    kind: DeviceKind
    saved: str


@dataclass(frozen=True)
class DeviceStatus:
    """The latest device loss or recovery reported by the softphone."""

    kind: DeviceKind
    device: str
    lost: bool
    fallback: bool = False  # restored on the system default, not the chosen device
    error: str = ""


class AudioSettingsPresenter(QObject):
    devices_changed = Signal()  # `inputs`/`outputs` were re-read
    selection_changed = Signal(object)  # AudioSelection now in use
    fallbacks_changed = Signal(list)  # list[Fallback]
    level_changed = Signal(int)  # 0..100, at most every level_interval_ms
    test_running_changed = Signal(bool)
    device_status_changed = Signal(object)  # DeviceStatus
    error = Signal(str)

    def __init__(
        self,
        softphone: Softphone,
        settings: QSettings,
        *,
        test_seconds: float = 15.0,
        level_interval_ms: int = 50,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._phone = softphone
        self._settings = settings
        self.inputs: list[AudioDevice] = []
        self.outputs: list[AudioDevice] = []
        self.fallbacks: list[Fallback] = []
        self.device_status: DeviceStatus | None = None
        self.level = 0
        self.testing = False
        self._opened_with: AudioSelection | None = None
        self._pending_level: int | None = None
        self._level_timer = QTimer(self)
        self._level_timer.setSingleShot(True)
        self._level_timer.setInterval(level_interval_ms)
        self._level_timer.timeout.connect(self._flush_level)
        self._test_timer = QTimer(self)
        self._test_timer.setSingleShot(True)
        self._test_timer.setInterval(int(test_seconds * 1000))
        self._test_timer.timeout.connect(self.stop_test)
        self._unsubscribe: Callable[[], None] | None = softphone.subscribe(self._on_event)

    # -- devices --------------------------------------------------------------------------
    @property
    def selection(self) -> AudioSelection:
        return self._phone.devices

    def refresh_devices(self) -> None:
        devices = self._phone.list_devices()
        self.inputs = [d for d in devices if d.input_channels > 0]
        self.outputs = [d for d in devices if d.output_channels > 0]
        self.devices_changed.emit()

    def missing(self) -> list[DeviceKind]:
        """What this PC lacks for a call: no microphone (the caller hears nothing), no
        speaker (the agent hears nothing). A lost device counts until it is back."""
        gone = (
            []
            if self.device_status is None or not self.device_status.lost
            else [self.device_status.kind]
        )
        found = []
        if not self.inputs or DeviceKind.MICROPHONE in gone:
            found.append(DeviceKind.MICROPHONE)
        if not self.outputs or DeviceKind.SPEAKER in gone:
            found.append(DeviceKind.SPEAKER)
        return found

    def candidates(self, kind: DeviceKind) -> list[AudioDevice]:
        return self.inputs if kind is DeviceKind.MICROPHONE else self.outputs

    def default_device(self, kind: DeviceKind) -> str:
        """The system default's name for `kind`, or "" when the list does not say."""
        for device in self.candidates(kind):
            if device.default_input if kind is DeviceKind.MICROPHONE else device.default_output:
                return device.name
        return ""

    def saved(self) -> AudioSelection:
        values = {}
        for kind in KINDS:
            value = self._settings.value(f"{SETTINGS_GROUP}/{kind.value}", "")
            values[kind] = str(value) if value else None
        return AudioSelection(
            microphone=values[DeviceKind.MICROPHONE],
            speaker=values[DeviceKind.SPEAKER],
            ringer=values[DeviceKind.RINGER],
        )

    def apply_saved(self) -> AudioSelection:
        """At start-up: select the saved devices; missing ones fall back to the default.
        Nothing saved yet (first start): the softphone keeps the devices it has."""
        self.refresh_devices()
        if not any(self._settings.contains(f"{SETTINGS_GROUP}/{kind.value}") for kind in KINDS):
            return self._phone.devices
        saved = self.saved()
        chosen = saved
        fallbacks: list[Fallback] = []
        for kind in KINDS:
            name = _get(saved, kind)
            if name is not None and name not in {d.name for d in self.candidates(kind)}:
                fallbacks.append(Fallback(kind, name))
                chosen = _with(chosen, kind, None)
        self._set_fallbacks(fallbacks)
        self._select(chosen)
        return chosen

    def choose(self, kind: DeviceKind, name: str | None) -> None:
        """The agent picked `name` (None = system default); used at once, saved on accept."""
        self._set_fallbacks([f for f in self.fallbacks if f.kind is not kind])
        self._select(_with(self.selection, kind, name or None))

    def _select(self, selection: AudioSelection) -> None:
        try:
            self._phone.select_devices(selection)
        except SoftphoneError as exc:
            self.error.emit(str(exc))
            return
        self.selection_changed.emit(selection)

    def _set_fallbacks(self, fallbacks: list[Fallback]) -> None:
        if fallbacks != self.fallbacks:
            self.fallbacks = fallbacks
            self.fallbacks_changed.emit(list(fallbacks))

    # -- the dialog's lifetime ------------------------------------------------------------------
    def begin(self) -> None:
        """The dialog opens: re-read the devices and remember what to go back to."""
        self._opened_with = self.selection
        self.refresh_devices()

    def accept(self) -> None:
        """Save the devices in use. Fallbacks keep their saved name until replaced."""
        self.stop_test()
        selection = self.selection
        missing = {f.kind: f.saved for f in self.fallbacks}
        for kind in KINDS:
            name = _get(selection, kind) or missing.get(kind) or ""
            self._settings.setValue(f"{SETTINGS_GROUP}/{kind.value}", name)
        self._settings.sync()
        self._opened_with = None

    def cancel(self) -> None:
        self.stop_test()
        if self._opened_with is not None and self._opened_with != self.selection:
            self._select(self._opened_with)
        self._opened_with = None

    # -- the audio test -----------------------------------------------------------------------
    def start_test(self) -> None:
        if self.testing:
            return
        try:
            self._phone.start_audio_test()
        except SoftphoneError as exc:
            self.error.emit(str(exc))
            return
        self.testing = True
        self._test_timer.start()
        self.test_running_changed.emit(True)

    def stop_test(self) -> None:
        self._test_timer.stop()
        if not self.testing:
            return
        self.testing = False
        try:
            self._phone.stop_audio_test()
        except SoftphoneError as exc:
            self.error.emit(str(exc))
        self._show_level(0)
        self.test_running_changed.emit(False)

    # -- softphone events ---------------------------------------------------------------------
    def _on_event(self, event: SoftphoneEvent) -> None:
        if isinstance(event, InputLevel):
            self._show_level(level_percent(event.rms_dbfs))
        elif isinstance(event, DeviceLost):
            self._set_status(DeviceStatus(event.kind, event.device, True, error=event.error))
        elif isinstance(event, DeviceRestored):
            self._set_status(DeviceStatus(event.kind, event.device, False, event.fallback))
        elif isinstance(event, IncomingCall):
            self.stop_test()  # the call needs the microphone and speaker

    def _set_status(self, status: DeviceStatus) -> None:
        self.device_status = status
        self.device_status_changed.emit(status)

    def _show_level(self, value: int) -> None:
        """Emit now if the last emission is older than the interval, else at its end."""
        if self._level_timer.isActive():
            self._pending_level = value
            return
        self._pending_level = None
        if value != self.level:
            self.level = value
            self.level_changed.emit(value)
        self._level_timer.start()

    def _flush_level(self) -> None:
        value, self._pending_level = self._pending_level, None
        if value is not None and value != self.level:
            self.level = value
            self.level_changed.emit(value)
            self._level_timer.start()

    def close(self) -> None:
        self.stop_test()
        self._level_timer.stop()
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
