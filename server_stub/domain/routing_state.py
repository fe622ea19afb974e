"""The router's mutable state: entries for agents, waiting callers, queues, timers."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from enum import IntEnum, StrEnum
from typing import TypeAlias

from sortedcontainers import SortedList  # type: ignore[import-untyped]

from server_stub.domain.routing_strategies import AgentIndex
from server_stub.domain.routing_types import AgentRoutingConfig, Caller, EmptyFactor, QueueConfig

__all__ = [
    "ALL_LEVELS",
    "AgentEntry",
    "CallerEntry",
    "CallerKey",
    "Member",
    "Presence",
    "QueueEntry",
    "TimerKind",
]

ALL_LEVELS = 1 << 60
"""Open-level value of a caller for whom every tier is open."""

CallerKey: TypeAlias = tuple[int, float, int, str]
"""(-priority, joined_at - base_score, arrival sequence, call id): lower is served first."""


class Presence(StrEnum):
    """What the router knows about an agent."""

    AWAY = "away"  # not ready / logged out
    IDLE = "idle"  # ready (possibly inside a no-answer/busy/reject delay)
    RINGING = "ringing"  # reserved by an offer
    IN_USE = "in_use"  # on a call
    WRAP_UP = "wrap_up"


EMPTY_FACTOR_OF: dict[Presence, EmptyFactor | None] = {
    Presence.AWAY: EmptyFactor.PAUSED,
    Presence.IDLE: None,
    Presence.RINGING: EmptyFactor.RINGING,
    Presence.IN_USE: EmptyFactor.INUSE,
    Presence.WRAP_UP: EmptyFactor.WRAPUP,
}


class TimerKind(IntEnum):
    RING = 1
    AGENT_DELAY = 2
    TIER = 3
    MAX_WAIT = 4
    NO_AGENT = 5
    DISPATCH_AGENT = 6
    DISPATCH_CALLER = 7
    LEAVE_EMPTY = 8
    REDISPATCH_QUEUE = 9


@dataclass(slots=True)
class Member:
    level: int
    position: int


@dataclass(slots=True)
class AgentEntry:
    cfg: AgentRoutingConfig
    presence: Presence = Presence.AWAY
    queues: dict[str, Member] = field(default_factory=dict)
    delayed: bool = False  # inside a no-answer/busy/reject/error delay
    ready_at: float = 0.0
    last_bridge_end: float = 0.0
    calls_answered: int = 0
    talk_time: float = 0.0
    no_answer_count: int = 0
    offer_call: str | None = None

    @property
    def agent_id(self) -> str:
        return self.cfg.agent_id


@dataclass(slots=True)
class CallerEntry:
    caller: Caller
    key: CallerKey
    open_level: int = ALL_LEVELS
    offered_to: str | None = None
    also_ringing: list[str] = field(default_factory=list)  # ring-all: the other agents rung
    offer_deadline: float | None = None
    max_wait_at: float | None = None
    tier_at: float | None = None
    expired: bool = False  # max_wait_time reached while an agent was ringing


@dataclass(slots=True)
class QueueEntry:
    cfg: QueueConfig
    index: AgentIndex
    buckets: dict[int, SortedList] = field(default_factory=dict)  # open level -> CallerKeys
    all_keys: SortedList = field(default_factory=SortedList)  # waiting and offered
    callers: dict[str, CallerEntry] = field(default_factory=dict)  # in join order
    offering: int = 0
    members: dict[str, Member] = field(default_factory=dict)
    level_members: dict[int, int] = field(default_factory=dict)
    level_present: dict[int, int] = field(default_factory=dict)  # members not AWAY, per level
    presence_counts: dict[Presence, int] = field(default_factory=dict)
    no_agent_since: float | None = None
    no_agent_timer_at: float | None = None

    @classmethod
    def new(cls, cfg: QueueConfig, rng: random.Random) -> QueueEntry:
        return cls(cfg=cfg, index=AgentIndex(cfg.strategy, rng))

    @property
    def waiting_count(self) -> int:
        return len(self.callers) - self.offering

    def max_level(self) -> int:
        return max(self.level_members, default=0)

    def lowest_present_level(self) -> int | None:
        return min(self.level_present, default=None)

    def has_present_member(self) -> bool:
        return bool(self.level_present)

    def is_empty(self) -> bool:
        """Asterisk joinempty/leavewhenempty: every member is in one of the empty factors."""
        factors = self.cfg.empty_factors
        for presence, count in self.presence_counts.items():
            factor = EMPTY_FACTOR_OF[presence]
            if count and (factor is None or factor not in factors):
                return False
        return True

    def count_presence(self, presence: Presence, level: int, delta: int) -> None:
        self.presence_counts[presence] = self.presence_counts.get(presence, 0) + delta
        if presence is not Presence.AWAY:
            left = self.level_present.get(level, 0) + delta
            if left:
                self.level_present[level] = left
            else:
                del self.level_present[level]
