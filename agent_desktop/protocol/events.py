"""Events pushed from the coordinator over the WebSocket stream, named in the past tense.

Every frame is `{"seq", "type", "ts", "data"}` (`Event`); `data` is one payload model
below, one per `EventType`, built once by the server's notifiers (`frame()`) and parsed
once by the desktop's session presenter (`parse_event()`). Payloads reuse the response
models (a call event *is* a `CallRecord`) and ignore unknown fields, so a newer server's
additions do not break an older desktop.

Every event carries a sequence number that grows by one per connection-independent
stream, so a client that sees a gap (or reconnects) knows to re-fetch state.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any, ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field

from agent_desktop.protocol.flows import Voicemail
from agent_desktop.protocol.models import (
    AgentStateView,
    CallRecord,
    ConsultView,
    Customer,
    QueueStats,
)
from agent_desktop.protocol.tickets import Ticket

__all__ = [
    "EVENT_TYPES",
    "PAYLOADS",
    "AgentSignedOut",
    "AgentStateChanged",
    "AnnouncementPosted",
    "CallAnswered",
    "CallEnded",
    "CallEvent",
    "CallEventData",
    "CallMonitored",
    "CallOffered",
    "CallUpdated",
    "CampaignUpdated",
    "ConfigurationChanged",
    "ConfigurationKind",
    "DispositionSaved",
    "Event",
    "EventData",
    "EventPayload",
    "EventType",
    "Hello",
    "QaEvaluationChanged",
    "QueueStatsUpdated",
    "SystemHealthChanged",
    "TicketAssigned",
    "TicketChanged",
    "UnknownEvent",
    "VoicemailChanged",
    "frame",
    "parse_event",
    "payload_data",
]


class EventType(StrEnum):
    """Names of the events a client can receive."""

    HELLO = "hello"  # first frame on a new connection: protocol version and current seq
    AGENT_STATE_CHANGED = "agent_state_changed"
    AGENT_SIGNED_OUT = "agent_signed_out"
    CALL_OFFERED = "call_offered"
    CALL_ANSWERED = "call_answered"
    CALL_ENDED = "call_ended"
    CALL_UPDATED = "call_updated"
    CALL_MONITORED = "call_monitored"  # to the agent, when leads' monitoring is announced
    QUEUE_STATS_UPDATED = "queue_stats_updated"
    ANNOUNCEMENT_POSTED = "announcement_posted"
    SYSTEM_HEALTH_CHANGED = "system_health_changed"  # to leads and admins
    CONFIGURATION_CHANGED = "configuration_changed"  # an admin changed the centre
    QA_EVALUATION_CHANGED = "qa_evaluation_changed"  # QA: an evaluation of a call changed
    TICKET_ASSIGNED = "ticket_assigned"  # tickets: to the agent (or team) it was handed to
    TICKET_CHANGED = "ticket_changed"  # tickets: created or changed in any way
    DISPOSITION_SAVED = "disposition_saved"  # a call's wrap-up result (业务小结) was saved
    # outbound: a campaign's state or figures changed (the contract's `campaign.updated`;
    # named as every event here: a session signal carries each type's name)
    CAMPAIGN_UPDATED = "campaign_updated"
    # voicemail: a caller left a message (`change = "new"`) or one was handled / reopened
    VOICEMAIL_CHANGED = "voicemail_changed"


EVENT_TYPES: frozenset[str] = frozenset(e.value for e in EventType)


class Event(BaseModel):
    """One event frame: `{"seq": 17, "type": "call_offered", "ts": 1700000000.0, "data": {...}}`.

    `data` stays a plain object on the wire; `parse_event()` turns it into its payload."""

    model_config = ConfigDict(extra="ignore")

    seq: int = Field(ge=0)
    type: str
    ts: float
    data: dict[str, Any] = Field(default_factory=dict)


class EventData(BaseModel):
    """Base of every payload: `TYPE` names its event; unknown fields are ignored."""

    model_config = ConfigDict(extra="ignore")
    TYPE: ClassVar[EventType]

    def subject(self) -> tuple[str | None, str | None]:
        """The agent and the queue this event is about (None: not about one), by which the
        server narrows role-wide events to a team lead's own agents and queues."""
        agent, queue = getattr(self, "agent_id", None), getattr(self, "queue", None)
        return (
            agent if isinstance(agent, str) else None,
            queue if isinstance(queue, str) else None,
        )


class Hello(EventData):
    """First frame on a connection: `resync` when missed events could not be replayed."""

    TYPE: ClassVar[EventType] = EventType.HELLO
    protocol_version: int
    agent_id: str
    resync: bool = False


class AgentStateChanged(AgentStateView, EventData):
    """An agent's new state (to the agent, leads and admins): the state view."""

    TYPE: ClassVar[EventType] = EventType.AGENT_STATE_CHANGED


class AgentSignedOut(EventData):
    """A lead signed the agent out (`by`: the lead); the stream closes after it."""

    TYPE: ClassVar[EventType] = EventType.AGENT_SIGNED_OUT
    agent_id: str
    by: str = ""


