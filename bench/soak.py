"""Soak with faults (issue 19): simulated agents and customers against the real product for
a while, with faults on a schedule, then the invariants checked from its database.

    .venv/bin/python bench/soak.py                  # 8 agents, 0.25 calls/s, 15 min, 3 fault cycles
    .venv/bin/python bench/soak.py --quick          # CI: 4 agents, 40 s of calls, one cycle (~65 s)
    .venv/bin/python bench/soak.py --minutes 5 --agents 6 --rate 0.3 --keep
    .venv/bin/python bench/soak.py --database temp  # on PostgreSQL (or postgresql://…)

The product (`python -m server_stub run`: coordinator, Kamailio edge, media workers) runs as
a process on its own data dir and fixed free ports, seeded as bench/calls.py does (agents
2001.., queue `bench` with no wrap-up, DID 4009000000). The simulator (server_stub/sim)
signs the agents in, registers their softphones and answers after 0.5 s with a 440 Hz
tone; customers arrive at random (Poisson, --rate per second), play 1000 Hz, wait in the
queue for an agent and talk --talk seconds after the agent answers (or give up after
--abandon s). Each fault cycle, in this order, spread over its share of the run:

  ws_drop              half the agents' event streams (WebSocket) closed, reopened 8 s later
  impair               3 % loss, 40 ± 30 ms jitter on the media (and SIP) of --impaired-agents,
                       whose softphone workers run in a network namespace behind a user-space
                       impaired link (tests/support/netimpair.py); needs root, else SKIPPED
  worker_kill          kill -9 of the busiest media worker of the product
  kamailio_kill        kill -9 of the SIP edge; the server must restart it; phones re-register
  coordinator_restart  kill -9 of the coordinator, started again on the same data dir and
                       ports; prints how many live calls survived

Between faults the agents behave like desktops: a closed event stream reconnects, an idle
agent that is not Ready goes Ready again (saving a pending disposition first), a session the
server forgot signs in again, a phone the server calls offline (the edge lost its binding)
registers afresh. Phones do not register again after an edge or coordinator restart (as
desktops do not): the soak prints how many bindings the edge's location table kept. After
the last call has ended the soak checks and prints:

  calls placed = records closed      every call the server answered has one closed record
  no open record                     no call record (or call leg) left open
  no agent stuck                     every agent ready, not ready or signed out
  queue_log consistent               ENTERQUEUE, one closing line, CONNECT iff answered
  recordings present and non-silent  every answered call with >= 1 s of talk
  live calls surviving restarts      per coordinator restart (informative)

Exit code 0 when every invariant holds, 1 when one fails, 2 when the run itself broke.
Product defects seen on the way (an edge that did not come back, a restart that needed a
hand) are printed as DEFECT lines. --keep keeps the work dir (server.log, data, recordings).

--database postgresql://USER@HOST/DB (an empty database) or `temp` (a throwaway cluster of
Debian's postgresql binaries): the seeded centre is moved there (`migrate-store`) and the
product runs with `--database`; at the end the records the invariants read are copied into
`pg-snapshot.db` in the work dir and checked the same way.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import random
import shutil
import signal
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.calls_parts.product import DID, FIRST_AGENT, prepare  # noqa: E402
from bench.soak_parts.agents import tend  # noqa: E402
from bench.soak_parts.faults import Faults, schedule  # noqa: E402
from bench.soak_parts.invariants import SoakFacts, check_all, not_ready_reasons  # noqa: E402
from bench.soak_parts.postgres import database, database_choice, move, snapshot  # noqa: E402
from bench.soak_parts.server import Server, ServerDown  # noqa: E402
from server_stub.media.pool import PoolConfig  # noqa: E402
from server_stub.sim import Simulator  # noqa: E402
from server_stub.sim.agent import AgentCall, SimAgent  # noqa: E402
from server_stub.sim.api import CoordinatorError  # noqa: E402
from server_stub.sim.customer import CustomerResult, SimCustomer  # noqa: E402
from tests.support.netimpair import ImpairedLink, unavailable  # noqa: E402

T0 = time.monotonic()


def say(msg: str) -> None:
    print(f"[{time.monotonic() - T0:6.1f} s] {msg}", flush=True)


class Soak:
    def __init__(self, args: argparse.Namespace, work: Path, url: str | None = None) -> None:
        self.args, self.work, self.url = args, work, url
        self.rng = random.Random(args.seed)
        self.link: ImpairedLink | None = None
        self.server: Server | None = None
        self.sims: list[Simulator] = []
        self.agents: list[SimAgent] = []
        self.impaired: list[str] = []
        self.customers: list[SimCustomer] = []
        self.tasks: list[asyncio.Task[Any]] = []
        self.tended: dict[str, int] = {}
        self.notifying: set[asyncio.Task[None]] = set()
        self.faults: Faults | None = None

    # -- set-up ---------------------------------------------------------------------------
    async def start(self) -> None:
        a = self.args
        reason = "--no-impair" if a.no_impair else unavailable()
        if reason is None and a.impaired_agents > 0:
            self.link = ImpairedLink(seed=a.seed).start()
            say(f"impaired link: namespace {self.link.netns}, edge on {self.link.host_ip}")
        else:
            say(f"impair fault will be SKIPPED: {reason or '--impaired-agents 0'}")
        prepare(self.work / "data", a.agents)
        extra: list[str] = []
        if self.url is not None:
            say(f"records in PostgreSQL: {move(self.work / 'data', self.url)} rows moved there")
            extra = ["--database", self.url]
        self.server = Server(
            self.work, a.agents + 4, self.link.host_ip if self.link else "127.0.0.1", extra
        )
        self.server.start()
        took = await self.server.wait_healthy(90)
        say(f"product up in {took:.1f} s: {self.server.base}, edge {self.server.edge}")
        sim = Simulator(self.server.base, self.server.edge, answer_delay=0.5, seed=a.seed)
        await sim.start()
        self.sims.append(sim)
        ids = [str(FIRST_AGENT + i) for i in range(a.agents)]
        if self.link is not None:
            self.impaired = ids[: a.impaired_agents]
            await self._start_impaired(sim)
        for agent_id in ids[len(self.impaired) :]:
            await self._add_agent(sim, sim, agent_id)
        say(
            f"{len(self.agents)} agents signed in, registered and ready"
            + (f" ({', '.join(self.impaired)} behind the impaired link)" if self.impaired else "")
        )

    async def _start_impaired(self, sim: Simulator) -> None:
        """Agents whose softphone workers run inside the link's namespace."""
        assert self.link is not None
        wrapper = self.work / "netns-python"
        wrapper.write_text(
            f'#!/bin/sh\nexec ip netns exec {self.link.netns} {sys.executable} "$@"\n'
        )
        wrapper.chmod(0o755)
        remote = Simulator(
            sim.server,
            sim.edge,
            answer_delay=0.5,
            pool_config=PoolConfig(
                min_workers=0,
                max_workers=4,
                min_spare=0,
                max_spare=0,
                idle_grace_s=5.0,
                control_host=self.link.host_ip,
                sip_host=self.link.ns_ip,
                python=str(wrapper),
            ),
        )
        await remote.start()
        self.sims.append(remote)
        for agent_id in self.impaired:
            await self._add_agent(sim, remote, agent_id)

    async def _add_agent(self, sim: Simulator, where: Simulator, agent_id: str) -> None:
        """Sign in, register and set ready one agent on `where`'s workers."""
        agent = SimAgent(where.host, sim.agent_settings(agent_id), on_answer=self._answered)
        await agent.start()
        where.agents[agent_id] = agent
        self.agents.append(agent)

    def _answered(self, agent: SimAgent, call: AgentCall) -> None:
        task = asyncio.create_task(self._tell_customer(agent, call))
        self.notifying.add(task)
        task.add_done_callback(self.notifying.discard)

    async def _tell_customer(self, agent: SimAgent, call: AgentCall) -> None:
        """The customer's talk time starts when the agent answers: find the customer by
        the call record's caller number (asked over REST, so a closed event stream or a
        coordinator restarting only delays it)."""
        for _ in range(20):
            try:
                record = await agent.client._request("GET", f"/calls/{call.call_id}")
            except (CoordinatorError, httpx.HTTPError):
                await asyncio.sleep(1.0)
                continue
            customer = self.sims[0]._active.get(str(record.get("ani") or ""))
            if customer is not None:
                customer.agent_answered()
            return

    # -- the run --------------------------------------------------------------------------
    def live(self) -> list[SimCustomer]:
        return [
            c
            for c in self.customers
            if c.result.agent_answered_at is not None and c.result.ended_at is None
        ]

    async def _customer(self) -> CustomerResult:
        a, sim = self.args, self.sims[0]
        cus = sim.customer(
            did=DID,
            wait_for_agent=True,
            talk_seconds=self.rng.uniform(a.talk[0], a.talk[1]),
            abandon_after=a.abandon,
            ring_timeout=15.0,
        )
        self.customers.append(cus)
        sim._active[cus.settings.ani] = cus
        try:
            return await cus.run()
        finally:
            sim._active.pop(cus.settings.ani, None)

    async def _tend_loop(self) -> None:
        while True:
            await asyncio.sleep(2.0)
            await tend(self.agents, self.tended, self.faults.offline if self.faults else None)

    async def run(self) -> int:
        a = self.args
        assert self.server is not None
        self.faults = faults = Faults(
            self.server,
            lambda: self.agents,
            self.live,
            self.link,
            self.impaired,
            say,
            self.rng,
            a.impair_seconds,
        )
        plan = schedule(a.duration, a.cycles)
        say(
            f"soak: {a.duration:.0f} s of calls at {a.rate:g}/s, talk {a.talk[0]:g}-"
            f"{a.talk[1]:g} s, {len(plan)} faults: "
            + ", ".join(f"{p.fault}@{p.at:.0f}s" for p in plan)
        )
        self.tasks.append(asyncio.create_task(self._tend_loop()))
        faults.start_clock()

        async def fault_runner() -> None:
            for planned in plan:
                await asyncio.sleep(max(0.0, planned.at - faults.now()))
                await faults.inject(planned.fault)

        fault_task = asyncio.create_task(fault_runner())
        calls: list[asyncio.Task[CustomerResult]] = []
        while faults.now() < a.duration:
            calls.append(asyncio.create_task(self._customer()))
            await asyncio.sleep(self.rng.expovariate(a.rate))
        say(f"{len(calls)} customers started; waiting for the faults and the calls to end")
        await fault_task
        _, pending = await asyncio.wait(calls, timeout=a.abandon + a.talk[1] + 30)
        for task in pending:
            task.cancel()
        if pending:
            say(f"DEFECT {len(pending)} customer calls still up long after the run: hung up")
            faults.defects.append(f"{len(pending)} customer calls did not end")
            await asyncio.gather(*pending, return_exceptions=True)
        settled = await self._settle()
        faults.count_survivors()
        return self.report(faults, settled, a.duration)

    async def _settle(self, timeout: float = 30.0) -> bool:
        """Agents tended until all are idle and Ready (or the time is up)."""
        assert self.server is not None
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            await tend(self.agents, self.tended)
            states = []
            for agent in self.agents:
                with contextlib.suppress(Exception):
                    states.append((await agent.client.state()).get("state"))
            if states.count("ready") == len(self.agents):
                await asyncio.sleep(2.0)  # recordings finalised, last records written
                return True
            await asyncio.sleep(1.0)
        return False

    def report(self, faults: Faults, settled: bool, duration: float) -> int:
        results = [c.result for c in self.customers]
        outcomes = Counter(r.outcome or "unfinished" for r in results)
        placed = sum(1 for r in results if r.connected_at is not None)
        talked = sum(1 for r in results if r.agent_answered_at is not None)
        print("\n## soak summary", flush=True)
        print(
            f"customers {len(results)} in {duration:.0f} s; answered by the server {placed}; "
            f"reached an agent {talked}; outcomes {dict(outcomes)}"
        )
        refused = [r for r in results if r.connected_at is None]
        if refused:
            print(
                "not answered by the server (SIP status, when): "
                + "; ".join(
                    f"{r.status_code or r.error or r.end_cause} {faults.fault_before(r.started_at)}"
                    for r in refused
                )
            )
        cut = [r for r in results if r.outcome in ("hung_up_by_far_end", "failed")]
        if cut:
            print(
                "calls ended by the far end before the customer hung up: "
                + "; ".join(f"{r.end_cause} {faults.fault_before(r.ended_at or 0)}" for r in cut)
            )
        print(f"faults injected: {faults.injected}")
        print(f"agents tended like desktops: {self.tended or 'nothing needed'}")
        errors = Counter(e.split(":")[0][:60] for ag in self.agents for e in ag.errors)
        if errors:
            print(f"simulated agents' errors: {dict(errors)}")
        if not settled:
            faults.defects.append("agents not all Ready 30 s after the last call")
        assert self.server is not None
        facts = SoakFacts(
            did=DID,
            placed=placed,
            agents=[a.agent_id for a in self.agents],
            restarts=faults.restarts,
        )
        db_path = self.server.data_dir / "callcenter.db"
        if self.url is not None:  # the same checks, on a copy of PostgreSQL's records
            db_path = snapshot(self.url, self.work / "pg-snapshot.db")
        print(
            "agents made not ready by the server, by reason: "
            f"{not_ready_reasons(db_path, facts.agents) or 'none'}"
        )
        invariants = check_all(db_path, facts)
        print("\n## invariants")
        for inv in invariants:
            print(inv.line())
        for defect in faults.defects:
            print(f"DEFECT {defect}")
        failed = [i for i in invariants if not i.ok]
        print(f"\nsoak {'FAILED' if failed else 'PASSED'}: work dir {self.work}", flush=True)
        return 1 if failed else 0

    async def stop(self) -> None:
        for task in self.tasks:
            task.cancel()
        await asyncio.gather(*self.tasks, return_exceptions=True)
        for sim in self.sims:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(sim.stop(), 30)
        if self.server is not None:
            self.server.stop()
            await self.server.close()
        if self.link is not None:
            self.link.stop()


