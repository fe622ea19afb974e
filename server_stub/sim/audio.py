"""Tone WAV files and caller numbers for simulated parties (pure, numpy only)."""

from __future__ import annotations

import math
import random
import wave
from pathlib import Path

import numpy as np

MOBILE_PREFIXES = ("138", "139", "150", "186", "135", "177", "199", "131")


def tone_wav(directory: Path, freq: float, seconds: float = 2.0, rate: int = 16000) -> Path:
    """A looping-friendly mono 16-bit sine WAV at `freq` Hz (written once per frequency)."""
    path = directory / f"tone-{freq:g}hz.wav"
    if path.exists():
        return path
    t = np.arange(int(seconds * rate)) / rate
    samples = (0.3 * 32767 * np.sin(2 * math.pi * freq * t)).astype("<i2")
    tmp = path.with_suffix(".tmp")
    with wave.open(str(tmp), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(samples.tobytes())
    tmp.replace(path)
    return path


def mobile_number(rng: random.Random) -> str:
    """A made-up 11-digit mainland China mobile number, e.g. 13812345678."""
    return rng.choice(MOBILE_PREFIXES) + "".join(str(rng.randrange(10)) for _ in range(8))
