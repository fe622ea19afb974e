"""The supervisor's own catalogue (`resources/i18n/supervisor_<code>.qm`), installed next
to the app's translators so the tab switches language live with the rest of the app."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

I18N_DIR = Path(__file__).resolve().parents[2] / "resources" / "i18n"


class SupervisorTranslator:
    """`set_language(code)` swaps the installed supervisor translator ("en" = none)."""

    def __init__(self, directory: Path = I18N_DIR) -> None:
        self._directory = directory
        self._installed: QTranslator | None = None

    def set_language(self, code: str) -> bool:
        """Install `supervisor_<code>.qm`; False when there is no such catalogue."""
        app = QCoreApplication.instance()
        if app is None:
            return False
        translator: QTranslator | None = None
        if code != "en":
            translator = QTranslator(app)
            if not translator.load(str(self._directory / f"supervisor_{code}.qm")):
                translator = None
        if self._installed is not None:
            QCoreApplication.removeTranslator(self._installed)
        if translator is not None:
            QCoreApplication.installTranslator(translator)
        self._installed = translator
        return translator is not None or code == "en"
