"""Bad administration input: a clear 4xx with an error id and the field; nothing written."""

from __future__ import annotations

from tests.admin.conftest import admin_headers, post
from tests.server.conftest import Server


def _field(r: object) -> str:
    return r.json()["details"][0]["field"]  # type: ignore[attr-defined,no-any-return]


def test_every_bad_change_is_refused_with_its_field_and_writes_nothing(empty: Server) -> None:
    h = admin_headers(empty)
    assert post(empty, "/admin/queues", h, {"name": "billing"}).status_code == 201
    audit_before = len(empty.client.get("/api/v1/admin/audit", headers=h).json())

    # Unknown queue in a skill list: nothing of the agent is written.
    r = post(
        empty,
        "/admin/agents",
        h,
        {
            "agent_id": "2001",
            "name": "A",
            "password": "Good-pass-1",
            "skills": [{"queue": "billing"}, {"queue": "nope"}],
        },
    )
    assert (r.status_code, r.json()["error_id"], _field(r)) == (
        422,
        "unknown_reference",
        "skills[1].queue",
    )
    assert empty.client.get("/api/v1/admin/agents/2001", headers=h).status_code == 404
    # Duplicate ID.
    ok = {"agent_id": "2001", "name": "A", "password": "Good-pass-1"}
    assert post(empty, "/admin/agents", h, ok).status_code == 201
    r = post(empty, "/admin/agents", h, dict(ok, name="B"))
    assert (r.status_code, r.json()["error_id"], _field(r)) == (409, "duplicate_id", "agent_id")
    assert empty.client.get("/api/v1/admin/agents/2001", headers=h).json()["name"] == "A"
    # Unknown role, unknown team, weak password, malformed ID.
    r = post(empty, "/admin/agents", h, dict(ok, agent_id="2002", role="boss"))
    assert (r.status_code, _field(r)) == (422, "role")
    r = post(empty, "/admin/agents", h, dict(ok, agent_id="2002", team="ghosts"))
    assert (r.status_code, _field(r)) == (422, "team")
    r = post(empty, "/admin/agents", h, dict(ok, agent_id="2002", password="short"))
    assert (r.status_code, r.json()["error_id"], _field(r)) == (422, "weak_password", "password")
    r = post(empty, "/admin/agents", h, dict(ok, agent_id="20 02"))
    assert r.status_code == 422 and r.json()["details"][0]["loc"][-1] == "agent_id"
    # A number in two places.
    assert (
        post(empty, "/admin/dids", h, {"number": "4008003000", "queue": "billing"}).status_code
        == 201
    )
    assert post(empty, "/admin/queues", h, {"name": "sales"}).status_code == 201
    r = post(empty, "/admin/dids", h, {"number": "4008003000", "queue": "sales"})
    assert (r.status_code, r.json()["error_id"], _field(r)) == (409, "duplicate_id", "number")
    r = post(empty, "/admin/dids", h, {"number": "4008003001", "queue": "nowhere"})
    assert (r.status_code, _field(r)) == (422, "queue")
    # Deleting a queue a number uses.
    r = empty.client.delete("/api/v1/admin/queues/billing", headers=h)
    assert (r.status_code, r.json()["error_id"]) == (409, "in_use")
    assert "4008003000" in r.json()["message"]
    assert empty.client.get("/api/v1/admin/queues/billing", headers=h).status_code == 200
    assert "billing" in empty.services.acd._q.rows  # still live
    # An admin deleting itself.
    r = empty.client.delete("/api/v1/admin/agents/admin", headers=h)
    assert (r.status_code, r.json()["error_id"]) == (403, "cannot_delete_self")
    # Unknown prompt as music on hold; unknown overflow queue.
    r = empty.client.patch(
        "/api/v1/admin/queues/billing", headers=h, json={"music_on_hold": "jazz"}
    )
    assert (r.status_code, _field(r)) == (422, "music_on_hold")
    r = empty.client.patch(
        "/api/v1/admin/queues/billing", headers=h, json={"overflow_target": "ghost"}
    )
    assert (r.status_code, _field(r)) == (422, "overflow_target")
    # Unknown strategy, typo'd field: 422 from validation.
    r = post(empty, "/admin/queues", h, {"name": "x", "strategy": "fastest"})
    assert r.status_code == 422
    r = post(empty, "/admin/queues", h, {"name": "x", "stratgy": "random"})
    assert r.status_code == 422
    # Editing built-in roles.
    r = empty.client.patch("/api/v1/admin/roles/admin", headers=h, json={"permissions": []})
    assert (r.status_code, r.json()["error_id"]) == (409, "duplicate_id")
    # Only the two good writes (agent, number, second queue) reached the audit log.
    audit = empty.client.get("/api/v1/admin/audit", headers=h).json()[audit_before:]
    assert [a["action"] for a in audit] == ["agent_created", "did_created", "queue_created"]


