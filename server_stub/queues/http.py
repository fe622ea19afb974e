"""Endpoints: queues, live queue figures, reason codes, dispositions, logs for admins."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from agent_desktop.protocol import Disposition, QueueInfo, QueueStats, ReasonCode
from server_stub.api.deps import Admin, AnyUser, ReportExporter, ServicesDep, Supervisor
from server_stub.api.params import Seconds
from server_stub.queues.info import queue_info

router = APIRouter(tags=["queues"])


@router.get("/queues", response_model=list[QueueInfo])
async def list_queues(_: AnyUser, svc: ServicesDep) -> list[QueueInfo]:
    queues, dids = await svc.runner.run(lambda s: (s.list_queues(), s.list_dids()))
    return [queue_info(q, dids) for q in queues]


@router.get("/queues/stats", response_model=list[QueueStats])
async def queue_stats(me: Supervisor, svc: ServicesDep) -> list[QueueStats]:
    """Every queue; for a lead of teams, the queues its agents work in."""
    queues, members = await svc.runner.run(lambda s: (s.list_queues(), s.list_members()))
    scope = svc.auth.access.scope(me.agent_id, me.role)
    shown = None if scope is None else svc.auth.access.scope_queues(scope, members)
    return [
        QueueStats(**svc.acd.queue_stats(q["name"]))
        for q in queues
        if shown is None or q["name"] in shown
    ]


@router.get("/reason-codes", response_model=list[ReasonCode])
async def reason_codes(_: AnyUser, svc: ServicesDep) -> list[ReasonCode]:
    rows = await svc.runner.run(lambda s: s.list_reason_codes())
    return [
        ReasonCode(
            code=r["code"], label_en=r["label_en"], label_zh=r["label_zh"], paid=bool(r["paid"])
        )
        for r in rows
    ]


@router.get("/dispositions", response_model=list[Disposition])
async def dispositions(_: AnyUser, svc: ServicesDep) -> list[Disposition]:
    rows = await svc.runner.run(lambda s: s.list_dispositions())
    return [
        Disposition(code=r["code"], label_en=r["label_en"], label_zh=r["label_zh"]) for r in rows
    ]


@router.get("/queue-log")
async def queue_log(
    who: ReportExporter, svc: ServicesDep, since: Seconds = 0
) -> list[dict[str, Any]]:
    """The queue_log since `since`; a lead of teams gets the lines of its agents and of the
    queues they work in (as its reports), an admin or a centre-wide lead every line."""
    rows = await svc.runner.run(lambda s: s.queue_log(since))
    scope = svc.auth.access.scope(who.agent_id, who.role)
    if scope is None:
        return rows
    queues = svc.auth.access.scope_queues(scope, svc.acd.members())
    return [r for r in rows if r["agent"] in scope or r["queuename"] in queues]


@router.get("/audit-log")
async def audit_log(_: Admin, svc: ServicesDep, since: Seconds = 0) -> list[dict[str, Any]]:
    return await svc.runner.run(lambda s: s.audit_log(since))


@router.get("/system/edge")
async def sip_edge(_: Admin, svc: ServicesDep) -> dict[str, Any]:
    """SIP edge counters: calls dispatched, refused for want of a free worker (blocked),
    failovers, refused calls to agents, flood drops; registered agents."""
    if svc.call_path is None or not svc.call_path.running:
        return {"running": False}
    edge = svc.call_path.edge
    stats = await edge.stats()
    return {
        "running": edge.running,
        "restarts": edge.restarts,
        "stats": stats,
        "blocked_calls": stats.get("edge_no_worker", 0),
        "registered_agents": sorted(await edge.registered_agents()),
    }


@router.get("/system/workers")
async def media_workers(_: Admin, svc: ServicesDep) -> list[dict[str, Any]]:
    """Media worker processes with their live legs (empty without the SIP side)."""
    if svc.call_path is None or not svc.call_path.running:
        return []
    return [
        {
            "worker_id": w.worker_id,
            "pid": w.pid,
            "sip_uri": w.sip_uri,
            "legs": sorted(w.legs),
            "alive": w.alive,
            "host": w.host,  # its media host; "" for the coordinator's own workers
        }
        for w in svc.call_path.pool.workers.values()
    ]
