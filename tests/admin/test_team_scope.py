"""Team leads see and control only the agents and calls of the teams they lead."""

from __future__ import annotations

from typing import Any

from tests.server.conftest import Server
from tests.server.test_acd_flow import FakeControl, _run, _wait_for


class MonitorControl(FakeControl):
    def __init__(self) -> None:
        super().__init__()
        self.monitors: list[tuple[str, str, str]] = []

    async def monitor(self, call_id: str, supervisor_id: str, mode: str) -> None:
        self.monitors.append((call_id, supervisor_id, mode))


def _bearer(server: Server, agent_id: str, password: str = "demo") -> dict[str, str]:
    return {"Authorization": f"Bearer {server.login(agent_id, password)['token']}"}


def _lead_of_team_a_only(server: Server, admin: dict[str, str]) -> None:
    """The demo's 9001 leads both teams: it keeps team_a, team_b gets no lead."""
    for team, lead in (("team_a", "9001"), ("team_b", None)):
        r = server.client.patch(f"/api/v1/admin/teams/{team}", headers=admin, json={"lead": lead})
        assert r.status_code == 200 and r.json()["lead"] == lead, r.text


def test_lead_of_team_a_cannot_see_force_or_listen_to_team_b(make_server: Any) -> None:
    server: Server = make_server(control=MonitorControl())
    admin = _bearer(server, "9000")
    r = server.client.patch("/api/v1/admin/teams/team_a", headers=admin, json={"lead": "9001"})
    assert r.status_code == 200 and r.json()["lead"] == "9001"
    r = server.client.post(
        "/api/v1/admin/agents",
        headers=admin,
        json={
            "agent_id": "9002",
            "name": "B lead",
            "role": "lead",
            "team": "team_b",
            "password": "Lead-of-b-1",
        },
    )
    assert r.status_code == 201
    server.client.patch("/api/v1/admin/teams/team_b", headers=admin, json={"lead": "9002"})
    lead_a, lead_b = _bearer(server, "9001"), _bearer(server, "9002", "Lead-of-b-1")

    seen = {a["agent_id"] for a in server.client.get("/api/v1/agents", headers=lead_a).json()}
    assert seen == {"1001", "1002", "9001"}
    assert {
        a["agent_id"] for a in server.client.get("/api/v1/admin/agents", headers=lead_a).json()
    } == seen
    r = server.client.post(
        "/api/v1/agents/1003/state", headers=lead_a, json={"state": "not_ready", "reason": "forced"}
    )
    assert (r.status_code, r.json()["error_id"]) == (403, "outside_team")
    assert server.client.get("/api/v1/admin/agents/1003", headers=lead_a).status_code == 403

    # 1003 (team B) takes a call; lead A may not listen, lead B and the admin may.
    agent = _bearer(server, "1003")
    server.client.post("/api/v1/agents/me/state", headers=agent, json={"state": "ready"})
    acd = server.services.acd
    call = _run(server, acd.call_arrived("13800138000", "4008002000"))
    _run(server, acd.enqueue(call.id, "support"))
    control = server.control
    _wait_for(lambda: any(ring[0] == call.id for ring in control.rings))
    ringing = next(ring for ring in control.rings if ring[0] == call.id)
    _run(server, acd.agent_answered(call.id, ringing[1]))
    assert ringing[1] == "1003"  # the only ready agent of the support queue
    r = server.client.post(
        f"/api/v1/calls/{call.id}/monitor", headers=lead_a, json={"mode": "listen"}
    )
    assert (r.status_code, r.json()["error_id"]) == (403, "outside_team")
    assert (
        server.client.post(
            f"/api/v1/calls/{call.id}/monitor", headers=lead_b, json={"mode": "listen"}
        ).status_code
        == 204
    )
    assert control.monitors == [(call.id, "9002", "listen")]
    r = server.client.post(f"/api/v1/calls/{call.id}/hangup", headers=lead_a)
    assert (r.status_code, r.json()["error_id"]) == (403, "outside_team")


