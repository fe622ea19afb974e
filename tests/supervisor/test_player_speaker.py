"""Issue 11, item 11: with no speaker the recording player says playback is silent
(it used to play in silence without a word)."""

from __future__ import annotations

from typing import Any

import pytest

from agent_desktop.supervisor.player import RecordingPlayer

pytestmark = pytest.mark.ui


@pytest.mark.parametrize(("outputs", "warned"), [([], True), ([object()], False)])
def test_player_warns_without_a_speaker(qtbot: Any, outputs: list[object], warned: bool) -> None:
    player = RecordingPlayer(outputs=lambda: outputs)
    qtbot.addWidget(player)
    player.show()
    assert player.speaker_label.isVisible() is warned
    if warned:
        assert player.speaker_label.text() == ("No speaker on this PC: recordings play in silence.")
