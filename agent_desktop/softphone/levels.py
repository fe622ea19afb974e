"""Microphone level meter: RMS and peak in dBFS of 16-bit PCM, safe to feed from an audio thread."""

from __future__ import annotations

import math
import threading

import numpy as np

SILENCE_DBFS = -120.0


def dbfs(value: float) -> float:
    """Linear full-scale amplitude (0..1) to dBFS, floored at SILENCE_DBFS."""
    if value <= 0.0:
        return SILENCE_DBFS
    return max(SILENCE_DBFS, 20.0 * math.log10(value))


def measure(pcm: bytes) -> tuple[float, float]:
    """(rms, peak) of little-endian int16 PCM as linear full-scale amplitudes."""
    if len(pcm) < 2:
        return 0.0, 0.0
    x = np.frombuffer(pcm, dtype="<i2", count=len(pcm) // 2).astype(np.float32) / 32768.0
    return float(np.sqrt(np.mean(x * x))), float(np.max(np.abs(x)))


class LevelMeter:
    """Accumulates blocks on the audio thread; `take()` returns the levels since the last take.

    RMS is over all samples since the last take; the peak is the maximum. A sine at full
    scale reads about -3 dBFS RMS and 0 dBFS peak.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._sum_sq = 0.0
        self._count = 0
        self._peak = 0.0
        self._last = (SILENCE_DBFS, SILENCE_DBFS)

    def feed(self, pcm: bytes) -> None:
        n = len(pcm) // 2
        if n == 0:
            return
        rms, peak = measure(pcm)
        with self._lock:
            self._sum_sq += rms * rms * n
            self._count += n
            self._peak = max(self._peak, peak)

    def take(self) -> tuple[float, float]:
        """(rms_dbfs, peak_dbfs) since the previous take; repeats the last reading if no data."""
        with self._lock:
            if self._count:
                self._last = (dbfs(math.sqrt(self._sum_sq / self._count)), dbfs(self._peak))
            self._sum_sq, self._count, self._peak = 0.0, 0, 0.0
            return self._last

    @property
    def last(self) -> tuple[float, float]:
        with self._lock:
            return self._last
