"""Random sampling of recorded, unevaluated calls, and the QA report (a ReportResult)."""

from __future__ import annotations

import copy
from datetime import UTC, datetime

from agent_desktop.protocol.reports import ReportResult
from tests.qa.helpers import ANSWERS, answered_calls, create_form, evaluate, record
from tests.server.conftest import Server


def _iso(epoch: float) -> str:
    return datetime.fromtimestamp(epoch, UTC).isoformat()


def test_sampling_never_returns_evaluated_or_unrecorded_calls(server: Server) -> None:
    form = create_form(server)
    lead = server.auth("9001")
    calls = answered_calls(server, "1001")
    assert len(calls) >= 8
    recorded = calls[:6]
    for call in recorded:
        record(server, call["id"])
    record(server, calls[6]["id"], status="failed")  # calls[7:] have no recording at all
    evaluated = {recorded[0]["id"], recorded[1]["id"]}
    for call_id in evaluated:
        assert evaluate(server, lead, call_id, form["id"]).status_code == 201
    period = {"from": _iso(calls[0]["started_at"] - 1), "to": _iso(calls[-1]["started_at"] + 1)}
    expected = {c["id"] for c in recorded} - evaluated
    for seed in range(5):
        r = server.client.post(
            "/api/v1/qa/samples",
            headers=lead,
            json={"agent_id": "1001", "count": 3, "seed": seed, **period},
        )
        assert r.status_code == 200, r.text
        body = r.json()
        assert body["available"] == 4 and body["requested"] == 3
        got = [c["id"] for c in body["calls"]]
        assert len(got) == 3 == len(set(got)) and set(got) <= expected
        assert all(c["agent_id"] == "1001" and c["recording_id"] for c in body["calls"])
    r = server.client.post(
        "/api/v1/qa/samples", headers=lead, json={"agent_id": "1001", "count": 50, **period}
    )
    assert {c["id"] for c in r.json()["calls"]} == expected  # fewer there than asked
    # By team: team_a is 1001 and 1002 (1002 has no recordings) and the lead itself.
    r = server.client.post(
        "/api/v1/qa/samples", headers=lead, json={"team": "team_a", "count": 50, **period}
    )
    assert {c["id"] for c in r.json()["calls"]} == expected
    # Outside the period: nothing.
    r = server.client.post(
        "/api/v1/qa/samples",
        headers=lead,
        json={"agent_id": "1001", "count": 5, "from": _iso(1), "to": _iso(2)},
    )
    assert r.json()["calls"] == [] and r.json()["available"] == 0


def test_bad_sample_requests(server: Server) -> None:
    lead = server.auth("9001")
    period = {"from": "2026-01-02T00:00:00Z", "to": "2026-01-01T00:00:00Z"}
    for body, status in [
        ({"agent_id": "1001", "count": 3, **period}, 422),
        ({"count": 3, "from": "2026-01-01T00:00:00Z", "to": "2026-01-02T00:00:00Z"}, 422),
        (
            {
                "agent_id": "1001",
                "count": 0,
                "from": "2026-01-01T00:00:00Z",
                "to": "2026-01-02T00:00:00Z",
            },
            422,
        ),
        (
            {
                "agent_id": "1001",
                "count": 3,
                "from": "2020-01-01T00:00:00Z",
                "to": "2026-01-02T00:00:00Z",
            },
            422,
        ),
    ]:
        r = server.client.post("/api/v1/qa/samples", headers=lead, json=body)
        assert r.status_code == status, (body, r.text)
        assert r.json()["error_id"] == "invalid_input"
    nobody = {"agent_id": "nobody", "count": 3, "from": "2026-01-01T00:00:00Z"}
    nobody["to"] = "2026-01-02T00:00:00Z"
    r = server.client.post("/api/v1/qa/samples", headers=server.auth("9000"), json=nobody)
    assert (r.status_code, r.json()["error_id"]) == (422, "invalid_input"), r.text
    r = server.client.post("/api/v1/qa/samples", headers=lead, json=nobody)
    assert (r.status_code, r.json()["error_id"]) == (403, "outside_team"), r.text  # not told
    r = server.client.post(
        "/api/v1/qa/samples",
        headers=server.auth("1001"),
        json={
            "agent_id": "1001",
            "count": 3,
            "from": "2026-01-01T00:00:00Z",
            "to": "2026-01-02T00:00:00Z",
        },
    )
    assert r.status_code == 403


