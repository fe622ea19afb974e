"""Runs store work on one dedicated thread: the single write path, awaited from asyncio."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

from server_stub.store.base import Store

T = TypeVar("T")


class StoreRunner:
    """`await runner.run(lambda s: s.get_agent("1001"))` runs on the store's own thread."""

    def __init__(self, factory: Callable[[], Store]) -> None:
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="store")
        # Open the connection on the store thread itself, so it is only ever used there.
        self._store: Store = self._executor.submit(factory).result()

    async def run(self, fn: Callable[[Store], T]) -> T:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, fn, self._store)

    def run_sync(self, fn: Callable[[Store], T]) -> T:
        """For start-up and shutdown code outside the event loop."""
        return self._executor.submit(fn, self._store).result()

    def close(self) -> None:
        self._executor.submit(self._store.close).result()
        self._executor.shutdown(wait=True)
