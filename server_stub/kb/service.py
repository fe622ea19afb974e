"""KnowledgeBase service: articles, categories and search (filled in by the KB slice)."""

from __future__ import annotations

from collections.abc import Callable

from server_stub.store import StoreRunner


class KnowledgeBase:
    def __init__(self, runner: StoreRunner, clock: Callable[[], float]) -> None:
        self._runner = runner
        self._clock = clock
