"""Endpoints of outbound campaigns (外呼任务) under /campaigns: leads and admins create,
import lists, start/pause/stop, watch figures and export results, keep the do-not-call
list; agents join and leave, and in preview mode take the next contact, dial, skip and
record the result (docs/outbound.md)."""

from __future__ import annotations

import json
from typing import Annotated, Any, Literal

from fastapi import APIRouter, File, Form, Path, Response, UploadFile
from fastapi.responses import JSONResponse

from server_stub.api.deps import AnyUser, OrgAdmin, ServicesDep, Supervisor
from server_stub.errors import InvalidInput
from server_stub.outbound.permissions import DialPermissionsInput
from server_stub.outbound.schemas import CampaignInput, DncRequest, ResultRequest, SkipRequest
from server_stub.outbound.service import RowErrors

router = APIRouter(prefix="/campaigns", tags=["campaigns"])
CampaignId = Annotated[int, Path(ge=1, le=2**53)]
ContactId = Annotated[int, Path(ge=1, le=2**53)]
MAX_IMPORT_BYTES = 20 * 2**20
_ROWS_422: dict[int | str, dict[str, Any]] = {
    200: {"description": "dry run: what an import would do, nothing imported"},
    422: {"description": "`{error_id, message, errors: [{row, error}]}`: nothing was imported"},
}


# --- do not call (before /{id}: "dnc" is no campaign id) ------------------------------


@router.get("/dnc")
async def dnc_list(_: Supervisor, svc: ServicesDep) -> list[dict[str, Any]]:
    """The do-not-call list (禁呼名单): never dialled by any campaign."""
    return await svc.campaigns.dnc()


@router.post("/dnc", status_code=201)
async def dnc_add(body: DncRequest, me: Supervisor, svc: ServicesDep) -> dict[str, Any]:
    return await svc.campaigns.dnc_add(body.numbers, body.note, me.agent_id)


@router.delete("/dnc")
async def dnc_remove(body: DncRequest, me: Supervisor, svc: ServicesDep) -> dict[str, Any]:
    return await svc.campaigns.dnc_remove(body.numbers, me.agent_id)


@router.delete("/dnc/{number}")
async def dnc_remove_one(
    number: Annotated[str, Path(max_length=40)], me: Supervisor, svc: ServicesDep
) -> dict[str, Any]:
    return await svc.campaigns.dnc_remove([number], me.agent_id)


@router.get("/permissions")
async def permissions(_: Supervisor, svc: ServicesDep) -> dict[str, Any]:
    """Outbound permissions (外呼权限): per role and per agent, `local`, `national` or
    `international`; the centre's area code. No entry: no limit."""
    return await svc.dial_permissions.get()


@router.put("/permissions")
async def set_permissions(
    body: DialPermissionsInput, me: OrgAdmin, svc: ServicesDep
) -> dict[str, Any]:
    return await svc.dial_permissions.put(body, me.agent_id)


@router.get("/mine")
async def mine(me: AnyUser, svc: ServicesDep) -> list[dict[str, Any]]:
    """The campaigns I joined, each with the contact being called for me (`current`)."""
    return await svc.campaigns.mine(me.agent_id)


# --- campaigns ---------------------------------------------------------------------------


@router.post("", status_code=201)
async def create(body: CampaignInput, me: Supervisor, svc: ServicesDep) -> dict[str, Any]:
    """A campaign in draft; 422 names the bad setting."""
    return await svc.campaigns.create(body, me.agent_id)


@router.get("")
async def campaigns(_: AnyUser, svc: ServicesDep) -> list[dict[str, Any]]:
    return await svc.campaigns.all()


@router.get("/{campaign_id}")
async def campaign(campaign_id: CampaignId, _: AnyUser, svc: ServicesDep) -> dict[str, Any]:
    return await svc.campaigns.get(campaign_id)


