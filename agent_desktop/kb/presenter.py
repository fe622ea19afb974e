"""KnowledgePresenter: the KB panel's state and async calls; signals out, no widgets.

Search-as-you-type is debounced by a single-shot QTimer; each search runs as an asyncio
task on the qasync loop and a newer query cancels the older one, so results never arrive
out of order.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Coroutine
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from agent_desktop.kb.api import KbApi, KbApiError
from agent_desktop.protocol.kb import KbArticleInput, KbArticleSummary, KbSearchHit

log = logging.getLogger(__name__)
DEBOUNCE_MS = 250


class KnowledgePresenter(QObject):
    categories_changed = Signal(list)  # list[KbCategory]
    results_changed = Signal(str, list)  # kind ("search", "category", "suggestions"), items
    article_shown = Signal(object)  # KbArticle
    article_saved = Signal(object)  # KbArticle
    article_deleted = Signal(int)
    failed = Signal(str, str)  # what, message
    busy_changed = Signal(bool)

    def __init__(self, api: KbApi, queue: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._api = api
        self.queue = queue
        self._query = ""
        self._search_task: asyncio.Task[None] | None = None
        self._tasks: set[asyncio.Task[Any]] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._on_timer_timeout)

    # --- inputs ------------------------------------------------------------------------

    def set_query(self, text: str) -> None:
        """Called on every keystroke; the search starts once typing pauses."""
        self._query = text.strip()
        self._timer.start()

    def search_now(self) -> None:
        self._timer.stop()
        self._on_timer_timeout()

    def load_categories(self) -> None:
        self._spawn(self._load_categories())

    def open_category(self, category_id: int) -> None:
        self._spawn(self._open_category(category_id))

    def open_article(self, article_id: int) -> None:
        self._spawn(self._open_article(article_id))

    def show_suggestions(self, queue: str | None, ivr_path: str | None) -> None:
        self.queue = queue or self.queue
        self._spawn(self._suggestions(queue, ivr_path))

    def save_article(self, article_id: int | None, data: KbArticleInput) -> None:
        self._spawn(self._save(article_id, data))

    def delete_article(self, article_id: int) -> None:
        self._spawn(self._delete(article_id))

    def close(self) -> None:
        self._timer.stop()
        for task in list(self._tasks):
            task.cancel()

    # --- work --------------------------------------------------------------------------

    def _on_timer_timeout(self) -> None:
        if self._search_task is not None and not self._search_task.done():
            self._search_task.cancel()
        self._search_task = self._spawn(self._search(self._query))

    def _spawn(self, coro: Coroutine[Any, Any, None]) -> asyncio.Task[None]:
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        self.busy_changed.emit(True)
        task.add_done_callback(self._on_task_done)
        return task

    def _on_task_done(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if not self._tasks:
            self.busy_changed.emit(False)
        if not task.cancelled() and task.exception() is not None:
            log.error("KB task failed", exc_info=task.exception())

    async def _guard(self, what: str, coro: Coroutine[Any, Any, None]) -> None:
        try:
            await coro
        except KbApiError as exc:
            self.failed.emit(what, exc.message)

    async def _search(self, query: str) -> None:
        async def run() -> None:
            if not query:
                self.results_changed.emit("search", [])
                return
            result = await self._api.search(query, self.queue)
            hits: list[KbSearchHit] = result.hits
            self.results_changed.emit("search", hits)

        await self._guard("search", run())

    async def _load_categories(self) -> None:
        async def run() -> None:
            self.categories_changed.emit(await self._api.categories())

        await self._guard("categories", run())

    async def _open_category(self, category_id: int) -> None:
        async def run() -> None:
            listing = await self._api.articles(category_id=category_id)
            items: list[KbArticleSummary] = listing.articles
            self.results_changed.emit("category", items)

        await self._guard("category", run())

    async def _open_article(self, article_id: int) -> None:
        async def run() -> None:
            self.article_shown.emit(await self._api.article(article_id))

        await self._guard("article", run())

    async def _suggestions(self, queue: str | None, ivr_path: str | None) -> None:
        async def run() -> None:
            got = await self._api.suggestions(queue, ivr_path)
            self.results_changed.emit("suggestions", got.articles)

        await self._guard("suggestions", run())

    async def _save(self, article_id: int | None, data: KbArticleInput) -> None:
        async def run() -> None:
            article = await self._api.save(article_id, data)
            self.article_saved.emit(article)
            self.article_shown.emit(article)
            self.categories_changed.emit(await self._api.categories())

        await self._guard("save", run())

    async def _delete(self, article_id: int) -> None:
        async def run() -> None:
            await self._api.delete(article_id)
            self.article_deleted.emit(article_id)
            self.categories_changed.emit(await self._api.categories())

        await self._guard("delete", run())
