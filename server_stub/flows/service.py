"""Flow administration: save (validated, versioned), publish and roll back, simulate, time
groups and forced overrides, voicemail and callback listings. SQL from `store.flows`; the
telephony side re-reads flows through `changed` (the admin service's listeners)."""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from agent_desktop.protocol.flows import (
    CallbackRequest,
    Flow,
    FlowInput,
    FlowSimulation,
    FlowSimulationRequest,
    FlowUpdate,
    FlowVersion,
    TimeOverride,
    Voicemail,
)
from server_stub.admin.errors import Duplicate, InUse, Missing
from server_stub.auth.service import Principal
from server_stub.domain import flows as doc_rules
from server_stub.domain import time_groups
from server_stub.domain.number_areas import AreaTable
from server_stub.errors import InvalidInput
from server_stub.flows.context import load_context
from server_stub.flows.lookup import fetch_json
from server_stub.flows.simulate import Fetch, drive
from server_stub.store import StoreRunner
from server_stub.store import flows as flow_store
from server_stub.store import number_areas as area_store
from server_stub.store.base import Row, Store
from server_stub.telephony import prompts

log = logging.getLogger(__name__)


class InvalidFlow(InvalidInput):
    error_id = "invalid_flow"


def known(s: Store) -> doc_rules.Known:
    """What flows may name, read on the store thread."""
    return doc_rules.Known(
        prompts=set(prompts.PROMPTS) | {p["name"] for p in s.list_prompts()},
        queues={q["name"] for q in s.list_queues()},
        agents={a["agent_id"] for a in s.list_agents()},
        time_groups=set(flow_store.time_groups(s)),
        area_known=AreaTable(area_store.list_areas(s)).knows,
    )


def check(s: Store, document: Any) -> None:
    """Raise InvalidFlow (422) with every problem, each with its path and node."""
    problems = doc_rules.validate(document, known(s))
    if problems:
        first = problems[0]
        raise InvalidFlow(
            f"the flow has {len(problems)} problem(s); first: {first.path}: {first.message}",
            problems=[p.as_dict() for p in problems],
        )


def save_and_publish(
    s: Store, flow_id: str, name: str, document: Any, author: str | None, now: float
) -> int:
    """Check, save and publish a flow in one go (the demo and the CLI make flows so)."""
    with s.transaction():
        check(s, document)
        version = flow_store.save_flow(s, flow_id, name, document, author, now)
        flow_store.set_published(s, flow_id, version, now)
    return version


