"""KnowledgeBase service (知识库): articles with history, category tree, search, suggestions."""

from __future__ import annotations

import re
from collections.abc import Callable

from agent_desktop.protocol.kb import (
    KbArticle,
    KbArticleInput,
    KbArticleList,
    KbArticleSummary,
    KbAttachment,
    KbCategory,
    KbCategoryInput,
    KbSearchHit,
    KbSearchResult,
    KbSuggestions,
    KbVersion,
)
from server_stub.errors import Conflict, InvalidInput, NotFound
from server_stub.kb.text import highlight, parse_query, snippet
from server_stub.store import StoreRunner
from server_stub.store.base import Row, Store

_IVR_PATH = re.compile(r"^[0-9*#]+(,[0-9*#]+)*$")
MAX_QUERY = 200


def normalize_ivr_path(raw: str) -> str:
    """ "2>1", "2/1", "2 1" and "2,1" all mean digit 2 then digit 1: stored as "2,1"."""
    path = re.sub(r"[\s>/.\-]+", ",", raw.strip()).strip(",")
    if path and not _IVR_PATH.match(path):
        raise InvalidInput(f"not an IVR digit path: {raw!r}")
    return path


def _clean_list(values: list[str], limit: int) -> list[str]:
    out = [v.strip() for v in values if v.strip()]
    if any(len(v) > limit for v in out):
        raise InvalidInput(f"entries may have at most {limit} characters")
    return list(dict.fromkeys(out))


def summary_model(row: Row) -> KbArticleSummary:
    return KbArticleSummary(**{k: row[k] for k in KbArticleSummary.model_fields if k in row})


