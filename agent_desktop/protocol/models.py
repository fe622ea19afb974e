"""Request and response bodies of the REST API (`/api/v1`), as pydantic models.

Conventions: times are seconds since the Unix epoch (UTC, float); durations are
seconds; requests forbid unknown fields (a typo is a 422, not silently ignored);
responses ignore unknown fields so older clients keep working with newer servers.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

__all__ = [
    "LEAD_REASON_CODE",
    "SYSTEM_REASON_CODES",
    "AgentDirectory",
    "AgentProfile",
    "AgentStateView",
    "AgentStatus",
    "AgentSummary",
    "CallList",
    "CallRecord",
    "ConferenceParty",
    "ConsultRequest",
    "ConsultView",
    "Customer",
    "CustomerInput",
    "CustomerList",
    "DialRequest",
    "DirectoryAgent",
    "Disposition",
    "DispositionRequest",
    "ErrorBody",
    "ForceStateRequest",
    "Health",
    "HoldRequest",
    "InternalCallRequest",
    "LoginRequest",
    "LoginResponse",
    "MonitorRequest",
    "PlaySnippetRequest",
    "QueueInfo",
    "QueueStats",
    "ReasonCode",
    "Request",
    "Response",
    "Role",
    "SignInAttempt",
    "SipSettings",
    "StateChangeRequest",
    "TransferAgent",
    "TransferQueue",
    "TransferRequest",
    "TransferTargets",
    "WrapUpRequest",
    "agent_can_choose_reason",
    "lead_can_choose_reason",
]


MAX_ID = 2**53 - 1  # bound of every integer id a request carries (exact in any JSON reader)


class Request(BaseModel):
    """Base of request bodies: unknown fields are an error."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class Response(BaseModel):
    """Base of response bodies: unknown fields are ignored by readers."""

    model_config = ConfigDict(extra="ignore")


class Role(StrEnum):
    AGENT = "agent"
    LEAD = "lead"
    ADMIN = "admin"


class AgentStatus(StrEnum):
    """Agent states as seen on the wire (same values as the server's state machine)."""

    LOGGED_OUT = "logged_out"
    NOT_READY = "not_ready"
    READY = "ready"
    RESERVED = "reserved"
    ON_CALL = "on_call"
    WRAP_UP = "wrap_up"


class ErrorBody(Response):
    """Every 4xx/5xx body: a stable machine-readable id and a human message."""

    error_id: str
    message: str
    details: list[dict[str, Any]] = Field(default_factory=list)


# --- sign-in -------------------------------------------------------------------------


class LoginRequest(Request):
    """`device_id`: a random ID the desktop keeps; once it has signed this agent in, the
    right password from it passes even while strangers at the same address are locked out."""

    agent_id: str = Field(min_length=1, max_length=32)
    password: str = Field(min_length=1, max_length=256)
    device_id: str | None = Field(default=None, min_length=16, max_length=128)


class SignInAttempt(Response):
    """One sign-in attempt as leads see it: `outcome` is `signed_in`, `wrong_password`
    (also an unknown agent ID) or `locked_out` (a lock-out started: `locked_seconds`)."""

    at: float
    agent_id: str
    client: str
    outcome: Literal["signed_in", "wrong_password", "locked_out"]
    known_device: bool = False
    locked_seconds: float | None = None


class AgentProfile(Response):
    agent_id: str
    name: str
    role: Role  # the built-in role the agent's role is built on
    team: str | None = None
    queues: list[str] = Field(default_factory=list)
    role_name: str | None = None  # the custom role's name (None: the built-in `role`)
    permissions: list[str] = Field(default_factory=list)  # protocol.admin.Permission values
    must_change_password: bool = False  # after a reset: POST /auth/password before anything


class QueueInfo(Response):
    name: str
    display_name: str
    dids: list[str] = Field(default_factory=list)
    strategy: str
    wrap_up_seconds: float
    level: int | None = None  # the signed-in agent's level (tier) in this queue
    disposition_required: bool = False  # agents may not finish wrap-up without one


class ReasonCode(Response):
    code: str
    label_en: str
    label_zh: str
    paid: bool = False


SYSTEM_REASON_CODES = frozenset(
    {"login", "no_answer", "server_restart", "phone_offline", "unreachable"}
)
"""Not-ready reasons only the server sets: just signed in, missed a call, restarted, the
softphone is unreachable, the desktop vanished (no event stream, phone unregistered)."""
LEAD_REASON_CODE = "forced"
"""The reason of a lead's Force not ready when the lead names none ("Set by team lead")."""


def agent_can_choose_reason(code: str) -> bool:
    """Whether an agent may pick `code` for themself (Not ready menu, tray)."""
    return code not in SYSTEM_REASON_CODES and code != LEAD_REASON_CODE


def lead_can_choose_reason(code: str) -> bool:
    """Whether a lead may force an agent not ready with `code`."""
    return code not in SYSTEM_REASON_CODES


class Disposition(Response):
    code: str
    label_en: str
    label_zh: str
    queue: str | None = None  # offered only on this queue's calls (None: every call)


