"""Sign-in, tokens, sign-out, rate limits and secrets staying out of logs."""

from __future__ import annotations

import logging
from typing import Any

import pytest

from tests.server.conftest import Server


def test_login_returns_session_profile_codes_and_sip_settings(server: Server) -> None:
    body = server.login("1001")
    assert len(body["token"]) >= 32
    assert body["agent"] == {
        "agent_id": "1001",
        "name": "李娜 Li Na",
        "role": "agent",
        "team": "team_a",
        "queues": ["sales", "support"],
        "role_name": None,
        "permissions": ["manage_customers", "pickup"],
        "must_change_password": False,
    }
    assert {q["name"]: q["level"] for q in body["queues"]} == {"sales": 1, "support": 1}
    sales = next(q for q in body["queues"] if q["name"] == "sales")
    assert sales["dids"] == [] and sales["strategy"] == "longest-idle-agent"
    assert {r["code"] for r in body["reason_codes"]} >= {"break", "lunch", "training"}
    assert any(d["label_zh"] == "已解决" for d in body["dispositions"])
    sip = body["sip"]
    expiry, _, user = sip["username"].partition(":")
    assert user == "1001" and int(expiry) > server.clock()
    assert sip["registrar"] == "sip:127.0.0.1:5999" and sip["transport"] == "udp"
    assert sip["password"] and sip["domain"]
    assert sip["srtp"] == "optional"  # the default: SRTP whenever the softphone can
    assert body["state"]["state"] == "not_ready"  # signed in, not yet taking calls


def test_login_sends_softphones_to_tls_and_srtp_when_configured(make_server: Any) -> None:
    def secure(services: Any) -> None:
        services.config.sip_tls_port = 5998
        services.config.agent_srtp = "mandatory"

    sip = make_server(tweak=secure).login("1001")["sip"]
    assert sip["transport"] == "tls" and sip["srtp"] == "mandatory"
    assert sip["registrar"] == "sip:127.0.0.1:5998" and sip["domain"] == "127.0.0.1:5998"


def test_password_is_stored_as_argon2id_and_token_only_hashed(server: Server) -> None:
    token = server.login("1002")["token"]
    row = server.services.runner.run_sync(lambda s: s.get_agent("1002"))
    assert row["password_hash"].startswith("$argon2id$")
    sessions = server.services.runner.run_sync(lambda s: s._rows("SELECT token_hash FROM sessions"))
    assert sessions and all(token not in r["token_hash"] for r in sessions)


@pytest.mark.parametrize(
    "agent_id,password", [("1001", "wrong"), ("7777", "demo"), ("1001", "DEMO")]
)
def test_wrong_credentials_get_one_clear_error(
    server: Server, agent_id: str, password: str
) -> None:
    r = server.client.post("/api/v1/auth/login", json={"agent_id": agent_id, "password": password})
    assert r.status_code == 401
    assert r.json()["error_id"] == "invalid_credentials"
    assert r.headers["www-authenticate"] == "Bearer"


def test_sign_in_is_rate_limited_then_recovers(server: Server) -> None:
    for _ in range(5):
        r = server.client.post("/api/v1/auth/login", json={"agent_id": "1003", "password": "nope"})
        assert r.status_code == 401
    r = server.client.post("/api/v1/auth/login", json={"agent_id": "1003", "password": "demo"})
    assert r.status_code == 429 and r.json()["error_id"] == "rate_limited"
    assert int(r.headers["retry-after"]) >= 1
    server.clock.advance(61)
    assert server.login("1003")["agent"]["agent_id"] == "1003"


def test_every_api_call_needs_a_valid_token(server: Server) -> None:
    for headers in ({}, {"Authorization": "Bearer nonsense"}, {"Authorization": "Basic x"}):
        r = server.client.get("/api/v1/agents/me/state", headers=headers)
        assert r.status_code == 401, headers
        assert r.json()["error_id"] == "unauthorized"


def test_expired_token_is_refused(server: Server) -> None:
    headers = server.auth("1001")
    assert server.client.get("/api/v1/agents/me/state", headers=headers).status_code == 200
    server.clock.advance(server.services.config.token_ttl_seconds + 1)
    r = server.client.get("/api/v1/agents/me/state", headers=headers)
    assert r.status_code == 401 and r.json()["error_id"] == "token_expired"


def test_logout_revokes_token_and_signs_the_agent_out(server: Server) -> None:
    lead = server.auth("9001")
    headers = server.auth("1004")
    assert server.client.post("/api/v1/auth/logout", headers=headers).status_code == 204
    assert server.client.get("/api/v1/agents/me/state", headers=headers).status_code == 401
    agents = server.client.get("/api/v1/agents", headers=lead).json()
    assert next(a for a in agents if a["agent_id"] == "1004")["state"]["state"] == "logged_out"


def test_lead_forces_an_agent_out(server: Server) -> None:
    agent = server.auth("1005")
    lead = server.auth("9001")
    r = server.client.post("/api/v1/agents/1005/logout", headers=lead)
    assert r.status_code == 200 and r.json()["state"] == "logged_out"
    assert server.client.get("/api/v1/agents/me/state", headers=agent).status_code == 401
    audit = server.services.runner.run_sync(lambda s: s.audit_log())
    assert any(
        a["action"] == "force_logout" and a["actor"] == "9001" and a["target"] == "1005"
        for a in audit
    )


def test_secrets_never_reach_the_logs(server: Server, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    server.client.post("/api/v1/auth/login", json={"agent_id": "1001", "password": "s3cret-typo"})
    body = server.login("1001")
    server.client.post("/api/v1/auth/login", json={"agent_id": "1001", "password": 12345})
    text = caplog.text
    assert "s3cret-typo" not in text
    assert body["token"] not in text and body["sip"]["password"] not in text
    assert "sign-in failed" in text  # the failure itself is logged, without the password
