"""What the ACD asks of the media layer; the media workers implement it, tests fake it.

An implementation never raises because a media worker died: the ACD's state change goes
on, and the loss is reported once on its own (telephony: `worker_lost` closes the call)."""

from __future__ import annotations

from typing import Protocol

from server_stub.errors import Unavailable


class CallControl(Protocol):
    async def ring_agent(
        self, call_id: str, agent_id: str, timeout: float, headers: dict[str, str]
    ) -> None:
        """Start ringing the agent's softphone for the call (the worker dials via the edge)."""

    async def cancel_ring(self, call_id: str, agent_id: str) -> None:
        """Stop ringing the agent (ring timeout, caller gone)."""

    async def overflow(self, call_id: str, target: str) -> None:
        """Send the caller on to a target that is not a queue (number, voicemail)."""

    async def hangup(self, call_id: str, cause: str) -> None:
        """End every leg of the call now (agent or lead hang-up, no route)."""

    async def hold(self, call_id: str, on_hold: bool) -> None:
        """Put the caller on hold with music (the agent hears silence), or back."""

    async def dial(self, call_id: str, agent_id: str, number: str, caller_id: str) -> None:
        """Ring the agent's phone; once answered, call `number` through the trunk and bridge.
        Raises Unavailable when calls cannot be made (no SIP side, no trunk)."""

    async def transfer_out(self, call_id: str, agent_id: str) -> None:
        """The agent leaves a call that stays up: end the agent's leg, caller to music."""

    async def play(self, call_id: str, path: str) -> None:
        """Play an audio file into the call: the caller and the agent both hear it."""

    async def transfer_to_number(self, call_id: str, number: str) -> None:
        """End the agent's leg and call `number` through the trunk, bridging the caller to
        it; raises Unavailable before touching the call when there is no trunk."""

    async def monitor(self, call_id: str, supervisor_id: str, mode: str) -> None:
        """Connect a lead's phone to the call in listen, whisper or barge mode (or switch)."""

    async def unmonitor(self, call_id: str, supervisor_id: str) -> None:
        """Disconnect the lead's monitoring leg."""

    async def consult(
        self,
        call_id: str,
        kind: str,
        target: str,
        headers: dict[str, str],
        timeout: float,
        caller_id: str | None,
    ) -> bool:
        """Consult (咨询): hold the caller with music and, from the call's worker, call
        `target` (an agent's softphone through the edge; kind `number`: through the trunk,
        from `caller_id`); once it answers the agent talks to it. The outcome comes back
        through `LiveCalls.consults`. Raises Unavailable (before touching the call) when
        the target cannot be called. With a conference in progress the others go on
        hearing each other; True when the leg is on the conference's second worker."""

    async def consult_swap(self, call_id: str, to_customer: bool) -> None:
        """Swap the agent between the caller and the consulted party (the other hears music)."""

    async def consult_cancel(self, call_id: str) -> None:
        """End the consult leg; the caller is back with the agent."""

    async def consult_complete(self, call_id: str) -> None:
        """Attended transfer: end the agent's leg; the caller talks to the consulted party,
        which becomes the call's agent leg (the recording goes on)."""

    async def conference(self, call_id: str) -> None:
        """The consulted party joins: the caller, the agent and every party hear each other."""

    async def conference_drop(self, call_id: str, party: str) -> None:
        """Hang up one joined party of a conference; the others stay."""

    async def conference_leave(self, call_id: str) -> str:
        """The host leaves its conference: a party on the caller's worker takes the call
        (returned); Conflict when none can."""

    async def takeover(self, call_id: str, supervisor_id: str) -> None:
        """Take over (接管): the lead's monitoring leg becomes the call's agent leg, bridged
        to the caller; the agent's leg ends. Conflict when the lead is not monitoring."""

    async def dial_internal(self, call_id: str, agent_id: str, target: str) -> None:
        """Internal call (内线): ring the caller's phone; once answered, ring the target
        agent's phone through the edge and bridge (recorded as any call). Raises
        Unavailable when calls cannot be made."""


