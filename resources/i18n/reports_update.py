"""Refresh the Reports catalogue (the Reports tab and My day): pyside6-lupdate over
agent_desktop/reports, fill the zh_CN texts of resources/i18n/texts/reports.py into
unfinished entries, pyside6-lrelease into reports_zh_CN.qm (installed by
agent_desktop/i18n.py with the app's own). Temporary: the catalogues are being merged.

Run: .venv/bin/python resources/i18n/reports_update.py"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from texts.reports import ZH_CN  # the area's texts, source text -> Chinese
from update import ROOT, refresh_catalogue  # the same rules as the main catalogue


def main() -> int:
    sources = sorted((ROOT / "agent_desktop" / "reports").glob("*.py"))
    return refresh_catalogue("reports", sources, dict(ZH_CN))


if __name__ == "__main__":
    sys.exit(main())
