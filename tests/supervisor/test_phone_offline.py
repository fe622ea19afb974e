"""Issue 21: the leads see an agent whose phone is offline in the agent grid, with the
reason named in their language, and cannot force that reason themselves."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from agent_desktop.i18n import Translations
from agent_desktop.supervisor.presenter import SupervisorPresenter
from agent_desktop.supervisor.tab import SupervisorTab
from agent_desktop.views.style import STYLESHEET
from tests.desktop.conftest import LiveServer
from tests.desktop.test_phone_offline import phone_checker
from tests.supervisor.conftest import run, run_until
from tests.supervisor.test_live import cell

pytestmark = pytest.mark.ui


def test_agent_grid_names_phone_offline(
    qtbot: Any,
    loop: Any,
    supervisor: SupervisorPresenter,
    agent_client: Any,
    live_server: LiveServer,
    tmp_path: Path,
) -> None:
    out = Path(os.environ.get("FAULT_SCREENSHOTS", "") or tmp_path)
    language = ["en"]
    tab = SupervisorTab(supervisor, language=lambda: language[0])
    tab.setStyleSheet(STYLESHEET)
    qtbot.addWidget(tab)
    tab.resize(1366, 768)
    tab.show()
    run(loop, agent_client.set_state("ready"))
    run_until(loop, lambda: cell(supervisor.agents, "1002", 2) == "Ready", what="ready")
    assert "phone_offline" not in {a.data() for a in tab.live.reason_menu.actions()}

    phone_check = phone_checker(live_server)
    phone_check(set())
    run_until(
        loop,
        lambda: cell(supervisor.agents, "1002", 3) == "Phone offline",
        what="grid names the reason",
    )
    assert cell(supervisor.agents, "1002", 2) == "Not ready"
    assert tab.grab().save(str(out / "supervisor_phone_offline_en.png"))
    translator = Translations()
    try:
        language[0] = "zh_CN"
        assert translator.set_language("zh_CN")
        qtbot.wait(50)  # let LanguageChange reach every widget (not an assertion)
        tab.live.retranslate()
        assert cell(supervisor.agents, "1002", 3) == "话机离线"
        assert tab.grab().save(str(out / "supervisor_phone_offline_zh_CN.png"))
    finally:
        translator.set_language("en")

    phone_check({"1002"})
    run_until(loop, lambda: cell(supervisor.agents, "1002", 2) == "Ready", what="back")
