"""Builds each report on the reports thread: the store's counters and lists in, columns,
rows and totals out. Rates come from server_stub.domain.metrics, as the live figures do."""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any
from zoneinfo import ZoneInfo

from agent_desktop.protocol.reports import ReportColumn
from server_stub.domain import metrics
from server_stub.domain.agent_state import AgentStatus
from server_stub.reports.catalogue import GROUP_COLUMNS, TIME, ReportSpec, col, formulas
from server_stub.reports.periods import Period, buckets, label, local_iso
from server_stub.store import reports as q
from server_stub.store.reports import ReportConnection

Row = dict[str, Any]
Value = str | int | float | None


@dataclass(frozen=True)
class Ask:
    """One report to build: what, over when, grouped how, for whom."""

    spec: ReportSpec
    period: Period
    tz: ZoneInfo
    group_by: str | None
    scope: q.Scope
    now: float
    agents: frozenset[str] | None  # the agents an agent-based report lists (None: all)


@dataclass
class Built:
    columns: list[ReportColumn]
    rows: Iterator[dict[str, Value]]
    totals: dict[str, Value] | None = None
    formulas: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Names:
    agents: dict[str, Row]
    queues: dict[str, Row]
    dids: dict[str, Row]
    reasons: list[Row]
    dispositions: dict[str, Row]


def names(conn: ReportConnection) -> Names:
    agents, queues, dids, reasons, dispositions = q.directory(conn)
    return Names(
        {a["agent_id"]: a for a in agents},
        {r["name"]: r for r in queues},
        {d["number"]: d for d in dids},
        reasons,
        {d["code"]: d for d in dispositions},
    )


def _ratio(a: float, b: float) -> float | None:
    return a / b if b else None


def queue_counters(r: Row) -> metrics.QueueCounters:
    """The live figures' counters, filled from one row of the store's call counters."""

    def n(key: str) -> int:
        return int(r.get(key) or 0)

    def s(key: str) -> float:
        return float(r.get(key) or 0.0)

    return metrics.QueueCounters(
        offered=n("offered"),
        answered=n("answered"),
        answered_within_sl=n("answered_within_sl"),
        abandoned=n("abandoned"),
        abandoned_within_sl=n("abandoned_within_sl"),
        short_abandoned=n("short_abandoned"),
        overflowed=n("overflowed"),
        total_answer_wait=s("total_answer_wait"),
        handled=n("handled"),
        total_talk=s("handled_talk"),
        total_hold=s("handled_hold"),
        total_wrap_up=s("handled_wrap_up"),
    )


def _group_values(
    ask: Ask,
    names_: Names,
    key: Any,
    slots: list[tuple[float, float]] | None = None,
    starts: list[Any] | None = None,
) -> dict[str, Value]:
    g = ask.group_by
    if g in TIME:
        assert starts is not None
        return {"period": label(starts[int(key)])}
    if g == "agent":
        a = names_.agents.get(key or "", {})
        return {"agent": key, "name": a.get("name"), "team": a.get("team")}
    if g == "team":
        return {"team": key}
    if g == "queue":
        return {"queue": key}
    if g == "did":
        return {"did": key, "description": names_.dids.get(key or "", {}).get("description")}
    return {}


def _call_groups(
    conn: ReportConnection,
    ask: Ask,
    names_: Names,
    extra_group: str | None = None,
    parts: bool = False,
) -> list[tuple[dict[str, Value], Row]]:
    """(group columns, counters) per group, in the group's natural order. `parts`: the
    handled figures include agents' parts of transferred calls (`q.queue_parts`)."""
    g = ask.group_by
    starts: list[Any] = []
    cut: list[tuple[Any, float, float]] | None = None
    if g in TIME:
        cut = buckets(ask.period, g)
        starts = [c[0] for c in cut]
        rows = q.call_counters(
            conn, ask.scope, "time", [(a, b) for _, a, b in cut], extra_group, step=even_step(cut)
        )
    else:
        rows = q.call_counters(conn, ask.scope, g, extra_group=extra_group)
    if parts and extra_group is None:
        rows = _with_parts(conn, ask, rows, cut)
    rows.sort(
        key=lambda r: (
            r.get("key") is None,
            str(r.get("key") or "").zfill(12) if g in TIME else str(r.get("key") or ""),
            str(r.get("key2") or ""),
        )
    )
    return [(_group_values(ask, names_, r.get("key"), starts=starts), r) for r in rows]


