"""Flows over the API: save (validated), versions, publish and rollback, simulate, time
groups and overrides, roles, bad input; in-process server with the demo centre."""

from __future__ import annotations

import http.server
import json
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest

from server_stub.flows.demo import MAIN_MENU
from tests.server.conftest import Server

ADMIN = "9000"
URL = "/api/v1/admin"


def _h(server: Server, who: str = ADMIN) -> dict[str, str]:
    return server.auth(who)


def _sim(server: Server, flow: str, **body: Any) -> Any:
    r = server.client.post(f"{URL}/flows/{flow}/simulate", headers=_h(server), json=body)
    assert r.status_code == 200, r.text
    return r.json()


VIP_FLOW: dict[str, Any] = {
    "start": "hours",
    "nodes": {
        "hours": {"type": "time", "group": "office", "open": "menu", "closed": "vm"},
        "menu": {
            "type": "menu",
            "prompt": "welcome_menu",
            "choices": {"1": "sales", "2": "rate"},
        },
        "rate": {"type": "survey", "prompt": "survey_question", "next": "bye"},
        "bye": {"type": "hangup", "prompt": "goodbye"},
        "vm": {"type": "voicemail", "box": "support", "prompt": "voicemail_greeting"},
        "sales": {"type": "queue", "queue": "sales"},
    },
}


def test_demo_flows_are_listed_published_and_on_their_numbers(server: Server) -> None:
    flows = {f["id"]: f for f in server.client.get(f"{URL}/flows", headers=_h(server)).json()}
    assert flows["main_menu"]["published_version"] == 1
    assert flows["main_menu"]["dids"] == ["4008001000"]
    assert flows["main_menu"]["problems"] == []
    dids = {d["number"]: d for d in server.client.get(f"{URL}/dids", headers=_h(server)).json()}
    assert dids["4008001000"]["flow"] == "main_menu"
    assert dids["4008006000"]["flow"] == "service_line"
    assert dids["4008002000"]["flow"] is None


def test_simulate_walks_the_two_level_menu(server: Server) -> None:
    got = _sim(server, "main_menu", ani="13800138000", digits=["2", "1"])
    assert [s["node"] for s in got["steps"]] == ["welcome", "support_menu", "support"]
    assert got["outcome"] == {"type": "queue", "queue": "support"}
    assert got["version"] == 1
    silent = _sim(server, "main_menu", digits=[])
    assert silent["outcome"] == {"type": "queue", "queue": "support"}  # default after retries
    assert silent["steps"][0]["timeouts"] == 2


def test_simulate_at_holiday_workday_and_override(server: Server) -> None:
    # Demo centre's time zone is UTC; the office group: Mon-Fri 09-18, National Day off.
    holiday = _sim(server, "service_line", at="2026-10-02T10:00:00+00:00")
    assert holiday["steps"][0]["state"] == "holiday"
    assert holiday["outcome"] == {"type": "voicemail", "box": "support"}
    open_ = _sim(server, "service_line", at="2026-12-07T10:00:00+00:00", digits=["9", "1002"])
    assert open_["outcome"] == {"type": "agent", "agent": "1002"}
    assert open_["variables"] == {"extension": "1002"}
    r = server.client.put(
        f"{URL}/overrides",
        headers=_h(server),
        json=[{"time_group": "office", "state": "closed", "note": "typhoon"}],
    )
    assert r.status_code == 200, r.text
    forced = _sim(server, "service_line", at="2026-12-07T10:00:00+00:00")
    assert forced["steps"][0] == {
        "node": "hours",
        "type": "time",
        "state": "closed",
        "why": "override",
    }
    assert server.client.put(f"{URL}/overrides", headers=_h(server), json=[]).status_code == 200
    again = _sim(server, "service_line", at="2026-12-07T10:00:00+00:00", digits=["1"])
    assert again["outcome"] == {"type": "queue", "queue": "sales"}


