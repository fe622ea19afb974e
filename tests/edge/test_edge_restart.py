"""Issue 21: registrations survive a Kamailio crash; no softphone has to re-register."""

from __future__ import annotations

import asyncio
import os
import signal
import threading
import time
from collections.abc import Callable

import pytest

from server_stub.edge.credentials import issue_sip_credentials
from server_stub.edge.status import parse_ul_registrations
from server_stub.edge.supervisor import KamailioEdge
from tests.edge.conftest import SECRET, needs_kamailio
from tests.edge.sipclient import SipUA

pytestmark = [pytest.mark.e2e, needs_kamailio]


def _creds(agent_id: str) -> tuple[str, str]:
    c = issue_sip_credentials(SECRET, agent_id, ttl_seconds=300, now=time.time())
    return c.username, c.password


async def _kill_and_wait_restart(edge: KamailioEdge) -> None:
    old = edge.pid
    assert old is not None
    os.kill(old, signal.SIGKILL)
    for _ in range(200):
        await asyncio.sleep(0.05)
        if edge.restarts == 1 and edge.running:
            return
    raise AssertionError("the edge did not restart")


async def test_killed_edge_restarts_with_registrations_and_reaches_agent(
    edge: KamailioEdge, ua_factory: Callable[..., SipUA]
) -> None:
    domain = f"127.0.0.1:{edge.settings.sip_port}"
    agent, gone, worker = ua_factory(edge), ua_factory(edge), ua_factory(edge)
    assert agent.register("agent1", domain, _creds("agent1")) == 200
    assert gone.register("agent2", domain, _creds("agent2")) == 200
    assert gone.register("agent2", domain, _creds("agent2"), expires=0) == 200
    await edge.add_worker("w1", worker.uri)
    # the edge flushes the table right after it answers a REGISTER: wait for that
    table = edge.settings.location_db_dir / "location"
    for _ in range(100):
        text = table.read_text()
        if "sip\\:agent1@" in text and "agent2" not in text:
            break
        await asyncio.sleep(0.02)

    await _kill_and_wait_restart(edge)

    # the location table came back from disk: agent1 only (agent2 had unregistered)
    assert await edge.registered_agents() == {"agent1": [f"sip:agent1@127.0.0.1:{agent.port}"]}
    seen: list[str] = []

    def answer() -> None:
        invite = agent.next_request("INVITE", timeout=4)
        if invite is not None:
            seen.append(invite.start)
            agent.reply(invite, 486, "Busy Here")

    thread = threading.Thread(target=answer)
    thread.start()
    call = worker.invite(f"sip:agent1@{domain}", from_user="worker")
    thread.join()
    assert seen == [f"INVITE sip:agent1@127.0.0.1:{agent.port} SIP/2.0"]
    assert call.final.status == 486
    assert worker.invite(f"sip:agent2@{domain}").final.status == 404


async def test_registration_tokens_change_when_a_phone_registers_again(
    edge: KamailioEdge, ua_factory: Callable[..., SipUA]
) -> None:
    """What the phone watch compares: a refresh of the same phone changes the token."""
    domain = f"127.0.0.1:{edge.settings.sip_port}"
    phone = ua_factory(edge)
    assert phone.register("agent1", domain, _creds("agent1")) == 200
    first = parse_ul_registrations(await edge.rpc("ul.dump"))
    assert list(first) == ["agent1"] and f"127.0.0.1:{phone.port}" in first["agent1"]
    assert phone.register("agent1", domain, _creds("agent1")) == 200
    second = parse_ul_registrations(await edge.rpc("ul.dump"))
    assert second["agent1"] != first["agent1"]
