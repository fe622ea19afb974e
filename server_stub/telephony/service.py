"""Telephony: real calls through the SIP edge and the media workers.

Worker events become call steps: a call to a DID is answered and walked through its IVR,
runs its inbound flow (`domain.flow_engine`: menus, time checks, look-ups, voicemail...),
joins a queue with music on hold, the ACD offers it to an agent and this service rings the
agent's softphone through the edge (X- headers carry the call id), bridges and records on
answer, and closes everything when either side hangs up. It implements `CallControl`, the
ACD's view of the media layer. Events are handled one at a time, in arrival order.
"""

from __future__ import annotations

import asyncio
import logging
import re
import time
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol, TypeVar, cast

from server_stub.calls import story
from server_stub.calls.outbound import Outbound
from server_stub.calls.service import AcdService
from server_stub.calls.transfers import open_agent_queue
from server_stub.domain import flow_engine as fe
from server_stub.domain import queue_announcements as announcements
from server_stub.domain.flows import DIRECT
from server_stub.domain.number_lists import Entry as NumberListEntry
from server_stub.domain.number_lists import NumberLists
from server_stub.domain.phone_presence import PHONE_OFFLINE_REASON, offer_unreachable
from server_stub.domain.routing import OfferOutcome
from server_stub.errors import Conflict, NotFound, ServiceError, Unavailable
from server_stub.flows.context import FlowContext, load_context
from server_stub.flows.lookup import fetch_json
from server_stub.flows.number_lists import blocked_call_row, load_lists, tell_blocked
from server_stub.flows.simulate import Fetch
from server_stub.media import wire as c
from server_stub.media.audio_files import fix_wav_header
from server_stub.media.pool import PoolExhaustedError, WorkerHandle, WorkerPool
from server_stub.recordings.health import RecordingsHealth
from server_stub.records.calls import recording_row
from server_stub.store import StoreRunner
from server_stub.store import flows as flow_store
from server_stub.store.base import Row, Store
from server_stub.telephony import commands, prompts, spoken
from server_stub.telephony.cascade import PARTIES_MAX, Cascade, Pair, Party, wanted

log = logging.getLogger(__name__)

# How SIP final responses of an agent's leg map to routing outcomes (FreeSWITCH-style).
_BUSY = {486, 600}
_REJECTED = {603, 608}
_NO_ANSWER = {408, 480, 487}


@dataclass
class ActiveCall:
    """The legs and media state of one call hosted by one worker."""

    call_id: str
    worker: WorkerHandle
    customer_leg: str
    flow: fe.FlowRun | None = None
    flow_end: str | None = None  # the end cause the flow gave (voicemail, callback...)
    voicemail: tuple[str, str] | None = None  # (recording id, mailbox) while recording
    steps_told: int = 0  # flow steps already in the call's story
    queue: str | None = None
    agent_leg: str | None = None
    agent_id: str | None = None
    agent_answered: bool = False
    other_rings: dict[str, str] = field(default_factory=dict)  # ring-all: leg -> agent id
    recording: str | None = None
    recording_started: float | None = None
    recording_path: Path | None = None  # the segment being written, for a worker's loss
    outbound_number: str | None = None  # click-to-dial: the number to call once the agent answers
    caller_id: str | None = None
    ivr_timer: asyncio.TimerHandle | None = None
    ended: bool = False
    external: bool = False  # the agent transferred the caller to an outside number
    caller_number: str | None = None
    hangup_after_prompt: bool = False
    ring_seq: int = 0
    legs: set[str] = field(default_factory=set)
    monitors: dict[str, str] = field(default_factory=dict)  # supervisor id -> leg
    monitor_modes: dict[str, str] = field(default_factory=dict)  # supervisor leg -> mode
    answered_monitors: set[str] = field(default_factory=set)
    consult_leg: str | None = None  # the consulted party's leg (咨询), bridged to the agent
    consult_answered: bool = False
    consult_external: bool = False  # the consulted party is an outside number
    internal_target: str | None = None  # an internal call: the called agent (not a number)
    consult_party: str | None = None  # whom the consult leg calls (agent ID or number)
    consult_on_b: bool = False  # the consult leg is on the cascade's second worker
    # A conference (三方/多方): the joined parties, the bridge to a second worker, and the
    # bridges and holds made for them (`cascade.wanted`, applied as differences).
    mixing: bool = False
    parties: list[Party] = field(default_factory=list)
    cascade: Cascade | None = None
    mix_a: set[Pair] = field(default_factory=set)
    mix_b: set[Pair] = field(default_factory=set)
    mix_held: set[str] = field(default_factory=set)
    announce_timer: asyncio.TimerHandle | None = None  # next position/wait announcement
    announcing: bool = False  # an announcement (position, agent ID) plays to the caller
    agent_intro: bool = False  # the agent's ID plays; bridged when it ends (座席自动报号)
    callback: bool = False  # 回电: the agent's phone rings first, then the customer is dialled
    callback_agent_up: bool = False  # the agent answered a callback
    # the customer answered: a callback's, or a campaign's customer-first call
    customer_answered: bool = False
    # outbound campaigns, customer first (predictive, broadcast): who hears of the call
    # until it joins a queue (then it is the ACD's, as any caller)
    campaign: CampaignListener | None = None
    amd: bool = False  # a campaign call: answering-machine detection once answered


class CampaignListener(Protocol):
    """Hears of a campaign's customer-first call until it joins a queue (`attempt` is the
    id `dial_campaign` returned)."""

    async def customer_answered(self, attempt: str) -> None: ...
    async def machine_detected(self, attempt: str, cause: str) -> None: ...
    async def customer_digit(self, attempt: str, digit: str) -> None: ...
    async def message_finished(self, attempt: str) -> None: ...
    async def customer_ended(self, attempt: str, cause: str, answered: bool) -> None: ...


E = TypeVar("E", bound=c.Event)
WorkerEventHandler = Callable[[WorkerHandle, c.Event], Awaitable[None]]
LegEventHandler = Callable[[ActiveCall, c.Event], Awaitable[None]]


def _on_worker(
    table: dict[type[c.Event], WorkerEventHandler],
    kind: type[E],
    handler: Callable[[WorkerHandle, E], Awaitable[None]],
) -> None:
    """Register the handler of one worker-wide event type (it only ever gets that type)."""
    table[kind] = cast(WorkerEventHandler, handler)


def _on_leg(
    table: dict[type[c.Event], LegEventHandler],
    kind: type[E],
    handler: Callable[[ActiveCall, E], Awaitable[None]],
) -> None:
    """Register the handler of one event type about a leg of a live call."""
    table[kind] = cast(LegEventHandler, handler)


