"""Tray icon behind its interface: state, menu, signals, notifications (fake and Qt)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QSystemTrayIcon, QWidget

from agent_desktop.platform.tray import (
    FakeTrayIcon,
    QtTrayIcon,
    TrayState,
    create_tray_icon,
    state_icon,
    tray_state_for,
)
from agent_desktop.protocol import AgentStatus

REASONS = [("break", "Break"), ("lunch", "Lunch")]


def test_every_agent_status_has_a_state_and_every_state_an_icon(qapp: Any) -> None:
    assert tray_state_for(AgentStatus.READY) is TrayState.READY
    assert tray_state_for(AgentStatus.LOGGED_OUT) is TrayState.OFFLINE
    assert tray_state_for(AgentStatus.READY, ringing=True) is TrayState.RINGING
    assert {tray_state_for(s) for s in AgentStatus} <= set(TrayState)
    for state in TrayState:
        assert not state_icon(state).pixmap(32, 32).isNull(), state


def test_create_picks_the_fake_when_there_is_no_tray(qapp: Any) -> None:
    tray = create_tray_icon()
    expected = QtTrayIcon if QSystemTrayIcon.isSystemTrayAvailable() else FakeTrayIcon
    assert type(tray) is expected
    assert tray.available is (expected is QtTrayIcon)


def test_fake_menu_follows_the_state_and_emits_requests(qtbot: Any) -> None:
    tray = FakeTrayIcon()
    tray.set_reasons(REASONS)
    entries = {e.key: e for e in tray.menu_entries()}
    assert not entries["ready"].enabled and not entries["sign_out"].enabled  # signed out
    tray.set_state(TrayState.NOT_READY, "Lunch", reason="lunch")
    entries = {e.key: e for e in tray.menu_entries()}
    assert entries["ready"].enabled and entries["ready"].checked is False
    assert entries["not_ready:lunch"].checked and not entries["not_ready:break"].checked
    assert entries["not_ready:break"].submenu == "Not ready"
    assert tray.tooltip() == "Agent workstation — Not ready (Lunch)"
    with qtbot.waitSignal(tray.not_ready_requested) as blocker:
        tray.trigger("not_ready:break")
    assert blocker.args == ["break"]
    with qtbot.waitSignal(tray.ready_requested):
        tray.trigger("ready")
    with qtbot.waitSignal(tray.sign_out_requested):
        tray.trigger("sign_out")
    with pytest.raises(KeyError):
        tray.trigger("nonsense")


def test_state_changes_are_disabled_during_a_call(qapp: Any) -> None:
    tray = FakeTrayIcon()
    tray.set_reasons(REASONS)
    tray.set_state(TrayState.ON_CALL)
    entries = {e.key: e for e in tray.menu_entries()}
    assert not entries["ready"].enabled and not entries["not_ready:break"].enabled
    assert entries["sign_out"].enabled and entries["show"].enabled


def test_incoming_call_notifies_and_brings_the_window_forward(qtbot: Any) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.showMinimized()
    tray = FakeTrayIcon(window)
    with qtbot.waitSignal(tray.show_window_requested):
        tray.notify_incoming_call("+86 138 0013 8000", "Wang Fang · support")
    assert tray.messages == [("Incoming call", "+86 138 0013 8000\nWang Fang · support")]
    assert window.isVisible() and not window.isMinimized()


def test_qt_tray_menu_actions_emit_the_same_requests(qtbot: Any) -> None:
    tray = QtTrayIcon()
    tray.set_reasons(REASONS)
    tray.set_state(TrayState.READY)
    actions = {a.objectName(): a for a in tray.menu.findChildren(QAction) if a.objectName()}
    assert set(actions) >= {
        "show",
        "ready",
        "not_ready:break",
        "not_ready:lunch",
        "sign_out",
        "quit",
    }
    assert actions["ready"].isChecked()
    with qtbot.waitSignal(tray.not_ready_requested) as blocker:
        actions["not_ready:lunch"].trigger()
    assert blocker.args == ["lunch"]
    tray.set_state(TrayState.OFFLINE)
    actions = {a.objectName(): a for a in tray.menu.findChildren(QAction) if a.objectName()}
    assert not actions["ready"].isEnabled()


def test_menu_is_translated_live(qapp: Any, zh_cn: None) -> None:
    tray = FakeTrayIcon()
    tray.set_state(TrayState.READY)
    texts = {e.key: e.text for e in tray.menu_entries()}
    assert texts["ready"] == "置闲" and texts["sign_out"] == "签出"
    assert tray.tooltip() == "座席工作台 — 置闲"
