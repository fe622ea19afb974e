"""Phone presence: when an agent's softphone is unreachable, the agent leaves routing
("phone_offline") and comes back to ready when the phone registers again (issue 21)."""

from __future__ import annotations

from server_stub.domain.agent_state import (
    AgentEvent,
    AgentState,
    AgentStatus,
    SetNotReady,
    SetReady,
)

PHONE_OFFLINE_REASON = "phone_offline"
"""Not-ready reason the system sets; only the system takes it away again."""

# Final responses to a call to the agent that mean "the phone is not there" rather than
# "the agent did not pick up": 404 from the edge (no registration), 408 from the network
# (the registered contact never answered the INVITE), 503 (transport failure).
_UNREACHABLE = {404, 408, 503}


def offer_unreachable(status_code: int, cause: str) -> bool:
    """Did the agent's leg fail because the phone is unreachable?

    ``cause`` is the worker's leg_ended cause: ``no_answer`` is our own ring timer (the
    phone rang), ``remote`` a final response from the network.
    """
    return cause != "no_answer" and status_code in _UNREACHABLE


def presence_event(state: AgentState, registered: bool) -> AgentEvent | None:
    """The event that brings the agent in line with its phone's registration, or None.

    A ready agent without a registered phone goes not ready (phone_offline); an agent the
    system paused for that reason returns to ready once the phone is registered. Agents
    on a call, in wrap-up or paused for another reason are left alone (the check runs
    again when they become ready).
    """
    if not registered and state.status is AgentStatus.READY:
        return SetNotReady(PHONE_OFFLINE_REASON)
    if (registered and state.status is AgentStatus.NOT_READY
            and state.reason == PHONE_OFFLINE_REASON):
        return SetReady()
    return None
