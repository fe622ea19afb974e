"""The audio settings presenter and dialog with the FakeSoftphone, and one real audio test
with the pjsua2 softphone on PulseAudio virtual devices (the mic's 500 Hz looped to vspk).

pytest-qt's `qapp` is the only QApplication. Softphone events reach subscribers at
`pump()`, as in the app (where a 10 ms QTimer calls it)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTranslator
from PySide6.QtWidgets import QDialog

from agent_desktop.presenters.audio_settings import AudioSettingsPresenter, level_percent
from agent_desktop.softphone.api import AudioSelection
from agent_desktop.softphone.events import DeviceKind
from agent_desktop.softphone.fake import FakeSoftphone
from agent_desktop.views.audio_settings import AudioSettingsDialog

pytestmark = pytest.mark.ui

I18N = Path(__file__).resolve().parents[2] / "resources" / "i18n"
MIC, SPK, RING = DeviceKind.MICROPHONE, DeviceKind.SPEAKER, DeviceKind.RINGER


@pytest.fixture
def ini(tmp_path: Path) -> Path:
    return tmp_path / "agent.ini"


def settings_at(path: Path) -> QSettings:
    return QSettings(str(path), QSettings.Format.IniFormat)


@pytest.fixture
def phone() -> FakeSoftphone:
    return FakeSoftphone()


@pytest.fixture
def presenter(qapp: Any, phone: FakeSoftphone, ini: Path) -> Iterator[AudioSettingsPresenter]:
    presenter = AudioSettingsPresenter(phone, settings_at(ini), test_seconds=15)
    presenter.apply_saved()
    yield presenter
    presenter.close()


@pytest.fixture
def dialog(qtbot: Any, presenter: AudioSettingsPresenter) -> Iterator[AudioSettingsDialog]:
    dialog = AudioSettingsDialog(presenter)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)  # the test inspects it
    qtbot.addWidget(dialog)
    dialog.open()
    yield dialog


def items(dialog: AudioSettingsDialog, kind: DeviceKind) -> list[tuple[str, str]]:
    combo = dialog.combos[kind]
    return [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())]


def pick(dialog: AudioSettingsDialog, kind: DeviceKind, name: str) -> None:
    combo = dialog.combos[kind]
    index = combo.findData(name)
    assert index >= 0, f"{name} not in the {kind} list"
    combo.setCurrentIndex(index)


def test_level_percent_maps_dbfs() -> None:
    assert level_percent(-120.0) == 0
    assert level_percent(-60.0) == 0
    assert level_percent(-30.0) == 50
    assert level_percent(0.0) == 100
    assert level_percent(3.0) == 100
    assert level_percent(float("nan")) == 0


def test_dialog_is_non_modal_and_lists_inputs_and_outputs(dialog: AudioSettingsDialog) -> None:
    assert not dialog.isModal()
    assert dialog.isVisible()
    assert items(dialog, MIC) == [
        ("System default (Built-in Microphone)", ""),
        ("Built-in Microphone", "Built-in Microphone"),
        ("USB Headset", "USB Headset"),
    ]
    outputs = [
        ("System default (Built-in Speakers)", ""),
        ("Built-in Speakers", "Built-in Speakers"),
        ("USB Headset", "USB Headset"),
    ]
    assert items(dialog, SPK) == outputs
    assert items(dialog, RING) == outputs  # the ringer is chosen on its own
    assert all(c.currentData() == "" for c in dialog.combos.values())
    assert not dialog.note.isVisible()


def test_choice_is_applied_saved_and_restored_on_next_start(
    qapp: Any, dialog: AudioSettingsDialog, phone: FakeSoftphone, ini: Path
) -> None:
    pick(dialog, MIC, "USB Headset")
    pick(dialog, SPK, "USB Headset")
    pick(dialog, RING, "Built-in Speakers")
    expected = AudioSelection("USB Headset", "USB Headset", "Built-in Speakers")
    assert phone.devices == expected  # used at once (meter and test use it)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted

    # the next start: a new softphone and presenter on the same settings file
    phone2 = FakeSoftphone()
    presenter2 = AudioSettingsPresenter(phone2, settings_at(ini))
    try:
        assert presenter2.apply_saved() == expected
        assert phone2.devices == expected
        assert presenter2.fallbacks == []
        dialog2 = AudioSettingsDialog(presenter2)
        dialog2.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        assert dialog2.combos[MIC].currentData() == "USB Headset"
        assert dialog2.combos[SPK].currentData() == "USB Headset"
        assert dialog2.combos[RING].currentData() == "Built-in Speakers"
        dialog2.reject()
        dialog2.deleteLater()
    finally:
        presenter2.close()


def test_cancel_goes_back_to_the_devices_in_use(
    dialog: AudioSettingsDialog, phone: FakeSoftphone, ini: Path
) -> None:
    pick(dialog, MIC, "USB Headset")
    assert phone.devices.microphone == "USB Headset"
    dialog.reject()
    assert phone.devices == AudioSelection()
    assert settings_at(ini).value("audio/microphone", None) is None  # nothing saved


def test_missing_device_falls_back_to_default_with_a_note(
    qtbot: Any, phone: FakeSoftphone, ini: Path
) -> None:
    saved = settings_at(ini)
    saved.setValue("audio/microphone", "Jabra Evolve 40")
    saved.setValue("audio/speaker", "USB Headset")
    saved.setValue("audio/ringer", "")
    saved.sync()
    presenter = AudioSettingsPresenter(phone, settings_at(ini))
    try:
        presenter.apply_saved()
        assert phone.devices == AudioSelection(None, "USB Headset", None)
        dialog = AudioSettingsDialog(presenter)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.note.isVisible()
        assert "Jabra Evolve 40" in dialog.note.text()
        assert "system default" in dialog.note.text()
        assert dialog.combos[MIC].currentData() == ""
        # OK without touching the microphone keeps the saved name for when it is back
        dialog.accept()
        assert settings_at(ini).value("audio/microphone") == "Jabra Evolve 40"

        # choosing another microphone replaces it and the note goes
        dialog2 = AudioSettingsDialog(presenter)
        dialog2.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        qtbot.addWidget(dialog2)
        dialog2.show()
        assert dialog2.note.isVisible()
        pick(dialog2, MIC, "Built-in Microphone")
        assert not dialog2.note.isVisible()
        dialog2.accept()
        assert settings_at(ini).value("audio/microphone") == "Built-in Microphone"
    finally:
        presenter.close()


def test_level_meter_follows_input_levels_at_most_every_interval(
    qtbot: Any, dialog: AudioSettingsDialog, presenter: AudioSettingsPresenter, phone: FakeSoftphone
) -> None:
    emitted: list[int] = []
    presenter.level_changed.connect(emitted.append)
    phone.simulate_input_level(-30.0, -20.0)
    phone.pump()
    assert dialog.meter.value() == 50  # the first level shows at once
    # a burst inside one interval: only the newest is shown, when the interval ends
    for rms in (-50.0, -40.0, -12.0, -6.0):
        phone.simulate_input_level(rms, rms + 3)
    phone.pump()
    assert dialog.meter.value() == 50
    qtbot.waitUntil(lambda: dialog.meter.value() == 90)
    assert emitted == [50, 90]


def test_audio_test_starts_stops_and_hint(
    qtbot: Any, dialog: AudioSettingsDialog, phone: FakeSoftphone
) -> None:
    assert dialog.test_button.text() == "Start audio test"
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert phone.audio_test
    assert dialog.test_button.text() == "Stop"
    assert "Speak: you should hear yourself" in dialog.test_hint.text()
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert not phone.audio_test
    assert dialog.test_button.text() == "Start audio test"


def test_audio_test_stops_by_itself(qtbot: Any, qapp: Any, ini: Path) -> None:
    phone = FakeSoftphone()
    presenter = AudioSettingsPresenter(phone, settings_at(ini), test_seconds=0.05)
    try:
        dialog = AudioSettingsDialog(presenter)
        qtbot.addWidget(dialog)
        dialog.show()
        presenter.start_test()
        assert phone.audio_test
        qtbot.waitUntil(lambda: not phone.audio_test)
        assert not presenter.testing
        assert dialog.test_button.text() == "Start audio test"
        dialog.reject()
    finally:
        presenter.close()


def test_audio_test_stops_on_close_and_on_a_call_and_is_refused_in_a_call(
    dialog: AudioSettingsDialog, presenter: AudioSettingsPresenter, phone: FakeSoftphone, qtbot: Any
) -> None:
    presenter.start_test()
    phone.simulate_incoming_call()
    phone.pump()
    assert not phone.audio_test  # the call needs the headset
    presenter.start_test()
    assert not phone.audio_test
    assert "not possible during a call" in dialog.status.text()
    phone.hangup()
    phone.pump()
    presenter.start_test()
    assert phone.audio_test
    dialog.reject()
    assert not phone.audio_test


def test_device_lost_and_restored_are_shown(
    dialog: AudioSettingsDialog, phone: FakeSoftphone
) -> None:
    pick(dialog, SPK, "USB Headset")
    assert not dialog.status.isVisible()
    phone.simulate_device_lost(SPK)
    phone.pump()
    assert dialog.status.isVisible()
    assert dialog.status.text() == "Speaker: “USB Headset” stopped working. Reconnecting…"
    phone.simulate_device_restored(SPK, "Built-in Speakers", fallback=True)
    phone.pump()
    assert dialog.status.text() == (
        "Speaker: using “Built-in Speakers” until your chosen device is back."
    )
    phone.simulate_device_restored(SPK, "USB Headset", fallback=False)
    phone.pump()
    assert dialog.status.text() == "Speaker: “USB Headset” works again."


def test_dialog_switches_to_chinese(qtbot: Any, qapp: Any, dialog: AudioSettingsDialog) -> None:
    translator = QTranslator()
    assert translator.load(str(I18N / "agent_desktop_zh_CN.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        qtbot.waitUntil(lambda: dialog.windowTitle() == "音频设置")
        assert dialog.test_button.text() == "开始音频测试"
        assert dialog.combos[MIC].itemText(0) == "系统默认（Built-in Microphone）"
    finally:
        QCoreApplication.removeTranslator(translator)
    qtbot.waitUntil(lambda: dialog.windowTitle() == "Audio settings")


# -- real audio ------------------------------------------------------------------------------
def _no_endpoint_alive() -> bool:
    # Not Endpoint.instance(): it aborts the process once an Endpoint was destroyed.
    from agent_desktop.softphone.pjsua_phone import PjsuaSoftphone

    return PjsuaSoftphone.live_endpoints == 0


@pytest.mark.sip_audio
@pytest.mark.slow
def test_real_audio_test_loops_the_microphone_to_the_speaker(
    qtbot: Any, rig: Any, ini: Path
) -> None:
    from PySide6.QtCore import QTimer

    from agent_desktop.softphone.pjsua_phone import EngineOptions, PjsuaSoftphone
    from tests.softphone.pulse import RATE
    from tests.support.tones import detect_tone

    assert _no_endpoint_alive(), "another pjsua2 Endpoint is alive in this process"
    saved = settings_at(ini)
    for key, name in (("microphone", "vmic"), ("speaker", "vspk"), ("ringer", "vring")):
        saved.setValue(f"audio/{key}", name)
    saved.sync()
    phone = PjsuaSoftphone(EngineOptions())
    pump = QTimer()
    pump.timeout.connect(phone.pump)
    pump.start(10)
    presenter = AudioSettingsPresenter(phone, settings_at(ini))
    try:
        assert presenter.apply_saved() == AudioSelection("vmic", "vspk", "vring")
        assert presenter.fallbacks == []
        dialog = AudioSettingsDialog(presenter)
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.combos[MIC].currentData() == "vmic"
        qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
        assert presenter.testing
        qtbot.waitUntil(lambda: dialog.meter.value() > 0, timeout=10_000)  # Qt runs the pump

        out: list[Any] = []
        worker = threading.Thread(target=lambda: out.append(rig.record("vspk.monitor", 3.0)))
        worker.start()
        qtbot.waitUntil(lambda: not worker.is_alive(), timeout=15_000)
        report = detect_tone(out[0], RATE, 500.0)
        # the first ~second after opening may still be silent (PortAudio start-up)
        assert report.share >= 0.5, f"500 Hz in {report.windows_with_tone}/{report.windows}"
        qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
        assert not presenter.testing
        dialog.reject()
    finally:
        pump.stop()
        presenter.close()
        phone.close()  # frees the pjsua2 Endpoint for the next test


def test_the_main_window_opens_the_dialog_from_the_view_menu(qtbot: Any, desktop: Any) -> None:
    window = desktop.window
    assert window.audio_settings is not None
    window.audio_settings_action.trigger()
    dialogs = [w for w in window.findChildren(QDialog) if w.isVisible()]
    assert len(dialogs) == 1 and dialogs[0].windowTitle() == "Audio settings"
    dialogs[0].close()
