"""Issue 21: a fault the server sees (/health check not ok) raises an alarm banner on
the lead's tab, in the lead's language, and the banner goes when the check is ok again."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from agent_desktop.i18n import Translations
from agent_desktop.supervisor.presenter import SupervisorPresenter
from agent_desktop.supervisor.tab import SupervisorTab
from agent_desktop.views.style import STYLESHEET
from server_stub.health_watch import HealthWatch
from tests.desktop.conftest import LiveServer
from tests.supervisor.conftest import run_until

pytestmark = pytest.mark.ui

FULL = "disk full: 0 KiB free in /srv/callcenter/recordings"


def _push(server: LiveServer, checks: dict[str, str]) -> None:
    """The server's health watch seeing `checks` (as with a full recordings disk)."""
    assert server.services is not None
    watch = HealthWatch(lambda: dict(checks), server.services.bus)

    async def once() -> None:
        watch.check()

    server.call(once())


def test_alarm_banner_shows_and_clears(
    qtbot: Any, loop: Any, supervisor: SupervisorPresenter, live_server: LiveServer, tmp_path: Path
) -> None:
    out = Path(os.environ.get("FAULT_SCREENSHOTS", "") or tmp_path)
    language = ["en"]
    tab = SupervisorTab(supervisor, language=lambda: language[0])
    tab.setStyleSheet(STYLESHEET)
    qtbot.addWidget(tab)
    tab.resize(1366, 768)
    tab.show()
    assert supervisor.alarms == {} and not tab.alarm_label.isVisible()  # /health was ok

    _push(live_server, {"database": "ok", "recordings": FULL, "sip_edge": "down"})
    run_until(loop, lambda: tab.alarm_label.isVisible(), what="alarm banner")
    text = tab.alarm_label.text()
    assert "Recordings are not being saved (" + FULL + ")" in text
    assert "SIP edge down" in text and "Database" not in text
    assert tab.grab().save(str(out / "supervisor_alarm_en.png"))
    translator = Translations()
    try:
        language[0] = "zh_CN"
        assert translator.set_language("zh_CN")
        qtbot.wait(50)  # let LanguageChange reach every widget (not an assertion)
        assert "录音未能保存" in tab.alarm_label.text()
        assert tab.grab().save(str(out / "supervisor_alarm_zh_CN.png"))
    finally:
        translator.set_language("en")

    _push(live_server, {"database": "ok", "recordings": "ok", "sip_edge": "ok"})
    run_until(loop, lambda: not tab.alarm_label.isVisible(), what="alarm cleared")
