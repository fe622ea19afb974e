"""Refresh the QA area's catalogue: pyside6-lupdate over agent_desktop/qa (with its host in
the main window), fill the zh_CN texts of resources/i18n/texts/qa.py, pyside6-lrelease into
qa_zh_CN.qm (installed by agent_desktop/i18n.py with the app's own).

Run: .venv/bin/python resources/i18n/qa_update.py"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from texts.qa import ZH_CN
from update import ROOT, refresh_catalogue  # the main catalogue's rules


def main() -> int:
    sources = sorted((ROOT / "agent_desktop" / "qa").glob("*.py"))
    return refresh_catalogue("qa", sources, ZH_CN)


if __name__ == "__main__":
    sys.exit(main())
