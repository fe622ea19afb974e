"""Customer calls (DIDs) through the edge to SIPp UAS processes playing media workers."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable

import pytest

from server_stub.edge.supervisor import KamailioEdge, WorkerState
from tests.edge.conftest import SippWorker, needs_kamailio, needs_sipp
from tests.edge.sipclient import Dialog, SipMessage, SipUA

pytestmark = [pytest.mark.e2e, needs_kamailio, needs_sipp]


def _did(edge: KamailioEdge, number: str = "5551000") -> str:
    return f"sip:{number}@127.0.0.1:{edge.settings.sip_port}"


def _answered_by(dialog_contact: str) -> int:
    return int(dialog_contact.rsplit(":", 1)[1].split(";")[0].rstrip(">"))


async def _pool(edge: KamailioEdge, workers: list[SippWorker], max_load: int = 1) -> None:
    for i, worker in enumerate(workers, 1):
        await edge.add_worker(f"w{i}", worker.uri, max_load)


async def _loads(edge: KamailioEdge) -> dict[str, int]:
    return {w.worker_id: w.load for w in await edge.list_workers()}


async def test_did_call_reaches_worker_and_releases_load(
    edge: KamailioEdge, sipp_workers: Callable[[int], list[SippWorker]],
    ua_factory: Callable[..., SipUA],
) -> None:  # fmt: skip
    (worker,) = sipp_workers(1)
    await _pool(edge, [worker])
    ua = ua_factory(edge)
    dialog = ua.invite(_did(edge))
    assert dialog.final.status == 200
    assert _answered_by(dialog.remote_target) == worker.port
    assert f"127.0.0.1:{edge.settings.sip_port}" in dialog.route[0]  # record-routed
    assert await _loads(edge) == {"w1": 1}
    assert ua.bye(dialog) == 200
    await asyncio.sleep(0.1)
    assert await _loads(edge) == {"w1": 0}


async def test_two_calls_two_workers_then_503(
    edge: KamailioEdge, sipp_workers: Callable[[int], list[SippWorker]],
    ua_factory: Callable[..., SipUA],
) -> None:  # fmt: skip
    workers = sipp_workers(2)
    await _pool(edge, workers)
    ua1, ua2, ua3 = ua_factory(edge), ua_factory(edge), ua_factory(edge)
    call1, call2 = ua1.invite(_did(edge)), ua2.invite(_did(edge))
    assert (call1.final.status, call2.final.status) == (200, 200)
    ports = {_answered_by(call1.remote_target), _answered_by(call2.remote_target)}
    assert ports == {w.port for w in workers}
    assert await _loads(edge) == {"w1": 1, "w2": 1}

    busy = ua3.invite(_did(edge))
    assert busy.final.status == 503
    assert await edge.blocked_call_count() == 1

    assert ua1.bye(call1) == 200 and ua2.bye(call2) == 200
    await asyncio.sleep(0.1)
    assert await _loads(edge) == {"w1": 0, "w2": 0}
    again = ua3.invite(_did(edge))
    assert again.final.status == 200
    assert ua3.bye(again) == 200
    stats = await edge.stats()
    assert stats["edge_dispatched"] == 3 and stats["edge_no_worker"] == 1


async def test_removed_or_drained_worker_is_not_chosen(
    edge: KamailioEdge, sipp_workers: Callable[[int], list[SippWorker]],
    ua_factory: Callable[..., SipUA],
) -> None:  # fmt: skip
    workers = sipp_workers(2)
    await _pool(edge, workers)
    await edge.remove_worker("w1")
    assert [w.worker_id for w in await edge.list_workers()] == ["w2"]
    ua = ua_factory(edge)
    for _ in range(3):
        call = ua.invite(_did(edge))
        assert _answered_by(call.remote_target) == workers[1].port
        assert ua.bye(call) == 200

    await edge.set_worker_state("w2", WorkerState.INACTIVE)
    assert ua.invite(_did(edge)).final.status == 503
    await edge.set_worker_state("w2", WorkerState.ACTIVE)
    call = ua.invite(_did(edge))
    assert call.final.status == 200
    assert ua.bye(call) == 200


class FailingWorker:
    """Answers every INVITE with 503 and OPTIONS with 200, on its own thread."""

    def __init__(self, edge: KamailioEdge) -> None:
        self.ua = SipUA((edge.settings.bind_host, edge.settings.sip_port))
        self.invites = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            msg = self.ua.recv(0.1)
            if msg is None or msg.is_response:
                continue
            if msg.method == "INVITE":
                self.invites += 1
                self.ua.reply(msg, 503, "Busy Here")
            elif msg.method == "OPTIONS":
                self.ua.reply(msg, 200, "OK")

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()
        self.ua.close()


async def test_failover_to_next_worker(
    edge: KamailioEdge, sipp_workers: Callable[[int], list[SippWorker]],
    ua_factory: Callable[..., SipUA],
) -> None:  # fmt: skip
    (good,) = sipp_workers(1)
    failing = FailingWorker(edge)
    try:
        await edge.add_worker("good", good.uri, max_load=2)
        await edge.add_worker("bad", failing.ua.uri, max_load=1)
        ua1, ua2 = ua_factory(edge), ua_factory(edge)
        # with one call on "good" the least-loaded pick is "bad": it must fail over
        call1, call2 = ua1.invite(_did(edge)), ua2.invite(_did(edge))
        assert (call1.final.status, call2.final.status) == (200, 200)
        assert {_answered_by(c.remote_target) for c in (call1, call2)} == {good.port}
        assert failing.invites == 1
        assert (await edge.stats())["edge_failover"] == 1
        assert await _loads(edge) == {"bad": 0, "good": 2}
        assert ua1.bye(call1) == 200 and ua2.bye(call2) == 200
        await asyncio.sleep(0.1)
        assert await _loads(edge) == {"bad": 0, "good": 0}
    finally:
        failing.stop()


async def test_bursts_never_double_book_a_worker(
    edge: KamailioEdge, sipp_workers: Callable[[int], list[SippWorker]],
    ua_factory: Callable[..., SipUA],
) -> None:  # fmt: skip
    """4 INVITEs sent back to back to 3 one-call workers, 8 rounds (2 UDP receivers)."""
    workers = sipp_workers(3)
    await _pool(edge, workers)
    uas = [ua_factory(edge) for _ in range(4)]
    for _round in range(8):
        results: list[Dialog] = [None] * 4  # type: ignore[list-item]

        def place(i: int, out: list[Dialog] = results) -> None:
            out[i] = uas[i].invite(_did(edge))

        threads = [threading.Thread(target=place, args=(i,)) for i in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        answered = [d for d in results if d.final.status == 200]
        assert sorted(d.final.status for d in results) == [200, 200, 200, 503]
        assert len({_answered_by(d.remote_target) for d in answered}) == 3
        for i, dialog in enumerate(results):
            if dialog.final.status == 200:
                assert uas[i].bye(dialog) == 200
        await asyncio.sleep(0.05)
    assert set((await _loads(edge)).values()) == {0}


async def test_cancel_releases_the_worker(
    edge: KamailioEdge, ua_factory: Callable[..., SipUA]
) -> None:
    """A caller hanging up while the worker rings: 487 and the load slot comes back."""
    customer, worker = ua_factory(edge), ua_factory(edge)
    await edge.add_worker("ringing", worker.uri)
    ruri, call_id = _did(edge), "cancel-test"
    invite = customer.request("INVITE", ruri, from_hdr="<sip:c@127.0.0.1>;tag=c1",
                              to_hdr=f"<{ruri}>", call_id=call_id, cseq=1,
                              extra=[f"Contact: <{customer.uri}>"])  # fmt: skip
    customer.send(invite)
    forwarded = worker.next_request("INVITE")
    assert forwarded is not None
    worker.reply(forwarded, 180, "Ringing")
    assert await _loads(edge) == {"ringing": 1}

    via = invite.split("\r\n")[1]
    cancel = [f"CANCEL {ruri} SIP/2.0", via, "Max-Forwards: 70",
              "From: <sip:c@127.0.0.1>;tag=c1", f"To: <{ruri}>", f"Call-ID: {call_id}",
              "CSeq: 1 CANCEL", "Content-Length: 0"]  # fmt: skip
    customer.send("\r\n".join(cancel) + "\r\n\r\n")
    relayed = worker.next_request("CANCEL")
    assert relayed is not None
    worker.reply(relayed, 200, "OK")
    worker.reply(forwarded, 487, "Request Terminated")
    final = customer.final_response("INVITE")
    assert final is not None and final.status == 487
    await asyncio.sleep(0.1)
    assert await _loads(edge) == {"ringing": 0}
    assert (await edge.stats())["edge_failover"] == 0


async def test_without_the_coordinator_callers_ring_and_wait_for_it(
    make_edge: Callable[..., KamailioEdge], ua_factory: Callable[..., SipUA]
) -> None:
    """Issue 19: while the coordinator is away (no heartbeat: it restarts) a new caller
    hears 180 and is held, not refused; one who hangs up meanwhile gets 487 and no
    worker is rung for it; once the coordinator beats again the other is dispatched."""
    edge = make_edge(gap_hold_s=8)
    await edge.start(heartbeat=False)  # as a restarting coordinator adopts it
    try:
        customer, leaving, worker = ua_factory(edge), ua_factory(edge), ua_factory(edge)
        await edge.add_worker("w1", worker.uri)
        ruri = _did(edge)
        held, gone = (
            ua.request(
                "INVITE",
                ruri,
                from_hdr=f"<sip:{who}@127.0.0.1>;tag={who}",
                to_hdr=f"<{ruri}>",
                call_id=f"held-{who}",
                cseq=1,
                extra=[f"Contact: <{ua.uri}>"],
            )
            for who, ua in (("c1", customer), ("c2", leaving))
        )
        customer.send(held)
        leaving.send(gone)
        for ua in (customer, leaving):
            ringing = ua.recv(timeout=3)
            while ringing is not None and ringing.status == 100:
                ringing = ua.recv(timeout=3)
            assert ringing is not None and ringing.status == 180, ringing
        via = gone.split("\r\n")[1]
        cancel = [f"CANCEL {ruri} SIP/2.0", via, "Max-Forwards: 70",
                  "From: <sip:c2@127.0.0.1>;tag=c2", f"To: <{ruri}>", "Call-ID: held-c2",
                  "CSeq: 1 CANCEL", "Content-Length: 0"]  # fmt: skip
        leaving.send("\r\n".join(cancel) + "\r\n\r\n")
        final = leaving.final_response("INVITE")
        assert final is not None and final.status == 487
        await asyncio.sleep(1.5)
        assert worker.next_request("INVITE", timeout=0.2) is None  # nobody dispatched yet

        await edge.start()  # the coordinator is back: its heartbeat
        await asyncio.sleep(1.0)  # (the SIP client below blocks this loop: beat first)
        forwarded = worker.next_request("INVITE", timeout=4)
        assert forwarded is not None and forwarded.header("Call-ID") == "held-c1"
        worker.reply(forwarded, 486, "Busy Here")  # (the safety net: 503 with Retry-After)
        answer = customer.final_response("INVITE", timeout=6)
        assert answer is not None and answer.status == 503, answer
        assert answer.header("Retry-After") == "10"
        late = worker.next_request("INVITE", timeout=0.5)  # (a retransmission of c1 at most)
        assert late is None or late.header("Call-ID") == "held-c1"  # never the cancelled one
    finally:
        await edge.stop()


async def test_a_480_from_a_worker_without_coordinator_holds_the_caller(
    edge: KamailioEdge, sipp_workers: Callable[[int], list[SippWorker]],
    ua_factory: Callable[..., SipUA],
) -> None:  # fmt: skip
    """Issue 19: for ~2 s after the coordinator dies (its heartbeat not missed yet) an idle
    worker shutting down answers 480. The edge fails over on it and, with no worker left
    to try, holds the caller ringing until a worker is free (the restarted coordinator's),
    as it holds the callers of the gap; it used to relay the 480: the caller was refused."""
    lost, caller = ua_factory(edge), ua_factory(edge)
    await edge.add_worker("w1", lost.uri, 1)
    refused: list[str] = []

    def refuse() -> None:  # the worker without coordinator
        invite = lost.next_request("INVITE", timeout=4)
        if invite is not None:
            refused.append(invite.header("Call-ID"))
            lost.reply(invite, 480, "Temporarily Unavailable")

    heard: list[int] = []
    recv = caller.recv

    def recv_noting(timeout: float = 3.0) -> SipMessage | None:
        msg = recv(timeout)
        if msg is not None and msg.is_response:
            heard.append(msg.status)
        return msg

    caller.recv = recv_noting  # type: ignore[method-assign]
    result: list[Dialog] = []
    threads = [
        threading.Thread(target=refuse),
        threading.Thread(target=lambda: result.append(caller.invite(_did(edge), timeout=8))),
    ]
    for thread in threads:
        thread.start()
    for _ in range(80):
        if refused:
            break
        await asyncio.sleep(0.05)
    assert refused, "the INVITE never reached the worker"
    await asyncio.sleep(1.0)  # held, not refused
    assert not result and 180 in heard, heard
    (worker,) = sipp_workers(1)  # the restarted coordinator's worker
    await edge.add_worker("w2", worker.uri, 1)
    for thread in threads:
        thread.join(10)
    assert result and result[0].final.status == 200, heard
    assert _answered_by(result[0].remote_target) == worker.port
    assert caller.bye(result[0]) == 200
    log = edge.settings.log_path.read_text(errors="replace")
    assert "answered 480 (no coordinator): holding call" in log