def _with_parts(
    conn: ReportConnection,
    ask: Ask,
    rows: list[Row],
    cut: list[tuple[Any, float, float]] | None,
) -> list[Row]:
    """`rows` (call counters by key) with the handle time of agents' parts of transferred
    calls added in their groups (a part's queue, or its call's period), and the offers of
    calls in the queues they were transferred from (`q.queue_offers`)."""
    by_key = {r.get("key"): r for r in rows}
    group = "time" if cut is not None else ask.group_by
    starts = [a for _, a, _ in cut] if cut is not None else []

    def row_of(key: Any) -> Row | None:
        """The row of `key` (with `cut`: of the period a time falls in; None outside)."""
        if cut is not None:
            i = bisect.bisect_right(starts, float(key)) - 1
            if i < 0 or float(key) >= cut[i][2]:
                return None
            key = i
        return by_key.setdefault(key, {"key": key, "calls": 0})

    for part in q.queue_parts(conn, ask.scope, group):
        row = row_of(part["key"])
        if row is None:
            continue
        for name in ("handled", "handled_talk", "handled_hold", "handled_wrap_up"):
            row[name] = (row.get(name) or 0) + (part[name] or 0)
    # a call transferred between queues is offered in each queue it was offered to
    for offer in q.queue_offers(conn, ask.scope, group):
        row = row_of(offer["key"])
        if row is not None:
            row["offered"] = (row.get("offered") or 0) + offer["offered"]
    return list(by_key.values())


def even_step(cut: list[tuple[Any, float, float]]) -> tuple[float, float] | None:
    """(origin, width) when every bucket is as long as the others (no DST change and not
    months), else None: then a call's bucket is (started_at - origin) // width."""
    if len(cut) < 2:
        return None
    origin = cut[0][0].timestamp()
    width = cut[1][1] - cut[0][0].timestamp()
    if width not in (3600.0, 86400.0, 7 * 86400.0):
        return None
    for i, (_, a, b) in enumerate(cut):
        if i and a != origin + i * width:
            return None
        if b > origin + (i + 1) * width:
            return None
    return origin, width


def _totals(groups: list[tuple[dict[str, Value], Row]]) -> Row:
    return q.sum_counters([r for _, r in groups])


# --- queues, traffic, dids, outbound ----------------------------------------------------


def _queue_values(r: Row) -> dict[str, Value]:
    c = queue_counters(r)
    settings = metrics.MetricSettings()  # thresholds are per queue, applied in the counts
    return {
        "offered": c.offered,
        "answered": c.answered,
        "abandoned": c.abandoned,
        "short_abandoned": c.short_abandoned,
        "overflowed": c.overflowed,
        "service_level": metrics.service_level(c, settings),
        "asa": metrics.average_speed_of_answer(c),
        "aht": metrics.average_handle_time(c),
        "abandon_rate": metrics.abandon_rate(c),
        "longest_wait": r.get("longest_wait"),
    }


QUEUE_COLUMNS = [
    col("offered", "Offered", "count"),
    col("answered", "Answered", "count"),
    col("abandoned", "Abandoned", "count"),
    col("short_abandoned", "Short abandons", "count"),
    col("overflowed", "Overflowed", "count"),
    col("service_level", "Service level", "ratio"),
    col("asa", "ASA", "seconds"),
    col("aht", "AHT", "seconds"),
    col("abandon_rate", "Abandon rate", "ratio"),
    col("longest_wait", "Longest wait", "seconds"),
]


def build_queues(conn: ReportConnection, ask: Ask, names_: Names) -> Built:
    columns = GROUP_COLUMNS[ask.group_by or "queue"] + QUEUE_COLUMNS
    # AHT: every agent's own part of a transferred call counts in the queue it worked in
    groups = _call_groups(conn, ask, names_, parts=True)
    rows = [dict(g, **_queue_values(r)) for g, r in groups if r.get("offered") or r.get("handled")]
    totals = dict(_queue_values(_totals(groups)))
    return Built(columns, iter(rows), totals, formulas(columns))


