"""SMS (短信) under `/api/v1/sms`: send a text to a customer through the centre's gateway,
templates, and the log of every message with its status. The gateway is an admin setting:
`PUT /admin/sms/gateway` (an HTTP gateway by URL and body template, or a file gateway for
tests and trials); docs/sms.md."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from agent_desktop.protocol.models import MAX_ID, Request, Response

__all__ = [
    "SmsGateway",
    "SmsGatewayInput",
    "SmsMessage",
    "SmsMessageList",
    "SmsSendRequest",
    "SmsTemplate",
    "SmsTemplateInput",
]

NAME_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.\-]{0,31}$"
PHONE_PATTERN = r"^\+?[0-9]{3,20}$"
SmsStatus = Literal["queued", "sent", "failed"]


class SmsGatewayInput(Request):
    """`http`: `url` (http/https; `{phone}` and `{text}` may appear, URL-encoded), `method`,
    `content_type` and `body_template` (`{phone}`, `{text}`, `{id}` filled in, escaped for
    JSON when the content type is JSON, URL-encoded otherwise), extra `headers`.
    `file`: one JSON line per message appended to `<data-dir>/sms/<file_name>`.
    `none`: sending is off."""

    kind: Literal["none", "http", "file"]
    url: str | None = Field(default=None, max_length=2000, pattern=r"^https?://\S+$")
    method: Literal["POST", "GET", "PUT"] = "POST"
    content_type: str = Field(default="application/json", max_length=100)
    headers: dict[str, str] = Field(default_factory=dict, max_length=20)
    body_template: str = Field(default="", max_length=4000)
    file_name: str | None = Field(default=None, pattern=NAME_PATTERN)
    timeout_seconds: float = Field(default=10.0, ge=1, le=60, allow_inf_nan=False)

    @model_validator(mode="after")
    def _complete(self) -> SmsGatewayInput:
        if self.kind == "http" and not self.url:
            raise ValueError("an http gateway needs a url")
        if self.kind == "file" and not self.file_name:
            raise ValueError("a file gateway needs a file_name")
        return self


class SmsGateway(Response):
    """The gateway as configured; header values are not shown (they hold credentials)."""

    kind: str = "none"
    url: str | None = None
    method: str = "POST"
    content_type: str = "application/json"
    header_names: list[str] = Field(default_factory=list)
    body_template: str = ""
    file_name: str | None = None
    timeout_seconds: float = 10.0


class SmsTemplateInput(Request):
    """`{customer}` and `{agent}` are filled in; other `{names}` come from the request's
    `params`."""

    text: str = Field(min_length=1, max_length=1000)


class SmsTemplate(Response):
    name: str
    text: str
    updated_at: float


class SmsSendRequest(Request):
    """Either `text` or a `template` (with `params`); `phone` must be one of the customer's
    numbers (default: its first)."""

    customer_id: int = Field(ge=1, le=MAX_ID)
    phone: str | None = Field(default=None, pattern=PHONE_PATTERN)
    text: str | None = Field(default=None, min_length=1, max_length=1000)
    template: str | None = Field(default=None, pattern=NAME_PATTERN)
    params: dict[str, str] = Field(default_factory=dict, max_length=20)

    @model_validator(mode="after")
    def _one(self) -> SmsSendRequest:
        if (self.text is None) == (self.template is None):
            raise ValueError("give either text or template")
        return self


class SmsMessage(Response):
    id: int
    customer_id: int | None = None
    phone: str
    text: str
    template: str | None = None
    sent_by: str
    created_at: float
    status: SmsStatus
    gateway: str | None = None
    gateway_id: str | None = None
    error: str | None = None
    attempts: int = 0
    sent_at: float | None = None


class SmsMessageList(Response):
    messages: list[SmsMessage]
    total: int
