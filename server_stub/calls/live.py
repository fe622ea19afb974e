"""LiveCalls: the calls being handled now and the steps every call module shares (the
CDR + queue_log write, call events, closing a record, queue figures)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from agent_desktop.protocol import CallRecord, QueueStats
from server_stub.agents.service import AgentService
from server_stub.calls import story
from server_stub.calls.control import CallControl, ConsultListener
from server_stub.calls.notifier import CallNotifier
from server_stub.calls.quality import CallQuality
from server_stub.calls.queues import QueueFigures
from server_stub.customers.service import CustomerService
from server_stub.domain import routing as rt
from server_stub.errors import NotFound
from server_stub.events import EventBus
from server_stub.records.calls import call_record
from server_stub.records.queue_log import QueueLogFile, format_line, to_row
from server_stub.store import StoreRunner
from server_stub.store.base import Row, Store

# A queue_log event to write: (event, data fields); data items are str / int / float.
QueueEvent = tuple[str, list[Any]]


@dataclass
class LiveCall:
    """What the ACD keeps in memory about a call it is handling."""

    id: str
    ani: str | None
    dnis: str | None
    started_at: float
    queue: str | None = None
    queued_at: float | None = None
    position: int = 0
    priority: int = 0  # in the queue (VIP); kept when the call moves on to another queue
    agent_id: str | None = None
    offered_at: float | None = None
    also_ringing: list[str] = field(default_factory=list)  # ring-all: others rung with agent_id
    answered_at: float | None = None
    on_hold_since: float | None = None
    hold_seconds: float = 0.0
    ivr_path: list[str] = field(default_factory=list)
    state: str = "ivr"
    direction: str = "inbound"
    wrap_up_seconds: float = 0.0  # outbound calls: wrap-up after the call
    transferred_by: str | None = None  # the router does not offer it back to this agent
    transfer_note: str = ""  # the transferring agent's note, on the next agent's screen-pop
    quality: CallQuality = field(default_factory=CallQuality)  # per leg, from the worker
    picked_up: bool = False  # rung to an agent who picked it up (代答), outside the router
    # while the caller waits in an agent's direct queue (`agent:<id>`: a transfer to an
    # agent, a flow dialling an agent ID, a sticky agent): the queue it came from
    home_queue: str | None = None
    offered_in: set[str] = field(default_factory=set)  # queues it was counted offered in

    @property
    def shown_queue(self) -> str | None:
        """The caller's queue as people know it: the queue it came from while it waits in
        (or is answered from) an agent's direct queue, which is a routing device and never
        shown (screen-pop, call records, reports), else its queue."""
        if self.queue and self.queue.startswith("agent:") and self.home_queue:
            return self.home_queue
        return self.queue


class LiveCalls:
    """The live calls and their shared parts, owned by the ACD and used by the call
    modules next to it (transfers, outbound, monitoring)."""

    def __init__(
        self,
        runner: StoreRunner,
        bus: EventBus,
        router: rt.Router,
        agents: AgentService,
        customers: CustomerService,
        control: CallControl,
        queue_log_file: QueueLogFile | None,
        clock: Callable[[], float],
    ) -> None:
        self.runner = runner
        self.bus = bus
        self.notify = CallNotifier(bus)  # every call event goes out through it
        self.router = router
        self.agents = agents
        self.customers = customers
        self.control = control
        self.queue_log_file = queue_log_file
        self.clock = clock
        self.calls: dict[str, LiveCall] = {}
        self.figures = QueueFigures()
        self.consults: ConsultListener | None = None  # consults and conferences (consults.py)

    def get(self, call_id: str) -> LiveCall:
        """The live call `call_id` (NotFound when it is not live)."""
        try:
            return self.calls[call_id]
        except KeyError:
            raise NotFound(f"no live call {call_id}", call_id=call_id) from None

    def record(self, call: LiveCall) -> CallRecord:
        return call_record(
            {
                "id": call.id,
                "direction": call.direction,
                "state": call.state,
                "ani": call.ani,
                "dnis": call.dnis,
                "queue": call.shown_queue,
                "agent_id": call.agent_id,
                "started_at": call.started_at,
                "answered_at": call.answered_at,
                "mos_now": call.quality.mos_now,
                **call.quality.fields,
            }
        )

    async def write(
        self,
        fields: Row,
        call: LiveCall,
        queue_events: list[QueueEvent],
        agent: str | None = None,
        queue: str | None = None,
    ) -> None:
        """Update the CDR and append queue_log lines in one transaction, then the file."""
        now = self.clock()
        q = queue or call.queue or "NONE"
        who = agent or call.agent_id or "NONE"
        rows = [to_row(now, call.id, q, who, ev, data) for ev, data in queue_events]
        lines = [format_line(now, call.id, q, who, ev, data) for ev, data in queue_events]

        qlog = self.queue_log_file

        def write(s: Store) -> None:
            with s.transaction():
                if fields:
                    s.update_call(call.id, fields)
                for row in rows:
                    s.append_queue_log(row)
            if qlog is not None:  # after the commit, on the same (writer) thread
                for line in lines:
                    qlog.append(line)

        # A decision already taken in memory: written now, or in order once a lock clears.
        what = f"call {call.id} " + (",".join(ev for ev, _ in queue_events) or "update")
        await self.runner.defer(what, write)

    async def finish(
        self,
        call: LiveCall,
        cause: str,
        *,
        wait: float | None = None,
        talk: float | None = None,
        queue_event: tuple[str, list[Any], str | None] | None = None,
    ) -> None:
        """Close the call: no longer live, its record ended with `cause`, everyone told."""
        now = self.clock()
        call.state = "ended"
        self.calls.pop(call.id, None)
        story.ended(call.id, cause, call.agent_id, talk)
        fields: Row = {
            "state": "ended",
            "ended_at": now,
            "end_cause": cause,
            "hold_seconds": call.hold_seconds or None,
            **call.quality.fields,
        }
        if wait is not None:
            fields["wait_seconds"] = wait
        if talk is not None:
            fields["talk_seconds"] = talk
        events = [(queue_event[0], queue_event[1])] if queue_event else []
        await self.write(fields, call, events, queue=queue_event[2] if queue_event else None)
        self.notify.ended(self.record(call), cause)
        self.queue_stats_changed(call.queue)
        if self.consults is not None:
            await self.consults.call_finished(call.id)

    # --- queue figures ---------------------------------------------------------------

    def queue_stats(self, queue: str) -> dict[str, Any]:
        self.figures.row(queue)
        return self.figures.stats(
            queue, self.router.waiting(queue), self.agents.all_states(), self.clock()
        )

    def counters_key(self) -> str:
        return "queue_counters:" + time.strftime("%Y-%m-%d", time.localtime(self.clock()))

    def queue_stats_changed(self, queue: str | None) -> None:
        """A counter of `queue` changed: keep today's counters and tell the leads."""
        if queue and queue in self.figures.rows:
            key, snapshot = self.counters_key(), self.figures.snapshot()
            asyncio.get_running_loop().create_task(
                self.runner.defer("queue counters", lambda s: s.set_setting(key, snapshot))
            )
            self.publish_queue_stats(queue)

    def publish_queue_stats(self, queue: str) -> None:
        self.notify.queue_stats(QueueStats.model_validate(self.queue_stats(queue)))