class KnowledgeBase:
    def __init__(self, runner: StoreRunner, clock: Callable[[], float]) -> None:
        self._runner = runner
        self._clock = clock

    # --- categories --------------------------------------------------------------------

    async def categories(self) -> list[KbCategory]:
        """The category tree: top-level categories with their children, sorted."""
        rows = await self._runner.run(lambda s: s.kb.list_categories())
        nodes = {r["id"]: KbCategory(**r) for r in rows}
        roots: list[KbCategory] = []
        for row in rows:
            parent = nodes.get(row["parent_id"]) if row["parent_id"] is not None else None
            (parent.children if parent is not None else roots).append(nodes[row["id"]])
        return roots

    async def _check_parent(self, parent_id: int | None, category_id: int | None) -> None:
        if parent_id is None:
            return
        rows = await self._runner.run(lambda s: s.kb.list_categories())
        parents = {r["id"]: r["parent_id"] for r in rows}
        if parent_id not in parents:
            raise InvalidInput(f"no category {parent_id}", parent_id=parent_id)
        node: int | None = parent_id
        while node is not None:  # a category may not move below itself
            if node == category_id:
                raise InvalidInput("a category cannot be inside itself")
            node = parents.get(node)

    async def create_category(self, data: KbCategoryInput, actor: str) -> KbCategory:
        await self._check_parent(data.parent_id, None)
        row = data.model_dump()

        def write(s: Store) -> int:
            with s.transaction():
                category_id = s.kb.insert_category(row)
                s.audit(self._clock(), actor, "kb_category_created", str(category_id), row)
            return category_id

        category_id = await self._runner.run(write)
        return KbCategory(id=category_id, **row)

    async def update_category(
        self, category_id: int, data: KbCategoryInput, actor: str
    ) -> KbCategory:
        await self._check_parent(data.parent_id, category_id)
        row = data.model_dump()

        def write(s: Store) -> bool:
            with s.transaction():
                found = s.kb.update_category(category_id, row)
                if found:
                    s.audit(self._clock(), actor, "kb_category_edited", str(category_id), row)
            return found

        if not await self._runner.run(write):
            raise NotFound(f"no category {category_id}", category_id=category_id)
        return KbCategory(id=category_id, **row)

    async def delete_category(self, category_id: int, actor: str) -> None:
        def write(s: Store) -> bool:
            if s.kb.get_category(category_id) is None:
                raise NotFound(f"no category {category_id}", category_id=category_id)
            if s.kb.category_in_use(category_id):
                raise Conflict("the category still has articles or subcategories")
            with s.transaction():
                s.audit(self._clock(), actor, "kb_category_deleted", str(category_id))
                return s.kb.delete_category(category_id)

        await self._runner.run(write)

    # --- articles ----------------------------------------------------------------------

    async def _article_row(self, data: KbArticleInput) -> Row:
        row = data.model_dump()
        row["tags"] = _clean_list(data.tags, 40)
        row["ivr_paths"] = [
            p for p in dict.fromkeys(normalize_ivr_path(p) for p in data.ivr_paths) if p
        ]
        queues = _clean_list(data.queues, 64)
        known = {q["name"] for q in await self._runner.run(lambda s: s.list_queues())}
        unknown = [q for q in queues if q not in known]
        if unknown:
            raise InvalidInput(f"unknown queues: {', '.join(unknown)}", queues=unknown)
        row["queues"] = queues
        if (
            data.category_id is not None
            and await self._runner.run(lambda s: s.kb.get_category(data.category_id))  # type: ignore[arg-type]
            is None
        ):
            raise InvalidInput(f"no category {data.category_id}")
        return row

    async def create(self, data: KbArticleInput, author: str) -> KbArticle:
        row = await self._article_row(data)
        now = self._clock()

        def write(s: Store) -> int:
            with s.transaction():
                article_id = s.kb.insert_article(row, author, now)
                s.audit(now, author, "kb_article_created", str(article_id))
            return article_id

        return await self.get(await self._runner.run(write))

    async def update(self, article_id: int, data: KbArticleInput, author: str) -> KbArticle:
        row = await self._article_row(data)
        now = self._clock()

        def write(s: Store) -> bool:
            with s.transaction():
                found = s.kb.update_article(article_id, row, author, now)
                if found:
                    s.audit(now, author, "kb_article_edited", str(article_id))
            return found

        if not await self._runner.run(write):
            raise NotFound(f"no article {article_id}", article_id=article_id)
        return await self.get(article_id)

    async def delete(self, article_id: int, author: str) -> None:
        now = self._clock()

        def write(s: Store) -> bool:
            with s.transaction():
                found = s.kb.delete_article(article_id, author, now)
                if found:
                    s.audit(now, author, "kb_article_deleted", str(article_id))
            return found

        if not await self._runner.run(write):
            raise NotFound(f"no article {article_id}", article_id=article_id)

    async def get(self, article_id: int) -> KbArticle:
        def read(s: Store) -> tuple[Row | None, list[Row]]:
            return s.kb.get_article(article_id), s.kb.list_categories()

        row, categories = await self._runner.run(read)
        if row is None:
            raise NotFound(f"no article {article_id}", article_id=article_id)
        by_id = {c["id"]: c for c in categories}
        path: list[str] = []
        node = by_id.get(row["category_id"])
        while node is not None and len(path) < 20:
            path.insert(0, node["name"])
            node = by_id.get(node["parent_id"])
        row["category_path"] = path
        row["attachments"] = [KbAttachment(**a) for a in row["attachments"]]
        return KbArticle(**{k: row[k] for k in KbArticle.model_fields if k in row})

    async def versions(self, article_id: int) -> list[KbVersion]:
        rows = await self._runner.run(lambda s: s.kb.versions(article_id))
        if not rows:
            raise NotFound(f"no article {article_id}", article_id=article_id)
        return [KbVersion(**{k: r[k] for k in KbVersion.model_fields if k in r}) for r in rows]

    async def list(
        self, category_id: int | None, queue: str | None, limit: int, offset: int
    ) -> KbArticleList:
        rows, total = await self._runner.run(
            lambda s: s.kb.list_articles(category_id, queue, limit, offset)
        )
        return KbArticleList(articles=[summary_model(r) for r in rows], total=total)

    # --- search and suggestions --------------------------------------------------------

    async def search(self, text: str, queue: str | None, limit: int) -> KbSearchResult:
        query = parse_query(text[:MAX_QUERY])
        mode, rows = await self._runner.run(lambda s: s.kb.search(query, queue, limit))
        terms = query.highlight_terms if mode != "relaxed" else query.relaxed_terms()
        hits = [
            KbSearchHit(
                id=r["id"],
                title=r["title"],
                title_html=highlight(r["title"], terms),
                snippet_html=snippet(r["body"], terms),
                category_id=r["category_id"],
                tags=r["tags"],
                score=-float(r["score"]),
                updated_at=r["updated_at"],
            )
            for r in rows
        ]
        return KbSearchResult(query=query.text, mode=mode, hits=hits)  # type: ignore[arg-type]

    async def suggestions(
        self, queue: str | None, ivr_path: str | None, limit: int
    ) -> KbSuggestions:
        """IVR-path matches first (longest path first), then the queue's own articles,
        then general ones; newest first within each group."""
        path = normalize_ivr_path(ivr_path) if ivr_path else ""
        rows = await self._runner.run(lambda s: s.kb.suggestion_candidates(queue))

        def rank(row: Row) -> tuple[int, int]:
            digits = path.split(",") if path else []
            best = 0
            for p in row["ivr_paths"]:
                parts = p.split(",")
                if digits[: len(parts)] == parts:
                    best = max(best, len(parts))
            own_queue = 1 if queue is not None and queue in row["queues"] else 0
            return best, own_queue

        ranked = sorted(rows, key=rank, reverse=True)  # stable: newest first within a rank
        return KbSuggestions(
            queue=queue, ivr_path=path or None, articles=[summary_model(r) for r in ranked[:limit]]
        )