class CallOffered(EventData):
    """The screen-pop, to the offered agent while the phone rings."""

    TYPE: ClassVar[EventType] = EventType.CALL_OFFERED
    call: CallRecord
    queue: str = ""
    ring_timeout: float = 0.0
    wait_seconds: float = 0.0
    ivr_path: list[str] = Field(default_factory=list)  # the caller's menu choices
    customer: Customer | None = None
    history: list[CallRecord] = Field(default_factory=list)  # the caller's earlier calls
    # URL pop: the CRM page to open (its queue's or number's template, filled in) and
    # when: "ring" (now) or "answer"; absent when neither has one.
    pop_url: str | None = None
    pop_on: str = "ring"
    consult_by: str | None = None  # a colleague consults me about this call (咨询)
    note: str = ""  # the consulting agent's note ("refund case")
    internal_from: str | None = None  # an internal call (内线) from this colleague
    # a blind transfer's first agent (its `note` above): "transferred by 1002: refund case"
    transferred_by: str | None = None

    def subject(self) -> tuple[str | None, str | None]:
        return self.call.agent_id, self.queue or self.call.queue


class CallEventData(CallRecord, EventData):
    """Base of the events whose payload is the call's record."""

    def record(self) -> CallRecord:
        """The plain call record (without the event's own fields)."""
        return CallRecord.model_validate(self.model_dump(include=set(CallRecord.model_fields)))


class CallAnswered(CallEventData):
    """The call's agent (or the customer of an outbound call) answered: the call record."""

    TYPE: ClassVar[EventType] = EventType.CALL_ANSWERED


class CallUpdated(CallEventData):
    """A live call changed (queued, ringing, held, transferred): the record and how."""

    TYPE: ClassVar[EventType] = EventType.CALL_UPDATED
    on_hold: bool = False
    transferred_by: str | None = None  # the agent who transferred it away
    transferred_to: str | None = None  # the outside number it went to
    consult: ConsultView | None = None  # a consult or conference in progress
    # Why the last consult ended: answered parties `hung_up`, `cancelled`, `dropped`,
    # `transferred`; unanswered `busy`, `rejected`, `no_answer`, `error`.
    consult_ended: str | None = None


class CallEnded(CallEventData):
    """The call ended: the record with `end_cause`."""

    TYPE: ClassVar[EventType] = EventType.CALL_ENDED


class DispositionSaved(CallEventData):
    """A call's disposition and note were saved (wrap-up): the record and who saved it; to
    leads and admins (and webhooks)."""

    TYPE: ClassVar[EventType] = EventType.DISPOSITION_SAVED
    saved_by: str = ""


CallEvent = CallAnswered | CallUpdated | CallEnded


class CallMonitored(EventData):
    """To the call's agent when monitoring is announced: `mode` None when the lead left."""

    TYPE: ClassVar[EventType] = EventType.CALL_MONITORED
    call_id: str
    by: str
    mode: Literal["listen", "whisper", "barge"] | None = None


class QueueStatsUpdated(QueueStats, EventData):
    """A queue's live figures changed (to leads and admins)."""

    TYPE: ClassVar[EventType] = EventType.QUEUE_STATS_UPDATED


class AnnouncementPosted(EventData):
    """A lead's or admin's announcement for the agents' banner (公告, docs/announcements.md),
    to the agents of its teams (all agents when `teams` is empty) and the poster."""

    TYPE: ClassVar[EventType] = EventType.ANNOUNCEMENT_POSTED
    text: str
    by: str = ""
    queue: str | None = None  # reserved (never set by this server)
    id: int = 0
    teams: list[str] = Field(default_factory=list)
    created_at: float = 0.0
    expires_at: float | None = None


class SystemHealthChanged(EventData):
    """A /health check changed (to leads and admins): as `GET /health` reports them."""

    TYPE: ClassVar[EventType] = EventType.SYSTEM_HEALTH_CHANGED
    status: Literal["ok", "degraded"]
    checks: dict[str, str] = Field(default_factory=dict)

    def alarms(self) -> dict[str, str]:
        """Checks that are not ok: name → why."""
        return {name: value for name, value in self.checks.items() if value != "ok"}


ConfigurationKind = Literal[
    "agent", "team", "role", "queue", "did", "reason_code", "disposition", "prompt"
]


class ConfigurationChanged(EventData):
    """An admin changed the centre: re-fetch what shows it (e.g. `GET /agents/me`).

    `id` is the changed item's key (an agent ID, a queue's name, a number, a code)."""

    TYPE: ClassVar[EventType] = EventType.CONFIGURATION_CHANGED
    kind: str  # a ConfigurationKind; any string, so new kinds reach older desktops
    id: str
    agent_id: str | None = None  # the agent it concerns, if one
    queue: str | None = None  # the queue it concerns, if one

    def subject(self) -> tuple[str | None, str | None]:
        return (
            self.agent_id or (self.id if self.kind == "agent" else None),
            self.queue or (self.id if self.kind == "queue" else None),
        )

    def concerns(self, agent_id: str) -> bool:
        """Whether it alters `agent_id`'s session: that agent itself (skills, role, team),
        or what every sign-in lists (queues, numbers, codes, dispositions)."""
        return self.agent_id == agent_id or self.kind not in ("agent", "team", "role")


