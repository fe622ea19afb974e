"""Platform preferences round-trip through QSettings; broken values fall back to defaults."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings

from agent_desktop.platform.hotkeys import HotkeyError
from agent_desktop.platform.settings import PlatformSettings


def ini(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "agent.ini"), QSettings.Format.IniFormat)


def test_defaults_when_nothing_is_stored(qapp: Any, tmp_path: Path) -> None:
    assert PlatformSettings.load(ini(tmp_path)) == PlatformSettings()


def test_round_trip(qapp: Any, tmp_path: Path) -> None:
    chosen = PlatformSettings(
        tray_enabled=False, close_to_tray=False, hotkeys_enabled=True, start_at_login=True
    )
    chosen.hotkeys["answer"] = "Ctrl+Shift+F10"
    chosen.hotkeys["mute"] = ""
    chosen.save(ini(tmp_path))
    assert PlatformSettings.load(ini(tmp_path)) == chosen
    assert "platform" in ini(tmp_path).childGroups()


def test_invalid_hotkeys_are_not_saved_and_not_loaded(qapp: Any, tmp_path: Path) -> None:
    bad = PlatformSettings()
    bad.hotkeys["answer"] = "A"
    with pytest.raises(HotkeyError):
        bad.save(ini(tmp_path))
    assert ini(tmp_path).allKeys() == []
    store = ini(tmp_path)
    store.setValue("platform/hotkeys/answer", "Ctrl+Alt+H")  # same as hang_up
    store.setValue("platform/start_at_login", "banana")
    store.sync()
    loaded = PlatformSettings.load(ini(tmp_path))
    assert loaded.hotkeys == PlatformSettings().hotkeys
    assert loaded.start_at_login is False
