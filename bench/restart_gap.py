"""How long new calls are refused while the coordinator restarts (issue 19).

Starts the product (demo data, fixed ports), places one call that stays connected (so a
media worker holds it over, as in a real centre), then `kill -9`s the coordinator and
starts it again on the same data directory, while SIPp offers a new call to the sales
DID every 0.5 s. Prints, from the kill: each start-up step's time (from the new log),
when /health said healthy again; and what each caller of the gap got: answered (after
how long: held ringing while the coordinator was away), or refused (503, with or
without Retry-After, 480).

    .venv/bin/python bench/restart_gap.py            # one restart
    .venv/bin/python bench/restart_gap.py --rounds 3
"""

from __future__ import annotations

import argparse
import asyncio
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.soak_parts.server import Server  # noqa: E402
from server_stub import demo  # noqa: E402
from server_stub.store.sqlite import SqliteStore  # noqa: E402
from tests.server.conftest import fast_passwords  # noqa: E402

DID = "4008001000"
SHOWN: dict[str, bool] = {}
STEPS = (  # (label, a regular expression of the new run's log line that ends the step)
    ("data dir taken (Python started)", r"was not released by the server before"),
    ("app imported, services built", r"coordinator \S+ on http"),
    ("Kamailio adopted", r"adopted the running Kamailio"),
    ("workers re-attached", r"coordinator restart: \d+ media worker"),
    ("edge ready for new calls", r"SIP edge on "),
)


def _seed(data_dir: Path) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    store = SqliteStore(data_dir / "callcenter.db")
    demo.seed(store, fast_passwords(), time.time())
    store.close()


# SIPp's built-in uac, with the Record-Route set kept for the BYE (the edge routes it)
SCENARIO = """<?xml version="1.0" encoding="ISO-8859-1" ?>
<scenario name="uac through the edge">
  <send retrans="500"><![CDATA[
INVITE sip:[service]@[remote_ip]:[remote_port] SIP/2.0
Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch]
From: sipp <sip:13800138000@[local_ip]:[local_port]>;tag=[pid]SIPpTag00[call_number]
To: <sip:[service]@[remote_ip]:[remote_port]>
Call-ID: [call_id]
CSeq: 1 INVITE
Contact: sip:sipp@[local_ip]:[local_port]
Max-Forwards: 70
Content-Type: application/sdp
Content-Length: [len]

v=0
o=user1 53655765 2353687637 IN IP[local_ip_type] [local_ip]
s=-
c=IN IP[media_ip_type] [media_ip]
t=0 0
m=audio [media_port] RTP/AVP 0
a=rtpmap:0 PCMU/8000
]]></send>
  <recv response="100" optional="true"/>
  <recv response="180" optional="true"/>
  <recv response="183" optional="true"/>
  <recv response="200" rrs="true"/>
  <send><![CDATA[
ACK [next_url] SIP/2.0
Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch]
[routes]
From: sipp <sip:13800138000@[local_ip]:[local_port]>;tag=[pid]SIPpTag00[call_number]
[last_To:]
Call-ID: [call_id]
CSeq: 1 ACK
Max-Forwards: 70
Content-Length: 0
]]></send>
  <pause milliseconds="200"/>
  <send retrans="500"><![CDATA[
BYE [next_url] SIP/2.0
Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch]
[routes]
From: sipp <sip:13800138000@[local_ip]:[local_port]>;tag=[pid]SIPpTag00[call_number]
[last_To:]
Call-ID: [call_id]
CSeq: 2 BYE
Max-Forwards: 70
Content-Length: 0
]]></send>
  <recv response="200"/>
</scenario>
"""


