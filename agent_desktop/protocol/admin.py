"""Administration (组织机构/权限) request and response bodies under `/api/v1/admin`.

Collections: `agents`, `teams`, `queues`, `dids`, `reason-codes`, `dispositions`, `prompts`,
`roles`; `GET` lists, `POST` creates, `GET`/`PATCH`/`DELETE` on `/{id}`. Create bodies
(`…Input`) forbid unknown fields; update bodies (`…Update`) carry only the fields to change
(every field optional). Errors are `ErrorBody` with `details[0]["field"]` naming the field.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any, Literal

from pydantic import Field, field_validator

from agent_desktop.protocol.models import Request, Response, Role

__all__ = [
    "BUILTIN_PERMISSIONS",
    "AdminAgent",
    "AdminDid",
    "AdminDisposition",
    "AdminQueue",
    "AdminReasonCode",
    "AdminRole",
    "AdminTeam",
    "AgentCreated",
    "AgentInput",
    "AgentUpdate",
    "AuditEntry",
    "DidInput",
    "DidUpdate",
    "DispositionInput",
    "DispositionUpdate",
    "EmptyFactor",
    "ImportResult",
    "ImportRowError",
    "PasswordChangeRequest",
    "PasswordResetRequest",
    "PasswordResetResult",
    "Permission",
    "Prompt",
    "QueueInput",
    "QueueMember",
    "QueueUpdate",
    "ReasonCodeInput",
    "ReasonCodeUpdate",
    "RoleInput",
    "RoleUpdate",
    "Skill",
    "Strategy",
    "TeamInput",
    "TeamUpdate",
]

# IDs that are also SIP user names and URL path segments: letters, digits, _ . -
ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.\-]{0,31}$"
NUMBER_PATTERN = r"^\+?[0-9]{2,32}$"
PASSWORD_MIN_LENGTH = 8
PopOn = Literal["ring", "answer"]  # when the desktop opens a queue's URL pop
MAX_IMPORT_BYTES = 10 * 1024 * 1024  # the largest agent import file the server reads


class Permission(StrEnum):
    """Named grants a role is made of; the server checks one on every action."""

    VIEW_TEAM = "view_team"  # agents' states, live calls, queue figures, call records
    LISTEN = "listen"  # listen and whisper to live calls (监听/耳语)
    BARGE = "barge"  # barge into live calls (强插)
    FORCE_STATE = "force_state"  # force not ready / sign out, end others' calls (强制)
    LISTEN_RECORDINGS = "listen_recordings"  # other agents' recordings
    EXPORT_REPORTS = "export_reports"  # queue_log and report exports
    EDIT_KB = "edit_kb"  # knowledge-base articles, categories, voice snippets
    MANAGE_CUSTOMERS = "manage_customers"  # create and edit customer records
    MANAGE_ORG = "manage_org"  # agents, teams, roles, passwords (员工/部门/权限)
    MANAGE_ROUTING = "manage_routing"  # queues, numbers, codes, dispositions, prompts
    VIEW_AUDIT = "view_audit"  # audit log, system status
    EVALUATE_QA = "qa_evaluate"  # score recorded calls, sample calls, resolve disputes (质检)
    MANAGE_QA_FORMS = "manage_qa_forms"  # define and edit QA scoring forms
    MANAGE_INTEGRATIONS = "manage_integrations"  # webhooks and their delivery log (对接接口)
    PICKUP = "pickup"  # pick up a ringing call of my team or queue (代答)


# What the three built-in roles grant (not editable; custom roles start from a copy).
BUILTIN_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.AGENT: frozenset({Permission.MANAGE_CUSTOMERS, Permission.PICKUP}),
    Role.LEAD: frozenset(
        {
            Permission.VIEW_TEAM,
            Permission.LISTEN,
            Permission.BARGE,
            Permission.FORCE_STATE,
            Permission.LISTEN_RECORDINGS,
            Permission.EXPORT_REPORTS,
            Permission.EDIT_KB,
            Permission.MANAGE_CUSTOMERS,
            Permission.EVALUATE_QA,
            Permission.PICKUP,
        }
    ),
    Role.ADMIN: frozenset(Permission),
}


class Strategy(StrEnum):
    """Routing strategies (FreeSWITCH mod_callcenter names); `longest-idle` is accepted as
    an alias of `longest-idle-agent` in requests."""

    LONGEST_IDLE_AGENT = "longest-idle-agent"
    ROUND_ROBIN = "round-robin"
    FEWEST_CALLS = "agent-with-fewest-calls"
    LEAST_TALK_TIME = "agent-with-least-talk-time"
    RANDOM = "random"
    TOP_DOWN = "top-down"
    RING_ALL = "ring-all"  # every free agent rings at once; the first to answer takes it


class EmptyFactor(StrEnum):
    PAUSED = "paused"
    RINGING = "ringing"
    INUSE = "inuse"
    WRAPUP = "wrapup"


_STRATEGY_ALIASES = {
    "longest-idle": "longest-idle-agent",
    "fewest-calls": "agent-with-fewest-calls",
    "least-talk-time": "agent-with-least-talk-time",
    "linear": "top-down",
    "rrmemory": "round-robin",
    "ringall": "ring-all",
}


def _strategy(value: Any) -> Any:
    return _STRATEGY_ALIASES.get(value, value) if isinstance(value, str) else value


def _announce_every(value: Any) -> Any:
    """0 turns the position announcement off; otherwise at least every 10 s."""
    if isinstance(value, int | float) and 0 < value < 10:
        raise ValueError("announce_every is 0 (off) or 10-3600 seconds")
    return value


# --- agents ------------------------------------------------------------------------------


class Skill(Request):
    """A queue the agent takes calls from, with its level (tier: 1 is offered first)."""

    queue: str = Field(min_length=1, max_length=64)
    level: int = Field(default=1, ge=1, le=9)
    position: int = Field(default=1, ge=1, le=999)


class AgentInput(Request):
    """Create an agent. `password` None: the server generates one and returns it once.
    `role` is `agent`, `lead`, `admin` or the name of a custom role."""

    agent_id: str = Field(pattern=ID_PATTERN)
    name: str = Field(min_length=1, max_length=100)
    role: str = Field(default="agent", min_length=1, max_length=64)
    team: str | None = Field(default=None, max_length=64)
    password: str | None = Field(default=None, max_length=256)
    skills: list[Skill] = Field(default_factory=list, max_length=100)
    enabled: bool = True
    outbound_caller_id: str | None = Field(default=None, pattern=NUMBER_PATTERN)
    max_sessions: int = Field(default=0, ge=0, le=10)  # 0: no limit; else the oldest goes
    wrap_up_seconds: float | None = Field(default=None, ge=0, le=3600)
    max_no_answer: int = Field(default=1, ge=0, le=100)
    no_answer_delay_time: float = Field(default=0, ge=0, le=3600)
    busy_delay_time: float = Field(default=5, ge=0, le=3600)
    reject_delay_time: float = Field(default=5, ge=0, le=3600)
    must_change_password: bool = False  # True: the first sign-in must set a new password


class AgentUpdate(Request):
    """Change some fields of an agent (PATCH): absent fields stay as they are. `skills`
    replaces the whole list. Passwords change through `/admin/agents/{id}/password`."""

    name: str | None = Field(default=None, min_length=1, max_length=100)
    role: str | None = Field(default=None, min_length=1, max_length=64)
    team: str | None = Field(default=None, max_length=64)
    skills: list[Skill] | None = Field(default=None, max_length=100)
    enabled: bool | None = None
    outbound_caller_id: str | None = Field(default=None, pattern=NUMBER_PATTERN)
    max_sessions: int | None = Field(default=None, ge=0, le=10)
    wrap_up_seconds: float | None = Field(default=None, ge=0, le=3600)
    max_no_answer: int | None = Field(default=None, ge=0, le=100)
    no_answer_delay_time: float | None = Field(default=None, ge=0, le=3600)
    busy_delay_time: float | None = Field(default=None, ge=0, le=3600)
    reject_delay_time: float | None = Field(default=None, ge=0, le=3600)


class AdminAgent(Response):
    agent_id: str
    name: str
    role: str  # built-in role or custom role name
    base_role: Role  # what the role is built on (events, desktop tabs)
    team: str | None = None
    skills: list[Skill] = Field(default_factory=list)
    enabled: bool = True
    outbound_caller_id: str | None = None
    max_sessions: int = 0
    wrap_up_seconds: float | None = None
    max_no_answer: int = 1
    no_answer_delay_time: float = 0
    busy_delay_time: float = 5
    reject_delay_time: float = 5
    must_change_password: bool = False
    created_at: float = 0
    state: str | None = None  # live agent state (logged_out, ready, …)


class AgentCreated(AdminAgent):
    """The new agent; `generated_password` only when the server made one (shown once)."""

    generated_password: str | None = None


class PasswordResetRequest(Request):
    """Admin reset: a new password (None: generated); the agent must change it at sign-in."""

    new_password: str | None = Field(default=None, max_length=256)


class PasswordResetResult(Response):
    agent_id: str
    generated_password: str | None = None
    must_change_password: bool = True


class PasswordChangeRequest(Request):
    """`POST /api/v1/auth/password` for everyone: at least 8 characters, not the agent ID."""

    old_password: str = Field(min_length=1, max_length=256)
    new_password: str = Field(min_length=1, max_length=256)


# --- teams -------------------------------------------------------------------------------


class TeamInput(Request):
    """A team (部门/班组); its `lead` sees and controls only its teams' agents and queues."""

    name: str = Field(pattern=ID_PATTERN)
    display_name: str = Field(min_length=1, max_length=100)
    lead: str | None = Field(default=None, max_length=32)


