"""The presence directory outside a call (`GET /calls/directory`): signed-in colleagues with
their state; a colleague ringing with a call of a queue I serve carries that call for a
pickup, and only then."""

from __future__ import annotations

from typing import Any

from tests.server.conftest import Server
from tests.server.test_acd_flow import _run
from tests.server.test_transfer_directory import TransferControl


def test_directory_lists_colleagues_and_the_ringing_call_i_may_pick_up(make_server: Any) -> None:
    acd: Server = make_server(control=TransferControl())
    for agent_id, state in (
        ("1002", {"state": "ready"}),  # sales
        ("1001", {"state": "not_ready", "reason": "lunch"}),  # sales
        ("1004", {"state": "not_ready", "reason": "lunch"}),  # support only
    ):
        r = acd.client.post("/api/v1/agents/me/state", json=state, headers=acd.auth(agent_id))
        assert r.status_code == 200, r.text
    svc = acd.services.acd
    call = _run(acd, svc.call_arrived("13800138000", "4008001000"))
    _run(acd, svc.enqueue(call.id, "sales"))
    assert svc.live(call.id).agent_id == "1002"  # ringing 1002, not answered

    r = acd.client.get("/api/v1/calls/directory", headers=acd.auth("1001"))
    assert r.status_code == 200, r.text
    agents = {a["agent_id"]: a for a in r.json()["agents"]}
    assert set(agents) == {"1002", "1004"}  # not me, not the signed-out
    assert agents["1002"]["state"] == "reserved"
    assert agents["1002"]["pickup_call_id"] == call.id
    assert agents["1002"]["pickup_caller"] == "13800138000"
    assert agents["1002"]["pickup_queue"] == "sales"
    assert agents["1004"]["state"] == "not_ready" and agents["1004"]["reason"] == "lunch"
    assert agents["1004"]["pickup_call_id"] is None

    # 1004 serves support only: it sees 1002 ringing, but no call to pick up
    r = acd.client.get("/api/v1/calls/directory", headers=acd.auth("1004"))
    ringing = next(a for a in r.json()["agents"] if a["agent_id"] == "1002")
    assert ringing["state"] == "reserved" and ringing["pickup_call_id"] is None

    # once 1002 answers, nobody can pick it up
    _run(acd, svc.agent_answered(call.id, "1002"))
    r = acd.client.get("/api/v1/calls/directory", headers=acd.auth("1001"))
    on_call = next(a for a in r.json()["agents"] if a["agent_id"] == "1002")
    assert on_call["state"] == "on_call" and on_call["pickup_call_id"] is None


def test_directory_needs_a_signed_in_user(make_server: Any) -> None:
    acd: Server = make_server(control=TransferControl())
    assert acd.client.get("/api/v1/calls/directory").status_code == 401
