"""Agent state over the API: transitions, reasons, wrap-up, logs and leads forcing states."""

from __future__ import annotations

import time

from tests.server.conftest import Server


def _set(server: Server, headers: dict[str, str], **body: object) -> tuple[int, dict]:
    r = server.client.post("/api/v1/agents/me/state", headers=headers, json=body)
    return r.status_code, r.json()


def test_ready_not_ready_cycle_is_logged(server: Server) -> None:
    h = server.auth("1001")
    assert _set(server, h, state="ready")[1]["state"] == "ready"
    code, body = _set(server, h, state="not_ready", reason="lunch")
    assert code == 200 and body["state"] == "not_ready" and body["reason"] == "lunch"
    log = server.services.runner.run_sync(lambda s: s.state_log("1001"))
    assert [(r["from_state"], r["to_state"], r["reason"]) for r in log] == [
        ("logged_out", "not_ready", "login"),
        ("not_ready", "ready", None),
        ("ready", "not_ready", "lunch"),
    ]
    events = [r["event"] for r in server.services.runner.run_sync(lambda s: s.queue_log())]
    assert events == ["AGENTLOGIN", "PAUSEALL", "UNPAUSEALL", "PAUSEALL"]


def test_not_ready_needs_a_known_reason(server: Server) -> None:
    h = server.auth("1001")
    code, body = _set(server, h, state="not_ready", reason="nap")
    assert code == 422 and body["error_id"] == "invalid_input"


def test_illegal_transition_is_a_conflict(server: Server) -> None:
    h = server.auth("1001")
    r = server.client.post("/api/v1/agents/me/wrap-up", headers=h, json={"action": "finish"})
    assert r.status_code == 409
    assert r.json()["error_id"] == "illegal_state_transition"
    assert "not_ready" in r.json()["message"]


def test_lead_forces_not_ready_and_it_is_audited(server: Server) -> None:
    h = server.auth("1002")
    _set(server, h, state="ready")
    lead = server.auth("9001")
    r = server.client.post(
        "/api/v1/agents/1002/state", headers=lead, json={"state": "not_ready", "reason": "meeting"}
    )
    assert r.status_code == 200 and r.json()["reason"] == "meeting"
    assert server.client.get("/api/v1/agents/me/state", headers=h).json()["state"] == "not_ready"
    log = server.services.runner.run_sync(lambda s: s.state_log("1002"))
    assert log[-1]["actor"] == "9001"


def test_agent_list_shows_live_state_for_leads(server: Server) -> None:
    _set(server, server.auth("1003"), state="ready")
    agents = server.client.get("/api/v1/agents", headers=server.auth("9001")).json()
    by_id = {a["agent_id"]: a for a in agents}
    # the demo's lead leads both teams: every agent of theirs (not admin 9000, in no team)
    assert set(by_id) == {"1001", "1002", "1003", "1004", "1005", "9001"}
    assert by_id["1003"]["state"]["state"] == "ready"
    assert by_id["1004"]["state"]["state"] == "logged_out"
    assert by_id["1003"]["queues"] == ["sales", "support"]


def test_state_survives_a_server_restart(make_server) -> None:  # type: ignore[no-untyped-def]
    first = make_server()
    h = first.auth("1001")
    _set(first, h, state="not_ready", reason="training")
    first.client.__exit__(None, None, None)
    second = make_server(seed=False)
    # The session token still works and the agent keeps the state it had.
    r = second.client.get("/api/v1/agents/me/state", headers=h)
    assert r.status_code == 200
    assert (r.json()["state"], r.json()["reason"]) == ("not_ready", "training")


def test_a_restart_that_moves_an_agent_writes_the_move(make_server) -> None:  # type: ignore[no-untyped-def]
    """An agent on a call the restart did not take back comes back not ready
    (server_restart); the move is in the state log and queue_log like any other, so
    state-time reports stop counting talk at the restart."""
    first = make_server()
    h = first.auth("1001")
    _set(first, h, state="ready")
    crashed_at = time.time()
    on_call = {
        "agent_id": "1001",
        "status": "on_call",
        "since": crashed_at - 30,
        "call_id": "c-lost",
    }
    first.services.runner.run_sync(lambda s: s.set_agent_last_state("1001", on_call))
    first.client.__exit__(None, None, None)
    second = make_server(seed=False)
    r = second.client.get("/api/v1/agents/me/state", headers=h)
    assert (r.json()["state"], r.json()["reason"]) == ("not_ready", "server_restart")
    rows = second.services.runner.run_sync(lambda s: s.state_log("1001"))
    last = rows[-1]
    assert (last["from_state"], last["to_state"], last["reason"], last["actor"]) == (
        "on_call",
        "not_ready",
        "server_restart",
        "system",
    )
    assert last["at"] >= crashed_at
    events = second.services.runner.run_sync(
        lambda s: [q["event"] for q in s.queue_log(since=crashed_at) if q["agent"] == "1001"]
    )
    assert "PAUSEALL" in events