class TeamUpdate(Request):
    display_name: str | None = Field(default=None, min_length=1, max_length=100)
    lead: str | None = Field(default=None, max_length=32)


class AdminTeam(Response):
    name: str
    display_name: str
    lead: str | None = None
    agents: list[str] = Field(default_factory=list)


# --- queues ------------------------------------------------------------------------------


class QueueInput(Request):
    """A queue with every routing setting of the router (names as in FreeSWITCH
    mod_callcenter and Asterisk; docs/routing.md explains each). Times are seconds; 0 means
    "no limit". `music_on_hold` and `greeting` name uploaded prompts (None: built-in)."""

    name: str = Field(pattern=ID_PATTERN)
    display_name: str = Field(default="", max_length=100)
    strategy: Strategy = Strategy.LONGEST_IDLE_AGENT
    ring_timeout: float = Field(default=15, gt=0, le=600)
    wrap_up_seconds: float = Field(default=30, ge=0, le=3600)
    max_wait_time: float = Field(default=0, ge=0, le=86400)
    max_wait_time_with_no_agent: float = Field(default=0, ge=0, le=86400)
    max_wait_time_with_no_agent_time_reached: float = Field(default=5, ge=0, le=86400)
    overflow_target: str | None = Field(default=None, max_length=64)
    join_empty: bool = True
    leave_when_empty: bool = False
    # Member conditions that make the queue count as empty for join/leave rules
    # (Asterisk joinempty/leavewhenempty): paused, ringing, inuse, wrapup.
    empty_factors: list[EmptyFactor] = Field(
        default_factory=lambda: [EmptyFactor.PAUSED], max_length=4
    )
    max_len: int = Field(default=0, ge=0, le=100_000)
    weight: int = Field(default=0, ge=0, le=1000)
    tier_rules_apply: bool = False
    tier_rule_wait_second: float = Field(default=0, ge=0, le=86400)
    tier_rule_wait_multiply_level: bool = True
    tier_rule_no_agent_no_wait: bool = False
    service_level_threshold: float = Field(default=20, gt=0, le=3600)
    short_abandon_threshold: float = Field(default=5, ge=0, le=3600)
    music_on_hold: str | None = Field(default=None, max_length=64)
    greeting: str | None = Field(default=None, max_length=64)
    disposition_required: bool = False  # agents may not finish wrap-up without one
    # URL pop (docs/integration.md): the CRM page the agent's desktop opens, e.g.
    # https://crm.example/pop?ani={ani}&call={call_id}; at "ring" or at "answer".
    pop_url: str | None = Field(default=None, max_length=2000)
    pop_on: PopOn = "ring"
    # A conference's host (the consulting agent) hangs up: the caller and the consulted
    # party stay connected (True) or the call ends (False). docs/call-control.md
    conference_stays: bool = False
    # While waiting: position and expected wait every N seconds (0: never, else 10-3600);
    # the agent's ID announced to the caller before connecting (座席自动报号). docs/flows.md
    announce_every: float = Field(default=0, ge=0, le=3600)
    announce_agent_id: bool = False
    # A key a waiting caller presses to leave a callback that keeps their place (回电);
    # "" is none.
    callback_key: str = Field(default="", pattern=r"^[0-9*#]?$")
    # 来电记忆: a caller served in this queue within `sticky_days` (0: off) goes first to
    # that agent, waiting at most `sticky_wait` s; customers tagged `vip_tag` ("": none)
    # wait with `vip_priority` (higher is served first). docs/flows.md
    sticky_days: float = Field(default=0, ge=0, le=365)
    sticky_wait: float = Field(default=20, ge=1, le=600)
    vip_tag: str = Field(default="", max_length=50)
    vip_priority: int = Field(default=10, ge=1, le=100)

    _alias = field_validator("strategy", mode="before")(_strategy)
    _announce = field_validator("announce_every", mode="after")(_announce_every)