async def main_async(args: argparse.Namespace) -> int:
    task, loop = asyncio.current_task(), asyncio.get_running_loop()
    assert task is not None
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, task.cancel)
    work = Path(args.work_dir) if args.work_dir else Path(tempfile.mkdtemp(prefix="soak-"))
    work.mkdir(parents=True, exist_ok=True)
    code = 2
    with contextlib.ExitStack() as stack:
        url = stack.enter_context(database(args.database)) if args.database else None
        soak = Soak(args, work, url)
        try:
            await soak.start()
            code = await soak.run()
        except ServerDown as exc:
            say(f"the product broke: {exc}; see {work / 'server.log'}")
        except asyncio.CancelledError:
            say(f"interrupted; stopping (work dir {work})")
            code = 130
        finally:
            await soak.stop()
        if code == 0 and not args.keep and not args.work_dir:
            shutil.rmtree(work, ignore_errors=True)
            print("(work dir removed; --keep keeps it)", flush=True)
    return code


def parse(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    p.add_argument("--quick", action="store_true", help="short CI run (about 65 s in all)")
    p.add_argument("--agents", type=int, default=None, help="simulated agents (8; quick 4)")
    p.add_argument("--rate", type=float, default=None, help="new calls per second (0.25)")
    p.add_argument("--minutes", type=float, default=None, help="minutes of calls (15)")
    p.add_argument("--cycles", type=int, default=None, help="fault cycles (3; quick 1)")
    p.add_argument(
        "--talk",
        type=float,
        nargs=2,
        default=None,
        metavar=("MIN", "MAX"),
        help="seconds of talk after the agent answers, uniform (6 20; quick 3 6)",
    )
    p.add_argument("--abandon", type=float, default=45.0, help="customers give up after s")
    p.add_argument("--impaired-agents", type=int, default=None, help="agents behind the link")
    p.add_argument(
        "--impair-seconds", type=float, default=None, help="length of each impairment (30; quick 6)"
    )
    p.add_argument("--no-impair", action="store_true", help="no impaired link even as root")
    p.add_argument("--seed", type=int, default=19)
    p.add_argument(
        "--database",
        type=database_choice,
        help="records in PostgreSQL: an empty database's postgresql:// URL, or `temp`",
    )
    p.add_argument("--work-dir", help="keep everything here (default: a temporary dir)")
    p.add_argument("--keep", action="store_true", help="keep the temporary work dir")
    p.add_argument("--verbose", action="store_true", help="log the simulator at INFO")
    args = p.parse_args(argv)
    quick = args.quick
    defaults: dict[str, Any] = {
        "agents": 4 if quick else 8,
        "rate": 0.5 if quick else 0.25,
        "cycles": 1 if quick else 3,
        "talk": [3.0, 6.0] if quick else [6.0, 20.0],
        "impaired_agents": 1 if quick else 2,
        "impair_seconds": 6.0 if quick else 30.0,
    }
    for key, value in defaults.items():
        if getattr(args, key) is None:
            setattr(args, key, value)
    args.duration = 60 * args.minutes if args.minutes is not None else (40.0 if quick else 900.0)
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(asctime)s %(name)s %(levelname)s %(message)s",
    )
    if not args.verbose:  # streams closing under the faults are expected; counted instead
        logging.getLogger("server_stub.sim").setLevel(logging.ERROR)
    return asyncio.run(main_async(args))


if __name__ == "__main__":
    sys.exit(main())
