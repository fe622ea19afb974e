"""Issue 15, pickup (代答) rules on the server: only agents of the ringing call's queue or
of the ringing agent's team, and only with the `pickup` permission of their role
(agents' built-in role has it; a custom role without it may not). A refusal is a 403
with a clear message and changes nothing; the directory offers only what I may pick up.
The coordinator real over HTTP, media faked."""

from __future__ import annotations

import sqlite3
from typing import Any

from server_stub.kb.text import expand_bigrams
from server_stub.store.migrations import (
    _V20_C15D_PICKUP_AND_PART_QUEUES,
    MIGRATIONS,
    migrate,
)
from tests.server.conftest import Server
from tests.server.test_acd_flow import _run
from tests.server.test_transfer_directory import TransferControl


def _ready(acd: Server, *agents: str) -> None:
    for agent_id in agents:
        r = acd.client.post(
            "/api/v1/agents/me/state", json={"state": "ready"}, headers=acd.auth(agent_id)
        )
        assert r.status_code == 200, r.text


def _ringing(acd: Server, queue: str, agent_id: str) -> str:
    svc = acd.services.acd
    call = _run(acd, svc.call_arrived("13800138000", "4008001000"))
    _run(acd, svc.enqueue(call.id, queue, ivr_path=["1"]))
    assert svc.live(call.id).agent_id == agent_id and svc.live(call.id).state == "ringing"
    return str(call.id)


def _directory_call(acd: Server, me: str, colleague: str) -> str | None:
    r = acd.client.get("/api/v1/calls/directory", headers=acd.auth(me))
    assert r.status_code == 200, r.text
    row = next(a for a in r.json()["agents"] if a["agent_id"] == colleague)
    return row["pickup_call_id"]  # type: ignore[no-any-return]


def test_only_the_calls_queue_or_the_ringing_agents_team_may_pick_up(make_server: Any) -> None:
    acd: Server = make_server(control=TransferControl())
    acd.login("1004")  # support only, team_b; not ready
    acd.login("1001")  # sales, team_a
    _ready(acd, "1003")  # team_b; sales (level 2) and support
    call_id = _ringing(acd, "sales", "1003")

    # 1004 does not serve sales but is in 1003's team: allowed (the directory says so)
    assert _directory_call(acd, "1004", "1003") == call_id
    # 1002 (team_a, sales): serves the queue
    assert _directory_call(acd, "1002", "1003") == call_id

    svc = acd.services.acd
    _run(acd, svc.caller_hung_up(call_id))  # 1003 is ready again
    # a support call ringing 1003: 1002 (sales only, team_a) is neither -> 403, nothing moves
    support = _ringing(acd, "support", "1003")
    assert _directory_call(acd, "1002", "1003") is None
    r = acd.client.post(f"/api/v1/calls/{support}/pickup", headers=acd.auth("1002"))
    assert r.status_code == 403, r.text
    body = r.json()
    assert body["error_id"] == "forbidden"
    assert "team" in body["message"] and "queue" in body["message"]
    assert svc.live(support).agent_id == "1003"  # still ringing 1003
    assert (support, "1003") not in acd.control.cancelled

    # 1004: in 1003's team -> picks it up
    r = acd.client.post(f"/api/v1/calls/{support}/pickup", headers=acd.auth("1004"))
    assert r.status_code == 204, r.text
    assert svc.live(support).agent_id == "1004"
    assert acd.control.rings[-1][1] == "1004"
    assert acd.control.rings[-1][3]["X-Pickup"] == "1003"


def test_a_role_without_the_pickup_permission_may_not_pick_up(make_server: Any) -> None:
    """An admin takes pickup away with a custom role without it: 1001 still serves sales
    but gets a 403 naming the permission, and its directory offers no call."""
    acd: Server = make_server(control=TransferControl())
    admin = acd.auth("9000")
    r = acd.client.post(
        "/api/v1/admin/roles",
        headers=admin,
        json={"name": "no_pickup", "base": "agent", "permissions": ["manage_customers"]},
    )
    assert r.status_code == 201, r.text
    r = acd.client.patch("/api/v1/admin/agents/1001", headers=admin, json={"role": "no_pickup"})
    assert r.status_code == 200, r.text
    _ready(acd, "1002")
    call_id = _ringing(acd, "sales", "1002")
    assert _directory_call(acd, "1001", "1002") is None
    r = acd.client.post(f"/api/v1/calls/{call_id}/pickup", headers=acd.auth("1001"))
    assert r.status_code == 403, r.text
    assert r.json()["details"][0]["required"] == "pickup"
    assert "pickup" in r.json()["message"]
    assert acd.services.acd.live(call_id).agent_id == "1002"
    # the built-in agent role has it: 1005 (sales, another team) picks the call up
    acd.login("1005")
    assert _directory_call(acd, "1005", "1002") == call_id
    r = acd.client.post(f"/api/v1/calls/{call_id}/pickup", headers=acd.auth("1005"))
    assert r.status_code == 204, r.text
    session = acd.login("1002")
    assert "pickup" in session["agent"]["permissions"]


def test_custom_roles_that_exist_keep_pickup_after_the_upgrade() -> None:
    """Before the permission existed anyone in the queue could pick up: the migration gives
    it to every existing custom role (once), so nobody loses it on upgrade."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    conn.create_function("cjk_bigrams", 1, expand_bigrams, deterministic=True)
    before = MIGRATIONS.index(_V20_C15D_PICKUP_AND_PART_QUEUES)  # the database before it
    for version, script in enumerate(MIGRATIONS[:before], start=1):
        for statement in (s.strip() for s in script.split(";")):
            if statement:
                conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {version}")
    conn.execute(
        "INSERT INTO roles (name, base, permissions) VALUES "
        "('qa', 'agent', '[\"view_team\"]'), ('picker', 'agent', '[\"pickup\"]')"
    )
    migrate(conn)
    rows = dict(conn.execute("SELECT name, permissions FROM roles").fetchall())
    assert rows == {"qa": '["view_team","pickup"]', "picker": '["pickup"]'}
    assert "queue" in [r[1] for r in conn.execute("PRAGMA table_info(call_legs)")]
