"""Predictive and broadcast campaigns' customer-first calls, with a fake telephony (the
coordinator alone): who gets the answered customer (the queue, or the drop message when
no agent is free), broadcast's key 1 to the transfer queue and its hang-up after the
message, and the results they leave. Real SIP: tests/e2e/test_campaigns.py."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest

from tests.outbound.test_campaigns_api import API, _campaign, _csv, _upload, _wait
from tests.server.conftest import Server


class FakeTelephony:
    def __init__(self) -> None:
        self.dials: list[tuple[str, str]] = []  # attempt, number
        self.amd: list[bool] = []  # per dial: answering-machine detection asked
        self.plays: list[tuple[str, Path, bool]] = []
        self.queued: list[tuple[str, str]] = []
        self.hangups: list[str] = []

    async def dial_campaign(
        self,
        attempt: str,
        number: str,
        caller_id: str,
        ring: float,
        listener: Any,
        amd: bool = False,
    ) -> None:
        self.dials.append((attempt, number))
        self.amd.append(amd)

    async def campaign_play(self, attempt: str, path: Path, hang_up_after: bool) -> None:
        self.plays.append((attempt, path, hang_up_after))

    async def campaign_hangup(self, attempt: str) -> None:
        self.hangups.append(attempt)

    async def campaign_to_queue(
        self, attempt: str, queue: str, caller_id: str, path: tuple[str, ...]
    ) -> str:
        self.queued.append((attempt, queue))
        return f"call-{attempt[:6]}"


class FakePath:
    def __init__(self) -> None:
        self.telephony = FakeTelephony()


@pytest.fixture
def srv(make_server: Any) -> Server:
    def quick(services: Any) -> None:
        services.campaigns._loop._interval = 0.05
        services.campaigns._call_path = FakePath()

    return make_server(tweak=quick)  # type: ignore[no-any-return]


def _run(server: Server, coro: Any) -> Any:
    return server.client.portal.call(lambda: coro)  # type: ignore[union-attr]


def _tel(server: Server) -> FakeTelephony:
    return server.services.campaigns._call_path.telephony  # type: ignore[no-any-return]


def test_predictive_queues_the_answered_or_drops_them_with_the_message(srv: Server) -> None:
    lead, agent = srv.auth("9001"), srv.auth("1002")
    cid = _campaign(srv, lead, mode="predictive", message="稍后联系您")["id"]
    rows = ("phone", "13800138001", "13800138002", "13800138009")
    assert _upload(srv, lead, cid, _csv(*rows)).status_code == 201
    srv.client.post(f"{API}/dnc", headers=lead, json={"numbers": ["13800138001"]})
    srv.client.post(f"{API}/{cid}/join", headers=agent)
    srv.client.post("/api/v1/agents/me/state", headers=agent, json={"state": "ready"})
    srv.client.post(f"{API}/{cid}/start", headers=lead)
    tel, campaigns = _tel(srv), srv.services.campaigns
    _wait(lambda: len(tel.dials) == 1)
    time.sleep(0.2)
    assert len(tel.dials) == 1  # one free agent, nothing measured yet: one line
    attempt, number = tel.dials[0]
    assert number == "13800138002"  # the DNC number passed over
    _run(srv, campaigns.customer_answered(attempt))
    assert tel.queued == [(attempt, "sales")] and tel.plays == []
    # the next: the agent is busy (not ready) when the customer answers: dropped
    srv.client.post(
        "/api/v1/agents/me/state", headers=agent, json={"state": "not_ready", "reason": "break"}
    )
    srv.client.post("/api/v1/agents/me/state", headers=agent, json={"state": "ready"})
    _wait(lambda: len(tel.dials) == 2)
    second = tel.dials[1][0]
    srv.client.post(
        "/api/v1/agents/me/state", headers=agent, json={"state": "not_ready", "reason": "break"}
    )
    _run(srv, campaigns.customer_answered(second))
    assert tel.plays[-1][0] == second and tel.plays[-1][2] is True  # message, then hang up
    _run(srv, campaigns.customer_ended(second, "local", True))
    view = srv.client.get(f"{API}/{cid}", headers=lead).json()
    f = view["figures"]
    assert (f["dialled"], f["answered"], f["dropped"], f["drop_rate"]) == (2, 1, 1, 0.5)
    _wait(lambda: srv.client.get(f"{API}/{cid}", headers=lead).json()["state"] == "done")


def test_broadcast_key_1_transfers_and_silence_hangs_up(srv: Server) -> None:
    lead = srv.auth("9001")
    cid = _campaign(
        srv,
        lead,
        mode="broadcast",
        message="Your parcel arrives tomorrow. Press 1 to speak to us.",
        transfer_queue="support",
        lines=2,
    )["id"]
    assert _upload(srv, lead, cid, _csv("phone", "13800138001", "13800138002")).status_code == 201
    srv.client.post(f"{API}/{cid}/start", headers=lead)  # no agent joined: not needed
    tel, campaigns = _tel(srv), srv.services.campaigns
    _wait(lambda: len(tel.dials) == 2)
    (first, _), (second, _) = tel.dials
    _run(srv, campaigns.customer_answered(first))
    _run(srv, campaigns.customer_answered(second))
    assert [p[2] for p in tel.plays] == [False, False]  # listening for a key
    _run(srv, campaigns.customer_digit(first, "1"))
    assert tel.queued == [(first, "support")]
    _run(srv, campaigns.message_finished(second))
    assert tel.hangups == [second]
    _run(srv, campaigns.customer_ended(second, "local", True))
    _wait(lambda: srv.client.get(f"{API}/{cid}", headers=lead).json()["state"] == "done")
    csv = srv.client.get(f"{API}/{cid}/results", headers=lead).content.decode("utf-8-sig")
    lines = {line.split(",")[1]: line for line in csv.splitlines()[1:]}
    assert ",transferred" in lines["13800138001"] and ",answered," in lines["13800138002"]


def test_predictive_agents_must_be_in_its_queue(srv: Server) -> None:
    lead = srv.auth("9001")
    cid = _campaign(srv, lead, mode="predictive")["id"]  # queue sales
    r = srv.client.post(f"{API}/{cid}/join", headers=srv.auth("1004"))  # support only
    assert r.status_code == 409 and "not in queue sales" in r.json()["message"]
    assert srv.client.post(f"{API}/{cid}/join", headers=srv.auth("1002")).status_code == 200


def _results(server: Server, lead: dict[str, str], cid: int) -> dict[str, str]:
    csv = server.client.get(f"{API}/{cid}/results", headers=lead).content.decode("utf-8-sig")
    return {line.split(",")[1]: line for line in csv.splitlines()[1:]}


def test_a_machine_is_hung_up_and_retried_a_person_reaches_the_queue(srv: Server) -> None:
    lead, agent = srv.auth("9001"), srv.auth("1002")
    cid = _campaign(
        srv,
        lead,
        mode="predictive",
        amd=True,
        retry={"machine": {"max": 2, "spacing_s": 0}},
    )["id"]
    assert _upload(srv, lead, cid, _csv("phone", "13800138001")).status_code == 201
    srv.client.post(f"{API}/{cid}/join", headers=agent)
    srv.client.post("/api/v1/agents/me/state", headers=agent, json={"state": "ready"})
    srv.client.post(f"{API}/{cid}/start", headers=lead)
    tel, campaigns = _tel(srv), srv.services.campaigns
    _wait(lambda: len(tel.dials) == 1)
    first = tel.dials[0][0]
    assert tel.amd == [True]
    _run(srv, campaigns.machine_detected(first, "long_greeting"))
    assert tel.hangups == [first] and tel.queued == [] and tel.plays == []
    _run(srv, campaigns.customer_ended(first, "local", True))
    line = _results(srv, lead, cid)["13800138001"]
    assert ",pending,1,machine," in line  # retried by the machine rule
    _wait(lambda: len(tel.dials) == 2)  # spacing 0: called again
    second = tel.dials[1][0]
    _run(srv, campaigns.customer_answered(second))  # a person this time: to the agents
    assert tel.queued == [(second, "sales")]
    line = _results(srv, lead, cid)["13800138001"]
    assert ",answered,2,answered," in line and "machine answered" in line
    f = srv.client.get(f"{API}/{cid}", headers=lead).json()["figures"]
    assert (f["dialled"], f["answered"], f["dropped"]) == (2, 1, 0)  # a machine is no answer


def test_a_machine_may_hear_the_message_and_ends_failed_out_of_attempts(srv: Server) -> None:
    lead = srv.auth("9001")
    cid = _campaign(
        srv,
        lead,
        mode="broadcast",
        message="Your parcel arrives tomorrow.",
        amd=True,
        machine_message=True,
    )["id"]  # the default machine rule: one attempt
    assert _upload(srv, lead, cid, _csv("phone", "13800138001")).status_code == 201
    srv.client.post(f"{API}/{cid}/start", headers=lead)
    tel, campaigns = _tel(srv), srv.services.campaigns
    _wait(lambda: len(tel.dials) == 1)
    attempt = tel.dials[0][0]
    _run(srv, campaigns.machine_detected(attempt, "long_greeting"))
    assert [(p[0], p[2]) for p in tel.plays] == [(attempt, True)]  # the message, then bye
    assert tel.hangups == []
    _run(srv, campaigns.customer_ended(attempt, "local", True))
    _wait(lambda: srv.client.get(f"{API}/{cid}", headers=lead).json()["state"] == "done")
    assert ",failed,1,machine," in _results(srv, lead, cid)["13800138001"]
    assert len(tel.dials) == 1


def test_customer_first_calls_obey_outbound_permissions(srv: Server) -> None:
    admin, lead, agent = srv.auth("9000"), srv.auth("9001"), srv.auth("1002")
    rules = {"local_area_code": "010", "agents": {"1002": "local"}}
    assert srv.client.put(f"{API}/permissions", headers=admin, json=rules).status_code == 200
    r = srv.client.post(
        API, headers=lead, json={"name": "x", "mode": "predictive", "queue": "sales",
                                 "caller_id": "4008001000", "hours": {"mon": [["09:00", "18:00"]]},
                                 "permission": "galactic"},
    )  # fmt: skip
    assert r.status_code == 422 and "permission must be one of" in r.json()["message"]
    # predictive: the agents' grant (1002: local only) — the Shanghai number is not dialled
    cid = _campaign(srv, lead, mode="predictive")["id"]
    assert _upload(srv, lead, cid, _csv("phone", "02188886666", "01088886666")).status_code == 201
    srv.client.post(f"{API}/{cid}/join", headers=agent)
    srv.client.post("/api/v1/agents/me/state", headers=agent, json={"state": "ready"})
    srv.client.post(f"{API}/{cid}/start", headers=lead)
    tel = _tel(srv)
    _wait(lambda: len(tel.dials) == 1)
    time.sleep(0.2)
    assert [d[1] for d in tel.dials] == ["01088886666"]
    assert ",failed,0,not_permitted," in _results(srv, lead, cid)["02188886666"]
    # broadcast, no agents: the campaign's own permission (national: not abroad)
    bid = _campaign(srv, lead, mode="broadcast", message="Hello", permission="national")["id"]
    body = _csv("phone", "+442079460000", "02188886666")
    assert _upload(srv, lead, bid, body).status_code == 201
    srv.client.post(f"{API}/{bid}/start", headers=lead)
    _wait(lambda: len(tel.dials) == 2)
    time.sleep(0.2)
    assert [d[1] for d in tel.dials[1:]] == ["02188886666"]
    assert ",failed,0,not_permitted," in _results(srv, lead, bid)["+442079460000"]