TRAFFIC_COLUMNS = [
    col("calls", "Calls", "count"),
    col("inbound", "Inbound", "count"),
    col("outbound", "Outbound", "count"),
    col("answered", "Answered", "count"),
    col("abandoned", "Abandoned", "count"),
    col("service_level", "Service level", "ratio"),
]


def _traffic_values(r: Row) -> dict[str, Value]:
    c = queue_counters(r)
    return {
        "calls": int(r.get("calls") or 0),
        "inbound": int(r.get("inbound") or 0),
        "outbound": int(r.get("outbound") or 0),
        "answered": c.answered,
        "abandoned": c.abandoned,
        "service_level": metrics.service_level(c, metrics.MetricSettings()),
    }


def build_traffic(conn: ReportConnection, ask: Ask, names_: Names) -> Built:
    """Every period of the range, quiet ones included (a curve has no holes)."""
    g = ask.group_by or "hour"
    cut = buckets(ask.period, g)
    counted = q.call_counters(
        conn, ask.scope, "time", [(a, b) for _, a, b in cut], step=even_step(cut)
    )
    found = {int(r["key"]): r for r in counted}
    rows = [
        dict({"period": label(start)}, **_traffic_values(found.get(i, {})))
        for i, (start, _, _) in enumerate(cut)
    ]
    totals: dict[str, Value] = dict(_traffic_values(q.sum_counters(counted)))
    if rows:
        peak = max(rows, key=lambda r: int(r["calls"] or 0))
        totals.update(peak_period=peak["period"], peak_calls=peak["calls"])
    columns = GROUP_COLUMNS[g] + TRAFFIC_COLUMNS
    return Built(columns, iter(rows), totals, formulas(columns, "peak"))


DID_COLUMNS = [
    col("queue", "Queue"),
    col("calls", "Calls", "count"),
    col("answered", "Answered", "count"),
    col("abandoned", "Abandoned", "count"),
    col("overflowed", "Overflowed", "count"),
    col("ivr_only", "Ended in IVR", "count"),
    col("other", "Other", "count"),
    col("talk", "Talk", "seconds"),
]


def _did_values(r: Row) -> dict[str, Value]:
    n = {
        k: int(r.get(k) or 0)
        for k in ("inbound", "answered", "abandoned", "overflowed", "ivr_only")
    }
    other = n["inbound"] - n["answered"] - n["abandoned"] - n["overflowed"] - n["ivr_only"]
    return {
        "calls": n["inbound"],
        "answered": n["answered"],
        "abandoned": n["abandoned"],
        "overflowed": n["overflowed"],
        "ivr_only": n["ivr_only"],
        "other": max(0, other),
        "talk": float(r.get("talk") or 0.0),
    }


def build_dids(conn: ReportConnection, ask: Ask, names_: Names) -> Built:
    g = ask.group_by or "did"
    columns = GROUP_COLUMNS[g] + (DID_COLUMNS if g == "did" else DID_COLUMNS[1:])
    rows: list[dict[str, Value]] = []
    groups = _call_groups(conn, ask, names_)
    for group, r in groups:
        if not r.get("inbound"):
            continue
        values = dict(group, **_did_values(r))
        if g == "did":
            values["queue"] = names_.dids.get(str(group.get("did")), {}).get("queue")
        rows.append(values)
    totals = _did_values(_totals(groups))
    return Built(columns, iter(rows), dict(totals), formulas(columns))


OUTBOUND_COLUMNS = [
    col("attempts", "Attempts", "count"),
    col("connected", "Connected", "count"),
    col("connect_rate", "Connect rate", "ratio"),
    col("talk", "Talk", "seconds"),
    col("avg_talk", "Average talk", "seconds"),
]


def _outbound_values(r: Row) -> dict[str, Value]:
    attempts, connected = int(r.get("outbound") or 0), int(r.get("outbound_connected") or 0)
    talk = float(r.get("outbound_talk") or 0.0)
    return {
        "attempts": attempts,
        "connected": connected,
        "connect_rate": _ratio(connected, attempts),
        "talk": talk,
        "avg_talk": _ratio(talk, connected),
    }


