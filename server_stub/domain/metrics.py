"""Queue and agent metrics: raw counters, pure record_* updates and the documented formulas."""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum

from server_stub.domain.agent_state import AgentStatus

__all__ = [
    "AgentTimeCounters",
    "MetricSettings",
    "QueueCounters",
    "ServiceLevelType",
    "abandon_rate",
    "average_handle_time",
    "average_speed_of_answer",
    "occupancy",
    "record_abandoned",
    "record_answered",
    "record_handled",
    "record_offered",
    "record_overflowed",
    "record_part",
    "record_status_time",
    "service_level",
    "service_level_offered",
]


class ServiceLevelType(StrEnum):
    """Cisco UCCE/UCCX service-level types: how abandons inside the threshold count."""

    IGNORE_ABANDONED = "ignore"  # SLcalls / (SLoffered - SLaband)
    NEGATIVE_IMPACT = "negative"  # SLcalls / SLoffered
    POSITIVE_IMPACT = "positive"  # (SLcalls + SLaband) / SLoffered


@dataclass(frozen=True)
class MetricSettings:
    """service_level_threshold: answered (or abandoned) with wait <= this is "in SL".
    short_abandon_threshold: abandons with wait < this are short calls (Cisco Abandon
    Wait Time): they are removed from offered everywhere."""

    service_level_threshold: float = 20.0
    short_abandon_threshold: float = 5.0
    service_level_type: ServiceLevelType = ServiceLevelType.NEGATIVE_IMPACT


@dataclass(frozen=True)
class QueueCounters:
    """Raw counts for one queue and interval; the formulas below derive every rate."""

    offered: int = 0  # callers that joined the queue (short abandons included)
    answered: int = 0
    answered_within_sl: int = 0
    abandoned: int = 0  # all abandons, short ones included
    abandoned_within_sl: int = 0  # non-short abandons with wait <= SL threshold
    short_abandoned: int = 0
    overflowed: int = 0  # left by rule (max wait, no agent, leave-empty): flow-outs
    total_answer_wait: float = 0.0  # queue + ring time of answered calls
    handled: int = 0  # calls whose wrap-up completed
    total_talk: float = 0.0
    total_hold: float = 0.0
    total_wrap_up: float = 0.0


def record_offered(c: QueueCounters) -> QueueCounters:
    return replace(c, offered=c.offered + 1)


def record_answered(c: QueueCounters, wait: float, settings: MetricSettings) -> QueueCounters:
    """An agent answered after the caller waited `wait` seconds (join to answer)."""
    within = wait <= settings.service_level_threshold
    return replace(
        c,
        answered=c.answered + 1,
        answered_within_sl=c.answered_within_sl + within,
        total_answer_wait=c.total_answer_wait + wait,
    )


def record_abandoned(c: QueueCounters, wait: float, settings: MetricSettings) -> QueueCounters:
    """The caller hung up after waiting `wait` seconds."""
    if wait < settings.short_abandon_threshold:
        return replace(c, abandoned=c.abandoned + 1, short_abandoned=c.short_abandoned + 1)
    within = wait <= settings.service_level_threshold
    return replace(c, abandoned=c.abandoned + 1, abandoned_within_sl=c.abandoned_within_sl + within)


def record_overflowed(c: QueueCounters) -> QueueCounters:
    return replace(c, overflowed=c.overflowed + 1)


def record_handled(c: QueueCounters, talk: float, hold: float, wrap_up: float) -> QueueCounters:
    """A call's after-call work completed (counted then, as Cisco does for AHT)."""
    return replace(
        c,
        handled=c.handled + 1,
        total_talk=c.total_talk + talk,
        total_hold=c.total_hold + hold,
        total_wrap_up=c.total_wrap_up + wrap_up,
    )


def record_part(c: QueueCounters, talk: float, hold: float, wrap_up: float) -> QueueCounters:
    """An agent's part of a call another agent goes on with (attended transfer, take
    over) completed its after-call work: its time joins the handle time, but the call is
    counted handled once, by the agent that finishes it."""
    return replace(
        c,
        total_talk=c.total_talk + talk,
        total_hold=c.total_hold + hold,
        total_wrap_up=c.total_wrap_up + wrap_up,
    )


def _ratio(numerator: float, denominator: float) -> float | None:
    return numerator / denominator if denominator > 0 else None


def service_level_offered(c: QueueCounters) -> int:
    """SLoffered = answered + abandoned + overflowed - short abandons (calls with an outcome)."""
    return c.answered + c.abandoned + c.overflowed - c.short_abandoned


def service_level(c: QueueCounters, settings: MetricSettings) -> float | None:
    """Service level (0..1) of the configured Cisco type; None when nothing was offered.

    negative: answered_within_sl / SLoffered
    ignore:   answered_within_sl / (SLoffered - abandoned_within_sl)
    positive: (answered_within_sl + abandoned_within_sl) / SLoffered
    """
    offered = service_level_offered(c)
    kind = settings.service_level_type
    if kind is ServiceLevelType.IGNORE_ABANDONED:
        return _ratio(c.answered_within_sl, offered - c.abandoned_within_sl)
    if kind is ServiceLevelType.POSITIVE_IMPACT:
        return _ratio(c.answered_within_sl + c.abandoned_within_sl, offered)
    return _ratio(c.answered_within_sl, offered)


def average_speed_of_answer(c: QueueCounters) -> float | None:
    """ASA = total answer wait / answered (Cisco AnswerWaitTime / CallsAnswered)."""
    return _ratio(c.total_answer_wait, c.answered)


def average_handle_time(c: QueueCounters) -> float | None:
    """AHT = (talk + hold + wrap-up) / handled."""
    return _ratio(c.total_talk + c.total_hold + c.total_wrap_up, c.handled)


def abandon_rate(c: QueueCounters) -> float | None:
    """(abandoned - short abandons) / (offered - short abandons)."""
    return _ratio(c.abandoned - c.short_abandoned, c.offered - c.short_abandoned)


@dataclass(frozen=True)
class AgentTimeCounters:
    """Seconds an agent spent handling contacts (reserved, on call, wrap-up) or ready."""

    handling: float = 0.0
    available: float = 0.0
    not_ready: float = 0.0


_HANDLING = frozenset({AgentStatus.RESERVED, AgentStatus.ON_CALL, AgentStatus.WRAP_UP})


def record_status_time(
    c: AgentTimeCounters, status: AgentStatus, seconds: float
) -> AgentTimeCounters:
    """Add the time spent in `status` (call on every status change; logged-out is ignored)."""
    if status in _HANDLING:
        return replace(c, handling=c.handling + seconds)
    if status is AgentStatus.READY:
        return replace(c, available=c.available + seconds)
    if status is AgentStatus.NOT_READY:
        return replace(c, not_ready=c.not_ready + seconds)
    return c


def occupancy(c: AgentTimeCounters) -> float | None:
    """Occupancy = handling / (handling + available); not-ready time is excluded (Connect)."""
    return _ratio(c.handling, c.handling + c.available)
