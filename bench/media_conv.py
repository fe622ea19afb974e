"""CPU of one server-like media worker during one recorded conversation (issue 19).

    .venv/bin/python bench/media_conv.py                          # the worker's defaults
    .venv/bin/python bench/media_conv.py --no-media-thread --active-wait-ms 20   # before
    .venv/bin/python bench/media_conv.py --clock-rate 8000 --perf /tmp/w.data    # + perf

Three workers on loopback: a customer phone calls the server worker S, which answers and
calls an agent phone; S bridges the two legs and records both; each phone loops a
1000 Hz G.711-rate tone. Arguments are passed to S only (any `python -m server_stub.media`
option). Prints S's CPU (/proc/<pid>/stat) over --seconds and the recording's rate.
With --perf FILE, `perf record -g` samples S meanwhile (`perf report -i FILE`).
"""

from __future__ import annotations

import asyncio
import math
import os
import struct
import sys
import tempfile
import time
import wave
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from server_stub.media import wire as c
from server_stub.media.pool import PoolConfig, WorkerPool

TICK = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid: int) -> float:
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICK


def tone(path: Path, seconds: int = 60) -> Path:
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(8000)
        w.writeframes(
            b"".join(
                struct.pack("<h", int(8000 * math.sin(2 * math.pi * 1000 * i / 8000)))
                for i in range(8000 * seconds)
            )
        )
    return path


async def run(server_args: list[str], seconds: float, perf: str | None) -> float:
    events: dict[str, asyncio.Queue[c.Event]] = {}

    def on_event(handle: object, event: c.Event) -> None:
        events.setdefault(handle.worker_id, asyncio.Queue()).put_nowait(event)  # type: ignore[attr-defined]

    async def arrived(worker_id: str) -> str:
        queue = events.setdefault(worker_id, asyncio.Queue())
        while True:
            event = await asyncio.wait_for(queue.get(), 5)
            if isinstance(event, c.CallArrived):
                return event.leg

    tmp = Path(tempfile.mkdtemp(prefix="media-conv-"))
    wav = tone(tmp / "tone.wav")
    phones_cfg = PoolConfig(min_workers=0, min_spare=0, max_spare=100)
    server_cfg = PoolConfig(
        min_workers=0, min_spare=0, max_spare=100, worker_args=tuple(server_args)
    )
    async with (
        WorkerPool(phones_cfg, on_event=on_event) as phones,
        WorkerPool(server_cfg, on_event=on_event) as servers,
    ):
        customer, agent, server = await phones.spawn(), await phones.spawn(), await servers.spawn()
        await asyncio.sleep(1)
        c_leg = (await customer.command(c.MakeCall(uri=server.sip_uri)))["leg"]
        s_in = await arrived(server.worker_id)
        await server.command(c.Answer(leg=s_in))
        s_out = (await server.command(c.MakeCall(uri=agent.sip_uri)))["leg"]
        a_leg = await arrived(agent.worker_id)
        await agent.command(c.Answer(leg=a_leg))
        await asyncio.sleep(0.5)
        await server.command(c.Bridge(leg_a=s_in, leg_b=s_out))
        await customer.command(c.Play(leg=c_leg, file=str(wav), loop=True))
        await agent.command(c.Play(leg=a_leg, file=str(wav), loop=True))
        rec = await server.command(c.RecordStart(legs=[s_in, s_out], path=str(tmp / "r.wav")))
        await asyncio.sleep(1.5)
        sampler = None
        if perf:
            sampler = await asyncio.create_subprocess_exec(
                "perf", "record", "-g", "-o", perf, "-p", str(server.pid),
                stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL,
            )  # fmt: skip
        before, t0 = cpu_seconds(server.pid), time.monotonic()
        await asyncio.sleep(seconds)
        used = 100 * (cpu_seconds(server.pid) - before) / (time.monotonic() - t0)
        if sampler is not None:
            sampler.send_signal(2)
            await sampler.wait()
        await server.command(c.RecordStop(recording=rec["recording"]))
        await customer.command(c.Hangup(leg=c_leg))
        await asyncio.sleep(0.5)
        with wave.open(str(tmp / "r.wav")) as w:
            rate, length = w.getframerate(), w.getnframes() / w.getframerate()
    print(
        f"{' '.join(server_args) or '(defaults)'}: server worker {used:.2f} % of one core "
        f"over {seconds:.0f} s; recording {rate} Hz, {length:.1f} s",
        flush=True,
    )
    return used


def main() -> None:
    argv = sys.argv[1:]
    seconds, perf = 12.0, None
    if "--seconds" in argv:
        i = argv.index("--seconds")
        seconds = float(argv[i + 1])
        del argv[i : i + 2]
    if "--perf" in argv:
        i = argv.index("--perf")
        perf = argv[i + 1]
        del argv[i : i + 2]
    asyncio.run(run(argv, seconds, perf))


if __name__ == "__main__":
    main()
