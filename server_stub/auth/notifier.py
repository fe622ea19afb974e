"""Session events on the stream: `agent_signed_out`, built once here as a protocol model."""

from __future__ import annotations

from agent_desktop.protocol import AgentSignedOut
from server_stub.events import EventBus


class AuthNotifier:
    """Tells an agent's desktops that a lead signed it out (before their streams close)."""

    def __init__(self, bus: EventBus) -> None:
        self._bus = bus

    def signed_out(self, agent_id: str, by: str) -> None:
        self._bus.publish(AgentSignedOut(agent_id=agent_id, by=by), agents=[agent_id])
