"""Switching the language while running changes the visible texts (and back)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.desktop.conftest import LiveServer, run_until, sign_in

pytestmark = pytest.mark.ui


def test_sign_in_page_switches_language_live(loop: Any, desktop: Any) -> None:
    ui = desktop.window.sign_in.ui
    assert ui.signInButton.text() == "Sign &in"
    ui.languageCombo.setCurrentIndex(ui.languageCombo.findData("zh_CN"))
    assert desktop.translations.language == "zh_CN"
    # Qt posts LanguageChange to every widget: let the loop deliver it
    run_until(loop, lambda: ui.signInButton.text() == "登录(&I)", what="Chinese texts")
    assert ui.agentLabel.text() == "工号(&A)："
    desktop.translations.set_language("en")
    run_until(loop, lambda: ui.signInButton.text() == "Sign &in", what="English texts")


def test_workspace_switches_language_live(loop: Any, desktop: Any, live_server: LiveServer) -> None:
    sign_in(loop, desktop, live_server)
    window = desktop.window
    assert window.state_bar.ready_button.text() == "Ready (F8)"
    window.language_actions["zh_CN"].trigger()
    run_until(
        loop, lambda: window.state_bar.ready_button.text() == "置闲 (F8)", what="Chinese texts"
    )
    assert window.softphone.answer_button.text() == "接听 (F5)"
    assert window.state_bar.badge.text() == "置忙"
    assert window.session_menu.title() == "会话(&S)"
    reasons = [a.text() for a in window.state_bar.reason_menu.actions()]
    assert "午餐" in reasons  # reason labels follow the language too
    assert window.pop.empty_label.text().startswith("等待来电")
    window.language_actions["en"].trigger()
    run_until(
        loop, lambda: window.state_bar.ready_button.text() == "Ready (F8)", what="English again"
    )
    assert window.state_bar.badge.text() == "Not ready"
