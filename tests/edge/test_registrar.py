"""Agent registration with auth_ephemeral credentials through the real edge."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

from server_stub.edge.credentials import issue_sip_credentials
from server_stub.edge.supervisor import KamailioEdge
from tests.edge.conftest import SECRET, needs_kamailio
from tests.edge.sipclient import SipUA

pytestmark = [pytest.mark.e2e, needs_kamailio]


def _auth(agent_id: str, ttl: int = 300, secret: bytes = SECRET) -> tuple[str, str]:
    creds = issue_sip_credentials(secret, agent_id, ttl_seconds=ttl, now=time.time())
    return creds.username, creds.password


async def test_register_outcomes(edge: KamailioEdge, ua_factory: Callable[..., SipUA]) -> None:
    ua = ua_factory(edge)
    dom = f"127.0.0.1:{edge.settings.sip_port}"
    assert ua.register("agent1", dom, None) == 401
    assert ua.register("agent1", dom, ("1:agent1", "wrong")) == 401
    bad_user, _ = _auth("agent1")
    assert ua.register("agent1", dom, (bad_user, _auth("agent1", secret=b"x")[1])) == 401
    expired = issue_sip_credentials(SECRET, "agent1", ttl_seconds=60, now=time.time() - 3600)
    assert ua.register("agent1", dom, (expired.username, expired.password)) == 401
    assert ua.register("agent1", dom, _auth("agent2")) == 403
    assert await edge.registered_agents() == {}

    assert ua.register("agent1", dom, _auth("agent1")) == 200
    agents = await edge.registered_agents()
    assert list(agents) == ["agent1"]
    assert agents["agent1"] == [f"sip:agent1@127.0.0.1:{ua.port}"]

    assert ua.register("agent1", dom, _auth("agent1"), expires=0) == 200
    assert await edge.registered_agents() == {}
