"""AgentService: every agent's live state. Applies the pure state machine, then logs the
transition, persists it, pushes `agent_state_changed`, arms wrap-up timers and tells the
router when the agent becomes available or unavailable."""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import asdict, replace
from typing import Any

from agent_desktop.protocol import AgentStateView
from agent_desktop.protocol import AgentStatus as WireStatus
from server_stub.agents.notifier import AgentNotifier
from server_stub.domain import agent_state as sm
from server_stub.domain.agent_state import AgentState, AgentStatus
from server_stub.errors import IllegalStateTransition, NotFound
from server_stub.events import SUPERVISOR_ROLES as SUPERVISOR_ROLES  # re-exported
from server_stub.events import EventBus
from server_stub.records.queue_log import to_row
from server_stub.store import StoreRunner

log = logging.getLogger(__name__)

DecisionHandler = Callable[[Sequence[Any]], Awaitable[None]]
StateListener = Callable[[AgentState, AgentState], Awaitable[None]]
# States an agent cannot keep across a server restart: the call it was in is gone.
_NOT_RESTORABLE = {AgentStatus.RESERVED, AgentStatus.ON_CALL}


class AgentService:
    def __init__(
        self, runner: StoreRunner, bus: EventBus, router: Any, clock: Callable[[], float]
    ) -> None:
        self._runner = runner
        self._notifier = AgentNotifier(bus)
        self._router = router
        self._clock = clock
        self._states: dict[str, AgentState] = {}
        self._profiles: dict[str, dict[str, Any]] = {}
        self._wrap_up_timers: dict[str, asyncio.TimerHandle] = {}
        self._decision_handler: DecisionHandler | None = None
        self._listeners: list[StateListener] = []
        self._lock = asyncio.Lock()

    def set_decision_handler(self, handler: DecisionHandler) -> None:
        """The ACD service handles router decisions (offers) caused by state changes."""
        self._decision_handler = handler

    def add_listener(self, listener: StateListener) -> None:
        """Called with (old, new) after every applied transition."""
        self._listeners.append(listener)

    # --- loading ---------------------------------------------------------------------

    async def load(
        self, on_call: dict[str, str] | None = None, answered: dict[str, float] | None = None
    ) -> None:
        """Read agents and their last persisted state (after a restart, calls are gone,
        except the ones a restart took back: `on_call`, agent id -> call id; an agent saved
        `reserved` on such a call had answered it, at `answered` agent id -> time)."""
        rows = await self._runner.run(lambda s: s.list_agents())
        now = self._clock()
        moved: list[tuple[AgentState, AgentState]] = []
        for row in rows:
            self._profiles[row["agent_id"]] = row
            state = AgentState.logged_out(row["agent_id"], now)
            if row.get("last_state"):
                kept = (on_call or {}).get(row["agent_id"])
                data = json.loads(row["last_state"])
                restored = _restore(data, now, kept, (answered or {}).get(row["agent_id"]))
                before = _parse(data)
                if (
                    restored is not None
                    and before is not None
                    and (before.status, before.reason) != (restored.status, restored.reason)
                ):
                    moved.append((before, restored))
                state = restored or state
            self._states[row["agent_id"]] = state
            self._router.configure_agent(_routing_config(row))
        # A restart moved these agents (on a call that was not taken back, ringing, ...)
        # to not ready: the move goes into the state log and queue_log like any other, so
        # state-time reports do not count the time after the restart as talk.
        for before, restored in moved:
            await self._persist(before, restored, "system")
        for agent_id, state in self._states.items():
            if state.status is AgentStatus.READY:
                await self._handle(self._router.agent_ready(agent_id, now))
            elif state.status is AgentStatus.WRAP_UP:
                self._arm_wrap_up(agent_id, state)

    def reload_profile(self, row: dict[str, Any]) -> None:
        self._profiles[row["agent_id"]] = row
        self._states.setdefault(
            row["agent_id"], AgentState.logged_out(row["agent_id"], self._clock())
        )
        self._router.configure_agent(_routing_config(row))

    def forget(self, agent_id: str) -> None:
        """The agent was deleted: drop its profile, state and wrap-up timer."""
        timer = self._wrap_up_timers.pop(agent_id, None)
        if timer is not None:
            timer.cancel()
        self._profiles.pop(agent_id, None)
        self._states.pop(agent_id, None)

    # --- queries ---------------------------------------------------------------------

    def profiles(self) -> list[dict[str, Any]]:
        return list(self._profiles.values())

    def profile(self, agent_id: str) -> dict[str, Any]:
        try:
            return self._profiles[agent_id]
        except KeyError:
            raise NotFound(f"unknown agent {agent_id}", agent_id=agent_id) from None

    def state(self, agent_id: str) -> AgentState:
        self.profile(agent_id)
        return self._states[agent_id]

    def view(self, agent_id: str) -> AgentStateView:
        return state_view(self.state(agent_id))

    def all_states(self) -> list[AgentState]:
        return list(self._states.values())

    # --- transitions -----------------------------------------------------------------

    async def apply(self, agent_id: str, event: Any, actor: str | None = None) -> AgentState:
        """Apply one state-machine event; raises IllegalStateTransition with a clear message."""
        async with self._lock:
            old = self.state(agent_id)
            now = self._clock()
            try:
                new = sm.transition(old, event, now)
            except sm.IllegalTransition as exc:
                raise IllegalStateTransition(
                    f"agent {agent_id} cannot {type(event).__name__} while {old.status.value}",
                    agent_id=agent_id,
                    state=old.status.value,
                    event=type(event).__name__,
                ) from exc
            self._states[agent_id] = new
            await self._persist(old, new, actor or agent_id)
            self._arm_wrap_up(agent_id, new)
            self._publish(new)
        await self._tell_router(old, new, event)
        for listener in self._listeners:
            await listener(old, new)
        return new

    async def _persist(self, old: AgentState, new: AgentState, actor: str) -> None:
        changed = (old.status, old.reason) != (new.status, new.reason)
        snapshot = _snapshot(new)
        queue_rows = _queue_log_rows(old, new)

        def write(s: Any) -> None:
            with s.transaction():
                if changed:
                    s.append_state_log(
                        {
                            "agent_id": new.agent_id,
                            "at": new.since if old.status != new.status else self._clock(),
                            "from_state": old.status.value,
                            "to_state": new.status.value,
                            "reason": new.reason,
                            "call_id": new.call_id or old.call_id,
                            "actor": actor,
                        }
                    )
                s.set_agent_last_state(new.agent_id, snapshot)
                for row in queue_rows:
                    s.append_queue_log(row)

        # The new state is already in memory (and pushed): a locked database holds the
        # record back and writes it in order once the lock clears.
        await self._runner.defer(f"agent {new.agent_id} {new.status.value}", write)

    def _publish(self, state: AgentState) -> None:
        self._notifier.state_changed(state_view(state))

    async def _tell_router(self, old: AgentState, new: AgentState, event: Any) -> None:
        now = self._clock()
        away = (AgentStatus.NOT_READY, AgentStatus.LOGGED_OUT)
        if new.status is AgentStatus.READY and old.status is not AgentStatus.READY:
            await self._handle(self._router.agent_ready(new.agent_id, now))
        elif new.status in away and old.status not in away:
            # Also withdraws an offer still ringing (e.g. a lead forced not ready); the
            # router may then have a match due at once, so let the ACD re-arm its timer.
            self._router.agent_unavailable(new.agent_id, now)
            await self._handle([])
        elif isinstance(event, sm.DialOut):
            self._router.agent_unavailable(new.agent_id, now, busy=True)
            await self._handle([])

    async def _handle(self, decisions: Sequence[Any]) -> None:
        if self._decision_handler is not None:
            await self._decision_handler(decisions)

    # --- wrap-up timers --------------------------------------------------------------

    def _arm_wrap_up(self, agent_id: str, state: AgentState) -> None:
        timer = self._wrap_up_timers.pop(agent_id, None)
        if timer is not None:
            timer.cancel()
        if state.status is not AgentStatus.WRAP_UP or state.wrap_up_ends_at is None:
            return
        loop = asyncio.get_running_loop()
        delay = max(0.0, state.wrap_up_ends_at - self._clock())
        self._wrap_up_timers[agent_id] = loop.call_later(
            delay, lambda: loop.create_task(self._wrap_up_expired(agent_id, state))
        )

    async def _wrap_up_expired(self, agent_id: str, armed: AgentState) -> None:
        self._wrap_up_timers.pop(agent_id, None)
        if self._states.get(agent_id) != armed:
            return  # extended, finished or forced meanwhile
        try:
            await self.apply(agent_id, sm.WrapUpExpired(), actor="system")
        except IllegalStateTransition:
            log.exception("wrap-up expiry of agent %s", agent_id)

    def close(self) -> None:
        for timer in self._wrap_up_timers.values():
            timer.cancel()
        self._wrap_up_timers.clear()