def test_prompt_upload_refuses_non_audio_and_oversized(empty: Server) -> None:
    h = admin_headers(empty)
    r = empty.client.post(
        "/api/v1/admin/prompts",
        headers=h,
        data={"name": "hello"},
        files={"file": ("hello.wav", b"this is not audio" * 10, "audio/wav")},
    )
    assert (r.status_code, r.json()["error_id"], _field(r)) == (422, "not_audio", "file")
    r = empty.client.post(
        "/api/v1/admin/prompts",
        headers=h,
        data={"name": "hello"},
        files={"file": ("notes.txt", b"plain text", "text/plain")},
    )
    assert (r.status_code, r.json()["error_id"]) == (422, "not_audio")
    big = b"RIFF" + b"\0" * (21 * 1024 * 1024)
    r = empty.client.post(
        "/api/v1/admin/prompts",
        headers=h,
        data={"name": "hello"},
        files={"file": ("big.wav", big, "audio/wav")},
    )
    assert (r.status_code, r.json()["error_id"], _field(r)) == (413, "prompt_too_large", "file")
    assert empty.client.get("/api/v1/admin/prompts", headers=h).json() == []
    assert not list(empty.services.config.prompts_dir.glob("*"))


def test_null_in_an_update_leaves_required_fields_alone(empty: Server) -> None:
    h = admin_headers(empty)
    assert (
        post(empty, "/admin/queues", h, {"name": "billing", "ring_timeout": 12}).status_code == 201
    )
    assert (
        post(
            empty, "/admin/agents", h, {"agent_id": "2001", "name": "A", "password": "Good-pass-1"}
        ).status_code
        == 201
    )
    r = empty.client.patch(
        "/api/v1/admin/queues/billing",
        headers=h,
        json={"strategy": None, "ring_timeout": None, "overflow_target": None},
    )
    assert r.status_code == 200 and r.json()["ring_timeout"] == 12
    r = empty.client.patch(
        "/api/v1/admin/agents/2001",
        headers=h,
        json={"name": None, "enabled": None, "max_sessions": None, "team": None, "role": None},
    )
    assert r.status_code == 200 and r.json()["name"] == "A" and r.json()["enabled"]
    assert (
        post(
            empty,
            "/admin/reason-codes",
            h,
            {"code": "rest", "label_en": "Rest", "label_zh": "休息"},
        ).status_code
        == 201
    )
    r = empty.client.patch(
        "/api/v1/admin/reason-codes/rest", headers=h, json={"label_en": None, "paid": None}
    )
    assert r.status_code == 200 and r.json()["label_en"] == "Rest"
    assert post(empty, "/admin/teams", h, {"name": "t", "display_name": "T"}).status_code == 201
    r = empty.client.patch("/api/v1/admin/teams/t", headers=h, json={"display_name": None})
    assert r.status_code == 200 and r.json()["display_name"] == "T"
