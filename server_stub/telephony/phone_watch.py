"""Keeps agents' routing in line with their softphones' registrations on the SIP edge:
a ready agent whose phone is not registered goes not ready ("phone_offline") and comes
back when it registers (issue 21)."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Awaitable, Callable, Mapping

from server_stub.agents.service import AgentService
from server_stub.domain.agent_state import SetReady
from server_stub.domain.phone_presence import PhonePresence
from server_stub.errors import IllegalStateTransition
from server_stub.periodic import Periodic

log = logging.getLogger(__name__)

# agent id -> a token of its registration that changes when the phone (re-)registers
Registered = Callable[[], Awaitable[Mapping[str, str]]]


class PhoneWatch:
    """Polls the edge's location table every `interval` seconds while the edge is up."""

    def __init__(
        self,
        agents: AgentService,
        registered: Registered,
        edge_up: Callable[[], bool],
        interval: float = 3.0,
    ) -> None:
        self._agents = agents
        self._registered = registered
        self._edge_up = edge_up
        self._presence = PhonePresence()
        self._loop = Periodic("phone-watch", interval, self.check)

    def start(self) -> None:
        self._loop.start()

    async def stop(self) -> None:
        await self._loop.stop()

    async def check(self) -> None:
        """One round over every agent (PhonePresence). Nothing while the edge is down
        (its table is reloaded from disk when it is back; the phones did not go away)."""
        if not self._edge_up():
            return
        try:
            registered = await self._registered()
        except Exception as exc:
            log.warning("cannot read the edge's registrations: %s", exc)
            return
        if not self._edge_up():
            return
        for agent_id, event in self._presence.events(self._agents.all_states(), registered):
            log.info(
                "agent %s: phone %s",
                agent_id,
                "registered again: back to ready"
                if isinstance(event, SetReady)
                else "not registered: leaves routing (phone_offline)",
            )
            with contextlib.suppress(IllegalStateTransition):  # the agent moved meanwhile
                await self._agents.apply(agent_id, event, actor="system")
