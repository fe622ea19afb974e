"""Campaigns over the real app with a fake media layer (the coordinator alone): settings
checked with clear 422s, list import (CSV, GB18030, XLSX, mapping, odd numbers, bad and
empty lists, dry run), states and calling hours, roles, preview dialling, the
progressive dialler's retries to completion, DNC never dialled, results export, and the
leads' `campaign_updated` events. Real SIP: tests/e2e/test_campaigns.py."""

from __future__ import annotations

import io
import json
import time
from datetime import UTC, datetime
from typing import Any

import openpyxl
import pytest

from server_stub.outbound.engine import WEEKDAYS
from tests.server.conftest import Server
from tests.server.test_acd_flow import FakeControl

API = "/api/v1/campaigns"
ALL_DAY = {day: [["00:00", "24:00"]] for day in WEEKDAYS}


class DialControl(FakeControl):
    def __init__(self) -> None:
        super().__init__()
        self.dials: list[tuple[str, str, str, str]] = []  # call, agent, number, caller id

    async def dial(self, call_id: str, agent_id: str, number: str, caller_id: str) -> None:
        self.dials.append((call_id, agent_id, number, caller_id))


@pytest.fixture
def srv(make_server: Any) -> Server:
    def quick(services: Any) -> None:
        services.campaigns._wrap_up = 0.0
        services.campaigns._loop._interval = 0.05

    return make_server(control=DialControl(), tweak=quick)  # type: ignore[no-any-return]


def _h(server: Server, agent: str) -> dict[str, str]:
    return server.auth(agent)


def _wait(predicate: Any, timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.02)
    raise AssertionError("condition not reached")


def _run(server: Server, coro: Any) -> Any:
    return server.client.portal.call(lambda: coro)  # type: ignore[union-attr]


def _campaign(server: Server, lead: dict[str, str], **over: Any) -> dict[str, Any]:
    body = {
        "name": f"c-{time.monotonic_ns()}",
        "mode": "progressive",
        "queue": "sales",
        "caller_id": "4008001000",
        "hours": ALL_DAY,
        "retry": {"busy": {"max": 2, "spacing_s": 0}, "no_answer": {"max": 2, "spacing_s": 0}},
        "dispositions": ["sale", "no interest"],
        "script": "Hello, this is ...",
        **over,
    }
    r = server.client.post(API, headers=lead, json=body)
    assert r.status_code == 201, r.text
    return r.json()  # type: ignore[no-any-return]


def _csv(*rows: str) -> bytes:
    return ("\n".join(rows) + "\n").encode()


def _upload(
    server: Server,
    lead: dict[str, str],
    cid: int,
    data: bytes,
    name: str = "list.csv",
    params: str = "",
    mapping: dict[str, str] | None = None,
) -> Any:
    form = {"mapping": json.dumps(mapping)} if mapping else None
    return server.client.post(
        f"{API}/{cid}/contacts{params}", headers=lead, files={"file": (name, data)}, data=form
    )


def test_bad_settings_get_a_clear_422_and_agents_may_not_create(srv: Server) -> None:
    lead = _h(srv, "9001")
    good = {"name": "x", "mode": "progressive", "queue": "sales", "caller_id": "4008001000"}
    cases: list[tuple[dict[str, Any], str]] = [
        ({"mode": "robocall"}, "mode must be one of"),
        ({"queue": "nowhere"}, "unknown queue 'nowhere'"),
        ({"hours": {"mon": [["18:00", "09:00"]]}}, "ends before it starts"),
        ({"hours": {"funday": [["09:00", "18:00"]]}}, "not a weekday"),
        ({"hours": ALL_DAY, "timezone": "Nowhere/Here"}, "unknown time zone"),
        ({"hours": ALL_DAY, "retry": {"busy": {"max": 99}}}, "between 1 and 20"),
        ({}, "give the calling hours"),
        ({"hours": ALL_DAY, "mode": "broadcast"}, "needs its message"),
        ({"hours": ALL_DAY, "caller_id": "hello"}, "not a number"),
    ]
    for change, message in cases:
        r = srv.client.post(API, headers=lead, json={**good, **change})
        assert r.status_code == 422, (change, r.text)
        assert message in r.json()["message"], r.json()
    r = srv.client.post(API, headers=lead, json={**good, "drop_ceiling": 2})
    assert r.status_code == 422
    agent = _h(srv, "1001")
    assert srv.client.post(API, headers=agent, json={**good, "hours": ALL_DAY}).status_code == 403
    created = srv.client.post(API, headers=lead, json={**good, "hours": ALL_DAY})
    assert created.status_code == 201 and created.json()["state"] == "draft"
    again = srv.client.post(API, headers=lead, json={**good, "hours": ALL_DAY})
    assert again.status_code == 409
    assert srv.client.get(f"{API}/999", headers=agent).status_code == 404
    listed = srv.client.get(API, headers=agent).json()
    assert [c["name"] for c in listed] == ["x"] and "figures" in listed[0]


