"""Issue 15, handle time of transferred calls in the queues report: each agent's own part
(talk + hold + wrap-up) counts in the queue it worked in, and an agent's direct queue
(`agent:<id>`, a transfer to an agent) never shows as a queue. The coordinator real over
HTTP, media faked, the clock pushed by hand so the figures are exact."""

from __future__ import annotations

import time
from typing import Any, cast

import pytest

from tests.server.conftest import Server
from tests.server.test_acd_flow import _run
from tests.server.test_consult_records import BlindControl, _timers, _wait

DAY = 86400


def _server(make_server: Any) -> Server:
    acd: Server = make_server(control=BlindControl(), tweak=_timers)
    acd.clock.advance(5 * DAY)  # days after the demo's calls: only this test's in the period
    return acd


def _report(acd: Server, name: str) -> dict[str, dict[str, Any]]:
    period = {
        "from": time.strftime("%Y-%m-%d", time.gmtime(acd.clock() - DAY)),
        "to": time.strftime("%Y-%m-%d", time.gmtime(acd.clock() + 2 * DAY)),
    }
    r = acd.client.get(f"/api/v1/reports/{name}", params=period, headers=acd.auth("9000"))
    assert r.status_code == 200, r.text
    key = "queue" if name == "queues" else "agent"
    return {row[key]: row for row in r.json()["rows"]}


def _rows(acd: Server, sql: str, call_id: str) -> list[dict[str, Any]]:
    def read(s: Any) -> list[dict[str, Any]]:
        return cast(list[dict[str, Any]], s._rows(sql, [call_id]))

    return acd.services.runner.run_sync(read)


