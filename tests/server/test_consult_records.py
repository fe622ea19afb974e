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


def _timers(services: Any) -> None:
    """Short wrap-ups; offers ring long enough for a loaded machine to answer them (no test
    here lets an offer ring out, and at 0.5 s one did between the enqueue and the answer)."""
    _short_timers(services)
    services.runner.run_sync(lambda s: s.conn.execute("UPDATE queues SET ring_timeout = 30"))


@pytest.fixture
def acd(make_server: Any) -> Server:
    return make_server(control=ConsultControl(), tweak=_timers)  # type: ignore[no-any-return]


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
    # both wrap-ups complete: 1002's part adds its time, 1004 counts the call handled once
    _wait(
        lambda: (
            services.acd.book.figures.counters["sales"].total_talk - counters.total_talk > 34
            and services.acd.book.figures.counters["sales"].handled > counters.handled
        )
    )
    time.sleep(0.5)  # nothing more may come: a transferred call is one handled call
    after = services.acd.book.figures.counters["sales"]
    assert after.handled == counters.handled + 1
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


def test_agents_report_credits_each_agent_with_its_own_part(acd: Server) -> None:
    """After an attended transfer 1002 → 1004, the agents report gives 1002 its answered
    call with its 10 s talk, 7 s hold and its wrap-up (its AHT), and 1004 its 25 s; the
    queue counts the call handled once."""
    day = 86400
    acd.clock.advance(5 * day)  # days after the demo's calls: only this call in the period
    period = {
        "from": time.strftime("%Y-%m-%d", time.gmtime(acd.clock() - day)),
        "to": time.strftime("%Y-%m-%d", time.gmtime(acd.clock() + 2 * day)),
    }
    lead = acd.auth("9000")

    def agents_report() -> dict[str, dict[str, Any]]:
        r = acd.client.get("/api/v1/reports/agents", params=period, headers=lead)
        assert r.status_code == 200, r.text
        return {row["agent"]: row for row in r.json()["rows"]}

    assert all(not row["answered"] for row in agents_report().values())
    first = acd.auth("1002")
    acd.client.post("/api/v1/agents/me/state", json={"state": "ready"}, headers=first)
    acd.login("1004")
    services = acd.services
    call = _run(acd, services.acd.call_arrived("13800138000", "4008001000"))
    _run(acd, services.acd.enqueue(call.id, "sales", ivr_path=["1"]))
    acd.clock.advance(4)
    _run(acd, services.acd.agent_answered(call.id, "1002"))
    acd.clock.advance(10)
    r = acd.client.post(
        f"/api/v1/calls/{call.id}/consult", json={"kind": "agent", "target": "1004"}, headers=first
    )
    assert r.status_code == 201, r.text
    acd.clock.advance(2)
    _run(acd, services.consults.consult_answered(call.id))
    acd.clock.advance(5)
    assert (
        acd.client.post(f"/api/v1/calls/{call.id}/consult/complete", headers=first).status_code
        == 204
    )
    acd.clock.advance(20)
    _run(acd, services.acd.caller_hung_up(call.id))

    def rows(sql: str) -> list[dict[str, Any]]:
        return services.runner.run_sync(lambda s: s._rows(sql, [call.id]))  # type: ignore[no-any-return]

    _wait(
        lambda: (
            rows("SELECT wrap_up_seconds FROM call_legs WHERE call_id = ? AND kind = 'agent'")[0][
                "wrap_up_seconds"
            ]
            is not None
            and rows("SELECT wrap_up_seconds FROM calls WHERE id = ?")[0]["wrap_up_seconds"]
            is not None
        )
    )
    part = rows("SELECT * FROM call_legs WHERE call_id = ? AND kind = 'agent'")[0]
    record = rows("SELECT * FROM calls WHERE id = ?")[0]
    assert part["peer"] == "1002" and part["end_cause"] == "attended_transfer"
    assert part["talk_seconds"] == pytest.approx(10, abs=0.5)
    assert part["hold_seconds"] == pytest.approx(7, abs=0.5)
    assert record["agent_id"] == "1004"

    after = agents_report()
    for agent, answered, talk, hold, aht_parts in (
        ("1002", 1, 10, 7, (part["talk_seconds"], part["hold_seconds"], part["wrap_up_seconds"])),
        (
            "1004",
            1,
            25,
            0,
            (record["talk_seconds"], record["hold_seconds"] or 0, record["wrap_up_seconds"]),
        ),
    ):
        row = after[agent]
        assert row["answered"] == answered, agent
        assert row["talk"] == pytest.approx(talk, abs=0.5), agent
        assert row["hold"] == pytest.approx(hold, abs=0.5), agent
        # AHT = (talk + hold + wrap-up) ÷ handled: each agent's own part, handled once each
        assert row["aht"] == pytest.approx(sum(aht_parts), abs=0.05), agent
    r = acd.client.get("/api/v1/reports/ranking", params=period, headers=lead)
    ranked = {row["agent"]: row for row in r.json()["rows"]}
    assert ranked["1002"]["answered"] == 1 and ranked["1004"]["answered"] == 1
    r = acd.client.get("/api/v1/reports/queues", params=period, headers=lead)
    sales = next(row for row in r.json()["rows"] if row["queue"] == "sales")
    assert sales["offered"] == 1 and sales["answered"] == 1  # one call, however many agents


