"""What the ACD asks of the media layer; the media workers implement it, tests fake it."""

from __future__ import annotations

from typing import Protocol


class CallControl(Protocol):
    async def ring_agent(self, call_id: str, agent_id: str, timeout: float,
                         headers: dict[str, str]) -> None:
        """Start ringing the agent's softphone for the call (the worker dials via the edge)."""

    async def cancel_ring(self, call_id: str, agent_id: str) -> None:
        """Stop ringing the agent (ring timeout, caller gone)."""

    async def overflow(self, call_id: str, target: str) -> None:
        """Send the caller on to a target that is not a queue (number, voicemail)."""

    async def hangup(self, call_id: str, cause: str) -> None:
        """End every leg of the call now (agent or lead hang-up, no route)."""

    async def hold(self, call_id: str, on_hold: bool) -> None:
        """Put the caller on hold with music (the agent hears silence), or back."""


class NoCallControl:
    """Used when no media layer is attached: offers are pushed to desktops only."""

    async def ring_agent(self, call_id: str, agent_id: str, timeout: float,
                         headers: dict[str, str]) -> None:
        return None

    async def cancel_ring(self, call_id: str, agent_id: str) -> None:
        return None

    async def overflow(self, call_id: str, target: str) -> None:
        return None

    async def hangup(self, call_id: str, cause: str) -> None:
        return None

    async def hold(self, call_id: str, on_hold: bool) -> None:
        return None
