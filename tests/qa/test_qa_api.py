"""QA over the real app: forms and versions, evaluations, role rules, disputes, bad input."""

from __future__ import annotations

import copy

import pytest

from tests.qa.helpers import ANSWERS, FORM, answered_calls, create_form, evaluate, record
from tests.server.conftest import Server


def test_the_server_scores_and_stores_an_evaluation(server: Server) -> None:
    form = create_form(server)
    assert form["version"] == 1 and form["sections"][0]["items"][1]["critical"]
    call = answered_calls(server, "1001")[0]
    rec = record(server, call["id"])
    lead = server.auth("9001")
    r = evaluate(
        server,
        lead,
        call["id"],
        form["id"],
        summary="Good tone",
        comments=[
            {"at_seconds": 42.5, "text": "no company name"},
            {"at_seconds": 3, "text": "quick pick-up"},
        ],
    )
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["score"] == 70.63 and body["critical_failed"] is False
    assert [s["score"] for s in body["sections"]] == [50.0, 77.5]
    assert body["agent_id"] == "1001" and body["evaluator"] == "9001"
    assert body["recording_id"] == rec and body["status"] == "submitted"
    assert [c["at_seconds"] for c in body["comments"]] == [3.0, 42.5]  # in time order
    got = server.client.get(f"/api/v1/qa/evaluations/{body['id']}", headers=lead).json()
    assert got == body
    # A failed critical item: score 0 whatever the rest.
    other = answered_calls(server, "1002")[0]
    record(server, other["id"])
    answers = copy.deepcopy(ANSWERS)
    answers[1]["value"] = "no"
    r = evaluate(server, lead, other["id"], form["id"], answers)
    assert r.json()["score"] == 0.0 and r.json()["critical_failed"] is True


def test_editing_a_used_form_makes_a_new_version(server: Server) -> None:
    admin = server.auth("9000")
    form = create_form(server)
    edited = copy.deepcopy(FORM)
    edited["sections"][0]["items"][0]["label"] = "Greets warmly"
    r = server.client.put(f"/api/v1/qa/forms/{form['id']}", headers=admin, json=edited)
    assert r.status_code == 200 and r.json()["version"] == 1  # unused: edited in place
    call = answered_calls(server, "1001")[0]
    record(server, call["id"])
    first = evaluate(server, server.auth("9001"), call["id"], form["id"]).json()
    assert first["form_version"] == 1
    edited["sections"][1]["items"].append(
        {"key": "close", "label": "Closes properly", "kind": "yes_no"}
    )
    r = server.client.put(f"/api/v1/qa/forms/{form['id']}", headers=admin, json=edited)
    assert r.status_code == 200 and r.json()["version"] == 2
    old = server.client.get(f"/api/v1/qa/forms/{form['id']}?version=1", headers=admin).json()
    assert old["evaluations"] == 1 and len(old["sections"][1]["items"]) == 3
    assert old["sections"][0]["items"][0]["label"] == "Greets warmly"
    again = server.client.get(f"/api/v1/qa/evaluations/{first['id']}", headers=admin).json()
    assert again["form_version"] == 1 and again["score"] == first["score"]
    listed = server.client.get("/api/v1/qa/forms", headers=server.auth("1001")).json()
    assert [(f["id"], f["version"]) for f in listed] == [(form["id"], 2)]
    # New evaluations use the current version: the new item must now be answered.
    call2 = answered_calls(server, "1001")[1]
    record(server, call2["id"])
    r = evaluate(server, server.auth("9001"), call2["id"], form["id"])
    assert r.status_code == 422 and r.json()["error_id"] == "answer_missing"


def test_agents_cannot_evaluate_or_edit_forms_and_see_only_their_own(server: Server) -> None:
    form = create_form(server)
    mine, theirs = answered_calls(server, "1001")[0], answered_calls(server, "1002")[0]
    for call in (mine, theirs):
        record(server, call["id"])
    agent = server.auth("1001")
    r = evaluate(server, agent, theirs["id"], form["id"])
    assert r.status_code == 403 and r.json()["error_id"] == "forbidden"
    r = server.client.post("/api/v1/qa/forms", headers=agent, json=FORM)
    assert r.status_code == 403
    r = server.client.post("/api/v1/qa/forms", headers=server.auth("9001"), json=FORM)
    assert r.status_code == 403  # leads score; admins define forms
    lead = server.auth("9001")
    a = evaluate(server, lead, mine["id"], form["id"]).json()
    b = evaluate(server, lead, theirs["id"], form["id"]).json()
    listed = server.client.get("/api/v1/qa/evaluations", headers=agent).json()
    assert [e["id"] for e in listed["evaluations"]] == [a["id"]] and listed["total"] == 1
    listed = server.client.get("/api/v1/qa/evaluations?agent_id=1002", headers=agent).json()
    assert listed["evaluations"] == []
    assert server.client.get(f"/api/v1/qa/evaluations/{b['id']}", headers=agent).status_code == 404
    r = server.client.post(f"/api/v1/qa/evaluations/{b['id']}/acknowledge", headers=agent)
    assert r.status_code == 404
    lead_list = server.client.get("/api/v1/qa/evaluations", headers=lead).json()
    assert lead_list["total"] == 2
    # A reviewer cannot score their own call.
    own = answered_calls(server, "1001")[1]
    record(server, own["id"])
    server.services.runner.run_sync(lambda s: s.update_call(own["id"], {"agent_id": "9001"}))
    r = evaluate(server, lead, own["id"], form["id"])
    assert r.status_code == 403 and r.json()["error_id"] == "own_call"


