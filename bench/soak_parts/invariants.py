"""The soak's end checks, read straight from the product's SQLite database and recordings.

Each check returns an `Invariant` (name, ok, detail); `check_all` runs them all. They use
only sqlite3, wave and the standard library, so the unit tests can hand-build a database
that breaks each one (tests/bench/test_soak_invariants.py).
"""

from __future__ import annotations

import array
import json
import math
import sqlite3
import sys
import wave
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

# A queued call ends its queue_log story with exactly one of these (Asterisk names).
TERMINAL_EVENTS = frozenset(
    {
        "COMPLETECALLER",
        "COMPLETEAGENT",
        "ABANDON",
        "EXITWITHTIMEOUT",
        "EXITEMPTY",
        "JOINEMPTY",
        "BLINDTRANSFER",
        "ATTENDEDTRANSFER",
    }
)
SANE_AGENT_STATES = frozenset({"ready", "not_ready", "logged_out"})
SILENCE_RMS = 50.0  # of 32767: below this a recording is taken as silent (tones are ~3000)


@dataclass
class Invariant:
    name: str
    ok: bool
    detail: str

    def line(self) -> str:
        return f"{'PASS' if self.ok else 'FAIL'}  {self.name}: {self.detail}"


@dataclass
class RestartOutcome:
    """One coordinator kill -9 + restart: live calls then, and how many went on after."""

    at: float  # seconds into the soak
    live: int  # customers talking to an agent at the kill
    survived: int  # of those, still connected after the restart and ended by the customer
    restart_seconds: float  # kill -> healthy again
    note: str = ""
    # of `live`, hung up by the customer (talk over) before the server was back: the call
    # went on without its coordinator, so it neither survived the restart nor was cut
    ended_while_down: int = 0


@dataclass
class SoakFacts:
    """What the soak itself saw (the database is the other half)."""

    did: str
    placed: int  # customer calls the server answered (a record must exist for each)
    agents: list[str] = field(default_factory=list)
    restarts: list[RestartOutcome] = field(default_factory=list)


def _rows(db: sqlite3.Connection, sql: str, *args: object) -> list[sqlite3.Row]:
    return list(db.execute(sql, args))


def calls_placed_equal_records(db: sqlite3.Connection, facts: SoakFacts) -> Invariant:
    records = _rows(db, "SELECT id, state FROM calls WHERE dnis = ?", facts.did)
    closed = sum(1 for r in records if r["state"] == "ended")
    ok = len(records) == facts.placed and closed == facts.placed
    return Invariant(
        "calls placed = records closed",
        ok,
        f"{facts.placed} calls answered by the server, {len(records)} records, {closed} closed",
    )


def no_open_record(db: sqlite3.Connection, facts: SoakFacts) -> Invariant:
    open_rows = _rows(
        db, "SELECT id, state FROM calls WHERE state != 'ended' OR ended_at IS NULL ORDER BY id"
    )
    legs = _rows(db, "SELECT id FROM call_legs WHERE ended_at IS NULL")
    ok = not open_rows and not legs
    sample = ", ".join(f"{r['id'][:8]} ({r['state']})" for r in open_rows[:5])
    return Invariant(
        "no open record",
        ok,
        f"{len(open_rows)} open calls{': ' + sample if sample else ''}, {len(legs)} open legs",
    )


def no_agent_stuck(db: sqlite3.Connection, facts: SoakFacts) -> Invariant:
    stuck = []
    marks = ",".join("?" * len(facts.agents))
    for row in _rows(
        db, f"SELECT agent_id, last_state FROM agents WHERE agent_id IN ({marks})", *facts.agents
    ):
        try:
            status = json.loads(row["last_state"] or "{}").get("status", "logged_out")
        except ValueError:
            status = "unreadable"
        if status not in SANE_AGENT_STATES:
            stuck.append(f"{row['agent_id']} {status}")
    return Invariant(
        "no agent stuck",
        not stuck,
        f"{len(facts.agents) - len(stuck)}/{len(facts.agents)} agents ready, not ready or "
        f"signed out" + (f"; stuck: {', '.join(stuck[:8])}" if stuck else ""),
    )