async def _offer(edge: str, work: Path, index: int) -> tuple[str, float]:
    """One new call through the edge (INVITE, ACK, BYE): "answered" or the final answer."""
    t0 = time.monotonic()
    log = work / f"sipp-{index}"
    log.mkdir(exist_ok=True)
    proc = await asyncio.create_subprocess_exec(
        "sipp", "-sf", str(work / "uac.xml"), "-s", DID, edge, "-m", "1", "-l", "1",
        "-nostdin", "-timeout", "20s", "-timeout_error", "-trace_err",
        stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL, cwd=log,
    )  # fmt: skip
    code = await proc.wait()
    if code == 0:
        return "answered", time.monotonic() - t0
    errors = " ".join(p.read_text(errors="replace") for p in log.glob("*errors.log"))
    got = re.findall(r"SIP/2.0 (\d{3})", errors)
    retry = "Retry-After" in errors
    what = (got[-1] if got else f"sipp exit {code}") + (" + Retry-After" if retry else "")
    if "--log" in sys.argv and not SHOWN.get(what):
        SHOWN[what] = True
        print(f"--- SIPp's errors for {what}:\n{errors[:1500]}")
    return what, time.monotonic() - t0


async def _round(server: Server, work: Path, n: int) -> None:
    log_path = server.work / "server.log"
    held = work / f"held-{n}"
    held.mkdir(exist_ok=True)
    # a call that stays connected (in the IVR) across the restart: its worker holds it over
    caller = await asyncio.create_subprocess_exec(
        "sipp", "-sn", "uac", "-s", DID, server.edge, "-m", "1", "-l", "1", "-nostdin",
        "-d", "60000", stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL,
        cwd=held,
    )  # fmt: skip
    try:
        await asyncio.sleep(2.0)
        offset = log_path.stat().st_size
        server.kill9()
        killed, killed_wall = time.monotonic(), time.time()
        server.start()
        results: list[tuple[float, str, float]] = []
        healthy_at = None
        pending: list[tuple[float, asyncio.Task[tuple[str, float]]]] = []
        i = 0
        while time.monotonic() - killed < 25:
            sent = time.monotonic() - killed
            pending.append((sent, asyncio.create_task(_offer(server.edge, work, n * 1000 + i))))
            i += 1
            await asyncio.sleep(0.5)
            if healthy_at is None and (await server.health()).get("media_workers") == "ok":
                healthy_at = time.monotonic() - killed
            if healthy_at is not None and time.monotonic() - killed > healthy_at + 1.0:
                break
        for sent, task in pending:
            results.append((sent, *(await task)))
        text = log_path.read_bytes()[offset:].decode(errors="replace")
        print(f"round {n + 1}: the coordinator killed (-9) at 0.00 s")
        if "--log" in sys.argv:
            print(text[:6000])
        for label, pattern in STEPS:
            m = re.search(r"^(\d{4}-\d\d-\d\d [\d:]+,\d{3}) .*" + pattern, text, re.M)
            if m:
                print(f"  {label:32s} {_stamp(m.group(1)) - killed_wall:5.2f} s")
        print(f"  {'/health media_workers ok':32s} {healthy_at or float('nan'):5.2f} s")
        answered = [(sent, took) for sent, what, took in results if what == "answered"]
        refused = [sent for sent, what, _ in results if what != "answered"]
        held = [took for sent, took in answered if took > 1.0]
        print(
            f"  new calls offered: {len(results)}; answered {len(answered)} "
            f"({len(held)} after being held, longest {max(held, default=0):.1f} s); "
            f"refused {len(refused)}, the last offered at {max(refused, default=0):.2f} s"
        )
        for sent, what, took in results:
            print(f"    offered at {sent:5.2f} s: {what} (after {took:.2f} s)")
    finally:
        if caller.returncode is None:
            caller.kill()
        await caller.wait()


def _stamp(text: str) -> float:
    t = time.strptime(text[:19], "%Y-%m-%d %H:%M:%S")
    return time.mktime(t) + int(text[20:23]) / 1000


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--log", action="store_true", help="print the new run's log")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="restart-gap-") as tmp:
        work = Path(tmp)
        (work / "uac.xml").write_text(SCENARIO)
        server = Server(work, max_workers=6)
        _seed(server.data_dir)
        server.start()
        try:
            await server.wait_healthy()
            for n in range(args.rounds):
                await _round(server, work, n)
                await server.wait_healthy()
        finally:
            server.stop()
            await server.close()


if __name__ == "__main__":
    asyncio.run(main())
