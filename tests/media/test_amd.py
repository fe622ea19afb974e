"""Answering-machine detection (AMD): the detector's rules on synthetic levels, and the
media worker's `detect_machine` on a real SIP call with RTP between two workers: a long
greeting (words with short gaps, as a machine's "you have reached ...") is `machine`, a
short "hello?" then silence is `human`, nothing said is `unsure`."""

from __future__ import annotations

import asyncio
import math
import wave
from pathlib import Path

import numpy as np
import pytest

from server_stub.media import wire as c
from server_stub.media.amd import AmdSettings, AmdVerdict, MachineDetector, frame_rms
from tests.media.conftest import PoolFactory, connect


def _feed(detector: MachineDetector, pattern: list[tuple[float, float]]) -> AmdVerdict | None:
    """`pattern`: (rms, ms) spans fed as 20 ms frames; the verdict when one comes."""
    for level, ms in pattern:
        for _ in range(int(ms // 20)):
            verdict = detector.feed_level(level, 20)
            if verdict is not None:
                return verdict
    return None


def test_detector_rules() -> None:
    loud, quiet = 3000.0, 20.0
    # "hello?" (0.6 s) then silence: a person, decided after a 0.5 s pause
    v = _feed(MachineDetector(), [(quiet, 300), (loud, 600), (quiet, 2000)])
    assert v is not None and (v.verdict, v.cause) == ("human", "short_greeting")
    assert 550 <= v.speech_ms <= 650 and v.analysed_ms <= 1500
    # words with 200 ms gaps for 4 s: a greeting that runs on
    words = [(loud, 400), (quiet, 200)] * 7
    v = _feed(MachineDetector(), [(quiet, 200), *words])
    assert v is not None and (v.verdict, v.cause) == ("machine", "long_greeting")
    # silence: unsure (connected as a person), at the initial silence limit
    v = _feed(MachineDetector(), [(quiet, 4000)])
    assert v is not None and (v.verdict, v.cause, v.analysed_ms) == (
        "unsure",
        "initial_silence",
        2500,
    )
    # clicks shorter than a word are not speech
    v = _feed(MachineDetector(), [(loud, 40), (quiet, 300)] * 10)
    assert v is not None and v.verdict == "unsure"
    # the settings are the detector's: a 1 s greeting limit makes a 1.5 s hello a machine
    v = _feed(MachineDetector(AmdSettings(greeting_ms=1000)), [(loud, 1500), (quiet, 1000)])
    assert v is not None and v.verdict == "machine"
    pcm = (np.full(320, 1000, dtype="<i2")).tobytes()
    assert math.isclose(frame_rms(pcm), 1000.0) and frame_rms(b"") == 0.0


def _speech_like(path: Path, spans: list[tuple[bool, float]], rate: int = 16000) -> Path:
    """A WAV of tone bursts (a 300 Hz voice-band tone with harmonics) and silences."""
    parts = []
    for on, seconds in spans:
        t = np.arange(int(seconds * rate)) / rate
        wave_ = (np.sin(2 * math.pi * 300 * t) + 0.5 * np.sin(2 * math.pi * 900 * t)) / 1.5
        parts.append((0.3 * 32767 * wave_ if on else 0 * t).astype("<i2"))
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(np.concatenate(parts).tobytes())
    return path


@pytest.mark.sip_audio
@pytest.mark.timeout(60)
async def test_worker_detects_machine_human_and_silence_on_real_rtp(
    make_pool: PoolFactory, tmp_path: Path
) -> None:
    pool, log = await make_pool(min_workers=2)
    dialler, customer = pool.workers.values()
    machine = _speech_like(
        tmp_path / "machine.wav", [(False, 0.3)] + [(True, 0.45), (False, 0.2)] * 7
    )
    human = _speech_like(tmp_path / "human.wav", [(False, 0.3), (True, 0.6), (False, 0.1)])

    async def verdict(greeting: Path | None) -> c.MachineDetection:
        mark = len(log.items)
        out_leg, in_leg, _ = await connect(log, dialler, customer)
        if greeting is not None:  # the customer's side "speaks" as soon as it answers
            await customer.command(c.Play(leg=in_leg, file=str(greeting)))
        await dialler.command(c.DetectMachine(leg=out_leg))
        found: c.MachineDetection = await log.wait(
            c.MachineDetection, timeout=8.0, leg=out_leg, since=mark
        )
        await dialler.command(c.Hangup(leg=out_leg))
        await log.wait(c.LegEnded, leg=in_leg, since=mark)
        return found

    m, h, s = await verdict(machine), await verdict(human), await verdict(None)
    assert (m.verdict, m.cause) == ("machine", "long_greeting"), m
    assert (h.verdict, h.cause) == ("human", "short_greeting"), h
    assert 400 <= h.speech_ms <= 900, h
    assert (s.verdict, s.cause) == ("unsure", "initial_silence"), s
    # once decided, the leg has no detector left: it may be asked again
    out_leg, _, _ = await connect(log, dialler, customer)
    with pytest.raises(c.CommandError):
        await dialler.command(c.DetectMachine(leg="nope"))
    await dialler.command(c.DetectMachine(leg=out_leg))
    with pytest.raises(c.CommandError) as info:
        await dialler.command(c.DetectMachine(leg=out_leg))  # one detector per leg
    assert info.value.code == c.ErrorCode.INVALID_STATE
    await dialler.command(c.Hangup(leg=out_leg))
    await asyncio.sleep(0.2)
