"""A queued call through the coordinator with a fake media layer: offer with screen-pop,
answer, hang-up, wrap-up, disposition; no-answer to the next agent; abandon."""

from __future__ import annotations

import asyncio
import json
import logging
import time
from typing import Any

import pytest

from server_stub.domain.routing import OfferOutcome
from tests.server.conftest import Server


class FakeControl:
    """Records what the ACD asks of the media layer (unit test of the coordinator only)."""

    def __init__(self) -> None:
        self.rings: list[tuple[str, str, float, dict[str, str]]] = []
        self.cancelled: list[tuple[str, str]] = []
        self.hangups: list[tuple[str, str]] = []
        self.holds: list[tuple[str, bool]] = []

    async def ring_agent(
        self, call_id: str, agent_id: str, timeout: float, headers: dict[str, str]
    ) -> None:
        self.rings.append((call_id, agent_id, timeout, headers))

    async def cancel_ring(self, call_id: str, agent_id: str) -> None:
        self.cancelled.append((call_id, agent_id))

    async def overflow(self, call_id: str, target: str) -> None:
        pass

    async def hangup(self, call_id: str, cause: str) -> None:
        self.hangups.append((call_id, cause))

    async def hold(self, call_id: str, on_hold: bool) -> None:
        self.holds.append((call_id, on_hold))


def _short_timers(services: Any) -> None:
    def write(s: Any) -> None:
        s.conn.execute("UPDATE queues SET wrap_up_seconds = 0.3, ring_timeout = 0.5")

    services.runner.run_sync(write)


@pytest.fixture
def acd(make_server) -> Server:  # type: ignore[no-untyped-def]
    return make_server(control=FakeControl(), tweak=_short_timers)


def _run(server: Server, coro: Any) -> Any:
    """Run a coroutine on the app's own event loop (where the services live)."""
    return server.client.portal.call(lambda: coro)  # type: ignore[union-attr]


def _recv_type(ws: Any, type_: str) -> dict[str, Any]:
    for _ in range(20):
        event = json.loads(ws.receive_text())
        if event["type"] == type_:
            return event
    raise AssertionError(f"no {type_} event")


def _wait_for(predicate: Any, timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.02)
    raise AssertionError("condition not reached")


def test_call_is_offered_answered_recorded_and_wrapped_up(acd: Server) -> None:
    token = acd.login("1002")["token"]  # sales only
    headers = {"Authorization": f"Bearer {token}"}
    acd.client.post("/api/v1/agents/me/state", json={"state": "ready"}, headers=headers)
    acd_svc = acd.services.acd
    with acd.client.websocket_connect(f"/api/v1/events?token={token}") as ws:
        call = _run(acd, acd_svc.call_arrived("13800138000", "4008001000"))
        _run(acd, acd_svc.enqueue(call.id, "sales", ivr_path=["1"]))
        offer = _recv_type(ws, "call_offered")["data"]
        assert offer["call"]["ani"] == "13800138000" and offer["queue"] == "sales"
        assert offer["customer"]["name"] == "张伟" and offer["customer"]["company"] == "华为技术"
        assert len(offer["history"]) >= 5 and offer["ivr_path"] == ["1"]
        assert acd.control.rings[0][:2] == (call.id, "1002")
        assert acd.control.rings[0][3]["X-Call-Id"] == call.id
        state = acd.client.get("/api/v1/agents/me/state", headers=headers).json()
        assert state["state"] == "reserved" and state["call_id"] == call.id

        _run(acd, acd_svc.agent_answered(call.id, "1002"))
        assert _recv_type(ws, "call_answered")["data"]["id"] == call.id
        _run(acd, acd_svc.caller_hung_up(call.id))
        ended = _recv_type(ws, "call_ended")["data"]
        assert ended["end_cause"] == "caller_hangup"
        state = _recv_type(ws, "agent_state_changed")["data"]
        assert state["state"] == "wrap_up" and state["wrap_up_ends_at"] is not None

        key = "outbox-key-0001"
        body = {"disposition": "sale", "note": "买了两台", "idempotency_key": key}
        first = acd.client.post(f"/api/v1/calls/{call.id}/disposition", json=body, headers=headers)
        again = acd.client.post(f"/api/v1/calls/{call.id}/disposition", json=body, headers=headers)
        assert first.status_code == again.status_code == 200
        assert first.json() == again.json()
        assert first.json()["disposition"] == "sale" and first.json()["note"] == "买了两台"
        # wrap-up timer (0.3 s) returns the agent to ready on its own
        assert _recv_type(ws, "agent_state_changed")["data"]["state"] == "ready"

    lead = acd.auth("9001")
    record = acd.client.get(f"/api/v1/calls/{call.id}", headers=lead).json()
    assert record["agent_id"] == "1002" and record["queue"] == "sales"
    assert record["answered_at"] >= record["started_at"] and record["talk_seconds"] >= 0
    assert record["end_cause"] == "caller_hangup" and record["customer_id"] is not None
    notes = acd.services.runner.run_sync(lambda s: s._rows("SELECT * FROM notes"))
    assert [n["body"] for n in notes] == ["买了两台"]
    events = [
        r["event"]
        for r in acd.services.runner.run_sync(lambda s: s.queue_log())
        if r["callid"] == call.id
    ]
    assert events == ["ENTERQUEUE", "CONNECT", "COMPLETECALLER"]
    lines = acd.services.config.queue_log_path.read_text().splitlines()
    assert any(
        line.split("|")[1:5] == [call.id, "sales", "1002", "COMPLETECALLER"] for line in lines
    )


