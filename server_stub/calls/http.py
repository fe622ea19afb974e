"""Endpoints: call records (leads), one call, the disposition and note after a call."""

from __future__ import annotations

import json
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query

from agent_desktop.protocol import (
    AgentDirectory,
    CallList,
    CallRecord,
    ConsultRequest,
    ConsultView,
    DialRequest,
    DispositionRequest,
    HoldRequest,
    InternalCallRequest,
    MonitorRequest,
    PlaySnippetRequest,
    TransferRequest,
    TransferTargets,
)
from agent_desktop.protocol.admin import Permission
from server_stub.api.deps import AnyUser, Listener, ServicesDep, Supervisor, permitted
from server_stub.api.params import Offset, OptionalSeconds
from server_stub.api.params import limit as limit_of
from server_stub.auth.service import Principal
from server_stub.calls.directory import agent_directory, transfer_targets
from server_stub.customers.service import normalize_phone
from server_stub.errors import Forbidden
from server_stub.services import Services

router = APIRouter(prefix="/calls", tags=["calls"])


@router.get("", response_model=CallList)
async def list_calls(
    me: Supervisor,
    svc: ServicesDep,
    state: Literal["active", "ended"] | None = None,
    agent_id: str | None = None,
    queue: str | None = None,
    direction: Literal["inbound", "outbound", "internal"] | None = None,
    disposition: str | None = None,
    number: str | None = Query(default=None, description="caller or dialled number"),
    since: OptionalSeconds = None,
    until: OptionalSeconds = None,
    min_talk: OptionalSeconds = None,
    max_talk: OptionalSeconds = None,
    max_mos: Annotated[
        float | None,
        Query(
            ge=1,
            le=4.5,
            description="calls whose worse leg's MOS estimate is at most this "
            "(e.g. 3.6: the poor calls)",
        ),
    ] = None,
    limit: Annotated[int, limit_of(1000)] = 100,
    offset: Offset = 0,
) -> CallList:
    filters: dict[str, Any] = {
        "agent_id": agent_id,
        "queue": queue,
        "direction": direction,
        "disposition": disposition,
        "number": number,
        "since": since,
        "until": until,
        "min_talk": min_talk,
        "max_talk": max_talk,
        "max_mos": max_mos,
    }
    scope = svc.auth.access.scope(me.agent_id, me.role)
    if scope is not None:  # a lead of teams: its agents' calls and its queues' calls
        members = await svc.runner.run(lambda s: s.list_members())
        filters["scope"] = json.dumps(
            {
                "agents": sorted(scope),
                "queues": sorted(svc.auth.access.scope_queues(scope, members)),
            }
        )
    active = None if state is None else state == "active"
    return await svc.records.list(filters, active, limit, offset)


@router.get("/directory", response_model=AgentDirectory)
async def get_directory(me: AnyUser, svc: ServicesDep) -> AgentDirectory:
    """The presence directory (内线目录) outside a call: signed-in colleagues with their
    state, for an internal call (`POST /calls/internal`); a colleague ringing with a call
    of a queue I serve carries that call's id for a pickup (`POST /calls/{id}/pickup`)."""
    return agent_directory(svc.acd, svc.agents, me.agent_id, me.can(Permission.PICKUP))


@router.get("/{call_id}", response_model=CallRecord)
async def get_call(call_id: str, me: AnyUser, svc: ServicesDep) -> CallRecord:
    return await svc.records.get(call_id, me)


@router.post("/{call_id}/disposition", response_model=CallRecord)
async def set_disposition(
    call_id: str, body: DispositionRequest, me: AnyUser, svc: ServicesDep
) -> CallRecord:
    return await svc.records.set_disposition(call_id, body, me)


@router.post("/{call_id}/hold", response_model=CallRecord)
async def hold(call_id: str, body: HoldRequest, me: AnyUser, svc: ServicesDep) -> CallRecord:
    """Put the caller on hold with music, or take them off hold (the call's agent)."""
    await svc.acd.set_hold(call_id, body.on_hold, who=me.agent_id)
    return svc.acd.live(call_id)


