"""Voicemail for agents and leads over the API (issue 14): who sees which box (an agent its
own and its queues'; a lead its teams' agents and queues; an admin all), the audio, marking
handled (who, when), one click call back through the click-to-dial path, the events on the
stream; leads' callbacks list; bad input. In-process server with the demo centre (1001:
sales + support, 1002: sales, 1003: support + sales, 1004: support; lead 9001 leads both
teams)."""

from __future__ import annotations

import json
import wave
from pathlib import Path
from typing import Any

from server_stub.store import flows as flow_store
from tests.outbound.test_campaigns_api import DialControl
from tests.server.conftest import Server

API = "/api/v1/voicemails"


def _wav(path: Path) -> str:
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(8000)
        w.writeframes(b"\0\0" * 8000)
    return str(path)


def _leave(srv: Server, tmp_path: Path, vm_id: str, box: str, ani: str | None) -> dict[str, Any]:
    """What the telephony does when a caller hangs up in a mailbox: store, then notify."""
    row = {
        "id": vm_id,
        "call_id": vm_id.removeprefix("vm-"),
        "box": box,
        "ani": ani,
        "path": _wav(tmp_path / f"{vm_id}.wav"),
        "seconds": 1.0,
        "created_at": srv.clock(),
    }
    srv.services.runner.run_sync(lambda s: flow_store.add_voicemail(s, row))
    srv.client.portal.call(srv.services.voicemails.left, {**row, "status": "new"})  # type: ignore[union-attr]
    return row


def _ids(srv: Server, who: str, **params: str) -> set[str]:
    r = srv.client.get(API, headers=srv.auth(who), params=params)
    assert r.status_code == 200, r.text
    return {m["id"] for m in r.json()}


def _recv(ws: Any) -> dict[str, Any]:
    return json.loads(ws.receive_text())  # type: ignore[no-any-return]


def test_each_role_sees_only_its_boxes(make_server: Any, tmp_path: Path) -> None:
    srv: Server = make_server()
    _leave(srv, tmp_path, "vm-s", "support", "13800138001")
    _leave(srv, tmp_path, "vm-a", "sales", "13800138002")
    _leave(srv, tmp_path, "vm-3", "1003", "13800138003")
    assert _ids(srv, "1001") == {"vm-s", "vm-a"}  # its queues, not 1003's box
    assert _ids(srv, "1002") == {"vm-a"}  # sales only
    assert _ids(srv, "1003") == {"vm-s", "vm-a", "vm-3"}  # its own box too
    assert _ids(srv, "1004") == {"vm-s"}
    assert _ids(srv, "9001") == {"vm-s", "vm-a", "vm-3"}  # leads both teams
    assert _ids(srv, "9000") == {"vm-s", "vm-a", "vm-3"}
    assert _ids(srv, "1003", box="1003") == {"vm-3"}
    [mine] = srv.client.get(API, headers=srv.auth("1003"), params={"box": "1003"}).json()
    assert mine["box_kind"] == "agent" and mine["status"] == "new" and mine["handled_by"] is None

    # Another agent's box: 404 on every door, as if it did not exist.
    other = srv.auth("1004")
    assert srv.client.get(f"{API}/vm-3", headers=other).status_code == 404
    assert srv.client.get(f"{API}/vm-3/audio", headers=other).status_code == 404
    r = srv.client.patch(f"{API}/vm-3", headers=other, json={"status": "handled"})
    assert r.status_code == 404 and "no voicemail vm-3" in r.json()["message"]
    assert srv.client.post(f"{API}/vm-3/call-back", headers=other).status_code == 404
    assert _ids(srv, "1003", status="new") == {"vm-s", "vm-a", "vm-3"}  # nothing changed

    # A lead of no team sees its own box and nothing else.
    srv.services.auth.access.set_teams([])
    assert _ids(srv, "9001") == set()
    # The admin listing keeps working (routing admins only).
    assert srv.client.get("/api/v1/admin/voicemails", headers=srv.auth("1003")).status_code == 403
    admin_list = srv.client.get("/api/v1/admin/voicemails", headers=srv.auth("9000")).json()
    assert {m["id"]: m["box_kind"] for m in admin_list} == {
        "vm-s": "queue",
        "vm-a": "queue",
        "vm-3": "agent",
    }


