"""Endpoints of inbound flows under /api/v1/admin (routing admins only): flows with
versions, publish and simulate; time groups and forced overrides; voicemail and callback
requests left by callers; black and white lists of numbers."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Body, Path, Query
from fastapi.responses import FileResponse

from agent_desktop.protocol.flows import (
    FLOW_ID,
    CallbackRequest,
    Flow,
    FlowInput,
    FlowPublish,
    FlowSimulation,
    FlowSimulationRequest,
    FlowUpdate,
    TimeOverride,
    Voicemail,
)
from agent_desktop.protocol.number_areas import (
    NumberAreaImport,
    NumberAreaImportResult,
    NumberAreaLookup,
    NumberAreas,
)
from agent_desktop.protocol.number_lists import (
    NumberListEntry,
    NumberListImport,
    NumberListImportResult,
    NumberListInput,
)
from server_stub.api.deps import RoutingAdmin, ServicesDep
from server_stub.api.params import limit as limit_of

router = APIRouter(prefix="/admin", tags=["inbound flows"])
FlowId = Annotated[str, Path(pattern=FLOW_ID)]
Version = Annotated[int | None, Query(ge=1, le=1_000_000)]


@router.get("/flows", response_model=list[Flow])
async def flows(_: RoutingAdmin, svc: ServicesDep) -> list[Flow]:
    return await svc.flows.flows()


@router.post("/flows", response_model=Flow, status_code=201)
async def create_flow(body: FlowInput, me: RoutingAdmin, svc: ServicesDep) -> Flow:
    """Save a new flow (version 1, not yet published); 422 lists every problem by path."""
    return await svc.flows.create(me, body)


@router.get("/flows/{flow_id}", response_model=Flow)
async def flow(flow_id: FlowId, _: RoutingAdmin, svc: ServicesDep, version: Version = None) -> Flow:
    return await svc.flows.flow(flow_id, version)


@router.put("/flows/{flow_id}", response_model=Flow)
async def update_flow(
    flow_id: FlowId, body: FlowUpdate, me: RoutingAdmin, svc: ServicesDep
) -> Flow:
    """Save the document as the flow's next version (calls keep the published one)."""
    return await svc.flows.update(me, flow_id, body)


@router.post("/flows/{flow_id}/publish", response_model=Flow)
async def publish_flow(
    flow_id: FlowId,
    me: RoutingAdmin,
    svc: ServicesDep,
    body: Annotated[FlowPublish | None, Body()] = None,
) -> Flow:
    """Calls from now on run this version (the latest, or `version`: a rollback)."""
    return await svc.flows.publish_version(me, flow_id, body.version if body else None)


@router.post("/flows/{flow_id}/simulate", response_model=FlowSimulation)
async def simulate_flow(
    flow_id: FlowId, body: FlowSimulationRequest, _: RoutingAdmin, svc: ServicesDep
) -> FlowSimulation:
    """The path a caller would take, node by node (no call placed)."""
    return await svc.flows.simulate(flow_id, body)


@router.get("/time-groups")
async def time_groups(_: RoutingAdmin, svc: ServicesDep) -> list[dict[str, Any]]:
    return await svc.flows.time_groups()


@router.put("/time-groups")
async def put_time_groups(
    body: Annotated[list[dict[str, Any]], Body(max_length=200)], me: RoutingAdmin, svc: ServicesDep
) -> list[dict[str, Any]]:
    """Replace every time group (weekly hours, holidays, make-up workdays)."""
    return await svc.flows.put_time_groups(me, body)


@router.get("/overrides", response_model=list[TimeOverride])
async def overrides(_: RoutingAdmin, svc: ServicesDep) -> list[TimeOverride]:
    return await svc.flows.overrides()


@router.put("/overrides", response_model=list[TimeOverride])
async def put_overrides(
    body: Annotated[list[TimeOverride], Body(max_length=200)], me: RoutingAdmin, svc: ServicesDep
) -> list[TimeOverride]:
    """Replace the forced states (强制处理); an empty list lifts them all."""
    return await svc.flows.put_overrides(me, body)