@router.post("/{call_id}/hangup", status_code=204)
async def hangup(call_id: str, me: AnyUser, svc: ServicesDep) -> None:
    """End a live call: the call's agent, or a lead/admin (forced hang-up, audited)."""
    forcing = me.can(Permission.FORCE_STATE)
    if forcing:
        call = svc.acd.live(call_id)
        if call.agent_id != me.agent_id:
            svc.auth.access.check_call(me, call.agent_id, call.queue, svc.acd.members)
    await svc.acd.force_hangup(call_id, me.agent_id, forcing)


@router.post("/dial", response_model=CallRecord, status_code=201)
async def dial(body: DialRequest, me: AnyUser, svc: ServicesDep) -> CallRecord:
    """Click-to-dial (点击外呼): ring my phone, then call the number through the trunk."""
    return await dial_number(svc, me, body.to)


async def dial_number(svc: Services, me: Principal, to: str) -> CallRecord:
    """The click-to-dial path (also a voicemail's call back): dial permissions, the black
    list, the caller ID, then my phone first and the customer's."""
    number = normalize_phone(to)
    await svc.dial_permissions.check(me.agent_id, number)  # local / national / international
    caller_id = (
        svc.agents.profile(me.agent_id).get("outbound_caller_id") or svc.config.outbound_caller_id
    )  # the agent's own, else the centre's
    # 黑白名单: a blacklisted number is refused (403 number_blocked) with a record
    await svc.number_lists.check_outbound(number, caller_id, me.agent_id)
    return await svc.outbound.dial_out(
        me.agent_id, number, caller_id, svc.config.outbound_wrap_up_seconds
    )


@router.post("/internal", response_model=CallRecord, status_code=201)
async def internal_call(body: InternalCallRequest, me: AnyUser, svc: ServicesDep) -> CallRecord:
    """Internal call (内线) to a colleague by agent ID: my phone rings first, then theirs
    (their desktop shows who calls). The colleague must be signed in and not on a call
    (409); an unknown ID is a 422. Recorded as any call; `direction = "internal"`."""
    return await svc.outbound.dial_internal(me.agent_id, body.target)


@router.get("/{call_id}/transfer-targets", response_model=TransferTargets)
async def get_transfer_targets(call_id: str, me: AnyUser, svc: ServicesDep) -> TransferTargets:
    """The transfer directory (转接目录) of my call: signed-in agents with their state, and
    queues by display name; each entry is a valid target of `POST .../transfer`."""
    return transfer_targets(svc.acd, svc.transfers, svc.agents, call_id, me.agent_id)


@router.post("/{call_id}/transfer", response_model=CallRecord)
async def transfer(
    call_id: str, body: TransferRequest, me: AnyUser, svc: ServicesDep
) -> CallRecord:
    """Blind transfer (转移) of my caller to a queue or an agent; I go to wrap-up."""
    if body.kind == "agent":
        await svc.transfers.transfer_to_agent(call_id, body.target, me.agent_id, body.note)
    elif body.kind == "number":
        await svc.transfers.transfer_to_number(call_id, normalize_phone(body.target), me.agent_id)
    else:
        await svc.transfers.transfer_to_queue(call_id, body.target, me.agent_id, body.note)
    return svc.acd.live(call_id)


@router.post("/{call_id}/monitor", status_code=204)
async def monitor(call_id: str, body: MonitorRequest, lead: Listener, svc: ServicesDep) -> None:
    """A lead listens, whispers or barges (my softphone gets a call with `X-Monitor`);
    posting another mode switches without a new call. Agents can never monitor; barging
    needs the `barge` permission; a lead of teams only monitors those teams' calls."""
    if body.mode == "barge" and not lead.can(Permission.BARGE):
        raise Forbidden("your role may not barge in", required=Permission.BARGE.value)
    call = svc.acd.live(call_id)
    svc.auth.access.check_call(lead, call.agent_id, call.queue, svc.acd.members)
    await svc.monitoring.monitor(call_id, lead.agent_id, body.mode, svc.config.announce_monitoring)


@router.delete("/{call_id}/monitor", status_code=204)
async def stop_monitor(call_id: str, lead: Listener, svc: ServicesDep) -> None:
    await svc.monitoring.monitor(call_id, lead.agent_id, None, svc.config.announce_monitoring)