class SipSettings(Response):
    """What a softphone needs to register with the server's SIP edge."""

    registrar: str  # e.g. "sip:127.0.0.1:5060"
    domain: str
    username: str
    password: str
    transport: Literal["udp", "tcp", "tls"] = "udp"
    expires_at: float | None = None
    codecs: list[str] = Field(default_factory=lambda: ["G722/16000", "PCMA/8000", "PCMU/8000"])
    srtp: Literal["disabled", "optional", "mandatory"] = "disabled"


class AgentStateView(Response):
    agent_id: str
    state: AgentStatus
    reason: str | None = None
    since: float
    call_id: str | None = None
    on_hold: bool = False
    wrap_up_ends_at: float | None = None
    not_ready_after_call: bool = False
    not_ready_after_call_reason: str | None = None


class LoginResponse(Response):
    protocol_version: int
    token: str
    expires_at: float
    agent: AgentProfile
    queues: list[QueueInfo]
    reason_codes: list[ReasonCode]
    dispositions: list[Disposition]
    sip: SipSettings
    state: AgentStateView


# --- agent state ---------------------------------------------------------------------


class StateChangeRequest(Request):
    """`ready` or `not_ready` now; with `after_call`, not ready once the current call ends."""

    state: Literal["ready", "not_ready"]
    reason: str | None = Field(default=None, max_length=64)
    after_call: bool = False


class WrapUpRequest(Request):
    action: Literal["extend", "finish"]
    seconds: float = Field(default=30, gt=0, le=3600)


class ForceStateRequest(Request):
    """A lead forces an agent's state."""

    state: Literal["not_ready", "logged_out"]
    reason: str | None = Field(default=None, max_length=64)


class AgentSummary(Response):
    agent_id: str
    name: str
    role: Role
    team: str | None = None
    queues: list[str] = Field(default_factory=list)
    state: AgentStateView
    calls_today: int = 0


# --- calls ---------------------------------------------------------------------------


class CallRecord(Response):
    id: str
    direction: Literal["inbound", "outbound", "internal"]
    state: Literal["ivr", "queued", "ringing", "dialing", "active", "external", "ended"] = "ended"
    ani: str | None = None
    dnis: str | None = None
    queue: str | None = None
    agent_id: str | None = None
    started_at: float
    answered_at: float | None = None
    ended_at: float | None = None
    wait_seconds: float | None = None
    talk_seconds: float | None = None
    hold_seconds: float | None = None
    disposition: str | None = None
    note: str | None = None
    recording_id: str | None = None
    # complete / partial (disk filled: what was written is kept) / failed (no audio)
    recording_status: Literal["complete", "partial", "failed"] | None = None
    end_cause: str | None = None
    customer_id: int | None = None
    # Per-leg quality, measured by the media worker from RTCP (both directions, the worse
    # of each) with G.107 MOS estimates (protocol/quality.py); None: not measured. Whole
    # call so far; worst_mos is the lowest 5 s window, worst_at its end (s from answer).
    customer_loss_pct: float | None = None
    customer_jitter_ms: float | None = None
    customer_rtt_ms: float | None = None
    customer_mos: float | None = None
    customer_worst_mos: float | None = None
    customer_worst_at: float | None = None
    agent_loss_pct: float | None = None
    agent_jitter_ms: float | None = None
    agent_rtt_ms: float | None = None
    agent_mos: float | None = None
    agent_worst_mos: float | None = None
    agent_worst_at: float | None = None
    # live calls only: the lower MOS of the two legs over the last 5 s (0-ish: no audio)
    mos_now: float | None = None
    # Inbound flows (issue 14): the published flow version the call ran; the caller's
    # survey key (满意度, 1-5) when the flow asked.
    flow_id: str | None = None
    flow_version: int | None = None
    satisfaction: int | None = None


class CallList(Response):
    calls: list[CallRecord]
    total: int


class HoldRequest(Request):
    on_hold: bool


class DialRequest(Request):
    """Click-to-dial: the server rings the agent's phone, then calls `to`."""

    to: str = Field(min_length=3, max_length=32)


class PlaySnippetRequest(Request):
    """Play a knowledge-base voice snippet into the call (both parties hear it)."""

    snippet_id: str = Field(min_length=1, max_length=64)


class MonitorRequest(Request):
    """Listen (监听: hear both), whisper (耳语: only the agent hears the lead) or barge
    (强插: everyone hears the lead). Sending another mode switches without a new call."""

    mode: Literal["listen", "whisper", "barge"]


class TransferAgent(Response):
    """An agent a call can be transferred to, with their state right now."""

    agent_id: str
    name: str
    state: AgentStatus
    reason: str | None = None


class TransferQueue(Response):
    name: str  # what `TransferRequest.target` takes
    display_name: str
    waiting: int = 0
    ready: int = 0  # agents ready in that queue now


