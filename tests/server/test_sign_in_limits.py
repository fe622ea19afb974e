"""Sign-in limits per (agent, address) with backoff, a per-address ceiling, known devices
passing with the right password, and the attempts shown to leads."""

from __future__ import annotations

from typing import Any

from tests.server.conftest import Server

DEVICE = "d3v1ce-0f-agent-1003-kept-by-its-desktop"


def _login(server: Server, agent_id: str, password: str, device: str | None = None) -> Any:
    body = {"agent_id": agent_id, "password": password}
    if device:
        body["device_id"] = device
    return server.client.post("/api/v1/auth/login", json=body)


def test_lock_out_of_one_agent_does_not_lock_out_a_colleague_behind_the_same_address(
    server: Server,
) -> None:
    for _ in range(8):
        _login(server, "1003", "guess")
    assert _login(server, "1003", "demo").status_code == 429  # that agent, from here
    for colleague in ("1001", "1002", "9001"):  # same office, same NAT address
        assert _login(server, colleague, "demo").status_code == 200


def test_lock_outs_back_off_and_end(server: Server) -> None:
    for _ in range(5):
        assert _login(server, "1003", "guess").status_code == 401
    first = _login(server, "1003", "demo")
    assert first.status_code == 429 and 1 <= int(first.headers["retry-after"]) <= 30
    server.clock.advance(31)
    assert _login(server, "1003", "guess").status_code == 401  # one more try, then longer
    second = _login(server, "1003", "demo")
    assert second.status_code == 429 and int(second.headers["retry-after"]) > 30
    server.clock.advance(61)
    assert _login(server, "1003", "demo").status_code == 200


def test_right_password_from_a_known_device_gets_through_a_lock_out(server: Server) -> None:
    assert _login(server, "1003", "demo", DEVICE).status_code == 200  # the agent's desktop
    for _ in range(10):  # someone else, same address, keeps guessing
        _login(server, "1003", "guess")
    assert _login(server, "1003", "demo").status_code == 429
    assert _login(server, "1003", "demo", "an-unknown-device-id-000").status_code == 429
    assert _login(server, "1003", "demo", DEVICE).status_code == 200
    # a known device does not get unlimited guesses either
    for _ in range(5):
        assert _login(server, "1003", "guess", DEVICE).status_code == 401
    assert _login(server, "1003", "demo", DEVICE).status_code == 429


def test_an_address_spraying_agent_ids_hits_a_generous_ceiling(make_server: Any) -> None:
    server: Server = make_server(tweak=lambda s: setattr(s.auth._limiter, "address_ceiling", 20))
    assert _login(server, "1002", "demo", DEVICE).status_code == 200
    for i in range(20):
        assert _login(server, f"9{i:03d}", "guess").status_code == 401
    assert _login(server, "1001", "demo").status_code == 429
    assert _login(server, "1002", "demo", DEVICE).status_code == 200  # known device
    server.clock.advance(61)
    assert _login(server, "1001", "demo").status_code == 200


def test_leads_see_the_attempts(server: Server) -> None:
    for _ in range(5):
        _login(server, "1003", "guess")
    lead = server.auth("9001")
    r = server.client.get("/api/v1/auth/attempts", headers=lead)
    assert r.status_code == 200
    rows = r.json()
    outcomes = [(a["agent_id"], a["outcome"]) for a in rows]
    assert outcomes[:2] == [("9001", "signed_in"), ("1003", "locked_out")]
    assert outcomes.count(("1003", "wrong_password")) == 5
    assert all(a["client"] == "testclient" for a in rows)
    assert rows[1]["locked_seconds"] == 30
    assert "guess" not in r.text
    agent = server.client.get("/api/v1/auth/attempts", headers=server.auth("1001"))
    assert agent.status_code == 403


def test_wrong_old_passwords_are_limited_like_sign_ins(server: Server) -> None:
    me = server.auth("1003")
    change = "/api/v1/auth/password"

    def attempt(old: str) -> Any:
        return server.client.post(
            change, headers=me, json={"old_password": old, "new_password": "Brand-new-pass-7"}
        )

    for _ in range(5):
        r = attempt("guess")
        assert (r.status_code, r.json()["error_id"]) == (422, "wrong_password")
    locked = attempt("demo")  # even the right one, while locked: nothing changes
    assert (locked.status_code, locked.json()["error_id"]) == (429, "rate_limited")
    assert 1 <= int(locked.headers["retry-after"]) <= 30
    # the guesses count with sign-ins of that agent from this address (one budget) ...
    assert _login(server, "1003", "demo").status_code == 429
    assert _login(server, "1002", "demo").status_code == 200  # ... not a colleague's
    server.clock.advance(31)
    assert attempt("demo").status_code == 204
    assert _login(server, "1003", "Brand-new-pass-7").status_code == 200
