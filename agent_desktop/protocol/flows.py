"""Inbound flows (IVR as data) under `/api/v1/admin`: flows, time groups, overrides.

Flows: `GET/POST /admin/flows`, `GET/PUT /admin/flows/{id}` (each PUT is a new version),
`POST /admin/flows/{id}/publish` (`{"version": N}` rolls back), `POST
/admin/flows/{id}/simulate`. Time groups: `GET/PUT /admin/time-groups` (the whole list);
forced states (强制处理): `GET/PUT /admin/overrides`. Voicemail: `GET /admin/voicemails`.
The document format and the node kinds are in docs/flows.md.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import Field

from agent_desktop.protocol.models import Request, Response

__all__ = [
    "CallbackRequest",
    "Flow",
    "FlowInput",
    "FlowPublish",
    "FlowSimulation",
    "FlowSimulationRequest",
    "FlowUpdate",
    "FlowVersion",
    "TimeOverride",
    "Voicemail",
    "VoicemailStatus",
    "VoicemailUpdate",
]

FLOW_ID = r"^[A-Za-z0-9_.-]{1,64}$"


class FlowInput(Request):
    """A new flow: its id (DIDs name it), a display name and the document."""

    id: str = Field(pattern=FLOW_ID)
    name: str = Field(default="", max_length=100)
    document: dict[str, Any]


class FlowUpdate(Request):
    name: str | None = Field(default=None, max_length=100)
    document: dict[str, Any]


class FlowPublish(Request):
    """Publish the latest version, or `version` (an older one: a rollback)."""

    version: int | None = Field(default=None, ge=1, le=1_000_000)


class FlowVersion(Response):
    version: int
    created_by: str | None = None
    created_at: float
    published_at: float | None = None


class Flow(Response):
    id: str
    name: str
    version: int  # the version shown (the latest unless asked)
    latest_version: int
    published_version: int | None = None
    document: dict[str, Any]
    created_by: str | None = None
    created_at: float
    dids: list[str] = Field(default_factory=list)
    versions: list[FlowVersion] = Field(default_factory=list)
    # of this version against today's prompts and queues
    problems: list[dict[str, Any]] = Field(default_factory=list)


class FlowSimulationRequest(Request):
    """What a caller does: when (`at`, default now), from which number, the keys pressed
    (each entry one input: "1", "1234#"; "" is silence until the timeout)."""

    at: datetime | None = None
    ani: str = Field(default="", max_length=32)
    dnis: str = Field(default="", max_length=32)
    digits: list[str] = Field(default=[], max_length=50)
    version: int | None = Field(default=None, ge=1, le=1_000_000)


class FlowSimulation(Response):
    flow: str
    version: int
    steps: list[dict[str, Any]]
    outcome: dict[str, Any]
    satisfaction: int | None = None
    variables: dict[str, str] = Field(default_factory=dict)


class TimeOverride(Request):
    """A time group forced open, closed or to its holiday branch, until a time or for good."""

    time_group: str = Field(min_length=1, max_length=64)
    state: Literal["open", "closed", "holiday"]
    until: float | None = None
    note: str = Field(default="", max_length=200)


VoicemailStatus = Literal["new", "handled"]


class Voicemail(Response):
    """A message a caller left in a mailbox: a queue's (`box_kind = "queue"`) or an agent's
    (`"agent"`). `status` new → handled (by whom, when: `PATCH /voicemails/{id}`);
    `callback_call_id` is the latest call placed back to the caller from it."""

    id: str
    call_id: str
    box: str
    box_kind: Literal["queue", "agent"] = "queue"
    ani: str | None = None
    seconds: float
    status: str
    created_at: float
    handled_by: str | None = None
    handled_at: float | None = None
    callback_call_id: str | None = None


class VoicemailUpdate(Request):
    """`PATCH /voicemails/{id}`: mark it handled (or new again)."""

    status: VoicemailStatus


class CallbackRequest(Response):
    """A callback a caller left (回电): from a flow's callback node (`open`: recorded only),
    or by a key while waiting (`queued` → `calling` → `done` / `failed`, its place kept)."""

    id: int
    call_id: str
    queue: str
    number: str | None = None
    status: str
    created_at: float
    joined_at: float | None = None  # when the caller joined the queue (their place)
    attempts: int = 0
    last_call_id: str | None = None  # the record of the latest attempt
    agent_id: str | None = None
    outcome: str | None = None  # connected, no_answer, busy, agent_hangup...
    updated_at: float | None = None
