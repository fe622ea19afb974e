"""Transfer targets are picked from the call's directory (agents with their state, queues by
display name, recent numbers) in the desktop, and the real coordinator accepts the pick."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from agent_desktop.cti import CtiClient
from server_stub import demo
from tests.desktop.conftest import LiveServer, run, run_until, sign_in
from tests.desktop.test_state_and_call import _offer, _ready

pytestmark = pytest.mark.ui


def _labels(combo: Any) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def test_transfer_to_a_queue_picked_by_its_display_name(
    loop: Any, desktop: Any, live_server: LiveServer, tmp_path: Path
) -> None:
    out = Path(os.environ.get("DESKTOP_SCREENSHOTS", "") or tmp_path)
    others = {}
    for agent_id, state in (("1003", ("ready", None)), ("1004", ("not_ready", "lunch"))):
        others[agent_id] = CtiClient(live_server.url)
        run(loop, others[agent_id].login(agent_id, demo.DEMO_PASSWORD))
        run(loop, others[agent_id].set_state(*state))
    try:
        sign_in(loop, desktop, live_server)
        _ready(loop, desktop)
        call_id = _offer(loop, desktop, live_server, "13800138000")
        desktop.window.softphone.answer_button.click()
        acd = live_server.services.acd  # type: ignore[union-attr]
        live_server.call(acd.agent_answered(call_id, "1002"))
        run_until(loop, lambda: desktop.calls.phase == "on_call", what="on call")
        panel = desktop.window.softphone
        combo = panel.transfer_target
        run_until(loop, lambda: combo.count() == 2, what="agents in the directory")
        assert _labels(combo) == ["1003 Emily Chen · Ready", "1004 刘洋 Liu Yang · Not ready"]

        panel.transfer_kind.setCurrentIndex(panel.transfer_kind.findData("queue"))
        assert _labels(combo) == [
            "销售 Sales · 1 ready, 0 waiting",
            "客服 Support · 1 ready, 0 waiting",
        ]
        combo.setCurrentIndex(1)
        assert panel.selected_transfer_target() == "support"
        desktop.window.resize(1366, 768)
        for code in ("en", "zh_CN"):
            desktop.translations.set_language(code)
            run_until(loop, lambda: True)
            combo.setCurrentIndex(1)
            assert desktop.window.grab().save(str(out / f"transfer_queue_{code}.png"))
        assert combo.itemText(1) == "客服 Support · 1 就绪，0 排队"
        desktop.translations.set_language("en")
        combo.setCurrentIndex(1)
        panel.transfer_button.click()
        run_until(
            loop,
            lambda: live_server.get(f"/calls/{call_id}")["queue"] == "support",
            what="the caller in the support queue",
        )
        run_until(
            loop,
            lambda: "Transferred to 客服 Support." in desktop.window.statusBar().currentMessage(),
            what="confirmation",
        )
    finally:
        for client in others.values():
            run(loop, client.close())


def test_opening_the_target_list_reloads_the_queue_counts(
    loop: Any, desktop: Any, live_server: LiveServer
) -> None:
    """The directory is loaded when the call is answered; by the time the agent picks a
    queue others have changed state, so opening the list asks the server again."""
    other = CtiClient(live_server.url)
    run(loop, other.login("1003", demo.DEMO_PASSWORD))  # support, sales level 2
    run(loop, other.set_state("ready", None))
    try:
        sign_in(loop, desktop, live_server)
        _ready(loop, desktop)
        call_id = _offer(loop, desktop, live_server, "13800138000")
        desktop.window.softphone.answer_button.click()
        acd = live_server.services.acd  # type: ignore[union-attr]
        live_server.call(acd.agent_answered(call_id, "1002"))
        run_until(loop, lambda: desktop.calls.phase == "on_call", what="on call")
        panel = desktop.window.softphone
        combo = panel.transfer_target
        panel.transfer_kind.setCurrentIndex(panel.transfer_kind.findData("queue"))
        run_until(loop, lambda: combo.count() == 2, what="queues in the directory")
        assert _labels(combo)[1] == "客服 Support · 1 ready, 0 waiting"
        run(loop, other.set_state("not_ready", "lunch"))
        assert _labels(combo)[1] == "客服 Support · 1 ready, 0 waiting"  # stale until opened
        combo.showPopup()
        run_until(
            loop,
            lambda: _labels(combo)[1:] == ["客服 Support · 0 ready, 0 waiting"],
            what="fresh counts in the open list",
        )
        assert combo.view().isVisible() and combo.currentIndex() == -1
        combo.hidePopup()
    finally:
        run(loop, other.close())
