"""Ramp concurrent recorded conversations through the whole product (issue 3).

    .venv/bin/python bench/calls.py                       # steps 5,10,20,40,60,80,100,120
    .venv/bin/python bench/calls.py --steps 5,10,20,30 --hold 15
    .venv/bin/python bench/calls.py --quick               # ~1 minute sanity run (steps 2,5)
    .venv/bin/python bench/calls.py --quick --customers sipp  # customers: one SIPp process per step
    .venv/bin/python bench/calls.py --compare --steps 10,20 --hold 10 --media-clock-rate 8000
        # issue 19: the media workers' old settings first, then these; both and the ratio

The real product (`python -m server_stub run`: coordinator, Kamailio edge, media workers)
runs as a process on free ports with a pre-seeded data dir: N bench agents 2001..2000+N
(role agent, password "demo" hashed with cheap argon2 parameters), queue `bench`
(ring_timeout 10, wrap_up_seconds 0), DID 4009000000 (queue bench, ivr "direct").

Test side (this process): a WorkerPool of media workers used as phones. Agent phones hold
4 registered agent accounts each; customer phones hold 4 customer legs each. One
conversation: customer `call` sip:4009000000@edge with from_user = a unique caller number
-> edge -> server worker answers, joins `bench` with music on hold -> ACD -> the server
rings sip:<agent>@edge -> the agent phone answers at once, plays 440 Hz and records its
leg -> the server bridges and records -> the customer plays 1000 Hz -> after the step's
hold the customer hangs up.

With `--customers sipp` the customers are one SIPp process per step instead of customer
phones (cheaper on the shared cores): a UAC scenario (bench/calls_parts/sipp.py) INVITEs the
DID with caller number 2<step><call number>, offers PCMA only, plays a 1000 Hz A-law pcap
after the ACK and sends BYE after a pause that covers the ramp, settle and hold. A 503 is
not retried: it counts in "503 retries" and as a failed conversation. The customer
recordings (--customer-recordings) do not exist then.

Each step: start `n` conversations at `--rate` per second (a 503 "No free worker" from the
edge is retried after 0.5 s and counted), wait until all are established, settle 1 s,
measure CPU (/proc/<pid>/stat ticks) of the product's processes (coordinator, Kamailio,
server workers) and of the test side (this process + its phones + SIPp) over `--hold` s,
hang up, then analyse the recordings (see `analyse()`). A baseline step with one
conversation runs first. Ramping stops when a step does not establish every
conversation or its bad-frame share exceeds `--max-bad`.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import math
import os
import shutil
import signal
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # server_stub, tests.support and bench.calls_parts (the parts)

import httpx  # noqa: E402

from bench.calls_parts.audio import AGENT_HZ, CUSTOMER_HZ, self_check_ratio  # noqa: E402
from bench.calls_parts.phones import Phones  # noqa: E402
from bench.calls_parts.procstat import cpu_between, memory, snapshot  # noqa: E402
from bench.calls_parts.product import (  # noqa: E402
    ADMIN,
    BASELINE_MEDIA_ENV,
    FIRST_AGENT,
    Product,
    start_product,
    stop_product,
    wait_healthy,
)
from bench.calls_parts.runstate import RUN  # noqa: E402
from bench.calls_parts.sipp import write_tone_pcap  # noqa: E402
from bench.calls_parts.step import (  # noqa: E402
    StepResult,
    run_step,
    sipp_call_seconds,
    wait_agents_ready,
)
from tests.support.tones import make_tone_wav  # noqa: E402

# --- report --------------------------------------------------------------------------------


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    if not values:
        return float("nan")
    return values[min(len(values) - 1, max(0, math.ceil(q * len(values)) - 1))]


def fmt_row(r: StepResult, base: StepResult | None) -> str:
    cpu = r.cpu
    per = cpu["product"] / max(1, r.established)
    ratio = ""
    if base is not None and base.established:
        ratio = f"{per / (base.cpu['product'] / base.established):.2f}"
    phones_per = cpu["phones"] / max(1, r.established)
    return (
        f"| {r.n} | {r.established} | {r.retries} | {int(cpu['server_workers'])} | "
        f"{cpu['product']:.1f} ({cpu.get('coordinator', 0):.1f} / "
        f"{cpu.get('kamailio', 0):.1f} / {cpu.get('workers', 0):.1f}) | "
        f"{per:.2f} | {ratio} | {cpu['phones']:.1f} ({phones_per:.2f}) | "
        f"{cpu['machine']:.0f} | {r.rss_mb:.0f} / {r.pss_mb:.0f} | "
        f"{pct(r.ring_ms, 0.5):.1f} / {pct(r.ring_ms, 0.95):.1f} | "
        f"{pct(r.front_ms, 0.5):.1f} / {pct(r.front_ms, 0.95):.1f} | "
        f"{pct(r.server_ms, 0.5):.1f} / {pct(r.server_ms, 0.95):.1f} | "
        f"{r.server_audio.bad}/{r.server_audio.frames} | "
        f"{r.agent_audio.bad}/{r.agent_audio.frames} | {r.load} |"
    )


HEADER = (
    "| conv. | est. | 503 retries | srv workers | product CPU % (coord / kam / workers) | "
    "per conv. % | × at 1 | phones CPU % (per conv.) | machine busy % of 200 | "
    "RSS / PSS MB | INVITE→ringing p50/p95 ms | → server p50/p95 | server → ringing "
    "p50/p95 | bad frames server | bad frames agent | load 1/5/15 |\n"
    "|---:|---:|---:|---:|---|---:|---:|---|---:|---|---|---|---|---:|---:|---|"
)


# --- main ----------------------------------------------------------------------------------


def per_conv(r: StepResult) -> float:
    return float(r.cpu["product"]) / max(1, r.established)


def media_args(args: argparse.Namespace) -> tuple[str, ...]:
    """The product's media options under test (--media-clock-rate, --media-quality)."""
    out: tuple[str, ...] = ()
    if args.media_clock_rate:
        out += ("--media-clock-rate", str(args.media_clock_rate))
    if args.media_quality:
        out += ("--media-quality", str(args.media_quality))
    if args.media_frame_ms:
        out += ("--media-frame-ms", str(args.media_frame_ms))
    return out


