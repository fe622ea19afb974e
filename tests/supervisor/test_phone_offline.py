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
from server_stub.telephony.phone_watch import PhoneWatch
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


def test_agent_grid_names_an_unreachable_agent(
    qtbot: Any,
    loop: Any,
    supervisor: SupervisorPresenter,
    agent_client: Any,
    live_server: LiveServer,
) -> None:
    """Issue 19: the agent's desktop vanished (no event stream, phone unregistered): the
    grid says so, in both languages, and the lead cannot pick that reason."""
    assert live_server.services is not None
    language = ["en"]
    tab = SupervisorTab(supervisor, language=lambda: language[0])
    qtbot.addWidget(tab)
    tab.show()
    run(loop, agent_client.set_state("ready"))
    run_until(loop, lambda: cell(supervisor.agents, "1002", 2) == "Ready", what="ready")
    assert "unreachable" not in {a.data() for a in tab.live.reason_menu.actions()}
    registered, desktops = {"1002"}, {"1002"}

    async def read() -> dict[str, str]:
        return {a: f"sip:{a}@phone c1 1" for a in registered}

    watch = PhoneWatch(
        live_server.services.agents,
        read,
        lambda: True,
        desktops=lambda: set(desktops),
        desktop_grace=0.0,
    )
    live_server.call(watch.check())  # the desktop seen with its stream
    registered.clear()
    desktops.clear()
    live_server.call(watch.check())
    run_until(
        loop,
        lambda: cell(supervisor.agents, "1002", 3) == "Unreachable (desktop gone)",
        what="grid names the reason",
    )
    assert cell(supervisor.agents, "1002", 2) == "Not ready"
    translator = Translations()
    try:
        language[0] = "zh_CN"
        assert translator.set_language("zh_CN")
        qtbot.wait(50)  # let LanguageChange reach every widget (not an assertion)
        tab.live.retranslate()
        assert cell(supervisor.agents, "1002", 3) == "失联（桌面已断开）"
    finally:
        translator.set_language("en")
