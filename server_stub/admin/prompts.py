"""Uploaded prompts (greetings, music on hold, IVR): any WAV or MP3 in, a telephony-ready
16 kHz mono 16-bit WAV out (sox, peak-normalised to -3 dBFS), kept under the data dir."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import shutil
import tempfile
import wave
from pathlib import Path

from server_stub.admin.errors import NotAudio, PromptTooLarge
from server_stub.errors import Unavailable

log = logging.getLogger(__name__)

MAX_UPLOAD_BYTES = 20 * 1024 * 1024
MAX_SECONDS = 600.0
_SUFFIXES = {".wav": "wav", ".mp3": "mp3"}


def prompt_path(prompts_dir: Path, name: str) -> Path:
    return prompts_dir / f"{name}.wav"


async def normalise(data: bytes, filename: str, target: Path) -> float:
    """Convert an uploaded WAV/MP3 to the prompt format at `target`; returns its seconds.
    Raises PromptTooLarge, NotAudio (not a WAV/MP3 sox can read, or too long)."""
    if len(data) > MAX_UPLOAD_BYTES:
        raise PromptTooLarge(
            f"a prompt may be at most {MAX_UPLOAD_BYTES // (1024 * 1024)} MB",
            field="file",
            size=len(data),
        )
    if not data:
        raise NotAudio("the file is empty", field="file")
    kind = _SUFFIXES.get(Path(filename).suffix.lower()) or _sniff(data)
    if kind is None:
        raise NotAudio("upload a WAV or MP3 file", field="file", filename=filename)
    sox = shutil.which("sox")
    if sox is None:
        raise Unavailable("sox is not installed on the server (apt-get install sox libsox-fmt-mp3)")
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / f"upload.{kind}"
        source.write_bytes(data)
        out = Path(tmp) / "out.wav"
        proc = await asyncio.create_subprocess_exec(
            sox,
            "-t",
            kind,
            str(source),
            "-r",
            "16000",
            "-c",
            "1",
            "-b",
            "16",
            "-e",
            "signed-integer",
            str(out),
            "norm",
            "-3",
            stdout=asyncio.subprocess.DEVNULL,
            stderr=asyncio.subprocess.PIPE,
        )
        _, err = await proc.communicate()
        if proc.returncode != 0 or not out.is_file():
            log.info(
                "prompt upload %r refused: sox says %s",
                filename,
                err.decode(errors="replace").strip()[:200],
            )
            raise NotAudio(
                "the file is not audio that can be read (WAV or MP3)",
                field="file",
                filename=filename,
            )
        seconds = _seconds(out)
        if seconds <= 0 or seconds > MAX_SECONDS:
            raise NotAudio(
                f"a prompt must last between 0 and {int(MAX_SECONDS)} seconds",
                field="file",
                seconds=round(seconds, 1),
            )
        shutil.move(str(out), target)
    return seconds


def _sniff(data: bytes) -> str | None:
    if data[:4] == b"RIFF" and data[8:12] == b"WAVE":
        return "wav"
    if data[:3] == b"ID3" or (len(data) > 1 and data[0] == 0xFF and data[1] & 0xE0 == 0xE0):
        return "mp3"
    return None


def _seconds(path: Path) -> float:
    with contextlib.closing(wave.open(str(path), "rb")) as w:
        return w.getnframes() / float(w.getframerate())
