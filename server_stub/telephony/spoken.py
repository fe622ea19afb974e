"""Spoken announcements joined from short pieces: a waiting caller's position and expected
wait, the agent's ID before connecting (座席自动报号). The pieces (`resources/prompts/say/`,
16 kHz mono WAV, made with espeak-ng like the other prompts; replaceable by real
recordings of the same names) are listed in `server_stub.domain.queue_announcements`.
`compose` joins them into one file, kept in a cache folder by its content.

Regenerate the pieces: `python -m server_stub.telephony.spoken`.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import tempfile
import wave
from pathlib import Path

from server_stub.domain.queue_announcements import all_pieces
from server_stub.telephony.prompts import PROMPTS_DIR, _need

SAY_DIR = PROMPTS_DIR / "say"
RATE = 16000
GAP_S = 0.08  # silence between pieces


def piece(name: str) -> Path:
    path = SAY_DIR / f"{name}.wav"
    if not path.is_file():
        raise FileNotFoundError(f"spoken piece {name!r} missing: run python -m {__name__}")
    return path


def compose(pieces: list[str], cache_dir: Path) -> Path:
    """One WAV file saying `pieces` in order (cached: the same pieces give the same file)."""
    key = hashlib.sha1(" ".join(pieces).encode()).hexdigest()[:16]
    out = cache_dir / f"say-{key}.wav"
    if out.is_file():
        return out
    cache_dir.mkdir(parents=True, exist_ok=True)
    gap = b"\0\0" * int(RATE * GAP_S)
    frames: list[bytes] = []
    for name in pieces:
        with wave.open(str(piece(name)), "rb") as w:
            if (w.getframerate(), w.getnchannels(), w.getsampwidth()) != (RATE, 1, 2):
                raise ValueError(f"spoken piece {name} is not 16 kHz mono 16-bit")
            frames.append(w.readframes(w.getnframes()))
        frames.append(gap)
    tmp = out.with_suffix(f".{os.getpid()}.part")
    with wave.open(str(tmp), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(b"".join(frames))
    tmp.replace(out)  # atomic: a half-written file is never played
    return out


def generate() -> None:
    espeak, sox = _need("espeak-ng"), _need("sox")
    SAY_DIR.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for name, (voice, text) in all_pieces().items():
            raw = Path(tmp) / f"{name}.wav"
            subprocess.run([espeak, "-v", voice, "-s", "170", "-w", str(raw), text], check=True)
            # 16 kHz mono 16-bit, leading and trailing silence trimmed
            out = str(SAY_DIR / f"{name}.wav")
            trim = ["silence", "1", "0.02", "0.5%", "reverse"]
            convert = [sox, str(raw), "-r", str(RATE), "-c", "1", "-b", "16", out]
            subprocess.run([*convert, *trim, *trim], check=True)


if __name__ == "__main__":  # python -m server_stub.telephony.spoken
    generate()
    print(f"spoken pieces in {SAY_DIR}", file=sys.stderr)
