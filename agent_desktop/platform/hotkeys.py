"""Global hotkeys: key sequences parsed and validated everywhere, registered on Windows.

Qt has no global shortcuts. On Windows `WindowsGlobalHotkeys` calls RegisterHotKey (user32
via ctypes) and catches WM_HOTKEY with a native event filter; elsewhere `NoGlobalHotkeys`
validates the same settings and registers nothing."""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QAbstractNativeEventFilter, QCoreApplication, QObject, Signal


class HotkeyError(ValueError):
    """A key sequence that cannot be a global hotkey (unknown key, no modifier, reserved)."""


class HotkeyAction(StrEnum):
    ANSWER = "answer"
    HANG_UP = "hang_up"
    TOGGLE_READY = "toggle_ready"
    MUTE = "mute"
    SHOW_WINDOW = "show_window"


DEFAULT_HOTKEYS: dict[HotkeyAction, str] = {
    HotkeyAction.ANSWER: "Ctrl+Alt+A",
    HotkeyAction.HANG_UP: "Ctrl+Alt+H",
    HotkeyAction.TOGGLE_READY: "Ctrl+Alt+R",
    HotkeyAction.MUTE: "Ctrl+Alt+M",
    HotkeyAction.SHOW_WINDOW: "Ctrl+Alt+W",
}

# RegisterHotKey modifier flags, in the order sequences are written
MODIFIERS = {"Ctrl": 0x0002, "Alt": 0x0001, "Shift": 0x0004, "Win": 0x0008}
_MODIFIER_ALIASES = {
    "ctrl": "Ctrl",
    "control": "Ctrl",
    "alt": "Alt",
    "shift": "Shift",
    "win": "Win",
    "meta": "Win",
    "super": "Win",
    "cmd": "Win",
}
MOD_NOREPEAT = 0x4000
WM_HOTKEY = 0x0312

# Windows virtual-key codes
_KEYS: dict[str, int] = {chr(c): c for c in range(ord("A"), ord("Z") + 1)}
_KEYS |= {str(d): 0x30 + d for d in range(10)}
_KEYS |= {f"F{n}": 0x6F + n for n in range(1, 25)}
_KEYS |= {f"Num{d}": 0x60 + d for d in range(10)}
_KEYS |= {
    "Space": 0x20,
    "PageUp": 0x21,
    "PageDown": 0x22,
    "End": 0x23,
    "Home": 0x24,
    "Left": 0x25,
    "Up": 0x26,
    "Right": 0x27,
    "Down": 0x28,
    "Insert": 0x2D,
    "Delete": 0x2E,
    "Pause": 0x13,
    "Return": 0x0D,
    "Backspace": 0x08,
    "Tab": 0x09,
    "Escape": 0x1B,
}
_KEY_ALIASES = {
    "pgup": "PageUp",
    "pgdown": "PageDown",
    "pgdn": "PageDown",
    "ins": "Insert",
    "del": "Delete",
    "enter": "Return",
    "esc": "Escape",
}
_KEY_NAMES = {name.lower(): name for name in _KEYS}
_ALONE_OK = {f"F{n}" for n in range(13, 25)} | {"Pause"}  # keys nobody types: no modifier
_RESERVED = {
    (frozenset({"Ctrl", "Alt"}), "Delete"),
    (frozenset({"Win"}), "L"),
    (frozenset({"Alt"}), "Tab"),
    (frozenset({"Alt"}), "F4"),
    (frozenset({"Ctrl", "Shift"}), "Escape"),
}


@dataclass(frozen=True)
class Hotkey:
    """A validated key sequence: modifiers plus one key, e.g. Ctrl+Alt+A."""

    modifiers: frozenset[str]
    key: str

    def text(self) -> str:
        return "+".join([m for m in MODIFIERS if m in self.modifiers] + [self.key])

    @property
    def native_modifiers(self) -> int:
        flags = MOD_NOREPEAT
        for name in self.modifiers:
            flags |= MODIFIERS[name]
        return flags

    @property
    def virtual_key(self) -> int:
        return _KEYS[self.key]


def parse_hotkey(text: str) -> Hotkey:
    """`"ctrl+alt+a"` → Hotkey({Ctrl, Alt}, "A"); raises HotkeyError when unusable."""
    parts = [p.strip() for p in text.split("+")]
    if not text.strip() or any(not p for p in parts):
        raise HotkeyError(f"not a key sequence: {text!r}")
    *mods, key_part = parts
    modifiers: set[str] = set()
    for part in mods:
        name = _MODIFIER_ALIASES.get(part.lower())
        if name is None:
            raise HotkeyError(f"unknown modifier {part!r} in {text!r}")
        if name in modifiers:
            raise HotkeyError(f"{name} twice in {text!r}")
        modifiers.add(name)
    lowered = key_part.lower()
    if lowered in _MODIFIER_ALIASES:
        raise HotkeyError(f"{text!r} has no key after the modifiers")
    key = _KEY_NAMES.get(_KEY_ALIASES.get(lowered, lowered).lower())
    if key is None:
        raise HotkeyError(f"unknown key {key_part!r} in {text!r}")
    if not modifiers & {"Ctrl", "Alt", "Win"} and key not in _ALONE_OK:
        raise HotkeyError(f"{text!r} needs Ctrl, Alt or Win (it would steal typing)")
    hotkey = Hotkey(frozenset(modifiers), key)
    if (hotkey.modifiers, key) in _RESERVED:
        raise HotkeyError(f"{hotkey.text()} is reserved by Windows")
    return hotkey


