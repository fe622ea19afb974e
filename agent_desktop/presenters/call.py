"""The call in hand: offer and screen-pop, softphone controls, hold/transfer/dial, customer."""

from __future__ import annotations

import logging
import time
from collections import deque
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal

from agent_desktop.cti import ApiError, CtiError, NotAvailable
from agent_desktop.presenters.monitoring import MonitoredCall
from agent_desktop.presenters.screen_pop import ScreenPop
from agent_desktop.presenters.session import SessionPresenter
from agent_desktop.presenters.tasks import TaskRunner
from agent_desktop.protocol import (
    AgentStateChanged,
    AgentStateView,
    AgentStatus,
    CallAnswered,
    CallEvent,
    CallOffered,
    CallRecord,
    CallUpdated,
    ConsultView,
    Customer,
    CustomerInput,
    LoginResponse,
)
from agent_desktop.protocol import CallEnded as CallEndedEvent
from agent_desktop.protocol.quality import QualitySample
from agent_desktop.softphone import (
    CallEnded,
    CallQualityChanged,
    CallState,
    CallStateChanged,
    IncomingCall,
    Softphone,
    SoftphoneError,
)
from agent_desktop.supervisor.monitor import is_monitor_call, monitor_target

log = logging.getLogger(__name__)

IDLE, RINGING, DIALLING, ON_CALL, WRAP_UP = "idle", "ringing", "dialling", "on_call", "wrap_up"


