"""A small thread-safe PCM jitter buffer between two clocks (PortAudio and pjmedia)."""

from __future__ import annotations

import threading
from dataclasses import dataclass


@dataclass(frozen=True)
class JitterStats:
    frames_in: int
    frames_out: int
    underruns: int  # reads that found too little data while playing
    overruns: int  # writes that pushed out the oldest data
    trimmed: int  # frames dropped to cut latency
    level_frames: float  # current fill
    mean_level_frames: float  # average fill seen by reads (the added latency, in frames)
    max_level_frames: float


class JitterBuffer:
    """Bytes in, bytes out, in frames of `frame_bytes`.

    Reading waits for `prefill` frames before it plays (and again after an underrun),
    returning silence meanwhile; writing beyond `capacity` frames drops the oldest data.
    `trim()` throws away queued audio down to a target, e.g. when the consumer's first
    callback arrives late and the buffer is full of stale audio.
    """

    def __init__(
        self, frame_bytes: int, prefill: int = 2, capacity: int = 6, standing_reads: int = 50
    ) -> None:
        if prefill < 0 or capacity < max(1, prefill):
            raise ValueError("need 0 <= prefill <= capacity and capacity >= 1")
        self.frame_bytes = frame_bytes
        self.prefill = prefill
        self.capacity = capacity
        self._data = bytearray()
        self._lock = threading.Lock()
        self._playing = False
        self._frames_in = self._frames_out = 0.0
        self._underruns = self._overruns = self._trimmed = 0
        self._level_sum = 0.0
        self._level_reads = 0
        self._level_max = 0.0
        # a fill that stays above prefill + 1 frame for `standing_reads` reads in a row is
        # standing latency (e.g. the producer started early): cut it back to prefill
        self._standing_reads = standing_reads
        self._high_reads = 0

    def put(self, data: bytes) -> None:
        with self._lock:
            self._data += data
            self._frames_in += len(data) / self.frame_bytes
            limit = self.capacity * self.frame_bytes
            excess = len(self._data) - limit
            if excess > 0:
                # drop whole frames from the front so sample alignment is kept
                drop = -(-excess // self.frame_bytes) * self.frame_bytes
                del self._data[:drop]
                self._overruns += 1

    def get(self, nbytes: int) -> bytes:
        """Exactly `nbytes`: queued audio, or silence while priming / after an underrun."""
        with self._lock:
            level = len(self._data)
            self._level_sum += level / self.frame_bytes
            self._level_reads += 1
            self._level_max = max(self._level_max, level / self.frame_bytes)
            if not self._playing:
                if level < max(self.prefill * self.frame_bytes, 1):
                    return bytes(nbytes)
                self._playing = True
            if level < nbytes:
                self._underruns += 1
                self._playing = self.prefill == 0
                out = bytes(self._data) + bytes(nbytes - level)
                self._data.clear()
                return out
            if level > (self.prefill + 1) * self.frame_bytes + nbytes:
                self._high_reads += 1
                if self._high_reads >= self._standing_reads:
                    self._trim_locked(self.prefill * self.frame_bytes + nbytes)
                    self._high_reads = 0
            else:
                self._high_reads = 0
            out = bytes(self._data[:nbytes])
            del self._data[:nbytes]
            self._frames_out += nbytes / self.frame_bytes
            return out

    def trim(self, target_frames: int | None = None) -> None:
        """Drop the oldest audio so at most `target_frames` (default: prefill) stay queued."""
        target = self.prefill if target_frames is None else target_frames
        with self._lock:
            self._trim_locked(target * self.frame_bytes)

    def _trim_locked(self, keep_bytes: int) -> None:
        excess = len(self._data) - keep_bytes
        if excess > 0:
            drop = -(-excess // self.frame_bytes) * self.frame_bytes
            del self._data[:drop]
            self._trimmed += drop // self.frame_bytes

    def clear(self) -> None:
        with self._lock:
            self._data.clear()
            self._playing = False

    @property
    def level_frames(self) -> float:
        with self._lock:
            return len(self._data) / self.frame_bytes

    def stats(self) -> JitterStats:
        with self._lock:
            mean = self._level_sum / self._level_reads if self._level_reads else 0.0
            return JitterStats(
                frames_in=int(self._frames_in),
                frames_out=int(self._frames_out),
                underruns=self._underruns,
                overruns=self._overruns,
                trimmed=self._trimmed,
                level_frames=len(self._data) / self.frame_bytes,
                mean_level_frames=mean,
                max_level_frames=self._level_max,
            )
