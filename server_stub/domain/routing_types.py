"""ACD routing vocabulary: strategies, queue/agent settings, callers, decisions and errors."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Literal, TypeAlias

__all__ = [
    "AgentMaxNoAnswer",
    "AgentRoutingConfig",
    "Caller",
    "Decision",
    "EmptyFactor",
    "Offer",
    "OfferOutcome",
    "OfferTimedOut",
    "Overflow",
    "OverflowReason",
    "QueueConfig",
    "QueueJoinRejected",
    "QueueSnapshot",
    "RoutingError",
    "StaleOffer",
    "Strategy",
]


class Strategy(StrEnum):
    """Agent selection strategies (FreeSWITCH mod_callcenter names; Asterisk equivalents)."""

    LONGEST_IDLE_AGENT = "longest-idle-agent"  # FS default; Asterisk leastrecent
    ROUND_ROBIN = "round-robin"  # Asterisk rrmemory
    FEWEST_CALLS = "agent-with-fewest-calls"  # Asterisk fewestcalls
    LEAST_TALK_TIME = "agent-with-least-talk-time"
    RANDOM = "random"
    TOP_DOWN = "top-down"  # Asterisk linear
    RING_ALL = "ring-all"  # FS ring-all, Asterisk ringall: every free agent at once


class EmptyFactor(StrEnum):
    """Member conditions that make a queue count as empty (Asterisk joinempty/leavewhenempty).

    A queue is empty when every member is in one of the listed conditions (or it has
    no members). `paused` covers NOT_READY and logged-out agents.
    """

    PAUSED = "paused"
    RINGING = "ringing"
    INUSE = "inuse"
    WRAPUP = "wrapup"


@dataclass(frozen=True)
class QueueConfig:
    """Queue settings; names follow FreeSWITCH mod_callcenter (Asterisk where noted)."""

    name: str
    strategy: Strategy = Strategy.LONGEST_IDLE_AGENT
    ring_timeout: float = 15.0  # Asterisk `timeout`; FS contact leg_timeout
    max_wait_time: float = 0.0  # 0 = none
    max_wait_time_with_no_agent: float = 0.0  # 0 = none
    max_wait_time_with_no_agent_time_reached: float = 5.0  # FS grace for callers
    overflow_target: str | None = None
    join_empty: bool = True  # Asterisk joinempty: False rejects joins while empty
    leave_when_empty: bool = False  # Asterisk leavewhenempty
    empty_factors: frozenset[EmptyFactor] = field(
        default_factory=lambda: frozenset({EmptyFactor.PAUSED})
    )
    max_len: int = 0  # Asterisk maxlen; 0 = unlimited
    tier_rules_apply: bool = False
    tier_rule_wait_second: float = 0.0
    tier_rule_wait_multiply_level: bool = True
    tier_rule_no_agent_no_wait: bool = False
    weight: int = 0  # Asterisk weight: higher wins for agents shared between queues


@dataclass(frozen=True)
class AgentRoutingConfig:
    """Per-agent offer settings (FreeSWITCH agent parameters)."""

    agent_id: str
    max_no_answer: int = 1  # 0 = never pause the agent for missed offers
    no_answer_delay_time: float = 0.0
    busy_delay_time: float = 0.0
    reject_delay_time: float = 0.0
    error_delay_time: float = 5.0  # unreachable / unregistered back-off


@dataclass(frozen=True)
class Caller:
    """A call waiting in a queue. Higher priority first; FIFO by joined_at - base_score within."""

    call_id: str
    queue: str
    joined_at: float
    priority: int = 0
    base_score: float = 0.0
    ani: str | None = None
    transferred_by: str | None = None  # not offered to this agent unless it is the only member


class OfferOutcome(StrEnum):
    """How an offer to an agent ended. SIP mapping as in FreeSWITCH mod_callcenter:
    408 / 480 / ring timeout -> NO_ANSWER; 486 / 600 -> BUSY; 603 / 608 -> REJECTED;
    anything else (unregistered, 404, 5xx) -> ERROR."""

    ANSWERED = "answered"
    NO_ANSWER = "no_answer"
    BUSY = "busy"
    REJECTED = "rejected"
    ERROR = "error"


@dataclass(frozen=True)
class Offer:
    """Ring `agent_id` for `call_id`; the router has already reserved the agent."""

    call_id: str
    agent_id: str
    queue: str
    ring_timeout: float
    deadline: float


@dataclass(frozen=True)
class OfferTimedOut:
    """The ring timeout fired; the router already counted it as a no-answer."""

    call_id: str
    agent_id: str


@dataclass(frozen=True)
class AgentMaxNoAnswer:
    """The agent missed `count` offers in a row (>= max_no_answer); router set it away."""

    agent_id: str
    count: int


OverflowReason: TypeAlias = Literal["timeout", "no_agent_timeout", "leave_empty"]


@dataclass(frozen=True)
class Overflow:
    """The caller left the queue by rule; send it to `target` (None: queue has none)."""

    call_id: str
    queue: str
    target: str | None
    reason: OverflowReason


Decision: TypeAlias = Offer | OfferTimedOut | AgentMaxNoAnswer | Overflow


@dataclass(frozen=True)
class QueueSnapshot:
    """Counts for one queue at one moment."""

    queue: str
    waiting: int  # callers not being offered right now
    offering: int  # callers whose agent is ringing
    members: int
    available: int  # idle members that can take a call now
    delayed: int  # idle members in a no-answer/busy/reject delay
    ringing: int
    in_use: int
    wrap_up: int
    away: int
    oldest_joined_at: float | None


class RoutingError(Exception):
    """Base of routing errors."""

    error_id = "routing_error"


class QueueJoinRejected(RoutingError):
    """Caller may not join: reason is `unknown_queue`, `empty` or `full` (Asterisk QUEUESTATUS)."""

    error_id = "queue_join_rejected"

    def __init__(self, reason: str, queue: str) -> None:
        self.reason = reason
        self.queue = queue
        super().__init__(f"cannot join queue {queue!r}: {reason}")


class StaleOffer(RoutingError):
    """An answer/failure names an offer the router does not hold (raced with a timeout)."""

    error_id = "stale_offer"
