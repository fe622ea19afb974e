"""The admin sets up a centre from empty over the API; changes are audited and live."""

from __future__ import annotations

import json

from tests.admin.conftest import admin_headers, post
from tests.server.conftest import Server


def _setup_billing(server: Server, h: dict[str, str]) -> None:
    r = post(server, "/admin/queues", h, {"name": "billing", "strategy": "longest-idle"})
    assert r.status_code == 201, r.text
    assert r.json()["strategy"] == "longest-idle-agent" and r.json()["display_name"] == "billing"
    r = post(server, "/admin/dids", h, {"number": "4008003000", "queue": "billing"})
    assert r.status_code == 201, r.text
    r = post(
        server,
        "/admin/agents",
        h,
        {
            "agent_id": "2001",
            "name": "王芳",
            "role": "agent",
            "password": "Wang-Fang-pw1",
            "skills": [{"queue": "billing", "level": 1}],
        },
    )
    assert r.status_code == 201, r.text


def test_admin_builds_a_centre_that_works_at_once(empty: Server) -> None:
    h = admin_headers(empty)
    assert empty.client.get("/api/v1/admin/agents", headers=h).json()[0]["agent_id"] == "admin"
    _setup_billing(empty, h)
    # The new agent signs in at once and gets its queue, number and codes.
    session = empty.login("2001", "Wang-Fang-pw1")
    assert session["agent"]["queues"] == ["billing"]
    assert session["queues"][0]["dids"] == ["4008003000"]
    assert {c["code"] for c in session["reason_codes"]} >= {"break", "no_answer"}
    # The router knows the agent as a member of the new queue (live, no restart).
    stats = empty.client.get("/api/v1/queues/stats", headers=h).json()
    assert stats[0]["queue"] == "billing" and stats[0]["agents_by_state"] == {"not_ready": 1}
    queue = empty.client.get("/api/v1/admin/queues/billing", headers=h).json()
    assert queue["members"] == [{"agent_id": "2001", "level": 1, "position": 1}]
    assert queue["dids"] == ["4008003000"]
    audit = empty.client.get("/api/v1/admin/audit", headers=h).json()
    actions = [(a["action"], a["target"]) for a in audit if a["actor"] == "admin"]
    assert ("queue_created", "billing") in actions and ("did_created", "4008003000") in actions
    created = next(a for a in audit if a["action"] == "agent_created")
    assert created["detail"]["after"]["skills"] == [{"queue": "billing", "level": 1}]
    assert "password" not in json.dumps(audit).replace("must_change_password", "")


def test_update_disable_and_delete_agent(empty: Server) -> None:
    h = admin_headers(empty)
    _setup_billing(empty, h)
    post(empty, "/admin/teams", h, {"name": "t1", "display_name": "Team 1"})
    r = empty.client.patch(
        "/api/v1/admin/agents/2001",
        headers=h,
        json={"team": "t1", "outbound_caller_id": "4008003000", "max_sessions": 1, "skills": []},
    )
    assert r.status_code == 200, r.text
    assert r.json()["team"] == "t1" and r.json()["skills"] == []
    audit = empty.client.get("/api/v1/admin/audit", headers=h).json()
    change = [a for a in audit if a["action"] == "agent_updated"][-1]["detail"]
    assert change["before"]["team"] is None and change["after"]["team"] == "t1"
    assert change["before"]["skills"] == [{"queue": "billing", "level": 1}]
    # max_sessions 1: a second sign-in signs the first session out.
    first = empty.login("2001", "Wang-Fang-pw1")["token"]
    empty.login("2001", "Wang-Fang-pw1")
    r = empty.client.get("/api/v1/agents/me/state", headers={"Authorization": f"Bearer {first}"})
    assert r.status_code == 401
    # Disabled: signed out now, cannot sign in.
    token = empty.login("2001", "Wang-Fang-pw1")["token"]
    r = empty.client.patch("/api/v1/admin/agents/2001", headers=h, json={"enabled": False})
    assert r.status_code == 200 and r.json()["state"] == "logged_out"
    assert (
        empty.client.get(
            "/api/v1/agents/me/state", headers={"Authorization": f"Bearer {token}"}
        ).status_code
        == 401
    )
    assert (
        empty.client.post(
            "/api/v1/auth/login", json={"agent_id": "2001", "password": "Wang-Fang-pw1"}
        ).status_code
        == 401
    )
    assert empty.client.delete("/api/v1/admin/agents/2001", headers=h).status_code == 204
    assert empty.client.get("/api/v1/admin/agents/2001", headers=h).status_code == 404
    assert [a["agent_id"] for a in empty.client.get("/api/v1/agents", headers=h).json()] == [
        "admin"
    ]


