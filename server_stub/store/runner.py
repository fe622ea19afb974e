"""Runs store work on one dedicated thread: the single write path, awaited from asyncio.

A database locked by another process (a backup tool, an admin's sqlite3 shell) makes a
write wait up to the store's busy timeout, then `run` raises `DatabaseBusy` (503 with
Retry-After). Writes of decisions already taken in memory (`defer`) are never refused:
they are held in order and written as soon as the lock clears (issue 21)."""

from __future__ import annotations

import asyncio
import collections
import contextlib
import logging
import sqlite3
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

from server_stub.errors import DatabaseBusy
from server_stub.store.base import Store

T = TypeVar("T")
log = logging.getLogger(__name__)

BUSY_RETRY_SECONDS = 0.5  # how often held-back writes are tried while the lock is held
_SHORT_WAIT_MS = 500  # busy timeout of each write while the database is known to be locked


def is_busy_error(exc: BaseException) -> bool:
    """SQLITE_BUSY / SQLITE_LOCKED: another connection holds the lock."""
    text = str(exc).lower()
    return isinstance(exc, sqlite3.OperationalError) and ("locked" in text or "busy" in text)


class StoreRunner:
    """`await runner.run(lambda s: s.get_agent("1001"))` runs on the store's own thread."""

    def __init__(self, factory: Callable[[], Store]) -> None:
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="store")
        # Open the connection on the store thread itself, so it is only ever used there.
        self._store: Store = self._executor.submit(factory).result()
        # Held-back writes (what, fn), touched only on the store thread; their count is
        # read from the event loop (an int read is atomic).
        self._held: collections.deque[tuple[str, Callable[[Store], Any]]] = collections.deque()
        self.held_count = 0
        self.busy_since: float | None = None  # when the lock was first met; None: not busy
        self._drain_task: asyncio.Task[None] | None = None

    @property
    def busy(self) -> bool:
        """The database was locked at the last attempt, or writes are still held back."""
        return self.busy_since is not None or self.held_count > 0

    # --- on the store thread -----------------------------------------------------------
    @contextlib.contextmanager
    def _short_wait(
        self, milliseconds: int = _SHORT_WAIT_MS, always: bool = False
    ) -> Iterator[None]:
        """While the database is known to be locked (or `always`), do not wait the full
        busy timeout."""
        setter = getattr(self._store, "busy_timeout", None)
        if (self.busy_since is None and not always) or setter is None:
            yield
            return
        with setter(milliseconds):
            yield

    def _drain(self, wait_ms: int = 0) -> None:
        """Write held-back decisions in order; stop at the first that is still locked.

        Before other work it does not wait for the lock (`wait_ms` 0), so reads stay fast
        while the lock is held; the drain task waits a little."""
        written = 0
        while self._held:
            what, fn = self._held[0]
            try:
                with self._short_wait(wait_ms):
                    fn(self._store)
            except Exception as exc:
                if is_busy_error(exc):
                    return
                log.exception("held-back write %s failed; dropped", what)
            self._held.popleft()
            self.held_count = len(self._held)
            written += 1
        if written:
            log.warning("database writable again: %d held-back writes written in order", written)
            self.busy_since = None

    def _lock_free(self) -> bool:
        probe = getattr(self._store, "write_lock_free", None)
        free = True if probe is None else bool(probe())
        if free and not self._held:
            self.busy_since = None
        elif not free and self.busy_since is None:
            self.busy_since = time.time()
        return free

    def _job(self, fn: Callable[[Store], T]) -> T:
        # Held-back writes go first. If they are still locked out, `fn` runs anyway: a
        # read succeeds (WAL), a write meets the same lock and fails busy.
        self._drain()
        try:
            with self._short_wait():
                result = fn(self._store)
        except Exception as exc:
            if is_busy_error(exc) and self.busy_since is None:
                self.busy_since = time.time()
            raise
        if self.busy_since is not None:  # a read succeeds under the lock: look again
            self._lock_free()
        return result

    def _defer_job(self, what: str, fn: Callable[[Store], Any]) -> bool:
        """Run now if nothing is held and the lock is free, else hold. True: written."""
        self._drain()
        if not self._held:
            try:  # the call goes on either way: do not hold it up for long
                with self._short_wait(always=True):
                    fn(self._store)
                return True
            except Exception as exc:
                if not is_busy_error(exc):
                    raise
                self.busy_since = self.busy_since or time.time()
        self._held.append((what, fn))
        self.held_count = len(self._held)
        return False

    # --- from asyncio ------------------------------------------------------------------
    async def run(self, fn: Callable[[Store], T]) -> T:
        """Run `fn` on the store thread. Raises DatabaseBusy when the lock did not clear."""
        loop = asyncio.get_running_loop()
        try:
            return await loop.run_in_executor(self._executor, self._job, fn)
        except sqlite3.OperationalError as exc:
            if not is_busy_error(exc):
                raise
            raise DatabaseBusy(
                "the database is locked by another process (a backup or an sqlite3 shell?); "
                "the change was not saved: retry shortly"
            ) from exc

    async def writable(self) -> bool:
        """Probe the write lock now (for /health); updates `busy`."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, self._lock_free)

    async def defer(self, what: str, fn: Callable[[Store], Any]) -> None:
        """Write a decision already taken in memory: now, or in order once the lock clears.

        Never raises for a locked database; `what` names the write in the log."""
        loop = asyncio.get_running_loop()
        written = await loop.run_in_executor(self._executor, self._defer_job, what, fn)
        if not written:
            log.error(
                "database locked: %s held back (%d waiting), written when the lock clears",
                what,
                self.held_count,
            )
            if self._drain_task is None or self._drain_task.done():
                self._drain_task = loop.create_task(self._keep_draining(), name="store-drain")

    async def _keep_draining(self) -> None:
        loop = asyncio.get_running_loop()
        while self.held_count:
            await asyncio.sleep(BUSY_RETRY_SECONDS)
            await loop.run_in_executor(self._executor, self._drain, 100)

    def run_sync(self, fn: Callable[[Store], T]) -> T:
        """For start-up and shutdown code outside the event loop."""
        return self._executor.submit(self._job, fn).result()

    def close(self) -> None:
        if self._drain_task is not None:
            self._drain_task.cancel()

        def final() -> None:
            self._drain()
            if self._held:
                log.error(
                    "database still locked at shutdown: %d held-back writes lost: %s",
                    len(self._held),
                    ", ".join(what for what, _ in self._held),
                )
            self._store.close()

        self._executor.submit(final).result()
        self._executor.shutdown(wait=True)
