"""ReportService: who may run which report on whose figures, running it on the reports
thread, and answering JSON (rows up to a limit) or a streamed CSV/XLSX file."""

from __future__ import annotations

import itertools
import logging
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from agent_desktop.protocol.admin import Permission
from agent_desktop.protocol.reports import ReportCatalogue, ReportInfo, ReportResult
from server_stub.auth.access import Access, OutsideTeam
from server_stub.auth.service import Principal
from server_stub.errors import Forbidden, InvalidInput, NotFound
from server_stub.reports import export
from server_stub.reports.build import BUILDERS, Ask, Built, names
from server_stub.reports.catalogue import SPECS, ReportSpec
from server_stub.reports.periods import period, zone
from server_stub.store.base import Row
from server_stub.store.report_reader import ReportReader
from server_stub.store.reports import ReportConnection, Scope

log = logging.getLogger(__name__)

FORMATS = ("json", "csv", "xlsx")
MAX_JSON_ROWS = 10_000


class UnknownReport(NotFound):
    error_id = "unknown_report"


class UnknownGroupBy(InvalidInput):
    error_id = "unknown_group_by"


class UnknownFormat(InvalidInput):
    error_id = "unknown_format"


class NotYourFigures(Forbidden):
    error_id = "not_your_figures"


@dataclass(frozen=True)
class Filters:
    """The query's filters, each possibly several comma-separated values."""

    agent: frozenset[str] | None = None
    team: frozenset[str] | None = None
    queue: frozenset[str] | None = None
    did: frozenset[str] | None = None
    direction: str | None = None


@dataclass(frozen=True)
class ReportFile:
    path: Path
    media_type: str
    filename: str


