"""Agents, teams and roles as store operations: each validates, writes and audits in one
transaction, so a refused change leaves nothing half-written. Runs on the store thread."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from agent_desktop.protocol import Role
from agent_desktop.protocol.admin import (
    BUILTIN_PERMISSIONS,
    AdminAgent,
    AdminRole,
    AdminTeam,
    Skill,
)
from server_stub.admin.errors import Duplicate, InUse, Missing, UnknownReference
from server_stub.store.base import Row, Store

BUILTIN_ROLES = {r.value for r in Role}
# Agent columns an admin edits directly (the rest: id, hash, role, created_at, last_state).
AGENT_COLUMNS = (
    "name",
    "team",
    "enabled",
    "outbound_caller_id",
    "max_sessions",
    "wrap_up_seconds",
    "max_no_answer",
    "no_answer_delay_time",
    "busy_delay_time",
    "reject_delay_time",
    "must_change_password",
)
_SECRET = {"password_hash", "last_state"}
# Agent columns that may be cleared with null; null for any other column means "unchanged".
NULLABLE = {"team", "outbound_caller_id", "wrap_up_seconds"}


def public(
    row: Mapping[str, Any], skills: Sequence[Mapping[str, Any]] | None = None
) -> dict[str, Any]:
    """An agent row as the audit log keeps it: no password hash, no state snapshot."""
    out = {k: v for k, v in row.items() if k not in _SECRET}
    if skills is not None:
        out["skills"] = [{"queue": m["queue"], "level": m["level"]} for m in skills]
    return out


def agent_view(row: Row, members: Iterable[Row], state: str | None = None) -> AdminAgent:
    return AdminAgent(
        agent_id=row["agent_id"],
        name=row["name"],
        role=row.get("role_name") or row["role"],
        base_role=Role(row["role"]),
        team=row["team"],
        skills=[
            Skill(queue=m["queue"], level=m["level"], position=m["position"])
            for m in members
            if m["agent_id"] == row["agent_id"]
        ],
        enabled=bool(row["enabled"]),
        outbound_caller_id=row.get("outbound_caller_id"),
        max_sessions=int(row.get("max_sessions") or 0),
        wrap_up_seconds=row.get("wrap_up_seconds"),
        max_no_answer=row["max_no_answer"],
        no_answer_delay_time=row["no_answer_delay_time"],
        busy_delay_time=row["busy_delay_time"],
        reject_delay_time=row["reject_delay_time"],
        must_change_password=bool(row.get("must_change_password")),
        created_at=row["created_at"],
        state=state,
    )


def resolve_role(s: Store, name: str) -> tuple[str, str | None]:
    """(built-in role column, custom role name) for a role name; unknown → 422 `role`."""
    if name in BUILTIN_ROLES:
        return name, None
    for custom in s.list_roles():
        if custom["name"] == name:
            return str(custom["base"]), name
    raise UnknownReference(f"unknown role {name!r}", field="role", value=name)


def check_team(s: Store, team: str | None) -> None:
    if team is not None and team not in {t["name"] for t in s.list_teams()}:
        raise UnknownReference(f"unknown team {team!r}", field="team", value=team)


def check_skills(s: Store, skills: Sequence[Mapping[str, Any]]) -> None:
    queues = {q["name"] for q in s.list_queues()}
    seen: set[str] = set()
    for i, skill in enumerate(skills):
        if skill["queue"] not in queues:
            raise UnknownReference(
                f"unknown queue {skill['queue']!r} in skills",
                field=f"skills[{i}].queue",
                value=skill["queue"],
            )
        if skill["queue"] in seen:
            raise Duplicate(
                f"queue {skill['queue']!r} twice in skills",
                field=f"skills[{i}].queue",
                value=skill["queue"],
            )
        seen.add(skill["queue"])


def create_agent(
    s: Store, body: Mapping[str, Any], password_hash: str, now: float, actor: str | None
) -> Row:
    """A new agent from an AgentInput dump (password already hashed)."""
    with s.transaction():
        if s.get_agent(body["agent_id"]) is not None:
            raise Duplicate(
                f"agent {body['agent_id']} exists already", field="agent_id", value=body["agent_id"]
            )
        role, role_name = resolve_role(s, body.get("role") or "agent")
        check_team(s, body.get("team"))
        skills = list(body.get("skills") or [])
        check_skills(s, skills)
        row: Row = {
            "agent_id": body["agent_id"],
            "role": role,
            "role_name": role_name,
            "password_hash": password_hash,
            "created_at": now,
        }
        row.update({k: body[k] for k in AGENT_COLUMNS if k in body})
        row["enabled"] = int(bool(row.get("enabled", True)))
        row["must_change_password"] = int(bool(row.get("must_change_password", False)))
        s.upsert_agent(row)
        s.replace_members(row["agent_id"], skills)
        stored = s.get_agent(row["agent_id"])
        assert stored is not None
        s.audit(
            now,
            actor,
            "agent_created",
            row["agent_id"],
            {"after": public(stored, s.list_members(row["agent_id"]))},
        )
    return stored


def update_agent(
    s: Store, agent_id: str, changes: Mapping[str, Any], now: float, actor: str | None
) -> Row:
    """Apply an AgentUpdate dump (only the fields that were sent)."""
    with s.transaction():
        before = s.get_agent(agent_id)
        if before is None:
            raise Missing(f"no agent {agent_id}", field="agent_id", value=agent_id)
        before_skills = s.list_members(agent_id)
        fields: Row = {
            k: changes[k]
            for k in AGENT_COLUMNS
            if k in changes and (changes[k] is not None or k in NULLABLE)
        }
        if changes.get("role") is not None:
            fields["role"], fields["role_name"] = resolve_role(s, changes["role"])
        if "team" in fields:
            check_team(s, fields["team"])
        if "enabled" in fields:
            fields["enabled"] = int(bool(fields["enabled"]))
        if fields:
            s.update_agent(agent_id, fields)
        if changes.get("skills") is not None:
            check_skills(s, changes["skills"])
            s.replace_members(agent_id, changes["skills"])
        after = s.get_agent(agent_id)
        assert after is not None
        s.audit(
            now,
            actor,
            "agent_updated",
            agent_id,
            {
                "before": public(before, before_skills),
                "after": public(after, s.list_members(agent_id)),
            },
        )
    return after


def delete_agent(s: Store, agent_id: str, now: float, actor: str | None) -> None:
    with s.transaction():
        before = s.get_agent(agent_id)
        if before is None:
            raise Missing(f"no agent {agent_id}", field="agent_id", value=agent_id)
        for team in s.list_teams():
            if team.get("lead") == agent_id:
                raise InUse(
                    f"agent {agent_id} leads team {team['name']}: choose another lead first",
                    field="agent_id",
                    team=team["name"],
                )
        skills = s.list_members(agent_id)
        s.delete_agent(agent_id)
        s.audit(now, actor, "agent_deleted", agent_id, {"before": public(before, skills)})


def reset_password(
    s: Store, agent_id: str, password_hash: str, now: float, actor: str | None
) -> Row:
    with s.transaction():
        if not s.set_password(agent_id, password_hash, must_change=True):
            raise Missing(f"no agent {agent_id}", field="agent_id", value=agent_id)
        s.revoke_agent_sessions(agent_id, now)
        s.audit(now, actor, "password_reset", agent_id, {"must_change_password": True})
        row = s.get_agent(agent_id)
    assert row is not None
    return row


# --- teams -------------------------------------------------------------------------------


def team_view(row: Row, agents: Iterable[Row]) -> AdminTeam:
    return AdminTeam(
        name=row["name"],
        display_name=row["display_name"],
        lead=row.get("lead"),
        agents=sorted(a["agent_id"] for a in agents if a["team"] == row["name"]),
    )


def _check_lead(s: Store, lead: str | None) -> None:
    if lead is None:
        return
    row = s.get_agent(lead)
    if row is None:
        raise UnknownReference(f"unknown agent {lead!r} as lead", field="lead", value=lead)
    if row["role"] == "agent":
        raise UnknownReference(f"agent {lead} has no lead or admin role", field="lead", value=lead)


def save_team(
    s: Store, name: str, changes: Mapping[str, Any], now: float, actor: str | None, create: bool
) -> Row:
    with s.transaction():
        before = next((t for t in s.list_teams() if t["name"] == name), None)
        if create and before is not None:
            raise Duplicate(f"team {name} exists already", field="name", value=name)
        if not create and before is None:
            raise Missing(f"no team {name}", field="name", value=name)
        row = dict(before or {"name": name, "lead": None})
        row.update(
            {
                k: v
                for k, v in changes.items()
                if k == "lead" or (k == "display_name" and v is not None)
            }
        )
        _check_lead(s, row.get("lead"))
        s.save_team(row)
        s.audit(
            now,
            actor,
            "team_created" if create else "team_updated",
            name,
            {"before": before, "after": row},
        )
    return row


def delete_team(s: Store, name: str, now: float, actor: str | None) -> None:
    with s.transaction():
        before = next((t for t in s.list_teams() if t["name"] == name), None)
        if before is None:
            raise Missing(f"no team {name}", field="name", value=name)
        members = [a["agent_id"] for a in s.list_agents() if a["team"] == name]
        if members:
            raise InUse(
                f"team {name} still has agents {', '.join(members[:5])}: move them first",
                field="name",
                agents=members,
            )
        s.delete_team(name)
        s.audit(now, actor, "team_deleted", name, {"before": before})


# --- roles -------------------------------------------------------------------------------


def role_views(s: Store) -> list[AdminRole]:
    agents = s.list_agents()
    out = [
        AdminRole(
            name=r.value,
            base=r,
            builtin=True,
            permissions=sorted(p.value for p in BUILTIN_PERMISSIONS[r]),
            agents=sum(1 for a in agents if a["role"] == r.value and not a.get("role_name")),
        )
        for r in Role
    ]
    out += [
        AdminRole(
            name=c["name"],
            base=Role(c["base"]),
            permissions=sorted(c["permissions"]),
            description=c["description"],
            agents=sum(1 for a in agents if a.get("role_name") == c["name"]),
        )
        for c in s.list_roles()
    ]
    return out


def save_role(
    s: Store, name: str, changes: Mapping[str, Any], now: float, actor: str | None, create: bool
) -> Row:
    with s.transaction():
        if name in BUILTIN_ROLES:
            raise Duplicate(
                f"{name} is a built-in role and cannot be changed", field="name", value=name
            )
        before = next((r for r in s.list_roles() if r["name"] == name), None)
        if create and before is not None:
            raise Duplicate(f"role {name} exists already", field="name", value=name)
        if not create and before is None:
            raise Missing(f"no role {name}", field="name", value=name)
        row = dict(before or {"name": name, "base": "agent", "permissions": [], "description": ""})
        row.update(
            {
                k: v
                for k, v in changes.items()
                if k in ("base", "permissions", "description") and v is not None
            }
        )
        row["permissions"] = sorted({str(p) for p in row["permissions"]})
        row["base"] = str(row["base"])
        s.save_role(row)
        s.audit(
            now,
            actor,
            "role_created" if create else "role_updated",
            name,
            {"before": before, "after": row},
        )
    return row


def delete_role(s: Store, name: str, now: float, actor: str | None) -> None:
    with s.transaction():
        before = next((r for r in s.list_roles() if r["name"] == name), None)
        if before is None:
            raise Missing(f"no role {name}", field="name", value=name)
        users = [a["agent_id"] for a in s.list_agents() if a.get("role_name") == name]
        if users:
            raise InUse(
                f"role {name} is given to {', '.join(users[:5])}", field="name", agents=users
            )
        s.delete_role(name)
        s.audit(now, actor, "role_deleted", name, {"before": before})
