"""Runtime language switching: installs the app's one translator and Qt's own (en / zh_CN).

Installing or removing a translator makes Qt send `QEvent.LanguageChange` to every
widget; each view re-runs its `retranslate_ui()` then, so the switch is live."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator, Signal

log = logging.getLogger(__name__)

I18N_DIR = Path(__file__).resolve().parent.parent / "resources" / "i18n"
LANGUAGES = {"en": "English", "zh_CN": "简体中文"}


def system_language() -> str:
    return "zh_CN" if QLocale.system().name().startswith("zh") else "en"


class Translations(QObject):
    """The current UI language; `set_language()` switches it for the whole application."""

    language_changed = Signal(str)

    def __init__(self, directory: Path = I18N_DIR) -> None:
        super().__init__()
        self._directory = directory
        self._installed: list[QTranslator] = []
        self.language = "en"

    def set_language(self, code: str) -> bool:
        """Switch to `code` ("en" or "zh_CN"); returns False when its catalogue is missing."""
        code = code if code in LANGUAGES else "en"
        app = QCoreApplication.instance()
        if app is None:
            return False
        translators: list[QTranslator] = []
        own = QTranslator(app)  # every area's texts (resources/i18n/update.py)
        if own.load(str(self._directory / f"agent_desktop_{code}.qm")):
            translators.append(own)  # English has one too: its plural forms
        elif code != "en":
            log.warning("no translation catalogue for %s in %s", code, self._directory)
            return False
        if code != "en":
            qt = QTranslator(app)
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if qt.load(f"qtbase_{code}", qt_dir):
                translators.append(qt)
        for old in self._installed:
            QCoreApplication.removeTranslator(old)
        for new in translators:
            QCoreApplication.installTranslator(new)
        self._installed = translators
        changed = code != self.language
        self.language = code
        if changed:
            self.language_changed.emit(code)
        return True