def test_a_team_admin_edits_only_its_own_team(make_server: Any) -> None:
    server: Server = make_server()
    admin = _bearer(server, "9000")
    server.client.post(
        "/api/v1/admin/roles",
        headers=admin,
        json={
            "name": "team_admin",
            "base": "lead",
            "permissions": [
                "view_team",
                "manage_org",
                "manage_customers",
                "pickup",
            ],  # what its agents hold
        },
    )
    server.client.post(
        "/api/v1/admin/agents",
        headers=admin,
        json={
            "agent_id": "9003",
            "name": "A admin",
            "role": "team_admin",
            "team": "team_a",
            "password": "Team-admin-1",
        },
    )
    server.client.patch("/api/v1/admin/teams/team_a", headers=admin, json={"lead": "9003"})
    team_admin = _bearer(server, "9003", "Team-admin-1")
    r = server.client.patch("/api/v1/admin/agents/1001", headers=team_admin, json={"name": "李娜"})
    assert r.status_code == 200 and r.json()["name"] == "李娜"
    r = server.client.patch("/api/v1/admin/agents/1003", headers=team_admin, json={"name": "x"})
    assert (r.status_code, r.json()["error_id"]) == (403, "outside_team")
    r = server.client.patch(
        "/api/v1/admin/agents/1001", headers=team_admin, json={"team": "team_b"}
    )
    assert (r.status_code, r.json()["details"][0]["field"]) == (403, "team")
    r = server.client.post(
        "/api/v1/admin/agents",
        headers=team_admin,
        json={"agent_id": "1010", "name": "new", "team": "team_b", "password": "Newbie-pw-1"},
    )
    assert (r.status_code, r.json()["error_id"]) == (403, "outside_team")
    assert server.client.get("/api/v1/admin/agents/1003", headers=admin).json()["name"] == (
        "Emily Chen"
    )


def test_lead_of_teams_sees_its_queues_and_calls_only(make_server: Any) -> None:
    server: Server = make_server()
    admin = _bearer(server, "9000")
    _lead_of_team_a_only(server, admin)
    server.client.post("/api/v1/admin/queues", headers=admin, json={"name": "vip"})
    server.client.patch(
        "/api/v1/admin/agents/1004", headers=admin, json={"skills": [{"queue": "vip", "level": 1}]}
    )  # team B only
    lead = _bearer(server, "9001")
    stats = server.client.get("/api/v1/queues/stats", headers=lead).json()
    assert sorted(q["queue"] for q in stats) == ["sales", "support"]  # team A's queues
    assert "vip" in {
        q["queue"] for q in server.client.get("/api/v1/queues/stats", headers=admin).json()
    }
    calls = server.client.get("/api/v1/calls?limit=1000", headers=lead).json()["calls"]
    everyone = server.client.get("/api/v1/calls?limit=1000", headers=admin).json()["calls"]
    assert calls and len(calls) <= len(everyone)
    assert all(
        c["agent_id"] in {"1001", "1002", "9001"} or c["queue"] in {"sales", "support"}
        for c in calls
    )
    server.services.runner.run_sync(
        lambda s: s.update_call(everyone[0]["id"], {"agent_id": "1004", "queue": "vip"})
    )
    server.services.runner.run_sync(  # ended in the IVR: no queue, no agent
        lambda s: s.update_call(everyone[1]["id"], {"agent_id": None, "queue": None})
    )
    ids = {
        c["id"] for c in server.client.get("/api/v1/calls?limit=1000", headers=lead).json()["calls"]
    }
    assert everyone[0]["id"] not in ids  # another team's agent in a queue none of its own has
    assert everyone[1]["id"] in ids  # calls of the whole centre: every lead sees them


def test_lead_of_teams_gets_events_of_its_teams_only(make_server: Any) -> None:
    import json

    server: Server = make_server()
    admin = _bearer(server, "9000")
    _lead_of_team_a_only(server, admin)
    lead = server.login("9001")["token"]
    with server.client.websocket_connect(f"/api/v1/events?token={lead}") as ws:
        assert json.loads(ws.receive_text())["type"] == "hello"
        for agent in ("1003", "1001"):  # team B first, then team A
            token = _bearer(server, agent)
            server.client.post("/api/v1/agents/me/state", headers=token, json={"state": "ready"})
        seen = []
        while len(seen) < 2:
            event = json.loads(ws.receive_text())
            if event["type"] == "agent_state_changed":
                seen.append((event["data"]["agent_id"], event["data"]["state"]))
    assert seen == [("1001", "not_ready"), ("1001", "ready")]  # nothing of 1003


