"""A soft synthesized ringtone (rising marimba-like arpeggio, twice, then a pause) as int16 PCM."""

from __future__ import annotations

import numpy as np

# E5, G#5, B5, E6: a major arpeggio, friendlier than a telephone bell
NOTES_HZ = (659.25, 830.61, 987.77, 1318.51)


def _note(freq: float, seconds: float, rate: int) -> np.ndarray:
    t = np.arange(int(seconds * rate)) / rate
    tone = np.sin(2 * np.pi * freq * t) + 0.25 * np.sin(2 * np.pi * 2 * freq * t)
    attack = np.minimum(1.0, t / 0.005)  # 5 ms attack avoids clicks
    decay = np.exp(-t / 0.12)
    return tone * attack * decay


def make_ringtone(rate: int = 16000, volume: float = 0.35) -> bytes:
    """One ring cycle (about 3.2 s: two arpeggios, then silence) as mono int16 PCM."""
    note_s, gap_s = 0.14, 0.22
    arpeggio = np.concatenate([_note(f, note_s, rate) for f in NOTES_HZ])
    tail = _note(NOTES_HZ[-1], 0.5, rate) * 0.6
    burst = np.concatenate([arpeggio, tail])
    cycle = np.concatenate([burst, np.zeros(int(gap_s * rate)), burst, np.zeros(int(1.2 * rate))])
    cycle = cycle / np.max(np.abs(cycle)) * volume
    return bytes((cycle * 32767).astype("<i2").tobytes())


class RingtoneLoop:
    """Serves the ringtone in blocks of any size, looping; used from the audio callback."""

    def __init__(self, pcm: bytes) -> None:
        self._pcm = pcm
        self._pos = 0

    def read(self, nbytes: int) -> bytes:
        out = bytearray()
        while len(out) < nbytes:
            chunk = self._pcm[self._pos : self._pos + nbytes - len(out)]
            out += chunk
            self._pos = (self._pos + len(chunk)) % len(self._pcm)
        return bytes(out)
