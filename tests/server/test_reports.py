"""Reports (issue 16) through the real API on a generated history: each report's figures
against a brute-force computation in Python over the raw rows, exports read back, role
scoping and bad input; on SQLite and on PostgreSQL (`--database`, issue 19)."""

from __future__ import annotations

import csv
import io
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import openpyxl
import pytest
from fastapi.testclient import TestClient

from agent_desktop.protocol.reports import GROUP_BY, REPORT_NAMES
from server_stub import demo
from server_stub.app import Services, build_services, create_app
from server_stub.config import ServerConfig
from server_stub.store.dialect import PgConnection
from tests.server.conftest import FakeClock, fast_passwords
from tests.support.report_history import centre_of, generate

TZ = ZoneInfo("Asia/Shanghai")
START = datetime(2026, 11, 1, tzinfo=TZ)
P = {"from": "2026-11-03", "to": "2026-11-10"}
T0 = datetime(2026, 11, 3, tzinfo=TZ).timestamp()
T1 = datetime(2026, 11, 10, tzinfo=TZ).timestamp()


@dataclass
class Centre:
    services: Services
    client: TestClient
    tokens: dict[str, str]
    db: Path | str  # the SQLite file, or the PostgreSQL URL

    def connect(self) -> Any:
        """A connection answering like sqlite3 (PostgreSQL: through the dialect layer)."""
        if isinstance(self.db, str):
            return PgConnection(self.db)
        return sqlite3.connect(self.db)

    def get(self, path: str, who: str = "9000", **params: Any) -> Any:
        r = self.client.get(
            f"/api/v1/reports{path}",
            params=params,
            headers={"Authorization": f"Bearer {self.tokens[who]}"},
        )
        return r

    def report(self, name: str, who: str = "9000", **params: Any) -> dict[str, Any]:
        r = self.get(f"/{name}", who, **{**P, **params})
        assert r.status_code == 200, r.text
        return r.json()  # type: ignore[no-any-return]

    def rows(self, sql: str, params: Any = ()) -> list[dict[str, Any]]:
        conn = self.connect()
        try:
            cur = conn.execute(sql, params)
            names = [d[0] for d in cur.description]
            return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]
        finally:
            conn.close()


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def centre(
    tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest
) -> Iterator[Centre]:
    clock, passwords = FakeClock(), fast_passwords()
    database = None
    if request.param == "postgresql":
        database = request.getfixturevalue("postgres_cluster").create_database("reports")
    config = ServerConfig(
        database=database,
        data_dir=tmp_path_factory.mktemp("reports"),
        http_port=0,
        sip_port=5999,
        timezone="Asia/Shanghai",
    )
    services = build_services(config, clock=clock, passwords=passwords)

    def seed(s: Any) -> None:
        demo.seed(s, passwords, clock())
        s.save_team({"name": "team_a", "display_name": "A 组 Team A", "lead": "9001"})
        s.save_team({"name": "team_b", "display_name": "B 组 Team B", "lead": None})
        generate(s.conn, centre_of(s.conn), START.timestamp(), 14, 3000)

    services.runner.run_sync(seed)
    client = TestClient(create_app(services))
    client.__enter__()
    tokens = {}
    for agent in ("1001", "1003", "9001", "9000"):
        r = client.post(
            "/api/v1/auth/login", json={"agent_id": agent, "password": demo.DEMO_PASSWORD}
        )
        tokens[agent] = r.json()["token"]
    yield Centre(services, client, tokens, database or config.database_path)
    client.__exit__(None, None, None)


def _calls(c: Centre) -> list[dict[str, Any]]:
    return [r for r in c.rows("SELECT * FROM calls") if T0 <= r["started_at"] < T1]


def _close(a: Any, b: Any) -> bool:
    if a is None or b is None:
        return a is b
    return abs(float(a) - float(b)) <= 1e-6 * max(1.0, abs(float(b)))


def _by(rows: list[dict[str, Any]], key: str) -> dict[Any, dict[str, Any]]:
    return {r[key]: r for r in rows}


# --- figures against brute force ----------------------------------------------------------


