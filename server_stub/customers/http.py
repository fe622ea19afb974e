"""Endpoints: customer search, lookup by number, create, edit, contact history."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter

from agent_desktop.protocol import CallRecord, Customer, CustomerInput, CustomerList
from server_stub.api.deps import AnyUser, CustomerEditor, ServicesDep
from server_stub.api.params import ItemId, Offset
from server_stub.api.params import limit as limit_of

router = APIRouter(prefix="/customers", tags=["customers"])


@router.get("", response_model=CustomerList)
async def search(
    _: AnyUser,
    svc: ServicesDep,
    q: str = "",
    phone: str | None = None,
    limit: Annotated[int, limit_of(500)] = 50,
    offset: Offset = 0,
) -> CustomerList:
    if phone is not None:
        match = await svc.customers.match(phone)
        return CustomerList(customers=[match] if match else [], total=1 if match else 0)
    return await svc.customers.search(q, limit, offset)


@router.post("", response_model=Customer, status_code=201)
async def create(body: CustomerInput, _: CustomerEditor, svc: ServicesDep) -> Customer:
    return await svc.customers.create(body)


@router.get("/{customer_id}", response_model=Customer)
async def get(customer_id: ItemId, _: AnyUser, svc: ServicesDep) -> Customer:
    return await svc.customers.get(customer_id)


@router.put("/{customer_id}", response_model=Customer)
async def update(
    customer_id: ItemId, body: CustomerInput, _: CustomerEditor, svc: ServicesDep
) -> Customer:
    return await svc.customers.update(customer_id, body)


@router.get("/{customer_id}/history", response_model=list[CallRecord])
async def history(
    customer_id: ItemId, _: AnyUser, svc: ServicesDep, limit: Annotated[int, limit_of(200)] = 20
) -> list[CallRecord]:
    await svc.customers.get(customer_id)
    return await svc.customers.history(customer_id, limit)
