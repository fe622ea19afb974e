"""Event fan-out to desktops: per-session sequenced streams with replay after reconnects."""

from server_stub.events.bus import EventBus, SessionStream

__all__ = ["EventBus", "SessionStream"]
