"""Endpoints under `/api/v1/admin`: the centre's agents, teams, roles, queues, numbers,
codes and prompts; agent import/export; the audit log. Reads of agents, teams and queues
are open to leads (scoped to their teams); every change needs its permission."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, File, Form, Response, UploadFile
from fastapi.responses import FileResponse, JSONResponse

from agent_desktop.protocol.admin import (
    ID_PATTERN,
    MAX_IMPORT_BYTES,
    AdminAgent,
    AdminDid,
    AdminDisposition,
    AdminQueue,
    AdminReasonCode,
    AdminRole,
    AdminTeam,
    AgentCreated,
    AgentInput,
    AgentUpdate,
    AuditEntry,
    DidInput,
    DidUpdate,
    DispositionInput,
    DispositionUpdate,
    ImportResult,
    PasswordResetRequest,
    PasswordResetResult,
    Prompt,
    QueueInput,
    QueueUpdate,
    ReasonCodeInput,
    ReasonCodeUpdate,
    RoleInput,
    RoleUpdate,
    TeamInput,
    TeamUpdate,
)
from server_stub.admin.centre import CentreAdmin, ImportInvalid
from server_stub.admin.errors import Missing
from server_stub.admin.prompts import MAX_UPLOAD_BYTES
from server_stub.api.deps import Admin, OrgAdmin, RoutingAdmin, ServicesDep, Supervisor
from server_stub.api.params import Seconds
from server_stub.api.params import limit as limit_of
from server_stub.errors import InvalidInput

router = APIRouter(prefix="/admin", tags=["admin"])
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _centre(svc: ServicesDep) -> CentreAdmin:
    return svc.centre


Centre = Annotated[CentreAdmin, Depends(_centre)]


# --- agents ----------------------------------------------------------------------------------


@router.get("/agents", response_model=list[AdminAgent])
async def list_agents(me: Supervisor, svc: ServicesDep) -> list[AdminAgent]:
    """Every agent (a lead of teams: those teams' agents)."""
    return await svc.admin.list_agents(me)


@router.post("/agents", response_model=AgentCreated, status_code=201)
async def create_agent(body: AgentInput, me: OrgAdmin, svc: ServicesDep) -> AgentCreated:
    """A new agent who can sign in at once; without `password` one is generated and
    returned once in `generated_password`."""
    return await svc.admin.create_agent(me, body)


@router.get("/agents/{agent_id}", response_model=AdminAgent)
async def get_agent(agent_id: str, me: Supervisor, svc: ServicesDep) -> AdminAgent:
    return await svc.admin.get_agent(me, agent_id)


@router.patch("/agents/{agent_id}", response_model=AdminAgent)
async def update_agent(
    agent_id: str, body: AgentUpdate, me: OrgAdmin, svc: ServicesDep
) -> AdminAgent:
    """Change some fields; `enabled: false` signs the agent out everywhere."""
    return await svc.admin.update_agent(me, agent_id, body)


@router.delete("/agents/{agent_id}", status_code=204)
async def delete_agent(agent_id: str, me: OrgAdmin, svc: ServicesDep) -> None:
    await svc.admin.delete_agent(me, agent_id)


@router.post("/agents/{agent_id}/password", response_model=PasswordResetResult)
async def reset_password(
    agent_id: str, body: PasswordResetRequest, me: OrgAdmin, svc: ServicesDep
) -> PasswordResetResult:
    """Reset: the agent is signed out and must choose a new password at its next sign-in."""
    return await svc.admin.reset_password(me, agent_id, body)


# --- teams and roles ---------------------------------------------------------------------------


@router.get("/teams", response_model=list[AdminTeam])
async def list_teams(_: Supervisor, svc: ServicesDep) -> list[AdminTeam]:
    return await svc.admin.teams()


@router.post("/teams", response_model=AdminTeam, status_code=201)
async def create_team(body: TeamInput, me: OrgAdmin, svc: ServicesDep) -> AdminTeam:
    return await svc.admin.save_team(me, body.name, body.model_dump(), True)


@router.patch("/teams/{name}", response_model=AdminTeam)
async def update_team(name: str, body: TeamUpdate, me: OrgAdmin, svc: ServicesDep) -> AdminTeam:
    changes = body.model_dump(exclude_unset=True)
    return await svc.admin.save_team(me, name, changes, False)


@router.delete("/teams/{name}", status_code=204)
async def delete_team(name: str, me: OrgAdmin, svc: ServicesDep) -> None:
    await svc.admin.delete_team(me, name)


@router.get("/roles", response_model=list[AdminRole])
async def list_roles(_: OrgAdmin, svc: ServicesDep) -> list[AdminRole]:
    """The built-in roles (agent, lead, admin) and the custom ones, with their permissions."""
    return await svc.admin.roles()


@router.post("/roles", response_model=AdminRole, status_code=201)
async def create_role(body: RoleInput, me: OrgAdmin, svc: ServicesDep) -> AdminRole:
    return await svc.admin.save_role(me, body.name, body.model_dump(mode="json"), True)


@router.patch("/roles/{name}", response_model=AdminRole)
async def update_role(name: str, body: RoleUpdate, me: OrgAdmin, svc: ServicesDep) -> AdminRole:
    changes = body.model_dump(mode="json", exclude_unset=True)
    return await svc.admin.save_role(me, name, changes, False)


@router.delete("/roles/{name}", status_code=204)
async def delete_role(name: str, me: OrgAdmin, svc: ServicesDep) -> None:
    await svc.admin.delete_role(me, name)


# --- queues and numbers ------------------------------------------------------------------------


@router.get("/queues", response_model=list[AdminQueue])
async def list_queues(_: Supervisor, centre: Centre) -> list[AdminQueue]:
    return await centre.queues()


@router.post("/queues", response_model=AdminQueue, status_code=201)
async def create_queue(body: QueueInput, me: RoutingAdmin, centre: Centre) -> AdminQueue:
    """A queue that takes calls at once (point a number at it with `POST /admin/dids`)."""
    return await centre.save_queue(me, body.name, body.model_dump(mode="json"), True)


@router.get("/queues/{name}", response_model=AdminQueue)
async def get_queue(name: str, _: Supervisor, centre: Centre) -> AdminQueue:
    return await centre.queue(name)


@router.patch("/queues/{name}", response_model=AdminQueue)
async def update_queue(
    name: str, body: QueueUpdate, me: RoutingAdmin, centre: Centre
) -> AdminQueue:
    """Changed settings apply to the queue's next routing decision."""
    return await centre.save_queue(
        me, name, body.model_dump(mode="json", exclude_unset=True), False
    )


@router.delete("/queues/{name}", status_code=204)
async def delete_queue(name: str, me: RoutingAdmin, centre: Centre) -> None:
    """Refused (409 `in_use`) while a number, an IVR flow or another queue uses it."""
    await centre.delete_queue(me, name)


@router.get("/dids", response_model=list[AdminDid])
async def list_dids(_: RoutingAdmin, centre: Centre) -> list[AdminDid]:
    return await centre.dids()


@router.post("/dids", response_model=AdminDid, status_code=201)
async def create_did(body: DidInput, me: RoutingAdmin, centre: Centre) -> AdminDid:
    """An inbound number and its queue; calls to it are taken at once."""
    return await centre.save_did(me, body.number, body.model_dump(), True)


@router.get("/dids/{number}", response_model=AdminDid)
async def get_did(number: str, _: RoutingAdmin, centre: Centre) -> AdminDid:
    found = [d for d in await centre.dids() if d.number == number]
    if not found:
        raise Missing(f"no number {number}", field="number", value=number)
    return found[0]


@router.patch("/dids/{number}", response_model=AdminDid)
async def update_did(number: str, body: DidUpdate, me: RoutingAdmin, centre: Centre) -> AdminDid:
    return await centre.save_did(me, number, body.model_dump(exclude_unset=True), False)


@router.delete("/dids/{number}", status_code=204)
async def delete_did(number: str, me: RoutingAdmin, centre: Centre) -> None:
    await centre.delete_did(me, number)


# --- codes -------------------------------------------------------------------------------------


@router.get("/reason-codes", response_model=list[AdminReasonCode])
async def list_reason_codes(_: RoutingAdmin, centre: Centre) -> list[Any]:
    return await centre.codes("reason_code")


@router.post("/reason-codes", response_model=AdminReasonCode, status_code=201)
async def create_reason_code(body: ReasonCodeInput, me: RoutingAdmin, centre: Centre) -> Any:
    return await centre.save_code(me, "reason_code", body.code, body.model_dump(), True)


@router.patch("/reason-codes/{code}", response_model=AdminReasonCode)
async def update_reason_code(
    code: str, body: ReasonCodeUpdate, me: RoutingAdmin, centre: Centre
) -> Any:
    return await centre.save_code(
        me, "reason_code", code, body.model_dump(exclude_unset=True), False
    )


@router.delete("/reason-codes/{code}", status_code=204)
async def delete_reason_code(code: str, me: RoutingAdmin, centre: Centre) -> None:
    await centre.delete_code(me, "reason_code", code)


@router.get("/dispositions", response_model=list[AdminDisposition])
async def list_dispositions(_: RoutingAdmin, centre: Centre) -> list[Any]:
    return await centre.codes("disposition")


@router.post("/dispositions", response_model=AdminDisposition, status_code=201)
async def create_disposition(body: DispositionInput, me: RoutingAdmin, centre: Centre) -> Any:
    """A call result, for every queue (`queue` null) or one queue."""
    return await centre.save_code(me, "disposition", body.code, body.model_dump(), True)


@router.patch("/dispositions/{code}", response_model=AdminDisposition)
async def update_disposition(
    code: str, body: DispositionUpdate, me: RoutingAdmin, centre: Centre
) -> Any:
    return await centre.save_code(
        me, "disposition", code, body.model_dump(exclude_unset=True), False
    )


@router.delete("/dispositions/{code}", status_code=204)
async def delete_disposition(code: str, me: RoutingAdmin, centre: Centre) -> None:
    await centre.delete_code(me, "disposition", code)


# --- prompts -----------------------------------------------------------------------------------


@router.get("/prompts", response_model=list[Prompt])
async def list_prompts(_: RoutingAdmin, centre: Centre) -> list[Prompt]:
    return await centre.prompts()


@router.post("/prompts", response_model=Prompt, status_code=201)
async def upload_prompt(
    me: RoutingAdmin,
    centre: Centre,
    file: Annotated[UploadFile, File(description="WAV or MP3")],
    name: Annotated[str, Form(pattern=ID_PATTERN)],
) -> Prompt:
    """Upload a recording (multipart `file`, form field `name`); it is converted to 16 kHz
    mono WAV. The same name replaces the recording (queues using it play the new one)."""
    data = await file.read(MAX_UPLOAD_BYTES + 1)
    return await centre.upload_prompt(me, name, data, file.filename or "")


@router.get("/prompts/{name}/audio", response_class=FileResponse)
async def prompt_audio(name: str, _: RoutingAdmin, centre: Centre) -> FileResponse:
    """Listen back: the prompt as callers hear it (WAV)."""
    return FileResponse(await centre.prompt_file(name), media_type="audio/wav")


@router.delete("/prompts/{name}", status_code=204)
async def delete_prompt(name: str, me: RoutingAdmin, centre: Centre) -> None:
    await centre.delete_prompt(me, name)


# --- import, export, audit ---------------------------------------------------------------------


@router.post(
    "/import/agents",
    response_model=ImportResult,
    status_code=201,
    responses={
        422: {
            "description": "`{error_id, message, errors: [{line, field, "
            "message}]}`: nothing was written"
        }
    },
)
async def import_agents(
    me: OrgAdmin,
    centre: Centre,
    file: Annotated[UploadFile, File(description="CSV or XLSX")],
    skip_bad: bool = False,
) -> Any:
    """Agents from a CSV or Excel file (docs/administration.md has the columns). With a bad
    row nothing is written (422 lists every bad cell) unless `skip_bad=true`."""
    data = await file.read(MAX_IMPORT_BYTES + 1)
    if len(data) > MAX_IMPORT_BYTES:
        raise InvalidInput(
            f"an import file may be at most {MAX_IMPORT_BYTES // 2**20} MB", field="file"
        )
    try:
        return await centre.import_agents(me, data, file.filename or "", skip_bad)
    except ImportInvalid as exc:
        return JSONResponse(
            status_code=422,
            content={
                "error_id": exc.error_id,
                "message": exc.message,
                "details": [],
                "errors": [e.model_dump() for e in exc.errors],
            },
        )


_EXPORT_TYPES: dict[str, Any] = {"text/csv": {}, XLSX_TYPE: {}}


@router.get(
    "/export/agents",
    response_class=Response,
    responses={200: {"description": "the agents file", "content": _EXPORT_TYPES}},
)
async def export_agents(
    _: OrgAdmin, centre: Centre, format: Literal["csv", "xlsx"] = "csv"
) -> Response:
    """Every agent in the import format (no passwords)."""
    data = await centre.export_agents(format)
    media = "text/csv; charset=utf-8" if format == "csv" else XLSX_TYPE
    return Response(
        data,
        media_type=media,
        headers={"Content-Disposition": f'attachment; filename="agents.{format}"'},
    )


@router.get("/audit", response_model=list[AuditEntry])
async def audit(
    _: Admin, svc: ServicesDep, since: Seconds = 0, limit: Annotated[int, limit_of(5000)] = 500
) -> list[AuditEntry]:
    """Who changed what, newest last (before/after values, never secrets)."""
    import json

    rows = await svc.runner.run(lambda s: s.audit_log(since))
    return [
        AuditEntry(**dict(r, detail=json.loads(r["detail"] or "{}")))
        for r in rows[-max(1, min(limit, 5000)) :]
    ]
