"""Tray, global hotkeys, start at login and the diagnostics page in the running desktop
(the fake tray: offscreen Qt has no system tray; hotkeys are a no-op off Windows)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings

from agent_desktop.platform.autostart import XdgAutostart
from agent_desktop.platform.tray import FakeTrayIcon, TrayState
from tests.desktop.conftest import LiveServer, run, run_until, sign_in

pytestmark = pytest.mark.ui


@pytest.fixture
def platform_desktop(qapp: Any, loop: asyncio.AbstractEventLoop, tmp_path: Path) -> Iterator[Any]:
    from agent_desktop.app.wiring import build_desktop
    from agent_desktop.softphone.fake import FakeSoftphone

    config = tmp_path / "config"
    config.mkdir()
    ini = QSettings(str(config / "platform.ini"), QSettings.Format.IniFormat)
    ini.setValue("platform/hotkeys_enabled", True)  # registration: a no-op off Windows
    ini.sync()
    built = build_desktop(
        FakeSoftphone(),
        config,
        tmp_path / "data",
        language="en",
        tray=FakeTrayIcon(),
        autostart=XdgAutostart(tmp_path / "xdg"),
    )
    built.window.show()
    yield built
    run(loop, built.close())
    built.translations.set_language("en")
    built.window.close()
    built.window.deleteLater()


def test_tray_follows_the_state_and_offers_the_state_menu(
    loop: Any, platform_desktop: Any, live_server: LiveServer
) -> None:
    desktop = platform_desktop
    tray = desktop.integration.tray
    assert tray.state is TrayState.OFFLINE
    sign_in(loop, desktop, live_server)
    run_until(loop, lambda: tray.state is TrayState.NOT_READY, what="tray: not ready")
    assert ("lunch", "Lunch") in tray.reasons
    tray.trigger("ready")
    run_until(loop, lambda: tray.state is TrayState.READY, what="tray: ready")
    assert desktop.state.status == "ready"
    tray.trigger("not_ready:lunch")
    run_until(loop, lambda: tray.state is TrayState.NOT_READY, what="tray: lunch")
    assert tray.tooltip() == "Agent workstation — Not ready (Lunch)"
    desktop.window.language_actions["zh_CN"].trigger()
    run_until(loop, lambda: "午餐" in tray.tooltip(), what="tray in Chinese")
    assert tray.tooltip() == "座席工作台 — 置忙 (午餐)"
    desktop.window.language_actions["en"].trigger()
    run_until(
        loop,
        lambda: tray.tooltip() == "Agent workstation — Not ready (Lunch)",
        what="tray in English",
    )
    tray.trigger("sign_out")
    run_until(
        loop,
        lambda: desktop.session.login is None and tray.state is TrayState.OFFLINE,
        what="signed out from the tray",
    )


def test_incoming_call_notifies(loop: Any, platform_desktop: Any, live_server: LiveServer) -> None:
    desktop = platform_desktop
    tray = desktop.integration.tray
    sign_in(loop, desktop, live_server)
    desktop.window.state_bar.ready_button.click()
    run_until(loop, lambda: desktop.state.status == "ready", what="ready")
    acd = live_server.services.acd  # type: ignore[union-attr]
    call = live_server.call(acd.call_arrived("13800138000", "4008001000"))
    live_server.call(acd.enqueue(call.id, "sales"))
    run_until(loop, lambda: tray.messages, what="incoming-call notification")
    title, text = tray.messages[-1]
    assert title == "Incoming call" and "张伟" in text
    assert tray.state is TrayState.RINGING


def test_hotkeys_from_settings_drive_the_presenters(
    loop: Any, platform_desktop: Any, live_server: LiveServer
) -> None:
    desktop = platform_desktop
    integration = desktop.integration
    assert integration.prefs.hotkeys_enabled
    assert set(integration.hotkey_failures) == set(integration.prefs.hotkeys)  # not Windows
    sign_in(loop, desktop, live_server)
    integration.hotkeys.activated.emit("toggle_ready")  # what WM_HOTKEY does on Windows
    run_until(loop, lambda: desktop.state.status == "ready", what="ready by hotkey")
    integration.hotkeys.activated.emit("mute")
    assert desktop.softphone.muted


def test_start_at_login_and_diagnostics_from_the_menus(
    loop: Any, platform_desktop: Any, live_server: LiveServer, tmp_path: Path
) -> None:
    desktop = platform_desktop
    window, integration = desktop.window, desktop.integration
    entry = tmp_path / "xdg" / "autostart" / "agent-desktop.desktop"
    assert not window.start_at_login_action.isChecked()
    window.start_at_login_action.trigger()
    assert entry.exists() and "agent_desktop" in entry.read_text(encoding="utf-8")
    ini = QSettings(str(tmp_path / "config" / "platform.ini"), QSettings.Format.IniFormat)
    assert ini.value("platform/start_at_login") in (True, "true")
    window.start_at_login_action.trigger()
    assert not entry.exists()

    sign_in(loop, desktop, live_server)
    window.diagnostics_action.trigger()
    dialog = integration.diagnostics
    assert dialog is not None and dialog.isVisible()
    run_until(loop, lambda: dialog.page.report.items, what="diagnostics gathered")
    names = " ".join(item.name for item in dialog.page.report.items)
    assert "server" in names.lower() or "health" in names.lower()
    assert "[PASS]" in dialog.page.report_text()
