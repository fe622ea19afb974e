"""Administration events on the stream: `configuration_changed`, built once here."""

from __future__ import annotations

from agent_desktop.protocol import ConfigurationChanged, Role
from server_stub.events import SUPERVISOR_ROLES, EventBus


class AdminNotifier:
    """Tells desktops an admin changed the centre, so they re-fetch what shows it."""

    def __init__(self, bus: EventBus) -> None:
        self._bus = bus

    def configuration_changed(
        self,
        kind: str,
        key: str,
        *,
        everyone: bool = False,
        agent_id: str | None = None,
        queue: str | None = None,
    ) -> None:
        """`kind`: a protocol ConfigurationKind. To the agent concerned and leads/admins,
        or with `everyone` to every session (queues, numbers, codes: every sign-in lists
        them)."""
        about = {k: v for k, v in (("agent_id", agent_id), ("queue", queue)) if v is not None}
        event = ConfigurationChanged(kind=kind, id=key, **about)
        self._bus.publish(
            event,
            agents=[agent_id] if agent_id else [],
            roles=list(Role) if everyone else SUPERVISOR_ROLES,
        )
