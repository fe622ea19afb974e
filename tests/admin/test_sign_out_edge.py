"""An admin who disables a signed-out agent still holding a session (a second desktop)
ends it the way every sign-out does: its event stream closes and the SIP edge refuses its
phone."""

from __future__ import annotations

from collections.abc import Callable

from server_stub.app import Services
from tests.server.conftest import Server


class FakeEdge:
    def __init__(self) -> None:
        self.told: list[tuple[str, str]] = []

    async def agent_signed_in(self, agent_id: str) -> None:
        self.told.append(("in", agent_id))

    async def agent_signed_out(self, agent_id: str) -> None:
        self.told.append(("out", agent_id))


def test_disabling_a_signed_out_agent_closes_its_streams_and_tells_the_edge(
    make_server: Callable[..., Server],
) -> None:
    edge = FakeEdge()

    def attach(services: Services) -> None:
        services.auth.sip_edge = edge

    server = make_server(tweak=attach)
    first = server.login("1001")["token"]
    server.login("1001")  # a second desktop
    assert (
        server.client.post(
            "/api/v1/auth/logout", headers={"Authorization": f"Bearer {first}"}
        ).status_code
        == 204
    )
    assert server.services.agents.state("1001").status.value == "logged_out"
    bus = server.services.bus
    assert bus.session_count == 1
    edge.told.clear()
    admin = server.login("9000")["token"]  # the demo admin
    r = server.client.patch(
        "/api/v1/admin/agents/1001",
        json={"enabled": False},
        headers={"Authorization": f"Bearer {admin}"},
    )
    assert r.status_code == 200, r.text
    assert ("out", "1001") in edge.told
    assert bus.session_count == 1  # the admin's own