def _expected_queue(calls: list[dict[str, Any]], sl: float, short: float) -> dict[str, Any]:
    queued = [r for r in calls if r["direction"] == "inbound" and r["queued_at"] is not None]
    answered = [r for r in queued if r["answered_at"] is not None]
    aband = [r for r in queued if r["end_cause"] == "abandoned"]
    shorts = [r for r in aband if (r["wait_seconds"] or 0) < short]
    over = [r for r in queued if (r["end_cause"] or "").startswith("overflow")]
    within = [r for r in answered if r["wait_seconds"] <= sl]
    handled = [r for r in answered if r["wrap_up_seconds"] is not None]
    sl_offered = len(answered) + len(aband) + len(over) - len(shorts)
    return {
        "offered": len(queued),
        "answered": len(answered),
        "abandoned": len(aband),
        "short_abandoned": len(shorts),
        "overflowed": len(over),
        "service_level": len(within) / sl_offered if sl_offered else None,
        "asa": sum(r["wait_seconds"] for r in answered) / len(answered) if answered else None,
        "aht": (
            sum(
                r["talk_seconds"] + (r["hold_seconds"] or 0) + r["wrap_up_seconds"] for r in handled
            )
            / len(handled)
        )
        if handled
        else None,
        "abandon_rate": (
            (len(aband) - len(shorts)) / (len(queued) - len(shorts))
            if len(queued) > len(shorts)
            else None
        ),
        "longest_wait": max((r["wait_seconds"] for r in queued), default=None),
    }


def test_queues_report_matches_brute_force(centre: Centre) -> None:
    result = centre.report("queues")
    calls = _calls(centre)
    thresholds = _by(centre.rows("SELECT * FROM queues"), "name")
    assert {r["queue"] for r in result["rows"]} == {r["queue"] for r in calls if r["queue"]}
    for row in result["rows"]:
        q = thresholds[row["queue"]]
        want = _expected_queue(
            [r for r in calls if r["queue"] == row["queue"]],
            q["service_level_threshold"],
            q["short_abandon_threshold"],
        )
        for key, value in want.items():
            assert _close(row[key], value), (row["queue"], key, row[key], value)
    assert result["totals"]["offered"] == sum(r["offered"] for r in result["rows"])
    assert result["formulas"]["service_level"].startswith("answered within")
    assert result["timezone"] == "Asia/Shanghai"


def test_queues_by_day_in_the_centres_time_zone(centre: Centre) -> None:
    result = centre.report("queues", group_by="day", queue="support")
    calls = [r for r in _calls(centre) if r["queue"] == "support"]
    q = _by(centre.rows("SELECT * FROM queues"), "name")["support"]
    days: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in calls:
        day = datetime.fromtimestamp(r["started_at"], TZ).replace(
            hour=0, minute=0, second=0, microsecond=0
        )
        days[day.isoformat()].append(r)
    assert [r["period"] for r in result["rows"]] == sorted(days)
    for row in result["rows"]:
        want = _expected_queue(
            days[row["period"]], q["service_level_threshold"], q["short_abandon_threshold"]
        )
        assert row["offered"] == want["offered"]
        assert _close(row["service_level"], want["service_level"])
    assert result["rows"][0]["period"] == "2026-11-03T00:00:00+08:00"


def test_time_buckets_computed_or_joined_give_the_same_counts(centre: Centre) -> None:
    from server_stub.reports.build import even_step
    from server_stub.reports.periods import buckets, period
    from server_stub.store import reports as q

    p = period(P["from"], P["to"], TZ)
    conn = centre.connect()
    try:
        for unit in ("hour", "day", "week"):
            cut = buckets(p, unit)
            spans = [(a, b) for _, a, b in cut]
            joined = q.call_counters(conn, q.Scope(p.t0, p.t1), "time", spans)
            step = even_step(cut)
            assert step is not None
            computed = q.call_counters(conn, q.Scope(p.t0, p.t1), "time", spans, step=step)
            # the same figures; float sums may differ in the last bit (summing order)
            assert joined and len(joined) == len(computed), unit
            for a, b in zip(joined, computed, strict=True):
                assert a.keys() == b.keys() and all(_close(a[k], b[k]) for k in a), unit
    finally:
        conn.close()