def build_outbound(conn: ReportConnection, ask: Ask, names_: Names) -> Built:
    columns = GROUP_COLUMNS[ask.group_by or "agent"] + OUTBOUND_COLUMNS
    groups = _call_groups(conn, ask, names_)
    rows = [dict(g, **_outbound_values(r)) for g, r in groups]
    return Built(columns, iter(rows), _outbound_values(_totals(groups)), formulas(columns))


def build_dispositions(conn: ReportConnection, ask: Ask, names_: Names) -> Built:
    g = ask.group_by if ask.group_by != "disposition" else None
    inner = Ask(ask.spec, ask.period, ask.tz, g, ask.scope, ask.now, ask.agents)
    groups = (
        _call_groups(conn, inner, names_, extra_group="disposition")
        if g
        else [({}, r) for r in q.call_counters(conn, ask.scope, "disposition")]
    )
    columns = (GROUP_COLUMNS[g] if g else []) + [
        col("disposition", "Disposition"),
        col("label", "Label"),
        col("calls", "Calls", "count"),
        col("share", "Share", "ratio"),
        col("talk", "Talk", "seconds"),
        col("avg_talk", "Average talk", "seconds"),
    ]
    key = "key2" if g else "key"
    groups = [(gv, r) for gv, r in groups if r.get(key)]
    per_group: dict[str, int] = defaultdict(int)
    for gv, r in groups:
        per_group[str(sorted(gv.items()))] += int(r["calls"])
    rows: list[dict[str, Value]] = []
    for gv, r in sorted(
        groups,
        key=lambda x: (
            str(
                x[0].get("period")
                or x[0].get("agent")
                or x[0].get("team")
                or x[0].get("queue")
                or ""
            ),
            -int(x[1]["calls"]),
            str(x[1][key]),
        ),
    ):
        code = str(r[key])
        n, talk = int(r["calls"]), float(r.get("talk") or 0.0)
        rows.append(
            dict(
                gv,
                disposition=code,
                label=names_.dispositions.get(code, {}).get("label_en", code),
                calls=n,
                share=_ratio(n, per_group[str(sorted(gv.items()))]),
                talk=talk,
                avg_talk=_ratio(talk, int(r.get("answered") or 0)),
            )
        )
    total_calls = sum(int(r["calls"]) for _, r in groups)
    totals: dict[str, Value] = {
        "calls": total_calls,
        "talk": sum(float(r.get("talk") or 0.0) for _, r in groups),
    }
    return Built(columns, iter(rows), totals, formulas(columns))


# --- agents and ranking ----------------------------------------------------------------

_HANDLING = {AgentStatus.RESERVED.value, AgentStatus.ON_CALL.value, AgentStatus.WRAP_UP.value}


def _agent_figures(
    conn: ReportConnection, ask: Ask, names_: Names, with_times: bool = True
) -> dict[str, Row]:
    """Per agent: call counters, queue_log counts and (`with_times`) seconds per state."""
    scope = ask.scope
    calls = {r["key"]: r for r in q.call_counters(conn, scope, "agent") if r.get("key")}
    # each agent's own part of calls another agent finished (attended transfer, take
    # over, blind transfer): credited to it, not to the agent the call ended with
    for agent, part in q.agent_parts(conn, scope).items():
        calls[agent] = _add_counters(calls.get(agent, {}), part)
    logged = q.queue_log_counts(conn, scope, ("RINGNOANSWER", "BLINDTRANSFER"), "agent")
    times = (
        q.state_times(conn, scope, ask.now, [r["code"] for r in names_.reasons])
        if with_times
        else []
    )
    agents = [a for a in names_.agents if ask.agents is None or a in ask.agents]
    if scope.teams is not None:
        agents = [a for a in agents if names_.agents[a].get("team") in scope.teams]
    out: dict[str, Row] = {
        a: {
            "calls": calls.get(a, {}),
            "missed": logged.get((a, "RINGNOANSWER"), 0),
            "transfers": logged.get((a, "BLINDTRANSFER"), 0),
            "states": defaultdict(float),
        }
        for a in agents
    }
    for t in times:
        if t["agent_id"] in out:
            states = out[t["agent_id"]]["states"]
            if t["by_reason"]:
                states["not_ready:" + (t["reason"] or "")] += float(t["seconds"])
            else:
                states[t["state"]] += float(t["seconds"])
    return out


