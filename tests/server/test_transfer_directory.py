"""The transfer directory of a call (agents with their state, queues by display name) and
the transfer endpoint accepting exactly what it offers, plus queues named as people see
them ("Support", "客服 Support")."""

from __future__ import annotations

from typing import Any

import pytest

from tests.server.conftest import Server
from tests.server.test_acd_flow import FakeControl, _run


class TransferControl(FakeControl):
    async def transfer_out(self, call_id: str, agent_id: str) -> None:
        pass


def _on_call(make_server: Any) -> tuple[Server, str, dict[str, str]]:
    acd: Server = make_server(control=TransferControl())
    h = acd.auth("1002")  # sales
    assert (
        acd.client.post("/api/v1/agents/me/state", json={"state": "ready"}, headers=h).status_code
        == 200
    )
    for agent_id, state in (
        ("1003", {"state": "ready"}),
        ("1004", {"state": "not_ready", "reason": "lunch"}),
    ):
        r = acd.client.post("/api/v1/agents/me/state", json=state, headers=acd.auth(agent_id))
        assert r.status_code == 200
    svc = acd.services.acd
    call = _run(acd, svc.call_arrived("13800138000", "4008001000"))
    _run(acd, svc.enqueue(call.id, "sales"))
    assert svc.live(call.id).agent_id == "1002"
    _run(acd, svc.agent_answered(call.id, "1002"))
    return acd, str(call.id), h


def test_directory_lists_signed_in_agents_with_state_and_queues_by_display_name(
    make_server: Any,
) -> None:
    acd, call_id, h = _on_call(make_server)
    r = acd.client.get(f"/api/v1/calls/{call_id}/transfer-targets", headers=h)
    assert r.status_code == 200, r.text
    body = r.json()
    agents = {a["agent_id"]: (a["name"], a["state"], a["reason"]) for a in body["agents"]}
    assert agents == {
        "1003": ("Emily Chen", "ready", None),
        "1004": ("刘洋 Liu Yang", "not_ready", "lunch"),
    }  # not me, not signed out
    assert [(q["name"], q["display_name"]) for q in body["queues"]] == [
        ("sales", "销售 Sales"),
        ("support", "客服 Support"),
    ]
    support = next(q for q in body["queues"] if q["name"] == "support")
    assert support["ready"] == 1  # 1003 (1004 is at lunch)
    other = acd.client.get(f"/api/v1/calls/{call_id}/transfer-targets", headers=acd.auth("1003"))
    assert other.status_code == 403 and other.json()["error_id"] == "forbidden"


@pytest.mark.parametrize("kind,pick", [("queue", "support"), ("agent", "1003")])
def test_what_the_directory_offers_is_accepted(make_server: Any, kind: str, pick: str) -> None:
    acd, call_id, h = _on_call(make_server)
    body = acd.client.get(f"/api/v1/calls/{call_id}/transfer-targets", headers=h).json()
    offered = {
        "queue": [q["name"] for q in body["queues"]],
        "agent": [a["agent_id"] for a in body["agents"]],
    }[kind]
    assert pick in offered
    r = acd.client.post(
        f"/api/v1/calls/{call_id}/transfer", headers=h, json={"kind": kind, "target": pick}
    )
    assert r.status_code == 200, r.text
    assert r.json()["queue"] == ("support" if kind == "queue" else "sales")  # never agent:1003


@pytest.mark.parametrize("typed", ["Support", "客服 Support", "客服", "SUPPORT"])
def test_a_queue_named_as_people_see_it_is_understood(make_server: Any, typed: str) -> None:
    acd, call_id, h = _on_call(make_server)
    r = acd.client.post(
        f"/api/v1/calls/{call_id}/transfer", headers=h, json={"kind": "queue", "target": typed}
    )
    assert r.status_code == 200, r.text
    assert r.json()["queue"] == "support"


def test_an_unknown_queue_names_the_choices(make_server: Any) -> None:
    acd, call_id, h = _on_call(make_server)
    r = acd.client.post(
        f"/api/v1/calls/{call_id}/transfer", headers=h, json={"kind": "queue", "target": "billing"}
    )
    assert r.status_code == 404 and r.json()["error_id"] == "not_found"
    assert "销售 Sales (sales)" in r.json()["message"]
    assert "客服 Support (support)" in r.json()["message"]
    assert acd.services.acd.live(call_id).state == "active"  # nothing lost


def test_a_call_transferred_to_a_queue_is_not_offered_back_to_the_transferrer(
    make_server: Any,
) -> None:
    """QA: 1001 (sales and support) sent a support call to sales while nobody in sales was
    free, finished wrap-up and was rung with its own transfer (then paused as missed)."""
    acd: Server = make_server(control=TransferControl())
    control = acd.control
    svc = acd.services.acd
    h = acd.auth("1001")
    assert (
        acd.client.post("/api/v1/agents/me/state", json={"state": "ready"}, headers=h).status_code
        == 200
    )
    call = _run(acd, svc.call_arrived("13800138000", "4008002000"))
    _run(acd, svc.enqueue(call.id, "support"))
    assert svc.live(call.id).agent_id == "1001"
    _run(acd, svc.agent_answered(call.id, "1001"))
    r = acd.client.post(
        f"/api/v1/calls/{call.id}/transfer", headers=h, json={"kind": "queue", "target": "sales"}
    )
    assert r.status_code == 200, r.text
    saved = acd.client.post(
        f"/api/v1/calls/{call.id}/disposition",
        headers=h,
        json={"disposition": "sale", "note": "", "idempotency_key": "transfer-back-1"},
    )
    assert saved.status_code == 200, saved.text
    r = acd.client.post("/api/v1/agents/me/wrap-up", json={"action": "finish"}, headers=h)
    assert r.status_code == 200, r.text
    assert r.json()["state"] == "ready"  # not reserved for its own transfer
    live = svc.live(call.id)
    assert (live.state, live.queue, live.agent_id) == ("queued", "sales", None)
    assert [ring[1] for ring in control.rings if ring[0] == call.id] == ["1001"]  # 1st only
    h2 = acd.auth("1002")
    assert (
        acd.client.post("/api/v1/agents/me/state", json={"state": "ready"}, headers=h2).status_code
        == 200
    )
    assert svc.live(call.id).agent_id == "1002"
    assert acd.services.agents.view("1001").state.value == "ready"  # never missed a call
