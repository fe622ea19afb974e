"""Issue 12: leads see sign-in attempts (failures, lock-outs) in the supervisor tab, in
English and Chinese; rendered at 1366×768."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import httpx
import pytest
from PySide6.QtWidgets import QMessageBox

from agent_desktop.i18n import Translations
from agent_desktop.supervisor.presenter import SupervisorPresenter
from agent_desktop.supervisor.tab import SupervisorTab
from agent_desktop.views.style import STYLESHEET
from tests.desktop.conftest import LiveServer
from tests.supervisor.conftest import run_until
from tests.supervisor.test_live import select, server_state

pytestmark = pytest.mark.ui


def test_lead_sees_failed_sign_ins_and_lock_outs(
    qtbot: Any, loop: Any, supervisor: SupervisorPresenter, live_server: LiveServer, tmp_path: Path
) -> None:
    out = Path(os.environ.get("SUPERVISOR_SCREENSHOTS", "") or tmp_path)
    with httpx.Client(base_url=live_server.url + "/api/v1") as someone:
        for _ in range(6):
            someone.post("/auth/login", json={"agent_id": "1003", "password": "guess"})
    language = ["en"]
    tab = SupervisorTab(supervisor, language=lambda: language[0])
    tab.setStyleSheet(STYLESHEET)
    qtbot.addWidget(tab)
    tab.resize(1366, 768)
    tab.show()
    tab.pages.setCurrentIndex(2)  # showing the page loads it
    model = supervisor.sign_ins.model
    run_until(loop, lambda: model.rowCount() >= 7, what="sign-in attempts")
    outcomes = [model.index(r, 3).data() for r in range(model.rowCount())]
    assert outcomes.count("Wrong password") == 5  # the sixth was refused by the lock-out
    assert "Locked out for 0:30" in outcomes and "Signed in" in outcomes
    assert {model.index(r, 2).data() for r in range(model.rowCount())} == {"127.0.0.1"}
    translator = Translations()
    try:
        for code in ("en", "zh_CN"):
            language[0] = code
            assert translator.set_language(code)
            qtbot.wait(50)  # let LanguageChange reach every widget (not an assertion)
            image = tab.grab()
            assert image.width() == 1366 and image.height() == 768
            assert image.save(str(out / f"supervisor_sign_ins_{code}.png"))
        assert tab.pages.tabText(2) == "登录记录"
        chinese = [model.index(r, 3).data() for r in range(model.rowCount())]
        assert "密码错误" in chinese and "已锁定 0:30" in chinese
    finally:
        translator.set_language("en")


def test_lead_forcing_their_own_sign_out_is_told_why_not(
    qtbot: Any, loop: Any, supervisor: SupervisorPresenter, live_server: LiveServer
) -> None:
    tab = SupervisorTab(supervisor)
    qtbot.addWidget(tab)
    tab.show()
    page = tab.live
    select(page.agent_table, page.agent_proxy, "9001")  # the lead's own row
    page.sign_out_button.click()
    assert page.confirm_box is not None
    page.confirm_box.button(QMessageBox.StandardButton.Yes).click()
    run_until(loop, lambda: "your own sign-out" in tab.message_label.text(), what="the refusal")
    assert "Use Sign out instead" in tab.message_label.text()
    assert server_state(live_server, "9001")["state"] != "logged_out"
