"""Voice snippets (语音知识库) in the KB panel: listed with "Play to caller", enabled only
on an answered call, which plays them through the server's call control; errors shown."""

from __future__ import annotations

import io
import math
import struct
import wave
from typing import Any

import httpx
import pytest

from server_stub import demo
from tests.desktop.conftest import LiveServer, run_until, sign_in

pytestmark = pytest.mark.ui


def _wav(seconds: float = 1.0, rate: int = 16000) -> bytes:
    frames = b"".join(
        struct.pack("<h", int(8000 * math.sin(2 * math.pi * 440 * n / rate)))
        for n in range(int(seconds * rate))
    )
    out = io.BytesIO()
    with wave.open(out, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(frames)
    return out.getvalue()


def _upload_snippet(server: LiveServer) -> tuple[int, str]:
    """As lead 9001: an article with one 1 s WAV snippet; returns (article id, snippet id)."""
    with httpx.Client(base_url=server.url + "/api/v1") as client:
        token = client.post(
            "/auth/login", json={"agent_id": "9001", "password": demo.DEMO_PASSWORD}
        ).json()["token"]
        auth = {"Authorization": f"Bearer {token}"}
        found = client.get("/kb/articles", headers=auth).json()
        article_id = found["articles"][0]["id"]
        r = client.post(
            f"/kb/articles/{article_id}/snippets",
            params={"title": "退货政策说明"},
            content=_wav(),
            headers={**auth, "Content-Type": "audio/wav"},
        )
        r.raise_for_status()
        return article_id, r.json()["id"]


def test_play_to_caller_only_on_an_answered_call(
    loop: Any, desktop: Any, live_server: LiveServer
) -> None:
    article_id, snippet_id = _upload_snippet(live_server)
    sign_in(loop, desktop, live_server)
    panel = desktop.knowledge.panel
    panel.presenter.open_article(article_id)
    run_until(loop, lambda: snippet_id in panel.play_buttons, what="snippet listed")
    button = panel.play_buttons[snippet_id]
    assert panel.snippets_box.isVisible() and button.text() == "Play to caller"
    assert not button.isEnabled()  # no call yet

    desktop.window.state_bar.ready_button.click()
    run_until(loop, lambda: desktop.state.status == "ready", what="ready")
    acd = live_server.services.acd  # type: ignore[union-attr]
    call = live_server.call(acd.call_arrived("13800138000", "4008001000"))
    live_server.call(acd.enqueue(call.id, "sales"))
    run_until(loop, lambda: desktop.calls.phase == "ringing", what="ringing")
    assert not button.isEnabled()  # ringing is not answered
    live_server.call(acd.agent_answered(call.id, "1002"))
    run_until(loop, lambda: button.isEnabled(), what="play enabled on the answered call")
    button.click()
    run_until(loop, lambda: live_server.control.plays, what="snippet played")
    played_call, path = live_server.control.plays[-1]
    assert played_call == call.id and path.endswith(f"{snippet_id}.wav")
    run_until(loop, lambda: panel.status_label.text(), what="result shown")
    assert panel.status_label.text() == "Playing the recording to the caller."

    live_server.call(acd.agent_hung_up(call.id))
    run_until(loop, lambda: not button.isEnabled(), what="play disabled after the call")


def test_play_error_is_shown(loop: Any, desktop: Any, live_server: LiveServer) -> None:
    sign_in(loop, desktop, live_server)
    panel = desktop.knowledge.panel
    acd = live_server.services.acd  # type: ignore[union-attr]
    desktop.window.state_bar.ready_button.click()
    run_until(loop, lambda: desktop.state.status == "ready", what="ready")
    call = live_server.call(acd.call_arrived("13800138000", "4008001000"))
    live_server.call(acd.enqueue(call.id, "sales"))
    run_until(loop, lambda: desktop.calls.phase == "ringing", what="ringing")
    live_server.call(acd.agent_answered(call.id, "1002"))
    run_until(loop, lambda: desktop.calls.phase == "on_call", what="on call")
    desktop.knowledge.play_snippet("no-such-snippet")
    run_until(loop, lambda: panel.status_label.text(), what="error shown")
    assert panel.status_label.text().startswith("The recording was not played:")
    assert "b00020" in panel.status_label.styleSheet()
    assert not live_server.control.plays
