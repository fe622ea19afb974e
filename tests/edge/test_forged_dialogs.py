"""In-dialog requests: the edge relays only dialogs it record-routed, and only towards the
worker of that dialog; forged ones (a To-tag and a Route naming the edge) are refused."""

from __future__ import annotations

import secrets
import threading
import time
from collections.abc import Callable

import pytest

from server_stub.edge.credentials import issue_sip_credentials
from server_stub.edge.supervisor import KamailioEdge
from tests.edge.conftest import SECRET, needs_kamailio
from tests.edge.sipclient import Dialog, SipMessage, SipUA

pytestmark = [pytest.mark.e2e, needs_kamailio]


def _domain(edge: KamailioEdge) -> str:
    return f"127.0.0.1:{edge.settings.sip_port}"


def _register(ua: SipUA, edge: KamailioEdge, agent_id: str) -> None:
    c = issue_sip_credentials(SECRET, agent_id, ttl_seconds=300, now=time.time())
    assert ua.register(agent_id, _domain(edge), (c.username, c.password)) == 200


def _forged(ua: SipUA, method: str, ruri: str, route: str, extra: list[str] | None = None) -> str:
    """An in-dialog-looking request: To-tag and a Route naming the edge."""
    return ua.request(
        method,
        ruri,
        from_hdr=f"<sip:attacker@{ua.host}>;tag=a1",
        to_hdr=f"<{ruri}>;tag=b2",
        call_id=secrets.token_hex(8),
        cseq=5,
        extra=[f"Route: {route}", f"Contact: <{ua.uri}>", *(extra or [])],
    )


def _answer_next(
    ua: SipUA, method: str, status: int, seen: list[SipMessage], timeout: float = 4
) -> threading.Thread:
    def run() -> None:
        request = ua.next_request(method, timeout=timeout)
        if request is not None:
            seen.append(request)
            ua.reply(request, status, "OK" if status == 200 else "Busy Here")

    thread = threading.Thread(target=run)
    thread.start()
    return thread


async def test_forged_in_dialog_requests_are_refused(
    edge: KamailioEdge, ua_factory: Callable[..., SipUA]
) -> None:
    agent, attacker, victim = ua_factory(edge), ua_factory(edge), ua_factory(edge)
    _register(agent, edge, "agent1")
    edge_route = f"<sip:{_domain(edge)};lr>"
    forgeries = [
        ("MESSAGE", f"sip:agent1@{agent.host}:{agent.port}", edge_route),  # to a softphone
        ("INVITE", f"sip:agent1@{agent.host}:{agent.port}", edge_route),
        ("INVITE", f"sip:victim@{victim.host}:{victim.port}", edge_route),  # anywhere
        # a made-up dialog tag does not help either
        (
            "INVITE",
            f"sip:victim@{victim.host}:{victim.port}",
            f"<sip:{_domain(edge)};lr;ftag=a1;dg=0123456789abcdef0123>",
        ),
    ]
    # a forged ACK gets no answer (ACKs never do) and is relayed nowhere
    for ruri in (
        f"sip:agent1@{agent.host}:{agent.port}",
        f"sip:victim@{victim.host}:{victim.port}",
    ):
        attacker.send(_forged(attacker, "ACK", ruri, edge_route))
    assert attacker.recv(0.5) is None, "a forged ACK was answered"
    assert agent.recv(0.3) is None and victim.recv(0.2) is None, "a forged ACK was relayed"
    for method, ruri, route in forgeries:
        attacker.send(_forged(attacker, method, ruri, route))
        reply = attacker.final_response(method, timeout=3)
        assert reply is not None and reply.status == 403, (method, ruri, reply)
    assert agent.recv(0.5) is None, "a forged request reached the softphone"
    assert victim.recv(0.2) is None, "the edge relayed a forged request"


async def test_real_dialogs_still_work_and_only_towards_their_worker(
    edge: KamailioEdge, ua_factory: Callable[..., SipUA]
) -> None:
    """A worker calls an agent; the agent's BYE reaches the worker through the edge, but
    the same signed route cannot be reused to reach anyone else."""
    agent, worker, victim = ua_factory(edge), ua_factory(edge), ua_factory(edge)
    _register(agent, edge, "agent1")
    await edge.add_worker("w1", worker.uri)
    seen: list[SipMessage] = []
    thread = _answer_next(agent, "INVITE", 200, seen)
    call = worker.invite(f"sip:agent1@{_domain(edge)}", from_user="worker")
    thread.join()
    assert call.final.status == 200 and seen
    assert agent.next_request("ACK", timeout=3) is not None  # ACK routed through the edge
    invite = seen[0]
    record_route = [r.strip() for v in invite.all("Record-Route") for r in v.split(",")]
    assert any(";dg=" in r for r in record_route)

    # the agent hangs up: its BYE goes through the edge to the worker
    bye_dialog = Dialog(
        final=invite,
        call_id=invite.header("Call-ID"),
        from_hdr=call.to_hdr,
        to_hdr=invite.header("From"),
        route=record_route,
        remote_target=worker.uri,
        cseq=1,
    )
    got: list[SipMessage] = []
    thread = _answer_next(worker, "BYE", 200, got)
    assert agent.bye(bye_dialog) == 200
    thread.join()
    assert got and got[0].header("Call-ID") == call.call_id

    # the same signed route, pointed at another address, is refused
    reused = Dialog(
        final=invite,
        call_id=invite.header("Call-ID"),
        from_hdr=call.to_hdr,
        to_hdr=invite.header("From"),
        route=record_route,
        remote_target=f"sip:victim@{victim.host}:{victim.port}",
        cseq=5,
    )
    assert agent.bye(reused) == 403
    assert victim.recv(0.3) is None


async def test_edge_headers_are_stripped_from_in_dialog_requests(
    edge: KamailioEdge, ua_factory: Callable[..., SipUA]
) -> None:
    worker, customer = ua_factory(edge), ua_factory(edge)
    await edge.add_worker("w1", worker.uri)
    seen: list[SipMessage] = []
    thread = _answer_next(worker, "INVITE", 200, seen)
    call = customer.invite(f"sip:5551000@{_domain(edge)}", extra=["X-Edge-Agent: agent1"])
    thread.join()
    assert call.final.status == 200 and seen[0].all("X-Edge-Agent") == []
    assert worker.next_request("ACK", timeout=3) is not None
    got: list[SipMessage] = []
    thread = _answer_next(worker, "INFO", 200, got)
    call.cseq += 1
    info = customer.in_dialog("INFO", call, call.cseq).replace(
        "Content-Length: 0", "X-Edge-Agent: agent1\r\nContent-Length: 0"
    )
    customer.send(info)
    reply = customer.final_response("INFO")
    thread.join()
    assert reply is not None and reply.status == 200
    assert got and got[0].all("X-Edge-Agent") == []
