"""Issue 11, item 11: a PC without a microphone or speaker says so in the status bar and
asks before the agent goes Ready (the window used to say "Phone: registered" and let the
agent take calls nobody could hear)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from agent_desktop.softphone.api import AudioDevice
from tests.desktop.conftest import LiveServer, run, run_until, sign_in

pytestmark = pytest.mark.ui

SPEAKER_ONLY = (AudioDevice("Built-in Speakers", 1, "fake", 0, 2, default_output=True),)


def _build(tmp_path: Path, devices: tuple[AudioDevice, ...]) -> Any:
    from agent_desktop.app.wiring import build_desktop
    from agent_desktop.softphone.fake import FakeSoftphone

    built = build_desktop(
        FakeSoftphone(devices=devices), tmp_path / "config", tmp_path / "data", language="en"
    )
    built.window.show()
    return built


@pytest.fixture
def deaf_desktop(qapp: Any, loop: asyncio.AbstractEventLoop, tmp_path: Path) -> Iterator[Any]:
    built = _build(tmp_path, ())
    yield built
    run(loop, built.close())
    built.window.close()
    built.window.deleteLater()


def test_no_audio_device_is_warned_and_ready_asks_first(
    loop: Any, deaf_desktop: Any, live_server: LiveServer
) -> None:
    window = deaf_desktop.window
    assert window.audio_label.isVisible()
    assert window.audio_label.text() == (
        "No microphone and no speaker: you cannot talk to callers."
    )
    sign_in(loop, deaf_desktop, live_server)
    bar = window.state_bar
    bar.ready_button.click()
    box = window.confirm_box
    assert box is not None and box.isVisible()
    assert "No microphone and no speaker" in box.text()
    stay = next(b for b in box.buttons() if b.text() == "Stay not ready")
    stay.click()
    loop.run_until_complete(asyncio.sleep(0.3))
    assert deaf_desktop.state.status == "not_ready"  # nothing was asked of the server

    QTest.keyClick(window, Qt.Key.Key_F8)  # F8 asks too
    box = window.confirm_box
    assert box is not None and box.isVisible()
    anyway = next(b for b in box.buttons() if b.text() == "Go ready anyway")
    anyway.click()
    run_until(loop, lambda: deaf_desktop.state.status == "ready", what="ready after all")


def test_a_missing_microphone_alone_is_named(qapp: Any, loop: Any, tmp_path: Path) -> None:
    built = _build(tmp_path, SPEAKER_ONLY)
    try:
        assert built.window.audio_label.text() == "No microphone: callers will not hear you."
    finally:
        run(loop, built.close())
        built.window.close()
        built.window.deleteLater()


def test_with_a_headset_ready_goes_straight_through(
    loop: Any, desktop: Any, live_server: LiveServer
) -> None:
    assert not desktop.window.audio_label.isVisible()
    sign_in(loop, desktop, live_server)
    desktop.window.state_bar.ready_button.click()
    assert desktop.window.confirm_box is None
    run_until(loop, lambda: desktop.state.status == "ready", what="ready")