def test_changed_strategy_and_codes_apply_without_restart(empty: Server) -> None:
    h = admin_headers(empty)
    _setup_billing(empty, h)
    r = empty.client.patch(
        "/api/v1/admin/queues/billing",
        headers=h,
        json={
            "strategy": "top-down",
            "ring_timeout": 20,
            "max_len": 3,
            "empty_factors": ["paused", "wrapup"],
        },
    )
    assert r.status_code == 200 and r.json()["strategy"] == "top-down"
    assert r.json()["empty_factors"] == ["paused", "wrapup"]
    assert empty.services.acd.queue_row("billing")["ring_timeout"] == 20
    r = post(
        empty,
        "/admin/reason-codes",
        h,
        {"code": "coaching", "label_en": "Coaching", "label_zh": "辅导", "paid": True},
    )
    assert r.status_code == 201
    r = post(
        empty,
        "/admin/dispositions",
        h,
        {"code": "refund", "label_en": "Refund", "label_zh": "退款", "queue": "billing"},
    )
    assert r.status_code == 201 and r.json()["queue"] == "billing"
    session = empty.login("2001", "Wang-Fang-pw1")
    assert "coaching" in {c["code"] for c in session["reason_codes"]}
    assert {
        "code": "refund",
        "label_en": "Refund",
        "label_zh": "退款",
        "queue": "billing",
    } in session["dispositions"]
    token = {"Authorization": f"Bearer {session['token']}"}
    r = empty.client.post(
        "/api/v1/agents/me/state", headers=token, json={"state": "not_ready", "reason": "coaching"}
    )
    assert r.status_code == 200 and r.json()["reason"] == "coaching"


def test_click_to_dial_uses_the_agents_own_caller_id(make_server) -> None:  # type: ignore[no-untyped-def]
    from tests.server.test_acd_flow import FakeControl

    class DialControl(FakeControl):
        def __init__(self) -> None:
            super().__init__()
            self.dials: list[tuple[str, str, str]] = []

        async def dial(self, call_id: str, agent_id: str, number: str, caller_id: str) -> None:
            self.dials.append((agent_id, number, caller_id))

    server = make_server(control=DialControl())
    admin = {"Authorization": f"Bearer {server.login('9000')['token']}"}
    r = server.client.patch(
        "/api/v1/admin/agents/1002", headers=admin, json={"outbound_caller_id": "4008009999"}
    )
    assert r.status_code == 200
    for agent, expected in (("1002", "4008009999"), ("1001", "4008001000")):
        token = {"Authorization": f"Bearer {server.login(agent)['token']}"}
        server.client.post("/api/v1/agents/me/state", headers=token, json={"state": "ready"})
        r = server.client.post("/api/v1/calls/dial", headers=token, json={"to": "13800138000"})
        assert r.status_code == 201, r.text
        assert server.control.dials[-1] == (agent, "13800138000", expected)