class Telephony:
    def __init__(
        self,
        runner: StoreRunner,
        acd: AcdService,
        pool: WorkerPool,
        edge_address: str,
        recordings_dir: Path,
        clock: Callable[[], float] = time.time,
        trunk: str | None = None,
        agent_srtp: str = "",
        recordings_health: RecordingsHealth | None = None,
        release_sip: Callable[[str], Awaitable[int]] | None = None,
        prompts_dir: Path | None = None,
        *,
        outbound: Outbound,
        timezone: str = "UTC",
        fetch: Fetch = fetch_json,
        spoken_dir: Path | None = None,
        callback_retry_s: float = 120.0,
        callback_attempts: int = 3,
        on_voicemail: Callable[[Row], Awaitable[None]] | None = None,
    ) -> None:
        self._runner = runner
        self._on_voicemail = on_voicemail  # told of each message stored (the desktops' notice)
        self._timezone = timezone  # the centre's: time groups are in its wall clock
        self._fetch = fetch  # flows' HTTP look-ups
        self._flows: dict[str, dict[str, Any]] = {}  # published flows by id
        self._flow_context = FlowContext()
        self._number_lists = NumberLists()  # 黑白名单, re-read with numbers and flows
        self._lookups: set[asyncio.Task[None]] = set()
        self._outbound = outbound  # click-to-dial calls' progress
        self._prompts_dir = prompts_dir  # prompts uploaded by admins (greetings, music)
        # announcements joined from spoken pieces, cached by content
        self._spoken = spoken_dir or recordings_dir.parent / "spoken"
        self._callbacks: dict[str, _Callback] = {}  # live callback call id -> its request
        self._callback_retry_s, self._callback_attempts = callback_retry_s, callback_attempts
        self._callback_timers: set[asyncio.TimerHandle] = set()
        self._acd = acd
        self._pool = pool
        self._edge = edge_address  # host:port agents register to
        self._trunk = trunk  # host:port of the gateway for calls to numbers
        self._agent_srtp = agent_srtp  # SRTP on legs to agents' softphones (as the login says)
        self._recordings = recordings_dir
        self.recordings_health = recordings_health or RecordingsHealth(
            recordings_dir,
            recording_now=lambda: [call.call_id for call in self._calls.values() if call.recording],
        )
        self._recording_started: dict[str, float] = {}  # recording id -> clock at start
        # recordings cut short by the loss of a media host, sent when it is back: partial
        # by that loss, not by a recordings-folder fault (no alarm)
        self._cut_on_host: set[str] = set()
        self._voicemail_boxes: dict[str, tuple[str, str | None]] = {}  # recording -> box, ANI
        self._clock = clock
        # Ends the SIP dialogs of a lost worker (given its host:port) through the edge.
        self._release_sip = release_sip
        self._calls: dict[str, ActiveCall] = {}
        self._by_leg: dict[str, ActiveCall] = {}
        self._dids: dict[str, dict[str, Any]] = {}
        self._queues: dict[str, dict[str, Any]] = {}
        self._events: asyncio.Queue[tuple[WorkerHandle, c.Event] | None] = asyncio.Queue()
        self._cascade_waiters: dict[str, asyncio.Future[bool]] = {}  # call id -> bridge up
        self._consumer: asyncio.Task[None] | None = None
        self.blocked_calls = 0
        # Dispatch tables: event type -> handler (worker-wide, then per leg of a call).
        self._worker_handlers: dict[type[c.Event], WorkerEventHandler] = {}
        self._leg_handlers: dict[type[c.Event], LegEventHandler] = {}
        _on_worker(self._worker_handlers, c.CallArrived, self._call_arrived)
        _on_worker(self._worker_handlers, c.WorkerLost, self._worker_lost)
        _on_worker(self._worker_handlers, c.RecordingFinished, self._on_recording_finished)
        _on_worker(self._worker_handlers, _CallbackDue, self._on_callback_due)
        _on_leg(self._leg_handlers, c.DigitReceived, self._on_digit)
        _on_leg(self._leg_handlers, _IvrTimeout, self._on_ivr_timeout)
        _on_leg(self._leg_handlers, _LookupDone, self._on_lookup_done)
        _on_leg(self._leg_handlers, _VoicemailTimeout, self._on_voicemail_timeout)
        _on_leg(self._leg_handlers, _Announce, self._on_announce)
        _on_leg(self._leg_handlers, c.PlaybackFinished, self._on_playback_finished)
        _on_leg(self._leg_handlers, c.LegAnswered, self._on_leg_answered)
        _on_leg(self._leg_handlers, c.LegEnded, self._on_leg_ended)
        _on_leg(self._leg_handlers, c.LegQuality, self._on_leg_quality)
        _on_leg(self._leg_handlers, c.MachineDetection, self._on_machine_detection)

    # --- life cycle ------------------------------------------------------------------

    async def start(self) -> None:
        await self.reload()
        self._consumer = asyncio.create_task(self._consume(), name="telephony-events")
        await self._resume_callbacks()

    async def _resume_callbacks(self) -> None:
        """Callbacks still to make when the server stopped join their queues again, in
        their callers' places (an attempt cut short by the stop is made again)."""
        rows = await self._runner.run(flow_store.pending_callbacks)
        for row in rows:
            callback = _Callback(
                int(row["id"]),
                str(row["queue"]),
                str(row["number"]),
                row["dnis"],
                float(row["joined_at"]),
                int(row["priority"] or 0),
                int(row["attempts"] or 0),
            )
            log.info("callback %d (%s) resumed after a restart", callback.id, row["status"])
            await self._queue_callback(callback)

    async def reload(self) -> None:
        """Re-read numbers and queues (an admin changed them): the next call uses them."""

        def read(s: Store) -> tuple[Any, ...]:
            return (
                s.list_dids(),
                s.list_queues(),
                flow_store.published_flows(s),
                load_context(s, self._timezone),
                load_lists(s),
            )

        dids, queues, flows, context, lists = await self._runner.run(read)
        self._number_lists = lists
        self._dids = {d["number"]: d for d in dids}
        self._queues = {q["name"]: q for q in queues}
        self._flows, self._flow_context = flows, context

    def _prompt_file(self, name: str) -> Path:
        """An uploaded prompt of that name, else the built-in one."""
        if self._prompts_dir is not None and (self._prompts_dir / f"{name}.wav").is_file():
            return self._prompts_dir / f"{name}.wav"
        return prompts.prompt(name)

    def _music(self, queue: str | None) -> Path:
        name = self._queues.get(queue or "", {}).get("music_on_hold")
        if name and self._prompts_dir is not None and (self._prompts_dir / f"{name}.wav").is_file():
            return self._prompts_dir / f"{name}.wav"
        return prompts.music_on_hold(name)

    async def stop(self, drain_s: float = 5.0) -> None:
        """Stop after the events already queued are handled (stop the pool first: the
        recordings its workers finalise on the way out are then indexed)."""
        if self._consumer is not None:
            self._events.put_nowait(None)
            try:
                await asyncio.wait_for(asyncio.shield(self._consumer), drain_s)
            except TimeoutError:
                log.warning("worker events still unhandled after %.0f s: dropped", drain_s)
                self._consumer.cancel()
                await asyncio.gather(self._consumer, return_exceptions=True)
        for call in list(self._calls.values()):
            if call.ivr_timer is not None:
                call.ivr_timer.cancel()
            if call.announce_timer is not None:
                call.announce_timer.cancel()
        for timer in self._callback_timers:
            timer.cancel()

    def on_worker_event(self, handle: WorkerHandle, event: c.Event) -> None:
        """The pool's event callback: queue the event for in-order handling."""
        self._events.put_nowait((handle, event))

    async def _consume(self) -> None:
        while (item := await self._events.get()) is not None:
            handle, event = item
            try:
                await self._handle(handle, event)
            except Exception:
                log.exception("worker event %s from %s failed", event.name, handle.worker_id)

    # --- worker events ---------------------------------------------------------------

    async def _handle(self, handle: WorkerHandle, event: c.Event) -> None:
        """One worker event: its handler from the dispatch tables (worker-wide events
        first, then events of a leg of a live call); events nobody handles are dropped."""
        worker_handler = self._worker_handlers.get(type(event))
        if worker_handler is not None:
            await worker_handler(handle, event)
            return
        leg_handler = self._leg_handlers.get(type(event))
        call = self._by_leg.get(getattr(event, "leg", ""))
        if leg_handler is None or call is None or call.ended:
            return
        await leg_handler(call, event)

    async def _on_digit(self, call: ActiveCall, event: c.DigitReceived) -> None:
        if call.campaign is not None and event.leg == call.customer_leg:
            await call.campaign.customer_digit(call.call_id, event.digit)
            return
        if self._wants_callback(call, event):
            await self._leave_callback(call)
            return
        if call.flow is not None and event.leg == call.customer_leg:
            await self._run_flow(call, call.flow.digit(event.digit))

    async def _on_ivr_timeout(self, call: ActiveCall, event: _IvrTimeout) -> None:
        await self._run_flow(call, call.flow.timed_out() if call.flow else [])

    async def _on_lookup_done(self, call: ActiveCall, event: _LookupDone) -> None:
        if call.flow is not None:
            await self._run_flow(call, call.flow.looked_up(event.answer, event.problem))

    async def _on_voicemail_timeout(self, call: ActiveCall, event: _VoicemailTimeout) -> None:
        if call.voicemail is not None:  # the longest message: stop and say goodbye
            await self._command(call.worker, c.RecordStop(recording=call.voicemail[0]))
            await self._command(call.worker, c.Hangup(leg=call.customer_leg))

    async def _on_playback_finished(self, call: ActiveCall, event: c.PlaybackFinished) -> None:
        if event.leg == call.customer_leg and Path(event.file).parent == self._spoken:
            call.announcing = False
            if call.agent_intro:
                call.agent_intro = False
                if call.agent_leg is not None:
                    await self._connect(call)
            return
        if call.hangup_after_prompt and event.leg == call.customer_leg:
            await self._command(call.worker, c.Hangup(leg=call.customer_leg))
        elif call.campaign is not None and event.leg == call.customer_leg:
            await call.campaign.message_finished(call.call_id)
        elif call.flow is not None and event.leg == call.customer_leg:
            name = Path(event.file).stem
            await self._run_flow(call, call.flow.prompt_finished(name))

    async def _on_leg_answered(self, call: ActiveCall, event: c.LegAnswered) -> None:
        if call.cascade is not None and event.leg == call.cascade.a_leg:
            call.cascade.up = True
            waiter = self._cascade_waiters.pop(call.call_id, None)
            if waiter is not None and not waiter.done():
                waiter.set_result(True)
            return
        if call.cascade is not None and event.leg == call.cascade.b_leg:
            return
        if call.campaign is not None and event.leg == call.customer_leg:
            call.customer_answered = True
            if call.amd and await self._detect_machine(call):
                return  # the listener hears of the answer with the verdict
            await call.campaign.customer_answered(call.call_id)
        elif event.leg in call.other_rings:  # ring-all: this agent answered first
            await self._other_ring_answered(call, event.leg)
        elif event.leg == call.agent_leg and call.callback:
            await self._callback_agent_answered(call)
        elif event.leg == call.customer_leg and call.callback:
            call.customer_answered = True
            log.info("call %s: the customer answered the callback", call.call_id)
            await self._connect(call)
        elif event.leg == call.agent_leg:
            if call.external:
                await self._command(call.worker, c.Unhold(leg=call.customer_leg))
                await self._connect(call)
            elif call.outbound_number is not None:
                await self._dial_customer(call)
            else:
                await self._agent_answered(call)
        elif event.leg == call.consult_leg:
            await self._consult_answered(call)
        elif event.leg in call.monitor_modes:
            call.answered_monitors.add(event.leg)
            await self._apply_monitor(call, event.leg)
        elif event.leg == call.customer_leg and call.outbound_number is not None:
            await self._connect(call)
            await self._outbound.outbound_progress(call.call_id, "active")

    async def _detect_machine(self, call: ActiveCall) -> bool:
        """Ask the worker for answering-machine detection on the customer's leg; False
        when it cannot (the call goes on as answered by a person)."""
        sent = await self._command(call.worker, c.DetectMachine(leg=call.customer_leg))
        if not sent.ok:
            log.warning("call %s: machine detection not started: %s", call.call_id, sent.error)
            return False
        log.info("call %s: answered; listening for an answering machine", call.call_id)
        return True

    async def _on_machine_detection(self, call: ActiveCall, event: c.MachineDetection) -> None:
        if call.campaign is None or event.leg != call.customer_leg:
            return
        log.info(
            "call %s: answering-machine detection: %s (%s; first speech %d ms in %d ms)",
            call.call_id,
            event.verdict,
            event.cause,
            event.speech_ms,
            event.analysed_ms,
        )
        if event.verdict == "machine":
            await call.campaign.machine_detected(call.call_id, event.cause)
        else:  # a person, or unsure: a silent person must not be hung up on
            await call.campaign.customer_answered(call.call_id)

    async def _on_leg_ended(self, call: ActiveCall, event: c.LegEnded) -> None:
        if call.cascade is not None and event.leg in call.cascade.legs():
            alive = call.cascade.worker.alive
            await self._cascade_ended(call, "hung_up" if alive else "worker_lost")
            return
        party = next((p for p in call.parties if p.leg == event.leg), None)
        if party is not None:
            await self._party_ended(call, party)
            return
        if call.campaign is not None and event.leg == call.customer_leg:
            campaign, call.campaign, call.ended = call.campaign, None, True
            if call.customer_answered:
                cause = "customer_hangup" if event.cause == "remote" else event.cause
            else:
                cause = {486: "busy", 600: "busy", 603: "rejected"}.get(
                    event.status_code,
                    "no_answer" if event.cause == "no_answer" else f"failed_{event.status_code}",
                )
            self._forget(call)
            await campaign.customer_ended(call.call_id, cause, call.customer_answered)
        elif event.leg in call.monitor_modes:
            self._drop_monitor(call, event.leg)
        elif event.leg in call.other_rings:  # ring-all: one of the agents did not take it
            agent_id = call.other_rings.pop(event.leg)
            self._by_leg.pop(event.leg, None)
            call.legs.discard(event.leg)
            await self._acd.agent_failed(call.call_id, agent_id, _outcome(event))
        elif event.leg == call.consult_leg:
            await self._consult_ended(call, event)
        elif event.leg == call.agent_leg and self._conference_stays(call):
            listener = self._acd.book.consults
            if listener is not None:
                await listener.host_left(call.call_id)
        else:
            await self._leg_ended(call, event)

    async def _on_recording_finished(
        self, handle: WorkerHandle, event: c.RecordingFinished
    ) -> None:
        await self._recording_finished(event)

    async def _on_leg_quality(self, call: ActiveCall, event: c.LegQuality) -> None:
        """The worker's RTCP figures of the customer's or the agent's leg, for the record."""
        role = (
            "customer"
            if event.leg == call.customer_leg
            else "agent"
            if event.leg == call.agent_leg
            else None
        )
        if role is None:
            return  # a supervisor's or a consult leg: not part of the call's record
        self._acd.leg_quality(
            call.call_id,
            role,
            event.mos,
            {
                "loss_pct": event.total_loss_pct,
                "jitter_ms": event.total_jitter_ms,
                "rtt_ms": event.total_rtt_ms,
                "mos": event.total_mos,
                "worst_mos": event.worst_mos,
                "worst_at": event.worst_at,
            },
        )

    def _flow_of(self, did: dict[str, Any] | None) -> tuple[str | None, int | None, Any] | None:
        """(flow id, version, document) a call to `did` runs; a number pointing straight
        at a queue gets a two-node document (its greeting, then the queue)."""
        if did is None:
            return None
        name, queue = did.get("ivr"), did.get("queue")
        if name and name != DIRECT:
            flow = self._flows.get(str(name))
            if flow is not None:
                return str(name), int(flow["version"]), flow["document"]
            log.warning("number %s runs flow %s, which is not published", did["number"], name)
        if not queue:
            return None
        nodes: dict[str, Any] = {"queue": {"type": "queue", "queue": queue}}
        if name == DIRECT:
            return None, None, {"start": "queue", "nodes": nodes}
        greeting = self._queues.get(str(queue), {}).get("greeting") or "welcome_support"
        nodes["greeting"] = {"type": "play", "prompt": greeting, "next": "queue"}
        return None, None, {"start": "greeting", "nodes": nodes}

    async def _call_arrived(self, handle: WorkerHandle, event: c.CallArrived) -> None:
        if "X-Conference" in event.headers:
            await self._peer_arrived(handle, event)
            return
        plan = self._flow_of(self._dids.get(event.dnis))
        if plan is None or "X-Edge-Agent" in event.headers:
            # Not one of our numbers (or an agent's own call, not handled yet).
            await self._command(handle, c.Hangup(leg=event.leg, status_code=404))
            return
        blocked = self._number_lists.is_blocked(event.ani, "inbound")
        if blocked is not None:
            await self._refuse_blocked(handle, event, blocked)
            return
        record = await self._acd.call_arrived(
            event.ani or None, event.dnis, where=worker_label(handle)
        )
        flow_id, version, document = plan
        run = self._flow_context.run(document, event.ani or "", event.dnis, self._clock())
        call = ActiveCall(
            call_id=record.id,
            worker=handle,
            customer_leg=event.leg,
            flow=run,
            caller_number=event.ani or None,
        )
        self._track(call, event.leg)
        story.flow_started(call.call_id, flow_id, version)
        if flow_id is not None:
            await self._runner.defer(
                f"flow of call {call.call_id}",
                lambda s: s.update_call(
                    call.call_id, {"flow_id": flow_id, "flow_version": version}
                ),
            )
        # Pipelined: the flow's first steps (a prompt, or music and the queue) go out right
        # behind the answer; the worker runs them in order.
        answered = self._send(handle, c.Answer(leg=event.leg, call_id=call.call_id))
        try:
            await self._run_flow(call, run.start())
        finally:
            await answered

    async def _refuse_blocked(
        self, handle: WorkerHandle, event: c.CallArrived, entry: NumberListEntry
    ) -> None:
        """黑名单: refused before the flow (403, never answered); the call still gets its
        record, ended with cause `blocked`, and its story names the entry."""
        call_id = uuid.uuid4().hex
        story.arrived(call_id, event.ani or None, event.dnis, worker_label(handle))
        tell_blocked(call_id, "inbound", event.ani, entry)
        row = blocked_call_row(call_id, "inbound", event.ani or None, event.dnis, self._clock())
        await self._runner.defer(f"blocked call {call_id}", lambda s: s.insert_call(row))
        await self._command(handle, c.Hangup(leg=event.leg, status_code=403))

    async def _run_flow(self, call: ActiveCall, actions: list[fe.Action]) -> None:
        """Carry out the flow's actions in order (each step told in the call's story)."""
        if not actions:
            return
        if call.ivr_timer is not None:
            call.ivr_timer.cancel()
            call.ivr_timer = None
        run = call.flow
        sent: list[asyncio.Task[commands.Outcome]] = []
        todo = list(actions)
        try:
            while todo:
                if run is not None:
                    for step in run.steps[call.steps_told :]:
                        story.flow_step(call.call_id, step)
                    call.steps_told = len(run.steps)
                action = todo.pop(0)
                if isinstance(action, fe.Play):
                    try:
                        file = self._prompt_file(action.prompt)
                    except FileNotFoundError:
                        log.warning(
                            "call %s: prompt %s is missing: skipped", call.call_id, action.prompt
                        )
                        todo += run.prompt_finished(action.prompt) if run else []
                        continue
                    sent.append(
                        self._send(call.worker, c.Play(leg=call.customer_leg, file=str(file)))
                    )
                elif isinstance(action, fe.Listen):
                    loop = asyncio.get_running_loop()
                    call.ivr_timer = loop.call_later(
                        action.seconds,
                        lambda: self._events.put_nowait(
                            (call.worker, _IvrTimeout(leg=call.customer_leg))
                        ),
                    )
                elif isinstance(action, fe.Lookup):
                    self._start_lookup(call, action)
                elif isinstance(action, fe.Satisfaction):
                    await self._satisfaction(call, action.score)
                elif isinstance(action, fe.Finish):
                    await self._finish_flow(call, action.outcome)
        finally:
            for reply in sent:
                await reply

    def _start_lookup(self, call: ActiveCall, action: fe.Lookup) -> None:
        """Fetch in the background: other calls' events go on meanwhile; the answer comes
        back as an event of this call."""

        async def fetch() -> None:
            answer, problem = await self._fetch(action.url, action.seconds)
            if problem:
                log.warning("call %s: look-up %s failed: %s", call.call_id, action.url, problem)
            self._events.put_nowait(
                (call.worker, _LookupDone(leg=call.customer_leg, answer=answer, problem=problem))
            )

        task = asyncio.get_running_loop().create_task(fetch())
        self._lookups.add(task)
        task.add_done_callback(self._lookups.discard)

    async def _satisfaction(self, call: ActiveCall, score: int) -> None:
        story.surveyed(call.call_id, score)
        await self._runner.defer(
            f"satisfaction of call {call.call_id}",
            lambda s: s.update_call(call.call_id, {"satisfaction": score}),
        )

    async def _finish_flow(self, call: ActiveCall, outcome: fe.Outcome) -> None:
        story.flow_outcome(call.call_id, outcome.as_dict())
        path = tuple(call.flow.path) if call.flow else ()
        if outcome.type == "queue" and outcome.target:
            await self._join_queue(call, outcome.target, path)
        elif outcome.type == "agent" and outcome.target:
            home = next(
                (m["queue"] for m in self._acd.members() if m["agent_id"] == outcome.target), ""
            )
            if not home:
                log.warning("call %s: agent %s is in no queue", call.call_id, outcome.target)
                await self._goodbye(call, "no_queue")
                return
            await self._join_queue(
                call, open_agent_queue(self._acd.book, outcome.target, home), path
            )
        elif outcome.type == "voicemail" and outcome.target:
            await self._record_voicemail(call, outcome.target, outcome.max_seconds)
        elif outcome.type == "callback" and outcome.target:
            await self._flow_callback(call, outcome.target, outcome.number, outcome.prompt)
        elif outcome.type == "forward" and outcome.target:
            await self._forward(call, outcome.target)
        else:
            call.flow_end = f"flow_{outcome.reason or 'hangup'}"
            await self._command(call.worker, c.Hangup(leg=call.customer_leg))

    async def _survey_after_agent(self, call: ActiveCall, actions: list[fe.Action]) -> None:
        """The agent hung up and the queue asks for a survey: the agent's part ends (record
        closed, wrap-up), the caller stays for the flow's survey; the score lands on the
        same record."""
        if call.recording is not None:
            await self._command(call.worker, c.RecordStop(recording=call.recording))
            call.recording = None
        await self._acd.agent_hung_up(call.call_id)
        log.info("call %s: the agent left; the caller is asked the survey", call.call_id)
        await self._run_flow(call, actions)

    async def _goodbye(self, call: ActiveCall, why: str) -> None:
        call.hangup_after_prompt, call.flow_end = True, why
        await self._command(
            call.worker, c.Play(leg=call.customer_leg, file=str(self._prompt_file("goodbye")))
        )

    async def _record_voicemail(self, call: ActiveCall, box: str, max_seconds: float) -> None:
        """Record what the caller says (their leg only) until they hang up or the limit."""
        folder = (
            self._recordings
            / "voicemail"
            / time.strftime("%Y/%m/%d", time.localtime(self._clock()))
        )
        recording = f"vm-{call.call_id}"
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            log.error("call %s: voicemail folder unwritable: %s", call.call_id, exc)
            await self._goodbye(call, "voicemail_failed")
            return
        started = await self._command(
            call.worker,
            c.RecordStart(
                legs=[call.customer_leg],
                path=str(folder / f"{call.call_id}.wav"),
                recording=recording,
            ),
        )
        if not started.ok:
            log.error("call %s: voicemail not recorded: %s", call.call_id, started.error)
            await self._goodbye(call, "voicemail_failed")
            return
        call.voicemail, call.flow_end = (recording, box), "voicemail"
        self._voicemail_boxes[recording] = (box, call.caller_number)
        call.ivr_timer = asyncio.get_running_loop().call_later(
            max_seconds,
            lambda: self._events.put_nowait(
                (call.worker, _VoicemailTimeout(leg=call.customer_leg))
            ),
        )

    async def _forward(self, call: ActiveCall, number: str) -> None:
        """To an outside number through the trunk, with the caller's number; recorded once
        answered, like an agent's transfer to a number."""
        if not self._trunk:
            log.warning("call %s: cannot forward to %s: no trunk", call.call_id, number)
            await self._goodbye(call, "forward_failed")
            return
        call.ring_seq += 1
        leg = f"{call.call_id[:12]}-x{call.ring_seq}"
        call.agent_leg, call.external = leg, True
        self._track(call, leg)
        await self._command(
            call.worker, c.Hold(leg=call.customer_leg, music=str(self._music(None)))
        )
        sent = await self._command(
            call.worker,
            c.MakeCall(
                uri=f"sip:{number}@{self._trunk}",
                from_user=call.caller_number,
                headers={"X-Call-Id": call.call_id},
                timeout=45,
                leg=leg,
                via=self._edge,  # tracked by the edge: ended for us if the worker dies
            ),
        )
        if not sent.ok:
            self._by_leg.pop(leg, None)
            call.agent_leg = None
            await self._command(call.worker, c.Unhold(leg=call.customer_leg))
            await self._goodbye(call, "forward_failed")

    async def _join_queue(self, call: ActiveCall, queue: str, path: tuple[str, ...]) -> None:
        call.queue = queue
        moh = self._music(queue)
        # Music and routing at once: an agent's leg (`ring_agent`) is written to the worker
        # after these two commands, so the worker still holds the caller first.
        sent = [
            self._send(call.worker, c.StopPlayback(leg=call.customer_leg)),
            self._send(call.worker, c.Hold(leg=call.customer_leg, music=str(moh))),
        ]
        try:
            target, priority = await self._routing_for(call, queue)
            await self._acd.enqueue(call.call_id, target, priority, ivr_path=list(path))
            self._arm_announcement(call)
        except ServiceError as exc:
            log.info("call %s not queued: %s", call.call_id, exc)
            sent.append(self._send(call.worker, c.Hangup(leg=call.customer_leg)))
        finally:
            for reply in sent:
                await reply

    async def _agent_answered(self, call: ActiveCall) -> None:
        assert call.agent_id is not None and call.agent_leg is not None
        try:
            await self._acd.agent_answered(call.call_id, call.agent_id)
        except ServiceError:
            # The ACD moved on (e.g. ring timeout raced the answer): drop this leg.
            await self._command(call.worker, c.Hangup(leg=call.agent_leg))
            return
        if call.announce_timer is not None:
            call.announce_timer.cancel()
            call.announce_timer = None
        if call.announcing:  # a position announcement still playing stops
            await self._command(call.worker, c.StopPlayback(leg=call.customer_leg))
            call.announcing = False
        await self._command(call.worker, c.Unhold(leg=call.customer_leg))
        if await self._announce_agent(call):
            return  # bridged when the agent's ID has been said
        await self._connect(call)

    async def _routing_for(self, call: ActiveCall, queue: str) -> tuple[str, int]:
        """(queue to join, priority): VIP callers (a customer tag) wait with the queue's
        VIP priority; a repeat caller goes first to the agent who last served them
        (来电记忆, the agent's direct queue for at most `sticky_wait` s, then `queue`)."""
        row, number = self._queues.get(queue, {}), call.caller_number
        priority = 0
        tag = str(row.get("vip_tag") or "")
        if tag and number:
            customer = await self._acd.book.customers.match(number)
            if customer is not None and tag in customer.tags:
                priority = int(row.get("vip_priority") or 10)
                log.info(
                    "call %s: VIP caller (customer %s tagged %s): priority %d",
                    call.call_id,
                    customer.id,
                    tag,
                    priority,
                )
        days = float(row.get("sticky_days") or 0)
        if days > 0 and number:
            agent = await self._acd.last_agent(number, queue, days)
            if agent is not None:
                wait = float(row.get("sticky_wait") or 20)
                log.info(
                    "call %s: repeat caller, first to agent %s (served them within %g days),"
                    " at most %g s",
                    call.call_id,
                    agent,
                    days,
                    wait,
                )
                return open_agent_queue(self._acd.book, agent, queue, wait), priority
        return queue, priority

    # --- callbacks that keep the caller's place (回电, docs/flows.md) --------------------

    def _wants_callback(self, call: ActiveCall, event: c.DigitReceived) -> bool:
        """The queue's callback key, pressed by a caller waiting in it (no agent ringing)."""
        key = str(self._queues.get(call.queue or "", {}).get("callback_key") or "")
        return bool(
            key
            and event.digit == key
            and event.leg == call.customer_leg
            and call.queue
            and call.caller_number
            and (call.flow is None or call.flow.done)
            and not call.callback
            and call.outbound_number is None
            and call.agent_leg is None
            and not call.agent_answered
            and call.flow_end is None
        )

    async def _leave_callback(self, call: ActiveCall) -> None:
        """The caller leaves the queue for a callback that keeps their place: their call
        ends (`callback_requested`) after `callback_noted`; the callback joins the queue
        with the time they joined it."""
        live = self._acd.book.calls.get(call.call_id)
        if live is None or call.queue is None or call.caller_number is None:
            return
        now = self._clock()
        joined_at, dnis, priority = live.queued_at or now, live.dnis, live.priority
        queue, number = call.queue, call.caller_number
        call.flow_end, call.hangup_after_prompt = "callback_requested", True
        if call.announce_timer is not None:
            call.announce_timer.cancel()
        await self._acd.caller_hung_up(call.call_id, "callback_requested")  # leaves the queue
        request_id = await self._runner.run(
            lambda s: flow_store.add_queued_callback(
                s, call.call_id, queue, number, dnis, joined_at, priority, now
            )
        )
        log.info(
            "call %s: the caller pressed for a callback (request %d, queue %s, place kept)",
            call.call_id,
            request_id,
            queue,
        )
        await self._command(
            call.worker,
            c.Play(leg=call.customer_leg, file=str(self._prompt_file("callback_noted"))),
        )
        await self._queue_callback(
            _Callback(request_id, queue, number, dnis, joined_at, priority)  # VIP stays VIP
        )

    async def _flow_callback(
        self, call: ActiveCall, queue: str, number: str | None, prompt: str | None
    ) -> None:
        """A flow's `callback` node (busy, overflow, after hours): the request is noted as a
        callback that joins `queue` now, offered to its agents like the ones left by a key
        in the queue (an after-hours one waits for the first agent ready); the caller hears
        the confirmation and the server hangs up. `number`: the caller's own, or the one
        they entered (a collect node's variable)."""
        digits = re.sub(r"[\s\-]", "", number or "")
        if not re.fullmatch(r"\+?[0-9]{3,20}", digits):
            log.warning(
                "call %s: no number to call back (%s); the callback is not noted",
                call.call_id,
                "withheld" if not digits else f"not a phone number: {story.masked(digits)}",
            )
            await self._goodbye(call, "callback_no_number")
            return
        now = self._clock()
        dnis = call.flow.dnis if call.flow is not None else None
        call.flow_end, call.hangup_after_prompt = "callback_requested", True
        request_id = await self._runner.run(
            lambda s: flow_store.add_queued_callback(
                s, call.call_id, queue, digits, dnis, now, 0, now
            )
        )
        log.info(
            "call %s: the flow noted a callback to %s (request %d, queue %s)",
            call.call_id,
            story.masked(digits),
            request_id,
            queue,
        )
        await self._command(
            call.worker,
            c.Play(leg=call.customer_leg, file=str(self._prompt_file(prompt or "callback_noted"))),
        )
        await self._queue_callback(_Callback(request_id, queue, digits, dnis, now))

    async def _queue_callback(self, callback: _Callback) -> None:
        call_id = uuid.uuid4().hex
        self._callbacks[call_id] = callback  # before the queue: an agent may be free now
        now = self._clock()
        try:
            await self._acd.enqueue_callback(
                call_id,
                callback.queue,
                callback.number,
                callback.dnis,
                callback.joined_at,
                callback.priority,
            )
        except ServiceError as exc:
            log.warning("callback %d not queued: %s", callback.id, exc)
            await self._callback_ended_as(call_id, "not_queued")
            return
        await self._runner.defer(
            f"callback {callback.id} queued",
            lambda s: flow_store.callback_progress(
                s, callback.id, now, status="queued", last_call_id=call_id
            ),
        )

    async def _on_callback_due(self, handle: WorkerHandle, event: _CallbackDue) -> None:
        await self._queue_callback(event.callback)

    async def _callback_call(self, call_id: str, agent_id: str) -> ActiveCall | None:
        """The media side of a callback offered to an agent: a worker to ring them from."""
        if self._trunk is None:
            log.warning("callback %s: no trunk to dial the customer through", call_id)
            asyncio.get_running_loop().create_task(
                self._acd.agent_failed(call_id, agent_id, OfferOutcome.ERROR)
            )
            return None
        callback = self._callbacks[call_id]
        try:
            worker = await self._pool.acquire()
        except Exception as exc:  # offered again later, as a call whose ring failed
            log.warning("callback %s: no media worker to ring agent %s: %s", call_id, agent_id, exc)
            asyncio.get_running_loop().create_task(
                self._acd.agent_failed(call_id, agent_id, OfferOutcome.ERROR)
            )
            return None
        self._pool.release(worker)  # the agent's leg keeps it busy
        return ActiveCall(
            call_id=call_id,
            worker=worker,
            customer_leg="",
            outbound_number=callback.number,
            caller_id=callback.dnis,
            caller_number=callback.number,
            callback=True,
        )

    async def _callback_agent_answered(self, call: ActiveCall) -> None:
        assert call.agent_id is not None and call.agent_leg is not None
        try:
            await self._acd.agent_answered(call.call_id, call.agent_id)
        except ServiceError:
            await self._command(call.worker, c.Hangup(leg=call.agent_leg))
            return
        call.callback_agent_up = True
        callback = self._callbacks.get(call.call_id)
        log.info(
            "call %s: agent %s took the callback; dialling the customer",
            call.call_id,
            call.agent_id,
        )
        if callback is not None:
            now, agent = self._clock(), call.agent_id
            await self._runner.defer(
                f"callback {callback.id} calling",
                lambda s: flow_store.callback_progress(
                    s, callback.id, now, status="calling", agent_id=agent
                ),
            )
        await self._dial_customer(call)

    async def _callback_agent_left(
        self, call: ActiveCall, event: c.LegEnded, agent_id: str | None
    ) -> None:
        if call.callback_agent_up:  # the agent hung up (the customer answered or not)
            call.ended = True
            if call.customer_leg:
                await self._command(call.worker, c.Hangup(leg=call.customer_leg))
            await self._acd.agent_hung_up(call.call_id)
            self._forget(call)
            outcome = "connected" if call.customer_answered else "agent_hangup"
            await self._callback_ended(call, outcome)
        elif agent_id is not None:  # not answered: offered again, like a call
            self._forget(call)
            await self._acd.agent_failed(call.call_id, agent_id, _outcome(event))

    async def _callback_ended(self, call: ActiveCall, outcome: str) -> None:
        await self._callback_ended_as(call.call_id, outcome)

    async def _callback_ended_as(self, call_id: str, outcome: str) -> None:
        """An attempt is over: done when the customer was connected, else tried again
        after `callback_retry_s` until `callback_attempts` attempts."""
        callback = self._callbacks.pop(call_id, None)
        if callback is None:
            return
        callback.attempts += 1
        if outcome == "connected":
            status = "done"
        elif callback.attempts >= self._callback_attempts:
            status = "failed"
        else:
            status = "retry"
            loop = asyncio.get_running_loop()

            def again() -> None:  # in turn with the other events
                self._callback_timers.discard(timer)
                self._events.put_nowait((cast(WorkerHandle, None), _CallbackDue(callback)))

            timer = loop.call_later(self._callback_retry_s, again)
            self._callback_timers.add(timer)
        log.info(
            "callback %d attempt %d (call %s): %s → %s",
            callback.id,
            callback.attempts,
            call_id,
            outcome,
            status,
        )
        now, attempts = self._clock(), callback.attempts
        await self._runner.defer(
            f"callback {callback.id} {status}",
            lambda s: flow_store.callback_progress(
                s, callback.id, now, status=status, attempts=attempts, outcome=outcome
            ),
        )

    # --- announcements to waiting callers (docs/flows.md) ------------------------------

    def _arm_announcement(self, call: ActiveCall) -> None:
        every = float(self._queues.get(call.queue or "", {}).get("announce_every") or 0)
        if every <= 0 or call.ended:
            return
        call.announce_timer = asyncio.get_running_loop().call_later(
            max(10.0, every),
            lambda: self._events.put_nowait((call.worker, _Announce(leg=call.customer_leg))),
        )

    async def _on_announce(self, call: ActiveCall, event: _Announce) -> None:
        """Position and expected wait (您排在第N位，预计等待M分钟), then the next one armed;
        nothing while an agent's phone rings for the caller."""
        call.announce_timer = None
        if call.agent_answered or call.queue is None:
            return
        figures = self._acd.wait_estimate(call.call_id)
        if figures is not None and call.agent_leg is None:
            position, seconds = figures
            minutes = announcements.spoken_minutes(seconds)
            pieces = announcements.position_pieces(position, minutes)
            if await self._say(call, pieces):
                log.info(
                    "call %s: announced position %d, expected wait %d min (%.0f s)",
                    call.call_id,
                    position,
                    minutes,
                    seconds,
                )
        self._arm_announcement(call)

    async def _announce_agent(self, call: ActiveCall) -> bool:
        """座席自动报号: say the agent's ID to the caller if the queue asks; True when it
        plays (the bridge waits for its end)."""
        queue = self._queues.get(call.queue or "", {})
        if not queue.get("announce_agent_id") or call.agent_id is None:
            return False
        pieces = announcements.agent_pieces(call.agent_id)
        if pieces is None or not await self._say(call, pieces):
            return False
        # answered already: an agent who hangs up during the intro ends the call as usual
        call.agent_intro, call.agent_answered = True, True
        log.info("call %s: agent %s announced to the caller", call.call_id, call.agent_id)
        return True

    async def _say(self, call: ActiveCall, pieces: list[str]) -> bool:
        """Play the joined pieces to the caller; False (logged) if that cannot be done."""
        try:
            file = await asyncio.to_thread(spoken.compose, pieces, self._spoken)
        except (OSError, ValueError) as exc:
            log.warning("call %s: announcement not made: %s", call.call_id, exc)
            return False
        outcome = await self._command(call.worker, c.Play(leg=call.customer_leg, file=str(file)))
        call.announcing = outcome.ok
        return outcome.ok

    async def _connect(self, call: ActiveCall) -> None:
        """Bridge customer and agent and start recording this segment of the call."""
        assert call.agent_leg is not None
        call.agent_answered = True
        await self._command(call.worker, c.Bridge(leg_a=call.customer_leg, leg_b=call.agent_leg))
        path = self._recordings / time.strftime("%Y/%m/%d", time.localtime(self._clock()))
        name = call.call_id if call.ring_seq <= 1 else f"{call.call_id}-{call.ring_seq}"
        recording = f"rec-{call.call_id}-{call.ring_seq}"
        # The call is connected already: a recording that cannot start never holds it up.
        problem = await self.recordings_health.refresh()  # probed in a thread
        started: commands.Outcome | None = None
        if problem is None:
            try:
                await asyncio.to_thread(path.mkdir, parents=True, exist_ok=True)
                started = await self._command(
                    call.worker,
                    c.RecordStart(
                        legs=[call.customer_leg, call.agent_leg],
                        path=str(path / f"{name}.wav"),
                        recording=recording,
                    ),
                )
            except OSError as exc:
                problem = f"unwritable: {exc}"
        if started is None or not started.ok:
            await self._recording_failed(
                call.call_id, "could not start: " + (problem or "the media worker refused it")
            )
            return
        call.recording, call.recording_started = recording, self._clock()
        call.recording_path = path / f"{name}.wav"
        self._recording_started[recording] = call.recording_started

    async def _dial_customer(self, call: ActiveCall) -> None:
        """Click-to-dial, step 2: the agent answered; now call the customer via the trunk."""
        assert call.outbound_number is not None
        call.customer_leg = f"{call.call_id[:12]}-c"
        self._track(call, call.customer_leg)
        if not call.callback:  # a callback's record is already active (the agent answered)
            await self._outbound.outbound_progress(call.call_id, "dialing")
        if call.internal_target is not None:  # another agent's softphone, through the edge
            make = c.MakeCall(
                uri=f"sip:{call.internal_target}@{self._edge}",
                from_user=call.caller_id,
                headers={"X-Call-Id": call.call_id, "X-Internal": call.caller_id or ""},
                timeout=30,
                leg=call.customer_leg,
                srtp=self._agent_srtp,
            )
        else:
            make = c.MakeCall(
                uri=f"sip:{call.outbound_number}@{self._trunk}",
                from_user=call.caller_id,
                headers={"X-Call-Id": call.call_id},
                timeout=45,
                leg=call.customer_leg,
                via=self._edge,  # tracked by the edge: ended for us if the worker dies
            )
        sent = await self._command(call.worker, make)
        if not sent.ok:
            log.warning("dialling %s failed: %s", call.outbound_number, sent.error)
            await self._command(call.worker, c.Hangup(leg=call.agent_leg or ""))

    async def _leg_ended(self, call: ActiveCall, event: c.LegEnded) -> None:
        if event.leg in (call.customer_leg, call.agent_leg):
            for leg in list(call.monitors.values()):  # supervisors leave with the call
                await self._command(call.worker, c.Hangup(leg=leg))
                self._drop_monitor(call, leg)
        if event.leg in (call.customer_leg, call.agent_leg):
            await self._drop_consult(call)  # the consulted party leaves with the call
        if event.leg == call.customer_leg:
            call.ended = True
            if call.ivr_timer is not None:
                call.ivr_timer.cancel()
            if call.announce_timer is not None:
                call.announce_timer.cancel()
            if call.agent_leg is not None:
                await self._command(call.worker, c.Hangup(leg=call.agent_leg))
            for leg in list(call.other_rings):  # ring-all: every agent's ring stops
                await self._command(call.worker, c.Hangup(leg=leg))
            cause = "caller_hangup" if event.cause == "remote" else event.cause
            if call.voicemail is not None:
                await self._command(call.worker, c.RecordStop(recording=call.voicemail[0]))
            if call.flow_end is not None:
                cause = call.flow_end
            if call.outbound_number is not None and not call.agent_answered:
                cause = {486: "busy", 600: "busy", 603: "rejected"}.get(
                    event.status_code,
                    "no_answer" if event.cause == "no_answer" else f"failed_{event.status_code}",
                )
            elif call.outbound_number is not None:
                cause = "customer_hangup" if event.cause == "remote" else event.cause
            await self._acd.caller_hung_up(call.call_id, cause)
            self._forget(call)
            if call.callback:
                await self._callback_ended(call, "connected" if call.customer_answered else cause)
        elif event.leg == call.agent_leg:
            agent_id, answered = call.agent_id, call.agent_answered
            call.agent_leg, call.agent_id, call.agent_answered = None, None, False
            self._by_leg.pop(event.leg, None)
            if not answered and call.other_rings:  # ring-all: another agent's ring goes on
                call.agent_leg, call.agent_id = call.other_rings.popitem()
            if call.callback:
                await self._callback_agent_left(call, event, agent_id)
            elif call.external:
                call.ended = True
                if answered:
                    await self._command(call.worker, c.Hangup(leg=call.customer_leg))
                else:  # nobody took the outside call: tell the caller, then end it
                    call.hangup_after_prompt, call.ended = True, False
                    await self._command(call.worker, c.Unhold(leg=call.customer_leg))
                    await self._command(
                        call.worker,
                        c.Play(leg=call.customer_leg, file=str(self._prompt_file("goodbye"))),
                    )
                    return
                await self._acd.caller_hung_up(call.call_id, "external_hangup")
                self._forget(call)
            elif call.outbound_number is not None:
                call.ended = True
                if call.customer_leg:
                    await self._command(call.worker, c.Hangup(leg=call.customer_leg))
                cause = "agent_hangup" if answered else "agent_no_answer"
                await self._acd.agent_hung_up(call.call_id, cause)
                self._forget(call)
            elif (
                answered
                and agent_id is not None
                and call.flow is not None
                and (survey := call.flow.agent_left())
            ):
                await self._survey_after_agent(call, survey)
            elif answered and agent_id is not None:
                call.ended = True
                await self._command(call.worker, c.Hangup(leg=call.customer_leg))
                await self._acd.agent_hung_up(call.call_id)
                self._forget(call)
            elif agent_id is not None:
                offline = offer_unreachable(event.status_code, event.cause)
                if offline:
                    log.warning(
                        "call %s: agent %s's phone is unreachable (SIP %s): the agent "
                        "leaves routing with reason phone_offline",
                        call.call_id,
                        agent_id,
                        event.status_code,
                    )
                await self._acd.agent_failed(
                    call.call_id,
                    agent_id,
                    _outcome(event),
                    PHONE_OFFLINE_REASON if offline else None,
                )

    async def _worker_lost(self, handle: WorkerHandle, event: c.WorkerLost) -> None:
        """The one handler of a dead worker (see `commands`): the edge ends its SIP dialogs
        on its behalf (BYE to the caller, CANCEL to a ringing agent), then each of its
        calls is closed in the ACD with cause `worker_lost`, whatever state it was in."""
        for call in list(self._calls.values()):  # a conference's second worker
            if call.cascade is not None and call.cascade.worker.worker_id == event.worker_id:
                await self._cascade_lost(call, handle)
        calls = [c_ for c_ in self._calls.values() if c_.worker.worker_id == event.worker_id]
        for call in calls:
            if call.cascade is not None:  # its parties on the second worker leave too
                await self._drop_consult(call)
            call.ended = True
            if call.ivr_timer is not None:
                call.ivr_timer.cancel()
        if calls and self._release_sip is not None:
            try:
                released = await self._release_sip(handle.sip_address)
                log.info("edge ended %d SIP dialog(s) of lost worker %s", released, event.worker_id)
            except Exception as exc:  # the records close whatever the edge says
                log.error(
                    "edge could not end the calls of lost worker %s: %s", event.worker_id, exc
                )
        for call in calls:
            log.warning(
                "worker %s lost (%s): closing call %s", event.worker_id, event.cause, call.call_id
            )
            try:
                await self._salvage_recording(call)
            except Exception:  # the record closes whatever became of the file
                log.exception("call %s: keeping the recording after worker loss", call.call_id)
            try:
                if call.campaign is not None:  # a campaign's call not yet in a queue
                    campaign, call.campaign = call.campaign, None
                    await campaign.customer_ended(
                        call.call_id, "worker_lost", call.customer_answered
                    )
                else:
                    await self._acd.caller_hung_up(call.call_id, "worker_lost")
            except Exception:
                log.exception("closing call %s after worker loss failed", call.call_id)
            finally:
                self._forget(call)

    async def _salvage_recording(self, call: ActiveCall) -> None:
        """The worker died while recording: its WAV header was never written (pjmedia
        writes it when the recorder closes), but the audio up to the loss is on disk. Fix
        the header so it plays and index it as `partial`; a file without audio is dropped
        and the record says `failed`. Not a recordings-folder fault: no alarm."""
        rid, path = call.recording, call.recording_path
        if rid is None or path is None:
            return
        call.recording = None
        self._recording_started.pop(rid, None)
        if call.worker.remote:  # on its media host's disk: uploaded as partial from there
            self._cut_on_host.add(rid)
            log.warning(
                "call %s: recording %s stays on media host %s until one of its workers "
                "sends it (partial)",
                call.call_id,
                rid,
                call.worker.host,
            )
            return
        seconds = await asyncio.to_thread(fix_wav_header, str(path))
        size = await asyncio.to_thread(_size_of, path)
        if seconds is None or seconds <= 0 or not size:
            log.error(
                "call %s: recording lost with media worker %s: no audio was written",
                call.call_id,
                call.worker.worker_id,
            )
            await asyncio.to_thread(_unlink, path)
            await self._runner.defer(
                f"recording of call {call.call_id} failed",
                lambda s: s.update_call(call.call_id, {"recording_status": "failed"}),
            )
            return
        log.warning(
            "call %s: recording cut short by the loss of media worker %s: %.1f s kept (%s)",
            call.call_id,
            call.worker.worker_id,
            seconds,
            path,
        )
        started = call.recording_started or self._clock() - seconds
        row = recording_row(call.call_id, path, started, seconds, size, "partial")

        def write(s: Store) -> None:
            with s.transaction():
                s.add_recording(row)
                s.update_call(
                    call.call_id, {"recording_id": row["id"], "recording_status": "partial"}
                )

        await self._runner.defer(f"recording of call {call.call_id}", write)

    async def _recording_failed(self, call_id: str, what: str) -> None:
        """No usable recording: loud (ERROR line, /health, alarm) and on the record."""
        self.recordings_health.recording_failed(call_id, what)
        await self._runner.defer(
            f"recording of call {call_id} failed",
            lambda s: s.update_call(call_id, {"recording_status": "failed"}),
        )

    async def _voicemail_finished(self, event: c.RecordingFinished) -> None:
        box, ani = self._voicemail_boxes.pop(event.recording, ("", None))
        call_id = event.recording.removeprefix("vm-")
        if event.status == "failed" or event.seconds <= 0:
            log.error("call %s: the voicemail recording failed", call_id)
            return
        row = {
            "id": event.recording,
            "call_id": call_id,
            "box": box,
            "ani": ani,
            "path": event.path,
            "seconds": event.seconds,
            "created_at": self._clock() - event.seconds,
        }
        story.voicemail_left(call_id, box, event.seconds)
        await self._runner.defer(
            f"voicemail of call {call_id}", lambda s: flow_store.add_voicemail(s, row)
        )
        if self._on_voicemail is not None:
            try:
                await self._on_voicemail({**row, "status": "new"})
            except Exception:  # a notice's fault never loses the message (stored above)
                log.exception("call %s: the voicemail notice failed", call_id)

    async def _recording_finished(self, event: c.RecordingFinished) -> None:
        if event.recording.startswith("vm-"):
            await self._voicemail_finished(event)
            return
        call_id = event.recording.removeprefix("rec-").split("-")[0]
        path = Path(event.path)
        size = await asyncio.to_thread(_size_of, path)
        started = self._recording_started.pop(event.recording, None)
        lost_host = event.recording in self._cut_on_host
        if lost_host and (event.status == "failed" or not size or event.seconds <= 0):
            self._cut_on_host.discard(event.recording)
            log.error("call %s: recording lost with its media host: no audio", call_id)
            await self._runner.defer(
                f"recording of call {call_id} failed",
                lambda s: s.update_call(call_id, {"recording_status": "failed"}),
            )
            return
        if event.status == "failed" or not size or size <= 44 or event.seconds <= 0:
            await self._recording_failed(
                call_id, "failed: nothing could be written (disk full or folder unwritable?)"
            )
            return
        status = event.status
        elapsed = self._clock() - started if started is not None else event.seconds
        problem = await self.recordings_health.refresh()
        if status == "complete" and (
            event.seconds < elapsed - 3 or (problem is not None and problem.startswith("disk full"))
        ):
            status = "partial"  # the file stopped growing before the call ended
        if status == "partial" and lost_host:
            self._cut_on_host.discard(event.recording)
            log.warning(
                "call %s: recording cut short by the loss of its media host: %.1f s kept (%s)",
                call_id,
                event.seconds,
                path,
            )
        elif status == "partial":
            self.recordings_health.recording_failed(
                call_id,
                f"partial: only {event.seconds:.1f} s of {elapsed:.0f} s written "
                "(disk full?); what was written is kept",
            )
        else:
            self.recordings_health.recording_complete()
        row = recording_row(
            call_id, path, self._clock() - event.seconds, event.seconds, size, status
        )

        def write(s: Store) -> None:
            with s.transaction():
                s.add_recording(row)
                s.update_call(call_id, {"recording_id": row["id"], "recording_status": status})

        await self._runner.defer(f"recording of call {call_id}", write)

    # --- CallControl (what the ACD asks) ---------------------------------------------

    async def ring_agent(
        self,
        call_id: str,
        agent_id: str,
        timeout: float,
        headers: dict[str, str],
        call: ActiveCall | None = None,
    ) -> None:
        call = call or self._calls.get(call_id)
        if call is None and call_id in self._callbacks:
            call = await self._callback_call(call_id, agent_id)
        if call is None:
            return
        call.ring_seq += 1
        leg = f"{call_id[:12]}-a{call.ring_seq}"
        if (
            call.agent_leg is not None
            and call.agent_id not in (None, agent_id)
            and not call.agent_answered
            and not call.callback
            and call.outbound_number is None
        ):
            await self._ring_another(call, agent_id, leg, timeout, headers)
            return
        call.agent_id, call.agent_leg, call.agent_answered = agent_id, leg, False
        self._track(call, leg)
        sent = await self._command(
            call.worker,
            c.MakeCall(
                uri=f"sip:{agent_id}@{self._edge}",
                headers=dict(headers),
                timeout=timeout + 5,
                leg=leg,
                srtp=self._agent_srtp,
            ),
        )
        if sent.ok:
            return
        log.warning("ringing agent %s for %s failed: %s", agent_id, call_id, sent.error)
        if call.agent_leg == leg:
            call.agent_leg, call.agent_id = None, None
        self._by_leg.pop(leg, None)
        if call.outbound_number is not None and not call.callback:
            self._forget(call)
            raise Unavailable(f"cannot ring agent {agent_id}'s phone: {sent.error}")
        if sent.worker_lost:
            return  # not the agent's fault: _worker_lost cancels the offer and frees them
        asyncio.get_running_loop().create_task(
            self._acd.agent_failed(call_id, agent_id, OfferOutcome.ERROR)
        )

    async def cancel_ring(self, call_id: str, agent_id: str) -> None:
        call = self._calls.get(call_id)
        if call is None:
            return
        other = next((leg for leg, a in call.other_rings.items() if a == agent_id), None)
        if other is not None:  # ring-all: one of the other agents' rings
            del call.other_rings[other]
            self._by_leg.pop(other, None)
            call.legs.discard(other)
            await self._command(call.worker, c.Hangup(leg=other))
            return
        if call.agent_id != agent_id or call.agent_leg is None:
            return
        leg = call.agent_leg
        call.agent_leg, call.agent_id = None, None
        if call.other_rings and not call.agent_answered:  # ring-all: the others go on
            call.agent_leg, call.agent_id = call.other_rings.popitem()
        self._by_leg.pop(leg, None)
        await self._command(call.worker, c.Hangup(leg=leg))

    async def _ring_another(
        self, call: ActiveCall, agent_id: str, leg: str, timeout: float, headers: dict[str, str]
    ) -> None:
        """ring-all: ring one more agent for a caller whose call already rings an agent;
        the first to answer takes it (`_other_ring_answered`)."""
        call.other_rings[leg] = agent_id
        self._track(call, leg)
        sent = await self._command(
            call.worker,
            c.MakeCall(
                uri=f"sip:{agent_id}@{self._edge}",
                headers=dict(headers),
                timeout=timeout + 5,
                leg=leg,
                srtp=self._agent_srtp,
            ),
        )
        if sent.ok:
            return
        log.warning("ringing agent %s for %s failed: %s", agent_id, call.call_id, sent.error)
        call.other_rings.pop(leg, None)
        self._by_leg.pop(leg, None)
        if not sent.worker_lost:
            asyncio.get_running_loop().create_task(
                self._acd.agent_failed(call.call_id, agent_id, OfferOutcome.ERROR)
            )

    async def _other_ring_answered(self, call: ActiveCall, leg: str) -> None:
        """ring-all: an agent other than the first rung answered first: their leg becomes
        the call's agent leg; the ACD then withdraws the other rings (`cancel_ring`)."""
        if call.agent_answered:  # someone took it already
            call.other_rings.pop(leg, None)
            self._by_leg.pop(leg, None)
            await self._command(call.worker, c.Hangup(leg=leg))
            return
        agent_id = call.other_rings.pop(leg)
        if call.agent_leg is not None and call.agent_id is not None:
            call.other_rings[call.agent_leg] = call.agent_id
        call.agent_leg, call.agent_id = leg, agent_id
        await self._agent_answered(call)

    async def dial_internal(self, call_id: str, agent_id: str, target: str) -> None:
        """Internal call: the caller's phone first, then the target's (as click-to-dial,
        with the edge instead of the trunk)."""
        try:
            worker = await self._pool.acquire()
        except Exception as exc:
            raise Unavailable(f"no media worker free for the call: {exc}") from exc
        call = ActiveCall(
            call_id=call_id,
            worker=worker,
            customer_leg="",
            outbound_number=target,
            internal_target=target,
            caller_id=agent_id,
        )
        try:
            await self.ring_agent(
                call_id,
                agent_id,
                30,
                {"X-Call-Id": call_id, "X-Direction": "internal", "X-Dial": target},
                call=call,
            )
        finally:
            self._pool.release(worker)

    async def dial(self, call_id: str, agent_id: str, number: str, caller_id: str) -> None:
        self._require_trunk()
        try:
            worker = await self._pool.acquire()
        except Exception as exc:
            raise Unavailable(f"no media worker free for the call: {exc}") from exc
        call = ActiveCall(
            call_id=call_id,
            worker=worker,
            customer_leg="",
            outbound_number=number,
            caller_id=caller_id,
        )
        try:
            await self.ring_agent(
                call_id,
                agent_id,
                30,
                {"X-Call-Id": call_id, "X-Direction": "outbound", "X-Dial": number},
                call=call,
            )
        finally:
            self._pool.release(worker)

    # --- outbound campaigns: customer first (predictive, broadcast) ----------------------

    async def dial_campaign(
        self,
        attempt: str,
        number: str,
        caller_id: str,
        ring_timeout: float,
        listener: CampaignListener,
        amd: bool = False,
    ) -> None:
        """Call a campaign's customer through the trunk, no agent yet; `listener` hears the
        answer, keys and the end of `attempt` (a fresh id, known to the listener before:
        a busy line may end the call before this returns)."""
        self._require_trunk()
        try:
            worker = await self._pool.acquire()
        except Exception as exc:
            raise Unavailable(f"no media worker free for the call: {exc}") from exc
        call = ActiveCall(
            call_id=attempt,
            worker=worker,
            customer_leg=f"{attempt[:12]}-c",
            caller_number=number,
            caller_id=caller_id,
            campaign=listener,
            amd=amd,
        )
        self._track(call, call.customer_leg)
        try:
            sent = await self._command(
                worker,
                c.MakeCall(
                    uri=f"sip:{number}@{self._trunk}",
                    from_user=caller_id,
                    headers={"X-Campaign-Attempt": attempt},
                    timeout=int(ring_timeout),
                    leg=call.customer_leg,
                ),
            )
        finally:
            self._pool.release(worker)
        if not sent.ok:
            self._forget(call)
            raise Unavailable(f"dialling {number} failed: {sent.error}")

    def _campaign_call(self, attempt: str) -> ActiveCall:
        call = self._calls.get(attempt)
        if call is None or call.campaign is None:
            raise NotFound(f"no campaign call {attempt}")
        return call

    async def campaign_play(self, attempt: str, path: Path, hang_up_after: bool) -> None:
        """Play a message to the answered customer (listening for keys); hang up after it
        when `hang_up_after` (a dropped call's message)."""
        call = self._campaign_call(attempt)
        call.hangup_after_prompt = hang_up_after
        await self._command(call.worker, c.Play(leg=call.customer_leg, file=str(path)))

    async def campaign_hangup(self, attempt: str) -> None:
        call = self._campaign_call(attempt)
        await self._command(call.worker, c.Hangup(leg=call.customer_leg))

    async def campaign_to_queue(
        self, attempt: str, queue: str, caller_id: str, path: tuple[str, ...]
    ) -> str:
        """The answered customer becomes a caller of `queue`, offered to its agents as any
        call (screen pop, recording, wrap-up); returns the call's id in the ACD."""
        call = self._campaign_call(attempt)
        record = await self._acd.call_arrived(call.caller_number, caller_id)
        self._forget(call)
        call.call_id, call.campaign, call.hangup_after_prompt = record.id, None, False
        self._track(call, call.customer_leg)
        await self._command(call.worker, c.StopPlayback(leg=call.customer_leg))
        await self._join_queue(call, queue, path)
        return record.id

    async def transfer_out(self, call_id: str, agent_id: str) -> None:
        call = self._calls.get(call_id)
        if call is None or call.agent_leg is None:
            return
        leg = call.agent_leg
        call.agent_leg, call.agent_id, call.agent_answered = None, None, False
        self._by_leg.pop(leg, None)
        if call.recording is not None:
            await self._command(call.worker, c.RecordStop(recording=call.recording))
            call.recording = None
        await self._command(call.worker, c.Hangup(leg=leg))
        await self.hold(call_id, True)

    async def transfer_to_number(self, call_id: str, number: str) -> None:
        """The agent leaves (its leg ends, the caller hears music); the caller's worker calls
        `number` through the trunk with the caller's own number and bridges on answer."""
        call = self._calls.get(call_id)
        if call is None:
            raise Conflict(f"call {call_id} is gone")
        self._require_trunk()  # before the agent's leg is touched
        await self.transfer_out(call_id, call.agent_id or "")
        call.ring_seq += 1
        leg = f"{call_id[:12]}-x{call.ring_seq}"
        call.agent_leg, call.agent_id, call.external = leg, None, True
        self._track(call, leg)
        sent = await self._command(
            call.worker,
            c.MakeCall(
                uri=f"sip:{number}@{self._trunk}",
                from_user=call.caller_number,
                headers={"X-Call-Id": call_id},
                timeout=45,
                leg=leg,
                via=self._edge,  # tracked by the edge: ended for us if the worker dies
            ),
        )
        if not sent.ok:
            self._by_leg.pop(leg, None)
            call.agent_leg, call.hangup_after_prompt = None, True  # tell the caller, end
            await self._command(call.worker, c.Unhold(leg=call.customer_leg))
            await self._command(
                call.worker, c.Play(leg=call.customer_leg, file=str(self._prompt_file("goodbye")))
            )
            raise Unavailable(f"cannot call {number}: {sent.error}")

    async def play(self, call_id: str, path: str) -> None:
        call = self._calls.get(call_id)
        if call is None or call.agent_leg is None:
            raise Conflict(f"call {call_id} has no connected agent")
        for leg in (call.customer_leg, call.agent_leg):
            await self._command(call.worker, c.Play(leg=leg, file=path))

    async def monitor(self, call_id: str, supervisor_id: str, mode: str) -> None:
        """Listen / whisper / barge (监听/耳语/强插): the hosting worker calls the lead's
        softphone (`X-Monitor: <call id>`, auto-answered there) and mixes the leg in;
        asking again with another mode switches without a new call."""
        call = self._calls.get(call_id)
        if call is None or call.agent_leg is None or not call.agent_answered:
            raise Conflict(f"call {call_id} is not connected to an agent")
        leg = call.monitors.get(supervisor_id)
        if leg is not None:
            call.monitor_modes[leg] = mode
            await self._apply_monitor(call, leg)
            return
        call.ring_seq += 1
        leg = f"{call.call_id[:12]}-s{call.ring_seq}"
        call.monitors[supervisor_id] = leg
        call.monitor_modes[leg] = mode
        self._track(call, leg)
        sent = await self._command(
            call.worker,
            c.MakeCall(
                uri=f"sip:{supervisor_id}@{self._edge}",
                timeout=30,
                leg=leg,
                srtp=self._agent_srtp,
                headers={"X-Monitor": call_id, "X-Call-Id": call_id, "X-Monitor-Mode": mode},
            ),
        )
        if not sent.ok:
            self._drop_monitor(call, leg)
            raise Unavailable(f"cannot ring {supervisor_id}'s phone: {sent.error}")

    async def unmonitor(self, call_id: str, supervisor_id: str) -> None:
        call = self._calls.get(call_id)
        leg = call.monitors.get(supervisor_id) if call else None
        if call is None or leg is None:
            raise NotFound(f"{supervisor_id} is not monitoring call {call_id}")
        self._drop_monitor(call, leg)
        await self._command(call.worker, c.Hangup(leg=leg))

    async def _apply_monitor(self, call: ActiveCall, leg: str) -> None:
        if leg in call.answered_monitors and call.agent_leg is not None:
            await self._command(
                call.worker,
                c.Monitor(leg=call.agent_leg, supervisor_leg=leg, mode=call.monitor_modes[leg]),
            )

    def _drop_monitor(self, call: ActiveCall, leg: str) -> None:
        call.monitor_modes.pop(leg, None)
        call.answered_monitors.discard(leg)
        for supervisor, monitor_leg in list(call.monitors.items()):
            if monitor_leg == leg:
                del call.monitors[supervisor]
        self._by_leg.pop(leg, None)

    async def overflow(self, call_id: str, target: str) -> None:
        # No outbound trunk yet: tell the caller, then end the call when the prompt ends.
        call = self._calls.get(call_id)
        if call is None:
            return
        call.hangup_after_prompt = True
        await self._command(call.worker, c.Unhold(leg=call.customer_leg))
        await self._command(
            call.worker, c.Play(leg=call.customer_leg, file=str(self._prompt_file("goodbye")))
        )

    async def hangup(self, call_id: str, cause: str) -> None:
        call = self._calls.get(call_id)
        if call is None:
            return
        await self._drop_consult(call)
        for leg in (call.agent_leg, call.customer_leg):
            if leg is not None:
                await self._command(call.worker, c.Hangup(leg=leg))

    async def hold(self, call_id: str, on_hold: bool) -> None:
        call = self._calls.get(call_id)
        if call is None:
            return
        if on_hold:
            moh = self._music(call.queue)
            await self._command(call.worker, c.Hold(leg=call.customer_leg, music=str(moh)))
        else:
            await self._command(call.worker, c.Unhold(leg=call.customer_leg))

    # --- consult, attended transfer, conference (咨询, 咨询转, 三方/多方) ----------------

    async def consult(
        self,
        call_id: str,
        kind: str,
        target: str,
        headers: dict[str, str],
        timeout: float,
        caller_id: str | None,
    ) -> bool:
        """The worker hosting the caller holds it (music) and calls the consulted party
        (`X-Consult: <call id>`); on answer the party is bridged to the agent only. With a
        conference in progress the others go on hearing each other, and a party that does
        not fit on the caller's worker is called from a second worker (a cascade,
        `telephony/cascade.py`). True when the consult leg is on the second worker."""
        call = self._calls.get(call_id)
        if call is None or call.agent_leg is None or not call.agent_answered:
            raise Conflict(f"call {call_id} is not connected to an agent")
        if call.consult_leg is not None:
            raise Conflict(f"call {call_id} already has a consult")
        if len(call.parties) + 3 > PARTIES_MAX:
            raise Conflict(f"the conference of call {call_id} is full ({PARTIES_MAX} parties)")
        external = kind == "number"
        if external:
            self._require_trunk()
        on_b = False
        worker = call.worker
        if call.mixing:
            on_b = await self._place_party(call)
            if on_b:
                assert call.cascade is not None
                worker = call.cascade.worker
        call.ring_seq += 1
        leg = f"{call_id[:12]}-k{call.ring_seq}"
        call.consult_leg, call.consult_answered, call.consult_external = leg, False, external
        call.consult_party, call.consult_on_b = target, on_b
        self._track(call, leg)
        held = None
        if not call.mixing:
            held = self._send(
                call.worker, c.Hold(leg=call.customer_leg, music=str(self._music(call.queue)))
            )
        if external:
            make = c.MakeCall(
                uri=f"sip:{target}@{self._trunk}",
                from_user=caller_id,
                headers={"X-Call-Id": call_id},
                timeout=timeout,
                leg=leg,
                via=self._edge,  # tracked by the edge: ended for us if the worker dies
            )
        else:
            make = c.MakeCall(
                uri=f"sip:{target}@{self._edge}",
                headers={**headers, "X-Call-Id": call_id, "X-Consult": call_id},
                timeout=timeout,
                leg=leg,
                srtp=self._agent_srtp,
            )
        sent = await self._command(worker, make)
        if held is not None:
            await held
        if sent.ok:
            if call.mixing:
                await self._mix(call)  # the host to the new party, the others together
            return on_b
        self._forget_consult(call)
        if call.mixing:
            await self._mix(call)
            await self._close_cascade_if_empty(call)
        else:
            await self._command(call.worker, c.Unhold(leg=call.customer_leg))
        raise Unavailable(f"cannot call {target}: {sent.error}")

    async def _place_party(self, call: ActiveCall) -> bool:
        """Where a conference's next party goes: the caller's worker while it keeps a
        place for the bridge leg, else the second worker (opened now). True: on B."""
        free_a = call.worker.capacity - len(call.worker.legs)
        cascade = call.cascade
        if cascade is not None:
            if cascade.worker.alive and cascade.worker.capacity - len(cascade.worker.legs) > 0:
                return True
            if free_a > 0:
                return False
        elif free_a >= 2:  # one place stays free for the bridge leg
            return False
        elif free_a == 1:
            await self._open_cascade(call)
            return True
        raise Conflict(
            f"call {call.call_id} has no room for another party on its media worker"
            " (a lead monitoring the call takes a place): drop a party first",
            call_id=call.call_id,
        )

    async def _open_cascade(self, call: ActiveCall) -> None:
        """Call a spare worker B from the caller's worker A (`X-Conference`), B taking the
        INVITE as a conference leg (`accept_peer`), and wait until it is answered."""
        try:
            peer = await self._pool.acquire()
        except PoolExhaustedError as exc:
            raise Unavailable(f"no spare media worker for a larger conference: {exc}") from None
        try:
            accepted = await self._command(
                peer, c.AcceptPeer(conference=call.call_id, source=call.worker.sip_address)
            )
            if not accepted.ok:
                raise Unavailable(f"media worker {peer.worker_id}: {accepted.error}")
            call.ring_seq += 1
            a_leg = f"{call.call_id[:12]}-x{call.ring_seq}"
            call.cascade = Cascade(peer, a_leg)
            self._track(call, a_leg)
            waiter: asyncio.Future[bool] = asyncio.get_running_loop().create_future()
            self._cascade_waiters[call.call_id] = waiter
            sent = await self._command(
                call.worker,
                c.MakeCall(
                    uri=peer.sip_uri,
                    headers={"X-Conference": call.call_id, "X-Call-Id": call.call_id},
                    timeout=10.0,
                    leg=a_leg,
                ),
            )
            if not sent.ok:
                raise Unavailable(f"cannot reach media worker {peer.worker_id}: {sent.error}")
            try:
                up = await asyncio.wait_for(waiter, 10.0)
            except TimeoutError:
                up = False
            if not up:
                raise Unavailable(f"media worker {peer.worker_id} did not take the conference")
        except BaseException:
            self._cascade_waiters.pop(call.call_id, None)
            await self._close_cascade(call)
            raise
        finally:
            self._pool.release(peer)
        log.info(
            "call %s: conference bridged from worker %s to worker %s (leg %s)",
            call.call_id,
            call.worker.worker_id,
            peer.worker_id,
            call.cascade.a_leg if call.cascade else "?",
        )

    async def _peer_arrived(self, handle: WorkerHandle, event: c.CallArrived) -> None:
        """B's end of a conference's bridge leg: answered, never offered to the router."""
        call = self._calls.get(event.headers.get("X-Conference", ""))
        cascade = call.cascade if call is not None else None
        if call is None or cascade is None or cascade.worker is not handle or cascade.b_leg:
            log.warning("unexpected conference leg %s on worker %s", event.leg, handle.worker_id)
            await self._command(handle, c.Hangup(leg=event.leg, status_code=403))
            return
        cascade.b_leg = event.leg
        self._track(call, event.leg)
        await self._command(handle, c.Answer(leg=event.leg))

    def _worker_of(self, call: ActiveCall, leg: str) -> WorkerHandle:
        cascade = call.cascade
        if cascade is not None and (
            leg == cascade.b_leg
            or (leg == call.consult_leg and call.consult_on_b)
            or any(p.leg == leg and p.on_b for p in call.parties)
        ):
            return cast(WorkerHandle, cascade.worker)
        return call.worker

    async def _mix(self, call: ActiveCall) -> None:
        """Bridge and hold the conference's legs as `cascade.wanted` says (differences)."""
        consult = None
        if call.consult_leg is not None:
            consult = Party(
                call.consult_party or "",
                call.consult_leg,
                self._worker_of(call, call.consult_leg),
                call.consult_external,
                call.consult_on_b,
            )
        want = wanted(
            call.customer_leg,
            call.agent_leg if call.agent_answered else None,
            call.parties,
            call.cascade,
            consult,
            call.consult_answered,
        )
        moh = str(self._music(call.queue))
        sends: list[asyncio.Task[commands.Outcome]] = []
        for leg in sorted(call.mix_held - want.held):
            sends.append(self._send(self._worker_of(call, leg), c.Unhold(leg=leg)))
        for leg in sorted(want.held - call.mix_held):
            sends.append(self._send(self._worker_of(call, leg), c.Hold(leg=leg, music=moh)))
        sides: list[tuple[WorkerHandle, set[Pair], set[Pair]]] = [(call.worker, call.mix_a, want.a)]
        if call.cascade is not None:
            sides.append((cast(WorkerHandle, call.cascade.worker), call.mix_b, want.b))
        for worker, have, wanted_pairs in sides:
            for pair in sorted(have - wanted_pairs, key=sorted):
                a, b = sorted(pair)
                sends.append(self._send(worker, c.Unbridge(leg_a=a, leg_b=b)))
            for pair in sorted(wanted_pairs - have, key=sorted):
                a, b = sorted(pair)
                sends.append(self._send(worker, c.Bridge(leg_a=a, leg_b=b)))
        call.mix_a, call.mix_b, call.mix_held = want.a, want.b, want.held
        if not call.parties and call.cascade is None and call.consult_leg is None:
            call.mixing = False  # a plain call again (the caller and the agent)
            call.mix_a, call.mix_b, call.mix_held = set(), set(), set()
        if sends:
            await asyncio.gather(*sends)

    def _unmix(self, call: ActiveCall, leg: str) -> None:
        """Forget a leg that is gone (its worker dropped its bridges and hold)."""
        call.mix_a = {p for p in call.mix_a if leg not in p}
        call.mix_b = {p for p in call.mix_b if leg not in p}
        call.mix_held.discard(leg)
        self._by_leg.pop(leg, None)
        call.legs.discard(leg)

    async def _party_ended(self, call: ActiveCall, party: Party) -> None:
        """A joined party hung up: the others stay."""
        call.parties.remove(party)
        self._unmix(call, party.leg)
        await self._mix(call)
        await self._close_cascade_if_empty(call)
        listener = self._acd.book.consults
        if listener is not None:
            await listener.party_left(call.call_id, party.name, "hung_up")

    async def _close_cascade_if_empty(self, call: ActiveCall) -> None:
        if call.cascade is None or any(p.on_b for p in call.parties) or call.consult_on_b:
            return
        await self._close_cascade(call)
        await self._mix(call)

    async def _close_cascade(self, call: ActiveCall) -> None:
        """Hang up the bridge leg (B's end follows with the BYE)."""
        cascade, call.cascade = call.cascade, None
        if cascade is None:
            return
        for leg in cascade.legs():
            self._unmix(call, leg)
        call.mix_b = set()
        await self._command(call.worker, c.Hangup(leg=cascade.a_leg))
        if cascade.b_leg and cascade.worker.alive:
            await self._command(cascade.worker, c.Hangup(leg=cascade.b_leg))
        log.info(
            "call %s: conference bridge to worker %s closed", call.call_id, cascade.worker.worker_id
        )

    async def _cascade_lost(self, call: ActiveCall, handle: WorkerHandle) -> None:
        """The conference's second worker died: the edge ends its parties' dialogs, the
        caller's worker hangs up its end of the bridge; A's parties stay."""
        if self._release_sip is not None:
            try:
                await self._release_sip(handle.sip_address)
            except Exception as exc:
                log.error(
                    "edge could not end the calls of lost worker %s: %s", handle.worker_id, exc
                )
        await self._cascade_ended(call, "worker_lost")

    async def _cascade_ended(self, call: ActiveCall, cause: str) -> None:
        """The bridge to the second worker is gone: its parties (and a consult there) leave
        the conference, each told to the coordinator; the caller's side goes on."""
        cascade = call.cascade
        if cascade is None:
            return
        waiter = self._cascade_waiters.pop(call.call_id, None)
        if waiter is not None and not waiter.done():
            waiter.set_result(False)
        gone = [p for p in call.parties if p.on_b]
        call.parties = [p for p in call.parties if not p.on_b]
        consult_gone = call.consult_leg if call.consult_on_b else None
        consult_answered = call.consult_answered
        for party in gone:
            self._unmix(call, party.leg)
            if cascade.worker.alive:
                await self._command(cascade.worker, c.Hangup(leg=party.leg))
        if consult_gone is not None:
            self._forget_consult(call)
            if cascade.worker.alive:
                await self._command(cascade.worker, c.Hangup(leg=consult_gone))
        log.warning(
            "call %s: conference bridge to worker %s ended (%s): %d part%s dropped",
            call.call_id,
            cascade.worker.worker_id,
            cause,
            len(gone),
            "y" if len(gone) == 1 else "ies",
        )
        await self._close_cascade(call)
        await self._mix(call)
        listener = self._acd.book.consults
        if listener is None:
            return
        if consult_gone is not None:
            if consult_answered:
                await listener.consult_hung_up(call.call_id)
            else:
                await listener.consult_failed(call.call_id, "error")
        for party in gone:
            await listener.party_left(call.call_id, party.name, cause)

    async def _consult_answered(self, call: ActiveCall) -> None:
        assert call.consult_leg is not None
        call.consult_answered = True
        if call.mixing:
            await self._mix(call)
        elif call.agent_leg is not None:
            await self._command(call.worker, c.Bridge(leg_a=call.agent_leg, leg_b=call.consult_leg))
        listener = self._acd.book.consults
        if listener is not None:
            await listener.consult_answered(call.call_id)

    async def _consult_ended(self, call: ActiveCall, event: c.LegEnded) -> None:
        """The consulted party hung up, or never answered: the caller is back with the
        agent (or, after an attended transfer's other leg is gone, nothing is left)."""
        answered = call.consult_answered
        leg = call.consult_leg
        self._forget_consult(call)
        if call.mixing:
            if leg is not None:
                self._unmix(call, leg)
            await self._mix(call)
            await self._close_cascade_if_empty(call)
        elif call.agent_leg is not None and call.agent_answered:
            await self._command(call.worker, c.Unhold(leg=call.customer_leg))
        listener = self._acd.book.consults
        if listener is None:
            return
        if answered:
            await listener.consult_hung_up(call.call_id)
        else:
            await listener.consult_failed(call.call_id, _outcome(event).value)

    def _conference_stays(self, call: ActiveCall) -> bool:
        """The host of a conference hung up, and the call's queue keeps the others on
        (one of them on the caller's worker takes the call)."""
        return (
            call.consult_leg is None
            and any(not p.on_b for p in call.parties)
            and bool(self._queues.get(call.queue or "", {}).get("conference_stays"))
        )

    def _forget_consult(self, call: ActiveCall) -> None:
        if call.consult_leg is not None:
            self._by_leg.pop(call.consult_leg, None)
            call.legs.discard(call.consult_leg)
        call.consult_leg, call.consult_answered, call.consult_external = None, False, False
        call.consult_party, call.consult_on_b = None, False

    async def _drop_consult(self, call: ActiveCall) -> None:
        """End the consult leg, the conference's parties and its bridge leg without telling
        anyone (the call itself is ending)."""
        leg = call.consult_leg
        if leg is not None:
            worker = self._worker_of(call, leg)
            self._forget_consult(call)
            await self._command(worker, c.Hangup(leg=leg))
        parties, call.parties = call.parties, []
        for party in parties:
            self._unmix(call, party.leg)
            await self._command(party.worker, c.Hangup(leg=party.leg))
        await self._close_cascade(call)
        call.mixing = False
        call.mix_a, call.mix_b, call.mix_held = set(), set(), set()

    def _consulting(self, call_id: str) -> ActiveCall:
        call = self._calls.get(call_id)
        if call is None or call.consult_leg is None or call.agent_leg is None:
            raise Conflict(f"call {call_id} has no consult")
        return call

    async def consult_swap(self, call_id: str, to_customer: bool) -> None:
        call = self._consulting(call_id)
        assert call.consult_leg is not None
        if call.mixing:
            raise Conflict(f"call {call_id} is a conference: consult, join or drop instead")
        moh = str(self._music(call.queue))
        held, back = (
            (call.consult_leg, call.customer_leg)
            if to_customer
            else (call.customer_leg, call.consult_leg)
        )
        await self._command(call.worker, c.Hold(leg=held, music=moh))
        await self._command(call.worker, c.Unhold(leg=back))

    async def consult_cancel(self, call_id: str) -> None:
        call = self._consulting(call_id)
        if not call.mixing:
            await self._drop_consult(call)
            await self._command(call.worker, c.Unhold(leg=call.customer_leg))
            return
        leg = call.consult_leg
        assert leg is not None
        worker = self._worker_of(call, leg)
        self._forget_consult(call)
        self._unmix(call, leg)
        await self._command(worker, c.Hangup(leg=leg))
        await self._mix(call)
        await self._close_cascade_if_empty(call)

    async def consult_complete(self, call_id: str) -> None:
        """Attended transfer: the consulting agent's leg ends, the consult leg becomes the
        call's agent leg, bridged to the caller. The recording of the caller's leg goes on
        (one recording of the whole call)."""
        call = self._consulting(call_id)
        if not call.consult_answered:
            raise Conflict(f"the consulted party of call {call_id} has not answered")
        if call.mixing:
            raise Conflict(
                f"call {call_id} is a conference: join the consulted party or cancel the consult"
            )
        assert call.consult_leg is not None and call.agent_leg is not None
        for leg in list(call.monitors.values()):  # leads monitored the agent who leaves
            await self._command(call.worker, c.Hangup(leg=leg))
            self._drop_monitor(call, leg)
        old = call.agent_leg
        self._by_leg.pop(old, None)
        call.legs.discard(old)
        call.agent_leg, call.agent_answered = call.consult_leg, True
        call.external = call.consult_external
        call.consult_leg, call.consult_answered, call.consult_external = None, False, False
        call.consult_party = None
        await self._command(call.worker, c.Hangup(leg=old))
        await self._command(call.worker, c.Unhold(leg=call.customer_leg))
        await self._command(call.worker, c.Unhold(leg=call.agent_leg))
        await self._command(call.worker, c.Bridge(leg_a=call.customer_leg, leg_b=call.agent_leg))

    async def conference(self, call_id: str) -> None:
        """The consulted party joins: every pair of the caller, the agent and the parties
        on the caller's worker is bridged (the worker's conference bridge mixes each one's
        hearing from the others), and so are the legs on the second worker."""
        call = self._consulting(call_id)
        if not call.consult_answered:
            raise Conflict(f"the consulted party of call {call_id} has not answered")
        assert call.consult_leg is not None and call.agent_leg is not None
        party = Party(
            call.consult_party or "",
            call.consult_leg,
            self._worker_of(call, call.consult_leg),
            call.consult_external,
            call.consult_on_b,
        )
        call.consult_leg, call.consult_answered, call.consult_external = None, False, False
        call.consult_party, call.consult_on_b = None, False
        call.parties.append(party)
        if call.mixing:
            await self._mix(call)
            return
        # The first join (三方): what the classic consult made, then the caller joins.
        call.mixing = True
        call.mix_a = {
            frozenset((call.customer_leg, call.agent_leg)),
            frozenset((call.agent_leg, party.leg)),
            frozenset((call.customer_leg, party.leg)),
        }
        await self._command(call.worker, c.Unhold(leg=call.customer_leg))
        await self._command(call.worker, c.Unhold(leg=party.leg))
        await self._command(call.worker, c.Bridge(leg_a=call.customer_leg, leg_b=party.leg))

    async def conference_drop(self, call_id: str, party_name: str) -> None:
        """Hang up one joined party; the others stay."""
        call = self._calls.get(call_id)
        party = next((p for p in call.parties if p.name == party_name), None) if call else None
        if call is None or party is None:
            raise Conflict(f"{party_name} is not in the conference of call {call_id}")
        call.parties.remove(party)
        self._unmix(call, party.leg)
        await self._command(party.worker, c.Hangup(leg=party.leg))
        await self._mix(call)
        await self._close_cascade_if_empty(call)

    async def conference_leave(self, call_id: str) -> str:
        """The host leaves a conference: the first party on the caller's worker takes the
        call (its leg becomes the agent leg); the others stay. Returns that party."""
        call = self._calls.get(call_id)
        if call is None or call.agent_leg is None:
            raise Conflict(f"call {call_id} is not connected to an agent")
        if call.consult_leg is not None:
            raise Conflict(f"call {call_id} has a consult in progress: join or cancel it first")
        heir = next((p for p in call.parties if not p.on_b), None)
        if heir is None:
            raise Conflict(
                f"no party of call {call_id}'s conference is on the caller's media worker to"
                " take the call: drop the others or end the call"
            )
        for leg in list(call.monitors.values()):  # leads monitored the agent who leaves
            await self._command(call.worker, c.Hangup(leg=leg))
            self._drop_monitor(call, leg)
        old = call.agent_leg
        self._unmix(call, old)
        call.parties.remove(heir)
        call.agent_leg, call.agent_answered = heir.leg, True
        call.external = heir.external
        await self._command(call.worker, c.Hangup(leg=old))
        await self._mix(call)
        return heir.name

    async def takeover(self, call_id: str, supervisor_id: str) -> None:
        """Take over (接管): the lead's answered monitoring leg stops monitoring and becomes
        the agent leg, bridged to the caller; the agent's leg ends (the recording of the
        caller's leg goes on, so it holds the lead too)."""
        call = self._calls.get(call_id)
        leg = call.monitors.get(supervisor_id) if call else None
        if call is None or leg is None or leg not in call.answered_monitors:
            raise Conflict(f"{supervisor_id} is not monitoring call {call_id}: monitor it first")
        if call.consult_leg is not None or call.parties or call.agent_leg is None:
            raise Conflict(f"call {call_id} has a consult in progress: try again when it ends")
        self._drop_monitor(call, leg)
        self._by_leg[leg] = call  # still the call's: now as its agent leg
        call.legs.add(leg)
        for other in list(call.monitors.values()):  # other leads monitored the agent who leaves
            await self._command(call.worker, c.Hangup(leg=other))
            self._drop_monitor(call, other)
        old = call.agent_leg
        self._by_leg.pop(old, None)
        call.legs.discard(old)
        call.agent_leg, call.agent_answered = leg, True
        await self._command(call.worker, c.Unmonitor(supervisor_leg=leg))
        await self._command(call.worker, c.Hangup(leg=old))
        await self._command(call.worker, c.Unhold(leg=call.customer_leg))
        await self._command(call.worker, c.Bridge(leg_a=call.customer_leg, leg_b=leg))

    # --- helpers ---------------------------------------------------------------------

    def _require_trunk(self) -> None:
        if not self._trunk:
            raise Unavailable(
                "no SIP trunk for calls to numbers: start the server with --trunk HOST:PORT",
                missing="trunk",
            )  # desktops word it

    def _track(self, call: ActiveCall, leg: str) -> None:
        self._calls[call.call_id] = call
        self._by_leg[leg] = call
        call.legs.add(leg)

    def _forget(self, call: ActiveCall) -> None:
        self._calls.pop(call.call_id, None)
        for leg in call.legs:
            self._by_leg.pop(leg, None)

    async def _command(self, handle: WorkerHandle, command: c.Command) -> commands.Outcome:
        return await self._send(handle, command)

    def _send(self, handle: WorkerHandle, command: c.Command) -> asyncio.Task[commands.Outcome]:
        """Write `command` now; never raises (the rule in `commands`: a worker that refused
        or is gone gives an Outcome with `error`, and the transition carries on)."""
        return commands.send(handle, command)

    def live_calls(self) -> int:
        return len(self._calls)

    async def adopt(self, taken: Any) -> None:
        """A restart took these calls back (`takeback.TakeBack`): they go on as connected
        calls (bridged, recording); every other leg the re-attached workers still hold is
        hung up. Call before the workers' held events are released."""
        for adopted in taken.adopted:
            row = adopted.row
            call = ActiveCall(
                call_id=adopted.call_id,
                worker=adopted.worker,
                customer_leg=adopted.customer_leg,
                queue=row.get("queue"),
                agent_leg=adopted.agent_leg,
                agent_id=adopted.agent_id,
                agent_answered=True,
                recording=adopted.recording,
                caller_number=row.get("ani"),
                ring_seq=1,
            )
            if adopted.recording is not None:
                self._recording_started[adopted.recording] = float(row["answered_at"])
            self._track(call, adopted.customer_leg)
            self._track(call, adopted.agent_leg)
            log.info(
                "re-attached worker %s with call %s (caller leg %s, agent %s leg %s%s)",
                adopted.worker.worker_id,
                call.call_id,
                adopted.customer_leg,
                call.agent_id,
                adopted.agent_leg,
                f", recording {adopted.recording}" if adopted.recording else "",
            )
        for worker, leg in taken.stray:
            log.info(
                "worker %s: leg %s belongs to no call taken back: hung up", worker.worker_id, leg
            )
            await self._command(worker, c.Hangup(leg=leg, cause=41))


