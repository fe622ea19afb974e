"""Queues for the ACD: configuration rows turned into router settings, and the live
counters behind each queue's figures (service level, ASA, AHT, abandon rate)."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterable
from typing import Any

from server_stub.domain import metrics
from server_stub.domain import routing as rt
from server_stub.domain.agent_state import AgentState
from server_stub.errors import InvalidInput, NotFound
from server_stub.store.base import Row


class QueueFigures:
    """Queue rows, members and today's counters, kept in memory by the ACD."""

    def __init__(self) -> None:
        self.rows: dict[str, Row] = {}
        self.counters: dict[str, metrics.QueueCounters] = {}
        self.members: dict[str, set[str]] = {}

    def load(self, queues: Iterable[Row], members: Iterable[Row]) -> None:
        for q in queues:
            self.rows[q["name"]] = q
            self.counters.setdefault(q["name"], metrics.QueueCounters())
        for m in members:
            self.members.setdefault(m["queue"], set()).add(m["agent_id"])

    def queues_of(self, agent_id: str) -> list[str]:
        """The (configured) queues `agent_id` is a member of."""
        return [q for q, agents in self.members.items() if agent_id in agents and q in self.rows]

    def snapshot(self) -> str:
        """Today's counters as JSON, kept in the store so a restart loses no figure."""
        return json.dumps({q: dataclasses.asdict(c) for q, c in self.counters.items()})

    def restore(self, text: str | None) -> None:
        if not text:
            return
        try:
            saved = json.loads(text)
            for queue, values in saved.items():
                if queue in self.counters:
                    self.counters[queue] = metrics.QueueCounters(**values)
        except (ValueError, TypeError):
            pass  # an unreadable snapshot only costs today's figures, never a call

    def row(self, name: str) -> Row:
        try:
            return self.rows[name]
        except KeyError:
            raise NotFound(f"unknown queue {name}", queue=name) from None

    def resolve(self, text: str) -> str:
        """A queue named by its name or display name ("support", "客服 Support", "Support",
        "客服"), case-insensitive; NotFound lists the queues to choose from."""
        wanted = text.strip().casefold()
        if text in self.rows:
            return text
        found = {
            name
            for name, row in self.rows.items()
            if not name.startswith("agent:")
            and (
                wanted == name.casefold()
                or wanted == str(row.get("display_name") or "").casefold()
                or wanted in str(row.get("display_name") or "").casefold().split()
            )
        }
        if len(found) == 1:
            return found.pop()
        choices = ", ".join(
            f"{r.get('display_name') or n} ({n})"
            for n, r in sorted(self.rows.items())
            if not n.startswith("agent:")
        )
        raise NotFound(f"unknown queue {text!r}; queues: {choices}", queue=text)

    def wrap_up(self, queue: str | None) -> float:
        row = self.rows.get(queue or "")
        return float(row["wrap_up_seconds"]) if row else 0.0

    def settings(self, queue: str | None) -> metrics.MetricSettings:
        row = self.rows.get(queue or "", {})
        return metrics.MetricSettings(
            service_level_threshold=float(row.get("service_level_threshold", 20)),
            short_abandon_threshold=float(row.get("short_abandon_threshold", 5)),
        )

    def count(self, queue: str | None, record: Any, *args: Any) -> None:
        """Apply one `metrics.record_*` function to the queue's counters."""
        if queue in self.counters:
            self.counters[queue] = record(self.counters[queue], *args)

    def stats(
        self, queue: str, waiting: list[rt.Caller], states: Iterable[AgentState], now: float
    ) -> dict[str, Any]:
        row, counters = self.row(queue), self.counters[queue]
        members = self.members.get(queue, set())
        by_state: dict[str, int] = {}
        for state in states:
            if state.agent_id in members:
                by_state[state.status.value] = by_state.get(state.status.value, 0) + 1
        return {
            "queue": queue,
            "waiting": len(waiting),
            "longest_wait": max((now - c.joined_at for c in waiting), default=0.0),
            "offered": counters.offered,
            "answered": counters.answered,
            "abandoned": counters.abandoned,
            "short_abandoned": counters.short_abandoned,
            "service_level": metrics.service_level(counters, self.settings(queue)),
            "service_level_threshold": float(row["service_level_threshold"]),
            "asa": metrics.average_speed_of_answer(counters),
            "aht": metrics.average_handle_time(counters),
            "abandon_rate": metrics.abandon_rate(counters),
            "agents_by_state": by_state,
        }


def queue_config(q: Row) -> rt.QueueConfig:
    try:
        strategy = rt.Strategy(q["strategy"])
    except ValueError as exc:
        raise InvalidInput(f"queue {q['name']}: unknown strategy {q['strategy']!r}") from exc
    return rt.QueueConfig(
        name=q["name"],
        strategy=strategy,
        ring_timeout=float(q["ring_timeout"]),
        max_wait_time=float(q["max_wait_time"]),
        max_wait_time_with_no_agent=float(q["max_wait_time_with_no_agent"]),
        max_wait_time_with_no_agent_time_reached=float(
            q.get("max_wait_time_with_no_agent_time_reached", 5.0)
        ),
        max_len=int(q.get("max_len") or 0),
        weight=int(q.get("weight") or 0),
        empty_factors=frozenset(
            rt.EmptyFactor(f)
            for f in str("paused" if q.get("empty_factors") is None else q["empty_factors"]).split(
                ","
            )
            if f
        ),
        overflow_target=q["overflow_target"],
        join_empty=bool(q["join_empty"]),
        leave_when_empty=bool(q["leave_when_empty"]),
        tier_rules_apply=bool(q["tier_rules_apply"]),
        tier_rule_wait_second=float(q["tier_rule_wait_second"]),
        tier_rule_wait_multiply_level=bool(q["tier_rule_wait_multiply_level"]),
        tier_rule_no_agent_no_wait=bool(q["tier_rule_no_agent_no_wait"]),
    )
