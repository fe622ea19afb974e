"""Jitter buffer, level meter and ringtone: pure logic, no devices."""

from __future__ import annotations

import numpy as np
import pytest

from agent_desktop.softphone.jitter import JitterBuffer
from agent_desktop.softphone.levels import SILENCE_DBFS, LevelMeter, dbfs
from agent_desktop.softphone.ringtone import RingtoneLoop, make_ringtone

F = 8  # bytes per frame in these tests


def frame(value: int) -> bytes:
    return bytes([value]) * F


def test_primes_before_playing_then_keeps_order() -> None:
    jb = JitterBuffer(F, prefill=2, capacity=4)
    jb.put(frame(1))
    assert jb.get(F) == bytes(F)  # priming: silence
    jb.put(frame(2))
    assert jb.get(F) == frame(1)
    assert jb.get(F) == frame(2)
    assert jb.stats().underruns == 0


def test_underrun_returns_silence_and_reprimes() -> None:
    jb = JitterBuffer(F, prefill=2, capacity=4)
    for v in (1, 2):
        jb.put(frame(v))
    jb.get(F), jb.get(F)
    assert jb.get(F) == bytes(F)
    assert jb.stats().underruns == 1
    jb.put(frame(3))
    assert jb.get(F) == bytes(F)  # priming again
    jb.put(frame(4))
    assert jb.get(F) == frame(3)


def test_partial_data_on_underrun_is_padded() -> None:
    jb = JitterBuffer(F, prefill=0, capacity=4)
    jb.put(b"\x05" * 4)
    assert jb.get(F) == b"\x05" * 4 + bytes(4)


def test_overflow_drops_oldest_whole_frames() -> None:
    jb = JitterBuffer(F, prefill=1, capacity=3)
    for v in range(1, 6):
        jb.put(frame(v))
    assert jb.stats().overruns == 2
    assert [jb.get(F) for _ in range(3)] == [frame(3), frame(4), frame(5)]


def test_trim_cuts_stale_audio_to_target() -> None:
    jb = JitterBuffer(F, prefill=2, capacity=6)
    for v in range(1, 7):
        jb.put(frame(v))
    jb.trim()
    assert jb.level_frames == 2
    assert jb.get(F) == frame(5)
    assert jb.stats().trimmed == 4


def test_blocks_of_other_sizes_keep_the_byte_stream() -> None:
    jb = JitterBuffer(F, prefill=1, capacity=8)
    data = bytes(range(32))
    jb.put(data[:12])
    jb.put(data[12:])
    assert jb.get(5) + jb.get(11) + jb.get(16) == data


def test_mean_level_reports_added_latency() -> None:
    jb = JitterBuffer(F, prefill=2, capacity=6)
    for _ in range(3):
        jb.put(frame(1))
    for _ in range(3):
        jb.put(frame(1))
        jb.get(F)
    assert jb.stats().mean_level_frames == pytest.approx(4.0)  # fill seen before each read


def test_bad_sizes_are_refused() -> None:
    with pytest.raises(ValueError):
        JitterBuffer(F, prefill=5, capacity=4)


def sine(amplitude: float, n: int = 1600, freq: float = 500.0, rate: int = 16000) -> bytes:
    t = np.arange(n) / rate
    return (amplitude * 32767 * np.sin(2 * np.pi * freq * t)).astype("<i2").tobytes()


def test_level_meter_reads_rms_and_peak_in_dbfs() -> None:
    meter = LevelMeter()
    meter.feed(sine(0.5))
    rms, peak = meter.take()
    assert rms == pytest.approx(20 * np.log10(0.5 / np.sqrt(2)), abs=0.2)  # about -9 dBFS
    assert peak == pytest.approx(20 * np.log10(0.5), abs=0.1)


def test_level_meter_silence_and_repeat() -> None:
    meter = LevelMeter()
    assert meter.take() == (SILENCE_DBFS, SILENCE_DBFS)
    meter.feed(bytes(640))
    assert meter.take() == (SILENCE_DBFS, SILENCE_DBFS)
    meter.feed(sine(0.1))
    first = meter.take()
    assert meter.take() == first  # no new data: last reading repeats
    assert dbfs(1.0) == 0.0 and dbfs(0.0) == SILENCE_DBFS


def test_level_meter_combines_blocks() -> None:
    meter = LevelMeter()
    meter.feed(sine(0.5))
    meter.feed(bytes(3200))  # as long again, silent
    rms, peak = meter.take()
    assert rms == pytest.approx(20 * np.log10(0.5 / np.sqrt(2) / np.sqrt(2)), abs=0.3)
    assert peak == pytest.approx(20 * np.log10(0.5), abs=0.1)


def test_ringtone_is_soft_loops_and_has_a_pause() -> None:
    pcm = make_ringtone(16000)
    x = np.frombuffer(pcm, dtype="<i2").astype(float) / 32768
    assert 2.5 < len(x) / 16000 < 4.0
    assert np.max(np.abs(x)) == pytest.approx(0.35, abs=0.01)
    assert np.max(np.abs(x[-8000:])) == 0.0  # ends in silence between rings
    loop = RingtoneLoop(pcm)
    whole = loop.read(len(pcm) + 100)
    assert whole[: len(pcm)] == pcm and whole[len(pcm) :] == pcm[:100]


def test_standing_latency_is_cut_back_to_prefill() -> None:
    jb = JitterBuffer(F, prefill=2, capacity=8, standing_reads=5)
    for v in range(6):
        jb.put(frame(v))  # the producer started early: 6 frames queued
    for _ in range(5):
        jb.put(frame(9))
        jb.get(F)
    assert jb.level_frames <= 3
    assert jb.stats().trimmed >= 3