def state_view(state: AgentState) -> AgentStateView:
    return AgentStateView(
        agent_id=state.agent_id,
        state=WireStatus(state.status.value),
        reason=state.reason,
        since=state.since,
        call_id=state.call_id,
        on_hold=state.on_hold,
        wrap_up_ends_at=state.wrap_up_ends_at,
        not_ready_after_call=state.not_ready_after_call,
        not_ready_after_call_reason=state.not_ready_after_call_reason,
    )


def _snapshot(state: AgentState) -> dict[str, Any]:
    data = asdict(state)
    data["status"] = state.status.value
    return data


def _parse(data: dict[str, Any]) -> AgentState | None:
    try:
        return AgentState(**dict(data, status=AgentStatus(data["status"])))
    except (TypeError, ValueError, KeyError):
        return None


def _restore(
    data: dict[str, Any], now: float, call_kept: str | None = None, answered: float | None = None
) -> AgentState | None:
    state = _parse(data)
    if state is None:
        log.warning("ignoring unreadable persisted agent state %r", data)
        return None
    if state.status is AgentStatus.ON_CALL and call_kept and state.call_id == call_kept:
        return replace(state)  # its call was taken back over a restart: still on it
    if state.status is AgentStatus.RESERVED and call_kept and state.call_id == call_kept:
        # answered just before the previous run died, saved while still ringing (issue 19)
        return replace(state, status=AgentStatus.ON_CALL, since=answered or now)
    if state.status in _NOT_RESTORABLE:
        return AgentState(
            agent_id=state.agent_id,
            status=AgentStatus.NOT_READY,
            since=now,
            reason="server_restart",
        )
    return replace(state)


