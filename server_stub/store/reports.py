"""The report queries (issue 16): aggregates and lists over calls, queue_log and the agent
state log, read on the reports' own read-only connection (server_stub/store/report_reader.py).

Every query takes a `Scope`: the period [t0, t1) in epoch seconds, optional sets of agents,
queues, DIDs and teams, and a lead's visibility (its agents, or calls of its queues). Time
groupings join a list of buckets (epoch [start, end) pairs the caller cut in the centre's
time zone), so each bucket is one range scan of the started_at index.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

Row = dict[str, Any]

# What a call report may be grouped on: the SQL of the key (time groupings use buckets).
# The connection a report runs on (the reports' reader thread owns it).
ReportConnection = sqlite3.Connection


_CALL_KEYS = {
    "agent": "c.agent_id",
    "team": "a.team",
    "queue": "c.queue",
    "did": "c.dnis",
    "disposition": "c.disposition",
}

# One pass over the calls computes every counter the call reports use. Thresholds are the
# queue's own (its service_level_threshold and short_abandon_threshold), defaults 20 s / 5 s.
_SL = "coalesce(q.service_level_threshold, 20)"
_SHORT = "coalesce(q.short_abandon_threshold, 5)"
_IN = "c.direction = 'inbound'"
_ANS = f"({_IN} AND c.answered_at IS NOT NULL)"
_ABAN = f"({_IN} AND c.end_cause = 'abandoned')"
_SHORT_ABAN = f"({_ABAN} AND coalesce(c.wait_seconds, 0) < {_SHORT})"
_HANDLED = f"({_ANS} AND c.wrap_up_seconds IS NOT NULL)"
_COUNTERS = f"""
    count(*) AS calls,
    sum({_IN}) AS inbound,
    sum(c.direction = 'outbound') AS outbound,
    sum(c.direction = 'outbound' AND c.answered_at IS NOT NULL) AS outbound_connected,
    sum(CASE WHEN c.direction = 'outbound' THEN coalesce(c.talk_seconds, 0) END)
        AS outbound_talk,
    sum({_IN} AND c.queued_at IS NOT NULL) AS offered,
    sum({_IN} AND c.queued_at IS NULL) AS ivr_only,
    sum({_ANS}) AS answered,
    sum({_ANS} AND c.wait_seconds <= {_SL}) AS answered_within_sl,
    sum({_ABAN}) AS abandoned,
    sum({_SHORT_ABAN}) AS short_abandoned,
    sum({_ABAN} AND NOT {_SHORT_ABAN} AND coalesce(c.wait_seconds, 0) <= {_SL})
        AS abandoned_within_sl,
    sum({_IN} AND c.end_cause LIKE 'overflow%') AS overflowed,
    sum(CASE WHEN {_ANS} THEN coalesce(c.wait_seconds, 0) END) AS total_answer_wait,
    max(CASE WHEN {_IN} AND c.queued_at IS NOT NULL THEN c.wait_seconds END) AS longest_wait,
    sum({_HANDLED}) AS handled,
    sum(CASE WHEN {_HANDLED} THEN coalesce(c.talk_seconds, 0) END) AS handled_talk,
    sum(CASE WHEN {_HANDLED} THEN coalesce(c.hold_seconds, 0) END) AS handled_hold,
    sum(CASE WHEN {_HANDLED} THEN c.wrap_up_seconds END) AS handled_wrap_up,
    sum(CASE WHEN {_ANS} THEN coalesce(c.talk_seconds, 0) END) AS talk,
    sum(CASE WHEN {_ANS} THEN coalesce(c.hold_seconds, 0) END) AS hold,
    count(c.satisfaction) AS surveyed,
    sum(c.satisfaction) AS satisfaction_sum
