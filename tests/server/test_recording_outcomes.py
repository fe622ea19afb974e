"""Telephony's recording outcomes with a fake media worker (issue 21): a recording that
cannot start or comes back partial/failed never touches the call, is on the record and
makes the recordings check say why; a complete one clears it."""

from __future__ import annotations

import asyncio
import wave
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from server_stub.app import Services, build_services
from server_stub.config import ServerConfig
from server_stub.media import wire as c
from server_stub.telephony.service import ActiveCall, Telephony


class FakeWorker:
    """Answers commands like a worker: `refuse` names commands it fails with an error."""

    worker_id = "w1"
    remote = False  # the coordinator's own worker (not a media host's)
    host = ""

    def __init__(self, refuse: tuple[str, ...] = ()) -> None:
        self.refuse = refuse
        self.sent: list[c.Command] = []

    def send(self, cmd: c.Command, timeout: float | None = None) -> asyncio.Task[dict[str, Any]]:
        self.sent.append(cmd)

        async def reply() -> dict[str, Any]:
            if cmd.name in self.refuse:
                raise c.CommandError(c.ErrorCode.MEDIA_ERROR, "cannot open file")
            return (
                {"recording": getattr(cmd, "recording", "")}
                if cmd.name == "record_start"
                else {"ok": True}
            )

        return asyncio.get_running_loop().create_task(reply())


@pytest.fixture
async def services(tmp_path: Path) -> AsyncIterator[Services]:
    made = build_services(ServerConfig(data_dir=tmp_path / "data", sip_enabled=False))
    await made.start()
    yield made
    await made.stop()


def _telephony(services: Services, folder: Path) -> Telephony:
    return Telephony(
        services.runner,
        services.acd,
        None,
        "127.0.0.1:5060",  # type: ignore[arg-type]
        folder,
        services.clock,
        outbound=services.outbound,
    )


async def _call(services: Services, worker: FakeWorker) -> ActiveCall:
    live = await services.acd.call_arrived("13800000000", "4008002000")
    return ActiveCall(call_id=live.id, worker=worker, customer_leg="c", agent_leg="a")  # type: ignore[arg-type]


def _row(services: Services, call_id: str) -> dict[str, Any]:
    row = services.runner.run_sync(lambda s: s.get_call(call_id))
    assert row is not None
    return row


async def test_unwritable_folder_connects_without_recording(
    services: Services, tmp_path: Path
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    telephony = _telephony(services, blocker / "recordings")
    worker = FakeWorker()
    call = await _call(services, worker)
    await telephony._connect(call)
    assert [cmd.name for cmd in worker.sent] == ["bridge"]  # connected, no recorder
    assert call.recording is None
    assert _row(services, call.call_id)["recording_status"] == "failed"
    assert telephony.recordings_health.check().startswith("unwritable: ")


async def test_worker_refusing_the_recorder_is_a_failed_recording(
    services: Services, tmp_path: Path
) -> None:
    telephony = _telephony(services, tmp_path / "rec")
    worker = FakeWorker(refuse=("record_start",))
    call = await _call(services, worker)
    await telephony._connect(call)
    assert [cmd.name for cmd in worker.sent] == ["bridge", "record_start"]
    assert call.recording is None
    assert _row(services, call.call_id)["recording_status"] == "failed"
    assert telephony.recordings_health.check() == (
        f"failed: call {call.call_id}: could not start: the media worker refused it"
    )


def _wav(path: Path, seconds: float) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(8000)
        w.writeframes(b"\0\0" * int(8000 * seconds))
    return path


async def test_finished_recordings_partial_failed_and_complete(
    services: Services, tmp_path: Path
) -> None:
    folder = tmp_path / "rec"
    telephony = _telephony(services, folder)
    health = telephony.recordings_health
    partial = await _call(services, FakeWorker())
    path = _wav(folder / "p.wav", 1.5)
    await telephony._recording_finished(
        c.RecordingFinished(
            recording=f"rec-{partial.call_id}-1", path=str(path), seconds=1.5, status="partial"
        )
    )
    row = _row(services, partial.call_id)
    assert row["recording_status"] == "partial" and row["recording_id"]
    rec = services.runner.run_sync(lambda s: s.get_recording(row["recording_id"]))
    assert rec is not None and rec["status"] == "partial" and rec["duration"] == 1.5
    assert health.check().startswith(f"failed: call {partial.call_id}: partial")

    empty = await _call(services, FakeWorker())
    await telephony._recording_finished(
        c.RecordingFinished(
            recording=f"rec-{empty.call_id}-1",
            path=str(folder / "gone.wav"),
            seconds=0,
            status="failed",
        )
    )
    row = _row(services, empty.call_id)
    assert row["recording_status"] == "failed" and row["recording_id"] is None

    good = await _call(services, FakeWorker())
    path = _wav(folder / "g.wav", 2.0)
    await telephony._recording_finished(
        c.RecordingFinished(recording=f"rec-{good.call_id}-1", path=str(path), seconds=2.0)
    )
    assert _row(services, good.call_id)["recording_status"] == "complete"
    assert health.check() == "ok"