def _add_counters(a: Row, b: Row) -> Row:
    """Two counter rows of one agent as one (numbers add up; keys are dropped)."""
    out: Row = {}
    for row in (a, b):
        for k, v in row.items():
            if k not in ("key", "key2") and isinstance(v, int | float):
                out[k] = out.get(k, 0) + v
    return out


def _agent_values(f: Row, reasons: list[str]) -> dict[str, Value]:
    c, st = f["calls"], f["states"]
    time = metrics.AgentTimeCounters()
    for state, seconds in st.items():
        if ":" not in state and state != AgentStatus.LOGGED_OUT.value:
            time = metrics.record_status_time(time, AgentStatus(state), seconds)
    answered, missed = int(c.get("answered") or 0), int(f["missed"])
    values: dict[str, Value] = {
        "offered": answered + missed,
        "answered": answered,
        "missed": missed,
        "talk": float(c.get("talk") or 0.0),
        "hold": float(c.get("hold") or 0.0),
        "wrap_up": st.get(AgentStatus.WRAP_UP.value, 0.0),
        "ready": st.get(AgentStatus.READY.value, 0.0),
        "not_ready": st.get(AgentStatus.NOT_READY.value, 0.0),
        "logged_in": sum(
            v for k, v in st.items() if ":" not in k and k != AgentStatus.LOGGED_OUT.value
        ),
        "occupancy": metrics.occupancy(time),
        "aht": metrics.average_handle_time(queue_counters(c)),
        "transfers": int(f["transfers"]),
        "outbound": int(c.get("outbound") or 0),
    }
    for reason in reasons:
        values["not_ready:" + reason] = st.get("not_ready:" + reason, 0.0)
    return values


def _merge(figures: Iterable[Row]) -> Row:
    """The figures of several agents as one (a team): counts and seconds add up."""
    calls: dict[str, float] = defaultdict(float)
    states: dict[str, float] = defaultdict(float)
    missed = transfers = 0
    for f in figures:
        for k, v in f["calls"].items():
            if k not in ("key", "key2", "longest_wait") and isinstance(v, int | float):
                calls[k] += v
        for k, v in f["states"].items():
            states[k] += v
        missed += f["missed"]
        transfers += f["transfers"]
    return {"calls": dict(calls), "states": states, "missed": missed, "transfers": transfers}


AGENT_COLUMNS = [
    col("offered", "Offered", "count"),
    col("answered", "Answered", "count"),
    col("missed", "Missed", "count"),
    col("talk", "Talk", "seconds"),
    col("hold", "Hold", "seconds"),
    col("wrap_up", "Wrap-up", "seconds"),
    col("ready", "Ready", "seconds"),
    col("not_ready", "Not ready", "seconds"),
    col("logged_in", "Signed in", "seconds"),
    col("occupancy", "Occupancy", "ratio"),
    col("aht", "AHT", "seconds"),
    col("transfers", "Transfers", "count"),
    col("outbound", "Outbound", "count"),
]


def _by_group(
    ask: Ask, names_: Names, figures: dict[str, Row]
) -> list[tuple[dict[str, Value], Row]]:
    if ask.group_by == "team":
        teams: dict[str, list[Row]] = defaultdict(list)
        for agent, f in figures.items():
            teams[str(names_.agents[agent].get("team") or "")].append(f)
        return [({"team": t or None}, _merge(fs)) for t, fs in sorted(teams.items())]
    return [(_group_values(ask, names_, a), f) for a, f in sorted(figures.items())]


def build_agents(conn: ReportConnection, ask: Ask, names_: Names) -> Built:
    figures = _agent_figures(conn, ask, names_)
    reasons = [r["code"] for r in names_.reasons]
    seen = {k.split(":", 1)[1] for f in figures.values() for k in f["states"] if ":" in k}
    reasons += sorted(seen - set(reasons))
    columns = (
        GROUP_COLUMNS[ask.group_by or "agent"]
        + AGENT_COLUMNS
        + [
            col("not_ready:" + r, "Not ready: " + _reason_label(names_, r), "seconds")
            for r in reasons
        ]
    )
    rows = [dict(g, **_agent_values(f, reasons)) for g, f in _by_group(ask, names_, figures)]
    totals = _agent_values(_merge(figures.values()), reasons)
    return Built(columns, iter(rows), totals, formulas(columns, "agent_offered"))


