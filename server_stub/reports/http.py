"""Endpoints under /api/v1/reports: the catalogue and one report as JSON, CSV or XLSX."""

from __future__ import annotations

from typing import Annotated
from urllib.parse import quote

from fastapi import APIRouter, Query
from fastapi.responses import FileResponse, Response
from starlette.background import BackgroundTask

from agent_desktop.protocol.reports import ReportCatalogue, ReportResult
from server_stub.api.deps import AnyUser, ServicesDep
from server_stub.reports.service import FORMATS, MAX_JSON_ROWS, Filters, UnknownFormat, split

router = APIRouter(prefix="/reports", tags=["reports"])

Text = Annotated[str | None, Query(max_length=2000)]


@router.get("", response_model=ReportCatalogue)
async def catalogue(who: AnyUser, svc: ServicesDep) -> ReportCatalogue:
    """The reports the caller may run (agents: their own figures) and the time zone."""
    return svc.reports.catalogue(who)


@router.get(
    "/{name}",
    response_model=ReportResult,
    response_model_by_alias=True,
    responses={
        200: {
            "content": {
                "text/csv": {},
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {},
            }
        }
    },
)
async def report(
    name: str,
    who: AnyUser,
    svc: ServicesDep,
    from_: Annotated[
        str,
        Query(
            alias="from",
            max_length=40,
            description="start, a date or date-time in the centre's zone",
        ),
    ],
    to: Annotated[str, Query(max_length=40, description="end (exclusive)")],
    group_by: Annotated[str | None, Query(max_length=20)] = None,
    agent: Text = None,
    team: Text = None,
    queue: Text = None,
    did: Text = None,
    direction: Annotated[str | None, Query(max_length=20)] = None,
    format: Annotated[str, Query(max_length=10)] = "json",
    limit: Annotated[int, Query(ge=1, le=MAX_JSON_ROWS)] = 1000,
) -> Response | ReportResult:
    """One report over [from, to). Filters take one value or several, comma-separated."""
    filters = Filters(
        agent=split(agent),
        team=split(team),
        queue=split(queue),
        did=split(did),
        direction=direction or None,
    )
    if format == "json":
        return await svc.reports.run(who, name, from_, to, group_by or None, filters, limit)
    if format not in FORMATS:
        raise UnknownFormat(f"format must be one of {', '.join(FORMATS)}", field="format")
    file = await svc.reports.export(who, name, from_, to, group_by or None, filters, format)
    return FileResponse(
        file.path,
        media_type=file.media_type,
        headers={"Content-Disposition": f"attachment; filename*=UTF-8''{quote(file.filename)}"},
        background=BackgroundTask(file.path.unlink, missing_ok=True),
    )
