"""Customer records as a CRM: custom fields, follow-ups, appointments, owners, phonebook.

Custom fields: `GET /admin/fields` (anyone signed in), `PUT/DELETE /admin/fields/{key}`
(admins). Follow-ups: `GET/POST /customers/{id}/follow-ups`; appointments:
`GET /appointments?until=` (the caller's own, due by then) and
`POST /appointments/{id}/done`. Owners: `POST /customers/{id}/claim` (from the shared
pool), `POST /customers/{id}/release` (back to it), `POST /customers/transfer` (leads,
资料转移). The `Customer` itself is in `protocol.models` (it rides on `call_offered`).
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import Field, model_validator

from agent_desktop.protocol.models import MAX_ID, Request, Response

__all__ = [
    "FIELD_KEY_PATTERN",
    "Appointment",
    "CustomField",
    "CustomFieldInput",
    "FieldKind",
    "FollowUp",
    "FollowUpInput",
    "FollowUpStatus",
    "OwnershipChange",
    "PhonebookEntry",
    "PhonebookInput",
    "TransferRequest",
]

FIELD_KEY_PATTERN = r"^[a-z][a-z0-9_]{0,39}$"
MAX_EPOCH = 1e11


class FieldKind(StrEnum):
    TEXT = "text"
    NUMBER = "number"
    DATE = "date"  # ISO date YYYY-MM-DD
    CHOICE = "choice"  # one of `options`
    MULTI_CHOICE = "multi_choice"  # a list of `options`


class CustomFieldInput(Request):
    label: str = Field(min_length=1, max_length=80)
    label_zh: str = Field(default="", max_length=80)
    kind: FieldKind
    options: list[str] = Field(default_factory=list, max_length=100)
    required: bool = False
    sort: int = Field(default=0, ge=-10_000, le=10_000)

    @model_validator(mode="after")
    def _options_fit_kind(self) -> CustomFieldInput:
        choices = self.kind in (FieldKind.CHOICE, FieldKind.MULTI_CHOICE)
        if choices and not self.options:
            raise ValueError(f"a {self.kind.value} field needs options")
        if not choices and self.options:
            raise ValueError(f"a {self.kind.value} field takes no options")
        if any(not o.strip() or len(o) > 80 for o in self.options):
            raise ValueError("options must be 1-80 characters")
        if len(set(self.options)) != len(self.options):
            raise ValueError("options must differ")
        return self


class CustomField(Response):
    key: str
    label: str
    label_zh: str = ""
    kind: FieldKind
    options: list[str] = Field(default_factory=list)
    required: bool = False
    sort: int = 0


class FollowUpStatus(StrEnum):
    """Where the relationship stands after this contact (跟进状态)."""

    NEW = "new"  # 初次接触
    INTERESTED = "interested"  # 有意向
    NOT_INTERESTED = "not_interested"  # 无意向
    WON = "won"  # 已成交
    CLOSED = "closed"  # 已关闭


class FollowUpInput(Request):
    status: FollowUpStatus
    body: str = Field(default="", max_length=10_000)
    next_at: float | None = Field(default=None, ge=0, le=MAX_EPOCH, allow_inf_nan=False)
    # an appointment (预约): the desktop of the agent who adds it reminds them at this time
    appointment_at: float | None = Field(default=None, ge=0, le=MAX_EPOCH, allow_inf_nan=False)
    call_id: str | None = Field(default=None, max_length=100)


class FollowUp(Response):
    id: int
    customer_id: int
    customer_name: str = ""
    phone: str | None = None  # the customer's first number: what the reminder dials
    agent_id: str
    call_id: str | None = None
    status: FollowUpStatus
    body: str = ""
    next_at: float | None = None
    appointment_at: float | None = None
    appointment_done: bool = False
    created_at: float


Appointment = FollowUp  # an appointment is a follow-up with `appointment_at`


class TransferRequest(Request):
    """资料转移: give customers to an agent, or to the shared pool (`to_agent` null)."""

    customer_ids: list[int] = Field(min_length=1, max_length=10_000)
    to_agent: str | None = Field(default=None, max_length=64)

    @model_validator(mode="after")
    def _ids_in_range(self) -> TransferRequest:
        if any(not 1 <= i <= MAX_ID for i in self.customer_ids):
            raise ValueError("customer ids must be positive")
        return self


class OwnershipChange(Response):
    changed: int
    to_agent: str | None = None


class PhonebookInput(Request):
    """An external contact of the phonebook (通讯录)."""

    name: str = Field(min_length=1, max_length=200)
    number: str = Field(min_length=3, max_length=32, pattern=r"^\+?[0-9 ()\-.]{3,32}$")
    company: str = Field(default="", max_length=200)
    notes: str = Field(default="", max_length=2000)


class PhonebookEntry(Response):
    """`kind` internal: an agent (the number is its agent ID); external: a contact."""

    id: int | None = None  # external contacts only
    kind: str
    name: str
    number: str
    company: str = ""
    notes: str = ""