def test_traffic_per_hour_and_day_with_peak(centre: Centre) -> None:
    calls = _calls(centre)
    per_day = Counter(datetime.fromtimestamp(r["started_at"], TZ).date().isoformat() for r in calls)
    result = centre.report("traffic", group_by="day")
    assert [r["period"][:10] for r in result["rows"]] == [f"2026-11-0{d}" for d in range(3, 10)]
    assert {r["period"][:10]: r["calls"] for r in result["rows"]} == dict(per_day)
    hourly = centre.report("traffic")  # default: by hour, every hour, quiet ones too
    assert len(hourly["rows"]) == 7 * 24
    per_hour = Counter(
        datetime.fromtimestamp(r["started_at"], TZ).strftime("%Y-%m-%dT%H") for r in calls
    )
    assert {r["period"][:13]: r["calls"] for r in hourly["rows"] if r["calls"]} == dict(per_hour)
    peak = max(per_hour.values())
    assert hourly["totals"]["peak_calls"] == peak
    assert per_hour[hourly["totals"]["peak_period"][:13]] == peak
    assert hourly["totals"]["calls"] == len(calls)
    inbound = [r for r in calls if r["direction"] == "inbound"]
    assert hourly["totals"]["inbound"] == len(inbound)
    assert hourly["totals"]["answered"] == sum(r["answered_at"] is not None for r in inbound)


def _state_seconds(c: Centre, t_end: float) -> dict[str, dict[str, float]]:
    """Per agent: seconds per state (and not_ready:<reason>) in [T0, t_end), by walking
    each agent's log in order (each state lasts until the agent's next row)."""
    out: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    log: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in c.rows("SELECT * FROM agent_state_log ORDER BY at, id"):
        log[r["agent_id"]].append(r)
    for agent, rows in log.items():
        for row, nxt in zip(rows, [*rows[1:], None], strict=True):
            a = max(row["at"], T0)
            b = min(nxt["at"] if nxt else t_end, t_end)
            if b > a:
                out[agent][row["to_state"]] += b - a
                if row["to_state"] == "not_ready":
                    out[agent]["not_ready:" + (row["reason"] or "")] += b - a
    return out


def test_agents_report_matches_brute_force(centre: Centre) -> None:
    result = centre.report("agents")
    calls = _calls(centre)
    qlog = [r for r in centre.rows("SELECT * FROM queue_log") if T0 <= r["time"] < T1]
    states = _state_seconds(centre, T1)
    agents = _by(result["rows"], "agent")
    assert set(agents) == {a["agent_id"] for a in centre.rows("SELECT agent_id FROM agents")}
    for agent, row in agents.items():
        mine = [r for r in calls if r["agent_id"] == agent]
        answered = [r for r in mine if r["direction"] == "inbound" and r["answered_at"]]
        handled = [r for r in answered if r["wrap_up_seconds"] is not None]
        missed = sum(r["agent"] == agent and r["event"] == "RINGNOANSWER" for r in qlog)
        st = states[agent]
        handling = st["reserved"] + st["on_call"] + st["wrap_up"]
        want = {
            "answered": len(answered),
            "missed": missed,
            "offered": len(answered) + missed,
            "talk": sum(r["talk_seconds"] for r in answered),
            "hold": sum(r["hold_seconds"] or 0 for r in answered),
            "transfers": sum(r["agent"] == agent and r["event"] == "BLINDTRANSFER" for r in qlog),
            "outbound": sum(r["direction"] == "outbound" for r in mine),
            "ready": st["ready"],
            "not_ready": st["not_ready"],
            "wrap_up": st["wrap_up"],
            "logged_in": sum(v for k, v in st.items() if ":" not in k and k != "logged_out"),
            "occupancy": handling / (handling + st["ready"]) if handling + st["ready"] else None,
            "aht": (
                sum(
                    r["talk_seconds"] + (r["hold_seconds"] or 0) + r["wrap_up_seconds"]
                    for r in handled
                )
                / len(handled)
            )
            if handled
            else None,
        }
        for key, value in want.items():
            assert _close(row[key], value), (agent, key, row[key], value)
        for key, value in st.items():
            if key.startswith("not_ready:"):
                assert _close(row[key], value), (agent, key)
    assert any(row["answered"] for row in agents.values())
    assert any(c["key"] == "not_ready:lunch" for c in result["columns"])
    team = _by(centre.report("agents", group_by="team")["rows"], "team")
    assert team["team_a"]["answered"] == sum(
        r["answered"] for r in agents.values() if r["team"] == "team_a"
    )


