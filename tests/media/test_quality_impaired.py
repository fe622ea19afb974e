"""Issue 22: the media worker measures each leg's quality from its own RTCP figures, and
they reflect a real impairment: a real pjsua2 peer in a network namespace behind the
user-space impaired link (tests/support/netimpair.py), RTP both ways with tones. A 3 s
outage shows as "not receiving" and the call carries on (no BYE), with audio both ways
after it."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from agent_desktop.protocol.quality import POOR_MOS
from server_stub.media import wire as c
from tests.media.conftest import AGENT_HZ, CUSTOMER_HZ, EventLog, PoolFactory, record, share
from tests.support.netimpair import CLEAN, ImpairedLink, Impairment, unavailable

ROOT = Path(__file__).resolve().parents[2]
pytestmark = [
    pytest.mark.sip_audio,
    pytest.mark.timeout(120),
    pytest.mark.skipif(unavailable() is not None, reason=str(unavailable())),
]


class NsPeer:
    """tests/softphone/peer.py (answers, plays CUSTOMER_HZ) inside the link's namespace."""

    def __init__(self, link: ImpairedLink) -> None:
        self.proc = link.popen(
            [sys.executable, "-m", "tests.softphone.peer", "--tone", str(CUSTOMER_HZ)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            cwd=str(ROOT),
        )
        self.port = int(self._next("ready")["port"])

    def _next(self, event: str) -> dict[str, Any]:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            if not line.startswith("{"):
                continue  # pjlib's start-up lines
            data = json.loads(line)
            if data.get("event") == event:
                return dict(data)
        raise AssertionError(f"peer ended before {event!r}")

    def heard(self, freq: float, seconds: float = 1.0) -> float:
        assert self.proc.stdin is not None
        self.proc.stdin.write(json.dumps({"cmd": "heard", "seconds": seconds, "freq": freq}) + "\n")
        self.proc.stdin.flush()
        return float(self._next("heard")["share"])

    def stop(self) -> None:
        if self.proc.stdin is not None:
            self.proc.stdin.close()
        try:
            self.proc.wait(5)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


@pytest.fixture
def link() -> Iterator[ImpairedLink]:
    with ImpairedLink(seed=22) as link:
        yield link


async def _quality(
    log: EventLog, leg: str, since: int, timeout: float = 12.0, **match: Any
) -> c.LegQuality:
    """The next leg_quality of `leg` after `since` whose window is full (≥ 5 reports)."""
    seen = 0
    while True:
        event = await log.wait(c.LegQuality, timeout=timeout, since=since, leg=leg, **match)
        since = log.items.index(next(x for x in log.items[since:] if x[1] is event)) + 1
        seen += 1
        if seen >= 5:
            return event


async def test_leg_quality_reflects_loss_and_an_outage_on_a_real_link(
    make_pool: PoolFactory, link: ImpairedLink, tones: dict[str, Path], tmp_path: Path
) -> None:
    pool, log = await make_pool(
        min_workers=1, sip_host=link.host_ip, worker_args=("--quality-period", "1")
    )
    (worker,) = pool.workers.values()
    peer = NsPeer(link)
    try:
        leg = (await worker.command(c.MakeCall(uri=f"sip:peer@{link.ns_ip}:{peer.port}")))["leg"]
        await log.wait(c.LegAnswered, leg=leg, timeout=10)
        await worker.command(c.Play(leg=leg, file=str(tones["agent"]), loop=True))

        clean = await _quality(log, leg, len(log.items))  # a clean link: nothing lost
        assert clean.receiving and clean.loss_pct == 0 and clean.mos >= 4.2, clean

        link.set(Impairment(loss=0.10))  # 10 % each way
        lossy = await _quality(log, leg, len(log.items))
        assert lossy.receiving and 4 <= lossy.loss_pct <= 25, lossy
        assert lossy.mos < POOR_MOS, lossy
        assert lossy.total_loss_pct > 0 and lossy.worst_mos <= lossy.mos

        link.set(CLEAN)
        mark = len(log.items)
        # "Not receiving" needs 2 s without RTP (SILENT_S) and a once-a-second check after
        # that: a 4 s outage leaves 2 s for it, enough for a worker a loaded box delays
        # by a second (CI: a 3 s outage left 1 s, and the checks missed it once).
        link.outage(4.0)
        down = await log.wait(c.LegQuality, timeout=9, since=mark, leg=leg, receiving=False)
        assert down.mos < 2.0, down
        # The far end reports our outgoing loss in its RTCP receiver reports, every 5 s give
        # or take half: the outage's lost packets reach the 5 s window up to ~7.5 s after it
        # ends and stay in it for 5 s. So a clean window may take 4 + 7.5 + 5 s to come.
        back = await log.wait(
            c.LegQuality, timeout=20, since=mark, leg=leg, receiving=True, loss_pct=0.0
        )
        assert back.worst_mos <= down.mos
        assert not [e for e in log.of(c.LegEnded) if e.leg == leg]  # no BYE on 4 s silence
        await asyncio.sleep(1.0)
        heard_by_worker = await record(worker, [leg], tmp_path / "after.wav")
        assert share(heard_by_worker, CUSTOMER_HZ) > 0.6  # the peer's tone arrives again
        assert await asyncio.to_thread(peer.heard, AGENT_HZ) > 0.6  # and ours reaches it

        await worker.command(c.Hangup(leg=leg))
        await log.wait(c.LegEnded, leg=leg)
    finally:
        await asyncio.to_thread(peer.stop)