class QueueUpdate(Request):
    display_name: str | None = Field(default=None, max_length=100)
    strategy: Strategy | None = None
    ring_timeout: float | None = Field(default=None, gt=0, le=600)
    wrap_up_seconds: float | None = Field(default=None, ge=0, le=3600)
    max_wait_time: float | None = Field(default=None, ge=0, le=86400)
    max_wait_time_with_no_agent: float | None = Field(default=None, ge=0, le=86400)
    max_wait_time_with_no_agent_time_reached: float | None = Field(default=None, ge=0, le=86400)
    overflow_target: str | None = Field(default=None, max_length=64)
    join_empty: bool | None = None
    leave_when_empty: bool | None = None
    empty_factors: list[EmptyFactor] | None = Field(default=None, max_length=4)
    max_len: int | None = Field(default=None, ge=0, le=100_000)
    weight: int | None = Field(default=None, ge=0, le=1000)
    tier_rules_apply: bool | None = None
    tier_rule_wait_second: float | None = Field(default=None, ge=0, le=86400)
    tier_rule_wait_multiply_level: bool | None = None
    tier_rule_no_agent_no_wait: bool | None = None
    service_level_threshold: float | None = Field(default=None, gt=0, le=3600)
    short_abandon_threshold: float | None = Field(default=None, ge=0, le=3600)
    music_on_hold: str | None = Field(default=None, max_length=64)
    greeting: str | None = Field(default=None, max_length=64)
    disposition_required: bool | None = None
    pop_url: str | None = Field(default=None, max_length=2000)  # "" or null: no URL pop
    pop_on: PopOn | None = None
    conference_stays: bool | None = None
    announce_every: float | None = Field(default=None, ge=0, le=3600)
    announce_agent_id: bool | None = None
    callback_key: str | None = Field(default=None, pattern=r"^[0-9*#]?$")
    sticky_days: float | None = Field(default=None, ge=0, le=365)
    sticky_wait: float | None = Field(default=None, ge=1, le=600)
    vip_tag: str | None = Field(default=None, max_length=50)
    vip_priority: int | None = Field(default=None, ge=1, le=100)

    _alias = field_validator("strategy", mode="before")(_strategy)
    _announce = field_validator("announce_every", mode="after")(_announce_every)