@dataclass(frozen=True)
class _IvrTimeout(c.Event):
    """Internal: the IVR's no-input timer fired (queued like a worker event)."""

    leg: str


@dataclass(frozen=True)
class _LookupDone(c.Event):
    """Internal: a flow's HTTP look-up answered, failed or timed out."""

    leg: str
    answer: Any
    problem: str


@dataclass
class _Callback:
    """A callback a waiting caller left (回电), between attempts."""

    id: int  # callback_requests.id
    queue: str
    number: str
    dnis: str | None
    joined_at: float  # the caller's place in the queue
    priority: int = 0
    attempts: int = 0


@dataclass(frozen=True)
class _CallbackDue(c.Event):
    """Internal: a callback's next attempt is due."""

    callback: _Callback


@dataclass(frozen=True)
class _Announce(c.Event):
    """Internal: time to tell a waiting caller their position and expected wait."""

    leg: str


@dataclass(frozen=True)
class _VoicemailTimeout(c.Event):
    """Internal: a voicemail reached its longest length."""

    leg: str


def worker_label(handle: WorkerHandle) -> str:
    """How the call story names the worker that answered a call."""
    if handle.remote:
        return f"worker {handle.worker_id} on media host {handle.host}"
    return f"worker {handle.worker_id}"


def _outcome(event: c.LegEnded) -> OfferOutcome:
    if event.cause == "no_answer" or event.status_code in _NO_ANSWER:
        return OfferOutcome.NO_ANSWER
    if event.status_code in _BUSY:
        return OfferOutcome.BUSY
    if event.status_code in _REJECTED:
        return OfferOutcome.REJECTED
    return OfferOutcome.ERROR


def _size_of(path: Path) -> int | None:
    """A finished recording's size in bytes, None when it is missing (blocking I/O)."""
    try:
        return path.stat().st_size
    except FileNotFoundError:
        return None


def _unlink(path: Path) -> None:
    """Remove a file if it is there (blocking I/O)."""
    path.unlink(missing_ok=True)
