"""Render the audio settings dialog to docs/screenshots/audio_settings_{en,zh_CN}.png with
the FakeSoftphone: a headset chosen, a saved ringer that is missing (the note), the audio
test running with the meter at a speaking level, and a speaker fallback in the status line.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/audio_settings_make.py"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from PySide6.QtCore import QCoreApplication, QSettings, QTranslator  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from agent_desktop.presenters.audio_settings import AudioSettingsPresenter  # noqa: E402
from agent_desktop.softphone.events import DeviceKind  # noqa: E402
from agent_desktop.softphone.fake import FakeSoftphone  # noqa: E402
from agent_desktop.views.audio_settings import AudioSettingsDialog  # noqa: E402

I18N = HERE.parents[1] / "resources" / "i18n"


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        for code in ("en", "zh_CN"):
            translators = []
            if code != "en":
                for path in (I18N / "agent_desktop_zh_CN.qm",):
                    translator = QTranslator()
                    if translator.load(str(path)):
                        QCoreApplication.installTranslator(translator)
                        translators.append(translator)
            settings = QSettings(str(Path(tmp) / f"{code}.ini"), QSettings.Format.IniFormat)
            settings.setValue("audio/microphone", "USB Headset")
            settings.setValue("audio/speaker", "USB Headset")
            settings.setValue("audio/ringer", "Desk Speakerphone")
            phone = FakeSoftphone()
            presenter = AudioSettingsPresenter(phone, settings)
            presenter.apply_saved()
            dialog = AudioSettingsDialog(presenter)
            dialog.show()
            presenter.start_test()
            phone.simulate_input_level(-22.0, -12.0)
            phone.simulate_device_lost(DeviceKind.SPEAKER)
            phone.simulate_device_restored(DeviceKind.SPEAKER, "Built-in Speakers", fallback=True)
            phone.pump()
            app.processEvents()
            dialog.adjustSize()
            app.processEvents()
            dialog.grab().save(str(HERE / f"audio_settings_{code}.png"))
            dialog.reject()
            presenter.close()
            for translator in translators:
                QCoreApplication.removeTranslator(translator)
    return 0


if __name__ == "__main__":
    sys.exit(main())
