"""Outbound permissions (外呼权限): admins set per role and per agent which numbers may be
dialled (local, national, international); click-to-dial and campaign calls obey them."""

from __future__ import annotations

from typing import Any

from tests.outbound.test_campaigns_api import API, DialControl, _campaign, _csv, _upload, _wait
from tests.server.conftest import Server

RULES = f"{API}/permissions"


def test_admins_set_permissions_and_click_to_dial_obeys(make_server: Any) -> None:
    srv: Server = make_server(control=DialControl())
    admin, lead, agent = srv.auth("9000"), srv.auth("9001"), srv.auth("1001")
    assert srv.client.get(RULES, headers=lead).json() == {
        "local_area_code": "",
        "roles": {},
        "agents": {},
    }
    body = {"local_area_code": "010", "roles": {"agent": "national"}, "agents": {"1002": "local"}}
    assert srv.client.put(RULES, headers=lead, json=body).status_code == 403
    assert srv.client.get(RULES, headers=agent).status_code == 403
    r = srv.client.put(RULES, headers=admin, json={**body, "roles": {"agent": "galactic"}})
    assert r.status_code == 422 and "not one of" in r.json()["message"]
    r = srv.client.put(RULES, headers=admin, json={**body, "agents": {"4242": "local"}})
    assert r.status_code == 422 and "unknown agent" in r.json()["message"]
    assert srv.client.put(RULES, headers=admin, json=body).json() == body
    srv.client.post("/api/v1/agents/me/state", headers=agent, json={"state": "ready"})
    r = srv.client.post("/api/v1/calls/dial", headers=agent, json={"to": "+44 20 7946 0000"})
    assert r.status_code == 403 and "may dial national numbers only" in r.json()["message"]
    assert srv.control.dials == []
    r = srv.client.post("/api/v1/calls/dial", headers=agent, json={"to": "021 8888 6666"})
    assert r.status_code == 201, r.text  # long distance: allowed for the role


def test_campaign_calls_obey_the_agents_permission(make_server: Any) -> None:
    srv: Server = make_server(control=DialControl())
    admin, lead, agent = srv.auth("9000"), srv.auth("9001"), srv.auth("1002")
    body = {"local_area_code": "010", "agents": {"1002": "local"}}
    assert srv.client.put(RULES, headers=admin, json=body).status_code == 200
    srv.services.campaigns._loop._interval = 0.05
    cid = _campaign(srv, lead)["id"]
    assert _upload(srv, lead, cid, _csv("phone", "02188886666", "01088886666")).status_code == 201
    srv.client.post(f"{API}/{cid}/join", headers=agent)
    srv.client.post("/api/v1/agents/me/state", headers=agent, json={"state": "ready"})
    srv.client.post(f"{API}/{cid}/start", headers=lead)
    _wait(lambda: len(srv.control.dials) == 1)
    assert srv.control.dials[0][2] == "01088886666"  # the Shanghai number is not for 1002
    csv = srv.client.get(f"{API}/{cid}/results", headers=lead).content.decode("utf-8-sig")
    assert ",failed,0,not_permitted," in csv
