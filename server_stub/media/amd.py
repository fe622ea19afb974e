"""Answering-machine detection (AMD, 答录机检测) from the energy of the first seconds of
what the answered party says, as Asterisk's AMD() does in spirit: a person says a short
"hello?" (喂？) and waits; a machine's greeting runs on ("You have reached ..., please
leave a message after the tone"). Pure standard library: fed 16-bit PCM frames (the media
engine's clock thread feeds it from the leg's audio), unit-tested alone.

The rules (docs/outbound.md, "Answering-machine detection"):
- a frame is speech when its RMS level is at least `threshold`;
- speech runs on across pauses shorter than `pause_ms`;
- `machine`: the first speech runs `greeting_ms` without such a pause;
- `human`: the first speech stops (a pause of `pause_ms`) before `greeting_ms`;
- `unsure` (treated as a person: a silent person must not be hung up on): nothing said
  for `initial_silence_ms`, or no verdict within `total_ms`.
"""

from __future__ import annotations

import math
from array import array
from dataclasses import dataclass


@dataclass(frozen=True)
class AmdSettings:
    greeting_ms: int = 2500  # speech this long without a pause: a machine's greeting
    pause_ms: int = 500  # silence this long ends a word run (a person waits for an answer)
    initial_silence_ms: int = 2500  # nothing said this long: unsure
    total_ms: int = 5000  # the longest analysis
    min_word_ms: int = 100  # shorter bursts are noise (a click, a breath), not speech
    threshold: int = 300  # RMS of 16-bit samples; codec hiss and comfort noise stay under


@dataclass(frozen=True)
class AmdVerdict:
    verdict: str  # "machine" | "human" | "unsure"
    cause: str  # long_greeting | short_greeting | initial_silence | too_long
    speech_ms: int  # length of the first speech (its pauses shorter than pause_ms included)
    analysed_ms: int


def frame_rms(pcm: bytes) -> float:
    """RMS level of little-endian 16-bit mono samples."""
    samples = array("h")
    samples.frombytes(pcm[: len(pcm) - len(pcm) % 2])
    if not samples:
        return 0.0
    return math.sqrt(sum(s * s for s in samples) / len(samples))


class MachineDetector:
    """Feed it frames (`feed`); it answers a verdict once, then None forever after."""

    def __init__(self, settings: AmdSettings | None = None) -> None:
        self.settings = settings or AmdSettings()
        self.elapsed = 0.0  # ms analysed
        self.speech_start: float | None = None  # ms at which the first speech began
        self.voiced_run = 0.0  # ms of speech in the current burst
        self.silence_run = 0.0  # ms of silence since the last speech (or the start)
        self.speech_end = 0.0  # ms at which the last speech frame ended
        self.done: AmdVerdict | None = None

    def feed(self, pcm: bytes, ms: float) -> AmdVerdict | None:
        """One frame of `ms` milliseconds; the verdict when this frame decides it."""
        return self.feed_level(frame_rms(pcm), ms)

    def feed_level(self, rms: float, ms: float) -> AmdVerdict | None:
        if self.done is not None:
            return None
        s = self.settings
        self.elapsed += ms
        if rms >= s.threshold:
            self.voiced_run += ms
            if self.speech_start is None and self.voiced_run >= s.min_word_ms:
                self.speech_start = self.elapsed - self.voiced_run
            if self.speech_start is not None:
                self.speech_end = self.elapsed
            self.silence_run = 0.0
        else:
            self.silence_run += ms
            if self.silence_run >= s.pause_ms or self.speech_start is None:
                self.voiced_run = 0.0  # a burst shorter than a word was noise
        if self.speech_start is None:
            if self.elapsed >= s.initial_silence_ms:
                return self._decide("unsure", "initial_silence", 0)
        else:
            speech = self.speech_end - self.speech_start
            if self.silence_run >= s.pause_ms:
                return self._decide("human", "short_greeting", speech)
            if self.elapsed - self.speech_start >= s.greeting_ms:
                return self._decide("machine", "long_greeting", self.elapsed - self.speech_start)
        if self.elapsed >= s.total_ms:
            speech = self.speech_end - self.speech_start if self.speech_start is not None else 0
            return self._decide("unsure", "too_long", speech)
        return None

    def _decide(self, verdict: str, cause: str, speech: float) -> AmdVerdict:
        self.done = AmdVerdict(verdict, cause, int(speech), int(self.elapsed))
        return self.done