class QueueMember(Response):
    agent_id: str
    level: int = 1
    position: int = 1


class AdminQueue(Response):
    name: str
    display_name: str
    strategy: str
    ring_timeout: float
    wrap_up_seconds: float
    max_wait_time: float = 0
    max_wait_time_with_no_agent: float = 0
    max_wait_time_with_no_agent_time_reached: float = 5
    overflow_target: str | None = None
    join_empty: bool = True
    leave_when_empty: bool = False
    empty_factors: list[str] = Field(default_factory=lambda: ["paused"])
    max_len: int = 0
    weight: int = 0
    tier_rules_apply: bool = False
    tier_rule_wait_second: float = 0
    tier_rule_wait_multiply_level: bool = True
    tier_rule_no_agent_no_wait: bool = False
    service_level_threshold: float = 20
    short_abandon_threshold: float = 5
    music_on_hold: str | None = None
    greeting: str | None = None
    disposition_required: bool = False
    pop_url: str | None = None
    pop_on: str = "ring"
    conference_stays: bool = False
    announce_every: float = 0
    announce_agent_id: bool = False
    callback_key: str = ""
    sticky_days: float = 0
    sticky_wait: float = 20
    vip_tag: str = ""
    vip_priority: int = 10
    members: list[QueueMember] = Field(default_factory=list)
    dids: list[str] = Field(default_factory=list)


# --- inbound numbers -----------------------------------------------------------------------


class DidInput(Request):
    """An inbound number (呼入号码) and where it goes: a queue (or a built-in IVR flow)."""

    number: str = Field(pattern=NUMBER_PATTERN)
    name: str = Field(default="", max_length=100)
    queue: str | None = Field(default=None, max_length=64)
    ivr: str | None = Field(default=None, max_length=64)
    pop_url: str | None = Field(default=None, max_length=2000)  # used when its queue has none
    pop_on: PopOn = "ring"


