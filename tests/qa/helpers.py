"""Shared pieces of the QA tests: a scoring form, recorded demo calls."""

from __future__ import annotations

from typing import Any

from tests.server.conftest import Server

FORM: dict[str, Any] = {
    "name": "Service call",
    "description": "Standard inbound service form",
    "sections": [
        {
            "title": "Opening",
            "weight": 1,
            "items": [
                {"key": "greeting", "label": "Greets with the company name", "kind": "yes_no"},
                {
                    "key": "verify",
                    "label": "Verifies the caller",
                    "kind": "yes_no",
                    "critical": True,
                    "na_allowed": False,
                },
            ],
        },
        {
            "title": "Handling",
            "weight": 3,
            "items": [
                {"key": "empathy", "label": "Empathy", "max_points": 5, "weight": 2},
                {"key": "accuracy", "label": "Accurate answer", "max_points": 10},
                {"key": "upsell", "label": "Offers an upgrade", "kind": "yes_no"},
            ],
        },
    ],
}
# Hand-computed in tests/qa/test_scoring.py: 70.63.
ANSWERS = [
    {"item": "greeting", "value": "no"},
    {"item": "verify", "value": "yes"},
    {"item": "empathy", "value": 4},
    {"item": "accuracy", "value": 5},
    {"item": "upsell", "value": "yes"},
]


def answered_calls(server: Server, agent_id: str) -> list[dict[str, Any]]:
    """The demo's answered calls of one agent, oldest first."""
    rows = server.services.runner.run_sync(
        lambda s: s.conn.execute(
            "SELECT id, started_at FROM calls WHERE agent_id = ? AND answered_at IS NOT NULL "
            "ORDER BY started_at",
            [agent_id],
        ).fetchall()
    )
    return [{"id": r[0], "started_at": r[1]} for r in rows]


def record(server: Server, call_id: str, status: str = "complete") -> str:
    """Give a call a recording row (status complete, partial or failed)."""
    rec_id = f"rec-{call_id[:12]}"

    def write(s: Any) -> None:
        s.add_recording(
            {
                "id": rec_id,
                "call_id": call_id,
                "path": f"/nowhere/{rec_id}.wav",
                "started_at": 1.0,
                "duration": 60.0,
                "size": 1000,
                "status": status,
            }
        )
        s.update_call(call_id, {"recording_id": rec_id, "recording_status": status})

    server.services.runner.run_sync(write)
    return rec_id


def create_form(server: Server, form: dict[str, Any] | None = None) -> dict[str, Any]:
    r = server.client.post("/api/v1/qa/forms", headers=server.auth("9000"), json=form or FORM)
    assert r.status_code == 201, r.text
    return r.json()  # type: ignore[no-any-return]


def evaluate(
    server: Server,
    headers: dict[str, str],
    call_id: str,
    form_id: int,
    answers: list[dict[str, Any]] | None = None,
    **extra: Any,
) -> Any:
    return server.client.post(
        "/api/v1/qa/evaluations",
        headers=headers,
        json={"call_id": call_id, "form_id": form_id, "answers": answers or ANSWERS, **extra},
    )
