"""Recording finalisation without pjsua2: WAV-length reads and the deadline polling."""

from __future__ import annotations

import concurrent.futures
import wave
from pathlib import Path
from typing import Any

from server_stub.media import wire as c
from server_stub.media.audio_files import (
    FINALIZE_TIMEOUT_S,
    Finalizer,
    fix_wav_header,
    wav_seconds,
)


def _wav(path: Path, frames: int, rate: int = 8000) -> Path:
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(b"\0\0" * frames)
    return path


def _unfinished(path: Path, frames: int) -> Path:
    """A WAV whose header still says 0 frames while data follows (recorder not yet gone)."""
    data = _wav(path, frames).read_bytes()
    header = bytearray(data[:44])
    header[40:44] = (0).to_bytes(4, "little")
    path.write_bytes(bytes(header) + data[44:])
    return path


def test_wav_seconds_reads_finalised_headers_only(tmp_path: Path) -> None:
    assert wav_seconds(str(_wav(tmp_path / "a.wav", 4000))) == 0.5
    assert wav_seconds(str(_wav(tmp_path / "empty.wav", 0))) == 0.0  # nothing recorded
    assert wav_seconds(str(_unfinished(tmp_path / "b.wav", 800))) is None
    assert wav_seconds(str(tmp_path / "missing.wav")) is None
    (tmp_path / "junk.wav").write_bytes(b"not a wav")
    assert wav_seconds(str(tmp_path / "junk.wav")) is None


def test_finalizer_waits_for_the_header_then_reports_and_replies(tmp_path: Path) -> None:
    path = _unfinished(tmp_path / "r.wav", 1600)
    events: list[c.Event] = []
    reply: concurrent.futures.Future[dict[str, Any]] = concurrent.futures.Future()
    fin = Finalizer()
    assert not fin
    fin.add("R1", str(path), reply, now=100.0)
    fin.poll(100.5, events.append)
    assert fin and events == [] and not reply.done()
    _wav(path, 1600)  # the header is written on a later clock tick
    fin.poll(100.6, events.append)
    assert not fin
    assert events == [c.RecordingFinished(recording="R1", path=str(path), seconds=0.2)]
    assert reply.result() == {"path": str(path), "seconds": 0.2, "status": "complete"}


def test_finalizer_fixes_up_the_header_at_the_deadline(tmp_path: Path) -> None:
    slow = str(_unfinished(tmp_path / "slow.wav", 800))
    done = str(_wav(tmp_path / "done.wav", 800))
    events: list[c.Event] = []
    fin = Finalizer()
    fin.add("R1", slow, None, now=10.0)
    fin.add("R2", done, None, now=10.0)
    fin.poll(10.1, events.append)  # the written one goes at once, the other waits
    assert events == [c.RecordingFinished(recording="R2", path=done, seconds=0.1)] and fin
    fin.poll(10.0 + FINALIZE_TIMEOUT_S - 0.01, events.append)
    assert len(events) == 1
    fin.poll(10.0 + FINALIZE_TIMEOUT_S, events.append)
    # the writer died (disk full): what it wrote is kept, with a header that says so
    assert events[-1] == c.RecordingFinished(
        recording="R1", path=slow, seconds=0.1, status="partial"
    )
    assert wav_seconds(slow) == 0.1
    assert not fin


def test_fix_wav_header_counts_whole_frames_and_refuses_non_wavs(tmp_path: Path) -> None:
    path = _unfinished(tmp_path / "cut.wav", 800)
    with path.open("ab") as f:
        f.write(b"\1")  # a frame cut in half by the full disk
    assert fix_wav_header(str(path)) == 0.1
    with wave.open(str(path), "rb") as w:
        assert w.getnframes() == 800
    (tmp_path / "junk.wav").write_bytes(b"not a wav at all, really")
    assert fix_wav_header(str(tmp_path / "junk.wav")) is None
    assert fix_wav_header(str(tmp_path / "missing.wav")) is None


def test_an_empty_recording_is_reported_failed_and_removed(tmp_path: Path) -> None:
    empty = _wav(tmp_path / "empty.wav", 0)
    header_only = _unfinished(tmp_path / "header.wav", 0)
    events: list[c.Event] = []
    fin = Finalizer()
    fin.add("R1", str(empty), None, now=0.0)
    fin.add("R2", str(header_only), None, now=0.0)
    fin.poll(FINALIZE_TIMEOUT_S, events.append)
    assert [
        (e.recording, e.status)
        for e in events  # type: ignore[attr-defined]
    ] == [("R1", "failed"), ("R2", "failed")]
    assert not empty.exists() and not header_only.exists()


def test_finalizer_leaves_an_already_settled_reply_alone(tmp_path: Path) -> None:
    reply: concurrent.futures.Future[dict[str, Any]] = concurrent.futures.Future()
    reply.cancel()
    fin = Finalizer()
    fin.add("R1", str(_wav(tmp_path / "x.wav", 80)), reply, now=0.0)
    fin.poll(0.0, lambda event: None)
    assert reply.cancelled() and not fin
