"""Measure media workers: idle CPU and memory, start time, call setup latency.

    .venv/bin/python bench/media_idle.py --workers 10 --seconds 30 --calls 20
    .venv/bin/python bench/media_idle.py --workers 10 --seconds 30 --calls 0 --media-thread

Idle CPU comes from /proc/<pid>/stat (utime+stime of the whole worker process) over the
window; RSS and PSS from /proc/<pid>/status and smaps_rollup. Call setup is measured
from the coordinator's side: `call` command sent -> callee's call_arrived event ->
coordinator sends `answer` -> caller's leg_answered event.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from server_stub.media import wire as c
from server_stub.media.pool import PoolConfig, WorkerHandle, WorkerPool

TICK = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid: int) -> float:
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICK


def memory_kb(pid: int) -> tuple[int, int]:
    rss = pss = 0
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                rss = int(line.split()[1])
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            for line in f:
                if line.startswith("Pss:"):
                    pss = int(line.split()[1])
    except OSError:
        pass
    return rss, pss


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(q * len(values)))]


async def measure(args: argparse.Namespace) -> None:
    events: dict[str, asyncio.Queue[c.Event]] = {}

    def on_event(handle: WorkerHandle, event: c.Event) -> None:
        events.setdefault(handle.worker_id, asyncio.Queue()).put_nowait(event)

    worker_args = ("--media-thread",) if args.media_thread else ("--no-media-thread",)
    worker_args += ("--idle-wait-ms", str(args.idle_wait_ms))
    config = PoolConfig(min_workers=0, min_spare=0, max_spare=10_000, worker_args=worker_args)
    async with WorkerPool(config, on_event=on_event) as pool:
        starts = []
        for _ in range(args.workers):
            t0 = time.perf_counter()
            await pool.spawn()
            starts.append((time.perf_counter() - t0) * 1000)
        print(
            f"start (spawn -> worker_ready), {len(starts)} sequential: median "
            f"{statistics.median(starts):.0f} ms, max {max(starts):.0f} ms"
        )
        handles = list(pool.workers.values())
        await asyncio.sleep(2.0)  # let start-up work settle
        before = {h.pid: cpu_seconds(h.pid) for h in handles}
        t0 = time.monotonic()
        await asyncio.sleep(args.seconds)
        elapsed = time.monotonic() - t0
        per = [100 * (cpu_seconds(h.pid) - before[h.pid]) / elapsed for h in handles]
        mem = [memory_kb(h.pid) for h in handles]
        print(
            f"idle CPU per worker over {elapsed:.0f} s ({len(handles)} workers, "
            f"media_thread={args.media_thread}, idle_wait_ms={args.idle_wait_ms}): "
            f"mean {statistics.mean(per):.3f} %, max {max(per):.3f} % of one core; "
            f"total {sum(per):.2f} %"
        )
        print(
            f"memory per idle worker: RSS {statistics.mean(m[0] for m in mem) / 1024:.1f} MB, "
            f"PSS {statistics.mean(m[1] for m in mem) / 1024:.1f} MB"
        )
        if args.calls and len(handles) >= 2:
            await calls(handles[0], handles[1], events, args.calls)
        if args.active and len(handles) >= 2:
            await active_call(handles[0], handles[1], events, args.active)


async def calls(
    a: WorkerHandle, b: WorkerHandle, events: dict[str, asyncio.Queue[c.Event]], n: int
) -> None:
    async def next_event(wid: str, kind: type[c.Event]) -> c.Event:
        queue = events.setdefault(wid, asyncio.Queue())
        while True:
            ev = await asyncio.wait_for(queue.get(), 5)
            if isinstance(ev, kind):
                return ev

    arrive, answered = [], []
    for _ in range(n):
        t0 = time.perf_counter()
        leg = (await a.command(c.MakeCall(uri=b.sip_uri)))["leg"]
        arrived = await next_event(b.worker_id, c.CallArrived)
        t1 = time.perf_counter()
        await b.command(c.Answer(leg=arrived.leg))  # type: ignore[attr-defined]
        await next_event(a.worker_id, c.LegAnswered)
        t2 = time.perf_counter()
        arrive.append((t1 - t0) * 1000)
        answered.append((t2 - t0) * 1000)
        await a.command(c.Hangup(leg=leg))
        await next_event(a.worker_id, c.LegEnded)
        await next_event(b.worker_id, c.LegEnded)
        await asyncio.sleep(0.05)
    for name, xs in (("call -> call_arrived", arrive), ("call -> leg_answered", answered)):
        print(
            f"{name} (n={n}): median {statistics.median(xs):.1f} ms, "
            f"p90 {pct(xs, 0.9):.1f} ms, max {max(xs):.1f} ms"
        )


async def active_call(
    a: WorkerHandle, b: WorkerHandle, events: dict[str, asyncio.Queue[c.Event]], seconds: float
) -> None:
    """CPU of both workers during one answered call with a looped prompt each way."""
    import tempfile
    import wave

    with tempfile.TemporaryDirectory() as tmp:
        wav = Path(tmp) / "tone.wav"
        with wave.open(str(wav), "wb") as w:
            w.setnchannels(1)
            w.setsampwidth(2)
            w.setframerate(16000)
            w.writeframes(b"\x00\x10\x00\xf0" * 16000)
        leg = (await a.command(c.MakeCall(uri=b.sip_uri)))["leg"]
        arrived = None
        while not isinstance(arrived, c.CallArrived):
            arrived = await asyncio.wait_for(
                events.setdefault(b.worker_id, asyncio.Queue()).get(), 5
            )
        await b.command(c.Answer(leg=arrived.leg))
        await asyncio.sleep(0.5)
        await a.command(c.Play(leg=leg, file=str(wav), loop=True))
        await b.command(c.Play(leg=arrived.leg, file=str(wav), loop=True))
        rec = await b.command(c.RecordStart(legs=[arrived.leg], path=str(Path(tmp) / "r.wav")))
        await asyncio.sleep(1.0)
        before = {h.pid: cpu_seconds(h.pid) for h in (a, b)}
        t0 = time.monotonic()
        await asyncio.sleep(seconds)
        elapsed = time.monotonic() - t0
        used = [100 * (cpu_seconds(h.pid) - before[h.pid]) / elapsed for h in (a, b)]
        await b.command(c.RecordStop(recording=rec["recording"]))
        await a.command(c.Hangup(leg=leg))
    print(
        f"one answered call, prompt both ways, callee recording, {elapsed:.0f} s: "
        f"caller {used[0]:.2f} %, callee {used[1]:.2f} % of one core"
    )


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    p.add_argument("--workers", type=int, default=10)
    p.add_argument("--seconds", type=float, default=30.0)
    p.add_argument("--calls", type=int, default=20)
    p.add_argument("--active", type=float, default=0.0, help="seconds of one active call")
    p.add_argument(
        "--media-thread",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="RTP on pjmedia's own thread (the worker's default since issue 19)",
    )
    p.add_argument("--idle-wait-ms", type=int, default=1000)
    asyncio.run(measure(p.parse_args()))


if __name__ == "__main__":
    main()
