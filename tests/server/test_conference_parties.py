"""Conferences of up to six parties in the coordinator (the media layer faked): the list of
parties with their states and who hears whom, one consult at a time, 409 when full, a
drop of any party, a party lost with the second worker, and the host leaving."""

from __future__ import annotations

from typing import Any

import pytest

from tests.server.conftest import Server
from tests.server.test_acd_flow import _run
from tests.server.test_consult_records import ConsultControl, _timers


class ConferenceControl(ConsultControl):
    """The media layer as the cascade places parties: the first on the caller's worker,
    later ones on the second worker."""

    async def consult(
        self,
        call_id: str,
        kind: str,
        target: str,
        headers: dict[str, str],
        timeout: float,
        caller_id: str | None,
    ) -> bool:
        self.steps.append(("consult", target))
        return sum(1 for step, _ in self.steps if step == "consult") > 1

    async def conference(self, call_id: str) -> None:
        self.steps.append(("conference", call_id))

    async def conference_drop(self, call_id: str, party: str) -> None:
        self.steps.append(("drop", party))

    async def conference_leave(self, call_id: str) -> str:
        self.steps.append(("leave", call_id))
        return "1004"


@pytest.fixture
def acd(make_server: Any) -> Server:
    return make_server(control=ConferenceControl(), tweak=_timers)  # type: ignore[no-any-return]


def _legs(acd: Server, call_id: str) -> list[tuple[str, str | None]]:
    rows = acd.services.runner.run_sync(
        lambda s: s._rows(
            "SELECT peer, end_cause FROM call_legs WHERE call_id = ? AND kind = 'consult'"
            " ORDER BY started_at",
            [call_id],
        )
    )
    return [(r["peer"], r["end_cause"]) for r in rows]


def _state(acd: Server, agent_id: str) -> str:
    return str(acd.services.agents.state(agent_id).status.value)


def test_six_parties_one_consult_at_a_time_full_drop_and_lost_worker(acd: Server) -> None:
    host = acd.auth("1002")
    acd.client.post("/api/v1/agents/me/state", json={"state": "ready"}, headers=host)
    acd.login("1004")  # not ready
    services = acd.services
    call = _run(acd, services.acd.call_arrived("13800138000", "4008001000"))
    _run(acd, services.acd.enqueue(call.id, "sales", ivr_path=["1"]))
    _run(acd, services.acd.agent_answered(call.id, "1002"))
    url = f"/api/v1/calls/{call.id}"

    def consult(kind: str, target: str) -> Any:
        return acd.client.post(
            f"{url}/consult", json={"kind": kind, "target": target}, headers=host
        )

    def join(kind: str, target: str) -> dict[str, Any]:
        r = consult(kind, target)
        assert r.status_code == 201, r.text
        # one consult at a time: a second one while this one lasts is refused
        again = consult("number", "02199999999")
        assert again.status_code == 409 and "already has a consult" in again.json()["message"]
        _run(acd, services.consults.consult_answered(call.id))
        r = acd.client.post(f"{url}/conference", headers=host)
        assert r.status_code == 200, r.text
        return dict(r.json())

    join("agent", "1004")
    assert _state(acd, "1004") == "on_call"
    join("number", "02150000001")
    # While the host consults the next party, it hears only that party; the caller
    # hears the parties on its own worker; those on the second worker hear music.
    r = consult("number", "02150000002")
    assert r.status_code == 201, r.text
    _run(acd, services.consults.consult_answered(call.id))
    view = services.consults.view(call.id)
    assert view.host_hears == ["02150000002"] and view.caller_hears == ["1004"]
    assert {p.party: p.hears for p in view.parties} == {
        "1004": ["caller"],
        "02150000001": ["music"],
        "02150000002": ["1002"],
    }
    assert acd.client.post(f"{url}/conference", headers=host).status_code == 200
    view_json = join("number", "02150000003")
    assert [p["party"] for p in view_json["parties"]] == [
        "1004",
        "02150000001",
        "02150000002",
        "02150000003",
    ]
    assert all(p["state"] == "conference" for p in view_json["parties"])
    assert sorted(view_json["caller_hears"]) == sorted(
        ["1002", "1004", "02150000001", "02150000002", "02150000003"]
    )
    # Six in all: a seventh is a 409 saying so, and nothing is called.
    calls_before = len(acd.control.steps)
    r = consult("agent", "1006")
    assert r.status_code == 409, r.text
    assert "full: 6 parties" in r.json()["message"]
    assert len(acd.control.steps) == calls_before

    # Drop any party: a number on the second worker, then an unknown one (404).
    assert acd.client.delete(f"{url}/conference/02150000002", headers=host).status_code == 204
    assert acd.control.steps[-1] == ("drop", "02150000002")
    assert acd.client.delete(f"{url}/conference/02177777777", headers=host).status_code == 404
    # Only the host may drop.
    other = acd.auth("1004")
    assert acd.client.delete(f"{url}/conference/1002", headers=other).status_code == 403
    # The second worker is lost with its party: closed worker_lost, the others stay.
    _run(acd, services.consults.party_left(call.id, "02150000003", "worker_lost"))
    # Drop the agent party: it is back to its state (not ready).
    assert acd.client.delete(f"{url}/conference/1004", headers=host).status_code == 204
    assert _state(acd, "1004") == "not_ready"
    assert [p.party for p in services.consults.parties(call.id)] == ["02150000001"]
    assert _legs(acd, call.id) == [
        ("1004", "dropped"),
        ("02150000001", None),
        ("02150000002", "dropped"),
        ("02150000003", "worker_lost"),
    ]
    _run(acd, services.acd.caller_hung_up(call.id))
    assert _legs(acd, call.id)[1] == ("02150000001", "call_ended")
    assert not services.consults.consulting(call.id)