def test_save_versions_publish_and_rollback(server: Server) -> None:
    h = _h(server)
    r = server.client.post(
        f"{URL}/flows", headers=h, json={"id": "vip", "name": "VIP", "document": VIP_FLOW}
    )
    assert r.status_code == 201, r.text
    assert r.json()["version"] == 1 and r.json()["published_version"] is None
    # A number cannot run an unpublished flow.
    r = server.client.post(f"{URL}/dids", headers=h, json={"number": "4008007000", "ivr": "vip"})
    assert r.status_code == 422 and "not published" in r.json()["message"]
    assert server.client.post(f"{URL}/flows/vip/publish", headers=h).json()["version"] == 1
    changed = json.loads(json.dumps(VIP_FLOW))
    changed["nodes"]["menu"]["retries"] = 3
    r = server.client.put(f"{URL}/flows/vip", headers=h, json={"document": changed})
    assert r.json()["latest_version"] == 2 and r.json()["published_version"] == 1
    r = server.client.post(f"{URL}/flows/vip/publish", headers=h, json={})
    assert r.json()["published_version"] == 2
    r = server.client.post(f"{URL}/flows/vip/publish", headers=h, json={"version": 1})
    assert r.json()["published_version"] == 1  # rolled back
    assert [v["version"] for v in r.json()["versions"]] == [1, 2]
    survey = _sim(server, "vip", at="2026-12-07T10:00:00+00:00", digits=["2", "5"])
    assert survey["satisfaction"] == 5 and survey["outcome"]["type"] == "hangup"
    audit = server.client.get(f"{URL}/audit", headers=h)
    if audit.status_code == 200:
        actions = {a["action"] for a in audit.json()}
        assert {"flow_created", "flow_saved", "flow_published"} <= actions


def test_bad_documents_get_422_with_paths_and_nothing_is_saved(server: Server) -> None:
    h = _h(server)
    bad = {"start": "m", "nodes": {"m": {"type": "menu", "prompt": "nope", "choices": {}}}}
    r = server.client.post(f"{URL}/flows", headers=h, json={"id": "bad", "document": bad})
    assert r.status_code == 422
    body = r.json()
    assert body["error_id"] == "invalid_flow"
    paths = {p["path"] for p in body["details"][0]["problems"]}
    assert paths == {"nodes.m.prompt", "nodes.m.choices"}
    assert all(p["node"] == "m" for p in body["details"][0]["problems"])
    assert server.client.get(f"{URL}/flows/bad", headers=h).status_code == 404
    for document in ([], "x", None, {"start": "a"}):
        r = server.client.post(f"{URL}/flows", headers=h, json={"id": "bad", "document": document})
        assert r.status_code == 422, r.text
    r = server.client.post(f"{URL}/flows", headers=h, json={"id": "../x", "document": MAIN_MENU})
    assert r.status_code == 422
    r = server.client.post(
        f"{URL}/flows", headers=h, json={"id": "main_menu", "document": MAIN_MENU}
    )
    assert r.status_code == 409
    r = server.client.post(f"{URL}/flows/nope/publish", headers=h)
    assert r.status_code == 404
    r = server.client.post(f"{URL}/flows/main_menu/publish", headers=h, json={"version": 9})
    assert r.status_code == 404


@pytest.mark.parametrize(
    "body",
    [
        {"digits": ["1x"]},
        {"digits": ["12345678901234567890123456789012345"]},
        {"digits": "1"},
        {"at": "yesterday"},
        {"at": "2026-10-02T10:00:00"},  # no time zone
        {"colour": "red"},
    ],
)
def test_simulate_refuses_bad_input(server: Server, body: dict[str, Any]) -> None:
    r = server.client.post(f"{URL}/flows/main_menu/simulate", headers=_h(server), json=body)
    assert r.status_code == 422, r.text
    assert r.json()["message"]


