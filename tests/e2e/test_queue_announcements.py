"""Announcements around the queue on real calls (SIP, RTP through pjsua2): a waiting caller
hears their position and expected wait after the queue's interval; with 座席自动报号 the
caller hears the agent's ID first and the agent's voice only after it. What the caller
hears is recorded on the caller's phone and matched against the announcement's audio."""

from __future__ import annotations

import asyncio
from pathlib import Path

import numpy as np
import pytest

from server_stub.domain import queue_announcements as qa
from server_stub.media import wire as c
from server_stub.telephony import spoken
from tests.e2e.conftest import Phones, Product
from tests.media.conftest import AGENT_HZ
from tests.support.tones import detect_tone, read_wav

pytestmark = [pytest.mark.e2e, pytest.mark.sip_audio, pytest.mark.slow]


def _match(heard: np.ndarray, rate: int, expected: Path, seconds: float) -> tuple[float, float]:
    """(best normalized correlation, where in `heard` in s) of the first `seconds` of the
    expected audio with any stretch of what was heard."""
    want, want_rate = read_wav(expected)
    want = want[: int(want_rate * seconds)]
    if want_rate != rate:  # resample the template to the recording's rate
        t = np.arange(int(len(want) * rate / want_rate)) / rate
        want = np.interp(t, np.arange(len(want)) / want_rate, want)
    n = len(want)
    size = 1 << int(np.ceil(np.log2(len(heard) + n)))
    xcorr = np.fft.irfft(np.fft.rfft(heard, size) * np.conj(np.fft.rfft(want, size)), size)
    xcorr = xcorr[: len(heard) - n + 1]
    power = np.concatenate(([0.0], np.cumsum(heard * heard)))
    energy = power[n:] - power[:-n]  # the heard stretch's energy at each offset
    score = xcorr / (np.sqrt(energy * float(np.sum(want * want))) + 1e-9)
    best = int(np.argmax(score))
    return float(score[best]), best / rate


async def _patch_support(product: Product, admin: str, **body: object) -> None:
    r = await asyncio.to_thread(product.api, "PATCH", "/admin/queues/support", admin, json=body)
    assert r.status_code == 200, r.text


async def test_waiting_caller_hears_position_and_expected_wait(
    product: Product, phones: Phones, tmp_path: Path
) -> None:
    admin = (await asyncio.to_thread(product.login, "9000"))["token"]
    await _patch_support(product, admin, announce_every=10)
    customer, leg = await phones.call("4008002000", "13800138000")  # straight to support
    await phones.events.wait(c.LegAnswered, timeout=10, leg=leg)
    heard = tmp_path / "heard.wav"
    await customer.command(c.RecordStart(legs=[leg], path=str(heard)))
    log_file = product.data_dir.parent / "server.log"
    for _ in range(250):  # the greeting, 10 s of music, then the announcement begins
        if "announced position" in log_file.read_text():
            break
        await asyncio.sleep(0.1)
    await asyncio.sleep(3)
    await customer.command(c.Hangup(leg=leg))
    await phones.events.wait(c.RecordingFinished, timeout=10, path=str(heard))
    samples, rate = read_wav(heard)
    # nobody signed in: position 1, 1 × 180 s (no history) ÷ 1 → "3 minutes"
    expected = spoken.compose(qa.position_pieces(1, 3), tmp_path / "expected")
    score, at = _match(samples, rate, expected, 2.5)
    other = spoken.compose(qa.agent_pieces("1234") or [], tmp_path / "expected")
    control, _ = _match(samples, rate, other, 2.5)
    assert score > 0.5 and score > 2 * control, (score, control)
    assert at > 10, at  # after the greeting and the queue's interval
    log = log_file.read_text()
    assert "announced position 1, expected wait 3 min (180 s)" in log


async def test_agent_id_is_said_before_the_agent_is_heard(
    product: Product, phones: Phones, tmp_path: Path, tones: dict[str, Path]
) -> None:
    admin = (await asyncio.to_thread(product.login, "9000"))["token"]
    await _patch_support(product, admin, announce_agent_id=True)
    agent = await asyncio.to_thread(product.login, "1003")
    agent_phone = await phones.agent("1003", agent)
    await asyncio.to_thread(product.set_ready, agent["token"])
    customer, leg = await phones.call("4008002000", "13800138000")
    await phones.events.wait(c.LegAnswered, timeout=10, leg=leg)
    _, arrived = await phones.ringing("1003")
    heard = tmp_path / "heard.wav"
    await customer.command(c.RecordStart(legs=[leg], path=str(heard)))
    await agent_phone.command(c.Answer(leg=arrived.leg))
    await agent_phone.command(c.Play(leg=arrived.leg, file=str(tones["agent"]), loop=True))
    intro = spoken.compose(qa.agent_pieces("1003") or [], tmp_path / "expected")
    await asyncio.sleep(intro.stat().st_size / 32000 + 3)  # the intro, then the agent
    await customer.command(c.Hangup(leg=leg))
    await phones.events.wait(c.RecordingFinished, timeout=10, path=str(heard))
    samples, rate = read_wav(heard)
    score, at = _match(samples, rate, intro, 2.5)
    assert score > 0.5, score
    seconds = intro.stat().st_size / 32000
    during = samples[int(rate * at) : int(rate * (at + seconds - 0.5))]
    after = samples[int(rate * (at + seconds + 0.7)) :]
    assert detect_tone(during, rate, AGENT_HZ, threshold=0.3).share < 0.1  # not bridged yet
    assert detect_tone(after, rate, AGENT_HZ, threshold=0.3).share > 0.6  # then the agent
    log = (product.data_dir.parent / "server.log").read_text()
    assert "agent 1003 announced to the caller" in log