def test_reused_idempotency_key_for_other_content_is_a_conflict(acd: Server) -> None:
    lead = acd.auth("9001")
    call_id = acd.client.get("/api/v1/calls?limit=1", headers=lead).json()["calls"][0]["id"]
    body = {"disposition": "resolved", "note": "", "idempotency_key": "k-123456789"}
    assert (
        acd.client.post(f"/api/v1/calls/{call_id}/disposition", json=body, headers=lead).status_code
        == 200
    )
    body["note"] = "different"
    r = acd.client.post(f"/api/v1/calls/{call_id}/disposition", json=body, headers=lead)
    assert r.status_code == 409


def test_agent_cannot_disposition_someone_elses_call(acd: Server) -> None:
    lead = acd.auth("9001")
    calls = acd.client.get("/api/v1/calls?agent_id=1003&limit=1", headers=lead).json()["calls"]
    body = {"disposition": "resolved", "note": "", "idempotency_key": "k-abcdefgh"}
    r = acd.client.post(
        f"/api/v1/calls/{calls[0]['id']}/disposition", json=body, headers=acd.auth("1001")
    )
    assert r.status_code == 403


def test_no_answer_moves_the_call_to_the_next_agent(acd: Server) -> None:
    a = acd.auth("1002")
    b = acd.auth("1005")
    acd.client.post("/api/v1/agents/me/state", json={"state": "ready"}, headers=a)
    acd.client.post("/api/v1/agents/me/state", json={"state": "ready"}, headers=b)
    svc = acd.services.acd
    call = _run(acd, svc.call_arrived("13900001111", "4008001000"))
    _run(acd, svc.enqueue(call.id, "sales"))
    first = acd.control.rings[-1][1]
    # The first agent's phone says nobody answered (e.g. SIP 480).
    _run(acd, svc.agent_failed(call.id, first, OfferOutcome.NO_ANSWER))
    second = acd.control.rings[-1][1]
    assert {first, second} == {"1002", "1005"}
    silent = a if first == "1002" else b
    state = acd.client.get("/api/v1/agents/me/state", headers=silent).json()
    assert (state["state"], state["reason"]) == ("not_ready", "no_answer")
    events = [
        r["event"]
        for r in acd.services.runner.run_sync(lambda s: s.queue_log())
        if r["callid"] == call.id
    ]
    assert events == ["ENTERQUEUE", "RINGNOANSWER"]


def test_ring_timeout_moves_on_without_the_media_layer_saying_so(acd: Server) -> None:
    a = acd.auth("1002")
    acd.client.post("/api/v1/agents/me/state", json={"state": "ready"}, headers=a)
    svc = acd.services.acd
    call = _run(acd, svc.call_arrived("13900002222", "4008001000"))
    _run(acd, svc.enqueue(call.id, "sales"))
    assert acd.control.rings[-1][:2] == (call.id, "1002")

    # ring_timeout is 0.5 s: the router's timer fires, the ring is cancelled
    def state() -> tuple[str, str | None]:
        body = acd.client.get("/api/v1/agents/me/state", headers=a).json()
        return body["state"], body["reason"]

    _wait_for(lambda: state() != ("reserved", None))
    assert state() == ("not_ready", "no_answer")
    assert (call.id, "1002") in acd.control.cancelled


