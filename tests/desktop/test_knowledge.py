"""The knowledge base in the main window: loaded after sign-in, editing only for leads,
suggestions for an offered call, click-to-dial from an article, its own zh_CN catalogue."""

from __future__ import annotations

from typing import Any

import pytest

from tests.desktop.conftest import LiveServer, run_until, sign_in

pytestmark = pytest.mark.ui


def _titles(panel: Any) -> list[str]:
    return [
        panel.results.itemWidget(panel.results.item(i)).text() for i in range(panel.results.count())
    ]


def test_agent_sees_categories_and_call_suggestions(
    loop: Any, desktop: Any, live_server: LiveServer
) -> None:
    window = desktop.window
    assert not window.side_dock.isVisible()  # nothing to show before sign-in
    sign_in(loop, desktop, live_server)
    panel = desktop.knowledge.panel
    assert panel is not None and window.side_dock.isVisible()
    assert window.side_tabs.indexOf(panel) == 0
    run_until(loop, lambda: panel.tree.topLevelItemCount() > 0, what="category tree")
    assert not panel.can_edit and not panel.new_button.isVisible()

    desktop.window.state_bar.ready_button.click()
    run_until(loop, lambda: desktop.state.status == "ready", what="ready")
    acd = live_server.services.acd  # type: ignore[union-attr]
    call = live_server.call(acd.call_arrived("13800138000", "4008001000"))
    live_server.call(acd.enqueue(call.id, "sales", ivr_path=["1"]))
    run_until(
        loop,
        lambda: panel._results_kind == "suggestions" and panel.results.count(),
        what="suggestions for the offered call",
    )
    titles = " ".join(_titles(panel))
    assert "Delivery times" in titles or "配送时间与范围" in titles


def test_lead_can_edit_and_articles_dial(loop: Any, desktop: Any, live_server: LiveServer) -> None:
    sign_in(loop, desktop, live_server, agent_id="9001")
    panel = desktop.knowledge.panel
    assert panel.can_edit and panel.new_button.isVisible()
    panel.dial_requested.emit("+86 400 800 2000")  # a number clicked in an article
    run_until(loop, lambda: desktop.calls.phase == "dialling", what="click-to-dial")
    _call, agent, number = live_server.control.dials[-1]
    assert agent == "9001" and number.endswith("4008002000")


def test_panel_follows_the_language(loop: Any, desktop: Any, live_server: LiveServer) -> None:
    sign_in(loop, desktop, live_server)
    panel = desktop.knowledge.panel
    assert panel.search_edit.placeholderText() == "Search the knowledge base…"
    desktop.window.language_actions["zh_CN"].trigger()
    run_until(
        loop,
        lambda: panel.search_edit.placeholderText() == "搜索知识库…",
        what="KB panel in Chinese",
    )
    assert desktop.window.side_dock.windowTitle() == "知识库"
    desktop.window.language_actions["en"].trigger()
    run_until(
        loop,
        lambda: panel.search_edit.placeholderText() == "Search the knowledge base…",
        what="KB panel in English",
    )


def test_sign_out_hides_the_panel(loop: Any, desktop: Any, live_server: LiveServer) -> None:
    sign_in(loop, desktop, live_server)
    assert desktop.window.side_dock.isVisible()
    ended: list[str] = []
    desktop.session.signed_out.connect(ended.append)
    desktop.window.sign_out_action.trigger()
    # not `client is None`: that comes first, the stream and client close after it
    run_until(loop, lambda: ended, what="signed out")
    assert not desktop.window.side_dock.isVisible()