def queue_log_consistent(db: sqlite3.Connection, facts: SoakFacts) -> Invariant:
    """Each queued record: ENTERQUEUE, exactly one terminal line, CONNECT iff answered in
    the queue; each queue_log call id has a record."""
    events: dict[str, list[str]] = defaultdict(list)
    for row in _rows(db, "SELECT callid, event FROM queue_log ORDER BY time, id"):
        if row["callid"] not in ("", "NONE"):
            events[row["callid"]].append(row["event"])
    sql = "SELECT id, queue, answered_at, agent_id FROM calls WHERE dnis = ?"
    calls = {r["id"]: r for r in _rows(db, sql, facts.did)}
    known = {r["id"] for r in _rows(db, "SELECT id FROM calls")}
    problems = []
    for call_id, call in calls.items():
        if not call["queue"]:
            continue
        seen = events.get(call_id, [])
        ends = [e for e in seen if e in TERMINAL_EVENTS]
        if "ENTERQUEUE" not in seen:
            problems.append(f"{call_id[:8]} no ENTERQUEUE")
        if len(ends) != 1:
            problems.append(f"{call_id[:8]} {len(ends)} closing lines {ends}")
        if (call["answered_at"] is not None) != ("CONNECT" in seen):
            problems.append(
                f"{call_id[:8]} answered={call['answered_at'] is not None} but CONNECT "
                f"{'present' if 'CONNECT' in seen else 'missing'}"
            )
    strays = [cid for cid in events if cid not in known]
    problems += [f"{cid[:8]} in queue_log without a record" for cid in strays]
    return Invariant(
        "queue_log consistent with records",
        not problems,
        f"{sum(1 for c in calls.values() if c['queue'])} queued records checked"
        + (f"; {len(problems)} problems: {'; '.join(problems[:6])}" if problems else ""),
    )


def wav_rms(path: Path) -> float:
    """RMS of a 16-bit PCM WAV (all channels), 0.0 when empty; raises on a broken file."""
    with wave.open(str(path)) as wav:
        if wav.getsampwidth() != 2:
            raise wave.Error(f"{wav.getsampwidth() * 8}-bit samples")
        samples = array.array("h", wav.readframes(wav.getnframes()))
    if sys.byteorder == "big":
        samples.byteswap()
    if not samples:
        return 0.0
    return math.sqrt(sum(s * s for s in samples) / len(samples))


def recordings_present(db: sqlite3.Connection, facts: SoakFacts, min_talk: float) -> Invariant:
    """Every answered call that talked at least `min_talk` s has a recording row, its file,
    and sound in it."""
    rows = _rows(
        db,
        "SELECT c.id, c.talk_seconds, c.recording_id, r.path FROM calls c "
        "LEFT JOIN recordings r ON r.id = c.recording_id "
        "WHERE c.dnis = ? AND c.answered_at IS NOT NULL AND COALESCE(c.talk_seconds, 0) >= ?",
        facts.did,
        min_talk,
    )
    problems = []
    for row in rows:
        name = row["id"][:8]
        if not row["recording_id"] or not row["path"]:
            problems.append(f"{name} no recording")
            continue
        path = Path(row["path"])
        if not path.exists():
            problems.append(f"{name} file missing")
            continue
        try:
            rms = wav_rms(path)
        except (OSError, EOFError, wave.Error) as exc:
            problems.append(f"{name} unreadable ({exc})")
            continue
        if rms < SILENCE_RMS:
            problems.append(f"{name} silent (RMS {rms:.0f})")
    return Invariant(
        "recordings present and non-silent",
        not problems,
        f"{len(rows) - len(problems)}/{len(rows)} answered calls of {min_talk:g} s or more "
        "have a recording with sound" + (f"; {'; '.join(problems[:6])}" if problems else ""),
    )


def survived_restarts(facts: SoakFacts) -> Invariant:
    """Informative (never fails): how many live calls each coordinator restart kept."""
    parts = [
        f"#{i + 1} at {r.at:.0f} s: {r.survived}/{r.live} survived"
        + (
            f" ({r.ended_while_down} hung up by the customer before it was back)"
            if r.ended_while_down
            else ""
        )
        + f", healthy after {r.restart_seconds:.1f} s{' (' + r.note + ')' if r.note else ''}"
        for i, r in enumerate(facts.restarts)
    ]
    return Invariant(
        "live calls surviving coordinator restarts", True, "; ".join(parts) or "no restart"
    )


def not_ready_reasons(db_path: Path, agents: list[str]) -> dict[str, int]:
    """How often the soak's agents were made not ready, by reason (sign-in excepted):
    `phone_offline` / `unreachable` mean the server lost their phone or desktop."""
    db = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=10)
    try:
        marks = ",".join("?" * len(agents))
        rows = db.execute(
            "SELECT COALESCE(reason, '-'), COUNT(*) FROM agent_state_log WHERE to_state = "
            f"'not_ready' AND COALESCE(reason, '') != 'login' AND agent_id IN ({marks}) "
            "GROUP BY 1 ORDER BY 2 DESC",
            agents,
        ).fetchall()
    finally:
        db.close()
    return {str(reason): int(n) for reason, n in rows}


def check_all(db_path: Path, facts: SoakFacts, min_talk: float = 1.0) -> list[Invariant]:
    db = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=10)
    db.row_factory = sqlite3.Row
    try:
        return [
            calls_placed_equal_records(db, facts),
            no_open_record(db, facts),
            no_agent_stuck(db, facts),
            queue_log_consistent(db, facts),
            recordings_present(db, facts, min_talk),
            survived_restarts(facts),
        ]
    finally:
        db.close()