def _reason_label(names_: Names, code: str) -> str:
    for r in names_.reasons:
        if r["code"] == code:
            return str(r["label_en"])
    return code or "(no reason)"


def build_ranking(conn: ReportConnection, ask: Ask, names_: Names) -> Built:
    figures = _agent_figures(conn, ask, names_, with_times=False)
    ranked = []
    for g, f in _by_group(ask, names_, figures):
        c = f["calls"]
        surveyed = int(c.get("surveyed") or 0)
        ranked.append(
            dict(
                g,
                answered=int(c.get("answered") or 0),
                talk=float(c.get("talk") or 0.0),
                aht=metrics.average_handle_time(queue_counters(c)),
                satisfaction=_ratio(float(c.get("satisfaction_sum") or 0), surveyed),
            )
        )
    ranked.sort(
        key=lambda r: (
            -int(r["answered"] or 0),
            -float(r["talk"] or 0.0),
            str(r.get("agent") or r.get("team") or ""),
        )
    )
    rows = [dict({"rank": i}, **r) for i, r in enumerate(ranked, start=1)]
    columns = (
        [col("rank", "Rank", "count")]
        + GROUP_COLUMNS[ask.group_by or "agent"]
        + [
            col("answered", "Answered", "count"),
            col("talk", "Talk", "seconds"),
            col("aht", "AHT", "seconds"),
            col("satisfaction", "Satisfaction", "number"),
        ]
    )
    return Built(columns, iter(rows), None, formulas(columns))


# --- lists ----------------------------------------------------------------------------


def _time(tz: ZoneInfo) -> Callable[[float | None], str | None]:
    return lambda epoch: local_iso(epoch, tz)


CALL_COLUMNS = [
    col("started_at", "Started", "time"),
    col("call_id", "Call"),
    col("direction", "Direction"),
    col("ani", "Caller"),
    col("dnis", "Called"),
    col("queue", "Queue"),
    col("agent", "Agent"),
    col("agent_name", "Name"),
    col("wait", "Wait", "seconds"),
    col("talk", "Talk", "seconds"),
    col("hold", "Hold", "seconds"),
    col("wrap_up", "Wrap-up", "seconds"),
    col("disposition", "Disposition"),
    col("satisfaction", "Satisfaction", "number"),
    col("end_cause", "End cause"),
    col("recording_id", "Recording"),
]


def build_calls(conn: ReportConnection, ask: Ask, names_: Names) -> Built:
    iso = _time(ask.tz)

    def rows() -> Iterator[dict[str, Value]]:
        for r in q.call_list(conn, ask.scope):
            yield {
                "started_at": iso(r["started_at"]),
                "call_id": r["call_id"],
                "direction": r["direction"],
                "ani": r["ani"],
                "dnis": r["dnis"],
                "queue": r["queue"],
                "agent": r["agent_id"],
                "agent_name": r["agent_name"],
                "wait": r["wait_seconds"],
                "talk": r["talk_seconds"],
                "hold": r["hold_seconds"],
                "wrap_up": r["wrap_up_seconds"],
                "disposition": r["disposition"],
                "satisfaction": r["satisfaction"],
                "end_cause": r["end_cause"],
                "recording_id": r["recording_id"],
            }

    t = q.call_totals(conn, ask.scope)
    totals: dict[str, Value] = {
        "call_id": int(t.get("calls") or 0),
        "talk": float(t.get("talk") or 0.0),
        "hold": float(t.get("hold") or 0.0),
    }
    return Built(CALL_COLUMNS, rows(), totals, formulas(CALL_COLUMNS, "calls"))


ABANDONED_COLUMNS = [
    col("started_at", "Started", "time"),
    col("call_id", "Call"),
    col("ani", "Caller"),
    col("dnis", "Called"),
    col("queue", "Queue"),
    col("lost_at", "Lost at"),
    col("agent", "Ringing agent"),
    col("wait", "Wait", "seconds"),
    col("short", "Short abandon", "count"),
    col("end_cause", "End cause"),
]


