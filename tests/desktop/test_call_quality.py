"""Issue 22, "Show it": the call card shows the softphone's live quality estimate, with a
plain-words hint when the network hurts the call, in English and Chinese, at 1366×768."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path
from typing import Any

import httpx
import pytest
from PySide6.QtCore import Qt

from agent_desktop.protocol.quality import QualitySample, Rating, mos_estimate
from server_stub import demo
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
    loop: Any, desktop: Any, live_server: LiveServer, language: str
) -> None:
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
    assert indicator.label.text() == (
        "● 通话质量：网络中断" if zh else "● Call quality: network lost"
    )
    assert ("VPN" in indicator.hint.text()) and indicator.hint.isVisible()
    assert window.grab().save(str(SHOTS / f"quality_lost_{language}.png"))

    _show(loop, desktop, _sample(0.0, 3, 25))  # back: the hint goes away by itself
    assert not indicator.hint.isVisible()

    live_server.call(live_server.services.acd.caller_hung_up(call_id))  # type: ignore[union-attr]
    run_until(loop, lambda: desktop.calls.phase == "wrap_up", what="wrap-up")
    assert desktop.calls.quality is None and not indicator.isVisible()
    window.language_actions["en"].trigger()


def _totals(loss: float, mos: float, worst: float) -> dict[str, float]:
    return {
        "loss_pct": loss,
        "jitter_ms": 35.0,
        "rtt_ms": 90.0,
        "mos": mos,
        "worst_mos": worst,
        "worst_at": 12.0,
    }


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_supervisor_flags_a_poor_call_live(
    loop: Any, desktop: Any, live_server: LiveServer, language: str
) -> None:
    window = desktop.window
    window.resize(1366, 768)
    acd = live_server.services.acd  # type: ignore[union-attr]
    for agent in ("1003", "1005"):
        token = httpx.post(
            live_server.url + "/api/v1/auth/login",
            json={"agent_id": agent, "password": demo.DEMO_PASSWORD},
        )
        httpx.post(
            live_server.url + "/api/v1/agents/me/state",
            json={"state": "ready"},
            headers={"Authorization": f"Bearer {token.json()['token']}"},
        )
    calls = []
    for number in ("13800138000", "13900139000"):
        call = live_server.call(acd.call_arrived(number, "4008002000"))
        live_server.call(acd.enqueue(call.id, "support"))
        agent = live_server.get(f"/calls/{call.id}")["agent_id"]
        live_server.call(acd.agent_answered(call.id, agent))
        calls.append(call.id)
    sign_in(loop, desktop, live_server, agent_id="9001")
    window.language_actions[language].trigger()
    tab = desktop.supervisor.tab
    window.work_tabs.setCurrentWidget(tab)
    model = desktop.supervisor.presenter.calls
    run_until(loop, lambda: model.rowCount() == 2, what="calls in progress")
    zh = language == "zh_CN"

    def quality(call_id: str) -> str:
        return str(model.data(model.index(model.keys().index(call_id), 5)) or "")

    assert model.headerData(5, Qt.Orientation.Horizontal) == ("通话质量" if zh else "Quality")
    assert quality(calls[0]) == ""  # not measured yet: no guess
    live_server.call(_leg_quality(acd, calls[0], "agent", 2.71, _totals(9.5, 3.05, 2.71)))
    live_server.call(_leg_quality(acd, calls[0], "customer", 4.4, _totals(0, 4.4, 4.3)))
    live_server.call(_leg_quality(acd, calls[1], "agent", 4.38, _totals(0.2, 4.38, 4.3)))
    run_until(
        loop, lambda: quality(calls[0]).startswith("⚠") and quality(calls[1]), what="quality shown"
    )
    assert quality(calls[0]) == ("⚠ 较差 2.7" if zh else "⚠ Poor 2.7")
    assert quality(calls[1]) == ("良好 4.4" if zh else "Good 4.4")
    row = model.keys().index(calls[0])
    assert model.data(model.index(row, 5), Qt.ItemDataRole.ForegroundRole) is not None
    tip = str(model.data(model.index(row, 5), Qt.ItemDataRole.ToolTipRole))
    assert ("座席线路" if zh else "Agent's line") in tip and "9.5" in tip
    loop.run_until_complete(asyncio.sleep(0.3))
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert window.grab().save(str(SHOTS / f"supervisor_quality_{language}.png"))

    live_server.call(_leg_quality(acd, calls[0], "agent", 4.3, _totals(6.0, 3.5, 2.71)))
    run_until(
        loop,
        lambda: quality(calls[0]).startswith(("良好", "Good")),
        what="recovered call no longer flagged",
    )
    window.language_actions["en"].trigger()


async def _leg_quality(
    acd: Any, call_id: str, role: str, mos: float, totals: dict[str, float]
) -> None:
    acd.leg_quality(call_id, role, mos, totals)


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_status_bar_says_network_lost_then_registered(
    loop: Any, desktop: Any, live_server: LiveServer, language: str
) -> None:
    window = desktop.window
    window.resize(1366, 768)
    _on_call(loop, desktop, live_server)
    window.language_actions[language].trigger()
    zh = language == "zh_CN"
    desktop.softphone.simulate_network_lost()
    lost = "话机：网络中断，正在重连…" if zh else "Phone: network lost, reconnecting…"
    run_until(loop, lambda: window.registration_label.text() == lost, what="network lost")
    _show(loop, desktop, _sample(100.0, 0, 0, receiving=False))
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert window.grab().save(str(SHOTS / f"network_lost_{language}.png"))
    desktop.softphone.renew_credentials("1:1002", "x")  # the fake registers again
    run_until(
        loop,
        lambda: window.registration_label.text().startswith(
            "话机：已注册" if zh else "Phone: registered"
        ),
        what="registered again",
    )
    window.language_actions["en"].trigger()
