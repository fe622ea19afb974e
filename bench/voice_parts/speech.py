"""Reference speech (espeak-ng, English and Mandarin), resampling, alignment, PESQ windows."""

from __future__ import annotations

import statistics
import subprocess
import wave
from dataclasses import dataclass
from pathlib import Path

import numpy as np

RATE = 8000
WINDOW_S = 8.0

# Different words on each side, so that echo of one's own voice would show as correlation
# with the wrong reference.
AGENT_TEXT = (
    (
        "en-us",
        "Thank you for calling the service centre, my name is Alice. I can see your "
        "order from last Tuesday. It left our warehouse this morning and should arrive "
        "within two working days.",
    ),
    ("cmn", "您好，我是客服小李。您的订单已经发货了，预计两天之内送到。还有什么可以帮您的吗？"),
)
CUSTOMER_TEXT = (
    ("cmn", "你好，我想查询一下我上个星期买的洗衣机，到现在还没有收到，能帮我看一下吗？"),
    (
        "en-us",
        "Hello, I would like to change the delivery address to my office, please. "
        "It is number forty two, Garden Road, on the third floor, near the bank.",
    ),
)


def read_wav(path: Path) -> tuple[np.ndarray, int]:
    """Mono float samples in [-1, 1) and the rate."""
    with wave.open(str(path), "rb") as w:
        rate, width, channels = w.getframerate(), w.getsampwidth(), w.getnchannels()
        raw = w.readframes(w.getnframes())
    if width != 2:
        raise ValueError(f"{path}: {width * 8}-bit WAV, expected 16-bit")
    samples = np.frombuffer(raw, dtype="<i2").astype(np.float64) / 32768.0
    if channels > 1:
        samples = samples.reshape(-1, channels).mean(axis=1)
    return samples, rate


def write_wav(path: Path, samples: np.ndarray, rate: int = RATE) -> Path:
    pcm = (np.clip(samples, -1, 32767 / 32768) * 32768).astype("<i2")
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(pcm.tobytes())
    return path


def resample(samples: np.ndarray, rate: int, to: int = RATE) -> np.ndarray:
    """Band-limited resampling in the frequency domain (whole signal at once)."""
    if rate == to or not len(samples):
        return samples
    n_out = round(len(samples) * to / rate)
    spectrum = np.fft.rfft(samples)
    keep = min(len(spectrum), n_out // 2 + 1)
    out = np.zeros(n_out // 2 + 1, dtype=complex)
    out[:keep] = spectrum[:keep]
    return np.fft.irfft(out, n_out) * (n_out / len(samples))


def make_speech(texts: tuple[tuple[str, str], ...], workdir: Path, name: str) -> np.ndarray:
    """espeak-ng speech of `texts` (voice, words), joined with short pauses, at 8 kHz and a
    speech level of about -20 dBFS; also written to workdir/name.wav."""
    parts = []
    for i, (voice, words) in enumerate(texts):
        raw = workdir / f"{name}-{i}.wav"
        subprocess.run(
            ["espeak-ng", "-v", voice, "-s", "150", "-w", str(raw), words],
            check=True,
            capture_output=True,
        )
        samples, rate = read_wav(raw)
        parts += [resample(samples, rate), np.zeros(int(0.6 * RATE))]
    speech = np.concatenate(parts)
    rms = float(np.sqrt(np.mean(speech**2))) or 1.0
    speech = speech * (0.1 / rms)  # -20 dBFS
    write_wav(workdir / f"{name}.wav", speech)
    return speech


def align(window: np.ndarray, reference: np.ndarray) -> np.ndarray:
    """The stretch of the looped `reference` that `window` (heard) best matches."""
    loop = np.tile(reference, int(np.ceil(2 * len(window) / len(reference))) + 2)
    n = len(loop) + len(window)
    size = 1 << (n - 1).bit_length()
    corr = np.fft.irfft(np.fft.rfft(loop, size) * np.conj(np.fft.rfft(window, size)), size)
    lag = int(np.argmax(corr[: len(reference)]))
    return loop[lag : lag + len(window)]


@dataclass(frozen=True)
class Score:
    median: float
    minimum: float
    windows: int
    failed: int  # windows PESQ could not score (e.g. silence during an outage)

    def text(self) -> str:
        if not self.windows:
            return "-"
        failed = f" ({self.failed} unscored)" if self.failed else ""
        return f"{self.median:.2f} / {self.minimum:.2f}{failed}"


def score(heard: np.ndarray, reference: np.ndarray, skip_s: float = 1.0) -> Score:
    """PESQ-NB (P.862) of `heard` against the looped reference over 8 s windows."""
    from pesq import pesq

    values: list[float] = []
    failed = 0
    step = int(WINDOW_S * RATE)
    start = int(skip_s * RATE)
    while start + step <= len(heard):
        window = heard[start : start + step]
        start += step
        try:
            values.append(float(pesq(RATE, align(window, reference), window, "nb")))
        except Exception:  # pesq raises its own NoUtterancesError etc.
            failed += 1
            values.append(1.0)  # nothing heard: the worst score
    if not values:
        return Score(0.0, 0.0, 0, 0)
    return Score(statistics.median(values), min(values), len(values), failed)
