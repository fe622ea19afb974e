"""`python -m server_stub.sim` (callcenter-sim): simulated agents, customers or a demo."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import logging
import signal
import sys
from pathlib import Path

from server_stub.sim.simulator import DEMO_AGENTS, Simulator

DESCRIPTION = """\
Simulated agents and customers on a running callcenter-server, for demos, tests and load.
Simulated agents sign in, register a phone at the SIP edge, go Ready and answer calls;
simulated customers call a hotline number through the edge and talk for a while."""

EXAMPLES = """\
examples:
  callcenter-sim demo
      agents {agents} and a customer about every 8 s, until Ctrl+C (what
      `callcenter-server run --demo --simulate` starts); sign in as 1001 or 1002 to take
      calls yourself
  callcenter-sim agents 1003 1004 --no-answer-agents 1004
  callcenter-sim customers --did 4008002000 --calls 20 --rate 2
All of them talk to the server at --server (default http://127.0.0.1:8080) and its SIP edge
at --edge (default 127.0.0.1:5060); demo agents' password is `demo`."""


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(
        prog="callcenter-sim",
        description=DESCRIPTION,
        epilog=EXAMPLES.format(agents=", ".join(DEMO_AGENTS)),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--edge", default="127.0.0.1:5060", help="SIP edge HOST:PORT")
    common.add_argument("--record-dir", type=Path, help="record what each party hears")
    common.add_argument("--max-workers", type=int, default=32, help="media worker processes")
    common.add_argument("--seed", type=int, help="random seed (caller numbers, demo timing)")
    common.add_argument("--log-level", default="INFO", help="DEBUG, INFO, WARNING or ERROR")
    agents = argparse.ArgumentParser(add_help=False)
    agents.add_argument("--server", default="http://127.0.0.1:8080", help="coordinator URL")
    agents.add_argument("--password", default="demo", help="the agents' password")
    agents.add_argument("--answer-delay", type=float, default=1.0, help="seconds to answer")
    agents.add_argument(
        "--no-answer-agents",
        nargs="*",
        default=[],
        metavar="AGENT",
        help="agents that let calls ring (no-answer simulation)",
    )
    agents.add_argument(
        "--agent-tone-hz",
        type=float,
        default=440.0,
        help="tone the agents play into calls (0: silence)",
    )
    customers = argparse.ArgumentParser(add_help=False)
    customers.add_argument(
        "--customer-tone-hz",
        type=float,
        default=1000.0,
        help="tone the customers play into calls (0: silence)",
    )
    sub = p.add_subparsers(dest="mode", required=True)
    a = sub.add_parser("agents", parents=[common, agents], help="sign in agents; run until ^C")
    a.add_argument("agent_ids", nargs="+", metavar="AGENT")
    c = sub.add_parser("customers", parents=[common, customers], help="place customer calls")
    c.add_argument("--did", default="4008001000", help="number to call (default: %(default)s)")
    c.add_argument("--uri", help="dial this SIP URI instead of DID@edge")
    c.add_argument("--ani", help="caller number (default: random mobile numbers)")
    c.add_argument("--digits", help="IVR digits to send after --digits-delay")
    c.add_argument("--digits-delay", type=float, default=2.0, help="seconds")
    c.add_argument(
        "--talk-seconds", type=float, default=10.0, help="seconds to talk once an agent answers"
    )
    c.add_argument("--abandon-after", type=float, help="hang up this long after dialling")
    c.add_argument(
        "--ring-timeout", type=float, default=30.0, help="seconds to wait for the server to answer"
    )
    c.add_argument("--calls", type=int, default=1, help="how many calls")
    c.add_argument("--rate", type=float, default=1.0, help="new calls per second")
    d = sub.add_parser(
        "demo",
        parents=[common, agents, customers],
        help=f"agents {', '.join(DEMO_AGENTS)} and a trickle of customers; run until ^C",
    )
    d.add_argument("--interval", type=float, default=8.0, help="mean seconds between calls")
    d.add_argument(
        "--agents",
        nargs="*",
        default=list(DEMO_AGENTS),
        metavar="AGENT",
        help="simulated agents (default: %(default)s); leave some for people",
    )
    d.add_argument("--calls", type=int, help="stop after this many calls")
    return p.parse_args(argv)  # fmt: skip


def _simulator(args: argparse.Namespace) -> Simulator:
    from server_stub.media.pool import PoolConfig

    return Simulator(
        server=getattr(args, "server", "http://127.0.0.1:8080"),
        edge=args.edge,
        password=getattr(args, "password", "demo"),
        answer_delay=getattr(args, "answer_delay", 1.0),
        no_answer_agents=tuple(getattr(args, "no_answer_agents", ())),
        agent_tone_hz=getattr(args, "agent_tone_hz", 440.0),
        customer_tone_hz=getattr(args, "customer_tone_hz", 1000.0),
        record_dir=args.record_dir,
        pool_config=PoolConfig(
            min_workers=0,
            max_workers=args.max_workers,
            min_spare=0,
            max_spare=0,
            idle_grace_s=5.0,
        ),
        seed=args.seed,
    )


async def _until_stopped() -> None:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError):
            loop.add_signal_handler(sig, stop.set)
    await stop.wait()


async def run(args: argparse.Namespace) -> int:
    async with _simulator(args) as sim:
        if args.mode == "agents":
            for agent_id in args.agent_ids:
                await sim.add_agent(agent_id)
            await _until_stopped()
        elif args.mode == "customers":
            changes: dict[str, object] = {
                "did": args.did, "uri": args.uri, "digits": args.digits,
                "digits_delay": args.digits_delay, "talk_seconds": args.talk_seconds,
                "abandon_after": args.abandon_after, "ring_timeout": args.ring_timeout,
            }  # fmt: skip
            if args.ani:
                changes["ani"] = args.ani
            await sim.run_customers(args.calls, args.rate, **changes)
        else:
            demo = asyncio.create_task(
                sim.demo(tuple(args.agents), args.interval, calls=args.calls)
            )
            stopped = asyncio.create_task(_until_stopped())
            await asyncio.wait({demo, stopped}, return_when=asyncio.FIRST_COMPLETED)
            for task in (demo, stopped):
                task.cancel()
            await asyncio.gather(demo, stopped, return_exceptions=True)
        print(json.dumps(sim.summary(), ensure_ascii=False))
        failed = sum(1 for r in sim.results if r.outcome in ("failed", "not_answered"))
        return 1 if args.mode == "customers" and failed == len(sim.results) else 0


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    logging.basicConfig(level=args.log_level.upper(),
                        format="%(asctime)s %(name)s %(levelname)s %(message)s")  # fmt: skip
    logging.getLogger("httpx").setLevel(logging.WARNING)
    try:
        return asyncio.run(run(args))
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