def _routing_config(row: dict[str, Any]) -> Any:
    from server_stub.domain.routing import AgentRoutingConfig

    return AgentRoutingConfig(
        agent_id=row["agent_id"],
        max_no_answer=int(row["max_no_answer"]),
        no_answer_delay_time=float(row["no_answer_delay_time"]),
        busy_delay_time=float(row["busy_delay_time"]),
        reject_delay_time=float(row["reject_delay_time"]),
    )


def _queue_log_rows(old: AgentState, new: AgentState) -> list[dict[str, Any]]:
    """Asterisk-style member events for the state change (queue NONE = all queues)."""
    t, agent = new.since, new.agent_id
    if old.status is new.status and old.reason == new.reason:
        return []
    if old.status is AgentStatus.LOGGED_OUT:
        rows = [to_row(t, "NONE", "NONE", agent, "AGENTLOGIN", [agent])]
        if new.status is AgentStatus.NOT_READY:
            rows.append(to_row(t, "NONE", "NONE", agent, "PAUSEALL", [new.reason or ""]))
        return rows
    if new.status is AgentStatus.LOGGED_OUT:
        return [to_row(t, "NONE", "NONE", agent, "AGENTLOGOFF", [agent, int(t - old.since)])]
    if new.status is AgentStatus.NOT_READY:
        return [to_row(t, "NONE", "NONE", agent, "PAUSEALL", [new.reason or ""])]
    if old.status is AgentStatus.NOT_READY and new.status is AgentStatus.READY:
        return [to_row(t, "NONE", "NONE", agent, "UNPAUSEALL", [old.reason or ""])]
    return []