def test_lists_import_whole_or_not_at_all(srv: Server) -> None:
    lead = _h(srv, "9001")
    cid = _campaign(srv, lead)["id"]
    bad = _csv("phone,name", "138 0013 8000,A", "not-a-number,B", "12,C")
    r = _upload(srv, lead, cid, bad)
    assert r.status_code == 422
    assert [e["row"] for e in r.json()["errors"]] == [3, 4]
    assert "not" in r.json()["errors"][0]["error"]
    assert srv.client.get(f"{API}/{cid}", headers=lead).json()["figures"]["contacts_total"] == 0
    dry = _upload(srv, lead, cid, bad, params="?dry_run=1")
    assert dry.status_code == 200 and dry.json()["imported"] == 1 and dry.json()["invalid"] == 2
    assert srv.client.get(f"{API}/{cid}", headers=lead).json()["figures"]["contacts_total"] == 0
    odd = _csv(
        "Phone,Name,City",
        "+86 138-0013-8000,张三,北京",
        "0086 13800138000,again,",
        "(010) 8888-6666,李四,",
        "139.0013.9000,王五,上海",
    )
    r = _upload(srv, lead, cid, odd)
    assert r.status_code == 201, r.text
    assert r.json()["imported"] == 3 and r.json()["duplicates"] == 1 and r.json()["invalid"] == 0
    # the same numbers again: duplicates of the campaign's own
    r = _upload(
        srv,
        lead,
        cid,
        _csv("电话,姓名", "13800138000,x", "13700137000,y").decode().encode("gb18030"),
    )
    assert r.status_code == 201 and r.json() == {**r.json(), "imported": 1, "duplicates": 1}
    r = _upload(srv, lead, cid, bad + b"13600136000,D\n", params="?skip_invalid=1")
    assert r.status_code == 201, r.text
    assert r.json()["invalid"] == 2 and r.json()["duplicates"] == 1 and r.json()["imported"] == 1
    assert srv.client.get(f"{API}/{cid}", headers=lead).json()["figures"]["contacts_total"] == 5


def test_xlsx_with_a_mapping_and_broken_or_empty_files(srv: Server) -> None:
    lead = _h(srv, "9001")
    cid = _campaign(srv, lead)["id"]
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["客户", "手机号码", "Plan"])
    sheet.append(["赵六", 13800138000, "gold"])  # Excel keeps it as a number
    sheet.append(["钱七", "139 0013 9000", None])
    out = io.BytesIO()
    book.save(out)
    r = _upload(
        srv, lead, cid, out.getvalue(), "list.xlsx", mapping={"number": "手机号码", "name": "客户"}
    )
    assert r.status_code == 201, r.text
    assert r.json()["imported"] == 2
    for data, name, message in [
        (b"PK\x03\x04 not really a zip", "list.xlsx", "broken XLSX"),
        (b"", "list.csv", "empty"),
        (b"phone,name\n", "list.csv", "list is empty"),
        (b"\x00\x01\x02\x03", "list.csv", "neither CSV"),
        (b"who,what\nx,y\n", "list.csv", "no number column"),
    ]:
        r = _upload(srv, lead, cid, data, name)
        assert r.status_code == 422, (name, r.text)
        assert message in r.json()["message"]
    r = _upload(srv, lead, cid, _csv("a,b", "1,2"), mapping={"number": "Phone"})
    assert r.status_code == 422 and "not in the file" in r.json()["message"]
    r = srv.client.post(
        f"{API}/{cid}/contacts",
        headers=lead,
        files={"file": ("x.csv", b"phone\n1\n")},
        data={"mapping": "{not json"},
    )
    assert r.status_code == 422 and "mapping" in r.json()["message"]
    agent = _h(srv, "1001")
    assert _upload(srv, agent, cid, _csv("phone", "13800138000")).status_code == 403