class ReportService:
    def __init__(
        self,
        reader: ReportReader,
        access: Access,
        members: Callable[[], Iterable[Row]],
        timezone: str,
        clock: Callable[[], float],
    ) -> None:
        self._reader = reader
        self._access = access
        self._members = members
        self.timezone = timezone
        self._tz = zone(timezone)
        self._clock = clock

    # --- who may run what ------------------------------------------------------------

    @staticmethod
    def _supervisor(who: Principal) -> bool:
        return who.can(Permission.VIEW_TEAM)

    def catalogue(self, who: Principal) -> ReportCatalogue:
        sup = self._supervisor(who)
        return ReportCatalogue(
            reports=[
                ReportInfo(
                    name=s.name, title=s.title, group_by=list(s.group_by), filters=list(s.filters)
                )
                for s in SPECS.values()
                if sup or s.agents_may_run
            ],
            timezone=self.timezone,
            export=who.can(Permission.EXPORT_REPORTS),
        )

    def _scope(
        self, who: Principal, spec: ReportSpec, f: Filters, t0: float, t1: float
    ) -> tuple[Scope, frozenset[str] | None]:
        """The store scope and the agents an agent-based report lists, for this caller."""
        agents = f.agent
        visible_agents: frozenset[str] | None = None
        visible_queues: frozenset[str] | None = None
        if not self._supervisor(who):
            if not spec.agents_may_run:
                raise NotYourFigures(
                    f"the {spec.name} report is for leads and admins; agents see their own figures",
                    report=spec.name,
                )
            if agents is not None and agents != {who.agent_id}:
                raise NotYourFigures("agents see only their own figures", field="agent")
            agents = frozenset({who.agent_id})
        else:
            team_scope = self._access.scope(who.agent_id, who.role)
            if team_scope is not None:
                outside = sorted((agents or frozenset()) - team_scope)
                if outside:
                    raise OutsideTeam(
                        f"agent {outside[0]} is not in a team you lead",
                        field="agent",
                        agent_id=outside[0],
                    )
                for team in sorted(f.team or ()):
                    self._access.check_team(who, team)
                visible_agents = frozenset(team_scope)
                visible_queues = frozenset(self._access.scope_queues(team_scope, self._members()))
        listed = agents if agents is not None else visible_agents
        direction = f.direction
        if spec.name == "outbound":
            direction = "outbound"
        elif spec.name in ("dids", "abandoned"):
            direction = "inbound"
        scope = Scope(
            t0=t0,
            t1=t1,
            agents=agents,
            teams=f.team,
            queues=f.queue,
            dids=f.did,
            visible_agents=visible_agents,
            visible_queues=visible_queues,
            direction=direction,
        )
        return scope, listed

    def _ask(
        self, who: Principal, name: str, from_: str, to: str, group_by: str | None, f: Filters
    ) -> Ask:
        spec = SPECS.get(name)
        if spec is None:
            raise UnknownReport(
                f"no report {name!r}; the reports are {', '.join(SPECS)}", report=name
            )
        if group_by and group_by not in spec.group_by:
            allowed = ", ".join(spec.group_by) or "none (a list)"
            raise UnknownGroupBy(
                f"the {name} report cannot be grouped by {group_by!r}; it can by: {allowed}",
                field="group_by",
                allowed=list(spec.group_by),
            )
        p = period(from_, to, self._tz)
        scope, listed = self._scope(who, spec, f, p.t0, p.t1)
        group = group_by or (spec.group_by[0] if spec.group_by else None)
        return Ask(spec, p, self._tz, group, scope, self._clock(), listed)

    # --- running ---------------------------------------------------------------------

    async def run(
        self,
        who: Principal,
        name: str,
        from_: str,
        to: str,
        group_by: str | None,
        f: Filters,
        limit: int = 1000,
    ) -> ReportResult:
        ask = self._ask(who, name, from_, to, group_by, f)
        if not 1 <= limit <= MAX_JSON_ROWS:
            raise InvalidInput(f"limit must be 1..{MAX_JSON_ROWS}", field="limit")

        def job(
            conn: ReportConnection,
        ) -> tuple[Built, list[dict[str, str | int | float | None]], bool]:
            built = BUILDERS[name](conn, ask, names(conn))
            rows = list(itertools.islice(built.rows, limit + 1))
            return built, rows[:limit], len(rows) > limit

        started = time.perf_counter()
        built, rows, truncated = await self._reader.run(job)
        log.info(
            "report %s for %s (%s): %s..%s group_by %s: %d rows%s in %.0f ms",
            name,
            who.agent_id,
            who.role.value,
            from_,
            to,
            ask.group_by,
            len(rows),
            " (truncated)" if truncated else "",
            (time.perf_counter() - started) * 1000,
        )
        return ReportResult.model_validate(
            {
                "report": name,
                "title": ask.spec.title,
                "from": ask.period.start,
                "to": ask.period.end,
                "timezone": self.timezone,
                "group_by": ask.group_by,
                "columns": built.columns,
                "rows": rows,
                "totals": built.totals,
                "formulas": built.formulas,
                "truncated": truncated,
            }
        )

    async def export(
        self,
        who: Principal,
        name: str,
        from_: str,
        to: str,
        group_by: str | None,
        f: Filters,
        fmt: str,
    ) -> ReportFile:
        """Write the whole report to a temporary file (the caller streams and deletes it)."""
        if fmt not in ("csv", "xlsx"):
            raise UnknownFormat(f"format must be one of {', '.join(FORMATS)}", field="format")
        if not who.can(Permission.EXPORT_REPORTS):
            raise Forbidden(
                "your role may not export reports (needs export_reports)",
                required=Permission.EXPORT_REPORTS.value,
            )
        ask = self._ask(who, name, from_, to, group_by, f)
        path = export.temp_path("." + fmt)

        def job(conn: ReportConnection) -> int:
            built = BUILDERS[name](conn, ask, names(conn))
            if fmt == "csv":
                with path.open("w", encoding="utf-8", newline="") as out:
                    return export.write_csv(out, built.columns, built.rows, built.totals)
            return export.write_xlsx(
                path,
                ask.spec.title,
                built.columns,
                built.rows,
                built.totals,
                chart=name == "traffic",
            )

        started = time.perf_counter()
        try:
            n = await self._reader.run(job)
        except BaseException:
            path.unlink(missing_ok=True)
            raise
        log.info(
            "report %s exported as %s for %s (%s): %s..%s: %d rows, %d bytes in %.0f ms",
            name,
            fmt,
            who.agent_id,
            who.role.value,
            from_,
            to,
            n,
            path.stat().st_size,
            (time.perf_counter() - started) * 1000,
        )
        stem = f"{name}_{ask.period.start.date().isoformat()}_{ask.period.end.date().isoformat()}"
        return ReportFile(path, export.MEDIA_TYPES[fmt], f"{stem}.{fmt}")

    def close(self) -> None:
        self._reader.close()


def split(value: str | None) -> frozenset[str] | None:
    """`a,b` -> {a, b}; empty -> None (not filtered)."""
    if not value:
        return None
    parts = frozenset(p.strip() for p in value.split(",") if p.strip())
    return parts or None