def _wrapped_up(acd: Server, call_id: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """(the first agent's part, the call's row) once both wrap-ups are written."""

    def done() -> bool:
        parts = _rows(acd, "SELECT * FROM call_legs WHERE call_id = ? AND kind = 'agent'", call_id)
        row = _rows(acd, "SELECT * FROM calls WHERE id = ?", call_id)[0]
        return (
            bool(parts)
            and parts[0]["wrap_up_seconds"] is not None
            and (row["wrap_up_seconds"] is not None)
        )

    _wait(done)
    part = _rows(acd, "SELECT * FROM call_legs WHERE call_id = ? AND kind = 'agent'", call_id)[0]
    return part, _rows(acd, "SELECT * FROM calls WHERE id = ?", call_id)[0]


def _handle(row: dict[str, Any]) -> float:
    return float(row["talk_seconds"] + (row["hold_seconds"] or 0) + row["wrap_up_seconds"])


def _answered_by_1002(acd: Server) -> str:
    first = acd.auth("1002")
    acd.client.post("/api/v1/agents/me/state", json={"state": "ready"}, headers=first)
    svc = acd.services.acd
    call = _run(acd, svc.call_arrived("13800138000", "4008001000"))
    _run(acd, svc.enqueue(call.id, "sales", ivr_path=["1"]))
    acd.clock.advance(4)
    _run(acd, svc.agent_answered(call.id, "1002"))
    acd.clock.advance(10)  # 1002 talks 10 s
    return str(call.id)


def test_attended_transfer_counts_both_agents_parts_in_the_queues_aht(make_server: Any) -> None:
    """1002 → 1004 (attended) in sales: the agents report gives 1002 its 10 s and 1004 its
    30 s (from its answer of the consult); the queues report's AHT for sales is both
    parts' handle time over one call."""
    acd = _server(make_server)
    acd.login("1004")
    call_id = _answered_by_1002(acd)
    first = acd.auth("1002")
    r = acd.client.post(
        f"/api/v1/calls/{call_id}/consult", json={"kind": "agent", "target": "1004"}, headers=first
    )
    assert r.status_code == 201, r.text
    acd.clock.advance(2)
    _run(acd, acd.services.consults.consult_answered(call_id))
    acd.clock.advance(5)
    r = acd.client.post(f"/api/v1/calls/{call_id}/consult/complete", headers=first)
    assert r.status_code == 204, r.text
    acd.clock.advance(25)
    _run(acd, acd.services.acd.caller_hung_up(call_id))
    part, record = _wrapped_up(acd, call_id)
    assert part["peer"] == "1002" and part["queue"] == "sales"
    assert record["agent_id"] == "1004" and record["queue"] == "sales"

    agents = _report(acd, "agents")
    assert agents["1002"]["talk"] == pytest.approx(10, abs=0.5)
    assert agents["1004"]["talk"] == pytest.approx(30, abs=0.5)
    assert agents["1002"]["aht"] == pytest.approx(_handle(part), abs=0.05)
    assert agents["1004"]["aht"] == pytest.approx(_handle(record), abs=0.05)
    sales = _report(acd, "queues")["sales"]
    assert sales["offered"] == 1 and sales["answered"] == 1
    # one call handled in sales, with every agent's work on it (not 1004's part alone)
    assert sales["aht"] == pytest.approx(_handle(part) + _handle(record), abs=0.05)
    assert sales["aht"] >= 10 + 7 + 30 - 0.5


def test_blind_transfer_to_another_queue_counts_each_part_in_its_own_queue(
    make_server: Any,
) -> None:
    """1002 (sales) → support, answered by 1004: sales' AHT is 1002's part, support's is
    1004's, each over one handled call. The call is offered in both queues, in the live
    figures and in the report alike."""
    acd = _server(make_server)
    live = acd.services.acd.book.figures.counters
    before = {q: live[q].offered for q in ("sales", "support")}
    call_id = _answered_by_1002(acd)
    acd.client.post("/api/v1/agents/me/state", json={"state": "ready"}, headers=acd.auth("1004"))
    r = acd.client.post(
        f"/api/v1/calls/{call_id}/transfer",
        json={"kind": "queue", "target": "support"},
        headers=acd.auth("1002"),
    )
    assert r.status_code == 200, r.text
    _wait(lambda: acd.services.acd.live(call_id).agent_id == "1004")
    _run(acd, acd.services.acd.agent_answered(call_id, "1004"))
    acd.clock.advance(30)
    _run(acd, acd.services.acd.caller_hung_up(call_id))
    part, record = _wrapped_up(acd, call_id)
    assert part["queue"] == "sales" and record["queue"] == "support"
    queues = _report(acd, "queues")
    assert queues["sales"]["aht"] == pytest.approx(_handle(part), abs=0.05)
    assert 10 - 0.5 <= queues["sales"]["aht"] < 10 + 30 + 1  # talk + its wrap-up (≤ 30 s)
    assert queues["support"]["aht"] == pytest.approx(_handle(record), abs=0.05)
    assert queues["support"]["aht"] >= 30 - 0.5
    assert queues["sales"]["offered"] == 1 and queues["support"]["offered"] == 1
    assert {q: live[q].offered - before[q] for q in before} == {"sales": 1, "support": 1}
    totals = acd.client.get(
        "/api/v1/reports/queues",
        params={
            "from": time.strftime("%Y-%m-%d", time.gmtime(acd.clock() - DAY)),
            "to": time.strftime("%Y-%m-%d", time.gmtime(acd.clock() + 2 * DAY)),
        },
        headers=acd.auth("9000"),
    ).json()["totals"]
    assert totals["offered"] == 2  # one call, offered in two queues
    agents = _report(acd, "agents")
    assert agents["1002"]["talk"] == pytest.approx(10, abs=0.5)
    assert agents["1004"]["talk"] == pytest.approx(30, abs=0.5)


def test_blind_transfer_to_an_agent_stays_in_the_callers_queue(make_server: Any) -> None:
    """1002 (sales) → agent 1004 (support only): the caller waits in 1004's direct queue,
    but its record, its events and the queues report name sales, never `agent:1004`; sales
    counts one call with both agents' parts."""
    acd = _server(make_server)
    live = acd.services.acd.book.figures.counters
    before = live["sales"].offered
    call_id = _answered_by_1002(acd)
    acd.client.post("/api/v1/agents/me/state", json={"state": "ready"}, headers=acd.auth("1004"))
    r = acd.client.post(
        f"/api/v1/calls/{call_id}/transfer",
        json={"kind": "agent", "target": "1004", "note": "refund case"},
        headers=acd.auth("1002"),
    )
    assert r.status_code == 200, r.text
    _wait(lambda: acd.services.acd.live(call_id).agent_id == "1004")
    assert acd.services.acd.live(call_id).queue == "sales"  # the record as leads see it
    _run(acd, acd.services.acd.agent_answered(call_id, "1004"))
    acd.clock.advance(30)
    _run(acd, acd.services.acd.caller_hung_up(call_id))
    part, record = _wrapped_up(acd, call_id)
    assert record["queue"] == "sales" and part["queue"] == "sales"
    queues = _report(acd, "queues")
    assert not [q for q in queues if q.startswith("agent:")]
    assert queues["sales"]["offered"] == 1
    assert live["sales"].offered - before == 1  # live and report agree: offered once
    assert "agent:1004" not in live or live["agent:1004"].offered == 0
    assert queues["sales"]["aht"] == pytest.approx(_handle(part) + _handle(record), abs=0.05)
    # queue_log keeps the routing truth: the caller entered 1004's direct queue
    events = _rows(acd, "SELECT queuename, event FROM queue_log WHERE callid = ?", call_id)
    assert {"queuename": "agent:1004", "event": "ENTERQUEUE"} in events