class NoCallControl:
    """Used when no media layer is attached: offers are pushed to desktops only."""

    async def ring_agent(
        self, call_id: str, agent_id: str, timeout: float, headers: dict[str, str]
    ) -> None:
        return None

    async def cancel_ring(self, call_id: str, agent_id: str) -> None:
        return None

    async def overflow(self, call_id: str, target: str) -> None:
        return None

    async def hangup(self, call_id: str, cause: str) -> None:
        return None

    async def hold(self, call_id: str, on_hold: bool) -> None:
        return None

    async def dial(self, call_id: str, agent_id: str, number: str, caller_id: str) -> None:
        raise Unavailable(
            "outbound calls need the SIP side (the server runs with --no-sip)", missing="sip"
        )

    async def transfer_out(self, call_id: str, agent_id: str) -> None:
        return None

    async def transfer_to_number(self, call_id: str, number: str) -> None:
        raise Unavailable("calls to numbers need the SIP side (the server runs with --no-sip)")

    async def play(self, call_id: str, path: str) -> None:
        raise Unavailable("playing into calls needs the SIP side (the server runs with --no-sip)")

    async def monitor(self, call_id: str, supervisor_id: str, mode: str) -> None:
        raise Unavailable("monitoring needs the SIP side (the server runs with --no-sip)")

    async def unmonitor(self, call_id: str, supervisor_id: str) -> None:
        raise Unavailable("monitoring needs the SIP side (the server runs with --no-sip)")

    async def consult(
        self,
        call_id: str,
        kind: str,
        target: str,
        headers: dict[str, str],
        timeout: float,
        caller_id: str | None,
    ) -> bool:
        raise Unavailable("consulting needs the SIP side (the server runs with --no-sip)")

    async def consult_swap(self, call_id: str, to_customer: bool) -> None:
        return None

    async def consult_cancel(self, call_id: str) -> None:
        return None

    async def consult_complete(self, call_id: str) -> None:
        return None

    async def conference(self, call_id: str) -> None:
        return None

    async def conference_drop(self, call_id: str, party: str) -> None:
        return None

    async def conference_leave(self, call_id: str) -> str:
        raise Unavailable("conferences need the SIP side (the server runs with --no-sip)")

    async def dial_internal(self, call_id: str, agent_id: str, target: str) -> None:
        raise Unavailable(
            "internal calls need the SIP side (the server runs with --no-sip)", missing="sip"
        )

    async def takeover(self, call_id: str, supervisor_id: str) -> None:
        raise Unavailable("taking over needs the SIP side (the server runs with --no-sip)")


class ConsultListener(Protocol):
    """What the media layer reports about a consult leg (the coordinator's `Consults`)."""

    async def consult_answered(self, call_id: str) -> None:
        """The consulted party answered: the agent talks to it, the caller hears music."""

    async def consult_failed(self, call_id: str, outcome: str) -> None:
        """The consult leg ended unanswered (`busy`, `rejected`, `no_answer`, `error`);
        the caller is back with the agent."""

    async def consult_hung_up(self, call_id: str) -> None:
        """The consulted party hung up after answering; the caller is back with the agent."""

    async def party_left(self, call_id: str, party: str, cause: str) -> None:
        """A joined party of a conference left: `hung_up`, or `worker_lost` (the second
        worker of a cascade died); the others stay."""

    async def host_left(self, call_id: str) -> None:
        """The host of a conference hung up and the queue keeps the others connected:
        the caller and the consulted party talk on (as after an attended transfer)."""

    async def call_finished(self, call_id: str) -> None:
        """The call's record closed (any cause): a consult of it ends too."""

    def consulting(self, call_id: str) -> bool:
        """Whether a consult of the call is in progress."""
