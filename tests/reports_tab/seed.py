"""A day of call-centre history written into the real coordinator's store (calls with
their waits, talk, hold, wrap-up and outcome; agents' state changes), so the Reports tab
and My day show realistic figures. The day is the server's (UTC) yesterday."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from typing import Any

from tests.desktop.conftest import LiveServer

AGENT_QUEUES = {
    "1001": ("sales", "support"),
    "1002": ("sales",),
    "1003": ("support", "sales"),
    "1004": ("support",),
    "1005": ("support", "sales"),
}
DIDS = {"sales": "4008001000", "support": "4008002000"}
DISPOSITIONS = ("resolved", "callback", "sale", "complaint")


def yesterday() -> datetime:
    today = datetime.now(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    return today - timedelta(days=1)


def seed_day(server: LiveServer, calls: int = 160, seed: int = 16) -> int:
    """`calls` inbound calls between 08:00 and 20:00 yesterday, more around 10:00 and
    15:00; about one in eight abandoned. Returns how many were answered."""
    rng = random.Random(seed)
    day = yesterday()
    rows: list[dict[str, Any]] = []
    for n in range(calls):
        hour = rng.choice((8, 9, 9, 10, 10, 10, 11, 11, 12, 13, 14, 14, 15, 15, 15, 16, 17, 18, 19))
        start = (day + timedelta(hours=hour, seconds=rng.randrange(3600))).timestamp()
        queue = rng.choice(("sales", "support", "support"))
        agent = rng.choice([a for a, qs in AGENT_QUEUES.items() if queue in qs])
        wait = rng.expovariate(1 / 18)
        abandoned = rng.random() < 0.12
        talk = 0.0 if abandoned else rng.uniform(40, 600)
        hold = 0.0 if abandoned or rng.random() < 0.7 else rng.uniform(5, 90)
        row: dict[str, Any] = {
            "id": f"seed{n:04d}",
            "direction": "inbound",
            "state": "ended",
            "ani": f"139{rng.randrange(10**8):08d}",
            "dnis": DIDS[queue],
            "queue": queue,
            "started_at": start,
            "queued_at": start + 4,
            "wait_seconds": wait,
            "ended_at": start + 4 + wait + talk + hold,
        }
        if abandoned:
            row["end_cause"] = "caller_hangup"
        else:
            row.update(
                {
                    "agent_id": agent,
                    "answered_at": start + 4 + wait,
                    "talk_seconds": talk,
                    "hold_seconds": hold,
                    "wrap_up_seconds": rng.uniform(5, 45),
                    "end_cause": "agent_hangup",
                    "disposition": rng.choice(DISPOSITIONS),
                    "satisfaction": rng.choice((None, 3, 4, 5, 5)),
                }
            )
        rows.append(row)
    # appended in time order, as the coordinator does (each row closes the one before)
    states = sorted(_state_changes(rng, day) + _call_states(rows), key=lambda c: c["at"])

    def write(store: Any) -> None:
        for row in rows:
            store.insert_call(row)
        for change in states:
            store.append_state_log(change)

    assert server.services is not None
    server.services.runner.run_sync(write)
    return sum(1 for r in rows if r.get("agent_id"))


def _call_states(calls: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each answered call: ready → on call at the answer, wrap-up at the end, ready again."""
    changes = []
    for call in calls:
        agent = call.get("agent_id")
        if not agent:
            continue
        wrap_end = call["ended_at"] + call["wrap_up_seconds"]
        for at, from_state, to_state in (
            (call["answered_at"], "ready", "on_call"),
            (call["ended_at"], "on_call", "wrap_up"),
            (wrap_end, "wrap_up", "ready"),
        ):
            changes.append(
                {
                    "agent_id": agent,
                    "at": at,
                    "from_state": from_state,
                    "to_state": to_state,
                    "reason": None,
                    "call_id": call["id"],
                    "actor": agent,
                }
            )
    return changes


def _state_changes(rng: random.Random, day: datetime) -> list[dict[str, Any]]:
    """Each agent signs in at 08:00, is ready, goes to lunch, a break, signs out at 20:00."""
    changes = []
    for agent in AGENT_QUEUES:
        at = (day + timedelta(hours=8, minutes=rng.randrange(10))).timestamp()
        plan = [
            ("logged_out", "not_ready", "login", 60),
            ("not_ready", "ready", None, 14000),
            ("ready", "not_ready", "lunch", 2400 + rng.randrange(900)),
            ("not_ready", "ready", None, 12000),
            ("ready", "not_ready", "break", 600 + rng.randrange(600)),
            ("not_ready", "ready", None, 9000),
            ("ready", "logged_out", None, 0),
        ]
        for from_state, to_state, reason, lasts in plan:
            changes.append(
                {
                    "agent_id": agent,
                    "at": at,
                    "from_state": from_state,
                    "to_state": to_state,
                    "reason": reason,
                    "call_id": None,
                    "actor": agent,
                }
            )
            at += lasts
    return changes
