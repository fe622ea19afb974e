"""Keeps agents' routing in line with their softphones' registrations on the SIP edge:
a ready agent whose phone is not registered goes not ready ("phone_offline") and comes
back when it registers (issue 21); "unreachable" when its desktop's event stream is gone
too, for longer than a grace period that covers a reconnect (issue 19)."""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import Awaitable, Callable, Collection, Mapping

from server_stub.agents.service import AgentService
from server_stub.domain.agent_state import AgentStatus, SetNotReady, SetReady
from server_stub.domain.phone_presence import UNREACHABLE_REASON, PhonePresence
from server_stub.errors import IllegalStateTransition
from server_stub.periodic import Periodic

log = logging.getLogger(__name__)

# agent id -> a token of its registration that changes when the phone (re-)registers
Registered = Callable[[], Awaitable[Mapping[str, str]]]
# the agents whose desktop holds an event stream open right now
Connected = Callable[[], Collection[str]]


class PhoneWatch:
    """Polls the edge's location table every `interval` seconds while the edge is up."""

    def __init__(
        self,
        agents: AgentService,
        registered: Registered,
        edge_up: Callable[[], bool],
        interval: float = 3.0,
        desktops: Connected | None = None,
        desktop_grace: float | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._agents = agents
        self._registered = registered
        self._edge_up = edge_up
        self._presence = PhonePresence()
        self._loop = Periodic("phone-watch", interval, self.check)
        self._desktops = desktops
        # a stream that dropped is given this long to come back (a reconnect, a restart)
        self._grace = 2 * interval if desktop_grace is None else desktop_grace
        self._clock = clock
        self._seen: dict[str, float] = {}  # agent -> when its desktop was last connected

    def _recent_desktops(self) -> set[str] | None:
        """Agents not known to have lost their desktop: connected now, within the grace
        since their stream dropped, or never seen with one since the watch started (an
        agent working over the API alone, or a desktop not back yet after a restart, is
        judged by its phone only). Signing out forgets the agent."""
        if self._desktops is None:
            return None
        now = self._clock()
        for agent_id in self._desktops():
            self._seen[agent_id] = now
        desktops: set[str] = set()
        for state in self._agents.all_states():
            seen = self._seen.get(state.agent_id)
            if state.status is AgentStatus.LOGGED_OUT:
                self._seen.pop(state.agent_id, None)
            elif seen is None or now - seen <= self._grace:
                desktops.add(state.agent_id)
        return desktops

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
        desktops = self._recent_desktops()
        for agent_id, event in self._presence.events(
            self._agents.all_states(), registered, desktops
        ):
            log.info("agent %s: %s", agent_id, _story(event))
            with contextlib.suppress(IllegalStateTransition):  # the agent moved meanwhile
                await self._agents.apply(agent_id, event, actor="system")


def _story(event: object) -> str:
    if isinstance(event, SetReady):
        return "phone registered again: back to ready"
    if isinstance(event, SetNotReady) and event.reason == UNREACHABLE_REASON:
        return (
            "desktop gone (no event stream) and phone not registered: unreachable, leaves routing"
        )
    return "phone not registered: leaves routing (phone_offline)"