def test_states_and_starting_outside_calling_hours(srv: Server) -> None:
    lead = _h(srv, "9001")
    today = WEEKDAYS[datetime.now(UTC).weekday()]
    other = WEEKDAYS[(datetime.now(UTC).weekday() + 3) % 7]
    closed = _campaign(srv, lead, hours={other: [["09:00", "18:00"]]}, timezone="UTC")
    cid = closed["id"]
    r = srv.client.post(f"{API}/{cid}/start", headers=lead)
    assert r.status_code == 409 and "no contacts" in r.json()["message"]
    assert _upload(srv, lead, cid, _csv("phone", "13800138000")).status_code == 201
    srv.client.post(f"{API}/{cid}/join", headers=(agent := _h(srv, "1002")))
    srv.client.post("/api/v1/agents/me/state", headers=agent, json={"state": "ready"})
    r = srv.client.post(f"{API}/{cid}/start", headers=lead)
    assert r.status_code == 200
    assert r.json() == {
        "id": cid,
        "state": "running",
        "dialling": False,
        "reason": "outside calling hours",
    }
    time.sleep(0.3)  # several rounds of the dialler: nothing dialled outside the hours
    assert srv.control.dials == []
    assert today != other
    assert srv.client.post(f"{API}/{cid}/start", headers=lead).status_code == 409
    assert srv.client.post(f"{API}/{cid}/pause", headers=agent).status_code == 403
    assert srv.client.post(f"{API}/{cid}/pause", headers=lead).json()["state"] == "paused"
    assert srv.client.post(f"{API}/{cid}/pause", headers=lead).status_code == 409
    assert srv.client.post(f"{API}/{cid}/stop", headers=lead).json()["state"] == "stopped"
    assert srv.client.post(f"{API}/{cid}/start", headers=lead).status_code == 409
    assert srv.client.post(f"{API}/{cid}/explode", headers=lead).status_code in (404, 405)


def test_progressive_retries_busy_and_no_answer_then_completes(srv: Server) -> None:
    lead, agent = _h(srv, "9001"), _h(srv, "1002")
    cid = _campaign(srv, lead)["id"]
    numbers = ["13800138001", "13800138002", "13800138003"]
    assert _upload(srv, lead, cid, _csv("phone", *numbers, "13800138004")).status_code == 201
    r = srv.client.post(f"{API}/dnc", headers=lead, json={"numbers": ["+86 138 0013 8004"]})
    assert r.status_code == 201 and r.json()["numbers"] == ["13800138004"]
    assert srv.client.post(f"{API}/dnc", headers=agent, json={"numbers": ["1"]}).status_code == 403
    r = srv.client.post(f"{API}/{cid}/join", headers=agent)
    assert r.status_code == 200, r.text
    srv.client.post("/api/v1/agents/me/state", headers=agent, json={"state": "ready"})
    started = srv.client.post(f"{API}/{cid}/start", headers=lead).json()
    assert started["dialling"] is True
    acd = srv.services.acd
    # each number's story: busy then answered; no answer twice (out of attempts); answered
    outcomes = {
        "13800138001": ["busy", "answer"],
        "13800138002": ["no_answer", "no_answer"],
        "13800138003": ["answer"],
    }
    handled = 0
    while handled < 5:
        _wait(lambda n=handled: len(srv.control.dials) > n)
        call_id, who, number, caller = srv.control.dials[handled]
        assert who == "1002" and caller == "4008001000"
        mine = srv.client.get(f"{API}/mine", headers=agent).json()
        assert mine[0]["current"]["contact"]["number"] == number  # the agent's screen pop
        step = outcomes[number].pop(0)
        if step == "answer":
            _run(srv, srv.services.outbound.outbound_progress(call_id, "active"))
            _run(srv, acd.caller_hung_up(call_id, "customer_hangup"))
        else:
            _run(srv, acd.caller_hung_up(call_id, step))
        handled += 1
        _wait(lambda: srv.services.agents.state("1002").status.value == "ready", 5)
    view = srv.client.get(f"{API}/{cid}", headers=lead).json()
    _wait(lambda: srv.client.get(f"{API}/{cid}", headers=lead).json()["state"] == "done")
    view = srv.client.get(f"{API}/{cid}", headers=lead).json()
    assert [d[2] for d in srv.control.dials].count("13800138004") == 0  # DNC: never dialled
    f = view["figures"]
    assert (f["contacts_total"], f["contacts_left"], f["dialled"], f["answered"]) == (4, 0, 5, 2)
    assert f["answer_rate"] == pytest.approx(0.4) and f["agents"] == 1
    results = srv.client.get(f"{API}/{cid}/results?format=csv", headers=lead)
    assert results.status_code == 200
    lines = results.content.decode("utf-8-sig").splitlines()
    by_number = {line.split(",")[1]: line for line in lines[1:]}
    assert ",failed,2,no_answer," in by_number["13800138002"]
    assert "busy answered" in by_number["13800138001"]
    assert ",dnc,0," in by_number["13800138004"]
    xlsx = srv.client.get(f"{API}/{cid}/results?format=xlsx", headers=lead)
    sheet = openpyxl.load_workbook(io.BytesIO(xlsx.content)).active
    assert sheet is not None and sheet.max_row == 5
    assert srv.client.get(f"{API}/{cid}/results", headers=agent).status_code == 403


