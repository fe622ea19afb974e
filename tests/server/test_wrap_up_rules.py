"""Wrap-up rules on the coordinator: a queue can require a disposition before its agents
finish wrap-up by hand (409 `disposition_required`), and a call saved with a disposition
is in the customer's history, also when the customer was created during the call."""

from __future__ import annotations

from typing import Any

from tests.server.conftest import Server
from tests.server.test_acd_flow import FakeControl, _run


def _wrapped_up_call(acd: Server, agent_id: str, ani: str, queue: str) -> str:
    svc = acd.services.acd
    call = _run(acd, svc.call_arrived(ani, "4008001000"))
    _run(acd, svc.enqueue(call.id, queue))
    assert svc.live(call.id).agent_id == agent_id
    _run(acd, svc.agent_answered(call.id, agent_id))
    _run(acd, svc.caller_hung_up(call.id))
    assert acd.services.agents.view(agent_id).state.value == "wrap_up"
    return str(call.id)


def _ready(acd: Server, h: dict[str, str]) -> None:
    r = acd.client.post("/api/v1/agents/me/state", json={"state": "ready"}, headers=h)
    assert r.status_code == 200, r.text


def test_sales_requires_a_disposition_before_finishing_wrap_up(make_server: Any) -> None:
    acd: Server = make_server(control=FakeControl())  # demo: sales wrap-up 30 s
    h = acd.auth("1002")
    login = acd.client.get("/api/v1/agents/me", headers=h).json()
    assert {q["name"]: q["disposition_required"] for q in login["queues"]} == {"sales": True}
    _ready(acd, h)
    call_id = _wrapped_up_call(acd, "1002", "13800138000", "sales")

    for path, body in (
        ("/agents/me/wrap-up", {"action": "finish"}),
        ("/agents/me/state", {"state": "ready"}),
        ("/agents/me/state", {"state": "not_ready", "reason": "break"}),
    ):
        r = acd.client.post(f"/api/v1{path}", json=body, headers=h)
        assert r.status_code == 409, (path, r.text)
        assert r.json()["error_id"] == "disposition_required"
        assert r.json()["details"][0]["call_id"] == call_id
    assert acd.services.agents.view("1002").state.value == "wrap_up"  # nothing changed
    extend = acd.client.post("/api/v1/agents/me/wrap-up", json={"action": "extend"}, headers=h)
    assert extend.status_code == 200  # more time to choose one is fine

    saved = acd.client.post(
        f"/api/v1/calls/{call_id}/disposition",
        headers=h,
        json={"disposition": "sale", "note": "", "idempotency_key": "wrap-up-rules-1"},
    )
    assert saved.status_code == 200, saved.text
    r = acd.client.post("/api/v1/agents/me/wrap-up", json={"action": "finish"}, headers=h)
    assert r.status_code == 200 and r.json()["state"] == "ready"


def test_support_does_not_require_one(make_server: Any) -> None:
    acd: Server = make_server(control=FakeControl())
    h = acd.auth("1004")  # support only
    _ready(acd, h)
    _wrapped_up_call(acd, "1004", "13800138000", "support")
    r = acd.client.post("/api/v1/agents/me/wrap-up", json={"action": "finish"}, headers=h)
    assert r.status_code == 200 and r.json()["state"] == "ready"


def test_call_of_a_customer_created_during_the_call_is_in_their_history(make_server: Any) -> None:
    acd: Server = make_server(control=FakeControl())
    h = acd.auth("1002")
    _ready(acd, h)
    svc = acd.services.acd
    call = _run(acd, svc.call_arrived("13611112222", "4008001000"))  # nobody we know
    _run(acd, svc.enqueue(call.id, "sales"))
    _run(acd, svc.agent_answered(call.id, "1002"))
    created = acd.client.post(
        "/api/v1/customers",
        headers=h,
        json={
            "name": "新客户 New",
            "phones": ["13611112222"],
            "company": None,
            "tags": [],
            "notes": "",
        },
    )
    assert created.status_code == 201, created.text
    customer_id = created.json()["id"]
    _run(acd, svc.caller_hung_up(call.id))
    saved = acd.client.post(
        f"/api/v1/calls/{call.id}/disposition",
        headers=h,
        json={"disposition": "sale", "note": "两台", "idempotency_key": "wrap-up-rules-2"},
    )
    assert saved.status_code == 200, saved.text
    assert saved.json()["customer_id"] == customer_id
    history = acd.client.get(f"/api/v1/customers/{customer_id}/history", headers=h).json()
    assert [(c["id"], c["disposition"]) for c in history] == [(call.id, "sale")]
