"""Sign-in window against the real coordinator: success, wrong password, rate limit,
unreachable server, remember-me in the keyring only, sign-out."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from tests.desktop.conftest import LiveServer, MemoryKeyring, free_port, run_until, sign_in

pytestmark = pytest.mark.ui


def _try(loop: asyncio.AbstractEventLoop, desktop: Any, url: str, agent: str, password: str) -> str:
    ui = desktop.window.sign_in.ui
    ui.serverEdit.setText(url)
    ui.agentEdit.setText(agent)
    ui.passwordEdit.setText(password)
    ui.errorLabel.clear()
    ui.signInButton.click()
    run_until(loop, lambda: ui.errorLabel.text(), what="an error message")
    return str(ui.errorLabel.text())


def test_sign_in_shows_the_workspace_with_the_agent(
    loop: Any, desktop: Any, live_server: LiveServer
) -> None:
    window = desktop.window
    assert window.pages.currentWidget() is window.sign_in
    sign_in(loop, desktop, live_server)
    assert window.pages.currentWidget() is window.workspace
    assert "1002" in window.state_bar.agent_label.text()
    assert window.state_bar.badge.text() == "Not ready"
    assert desktop.softphone.settings is not None  # the station bound at sign-in
    assert desktop.softphone.settings.username.endswith("1002")
    assert "Phone: registered" in window.registration_label.text()


def test_a_transport_the_softphone_lacks_is_named_in_the_status_bar(
    loop: Any, desktop: Any, live_server: LiveServer
) -> None:
    sign_in(loop, desktop, live_server)
    desktop.softphone.simulate_missing_transport("tls")
    label = desktop.window.registration_label
    run_until(loop, lambda: "failed" in label.text(), what="registration failure shown")
    assert label.text() == (
        "Phone: registration failed (this PC's softphone has no SIP over "
        "TLS: ask IT for a build with it)"
    )
    desktop.translations.set_language("zh_CN")
    run_until(loop, lambda: "注册失败" in label.text(), what="relabelled in Chinese")
    assert "不支持 TLS 方式的 SIP" in label.text()
    desktop.translations.set_language("en")


def test_wrong_password_is_reported_and_stays_on_sign_in(
    loop: Any, desktop: Any, live_server: LiveServer
) -> None:
    message = _try(loop, desktop, live_server.url, "1002", "wrong")
    assert message == "Wrong agent ID or password."
    assert desktop.window.pages.currentWidget() is desktop.window.sign_in
    assert desktop.session.client is None


def test_too_many_attempts_show_the_rate_limit(
    loop: Any, desktop: Any, live_server: LiveServer
) -> None:
    messages = [_try(loop, desktop, live_server.url, "1003", "wrong") for _ in range(8)]
    assert messages[0] == "Wrong agent ID or password."
    assert messages[-1].startswith("Too many sign-in attempts. Try again in ")


def test_unreachable_server_is_named(loop: Any, desktop: Any) -> None:
    url = f"http://127.0.0.1:{free_port()}"
    message = _try(loop, desktop, url, "1002", "demo")
    assert message.startswith(f"Cannot reach the server at {url}")


def test_remember_me_keeps_the_password_in_the_keyring_only(
    loop: Any, desktop: Any, live_server: LiveServer, memory_keyring: MemoryKeyring, tmp_path: Any
) -> None:
    sign_in(loop, desktop, live_server, remember=True)
    assert list(memory_keyring.secrets.values()) == ["demo"]
    settings_file = (tmp_path / "config" / "settings.json").read_text()
    assert "1002" in settings_file and "demo" not in settings_file
    assert '"remember": true' in settings_file
    assert "password" not in settings_file


def test_sign_out_returns_to_sign_in_and_logs_out_on_the_server(
    loop: Any, desktop: Any, live_server: LiveServer
) -> None:
    sign_in(loop, desktop, live_server)
    desktop.window.sign_out_action.trigger()
    run_until(
        loop,
        lambda: desktop.window.pages.currentWidget() is desktop.window.sign_in,
        what="sign-in page",
    )
    agents = {a["agent_id"]: a for a in live_server.get("/agents")}
    assert agents["1002"]["state"]["state"] == "logged_out"
