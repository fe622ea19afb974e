"""AdminService: every administration change, checked, written in one transaction with its
audit row, then applied live (router, sessions, telephony) so no restart is needed."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from agent_desktop.protocol import Role
from agent_desktop.protocol.admin import (
    BUILTIN_PERMISSIONS,
    AdminAgent,
    AdminRole,
    AdminTeam,
    AgentCreated,
    AgentInput,
    AgentUpdate,
    PasswordResetRequest,
    PasswordResetResult,
)
from server_stub.admin import org
from server_stub.admin.errors import CannotDeleteSelf, Missing
from server_stub.admin.notifier import AdminNotifier
from server_stub.agents.service import AgentService
from server_stub.auth.policy import check_password, generate_password
from server_stub.auth.service import AuthService, Principal
from server_stub.calls.service import AcdService
from server_stub.domain.agent_state import AgentStatus
from server_stub.errors import Forbidden
from server_stub.events import EventBus
from server_stub.security.passwords import Passwords
from server_stub.store import StoreRunner
from server_stub.store.base import Row, Store

log = logging.getLogger(__name__)

Listener = Callable[[], Awaitable[None]]


class AdminService:
    def __init__(
        self,
        runner: StoreRunner,
        agents: AgentService,
        auth: AuthService,
        acd: AcdService,
        passwords: Passwords,
        clock: Callable[[], float],
        prompts_dir: Path,
        bus: EventBus | None = None,
    ) -> None:
        self.runner = runner
        self.bus = bus
        self.notifier = AdminNotifier(bus) if bus is not None else None
        self.agents = agents
        self.auth = auth
        self.acd = acd
        self.passwords = passwords
        self.clock = clock
        self.prompts_dir = prompts_dir
        # Called after numbers, queues or prompts change (the telephony side re-reads them).
        self.listeners: list[Listener] = []

    def changed(
        self,
        kind: str,
        key: str,
        everyone: bool = False,
        agent_id: str | None = None,
        queue: str | None = None,
    ) -> None:
        """Tell desktops (`configuration_changed`): the agent concerned and leads/admins, or
        with `everyone` every session (queues, numbers, codes)."""
        if self.notifier is not None:
            self.notifier.configuration_changed(
                kind, key, everyone=everyone, agent_id=agent_id, queue=queue
            )

    async def notify(self) -> None:
        for listener in self.listeners:
            try:
                await listener()
            except Exception:
                log.exception("applying an administration change failed")

    # --- agents --------------------------------------------------------------------------

    async def list_agents(self, actor: Principal) -> list[AdminAgent]:
        rows, members = await self.runner.run(lambda s: (s.list_agents(), s.list_members()))
        scope = self.auth.access.scope(actor.agent_id, actor.role)
        return [self._view(r, members) for r in rows if scope is None or r["agent_id"] in scope]

    async def get_agent(self, actor: Principal, agent_id: str) -> AdminAgent:
        self.auth.access.check_agent(actor, agent_id)
        row, members = await self.runner.run(
            lambda s: (s.get_agent(agent_id), s.list_members(agent_id))
        )
        if row is None:
            raise Missing(f"no agent {agent_id}", field="agent_id", value=agent_id)
        return self._view(row, members)

    def _view(self, row: Row, members: list[Row]) -> AdminAgent:
        state = None
        try:
            state = self.agents.state(row["agent_id"]).status.value
        except Exception:
            state = None
        return org.agent_view(row, members, state)

    async def create_agent(self, actor: Principal, body: AgentInput) -> AgentCreated:
        self.auth.access.check_team(actor, body.team)
        self.check_role_grant(actor, body.role)
        generated = None
        if body.password is None:
            generated = password = generate_password()
        else:
            password = body.password
            check_password(body.agent_id, password, field="password")
        password_hash = await asyncio.to_thread(self.passwords.hash, password)
        data = body.model_dump(mode="json", exclude={"password"})
        now = self.clock()
        row = await self.runner.run(
            lambda s: org.create_agent(s, data, password_hash, now, actor.agent_id)
        )
        await self._apply_agent(row)
        log.info(
            "admin %s created agent %s (role %s, queues %s)",
            actor.agent_id,
            body.agent_id,
            body.role,
            ",".join(k.queue for k in body.skills) or "-",
        )
        view = await self.get_agent(actor, body.agent_id)
        return AgentCreated(**view.model_dump(), generated_password=generated)

    async def update_agent(self, actor: Principal, agent_id: str, body: AgentUpdate) -> AdminAgent:
        self._check_target(actor, agent_id)
        changes = body.model_dump(mode="json", exclude_unset=True)
        if "team" in changes:
            self.auth.access.check_team(actor, changes["team"])
        if changes.get("role") is not None:
            self.check_role_grant(actor, changes["role"])
        if agent_id == actor.agent_id and (
            changes.get("enabled") is False or changes.get("role") is not None
        ):
            raise CannotDeleteSelf(
                "you cannot disable yourself or change your own role",
                field="enabled" if "enabled" in changes else "role",
            )
        now = self.clock()
        row = await self.runner.run(
            lambda s: org.update_agent(s, agent_id, changes, now, actor.agent_id)
        )
        await self._apply_agent(row)
        log.info(
            "admin %s changed agent %s: %s",
            actor.agent_id,
            agent_id,
            ", ".join(sorted(changes)) or "nothing",
        )
        return await self.get_agent(actor, agent_id)

    async def delete_agent(self, actor: Principal, agent_id: str) -> None:
        if agent_id == actor.agent_id:
            raise CannotDeleteSelf("you cannot delete yourself", field="agent_id")
        self._check_target(actor, agent_id)
        await self._sign_out(actor, agent_id)
        now = self.clock()
        await self.runner.run(lambda s: org.delete_agent(s, agent_id, now, actor.agent_id))
        self.acd.set_skills(agent_id, [])
        self.agents.forget(agent_id)
        self.changed("agent", agent_id)
        log.info("admin %s deleted agent %s", actor.agent_id, agent_id)

    async def reset_password(
        self, actor: Principal, agent_id: str, body: PasswordResetRequest
    ) -> PasswordResetResult:
        self._check_target(actor, agent_id)
        generated = None
        if body.new_password is None:
            generated = password = generate_password()
        else:
            password = body.new_password
            check_password(agent_id, password)
        password_hash = await asyncio.to_thread(self.passwords.hash, password)
        now = self.clock()
        await self._sign_out(actor, agent_id)
        row = await self.runner.run(
            lambda s: org.reset_password(s, agent_id, password_hash, now, actor.agent_id)
        )
        self.agents.reload_profile(row)
        log.info("admin %s reset the password of agent %s", actor.agent_id, agent_id)
        return PasswordResetResult(agent_id=agent_id, generated_password=generated)

    def _check_target(self, actor: Principal, agent_id: str) -> None:
        """Team scope, and nobody changes an agent who holds permissions it does not."""
        self.auth.access.check_agent(actor, agent_id)
        try:
            row = self.agents.profile(agent_id)
        except Exception:
            return  # unknown: the store answers 404 with the field
        _, permissions, _ = self.auth.access.grants(row)
        if not permissions <= actor.permissions:
            raise Forbidden(
                f"agent {agent_id} holds permissions you do not; ask an admin",
                field="agent_id",
                value=agent_id,
            )

    def check_role_grant(self, actor: Principal, role: str) -> None:
        """Nobody hands out a role with permissions it does not hold itself."""
        custom = self.auth.access.custom_role(role)
        if custom is not None:
            wanted = set(custom["permissions"])
        elif role in org.BUILTIN_ROLES:
            wanted = {p.value for p in BUILTIN_PERMISSIONS[Role(role)]}
        else:
            return  # unknown: the store check answers with field `role`
        if not wanted <= set(actor.permissions):
            raise Forbidden(
                f"you cannot give role {role}: it holds permissions you do not",
                field="role",
                value=role,
            )

    async def _apply_agent(self, row: Row) -> None:
        members = await self.runner.run(lambda s: s.list_members(row["agent_id"]))
        self.agents.reload_profile(row)
        self.acd.set_skills(row["agent_id"], members)
        self.changed("agent", row["agent_id"], agent_id=row["agent_id"])
        if not row["enabled"]:
            await self._sign_out(None, row["agent_id"])

    async def _sign_out(self, actor: Principal | None, agent_id: str) -> None:
        """End every session of the agent (and its state) before it changes under them."""
        try:
            state = self.agents.state(agent_id)
        except Exception:
            return
        if state.status is AgentStatus.LOGGED_OUT:
            await self.auth.end_sessions(agent_id)
            return
        if actor is None:
            actor = Principal("system", Role.ADMIN, "")
        await self.auth.force_logout(actor, agent_id)

    # --- teams and roles -----------------------------------------------------------------

    async def teams(self) -> list[AdminTeam]:
        teams, agents = await self.runner.run(lambda s: (s.list_teams(), s.list_agents()))
        return [org.team_view(t, agents) for t in teams]

    async def save_team(
        self, actor: Principal, name: str, changes: dict[str, Any], create: bool
    ) -> AdminTeam:
        if not create:
            self.auth.access.check_team(actor, name)
        now = self.clock()
        row = await self.runner.run(
            lambda s: org.save_team(s, name, changes, now, actor.agent_id, create)
        )
        await self._reload_access()
        self.changed("team", name)
        agents = await self.runner.run(lambda s: s.list_agents())
        return org.team_view(row, agents)

    async def delete_team(self, actor: Principal, name: str) -> None:
        self.auth.access.check_team(actor, name)
        now = self.clock()
        await self.runner.run(lambda s: org.delete_team(s, name, now, actor.agent_id))
        await self._reload_access()
        self.changed("team", name)

    async def roles(self) -> list[AdminRole]:
        return await self.runner.run(org.role_views)

    async def save_role(
        self, actor: Principal, name: str, changes: dict[str, Any], create: bool
    ) -> AdminRole:
        perms = {str(p) for p in changes.get("permissions") or []}
        if not perms <= set(actor.permissions):
            raise Forbidden("a role cannot hold permissions you do not hold", field="permissions")
        now = self.clock()
        await self.runner.run(
            lambda s: org.save_role(s, name, changes, now, actor.agent_id, create)
        )
        await self._reload_access()
        self.changed("role", name)
        return next(r for r in await self.roles() if r.name == name)

    async def delete_role(self, actor: Principal, name: str) -> None:
        now = self.clock()
        await self.runner.run(lambda s: org.delete_role(s, name, now, actor.agent_id))
        await self._reload_access()
        self.changed("role", name)

    async def _reload_access(self) -> None:
        await self.auth.access.load()

    # --- store helpers for the other admin modules -----------------------------------------

    async def write(self, fn: Callable[[Store], Any]) -> Any:
        return await self.runner.run(fn)
