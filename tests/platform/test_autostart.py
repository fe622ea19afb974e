"""Start at login: the XDG autostart file (real, in a temp XDG_CONFIG_HOME) and the Windows
Run key (against an in-memory registry that behaves like winreg)."""

from __future__ import annotations

import configparser
import shlex
from pathlib import Path
from typing import Any

import pytest

from agent_desktop.platform.autostart import (
    RUN_KEY,
    RUN_VALUE,
    WindowsRunKey,
    XdgAutostart,
    create_autostart,
    launch_command,
)


def test_xdg_entry_written_and_removed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    autostart = create_autostart()
    assert isinstance(autostart, XdgAutostart)
    assert not autostart.is_enabled()
    command = ["/opt/Agent Desktop/agent-desktop", "--language", "zh_CN"]
    autostart.enable(command)
    path = tmp_path / "cfg" / "autostart" / "agent-desktop.desktop"
    assert autostart.is_enabled() and path.is_file()
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(path, encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application" and section["Terminal"] == "false"
    assert shlex.split(section["Exec"]) == command
    autostart.disable()
    assert not path.exists() and not autostart.is_enabled()
    autostart.disable()  # twice is fine


def test_exec_escapes_specials(tmp_path: Path) -> None:
    autostart = XdgAutostart(tmp_path)
    autostart.enable(["/x/a$b", "100%"])
    text = autostart.path.read_text("utf-8")
    assert 'Exec="/x/a\\$b" 100%%\n' in text


def test_launch_command_from_source() -> None:
    assert launch_command()[1:] == ["-m", "agent_desktop"]


class FakeRegistry:
    """The part of winreg that WindowsRunKey uses, over a dict."""

    HKEY_CURRENT_USER = "HKCU"
    REG_SZ = 1
    KEY_SET_VALUE = 2

    def __init__(self) -> None:
        self.values: dict[tuple[str, str, str], tuple[object, int]] = {}
        self.keys: set[tuple[str, str]] = set()

    class _Key:
        def __init__(self, root: str, path: str) -> None:
            self.root, self.path = root, path

        def __enter__(self) -> FakeRegistry._Key:
            return self

        def __exit__(self, *exc: object) -> None:
            return None

    def OpenKey(self, root: str, path: str, reserved: int = 0, access: int = 0) -> Any:
        if (root, path) not in self.keys:
            raise FileNotFoundError(path)
        return self._Key(root, path)

    def CreateKey(self, root: str, path: str) -> Any:
        self.keys.add((root, path))
        return self._Key(root, path)

    def QueryValueEx(self, key: Any, name: str) -> tuple[object, int]:
        try:
            return self.values[(key.root, key.path, name)]
        except KeyError:
            raise FileNotFoundError(name) from None

    def SetValueEx(self, key: Any, name: str, reserved: int, kind: int, value: object) -> None:
        self.values[(key.root, key.path, name)] = (value, kind)

    def DeleteValue(self, key: Any, name: str) -> None:
        try:
            del self.values[(key.root, key.path, name)]
        except KeyError:
            raise FileNotFoundError(name) from None


def test_windows_run_key_written_and_removed() -> None:
    registry = FakeRegistry()
    autostart = WindowsRunKey(registry)
    assert not autostart.is_enabled()
    autostart.enable([r"C:\Users\li\AppData\Local\Programs\Agent Workstation\agent-desktop.exe"])
    value, kind = registry.values[("HKCU", RUN_KEY, RUN_VALUE)]
    assert value == r'"C:\Users\li\AppData\Local\Programs\Agent Workstation\agent-desktop.exe"'
    assert kind == registry.REG_SZ and autostart.is_enabled()
    autostart.disable()
    assert not autostart.is_enabled()
    autostart.disable()