def test_the_qa_report_by_agent_team_and_form(server: Server) -> None:
    form = create_form(server)
    lead, admin = server.auth("9001"), server.auth("9000")
    failing = copy.deepcopy(ANSWERS)
    failing[1]["value"] = "no"
    plan = [("1001", ANSWERS), ("1001", failing), ("1003", ANSWERS)]
    made = []
    for i, (agent, answers) in enumerate(plan):
        call = answered_calls(server, agent)[i]
        record(server, call["id"])
        made.append(evaluate(server, lead, call["id"], form["id"], answers).json())
    server.client.post(
        f"/api/v1/qa/evaluations/{made[1]['id']}/dispute",
        headers=server.auth("1001"),
        json={"reason": "unfair"},
    )
    server.client.post(
        f"/api/v1/qa/evaluations/{made[2]['id']}/acknowledge", headers=server.auth("1003")
    )
    now = server.clock()
    params = {"from": _iso(now - 3600), "to": _iso(now + 3600)}
    r = server.client.get("/api/v1/qa/report", headers=admin, params=params)
    assert r.status_code == 200, r.text
    report = ReportResult.model_validate(r.json())
    assert report.report == "qa" and report.group_by == "agent"
    rows = {str(row["agent"]).split()[0]: row for row in report.rows}
    # 1001: 70.63 and 0 (critical fail) → average 35.315 → 35.32 (half up).
    assert rows["1001"]["evaluations"] == 2 and rows["1001"]["critical_fails"] == 1
    assert rows["1001"]["average_score"] == 35.32
    assert rows["1001"]["disputes"] == 1 and rows["1001"]["acknowledged"] == 0
    assert rows["1003"]["evaluations"] == 1 and rows["1003"]["acknowledged"] == 1
    assert report.totals is not None and report.totals["evaluations"] == 3
    assert report.totals["average_score"] == 47.09  # (70.63 + 0 + 70.63) / 3
    assert set(report.formulas) >= {"average_score", "critical_fails", "disputes"}
    by_team = server.client.get(
        "/api/v1/qa/report", headers=admin, params={**params, "group_by": "team"}
    ).json()
    assert {r["team"]: r["evaluations"] for r in by_team["rows"]} == {"team_a": 2, "team_b": 1}
    by_form = server.client.get(
        "/api/v1/qa/report", headers=admin, params={**params, "group_by": "form"}
    ).json()
    assert [(r["form"], r["evaluations"]) for r in by_form["rows"]] == [("Service call", 3)]
    one = server.client.get(
        "/api/v1/qa/report", headers=admin, params={**params, "agent_id": "1003"}
    ).json()
    assert [r["agent"] for r in one["rows"]] == ["1003 Emily Chen"]
    # Bad input: unknown grouping, inverted period; agents may not run it.
    for bad in ({**params, "group_by": "colour"}, {"from": params["to"], "to": params["from"]}):
        r = server.client.get("/api/v1/qa/report", headers=admin, params=bad)
        assert r.status_code == 422 and r.json()["error_id"] == "invalid_input"
    r = server.client.get("/api/v1/qa/report", headers=server.auth("1001"), params=params)
    assert r.status_code == 403
    # A period with no evaluations: empty rows, zero totals.
    empty = server.client.get(
        "/api/v1/qa/report", headers=admin, params={"from": _iso(1), "to": _iso(2)}
    ).json()
    assert empty["rows"] == [] and empty["totals"]["evaluations"] == 0