def ptime_env(args: argparse.Namespace) -> dict[str, str] | None:
    """`--media-ptime`: every server leg's packet time (the workers' CALLCENTER_MEDIA_PTIME).
    In the product only agent legs run at 10 ms (the softphone asks for it), so 10 here is
    an upper bound of what the softphone's packets cost the workers."""
    return {"CALLCENTER_MEDIA_PTIME": str(args.media_ptime)} if args.media_ptime else None


async def compare(args: argparse.Namespace, work: Path) -> int:
    """Baseline (the media workers' old settings) then the product as configured, each
    on a fresh product and data dir, the same steps; then both per-conversation figures
    and their ratio."""
    runs: dict[str, list[StepResult]] = {}
    plan = [
        ("baseline", (), dict(BASELINE_MEDIA_ENV)),
        ("new " + (" ".join(media_args(args)) or "(defaults)"), media_args(args), None),
    ]
    for label, extra, env in plan:
        print(f"\n## {label} (media env {env or 'product defaults'})", flush=True)
        sub = work / label.split()[0]
        sub.mkdir()
        results: list[StepResult] = []
        await bench(args, sub, extra, env, results)
        runs[label] = results
    (base_label, base), (new_label, new) = runs.items()
    print(
        "\n| conv. | baseline product CPU % per conv. | new per conv. | new / baseline | "
        "bad frames server (baseline · new) |\n|---:|---:|---:|---:|---|"
    )
    for b, n in zip(base, new, strict=False):
        print(
            f"| {b.n} | {per_conv(b):.2f} | {per_conv(n):.2f} | "
            f"{per_conv(n) / max(1e-9, per_conv(b)):.2f} | "
            f"{b.server_audio.bad}/{b.server_audio.frames} · "
            f"{n.server_audio.bad}/{n.server_audio.frames} |",
            flush=True,
        )
    print(f"baseline: {base_label}; new: {new_label}", flush=True)
    return 0 if len(base) == len(new) and base and not RUN.failed else 1


