"""CTI client: REST calls and the event stream to the coordinator (asyncio only, no Qt)."""

from agent_desktop.cti.errors import (
    ApiError,
    CtiError,
    InvalidCredentials,
    NotAvailable,
    RateLimited,
    ServerUnreachable,
    Unauthorized,
)
from agent_desktop.cti.rest import CtiClient, normalise_server_url
from agent_desktop.cti.stream import Backoff, EventStream

__all__ = [
    "ApiError",
    "Backoff",
    "CtiClient",
    "CtiError",
    "EventStream",
    "InvalidCredentials",
    "NotAvailable",
    "RateLimited",
    "ServerUnreachable",
    "Unauthorized",
    "normalise_server_url",
]
