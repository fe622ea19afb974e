"""Issue 22, "Show it": the call card shows the softphone's live quality estimate, with a
plain-words hint when the network hurts the call, in English and Chinese, at 1366×768."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path
from typing import Any

import pytest

from agent_desktop.protocol.quality import QualitySample, Rating, mos_estimate
from tests.desktop.conftest import LiveServer, run_until, sign_in
from tests.desktop.test_state_and_call import _offer, _ready

pytestmark = pytest.mark.ui

SHOTS = Path(os.environ.get("QUALITY_SCREENSHOTS", "/tmp/v22net"))


def _sample(loss: float, jitter: float, rtt: float, receiving: bool = True) -> QualitySample:
    return QualitySample(loss, jitter, rtt, mos_estimate(loss, jitter, rtt), receiving)


def _on_call(loop: Any, desktop: Any, server: LiveServer) -> str:
    sign_in(loop, desktop, server)
    _ready(loop, desktop)
    call_id = _offer(loop, desktop, server, "13800138000")
    desktop.window.softphone.answer_button.click()
    server.call(server.services.acd.agent_answered(call_id, "1002"))  # type: ignore[union-attr]
    run_until(loop, lambda: desktop.calls.phase == "on_call", what="on call")
    return call_id


def _show(loop: Any, desktop: Any, sample: QualitySample) -> None:
    desktop.softphone.simulate_quality(sample, desktop.calls.sip_call_id)
    run_until(loop, lambda: desktop.calls.quality == sample, what="quality delivered")


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_quality_indicator_and_hint_follow_the_network(
        loop: Any, desktop: Any, live_server: LiveServer, language: str) -> None:
    window = desktop.window
    window.resize(1366, 768)
    call_id = _on_call(loop, desktop, live_server)
    indicator = window.softphone.quality
    assert not indicator.isVisible()  # nothing measured yet: no guess on screen
    window.language_actions[language].trigger()
    loop.run_until_complete(asyncio.sleep(0.1))
    zh = language == "zh_CN"

    _show(loop, desktop, _sample(0.0, 2, 20))
    assert indicator.isVisible() and not indicator.hint.isVisible()
    assert indicator.label.text() == ("● 通话质量：良好" if zh else "● Call quality: good")
    assert "4.4" in indicator.label.toolTip()

    poor = _sample(10.0, 60, 120)
    assert poor.rating is Rating.POOR
    _show(loop, desktop, poor)
    assert indicator.label.text() == ("● 通话质量：较差" if zh else "● Call quality: poor")
    assert indicator.hint.isVisible()
    assert ("网络正在丢失语音" if zh else "Your network is losing audio") in indicator.hint.text()
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert window.grab().save(str(SHOTS / f"quality_poor_{language}.png"))

    _show(loop, desktop, _sample(100.0, 0, 0, receiving=False))
    assert indicator.label.text() == ("● 通话质量：网络中断" if zh
                                      else "● Call quality: network lost")
    assert ("VPN" in indicator.hint.text()) and indicator.hint.isVisible()
    assert window.grab().save(str(SHOTS / f"quality_lost_{language}.png"))

    _show(loop, desktop, _sample(0.0, 3, 25))  # back: the hint goes away by itself
    assert not indicator.hint.isVisible()

    live_server.call(live_server.services.acd.caller_hung_up(call_id))  # type: ignore[union-attr]
    run_until(loop, lambda: desktop.calls.phase == "wrap_up", what="wrap-up")
    assert desktop.calls.quality is None and not indicator.isVisible()
    window.language_actions["en"].trigger()
