"""Tickets over the real app: open, assign, the status flow, SLA, history, who sees what,
bad input, and the events to the assignee."""

from __future__ import annotations

from agent_desktop.protocol import TicketChanged
from agent_desktop.protocol.tickets import Ticket
from server_stub.events import EventBus
from server_stub.tickets.notifier import TicketNotifier
from tests.server.conftest import Server
from tests.tickets.helpers import a_call, open_ticket, receive


def test_an_agent_opens_a_ticket_linked_to_customer_and_call(server: Server) -> None:
    agent = server.auth("1001")
    call = a_call(server)
    ticket = open_ticket(
        server,
        agent,
        title="Refund the double charge",
        description="Charged twice in May",
        priority="high",
        customer_id=call["customer_id"],
        call_id=call["id"],
    )
    assert ticket["status"] == "new" and ticket["created_by"] == "1001"
    assert ticket["customer_id"] == call["customer_id"] and ticket["customer_name"]
    assert ticket["call_ids"] == [call["id"]]
    # complaint, high: 480 minutes from creation (seeded SLA)
    assert ticket["due_at"] - ticket["created_at"] == 480 * 60
    assert ticket["overdue"] is False
    detail = server.client.get(f"/api/v1/tickets/{ticket['id']}", headers=agent).json()
    assert [h["action"] for h in detail["history"]] == ["created"]
    assert detail["history"][0]["actor"] == "1001"
    assert detail["history"][0]["changes"]["priority"] == [None, "high"]
    by_call = server.client.get(f"/api/v1/tickets?call_id={call['id']}", headers=agent).json()
    assert [t["id"] for t in by_call["tickets"]] == [ticket["id"]]
    # The customer calls again: the new call is linked to the same ticket, once.
    later = server.services.runner.run_sync(
        lambda s: s.conn.execute(
            "SELECT id FROM calls WHERE id != ? ORDER BY started_at DESC", [call["id"]]
        ).fetchone()[0]
    )
    for _ in range(2):
        r = server.client.post(
            f"/api/v1/tickets/{ticket['id']}/calls", json={"call_id": later}, headers=agent
        )
        assert r.status_code == 200
    assert sorted(r.json()["call_ids"]) == sorted([call["id"], later])
    detail = server.client.get(f"/api/v1/tickets/{ticket['id']}", headers=agent).json()
    assert [h["action"] for h in detail["history"]] == ["created", "call_linked"]


def test_the_status_flow_with_reopen_and_clear_409s(server: Server) -> None:
    agent = server.auth("1001")
    ticket = open_ticket(server, agent)
    tid = ticket["id"]

    def status(value: str, who: dict[str, str] = agent) -> tuple[int, dict]:  # type: ignore[type-arg]
        r = server.client.post(
            f"/api/v1/tickets/{tid}/status", json={"status": value, "note": "n"}, headers=who
        )
        return r.status_code, r.json()

    r = server.client.post(
        f"/api/v1/tickets/{tid}/assign", json={"assignee": "1002"}, headers=agent
    )
    assert r.status_code == 200 and r.json()["status"] == "assigned"
    assert r.json()["team"] == "team_a"  # the assignee's team, as none was named
    worker = server.auth("1002")
    code, body = status("in_progress", worker)
    assert code == 200 and body["status"] == "in_progress"
    code, body = status("in_progress", worker)
    assert code == 409 and body["error_id"] == "ticket_transition"
    assert "already in_progress" in body["message"]
    code, body = status("resolved", worker)
    assert code == 200 and body["resolved_at"] is not None
    code, body = status("in_progress", worker)
    assert code == 409 and "reopen it first" in body["message"]
    r = server.client.post(f"/api/v1/tickets/{tid}/assign", json={"team": "team_b"}, headers=agent)
    assert r.status_code == 409 and "cannot be assigned" in r.json()["message"]
    code, body = status("closed", agent)
    assert code == 200 and body["status"] == "closed" and body["closed_at"] is not None
    r = server.client.post(f"/api/v1/tickets/{tid}/reopen", json={"note": "again"}, headers=agent)
    assert r.status_code == 200
    assert r.json()["status"] == "assigned" and r.json()["closed_at"] is None
    r = server.client.post(f"/api/v1/tickets/{tid}/reopen", json={}, headers=agent)
    assert r.status_code == 409 and "only a resolved or closed" in r.json()["message"]
    history = server.client.get(f"/api/v1/tickets/{tid}", headers=agent).json()["history"]
    assert [(h["actor"], h["action"]) for h in history] == [
        ("1001", "created"),
        ("1001", "assigned"),
        ("1002", "status"),
        ("1002", "status"),
        ("1001", "status"),
        ("1001", "reopened"),
    ]
    assert history[1]["changes"]["assignee"] == [None, "1002"]
    assert history[2]["changes"]["status"] == ["assigned", "in_progress"]
    assert history[5]["note"] == "again"