def test_caller_abandons_while_queued(acd: Server) -> None:
    svc = acd.services.acd
    call = _run(acd, svc.call_arrived("13900003333", "4008002000"))
    _run(acd, svc.enqueue(call.id, "support"))
    _run(acd, asyncio.sleep(0.2))
    stats = _run(acd, _async(svc.queue_stats, "support"))
    assert stats["waiting"] == 1 and stats["longest_wait"] >= 0.2
    _run(acd, svc.caller_hung_up(call.id))
    record = acd.client.get(f"/api/v1/calls/{call.id}", headers=acd.auth("9001")).json()
    assert record["end_cause"] == "abandoned" and record["wait_seconds"] >= 0.2
    assert record["agent_id"] is None
    abandon = [
        r
        for r in acd.services.runner.run_sync(lambda s: s.queue_log())
        if r["callid"] == call.id and r["event"] == "ABANDON"
    ]
    assert len(abandon) == 1 and abandon[0]["data1"] == "1"
    stats = _run(acd, _async(svc.queue_stats, "support"))
    assert stats["waiting"] == 0 and stats["abandoned"] == 1


async def _async(fn: Any, *args: Any) -> Any:
    return fn(*args)


def test_queue_figures_follow_the_calls(acd: Server) -> None:
    """Two answered calls and one abandon give the documented SL, ASA, AHT and abandon rate."""
    a = acd.auth("1002")
    acd.client.post("/api/v1/agents/me/state", json={"state": "ready"}, headers=a)
    svc = acd.services.acd
    lead = acd.auth("9001")
    for _ in range(2):
        call = _run(acd, svc.call_arrived("13800138000", "4008001000"))
        _run(acd, svc.enqueue(call.id, "sales"))
        acd.clock.advance(30)  # answered after 30 s: outside the 20 s service level
        _run(acd, svc.agent_answered(call.id, "1002"))
        acd.clock.advance(100)
        _run(acd, svc.agent_hung_up(call.id))
        _wait_for(
            lambda: acd.client.get("/api/v1/agents/me/state", headers=a).json()["state"] == "ready"
        )
    call = _run(acd, svc.call_arrived("13900004444", "4008001000"))
    acd.client.post(
        "/api/v1/agents/me/state", json={"state": "not_ready", "reason": "break"}, headers=a
    )
    _run(acd, svc.enqueue(call.id, "sales"))
    acd.clock.advance(10)
    _run(acd, svc.caller_hung_up(call.id))
    stats = {q["queue"]: q for q in acd.client.get("/api/v1/queues/stats", headers=lead).json()}
    sales = stats["sales"]
    assert (sales["offered"], sales["answered"], sales["abandoned"]) == (3, 2, 1)
    assert sales["service_level"] == 0.0  # 0 answered within 20 s of 3 offered
    assert sales["asa"] == pytest.approx(30, abs=0.5)
    # AHT = talk 100 + hold 0 + wrap-up (0.3 s timer) per handled call
    assert sales["aht"] == pytest.approx(100.3, abs=0.3)
    assert sales["abandon_rate"] == pytest.approx(1 / 3)
    assert sales["agents_by_state"]["not_ready"] >= 1


def test_ringing_agent_forced_not_ready_loses_the_offer_to_the_next(acd: Server) -> None:
    a = acd.auth("1002")
    b = acd.auth("1005")
    for h in (a, b):
        acd.client.post("/api/v1/agents/me/state", json={"state": "ready"}, headers=h)
    svc = acd.services.acd
    call = _run(acd, svc.call_arrived("13900005555", "4008001000"))
    _run(acd, svc.enqueue(call.id, "sales"))
    first = acd.control.rings[-1][1]
    r = acd.client.post(
        f"/api/v1/agents/{first}/state",
        headers=acd.auth("9001"),
        json={"state": "not_ready", "reason": "meeting"},
    )
    assert r.status_code == 200
    _wait_for(lambda: len(acd.control.rings) == 2)
    second = acd.control.rings[-1][1]
    assert second != first and (call.id, first) in acd.control.cancelled
    _run(acd, svc.agent_answered(call.id, second))
    record = acd.client.get(f"/api/v1/calls/{call.id}", headers=acd.auth("9001")).json()
    assert record["agent_id"] == second and record["state"] == "active"


