"""Agent registration with auth_ephemeral credentials through the real edge."""

from __future__ import annotations

import asyncio
import os
import signal
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


async def test_signed_out_agent_cannot_register_or_be_reached(
    edge: KamailioEdge, ua_factory: Callable[..., SipUA]
) -> None:
    """Issue 12: sign-out drops the contact, and the still-valid credentials are refused
    until the agent signs in again (also after an edge restart)."""
    phone, worker = ua_factory(edge), ua_factory(edge)
    await edge.add_worker("w1", worker.uri)
    domain = f"127.0.0.1:{edge.settings.sip_port}"
    c = issue_sip_credentials(SECRET, "agent1", ttl_seconds=300, now=time.time())
    creds = (c.username, c.password)
    assert phone.register("agent1", domain, creds) == 200
    await edge.agent_signed_out("agent1")
    assert "agent1" not in await edge.registered_agents()
    assert worker.invite(f"sip:agent1@{domain}").final.status == 404  # no call reaches it
    assert phone.next_request("INVITE", timeout=0.3) is None
    assert phone.register("agent1", domain, creds) == 403
    own_call = phone.invite(f"sip:5551000@{domain}", from_user="agent1", auth=creds)
    assert own_call.final.status == 403  # nor may it call out as that agent
    old = edge.pid
    assert old is not None
    os.kill(old, signal.SIGKILL)  # Kamailio dies; the supervisor starts it again
    for _ in range(200):
        await asyncio.sleep(0.05)
        if edge.restarts == 1 and edge.running and edge.pid != old:
            break
    assert edge.restarts == 1
    assert phone.register("agent1", domain, creds) == 403
    await edge.agent_signed_in("agent1")
    assert phone.register("agent1", domain, creds) == 200
