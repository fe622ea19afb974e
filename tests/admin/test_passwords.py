"""Everyone changes its own password under a policy; an admin reset forces a change."""

from __future__ import annotations

from tests.admin.conftest import ADMIN_ID, ADMIN_PASSWORD, admin_headers, post
from tests.server.conftest import Server


def _bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def test_password_change_with_policy(empty: Server) -> None:
    h = admin_headers(empty)
    change = "/api/v1/auth/password"
    r = empty.client.post(
        change, headers=h, json={"old_password": "wrong", "new_password": "Another-pass-9"}
    )
    assert (r.status_code, r.json()["error_id"]) == (422, "wrong_password")
    for weak, why, rule in (
        ("short1", "at least 8", "too_short"),
        ("xx-admin-xx", "agent ID", "contains_id"),
        (ADMIN_PASSWORD, "differ", "unchanged"),
    ):
        r = empty.client.post(
            change, headers=h, json={"old_password": ADMIN_PASSWORD, "new_password": weak}
        )
        assert (r.status_code, r.json()["error_id"]) == (422, "weak_password"), weak
        detail = r.json()["details"][0]  # the rule, for clients that word it themselves
        assert why in r.json()["message"] and detail["field"] == "new_password"
        assert (detail["rule"], detail["min_length"]) == (rule, "8")
    r = empty.client.post(
        change, headers=h, json={"old_password": ADMIN_PASSWORD, "new_password": "Another-pass-9"}
    )
    assert r.status_code == 204
    assert (
        empty.client.post(
            "/api/v1/auth/login", json={"agent_id": ADMIN_ID, "password": ADMIN_PASSWORD}
        ).status_code
        == 401
    )
    empty.login(ADMIN_ID, "Another-pass-9")
    audit = empty.client.get("/api/v1/admin/audit", headers=h).json()
    assert any(a["action"] == "password_changed" and a["actor"] == ADMIN_ID for a in audit)
    assert "Another-pass-9" not in str(audit)


def test_reset_signs_out_and_forces_a_change_at_next_sign_in(empty: Server) -> None:
    h = admin_headers(empty)
    assert (
        post(
            empty, "/admin/agents", h, {"agent_id": "2001", "name": "A", "password": "First-pass-1"}
        ).status_code
        == 201
    )
    old = empty.login("2001", "First-pass-1")["token"]
    r = post(empty, "/admin/agents/2001/password", h, {})
    assert r.status_code == 200, r.text
    generated = r.json()["generated_password"]
    assert len(generated) >= 12 and r.json()["must_change_password"] is True
    assert empty.client.get("/api/v1/agents/me/state", headers=_bearer(old)).status_code == 401
    session = empty.login("2001", generated)
    assert session["agent"]["must_change_password"] is True
    token = _bearer(session["token"])
    # Until the change, only my session, the change itself and sign-out answer.
    r = empty.client.post("/api/v1/agents/me/state", headers=token, json={"state": "ready"})
    assert (r.status_code, r.json()["error_id"]) == (403, "password_change_required")
    assert empty.client.get("/api/v1/agents/me", headers=token).status_code == 200
    r = empty.client.post(
        "/api/v1/auth/password",
        headers=token,
        json={"old_password": generated, "new_password": "Chosen-by-me-7"},
    )
    assert r.status_code == 204
    r = empty.client.post("/api/v1/agents/me/state", headers=token, json={"state": "ready"})
    assert r.status_code == 200
    assert empty.login("2001", "Chosen-by-me-7")["agent"]["must_change_password"] is False
    # A reset to a chosen password follows the policy too.
    r = post(empty, "/admin/agents/2001/password", h, {"new_password": "2001-pass-x"})
    assert (r.status_code, r.json()["error_id"]) == (422, "weak_password")
