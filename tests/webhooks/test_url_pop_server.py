"""URL pop on the coordinator: admins set a queue's or a number's CRM URL template (checked),
and the offer to the agent carries it filled in with the call's fields, URL-encoded."""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from server_stub.integration.url_pop import render, template_problem
from tests.server.conftest import Server
from tests.server.test_acd_flow import FakeControl, _recv_type, _run

TEMPLATE = "https://crm.example/pop?ani={ani}&call={call_id}&queue={queue}&c={customer_id}"


def test_render_encodes_every_field() -> None:
    url = render(
        "https://crm.example/p/{queue}?ani={ani}&x={dnis}",
        {"ani": "+86 138&00", "queue": "售后/VIP", "dnis": None},
    )
    assert url == "https://crm.example/p/%E5%94%AE%E5%90%8E%2FVIP?ani=%2B86%20138%2600&x="


@pytest.mark.parametrize(
    ("template", "problem"),
    [
        ("https://crm.example/?a={password}", "unknown field"),
        ("https://crm.example/?a={ani", "brace"),
        ("https://crm.example/?a={ani!r}", "without a format"),
        ("https://crm.example/?a={ani:>10}", "without a format"),
        ("ftp://crm.example/?a={ani}", "only http"),
        ("javascript:alert({ani})", "only http"),
        ("{ani}", "only http"),
        ("https://crm.example/?a={}", "unknown field"),
        ("https://crm.example/?a={0}", "unknown field"),
        ("https://crm.example/?a={ani.real}", "unknown field"),
        ("https://crm.example/?a={ani[0]}", "unknown field"),
        ("https://crm.example/?a=}", "brace"),
    ],
)
def test_bad_templates(template: str, problem: str) -> None:
    found = template_problem(template)
    assert found is not None and problem in found


def _offer(acd: Server, token: str, ani: str = "13800138000") -> dict[str, Any]:
    with acd.client.websocket_connect(f"/api/v1/events?token={token}") as ws:
        call = _run(acd, acd.services.acd.call_arrived(ani, "4008001000"))
        _run(acd, acd.services.acd.enqueue(call.id, "sales"))
        offer: dict[str, Any] = _recv_type(ws, "call_offered")["data"]
        _run(acd, acd.services.acd.caller_hung_up(call.id))
    return offer


def test_the_offer_carries_the_queues_url_pop_filled_in(make_server: Any) -> None:
    acd: Server = make_server(control=FakeControl())
    admin, agent = acd.auth("9000"), acd.login("1002")["token"]
    headers = {"Authorization": f"Bearer {agent}"}
    acd.client.post("/api/v1/agents/me/state", json={"state": "ready"}, headers=headers)
    assert "pop_url" not in _offer(acd, agent)  # none configured: the frame as before
    acd.client.post("/api/v1/agents/me/wrap-up", json={"action": "finish"}, headers=headers)

    r = acd.client.patch(
        "/api/v1/admin/queues/sales", headers=admin, json={"pop_url": TEMPLATE, "pop_on": "answer"}
    )
    assert r.status_code == 200, r.text
    assert (r.json()["pop_url"], r.json()["pop_on"]) == (TEMPLATE, "answer")
    acd.client.post("/api/v1/agents/me/state", json={"state": "ready"}, headers=headers)
    offer = _offer(acd, agent)
    assert offer["pop_on"] == "answer"
    query = parse_qs(urlsplit(offer["pop_url"]).query)
    assert query == {
        "ani": ["13800138000"],
        "call": [offer["call"]["id"]],
        "queue": ["sales"],
        "c": [str(offer["customer"]["id"])],
    }


def test_a_numbers_url_pop_is_used_when_its_queue_has_none(make_server: Any) -> None:
    acd: Server = make_server(control=FakeControl())
    admin = acd.auth("9000")
    r = acd.client.patch(
        "/api/v1/admin/dids/4008001000",
        headers=admin,
        json={"pop_url": "https://crm.example/line?n={dnis}&from={ani}"},
    )
    assert r.status_code == 200, r.text
    assert r.json()["pop_url"] == "https://crm.example/line?n={dnis}&from={ani}"
    agent = acd.login("1002")["token"]
    acd.client.post(
        "/api/v1/agents/me/state",
        json={"state": "ready"},
        headers={"Authorization": f"Bearer {agent}"},
    )
    offer = _offer(acd, agent, ani="+8613800138000")
    assert offer["pop_url"] == "https://crm.example/line?n=4008001000&from=%2B8613800138000"
    assert offer["pop_on"] == "ring"
    listed = acd.client.get("/api/v1/admin/dids", headers=admin).json()
    assert {d["number"]: d["pop_url"] for d in listed}["4008001000"] is not None
    cleared = acd.client.patch("/api/v1/admin/dids/4008001000", headers=admin, json={"pop_url": ""})
    assert cleared.status_code == 200 and cleared.json()["pop_url"] is None


@pytest.mark.parametrize("path", ["/api/v1/admin/queues/sales", "/api/v1/admin/dids/4008001000"])
def test_bad_url_pops_are_refused_and_change_nothing(make_server: Any, path: str) -> None:
    acd: Server = make_server()
    admin = acd.auth("9000")
    before = acd.client.get(path, headers=admin).json()
    for body in (
        {"pop_url": "https://crm.example/?x={secret}"},
        {"pop_url": "file:///etc/passwd"},
        {"pop_url": "https://crm.example/?x={ani"},
        {"pop_on": "hangup"},
    ):
        r = acd.client.patch(path, headers=admin, json=body)
        assert r.status_code == 422, (body, r.text)
        assert r.json()["error_id"] == "invalid_input"
    assert acd.client.get(path, headers=admin).json() == before
    lead = acd.auth("9001")
    r = acd.client.patch(path, headers=lead, json={"pop_url": "https://crm.example/"})
    assert r.status_code == 403
