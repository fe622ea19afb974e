"""StoreRunner with the database locked by another connection (issue 21): a write waits
a bounded time then raises DatabaseBusy; deferred decisions are held and written in order
once the lock clears; nothing overtakes them; health reads the busy state."""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from server_stub.app import database_check
from server_stub.errors import DatabaseBusy
from server_stub.records.queue_log import to_row
from server_stub.store import SqliteStore, StoreRunner
from server_stub.store import sqlite as sqlite_module


class Lock:
    """Another connection (as a backup tool or sqlite3 shell would) holding the write lock."""

    def __init__(self, path: Path) -> None:
        self.conn = sqlite3.connect(path, isolation_level=None)

    def __enter__(self) -> Lock:
        self.conn.execute("BEGIN IMMEDIATE")
        return self

    def __exit__(self, *_: object) -> None:
        self.conn.execute("ROLLBACK")


@pytest.fixture
def runner(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[StoreRunner]:
    monkeypatch.setattr(sqlite_module, "BUSY_TIMEOUT_MS", 300)  # the bound, kept short here
    monkeypatch.setattr("server_stub.store.runner.BUSY_RETRY_SECONDS", 0.05)
    made = StoreRunner(lambda: SqliteStore(tmp_path / "db"))
    yield made
    made.close()


def _log(event: str) -> object:
    return lambda s: s.append_queue_log(to_row(1.0, "c1", "q", "a", event))


def _events(runner: StoreRunner) -> list[str]:
    return [r["event"] for r in runner.run_sync(lambda s: s.queue_log())]


async def test_locked_write_is_refused_busy_then_works(runner: StoreRunner, tmp_path: Path) -> None:
    assert database_check(runner) == "ok"
    with Lock(tmp_path / "db"):
        assert not await runner.writable()  # what /health asks: seen before any write
        assert database_check(runner) == "busy: locked by another process"
        with pytest.raises(DatabaseBusy) as raised:
            await runner.run(_log("DIRECT"))  # type: ignore[arg-type]
        assert raised.value.status == 503 and "locked by another process" in raised.value.message
        assert runner.busy and database_check(runner).startswith("busy")
        # reads still work under WAL, and do not make the database look free
        assert await runner.run(lambda s: s.get_setting("x")) is None
        assert runner.busy
    await runner.run(_log("AFTER"))  # type: ignore[arg-type]
    assert not runner.busy and database_check(runner) == "ok"
    assert _events(runner) == ["AFTER"]


async def test_deferred_decisions_are_held_and_written_in_order(
    runner: StoreRunner, tmp_path: Path
) -> None:
    await runner.defer("first", _log("ENTERQUEUE"))  # type: ignore[arg-type]
    with Lock(tmp_path / "db"):
        for event in ("RINGNOANSWER", "CONNECT", "COMPLETECALLER"):
            await runner.defer(event, _log(event))  # type: ignore[arg-type]
        assert runner.held_count == 3
        assert database_check(runner) == "busy: locked by another process; 3 changes held back"
        with pytest.raises(DatabaseBusy):  # a direct write may not overtake them
            await runner.run(_log("DIRECT"))  # type: ignore[arg-type]
    for _ in range(200):  # the drain task writes them once the lock is gone
        if not runner.held_count:
            break
        await asyncio.sleep(0.02)
    assert runner.held_count == 0 and not runner.busy
    assert _events(runner) == ["ENTERQUEUE", "RINGNOANSWER", "CONNECT", "COMPLETECALLER"]


async def test_a_direct_write_after_the_lock_writes_held_ones_first(
    runner: StoreRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("server_stub.store.runner.BUSY_RETRY_SECONDS", 60)  # no drain task
    with Lock(tmp_path / "db"):
        await runner.defer("held", _log("HELD"))  # type: ignore[arg-type]
    await runner.run(_log("DIRECT"))  # type: ignore[arg-type]
    assert _events(runner) == ["HELD", "DIRECT"]
