"""The tab with a busy call centre, rendered at 1366×768 in English and Chinese (live
language switch). Set SUPERVISOR_SCREENSHOTS=docs/screenshots to refresh the docs."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel

from agent_desktop.cti import CtiClient
from agent_desktop.i18n import Translations
from agent_desktop.supervisor.presenter import SupervisorPresenter
from agent_desktop.supervisor.tab import SupervisorTab
from agent_desktop.views.style import STYLESHEET
from server_stub import demo
from tests.desktop.conftest import LiveServer
from tests.supervisor.conftest import run, run_until
from tests.supervisor.test_recordings_monitor import seed_recorded_call

pytestmark = pytest.mark.ui


def busy_centre(loop: Any, server: LiveServer) -> list[CtiClient]:
    """1002 talking, 1004 in wrap-up, 1001 ringing, 1003 at lunch, one caller waiting."""
    acd = server.services.acd  # type: ignore[union-attr]
    clients = {}
    for agent_id in ("1001", "1002", "1003", "1004"):
        clients[agent_id] = CtiClient(server.url)
        run(loop, clients[agent_id].login(agent_id, demo.DEMO_PASSWORD))

    def answered(agent_id: str, ani: str, queue: str) -> str:
        run(loop, clients[agent_id].set_state("ready"))
        call = server.call(acd.call_arrived(ani, "4008001000"))
        server.call(acd.enqueue(call.id, queue))
        run_until(
            loop,
            lambda: any(r[0] == call.id for r in server.control.rings),
            what=f"{agent_id} rung",
        )
        server.call(acd.agent_answered(call.id, agent_id))
        return str(call.id)

    answered("1002", "13800138000", "sales")
    support = answered("1004", "13912345678", "support")
    server.call(acd.agent_hung_up(support))
    run(loop, clients["1003"].set_state("not_ready", "lunch"))
    run(loop, clients["1001"].set_state("ready"))
    for ani in ("18612340000", "15055556666"):
        call = server.call(acd.call_arrived(ani, "4008002000"))
        server.call(acd.enqueue(call.id, "support"))
    return list(clients.values())


def test_render_in_english_and_chinese(
    qtbot: Any, loop: Any, supervisor: SupervisorPresenter, live_server: LiveServer, tmp_path: Path
) -> None:
    out = Path(os.environ.get("SUPERVISOR_SCREENSHOTS", "") or tmp_path)
    clients = busy_centre(loop, live_server)
    for number in ("13700001111", "13600002222"):
        seed_recorded_call(live_server, number)
    run_until(
        loop,
        lambda: (
            supervisor.queues.get("support") is not None
            and supervisor.queues.get("support").stats.waiting >= 1
        ),  # type: ignore[union-attr]
        what="callers waiting in support",
    )
    # 1002 talking, 1001 rung for the first support caller, the second one waiting
    run_until(loop, lambda: supervisor.calls.rowCount() == 3, what="three calls in progress")
    language = ["en"]
    tab = SupervisorTab(supervisor, language=lambda: language[0])
    tab.setStyleSheet(STYLESHEET)
    qtbot.addWidget(tab)
    tab.resize(1366, 768)
    tab.show()
    page = tab.recordings
    run_until(loop, lambda: page.disposition_combo.count() > 1, what="dispositions")
    page.search_button.click()
    run_until(loop, lambda: supervisor.recordings.model.rowCount() > 2, what="results")
    recorded = next(
        r for r in range(page.proxy.rowCount()) if page.proxy.index(r, 7).data() == "yes"
    )
    page.table.selectionModel().select(
        page.proxy.index(recorded, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    run_until(loop, lambda: page.player.duration > 0, what="player loaded")
    page.player.seek(1200)
    run_until(loop, lambda: page.player.slider.value() >= 1100, what="seeked")
    live = tab.live
    talking = next(
        r
        for r in range(live.call_proxy.rowCount())
        if live.call_proxy.index(r, 3).data() == "Talking"
    )
    live.call_table.selectRow(talking)
    assert live.hangup_button.isEnabled() and live.monitor_buttons["listen"].isEnabled()
    translator = Translations()
    try:
        for code in ("en", "zh_CN"):
            language[0] = code
            assert translator.set_language(code)
            supervisor.set_mask_numbers(code == "zh_CN")
            qtbot.wait(50)  # let LanguageChange reach every widget (not an assertion)
            tab.live.retranslate()
            tab.recordings.retranslate()
            for index, name in ((0, "live"), (1, "recordings"), (2, "sign_ins")):
                tab.pages.setCurrentIndex(index)
                if name == "sign_ins":
                    run_until(loop, lambda: tab.sign_ins.proxy.rowCount() > 0, what="sign-ins")
                    table = tab.sign_ins.table  # fills the page's width
                    assert table.horizontalHeader().length() >= table.viewport().width()
                image = tab.grab()
                assert image.width() == 1366 and image.height() == 768
                assert image.save(str(out / f"supervisor_{name}_{code}.png"))
        assert tab.mask_check.isChecked()
        assert tab.pages.tabText(0) == "实时监控"
        assert supervisor.queues.headerData(1, _horizontal()) == "排队数"
        assert tab.live.agent_proxy.rowCount() >= 6
        states = {supervisor.agents.index(r, 2).data() for r in range(supervisor.agents.rowCount())}
        assert {"通话中", "话后整理", "振铃中", "置忙"} <= states
    finally:
        translator.set_language("en")
        supervisor.set_mask_numbers(False)
        for client in clients:
            run(loop, client.close())


def _horizontal() -> Any:
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal
