"""Bad input gets a clear 4xx with an error id and leaves nothing half-written."""

from __future__ import annotations

from tests.server.conftest import Server


def test_malformed_json_is_a_clear_error(server: Server) -> None:
    r = server.client.post(
        "/api/v1/auth/login",
        content=b'{"agent_id": "1001", "pass',
        headers={"content-type": "application/json"},
    )
    assert r.status_code == 422
    assert r.json()["error_id"] == "malformed_json"


def test_unknown_and_wrongly_typed_fields_are_refused(server: Server) -> None:
    headers = server.auth("1001")
    r = server.client.post(
        "/api/v1/agents/me/state", headers=headers, json={"state": "ready", "mood": "happy"}
    )
    assert r.status_code == 422 and r.json()["error_id"] == "invalid_input"
    assert r.json()["details"][0]["loc"] == ["body", "mood"]
    r = server.client.post("/api/v1/agents/me/state", headers=headers, json={"state": 3})
    assert r.status_code == 422
    r = server.client.post("/api/v1/agents/me/state", headers=headers, json={"state": "asleep"})
    assert r.status_code == 422
    assert (
        server.client.get("/api/v1/agents/me/state", headers=headers).json()["state"] == "not_ready"
    )


def test_validation_errors_do_not_echo_the_password(server: Server) -> None:
    r = server.client.post(
        "/api/v1/auth/login", json={"agent_id": "1001", "password": "hunter2", "extra": 1}
    )
    assert r.status_code == 422
    assert "hunter2" not in r.text


def test_unknown_agent_and_unknown_call(server: Server) -> None:
    lead, admin = server.auth("9001"), server.auth("9000")
    forced = {"state": "not_ready", "reason": "break"}
    r = server.client.post("/api/v1/agents/4242/state", headers=admin, json=forced)
    assert r.status_code == 404 and r.json()["error_id"] == "not_found"
    r = server.client.post("/api/v1/agents/4242/state", headers=lead, json=forced)
    assert r.status_code == 403 and r.json()["error_id"] == "outside_team"  # not in its teams
    r = server.client.get("/api/v1/calls/does-not-exist", headers=lead)
    assert r.status_code == 404


def test_customer_with_a_bad_phone_is_not_half_written(server: Server) -> None:
    headers = server.auth("1001")
    before = server.services.runner.run_sync(lambda s: s.count("customers"))
    r = server.client.post(
        "/api/v1/customers",
        headers=headers,
        json={"name": "坏号码", "phones": ["13900000000", "12ab"]},
    )
    assert r.status_code == 422 and r.json()["error_id"] == "invalid_input"
    assert server.services.runner.run_sync(lambda s: s.count("customers")) == before
    r = server.client.post(
        "/api/v1/customers",
        headers=headers,
        json={"name": "好号码", "phones": ["139 0000-0000"], "tags": ["new"]},
    )
    assert r.status_code == 201 and r.json()["phones"] == ["13900000000"]


def test_unknown_route_and_method(server: Server) -> None:
    assert server.client.get("/api/v1/nothing-here").json()["error_id"] == "not_found"
    r = server.client.delete("/api/v1/health")
    assert r.status_code == 405 and r.json()["error_id"] == "method_not_allowed"
