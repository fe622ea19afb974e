"""Phone presence: when an agent's softphone is unreachable, the agent leaves routing
("phone_offline") and comes back to ready when the phone registers again (issue 21)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

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


@dataclass
class PhonePresence:
    """Which agents to take out of routing or bring back, from the edge's registrations.

    ``registrations`` maps an agent to a token of its registration (contact, Call-ID,
    CSeq), which changes whenever the phone registers or refreshes. A ready agent without
    a registration goes not ready (phone_offline). An agent paused for that reason comes
    back when its phone registers anew: a registration that was already there when the
    agent went offline (a phone that died without unregistering, found by a failed offer)
    does not count until the phone proves alive by refreshing it. Other pauses, calls and
    wrap-up are left alone (checked again once the agent is ready).
    """

    offline_with: dict[str, str | None] = field(default_factory=dict)

    def events(
        self, states: Iterable[AgentState], registrations: Mapping[str, str]
    ) -> list[tuple[str, AgentEvent]]:
        moves: list[tuple[str, AgentEvent]] = []
        for state in states:
            agent_id = state.agent_id
            registration = registrations.get(agent_id)
            if state.status is AgentStatus.READY and registration is None:
                moves.append((agent_id, SetNotReady(PHONE_OFFLINE_REASON)))
                self.offline_with[agent_id] = None
            elif state.status is AgentStatus.NOT_READY and state.reason == PHONE_OFFLINE_REASON:
                if agent_id not in self.offline_with:  # paused by a failed offer (or before
                    self.offline_with[agent_id] = registration  # a restart): note what is
                    continue  # registered now; only a new registration brings it back
                if registration is not None and registration != self.offline_with[agent_id]:
                    moves.append((agent_id, SetReady()))
                    del self.offline_with[agent_id]
            else:
                self.offline_with.pop(agent_id, None)
        return moves