def test_overdue_flag_and_filter_follow_the_sla(server: Server) -> None:
    agent = server.auth("1001")
    urgent = open_ticket(server, agent, priority="urgent")  # 240 minutes
    relaxed = open_ticket(server, agent, type="suggestion", priority="low")  # no SLA for low
    assert relaxed["due_at"] is None
    server.clock.advance(241 * 60)
    listed = server.client.get("/api/v1/tickets?overdue=true", headers=agent).json()
    assert [t["id"] for t in listed["tickets"]] == [urgent["id"]]
    assert listed["tickets"][0]["overdue"] is True
    not_overdue = server.client.get("/api/v1/tickets?overdue=false", headers=agent).json()
    assert [t["id"] for t in not_overdue["tickets"]] == [relaxed["id"]]
    # A resolved ticket is not overdue any more.
    server.client.post(
        f"/api/v1/tickets/{urgent['id']}/status", json={"status": "resolved"}, headers=agent
    )
    assert server.client.get("/api/v1/tickets?overdue=true", headers=agent).json()["total"] == 0


def test_changing_priority_recomputes_due_and_logs_each_field(server: Server) -> None:
    agent = server.auth("1001")
    ticket = open_ticket(server, agent)  # complaint normal: 1440 minutes
    r = server.client.patch(
        f"/api/v1/tickets/{ticket['id']}",
        json={"priority": "urgent", "title": "Charged three times"},
        headers=agent,
    )
    assert r.status_code == 200, r.text
    assert r.json()["due_at"] - r.json()["created_at"] == 240 * 60
    history = server.client.get(f"/api/v1/tickets/{ticket['id']}", headers=agent).json()["history"]
    assert history[-1]["changes"]["title"] == ["Bill charged twice", "Charged three times"]
    assert history[-1]["changes"]["priority"] == ["normal", "urgent"]


def test_comments_are_kept_in_order_with_author(server: Server) -> None:
    agent = server.auth("1001")
    ticket = open_ticket(server, agent)
    for text in ("Called the bank", "Bank confirms 回款"):
        r = server.client.post(
            f"/api/v1/tickets/{ticket['id']}/comments", json={"text": text}, headers=agent
        )
        assert r.status_code == 201
    detail = server.client.get(f"/api/v1/tickets/{ticket['id']}", headers=agent).json()
    assert [(c["author"], c["text"]) for c in detail["comments"]] == [
        ("1001", "Called the bank"),
        ("1001", "Bank confirms 回款"),
    ]
    assert detail["history"][-1]["action"] == "commented"


