"""KB REST calls over an injected async transport, returning protocol models (no Qt).

The main window injects its own transport (one shared httpx.AsyncClient with the session
token); `httpx_transport` builds one from an httpx client for tests and standalone use.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from typing import Any, Protocol

import httpx

from agent_desktop.protocol import API_PREFIX
from agent_desktop.protocol.kb import (
    KbArticle,
    KbArticleInput,
    KbArticleList,
    KbCategory,
    KbSearchResult,
    KbSuggestions,
)


class Transport(Protocol):
    """`await transport("GET", "/kb/search", params={...})` → decoded JSON (None for 204);
    raises KbApiError for an error answer."""

    def __call__(
        self, method: str, path: str, *, params: Mapping[str, Any] | None = None, json: Any = None
    ) -> Awaitable[Any]: ...


class KbApiError(Exception):
    def __init__(self, error_id: str, message: str, status: int = 0) -> None:
        super().__init__(message)
        self.error_id = error_id
        self.message = message
        self.status = status


def httpx_transport(
    client: httpx.AsyncClient, token: str | Callable[[], str], prefix: str = API_PREFIX
) -> Transport:
    """A transport over `client` (base_url set) sending `Authorization: Bearer <token>`."""

    async def call(
        method: str, path: str, *, params: Mapping[str, Any] | None = None, json: Any = None
    ) -> Any:
        bearer = token() if callable(token) else token
        try:
            r = await client.request(
                method,
                prefix + path,
                params=params,
                json=json,
                headers={"Authorization": f"Bearer {bearer}"},
            )
        except httpx.HTTPError as exc:
            raise KbApiError("network", str(exc) or type(exc).__name__) from exc
        if r.status_code >= 400:
            try:
                body = r.json()
                raise KbApiError(
                    body.get("error_id", "error"), body.get("message", r.text), r.status_code
                )
            except ValueError:
                raise KbApiError("error", r.text, r.status_code) from None
        return None if r.status_code == 204 else r.json()

    return call


class KbApi:
    def __init__(self, transport: Transport) -> None:
        self._call = transport

    async def search(self, q: str, queue: str | None = None, limit: int = 30) -> KbSearchResult:
        params: dict[str, Any] = {"q": q, "limit": limit}
        if queue:
            params["queue"] = queue
        return KbSearchResult.model_validate(await self._call("GET", "/kb/search", params=params))

    async def categories(self) -> list[KbCategory]:
        return [KbCategory.model_validate(c) for c in await self._call("GET", "/kb/categories")]

    async def articles(
        self, category_id: int | None = None, queue: str | None = None
    ) -> KbArticleList:
        params = {k: v for k, v in (("category_id", category_id), ("queue", queue)) if v}
        return KbArticleList.model_validate(await self._call("GET", "/kb/articles", params=params))

    async def article(self, article_id: int) -> KbArticle:
        return KbArticle.model_validate(await self._call("GET", f"/kb/articles/{article_id}"))

    async def suggestions(self, queue: str | None, ivr_path: str | None) -> KbSuggestions:
        params = {k: v for k, v in (("queue", queue), ("ivr_path", ivr_path)) if v}
        return KbSuggestions.model_validate(
            await self._call("GET", "/kb/suggestions", params=params)
        )

    async def save(self, article_id: int | None, data: KbArticleInput) -> KbArticle:
        body = data.model_dump()
        if article_id is None:
            raw = await self._call("POST", "/kb/articles", json=body)
        else:
            raw = await self._call("PUT", f"/kb/articles/{article_id}", json=body)
        return KbArticle.model_validate(raw)

    async def delete(self, article_id: int) -> None:
        await self._call("DELETE", f"/kb/articles/{article_id}")