@router.post("/{campaign_id}/contacts", status_code=201, responses=_ROWS_422)
async def import_contacts(
    campaign_id: CampaignId,
    me: Supervisor,
    svc: ServicesDep,
    file: Annotated[UploadFile, File(description="CSV or XLSX")],
    mapping: Annotated[str | None, Form(max_length=4000)] = None,
    dry_run: bool = False,
    skip_invalid: bool = False,
) -> Any:
    """A contact list. Any bad row: 422 with every one, nothing imported (unless
    `skip_invalid=1`); `dry_run=1` only reports (200)."""
    columns: dict[str, str] | None = None
    if mapping:
        try:
            columns = json.loads(mapping)
        except ValueError:
            raise InvalidInput("mapping is not JSON", field="mapping") from None
        if not isinstance(columns, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in columns.items()
        ):
            raise InvalidInput(
                'mapping must be an object such as {"number": "Phone"}', field="mapping"
            )
    data = await file.read(MAX_IMPORT_BYTES + 1)
    if len(data) > MAX_IMPORT_BYTES:
        raise InvalidInput(f"a list may be at most {MAX_IMPORT_BYTES // 2**20} MB", field="file")
    try:
        summary = await svc.campaigns.import_contacts(
            campaign_id, data, file.filename or "", columns, dry_run, skip_invalid, me.agent_id
        )
    except RowErrors as exc:
        return JSONResponse(
            status_code=422,
            content={
                "error_id": exc.error_id,
                "message": exc.message,
                "details": [],
                "errors": exc.errors,
            },
        )
    if dry_run:
        return JSONResponse(status_code=200, content=summary)
    return summary


@router.post("/{campaign_id}/start")
async def start(campaign_id: CampaignId, me: Supervisor, svc: ServicesDep) -> dict[str, Any]:
    """Start or resume; 409 when the state does not allow it or no contact is left. Outside
    calling hours it starts and answers `dialling: false, reason: "outside calling hours"`:
    nothing is dialled until the hours open."""
    return await svc.campaigns.act(campaign_id, "start", me.agent_id)


@router.post("/{campaign_id}/pause")
async def pause(campaign_id: CampaignId, me: Supervisor, svc: ServicesDep) -> dict[str, Any]:
    """No new calls; calls in progress go on. 409 unless running."""
    return await svc.campaigns.act(campaign_id, "pause", me.agent_id)


@router.post("/{campaign_id}/stop")
async def stop(campaign_id: CampaignId, me: Supervisor, svc: ServicesDep) -> dict[str, Any]:
    """For good: a stopped campaign cannot start again (409)."""
    return await svc.campaigns.act(campaign_id, "stop", me.agent_id)


@router.get(
    "/{campaign_id}/results",
    response_class=Response,
    responses={200: {"content": {"text/csv": {}, "application/vnd.ms-excel": {}}}},
)
async def results(
    campaign_id: CampaignId,
    _: Supervisor,
    svc: ServicesDep,
    format: Literal["csv", "xlsx"] = "csv",
) -> Response:
    data, media_type, name = await svc.campaigns.results(campaign_id, format)
    return Response(
        data,
        media_type=media_type,
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )


# --- agents ------------------------------------------------------------------------------


@router.post("/{campaign_id}/join")
async def join(campaign_id: CampaignId, me: AnyUser, svc: ServicesDep) -> dict[str, Any]:
    return await svc.campaigns.join(campaign_id, me.agent_id)


@router.post("/{campaign_id}/leave", status_code=204)
async def leave(campaign_id: CampaignId, me: AnyUser, svc: ServicesDep) -> None:
    await svc.campaigns.leave(campaign_id, me.agent_id)


@router.get("/{campaign_id}/preview/next", responses={204: {"description": "no contact now"}})
async def preview_next(campaign_id: CampaignId, me: AnyUser, svc: ServicesDep) -> Any:
    """Preview (预览外呼): the next contact, reserved for me, with its history; 204: none."""
    found = await svc.campaigns.preview_next(campaign_id, me.agent_id)
    if found is None:
        return Response(status_code=204)
    return found


@router.post("/{campaign_id}/contacts/{contact_id}/dial", status_code=201)
async def dial(
    campaign_id: CampaignId, contact_id: ContactId, me: AnyUser, svc: ServicesDep
) -> dict[str, Any]:
    """My phone rings first, then the contact (as click-to-dial)."""
    return await svc.campaigns.dial(campaign_id, contact_id, me.agent_id)


@router.post("/{campaign_id}/contacts/{contact_id}/skip", status_code=204)
async def skip(
    campaign_id: CampaignId,
    contact_id: ContactId,
    body: SkipRequest,
    me: AnyUser,
    svc: ServicesDep,
) -> None:
    await svc.campaigns.skip(campaign_id, contact_id, me.agent_id, body.reason)


@router.post("/{campaign_id}/contacts/{contact_id}/result")
async def result(
    campaign_id: CampaignId,
    contact_id: ContactId,
    body: ResultRequest,
    me: AnyUser,
    svc: ServicesDep,
) -> dict[str, Any]:
    """The disposition of my call to the contact; `callback_at` (epoch) calls it again then."""
    return await svc.campaigns.result(
        campaign_id, contact_id, me.agent_id, body.disposition, body.callback_at
    )
