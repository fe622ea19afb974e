"""Endpoints of the CRM: custom fields, follow-ups, appointments, the pool and transfers."""

from __future__ import annotations

import json
from typing import Annotated, Any, Literal

from fastapi import APIRouter, File, Form, Path, Query, Response, UploadFile
from fastapi.responses import JSONResponse
from pydantic import Field

from agent_desktop.protocol import Customer
from agent_desktop.protocol.crm import (
    FIELD_KEY_PATTERN,
    CustomField,
    CustomFieldInput,
    FollowUp,
    FollowUpInput,
    OwnershipChange,
    PhonebookEntry,
    PhonebookInput,
    TransferRequest,
)
from agent_desktop.protocol.models import MAX_ID, Request
from server_stub.admin.imports import to_csv, to_xlsx
from server_stub.api.deps import AnyUser, CustomerEditor, OrgAdmin, ServicesDep, Supervisor
from server_stub.api.params import ItemId, Seconds
from server_stub.api.params import limit as limit_of
from server_stub.customers.files import ImportRejected
from server_stub.errors import InvalidInput

router = APIRouter(tags=["customers"])
MAX_IMPORT_BYTES = 20 * 2**20
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
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


class MergeRequest(Request):
    duplicate_id: int = Field(ge=1, le=MAX_ID)


@router.post("/customers/{customer_id}/merge", response_model=Customer)
async def merge(
    customer_id: ItemId, body: MergeRequest, me: Supervisor, svc: ServicesDep
) -> Customer:
    """Merge a duplicate into this customer (calls, follow-ups, phones re-pointed)."""
    return await svc.crm.merge(me, customer_id, body.duplicate_id)


@router.post(
    "/customers/import",
    responses={422: {"description": "`{error_id, message, errors: [{line, field, message}]}`"}},
)
async def import_customers(
    me: Supervisor,
    svc: ServicesDep,
    file: Annotated[UploadFile, File(description="CSV or XLSX")],
    mapping: Annotated[str | None, Form(description="JSON: column header -> target")] = None,
) -> Any:
    """Customers from a CSV or Excel file (docs/customers.md): all rows or none."""
    data = await file.read(MAX_IMPORT_BYTES + 1)
    if len(data) > MAX_IMPORT_BYTES:
        raise InvalidInput("an import file may be at most 20 MB", field="file")
    chosen = None
    if mapping:
        try:
            chosen = json.loads(mapping)
        except ValueError:
            raise InvalidInput("mapping is not JSON", field="mapping") from None
        if not isinstance(chosen, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in chosen.items()
        ):
            raise InvalidInput("mapping must map column names to targets", field="mapping")
    try:
        count = await svc.crm.import_file(me, data, file.filename or "", chosen)
    except ImportRejected as exc:
        return JSONResponse(
            status_code=422,
            content={
                "error_id": exc.error_id,
                "message": exc.message,
                "details": [],
                "errors": exc.errors[:1000],
            },
        )
    return {"imported": count}


@router.get(
    "/customers/export",
    response_class=Response,
    responses={200: {"description": "the customers file", "content": {"text/csv": {}, XLSX: {}}}},
)
async def export_customers(
    me: Supervisor, svc: ServicesDep, format: Literal["csv", "xlsx"] = "csv"
) -> Response:
    """Every customer the caller may see, with custom fields, as CSV or XLSX."""
    table = await svc.crm.export_table(me)
    if format == "xlsx":
        body, media = to_xlsx(table), XLSX
    else:
        body, media = to_csv(table), "text/csv; charset=utf-8"
    headers = {"Content-Disposition": f'attachment; filename="customers.{format}"'}
    return Response(body, media_type=media, headers=headers)


@router.get("/phonebook", response_model=list[PhonebookEntry])
async def phonebook(
    _: AnyUser,
    svc: ServicesDep,
    q: Annotated[str, Query(max_length=100)] = "",
    limit: Annotated[int, limit_of(2000)] = 500,
) -> list[PhonebookEntry]:
    """通讯录: agents (internal) and external contacts matching `q`."""
    return await svc.phonebook.search(q, limit)


@router.post("/phonebook", response_model=PhonebookEntry, status_code=201)
async def add_contact(body: PhonebookInput, me: Supervisor, svc: ServicesDep) -> PhonebookEntry:
    return await svc.phonebook.save(me, None, body)


@router.put("/phonebook/{contact_id}", response_model=PhonebookEntry)
async def save_contact(
    contact_id: ItemId, body: PhonebookInput, me: Supervisor, svc: ServicesDep
) -> PhonebookEntry:
    return await svc.phonebook.save(me, contact_id, body)


@router.delete("/phonebook/{contact_id}", status_code=204)
async def delete_contact(contact_id: ItemId, me: Supervisor, svc: ServicesDep) -> Response:
    await svc.phonebook.delete(me, contact_id)
    return Response(status_code=204)
