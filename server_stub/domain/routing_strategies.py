"""Idle-agent index of one queue: per tier level, ordered by the queue's strategy key."""

from __future__ import annotations

import bisect
import random
from typing import TypeAlias

from sortedcontainers import SortedList  # type: ignore[import-untyped]

from server_stub.domain.routing_types import Strategy

__all__ = ["AgentIndex", "AgentKey", "strategy_key"]

AgentKey: TypeAlias = tuple[float, float, str]
"""(strategy metric, tier position, agent id): lower sorts first."""


def strategy_key(
    strategy: Strategy,
    agent_id: str,
    position: int,
    last_bridge_end: float,
    calls_answered: int,
    talk_time: float,
) -> AgentKey:
    """Sort key of an idle agent within one tier level (FreeSWITCH ORDER BY after `level`).

    longest-idle-agent: last_bridge_end, position; agent-with-fewest-calls: calls_answered,
    position; agent-with-least-talk-time: talk_time, position; top-down and round-robin:
    position; random: any stable key (the pick is random).
    """
    if strategy is Strategy.LONGEST_IDLE_AGENT:
        return (last_bridge_end, position, agent_id)
    if strategy is Strategy.FEWEST_CALLS:
        return (calls_answered, position, agent_id)
    if strategy is Strategy.LEAST_TALK_TIME:
        return (talk_time, position, agent_id)
    if strategy is Strategy.RANDOM:
        return (0.0, 0.0, agent_id)
    return (0.0, position, agent_id)  # TOP_DOWN, ROUND_ROBIN


class AgentIndex:
    """Idle agents of one queue that may be offered a call now, grouped by tier level.

    Every operation is O(log n) in the number of idle agents of the level (plus the
    number of distinct levels, which is small).
    """

    def __init__(self, strategy: Strategy, rng: random.Random) -> None:
        self.strategy = strategy
        self._rng = rng
        self._by_level: dict[int, SortedList] = {}
        self._levels: list[int] = []  # sorted levels that have at least one idle agent
        self._where: dict[str, tuple[int, AgentKey]] = {}
        self._rr_last: AgentKey | None = None  # round-robin memory (Asterisk rrmemory)

    def __len__(self) -> int:
        return len(self._where)

    def __contains__(self, agent_id: object) -> bool:
        return agent_id in self._where

    def add(self, agent_id: str, level: int, key: AgentKey) -> None:
        if agent_id in self._where:
            raise ValueError(f"agent {agent_id!r} already indexed")
        bucket = self._by_level.get(level)
        if bucket is None:
            bucket = self._by_level[level] = SortedList()
            bisect.insort(self._levels, level)
        bucket.add(key)
        self._where[agent_id] = (level, key)

    def discard(self, agent_id: str) -> None:
        entry = self._where.pop(agent_id, None)
        if entry is None:
            return
        level, key = entry
        bucket = self._by_level[level]
        bucket.remove(key)
        if not bucket:
            del self._by_level[level]
            self._levels.remove(level)

    def agents_at(self, level: int) -> list[str]:
        bucket = self._by_level.get(level)
        return [key[2] for key in bucket] if bucket else []

    def note_offered(self, agent_id: str) -> None:
        """Remember the agent just offered a call from this queue (round-robin memory)."""
        entry = self._where.get(agent_id)
        if entry is not None:
            self._rr_last = entry[1]

    def pick(self, max_level: int, extra_level: int | None = None) -> str | None:
        """Best idle agent whose level is open: level <= max_level, or == extra_level.

        Lower levels first (FreeSWITCH ORDER BY level), then the strategy within the level.
        """
        for level in self._levels:
            if level > max_level and level != extra_level:
                if extra_level is None or level > extra_level:
                    return None
                continue
            return self._pick_in(self._by_level[level])
        return None

    def _pick_in(self, bucket: SortedList) -> str:
        if self.strategy is Strategy.RANDOM:
            key: AgentKey = bucket[self._rng.randrange(len(bucket))]
        elif self.strategy is Strategy.ROUND_ROBIN and self._rr_last is not None:
            i = bucket.bisect_right(self._rr_last)
            key = bucket[i if i < len(bucket) else 0]
        else:
            key = bucket[0]
        return key[2]
