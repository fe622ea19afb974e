"""Endpoints of the knowledge base under /api/v1/kb: search and read for all, edit for leads."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Request, Response
from fastapi.responses import FileResponse

from agent_desktop.protocol.kb import (
    KbArticle,
    KbArticleInput,
    KbArticleList,
    KbAttachment,
    KbCategory,
    KbCategoryInput,
    KbSearchResult,
    KbSuggestions,
    KbVersion,
)
from server_stub.api.deps import AnyUser, KbEditor, ServicesDep
from server_stub.api.params import ItemId, Offset, OptionalId
from server_stub.api.params import limit as limit_of

router = APIRouter(prefix="/kb", tags=["knowledge base"])


@router.get("/search", response_model=KbSearchResult)
async def search(
    _: AnyUser,
    svc: ServicesDep,
    q: str = "",
    queue: str | None = None,
    limit: Annotated[int, limit_of(100)] = 20,
) -> KbSearchResult:
    return await svc.kb.search(q, queue or None, limit)


@router.get("/suggestions", response_model=KbSuggestions)
async def suggestions(
    _: AnyUser,
    svc: ServicesDep,
    queue: str | None = None,
    ivr_path: str | None = None,
    limit: Annotated[int, limit_of(50)] = 10,
) -> KbSuggestions:
    return await svc.kb.suggestions(queue or None, ivr_path, limit)


@router.get("/categories", response_model=list[KbCategory])
async def categories(_: AnyUser, svc: ServicesDep) -> list[KbCategory]:
    return await svc.kb.categories()


@router.post("/categories", response_model=KbCategory, status_code=201)
async def create_category(body: KbCategoryInput, who: KbEditor, svc: ServicesDep) -> KbCategory:
    return await svc.kb.create_category(body, who.agent_id)


@router.put("/categories/{category_id}", response_model=KbCategory)
async def update_category(
    category_id: ItemId, body: KbCategoryInput, who: KbEditor, svc: ServicesDep
) -> KbCategory:
    return await svc.kb.update_category(category_id, body, who.agent_id)


@router.delete("/categories/{category_id}", status_code=204)
async def delete_category(category_id: ItemId, who: KbEditor, svc: ServicesDep) -> Response:
    await svc.kb.delete_category(category_id, who.agent_id)
    return Response(status_code=204)


@router.get("/articles", response_model=KbArticleList)
async def articles(
    _: AnyUser,
    svc: ServicesDep,
    category_id: OptionalId = None,
    queue: str | None = None,
    limit: Annotated[int, limit_of(500)] = 100,
    offset: Offset = 0,
) -> KbArticleList:
    return await svc.kb.list(category_id, queue or None, limit, offset)


@router.post("/articles", response_model=KbArticle, status_code=201)
async def create_article(body: KbArticleInput, who: KbEditor, svc: ServicesDep) -> KbArticle:
    return await svc.kb.create(body, who.agent_id)


@router.get("/articles/{article_id}", response_model=KbArticle)
async def article(article_id: ItemId, _: AnyUser, svc: ServicesDep) -> KbArticle:
    return await svc.kb.get(article_id)


@router.put("/articles/{article_id}", response_model=KbArticle)
async def update_article(
    article_id: ItemId, body: KbArticleInput, who: KbEditor, svc: ServicesDep
) -> KbArticle:
    return await svc.kb.update(article_id, body, who.agent_id)


@router.delete("/articles/{article_id}", status_code=204)
async def delete_article(article_id: ItemId, who: KbEditor, svc: ServicesDep) -> Response:
    await svc.kb.delete(article_id, who.agent_id)
    return Response(status_code=204)


@router.get("/articles/{article_id}/versions", response_model=list[KbVersion])
async def article_versions(article_id: ItemId, _: KbEditor, svc: ServicesDep) -> list[KbVersion]:
    return await svc.kb.versions(article_id)


@router.post("/articles/{article_id}/snippets", response_model=KbAttachment, status_code=201)
async def add_snippet(
    article_id: ItemId, request: Request, lead: KbEditor, svc: ServicesDep, title: str
) -> KbAttachment:
    """Upload a voice snippet (语音知识库) for an article: the request body is a PCM WAV."""
    data = await request.body()
    return await svc.snippets.add(article_id, title, data, lead.agent_id)


@router.get("/snippets/{snippet_id}/audio", response_class=FileResponse)
async def snippet_audio(snippet_id: str, _: AnyUser, svc: ServicesDep) -> FileResponse:
    return FileResponse(await svc.snippets.path(snippet_id), media_type="audio/wav")