def test_dids_outbound_dispositions_ranking_match(centre: Centre) -> None:
    calls = _calls(centre)
    inbound = [r for r in calls if r["direction"] == "inbound"]
    dids = _by(centre.report("dids")["rows"], "did")
    for number, row in dids.items():
        mine = [r for r in inbound if r["dnis"] == number]
        assert row["calls"] == len(mine)
        assert row["answered"] == sum(r["answered_at"] is not None for r in mine)
        assert row["abandoned"] == sum(r["end_cause"] == "abandoned" for r in mine)
        assert row["ivr_only"] == sum(r["queued_at"] is None for r in mine)
    assert sum(r["calls"] for r in dids.values()) == len(inbound)

    out = _by(centre.report("outbound")["rows"], "agent")
    outbound = [r for r in calls if r["direction"] == "outbound"]
    for agent, row in out.items():
        mine = [r for r in outbound if r["agent_id"] == agent]
        connected = [r for r in mine if r["answered_at"] is not None]
        assert (row["attempts"], row["connected"]) == (len(mine), len(connected))
        assert _close(row["connect_rate"], len(connected) / len(mine))
    assert sum(r["attempts"] for r in out.values()) == len(outbound)

    disp = centre.report("dispositions")
    counted = Counter(r["disposition"] for r in calls if r["disposition"])
    assert {r["disposition"]: r["calls"] for r in disp["rows"]} == dict(counted)
    assert _close(sum(r["share"] for r in disp["rows"]), 1.0)
    by_agent = centre.report("dispositions", group_by="agent")
    assert {(r["agent"], r["disposition"]): r["calls"] for r in by_agent["rows"]} == dict(
        Counter((r["agent_id"], r["disposition"]) for r in calls if r["disposition"])
    )

    ranking = centre.report("ranking")["rows"]
    answered = Counter(r["agent_id"] for r in inbound if r["answered_at"] is not None)
    assert [r["answered"] for r in ranking] == sorted(
        [answered.get(r["agent"], 0) for r in ranking], reverse=True
    )
    assert ranking[0]["rank"] == 1 and ranking[0]["answered"] == max(answered.values())


def test_lists_calls_abandoned_satisfaction_states(centre: Centre) -> None:
    calls = _calls(centre)
    listed = centre.report("calls", limit=10000)
    assert [r["call_id"] for r in listed["rows"]] == [
        r["id"] for r in sorted(calls, key=lambda r: (r["started_at"], r["id"]))
    ]
    assert listed["totals"]["call_id"] == len(calls)
    assert listed["rows"][0]["started_at"].endswith("+08:00")

    lost = centre.report("abandoned", limit=10000)["rows"]
    want = [r for r in calls if r["direction"] == "inbound" and r["answered_at"] is None]
    assert {r["call_id"] for r in lost} == {r["id"] for r in want}
    where = {r["call_id"]: r["lost_at"] for r in lost}
    for r in want:
        expected = (
            "ivr"
            if r["queued_at"] is None
            else "overflow"
            if r["end_cause"].startswith("overflow")
            else "ringing"
            if r["agent_id"]
            else "queue"
        )
        assert where[r["id"]] == expected

    sat = centre.report("satisfaction", limit=10000)
    scored = [r["satisfaction"] for r in calls if r["satisfaction"] is not None]
    assert sorted(r["satisfaction"] for r in sat["rows"]) == sorted(scored)
    assert _close(sat["totals"]["satisfaction"], sum(scored) / len(scored))

    changes = centre.report("agent-states", agent="1003", limit=10000)["rows"]
    log = [
        r
        for r in centre.rows(
            "SELECT * FROM agent_state_log WHERE agent_id = '1003' ORDER BY at, id"
        )
    ]
    inside = [(r, n) for r, n in zip(log, [*log[1:], None], strict=True) if T0 <= r["at"] < T1]
    assert len(changes) == len(inside)
    for got, (row, nxt) in zip(changes, inside, strict=True):
        assert got["state"] == row["to_state"] and got["reason"] == row["reason"]
        assert _close(got["duration"], min(nxt["at"] if nxt else T1, T1) - row["at"])


def test_truncated_json_but_whole_export(centre: Centre) -> None:
    result = centre.report("calls", limit=10)
    assert len(result["rows"]) == 10 and result["truncated"] is True
    body = centre.get("/calls", format="csv", **P).content.decode("utf-8-sig")
    assert len(list(csv.reader(io.StringIO(body)))) == len(_calls(centre)) + 2  # header, total


# --- exports ---------------------------------------------------------------------------