def test_lead_of_teams_gets_centre_wide_events(make_server: Any) -> None:
    """Events about no agent and no queue (a health alarm, a new reason code) concern every
    lead: a lead of teams gets them too, not only leads of the whole centre."""
    import json

    from server_stub.admin.notifier import AdminNotifier
    from server_stub.health_watch import HealthNotifier

    server: Server = make_server()
    admin = _bearer(server, "9000")
    _lead_of_team_a_only(server, admin)
    lead = server.login("9001")["token"]
    bus = server.services.bus

    async def centre_wide() -> None:
        HealthNotifier(bus).changed({"edge": "down", "disk": "ok"})
        AdminNotifier(bus).configuration_changed("reason_code", "training", everyone=True)

    with server.client.websocket_connect(f"/api/v1/events?token={lead}") as ws:
        assert json.loads(ws.receive_text())["type"] == "hello"
        _run(server, centre_wide())
        server.client.post(
            "/api/v1/agents/me/state", headers=_bearer(server, "1001"), json={"state": "ready"}
        )  # team A: always delivered, comes last
        seen = []
        while not seen or seen[-1][0] != "agent_state_changed":
            event = json.loads(ws.receive_text())
            seen.append((event["type"], event["data"].get("status") or event["data"].get("id")))
    assert seen[:2] == [
        ("system_health_changed", "degraded"),
        ("configuration_changed", "training"),
    ]


def test_a_lead_of_no_team_sees_and_controls_nobody_else(make_server: Any) -> None:
    """Leads see and control only their teams: a lead the admin has not yet put at the head
    of a team sees only itself (not the whole centre) and may not listen to any call, until
    it leads a team; the demo's lead 9001 leads both teams and sees everyone."""
    import json

    server: Server = make_server(control=MonitorControl())
    admin = _bearer(server, "9000")
    r = server.client.post(
        "/api/v1/admin/agents",
        headers=admin,
        json={"agent_id": "9005", "name": "New lead", "role": "lead", "password": "New-lead-pw1"},
    )
    assert r.status_code == 201, r.text
    lead = _bearer(server, "9005", "New-lead-pw1")
    assert [a["agent_id"] for a in server.client.get("/api/v1/agents", headers=lead).json()] == [
        "9005"
    ]
    listed = server.client.get("/api/v1/admin/agents", headers=lead).json()
    assert [a["agent_id"] for a in listed] == ["9005"]
    assert server.client.get("/api/v1/queues/stats", headers=lead).json() == []
    calls = server.client.get("/api/v1/calls?limit=1000", headers=lead).json()["calls"]
    assert all(c["agent_id"] is None and c["queue"] is None for c in calls)  # IVR-only calls
    r = server.client.post(
        "/api/v1/agents/1001/state", headers=lead, json={"state": "not_ready", "reason": "forced"}
    )
    assert (r.status_code, r.json()["error_id"]) == (403, "outside_team")

    agent = _bearer(server, "1003")
    server.client.post("/api/v1/agents/me/state", headers=agent, json={"state": "ready"})
    acd = server.services.acd
    call = _run(server, acd.call_arrived("13800138000", "4008002000"))
    _run(server, acd.enqueue(call.id, "support"))
    _wait_for(lambda: any(ring[0] == call.id for ring in server.control.rings))
    ringing = next(ring for ring in server.control.rings if ring[0] == call.id)
    _run(server, acd.agent_answered(call.id, ringing[1]))
    r = server.client.post(
        f"/api/v1/calls/{call.id}/monitor", headers=lead, json={"mode": "listen"}
    )
    assert (r.status_code, r.json()["error_id"]) == (403, "outside_team")
    assert server.control.monitors == []
    demo_lead = _bearer(server, "9001")  # leads team_a and team_b in the demo
    assert {"1001", "1003", "1005"} <= {
        a["agent_id"] for a in server.client.get("/api/v1/agents", headers=demo_lead).json()
    }

    token = server.login("9005", "New-lead-pw1")["token"]
    with server.client.websocket_connect(f"/api/v1/events?token={token}") as ws:
        assert json.loads(ws.receive_text())["type"] == "hello"
        server.client.post(
            "/api/v1/agents/me/state", headers=_bearer(server, "1001"), json={"state": "ready"}
        )
        server.client.post("/api/v1/agents/me/state", headers=lead, json={"state": "ready"})
        seen = []
        while not seen or seen[-1] != ("9005", "ready"):
            event = json.loads(ws.receive_text())
            if event["type"] == "agent_state_changed":
                seen.append((event["data"]["agent_id"], event["data"]["state"]))
    assert {agent for agent, _ in seen} == {"9005"}  # nothing of 1001

    r = server.client.patch("/api/v1/admin/teams/team_b", headers=admin, json={"lead": "9005"})
    assert r.status_code == 200, r.text  # at once, no new sign-in
    seen_now = {a["agent_id"] for a in server.client.get("/api/v1/agents", headers=lead).json()}
    assert seen_now == {"1003", "1004", "1005", "9005"}
    r = server.client.post(
        f"/api/v1/calls/{call.id}/monitor", headers=lead, json={"mode": "listen"}
    )
    assert r.status_code == 204, r.text
