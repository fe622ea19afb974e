"""Prompt players and recorders as the engine holds them, and WAV finalisation (no pjsua2).

The holders keep the pjsua2 player or recorder as an opaque reference: the engine alone
creates and drops it (dropping a recorder is what writes its WAV header). pjmedia 2.14+
writes that header on a later clock tick, so a stopped recording waits in a `Finalizer`,
which polls the file's header until it names a length or a deadline passes; that is
plain file reading and bookkeeping, testable without a SIP stack.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import logging
import os
import struct
import wave
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from server_stub.media import wire as c

log = logging.getLogger(__name__)
FINALIZE_TIMEOUT_S = 2.0  # give up waiting for a WAV header this long after stopping
Reply = concurrent.futures.Future[dict[str, Any]]


@dataclass
class Playback:
    player: Any  # the engine's pj.AudioMediaPlayer; the last reference
    leg: str
    file: str
    loop: bool


@dataclass
class Recording:
    recorder: Any  # pj.AudioMediaRecorder; dropping the last reference finalises the WAV
    path: str


@dataclass
class Finalizing:
    rid: str
    path: str
    deadline: float  # monotonic
    reply: Reply | None  # a record_stop command's reply, settled when the file is written


def wav_seconds(path: str) -> float | None:
    """Length of a finalised WAV; None while its header still says 0 frames."""
    try:
        with wave.open(path, "rb") as w:
            frames, rate = w.getnframes(), w.getframerate()
        if frames == 0 and os.path.getsize(path) > 44:
            return None
        return frames / float(rate)
    except (OSError, wave.Error, EOFError):
        return None


def fix_wav_header(path: str) -> float | None:
    """Make the RIFF and data sizes of a WAV whose writer died (disk full) match the
    bytes on disk, so what was written plays. Returns its seconds; None if not a WAV.

    Rewrites 8 bytes in place: needs no new disk blocks, so it works on a full disk."""
    try:
        with open(path, "r+b") as f:
            size = os.fstat(f.fileno()).st_size
            head = f.read(12)
            if len(head) < 12 or head[:4] != b"RIFF" or head[8:12] != b"WAVE":
                return None
            offset, fmt = 12, None
            while offset + 8 <= size:
                f.seek(offset)
                chunk, length = struct.unpack("<4sI", f.read(8))
                if chunk == b"fmt ":
                    fmt = struct.unpack("<HHIIHH", f.read(16))
                elif chunk == b"data":
                    break
                offset += 8 + length + (length & 1)
            else:
                return None
            if fmt is None or fmt[4] == 0 or fmt[2] == 0:
                return None
            rate, align = int(fmt[2]), int(fmt[4])
            data = (size - offset - 8) // align * align
            f.seek(4)
            f.write(struct.pack("<I", offset + data))
            f.seek(offset + 4)
            f.write(struct.pack("<I", data))
        return data / align / float(rate)
    except (OSError, struct.error):
        return None


class Finalizer:
    """Recordings whose recorder is gone, until their WAV header is written."""

    def __init__(self) -> None:
        self._waiting: list[Finalizing] = []

    def __bool__(self) -> bool:
        return bool(self._waiting)

    def add(self, rid: str, path: str, reply: Reply | None, now: float) -> None:
        self._waiting.append(Finalizing(rid, path, now + FINALIZE_TIMEOUT_S, reply))

    def poll(self, now: float, emit: Callable[[c.Event], None]) -> None:
        """Report each recording whose header is written (or whose deadline passed):
        `RecordingFinished` to `emit`, then the result to its reply if it has one."""
        waiting = []
        for fin in self._waiting:
            seconds = wav_seconds(fin.path)
            if seconds is None and now < fin.deadline:
                waiting.append(fin)
                continue
            status = "complete"
            if seconds is None:  # the writer failed (disk full?): keep what was written
                seconds = fix_wav_header(fin.path)
                status = "partial"
                log.error(
                    "recording %s: WAV header not written (disk full?); fixed up: %.1f s kept",
                    fin.path,
                    seconds or 0.0,
                )
            if not seconds:  # nothing usable: never leave an empty file to be served
                status = "failed"
                log.error("recording %s is empty: removed", fin.path)
                with contextlib.suppress(OSError):
                    os.unlink(fin.path)
            emit(
                c.RecordingFinished(
                    recording=fin.rid, path=fin.path, seconds=seconds or 0, status=status
                )
            )
            if fin.reply is not None and not fin.reply.done():
                fin.reply.set_result(
                    {"path": fin.path, "seconds": seconds or 0.0, "status": status}
                )
        self._waiting = waiting
