"""Issue 21: registrations survive a Kamailio crash; no softphone has to re-register."""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import threading
import time
from collections.abc import Callable

import pytest

from server_stub.edge.credentials import issue_sip_credentials
from server_stub.edge.status import parse_ul_registrations
from server_stub.edge.supervisor import KamailioEdge, WorkerState
from tests.edge.conftest import SECRET, SippWorker, needs_kamailio, needs_sipp
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


async def test_a_hung_edge_is_killed_and_restarted_and_reaches_agent_again(
    make_edge: Callable[..., KamailioEdge], ua_factory: Callable[..., SipUA]
) -> None:
    """Issue 19: a Kamailio that is alive but does not answer (every process of it
    stopped: SIGSTOP, as a deadlock looks from outside) is killed and restarted after
    a few missed control-socket probes; the registered agent is reached again."""
    edge = KamailioEdge(make_edge().settings, probe_interval=0.5, probe_misses=3)
    await edge.start()
    try:
        domain = f"127.0.0.1:{edge.settings.sip_port}"
        agent, worker = ua_factory(edge), ua_factory(edge)
        assert agent.register("agent1", domain, _creds("agent1")) == 200
        await edge.add_worker("w1", worker.uri)
        table = edge.settings.location_db_dir / "location"
        for _ in range(250):  # flushed right after the REGISTER was answered
            if "sip\\:agent1@" in table.read_text():
                break
            await asyncio.sleep(0.02)
        else:
            raise AssertionError("the registration never reached the location table")
        hung = edge.pid
        assert hung is not None
        os.killpg(hung, signal.SIGSTOP)
        try:
            for _ in range(300):
                await asyncio.sleep(0.05)
                if edge.restarts == 1 and edge.ready:
                    break
            else:
                raise AssertionError("the hung edge was not restarted")
        finally:
            with contextlib.suppress(ProcessLookupError):  # if the test failed: free it
                os.killpg(hung, signal.SIGCONT)
        assert edge.pid != hung
        assert not os.path.exists(f"/proc/{hung}")  # the hung one is gone, not left behind
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
    finally:
        await edge.stop()


@needs_sipp
async def test_after_a_restart_a_worker_still_on_a_call_gets_no_second_one(
    edge: KamailioEdge,
    sipp_workers: Callable[[int], list[SippWorker]],
    ua_factory: Callable[..., SipUA],
) -> None:
    """Issue 19: a restarted Kamailio has forgotten its dialogs, so algorithm 10 counted
    the worker still carrying a call as free. The coordinator's view of the busy workers
    keeps it out until that call ends; then it takes calls again. 503s say Retry-After."""
    workers = sipp_workers(2)
    for i, worker in enumerate(workers, 1):
        await edge.add_worker(f"w{i}", worker.uri, 1)
    did = f"sip:5551000@127.0.0.1:{edge.settings.sip_port}"
    caller, second, third = ua_factory(edge), ua_factory(edge), ua_factory(edge)
    first = caller.invite(did)
    assert first.final.status == 200
    busy_port = _port(first.remote_target)
    busy = {f"w{i}" for i, w in enumerate(workers, 1) if w.port == busy_port}
    edge.busy_workers = lambda: set(busy)  # the coordinator's view: that worker has legs

    await _kill_and_wait_restart(edge)
    assert {w.worker_id: w.load for w in await edge.list_workers()} == {"w1": 0, "w2": 0}

    call = second.invite(did)  # not to the busy worker, although its load reads 0
    assert call.final.status == 200 and _port(call.remote_target) != busy_port
    refused = third.invite(did)
    assert refused.final.status == 503
    assert refused.final.header("Retry-After") == "10"

    assert caller.bye(first) == 200  # the first call ends: its worker is free again
    busy.clear()
    for _ in range(60):
        again = third.invite(did)
        if again.final.status == 200:
            break
        await asyncio.sleep(0.1)
    assert again.final.status == 200 and _port(again.remote_target) == busy_port
    assert third.bye(again) == 200 and second.bye(call) == 200


async def test_kept_out_and_drained_workers_stay_out_while_probes_are_answered(
    make_edge: Callable[..., KamailioEdge], ua_factory: Callable[..., SipUA]
) -> None:
    """Issue 19: the edge OPTIONS-probes every worker (probing mode 1, as deployed). A
    worker kept out after a restart (it still carries calls) or drained by the coordinator
    answers those probes like any other; the probes must not make it active again.
    (Kamailio's inactive state "i" was set back to active by the first answered probe.)"""
    edge = make_edge(ds_probing_mode=1, ds_ping_interval_s=1)
    await edge.start()
    uas = [ua_factory(edge) for _ in range(3)]
    pings = [0, 0, 0]
    stop = threading.Event()

    def answer_probes(i: int) -> None:  # a live media worker: 200 to every OPTIONS
        while not stop.is_set():
            probe = uas[i].next_request("OPTIONS", timeout=0.2)
            if probe is not None:
                pings[i] += 1
                uas[i].reply(probe, 200, "OK")

    threads = [threading.Thread(target=answer_probes, args=(i,)) for i in range(3)]
    for thread in threads:
        thread.start()
    try:
        for i, ua in enumerate(uas, 1):
            await edge.add_worker(f"w{i}", ua.uri)
        edge.busy_workers = lambda: {"w1"}  # w1 still carries a call
        await _kill_and_wait_restart(edge)
        await edge.set_worker_state("w2", WorkerState.INACTIVE)  # the coordinator drains w2
        before = list(pings)
        await asyncio.sleep(3.5)  # past three probe intervals
        flags = {w.worker_id: w.flags for w in await edge.list_workers()}
        assert pings[2] - before[2] >= 2, pings  # probing runs (w3 answered each time)
        assert not flags["w1"].startswith("A") and not flags["w2"].startswith("A"), flags
        assert flags["w3"].startswith("A"), flags
    finally:
        stop.set()
        for thread in threads:
            thread.join()
        await edge.stop()


def _port(contact: str) -> int:
    return int(contact.rsplit(":", 1)[1].split(";")[0].rstrip(">"))
