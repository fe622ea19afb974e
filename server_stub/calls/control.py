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
