"""A generated call-centre history for report tests and bench/reports.py: calls (inbound
answered, abandoned while queued or ringing, overflowed, ended in the IVR, outbound), the
queue_log lines the ACD writes with them, and each agent's day of state changes.

Written straight into the store's tables, shaped as the ACD writes them
(server_stub/calls/service.py, server_stub/agents/service.py)."""

from __future__ import annotations

import itertools
import random
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

DAY = 86400.0


@dataclass(frozen=True)
class Centre:
    agents: Sequence[str]
    queues: Sequence[str]
    dids: Sequence[tuple[str, str]]  # (number, queue)
    reasons: Sequence[str]
    dispositions: Sequence[str]


def centre_of(conn: sqlite3.Connection) -> Centre:
    """The agents, queues, numbers and codes already in the database."""

    def col(sql: str) -> list[str]:
        return [r[0] for r in conn.execute(sql)]

    return Centre(
        agents=col("SELECT agent_id FROM agents WHERE role = 'agent' ORDER BY agent_id"),
        queues=col("SELECT name FROM queues ORDER BY name"),
        dids=[
            (r[0], r[1])
            for r in conn.execute(
                "SELECT number, queue FROM dids WHERE queue IS NOT NULL ORDER BY number"
            )
        ],
        reasons=col("SELECT code FROM reason_codes ORDER BY code"),
        dispositions=col("SELECT code FROM dispositions ORDER BY code"),
    )


def make_centre(conn: sqlite3.Connection, agents: int, queues: int, teams: int = 4) -> Centre:
    """A bigger centre than the demo's (for the bench): agents in teams, queues on DIDs."""
    for t in range(teams):
        conn.execute(
            "INSERT OR IGNORE INTO teams (name, display_name) VALUES (?, ?)",
            [f"team{t}", f"Team {t}"],
        )
    for q in range(queues):
        conn.execute(
            "INSERT OR IGNORE INTO queues (name, display_name) VALUES (?, ?)",
            [f"q{q}", f"Queue {q}"],
        )
        conn.execute(
            "INSERT OR IGNORE INTO dids (number, queue, description) VALUES (?, ?, ?)",
            [f"40080{q:05d}", f"q{q}", f"Line {q}"],
        )
    for a in range(agents):
        conn.execute(
            "INSERT OR IGNORE INTO agents (agent_id, name, role, team, password_hash, "
            "created_at) VALUES (?, ?, 'agent', ?, 'x', 0)",
            [f"{5000 + a}", f"Agent {a}", f"team{a % teams}"],
        )
    for code in ("lunch", "break", "meeting"):
        conn.execute(
            "INSERT OR IGNORE INTO reason_codes (code, label_en, label_zh) VALUES (?, ?, ?)",
            [code, code.title(), code],
        )
    for code in ("sale", "enquiry", "complaint"):
        conn.execute(
            "INSERT OR IGNORE INTO dispositions (code, label_en, label_zh) VALUES (?, ?, ?)",
            [code, code.title(), code],
        )
    return centre_of(conn)


def generate(
    conn: sqlite3.Connection,
    centre: Centre,
    start: float,
    days: int,
    calls: int,
    seed: int = 16,
    with_states: bool = True,
) -> None:
    """`calls` calls spread over `days` days from `start` (office hours weighted), with
    their queue_log lines, and a working day of state changes per agent per day."""
    rng = random.Random(seed)
    call_rows: list[tuple[object, ...]] = []
    log_rows: list[tuple[object, ...]] = []
    hours = (8, 9, 9, 10, 10, 10, 11, 11, 13, 14, 14, 15, 15, 16, 17, 20, 2)
    times = sorted(
        start + rng.randrange(days) * DAY + rng.choice(hours) * 3600 + rng.uniform(0, 3600)
        for _ in range(calls)
    )  # written as they happen
    for i, t in enumerate(times):
        _one_call(rng, centre, f"c{seed}-{i:08d}", t, call_rows, log_rows)
        if len(call_rows) >= 20000:
            _flush(conn, call_rows, log_rows)
    _flush(conn, call_rows, log_rows)
    if with_states:
        _states(conn, rng, centre, start, days)


_CALL_SQL = (
    "INSERT INTO calls (id, direction, state, ani, dnis, queue, agent_id, started_at, "
    "queued_at, answered_at, ended_at, wait_seconds, talk_seconds, hold_seconds, "
    "wrap_up_seconds, disposition, satisfaction, end_cause) "
    "VALUES (?, ?, 'ended', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_LOG_SQL = (
    "INSERT INTO queue_log (time, callid, queuename, agent, event, data1) VALUES (?, ?, ?, ?, ?, ?)"
)


def _flush(
    conn: sqlite3.Connection, calls: list[tuple[object, ...]], logs: list[tuple[object, ...]]
) -> None:
    conn.execute("BEGIN")
    conn.executemany(_CALL_SQL, calls)
    conn.executemany(_LOG_SQL, logs)
    conn.execute("COMMIT")
    calls.clear()
    logs.clear()


