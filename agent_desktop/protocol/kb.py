"""Knowledge-base (知识库) request and response bodies under `/api/v1/kb`."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from agent_desktop.protocol.models import MAX_ID, Request, Response

__all__ = [
    "KbArticle",
    "KbArticleInput",
    "KbArticleList",
    "KbArticleSummary",
    "KbAttachment",
    "KbCategory",
    "KbCategoryInput",
    "KbSearchHit",
    "KbSearchResult",
    "KbSuggestions",
    "KbVersion",
]

SearchMode = Literal["trigram", "short", "mixed", "relaxed", "empty"]


class KbCategoryInput(Request):
    """Create or rename a category; `parent_id` None makes it a top-level category."""

    name: str = Field(min_length=1, max_length=100)
    parent_id: int | None = Field(default=None, ge=1, le=MAX_ID)
    sort: int = Field(default=0, ge=-1_000_000, le=1_000_000)


class KbCategory(Response):
    """One node of the category tree with its direct article count."""

    id: int
    name: str
    parent_id: int | None = None
    sort: int = 0
    article_count: int = 0
    children: list[KbCategory] = Field(default_factory=list)


class KbArticleInput(Request):
    """Create or edit an article. `body` is Markdown; queues empty = every queue.

    `ivr_paths` are IVR digit paths such as "2" or "2,1": the article is suggested for
    calls whose path starts with one of them.
    """

    title: str = Field(min_length=1, max_length=200)
    body: str = Field(default="", max_length=100_000)
    category_id: int | None = Field(default=None, ge=1, le=MAX_ID)
    tags: list[str] = Field(default_factory=list, max_length=30)
    queues: list[str] = Field(default_factory=list, max_length=50)
    ivr_paths: list[str] = Field(default_factory=list, max_length=20)


class KbAttachment(Response):
    """A file attached to an article. Only `audio` (语音知识库 snippets) is foreseen;
    `media_ref` names the prompt/recording the media path can play into a call."""

    id: str
    kind: Literal["audio"]
    title: str
    media_ref: str
    duration_seconds: float | None = None


class KbArticleSummary(Response):
    """An article in a list (no body)."""

    id: int
    title: str
    category_id: int | None = None
    tags: list[str] = Field(default_factory=list)
    queues: list[str] = Field(default_factory=list)
    updated_at: float


class KbArticle(Response):
    """A whole article. `category_path` names the categories from the root down."""

    id: int
    title: str
    body: str
    category_id: int | None = None
    category_path: list[str] = Field(default_factory=list)
    tags: list[str] = Field(default_factory=list)
    queues: list[str] = Field(default_factory=list)
    ivr_paths: list[str] = Field(default_factory=list)
    author: str
    version: int
    created_at: float
    updated_at: float
    attachments: list[KbAttachment] = Field(default_factory=list)


class KbArticleList(Response):
    articles: list[KbArticleSummary]
    total: int


class KbVersion(Response):
    """One saved state of an article: every create, edit and delete adds one."""

    version: int
    action: Literal["created", "edited", "deleted"]
    title: str
    body: str
    category_id: int | None = None
    tags: list[str] = Field(default_factory=list)
    queues: list[str] = Field(default_factory=list)
    ivr_paths: list[str] = Field(default_factory=list)
    author: str
    edited_at: float


class KbSearchHit(Response):
    """A search result. `title_html` and `snippet_html` are HTML-escaped text in which
    only `<mark>…</mark>` was added around the matched terms."""

    id: int
    title: str
    title_html: str
    snippet_html: str
    category_id: int | None = None
    tags: list[str] = Field(default_factory=list)
    score: float
    updated_at: float


class KbSearchResult(Response):
    """Hits best first. `mode` says which index answered (for diagnostics)."""

    query: str
    mode: SearchMode
    hits: list[KbSearchHit]


class KbSuggestions(Response):
    """Articles for the current call: IVR-path matches first, then the queue's own."""

    queue: str | None = None
    ivr_path: str | None = None
    articles: list[KbArticleSummary]
