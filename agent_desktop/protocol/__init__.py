"""Wire protocol shared by the desktop and the coordinator: REST bodies, events, version.

Nothing here imports Qt or anything of the server; both sides import these types.
"""

from agent_desktop.protocol.events import EVENT_TYPES, Event, EventType
from agent_desktop.protocol.models import *  # noqa: F403
from agent_desktop.protocol.models import __all__ as _models_all

PROTOCOL_VERSION = 1
API_PREFIX = "/api/v1"

__all__ = ["API_PREFIX", "EVENT_TYPES", "PROTOCOL_VERSION", "Event", "EventType", *_models_all]
