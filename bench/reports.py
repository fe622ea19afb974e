"""Benchmark of the reports (issue 16): a generated history of 1,000,000+ calls in a temporary
SQLite database, each report run over one month, as the API runs it (JSON: the first 1000
rows and the totals), timed against a baseline in the same process: the plain
`SELECT count(*)` of the month's calls.

Run: .venv/bin/python bench/reports.py [--calls 1000000] [--days 90] [--agents 200]
     [--repeat 3] [--export]

--export also times the CSV and XLSX files of the month (every row, written to disk).
"""

from __future__ import annotations

import argparse
import itertools
import os
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from server_stub.reports import export
from server_stub.reports.build import BUILDERS, Ask, names
from server_stub.reports.catalogue import SPECS
from server_stub.reports.periods import Period
from server_stub.store import SqliteStore
from server_stub.store.report_reader import open_read_only
from server_stub.store.reports import Scope, count_calls
from tests.support.report_history import generate, make_centre

TZ = ZoneInfo("Asia/Shanghai")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--calls", type=int, default=1_000_000)
    parser.add_argument("--days", type=int, default=90)
    parser.add_argument("--agents", type=int, default=200)
    parser.add_argument("--queues", type=int, default=20)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--export", action="store_true")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "reports.db"
        store = SqliteStore(path)
        begin = datetime(2026, 9, 1, tzinfo=TZ)
        started = time.perf_counter()
        centre = make_centre(store.conn, args.agents, args.queues)
        generate(store.conn, centre, begin.timestamp(), args.days, args.calls)
        store.conn.execute("ANALYZE")
        store.close()
        print(
            f"generated {args.calls:,} calls over {args.days} days, {args.agents} agents, "
            f"{args.queues} queues in {time.perf_counter() - started:.0f} s"
        )
        conn = open_read_only(path)
        states = conn.execute("SELECT count(*) FROM agent_state_log").fetchone()[0]
        month = Period(datetime(2026, 10, 1, tzinfo=TZ), datetime(2026, 11, 1, tzinfo=TZ))
        in_month = count_calls(conn, month.t0, month.t1)
        print(f"agent state changes: {states:,}; calls in the month (Oct 2026): {in_month:,}")

        cpu: list[float] = []

        def best(fn: object) -> float:
            """Best wall time of `repeat` runs; its CPU time goes to `cpu` (the machine is
            shared: CPU time is what the report costs, wall time what a user waits)."""
            times = []
            for _ in range(args.repeat):
                t, c = time.perf_counter(), time.process_time()
                fn()  # type: ignore[operator]
                times.append((time.perf_counter() - t, time.process_time() - c))
            wall, used = min(times)
            cpu.append(used)
            return wall

        baseline = best(lambda: count_calls(conn, month.t0, month.t1))
        print(
            f"\nbaseline: count(*) of the month's calls: {baseline * 1000:.1f} ms "
            f"(CPU {cpu[-1] * 1000:.1f} ms)\n"
        )
        print(
            f"{'report':<14}{'group_by':<10}{'rows':>7}{'wall ms':>9}{'CPU ms':>9}"
            f"{'× baseline':>12}"
        )
        worst = worst_cpu = 0.0
        for name, spec in SPECS.items():
            for group in (spec.group_by[:1] or (None,)) + tuple(
                g for g in spec.group_by[1:] if g in ("day", "team")
            ):
                ask = Ask(spec, month, TZ, group, Scope(month.t0, month.t1), time.time(), None)
                rows: list[object] = []

                def run(ask: Ask = ask, name: str = name, rows: list[object] = rows) -> None:
                    built = BUILDERS[name](conn, ask, names(conn))
                    rows[:] = list(itertools.islice(built.rows, 1000))

                elapsed = best(run)
                worst, worst_cpu = max(worst, elapsed), max(worst_cpu, cpu[-1])
                print(
                    f"{name:<14}{group or '-':<10}{len(rows):>7}{elapsed * 1000:>9.0f}"
                    f"{cpu[-1] * 1000:>9.0f}{elapsed / baseline:>12.1f}"
                )
        print(
            f"\nslowest report: {worst * 1000:.0f} ms wall, {worst_cpu * 1000:.0f} ms CPU "
            f"(target ≤ 1000 ms); load average now {os.getloadavg()[0]:.1f} on "
            f"{os.cpu_count()} cores"
        )
        if args.export:
            print("\nexports of the whole month (every row, to a file):")
            for name, fmt in (
                ("calls", "csv"),
                ("calls", "xlsx"),
                ("traffic", "xlsx"),
                ("agent-states", "csv"),
            ):
                spec = SPECS[name]
                ask = Ask(
                    spec,
                    month,
                    TZ,
                    spec.group_by[0] if spec.group_by else None,
                    Scope(month.t0, month.t1),
                    time.time(),
                    None,
                )
                out = Path(tmp) / f"{name}.{fmt}"
                t = time.perf_counter()
                built = BUILDERS[name](conn, ask, names(conn))
                if fmt == "csv":
                    with out.open("w", encoding="utf-8", newline="") as f:
                        n = export.write_csv(f, built.columns, built.rows, built.totals)
                else:
                    n = export.write_xlsx(
                        out,
                        spec.title,
                        built.columns,
                        built.rows,
                        built.totals,
                        chart=name == "traffic",
                    )
                print(
                    f"  {name} {fmt}: {n:,} rows, {out.stat().st_size / 1e6:.1f} MB in "
                    f"{time.perf_counter() - t:.1f} s"
                )
        conn.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