def test_deleting_a_number_then_its_queue_and_a_team_and_role(empty: Server) -> None:
    h = admin_headers(empty)
    _setup_billing(empty, h)
    assert empty.client.delete("/api/v1/admin/dids/4008003000", headers=h).status_code == 204
    assert empty.client.delete("/api/v1/admin/queues/billing", headers=h).status_code == 204
    assert "billing" not in empty.services.acd._q.rows
    assert empty.client.get("/api/v1/admin/agents/2001", headers=h).json()["skills"] == []
    assert empty.login("2001", "Wang-Fang-pw1")["queues"] == []
    post(empty, "/admin/roles", h, {"name": "qa", "base": "agent", "permissions": ["view_team"]})
    post(empty, "/admin/teams", h, {"name": "t1", "display_name": "T1", "lead": "admin"})
    empty.client.patch("/api/v1/admin/agents/2001", headers=h, json={"team": "t1", "role": "qa"})
    r = empty.client.delete("/api/v1/admin/teams/t1", headers=h)
    assert (r.status_code, r.json()["error_id"]) == (409, "in_use")
    r = empty.client.delete("/api/v1/admin/roles/qa", headers=h)
    assert (r.status_code, r.json()["error_id"]) == (409, "in_use")
    empty.client.patch("/api/v1/admin/agents/2001", headers=h, json={"team": None, "role": "agent"})
    assert empty.client.delete("/api/v1/admin/teams/t1", headers=h).status_code == 204
    assert empty.client.delete("/api/v1/admin/roles/qa", headers=h).status_code == 204
    roles = empty.client.get("/api/v1/admin/roles", headers=h).json()
    assert [(r["name"], r["builtin"]) for r in roles] == [
        ("agent", True),
        ("lead", True),
        ("admin", True),
    ]


def test_a_queue_disposition_fits_only_that_queues_calls(make_server) -> None:  # type: ignore[no-untyped-def]
    server = make_server()
    admin = {"Authorization": f"Bearer {server.login('9000')['token']}"}
    r = server.client.post(
        "/api/v1/admin/dispositions",
        headers=admin,
        json={"code": "upsell", "label_en": "Upsell", "label_zh": "追加销售", "queue": "sales"},
    )
    assert r.status_code == 201
    calls = server.client.get("/api/v1/calls?limit=200", headers=admin).json()["calls"]
    by_queue = {c["queue"]: c["id"] for c in calls if c["queue"]}
    body = {"disposition": "upsell", "note": "", "idempotency_key": "k-upsell-1"}
    r = server.client.post(
        f"/api/v1/calls/{by_queue['support']}/disposition", headers=admin, json=body
    )
    assert (r.status_code, r.json()["details"][0]["field"]) == (422, "disposition")
    r = server.client.post(
        f"/api/v1/calls/{by_queue['sales']}/disposition",
        headers=admin,
        json=dict(body, idempotency_key="k-upsell-2"),
    )
    assert r.status_code == 200 and r.json()["disposition"] == "upsell"


def test_desktops_hear_of_configuration_changes(empty: Server) -> None:
    h = admin_headers(empty)
    _setup_billing(empty, h)
    token = empty.login("2001", "Wang-Fang-pw1")["token"]
    with empty.client.websocket_connect(f"/api/v1/events?token={token}") as ws:
        assert json.loads(ws.receive_text())["type"] == "hello"
        post(empty, "/admin/queues", h, {"name": "sales"})
        empty.client.patch(
            "/api/v1/admin/agents/2001",
            headers=h,
            json={"skills": [{"queue": "sales", "level": 2}]},
        )
        seen = []
        while len(seen) < 2:
            event = json.loads(ws.receive_text())
            if event["type"] == "configuration_changed":
                seen.append(event["data"])
    assert seen == [
        {"kind": "queue", "id": "sales", "queue": "sales"},
        {"kind": "agent", "id": "2001", "agent_id": "2001"},
    ]
    assert empty.client.get(
        "/api/v1/agents/me", headers={"Authorization": f"Bearer {token}"}
    ).json()["agent"]["queues"] == ["sales"]


def test_the_admin_sets_whether_a_queue_requires_a_disposition(empty: Server) -> None:
    h = admin_headers(empty)
    _setup_billing(empty, h)
    assert (
        empty.client.get("/api/v1/admin/queues/billing", headers=h).json()["disposition_required"]
        is False
    )
    r = empty.client.patch(
        "/api/v1/admin/queues/billing", headers=h, json={"disposition_required": True}
    )
    assert r.status_code == 200 and r.json()["disposition_required"] is True
    session = empty.login("2001", "Wang-Fang-pw1")
    assert session["queues"][0]["disposition_required"] is True
    r = post(empty, "/admin/queues", h, {"name": "claims", "disposition_required": True})
    assert r.status_code == 201 and r.json()["disposition_required"] is True
