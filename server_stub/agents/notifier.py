"""Agent events on the stream: `agent_state_changed`, built once here as a protocol model."""

from __future__ import annotations

from agent_desktop.protocol import AgentStateChanged, AgentStateView
from server_stub.events import SUPERVISOR_ROLES, EventBus


class AgentNotifier:
    """Tells the agent and its leads and admins (the bus narrows team leads' share)."""

    def __init__(self, bus: EventBus) -> None:
        self._bus = bus

    def state_changed(self, view: AgentStateView) -> None:
        self._bus.publish(
            AgentStateChanged.model_validate(view.model_dump()),
            agents=[view.agent_id],
            roles=SUPERVISOR_ROLES,
        )
