"""Voice snippets (语音知识库): a lead uploads one, an agent plays it into a real call and
both the caller and the agent hear it."""

from __future__ import annotations

import asyncio
import io
import math
import wave
from pathlib import Path

import numpy as np
import pytest

from server_stub.media import wire as c
from tests.e2e.conftest import Phones, Product
from tests.support.tones import wav_has_tone

pytestmark = [pytest.mark.e2e, pytest.mark.sip_audio, pytest.mark.slow]
SNIPPET_HZ = 1200.0


async def _in_thread(fn, *args):  # type: ignore[no-untyped-def]
    return await asyncio.to_thread(fn, *args)


def _stereo_wav(freq: float, seconds: float, rate: int = 44100) -> bytes:
    """A 44.1 kHz stereo file, as a lead would record it: the server normalises it."""
    t = np.arange(int(seconds * rate)) / rate
    tone = (0.3 * 32767 * np.sin(2 * math.pi * freq * t)).astype("<i2")
    out = io.BytesIO()
    with wave.open(out, "wb") as w:
        w.setnchannels(2)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(np.repeat(tone, 2).tobytes())
    return out.getvalue()


async def test_agent_plays_a_snippet_that_caller_and_agent_hear(
    product: Product, phones: Phones, tmp_path: Path
) -> None:
    lead = (await _in_thread(product.login, "9001"))["token"]
    agent = await _in_thread(product.login, "1004")
    hits = (
        await _in_thread(lambda: product.api("GET", "/kb/search", lead, params={"q": "退款"}))
    ).json()["hits"]
    article = hits[0]["id"]
    url = f"/kb/articles/{article}/snippets"
    refused = await _in_thread(
        lambda: product.api("POST", url, agent["token"], params={"title": "x"}, content=b"RIFF")
    )
    assert refused.status_code == 403
    broken = await _in_thread(
        lambda: product.api("POST", url, lead, params={"title": "x"}, content=b"RIFF0000WAVEjunk")
    )
    assert broken.status_code == 422 and broken.json()["error_id"] == "invalid_input"
    r = await _in_thread(
        lambda: product.api(
            "POST", url, lead, params={"title": "退款说明"}, content=_stereo_wav(SNIPPET_HZ, 3.0)
        )
    )
    assert r.status_code == 201, r.text
    snippet = r.json()
    assert snippet["kind"] == "audio" and abs(snippet["duration_seconds"] - 3.0) < 0.05
    shown = (await _in_thread(product.api, "GET", f"/kb/articles/{article}", lead)).json()
    assert [a["id"] for a in shown["attachments"]] == [snippet["id"]]

    agent_phone = await phones.agent("1004", agent)
    await _in_thread(product.set_ready, agent["token"])
    customer, leg = await phones.call("4008002000", "13900002468")
    _, ring = await phones.ringing("1004", timeout=25)
    await agent_phone.command(c.Answer(leg=ring.leg))
    call_id = ring.headers["X-Call-Id"]
    await asyncio.sleep(0.5)
    other = await _in_thread(product.login, "1003")
    r = await _in_thread(
        lambda: product.api(
            "POST", f"/calls/{call_id}/play", other["token"], json={"snippet_id": snippet["id"]}
        )
    )
    assert r.status_code == 403  # not my call
    await customer.command(c.RecordStart(legs=[leg], path=str(tmp_path / "caller.wav")))
    await agent_phone.command(c.RecordStart(legs=[ring.leg], path=str(tmp_path / "agent.wav")))
    r = await _in_thread(
        lambda: product.api(
            "POST", f"/calls/{call_id}/play", agent["token"], json={"snippet_id": snippet["id"]}
        )
    )
    assert r.status_code == 204, r.text
    await asyncio.sleep(2.5)
    await customer.command(c.Hangup(leg=leg))
    for name in ("caller", "agent"):
        await phones.events.wait(
            c.RecordingFinished, timeout=10, path=str(tmp_path / f"{name}.wav")
        )
        wav_has_tone(tmp_path / f"{name}.wav", SNIPPET_HZ, min_share=0.5)