def test_csv_has_a_bom_and_the_rows_of_the_json(centre: Centre) -> None:
    r = centre.get("/agents", format="csv", **P)
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/csv")
    assert "agents_2026-11-03_2026-11-10.csv" in r.headers["content-disposition"]
    assert r.content.startswith(b"\xef\xbb\xbf")
    lines = list(csv.reader(io.StringIO(r.content.decode("utf-8-sig"))))
    result = centre.report("agents")
    assert lines[0] == [c["label"] for c in result["columns"]]
    assert "李娜 Li Na" in [line[1] for line in lines]  # Chinese survives
    for line, row in zip(lines[1:], result["rows"], strict=False):
        for cell, column in zip(line, result["columns"], strict=True):
            value = row[column["key"]]
            if value is None:
                assert cell == ""
            elif column["kind"] in ("count", "seconds", "ratio", "number"):
                assert _close(float(cell), value)
            else:
                assert cell == str(value)
    assert lines[-1][0] == "Total"


def test_xlsx_numbers_durations_and_a_traffic_chart(centre: Centre, tmp_path: Path) -> None:
    r = centre.get("/queues", format="xlsx", **P)
    assert r.status_code == 200
    path = tmp_path / "queues.xlsx"
    path.write_bytes(r.content)
    ws = openpyxl.load_workbook(path).worksheets[0]
    result = centre.report("queues")
    header = [c.value for c in ws[1]]
    assert header == [c["label"] for c in result["columns"]]
    assert ws["A1"].font.b
    keys = [c["key"] for c in result["columns"]]
    for xrow, row in zip(ws.iter_rows(min_row=2), result["rows"], strict=False):
        cells = dict(zip(keys, xrow, strict=True))
        assert cells["offered"].value == row["offered"] and cells["offered"].data_type == "n"
        assert abs(cells["asa"].value.total_seconds() - row["asa"]) < 0.001  # a duration
        assert cells["asa"].number_format == "[h]:mm:ss"
        assert cells["service_level"].number_format == "0.0%"
        assert _close(cells["service_level"].value, row["service_level"])

    r = centre.get("/traffic", format="xlsx", group_by="day", **P)
    path.write_bytes(r.content)
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Traffic", "Chart"]
    sheet = book["Traffic"]
    assert isinstance(sheet["A2"].value, datetime)
    assert sheet["A2"].value == datetime(2026, 11, 3)
    assert [c.value for c in sheet["B"][1:8]] == [
        r["calls"] for r in centre.report("traffic", group_by="day")["rows"]
    ]


# --- roles -------------------------------------------------------------------------------


def test_an_agent_sees_only_their_own_figures(centre: Centre) -> None:
    cat = centre.get("", "1001").json()
    names = {r["name"] for r in cat["reports"]}
    assert {"agents", "calls", "agent-states"} <= names
    assert not names & {"queues", "traffic", "ranking", "abandoned", "dids"}
    assert cat["export"] is False and cat["timezone"] == "Asia/Shanghai"
    every = centre.get("", "9000").json()
    assert [r["name"] for r in every["reports"]] == list(REPORT_NAMES) and every["export"]
    assert all(set(r["group_by"]) <= set(GROUP_BY) for r in every["reports"])
    rows = centre.report("agents", "1001")["rows"]
    assert [r["agent"] for r in rows] == ["1001"]
    calls = centre.report("calls", "1001", limit=10000)["rows"]
    assert calls and {r["agent"] for r in calls} == {"1001"}
    states = centre.report("agent-states", "1001", limit=10000)["rows"]
    assert states and {r["agent"] for r in states} == {"1001"}
    r = centre.get("/agents", "1001", agent="1002", **P)
    assert r.status_code == 403 and r.json()["error_id"] == "not_your_figures"
    r = centre.get("/queues", "1001", **P)
    assert r.status_code == 403 and r.json()["error_id"] == "not_your_figures"
    r = centre.get("/calls", "1001", format="csv", **P)
    assert r.status_code == 403


def test_a_lead_exports_only_their_teams_queue_log(centre: Centre) -> None:
    """Leads may export (their reports are scoped); the raw queue_log is scoped the same way:
    their agents' lines and those of the queues they work in, never another team's agent."""

    def log(who: str) -> list[dict[str, Any]]:
        r = centre.client.get(
            "/api/v1/queue-log", headers={"Authorization": f"Bearer {centre.tokens[who]}"}
        )
        assert r.status_code == 200, r.text
        return r.json()  # type: ignore[no-any-return]

    everything, lead = log("9000"), log("9001")
    assert {r["agent"] for r in everything} & {"1003", "1004"}
    assert lead and len(lead) < len(everything)
    team_a, queues_of_a = {"1001", "1002", "9001"}, {"sales", "support"}
    assert all(r["agent"] in team_a or r["queuename"] in queues_of_a for r in lead)