"""

CALL_LIST_COLUMNS = (
    "c.id AS call_id, c.started_at, c.direction, c.ani, c.dnis, c.queue, c.agent_id, "
    "a.name AS agent_name, a.team, c.ivr_path, c.queued_at, c.answered_at, c.ended_at, "
    "c.wait_seconds, c.talk_seconds, c.hold_seconds, c.wrap_up_seconds, c.disposition, "
    "c.satisfaction, c.end_cause, c.recording_id, c.state"
)


@dataclass(frozen=True)
class Scope:
    """The period and filters of one report; None means "not filtered"."""

    t0: float
    t1: float
    agents: frozenset[str] | None = None  # an agent filter, or an agent's own id
    teams: frozenset[str] | None = None
    queues: frozenset[str] | None = None
    dids: frozenset[str] | None = None
    # A lead of teams sees calls its agents took or calls of queues its agents work in.
    visible_agents: frozenset[str] | None = None
    visible_queues: frozenset[str] | None = None
    direction: str | None = None


def _json(values: frozenset[str]) -> str:
    return json.dumps(sorted(values))


def _call_where(
    scope: Scope, params: dict[str, Any], agent: str = "c.agent_id", queue: str = "c.queue"
) -> str:
    """The scope's filters on calls `c` (and their agents `a`); `agent` is the column that
    names the agent the figures are about (an agent's part of a call: `l.peer`), `queue`
    the queue they count in (an agent's part: the queue it was handled in)."""
    clauses = ["c.started_at >= :t0", "c.started_at < :t1"]
    params.update(t0=scope.t0, t1=scope.t1)
    for name, column, values in (
        ("agents", agent, scope.agents),
        ("teams", "a.team", scope.teams),
        ("queues", queue, scope.queues),
        ("dids", "c.dnis", scope.dids),
    ):
        if values is not None:
            clauses.append(f"{column} IN (SELECT value FROM json_each(:{name}))")
            params[name] = _json(values)
    if scope.visible_agents is not None:
        params["v_agents"] = _json(scope.visible_agents)
        params["v_queues"] = _json(scope.visible_queues or frozenset())
        clauses.append(
            f"({agent} IN (SELECT value FROM json_each(:v_agents)) OR "
            f"{queue} IN (SELECT value FROM json_each(:v_queues)))"
        )
    if scope.direction is not None:
        clauses.append("c.direction = :direction")
        params["direction"] = scope.direction
    return " AND ".join(clauses)


def _buckets_cte(buckets: Sequence[tuple[float, float]], params: dict[str, Any]) -> str:
    # Literal rows (floats' repr), spelled the same on SQLite and PostgreSQL.
    rows = ", ".join(
        f"({i}, CAST({float(a)!r} AS REAL), CAST({float(b)!r} AS REAL))"
        for i, (a, b) in enumerate(buckets)
    )
    return f"WITH b (i, b0, b1) AS MATERIALIZED (VALUES {rows}) "


def _rows(conn: sqlite3.Connection, sql: str, params: dict[str, Any]) -> list[Row]:
    cur = conn.execute(sql, params)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]


def call_counters(
    conn: sqlite3.Connection,
    scope: Scope,
    group: str | None,
    buckets: Sequence[tuple[float, float]] = (),
    extra_group: str | None = None,
    step: tuple[float, float] | None = None,
) -> list[Row]:
    """The counters of _COUNTERS per group: `group` is a key of _CALL_KEYS, "time" (then
    `buckets` gives the periods and `key` is the bucket's index) or None (one row).
    `step` (origin, width): the buckets are all `width` seconds from `origin` (no DST
    change inside), so a call's bucket is arithmetic instead of a join.
    `extra_group` adds a second key (`key2`), e.g. the disposition within each agent."""
    params: dict[str, Any] = {}
    where = _call_where(scope, params)
    keys: list[str] = []
    prefix, join_b = "", ""
    if group == "time" and step is not None:
        params.update(origin=step[0], width=step[1])
        keys.append("CAST((c.started_at - :origin) / :width AS INTEGER)")
        source = "calls c "
    elif group == "time":
        prefix = _buckets_cte(buckets, params)
        # CROSS JOIN keeps the buckets outside: each one a range scan of started_at
        join_b = "CROSS JOIN calls c ON c.started_at >= b.b0 AND c.started_at < b.b1 "
        keys.append("b.i")
        source = "b " + join_b
    else:
        source = "calls c "
        if group is not None:
            keys.append(_CALL_KEYS[group])
    if extra_group is not None:
        keys.append(_CALL_KEYS[extra_group])
    select_keys = "".join(
        f"{k} AS {name}, " for k, name in zip(keys, ("key", "key2"), strict=False)
    )
    # in key order on both engines (SQLite's grouping sorts; PostgreSQL's may hash)
    group_by = f"GROUP BY {', '.join(keys)} ORDER BY {', '.join(keys)}" if keys else ""
    teams = scope.teams is not None or "team" in (group, extra_group)
    sql = (
        f"{prefix}SELECT {select_keys}{_COUNTERS} FROM {source}"
        "LEFT JOIN queues q ON q.name = c.queue "
        f"{'LEFT JOIN agents a ON a.agent_id = c.agent_id ' if teams else ''}"
        f"WHERE {where} {group_by}"
    )
    rows = _rows(conn, sql, params)
    return [r for r in rows if r["calls"]]


def agent_parts(conn: sqlite3.Connection, scope: Scope) -> dict[str, Row]:
    """Per agent, the counters of its parts of calls another agent or a number went on
    with (`call_legs` kind "agent": attended transfer, take over, blind transfer), in the
    shape of `call_counters` rows: answered, talk, hold, and handled (with the part's
    talk, hold and wrap-up) once its wrap-up completed. The call's own row holds only the
    part of whoever finished it, so together each agent is credited with its own part.
    Scoped like the calls (the call's start in the period, its queue and DID) with the
    agent filters on the part's agent."""
    params: dict[str, Any] = {}
    clauses = [
        _call_where(scope, params, agent="l.peer"),
        "l.kind = 'agent'",
        "l.talk_seconds IS NOT NULL",
        # a call whose row still names this agent (blind-transferred, then lost before
        # anyone else took it) is credited to it by its row already
        "(c.agent_id IS NULL OR c.agent_id <> l.peer)",
    ]
    done = "l.wrap_up_seconds IS NOT NULL"
    sql = (
        "SELECT l.peer AS key, count(*) AS answered, "
        "sum(l.talk_seconds) AS talk, sum(coalesce(l.hold_seconds, 0)) AS hold, "
        f"sum({done}) AS handled, "
        f"sum(CASE WHEN {done} THEN l.talk_seconds END) AS handled_talk, "
        f"sum(CASE WHEN {done} THEN coalesce(l.hold_seconds, 0) END) AS handled_hold, "
        f"sum(CASE WHEN {done} THEN l.wrap_up_seconds END) AS handled_wrap_up "
        "FROM call_legs l JOIN calls c ON c.id = l.call_id "
        f"{'LEFT JOIN agents a ON a.agent_id = l.peer ' if scope.teams is not None else ''}"
        f"WHERE {' AND '.join(clauses)} GROUP BY l.peer"
    )
    return {r["key"]: r for r in _rows(conn, sql, params) if r["key"]}


# The queue an agent's part of a call was handled in (parts written before v20: the call's).
_PART_QUEUE = "coalesce(l.queue, c.queue)"


def queue_parts(conn: sqlite3.Connection, scope: Scope, group: str | None) -> list[Row]:
    """The handle time of agents' parts of calls another agent or a number went on with,
    for the queues report (`call_counters` keys handled, handled_talk, handled_hold,
    handled_wrap_up), per `group` ("queue": the part's queue; "time": one row per part,
    `key` its call's start; another key of _CALL_KEYS; None: one row, key None).
    A part handled in a queue the call then left (blind transfer to another queue)
    counts the call handled there; a part in the queue the call stayed in (attended
    transfer, take over) adds its time only, once the call's own row is handled: the call
    is handled once in that queue with every agent's work on it. A part still named by
    the call's row (to a number, or lost after a blind transfer) is the row's already.
    Only parts whose wrap-up is done."""
    params: dict[str, Any] = {}
    clauses = [
        _call_where(scope, params, agent="l.peer", queue=_PART_QUEUE),
        "l.kind = 'agent'",
        "l.talk_seconds IS NOT NULL",
        "l.wrap_up_seconds IS NOT NULL",
        "(c.agent_id IS NULL OR c.agent_id <> l.peer)",
    ]
    left = f"({_PART_QUEUE} IS NOT coalesce(c.queue, ''))"
    clauses.append(f"({left} OR (c.answered_at IS NOT NULL AND c.wrap_up_seconds IS NOT NULL))")
    group_by = key = {"queue": _PART_QUEUE, None: "NULL", "time": "c.started_at"}.get(
        group, _CALL_KEYS.get(group or "", "NULL")
    )
    if group == "time":  # the caller puts each part in its call's period
        group_by = "l.id, c.started_at"  # one call per part: PostgreSQL needs both
    sql = (
        f"SELECT {key} AS key, sum({left}) AS handled, sum(l.talk_seconds) AS handled_talk, "
        "sum(coalesce(l.hold_seconds, 0)) AS handled_hold, "
        "sum(l.wrap_up_seconds) AS handled_wrap_up "
        "FROM call_legs l JOIN calls c ON c.id = l.call_id "
        f"{'LEFT JOIN agents a ON a.agent_id = l.peer ' if scope.teams is not None else ''}"
        f"WHERE {' AND '.join(clauses)} GROUP BY {group_by}"
    )
    return [r for r in _rows(conn, sql, params) if r["handled_talk"] is not None]


def queue_offers(conn: sqlite3.Connection, scope: Scope, group: str | None) -> list[Row]:
    """Offers of calls in queues other than the one their record ends in, for the queues
    report's `offered`: a caller transferred from sales to support is offered in both
    (each queue once per call, as the live figures count it). From queue_log ENTERQUEUE;
    an agent's direct queue (`agent:<id>`) is not one: its callers count in the queue they
    came from. Per `group` as `queue_parts` ("queue": the queue entered; "time": one row
    per offer, `key` its call's start)."""
    params: dict[str, Any] = {}
    clauses = [
        _call_where(scope, params, queue="e.queuename"),
        "e.event = 'ENTERQUEUE'",
        "e.queuename NOT LIKE 'agent:%'",
        "e.queuename IS NOT coalesce(c.queue, '')",
        f"{_IN}",
    ]
    key = {"queue": "e.queuename", None: "NULL", "time": "c.started_at"}.get(
        group, _CALL_KEYS.get(group or "", "NULL")
    )
    group_by = "e.callid, e.queuename, c.started_at" if group == "time" else key
    teams = scope.teams is not None or group == "team"
    sql = (
        f"SELECT {key} AS key, count(DISTINCT e.callid || '|' || e.queuename) AS offered "
        "FROM queue_log e JOIN calls c ON c.id = e.callid "
        f"{'LEFT JOIN agents a ON a.agent_id = c.agent_id ' if teams else ''}"
        f"WHERE {' AND '.join(clauses)} GROUP BY {group_by}"
    )
    return [r for r in _rows(conn, sql, params) if r["offered"]]


def sum_counters(rows: Sequence[Row]) -> Row:
    """The counters of several groups as one (they partition the calls): sums, and the
    longest of the longest waits."""
    out: Row = {}
    for r in rows:
        for k, v in r.items():
            if k in ("key", "key2") or v is None:
                continue
            if k == "longest_wait":
                out[k] = max(out.get(k) or 0.0, v)
            else:
                out[k] = out.get(k, 0) + v
    return out


def call_totals(conn: sqlite3.Connection, scope: Scope, where: str = "") -> Row:
    """Count, talk, hold and survey sums of the calls of a list report (one light pass)."""
    params: dict[str, Any] = {}
    clause = _call_where(scope, params)
    join = "LEFT JOIN agents a ON a.agent_id = c.agent_id " if scope.teams is not None else ""
    sql = (
        "SELECT count(*) AS calls, sum(c.talk_seconds) AS talk, sum(c.hold_seconds) AS hold, "
        "count(c.satisfaction) AS surveyed, sum(c.satisfaction) AS satisfaction_sum "
        f"FROM calls c {join}WHERE {clause}{where}"
    )
    return _rows(conn, sql, params)[0]


def queue_log_counts(
    conn: sqlite3.Connection, scope: Scope, events: Sequence[str], by: str
) -> dict[tuple[str, str], int]:
    """How many queue_log `events` each agent (by="agent") or queue (by="queue") has in the
    period: {(key, event): count}. Scoped by the agent and queue filters."""
    column = "agent" if by == "agent" else "queuename"
    params: dict[str, Any] = {"t0": scope.t0, "t1": scope.t1, "events": json.dumps(list(events))}
    clauses = ["l.time >= :t0", "l.time < :t1", "l.event IN (SELECT value FROM json_each(:events))"]
    agents = scope.agents if scope.agents is not None else scope.visible_agents
    if agents is not None:
        clauses.append("l.agent IN (SELECT value FROM json_each(:agents))")
        params["agents"] = _json(agents)
    if scope.teams is not None:
        clauses.append(
            "l.agent IN (SELECT agent_id FROM agents WHERE team IN "
            "(SELECT value FROM json_each(:teams)))"
        )
        params["teams"] = _json(scope.teams)
    if scope.queues is not None:
        clauses.append("l.queuename IN (SELECT value FROM json_each(:queues))")
        params["queues"] = _json(scope.queues)
    sql = (
        f"SELECT l.{column} AS key, l.event AS event, count(*) AS n FROM queue_log l "
        f"WHERE {' AND '.join(clauses)} GROUP BY l.{column}, l.event"
    )
    return {(r["key"], r["event"]): int(r["n"]) for r in _rows(conn, sql, params)}


def _state_agents_clause(scope: Scope, params: dict[str, Any], column: str) -> str:
    clauses: list[str] = []
    agents = scope.agents if scope.agents is not None else scope.visible_agents
    if agents is not None:
        clauses.append(f"{column} IN (SELECT value FROM json_each(:agents))")
        params["agents"] = _json(agents)
    if scope.teams is not None:
        clauses.append(
            f"{column} IN (SELECT agent_id FROM agents WHERE team IN "
            "(SELECT value FROM json_each(:teams)))"
        )
        params["teams"] = _json(scope.teams)
    return "".join(f" AND {c}" for c in clauses)


def _state_spans_sql(scope: Scope, params: dict[str, Any], now: float) -> str:
    """A CTE `spans`: every state an agent was in during the period, clipped to it.

    Each log row is closed (ended_at) by the agent's next change, so no window over the
    log is needed: the rows that started in the period, plus each agent's last row before
    it (one index probe per agent) when that state still ran at t0."""
    params.update(t0=scope.t0, t1=scope.t1, t_end=min(scope.t1, now))
    return (
        "WITH spans AS ("
        "  SELECT id, agent_id, at, from_state, to_state, reason, call_id, actor,"
        "    max(at, :t0) AS s0, min(coalesce(ended_at, :t_end), :t_end) AS s1"
        f"  FROM agent_state_log WHERE at >= :t0 AND at < :t1"
        f"{_state_agents_clause(scope, params, 'agent_id')}"
        "  UNION ALL"
        "  SELECT l.id, l.agent_id, l.at, l.from_state, l.to_state, l.reason, l.call_id,"
        "    l.actor, :t0, min(coalesce(l.ended_at, :t_end), :t_end)"
        "  FROM agents g JOIN agent_state_log l ON l.id = ("
        "    SELECT id FROM agent_state_log WHERE agent_id = g.agent_id AND at < :t0"
        "    ORDER BY at DESC, id DESC LIMIT 1)"
        "  WHERE coalesce(l.ended_at, :t_end) > :t0"
        f"{_state_agents_clause(scope, params, 'g.agent_id')}"
        ") "
    )


STATES = ("logged_out", "not_ready", "ready", "reserved", "on_call", "wrap_up")


def state_times(
    conn: sqlite3.Connection, scope: Scope, now: float, reasons: Sequence[str]
) -> list[Row]:
    """Seconds per (agent, state, reason) in the period: {agent_id, state, reason, seconds};
    not-ready time with a reason outside `reasons` comes under reason None.

    One pass per agent over the covering index (agent_id, at, …): each row lasts from `at`
    to `ended_at` (clipped), summed per state and reason as columns, so nothing is sorted.
    The state each agent was in at t0 is added from its last row before t0."""
    params: dict[str, Any] = {"t0": scope.t0, "t1": scope.t1, "t_end": min(scope.t1, now)}
    span = "(coalesce(min(l.ended_at, :t_end), :t_end) - l.at)"
    columns = [f"sum(CASE WHEN l.to_state = '{s}' THEN {span} END) AS \"{s}\"" for s in STATES]
    for i, reason in enumerate(reasons):
        params[f"r{i}"] = reason
        columns.append(
            f"sum(CASE WHEN l.to_state = 'not_ready' AND l.reason = :r{i} "
            f'THEN {span} END) AS "r{i}"'
        )
    agents = _state_agents_clause(scope, params, "g.agent_id")
    sql = (
        f"SELECT g.agent_id, {', '.join(columns)} FROM agents g "
        "JOIN agent_state_log l INDEXED BY agent_state_log_times ON l.agent_id = g.agent_id "
        f"AND l.at >= :t0 AND l.at < :t1 WHERE 1 = 1{agents} GROUP BY g.agent_id"
    )
    out: dict[tuple[str, str, str | None], float] = {}

    def add(agent: str, state: str, reason: str | None, seconds: float) -> None:
        if seconds:
            out[(agent, state, reason)] = out.get((agent, state, reason), 0.0) + seconds

    for r in _rows(conn, sql, params):
        for state in STATES:
            add(r["agent_id"], state, None, r[state] or 0.0)
        named = 0.0
        for i, reason in enumerate(reasons):
            add(r["agent_id"], "not_ready:", reason, r[f"r{i}"] or 0.0)
            named += r[f"r{i}"] or 0.0
        add(r["agent_id"], "not_ready:", None, (r["not_ready"] or 0.0) - named)
    crossing = (
        "SELECT l.agent_id, l.to_state, l.reason, "
        "min(coalesce(l.ended_at, :t_end), :t_end) - :t0 AS seconds FROM agents g "
        "JOIN agent_state_log l ON l.id = (SELECT id FROM agent_state_log "
        "WHERE agent_id = g.agent_id AND at < :t0 ORDER BY at DESC, id DESC LIMIT 1) "
        f"WHERE coalesce(l.ended_at, :t_end) > :t0{agents}"
    )
    known = set(reasons)
    for r in _rows(conn, crossing, params):
        add(r["agent_id"], r["to_state"], None, r["seconds"])
        if r["to_state"] == "not_ready":
            add(
                r["agent_id"],
                "not_ready:",
                r["reason"] if r["reason"] in known else None,
                r["seconds"],
            )
    rows: list[Row] = []
    for (agent, state, why), seconds in out.items():
        if state == "not_ready:":
            rows.append(
                {
                    "agent_id": agent,
                    "state": "not_ready",
                    "reason": why,
                    "seconds": seconds,
                    "by_reason": True,
                }
            )
        else:
            rows.append(
                {
                    "agent_id": agent,
                    "state": state,
                    "reason": None,
                    "seconds": seconds,
                    "by_reason": False,
                }
            )
    return rows


def state_changes(conn: sqlite3.Connection, scope: Scope, now: float) -> Iterator[Row]:
    """Every state change in the period, oldest first, with how long the state lasted
    (within the period; an open state until now). Streamed: the caller stops reading when
    it has enough."""
    params: dict[str, Any] = {}
    sql = (
        _state_spans_sql(scope, params, now)
        + "SELECT s.agent_id, a.name AS agent_name, a.team, s.at, s.from_state, s.to_state, "
        "s.reason, s.s1 - s.s0 AS seconds, s.call_id, s.actor FROM spans s "
        "LEFT JOIN agents a ON a.agent_id = s.agent_id "
        "WHERE s.at >= :t0 ORDER BY s.at, s.id"
    )
    return _stream(conn, sql, params)


def call_list(conn: sqlite3.Connection, scope: Scope, where: str = "") -> Iterator[Row]:
    """The calls of the period (oldest first) with their agent's name and team; `where`
    narrows it (a fixed clause of this module: ABANDONED, SURVEYED)."""
    params: dict[str, Any] = {}
    clause = _call_where(scope, params)
    sql = (
        f"SELECT {CALL_LIST_COLUMNS} FROM calls c "
        "LEFT JOIN agents a ON a.agent_id = c.agent_id "
        f"LEFT JOIN queues q ON q.name = c.queue WHERE {clause}{where} "
        "ORDER BY c.started_at, c.id"
    )
    return _stream(conn, sql, params)


# Inbound calls that ended without an agent answering: the abandoned-calls list (呼损清单).
ABANDONED = f" AND {_IN} AND c.answered_at IS NULL AND c.state = 'ended'"
SURVEYED = " AND c.satisfaction IS NOT NULL"
SHORT_ABANDON_SQL = f"CASE WHEN {_SHORT_ABAN} THEN 1 ELSE 0 END"


def _stream(conn: sqlite3.Connection, sql: str, params: dict[str, Any]) -> Iterator[Row]:
    cur = conn.execute(sql, params)
    names = [d[0] for d in cur.description]
    while True:
        chunk = cur.fetchmany(2000)
        if not chunk:
            return
        for r in chunk:
            yield dict(zip(names, r, strict=True))


def directory(
    conn: sqlite3.Connection,
) -> tuple[list[Row], list[Row], list[Row], list[Row], list[Row]]:
    """Agents, queues, DIDs, reason codes and dispositions (names and labels of rows)."""

    def all_of(sql: str) -> list[Row]:
        return _rows(conn, sql, {})

    return (
        all_of("SELECT agent_id, name, team, role FROM agents ORDER BY agent_id"),
        all_of(
            "SELECT name, display_name, service_level_threshold, "
            "short_abandon_threshold FROM queues ORDER BY name"
        ),
        all_of("SELECT number, queue, description FROM dids ORDER BY number"),
        all_of("SELECT code, label_en, label_zh FROM reason_codes ORDER BY sort, code"),
        all_of("SELECT code, label_en, label_zh FROM dispositions ORDER BY sort, code"),
    )


def count_calls(conn: sqlite3.Connection, t0: float, t1: float) -> int:
    """The plain count of calls in [t0, t1): the bench's baseline."""
    return int(
        conn.execute(
            "SELECT count(*) FROM calls WHERE started_at >= ? AND started_at < ?", [t0, t1]
        ).fetchone()[0]
    )