def test_audio_handled_and_events(make_server: Any, tmp_path: Path) -> None:
    srv: Server = make_server()
    agent, other = srv.login("1004")["token"], srv.login("1002")["token"]
    lead = srv.login("9001")["token"]
    with (
        srv.client.websocket_connect(f"/api/v1/events?token={agent}") as a_ws,
        srv.client.websocket_connect(f"/api/v1/events?token={other}") as o_ws,
        srv.client.websocket_connect(f"/api/v1/events?token={lead}") as l_ws,
    ):
        for ws in (a_ws, o_ws, l_ws):
            assert _recv(ws)["type"] == "hello"
        _leave(srv, tmp_path, "vm-s", "support", "13800138001")
        event = _recv(a_ws)
        assert event["type"] == "voicemail_changed" and event["data"]["change"] == "new"
        assert event["data"]["voicemail"]["id"] == "vm-s"
        assert _recv(l_ws)["data"]["voicemail"]["box"] == "support"
        h = {"Authorization": f"Bearer {agent}"}
        audio = srv.client.get(f"{API}/vm-s/audio", headers=h)
        assert audio.status_code == 200 and audio.headers["content-type"] == "audio/wav"
        assert audio.content[:4] == b"RIFF"
        srv.clock.advance(60)
        r = srv.client.patch(f"{API}/vm-s", headers=h, json={"status": "handled"})
        assert r.status_code == 200, r.text
        handled = r.json()
        assert handled["status"] == "handled" and handled["handled_by"] == "1004"
        assert abs(handled["handled_at"] - srv.clock()) < 5
        event = _recv(a_ws)
        assert event["data"]["change"] == "handled" and event["data"]["by"] == "1004"
        assert _recv(l_ws)["data"]["change"] == "handled"
        # 1002 (sales only) heard of neither: its next frame is its own state change.
        srv.client.post(
            "/api/v1/agents/me/state",
            json={"state": "ready"},
            headers={"Authorization": f"Bearer {other}"},
        )
        assert _recv(o_ws)["type"] == "agent_state_changed"
    assert _ids(srv, "1004", status="new") == set()
    assert _ids(srv, "1004", status="handled") == {"vm-s"}
    r = srv.client.patch(f"{API}/vm-s", headers=srv.auth("1001"), json={"status": "new"})
    assert r.json()["status"] == "new" and r.json()["handled_by"] is None

    # Bad input: clear 4xx, nothing changed.
    h = srv.auth("1004")
    for body in ({"status": "done"}, {}, {"status": "handled", "extra": 1}):
        r = srv.client.patch(f"{API}/vm-s", headers=h, json=body)
        assert r.status_code == 422, body
        assert "message" in r.json()
    assert srv.client.get(API, headers=h, params={"status": "old"}).status_code == 422
    assert srv.client.get(f"{API}/no%20such", headers=h).status_code in (404, 422)
    assert srv.client.get(API).status_code == 401
    assert _ids(srv, "1004", status="new") == {"vm-s"}


def test_call_back_places_my_outbound_call(make_server: Any, tmp_path: Path) -> None:
    srv: Server = make_server(control=DialControl())
    _leave(srv, tmp_path, "vm-3", "1003", "13800138003")
    _leave(srv, tmp_path, "vm-x", "1003", None)
    h = srv.auth("1003")
    srv.client.post("/api/v1/agents/me/state", headers=h, json={"state": "ready"})
    r = srv.client.post(f"{API}/vm-3/call-back", headers=h)
    assert r.status_code == 201, r.text
    call = r.json()
    assert call["direction"] == "outbound" and call["dnis"] == "13800138003"
    assert call["agent_id"] == "1003"
    assert [d[1:3] for d in srv.control.dials] == [("1003", "13800138003")]
    got = srv.client.get(f"{API}/vm-3", headers=h).json()
    assert got["callback_call_id"] == call["id"]
    r = srv.client.post(f"{API}/vm-x/call-back", headers=h)
    assert r.status_code == 409 and "no caller number" in r.json()["message"]


def test_leads_list_callbacks_of_their_queues(make_server: Any) -> None:
    srv: Server = make_server()

    def add(s: Any) -> None:
        flow_store.add_callback(s, "c1", "support", "13800000001", 1.0)
        cb = flow_store.add_queued_callback(s, "c2", "sales", "13800000002", None, 2.0, 0, 2.0)
        flow_store.callback_progress(s, cb, 3.0, status="failed", attempts=3, outcome="no_answer")

    srv.services.runner.run_sync(add)
    r = srv.client.get("/api/v1/callbacks", headers=srv.auth("9001"))
    assert r.status_code == 200, r.text
    rows = {c["call_id"]: c for c in r.json()}
    assert set(rows) == {"c1", "c2"}
    assert rows["c2"]["attempts"] == 3 and rows["c2"]["outcome"] == "no_answer"
    failed = srv.client.get(
        "/api/v1/callbacks", headers=srv.auth("9001"), params={"status": "failed"}
    )
    assert [c["call_id"] for c in failed.json()] == ["c2"]
    assert srv.client.get("/api/v1/callbacks", headers=srv.auth("1001")).status_code == 403
    bad = srv.client.get("/api/v1/callbacks", headers=srv.auth("9001"), params={"status": "x"})
    assert bad.status_code == 422
    srv.services.auth.access.set_teams([])  # a lead of no team: no queue, no callback
    assert srv.client.get("/api/v1/callbacks", headers=srv.auth("9001")).json() == []