class QaEvaluationChanged(EventData):
    """QA (docs/qa.md): an evaluation of the agent's call was submitted, acknowledged,
    disputed, resolved or amended; to that agent and the evaluator."""

    TYPE: ClassVar[EventType] = EventType.QA_EVALUATION_CHANGED
    id: int
    call_id: str
    agent_id: str
    status: str
    score: float


class TicketAssigned(EventData):
    """Tickets (docs/tickets.md): a ticket was handed to this agent or to its team."""

    TYPE: ClassVar[EventType] = EventType.TICKET_ASSIGNED
    ticket: Ticket
    by: str

    def subject(self) -> tuple[str | None, str | None]:
        return self.ticket.assignee or self.ticket.created_by, None


class TicketChanged(EventData):
    """Tickets: a ticket was created or changed (`change`: created, updated, assigned,
    status, reopened, commented, call_linked); the ticket as it is now. To the opener, the
    assignee and the leads and admins who see them."""

    TYPE: ClassVar[EventType] = EventType.TICKET_CHANGED
    ticket: Ticket
    change: str
    by: str

    def subject(self) -> tuple[str | None, str | None]:
        return self.ticket.assignee or self.ticket.created_by, None


class CampaignUpdated(EventData):
    """Outbound campaigns: a campaign's state or live figures changed (contacts left,
    dialled, answered, dropped, drop_rate, answer_rate, dial_rate_per_min, agents). To
    leads and admins, for the campaign monitor."""

    TYPE: ClassVar[EventType] = EventType.CAMPAIGN_UPDATED
    id: int
    name: str = ""
    mode: str = ""
    state: str
    dialling: bool = False
    reason: str | None = None
    figures: dict[str, float] = Field(default_factory=dict)


class VoicemailChanged(EventData):
    """Voicemail (docs/flows.md): a message arrived (`change = "new"`), was marked handled
    (`"handled"`) or new again (`"reopened"`), or was called back (`"called_back"`). To the
    box's agent (an agent's box) or the queue's members (a queue's box), and the leads who
    see that agent or queue, and admins."""

    TYPE: ClassVar[EventType] = EventType.VOICEMAIL_CHANGED
    voicemail: Voicemail
    change: str
    by: str | None = None

    def subject(self) -> tuple[str | None, str | None]:
        box = self.voicemail.box
        return (box, None) if self.voicemail.box_kind == "agent" else (None, box)


EventPayload = (
    Hello
    | AgentStateChanged
    | AgentSignedOut
    | CallOffered
    | CallAnswered
    | CallUpdated
    | CallEnded
    | CallMonitored
    | QueueStatsUpdated
    | AnnouncementPosted
    | SystemHealthChanged
    | ConfigurationChanged
    | QaEvaluationChanged
    | TicketAssigned
    | TicketChanged
    | DispositionSaved
    | CampaignUpdated
    | VoicemailChanged
)
"""Every payload; `parse_event()` returns one of these."""

PAYLOADS: dict[EventType, type[EventData]] = {
    model.TYPE: model
    for model in (
        Hello,
        AgentStateChanged,
        AgentSignedOut,
        CallOffered,
        CallAnswered,
        CallUpdated,
        CallEnded,
        CallMonitored,
        QueueStatsUpdated,
        AnnouncementPosted,
        SystemHealthChanged,
        ConfigurationChanged,
        QaEvaluationChanged,
        TicketAssigned,
        TicketChanged,
        DispositionSaved,
        CampaignUpdated,
        VoicemailChanged,
    )
}


class UnknownEvent(ValueError):
    """A frame whose `type` this protocol does not know (a newer server's event)."""


def frame(payload: EventData, seq: int, ts: float) -> Event:
    """The wire frame of `payload` with this stream's sequence number."""
    return Event(seq=seq, type=payload.TYPE.value, ts=ts, data=payload_data(payload))


def payload_data(payload: EventData) -> dict[str, Any]:
    """The frame's `data` object of `payload` (JSON types only): the fields the server set,
    so an optional field it left out (e.g. `on_hold` of a call_updated that is not about
    holding) stays out of the frame, as it always has; readers take the defaults."""
    return payload.model_dump(mode="json", exclude_unset=True)


def parse_event(event: Event) -> EventPayload:
    """The typed payload of a frame. Raises `UnknownEvent` for a type this protocol does not
    know and `pydantic.ValidationError` for a payload that does not fit its model."""
    try:
        model = PAYLOADS[EventType(event.type)]
    except ValueError:
        raise UnknownEvent(f"unknown event type {event.type!r}") from None
    return model.model_validate(event.data)  # type: ignore[return-value]