def test_time_groups_replace_validate_and_guard_their_users(server: Server) -> None:
    h = _h(server)
    groups = server.client.get(f"{URL}/time-groups", headers=h).json()
    assert [g["name"] for g in groups] == ["office"]
    bad = [{"name": "office", "weekly": [{"days": [1], "from": "25:00", "to": "08:00"}]}]
    r = server.client.put(f"{URL}/time-groups", headers=h, json=bad)
    assert r.status_code == 422 and "weekly.0" in r.json()["message"]
    r = server.client.put(f"{URL}/time-groups", headers=h, json=[])
    assert r.status_code == 409 and "service_line" in r.json()["message"]  # still used
    groups.append({"name": "night", "weekly": [{"days": [0], "from": "00:00", "to": "06:00"}]})
    r = server.client.put(f"{URL}/time-groups", headers=h, json=groups)
    assert r.status_code == 200 and len(r.json()) == 2
    r = server.client.put(
        f"{URL}/overrides", headers=h, json=[{"time_group": "nope", "state": "open"}]
    )
    assert r.status_code == 422


def test_only_routing_admins(server: Server) -> None:
    for who, status in (("1001", 403), ("9001", 403)):
        h = _h(server, who)
        assert server.client.get(f"{URL}/flows", headers=h).status_code == status
        r = server.client.post(f"{URL}/flows/main_menu/simulate", headers=h, json={})
        assert r.status_code == status
        assert server.client.put(f"{URL}/overrides", headers=h, json=[]).status_code == status
    assert server.client.get(f"{URL}/flows").status_code == 401


def test_queue_and_prompt_in_use_by_a_flow_are_not_deleted(server: Server) -> None:
    h = _h(server)
    r = server.client.delete(f"{URL}/queues/sales", headers=h)
    assert r.status_code == 409 and "main_menu" in r.json()["message"]
    row = {"name": "xmas", "path": "/x.wav", "duration": 1.0, "size": 1, "created_at": 0.0}
    server.services.runner.run_sync(lambda s: s.save_prompt(row))
    doc = {"start": "p", "nodes": {"p": {"type": "hangup", "prompt": "xmas"}}}
    r = server.client.post(f"{URL}/flows", headers=h, json={"id": "xmas", "document": doc})
    assert r.status_code == 201, r.text
    assert server.client.delete(f"{URL}/prompts/xmas", headers=h).status_code == 204  # a draft
    # gone now: the flow shows the problem, and cannot be published
    assert server.client.get(f"{URL}/flows/xmas", headers=h).json()["problems"][0]["path"] == (
        "nodes.p.prompt"
    )
    r = server.client.post(f"{URL}/flows/xmas/publish", headers=h)
    assert r.status_code == 422 and r.json()["error_id"] == "invalid_flow"
    server.services.runner.run_sync(lambda s: s.save_prompt(row))
    assert server.client.post(f"{URL}/flows/xmas/publish", headers=h).status_code == 200
    r = server.client.delete(f"{URL}/prompts/xmas", headers=h)
    assert r.status_code == 409 and "published flow xmas" in r.json()["message"]


class _Crm(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        if self.path.startswith("/slow"):
            time.sleep(6)
        body = b"<html>not json" if self.path.startswith("/garbage") else b'{"vip": true}'
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def crm() -> Iterator[str]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Crm)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


@pytest.mark.parametrize(
    ("path", "queue", "problem"),
    [("/ok", "sales", None), ("/garbage", "support", "not JSON"), ("/slow", "support", "within")],
)
def test_lookup_answer_garbage_or_hang_takes_the_right_branch(
    server: Server, crm: str, path: str, queue: str, problem: str | None
) -> None:
    doc = {
        "start": "crm",
        "nodes": {
            "crm": {
                "type": "lookup",
                "url": crm + path + "?ani={ani}",
                "field": "vip",
                "branches": {"true": "sales"},
                "default": "support",
                "timeout": 1.5,
            },
            "sales": {"type": "queue", "queue": "sales"},
            "support": {"type": "queue", "queue": "support"},
        },
    }
    h = _h(server)
    r = server.client.post(f"{URL}/flows", headers=h, json={"id": "crm", "document": doc})
    assert r.status_code == 201, r.text
    started = time.monotonic()
    got = _sim(server, "crm", ani="13800138000")
    assert time.monotonic() - started < 5  # the hanging URL (6 s) is cut at its time-out
    assert got["outcome"] == {"type": "queue", "queue": queue}, got
    assert got["steps"][0]["url"].endswith("?ani=13800138000")
    if problem:
        assert problem in got["steps"][0]["problem"]