async def bench(
    args: argparse.Namespace,
    work: Path,
    extra_args: tuple[str, ...] | None = None,
    media_env: dict[str, str] | None = None,
    results: list[StepResult] | None = None,
) -> int:
    # Ctrl-C / SIGTERM cancel this task, so the finally below stops phones and product.
    task, loop = asyncio.current_task(), asyncio.get_running_loop()
    assert task is not None
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, task.cancel)
    steps = [int(s) for s in args.steps.split(",")]
    n_agents = max(steps)
    print(f"work dir {work}; load before: {os.getloadavg()}", flush=True)
    self_check_ratio(work)
    proc, base, sip = start_product(
        work,
        n_agents,
        n_agents + 5,
        args.product_log_level,
        args.agent_srtp,
        media_args(args) if extra_args is None else extra_args,
        media_env if media_env is not None else ptime_env(args),
    )
    client = httpx.AsyncClient()
    product = Product(base, sip, work / "data", proc, client)
    phones: Phones | None = None
    try:
        await wait_healthy(product, work)
        admin = (await product.login(ADMIN))["token"]
        infos = dict(
            zip(
                [str(FIRST_AGENT + i) for i in range(n_agents)],
                await asyncio.gather(
                    *(product.login(str(FIRST_AGENT + i)) for i in range(n_agents))
                ),
                strict=True,
            )
        )
        # Long tone files: pjmedia's looping WAV player leaves one silent 20 ms frame at
        # every loop seam, which would count as a bad frame every file length.
        tones = {
            "customer": make_tone_wav(work / "customer.wav", args.customer_hz, args.tone_s),
            "agent": make_tone_wav(work / "agent.wav", args.agent_hz, args.tone_s),
        }
        sipp_pcap = None
        if args.customers == "sipp":  # one tone for every call, as long as the longest one
            seconds = sipp_call_seconds(max(steps), args) + 5
            sipp_pcap = write_tone_pcap(work / "customer.pcap", args.customer_hz, seconds)
        phones = Phones(product, work, tones, args.register_rate)
        phones.customer_recordings = args.customer_recordings
        t0 = time.monotonic()
        await phones.start(infos, 0 if sipp_pcap else n_agents)
        print(
            f"{len(phones.agent_phones)} agent phones ({n_agents} accounts registered), "
            f"{len(phones.customer_phones)} customer phones in "
            f"{time.monotonic() - t0:.1f} s",
            flush=True,
        )
        tokens = {a: info["token"] for a, info in infos.items()}
        for token in tokens.values():
            r = await product.api("POST", "/agents/me/state", token, json={"state": "ready"})
            r.raise_for_status()

        # Idle product (agents registered and ready, no calls).
        await asyncio.sleep(3)
        a = snapshot(proc.pid)
        await asyncio.sleep(args.idle)
        idle = cpu_between(a, snapshot(proc.pid))
        rss, pss = memory(proc.pid)
        n_idle = int(idle["server_workers"])
        print(
            f"idle product over {args.idle:.0f} s: {idle['product']:.2f} % of one core "
            f"(coordinator {idle.get('coordinator', 0):.2f}, Kamailio "
            f"{idle.get('kamailio', 0):.2f}, {n_idle} idle server workers "
            f"{idle.get('workers', 0):.2f} = {idle.get('workers', 0) / max(1, n_idle):.3f} "
            f"each); test-side phones {idle['phones']:.2f} %; RSS {rss:.0f} MB, "
            f"PSS {pss:.0f} MB",
            flush=True,
        )

        results = [] if results is None else results
        base_result: StepResult | None = None
        best = clean = 0
        plan = [1, *steps]
        print(HEADER, flush=True)
        for i, n in enumerate(plan):
            await wait_agents_ready(product, tokens)
            await asyncio.sleep(args.pause)
            r = await run_step(n, i, phones, product, admin, args, sipp_pcap)
            results.append(r)
            if i == 0:
                base_result = r
            print(fmt_row(r, base_result), flush=True)
            if "sipp" in r.cpu:
                print(f"    of the phones CPU, SIPp: {r.cpu['sipp']:.1f} %", flush=True)
            if r.failed:
                RUN.failed = True
                print(f"    failures ({len(r.failed)}): {'; '.join(r.failed[:5])}", flush=True)
            if r.customer_audio.files:
                print(
                    f"    customer recordings (far end 440 Hz): bad frames "
                    f"{r.customer_audio.bad}/{r.customer_audio.frames}",
                    flush=True,
                )
            for kind, audio in (
                ("server", r.server_audio),
                ("agent", r.agent_audio),
                ("customer", r.customer_audio),
            ):
                if audio.bad:
                    print(
                        f"    {kind} bad frames: {audio.missing_tone} tone missing ("
                        + ", ".join(f"{f:.0f} Hz: {k}" for f, k in audio.by_tone.items())
                        + f"), {audio.dropout} drop-outs over {audio.files} files; worst "
                        f"{audio.worst}",
                        flush=True,
                    )
            if phones.errors:
                print(f"    errors: {phones.errors[:5]}", flush=True)
                phones.errors.clear()
            ok = r.established == n and r.bad_share <= args.max_bad
            if not ok and args.compare:  # both runs do every step; the ratio needs them
                print(f"    (step {n} fails the rules; --compare goes on)", flush=True)
            elif not ok:
                why = (
                    "not all established"
                    if r.established < n
                    else f"bad frames {100 * r.bad_share:.2f} % > {100 * args.max_bad:.2f} %"
                )
                print(f"stop at {n}: {why}", flush=True)
                break
            if i > 0:
                best = n
                if r.bad_share == 0:
                    clean = n
        print(
            f"\nmaximum sustained: {best} concurrent recorded conversations "
            f"(bad frames <= {100 * args.max_bad:.2f} %, all established); "
            f"largest step with no bad frame at all: {clean or 'none'}",
            flush=True,
        )
        if base_result is not None and results[-1] is not base_result:
            top = results[-1]
            print(
                f"per-conversation product CPU: {base_result.cpu['product']:.2f} % at 1, "
                f"{top.cpu['product'] / max(1, top.established):.2f} % at {top.n}",
                flush=True,
            )
        return 0
    finally:
        if phones is not None:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(phones.unregister(), 30)
            with contextlib.suppress(Exception):
                await asyncio.wait_for(phones.stop(), 30)
        await client.aclose()
        stop_product(proc)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--steps", default="5,10,20,40,60,80,100,120")
    parser.add_argument(
        "--hold", type=float, default=15.0, help="seconds of steady state per step (CPU window)"
    )
    parser.add_argument("--rate", type=float, default=4.0, help="new conversations per second")
    parser.add_argument("--hangup-rate", type=float, default=15.0, help="hang-ups per second")
    parser.add_argument(
        "--register-rate", type=float, default=4.0, help="agent registrations per second"
    )
    parser.add_argument(
        "--attempts",
        type=int,
        default=20,
        help="tries per conversation while the edge says 503 No free worker",
    )
    parser.add_argument("--idle", type=float, default=10.0, help="idle measurement seconds")
    parser.add_argument("--pause", type=float, default=2.0, help="seconds between steps")
    parser.add_argument(
        "--skip", type=float, default=1.0, help="seconds skipped at the start of each recording"
    )
    parser.add_argument(
        "--skip-end", type=float, default=0.5, help="seconds skipped at the end of each recording"
    )
    parser.add_argument(
        "--threshold",
        type=float,
        default=0.15,
        help="min Goertzel power share of an expected tone in a 20 ms frame",
    )
    parser.add_argument(
        "--dropout", type=float, default=0.5, help="frame RMS below this x median RMS is a drop-out"
    )
    parser.add_argument(
        "--max-bad",
        type=float,
        default=0.005,
        help="stop when bad frames exceed this share (0.005 = 0.5 %%)",
    )
    parser.add_argument(
        "--tone-s",
        type=float,
        default=300.0,
        help="length of the looped tone files (longer than any conversation)",
    )
    parser.add_argument(
        "--customer-recordings",
        action="store_true",
        help="also record and analyse each customer leg (far end 440 Hz)",
    )
    parser.add_argument(
        "--customer-hz",
        type=float,
        default=CUSTOMER_HZ,
        help="customer tone; 1000 Hz has a whole number of periods in 20 ms "
        "and at 8 kHz, so frame loss concealed by PLC or a dropped "
        "frame stays invisible in that direction (try 1010)",
    )
    parser.add_argument("--agent-hz", type=float, default=AGENT_HZ, help="agent tone")
    parser.add_argument(
        "--product-log-level", default="warning", choices=["debug", "info", "warning", "error"]
    )
    parser.add_argument(
        "--agent-srtp",
        default="optional",
        choices=["disabled", "optional", "mandatory"],
        help="the product's --agent-srtp (its default: optional, so SRTP is used)",
    )
    parser.add_argument(
        "--customers",
        default="workers",
        choices=["workers", "sipp"],
        help="customer side: media workers as phones, or one SIPp process per step",
    )
    parser.add_argument(
        "--media-clock-rate",
        type=int,
        choices=(8000, 16000),
        help="the product's --media-clock-rate (default: the product's, 16000)",
    )
    parser.add_argument(
        "--media-ptime",
        type=int,
        choices=(10, 20, 40),
        help="every server leg's RTP packet time (default: the worker's, 20; the desktop "
        "softphone asks for 10 on agent legs)",
    )
    parser.add_argument(
        "--media-quality", type=int, help="the product's --media-quality (default: its own, 8)"
    )
    parser.add_argument(
        "--media-frame-ms",
        type=int,
        choices=(10, 20, 40),
        help="the product's --media-frame-ms (default: its own, 20)",
    )
    parser.add_argument(
        "--compare",
        action="store_true",
        help="run the steps twice: baseline (media workers' settings before issue 19) "
        "then the product with the --media-* options above; print both and the ratio",
    )
    parser.add_argument("--verbose", action="store_true", help="print the phases of a step")
    parser.add_argument("--keep", action="store_true", help="keep the work dir")
    parser.add_argument("--quick", action="store_true", help="steps 2,5, hold 8 s, idle 5 s")
    args = parser.parse_args()
    if args.quick:
        args.steps, args.hold, args.idle, args.pause = "2,5", 8.0, 5.0, 1.0
    if args.customers == "sipp" and args.customer_recordings:
        parser.error(
            "--customer-recordings needs --customers workers: SIPp customers do not record"
        )
    if args.customers == "sipp" and shutil.which("sipp") is None:
        parser.error("--customers sipp needs SIPp (Debian: apt-get install sip-tester)")
    RUN.verbose = args.verbose
    work = Path(tempfile.mkdtemp(prefix="bench-calls-"))
    print(f"command: {' '.join(sys.argv)}", flush=True)

    try:
        return asyncio.run(compare(args, work) if args.compare else bench(args, work))
    except (KeyboardInterrupt, asyncio.CancelledError):
        RUN.failed = True
        print("interrupted; processes stopped", file=sys.stderr)
        return 130
    except BaseException:
        RUN.failed = True
        raise
    finally:
        if not args.keep and RUN.failed:
            # Keep the logs of the product (coordinator, Kamailio) for a failed run.
            logs = Path(tempfile.gettempdir()) / f"bench-calls-logs-{os.getpid()}"
            logs.mkdir(exist_ok=True)
            for src in (work / "server.log", work / "data" / "edge" / "kamailio.log"):
                if src.exists():
                    shutil.copy(src, logs / src.name)
            print(f"logs kept in {logs}", file=sys.stderr)
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
