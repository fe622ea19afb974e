"""RecordingsHealth (issue 21): the recordings check from folder states and outcomes; the
folder is probed in a worker thread, never on the asyncio loop."""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from pathlib import Path

import pytest

from server_stub.recordings import health as health_module
from server_stub.recordings.health import RecordingsHealth


async def test_check_follows_folder_and_outcomes(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    health = RecordingsHealth(tmp_path / "rec", recording_now=lambda: ["c7"])
    assert await health.refresh() is None
    assert health.check() == "ok"
    health.recording_failed("c1", "partial: only 3.0 s of 9 s written")
    assert health.check() == "failed: call c1: partial: only 3.0 s of 9 s written"
    health.recording_complete()  # the next good recording clears it
    assert health.check() == "ok"

    health.min_free_bytes = 1 << 62  # no disk is that large: full
    with caplog.at_level(logging.ERROR):
        assert health.check() == "ok"  # check() reads the last probe, it does not probe
        assert (await health.refresh() or "").startswith("disk full: ")
        assert health.check().startswith("disk full: ")
        await health.refresh()
        assert health.check().startswith("disk full: ")
    errors = [
        r.getMessage()
        for r in caplog.records
        if r.levelno == logging.ERROR and r.getMessage().startswith("recordings:")
    ]
    assert len(errors) == 1 and "calls being recorded now: c7" in errors[0]  # once, not per check

    health.min_free_bytes = 0
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    health.folder = blocked / "rec"
    await health.refresh()
    assert health.check().startswith("unwritable: ")
    health.folder = tmp_path / "rec"
    await health.refresh()
    assert health.check() == "ok"


async def test_folder_is_probed_off_the_loop_and_a_hung_disk_stalls_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A stalled file system (a hung network share) blocks the probe, not the loop: the
    periodic refresh runs in a thread and /health's check() answers from the last probe."""
    loop_thread = threading.get_ident()
    probed_on: list[int] = []
    release = threading.Event()
    real_disk_usage = health_module.shutil.disk_usage

    def hung_disk_usage(path: str | Path) -> object:
        probed_on.append(threading.get_ident())
        release.wait(10)  # the share hangs until the test lets it go
        return real_disk_usage(path)

    monkeypatch.setattr(health_module.shutil, "disk_usage", hung_disk_usage)
    health = RecordingsHealth(tmp_path / "rec", interval=0.05)
    health.start()
    try:
        ticks = 0
        started = time.monotonic()
        while not probed_on and time.monotonic() - started < 5:
            await asyncio.sleep(0.01)
        assert probed_on, "the folder was never probed"
        for _ in range(20):  # the loop keeps running while the probe hangs
            await asyncio.sleep(0.01)
            ticks += 1
            assert health.check() == "ok"
        assert ticks == 20
        assert all(ident != loop_thread for ident in probed_on)
    finally:
        release.set()
        await health.stop()
