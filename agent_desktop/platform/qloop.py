"""The qasync event loop, made safe for Qt event processing that happens outside its run.

qasync runs every asyncio callback (task steps, timers, socket readiness) from a Qt timer
event. Qt delivers those whenever *anyone* processes events: qasync 0.28's own
`run_until_complete` ends with one `processEvents()` after it has cleared the running
loop, and pytest-qt processes events after each test phase. A task step run then has no
running loop: `asyncio.current_task()`, anyio and httpx raise `RuntimeError: no running
event loop` in the middle of a request, which can leave the connection pool half-used and
the request's task dead (the outbox test hung on exactly that). Here the timer marks the
loop as running while it runs a callback, and `run_until_complete` stops as soon as its
future is done (pending events are handled by the next run).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from typing import Any, TypeVar

import qasync  # type: ignore[import-untyped]
from PySide6.QtCore import QTimerEvent

T = TypeVar("T")


class _Timer(qasync._SimpleTimer):  # type: ignore[misc]
    """qasync's callback timer; runs each callback with its loop as the running loop."""

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        super().__init__()
        self._loop = loop

    def timerEvent(self, event: QTimerEvent) -> None:  # Qt override
        if asyncio.events._get_running_loop() is not None:
            super().timerEvent(event)
            return
        asyncio.events._set_running_loop(self._loop)
        try:
            super().timerEvent(event)
        finally:
            asyncio.events._set_running_loop(None)


class QEventLoop(qasync.QEventLoop):  # type: ignore[misc]
    """qasync's loop with the safe timer; `run_until_complete` adds no trailing pass."""

    def __init__(self, app: Any = None) -> None:
        super().__init__(app)
        self._timer = _Timer(self)

    def run_until_complete(self, future: Awaitable[T]) -> T:
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
