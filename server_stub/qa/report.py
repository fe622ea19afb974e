"""QA sampling ("N recorded, not yet evaluated calls of agent X in a period") and the QA
report (evaluations, average score, critical fails, disputes by agent, team or form)."""

from __future__ import annotations

import logging
import random
from collections.abc import Callable, Iterable
from datetime import datetime

from agent_desktop.protocol import CallRecord
from agent_desktop.protocol.qa import QA_GROUP_BY, QaSample, QaSampleRequest
from agent_desktop.protocol.reports import ReportColumn, ReportResult
from server_stub.auth.access import Access
from server_stub.auth.service import Principal
from server_stub.domain.qa_scoring import round2
from server_stub.errors import InvalidInput
from server_stub.store import StoreRunner
from server_stub.store import qa as qa_store
from server_stub.store.base import Row

log = logging.getLogger(__name__)
MAX_PERIOD_DAYS = 366

COLUMNS = [
    ReportColumn(key="evaluations", label="Evaluations", kind="count"),
    ReportColumn(key="average_score", label="Average score", kind="number"),
    ReportColumn(key="lowest_score", label="Lowest score", kind="number"),
    ReportColumn(key="critical_fails", label="Critical fails", kind="count"),
    ReportColumn(key="disputes", label="Disputes", kind="count"),
    ReportColumn(key="acknowledged", label="Acknowledged", kind="count"),
]
FORMULAS = {
    "evaluations": "evaluations made in the period (by their submission time)",
    "average_score": "mean of the evaluations' scores (0..100, after critical items and "
    "resolved disputes)",
    "lowest_score": "lowest evaluation score",
    "critical_fails": "evaluations where a critical item failed (score 0)",
    "disputes": "evaluations the agent disputed (open or resolved)",
    "acknowledged": "evaluations the agent acknowledged",
}
_KEY_COLUMN = {
    "agent": ReportColumn(key="agent", label="Agent"),
    "team": ReportColumn(key="team", label="Team"),
    "form": ReportColumn(key="form", label="Form"),
}


def _period(start: datetime, end: datetime) -> tuple[float, float]:
    since, until = start.timestamp(), end.timestamp()
    if until <= since:
        raise InvalidInput("`to` must be after `from`", field="to")
    if until - since > MAX_PERIOD_DAYS * 86400:
        raise InvalidInput(f"a period may span at most {MAX_PERIOD_DAYS} days", field="to")
    return since, until


class QaReports:
    def __init__(
        self, runner: StoreRunner, access: Access, profiles: Callable[[], Iterable[Row]]
    ) -> None:
        self._runner = runner
        self._access = access
        self._profiles = profiles

    def _agents_of(self, me: Principal, agent_id: str | None, team: str | None) -> list[str] | None:
        """The agents a request names, within what `me` may see (None: every agent)."""
        if agent_id is not None:
            self._access.check_agent(me, agent_id)
            if agent_id not in {p["agent_id"] for p in self._profiles()}:
                raise InvalidInput(f"unknown agent {agent_id}", field="agent_id")
            return [agent_id]
        scope = self._access.scope(me.agent_id, me.role)
        if team is not None:
            self._access.check_team(me, team)
            members = sorted(p["agent_id"] for p in self._profiles() if p.get("team") == team)
            if not members:
                raise InvalidInput(f"team {team} has no agents", field="team")
            return members
        return None if scope is None else sorted(scope)

    async def sample(self, body: QaSampleRequest, me: Principal) -> QaSample:
        since, until = _period(body.from_, body.to)
        agents = self._agents_of(me, body.agent_id, body.team) or []
        rows = await self._runner.run(lambda s: qa_store.sample_candidates(s, agents, since, until))
        draw = random.Random(body.seed).sample(rows, min(body.count, len(rows)))
        draw.sort(key=lambda r: (r["started_at"], r["id"]))
        log.info(
            "QA sample by %s: %d of %d recorded, unevaluated calls of %s",
            me.agent_id,
            len(draw),
            len(rows),
            body.agent_id or f"team {body.team}",
        )
        calls = [CallRecord(**{k: r[k] for k in CallRecord.model_fields if k in r}) for r in draw]
        return QaSample(calls=calls, requested=body.count, available=len(rows))

    async def report(
        self,
        me: Principal,
        start: datetime,
        end: datetime,
        group_by: str,
        agent_id: str | None,
        team: str | None,
        form_id: int | None,
    ) -> ReportResult:
        if group_by not in QA_GROUP_BY:
            raise InvalidInput(
                f"group_by must be one of {', '.join(QA_GROUP_BY)}", field="group_by"
            )
        since, until = _period(start, end)
        agents = self._agents_of(me, agent_id, team)
        rows = await self._runner.run(
            lambda s: qa_store.report_rows(s, agents, since, until, form_id)
        )
        groups: dict[str, list[Row]] = {}
        for row in rows:
            key = {
                "agent": row["agent_id"],
                "team": row["team"] or "",
                "form": str(row["form_id"]),
            }[group_by]
            groups.setdefault(key, []).append(row)
        names = {str(r["form_id"]): r["form_name"] for r in rows}
        agent_names = {r["agent_id"]: r["agent_name"] for r in rows}
        out = []
        for key in sorted(groups):
            label = {
                "agent": f"{key} {agent_names.get(key) or ''}".strip(),
                "team": key,
                "form": names.get(key, key),
            }[group_by]
            out.append({group_by: label, **_figures(groups[key])})
        tz = start.tzinfo.tzname(start) if start.tzinfo else None
        return ReportResult.model_validate(
            {
                "report": "qa",
                "title": "Quality assurance",
                "from": start,
                "to": end,
                "timezone": tz or datetime.now().astimezone().tzname() or "UTC",
                "group_by": group_by,
                "columns": [_KEY_COLUMN[group_by], *COLUMNS],
                "rows": out,
                "totals": {group_by: "Total", **_figures(rows)},
                "formulas": FORMULAS,
            }
        )


def _figures(rows: list[Row]) -> dict[str, str | int | float | None]:
    scores = [float(r["score"]) for r in rows]
    return {
        "evaluations": len(rows),
        "average_score": round2(sum(scores) / len(scores)) if scores else None,
        "lowest_score": min(scores) if scores else None,
        "critical_fails": sum(1 for r in rows if r["critical_failed"]),
        "disputes": sum(1 for r in rows if r["disputed_at"] is not None),
        "acknowledged": sum(1 for r in rows if r["status"] == "acknowledged"),
    }