@pytest.mark.parametrize("how", ["drop_self", "hang_up"])
def test_the_host_leaves_a_conference_and_a_party_takes_the_call(acd: Server, how: str) -> None:
    host = acd.auth("1002")
    acd.client.post("/api/v1/agents/me/state", json={"state": "ready"}, headers=host)
    acd.login("1004")
    services = acd.services
    call = _run(acd, services.acd.call_arrived("13800138000", "4008001000"))
    _run(acd, services.acd.enqueue(call.id, "sales", ivr_path=["1"]))
    _run(acd, services.acd.agent_answered(call.id, "1002"))
    url = f"/api/v1/calls/{call.id}"
    for kind, target in (("agent", "1004"), ("number", "02150000001")):
        r = acd.client.post(f"{url}/consult", json={"kind": kind, "target": target}, headers=host)
        assert r.status_code == 201, r.text
        _run(acd, services.consults.consult_answered(call.id))
        assert acd.client.post(f"{url}/conference", headers=host).status_code == 200
    if how == "drop_self":
        assert acd.client.delete(f"{url}/conference/1002", headers=host).status_code == 204
    else:
        _run(acd, services.consults.host_left(call.id))
    assert acd.control.steps[-1] == ("leave", call.id)
    assert services.acd.book.calls[call.id].agent_id == "1004"
    assert _state(acd, "1002") in ("wrap_up", "ready")
    # the number stays in the conference, now hosted by 1004
    assert [(p.party, p.by) for p in services.consults.parties(call.id)] == [
        ("02150000001", "1004")
    ]
    assert _legs(acd, call.id) == [("1004", "transferred"), ("02150000001", None)]


def test_who_hears_whom_on_each_worker_of_a_cascade() -> None:
    """`cascade.wanted`: every leg bridged to every other on each side; a consult on B
    takes the bridge leg (B's parties hear music); a consult on A leaves the caller alone
    with music only when nobody else is on its side."""
    from server_stub.telephony.cascade import Cascade, Party, wanted

    def pairs(*legs: str) -> set[frozenset[str]]:
        return {frozenset((a, b)) for i, a in enumerate(legs) for b in legs[i + 1 :]}

    a, b = object(), object()
    p1 = Party("1004", "p1", a)
    on_b = [Party(f"n{i}", f"b{i}", b, external=True, on_b=True) for i in (1, 2, 3)]
    bridge = Cascade(b, "xa", "xb", up=True)
    six = wanted("cust", "host", [p1, *on_b], bridge, None, False)
    assert six.a == pairs("cust", "host", "p1", "xa")
    assert six.b == pairs("xb", "b1", "b2", "b3") and not six.held
    # consulting a fourth party on B: the host and it over the bridge leg, privately
    consult = Party("n3", "b3", b, external=True, on_b=True)
    w = wanted("cust", "host", [p1, *on_b[:2]], bridge, consult, True)
    assert w.a == {frozenset(("host", "xa")), frozenset(("cust", "p1"))}
    assert w.b == {frozenset(("xb", "b3"))} and w.held == {"b1", "b2"}
    # a plain consult (no conference): the caller alone hears music
    first = Party("1004", "p1", a)
    w = wanted("cust", "host", [], None, first, True)
    assert w.a == {frozenset(("host", "p1"))} and w.held == {"cust"}