def test_hold_and_forced_hangup_over_the_api(acd: Server, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="server_stub.calls.story")
    a = acd.auth("1002")
    acd.client.post("/api/v1/agents/me/state", json={"state": "ready"}, headers=a)
    svc = acd.services.acd
    call = _run(acd, svc.call_arrived("13900006666", "4008001000"))
    _run(acd, svc.enqueue(call.id, "sales"))
    _run(acd, svc.agent_answered(call.id, "1002"))
    r = acd.client.post(f"/api/v1/calls/{call.id}/hold", json={"on_hold": True}, headers=a)
    assert r.status_code == 200
    assert acd.client.get("/api/v1/agents/me/state", headers=a).json()["on_hold"] is True
    other = acd.client.post(
        f"/api/v1/calls/{call.id}/hold", json={"on_hold": False}, headers=acd.auth("1005")
    )
    assert other.status_code == 403
    acd.clock.advance(5)
    acd.client.post(f"/api/v1/calls/{call.id}/hold", json={"on_hold": False}, headers=a)
    assert acd.control.holds == [(call.id, True), (call.id, False)]
    story = [r.getMessage() for r in caplog.records if r.name == "server_stub.calls.story"]
    assert f"call {call.id} put on hold by agent 1002" in story
    assert f"call {call.id} resumed by agent 1002 after 5 s on hold" in story
    assert (
        acd.client.post(f"/api/v1/calls/{call.id}/hangup", headers=acd.auth("1005")).status_code
        == 403
    )
    lead = acd.auth("9001")
    assert acd.client.post(f"/api/v1/calls/{call.id}/hangup", headers=lead).status_code == 204
    assert acd.control.hangups == [(call.id, "forced_hangup")]
    record = acd.client.get(f"/api/v1/calls/{call.id}", headers=lead).json()
    assert record["end_cause"] == "forced_hangup" and record["hold_seconds"] >= 5
    assert acd.client.get("/api/v1/agents/me/state", headers=a).json()["state"] == "wrap_up"
    audit = acd.services.runner.run_sync(lambda s: s.audit_log())
    assert any(e["action"] == "force_hangup" and e["target"] == call.id for e in audit)


def test_queue_figures_survive_a_restart(make_server) -> None:  # type: ignore[no-untyped-def]
    first = make_server(control=FakeControl(), tweak=_short_timers)
    svc = first.services.acd
    call = _run(first, svc.call_arrived("13900008888", "4008002000"))
    _run(first, svc.enqueue(call.id, "support"))
    first.clock.advance(30)
    _run(first, svc.caller_hung_up(call.id))
    lead = first.auth("9001")
    before = {q["queue"]: q for q in first.client.get("/api/v1/queues/stats", headers=lead).json()}
    assert before["support"]["abandoned"] == 1
    first.client.__exit__(None, None, None)
    second = make_server(control=FakeControl(), seed=False)
    after = {
        q["queue"]: q
        for q in second.client.get("/api/v1/queues/stats", headers=second.auth("9001")).json()
    }
    for key in ("offered", "abandoned", "abandon_rate"):
        assert after["support"][key] == before["support"][key], key


def test_transfer_to_a_number_without_a_trunk_leaves_the_call_alone(make_server) -> None:  # type: ignore[no-untyped-def]
    srv = make_server()  # no media layer: nothing can dial out
    a = srv.auth("1002")
    srv.client.post("/api/v1/agents/me/state", json={"state": "ready"}, headers=a)
    svc = srv.services.acd
    call = _run(srv, svc.call_arrived("13900001357", "4008001000"))
    _run(srv, svc.enqueue(call.id, "sales"))
    _run(srv, svc.agent_answered(call.id, "1002"))
    r = srv.client.post(
        f"/api/v1/calls/{call.id}/transfer",
        headers=a,
        json={"kind": "number", "target": "02166668888"},
    )
    assert r.status_code == 503 and r.json()["error_id"] == "unavailable"
    assert srv.client.get("/api/v1/agents/me/state", headers=a).json()["state"] == "on_call"
    assert svc.live(call.id).state == "active" and svc.live(call.id).agent_id == "1002"


@pytest.mark.parametrize(
    "number,name",
    [
        ("13800138000", "张伟"),  # a demo customer: record and history in one read
        ("+86 138-0013-8000", "张伟"),  # the same number written another way
        ("13900000000", None),  # unknown caller: the desktop offers a new-customer form
        ("not a number", None),  # garbage from a trunk: no match, no error
        (None, None),  # withheld number
    ],
)
def test_screen_pop_reads_customer_and_history(
    acd: Server, number: str | None, name: str | None
) -> None:
    customer, history = _run(acd, acd.services.customers.screen_pop(number, 10))
    if name is None:
        assert (customer, history) == (None, [])
        return
    assert customer is not None and customer.name == name
    assert 5 <= len(history) <= 10
    assert all(h.customer_id == customer.id for h in history)
