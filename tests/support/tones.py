"""Make and detect sine tones in PCM audio, so tests can prove audio really crossed a call.

Detection uses the Goertzel algorithm on 16-bit mono PCM: the power at one frequency
relative to the total power of the window, so silence, noise and other tones do not pass.
"""

from __future__ import annotations

import math
import wave
from dataclasses import dataclass
from pathlib import Path

import numpy as np


def make_tone_wav(
    path: Path, freq: float, seconds: float, rate: int = 16000, amplitude: float = 0.3
) -> Path:
    """Write a mono 16-bit WAV with a sine tone (pjsua2 can play it with AudioMediaPlayer)."""
    t = np.arange(int(seconds * rate)) / rate
    samples = (amplitude * 32767 * np.sin(2 * math.pi * freq * t)).astype("<i2")
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(samples.tobytes())
    return path


def read_wav(path: Path) -> tuple[np.ndarray, int]:
    """Read a 16-bit WAV as float samples in [-1, 1] (channels averaged) and its rate."""
    with wave.open(str(path), "rb") as w:
        rate = w.getframerate()
        channels = w.getnchannels()
        if w.getsampwidth() != 2:
            raise ValueError(f"{path}: only 16-bit PCM is supported")
        data = np.frombuffer(w.readframes(w.getnframes()), dtype="<i2").astype(np.float64)
    if channels > 1:
        data = data.reshape(-1, channels).mean(axis=1)
    return data / 32768.0, rate


def tone_ratio(samples: np.ndarray, rate: int, freq: float) -> float:
    """Share (0..1) of the window's power that sits at `freq` (Goertzel, Hann window)."""
    n = len(samples)
    if n == 0:
        return 0.0
    x = samples * np.hanning(n)
    total = float(np.sum(x * x))
    if total <= 1e-12:
        return 0.0
    k = round(n * freq / rate)
    w = 2 * math.pi * k / n
    coeff = 2 * math.cos(w)
    s1 = s2 = 0.0
    for v in x:
        s0 = v + coeff * s1 - s2
        s2, s1 = s1, s0
    power = s1 * s1 + s2 * s2 - coeff * s1 * s2
    # For a Hann-windowed sinusoid centred on bin k, |X_k|^2 = n * sum(x^2) / 3 (Parseval,
    # with the window's energy spread over the bin and its two neighbours), so a pure tone
    # scores 1.0, two equal tones 0.5 each, white noise about 3/n.
    return float(min(1.0, 3 * power / (n * total)))


@dataclass(frozen=True)
class ToneReport:
    freq: float
    windows: int
    windows_with_tone: int
    rms: float

    @property
    def share(self) -> float:
        return self.windows_with_tone / self.windows if self.windows else 0.0


def detect_tone(
    samples: np.ndarray, rate: int, freq: float, window_s: float = 0.1, threshold: float = 0.5
) -> ToneReport:
    """Count the windows in which `freq` dominates; a clean tone passes in nearly all."""
    size = int(rate * window_s)
    windows = hits = 0
    for start in range(0, len(samples) - size + 1, size):
        windows += 1
        if tone_ratio(samples[start : start + size], rate, freq) >= threshold:
            hits += 1
    rms = float(np.sqrt(np.mean(samples * samples))) if len(samples) else 0.0
    return ToneReport(freq=freq, windows=windows, windows_with_tone=hits, rms=rms)


def wav_has_tone(
    path: Path, freq: float, min_share: float = 0.5, threshold: float = 0.5
) -> ToneReport:
    """Detect `freq` in a WAV file; raise AssertionError with figures if it is not there.

    `threshold` is the share of a window's power the tone must hold: 0.5 suits one tone;
    a mix of two equal tones gives each about 0.5 and of three about 0.33, so recordings
    of a conversation need a lower threshold (0.15 still rejects absent tones, which
    score near 0).
    """
    samples, rate = read_wav(path)
    report = detect_tone(samples, rate, freq, threshold=threshold)
    if report.share < min_share:
        raise AssertionError(
            f"{path.name}: {freq:.0f} Hz in {report.windows_with_tone}/{report.windows} "
            f"windows (need {min_share:.0%}), rms {report.rms:.4f}"
        )
    return report