def test_a_lead_scores_only_its_teams_calls(server: Server) -> None:
    admin = server.auth("9000")
    for team, lead in (("team_a", "9001"), ("team_b", None)):  # 9001 leads team_a only
        r = server.client.patch(f"/api/v1/admin/teams/{team}", headers=admin, json={"lead": lead})
        assert r.status_code == 200, r.text
    form = create_form(server)
    outside = answered_calls(server, "1003")[0]  # team_b
    record(server, outside["id"])
    r = evaluate(server, server.auth("9001"), outside["id"], form["id"])
    assert r.status_code == 403 and r.json()["error_id"] == "outside_team"
    assert evaluate(server, admin, outside["id"], form["id"]).status_code == 201
    listed = server.client.get("/api/v1/qa/evaluations", headers=server.auth("9001")).json()
    assert listed["total"] == 0


def test_a_custom_role_with_qa_evaluate_may_score(server: Server) -> None:
    admin = server.auth("9000")
    r = server.client.post(
        "/api/v1/admin/roles",
        headers=admin,
        json={
            "name": "qa_reviewer",
            "base": "agent",
            "permissions": ["qa_evaluate", "listen_recordings"],
        },
    )
    assert r.status_code == 201, r.text
    r = server.client.post(
        "/api/v1/admin/agents",
        headers=admin,
        json={"agent_id": "3201", "name": "QA", "role": "qa_reviewer", "password": "Custom-pw-1"},
    )
    assert r.status_code == 201, r.text
    token = server.login("3201", "Custom-pw-1")["token"]
    form = create_form(server)
    call = answered_calls(server, "1004")[0]
    record(server, call["id"])
    r = evaluate(server, {"Authorization": f"Bearer {token}"}, call["id"], form["id"])
    assert r.status_code == 201, r.text


def test_acknowledge_and_dispute_flow(server: Server) -> None:
    form = create_form(server)
    calls = answered_calls(server, "1001")[:2]
    for call in calls:
        record(server, call["id"])
    lead, agent = server.auth("9001"), server.auth("1001")
    first = evaluate(server, lead, calls[0]["id"], form["id"]).json()
    second = evaluate(server, lead, calls[1]["id"], form["id"]).json()
    base = "/api/v1/qa/evaluations"
    r = server.client.post(f"{base}/{first['id']}/acknowledge", headers=agent)
    assert r.status_code == 200 and r.json()["status"] == "acknowledged"
    r = server.client.post(
        f"{base}/{first['id']}/dispute", headers=agent, json={"reason": "too late"}
    )
    assert r.status_code == 409 and r.json()["error_id"] == "evaluation_status"
    r = server.client.post(f"{base}/{second['id']}/dispute", headers=agent, json={"reason": ""})
    assert r.status_code == 422
    r = server.client.post(f"{base}/{second['id']}/acknowledge", headers=lead)
    assert r.status_code == 403  # only the evaluated agent answers for it
    r = server.client.post(
        f"{base}/{second['id']}/dispute",
        headers=agent,
        json={"reason": "I did verify the caller at 0:40"},
    )
    assert r.status_code == 200 and r.json()["status"] == "disputed"
    r = server.client.post(
        f"{base}/{second['id']}/resolve", headers=agent, json={"outcome": "upheld", "note": "no"}
    )
    assert r.status_code == 403
    r = server.client.post(
        f"{base}/{second['id']}/resolve",
        headers=lead,
        json={"outcome": "amended", "note": "fair point"},
    )
    assert r.status_code == 422  # amended needs the new answers
    answers = copy.deepcopy(ANSWERS)
    answers[0]["value"] = "yes"  # Opening 100 %: (100 + 3 · 77.5) / 4 = 83.125 → 83.13
    r = server.client.post(
        f"{base}/{second['id']}/resolve",
        headers=lead,
        json={"outcome": "amended", "note": "greeting heard at 0:02", "answers": answers},
    )
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["status"] == "resolved" and body["score"] == 83.13
    assert body["original_score"] == 70.63 and body["resolved_by"] == "9001"
    assert body["dispute_reason"] == "I did verify the caller at 0:40"
    r = server.client.post(
        f"{base}/{first['id']}/resolve", headers=lead, json={"outcome": "upheld", "note": "x"}
    )
    assert r.status_code == 409  # nothing to resolve
    mine = server.client.get(f"{base}?status=resolved", headers=agent).json()
    assert [e["id"] for e in mine["evaluations"]] == [second["id"]]


