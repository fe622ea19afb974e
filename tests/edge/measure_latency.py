"""Measures INVITE -> forwarded-INVITE latency through the real edge (prints figures).

Run: .venv/bin/python -m tests.edge.measure_latency [calls]
Part 2 runs SIPp: customer_uac.xml -> edge -> worker_uas.xml, INVITE -> 200 response
time (-trace_rtt), against the same scenario sent straight to the worker.
One process holds the customer socket and the worker socket, so both timestamps
come from the same clock: t0 just before the customer's sendto, t1 when the
worker's recvfrom returns the forwarded INVITE. "direct" sends the same INVITE
straight to the worker socket (kernel loopback floor).
"""

from __future__ import annotations

import asyncio
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from server_stub.edge.config import EdgeSettings
from server_stub.edge.supervisor import KamailioEdge
from tests.edge.conftest import SCENARIOS, SippWorker, free_port
from tests.edge.sipclient import SipUA


def _one(customer: SipUA, worker: SipUA, ruri: str, dest: tuple[str, int] | None) -> float:
    msg = customer.request("INVITE", ruri, from_hdr=f"<sip:c@{customer.host}>;tag=1",
                           to_hdr=f"<{ruri}>", call_id=f"lat-{time.monotonic_ns()}", cseq=1,
                           extra=[f"Contact: <{customer.uri}>"])  # fmt: skip
    t0 = time.perf_counter()
    customer.send(msg, dest)
    invite = worker.next_request("INVITE", timeout=2)
    t1 = time.perf_counter()
    assert invite is not None, "INVITE not forwarded"
    if dest is None:  # through the edge: end the call so the load slot is released
        worker.reply(invite, 480, "Temporarily Unavailable")
        final = customer.final_response("INVITE", 2)
        assert final is not None and final.status == 480
    return (t1 - t0) * 1000


def _summary(name: str, samples: list[float]) -> str:
    q = statistics.quantiles(samples, n=10)
    return (f"{name:8s} n={len(samples)} median={statistics.median(samples):.3f} ms "
            f"p90={q[8]:.3f} ms mean={statistics.fmean(samples):.3f} ms "
            f"max={max(samples):.3f} ms")  # fmt: skip


def _sipp_uac(target: str, calls: int, cwd: Path) -> list[float]:
    scenario = SCENARIOS / "customer_uac.xml"
    subprocess.run(
        ["sipp", "-sf", str(scenario), "-i", "127.0.0.1", "-p", str(free_port()), "-s", "5551000",
         "-m", str(calls), "-r", "100", "-l", "1", "-nostdin", "-trace_rtt", "-rtt_freq", "1",
         "-timeout", "60s", target],
        cwd=cwd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    (csv,) = cwd.glob("customer_uac_*_rtt.csv")
    samples = [float(line.split(";")[1]) for line in csv.read_text().splitlines()[1:] if line]
    csv.unlink()
    return samples


async def _sipp_runs(edge: KamailioEdge, calls: int, tmp: Path) -> list[tuple[str, list[float]]]:
    worker = SippWorker(tmp)
    try:
        await edge.add_worker("sipp", worker.uri, max_load=1)
        port = edge.settings.sip_port
        through = await asyncio.to_thread(_sipp_uac, f"127.0.0.1:{port}", calls, tmp)
        direct = await asyncio.to_thread(_sipp_uac, f"127.0.0.1:{worker.port}", calls, tmp)
        return [("sipp-edge", through), ("sipp-dir", direct)]
    finally:
        worker.stop()


async def main(calls: int) -> None:
    with tempfile.TemporaryDirectory(prefix="edge-lat-", dir="/tmp") as tmp:
        edge = KamailioEdge(
            EdgeSettings(
                secret=b"bench",
                runtime_dir=Path(tmp) / "rt",
                sip_port=free_port(),
                ds_probing_mode=0,
                pike_density=100000,
            )
        )
        await edge.start()
        try:
            customer = SipUA(("127.0.0.1", edge.settings.sip_port))
            worker = SipUA(("127.0.0.1", edge.settings.sip_port))
            await edge.add_worker("w1", worker.uri, max_load=1000)
            ruri = f"sip:5551000@127.0.0.1:{edge.settings.sip_port}"
            for _ in range(20):  # warm-up
                _one(customer, worker, ruri, None)
            via_edge = [_one(customer, worker, ruri, None) for _ in range(calls)]
            direct = [_one(customer, worker, ruri, (worker.host, worker.port))
                      for _ in range(calls)]  # fmt: skip
            print(_summary("edge", via_edge))
            print(_summary("direct", direct))
            diff = statistics.median(via_edge) - statistics.median(direct)
            print(f"edge adds {diff:.3f} ms (median) per INVITE")
            customer.close()
            worker.close()
            await edge.remove_worker("w1")
            for name, target in await _sipp_runs(edge, calls, Path(tmp)):
                print(_summary(name, target))
        finally:
            await edge.stop()


if __name__ == "__main__":
    asyncio.run(main(int(sys.argv[1]) if len(sys.argv) > 1 else 500))
