"""Events pushed from the coordinator over the WebSocket stream, named in the past tense.

Every event carries a sequence number that grows by one per connection-independent
stream, so a client that sees a gap (or reconnects) knows to re-fetch state.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field


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
    # to leads and admins when a /health check changes: {"status", "checks": {name: value}}
    SYSTEM_HEALTH_CHANGED = "system_health_changed"
    # An admin changed the centre: {kind: agent|team|role|queue|did|reason_code|disposition|
    # prompt, id, agent_id?, queue?}; re-fetch what shows it (e.g. GET /agents/me).
    CONFIGURATION_CHANGED = "configuration_changed"
    # QA (docs/qa.md): an evaluation of the agent's call was submitted, acknowledged,
    # disputed or resolved: {id, call_id, agent_id, status, score}; to that agent and the
    # evaluator
    QA_EVALUATION_CHANGED = "qa_evaluation_changed"


EVENT_TYPES: frozenset[str] = frozenset(e.value for e in EventType)


class Event(BaseModel):
    """One event frame: `{"seq": 17, "type": "call_offered", "ts": 1700000000.0, "data": {...}}`."""

    model_config = ConfigDict(extra="ignore")

    seq: int = Field(ge=0)
    type: str
    ts: float
    data: dict[str, Any] = Field(default_factory=dict)
