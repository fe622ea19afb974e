"""Global hotkey sequences: parsing and validation everywhere, registration on Windows."""

from __future__ import annotations

import sys
from typing import Any

import pytest

from agent_desktop.platform.hotkeys import (
    DEFAULT_HOTKEYS,
    Hotkey,
    HotkeyAction,
    HotkeyError,
    NoGlobalHotkeys,
    create_global_hotkeys,
    parse_bindings,
    parse_hotkey,
)


@pytest.mark.parametrize(
    ("text", "mods", "key"),
    [
        ("Ctrl+Alt+A", {"Ctrl", "Alt"}, "A"),
        ("ctrl + shift + f5", {"Ctrl", "Shift"}, "F5"),
        ("Win+PgDn", {"Win"}, "PageDown"),
        ("Meta+Space", {"Win"}, "Space"),
        ("F13", set(), "F13"),
        ("Alt+Num5", {"Alt"}, "Num5"),
    ],
)
def test_parses_and_normalises(text: str, mods: set[str], key: str) -> None:
    hotkey = parse_hotkey(text)
    assert hotkey == Hotkey(frozenset(mods), key)
    assert parse_hotkey(hotkey.text()) == hotkey


def test_text_has_a_fixed_modifier_order() -> None:
    assert parse_hotkey("shift+alt+ctrl+x").text() == "Ctrl+Alt+Shift+X"


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("", "not a key sequence"),
        ("Ctrl+", "not a key sequence"),
        ("Ctrl+Alt", "no key"),
        ("Hyper+A", "unknown modifier"),
        ("Ctrl+Ctrl+A", "twice"),
        ("Ctrl+Alt+Banana", "unknown key"),
        ("A", "needs Ctrl, Alt or Win"),
        ("Shift+A", "needs Ctrl, Alt or Win"),
        ("F5", "needs Ctrl, Alt or Win"),
        ("Ctrl+Alt+Del", "reserved"),
        ("Win+L", "reserved"),
    ],
)
def test_rejects_unusable_sequences(text: str, why: str) -> None:
    with pytest.raises(HotkeyError, match=why):
        parse_hotkey(text)


def test_windows_codes() -> None:
    hotkey = parse_hotkey("Ctrl+Alt+F1")
    assert hotkey.virtual_key == 0x70
    assert hotkey.native_modifiers == 0x4000 | 0x0002 | 0x0001
    assert parse_hotkey("Win+9").virtual_key == 0x39


def test_bindings_reject_duplicates_and_unknown_actions_and_skip_empty() -> None:
    parsed = parse_bindings({"answer": "Ctrl+Alt+A", "mute": ""})
    assert parsed == {HotkeyAction.ANSWER: parse_hotkey("Ctrl+Alt+A")}
    with pytest.raises(HotkeyError, match="both"):
        parse_bindings({"answer": "Ctrl+Alt+A", "hang_up": "alt+ctrl+a"})
    with pytest.raises(HotkeyError, match="unknown action"):
        parse_bindings({"dance": "Ctrl+Alt+D"})


def test_defaults_are_valid() -> None:
    assert len(parse_bindings({a.value: t for a, t in DEFAULT_HOTKEYS.items()})) == len(
        HotkeyAction
    )


def test_no_op_implementation_validates_but_grabs_nothing(qapp: Any) -> None:
    hotkeys = NoGlobalHotkeys()
    failures = hotkeys.register({"answer": "Ctrl+Alt+A"})
    assert failures == {HotkeyAction.ANSWER: "global hotkeys are only available on Windows"}
    assert hotkeys.registered == {} and not hotkeys.available
    with pytest.raises(HotkeyError):
        hotkeys.register({"answer": "A"})


@pytest.mark.skipif(sys.platform != "win32", reason="RegisterHotKey needs Windows")
def test_windows_registers_and_unregisters(qapp: Any) -> None:
    hotkeys = create_global_hotkeys()
    assert hotkeys.available
    failures = hotkeys.register({"answer": "Ctrl+Alt+Shift+F13"})
    assert failures == {} and HotkeyAction.ANSWER in hotkeys.registered
    hotkeys.unregister_all()
    assert hotkeys.registered == {}


def test_factory_matches_the_platform(qapp: Any) -> None:
    assert create_global_hotkeys().available is (sys.platform == "win32")
