"""Optional start at login: the HKCU Run key on Windows, an XDG autostart entry on Linux."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any, Protocol

APP_ID = "agent-desktop"
APP_NAME = "Agent workstation"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
RUN_VALUE = "AgentWorkstation"


def launch_command() -> list[str]:
    """How this installation starts the desktop: the frozen executable, or python -m."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-m", "agent_desktop"]


class Autostart(Protocol):
    """Start at login, on or off."""

    def is_enabled(self) -> bool: ...

    def enable(self, command: list[str]) -> None: ...

    def disable(self) -> None: ...


def _desktop_exec(command: list[str]) -> str:
    """The Exec= line of a desktop entry: quoted as the Desktop Entry spec wants."""

    def quote(arg: str) -> str:
        arg = arg.replace("%", "%%")
        if not any(c in arg for c in " \t\n\"'\\><~|&;$*?#()`"):
            return arg
        escaped = "".join("\\" + c if c in '"`$\\' else c for c in arg)
        return f'"{escaped}"'

    return " ".join(quote(arg) for arg in command)


class XdgAutostart:
    """`$XDG_CONFIG_HOME/autostart/agent-desktop.desktop` (freedesktop autostart spec)."""

    def __init__(self, config_home: Path | None = None) -> None:
        base = config_home or Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
        self.path = base / "autostart" / f"{APP_ID}.desktop"

    def is_enabled(self) -> bool:
        return self.path.is_file() and "Hidden=true" not in self.path.read_text("utf-8")

    def enable(self, command: list[str]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        entry = (
            "[Desktop Entry]\n"
            "Type=Application\n"
            f"Name={APP_NAME}\n"
            "Name[zh_CN]=座席工作台\n"
            f"Exec={_desktop_exec(command)}\n"
            f"Icon={APP_ID}\n"
            "Terminal=false\n"
            "X-GNOME-Autostart-enabled=true\n"
        )
        temp = self.path.with_suffix(".tmp")
        temp.write_text(entry, encoding="utf-8")
        temp.replace(self.path)

    def disable(self) -> None:
        self.path.unlink(missing_ok=True)


class WindowsRunKey:
    """A value under HKCU\\...\\CurrentVersion\\Run; `registry` is winreg (a fake in tests)."""

    def __init__(self, registry: Any = None) -> None:
        if registry is None:
            import winreg as registry
        self._reg = registry

    def is_enabled(self) -> bool:
        try:
            with self._reg.OpenKey(self._reg.HKEY_CURRENT_USER, RUN_KEY) as key:
                value, _kind = self._reg.QueryValueEx(key, RUN_VALUE)
        except OSError:
            return False
        return bool(value)

    def enable(self, command: list[str]) -> None:
        with self._reg.CreateKey(self._reg.HKEY_CURRENT_USER, RUN_KEY) as key:
            self._reg.SetValueEx(
                key, RUN_VALUE, 0, self._reg.REG_SZ, subprocess.list2cmdline(command)
            )

    def disable(self) -> None:
        try:
            with self._reg.OpenKey(
                self._reg.HKEY_CURRENT_USER, RUN_KEY, 0, self._reg.KEY_SET_VALUE
            ) as key:
                self._reg.DeleteValue(key, RUN_VALUE)
        except FileNotFoundError:
            return


def create_autostart() -> Autostart:
    """The Run key on Windows, the XDG entry elsewhere."""
    return WindowsRunKey() if sys.platform == "win32" else XdgAutostart()
