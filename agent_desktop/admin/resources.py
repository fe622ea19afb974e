"""What the Admin tab manages: one `ResourceSpec` per `/api/v1/admin/<path>` collection
(key, table columns, form fields); plain data, no Qt, so tests and the API share it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from agent_desktop.protocol import Role
from agent_desktop.protocol.admin import (
    BUILTIN_PERMISSIONS,
    EmptyFactor,
    Permission,
    Strategy,
)
from agent_desktop.protocol.integration import CALL_EVENTS, WEBHOOK_EVENTS

FieldKind = Literal[
    "text", "password", "number", "bool", "choice", "ref", "refs", "skills", "permissions", "list"
]


@dataclass(frozen=True)
class FieldSpec:
    """One form field: `name` on the wire; `kind` picks the editor; `ref` names the
    resource whose keys fill a choice; `create_only` fields are fixed after creation."""

    name: str
    kind: FieldKind = "text"
    required: bool = False
    create_only: bool = False
    choices: tuple[str, ...] = ()
    ref: str = ""
    minimum: int = 0
    maximum: int = 100000
    optional_choice: bool = False  # a "(none)" entry for ref/choice fields
    default: Any = None  # shown in a new row's form (the server's own default)


@dataclass(frozen=True)
class ResourceSpec:
    """A collection under `/api/v1/admin/<path>`; rows are JSON objects keyed by `key`."""

    name: str
    path: str
    key: str
    columns: tuple[str, ...]
    fields: tuple[FieldSpec, ...]
    permission: str = ""  # the grant that edits it (manage_org / manage_routing)
    lead_visible: bool = False  # readable with view_team (a lead's teams' part)

    def field(self, name: str) -> FieldSpec | None:
        return next((f for f in self.fields if f.name == name), None)

    def key_of(self, row: dict[str, Any]) -> str:
        return str(row.get(self.key, ""))


STRATEGIES = tuple(s.value for s in Strategy)
BUILT_IN_ROLES = tuple(r.value for r in Role)
PERMISSIONS = tuple(p.value for p in Permission)
EMPTY_FACTORS = tuple(f.value for f in EmptyFactor)
POP_ON = ("ring", "answer")  # when the desktop opens a URL pop (docs/integration.md)
ORG, ROUTING = Permission.MANAGE_ORG.value, Permission.MANAGE_ROUTING.value

AGENTS = ResourceSpec(
    "agents",
    "agents",
    "agent_id",
    ("agent_id", "name", "role", "team", "skills", "enabled", "state"),
    (
        FieldSpec("agent_id", required=True, create_only=True),
        FieldSpec("name", required=True),
        FieldSpec("role", "ref", required=True, ref="roles", choices=BUILT_IN_ROLES),
        FieldSpec("team", "ref", ref="teams", optional_choice=True),
        FieldSpec("skills", "skills", ref="queues"),
        FieldSpec("outbound_caller_id"),
        FieldSpec("max_sessions", "number", maximum=10, default=0),
        FieldSpec("enabled", "bool", default=True),
        FieldSpec("password", "password", create_only=True),
        FieldSpec("must_change_password", "bool", create_only=True, default=True),
    ),
    ORG,
    lead_visible=True,
)
TEAMS = ResourceSpec(
    "teams",
    "teams",
    "name",
    ("name", "display_name", "lead", "agents"),
    (
        FieldSpec("name", required=True, create_only=True),
        FieldSpec("display_name", required=True),
        FieldSpec("lead", "ref", ref="agents", optional_choice=True),
    ),
    ORG,
    lead_visible=True,
)
QUEUES = ResourceSpec(
    "queues",
    "queues",
    "name",
    ("name", "display_name", "strategy", "members", "dids", "wrap_up_seconds", "music_on_hold"),
    (
        FieldSpec("name", required=True, create_only=True),
        FieldSpec("display_name"),
        FieldSpec("strategy", "choice", choices=STRATEGIES, default=STRATEGIES[0]),
        FieldSpec("ring_timeout", "number", minimum=1, maximum=600, default=15),
        FieldSpec("wrap_up_seconds", "number", maximum=3600, default=30),
        FieldSpec("disposition_required", "bool"),
        FieldSpec("conference_stays", "bool"),
        FieldSpec("announce_every", "number", maximum=3600),
        FieldSpec("announce_agent_id", "bool"),
        FieldSpec("callback_key"),
        FieldSpec("sticky_days", "number", maximum=365),
        FieldSpec("sticky_wait", "number", minimum=1, maximum=600, default=20),
        FieldSpec("vip_tag"),
        FieldSpec("vip_priority", "number", minimum=1, maximum=100, default=10),
        FieldSpec("max_wait_time", "number", maximum=86400),
        FieldSpec("max_wait_time_with_no_agent", "number", maximum=86400),
        FieldSpec("overflow_target", "ref", ref="queues", optional_choice=True),
        FieldSpec("join_empty", "bool", default=True),
        FieldSpec("leave_when_empty", "bool"),
        FieldSpec("empty_factors", "permissions", choices=EMPTY_FACTORS, default=["paused"]),
        FieldSpec("max_len", "number", maximum=100000),
        FieldSpec("tier_rules_apply", "bool"),
        FieldSpec("tier_rule_wait_second", "number", maximum=86400),
        FieldSpec("service_level_threshold", "number", minimum=1, maximum=3600, default=20),
        FieldSpec("short_abandon_threshold", "number", maximum=3600, default=5),
        FieldSpec("music_on_hold", "ref", ref="prompts", optional_choice=True),
        FieldSpec("greeting", "ref", ref="prompts", optional_choice=True),
        FieldSpec("pop_url"),
        FieldSpec("pop_on", "choice", choices=POP_ON, default=POP_ON[0]),
    ),
    ROUTING,
    lead_visible=True,
)
DIDS = ResourceSpec(
    "dids",
    "dids",
    "number",
    ("number", "name", "queue", "ivr"),
    (
        FieldSpec("number", required=True, create_only=True),
        FieldSpec("name"),
        FieldSpec("queue", "ref", ref="queues", optional_choice=True),
        FieldSpec("ivr"),
        FieldSpec("pop_url"),
        FieldSpec("pop_on", "choice", choices=POP_ON, default=POP_ON[0]),
    ),
    ROUTING,
)
REASON_CODES = ResourceSpec(
    "reason_codes",
    "reason-codes",
    "code",
    ("code", "label_en", "label_zh", "paid", "sort"),
    (
        FieldSpec("code", required=True, create_only=True),
        FieldSpec("label_en", required=True),
        FieldSpec("label_zh", required=True),
        FieldSpec("paid", "bool"),
        FieldSpec("sort", "number", maximum=10000),
    ),
    ROUTING,
)
DISPOSITIONS = ResourceSpec(
    "dispositions",
    "dispositions",
    "code",
    ("code", "label_en", "label_zh", "queue", "sort"),
    (
        FieldSpec("code", required=True, create_only=True),
        FieldSpec("label_en", required=True),
        FieldSpec("label_zh", required=True),
        FieldSpec("queue", "ref", ref="queues", optional_choice=True),
        FieldSpec("sort", "number", maximum=10000),
    ),
    ROUTING,
)
PROMPTS = ResourceSpec(
    "prompts",
    "prompts",
    "name",
    ("name", "duration_seconds", "size", "used_by"),
    (FieldSpec("name", required=True, create_only=True),),
    ROUTING,
)
ROLES = ResourceSpec(
    "roles",
    "roles",
    "name",
    ("name", "base", "builtin", "permissions", "agents"),
    (
        FieldSpec("name", required=True, create_only=True),
        FieldSpec("base", "choice", create_only=True, choices=BUILT_IN_ROLES, default="agent"),
        FieldSpec("permissions", "permissions", choices=PERMISSIONS),
        FieldSpec("description"),
    ),
    ORG,
)

# Webhooks (docs/integration.md): the secret is set at creation (the API changes it); the
# table shows how many deliveries wait or gave up.
WEBHOOKS = ResourceSpec(
    "webhooks",
    "webhooks",
    "id",
    ("id", "url", "events", "enabled", "pending", "failed"),
    (
        FieldSpec("url", required=True),
        FieldSpec("events", "permissions", choices=WEBHOOK_EVENTS, default=list(CALL_EVENTS)),
        FieldSpec("secret", "password", create_only=True),
        FieldSpec("description"),
        FieldSpec("enabled", "bool", default=True),
    ),
    Permission.MANAGE_INTEGRATIONS.value,
)
# Black and white lists of numbers (黑白名单, docs/flows.md): a number, or a prefix with *.
NUMBER_LISTS = ResourceSpec(
    "number_lists",
    "number-lists",
    "id",
    ("id", "list", "number", "direction", "note"),
    (
        FieldSpec("list", "choice", choices=("black", "white"), default="black"),
        FieldSpec("number", required=True),
        FieldSpec("direction", "choice", choices=("inbound", "outbound", "both"), default="both"),
        FieldSpec("note"),
    ),
    ROUTING,
)
RESOURCES: dict[str, ResourceSpec] = {
    spec.name: spec
    for spec in (
        AGENTS,
        TEAMS,
        QUEUES,
        DIDS,
        REASON_CODES,
        DISPOSITIONS,
        PROMPTS,
        ROLES,
        WEBHOOKS,
        NUMBER_LISTS,
    )
}


def permissions_of(role: str, granted: list[str] | tuple[str, ...] = ()) -> set[str]:
    """What a signed-in user may do: the server's list, or the built-in role's grants."""
    if granted:
        return set(granted)
    try:
        return {p.value for p in BUILTIN_PERMISSIONS[Role(role)]}
    except ValueError:
        return set()
