"""Tray, hotkey and start-at-login preferences, kept in QSettings under `platform/`."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QSettings

from agent_desktop.platform.hotkeys import DEFAULT_HOTKEYS, HotkeyAction, parse_bindings

GROUP = "platform"


def _default_hotkeys() -> dict[str, str]:
    return {action.value: text for action, text in DEFAULT_HOTKEYS.items()}


@dataclass
class PlatformSettings:
    """What the user chose; hotkey sequences are validated when read back."""

    tray_enabled: bool = True
    close_to_tray: bool = True
    notify_incoming: bool = True
    hotkeys_enabled: bool = False
    hotkeys: dict[str, str] = field(default_factory=_default_hotkeys)
    start_at_login: bool = False

    @classmethod
    def load(cls, settings: QSettings) -> PlatformSettings:
        """Read back; a broken value falls back to the default instead of failing start-up."""
        default = cls()
        settings.beginGroup(GROUP)
        try:
            loaded = cls(
                tray_enabled=_bool(settings.value("tray_enabled"), default.tray_enabled),
                close_to_tray=_bool(settings.value("close_to_tray"), default.close_to_tray),
                notify_incoming=_bool(settings.value("notify_incoming"), default.notify_incoming),
                hotkeys_enabled=_bool(settings.value("hotkeys_enabled"), default.hotkeys_enabled),
                start_at_login=_bool(settings.value("start_at_login"), default.start_at_login),
            )
            hotkeys = dict(default.hotkeys)
            for action in HotkeyAction:
                value = settings.value(f"hotkeys/{action.value}")
                if isinstance(value, str):
                    hotkeys[action.value] = value
        finally:
            settings.endGroup()
        try:
            parse_bindings(hotkeys)
            loaded.hotkeys = hotkeys
        except ValueError:
            loaded.hotkeys = default.hotkeys
        return loaded

    def save(self, settings: QSettings) -> None:
        """Write; raises HotkeyError (nothing written) when the hotkeys are invalid."""
        parse_bindings(self.hotkeys)
        settings.beginGroup(GROUP)
        for name in (
            "tray_enabled",
            "close_to_tray",
            "notify_incoming",
            "hotkeys_enabled",
            "start_at_login",
        ):
            settings.setValue(name, getattr(self, name))
        for action, text in self.hotkeys.items():
            settings.setValue(f"hotkeys/{action}", text)
        settings.endGroup()
        settings.sync()


def _bool(value: object, default: bool) -> bool:
    """QSettings gives back "true"/"false" strings from INI files and bools from the registry."""
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.lower() in ("true", "false", "1", "0"):
        return value.lower() in ("true", "1")
    return default