def test_a_lead_sees_their_teams_and_an_admin_everyone(centre: Centre) -> None:
    team_a = {"1001", "1002", "9001"}
    rows = centre.report("agents", "9001")["rows"]
    assert {r["agent"] for r in rows} == team_a
    calls = centre.report("calls", "9001", limit=10000)["rows"]
    queues_of_a = {"sales", "support"}  # 1001 works in both
    assert calls and all(r["agent"] in team_a or r["queue"] in queues_of_a for r in calls)
    assert {r["agent"] for r in calls if r["agent"]} & {"1003", "1004"}  # their queues' calls
    ranking = centre.report("ranking", "9001")["rows"]
    assert {r["agent"] for r in ranking} == team_a
    r = centre.get("/agents", "9001", agent="1003", **P)
    assert r.status_code == 403 and r.json()["error_id"] == "outside_team"
    r = centre.get("/agents", "9001", team="team_b", **P)
    assert r.status_code == 403 and r.json()["error_id"] == "outside_team"
    assert centre.get("", "9001").json()["export"] is True  # leads export their teams
    r = centre.get("/agents", "9001", format="csv", **P)
    assert r.status_code == 200
    exported = {line.split(",")[0] for line in r.content.decode("utf-8-sig").splitlines()[1:]}
    assert exported & team_a and not exported & {"1003", "1004"}  # scoped like the table
    assert centre.get("", "1001").json()["export"] is False  # agents do not export
    r = centre.get("/agents", "1001", format="xlsx", **P)
    assert r.status_code == 403 and r.json()["error_id"] == "forbidden"
    everyone = centre.report("agents", "9000")["rows"]
    assert {r["agent"] for r in everyone} > team_a | {"1003", "1004", "1005"}


# --- bad input -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "params", "status", "error_id"),
    [
        ("/agents", {"from": "2026-11-10", "to": "2026-11-03"}, 422, "invalid_period"),
        ("/agents", {"from": "2026-11-03", "to": "2026-11-03"}, 422, "invalid_period"),
        ("/agents", {"from": "2020-01-01", "to": "2026-01-01"}, 422, "period_too_long"),
        ("/agents", {"from": "yesterday", "to": "2026-11-03"}, 422, "invalid_period"),
        ("/agents", {"from": "2026-13-01", "to": "2026-11-03"}, 422, "invalid_period"),
        (
            "/traffic",
            {"from": "9999-12-01", "to": "9999-12-31", "group_by": "month"},
            422,
            "invalid_period",
        ),
        ("/traffic", {"from": "0001-01-01T00:00+14:00", "to": "0001-01-02"}, 422, "invalid_period"),
        ("/agents", {"to": "2026-11-03"}, 422, "invalid_input"),
        ("/calls", {**P, "limit": "0"}, 422, "invalid_input"),
        ("/nonsense", P, 404, "unknown_report"),
        ("/queues", {**P, "group_by": "weekday"}, 422, "unknown_group_by"),
        ("/calls", {**P, "group_by": "day"}, 422, "unknown_group_by"),
        ("/queues", {**P, "format": "pdf"}, 422, "unknown_format"),
    ],
)
def test_bad_input_gets_a_clear_error(
    centre: Centre, path: str, params: dict[str, str], status: int, error_id: str
) -> None:
    r = centre.get(path, **params)
    assert r.status_code == status, r.text
    assert r.json()["error_id"] == error_id
    assert r.json()["message"]


def test_a_period_without_data_is_an_empty_report(centre: Centre) -> None:
    empty = {"from": "2025-01-01", "to": "2025-01-02"}
    for name in (
        "queues",
        "calls",
        "abandoned",
        "dids",
        "outbound",
        "dispositions",
        "satisfaction",
        "agent-states",
    ):
        result = centre.report(name, **empty)
        assert result["rows"] == [], name
    traffic = centre.report("traffic", **empty)
    assert len(traffic["rows"]) == 24 and all(r["calls"] == 0 for r in traffic["rows"])
    agents = centre.report("agents", **empty)["rows"]
    assert all(r["answered"] == 0 and r["logged_in"] == 0 for r in agents)
    assert centre.get("/queues", format="xlsx", **empty).status_code == 200
