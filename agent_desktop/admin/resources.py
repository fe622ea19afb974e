"""What the Admin tab manages: one `ResourceSpec` per `/api/v1/admin/<path>` collection
(key, table columns, form fields); plain data, no Qt, so tests and the API share it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

FieldKind = Literal["text", "password", "number", "bool", "choice", "ref", "refs",
                    "skills", "permissions", "list"]


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


@dataclass(frozen=True)
class ResourceSpec:
    """A collection under `/api/v1/admin/<path>`; rows are JSON objects keyed by `key`."""

    name: str
    path: str
    key: str
    columns: tuple[str, ...]
    fields: tuple[FieldSpec, ...]
    lead_visible: bool = False  # leads read their teams' part of it
    searchable: tuple[str, ...] = field(default=())

    def field(self, name: str) -> FieldSpec | None:
        return next((f for f in self.fields if f.name == name), None)

    def key_of(self, row: dict[str, Any]) -> str:
        return str(row.get(self.key, ""))


STRATEGIES = ("longest-idle", "round-robin", "fewest-calls", "least-talk-time", "random",
              "ring-all", "linear")
BUILT_IN_ROLES = ("agent", "lead", "admin")
PERMISSIONS = ("listen", "whisper", "barge", "force_state", "hangup", "recordings",
               "export_reports", "edit_kb", "manage_customers", "admin")

AGENTS = ResourceSpec(
    "agents", "agents", "agent_id",
    ("agent_id", "name", "role", "team", "skills", "enabled"),
    (FieldSpec("agent_id", required=True, create_only=True),
     FieldSpec("name", required=True),
     FieldSpec("role", "ref", required=True, ref="roles", choices=BUILT_IN_ROLES),
     FieldSpec("team", "ref", ref="teams", optional_choice=True),
     FieldSpec("skills", "skills", ref="queues"),
     FieldSpec("caller_id"),
     FieldSpec("max_sessions", "number", minimum=1, maximum=10),
     FieldSpec("enabled", "bool"),
     FieldSpec("password", "password", create_only=True)),
    lead_visible=True)
TEAMS = ResourceSpec(
    "teams", "teams", "name", ("name", "display_name", "lead"),
    (FieldSpec("name", required=True, create_only=True), FieldSpec("display_name"),
     FieldSpec("lead", "ref", ref="agents", optional_choice=True)),
    lead_visible=True)
QUEUES = ResourceSpec(
    "queues", "queues", "name",
    ("name", "display_name", "strategy", "wrap_up_seconds", "max_wait_seconds", "moh"),
    (FieldSpec("name", required=True, create_only=True), FieldSpec("display_name"),
     FieldSpec("strategy", "choice", choices=STRATEGIES),
     FieldSpec("wrap_up_seconds", "number", maximum=3600),
     FieldSpec("ring_timeout", "number", minimum=1, maximum=600),
     FieldSpec("max_wait_seconds", "number", maximum=86400),
     FieldSpec("overflow"),
     FieldSpec("moh", "ref", ref="prompts", optional_choice=True),
     FieldSpec("announcement", "ref", ref="prompts", optional_choice=True)),
    lead_visible=True)
DIDS = ResourceSpec(
    "dids", "dids", "number", ("number", "name", "queue"),
    (FieldSpec("number", required=True, create_only=True), FieldSpec("name"),
     FieldSpec("queue", "ref", required=True, ref="queues")))
REASON_CODES = ResourceSpec(
    "reason_codes", "reason-codes", "code", ("code", "label_en", "label_zh", "paid"),
    (FieldSpec("code", required=True, create_only=True),
     FieldSpec("label_en", required=True), FieldSpec("label_zh"), FieldSpec("paid", "bool")))
DISPOSITIONS = ResourceSpec(
    "dispositions", "dispositions", "code", ("code", "label_en", "label_zh", "queue"),
    (FieldSpec("code", required=True, create_only=True),
     FieldSpec("label_en", required=True), FieldSpec("label_zh"),
     FieldSpec("queue", "ref", ref="queues", optional_choice=True)))
PROMPTS = ResourceSpec(
    "prompts", "prompts", "name", ("name", "duration", "size"),
    (FieldSpec("name", required=True, create_only=True),))
ROLES = ResourceSpec(
    "roles", "roles", "name", ("name", "permissions", "built_in"),
    (FieldSpec("name", required=True, create_only=True),
     FieldSpec("permissions", "permissions", choices=PERMISSIONS)))

RESOURCES: dict[str, ResourceSpec] = {spec.name: spec for spec in (
    AGENTS, TEAMS, QUEUES, DIDS, REASON_CODES, DISPOSITIONS, PROMPTS, ROLES)}
