"""Phone presence: when an agent's softphone is unreachable, the agent leaves routing
("phone_offline") and comes back to ready when the phone registers again (issue 21).
When the agent's desktop is gone too (no event stream attached, issue 19), the mark is
"unreachable", so leads can tell a desktop that vanished from a phone that dropped."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
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

UNREACHABLE_REASON = "unreachable"
"""Not-ready reason the system sets when both the phone and the desktop's event stream
are gone (the desktop vanished); only the system takes it away again."""

OFFLINE_REASONS = frozenset({PHONE_OFFLINE_REASON, UNREACHABLE_REASON})

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

    ``desktops``, when given, are the agents whose desktop holds an event stream open
    (or did a moment ago). An agent out of routing whose desktop is not among them is
    marked ``unreachable`` instead of ``phone_offline``, and back to ``phone_offline``
    when the desktop returns before the phone does; a new registration brings either
    back to ready.
    """

    offline_with: dict[str, str | None] = field(default_factory=dict)

    def events(
        self,
        states: Iterable[AgentState],
        registrations: Mapping[str, str],
        desktops: Collection[str] | None = None,
    ) -> list[tuple[str, AgentEvent]]:
        moves: list[tuple[str, AgentEvent]] = []
        for state in states:
            agent_id = state.agent_id
            registration = registrations.get(agent_id)
            gone = desktops is not None and agent_id not in desktops
            mark = UNREACHABLE_REASON if gone else PHONE_OFFLINE_REASON
            if state.status is AgentStatus.READY and registration is None:
                moves.append((agent_id, SetNotReady(mark)))
                self.offline_with[agent_id] = None
            elif state.status is AgentStatus.NOT_READY and state.reason in OFFLINE_REASONS:
                if agent_id not in self.offline_with:  # paused by a failed offer (or before
                    self.offline_with[agent_id] = registration  # a restart): note what is
                    if state.reason != mark:  # registered now; only a new registration
                        moves.append((agent_id, SetNotReady(mark)))  # brings it back
                    continue
                if registration is not None and registration != self.offline_with[agent_id]:
                    moves.append((agent_id, SetReady()))
                    del self.offline_with[agent_id]
                elif state.reason != mark:
                    moves.append((agent_id, SetNotReady(mark)))
            else:
                self.offline_with.pop(agent_id, None)
        return moves
