"""One step of the ramp: place n conversations, measure, hang up, analyse the recordings."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import time
import wave
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from server_stub.media import wire as c

from .audio import AudioResult, analyse
from .phones import LEGS_PER_PHONE, Conversation, Phones
from .procstat import cpu_between, cpu_of, memory, snapshot
from .product import Product
from .runstate import note
from .sipp import SippCustomers


@dataclass
class StepResult:
    n: int
    established: int = 0
    retries: int = 0
    failed: list[str] = field(default_factory=list)
    cpu: dict[str, float] = field(default_factory=dict)
    rss_mb: float = 0.0
    pss_mb: float = 0.0
    ring_ms: list[float] = field(default_factory=list)  # customer call -> agent call_arrived
    front_ms: list[float] = field(default_factory=list)  # customer call -> server call record
    server_ms: list[float] = field(default_factory=list)  # server call record -> agent rings
    server_audio: AudioResult = field(default_factory=AudioResult)
    agent_audio: AudioResult = field(default_factory=AudioResult)
    customer_audio: AudioResult = field(default_factory=AudioResult)
    seconds: float = 0.0
    load: str = ""

    @property
    def bad_share(self) -> float:
        parts = (self.server_audio, self.agent_audio, self.customer_audio)
        frames = sum(a.frames for a in parts)
        return sum(a.bad for a in parts) / frames if frames else 1.0


def safe_analyse(
    res: StepResult,
    audio: AudioResult,
    name: str,
    path: Path,
    tones: list[float],
    args: argparse.Namespace,
) -> None:
    try:
        result = analyse(path, tones, args.skip, args.skip_end, args.threshold, args.dropout)
    except (wave.Error, EOFError, ValueError) as exc:
        res.failed.append(f"{name}: unreadable recording ({exc})")
        return
    audio.add(result, name)


async def run_step(
    n: int,
    step_no: int,
    phones: Phones,
    product: Product,
    admin: str,
    args: argparse.Namespace,
    sipp_pcap: Path | None = None,
) -> StepResult:
    """One step; with `sipp_pcap` (--customers sipp) one SIPp process places the calls."""
    res = StepResult(n)
    t_start = time.time()
    phones.step_arrivals = {}
    phones.established_count = 0
    phones.established.clear()
    sipp: SippCustomers | None = None
    if sipp_pcap is not None:
        sipp = SippCustomers(phones.work, product.sip, sipp_pcap, step_no)
        # Each call holds from its answer: the rest of the ramp, settle, hold and a margin.
        call_s = sipp_call_seconds(n, args)
        await sipp.start(n, args.rate, call_s)
        phones.sipp = sipp  # killed by phones.stop() if the run is interrupted
        convs = await wait_sipp_established(n, sipp, phones)
    else:
        convs = await place_worker_calls(n, step_no, phones, args)
    res.established = min(phones.established_count, sum(1 for cv in convs if cv.error is None))
    note(f"established {phones.established_count}/{n}")
    res.retries = sum(cv.retries for cv in convs)
    res.failed = [f"{cv.ani}: {cv.error}" for cv in convs if cv.error]

    await asyncio.sleep(1.0)  # settle
    root = product.proc.pid
    a = snapshot(root)
    await asyncio.sleep(args.hold / 2)
    res.rss_mb, res.pss_mb = memory(root)
    await asyncio.sleep(args.hold / 2)
    b = snapshot(root)
    res.cpu = cpu_between(a, b)
    if sipp is not None and sipp.proc is not None:  # part of "phones"
        res.cpu["sipp"] = cpu_of(sipp.proc.pid, a, b)
    res.load = "/".join(f"{x:.2f}" for x in os.getloadavg())

    if sipp is not None:  # SIPp hangs up by itself when each call's pause is over
        t_end = time.time()
        early = [cl for cl in sipp.calls().values() if 0 < cl.t_bye < t_end]
        if early:
            res.failed.append(f"{len(early)} SIPp calls hung up inside the CPU window")
        code = await sipp.wait(call_s + 30)
        convs = sipp_conversations(sipp)
        if code != 0:
            res.failed.append(
                f"SIPp exit {code}: FailedCall {sipp.stat('FailedCall(C)')}; "
                + "; ".join(sipp.error_lines()[:3])
            )
    else:  # Hang up every customer; the server ends the agent legs.
        legs = [cv for cv in convs if cv.leg and cv.error is None]
        for cv in legs:  # paced like the calls: a BYE burst would trip the edge's pike limit
            assert cv.phone is not None
            with contextlib.suppress(c.CommandError):
                await cv.phone.command(c.Hangup(leg=cv.leg))  # type: ignore[arg-type]
            await asyncio.sleep(1 / args.hangup_rate)
    note("hung up")
    agent_legs = list(phones.step_arrivals.values())
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(asyncio.gather(*(leg.ended for leg in agent_legs)), 20)
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(
            asyncio.gather(*(leg.recorded for leg in agent_legs if leg.answered)), 20
        )

    note(f"agent legs ended {sum(leg.ended.done() for leg in agent_legs)}/{len(agent_legs)}")
    recs = [cv.recorded for cv in convs if cv.recorded is not None]
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(asyncio.gather(*recs), 20)
    # Server-side records: ani -> call id, started_at, recording.
    anis = {cv.ani: cv for cv in convs}
    records: dict[str, dict[str, Any]] = {}
    deadline = time.monotonic() + 60  # a BYE lost to the edge's pike is retransmitted
    while time.monotonic() < deadline:
        r = await product.api("GET", f"/calls?since={t_start - 1}&limit=1000", admin)
        records = {rec["id"]: rec for rec in r.json()["calls"] if rec["ani"] in anis}
        pending = [
            rec
            for rec in records.values()
            if rec["state"] != "ended" or (rec["answered_at"] and not rec["recording_id"])
        ]
        if not pending and len(records) >= res.established:
            break
        await asyncio.sleep(0.5)
    note(f"records {len(records)}")
    for call_id, rec in records.items():
        cv, leg = anis[rec["ani"]], phones.step_arrivals.get(call_id)
        if leg is None or cv.error is not None:
            continue
        res.ring_ms.append((leg.t_arrived - cv.t_call) * 1000)
        res.front_ms.append((rec["started_at"] - cv.t_call) * 1000)
        res.server_ms.append((leg.t_arrived - rec["started_at"]) * 1000)

    # Recordings: the server's (both tones) and the agent phone's (far end: 1000 Hz).
    rec_dir = product.data_dir / "recordings"
    for call_id, rec in records.items():
        if not rec["answered_at"]:
            continue
        found = list(rec_dir.rglob(f"{call_id}.wav"))
        if rec["state"] != "ended" or not rec["recording_id"]:
            res.failed.append(
                f"{call_id}: call not ended / recording not finished 60 s after the hang-up"
            )
            continue
        if not found:
            res.failed.append(f"{call_id}: no server recording")
            continue
        safe_analyse(
            res,
            res.server_audio,
            f"srv {call_id[:8]}",
            found[0],
            [args.customer_hz, args.agent_hz],
            args,
        )
    for leg in agent_legs:
        if leg.answered and leg.recording.exists():
            safe_analyse(
                res, res.agent_audio, f"agt {leg.account}", leg.recording, [args.customer_hz], args
            )
        elif leg.answered:
            res.failed.append(f"agent {leg.account}: no recording")
    for cv in convs:
        if cv.recording is not None and cv.recording.exists():
            safe_analyse(
                res, res.customer_audio, f"cus {cv.ani}", cv.recording, [args.agent_hz], args
            )
            if not args.keep:
                cv.recording.unlink()
    res.seconds = time.time() - t_start
    if not args.keep:
        for leg in agent_legs:
            leg.recording.unlink(missing_ok=True)
    for leg in agent_legs:
        phones.agent_legs.pop(leg.leg, None)
    for cv in convs:
        if cv.leg:
            phones.customer_legs.pop(cv.leg, None)
    return res


async def place_worker_calls(
    n: int, step_no: int, phones: Phones, args: argparse.Namespace
) -> list[Conversation]:
    """Start n conversations on the customer phones at --rate; wait until established."""
    convs = [
        Conversation(i, f"1{step_no:03d}{i:07d}", phones.customer_phones[i // LEGS_PER_PHONE])
        for i in range(n)
    ]
    calls = []
    for conv in convs:
        calls.append(asyncio.create_task(phones.call(conv, 0.5, args.attempts)))
        await asyncio.sleep(1 / args.rate)
    # All established: every customer answered by the server and every agent phone answered.
    deadline = time.monotonic() + 40
    await asyncio.gather(*calls)
    while phones.established_count < n - sum(1 for cv in convs if cv.error):
        phones.established.clear()
        left = deadline - time.monotonic()
        if left <= 0:
            break
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(phones.established.wait(), left)
    return convs


def sipp_call_seconds(n: int, args: argparse.Namespace) -> float:
    """How long a SIPp call holds after its answer: rest of the ramp + settle + hold + 5 s."""
    return n / args.rate + 1.0 + args.hold + 5.0


async def wait_sipp_established(n: int, sipp: SippCustomers, phones: Phones) -> list[Conversation]:
    """Until every call SIPp placed is answered by an agent phone or was refused with 503."""
    assert sipp.proc is not None
    deadline = time.monotonic() + n / sipp.rate + 40
    while time.monotonic() < deadline and sipp.proc.returncode is None:
        calls = sipp.calls()
        rejected = sum(1 for cl in calls.values() if cl.rejected)
        answered = sum(1 for cl in calls.values() if cl.answered)
        if answered + rejected >= n and phones.established_count >= answered:
            break
        await asyncio.sleep(0.1)
    return sipp_conversations(sipp)


def sipp_conversations(sipp: SippCustomers) -> list[Conversation]:
    """SIPp's calls as conversations (no phone, no leg): caller number, INVITE time, outcome.
    A 503 "No free worker" is not retried by SIPp: counted in `retries` and failed."""
    convs = []
    for i, call in enumerate(sipp.calls().values()):
        cv = Conversation(i, call.ani, None, t_call=call.t_invite)
        if call.rejected:
            cv.retries, cv.error = 1, "503 No free worker (SIPp does not retry)"
        elif not call.answered:
            cv.error = "not answered by the server"
        convs.append(cv)
    return convs


async def wait_agents_ready(product: Product, tokens: dict[str, str], timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    for agent_id, token in tokens.items():
        while True:
            state = (await product.api("GET", "/agents/me/state", token)).json()
            if state["state"] == "ready":
                break
            if state["state"] == "not_ready":  # e.g. a missed ring: back to ready
                await product.api("POST", "/agents/me/state", token, json={"state": "ready"})
            if time.monotonic() > deadline:
                raise RuntimeError(f"agent {agent_id} stuck in {state}")
            await asyncio.sleep(0.2)
