"""Runs one check every few seconds on the asyncio loop until stopped (the watches' loop)."""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import logging
from collections.abc import Awaitable, Callable

log = logging.getLogger(__name__)


class Periodic:
    """Calls `body` (plain or async) every `interval` seconds; an exception in one round is
    logged and the next round runs anyway."""

    def __init__(
        self, name: str, interval: float, body: Callable[[], Awaitable[object] | object]
    ) -> None:
        self._name = name
        self._interval = interval
        self._body = body
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        self._task = asyncio.create_task(self._run(), name=self._name)

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None

    async def _run(self) -> None:
        while True:
            try:
                result = self._body()
                if inspect.isawaitable(result):
                    await result
            except Exception:  # keep running whatever one round hit
                log.exception("%s: one round failed", self._name)
            await asyncio.sleep(self._interval)
