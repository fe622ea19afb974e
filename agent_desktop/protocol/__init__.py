"""Wire protocol shared by the desktop and the coordinator: REST bodies, events, version.

Nothing here imports Qt or anything of the server; both sides import these types.
"""

from agent_desktop.protocol.events import *  # noqa: F403
from agent_desktop.protocol.events import __all__ as _events_all
from agent_desktop.protocol.models import *  # noqa: F403
from agent_desktop.protocol.models import __all__ as _models_all

PROTOCOL_VERSION = 1
API_PREFIX = "/api/v1"

__all__ = ["API_PREFIX", "PROTOCOL_VERSION", *_events_all, *_models_all]