@router.get("/voicemails", response_model=list[Voicemail])
async def voicemails(
    _: RoutingAdmin,
    svc: ServicesDep,
    box: Annotated[str | None, Query(max_length=64)] = None,
    limit: Annotated[int, limit_of(500)] = 100,
) -> list[Voicemail]:
    messages = await svc.flows.voicemails(box, limit)
    return [m.model_copy(update={"box_kind": svc.voicemails.box_kind(m.box)}) for m in messages]


@router.get("/voicemails/{voicemail_id}/audio", response_class=FileResponse)
async def voicemail_audio(
    voicemail_id: Annotated[str, Path(max_length=80)], _: RoutingAdmin, svc: ServicesDep
) -> FileResponse:
    return FileResponse(await svc.flows.voicemail_file(voicemail_id), media_type="audio/wav")


@router.get("/callbacks", response_model=list[CallbackRequest])
async def callbacks(
    _: RoutingAdmin, svc: ServicesDep, limit: Annotated[int, limit_of(500)] = 100
) -> list[CallbackRequest]:
    return await svc.flows.callbacks(limit)


EntryId = Annotated[int, Path(ge=1, le=2**62)]


@router.get("/number-lists", response_model=list[NumberListEntry])
async def number_lists(_: RoutingAdmin, svc: ServicesDep) -> list[NumberListEntry]:
    """Every black and white list entry (黑白名单)."""
    return await svc.number_lists.entries()


@router.post("/number-lists", response_model=NumberListEntry, status_code=201)
async def add_number_list_entry(
    body: NumberListInput, me: RoutingAdmin, svc: ServicesDep
) -> NumberListEntry:
    """Add a number or a prefix (`170*`) to the black or white list; calls use it at once."""
    return await svc.number_lists.create(me, body)


@router.post("/number-lists/import", response_model=NumberListImportResult)
async def import_number_lists(
    body: NumberListImport, me: RoutingAdmin, svc: ServicesDep
) -> NumberListImportResult:
    """CSV lines `number,list,direction,note`: all imported, or none (422 lists bad lines)."""
    return await svc.number_lists.import_csv(me, body)


@router.patch("/number-lists/{entry_id}", response_model=NumberListEntry)
@router.put("/number-lists/{entry_id}", response_model=NumberListEntry)
async def change_number_list_entry(
    entry_id: EntryId, body: NumberListInput, me: RoutingAdmin, svc: ServicesDep
) -> NumberListEntry:
    """Change an entry (the whole entry: list, number, direction, note)."""
    return await svc.number_lists.update(me, entry_id, body)


@router.delete("/number-lists/{entry_id}", status_code=204)
async def remove_number_list_entry(entry_id: EntryId, me: RoutingAdmin, svc: ServicesDep) -> None:
    await svc.number_lists.delete(me, entry_id)


@router.get("/number-areas", response_model=NumberAreas)
async def number_areas(_: RoutingAdmin, svc: ServicesDep) -> NumberAreas:
    """The number-area table (号码归属地): imported rows and the built-in ones."""
    return await svc.number_areas.areas()


@router.get("/number-areas/lookup", response_model=NumberAreaLookup)
async def number_area_of(
    _: RoutingAdmin,
    svc: ServicesDep,
    number: Annotated[str, Query(min_length=1, max_length=32)],
) -> NumberAreaLookup:
    """The province and city a number belongs to (longest prefix), or `area: null`."""
    return await svc.number_areas.lookup(number)


@router.post("/number-areas/import", response_model=NumberAreaImportResult)
async def import_number_areas(
    body: NumberAreaImport, me: RoutingAdmin, svc: ServicesDep
) -> NumberAreaImportResult:
    """CSV lines `prefix,province,city`: all imported, or none (422 lists bad lines)."""
    return await svc.number_areas.import_csv(me, body)


@router.delete("/number-areas", status_code=204)
async def clear_number_areas(me: RoutingAdmin, svc: ServicesDep) -> None:
    """Remove every imported row (the built-in table stays)."""
    await svc.number_areas.clear(me)
