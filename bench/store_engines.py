"""The store's write path on SQLite and PostgreSQL: what one inbound call writes (the call
row, its agent leg, queue_log lines, agent state changes, the call's end), each in a
transaction as the coordinator does, N times; then the calls list and one report query.

    .venv/bin/python bench/store_engines.py --calls 2000

PostgreSQL: a throwaway cluster on a Unix socket in a temporary directory (fsync off, as
in the tests: the figure is the store's own cost, not the disk's), or `--database URL`.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from server_stub import demo
from server_stub.store import open_store
from server_stub.store import reports as q
from server_stub.store.base import Store
from tests.server.conftest import fast_passwords


def one_call(store: Store, i: int, now: float) -> None:
    call_id = f"bench-{i}"
    agent = "1001" if i % 2 else "1002"
    with store.transaction():
        store.insert_call(
            {
                "id": call_id,
                "direction": "inbound",
                "state": "queued",
                "ani": f"138{i:08d}",
                "dnis": "4008001000",
                "queue": "sales",
                "started_at": now,
                "queued_at": now,
            }
        )
        store.append_queue_log(
            {
                "time": now,
                "callid": call_id,
                "queuename": "sales",
                "agent": "NONE",
                "event": "ENTERQUEUE",
                "data1": "",
                "data2": f"138{i:08d}",
                "data3": "1",
            }
        )
    with store.transaction():
        store.update_call(call_id, {"state": "active", "agent_id": agent, "answered_at": now + 5})
        store.insert_call_leg(
            {
                "id": f"{call_id}-a",
                "call_id": call_id,
                "kind": "agent",
                "peer": agent,
                "started_at": now + 1,
            }
        )
        store.append_queue_log(
            {
                "time": now + 5,
                "callid": call_id,
                "queuename": "sales",
                "agent": agent,
                "event": "CONNECT",
                "data1": "5",
                "data2": f"{call_id}-a",
                "data3": "4",
            }
        )
        store.append_state_log(
            {
                "agent_id": agent,
                "at": now + 5,
                "from_state": "ready",
                "to_state": "on_call",
                "reason": None,
                "call_id": call_id,
                "actor": agent,
            }
        )
    with store.transaction():
        store.update_call(
            call_id,
            {"state": "ended", "ended_at": now + 65, "talk_seconds": 60.0, "end_cause": "caller"},
        )
        store.update_call_leg(f"{call_id}-a", {"ended_at": now + 65})
        store.append_queue_log(
            {
                "time": now + 65,
                "callid": call_id,
                "queuename": "sales",
                "agent": agent,
                "event": "COMPLETECALLER",
                "data1": "5",
                "data2": "60",
                "data3": "1",
            }
        )
        store.append_state_log(
            {
                "agent_id": agent,
                "at": now + 65,
                "from_state": "on_call",
                "to_state": "wrap_up",
                "reason": None,
                "call_id": call_id,
                "actor": agent,
            }
        )


def cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def run(name: str, target: Path | str, calls: int) -> None:
    store = open_store(target)
    now = time.time()
    demo.seed(store, fast_passwords(), now - 3600)
    t0, c0 = time.perf_counter(), cpu()
    for i in range(calls):
        one_call(store, i, now + i)
    wall, used = time.perf_counter() - t0, cpu() - c0
    t1 = time.perf_counter()
    _, total = store.list_calls({"queue": "sales"}, None, 50, 0)
    listed = time.perf_counter() - t1
    conn = store.conn  # type: ignore[attr-defined]
    report = float("inf")
    for _ in range(3):  # best of 3
        t2 = time.perf_counter()
        counters = q.call_counters(conn, q.Scope(now - 7200, now + calls + 100), "queue", None)
        report = min(report, time.perf_counter() - t2)
    answered = sum(r["answered"] or 0 for r in counters)
    store.close()
    print(
        f"{name:10} {calls} calls: {wall / calls * 1000:.2f} ms wall, "
        f"{used / calls * 1000:.2f} ms CPU (this process) per call; list of calls "
        f"{listed * 1000:.1f} ms (total {total}); queues report (best of 3) {report * 1000:.1f} ms "
        f"({answered} answered)"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--calls", type=int, default=2000)
    parser.add_argument("--database", help="an empty PostgreSQL database (else a throwaway one)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        run("sqlite", Path(tmp) / "bench.db", args.calls)
    if args.database:
        run("postgresql", args.database, args.calls)
        return 0
    from tests.support.postgres import find_bin_dir, start_cluster

    bin_dir = find_bin_dir()
    if bin_dir is None:
        print("PostgreSQL binaries not found: install the postgresql package", file=sys.stderr)
        return 1
    cluster = start_cluster(bin_dir)
    try:
        run("postgresql", cluster.create_database("bench"), args.calls)
    finally:
        cluster.stop()
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