class FlowService:
    def __init__(
        self,
        runner: StoreRunner,
        clock: Callable[[], float],
        timezone: str,
        listeners: list[Callable[[], Awaitable[None]]],
        fetch: Fetch = fetch_json,
    ) -> None:
        self._runner = runner
        self._clock = clock
        self._timezone = timezone
        self._listeners = listeners  # re-read by telephony after a change
        self._fetch = fetch

    async def _changed(self) -> None:
        for listener in self._listeners:
            try:
                await listener()
            except Exception:
                log.exception("applying a flow change failed")

    # --- flows ---------------------------------------------------------------------------

    def _view(self, s: Store, row: Row) -> Flow:
        dids = [d["number"] for d in s.list_dids() if d["ivr"] == row["id"]]
        problems = doc_rules.validate(row["document"], known(s))
        return Flow(
            id=row["id"],
            name=row["name"],
            version=row["version"],
            latest_version=row["latest_version"],
            published_version=row["published_version"],
            document=row["document"],
            created_by=row["created_by"],
            created_at=row["created_at"],
            dids=dids,
            versions=[FlowVersion(**v) for v in flow_store.versions(s, row["id"])],
            problems=[p.as_dict() for p in problems],
        )

    async def flows(self) -> list[Flow]:
        return await self._runner.run(
            lambda s: [self._view(s, r) for r in flow_store.list_flows(s)]
        )

    async def flow(self, flow_id: str, version: int | None = None) -> Flow:
        def read(s: Store) -> Flow:
            row = flow_store.get_flow(s, flow_id, version)
            if row is None:
                what = f"no flow {flow_id}" + (f" version {version}" if version else "")
                raise Missing(what, field="id", value=flow_id)
            return self._view(s, row)

        return await self._runner.run(read)

    async def create(self, actor: Principal, body: FlowInput) -> Flow:
        now = self._clock()

        def write(s: Store) -> None:
            with s.transaction():
                if flow_store.get_flow(s, body.id) is not None:
                    raise Duplicate(f"flow {body.id} exists already", field="id", value=body.id)
                check(s, body.document)
                flow_store.save_flow(
                    s, body.id, body.name or body.id, body.document, actor.agent_id, now
                )
                s.audit(now, actor.agent_id, "flow_created", body.id, {"version": 1})

        await self._runner.run(write)
        log.info("admin %s created flow %s (version 1, not published)", actor.agent_id, body.id)
        return await self.flow(body.id)

    async def update(self, actor: Principal, flow_id: str, body: FlowUpdate) -> Flow:
        now = self._clock()

        def write(s: Store) -> int:
            with s.transaction():
                row = flow_store.get_flow(s, flow_id)
                if row is None:
                    raise Missing(f"no flow {flow_id}", field="id", value=flow_id)
                check(s, body.document)
                version = flow_store.save_flow(
                    s, flow_id, body.name or row["name"], body.document, actor.agent_id, now
                )
                s.audit(now, actor.agent_id, "flow_saved", flow_id, {"version": version})
                return version

        version = await self._runner.run(write)
        log.info("admin %s saved flow %s version %d", actor.agent_id, flow_id, version)
        return await self.flow(flow_id)

    async def publish_version(self, actor: Principal, flow_id: str, version: int | None) -> Flow:
        now = self._clock()

        def write(s: Store) -> int:
            with s.transaction():
                row = flow_store.get_flow(s, flow_id, version)
                if row is None:
                    what = f"no flow {flow_id}" + (f" version {version}" if version else "")
                    raise Missing(what, field="version" if version else "id", value=flow_id)
                check(s, row["document"])  # prompts or queues may be gone since it was saved
                flow_store.set_published(s, flow_id, row["version"], now)
                before = row["published_version"]
                s.audit(
                    now,
                    actor.agent_id,
                    "flow_published",
                    flow_id,
                    {"version": row["version"], "before": before},
                )
                return int(row["version"])

        published = await self._runner.run(write)
        log.info("admin %s published flow %s version %d", actor.agent_id, flow_id, published)
        await self._changed()
        return await self.flow(flow_id, published)

    async def simulate(self, flow_id: str, body: FlowSimulationRequest) -> FlowSimulation:
        for i, keys in enumerate(body.digits):
            bad = [k for k in keys if k not in doc_rules.DTMF]
            if bad or len(keys) > 32:
                raise InvalidInput(
                    f"digits[{i}] = {keys!r}: keys are 0-9, *, #, A-D (at most 32 per input)",
                    field=f"digits.{i}",
                )
        if body.at is not None and body.at.tzinfo is None:
            raise InvalidInput("'at' needs a time zone: 2026-10-01T10:00:00+08:00", field="at")
        at = body.at.timestamp() if body.at is not None else self._clock()

        def read(s: Store) -> tuple[Row | None, Any]:
            return flow_store.get_flow(s, flow_id, body.version), load_context(s, self._timezone)

        row, context = await self._runner.run(read)
        if row is None:
            raise Missing(f"no flow {flow_id}", field="id", value=flow_id)
        run = context.run(row["document"], body.ani, body.dnis, at)
        score = await drive(run, body.digits, self._fetch)
        outcome = run.outcome.as_dict() if run.outcome else {"type": "hangup", "reason": "stuck"}
        return FlowSimulation(
            flow=flow_id,
            version=row["version"],
            steps=run.steps,
            outcome=outcome,
            satisfaction=score,
            variables=run.variables,
        )

    # --- time groups and overrides ---------------------------------------------------------

    async def time_groups(self) -> list[dict[str, Any]]:
        rows = await self._runner.run(flow_store.time_groups)
        return list(rows.values())

    async def put_time_groups(self, actor: Principal, groups: list[Any]) -> list[dict[str, Any]]:
        problems: list[str] = []
        for i, group in enumerate(groups):
            problems += time_groups.validate_group(group, f"[{i}]")
        names = [g.get("name") for g in groups if isinstance(g, dict)]
        if len(set(names)) != len(names):
            problems.append("two time groups have the same name")
        if problems:
            raise InvalidInput(
                f"{len(problems)} problem(s); first: {problems[0]}", problems=problems
            )
        now = self._clock()

        def write(s: Store) -> None:
            with s.transaction():
                used: dict[str, list[str]] = {}
                for flow in flow_store.list_flows(s) + list(flow_store.published_flows(s).values()):
                    for group in doc_rules.references(flow["document"], "group"):
                        if group not in names:
                            used.setdefault(group, []).append(flow["id"])
                if used:
                    group, flows = next(iter(used.items()))
                    raise InUse(
                        f"time group {group} is used by flow {', '.join(sorted(set(flows)))}",
                        field="name",
                        value=group,
                    )
                flow_store.replace_time_groups(s, groups, now)
                s.audit(now, actor.agent_id, "time_groups_saved", None, {"groups": names})

        await self._runner.run(write)
        log.info("admin %s saved %d time group(s)", actor.agent_id, len(groups))
        await self._changed()
        return await self.time_groups()

    async def overrides(self) -> list[TimeOverride]:
        rows = await self._runner.run(flow_store.overrides)
        return [
            TimeOverride(
                time_group=r["time_group"], state=r["state"], until=r["until"], note=r["note"]
            )
            for r in rows.values()
        ]

    async def put_overrides(self, actor: Principal, body: list[TimeOverride]) -> list[TimeOverride]:
        now = self._clock()
        rows = [o.model_dump() for o in body]

        def write(s: Store) -> None:
            with s.transaction():
                groups = flow_store.time_groups(s)
                for i, row in enumerate(rows):
                    if row["time_group"] not in groups:
                        raise InvalidInput(
                            f"[{i}].time_group: unknown time group {row['time_group']!r}",
                            field=f"{i}.time_group",
                        )
                flow_store.replace_overrides(s, rows, actor.agent_id, now)
                s.audit(now, actor.agent_id, "time_overrides_saved", None, {"overrides": rows})

        await self._runner.run(write)
        for row in rows:
            log.info(
                "admin %s forced time group %s %s%s",
                actor.agent_id,
                row["time_group"],
                row["state"],
                f" until {time.strftime('%Y-%m-%d %H:%M', time.localtime(row['until']))}"
                if row["until"]
                else "",
            )
        await self._changed()
        return await self.overrides()

    # --- what callers left -------------------------------------------------------------------

    async def voicemails(self, box: str | None, limit: int) -> list[Voicemail]:
        rows = await self._runner.run(lambda s: flow_store.list_voicemails(s, box, limit))
        return [Voicemail(**r) for r in rows]

    async def voicemail_file(self, voicemail_id: str) -> Path:
        row = await self._runner.run(lambda s: flow_store.get_voicemail(s, voicemail_id))
        if row is None or not Path(row["path"]).is_file():
            raise Missing(f"no voicemail {voicemail_id}", field="id", value=voicemail_id)
        return Path(row["path"])

    async def callbacks(self, limit: int) -> list[CallbackRequest]:
        rows = await self._runner.run(lambda s: flow_store.list_callbacks(s, limit))
        return [CallbackRequest(**r) for r in rows]