class DidUpdate(Request):
    name: str | None = Field(default=None, max_length=100)
    queue: str | None = Field(default=None, max_length=64)
    ivr: str | None = Field(default=None, max_length=64)
    pop_url: str | None = Field(default=None, max_length=2000)  # "": no URL pop
    pop_on: PopOn | None = None


class AdminDid(Response):
    number: str
    name: str = ""
    queue: str | None = None
    ivr: str | None = None
    flow: str | None = None  # the inbound flow the number runs (`ivr` naming a flow)
    pop_url: str | None = None
    pop_on: str = "ring"


# --- codes -------------------------------------------------------------------------------


class ReasonCodeInput(Request):
    """A not-ready reason (示忙原因); `paid` counts as working time in reports."""

    code: str = Field(pattern=ID_PATTERN)
    label_en: str = Field(min_length=1, max_length=100)
    label_zh: str = Field(min_length=1, max_length=100)
    paid: bool = False
    sort: int = Field(default=0, ge=0, le=10_000)


class ReasonCodeUpdate(Request):
    label_en: str | None = Field(default=None, min_length=1, max_length=100)
    label_zh: str | None = Field(default=None, min_length=1, max_length=100)
    paid: bool | None = None
    sort: int | None = Field(default=None, ge=0, le=10_000)


class AdminReasonCode(Response):
    code: str
    label_en: str
    label_zh: str
    paid: bool = False
    sort: int = 0


class DispositionInput(Request):
    """A call result (业务小结); `queue` None: offered on every queue."""

    code: str = Field(pattern=ID_PATTERN)
    label_en: str = Field(min_length=1, max_length=100)
    label_zh: str = Field(min_length=1, max_length=100)
    queue: str | None = Field(default=None, max_length=64)
    sort: int = Field(default=0, ge=0, le=10_000)


class DispositionUpdate(Request):
    label_en: str | None = Field(default=None, min_length=1, max_length=100)
    label_zh: str | None = Field(default=None, min_length=1, max_length=100)
    queue: str | None = Field(default=None, max_length=64)
    sort: int | None = Field(default=None, ge=0, le=10_000)


class AdminDisposition(Response):
    code: str
    label_en: str
    label_zh: str
    queue: str | None = None
    sort: int = 0


# --- prompts -----------------------------------------------------------------------------


class Prompt(Response):
    """An uploaded recording (greeting, music on hold, IVR), stored as 16 kHz mono WAV.
    Upload: multipart `file` (WAV or MP3) and form field `name`; listen back at
    `GET /admin/prompts/{name}/audio`."""

    name: str
    duration_seconds: float
    size: int
    created_at: float
    used_by: list[str] = Field(default_factory=list)  # e.g. "queue:billing:music_on_hold"


# --- roles -------------------------------------------------------------------------------


class RoleInput(Request):
    """A custom role: built on a built-in role (`base`: which events and desktop tabs) and
    made of named permissions (what the server lets it do)."""

    name: str = Field(pattern=ID_PATTERN)
    base: Role = Role.AGENT
    permissions: list[Permission] = Field(default_factory=list, max_length=50)
    description: str = Field(default="", max_length=200)


class RoleUpdate(Request):
    permissions: list[Permission] | None = Field(default=None, max_length=50)
    description: str | None = Field(default=None, max_length=200)


class AdminRole(Response):
    name: str
    base: Role
    builtin: bool = False
    permissions: list[str] = Field(default_factory=list)
    description: str = ""
    agents: int = 0


# --- import and audit ----------------------------------------------------------------------


class ImportRowError(Response):
    """One bad cell of an import file: the file's line (header is line 1) and column.
    `error_id` and `params` name the problem for clients that word it in their own
    language (`import_unknown_role` with `{"role": "boss", "roles": "admin, agent"}`);
    `message` is the server's English text."""

    line: int
    field: str
    message: str
    error_id: str = ""
    params: dict[str, str] = Field(default_factory=dict)


class ImportResult(Response):
    """`POST /admin/import/agents` → 201. With bad rows it is 422 with `errors` instead
    (nothing written), unless `skip_bad=true`: then good rows are written and `errors` lists
    the skipped ones. `passwords` holds the passwords generated for "generate" rows."""

    created: int = 0
    updated: int = 0
    skipped: int = 0
    errors: list[ImportRowError] = Field(default_factory=list)
    passwords: dict[str, str] = Field(default_factory=dict)


class AuditEntry(Response):
    id: int
    at: float
    actor: str | None = None
    action: str
    target: str | None = None
    detail: dict[str, Any] = Field(default_factory=dict)
