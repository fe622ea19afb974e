"""Wrap-up of a sales call (a queue that requires a disposition) in the desktop against the
real coordinator: the form says it is required, "Finish now" is refused with a clear
message until one is saved, and the saved call shows in the customer's history."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from tests.desktop.conftest import LiveServer, run_until, sign_in
from tests.desktop.test_state_and_call import _offer, _ready

pytestmark = pytest.mark.ui


def test_required_disposition_blocks_finish_and_the_saved_call_joins_the_history(
    loop: Any, desktop: Any, live_server: LiveServer, tmp_path: Path
) -> None:
    out = Path(os.environ.get("DESKTOP_SCREENSHOTS", "") or tmp_path)
    sign_in(loop, desktop, live_server)
    _ready(loop, desktop)
    call_id = _offer(loop, desktop, live_server, "13800138000")  # 张伟, sales
    pop = desktop.window.pop
    assert call_id not in [
        pop.history_model.call_at(r).id for r in range(pop.history_model.rowCount())
    ]
    desktop.window.softphone.answer_button.click()
    acd = live_server.services.acd  # type: ignore[union-attr]
    live_server.call(acd.agent_answered(call_id, "1002"))
    run_until(loop, lambda: desktop.calls.phase == "on_call", what="on call")
    live_server.call(acd.agent_hung_up(call_id))
    run_until(
        loop,
        lambda: desktop.state.status == "wrap_up" and desktop.window.wrap_up_panel.isVisible(),
        what="wrap-up",
    )
    panel = desktop.window.wrap_up_panel
    assert panel.ui.dispositionLabel.text() == "&Disposition (required):"

    desktop.window.state_bar.finish_button.click()  # no disposition yet
    bar = desktop.window.statusBar()
    run_until(loop, lambda: "Choose a disposition" in bar.currentMessage(), what="refusal")
    assert desktop.state.status == "wrap_up"
    assert live_server.get("/agents/me/state", "1002")["state"] == "wrap_up"
    desktop.window.resize(1366, 768)
    for code in ("en", "zh_CN"):
        desktop.translations.set_language(code)
        loop.run_until_complete(_pause())
        assert desktop.window.grab().save(str(out / f"wrap_up_required_{code}.png"))
    assert panel.ui.dispositionLabel.text() == "处理结果(&D)（必填）："
    desktop.translations.set_language("en")

    combo = panel.ui.dispositionCombo
    combo.setCurrentIndex(combo.findData("sale"))
    panel.ui.saveButton.click()
    run_until(
        loop,
        lambda: live_server.get(f"/calls/{call_id}")["disposition"] == "sale",
        what="disposition on the server",
    )

    def saved_row() -> int | None:
        model = pop.history_model
        rows = [r for r in range(model.rowCount()) if model.call_at(r).id == call_id]
        return rows[0] if rows else None

    run_until(loop, lambda: saved_row() is not None, what="the call in the history")
    assert pop.history_model.index(saved_row(), 4).data() == "Sale made"
    assert saved_row() == 0  # the newest contact first
    desktop.window.state_bar.finish_button.click()
    run_until(loop, lambda: desktop.state.status == "ready", what="ready after finish")


async def _pause() -> None:
    import asyncio

    await asyncio.sleep(0.1)  # let LanguageChange reach every widget before grabbing
