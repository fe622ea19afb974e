"""Who may do what: the permissions of built-in and custom roles, and the team scope of
leads (a lead of team A sees and controls only team A's agents and queues)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from agent_desktop.protocol import EventData, Role
from agent_desktop.protocol.admin import BUILTIN_PERMISSIONS
from server_stub.errors import Forbidden
from server_stub.store import StoreRunner
from server_stub.store.base import Row


class OutsideTeam(Forbidden):
    error_id = "outside_team"


class Access:
    """Custom roles and team leads, kept in memory and replaced whenever an admin edits them."""

    def __init__(self, runner: StoreRunner, profiles: Callable[[], Iterable[Row]]) -> None:
        self._runner = runner
        self._profiles = profiles  # every agent row (AgentService keeps them live)
        self._roles: dict[str, Row] = {}
        self._teams: dict[str, Row] = {}

    async def load(self) -> None:
        roles, teams = await self._runner.run(lambda s: (s.list_roles(), s.list_teams()))
        self.set_roles(roles)
        self.set_teams(teams)

    def set_roles(self, rows: Iterable[Row]) -> None:
        self._roles = {r["name"]: r for r in rows}

    def set_teams(self, rows: Iterable[Row]) -> None:
        self._teams = {t["name"]: t for t in rows}

    def custom_role(self, name: str) -> Row | None:
        return self._roles.get(name)

    def grants(self, row: Row) -> tuple[Role, frozenset[str], str | None]:
        """(base role, permissions, custom role name) of an agent row."""
        custom = self._roles.get(row.get("role_name") or "")
        if custom is not None:
            return Role(custom["base"]), frozenset(custom["permissions"]), custom["name"]
        base = Role(row["role"])
        return base, frozenset(p.value for p in BUILTIN_PERMISSIONS[base]), None

    def teams_led_by(self, agent_id: str) -> set[str]:
        return {name for name, t in self._teams.items() if t.get("lead") == agent_id}

    def scope(self, agent_id: str, role: Role) -> frozenset[str] | None:
        """The agents `agent_id` may see and control; None: everyone. Admins see everyone
        (so do custom roles built on `agent`: their permissions say what they may do); a
        lead sees the agents of the teams it leads, and itself: a lead of no team sees
        nobody else (make it the lead of every team to give it the whole centre)."""
        if role is not Role.LEAD:
            return None
        led = self.teams_led_by(agent_id)
        return frozenset(
            {r["agent_id"] for r in self._profiles() if r.get("team") in led} | {agent_id}
        )

    def scope_queues(self, scope: frozenset[str], members: Iterable[Row]) -> set[str]:
        """The queues a scoped lead sees: those with at least one of its agents."""
        return {m["queue"] for m in members if m["agent_id"] in scope}

    def may_see(
        self, viewer: str, role: Role, event: EventData, members: Callable[[], Iterable[Row]]
    ) -> bool:
        """Whether a role-wide event (an agent state, a call, a queue's figures) reaches
        `viewer`: always, unless the viewer is a lead and the event is about an agent outside
        its teams or a queue none of its agents works in (`event.subject()`). Events
        about the whole centre (no agent, no queue: health, codes) reach every lead."""
        scope = self.scope(viewer, role)
        if scope is None:
            return True
        agent, queue = event.subject()
        if agent is None and queue is None:
            return True
        if agent is not None and agent in scope:
            return True
        return queue is not None and queue in self.scope_queues(scope, members())

    def check_agent(self, actor: Any, agent_id: str | None) -> None:
        """Raise OutsideTeam when `actor` (a Principal) may not act on `agent_id`."""
        scope = self.scope(actor.agent_id, actor.role)
        if scope is not None and agent_id not in scope:
            raise OutsideTeam(
                f"agent {agent_id} is not in a team you lead", field="agent_id", agent_id=agent_id
            )

    def check_call(
        self,
        actor: Any,
        agent_id: str | None,
        queue: str | None,
        members: Callable[[], Iterable[Row]],
    ) -> None:
        """Raise OutsideTeam when `actor` may not act on a call of `agent_id`; a call no
        agent has yet (waiting in a queue) belongs to the leads of the queue's agents."""
        scope = self.scope(actor.agent_id, actor.role)
        if scope is None or (agent_id is not None and agent_id in scope):
            return
        if agent_id is None and queue is not None and queue in self.scope_queues(scope, members()):
            return
        raise OutsideTeam(
            f"the call of {agent_id or queue} is not in a team you lead",
            field="agent_id",
            agent_id=agent_id,
        )

    def check_team(self, actor: Any, team: str | None) -> None:
        """Raise OutsideTeam when a team-scoped `actor` names a team it does not lead."""
        if actor.role is not Role.LEAD:
            return
        if team not in self.teams_led_by(actor.agent_id):
            raise OutsideTeam(f"team {team} is not one you lead", field="team", team=team)
