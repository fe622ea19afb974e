"""One server per data directory (issue 21, item 2): the locked pid file, and the
processes a killed run left behind, stopped by the next start (real processes)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from server_stub.data_lock import OWNER_ENV, DataDirBusyError, DataDirLock

SLEEP = "import time; time.sleep(60)"


@pytest.fixture
def spawned() -> Iterator[list[subprocess.Popen[bytes]]]:
    procs: list[subprocess.Popen[bytes]] = []
    yield procs
    for proc in procs:
        proc.kill()
        proc.wait()


def _spawn(procs: list[subprocess.Popen[bytes]], owner: Path, marker: str) -> int:
    """A stand-in for a child of a run: tagged with `owner`, `marker` in its argv."""
    proc = subprocess.Popen(
        [sys.executable, "-c", SLEEP, marker],
        env=dict(os.environ, **{OWNER_ENV: str(owner.resolve())}),
    )
    procs.append(proc)
    return proc.pid


def test_a_second_lock_on_the_same_dir_is_refused_with_the_holder(tmp_path: Path) -> None:
    first = DataDirLock(tmp_path)
    assert first.acquire().previous_pid is None  # a fresh directory
    assert (tmp_path / "server.pid").read_text().strip() == str(os.getpid())
    with pytest.raises(DataDirBusyError, match=f"pid {os.getpid()}"):
        DataDirLock(tmp_path).acquire()
    first.release()
    assert not (tmp_path / "server.pid").exists()  # a clean stop leaves no pid file
    again = DataDirLock(tmp_path)
    assert again.acquire().previous_pid is None
    again.release()


def test_a_start_after_a_crash_stops_what_that_run_left(
    tmp_path: Path, spawned: list[subprocess.Popen[bytes]]
) -> None:
    data, other = tmp_path / "data", tmp_path / "other"
    data.mkdir()
    (data / "server.pid").write_text("999999\n")  # written by a run that was killed
    worker = _spawn(spawned, data, "server_stub.media")
    edge = _spawn(spawned, data, "kamailio")
    desktop = _spawn(spawned, data, "agent_desktop")  # a user's window: left alone
    untagged = subprocess.Popen(  # an older version's edge: known by its config path
        [sys.executable, "-c", SLEEP, "kamailio", "-f", str(data / "edge" / "kamailio.cfg")],
        env={k: v for k, v in os.environ.items() if k != OWNER_ENV},
    )
    spawned.append(untagged)
    neighbour = _spawn(spawned, other, "server_stub.media")  # another data dir's worker

    lock = DataDirLock(data)
    reclaimed = lock.acquire()
    try:
        assert reclaimed.previous_pid == 999999
        assert sorted(reclaimed.stopped) == sorted(
            [(worker, "media worker"), (edge, "Kamailio"), (untagged.pid, "Kamailio")]
        )
        assert f"Kamailio {edge}" in reclaimed.summary()
        codes = {p.pid: p.poll() for p in spawned}
        assert codes[worker] is not None and codes[edge] is not None
        assert codes[desktop] is None and codes[neighbour] is None
    finally:
        lock.release()


def test_children_started_after_tagging_carry_the_owner(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(OWNER_ENV, raising=False)
    lock = DataDirLock(tmp_path)
    lock.acquire()
    try:
        lock.tag_children()
        out = subprocess.run(
            [sys.executable, "-c", f"import os; print(os.environ['{OWNER_ENV}'])"],
            capture_output=True,
            text=True,
            check=True,
        )
        assert out.stdout.strip() == str(tmp_path.resolve())
    finally:
        monkeypatch.delenv(OWNER_ENV, raising=False)
        lock.release()
