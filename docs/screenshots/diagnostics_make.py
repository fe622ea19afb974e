"""Render the diagnostics page to docs/screenshots/diagnostics_{en,zh_CN}.png with real data
(this machine's versions, the real pjsua2 softphone's devices and codecs, a demo server).

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/diagnostics_make.py HOST:PORT"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QTranslator, qVersion
from PySide6.QtWidgets import QApplication

from agent_desktop.platform import diagnostics
from agent_desktop.platform.diagnostics_page import DiagnosticsPage

HERE = Path(__file__).resolve().parent
I18N = HERE.parents[1] / "resources" / "i18n"


def main() -> int:
    server = sys.argv[1] if len(sys.argv) > 1 else "127.0.0.1:8080"
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from agent_desktop.softphone.pjsua_phone import CODECS, EngineOptions, PjsuaSoftphone

    phone = PjsuaSoftphone(EngineOptions())
    try:
        report = asyncio.run(
            diagnostics.collect(server, phone, qVersion(), PySide6.__version__, list(CODECS))
        )
    finally:
        phone.close()
    for code in ("en", "zh_CN"):
        translator = QTranslator()
        if code != "en":
            translator.load(str(I18N / "agent_desktop_zh_CN.qm"))
            QCoreApplication.installTranslator(translator)
        page = DiagnosticsPage(gather=lambda: asyncio.sleep(0, report))  # Refresh enabled
        page.set_report(report)
        page.resize(900, 420)
        page.show()
        app.processEvents()
        page.grab().save(str(HERE / f"diagnostics_{code}.png"))
        page.close()
        QCoreApplication.removeTranslator(translator)
    print(report_summary(report.items))
    return 0


def report_summary(items: list) -> str:
    return "\n".join(f"{i.name}: {i.ok} {i.detail}" for i in items)


if __name__ == "__main__":
    sys.exit(main())
