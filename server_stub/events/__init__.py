"""Event fan-out to desktops: per-session sequenced streams with replay after reconnects."""

from server_stub.events.bus import SUPERVISOR_ROLES, Audience, EventBus, Observer, SessionStream

__all__ = ["SUPERVISOR_ROLES", "Audience", "EventBus", "Observer", "SessionStream"]
