"""Issue 11, item 12: reasons the server sets ("Missed a call", "Server restarted", the
sign-in pseudo-reason) cannot be chosen by anyone; "Set by team lead" only by a lead; an
agent may change reason while not ready."""

from __future__ import annotations

import pytest

from tests.server.conftest import Server


@pytest.mark.parametrize("reason", ["no_answer", "server_restart", "login", "forced"])
def test_agent_cannot_pick_a_system_or_lead_reason(server: Server, reason: str) -> None:
    h = server.auth("1001")
    r = server.client.post(
        "/api/v1/agents/me/state", headers=h, json={"state": "not_ready", "reason": reason}
    )
    assert r.status_code == 422 and r.json()["error_id"] == "invalid_input", r.text
    assert server.client.get("/api/v1/agents/me/state", headers=h).json()["reason"] == "login"


@pytest.mark.parametrize("reason", ["no_answer", "server_restart", "login", "nap"])
def test_lead_cannot_force_a_system_or_unknown_reason(server: Server, reason: str) -> None:
    h = server.auth("1002")
    server.client.post("/api/v1/agents/me/state", headers=h, json={"state": "ready"})
    lead = server.auth("9001")
    r = server.client.post(
        "/api/v1/agents/1002/state", headers=lead, json={"state": "not_ready", "reason": reason}
    )
    assert r.status_code == 422 and r.json()["error_id"] == "invalid_input", r.text
    assert server.client.get("/api/v1/agents/me/state", headers=h).json()["state"] == "ready"


def test_lead_forces_with_the_lead_reason_by_default(server: Server) -> None:
    h = server.auth("1002")
    server.client.post("/api/v1/agents/me/state", headers=h, json={"state": "ready"})
    r = server.client.post(
        "/api/v1/agents/1002/state", headers=server.auth("9001"), json={"state": "not_ready"}
    )
    assert r.status_code == 200 and r.json()["reason"] == "forced"


def test_agent_changes_reason_while_not_ready(server: Server) -> None:
    h = server.auth("1001")
    for reason in ("lunch", "training"):
        r = server.client.post(
            "/api/v1/agents/me/state", headers=h, json={"state": "not_ready", "reason": reason}
        )
        assert r.status_code == 200 and r.json()["reason"] == reason
    assert server.client.get("/api/v1/agents/me/state", headers=h).json() == r.json()
