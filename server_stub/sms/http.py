"""Endpoints of SMS (短信): `/sms` (send, log, retry: any signed-in user, narrowed to their
own messages; leads their teams', admins all), `/sms/templates`, and the admins'
`/admin/sms/gateway` and `/admin/sms/templates/{name}`."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Path

from agent_desktop.protocol.sms import (
    NAME_PATTERN,
    SmsGateway,
    SmsGatewayInput,
    SmsMessage,
    SmsMessageList,
    SmsSendRequest,
    SmsTemplate,
    SmsTemplateInput,
)
from server_stub.api.deps import AnyUser, OrgAdmin, ServicesDep
from server_stub.api.params import ItemId, Offset, OptionalId
from server_stub.api.params import limit as limit_of

router = APIRouter(tags=["sms"])
TemplateName = Annotated[str, Path(pattern=NAME_PATTERN)]


@router.post("/sms", response_model=SmsMessage, status_code=201)
async def send(body: SmsSendRequest, me: AnyUser, svc: ServicesDep) -> SmsMessage:
    """Logged first, then handed to the gateway: 201 when sent; 502 `sms_gateway_error` or
    503 `sms_gateway_missing` when not (the message stays in the log as failed)."""
    return await svc.sms.send(body, me)


@router.get("/sms", response_model=SmsMessageList)
async def messages(
    me: AnyUser,
    svc: ServicesDep,
    customer_id: OptionalId = None,
    status: Literal["queued", "sent", "failed"] | None = None,
    limit: Annotated[int, limit_of(500)] = 100,
    offset: Offset = 0,
) -> SmsMessageList:
    return await svc.sms.messages(me, {"customer_id": customer_id, "status": status}, limit, offset)


@router.post("/sms/{message_id}/retry", response_model=SmsMessage)
async def retry(message_id: ItemId, me: AnyUser, svc: ServicesDep) -> SmsMessage:
    return await svc.sms.retry(message_id, me)


@router.get("/sms/templates", response_model=list[SmsTemplate])
async def templates(_: AnyUser, svc: ServicesDep) -> list[SmsTemplate]:
    return await svc.sms.templates()


@router.put("/admin/sms/templates/{name}", response_model=SmsTemplate)
async def save_template(
    name: TemplateName, body: SmsTemplateInput, who: OrgAdmin, svc: ServicesDep
) -> SmsTemplate:
    return await svc.sms.save_template(name, body.text, who.agent_id)


@router.delete("/admin/sms/templates/{name}", status_code=204)
async def delete_template(name: TemplateName, who: OrgAdmin, svc: ServicesDep) -> None:
    await svc.sms.delete_template(name, who.agent_id)


@router.get("/admin/sms/gateway", response_model=SmsGateway)
async def gateway(_: OrgAdmin, svc: ServicesDep) -> SmsGateway:
    return await svc.sms.gateway()


@router.put("/admin/sms/gateway", response_model=SmsGateway)
async def set_gateway(body: SmsGatewayInput, who: OrgAdmin, svc: ServicesDep) -> SmsGateway:
    return await svc.sms.set_gateway(body, who.agent_id)