def test_who_sees_which_ticket(server: Server) -> None:
    a1, a3, a4 = server.auth("1001"), server.auth("1003"), server.auth("1004")
    mine = open_ticket(server, a1, title="team A matter")
    theirs = open_ticket(server, a3, title="team B matter")
    handed = open_ticket(server, a3, title="handed to 1001", assignee="1001")

    def ids(headers: dict[str, str]) -> set[int]:
        r = server.client.get("/api/v1/tickets", headers=headers)
        assert r.status_code == 200
        return {t["id"] for t in r.json()["tickets"]}

    assert ids(a1) == {mine["id"], handed["id"]}
    assert ids(server.auth("1002")) == {mine["id"], handed["id"]}  # team A's (opened/assigned)
    assert ids(a4) == {theirs["id"], handed["id"]}  # opened in team B
    assert len(ids(server.auth("9001"))) == 3  # the demo's lead leads both teams
    admin = server.auth("9000")
    r = server.client.patch("/api/v1/admin/teams/team_b", headers=admin, json={"lead": None})
    assert r.status_code == 200
    assert ids(server.auth("9001")) == {mine["id"], handed["id"]}  # lead of team A only
    r = server.client.patch("/api/v1/admin/teams/team_a", headers=admin, json={"lead": None})
    assert ids(server.auth("9001")) == set()  # a lead of no team sees no team's tickets
    assert ids(admin) == {mine["id"], theirs["id"], handed["id"]}
    # Another team's ticket does not exist for an agent: 404, also for changes.
    r = server.client.get(f"/api/v1/tickets/{theirs['id']}", headers=a1)
    assert r.status_code == 404
    r = server.client.post(
        f"/api/v1/tickets/{theirs['id']}/comments", json={"text": "x"}, headers=a1
    )
    assert r.status_code == 404
    # No token, no tickets.
    assert server.client.get("/api/v1/tickets").status_code == 401
    assert server.client.post("/api/v1/tickets", json={"type": "complaint"}).status_code == 401


def test_filters(server: Server) -> None:
    admin = server.auth("9000")
    call = a_call(server)
    a = open_ticket(server, admin, customer_id=call["customer_id"], title="Router broken")
    b = open_ticket(server, admin, type="enquiry", team="team_b", description="router model?")
    c = open_ticket(server, admin, type="suggestion", assignee="1003")

    def ids(query: str) -> list[int]:
        r = server.client.get(f"/api/v1/tickets?{query}", headers=admin)
        assert r.status_code == 200, r.text
        return sorted(t["id"] for t in r.json()["tickets"])

    assert ids("type=enquiry") == [b["id"]]
    assert ids(f"customer_id={call['customer_id']}") == [a["id"]]
    assert ids("team=team_b") == [b["id"], c["id"]]  # c: its assignee's team
    assert ids("assignee=1003") == [c["id"]]
    assert ids("status=assigned") == [b["id"], c["id"]]
    assert ids("status=open") == [a["id"], b["id"], c["id"]]
    assert ids("q=ROUTER") == [a["id"], b["id"]]  # title or description, any case
    assert ids("q=router&type=complaint") == [a["id"]]


def test_bad_input_is_a_clear_4xx_and_writes_nothing(server: Server) -> None:
    agent = server.auth("1001")
    before = server.services.runner.run_sync(lambda s: s.count("tickets"))

    def post(body: dict) -> tuple[int, dict]:  # type: ignore[type-arg]
        r = server.client.post("/api/v1/tickets", json=body, headers=agent)
        return r.status_code, r.json()

    code, body = post({"type": "complaint", "title": "x", "customer_id": 99_999_999})
    assert code == 422 and body["details"][0]["field"] == "customer_id"
    code, body = post({"type": "complaint", "title": "x", "call_id": "no-such-call"})
    assert code == 422 and body["details"][0]["field"] == "call_id"
    code, body = post({"type": "gossip", "title": "x"})
    assert code == 422 and "no active ticket type" in body["message"]
    code, body = post({"type": "complaint", "title": "x", "assignee": "7777"})
    assert code == 422 and body["details"][0]["field"] == "assignee"
    code, body = post({"type": "complaint", "title": "x", "team": "team_z"})
    assert code == 422 and body["details"][0]["field"] == "team"
    code, body = post({"type": "complaint", "title": ""})
    assert code == 422
    code, body = post({"type": "complaint", "title": "x", "priority": "asap"})
    assert code == 422
    code, body = post({"type": "complaint", "title": "x", "customer_id": 2**70})
    assert code == 422
    code, body = post({"type": "complaint", "title": "x", "extra": 1})
    assert code == 422
    assert server.services.runner.run_sync(lambda s: s.count("tickets")) == before
    ticket = open_ticket(server, agent)
    r = server.client.patch(f"/api/v1/tickets/{ticket['id']}", json={}, headers=agent)
    assert r.status_code == 422
    r = server.client.patch(f"/api/v1/tickets/{ticket['id']}", json={"title": None}, headers=agent)
    assert r.status_code == 422
    for field in ("description", "type", "priority"):
        r = server.client.patch(
            f"/api/v1/tickets/{ticket['id']}", json={field: None}, headers=agent
        )
        assert r.status_code == 422, (field, r.text)
    r = server.client.patch(
        f"/api/v1/tickets/{ticket['id']}", json={"customer_id": 99_999_999}, headers=agent
    )
    assert r.status_code == 422
    r = server.client.post(
        f"/api/v1/tickets/{ticket['id']}/calls", json={"call_id": "nope"}, headers=agent
    )
    assert r.status_code == 422
    r = server.client.post(f"/api/v1/tickets/{ticket['id']}/assign", json={}, headers=agent)
    assert r.status_code == 422
    r = server.client.post(
        f"/api/v1/tickets/{ticket['id']}/status", json={"status": "assigned"}, headers=agent
    )
    assert r.status_code == 422
    assert server.client.get("/api/v1/tickets/0", headers=agent).status_code == 422
    assert server.client.get("/api/v1/tickets/123456", headers=agent).status_code == 404
    assert server.client.get("/api/v1/tickets?limit=100000", headers=agent).status_code == 422
    assert server.client.get("/api/v1/tickets?type=DROP%20TABLE", headers=agent).status_code == 422


