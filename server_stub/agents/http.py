"""Endpoints: my state and wrap-up; for leads, every agent and forcing states."""

from __future__ import annotations

import time
from typing import Annotated, Any

from fastapi import APIRouter

from agent_desktop.protocol import (
    LEAD_REASON_CODE,
    AgentStateView,
    AgentSummary,
    CallList,
    ForceStateRequest,
    LoginResponse,
    Role,
    StateChangeRequest,
    WrapUpRequest,
    agent_can_choose_reason,
    lead_can_choose_reason,
)
from server_stub.api.deps import AnyUser, ForceState, ServicesDep, Signed, Supervisor
from server_stub.api.params import Offset
from server_stub.api.params import limit as limit_of
from server_stub.domain import agent_state as sm
from server_stub.domain.agent_state import AgentStatus
from server_stub.errors import InvalidInput
from server_stub.records.calls import call_record

router = APIRouter(prefix="/agents", tags=["agents"])


@router.get("/me", response_model=LoginResponse)
async def my_session(me: Signed, svc: ServicesDep) -> LoginResponse:
    """Profile, queues, codes, SIP settings and state again (resync after a reconnect).

    The token field is empty: the client keeps the one it has.
    """
    return await svc.auth.session_info(me.agent_id, "", 0.0)


@router.get("/me/state", response_model=AgentStateView)
async def my_state(me: AnyUser, svc: ServicesDep) -> AgentStateView:
    return svc.agents.view(me.agent_id)


@router.post("/me/state", response_model=AgentStateView)
async def set_my_state(body: StateChangeRequest, me: AnyUser, svc: ServicesDep) -> AgentStateView:
    event: object
    if (
        body.state == "ready"
        and not body.after_call
        and svc.agents.state(me.agent_id).status is AgentStatus.READY
    ):
        return svc.agents.view(me.agent_id)  # already ready: nothing to do (idempotent)
    if body.state == "ready":
        # With after_call, "ready" cancels a pending "not ready after this call".
        event = sm.SetNotReadyAfterCall(None) if body.after_call else sm.SetReady()
    else:
        reason = body.reason or ""
        if not await svc.reason_code_exists(reason):
            raise InvalidInput(f"unknown reason code {reason!r}", reason=reason)
        if not agent_can_choose_reason(reason):
            raise InvalidInput(f"reason {reason!r} is set by the system or a lead", reason=reason)
        event = sm.SetNotReadyAfterCall(reason) if body.after_call else sm.SetNotReady(reason)
    if not body.after_call:
        await _check_wrap_up_done(me.agent_id, svc)
    await svc.agents.apply(me.agent_id, event, actor=me.agent_id)
    return svc.agents.view(me.agent_id)


@router.post("/me/wrap-up", response_model=AgentStateView)
async def wrap_up(body: WrapUpRequest, me: AnyUser, svc: ServicesDep) -> AgentStateView:
    event = sm.ExtendWrapUp(body.seconds) if body.action == "extend" else sm.FinishWrapUp()
    if body.action == "finish":
        await _check_wrap_up_done(me.agent_id, svc)
    await svc.agents.apply(me.agent_id, event, actor=me.agent_id)
    return svc.agents.view(me.agent_id)


async def _check_wrap_up_done(agent_id: str, svc: Any) -> None:
    """An agent leaving wrap-up by hand: the call's queue may require its disposition."""
    state = svc.agents.state(agent_id)
    if state.status is AgentStatus.WRAP_UP:
        await svc.records.require_disposition(state.call_id)


@router.get("/me/calls", response_model=CallList)
async def my_calls(
    me: AnyUser, svc: ServicesDep, limit: Annotated[int, limit_of(500)] = 50, offset: Offset = 0
) -> CallList:
    rows, total = await svc.runner.run(
        lambda s: s.list_calls({"agent_id": me.agent_id}, None, limit, offset)
    )
    return CallList(calls=[call_record(r) for r in rows], total=total)


@router.get("", response_model=list[AgentSummary])
async def list_agents(lead: Supervisor, svc: ServicesDep) -> list[AgentSummary]:
    """Every agent, or for a lead who leads teams, the agents of those teams."""
    midnight = time.mktime((*time.localtime(svc.clock())[:3], 0, 0, 0, 0, 0, -1))
    counts = await svc.runner.run(lambda s: s.count_calls_since(midnight))
    members = await svc.runner.run(lambda s: s.list_members())
    queues: dict[str, list[str]] = {}
    for m in members:
        queues.setdefault(m["agent_id"], []).append(m["queue"])
    out = []
    scope = svc.auth.access.scope(lead.agent_id, lead.role)
    for state in svc.agents.all_states():
        if scope is not None and state.agent_id not in scope:
            continue
        row = svc.agents.profile(state.agent_id)
        out.append(
            AgentSummary(
                agent_id=state.agent_id,
                name=row["name"],
                role=Role(row["role"]),
                team=row["team"],
                queues=sorted(queues.get(state.agent_id, [])),
                state=svc.agents.view(state.agent_id),
                calls_today=counts.get(state.agent_id, 0),
            )
        )
    return out


@router.post("/{agent_id}/state", response_model=AgentStateView)
async def force_state(
    agent_id: str, body: ForceStateRequest, lead: ForceState, svc: ServicesDep
) -> AgentStateView:
    svc.auth.access.check_agent(lead, agent_id)
    if body.state == "logged_out":
        await svc.auth.force_logout(lead, agent_id)
    else:
        reason = body.reason or LEAD_REASON_CODE
        if not await svc.reason_code_exists(reason):
            raise InvalidInput(f"unknown reason code {reason!r}", reason=reason)
        if not lead_can_choose_reason(reason):
            raise InvalidInput(f"reason {reason!r} is set by the system", reason=reason)
        await svc.agents.apply(agent_id, sm.ForceNotReady(reason), actor=lead.agent_id)
        await svc.runner.run(
            lambda s: s.audit(
                svc.clock(), lead.agent_id, "force_not_ready", agent_id, {"reason": body.reason}
            )
        )
    return svc.agents.view(agent_id)


@router.post("/{agent_id}/logout", response_model=AgentStateView)
async def force_logout(agent_id: str, lead: ForceState, svc: ServicesDep) -> AgentStateView:
    svc.auth.access.check_agent(lead, agent_id)
    await svc.auth.force_logout(lead, agent_id)
    return svc.agents.view(agent_id)
