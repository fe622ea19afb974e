"""SupervisorPresenter: wallboard state from REST snapshots and stream events, control
and monitoring actions; signals and models out, no widgets.

Events are buffered per key and applied to the models in batches, at most once per
`FLUSH_MS` (the first event after a quiet spell is applied at once); one 1 s timer ticks
every clock column."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Callable, Coroutine, Iterable
from typing import Any, Protocol

from PySide6.QtCore import QObject, QTimer, Signal, SignalInstance

from agent_desktop.cti import CtiClient, CtiError, NotAvailable
from agent_desktop.presenters.monitoring import MonitoredCall
from agent_desktop.presenters.tasks import TaskRunner
from agent_desktop.protocol import (
    AgentStateChanged,
    AgentStateView,
    CallEnded,
    CallEvent,
    CallUpdated,
    QueueStats,
    QueueStatsUpdated,
    ReasonCode,
    SystemHealthChanged,
)
from agent_desktop.supervisor.api import SupervisorApi
from agent_desktop.supervisor.formatting import mask_number
from agent_desktop.supervisor.live_models import (
    LIVE_CALL_STATES,
    AgentModel,
    AgentRow,
    CallModel,
    CallRow,
    QueueModel,
    QueueRow,
)
from agent_desktop.supervisor.monitor import MONITOR_MODES
from agent_desktop.supervisor.preferences import SupervisorPreferences
from agent_desktop.supervisor.recordings import RecordingsPresenter
from agent_desktop.supervisor.sign_ins import SignInsPresenter

log = logging.getLogger(__name__)
FLUSH_MS = 200
TICK_MS = 1000


class LiveEvents(Protocol):
    """The session's typed event signals the wallboard follows (SessionPresenter's)."""

    @property
    def agent_state_changed(self) -> SignalInstance: ...  # AgentStateChanged
    @property
    def queue_stats_updated(self) -> SignalInstance: ...  # QueueStatsUpdated
    @property
    def call_answered(self) -> SignalInstance: ...  # CallAnswered
    @property
    def call_updated(self) -> SignalInstance: ...  # CallUpdated
    @property
    def call_ended(self) -> SignalInstance: ...  # CallEnded
    @property
    def system_health_changed(self) -> SignalInstance: ...  # SystemHealthChanged
    @property
    def resynced(self) -> SignalInstance: ...  # LoginResponse: reload the snapshots


class SupervisorPresenter(QObject):
    """Feed it the session's typed events (`LiveEvents`: the SessionPresenter or a relay)."""

    message = Signal(str, bool)  # text, is_error
    loaded = Signal()
    flushed = Signal(int)  # events applied in this batch (benchmarks, tests)
    monitoring_changed = Signal(str, str)  # call id, mode ("" = not monitoring)
    mask_changed = Signal(bool)
    alarms_changed = Signal(dict)  # check name -> why it is not ok (empty: all well)

    def __init__(
        self,
        client: CtiClient | SupervisorApi,
        events: LiveEvents | None,
        tasks: TaskRunner,
        *,
        reason_codes: Iterable[ReasonCode] = (),
        preferences: SupervisorPreferences | None = None,
        clock: Callable[[], float] = time.time,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.api = client if isinstance(client, SupervisorApi) else SupervisorApi(client)
        self._tasks = tasks
        self.reason_codes = [r for r in reason_codes if r.code != "login"]
        self.preferences = preferences or SupervisorPreferences(None, "")
        self.queues = QueueModel(clock, self)
        self.calls = CallModel(self._agent_name, clock, self)
        self.agents = AgentModel(self.calls.get, clock, self)
        self.recordings = RecordingsPresenter(self.api, tasks, self)
        self.sign_ins = SignInsPresenter(self.api, tasks, clock, self)
        for model in (self.calls, self.agents, self.recordings.model):
            model.set_mask_numbers(self.preferences.mask_numbers)
        self.monitoring: tuple[str, str] | None = None
        self.alarms: dict[str, str] = {}
        self.display_names: dict[str, str] = {}
        self._pending_agents: dict[str, AgentStateView] = {}
        self._pending_queues: dict[str, QueueStats] = {}
        self._pending_calls: dict[str, CallRow] = {}
        self._pending_count = 0
        self._loading = False
        self._last_flush = 0.0
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.timeout.connect(self.flush)
        self._tick_timer = QTimer(self)
        self._tick_timer.setInterval(TICK_MS)
        self._tick_timer.timeout.connect(self.tick)
        if events is not None:
            events.agent_state_changed.connect(self.on_agent_state_changed)
            events.queue_stats_updated.connect(self.on_queue_stats_updated)
            for signal in (events.call_answered, events.call_updated, events.call_ended):
                signal.connect(self.on_call_event)
            events.system_health_changed.connect(self.on_system_health_changed)
            events.resynced.connect(lambda *_: self.reload())

    # -- lifecycle ------------------------------------------------------------------------
    def start(self, load: bool = True) -> None:
        """Start the clock and load the snapshots (call once the tab is embedded)."""
        self._tick_timer.start()
        if load:
            self.reload()

    def reload(self) -> None:
        self._spawn(self.load(), "supervisor-load")

    def close(self) -> None:
        self._tick_timer.stop()
        self._flush_timer.stop()
        self.recordings.close()

    async def load(self) -> None:
        """Snapshots of agents, queues, calls; events received meanwhile apply afterwards."""
        self._loading = True
        try:
            agents, stats, calls, queues = await asyncio.gather(
                self.api.agents(),
                self.api.queue_stats(),
                self.api.calls(state="active"),
                self.api.queues(),
            )
        except CtiError as exc:
            self.message.emit(
                self.tr("Could not load the live figures: %1").replace("%1", str(exc)), True
            )
            return
        finally:
            self._loading = False
        now = time.time()
        self.display_names = {q.name: q.display_name for q in queues}
        for model in (self.agents, self.calls, self.recordings.model):
            model.set_queue_names(self.display_names)
        self.queues.reset(QueueRow(s, now, self.display_names.get(s.queue, "")) for s in stats)
        # oldest first, as live calls are appended: arrival order (the server lists newest first)
        self.calls.reset(CallRow(c) for c in sorted(calls.calls, key=lambda c: c.started_at))
        self.agents.reset(AgentRow.from_summary(a) for a in agents)
        self.recordings.set_choices(queues, [(a.agent_id, a.name) for a in agents])
        with contextlib.suppress(CtiError, ValueError, AttributeError):
            self.set_alarms(await self.api.health_checks())
        self.loaded.emit()
        self._schedule_flush()

    # -- events ---------------------------------------------------------------------------
    def on_system_health_changed(self, event: SystemHealthChanged) -> None:
        self.set_alarms(dict(event.checks))

    def on_agent_state_changed(self, view: AgentStateChanged) -> None:
        """Buffer one event; the models change at the next flush."""
        self._pending_agents[view.agent_id] = view
        self._buffered()

    def on_queue_stats_updated(self, stats: QueueStatsUpdated) -> None:
        self._pending_queues[stats.queue] = stats
        self._buffered()

    def on_call_event(self, event: CallEvent) -> None:
        """call_answered, call_updated, call_ended: the call's record (and whether held)."""
        record = event.record()
        if isinstance(event, CallEnded):
            record = record.model_copy(update={"state": "ended"})
        on_hold = event.on_hold if isinstance(event, CallUpdated) else False
        self._pending_calls[record.id] = CallRow(record, on_hold)
        self._buffered()

    def _buffered(self) -> None:
        self._pending_count += 1
        self._schedule_flush()

    def set_alarms(self, checks: dict[str, str]) -> None:
        """Checks that are not ok become alarms on the tab (issue 21)."""
        alarms = {name: value for name, value in checks.items() if value != "ok"}
        if alarms != self.alarms:
            self.alarms = alarms
            self.alarms_changed.emit(dict(alarms))

    def _schedule_flush(self) -> None:
        if self._loading or self._flush_timer.isActive():
            return
        wait = FLUSH_MS - (time.monotonic() - self._last_flush) * 1000
        self._flush_timer.start(max(0, int(wait)))

    def flush(self) -> None:
        """Apply buffered events to the models (one signal per model and kind)."""
        self._last_flush = time.monotonic()
        count, self._pending_count = self._pending_count, 0
        agents, self._pending_agents = self._pending_agents, {}
        queues, self._pending_queues = self._pending_queues, {}
        calls, self._pending_calls = self._pending_calls, {}
        now = time.time()
        if queues:
            self.queues.upsert(
                QueueRow(s, now, self.display_names.get(s.queue, "")) for s in queues.values()
            )
        if calls:
            self._apply_calls(calls)
        if agents:
            self._apply_agents(agents.values())
        self.flushed.emit(count)

    def _apply_calls(self, calls: dict[str, CallRow]) -> None:
        ended = [k for k, row in calls.items() if row.record.state == "ended"]
        live = [row for row in calls.values() if row.record.state != "ended"]
        answered = [
            r.record
            for r in live
            if r.record.agent_id
            and r.record.state == "active"
            and self.calls.get(r.record.id) is None
        ]
        self.calls.remove(ended)
        self.calls.upsert(live)
        counted = []
        for record in answered:
            agent = self.agents.get(record.agent_id or "")
            if agent is not None:
                agent.calls_today += 1
                counted.append(agent.agent_id)
        holders = [a.agent_id for a in self.agents.rows if a.state.call_id in calls]
        self.agents.refresh(holders + counted)
        if self.monitoring and self.monitoring[0] in ended:
            self.monitoring = None
            self.monitoring_changed.emit("", "")

    def _apply_agents(self, views: Iterable[AgentStateView]) -> None:
        rows = []
        for view in views:
            old = self.agents.get(view.agent_id)
            if old is not None and view.since < old.state.since:
                continue  # older than the snapshot
            row = AgentRow(
                view.agent_id,
                old.name if old else view.agent_id,
                view,
                old.calls_today if old else 0,
                old.team if old else None,
                old.queues if old else [],
            )
            rows.append(row)
            if (
                view.call_id
                and view.state.value in LIVE_CALL_STATES
                and self.calls.get(view.call_id) is None
            ):
                self._spawn(self._fetch_call(view.call_id), "supervisor-call")
        self.agents.upsert(rows)

    async def _fetch_call(self, call_id: str) -> None:
        try:
            record = await self.api.call(call_id)
        except CtiError as exc:
            log.info("call %s not fetched: %s", call_id, exc)
            return
        if record.state != "ended" and call_id not in self._pending_calls:
            self._pending_calls[call_id] = CallRow(record)
            self._schedule_flush()

    def tick(self) -> None:
        for model in (self.queues, self.agents, self.calls):
            model.tick()

    def describe(self, call_id: str, mode: str) -> MonitoredCall:
        """The monitored call as the lead's Calls panel shows it (agent, customer, queue)."""
        row = self.calls.get(call_id)
        record = row.record if row else None
        agent_id = (record.agent_id if record else None) or ""
        number = (record.dnis if record.direction == "outbound" else record.ani) if record else None
        masked = mask_number(number) if self.preferences.mask_numbers else (number or "")
        queue = (record.queue if record else None) or ""
        return MonitoredCall(
            call_id=call_id,
            mode=mode,
            agent_id=agent_id,
            agent_name=self._agent_name(agent_id),
            customer=masked,
            queue=self.display_names.get(queue, queue),
        )

    def _agent_name(self, agent_id: str) -> str:
        row = self.agents.get(agent_id) if hasattr(self, "agents") else None
        return row.name if row else ""

    # -- preferences ------------------------------------------------------------------------
    def set_mask_numbers(self, mask: bool) -> None:
        self.preferences.mask_numbers = mask
        for model in (self.calls, self.agents, self.recordings.model):
            model.set_mask_numbers(mask)
        self.mask_changed.emit(mask)

    # -- control ----------------------------------------------------------------------------
    def force_not_ready(self, agent_ids: Iterable[str], reason: str) -> None:
        for agent_id in agent_ids:
            self._spawn(self._force(agent_id, "not_ready", reason), "force-not-ready")

    def force_sign_out(self, agent_ids: Iterable[str]) -> None:
        for agent_id in agent_ids:
            self._spawn(self._force(agent_id, "logged_out", None), "force-sign-out")

    async def _force(self, agent_id: str, state: str, reason: str | None) -> None:
        try:
            if state == "logged_out":
                view = await self.api.force_logout(agent_id)
            else:
                view = await self.api.force_state(agent_id, state, reason)
        except CtiError as exc:
            if getattr(exc, "error_id", "") == "own_sign_out":
                self.message.emit(
                    self.tr(
                        "You cannot force your own sign-out: it would end "
                        "this session. Use Sign out instead."
                    ),
                    True,
                )
                return
            self.message.emit(
                self.tr("Could not change %1: %2")
                .replace("%1", agent_id)
                .replace("%2", _reason(exc)),
                True,
            )
            return
        self._pending_agents[view.agent_id] = view
        self._schedule_flush()
        done = (
            self.tr("%1 signed out.") if state == "logged_out" else self.tr("%1 set to not ready.")
        )
        self.message.emit(done.replace("%1", agent_id), False)

    def force_hangup(self, call_id: str) -> None:
        self._spawn(self._hangup(call_id), "force-hangup")

    async def _hangup(self, call_id: str) -> None:
        try:
            await self.api.hangup(call_id)
        except CtiError as exc:
            self.message.emit(
                self.tr("Could not hang up the call: %1").replace("%1", _reason(exc)), True
            )
            return
        self.message.emit(self.tr("Call hung up."), False)

    # -- monitoring -------------------------------------------------------------------------
    def monitor(self, call_id: str, mode: str) -> None:
        if mode not in MONITOR_MODES:
            raise ValueError(f"unknown monitoring mode {mode!r}")
        self._spawn(self._monitor(call_id, mode), "monitor")

    def stop_monitor(self) -> None:
        if self.monitoring is not None:
            self._spawn(self._monitor(self.monitoring[0], ""), "monitor-stop")

    async def _monitor(self, call_id: str, mode: str) -> None:
        # An end of this call buffered before the request went out (a replayed or stale
        # event): if the server then accepts the request, the call is live and that end is
        # older news; applied at the next flush it would drop the monitoring just confirmed
        # and the lead's next click (Whisper, Stop) would go nowhere.
        stale = self._pending_calls.get(call_id)
        stale = stale if stale is not None and stale.record.state == "ended" else None
        try:
            if mode:
                await self.api.monitor(call_id, mode)
            else:
                await self.api.stop_monitor(call_id)
        except NotAvailable:
            self.message.emit(self.tr("Monitoring is not available on this server yet."), True)
            return
        except CtiError as exc:
            self.message.emit(self.tr("Monitoring failed: %1").replace("%1", _reason(exc)), True)
            return
        if mode and stale is not None and self._pending_calls.get(call_id) is stale:
            log.info("call %s: an end received before monitoring started ignored", call_id)
            del self._pending_calls[call_id]
        log.info("monitoring of call %s: %s", call_id, mode or "stopped")
        self.monitoring = (call_id, mode) if mode else None
        self.monitoring_changed.emit(call_id if mode else "", mode)

    def take_over(self) -> None:
        """Take over (接管) the call I barge into: the agent is dropped, the call is mine."""
        if self.monitoring is not None and self.monitoring[1] == "barge":
            self._spawn(self._take_over(self.monitoring[0]), "takeover")

    async def _take_over(self, call_id: str) -> None:
        try:
            await self.api.takeover(call_id)
        except NotAvailable:
            self.message.emit(self.tr("Take over is not available on this server yet."), True)
            return
        except CtiError as exc:
            self.message.emit(self.tr("Take over failed: %1").replace("%1", _reason(exc)), True)
            return
        if self.monitoring is not None and self.monitoring[0] == call_id:
            self.monitoring = None  # my monitoring leg is the call's agent leg now
            self.monitoring_changed.emit("", "")
        self.message.emit(self.tr("You took over the call."), False)

    # -- plumbing ---------------------------------------------------------------------------
    def _spawn(self, coro: Coroutine[Any, Any, None], name: str) -> None:
        self._tasks.spawn(coro, name)


def _reason(exc: CtiError) -> str:
    return getattr(exc, "message", "") or str(exc)