class CallPresenter(QObject):
    """Follows the server's call events and the softphone's; views render `phase` and `pop`."""

    phase_changed = Signal(str)
    offered = Signal(object)  # ScreenPop
    pop_changed = Signal(object)  # ScreenPop | None (customer created/edited, call cleared)
    call_finished = Signal(str)  # server call id; wrap-up starts
    muted_changed = Signal(bool)
    hold_changed = Signal(bool)
    message = Signal(str)
    monitoring_changed = Signal(str, str)  # monitored call id ("" = leg down), mode
    monitor_requested = Signal(str)  # the lead asks for a mode from the Calls panel ("" = stop)
    session_cleared = Signal()  # signed out: views drop what the last user typed
    transferred = Signal(str)  # the target the call went to
    quality_changed = Signal(object)  # QualitySample of the call in hand, None when none
    consult_changed = Signal(object)  # ConsultView of the call in hand's consult, None when none
    own_leg_changed = Signal()  # my phone's leg of a call I dial (internal, click-to-dial) rings
    taken_over = Signal(str)  # a lead took over the monitored call: it is the lead's call now

    def __init__(
        self,
        session: SessionPresenter,
        softphone: Softphone,
        tasks: TaskRunner,
        clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__()
        self._session = session
        self._softphone = softphone
        self._tasks = tasks
        self._clock = clock
        self.phase = IDLE
        self.pop: ScreenPop | None = None
        self.call_id: str | None = None  # the server's call id
        self.sip_call_id: str | None = None
        self.connected_at: float | None = None
        self.ended_at: float | None = None
        self.on_hold = False
        self.hold_started_at: float | None = None  # the hold timer
        self.monitor_sip_id: str | None = None  # a lead's monitoring leg (X-Monitor)
        self.monitor_target = ""  # the monitored call's server id while the leg is up
        self.monitor_mode = ""  # listen / whisper / barge, as the supervisor tab set it
        # display names of queues outside the login's own (the transfer directory's)
        self.known_queue_names: dict[str, str] = {}
        self.monitored: MonitoredCall | None = None  # who is listened to (supervisor tab)
        self.monitor_connected_at: float | None = None  # the monitoring leg's audio is up
        self.quality: QualitySample | None = None  # the call in hand's last RTCP window
        self.consult: ConsultView | None = None  # my consult / conference (the second line)
        self.consulted_by = ""  # a colleague consults me about its call (not mine yet)
        self.internal_from = ""  # a colleague's internal call to me (no wrap-up after it)
        self._ended_elsewhere: deque[str] = deque(maxlen=20)  # ended calls not in hand
        softphone.subscribe(self._on_softphone_event)
        session.call_offered.connect(self._on_call_offered)
        for signal in (session.call_answered, session.call_updated, session.call_ended):
            signal.connect(self._on_call_event)
        session.agent_state_changed.connect(self._on_agent_state_changed)
        session.resynced.connect(self._on_resynced)
        session.signed_out.connect(lambda _m: self._on_signed_out())

    # -- state ----------------------------------------------------------------------------
    def _set_phase(self, phase: str) -> None:
        if phase != self.phase:
            self.phase = phase
            if phase in (IDLE, WRAP_UP) and self._softphone.muted:
                self._softphone.unmute()  # the next call must not start muted
                self.muted_changed.emit(False)
            self.phase_changed.emit(phase)

    @property
    def muted(self) -> bool:
        """The agent's microphone is muted (the caller hears nothing)."""
        return self._softphone.muted

    def _reset(self) -> None:
        if self.monitored is not None and self.monitor_sip_id is None:
            self.monitored = None  # signed out while monitoring was being set up
        self.pop, self.call_id, self.sip_call_id = None, None, None
        self.connected_at, self.ended_at = None, None
        self.consulted_by = self.internal_from = ""
        self._set_consult(None)
        self._set_on_hold(False, quiet=True)
        self._set_quality(None)
        self.pop_changed.emit(None)
        self._set_phase(IDLE)

    def _on_signed_out(self) -> None:
        """Nothing of this user's calls survives into the next user's session: the
        monitoring leg is dropped, the microphone unmuted, the call card cleared."""
        if self.monitor_sip_id is not None:
            try:
                self._softphone.hangup(self.monitor_sip_id)
            except SoftphoneError as exc:
                log.info("monitoring leg not hung up at sign-out: %s", exc)
        if self.monitor_sip_id or self.monitor_target or self.monitor_mode:
            self.monitor_sip_id, self.monitor_target, self.monitor_mode = None, "", ""
            self.monitoring_changed.emit("", "")
        if self._softphone.muted:
            self._softphone.unmute()
            self.muted_changed.emit(False)
        self._reset()
        self.session_cleared.emit()

    def _set_on_hold(self, on: bool, quiet: bool = False) -> None:
        """Hold on or off; starts and stops the hold timer."""
        if on == self.on_hold:
            return
        self.on_hold = on
        self.hold_started_at = self._clock() if on else None
        if not quiet:
            self.hold_changed.emit(on)

    def hold_seconds(self) -> float:
        """How long the caller has been on hold (0 when not on hold)."""
        if self.hold_started_at is None:
            return 0.0
        return max(0.0, self._clock() - self.hold_started_at)

    def talk_seconds(self) -> float:
        """The call timer: from answer to now, frozen once the call has ended."""
        if self.connected_at is None:
            return 0.0
        return max(0.0, (self.ended_at or self._clock()) - self.connected_at)

    def queue_display(self, name: str) -> str:
        """A queue as people see it ("销售 Sales"), else its name."""
        return self._queue_names().get(name, "") or name

    def _queue_names(self) -> dict[str, str]:
        login = self._session.login
        names = {q.name: q.display_name for q in login.queues} if login else {}
        return {**self.known_queue_names, **names}

    # -- server events -----------------------------------------------------------------------
    def _on_call_offered(self, offer: CallOffered) -> None:
        self.pop = ScreenPop.from_offer(offer, self._queue_names())
        self.call_id = self.pop.call.id
        self.connected_at, self.ended_at = None, None
        self._set_on_hold(False, quiet=True)
        self.consulted_by = offer.consult_by or ""
        self.internal_from = offer.internal_from or ""
        self.offered.emit(self.pop)
        if offer.transferred_by:
            text = self.tr("Transferred to you by %1.").replace("%1", offer.transferred_by)
            if offer.note:
                text += " " + self.tr("Note: %1").replace("%1", offer.note)
            self.message.emit(text)
        self._set_phase(RINGING)
        if self.internal_from:
            self.message.emit(self.tr("Internal call from %1.").replace("%1", self.internal_from))
        if self.consulted_by:
            text = self.tr("%1 consults you about this call.").replace("%1", self.consulted_by)
            if offer.note:
                text += " " + self.tr("Note: %1").replace("%1", offer.note)
            self.message.emit(text)

    def _on_call_event(self, event: CallEvent) -> None:
        """call_answered, call_updated, call_ended: each is the call's record."""
        if event.id != self.call_id:
            if isinstance(event, CallEndedEvent):  # a dial's answer may come after its end
                self._ended_elsewhere.append(event.id)
            self._adopt_taken_over(event)
            return
        record = event.record()
        if self.pop is not None:
            self.pop.call = record
        login = self._session.login
        if self.consulted_by and login and record.agent_id == login.agent.agent_id:
            self.consulted_by = ""  # transferred to me: my call from now on
            self.message.emit(self.tr("The call was transferred to you."))
        if isinstance(event, CallUpdated):
            self._follow_consult(event)
        if isinstance(event, CallAnswered):
            self.connected_at = self.connected_at or record.answered_at or self._clock()
            self._set_phase(ON_CALL)
        elif isinstance(event, CallEndedEvent):
            self._on_server_call_ended(record)

    def _on_agent_state_changed(self, view: AgentStateChanged) -> None:
        login = self._session.login
        if login and view.agent_id == login.agent.agent_id:
            self._follow_agent_state(view)

    def _on_resynced(self, login: LoginResponse) -> None:
        self._follow_agent_state(login.state)

    def _follow_agent_state(self, view: AgentStateView) -> None:
        """The agent's state is the truth about the call in hand. Some endings reach this
        agent only as a state change: an offer that rang out ("Missed a call"), was
        withdrawn or lost to a lead's Force not ready; a blind transfer, after which the
        call lives on without this agent (no call_ended for it)."""
        self._set_on_hold(view.on_hold and view.state is AgentStatus.ON_CALL)
        in_call = view.state in (AgentStatus.RESERVED, AgentStatus.ON_CALL)
        same_call = view.call_id is None or view.call_id == self.call_id
        if self.phase == RINGING and not (in_call and same_call):
            log.info("offer of call %s ended unanswered (agent %s)", self.call_id, view.state.value)
            self._reset()
        elif self.phase in (ON_CALL, DIALLING) and not in_call and self.consulted_by:
            log.info("consult about call %s ended", self.call_id)
            self.message.emit(self.tr("The consult has ended."))
            self._reset()  # not my call: no wrap-up
        elif self.phase in (ON_CALL, DIALLING) and not in_call and self.internal_from:
            log.info("internal call %s ended", self.call_id)
            self.message.emit(self.tr("The internal call has ended."))
            self._reset()  # a colleague's call to me: no wrap-up
        elif self.phase in (ON_CALL, DIALLING) and not in_call and self.call_id:
            if self.pop is not None and view.since < self.pop.call.started_at:
                # A state from before this call began (e.g. the event stream's first
                # state, just after sign-in, overtaken by the answer to my dial): it says
                # nothing about the call I am dialling.
                log.info("state %s from before call %s: kept", view.state.value, self.call_id)
                return
            if self.connected_at is None or (self.pop and self.pop.call.direction == "internal"):
                self._reset()  # an outbound attempt that never connected
                return
            log.info("call %s left by this agent (%s): wrap-up", self.call_id, view.state.value)
            self.ended_at = self._clock()
            self._set_phase(WRAP_UP)
            self.call_finished.emit(self.call_id)

    def _on_server_call_ended(self, record: CallRecord) -> None:
        self.sip_call_id = None
        self._set_quality(None)
        self.ended_at = record.ended_at or self._clock()
        if record.answered_at is None:  # caller gone or offer withdrawn before answer
            self._reset()
            return
        if record.direction == "internal":  # an internal call: no wrap-up on either side
            log.info("internal call %s ended", record.id)
            self.message.emit(self.tr("The internal call has ended."))
            self._reset()
            return
        self._set_phase(WRAP_UP)
        self.call_finished.emit(record.id)

    # -- softphone events -------------------------------------------------------------------
    def _on_softphone_event(self, event: object) -> None:
        if self._on_monitor_event(event):
            return
        if isinstance(event, IncomingCall):
            server_id = event.call.server_call_id
            if self.sip_call_id is None or server_id == self.call_id:
                self.sip_call_id = event.call.call_id
                if self.phase == DIALLING:
                    self.own_leg_changed.emit()  # Answer works on my own leg too
            self._answer_own_ring()
        elif isinstance(event, CallStateChanged):
            if (
                event.call.call_id == self.sip_call_id
                and event.call.state is CallState.CONFIRMED
                and self.phase in (RINGING, DIALLING)
            ):
                self.connected_at = event.call.connected_at or self._clock()
                self._set_phase(ON_CALL)
        elif isinstance(event, CallQualityChanged) and event.call_id == self.sip_call_id:
            self._set_quality(event.sample)
        elif isinstance(event, CallEnded) and event.call.call_id == self.sip_call_id:
            self.sip_call_id = None
            self._set_quality(None)

    def _set_quality(self, sample: QualitySample | None) -> None:
        if sample is None and self.quality is None:
            return
        if (
            sample is not None
            and self.quality is not None
            and sample.rating is not self.quality.rating
        ):
            log.info(
                "call %s quality %s: MOS %.2f, loss %.1f %%, jitter %.0f ms, RTT %.0f ms",
                self.call_id,
                sample.rating.value,
                sample.mos,
                sample.loss_pct,
                sample.jitter_ms,
                sample.rtt_ms,
            )
        self.quality = sample
        self.quality_changed.emit(sample)

    # -- monitoring leg -----------------------------------------------------------------------
    def _on_monitor_event(self, event: object) -> bool:
        """The server's monitoring leg: answered at once, never rung or popped. True when
        `event` belonged to it."""
        if isinstance(event, IncomingCall) and is_monitor_call(event.call):
            try:
                self._softphone.answer(event.call.call_id)
            except SoftphoneError as exc:
                self.message.emit(
                    self.tr("Cannot join the monitored call: %1").replace("%1", str(exc))
                )
                return True
            self.monitor_sip_id = event.call.call_id
            self.monitor_target = monitor_target(event.call)
            self.monitor_connected_at = None
            self.monitoring_changed.emit(self.monitor_target, self.monitor_mode)
            return True
        if self.monitor_sip_id is None:
            return False
        if isinstance(event, CallEnded) and event.call.call_id == self.monitor_sip_id:
            self.monitor_sip_id, self.monitor_target = None, ""
            self.monitor_connected_at = None
            self.monitored = None
            self.monitoring_changed.emit("", "")
            return True
        if (
            isinstance(event, CallStateChanged)
            and event.call.call_id == self.monitor_sip_id
            and event.call.state is CallState.CONFIRMED
        ):
            self.monitor_connected_at = event.call.connected_at or self._clock()
            self.monitoring_changed.emit(self.monitor_target, self.monitor_mode)
            return True
        call_id = getattr(getattr(event, "call", None), "call_id", None)
        return (call_id or getattr(event, "call_id", None)) == self.monitor_sip_id

    def set_monitor_mode(self, call_id: str, mode: str) -> None:
        """The supervisor tab started, switched or stopped monitoring `call_id`."""
        self.monitor_mode = mode
        if self.monitored is not None and (not mode or self.monitored.call_id != call_id):
            self.monitored = None
        self.monitoring_changed.emit(self.monitor_target, mode)

    def set_monitored(self, call: MonitoredCall | None) -> None:
        """Who the lead listens to (from the supervisor tab); None when monitoring stops."""
        self.monitored = call
        self.set_monitor_mode(call.call_id if call else "", call.mode if call else "")

    def request_monitor(self, mode: str) -> None:
        """Switch mode ("listen", "whisper", "barge") or stop ("") from the Calls panel."""
        self.monitor_requested.emit(mode)

    def monitor_seconds(self) -> float:
        """How long the monitoring leg's audio has been connected (0 before)."""
        if self.monitor_connected_at is None:
            return 0.0
        return max(0.0, self._clock() - self.monitor_connected_at)

    # -- take over (接管): the monitored call becomes mine ----------------------------------------
    def _adopt_taken_over(self, event: CallEvent) -> None:
        """The server made me the agent of the call I monitor (`POST .../takeover`): my
        monitoring leg is its agent leg now, so it is my call in hand (no ring, no answer)."""
        login = self._session.login
        if (
            isinstance(event, CallEndedEvent)
            or self.monitor_sip_id is None
            or event.id != self.monitor_target
            or login is None
            or event.record().agent_id != login.agent.agent_id
            or self.phase not in (IDLE, WRAP_UP)
        ):
            return
        record = event.record()
        log.info("call %s taken over by this lead", record.id)
        self.sip_call_id = self.monitor_sip_id
        self.monitor_sip_id, self.monitor_target, self.monitor_mode = None, "", ""
        self.monitor_connected_at, self.monitored = None, None
        self.monitoring_changed.emit("", "")
        self.pop = ScreenPop.for_outbound(record, record.ani or "")
        self.pop.queue = record.queue or ""
        self.pop.queue_display = self.queue_display(self.pop.queue)
        self.pop.wait_seconds = record.wait_seconds or 0.0
        self.call_id = record.id
        self.connected_at, self.ended_at = self._clock(), None
        self._set_on_hold(False, quiet=True)
        self.consulted_by = self.internal_from = ""
        self.offered.emit(self.pop)
        self._set_phase(ON_CALL)
        self.taken_over.emit(record.id)
        self.message.emit(self.tr("You took over the call: the agent has left it."))
        if record.ani:
            self._tasks.spawn(self._load_customer(record.ani), "customer")

    # -- internal calls (内线) and pickup (代答) -------------------------------------------------
    def call_internal(self, agent_id: str) -> None:
        """Call a colleague by agent ID: my phone rings first (answer it), then theirs."""
        agent_id = agent_id.strip()
        if not agent_id:
            return
        if self.phase not in (IDLE, WRAP_UP):
            self.message.emit(self.tr("Finish the current call before calling a colleague."))
            return
        self._tasks.spawn(self._call_internal(agent_id), "internal call")

    async def _call_internal(self, agent_id: str) -> None:
        client = self._session.client
        if client is None:
            return
        try:
            record = await client.internal_call(agent_id)
        except NotAvailable:
            self.message.emit(self.tr("Internal calls are not available on this server yet."))
            return
        except CtiError as exc:
            self.message.emit(
                self.tr("Calling %1 failed: %2").replace("%1", agent_id).replace("%2", _text(exc))
            )
            return
        self.pop = ScreenPop.for_outbound(record, "")
        self.call_id, self.connected_at, self.ended_at = record.id, None, None
        self._set_on_hold(False, quiet=True)
        self._set_phase(DIALLING)
        self.offered.emit(self.pop)
        self.message.emit(
            self.tr("Calling %1: answer your phone (F5), then it rings your colleague.").replace(
                "%1", agent_id
            )
        )

    def pick_up(self, call_id: str, colleague: str = "") -> None:
        """Take a colleague's ringing call (its ring moves to my phone, with the pop)."""
        if not call_id:
            return
        if self.phase not in (IDLE, WRAP_UP):
            self.message.emit(self.tr("Finish the current call before picking up another."))
            return
        self._tasks.spawn(self._pick_up(call_id, colleague), "pickup")

    async def _pick_up(self, call_id: str, colleague: str) -> None:
        client = self._session.client
        if client is None:
            return
        try:
            await client.pickup(call_id)
        except NotAvailable:
            self.message.emit(self.tr("Pickup is not available on this server yet."))
            return
        except ApiError as exc:
            if exc.status == 403:  # not my team or queue, or my role may not pick up
                self.message.emit(
                    self.tr("You may not pick up this call: %1").replace("%1", _text(exc))
                )
            else:
                self.message.emit(self.tr("Pickup failed: %1").replace("%1", _text(exc)))
            return
        except CtiError as exc:
            self.message.emit(self.tr("Pickup failed: %1").replace("%1", _text(exc)))
            return
        if colleague:
            self.message.emit(
                self.tr("You picked up the call ringing %1: answer it (F5).").replace(
                    "%1", colleague
                )
            )

    # -- softphone controls --------------------------------------------------------------------
    def answer(self) -> None:
        if self.sip_call_id is None:
            self.message.emit(self.tr("The call has not reached your phone yet."))
            return
        try:
            self._softphone.answer(self.sip_call_id)
        except SoftphoneError as exc:
            self.message.emit(self.tr("Cannot answer: %1").replace("%1", str(exc)))

    def hang_up(self) -> None:
        if self.sip_call_id is None and self.monitor_sip_id is not None:
            return  # no customer call: F6 must not drop the monitoring leg
        if self.sip_call_id is None and self.phase == DIALLING and self.call_id:
            # my phone has not rung yet: the server ends the call (or says it is gone)
            self._tasks.spawn(self._hang_up_at_server(self.call_id), "hang-up-dial")
            return
        try:
            self._softphone.hangup(self.sip_call_id)
        except SoftphoneError as exc:
            self.message.emit(self.tr("Cannot hang up: %1").replace("%1", str(exc)))

    async def _hang_up_at_server(self, call_id: str) -> None:
        client = self._session.client
        if client is None:
            return
        try:
            await client.request("POST", f"/calls/{call_id}/hangup")
        except ApiError as exc:
            if exc.status != 404:
                self.message.emit(self.tr("Cannot hang up: %1").replace("%1", _text(exc)))
                return
            log.info("dialled call %s was gone already: card closed", call_id)
            if self.call_id == call_id and self.phase == DIALLING:
                self._reset()
        except CtiError as exc:
            self.message.emit(self.tr("Cannot hang up: %1").replace("%1", _text(exc)))

    def toggle_mute(self) -> None:
        if self._softphone.muted:
            self._softphone.unmute()
        else:
            self._softphone.mute()
        self.muted_changed.emit(self._softphone.muted)

    def send_dtmf(self, digits: str) -> None:
        try:
            self._softphone.send_dtmf(digits, self.sip_call_id)
        except SoftphoneError as exc:
            self.message.emit(self.tr("Cannot send tones: %1").replace("%1", str(exc)))

    # -- consult, attended transfer, conference (the second line) ----------------------------
    def _set_consult(self, consult: ConsultView | None) -> None:
        if consult != self.consult:
            self.consult = consult
            self.consult_changed.emit(consult)

    def _follow_consult(self, event: CallUpdated) -> None:
        """A consult's progress comes in call_updated: `consult` while it lasts, then
        `consult_ended` with why (other call_updated, e.g. quality, carry neither)."""
        if event.consult is not None:
            self._set_consult(event.consult)
        elif event.consult_ended is not None and self.consult is not None:
            party = self.consult.party
            self._set_consult(None)
            reasons = {
                "busy": self.tr("%1 is busy: you are back with the caller."),
                "rejected": self.tr("%1 declined the consult: you are back with the caller."),
                "no_answer": self.tr("%1 did not answer: you are back with the caller."),
                "hung_up": self.tr("%1 hung up: you are back with the caller."),
                "error": self.tr("%1 could not be reached: you are back with the caller."),
            }
            text = reasons.get(event.consult_ended)
            if text:
                self.message.emit(text.replace("%1", party))

    @property
    def consult_talking(self) -> bool:
        """The agent hears the consulted party (talking, or all three in a conference)."""
        return self.consult is not None and self.consult.state in ("talking", "conference")

    def start_consult(self, kind: str, target: str, note: str = "") -> None:
        target = target.strip()
        if self.call_id is None or self.phase != ON_CALL or not target:
            return
        if not self.can_consult_more:
            return
        self._tasks.spawn(self._start_consult(self.call_id, kind, target, note), "consult")

    async def _start_consult(self, call_id: str, kind: str, target: str, note: str) -> None:
        client = self._session.client
        if client is None:
            return
        try:
            consult = await client.consult(call_id, kind, target, note)
        except NotAvailable:
            self.message.emit(self.tr("Consulting is not available on this server yet."))
            return
        except CtiError as exc:
            self.message.emit(self.tr("Consult failed: %1").replace("%1", _text(exc)))
            return
        if self.call_id == call_id:
            self._set_consult(consult)

    @property
    def can_consult_more(self) -> bool:
        """Consult once more: no consult yet, or a conference with room and no consult in
        progress (up to 6 parties: the caller, me and four more)."""
        consult = self.consult
        if consult is None:
            return True
        joined = [p for p in consult.parties if p.state == "conference"]
        return bool(joined) and len(joined) == len(consult.parties) and len(joined) < 4

    @property
    def conference_parties(self) -> int:
        """How many parties joined my conference (0: none, or a plain consult)."""
        if self.consult is None:
            return 0
        return sum(1 for p in self.consult.parties if p.state == "conference")

    def drop_party(self, party: str) -> None:
        """Drop one party of my conference; the others stay."""
        if self.call_id is None or self.consult is None:
            return
        self._tasks.spawn(self._drop_party(self.call_id, party), "drop party")

    async def _drop_party(self, call_id: str, party: str) -> None:
        client = self._session.client
        if client is None:
            return
        try:
            await client.conference_drop(call_id, party)
        except CtiError as exc:
            self.message.emit(self.tr("Drop failed: %1").replace("%1", _text(exc)))
            return
        self.message.emit(self.tr("%1 left the conference.").replace("%1", party))

    def complete_consult(self) -> None:
        """Attended transfer: the caller goes to the consulted party."""
        self._consult_step("complete")

    def cancel_consult(self) -> None:
        """Back to the caller (the consult leg ends; in a conference: drop the party)."""
        self._consult_step("cancel")

    def swap_consult(self) -> None:
        self._consult_step("swap")

    def join_conference(self) -> None:
        self._consult_step("conference")

    def _consult_step(self, step: str) -> None:
        if self.call_id is None or self.consult is None:
            return
        self._tasks.spawn(self._step(self.call_id, step), f"consult {step}")

    async def _step(self, call_id: str, step: str) -> None:
        client = self._session.client
        if client is None:
            return
        party = self.consult.party if self.consult else ""
        try:
            consult = await client.consult_step(call_id, step)
        except CtiError as exc:
            self.message.emit(self.tr("Consult failed: %1").replace("%1", _text(exc)))
            return
        if self.call_id != call_id:
            return
        others = self.consult is not None and any(
            p.state == "conference" and p.party != party for p in self.consult.parties
        )
        if consult is not None or not others:  # a conference goes on: its call_updated says
            self._set_consult(consult)
        if step == "complete":
            self.message.emit(self.tr("Transferred to %1.").replace("%1", party))
        elif step == "cancel":
            self.message.emit(self.tr("Back with the caller."))

    # -- server call control ------------------------------------------------------------------
    def toggle_hold(self) -> None:
        if self.call_id is None or self.phase != ON_CALL:
            return
        self._tasks.spawn(self._hold(not self.on_hold), "hold")

    async def _hold(self, on: bool) -> None:
        client = self._session.client
        if client is None or self.call_id is None:
            return
        try:
            await client.hold(self.call_id, on)
        except NotAvailable:
            self.message.emit(self.tr("Hold is not available on this server yet."))
            return
        except CtiError as exc:
            self.message.emit(self.tr("Hold failed: %1").replace("%1", _text(exc)))
            return
        self._set_on_hold(on)

    def transfer(self, kind: str, target: str, note: str = "") -> None:
        target = target.strip()
        if self.call_id is None or not target:
            return
        self._tasks.spawn(self._transfer(self.call_id, kind, target, note.strip()), "transfer")

    async def _transfer(self, call_id: str, kind: str, target: str, note: str = "") -> None:
        client = self._session.client
        if client is None:
            return
        try:
            await client.transfer(call_id, kind, target, note)
        except NotAvailable:
            self.message.emit(self.tr("Transfer is not available on this server yet."))
            return
        except CtiError as exc:
            self.message.emit(self.tr("Transfer failed: %1").replace("%1", _text(exc)))
            return
        self.transferred.emit(target)
        # a queue by its display name ("销售 Sales"), as the picker and Live queues show it
        shown = self._queue_names().get(target, "") or target if kind == "queue" else target
        self.message.emit(self.tr("Transferred to %1.").replace("%1", shown))

    def dial(self, number: str) -> None:
        number = "".join(number.split())
        if not number:
            return
        if self.phase not in (IDLE, WRAP_UP):
            self.message.emit(self.tr("Finish the current call before dialling."))
            return
        self._tasks.spawn(self.dial_async(number), "dial")

    async def dial_async(self, number: str) -> bool:
        client = self._session.client
        if client is None:
            return False
        try:
            record = await client.dial(number)
        except NotAvailable:
            self.message.emit(self.tr("Click-to-dial is not available on this server yet."))
            return False
        except CtiError as exc:
            self.message.emit(
                self.tr("Dialling %1 failed: %2").replace("%1", number).replace("%2", _text(exc))
            )
            return False
        if self._show_outbound(record, number):
            await self._load_customer(number)
        return True

    def adopt_outbound(self, record: CallRecord, number: str) -> None:
        """A call the server placed for me with my phone first (a campaign's dial): shown
        and handled as my own click-to-dial. At once, not in a task: the call's next event
        (its end, if the dial failed) may be the very next one on the stream."""
        if self.phase not in (IDLE, WRAP_UP):
            log.info("outbound call %s not adopted: phase %s", record.id, self.phase)
            return
        if self._show_outbound(record, number):
            self._tasks.spawn(self._load_customer(number), "outbound-customer")

    def _show_outbound(self, record: CallRecord, number: str) -> bool:
        """Make `record` the call in hand, dialling; False if it has ended already."""
        if record.id in self._ended_elsewhere:
            log.info("outbound call %s ended before it was shown", record.id)
            return False
        self.pop = ScreenPop.for_outbound(record, number)
        self.call_id, self.connected_at = record.id, None
        self._set_on_hold(False, quiet=True)
        self.ended_at = None
        self._set_phase(DIALLING)
        self.offered.emit(self.pop)
        self._answer_own_ring()  # the ring may have come before the server's answer
        return True

    def _answer_own_ring(self) -> None:
        """My own phone rung first for the call I dialled: the click was the answer."""
        if self.phase != DIALLING or not self.call_id:
            return
        for call in self._softphone.calls():
            if call.server_call_id == self.call_id and call.state is CallState.INCOMING:
                self.sip_call_id = call.call_id
                try:
                    self._softphone.answer(call.call_id)
                except SoftphoneError as exc:
                    self.message.emit(self.tr("Cannot answer: %1").replace("%1", str(exc)))
                return

    async def _load_customer(self, number: str) -> None:
        client = self._session.client
        if client is None or self.pop is None:
            return
        try:
            customer = await client.match_customer(number)
            history = await client.customer_history(customer.id) if customer else []
        except CtiError as exc:
            log.info("customer lookup failed: %s", exc)
            return
        self.pop.customer, self.pop.history = customer, history
        self.pop_changed.emit(self.pop)

    def refresh_history(self, record: CallRecord) -> None:
        """A disposition was saved: show that call in the customer's history on the pop."""
        pop = self.pop
        if pop is None or record.customer_id is None:
            return
        if record.id != pop.call.id and (
            pop.customer is None or pop.customer.id != record.customer_id
        ):
            return
        self._tasks.spawn(self._refresh_history(pop, record.customer_id), "history")

    async def _refresh_history(self, pop: ScreenPop, customer_id: int) -> None:
        client = self._session.client
        if client is None:
            return
        try:
            customer = pop.customer or await client.get_customer(customer_id)
            history = await client.customer_history(customer_id)
        except CtiError as exc:
            log.info("customer history not refreshed: %s", exc)
            return
        if self.pop is pop:
            pop.customer, pop.history = customer, history
            self.pop_changed.emit(pop)

    # -- customer record ---------------------------------------------------------------------
    def save_customer(self, data: CustomerInput, customer_id: int | None) -> None:
        self._tasks.spawn(self.save_customer_async(data, customer_id), "customer")

    async def save_customer_async(
        self, data: CustomerInput, customer_id: int | None
    ) -> Customer | None:
        client = self._session.client
        if client is None:
            return None
        try:
            if customer_id is None:
                customer = await client.create_customer(data)
            else:
                customer = await client.update_customer(customer_id, data)
        except CtiError as exc:
            self.message.emit(self.tr("Customer not saved: %1").replace("%1", _text(exc)))
            return None
        if self.pop is not None:
            self.pop.customer = customer
            self.pop_changed.emit(self.pop)
        self.message.emit(self.tr("Customer saved."))
        return customer


def _text(exc: CtiError) -> str:
    """The server's message, or this desktop's own words where the server's are meant for
    the administrator (they would be English in a Chinese window)."""
    if isinstance(exc, ApiError) and any(d.get("missing") in ("trunk", "sip") for d in exc.details):
        return QCoreApplication.translate(
            "CallPresenter",
            "this server has no line for outside numbers yet; ask your administrator",
        )
    return getattr(exc, "message", "") or str(exc)
