"""The reasons the server sets by itself (protocol SYSTEM_REASON_CODES) and a lead's force
have labels in every centre: one made by `init` and the demo."""

from __future__ import annotations

from agent_desktop.protocol.models import LEAD_REASON_CODE, SYSTEM_REASON_CODES
from server_stub.admin.bootstrap import STARTING_REASON_CODES, SYSTEM_REASON_LABELS
from server_stub.demo import REASON_CODES as DEMO_REASON_CODES
from server_stub.domain.agent_state import DEFAULT_LOGIN_REASON
from server_stub.domain.phone_presence import PHONE_OFFLINE_REASON, UNREACHABLE_REASON
from tests.admin.conftest import admin_headers
from tests.server.conftest import Server

LABELLED = (SYSTEM_REASON_CODES - {DEFAULT_LOGIN_REASON}) | {LEAD_REASON_CODE}


def test_the_system_labels_are_the_protocols_system_codes() -> None:
    assert {DEFAULT_LOGIN_REASON, PHONE_OFFLINE_REASON, UNREACHABLE_REASON} <= SYSTEM_REASON_CODES
    assert {code for code, *_ in SYSTEM_REASON_LABELS} == LABELLED
    for codes in (STARTING_REASON_CODES, DEMO_REASON_CODES):
        assert {code for code, *_ in codes} >= LABELLED


def test_a_fresh_centre_labels_every_system_reason(empty: Server) -> None:
    rows = empty.client.get("/api/v1/admin/reason-codes", headers=admin_headers(empty)).json()
    labelled = {r["code"] for r in rows if r["label_en"] and r["label_zh"]}
    assert labelled >= LABELLED


def test_a_system_reason_cannot_be_deleted_but_can_be_relabelled(empty: Server) -> None:
    h = admin_headers(empty)
    for code in sorted(LABELLED):
        r = empty.client.delete(f"/api/v1/admin/reason-codes/{code}", headers=h)
        assert r.status_code == 409 and r.json()["error_id"] == "in_use", r.text
    r = empty.client.patch(
        "/api/v1/admin/reason-codes/no_answer", headers=h, json={"label_en": "No answer"}
    )
    assert r.status_code == 200 and r.json()["label_en"] == "No answer"
    assert empty.client.delete("/api/v1/admin/reason-codes/lunch", headers=h).status_code == 204
