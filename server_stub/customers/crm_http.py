"""Endpoints of the CRM: custom fields, follow-ups, appointments, the pool and transfers."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Response

from agent_desktop.protocol import Customer
from agent_desktop.protocol.crm import (
    FIELD_KEY_PATTERN,
    CustomField,
    CustomFieldInput,
    FollowUp,
    FollowUpInput,
    OwnershipChange,
    TransferRequest,
)
from server_stub.api.deps import AnyUser, CustomerEditor, OrgAdmin, ServicesDep, Supervisor
from server_stub.api.params import ItemId, Seconds
from server_stub.api.params import limit as limit_of

router = APIRouter(tags=["customers"])
FieldKey = Annotated[str, Path(pattern=FIELD_KEY_PATTERN, description="field key")]


@router.get("/admin/fields", response_model=list[CustomField])
async def list_fields(_: AnyUser, svc: ServicesDep) -> list[CustomField]:
    return await svc.crm.fields()


@router.put("/admin/fields/{key}", response_model=CustomField)
async def save_field(
    key: FieldKey, body: CustomFieldInput, me: OrgAdmin, svc: ServicesDep
) -> CustomField:
    return await svc.crm.save_field(me, key, body)


@router.delete("/admin/fields/{key}", status_code=204)
async def delete_field(key: FieldKey, me: OrgAdmin, svc: ServicesDep) -> Response:
    await svc.crm.delete_field(me, key)
    return Response(status_code=204)


@router.get("/customers/{customer_id}/follow-ups", response_model=list[FollowUp])
async def follow_ups(
    customer_id: ItemId, me: AnyUser, svc: ServicesDep, limit: Annotated[int, limit_of(500)] = 50
) -> list[FollowUp]:
    return await svc.crm.follow_ups(me, customer_id, limit)


@router.post("/customers/{customer_id}/follow-ups", response_model=FollowUp, status_code=201)
async def add_follow_up(
    customer_id: ItemId, body: FollowUpInput, me: CustomerEditor, svc: ServicesDep
) -> FollowUp:
    return await svc.crm.add_follow_up(me, customer_id, body)


@router.get("/appointments", response_model=list[FollowUp])
async def appointments(
    until: Seconds, me: AnyUser, svc: ServicesDep, limit: Annotated[int, limit_of(500)] = 100
) -> list[FollowUp]:
    """The caller's open appointments due by `until`, soonest first."""
    return await svc.crm.appointments(me, until, limit)


@router.post("/appointments/{follow_up_id}/done", response_model=FollowUp)
async def finish_appointment(follow_up_id: ItemId, me: AnyUser, svc: ServicesDep) -> FollowUp:
    return await svc.crm.finish_appointment(me, follow_up_id)


@router.post("/customers/{customer_id}/claim", response_model=Customer)
async def claim(customer_id: ItemId, me: CustomerEditor, svc: ServicesDep) -> Customer:
    return await svc.crm.claim(me, customer_id)


@router.post("/customers/{customer_id}/release", response_model=Customer)
async def release(customer_id: ItemId, me: CustomerEditor, svc: ServicesDep) -> Customer:
    return await svc.crm.release(me, customer_id)


@router.post("/customers/transfer", response_model=OwnershipChange)
async def transfer(body: TransferRequest, me: Supervisor, svc: ServicesDep) -> OwnershipChange:
    return await svc.crm.transfer(me, body)
