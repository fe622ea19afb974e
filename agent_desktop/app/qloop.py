"""The qasync event loop with a `run_until_complete` that never runs a task step outside it.

qasync 0.28's `run_until_complete` ends with one `processEvents()` *after* `run_forever`
has cleared the running loop. A task step that is ready at that moment (a callback queued
on a Qt timer) then runs with no running loop: `asyncio.current_task()`, anyio and httpx
raise `RuntimeError: no running event loop` in the middle of a request, which can leave
the connection pool half-used. Tests call `run_until_complete` many times, so there it
happened often (the outbox test); the app calls it at exit. Events still pending are
simply handled by the next run.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from typing import Any, TypeVar

import qasync

T = TypeVar("T")


class QEventLoop(qasync.QEventLoop):  # type: ignore[misc]
    """qasync's loop; `run_until_complete` stops when the future is done, nothing after."""

    def run_until_complete(self, future: Awaitable[T]) -> T:  # type: ignore[override]
        if self.is_running():
            raise RuntimeError("Event loop already running")
        task = asyncio.ensure_future(future, loop=self)

        def stop(_: Any) -> None:
            self.stop()

        task.add_done_callback(stop)
        try:
            self.run_forever()
        finally:
            task.remove_done_callback(stop)
        if not task.done():
            raise RuntimeError("Event loop stopped before Future completed.")
        return task.result()


def run(main: Awaitable[T]) -> T:
    """`qasync.run` on this loop (one QApplication must exist)."""
    with asyncio.Runner(loop_factory=QEventLoop) as runner:
        return runner.run(main)  # type: ignore[arg-type]