@router.post("/{call_id}/play", status_code=204)
async def play_snippet(
    call_id: str, body: PlaySnippetRequest, me: AnyUser, svc: ServicesDep
) -> None:
    """Play a knowledge-base voice snippet (语音知识库) into my call."""
    path = await svc.snippets.path(body.snippet_id)
    await svc.acd.play(call_id, str(path), me.agent_id)


# --- consult, attended transfer, conference (咨询, 咨询转, 三方) -------------------------


@router.post("/{call_id}/consult", response_model=ConsultView, status_code=201)
async def consult(call_id: str, body: ConsultRequest, me: AnyUser, svc: ServicesDep) -> ConsultView:
    """Consult (咨询): my caller hears music while my call's worker rings a colleague
    (`agent`), the longest-ready agent of a queue (`queue`) or an outside number
    (`number`); the consulted agent's screen-pop shows the caller and my `note`.
    409 while another consult of the call is in progress or the agent is busy."""
    target = normalize_phone(body.target) if body.kind == "number" else body.target
    caller_id = (
        svc.agents.profile(me.agent_id).get("outbound_caller_id") or svc.config.outbound_caller_id
    )
    return await svc.consults.consult(call_id, body.kind, target, me.agent_id, body.note, caller_id)


@router.post("/{call_id}/consult/complete", status_code=204)
async def consult_complete(call_id: str, me: AnyUser, svc: ServicesDep) -> None:
    """Attended transfer (咨询转): my caller goes to the consulted party; I go to wrap-up."""
    await svc.consults.complete(call_id, me.agent_id)


@router.post("/{call_id}/consult/cancel", status_code=204)
async def consult_cancel(call_id: str, me: AnyUser, svc: ServicesDep) -> None:
    """End the consult (ringing or talking): I am back with my caller."""
    await svc.consults.cancel(call_id, me.agent_id)


@router.post("/{call_id}/consult/swap", response_model=ConsultView)
async def consult_swap(call_id: str, me: AnyUser, svc: ServicesDep) -> ConsultView:
    """Swap (切换): talk to the caller or to the consulted party; the other hears music."""
    return await svc.consults.swap(call_id, me.agent_id)


@router.post("/{call_id}/conference", response_model=ConsultView)
async def conference(call_id: str, me: AnyUser, svc: ServicesDep) -> ConsultView:
    """Three-way (三方): the consulted party joins me and my caller."""
    return await svc.consults.conference(call_id, me.agent_id)


@router.delete("/{call_id}/conference/{party}", status_code=204)
async def conference_drop(call_id: str, party: str, me: AnyUser, svc: ServicesDep) -> None:
    """Drop a party of my conference: the consulted party (I stay with my caller), or me
    (`party` = my agent ID: the caller and the consulted party stay connected)."""
    await svc.consults.drop(call_id, party, me.agent_id)


# Taking over is barging in for good: the `barge` permission, checked by the dependency.
Barger = Annotated[Principal, Depends(permitted(Permission.BARGE))]


@router.post("/{call_id}/takeover", status_code=204)
async def takeover(call_id: str, lead: Barger, svc: ServicesDep) -> None:
    """Take over (接管): I am monitoring this call (any mode); my monitoring leg becomes the
    call's agent, the agent's leg ends and it goes to wrap-up. Needs the `barge`
    permission; a lead of teams only takes its teams' calls; 409 when I am not monitoring
    it (monitor first) or am on another call."""
    svc.auth.access.check_agent(lead, svc.acd.live(call_id).agent_id)
    await svc.takeover.take_over(call_id, lead.agent_id)


# Pickup (代答): the `pickup` permission (agents and leads by default; a custom role
# without it may not), checked by the dependency.
Picker = Annotated[Principal, Depends(permitted(Permission.PICKUP))]


@router.post("/{call_id}/pickup", status_code=204)
async def pickup(call_id: str, me: Picker, svc: ServicesDep) -> None:
    """Pickup (代答): a call ringing a colleague rings my phone instead (with its
    screen-pop). Needs the `pickup` permission, and I serve the call's queue or am in the
    ringing agent's team (403 otherwise); not on a call (409); 409 when the call is not
    ringing an agent."""
    await svc.acd.pickup(call_id, me.agent_id)
