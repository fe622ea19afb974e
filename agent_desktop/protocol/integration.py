"""Integration (对接接口) bodies: webhooks under `/api/v1/admin/webhooks` and the webhook
payload's schema version (docs/integration.md)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, field_validator

from agent_desktop.protocol.events import EVENT_TYPES
from agent_desktop.protocol.models import Request, Response

__all__ = [
    "CALL_EVENTS",
    "WEBHOOK_EVENTS",
    "WEBHOOK_SCHEMA_VERSION",
    "AdminWebhook",
    "WebhookDelivery",
    "WebhookDeliveryList",
    "WebhookInput",
    "WebhookTestResult",
    "WebhookUpdate",
]

# The version of the webhook payload (`{"version", "id", "type", "occurred_at", "data"}`).
# Fields are only ever added within a version; renaming or removing one makes version 2.
WEBHOOK_SCHEMA_VERSION = 1
# The events a webhook may ask for: every typed event but the stream's own hello (a new
# one, e.g. ticket_changed, is subscribable as soon as it exists), the call's story first.
CALL_EVENTS = ("call_offered", "call_answered", "call_ended", "disposition_saved")
WEBHOOK_EVENTS = CALL_EVENTS + tuple(sorted(EVENT_TYPES - {"hello"} - set(CALL_EVENTS)))
MAX_URL_LENGTH = 2000
MAX_WEBHOOK_EVENTS = 32
SECRET_MIN_LENGTH = 16


def _strip_events(value: object) -> object:
    if isinstance(value, list):
        return [str(v).strip() for v in value]
    return value


class WebhookInput(Request):
    """A receiver of events: `url` (http or https), the event names it wants
    (`call_ended`, …), and the secret its `X-Signature` HMAC is made with."""

    url: str = Field(min_length=8, max_length=MAX_URL_LENGTH)
    events: list[str] = Field(min_length=1, max_length=MAX_WEBHOOK_EVENTS)
    secret: str = Field(min_length=SECRET_MIN_LENGTH, max_length=200)
    description: str = Field(default="", max_length=200)
    enabled: bool = True

    _events = field_validator("events", mode="before")(_strip_events)


class WebhookUpdate(Request):
    """The fields to change; `secret` replaces the old one."""

    url: str | None = Field(default=None, min_length=8, max_length=MAX_URL_LENGTH)
    events: list[str] | None = Field(default=None, min_length=1, max_length=MAX_WEBHOOK_EVENTS)
    secret: str | None = Field(default=None, min_length=SECRET_MIN_LENGTH, max_length=200)
    description: str | None = Field(default=None, max_length=200)
    enabled: bool | None = None

    _events = field_validator("events", mode="before")(_strip_events)


class AdminWebhook(Response):
    """A webhook as the API shows it: the secret only as its last four characters."""

    id: int
    url: str
    events: list[str]
    secret_hint: str  # "…" and the secret's last four characters
    description: str = ""
    enabled: bool = True
    created_at: float
    updated_at: float
    pending: int = 0  # deliveries waiting to be sent or retried
    failed: int = 0  # deliveries that gave up after the last retry


DeliveryStatus = Literal["pending", "delivered", "failed"]


class WebhookDelivery(Response):
    """One event for one webhook: its attempts so far and the last outcome."""

    id: str  # also the X-Delivery-Id header
    webhook_id: int
    event_id: str
    event_type: str
    status: DeliveryStatus
    attempts: int
    created_at: float
    next_attempt_at: float | None = None
    last_attempt_at: float | None = None
    status_code: int | None = None  # the receiver's last HTTP status (None: no answer)
    error: str | None = None  # why the last attempt failed
    delivered_at: float | None = None


class WebhookDeliveryList(Response):
    deliveries: list[WebhookDelivery]
    total: int


class WebhookTestResult(Response):
    """What the receiver answered to a `webhook_test` event sent at once (no retries)."""

    delivery_id: str
    ok: bool
    status_code: int | None = None
    error: str | None = None
    duration_ms: float
