"""Outbound permissions (外呼权限): which numbers each role, or one agent, may dial —
`local`, `national` (long distance, 长途) or `international` — and the centre's own area
code. Checked on click-to-dial and on every campaign call placed for an agent. Kept in
the settings table; no entry means no limit (docs/outbound.md)."""

from __future__ import annotations

import json
import logging
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from server_stub.agents.service import AgentService
from server_stub.errors import Forbidden, InvalidInput, NotFound
from server_stub.outbound import engine
from server_stub.store import StoreRunner

log = logging.getLogger(__name__)
SETTING = "outbound_permissions"
Scope = str


class DialPermissionsInput(BaseModel):
    model_config = ConfigDict(extra="forbid")

    local_area_code: str = Field(default="", pattern=r"^(0\d{2,3})?$")
    roles: dict[str, str] = Field(default_factory=dict, max_length=100)
    agents: dict[str, str] = Field(default_factory=dict, max_length=10000)


class DialPermissions:
    def __init__(self, runner: StoreRunner, agents: AgentService) -> None:
        self._runner = runner
        self._agents = agents

    async def get(self) -> dict[str, Any]:
        raw = await self._runner.run(lambda s: s.get_setting(SETTING))
        value: dict[str, Any] = json.loads(raw) if raw else {}
        return {
            "local_area_code": value.get("local_area_code", ""),
            "roles": value.get("roles", {}),
            "agents": value.get("agents", {}),
        }

    async def put(self, body: DialPermissionsInput, by: str) -> dict[str, Any]:
        for where, grants in (("roles", body.roles), ("agents", body.agents)):
            for who, scope in grants.items():
                if scope not in engine.SCOPES:
                    raise InvalidInput(
                        f"{where}.{who}: {scope!r} is not one of {', '.join(engine.SCOPES)}",
                        field=where,
                    )
        for agent_id in body.agents:
            try:
                self._agents.profile(agent_id)
            except NotFound:
                raise InvalidInput(f"agents: unknown agent {agent_id}", field="agents") from None
        text = json.dumps(body.model_dump(), ensure_ascii=False)
        await self._runner.run(lambda s: s.set_setting(SETTING, text))
        log.info("outbound permissions set by %s: %s", by, text)
        return await self.get()

    def _grant(self, rules: dict[str, Any], agent_id: str) -> str:
        """The agent's own grant, else its role's; no entry: no limit (international)."""
        granted = rules["agents"].get(agent_id)
        if granted is None:
            try:
                role = str(self._agents.profile(agent_id).get("role", ""))
            except NotFound:
                role = ""
            granted = rules["roles"].get(role, "international")
        return str(granted)

    async def check_campaign(
        self, campaign_id: int, scope: str | None, agents: list[str], number: str
    ) -> None:
        """A customer-first call (progressive is agent-first; predictive, broadcast) is
        placed for no one agent: it obeys the campaign's own permission when it has one,
        else the narrowest grant among the agents who may take it (any of them may);
        Forbidden names the grant and what the number needs."""
        rules = await self.get()
        if scope is not None:
            granted, who = scope, f"campaign {campaign_id}"
        else:
            grants = sorted(
                ((self._grant(rules, a), a) for a in agents),
                key=lambda g: engine.SCOPES.index(g[0]),
            )
            if not grants:
                return
            granted, who = grants[0][0], f"campaign {campaign_id} (agent {grants[0][1]})"
        if not engine.may_dial(granted, number, rules["local_area_code"]):
            needed = engine.number_scope(number, rules["local_area_code"])
            raise Forbidden(
                f"{who} may dial {granted} numbers only; {number} is {needed}",
                required=needed,
                granted=granted,
            )

    async def check(self, agent_id: str, number: str) -> None:
        """Forbidden when the agent (its own grant, else its role's) may not dial it."""
        rules = await self.get()
        granted = self._grant(rules, agent_id)
        if not engine.may_dial(granted, number, rules["local_area_code"]):
            needed = engine.number_scope(number, rules["local_area_code"])
            raise Forbidden(
                f"agent {agent_id} may dial {granted} numbers only; {number} is {needed}",
                required=needed,
                granted=granted,
            )