def test_preview_reserve_skip_dial_result_and_callback(srv: Server) -> None:
    lead, agent, other = _h(srv, "9001"), _h(srv, "1002"), _h(srv, "1001")
    cid = _campaign(srv, lead, mode="preview")["id"]
    rows = ("phone,name,plan", "13800138001,张三,gold", "13800138002,李四,", "13800138003,王五,")
    assert _upload(srv, lead, cid, _csv(*rows)).status_code == 201
    srv.client.post(f"{API}/dnc", headers=lead, json={"numbers": ["13800138001"]})
    srv.client.post(f"{API}/{cid}/start", headers=lead)
    assert srv.client.get(f"{API}/{cid}/preview/next", headers=agent).status_code == 403
    srv.client.post(f"{API}/{cid}/join", headers=agent)
    srv.client.post(f"{API}/{cid}/join", headers=other)
    card = srv.client.get(f"{API}/{cid}/preview/next", headers=agent).json()
    assert card["contact"]["number"] == "13800138002"  # the DNC one is passed over
    assert card["contact"]["fields"] == {} and card["history"] == []
    again = srv.client.get(f"{API}/{cid}/preview/next", headers=agent).json()
    assert again["contact"]["id"] == card["contact"]["id"]  # reserved for me
    theirs = srv.client.get(f"{API}/{cid}/preview/next", headers=other).json()
    assert theirs["contact"]["number"] == "13800138003"
    first = card["contact"]["id"]
    r = srv.client.post(f"{API}/{cid}/contacts/{first}/skip", headers=other, json={"reason": "x"})
    assert r.status_code == 409  # not theirs
    r = srv.client.post(f"{API}/{cid}/contacts/{first}/dial", headers=agent)
    assert r.status_code == 201, r.text
    call_id = r.json()["call_id"]
    assert srv.control.dials[-1][1:3] == ("1002", "13800138002")
    _run(srv, srv.services.acd.caller_hung_up(call_id, "busy"))

    def retried() -> bool:
        r = srv.client.get(f"{API}/{cid}/preview/next", headers=agent)
        return r.status_code == 200 and bool(r.json()["history"])

    _wait(retried)
    card = srv.client.get(f"{API}/{cid}/preview/next", headers=agent).json()
    assert card["contact"]["id"] == first and card["history"][0]["result"] == "busy"
    r = srv.client.post(
        f"{API}/{cid}/contacts/{first}/result", headers=agent, json={"disposition": "maybe"}
    )
    assert r.status_code == 422 and "not one of" in r.json()["message"]
    later = time.time() + 3600
    r = srv.client.post(
        f"{API}/{cid}/contacts/{first}/result",
        headers=agent,
        json={"disposition": "no interest", "callback_at": later},
    )
    assert r.status_code == 200 and r.json()["next_at"] == later
    r = srv.client.post(
        f"{API}/{cid}/contacts/{first}/result", headers=other, json={"disposition": "sale"}
    )
    assert r.status_code == 409  # they never called it
    theirs_id = theirs["contact"]["id"]
    r = srv.client.post(
        f"{API}/{cid}/contacts/{theirs_id}/skip", headers=other, json={"reason": "wrong region"}
    )
    assert r.status_code == 204
    assert srv.client.get(f"{API}/{cid}/preview/next", headers=agent).status_code == 204
    assert srv.client.post(f"{API}/{cid}/leave", headers=agent).status_code == 204
    assert srv.client.post(f"{API}/{cid}/leave", headers=agent).status_code == 409


