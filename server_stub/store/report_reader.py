"""The reports' own read-only connection and thread: a month of calls is read there, so a
report never holds up the store thread the ACD writes through (WAL lets both run; on
PostgreSQL it is a second connection whose transactions are read-only)."""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, TypeVar

from server_stub.store.dialect import PgConnection, is_postgres_url

T = TypeVar("T")


def open_read_only(path: Path | str) -> sqlite3.Connection:
    """A connection that does not write (query_only; the schema is the store's: it migrated
    it first). Opened read-write at the file level, as WAL readers need the shared-memory
    index: a `mode=ro` reader can fail while the writer checkpoints."""
    conn = sqlite3.connect(str(path), check_same_thread=False)
    conn.execute("PRAGMA query_only = 1")
    conn.execute("PRAGMA busy_timeout = 5000")
    conn.execute("PRAGMA cache_size = -65536")  # 64 MiB: a month of calls stays in memory
    return conn


def open_postgres_read_only(url: str) -> PgConnection:
    return PgConnection(url, read_only=True)


class ReportReader:
    """`await reader.run(lambda conn: ...)` on the reports thread (one report at a time)."""

    def __init__(self, path: Path | str) -> None:
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="reports")
        opener: Callable[[Any], Any] = (
            open_postgres_read_only if is_postgres_url(str(path)) else open_read_only
        )
        # sqlite3.Connection, or PgConnection that answers the same calls
        self._conn: sqlite3.Connection = self._executor.submit(opener, path).result()

    async def run(self, fn: Callable[[sqlite3.Connection], T]) -> T:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, fn, self._conn)

    def run_sync(self, fn: Callable[[sqlite3.Connection], T]) -> T:
        return self._executor.submit(fn, self._conn).result()

    def close(self) -> None:
        self._executor.submit(self._conn.close).result()
        self._executor.shutdown(wait=True)
