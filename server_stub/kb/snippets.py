"""Voice snippets (语音知识库): recorded audio attached to articles, which an agent plays
into a call. Uploads are checked and normalised to 16 kHz mono 16-bit WAV, the format the
media workers play; files live in `<data-dir>/snippets/` and never leave it."""

from __future__ import annotations

import asyncio
import io
import uuid
import wave
from collections.abc import Callable
from pathlib import Path

import numpy as np

from agent_desktop.protocol.kb import KbAttachment
from server_stub.errors import InvalidInput, NotFound
from server_stub.store import StoreRunner
from server_stub.store.base import Store

RATE = 16000
MAX_BYTES = 20 * 1024 * 1024
MAX_SECONDS = 300.0


def normalise_wav(data: bytes) -> tuple[bytes, float]:
    """A PCM WAV of any common rate and channel count → 16 kHz mono 16-bit, and seconds."""
    if len(data) > MAX_BYTES:
        raise InvalidInput(f"snippet larger than {MAX_BYTES // (1024 * 1024)} MB")
    try:
        with wave.open(io.BytesIO(data), "rb") as w:
            channels, width, rate = w.getnchannels(), w.getsampwidth(), w.getframerate()
            frames = w.readframes(w.getnframes())
    except (wave.Error, EOFError) as exc:
        raise InvalidInput(f"not a PCM WAV file: {exc}") from exc
    if width != 2 or not 1 <= channels <= 2 or not 8000 <= rate <= 48000:
        raise InvalidInput("snippets must be 16-bit PCM WAV, mono or stereo, 8-48 kHz")
    samples = np.frombuffer(frames, dtype="<i2").astype(np.float64)
    if channels == 2:
        samples = samples.reshape(-1, 2).mean(axis=1)
    seconds = len(samples) / rate
    if seconds <= 0 or seconds > MAX_SECONDS:
        raise InvalidInput(f"snippets must last between 0 and {MAX_SECONDS:.0f} seconds")
    if rate != RATE:
        target = np.arange(int(seconds * RATE)) / RATE
        samples = np.interp(target, np.arange(len(samples)) / rate, samples)
    out = io.BytesIO()
    with wave.open(out, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(np.clip(samples, -32768, 32767).astype("<i2").tobytes())
    return out.getvalue(), seconds


class Snippets:
    def __init__(self, runner: StoreRunner, folder: Path, clock: Callable[[], float]) -> None:
        self._runner = runner
        self._folder = folder
        self._clock = clock

    async def add(self, article_id: int, title: str, data: bytes, actor: str) -> KbAttachment:
        if not 1 <= len(title.strip()) <= 200:
            raise InvalidInput("a snippet needs a title of 1-200 characters")
        # Resampling a long upload takes a while: keep it off the event loop.
        audio, seconds = await asyncio.to_thread(normalise_wav, data)
        snippet_id = uuid.uuid4().hex
        path = self._folder / f"{snippet_id}.wav"
        await asyncio.to_thread(self._save, path, audio)
        row = {
            "id": snippet_id,
            "article_id": article_id,
            "kind": "audio",
            "title": title.strip(),
            "media_ref": path.name,
            "duration_seconds": round(seconds, 2),
            "created_at": self._clock(),
        }

        def write(s: Store) -> None:
            with s.transaction():
                if not s.kb.insert_attachment(row):
                    raise NotFound(f"no article {article_id}")
                s.audit(
                    self._clock(), actor, "kb_snippet_added", snippet_id, {"article_id": article_id}
                )

        try:
            await self._runner.run(write)
        except Exception:
            path.unlink(missing_ok=True)
            raise
        return KbAttachment.model_validate({k: row[k] for k in KbAttachment.model_fields})

    def _save(self, path: Path, audio: bytes) -> None:
        self._folder.mkdir(parents=True, exist_ok=True)
        path.write_bytes(audio)

    async def path(self, snippet_id: str) -> Path:
        """The snippet's file; only names from our own index, only inside our folder."""
        ref = await self._runner.run(lambda s: s.kb.attachment_ref(snippet_id, "audio"))
        if ref is None:
            raise NotFound(f"no voice snippet {snippet_id}")
        path = (self._folder / ref).resolve()
        if not path.is_relative_to(self._folder.resolve()) or not path.is_file():
            raise NotFound(f"voice snippet {snippet_id} has no audio file")
        return path