def test_admins_configure_types_and_sla_others_may_not(server: Server) -> None:
    body = {"display_name": "Repair 报修", "sla_minutes": {"urgent": 60, "normal": 600}}
    r = server.client.put(
        "/api/v1/admin/ticket-types/repair", json=body, headers=server.auth("1001")
    )
    assert r.status_code == 403
    r = server.client.put(
        "/api/v1/admin/ticket-types/repair", json=body, headers=server.auth("9001")
    )
    assert r.status_code == 403
    admin = server.auth("9000")
    r = server.client.put("/api/v1/admin/ticket-types/repair", json=body, headers=admin)
    assert r.status_code == 200, r.text
    names = [t["name"] for t in server.client.get("/api/v1/tickets/types", headers=admin).json()]
    assert names == ["complaint", "enquiry", "repair", "suggestion"]
    ticket = open_ticket(server, server.auth("1001"), type="repair", priority="urgent")
    assert ticket["due_at"] - ticket["created_at"] == 3600
    bad = {"display_name": "x", "sla_minutes": {"urgent": -5}}
    assert (
        server.client.put("/api/v1/admin/ticket-types/repair", json=bad, headers=admin).status_code
        == 422
    )
    assert (
        server.client.put(
            "/api/v1/admin/ticket-types/Bad%20Name", json=body, headers=admin
        ).status_code
        == 422
    )
    r = server.client.put(
        "/api/v1/admin/ticket-types/repair", json={**body, "active": False}, headers=admin
    )
    assert r.status_code == 200
    r = server.client.post(
        "/api/v1/tickets", json={"type": "repair", "title": "x"}, headers=server.auth("1001")
    )
    assert r.status_code == 422


def test_the_assignee_gets_ticket_assigned_and_the_opener_ticket_changed(server: Server) -> None:
    opener = server.auth("1001")
    token = server.login("1003")["token"]
    with server.client.websocket_connect(f"/api/v1/events?token={token}") as ws:
        receive(ws)  # hello
        ticket = open_ticket(server, opener, assignee="1003", title="Call the customer back")
        changed = receive(ws)
        assert changed["type"] == "ticket_changed"
        assert changed["data"]["change"] == "created" and changed["data"]["by"] == "1001"
        assigned = receive(ws)
        assert assigned["type"] == "ticket_assigned"
        assert assigned["data"]["ticket"]["id"] == ticket["id"]
        assert assigned["data"]["ticket"]["title"] == "Call the customer back"
        assert assigned["data"]["by"] == "1001"


def test_ticket_changed_reaches_in_process_listeners_even_if_one_fails() -> None:
    seen: list[TicketChanged] = []

    def broken(_: TicketChanged) -> None:
        raise RuntimeError("webhook queue full")

    notifier = TicketNotifier(EventBus(lambda: 0.0), [broken, seen.append])
    ticket = Ticket(
        id=7, type="complaint", title="t", created_by="1001", created_at=1, updated_at=1
    )
    notifier.changed(ticket, "created", "1001", [])
    assert [(e.ticket.id, e.change, e.by) for e in seen] == [(7, "created", "1001")]
