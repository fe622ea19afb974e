"""Calls to agents: only from the worker set, to the registered contact; agents' own calls."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

import pytest

from server_stub.edge.credentials import issue_sip_credentials
from server_stub.edge.supervisor import KamailioEdge
from tests.edge.conftest import SECRET, SippWorker, needs_kamailio, needs_sipp
from tests.edge.sipclient import SipUA

pytestmark = [pytest.mark.e2e, needs_kamailio]


def _creds(agent_id: str) -> tuple[str, str]:
    c = issue_sip_credentials(SECRET, agent_id, ttl_seconds=300, now=time.time())
    return c.username, c.password


def _domain(edge: KamailioEdge) -> str:
    return f"127.0.0.1:{edge.settings.sip_port}"


async def test_worker_reaches_registered_agent_others_are_refused(
    edge: KamailioEdge, ua_factory: Callable[..., SipUA]
) -> None:
    agent, worker, outsider = ua_factory(edge), ua_factory(edge), ua_factory(edge)
    assert agent.register("agent1", _domain(edge), _creds("agent1")) == 200
    await edge.add_worker("w1", worker.uri)
    agent_uri = f"sip:agent1@{_domain(edge)}"

    # from the worker set: routed to the contact the agent registered
    seen: list[str] = []

    def answer() -> None:
        invite = agent.next_request("INVITE", timeout=4)
        if invite is not None:
            seen.append(invite.start)
            seen.extend(invite.all("Record-Route"))
            agent.reply(invite, 486, "Busy Here")

    thread = threading.Thread(target=answer)
    thread.start()
    call = worker.invite(agent_uri, from_user="worker")
    thread.join()
    assert seen and seen[0] == f"INVITE sip:agent1@127.0.0.1:{agent.port} SIP/2.0"
    assert any(_domain(edge) in rr for rr in seen[1:])
    assert call.final.status == 486

    # from anywhere else: 403, and it never reaches the agent
    refused = outsider.invite(agent_uri)
    assert refused.final.status == 403
    assert agent.next_request("INVITE", timeout=0.3) is None
    assert (await edge.stats())["edge_agent_forbidden"] == 1

    # an agent who is not registered: 404 to the worker
    assert worker.invite(f"sip:agent9@{_domain(edge)}").final.status == 404


@needs_sipp
async def test_agent_may_call_only_as_itself(
    edge: KamailioEdge, ua_factory: Callable[..., SipUA],
    sipp_workers: Callable[[int], list[SippWorker]],
) -> None:  # fmt: skip
    (worker,) = sipp_workers(1)
    await edge.add_worker("w1", worker.uri)
    phone = ua_factory(edge)
    did = f"sip:5551000@{_domain(edge)}"
    impostor = phone.invite(did, from_user="agent1", auth=_creds("agent2"))
    assert impostor.final.status == 403
    wrong = phone.invite(did, from_user="agent1", auth=("1:agent1", "bad"))
    assert wrong.final.status == 407
    own = phone.invite(did, from_user="agent1", auth=_creds("agent1"))
    assert own.final.status == 200
    assert phone.bye(own) == 200


async def test_edge_vouches_for_agent_identity_and_strips_forgeries(
    edge: KamailioEdge, ua_factory: Callable[..., SipUA]
) -> None:
    """Workers can trust X-Edge-Agent: the edge sets it and removes any a caller sent."""
    worker, phone, customer = ua_factory(edge), ua_factory(edge), ua_factory(edge)
    await edge.add_worker("w1", worker.uri, max_load=5)
    did = f"sip:5551000@{_domain(edge)}"
    received: list[list[str]] = []

    def answer_two() -> None:
        for _ in range(2):
            invite = worker.next_request("INVITE", timeout=4)
            if invite is None:
                return
            received.append(invite.all("X-Edge-Agent"))
            worker.reply(invite, 404, "Not Found")

    thread = threading.Thread(target=answer_two)
    thread.start()
    own = phone.invite(did, from_user="agent1", auth=_creds("agent1"))
    forged = customer.invite(did, extra=["X-Edge-Agent: agent1"])
    thread.join()
    assert (own.final.status, forged.final.status) == (404, 404)
    assert received == [["agent1"], []]
