"""The WebSocket event stream: sequence numbers, audiences, replay and resync."""

from __future__ import annotations

import json

import pytest
from starlette.websockets import WebSocketDisconnect

from tests.server.conftest import Server


def _recv(ws) -> dict:  # type: ignore[no-untyped-def]
    return json.loads(ws.receive_text())


def test_state_change_reaches_agent_and_lead_in_sequence(server: Server) -> None:
    agent = server.login("1001")["token"]
    lead = server.login("9001")["token"]
    with (
        server.client.websocket_connect(f"/api/v1/events?token={agent}") as a_ws,
        server.client.websocket_connect(
            "/api/v1/events", headers={"Authorization": f"Bearer {lead}"}
        ) as l_ws,
    ):
        hello = _recv(a_ws)
        assert hello["type"] == "hello" and hello["data"]["protocol_version"] == 1
        assert hello["data"]["resync"] is False
        lead_hello = _recv(l_ws)
        r = server.client.post(
            "/api/v1/agents/me/state",
            json={"state": "ready"},
            headers={"Authorization": f"Bearer {agent}"},
        )
        assert r.status_code == 200
        event = _recv(a_ws)
        assert event["type"] == "agent_state_changed"
        assert event["seq"] == hello["seq"] + 1
        assert event["data"]["agent_id"] == "1001" and event["data"]["state"] == "ready"
        lead_event = _recv(l_ws)
        assert lead_event["type"] == "agent_state_changed"
        assert lead_event["seq"] == lead_hello["seq"] + 1


def test_other_agents_do_not_see_my_events(server: Server) -> None:
    other = server.login("1002")["token"]
    me = server.auth("1001")
    with server.client.websocket_connect(f"/api/v1/events?token={other}") as ws:
        hello = _recv(ws)
        server.client.post("/api/v1/agents/me/state", json={"state": "ready"}, headers=me)
        server.client.post(
            "/api/v1/agents/me/state",
            json={"state": "ready"},
            headers={"Authorization": f"Bearer {other}"},
        )
        event = _recv(ws)  # the first thing it gets is its own change, not 1001's
        assert event["data"]["agent_id"] == "1002" and event["seq"] == hello["seq"] + 1


def test_reconnect_replays_missed_events(server: Server) -> None:
    token = server.login("1001")["token"]
    headers = {"Authorization": f"Bearer {token}"}
    with server.client.websocket_connect(f"/api/v1/events?token={token}") as ws:
        last = _recv(ws)["seq"]
    # Missed while disconnected:
    server.client.post("/api/v1/agents/me/state", json={"state": "ready"}, headers=headers)
    server.client.post(
        "/api/v1/agents/me/state", json={"state": "not_ready", "reason": "break"}, headers=headers
    )
    with server.client.websocket_connect(f"/api/v1/events?token={token}&since={last}") as ws:
        hello = _recv(ws)
        assert hello["data"]["resync"] is False and hello["seq"] == last + 2
        replayed = [_recv(ws), _recv(ws)]
        assert [e["seq"] for e in replayed] == [last + 1, last + 2]
        assert [e["data"]["state"] for e in replayed] == ["ready", "not_ready"]


def test_too_old_a_gap_asks_for_resync(server: Server) -> None:
    token = server.login("1001")["token"]
    headers = {"Authorization": f"Bearer {token}"}
    stream = next(iter(server.services.bus._streams.values()))
    stream.buffer.clear()  # as if the missed events had aged out of the buffer
    server.client.post("/api/v1/agents/me/state", json={"state": "ready"}, headers=headers)
    stream.buffer.clear()
    with server.client.websocket_connect(f"/api/v1/events?token={token}&since=0") as ws:
        assert _recv(ws)["data"]["resync"] is True


def test_a_closed_stream_asks_for_resync_even_when_its_numbers_match(server: Server) -> None:
    """The session's stream is closed while the desktop holds seq 0 (nothing received yet)
    and its state changes meanwhile: the new stream also stands at 0, yet the change is
    lost, so the reconnect must resync (seen as a flaky desktop resilience test)."""
    token = server.login("1001")["token"]
    headers = {"Authorization": f"Bearer {token}"}
    with server.client.websocket_connect(f"/api/v1/events?token={token}") as ws:
        last = _recv(ws)["seq"]
    bus = server.services.bus
    (session_id,) = [sid for sid, st in bus._streams.items() if st.agent_id == "1001"]
    bus.close_stream(session_id)
    server.client.post("/api/v1/agents/me/state", json={"state": "ready"}, headers=headers)
    with server.client.websocket_connect(f"/api/v1/events?token={token}&since={last}") as ws:
        assert _recv(ws)["data"]["resync"] is True


def test_bad_token_is_refused(server: Server) -> None:
    with (
        pytest.raises(WebSocketDisconnect) as info,
        server.client.websocket_connect("/api/v1/events?token=forged") as ws,
    ):
        ws.receive_text()
    assert info.value.code == 4401


def test_sign_out_closes_the_stream(server: Server) -> None:
    token = server.login("1001")["token"]
    with server.client.websocket_connect(f"/api/v1/events?token={token}") as ws:
        _recv(ws)
        server.client.post("/api/v1/auth/logout", headers={"Authorization": f"Bearer {token}"})
        with pytest.raises(WebSocketDisconnect) as info:
            while True:
                _recv(ws)
        assert info.value.code == 4000


def test_a_client_ahead_of_the_stream_is_told_to_resync(server: Server) -> None:
    """After a server restart the session's stream starts again at 0: since=N > seq."""
    token = server.login("1001")["token"]
    with server.client.websocket_connect(f"/api/v1/events?token={token}&since=500") as ws:
        hello = _recv(ws)
        assert hello["data"]["resync"] is True and hello["seq"] < 500
