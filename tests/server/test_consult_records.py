"""Consult and attended transfer in the coordinator (the media layer faked): each agent's
talk and hold, the queue's AHT counters, queue_log and call legs, with a clock pushed by
hand so the figures are exact."""

from __future__ import annotations

import time
from typing import Any

import pytest

from tests.server.conftest import Server
from tests.server.test_acd_flow import FakeControl, _run, _short_timers


class ConsultControl(FakeControl):
    def __init__(self) -> None:
        super().__init__()
        self.steps: list[tuple[str, str]] = []

    async def consult(
        self,
        call_id: str,
        kind: str,
        target: str,
        headers: dict[str, str],
        timeout: float,
        caller_id: str | None,
    ) -> None:
        self.steps.append(("consult", target))

    async def consult_complete(self, call_id: str) -> None:
        self.steps.append(("complete", call_id))

    async def consult_cancel(self, call_id: str) -> None:
        self.steps.append(("cancel", call_id))


@pytest.fixture
def acd(make_server: Any) -> Server:
    return make_server(control=ConsultControl(), tweak=_short_timers)  # type: ignore[no-any-return]


def _wait(predicate: Any, timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "condition not reached"
        time.sleep(0.02)


def test_attended_transfer_splits_talk_hold_and_aht_between_the_agents(acd: Server) -> None:
    first = acd.auth("1002")
    acd.client.post("/api/v1/agents/me/state", json={"state": "ready"}, headers=first)
    acd.login("1004")  # not ready
    services = acd.services
    call = _run(acd, services.acd.call_arrived("13800138000", "4008001000"))
    _run(acd, services.acd.enqueue(call.id, "sales", ivr_path=["1"]))
    acd.clock.advance(4)  # the caller waits 4 s
    _run(acd, services.acd.agent_answered(call.id, "1002"))
    acd.clock.advance(10)  # 1002 talks 10 s
    r = acd.client.post(
        f"/api/v1/calls/{call.id}/consult",
        json={"kind": "agent", "target": "1004", "note": "refund case"},
        headers=first,
    )
    assert r.status_code == 201, r.text
    assert acd.control.steps == [("consult", "1004")]
    # Completing before 1004 answers is refused; the consult stays.
    r = acd.client.post(f"/api/v1/calls/{call.id}/consult/complete", headers=first)
    assert r.status_code == 409 and "not answered" in r.json()["message"]
    acd.clock.advance(2)
    _run(acd, services.consults.consult_answered(call.id))
    acd.clock.advance(5)  # the caller held 7 s in all
    r = acd.client.post(f"/api/v1/calls/{call.id}/consult/complete", headers=first)
    assert r.status_code == 204, r.text
    acd.clock.advance(20)  # 1004 talks 20 s
    _run(acd, services.acd.caller_hung_up(call.id))
    counters = services.acd.book.figures.counters["sales"]
    _wait(lambda: services.acd.book.figures.counters["sales"].handled == counters.handled + 2)

    after = services.acd.book.figures.counters["sales"]
    # 1002: 10 s talk + 7 s hold; 1004: from its answer of the consult (5 s with 1002,
    # then 20 s with the caller) = 25 s talk.
    assert after.total_talk - counters.total_talk == pytest.approx(35, abs=0.5)
    assert after.total_hold - counters.total_hold == pytest.approx(7, abs=0.5)
    lead = acd.auth("9001")
    record = acd.client.get(f"/api/v1/calls/{call.id}", headers=lead).json()
    assert record["agent_id"] == "1004" and record["talk_seconds"] == pytest.approx(25, abs=0.5)
    assert record["wait_seconds"] == pytest.approx(4, abs=0.5)  # the caller's wait is kept
    rows = [r for r in services.runner.run_sync(lambda s: s.queue_log()) if r["callid"] == call.id]
    transfer = next(r for r in rows if r["event"] == "ATTENDEDTRANSFER")
    assert transfer["agent"] == "1002"
    data = [transfer[f"data{i}"] for i in range(1, 5)]
    assert data[:2] == ["1004", "agent"] and data[2:4] == ["4", "10"]  # wait, 1002's talk
    assert [r["event"] for r in rows][-1] == "COMPLETECALLER" and rows[-1]["agent"] == "1004"
    legs = services.runner.run_sync(
        lambda s: s._rows(
            "SELECT kind, peer, end_cause FROM call_legs WHERE call_id = ?", [call.id]
        )
    )
    assert sorted((r["kind"], r["peer"], r["end_cause"]) for r in legs) == [
        ("agent", "1002", "attended_transfer"),
        ("consult", "1004", "transferred"),
    ]


def test_consult_errors_are_clear_and_change_nothing(acd: Server) -> None:
    first = acd.auth("1002")
    acd.client.post("/api/v1/agents/me/state", json={"state": "ready"}, headers=first)
    services = acd.services
    call = _run(acd, services.acd.call_arrived("13800138000", "4008001000"))
    _run(acd, services.acd.enqueue(call.id, "sales", ivr_path=["1"]))
    url = f"/api/v1/calls/{call.id}/consult"
    # Not answered yet: 409.
    assert (
        acd.client.post(url, json={"kind": "agent", "target": "1004"}, headers=first).status_code
        == 409
    )
    _run(acd, services.acd.agent_answered(call.id, "1002"))
    for body, status in (
        ({"kind": "agent", "target": "1004"}, 409),  # 1004 is signed out
        ({"kind": "agent", "target": "nobody"}, 422),
        ({"kind": "queue", "target": "nowhere"}, 422),
        ({"kind": "queue", "target": "support"}, 409),  # nobody ready there
        ({"kind": "agent", "target": ""}, 422),
        ({"kind": "agent", "target": "1004", "extra": 1}, 422),
    ):
        r = acd.client.post(url, json=body, headers=first)
        assert r.status_code == status, (body, r.text)
        assert r.json()["message"]
    assert acd.control.steps == []
    state = acd.client.get("/api/v1/agents/me/state", headers=first).json()
    assert state["state"] == "on_call" and not state["on_hold"]  # nothing changed
    lead = acd.auth("9001")
    assert (
        acd.client.post(url, json={"kind": "agent", "target": "1004"}, headers=lead).status_code
        == 403
    )
    assert acd.client.post("/api/v1/calls/nope/consult/cancel", headers=first).status_code == 404
