"""Endpoints: customer search, lookup by number, create, edit, contact history.

What a caller sees follows its role (`customers/crm.py`): agents their own customers and
the shared pool, leads their teams' and the pool, admins all.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from agent_desktop.protocol import CallRecord, Customer, CustomerInput, CustomerList
from server_stub.api.deps import AnyUser, CustomerEditor, ServicesDep
from server_stub.api.params import ItemId, Offset
from server_stub.api.params import limit as limit_of

router = APIRouter(prefix="/customers", tags=["customers"])


@router.get("", response_model=CustomerList)
async def search(
    me: AnyUser,
    svc: ServicesDep,
    q: Annotated[str, Query(max_length=200)] = "",
    phone: Annotated[str | None, Query(max_length=40)] = None,
    owner: Annotated[str | None, Query(max_length=64, description='agent ID or "pool"')] = None,
    limit: Annotated[int, limit_of(500)] = 50,
    offset: Offset = 0,
) -> CustomerList:
    if phone is not None:
        match = await svc.customers.match(phone)
        return CustomerList(customers=[match] if match else [], total=1 if match else 0)
    return await svc.crm.search(me, q, owner, limit, offset)


@router.post("", response_model=Customer, status_code=201)
async def create(body: CustomerInput, me: CustomerEditor, svc: ServicesDep) -> Customer:
    return await svc.crm.create(me, body)


@router.get("/{customer_id}", response_model=Customer)
async def get(customer_id: ItemId, me: AnyUser, svc: ServicesDep) -> Customer:
    return await svc.crm.get(me, customer_id)


@router.put("/{customer_id}", response_model=Customer)
async def update(
    customer_id: ItemId, body: CustomerInput, me: CustomerEditor, svc: ServicesDep
) -> Customer:
    return await svc.crm.update(me, customer_id, body)


@router.get("/{customer_id}/history", response_model=list[CallRecord])
async def history(
    customer_id: ItemId, me: AnyUser, svc: ServicesDep, limit: Annotated[int, limit_of(200)] = 20
) -> list[CallRecord]:
    await svc.crm.get(me, customer_id)
    return await svc.customers.history(customer_id, limit)
