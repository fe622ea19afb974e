"""Shared pieces of the ticket tests."""

from __future__ import annotations

import json
from typing import Any

from tests.server.conftest import Server


def open_ticket(server: Server, headers: dict[str, str], **body: Any) -> dict[str, Any]:
    payload = {"type": "complaint", "title": "Bill charged twice", **body}
    r = server.client.post("/api/v1/tickets", json=payload, headers=headers)
    assert r.status_code == 201, r.text
    return r.json()  # type: ignore[no-any-return]


def a_call(server: Server) -> dict[str, Any]:
    """A demo call with its customer."""
    row = server.services.runner.run_sync(
        lambda s: s.conn.execute(
            "SELECT id, customer_id FROM calls WHERE customer_id IS NOT NULL ORDER BY started_at"
        ).fetchone()
    )
    return {"id": row[0], "customer_id": row[1]}


def receive(ws: Any) -> dict[str, Any]:
    return json.loads(ws.receive_text())  # type: ignore[no-any-return]