def _one_call(
    rng: random.Random,
    c: Centre,
    cid: str,
    t: float,
    calls: list[tuple[object, ...]],
    logs: list[tuple[object, ...]],
) -> None:
    ani = f"13{rng.randrange(10**9):09d}"
    if rng.random() < 0.1:  # outbound
        agent = rng.choice(c.agents)
        answered = t + rng.uniform(5, 30) if rng.random() < 0.6 else None
        talk = rng.uniform(20, 400) if answered else None
        ended = (answered + talk) if answered and talk else t + rng.uniform(5, 40)
        calls.append(
            (
                cid,
                "outbound",
                "4008001000",
                ani,
                None,
                agent,
                t,
                None,
                answered,
                ended,
                None,
                talk,
                None,
                None,
                None,
                None,
                "agent_hangup" if answered else "no_answer",
            )
        )
        return
    number, queue = rng.choice(c.dids)
    if rng.random() < 0.05:  # hung up in the IVR
        calls.append(
            (
                cid,
                "inbound",
                ani,
                number,
                None,
                None,
                t,
                None,
                None,
                t + rng.uniform(3, 30),
                None,
                None,
                None,
                None,
                None,
                None,
                "caller_hangup",
            )
        )
        return
    queued = t + rng.uniform(3, 20)
    logs.append((queued, cid, queue, "NONE", "ENTERQUEUE", ""))
    wait = rng.choice((rng.uniform(0, 8), rng.uniform(0, 40), rng.uniform(0, 180)))
    for _ in range(rng.choice((0, 0, 0, 1, 2))):  # offers that rang out first
        logs.append(
            (
                queued + wait * rng.random(),
                cid,
                queue,
                rng.choice(c.agents),
                "RINGNOANSWER",
                "15000",
            )
        )
    roll = rng.random()
    if roll < 0.75:
        agent = rng.choice(c.agents)
        answered = queued + wait
        talk, hold = rng.uniform(20, 600), rng.choice((0.0, 0.0, rng.uniform(5, 90)))
        wrap = rng.uniform(3, 60) if rng.random() < 0.9 else None
        disposition = rng.choice(c.dispositions) if rng.random() < 0.8 else None
        score = rng.randint(1, 5) if rng.random() < 0.3 else None
        logs.append((answered, cid, queue, agent, "CONNECT", str(int(wait))))
        if rng.random() < 0.05:
            logs.append((answered + talk, cid, queue, agent, "BLINDTRANSFER", "support"))
        calls.append(
            (
                cid,
                "inbound",
                ani,
                number,
                queue,
                agent,
                t,
                queued,
                answered,
                answered + talk + hold,
                wait,
                talk,
                hold or None,
                wrap,
                disposition,
                score,
                rng.choice(("caller_hangup", "agent_hangup")),
            )
        )
    elif roll < 0.93:  # abandoned: while queued, or while an agent's phone rang
        ringing = rng.choice(c.agents) if rng.random() < 0.3 else None
        logs.append((queued + wait, cid, queue, ringing or "NONE", "ABANDON", "1"))
        calls.append(
            (
                cid,
                "inbound",
                ani,
                number,
                queue,
                ringing,
                t,
                queued,
                None,
                queued + wait,
                wait,
                None,
                None,
                None,
                None,
                None,
                "abandoned",
            )
        )
    elif roll < 0.96:
        logs.append((queued + wait, cid, queue, "NONE", "EXITWITHTIMEOUT", "1"))
        calls.append(
            (
                cid,
                "inbound",
                ani,
                number,
                queue,
                None,
                t,
                queued,
                None,
                queued + wait,
                wait,
                None,
                None,
                None,
                None,
                None,
                "overflow_timeout",
            )
        )
    else:  # lost to a fault while queued
        calls.append(
            (
                cid,
                "inbound",
                ani,
                number,
                queue,
                None,
                t,
                queued,
                None,
                queued + wait,
                wait,
                None,
                None,
                None,
                None,
                None,
                "worker_lost",
            )
        )


def _states(
    conn: sqlite3.Connection, rng: random.Random, c: Centre, start: float, days: int
) -> None:
    """Each agent signs in around 08:30, cycles through ready / on call / wrap-up / not
    ready (a reason) until about 17:30, then signs out. Each row ends at the agent's next
    row; rows are written in time order, a day at a time, as the server writes them."""
    flow = {
        "ready": ("reserved", "not_ready"),
        "reserved": ("on_call", "ready"),
        "on_call": ("wrap_up",),
        "wrap_up": ("ready", "not_ready"),
        "not_ready": ("ready",),
    }
    held: dict[str, list[object]] = {}  # each agent's sign-out, closed by the next sign-in
    for day in range(days):
        rows: list[list[object]] = []
        for agent in c.agents:
            t = start + day * DAY + 8.5 * 3600 + rng.uniform(-900, 900)
            end = start + day * DAY + 17.5 * 3600 + rng.uniform(-900, 900)
            state, reason = "not_ready", rng.choice(c.reasons)
            mine = [[agent, t, "logged_out", state, reason, None, agent]]
            while True:
                t += rng.uniform(5, 900) if state != "on_call" else rng.uniform(20, 600)
                if t >= end:
                    mine.append([agent, t, state, "logged_out", None, None, agent])
                    break
                new = rng.choice(flow[state])
                reason = rng.choice(c.reasons) if new == "not_ready" else None
                mine.append([agent, t, state, new, reason, None, "system"])
                state = new
            if agent in held:
                rows.append([*held.pop(agent), mine[0][1]])
            for row, nxt in itertools.pairwise(mine):
                rows.append([*row, nxt[1]])
            held[agent] = mine[-1]
        _insert_states(conn, sorted(rows, key=lambda r: float(r[1])))  # type: ignore[arg-type]
    _insert_states(conn, [[*row, None] for row in held.values()])


def _insert_states(conn: sqlite3.Connection, rows: list[list[object]]) -> None:
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO agent_state_log (agent_id, at, from_state, to_state, reason, "
        "call_id, actor, ended_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    conn.execute("COMMIT")
