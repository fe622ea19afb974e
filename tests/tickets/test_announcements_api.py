"""Announcements (公告) over the real app: who may post where, the banner's list, read
receipts for the poster, the event to the addressed agents only, bad input."""

from __future__ import annotations

from tests.server.conftest import Server
from tests.tickets.helpers import receive


def _post(server: Server, headers: dict[str, str], **body: object) -> dict:  # type: ignore[type-arg]
    r = server.client.post("/api/v1/announcements", json=body, headers=headers)
    assert r.status_code == 201, r.text
    return r.json()  # type: ignore[no-any-return]


def test_a_team_announcement_reaches_its_agents_and_the_poster_sees_who_read_it(
    server: Server,
) -> None:
    admin = server.auth("9000")
    server.client.patch("/api/v1/admin/teams/team_a", headers=admin, json={"lead": "9001"})
    lead = server.auth("9001")
    a1 = server.login("1001")["token"]
    a3 = server.login("1003")["token"]
    with (
        server.client.websocket_connect(f"/api/v1/events?token={a1}") as ws1,
        server.client.websocket_connect(f"/api/v1/events?token={a3}") as ws3,
    ):
        receive(ws1), receive(ws3)  # hello
        posted = _post(server, lead, text="系统维护 18:00 — maintenance at six", teams=["team_a"])
        event = receive(ws1)
        assert event["type"] == "announcement_posted"
        assert event["data"]["id"] == posted["id"] and event["data"]["by"] == "9001"
        assert event["data"]["text"] == "系统维护 18:00 — maintenance at six"
        # 1003 (team B) gets nothing: its next event is its own state change.
        server.client.post(
            "/api/v1/agents/me/state",
            json={"state": "ready"},
            headers={"Authorization": f"Bearer {a3}"},
        )
        assert receive(ws3)["type"] == "agent_state_changed"

    mine = server.client.get("/api/v1/announcements", headers={"Authorization": f"Bearer {a1}"})
    assert [(a["id"], a["read_at"]) for a in mine.json()] == [(posted["id"], None)]
    theirs = server.client.get("/api/v1/announcements", headers={"Authorization": f"Bearer {a3}"})
    assert theirs.json() == []
    server.clock.advance(5)
    r = server.client.post(
        f"/api/v1/announcements/{posted['id']}/read", headers={"Authorization": f"Bearer {a1}"}
    )
    assert r.status_code == 200 and r.json()["read_at"] is not None
    first = r.json()["read_at"]
    server.clock.advance(5)
    again = server.client.post(
        f"/api/v1/announcements/{posted['id']}/read", headers={"Authorization": f"Bearer {a1}"}
    )
    assert again.json()["read_at"] == first  # the first read is kept

    receipts = server.client.get(f"/api/v1/announcements/{posted['id']}/receipts", headers=lead)
    assert receipts.status_code == 200, receipts.text
    body = receipts.json()
    assert body["total"] == 2 and body["read"] == 1  # 1001 and 1002 (the lead itself not)
    assert {r["agent_id"]: r["read_at"] for r in body["receipts"]} == {"1001": first, "1002": None}
    # Not for agents, not for another lead; an agent of another team cannot read it.
    r = server.client.get(
        f"/api/v1/announcements/{posted['id']}/receipts", headers={"Authorization": f"Bearer {a1}"}
    )
    assert r.status_code == 403
    r = server.client.post(
        f"/api/v1/announcements/{posted['id']}/read", headers={"Authorization": f"Bearer {a3}"}
    )
    assert r.status_code == 404
    assert (
        server.client.get(f"/api/v1/announcements/{posted['id']}/receipts", headers=admin).json()[
            "read"
        ]
        == 1
    )


def test_who_may_post_where(server: Server) -> None:
    admin = server.auth("9000")
    agent = server.auth("1001")
    r = server.client.post("/api/v1/announcements", json={"text": "hi"}, headers=agent)
    assert r.status_code == 403
    everyone = _post(server, admin, text="Welcome to the new hotline")
    assert everyone["teams"] == []
    listed = server.client.get("/api/v1/announcements", headers=server.auth("1004")).json()
    assert [a["id"] for a in listed] == [everyone["id"]]
    # 9001 leads no team at all: it may post nowhere (not the whole centre).
    for team in ("team_a", "team_b"):
        server.client.patch(f"/api/v1/admin/teams/{team}", headers=admin, json={"lead": None})
    lead = server.auth("9001")
    r = server.client.post(
        "/api/v1/announcements", json={"text": "A", "teams": ["team_a"]}, headers=lead
    )
    assert r.status_code == 403 and r.json()["error_id"] == "outside_team"
    # 9001 leads team_a only: there, and only there.
    server.client.patch("/api/v1/admin/teams/team_a", headers=admin, json={"lead": "9001"})
    r = server.client.post("/api/v1/announcements", json={"text": "all"}, headers=lead)
    assert r.status_code == 403 and r.json()["error_id"] == "outside_team"
    r = server.client.post(
        "/api/v1/announcements", json={"text": "B", "teams": ["team_b"]}, headers=lead
    )
    assert r.status_code == 403 and r.json()["error_id"] == "outside_team"
    assert _post(server, lead, text="A", teams=["team_a"])["teams"] == ["team_a"]


def test_bad_input_and_expiry(server: Server) -> None:
    admin = server.auth("9000")
    before = server.services.runner.run_sync(lambda s: s.count("announcements"))
    for body in (
        {"text": ""},
        {"text": "x" * 2001},
        {"text": "x", "teams": ["team_z"]},
        {"text": "x", "expires_at": 1.0},
        {"text": "x", "unknown": True},
    ):
        r = server.client.post("/api/v1/announcements", json=body, headers=admin)
        assert r.status_code == 422, (body, r.text)
        assert r.json()["message"]
    assert server.services.runner.run_sync(lambda s: s.count("announcements")) == before
    soon = _post(server, admin, text="today only", expires_at=server.clock() + 60)
    agent = server.auth("1001")
    assert [a["id"] for a in server.client.get("/api/v1/announcements", headers=agent).json()] == [
        soon["id"]
    ]
    server.clock.advance(61)
    assert server.client.get("/api/v1/announcements", headers=agent).json() == []
    assert server.client.post("/api/v1/announcements/99999/read", headers=agent).status_code == 404
    assert server.client.get("/api/v1/announcements").status_code == 401