def parse_bindings(bindings: Mapping[str, str]) -> dict[HotkeyAction, Hotkey]:
    """Action name → sequence (empty = off) → validated hotkeys; no sequence used twice."""
    parsed: dict[HotkeyAction, Hotkey] = {}
    for name, text in bindings.items():
        try:
            action = HotkeyAction(name)
        except ValueError:
            raise HotkeyError(f"unknown action {name!r}") from None
        if not text.strip():
            continue
        hotkey = parse_hotkey(text)
        for other, existing in parsed.items():
            if existing == hotkey:
                raise HotkeyError(f"{hotkey.text()} is used for both {other} and {action}")
        parsed[action] = hotkey
    return parsed


class GlobalHotkeys(QObject):
    """The interface: `register()` the bindings, `activated(action)` when one is pressed."""

    activated = Signal(str)  # HotkeyAction value
    available = False

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.registered: dict[HotkeyAction, Hotkey] = {}

    def register(self, bindings: Mapping[str, str]) -> dict[HotkeyAction, str]:
        """Replace the registered hotkeys; returns actions that failed, with the reason.

        Raises HotkeyError when the bindings themselves are invalid (nothing changes)."""
        parsed = parse_bindings(bindings)
        self.unregister_all()
        failures: dict[HotkeyAction, str] = {}
        for action, hotkey in parsed.items():
            error = self._register_one(len(self.registered) + 1, hotkey)
            if error:
                failures[action] = error
            else:
                self.registered[action] = hotkey
        return failures

    def unregister_all(self) -> None:
        for number in range(1, len(self.registered) + 1):
            self._unregister_one(number)
        self.registered = {}

    def _register_one(self, number: int, hotkey: Hotkey) -> str:
        return ""

    def _unregister_one(self, number: int) -> None:
        return None


class NoGlobalHotkeys(GlobalHotkeys):
    """Platforms without global hotkeys: the settings are validated, nothing is grabbed."""

    def _register_one(self, number: int, hotkey: Hotkey) -> str:
        return "global hotkeys are only available on Windows"


class _HotkeyFilter(QAbstractNativeEventFilter):
    """Sees every Windows message; hands WM_HOTKEY's id to the owner."""

    def __init__(self, owner: WindowsGlobalHotkeys) -> None:
        super().__init__()
        self._owner = owner

    def nativeEventFilter(self, event_type: Any, message: Any) -> Any:
        # thread messages (hwnd NULL) arrive as windows_dispatcher_MSG
        if bytes(event_type) in (b"windows_generic_MSG", b"windows_dispatcher_MSG"):
            from ctypes import wintypes

            msg = wintypes.MSG.from_address(int(message))
            if msg.message == WM_HOTKEY:
                self._owner.pressed(int(msg.wParam))
                return True, 0
        return False, 0


class WindowsGlobalHotkeys(GlobalHotkeys):
    """RegisterHotKey on the GUI thread's message queue (no window handle needed)."""

    available = True

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._user32 = ctypes.WinDLL("user32", use_last_error=True)  # type: ignore[attr-defined]
        self._filter = _HotkeyFilter(self)
        app = QCoreApplication.instance()
        if app is not None:
            app.installNativeEventFilter(self._filter)

    def pressed(self, number: int) -> None:
        actions = list(self.registered)
        if 1 <= number <= len(actions):
            self.activated.emit(actions[number - 1].value)

    def _register_one(self, number: int, hotkey: Hotkey) -> str:
        if self._user32.RegisterHotKey(None, number, hotkey.native_modifiers, hotkey.virtual_key):
            return ""
        error = ctypes.get_last_error()  # type: ignore[attr-defined]
        if error == 1409:  # ERROR_HOTKEY_ALREADY_REGISTERED
            return f"{hotkey.text()} is already taken by another program"
        return f"RegisterHotKey failed for {hotkey.text()} (error {error})"

    def _unregister_one(self, number: int) -> None:
        self._user32.UnregisterHotKey(None, number)


def create_global_hotkeys() -> GlobalHotkeys:
    """The Windows implementation on Windows, the no-op one elsewhere."""
    return WindowsGlobalHotkeys() if sys.platform == "win32" else NoGlobalHotkeys()
