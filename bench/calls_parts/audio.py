"""Bad 20 ms frames of the tone recordings: vectorised Goertzel shares and drop-outs."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from tests.support.tones import read_wav, tone_ratio

CUSTOMER_HZ, AGENT_HZ = 1000.0, 440.0


def frame_ratios(samples: np.ndarray, rate: int, freq: float, frame: int) -> np.ndarray:
    """tests.support.tones.tone_ratio for every `frame`-sample frame, vectorised: the Goertzel
    power at bin k equals |DFT_k|^2 of the Hann-windowed frame."""
    n = len(samples) // frame
    x = samples[: n * frame].reshape(n, frame) * np.hanning(frame)
    total = np.sum(x * x, axis=1)
    k = round(frame * freq / rate)
    basis = np.exp(-2j * math.pi * k * np.arange(frame) / frame)
    power = np.abs(x @ basis) ** 2
    with np.errstate(divide="ignore", invalid="ignore"):
        ratio = np.where(total > 1e-12, np.minimum(1.0, 3 * power / (frame * total)), 0.0)
    return ratio


@dataclass
class AudioResult:
    frames: int = 0
    bad: int = 0
    missing_tone: int = 0
    dropout: int = 0
    files: int = 0
    worst: str = ""
    times: list[float] = field(default_factory=list)  # first bad frames, s into the file
    by_tone: dict[float, int] = field(default_factory=dict)  # frames missing each tone

    def add(self, other: AudioResult, name: str) -> None:
        if other.bad > (self._worst_bad if self.worst else -1):
            self.worst, self._worst_bad = f"{name}: {other.bad}/{other.frames}", other.bad
            self.worst += " at " + ", ".join(f"{t:.2f}" for t in other.times[:8]) + " s"
        self.frames += other.frames
        self.bad += other.bad
        self.missing_tone += other.missing_tone
        self.dropout += other.dropout
        self.files += 1
        for freq, count in other.by_tone.items():
            self.by_tone[freq] = self.by_tone.get(freq, 0) + count

    _worst_bad: int = 0


def analyse(
    path: Path,
    tones: list[float],
    skip_start: float,
    skip_end: float,
    threshold: float,
    dropout: float,
) -> AudioResult:
    """Bad 20 ms frames in the steady part of a recording.

    Steady part: the recording minus its first `skip_start` and last `skip_end` seconds.
    A frame is bad when (a) any expected tone holds less than `threshold` of the frame's
    power (Goertzel share, as tests.support.tones.tone_ratio, Hann window), or (b) its
    RMS is below `dropout` x the median frame RMS of the steady part (a drop-out).
    """
    samples, rate = read_wav(path)
    frame = rate // 50
    steady = samples[int(skip_start * rate) : max(0, len(samples) - int(skip_end * rate))]
    n = len(steady) // frame
    if n == 0:
        return AudioResult()
    frames = steady[: n * frame].reshape(n, frame)
    rms = np.sqrt(np.mean(frames * frames, axis=1))
    low = rms < dropout * float(np.median(rms))
    missing = np.zeros(n, dtype=bool)
    by_tone = {}
    for freq in tones:
        lacks = frame_ratios(steady, rate, freq, frame) < threshold
        by_tone[freq] = int(lacks.sum())
        missing |= lacks
    bad = low | missing
    times = [skip_start + i * 0.02 for i in np.flatnonzero(bad)[:20]]
    return AudioResult(
        frames=n,
        bad=int(bad.sum()),
        missing_tone=int(missing.sum()),
        dropout=int(low.sum()),
        times=times,
        by_tone=by_tone,
    )


def self_check_ratio(tmp: Path) -> None:
    """The vectorised share must equal tones.tone_ratio (the Goertzel loop) frame by frame."""
    t = np.arange(16000) / 16000
    x = 0.3 * np.sin(2 * math.pi * CUSTOMER_HZ * t) + 0.3 * np.sin(2 * math.pi * AGENT_HZ * t)
    x += 0.01 * np.random.default_rng(1).standard_normal(len(x))
    for freq in (CUSTOMER_HZ, AGENT_HZ):
        fast = frame_ratios(x, 16000, freq, 320)
        slow = [tone_ratio(x[i * 320 : (i + 1) * 320], 16000, freq) for i in range(len(fast))]
        assert np.allclose(fast, slow, atol=1e-9), (freq, fast[:3], slow[:3])