@pytest.mark.parametrize(
    ("change", "status", "error_id"),
    [
        ({"answers": [*ANSWERS[:4], {"item": "ghost", "value": 1}]}, 422, "unknown_item"),
        (
            {"answers": [*ANSWERS[:2], {"item": "empathy", "value": 9}, *ANSWERS[3:]]},
            422,
            "score_out_of_range",
        ),
        ({"answers": [*ANSWERS, {"item": "greeting", "value": "yes"}]}, 422, "invalid_input"),
        (
            {"answers": [ANSWERS[0], {"item": "verify", "value": "na"}, *ANSWERS[2:]]},
            422,
            "not_applicable_refused",
        ),
        ({"answers": [{"item": "greeting", "value": "maybe"}, *ANSWERS[1:]]}, 422, "invalid_input"),
        ({"form_id": 999}, 404, "not_found"),
        ({"call_id": "no-such-call"}, 404, "not_found"),
        ({"comments": [{"at_seconds": -1, "text": "x"}]}, 422, "invalid_input"),
    ],
)
def test_bad_evaluations_are_refused(
    server: Server, change: dict[str, object], status: int, error_id: str
) -> None:
    form = create_form(server)
    call = answered_calls(server, "1001")[0]
    record(server, call["id"])
    body = {"call_id": call["id"], "form_id": form["id"], "answers": ANSWERS, **change}
    r = server.client.post("/api/v1/qa/evaluations", headers=server.auth("9001"), json=body)
    assert r.status_code == status, r.text
    assert r.json()["error_id"] == error_id
    assert (
        server.client.get("/api/v1/qa/evaluations", headers=server.auth("9000")).json()["total"]
        == 0
    )


def test_unrecorded_failed_and_evaluated_calls_are_refused(server: Server) -> None:
    form = create_form(server)
    lead = server.auth("9001")
    calls = answered_calls(server, "1002")
    r = evaluate(server, lead, calls[0]["id"], form["id"])
    assert r.status_code == 409 and r.json()["error_id"] == "not_recorded"
    record(server, calls[1]["id"], status="failed")
    r = evaluate(server, lead, calls[1]["id"], form["id"])
    assert r.status_code == 409 and r.json()["error_id"] == "not_recorded"
    record(server, calls[2]["id"], status="partial")
    assert evaluate(server, lead, calls[2]["id"], form["id"]).status_code == 201
    r = evaluate(server, server.auth("9000"), calls[2]["id"], form["id"])
    assert r.status_code == 409 and r.json()["error_id"] == "already_evaluated"


@pytest.mark.parametrize(
    "form",
    [
        {**FORM, "sections": []},
        {
            **FORM,
            "sections": [
                {
                    "title": "S",
                    "items": [{"key": "a", "label": "A"}, {"key": "a", "label": "again"}],
                }
            ],
        },
        {
            **FORM,
            "sections": [{"title": "S", "items": [{"key": "a", "label": "A", "max_points": 0}]}],
        },
        {**FORM, "sections": [{"title": "S", "weight": 0, "items": [{"key": "a", "label": "A"}]}]},
        {**FORM, "sections": [{"title": "S", "items": [{"key": "a b", "label": "A"}]}]},
        {**FORM, "color": "red"},
    ],
)
def test_bad_forms_are_refused(server: Server, form: dict[str, object]) -> None:
    r = server.client.post("/api/v1/qa/forms", headers=server.auth("9000"), json=form)
    assert r.status_code == 422 and r.json()["error_id"] == "invalid_input"
    assert server.client.get("/api/v1/qa/forms", headers=server.auth("9000")).json() == []


def test_unknown_forms_versions_and_inactive_forms(server: Server) -> None:
    admin, lead = server.auth("9000"), server.auth("9001")
    form = create_form(server)
    base = f"/api/v1/qa/forms/{form['id']}"
    assert server.client.get(f"{base}?version=9", headers=admin).status_code == 404
    assert server.client.get(f"{base}?version=0", headers=admin).status_code == 422
    r = server.client.put("/api/v1/qa/forms/999", headers=admin, json=FORM)
    assert r.status_code == 404 and r.json()["error_id"] == "not_found"
    r = server.client.put(base, headers=admin, json={**FORM, "active": False})
    assert r.status_code == 200 and r.json()["active"] is False
    call = answered_calls(server, "1001")[0]
    record(server, call["id"])
    r = evaluate(server, lead, call["id"], form["id"])
    assert r.status_code == 409 and r.json()["error_id"] == "form_inactive"


def test_a_bad_amendment_changes_nothing(server: Server) -> None:
    form = create_form(server)
    call = answered_calls(server, "1001")[0]
    record(server, call["id"])
    lead, agent = server.auth("9001"), server.auth("1001")
    made = evaluate(server, lead, call["id"], form["id"]).json()
    base = f"/api/v1/qa/evaluations/{made['id']}"
    server.client.post(f"{base}/dispute", headers=agent, json={"reason": "unfair"})
    r = server.client.post(
        f"{base}/resolve",
        headers=lead,
        json={"outcome": "amended", "note": "x", "answers": [{"item": "ghost", "value": 1}]},
    )
    assert r.status_code == 422 and r.json()["error_id"] == "unknown_item"
    after = server.client.get(base, headers=lead).json()
    assert after["status"] == "disputed" and after["score"] == made["score"]
