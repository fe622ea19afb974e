"""Reports over the app's `CtiClient`: the catalogue, one report as JSON, an export
streamed to a file (progress reported, the partial file removed on error or cancel), and
the calls and recordings a drill-down plays. No Qt."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Mapping
from pathlib import Path

import httpx

from agent_desktop.cti import CtiClient, ServerUnreachable
from agent_desktop.cti.rest import _error as error_of  # the client's own error mapping
from agent_desktop.protocol import AgentSummary, CallRecord, Disposition, QueueInfo
from agent_desktop.protocol.admin import AdminDid, AdminTeam
from agent_desktop.protocol.reports import ReportCatalogue, ReportResult

log = logging.getLogger(__name__)
EXPORT_FORMATS = ("csv", "xlsx")
Progress = Callable[[int, int | None], None]  # bytes written, bytes expected (None: unknown)


class ReportsApi:
    """Every method raises `CtiError` subclasses (`NotAvailable` on a server without
    reports)."""

    def __init__(self, client: CtiClient) -> None:
        self.client = client

    async def catalogue(self) -> ReportCatalogue:
        raw = await self.client.request("GET", "/reports", feature=True)
        return ReportCatalogue.model_validate(raw)

    async def report(self, name: str, params: Mapping[str, str]) -> ReportResult:
        raw = await self.client.request(
            "GET", f"/reports/{name}", params={**params, "format": "json"}, feature=True
        )
        return ReportResult.model_validate(raw)

    async def export(
        self,
        name: str,
        params: Mapping[str, str],
        fmt: str,
        target: Path,
        progress: Progress | None = None,
    ) -> int:
        """Stream `format=csv|xlsx` into `target` (through `<target>.part`); bytes.
        On an error or a cancel nothing is left behind: no target, no partial file."""
        if fmt not in EXPORT_FORMATS:
            raise ValueError(f"unknown export format {fmt!r}")
        token = self.client.token
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        partial = target.with_name(target.name + ".part")
        size = 0
        try:
            async with self.client.http.stream(
                "GET", f"/reports/{name}", params={**params, "format": fmt}, headers=headers
            ) as response:
                if response.status_code >= 400:
                    await response.aread()
                    raise error_of(response, True)
                length = response.headers.get("Content-Length")
                expected = int(length) if length and length.isdigit() else None
                with partial.open("wb") as out:
                    async for chunk in response.aiter_bytes(65536):
                        out.write(chunk)
                        size += len(chunk)
                        if progress is not None:
                            progress(size, expected)
            partial.replace(target)
        except httpx.HTTPError as exc:
            partial.unlink(missing_ok=True)
            raise ServerUnreachable(f"{type(exc).__name__}: {exc}") from exc
        except (asyncio.CancelledError, Exception):
            partial.unlink(missing_ok=True)
            raise
        log.info("report %s exported as %s: %d bytes to %s", name, fmt, size, target)
        return size

    # -- choices for the filters (each may be refused for a role: the caller tolerates it)
    async def agents(self) -> list[AgentSummary]:
        return [AgentSummary.model_validate(a) for a in await self.client.request("GET", "/agents")]

    async def teams(self) -> list[AdminTeam]:
        return [
            AdminTeam.model_validate(t) for t in await self.client.request("GET", "/admin/teams")
        ]

    async def queues(self) -> list[QueueInfo]:
        return [QueueInfo.model_validate(q) for q in await self.client.request("GET", "/queues")]

    async def dispositions(self) -> list[Disposition]:
        return [
            Disposition.model_validate(d) for d in await self.client.request("GET", "/dispositions")
        ]

    async def dids(self) -> list[AdminDid]:
        return [AdminDid.model_validate(d) for d in await self.client.request("GET", "/admin/dids")]

    # -- drill-down playback ---------------------------------------------------------------
    async def call(self, call_id: str) -> CallRecord:
        return CallRecord.model_validate(await self.client.request("GET", f"/calls/{call_id}"))

    async def download_recording(self, recording_id: str, target: Path) -> int:
        return await self.client.download(f"/recordings/{recording_id}/audio", target)
