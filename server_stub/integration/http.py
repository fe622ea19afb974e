"""Endpoints of webhooks under `/api/v1/admin/webhooks` (permission `manage_integrations`,
admins): the receivers, a test send, and each one's delivery log."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Depends

from agent_desktop.protocol.admin import Permission
from agent_desktop.protocol.integration import (
    AdminWebhook,
    WebhookDeliveryList,
    WebhookInput,
    WebhookTestResult,
    WebhookUpdate,
)
from server_stub.api.deps import ServicesDep, permitted
from server_stub.api.params import ItemId, Offset
from server_stub.api.params import limit as limit_of
from server_stub.auth.service import Principal
from server_stub.integration.webhooks import subscribable_events

router = APIRouter(prefix="/admin/webhooks", tags=["integration"])
# Webhooks send the centre's calls elsewhere: admins (or a custom role granted it) only.
WebhookAdmin = Annotated[Principal, Depends(permitted(Permission.MANAGE_INTEGRATIONS))]


@router.get("", response_model=list[AdminWebhook])
async def list_webhooks(_: WebhookAdmin, svc: ServicesDep) -> list[AdminWebhook]:
    return await svc.webhooks.list()


@router.post("", response_model=AdminWebhook, status_code=201)
async def create_webhook(body: WebhookInput, me: WebhookAdmin, svc: ServicesDep) -> AdminWebhook:
    return await svc.webhooks.create(me, body)


@router.get("/events", response_model=list[str])
async def events(_: WebhookAdmin) -> list[str]:
    """The event names a webhook may subscribe to."""
    return subscribable_events()


@router.get("/{webhook_id}", response_model=AdminWebhook)
async def get_webhook(webhook_id: ItemId, _: WebhookAdmin, svc: ServicesDep) -> AdminWebhook:
    return await svc.webhooks.get(webhook_id)


@router.patch("/{webhook_id}", response_model=AdminWebhook)
async def update_webhook(
    webhook_id: ItemId, body: WebhookUpdate, me: WebhookAdmin, svc: ServicesDep
) -> AdminWebhook:
    return await svc.webhooks.update(me, webhook_id, body)


@router.delete("/{webhook_id}", status_code=204)
async def delete_webhook(webhook_id: ItemId, me: WebhookAdmin, svc: ServicesDep) -> None:
    await svc.webhooks.delete(me, webhook_id)


@router.post("/{webhook_id}/test", response_model=WebhookTestResult)
async def test_webhook(webhook_id: ItemId, me: WebhookAdmin, svc: ServicesDep) -> WebhookTestResult:
    return await svc.webhooks.test(me, webhook_id)


@router.get("/{webhook_id}/deliveries", response_model=WebhookDeliveryList)
async def deliveries(
    webhook_id: ItemId,
    _: WebhookAdmin,
    svc: ServicesDep,
    status: Literal["pending", "delivered", "failed"] | None = None,
    limit: Annotated[int, limit_of(1000)] = 100,
    offset: Offset = 0,
) -> WebhookDeliveryList:
    return await svc.webhooks.deliveries(webhook_id, status, limit, offset)