def test_leads_hear_campaign_updates(srv: Server) -> None:
    lead = srv.login("9001")["token"]
    headers = {"Authorization": f"Bearer {lead}"}
    cid = _campaign(srv, headers)["id"]
    with srv.client.websocket_connect(f"/api/v1/events?token={lead}") as ws:
        _upload(srv, headers, cid, _csv("phone", "13800138000"))
        for _ in range(20):
            event = json.loads(ws.receive_text())
            if event["type"] == "campaign_updated":
                break
        else:
            raise AssertionError("no campaign_updated")
    assert event["data"]["id"] == cid and event["data"]["state"] == "draft"
    assert event["data"]["figures"]["contacts_total"] == 1


def test_dnc_list_add_remove_and_bad_numbers(srv: Server) -> None:
    lead = _h(srv, "9001")
    r = srv.client.post(f"{API}/dnc", headers=lead, json={"numbers": ["13800138000", "nope"]})
    assert r.status_code == 422 and "nope" in r.json()["message"]
    assert srv.client.get(f"{API}/dnc", headers=lead).json() == []
    srv.client.post(f"{API}/dnc", headers=lead, json={"numbers": ["13800138000"], "note": "asked"})
    assert [d["number"] for d in srv.client.get(f"{API}/dnc", headers=lead).json()] == [
        "13800138000"
    ]
    assert srv.client.delete(f"{API}/dnc/13800138000", headers=lead).json()["removed"] == 1
    assert srv.client.get(f"{API}/dnc", headers=lead).json() == []


def test_the_centres_black_list_applies_to_campaigns_too(srv: Server) -> None:
    """Issue 17: "Do-not-call list and the black list (shared with inbound) always apply"."""
    admin, lead, agent = _h(srv, "9000"), _h(srv, "9001"), _h(srv, "1002")
    r = srv.client.post(
        "/api/v1/admin/number-lists",
        headers=admin,
        json={"number": "1380013800*", "direction": "outbound", "list": "black"},
    )
    assert r.status_code == 201, r.text
    cid = _campaign(srv, lead, mode="preview")["id"]
    rows = ("phone", "13800138001", "13800138002", "13800139003")
    assert _upload(srv, lead, cid, _csv(*rows)).status_code == 201
    srv.client.post(f"{API}/{cid}/start", headers=lead)
    srv.client.post(f"{API}/{cid}/join", headers=agent)
    card = srv.client.get(f"{API}/{cid}/preview/next", headers=agent).json()
    assert card["contact"]["number"] == "13800139003"  # both in the blocked segment passed over
    results = srv.client.get(f"{API}/{cid}/results?format=csv", headers=lead)
    by_number = {
        line.split(",")[1]: line for line in results.content.decode("utf-8-sig").splitlines()[1:]
    }
    assert ",dnc,0,blocked" in by_number["13800138001"], by_number
    assert ",dnc,0,blocked" in by_number["13800138002"]


def test_preview_never_offers_or_dials_a_contact_waiting_for_its_retry(srv: Server) -> None:
    lead, agent = _h(srv, "9001"), _h(srv, "1002")
    cid = _campaign(srv, lead, mode="preview", retry={"busy": {"max": 3, "spacing_s": 600}})["id"]
    assert _upload(srv, lead, cid, _csv("phone", "13800138001", "13800138002")).status_code == 201
    srv.client.post(f"{API}/{cid}/start", headers=lead)
    srv.client.post(f"{API}/{cid}/join", headers=agent)
    card = srv.client.get(f"{API}/{cid}/preview/next", headers=agent).json()
    first = card["contact"]["id"]
    r = srv.client.post(f"{API}/{cid}/contacts/{first}/dial", headers=agent)
    assert r.status_code == 201, r.text
    _run(srv, srv.services.acd.caller_hung_up(r.json()["call_id"], "busy"))

    def settled() -> bool:
        rows = srv.client.get(f"{API}/{cid}/results", headers=lead).content.decode("utf-8-sig")
        return ",pending,1,busy," in rows

    _wait(settled)  # busy: to be called again in 10 minutes
    card = srv.client.get(f"{API}/{cid}/preview/next", headers=agent).json()
    assert card["contact"]["number"] == "13800138002"  # not the one waiting for its retry
    dials = len(srv.control.dials)
    r = srv.client.post(f"{API}/{cid}/contacts/{first}/dial", headers=agent)
    assert r.status_code == 409 and "waiting for its retry" in r.json()["message"], r.text
    assert "10 min" in r.json()["message"] and len(srv.control.dials) == dials
    second = card["contact"]["id"]
    r = srv.client.post(f"{API}/{cid}/contacts/{second}/skip", headers=agent, json={"reason": "x"})
    assert r.status_code == 204
    assert srv.client.get(f"{API}/{cid}/preview/next", headers=agent).status_code == 204