class BlindControl(ConsultControl):
    async def transfer_out(self, call_id: str, agent_id: str) -> None:
        self.steps.append(("transfer_out", agent_id))


def test_blind_transfer_credits_the_first_agent_in_its_queue_once(make_server: Any) -> None:
    """1002 (sales) blind-transfers its caller to support, where 1004 answers: sales
    counts the call handled once with 1002's part, support once with 1004's; the agents
    report credits each with its own answered call."""
    acd: Server = make_server(control=BlindControl(), tweak=_short_timers)
    day = 86400
    acd.clock.advance(5 * day)  # after the demo's calls
    first = acd.auth("1002")
    acd.client.post("/api/v1/agents/me/state", json={"state": "ready"}, headers=first)
    second = acd.auth("1004")  # support only
    services = acd.services
    figures = services.acd.book.figures
    before = {q: figures.counters[q] for q in ("sales", "support")}
    call = _run(acd, services.acd.call_arrived("13800138000", "4008001000"))
    _run(acd, services.acd.enqueue(call.id, "sales", ivr_path=["1"]))
    _run(acd, services.acd.agent_answered(call.id, "1002"))
    acd.clock.advance(10)
    acd.client.post("/api/v1/agents/me/state", json={"state": "ready"}, headers=second)
    r = acd.client.post(
        f"/api/v1/calls/{call.id}/transfer",
        json={"kind": "queue", "target": "support", "note": "billing question"},
        headers=first,
    )
    assert r.status_code == 200, r.text
    _wait(lambda: services.acd.live(call.id).agent_id == "1004")
    _run(acd, services.acd.agent_answered(call.id, "1004"))
    acd.clock.advance(30)
    _run(acd, services.acd.caller_hung_up(call.id))
    _wait(
        lambda: (
            figures.counters["sales"].handled > before["sales"].handled
            and figures.counters["support"].handled > before["support"].handled
        )
    )
    time.sleep(0.5)
    assert figures.counters["sales"].handled == before["sales"].handled + 1
    assert figures.counters["support"].handled == before["support"].handled + 1
    sales_talk = figures.counters["sales"].total_talk - before["sales"].total_talk
    assert sales_talk == pytest.approx(10, abs=0.5)  # 1002's part only
    period = {
        "from": time.strftime("%Y-%m-%d", time.gmtime(acd.clock() - day)),
        "to": time.strftime("%Y-%m-%d", time.gmtime(acd.clock() + 2 * day)),
    }
    r = acd.client.get("/api/v1/reports/agents", params=period, headers=acd.auth("9000"))
    agents = {row["agent"]: row for row in r.json()["rows"]}
    assert agents["1002"]["answered"] == 1 and agents["1002"]["transfers"] == 1
    assert agents["1002"]["talk"] == pytest.approx(10, abs=0.5)
    assert agents["1004"]["answered"] == 1
    assert agents["1004"]["talk"] == pytest.approx(30, abs=0.5)