class TransferTargets(Response):
    """The transfer directory of one call: agents (signed in, not the call's agent) and
    queues; every entry is a valid `TransferRequest` target of its kind."""

    agents: list[TransferAgent] = Field(default_factory=list)
    queues: list[TransferQueue] = Field(default_factory=list)


class DirectoryAgent(Response):
    """A colleague in the presence directory (内线目录): their state now and, while their
    phone rings with a call of a queue I serve, that call (`pickup_call_id`, for `POST
    /calls/{id}/pickup`) and its caller."""

    agent_id: str
    name: str
    state: AgentStatus
    reason: str | None = None
    pickup_call_id: str | None = None
    pickup_caller: str | None = None
    pickup_queue: str | None = None


class AgentDirectory(Response):
    """`GET /calls/directory`: every signed-in colleague (not me), by agent ID."""

    agents: list[DirectoryAgent] = Field(default_factory=list)


class TransferRequest(Request):
    """Blind transfer of the call's customer to a queue, another agent or an outside number."""

    kind: Literal["queue", "agent", "number"]
    target: str = Field(min_length=1, max_length=64)
    # travels to the receiving agent's screen-pop ("transferred by 1002: refund case")
    note: str = Field("", max_length=500)


class ConsultRequest(Request):
    """Consult (咨询): hold my customer and call an agent, a queue's longest-ready agent or an
    outside number; `note` travels to the consulted agent's screen-pop."""

    kind: Literal["queue", "agent", "number"]
    target: str = Field(min_length=1, max_length=64)
    note: str = Field(default="", max_length=500)


class ConferenceParty(Response):
    """One consulted party of a call: joined (`conference`) or the consult in progress
    (`ringing`, `talking`, `customer`), and whom it hears (`hears`: "caller", agent IDs,
    numbers, or "music")."""

    kind: Literal["queue", "agent", "number"]
    party: str
    state: Literal["ringing", "talking", "customer", "conference"]
    hears: list[str] = Field(default_factory=list)


class ConsultView(Response):
    """A consult of a live call as the consulting agent sees it: who (`party`: an agent ID
    or a number), and who hears whom (`state`): `ringing` (the customer hears music),
    `talking` (the agent talks to the party, the customer hears music), `customer` (swapped
    back: the party hears music), `conference` (all three hear each other).

    A conference of more than three (up to 6: the caller, the host and four more) lists
    every party in `parties` (joined first, then the consult in progress), each with its
    state and whom it hears; `party`/`state` name the consult in progress, else the party
    who joined last. `caller_hears` and `host_hears` complete who hears whom."""

    kind: Literal["queue", "agent", "number"]
    party: str
    state: Literal["ringing", "talking", "customer", "conference"]
    by: str  # the consulting agent (the host of a conference)
    parties: list[ConferenceParty] = Field(default_factory=list)
    caller_hears: list[str] = Field(default_factory=list)
    host_hears: list[str] = Field(default_factory=list)


class InternalCallRequest(Request):
    """An internal call (内线) to another agent by agent ID."""

    target: str = Field(min_length=1, max_length=64)


class DispositionRequest(Request):
    """Wrap-up result for a call; `idempotency_key` makes retries from an outbox safe."""

    disposition: str = Field(min_length=1, max_length=64)
    note: str = Field(default="", max_length=10_000)
    idempotency_key: str = Field(min_length=8, max_length=128)


# --- customers -----------------------------------------------------------------------


class Customer(Response):
    id: int
    name: str
    company: str | None = None
    phones: list[str] = Field(default_factory=list)
    tags: list[str] = Field(default_factory=list)
    notes: str = ""
    created_at: float
    updated_at: float
    owner_id: str | None = None  # None: the shared pool (公共池)
    custom: dict[str, Any] = Field(default_factory=dict)  # custom field key -> value


class CustomerInput(Request):
    name: str = Field(min_length=1, max_length=200)
    company: str | None = Field(default=None, max_length=200)
    phones: list[str] = Field(default_factory=list, max_length=20)
    tags: list[str] = Field(default_factory=list, max_length=50)
    notes: str = Field(default="", max_length=10_000)
    # custom field key -> value, checked against /admin/fields (422 names field and reason)
    custom: dict[str, Any] = Field(default_factory=dict, max_length=200)


class CustomerList(Response):
    customers: list[Customer]
    total: int
    total_capped: bool = False  # more matches than `total` (counting stops at 1,000)


# --- queues and health ---------------------------------------------------------------


class QueueStats(Response):
    """Live figures of one queue; formulas in docs/api.md and server_stub/domain/metrics.py."""

    queue: str
    waiting: int
    longest_wait: float
    offered: int
    answered: int
    abandoned: int
    short_abandoned: int = 0
    service_level: float | None = None  # 0..1, None until a call counts
    service_level_threshold: float
    asa: float | None = None
    aht: float | None = None
    abandon_rate: float | None = None
    agents_by_state: dict[str, int] = Field(default_factory=dict)


class Health(Response):
    status: Literal["ok", "degraded"]
    version: str
    protocol_version: int
    uptime_seconds: float
    checks: dict[str, str] = Field(default_factory=dict)
