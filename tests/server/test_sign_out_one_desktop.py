"""Signing out of one desktop ends that session only: a second desktop in use (its event
stream connected) keeps the agent signed in, its token valid and its phone registered."""

from __future__ import annotations

from collections.abc import Callable

from server_stub.app import Services
from tests.admin.test_sign_out_edge import FakeEdge
from tests.server.conftest import Server


def _server(make_server: Callable[..., Server]) -> tuple[Server, FakeEdge]:
    edge = FakeEdge()

    def attach(services: Services) -> None:
        services.auth.sip_edge = edge

    return make_server(tweak=attach), edge


def test_signing_out_of_one_desktop_keeps_the_other_in_use(
    make_server: Callable[..., Server],
) -> None:
    server, edge = _server(make_server)
    first = {"Authorization": f"Bearer {server.login('1001')['token']}"}
    second_token = server.login("1001")["token"]
    second = {"Authorization": f"Bearer {second_token}"}
    with server.client.websocket_connect(f"/api/v1/events?token={second_token}") as ws:
        assert ws.receive_json()["type"] == "hello"
        edge.told.clear()
        assert server.client.post("/api/v1/auth/logout", headers=first).status_code == 204
        assert server.client.get("/api/v1/agents/me/state", headers=first).status_code == 401
        r = server.client.get("/api/v1/agents/me/state", headers=second)
        assert r.status_code == 200 and r.json()["state"] != "logged_out"
        assert server.services.agents.state("1001").status.value != "logged_out"
        assert ("out", "1001") not in edge.told  # the phone stays registered
    # the second desktop signs out too: now the agent is signed out and the phone refused
    assert server.client.post("/api/v1/auth/logout", headers=second).status_code == 204
    assert server.services.agents.state("1001").status.value == "logged_out"
    assert ("out", "1001") in edge.told


def test_a_desktop_that_is_gone_keeps_nobody_signed_in(make_server: Callable[..., Server]) -> None:
    server, edge = _server(make_server)
    first = {"Authorization": f"Bearer {server.login('1001')['token']}"}
    stale = {"Authorization": f"Bearer {server.login('1001')['token']}"}  # never connects
    assert server.client.post("/api/v1/auth/logout", headers=first).status_code == 204
    assert server.services.agents.state("1001").status.value == "logged_out"
    assert ("out", "1001") in edge.told
    # its session is not ended by another desktop's sign-out; it expires (or a lead ends it)
    assert server.client.get("/api/v1/agents/me/state", headers=stale).status_code == 200