def _lost_at(r: Row) -> str:
    if r["queued_at"] is None:
        return "ivr"
    if str(r["end_cause"] or "").startswith("overflow"):
        return "overflow"
    return "ringing" if r["agent_id"] else "queue"


def build_abandoned(conn: ReportConnection, ask: Ask, names_: Names) -> Built:
    iso = _time(ask.tz)
    counts = {"ivr": 0, "queue": 0, "ringing": 0, "overflow": 0}

    def rows() -> Iterator[dict[str, Value]]:
        for r in q.call_list(conn, ask.scope, q.ABANDONED):
            queue = names_.queues.get(r["queue"] or "", {})
            short = int(
                r["end_cause"] == "abandoned"
                and (r["wait_seconds"] or 0) < float(queue.get("short_abandon_threshold") or 5)
            )
            lost = _lost_at(r)
            counts[lost] += 1
            yield {
                "started_at": iso(r["started_at"]),
                "call_id": r["call_id"],
                "ani": r["ani"],
                "dnis": r["dnis"],
                "queue": r["queue"],
                "lost_at": lost,
                "agent": r["agent_id"],
                "wait": r["wait_seconds"],
                "short": short,
                "end_cause": r["end_cause"],
            }

    return Built(ABANDONED_COLUMNS, rows(), None, formulas(ABANDONED_COLUMNS))


SATISFACTION_COLUMNS = [
    col("started_at", "Started", "time"),
    col("call_id", "Call"),
    col("agent", "Agent"),
    col("agent_name", "Name"),
    col("queue", "Queue"),
    col("ani", "Caller"),
    col("satisfaction", "Satisfaction", "number"),
    col("disposition", "Disposition"),
]


def build_satisfaction(conn: ReportConnection, ask: Ask, names_: Names) -> Built:
    iso = _time(ask.tz)

    def rows() -> Iterator[dict[str, Value]]:
        for r in q.call_list(conn, ask.scope, q.SURVEYED):
            yield {
                "started_at": iso(r["started_at"]),
                "call_id": r["call_id"],
                "agent": r["agent_id"],
                "agent_name": r["agent_name"],
                "queue": r["queue"],
                "ani": r["ani"],
                "satisfaction": r["satisfaction"],
                "disposition": r["disposition"],
            }

    t = q.call_totals(conn, ask.scope, q.SURVEYED)
    surveyed = int(t.get("surveyed") or 0)
    totals: dict[str, Value] = {
        "call_id": surveyed,
        "satisfaction": _ratio(float(t.get("satisfaction_sum") or 0), surveyed),
    }
    return Built(SATISFACTION_COLUMNS, rows(), totals, formulas(SATISFACTION_COLUMNS))


STATE_COLUMNS = [
    col("at", "Time", "time"),
    col("agent", "Agent"),
    col("agent_name", "Name"),
    col("team", "Team"),
    col("from_state", "From"),
    col("state", "State"),
    col("reason", "Reason"),
    col("duration", "Duration", "seconds"),
    col("call_id", "Call"),
    col("actor", "Changed by"),
]


def build_agent_states(conn: ReportConnection, ask: Ask, names_: Names) -> Built:
    iso = _time(ask.tz)

    def rows() -> Iterator[dict[str, Value]]:
        for r in q.state_changes(conn, ask.scope, ask.now):
            yield {
                "at": iso(r["at"]),
                "agent": r["agent_id"],
                "agent_name": r["agent_name"],
                "team": r["team"],
                "from_state": r["from_state"],
                "state": r["to_state"],
                "reason": r["reason"],
                "duration": r["seconds"],
                "call_id": r["call_id"],
                "actor": r["actor"],
            }

    return Built(STATE_COLUMNS, rows(), None, formulas(STATE_COLUMNS))


BUILDERS: dict[str, Callable[[ReportConnection, Ask, Names], Built]] = {
    "agents": build_agents,
    "queues": build_queues,
    "dids": build_dids,
    "dispositions": build_dispositions,
    "outbound": build_outbound,
    "agent-states": build_agent_states,
    "ranking": build_ranking,
    "satisfaction": build_satisfaction,
    "abandoned": build_abandoned,
    "traffic": build_traffic,
    "calls": build_calls,
}
