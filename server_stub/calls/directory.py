"""The transfer directory of a call: who and where its agent can transfer it to."""

from __future__ import annotations

from agent_desktop.protocol import (
    AgentDirectory,
    DirectoryAgent,
    TransferAgent,
    TransferQueue,
    TransferTargets,
)
from server_stub.agents.service import AgentService
from server_stub.calls.service import AcdService
from server_stub.calls.transfers import Transfers
from server_stub.domain.agent_state import AgentStatus
from server_stub.errors import Forbidden


def transfer_targets(
    acd: AcdService, transfers: Transfers, agents: AgentService, call_id: str, agent_id: str
) -> TransferTargets:
    """Signed-in agents other than the call's own (by ID), then the queues (by display
    name): exactly what `POST /calls/{id}/transfer` accepts."""
    call = acd.live(call_id)
    if call.agent_id != agent_id:
        raise Forbidden("only the agent on the call can transfer it")
    people = []
    for state in sorted(agents.all_states(), key=lambda s: s.agent_id):
        if state.agent_id == agent_id or state.status is AgentStatus.LOGGED_OUT:
            continue
        profile = agents.profile(state.agent_id)
        people.append(
            TransferAgent(
                agent_id=state.agent_id,
                name=str(profile["name"]),
                state=state.status.value,  # type: ignore[arg-type]
                reason=state.reason,
            )
        )
    queues = []
    for row in transfers.transfer_queues():
        stats = acd.queue_stats(row["name"])
        queues.append(
            TransferQueue(
                name=row["name"],
                display_name=row.get("display_name") or row["name"],
                waiting=stats["waiting"],
                ready=stats["agents_by_state"].get("ready", 0),
            )
        )
    return TransferTargets(agents=people, queues=queues)


def agent_directory(
    acd: AcdService, agents: AgentService, agent_id: str, may_pick_up: bool = True
) -> AgentDirectory:
    """The presence directory outside a call: signed-in colleagues with their state; a
    colleague whose phone rings with an inbound call I may pick up (代答, `POST
    /calls/{id}/pickup`: `may_pick_up`, my role's permission, and the call of a queue I
    serve or ringing a colleague of my team) carries that call."""
    people = []
    for state in sorted(agents.all_states(), key=lambda s: s.agent_id):
        if state.agent_id == agent_id or state.status is AgentStatus.LOGGED_OUT:
            continue
        pickup: dict[str, str | None] = {}
        if state.status is AgentStatus.RESERVED and state.call_id:
            call = acd.book.calls.get(state.call_id)
            if (
                call is not None
                and call.state == "ringing"
                and call.direction == "inbound"
                and call.agent_id == state.agent_id
                and may_pick_up
                and acd.may_pick_up(call, agent_id)
            ):
                pickup = {
                    "pickup_call_id": call.id,
                    "pickup_caller": call.ani,
                    "pickup_queue": call.shown_queue,
                }
        profile = agents.profile(state.agent_id)
        people.append(
            DirectoryAgent(
                agent_id=state.agent_id,
                name=str(profile["name"]),
                state=state.status.value,  # type: ignore[arg-type]
                reason=state.reason,
                **pickup,
            )
        )
    return AgentDirectory(agents=people)
