"""The soak on PostgreSQL (`--database`): the seeded centre moved there before the start,
and the records the invariants read copied back into a SQLite snapshot at the end, so the
same checks (bench/soak_parts/invariants.py) read them."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from server_stub.store.dialect import PgConnection, is_postgres_url
from server_stub.store.move import move_sqlite_to_postgres
from server_stub.store.sqlite import SqliteStore

TEMP = "temp"  # --database temp: a throwaway cluster (tests/support/postgres.py)
# What the invariants and the not-ready count read.
SNAPSHOT_TABLES = ("agents", "calls", "call_legs", "recordings", "queue_log", "agent_state_log")


def database_choice(value: str) -> str:
    """argparse type of --database: a PostgreSQL URL or `temp`."""
    import argparse

    if value == TEMP or is_postgres_url(value):
        return value
    raise argparse.ArgumentTypeError(
        f"{value!r}: give an empty PostgreSQL database as postgresql://USER@HOST/DB, or "
        f"{TEMP!r} for a throwaway cluster (Debian's postgresql package)"
    )


@contextmanager
def database(choice: str) -> Iterator[str]:
    """The URL to run on: `choice` itself, or a new database in a throwaway cluster that
    is stopped (and removed) afterwards."""
    if choice != TEMP:
        yield choice
        return
    from tests.support.postgres import find_bin_dir, start_cluster

    bin_dir = find_bin_dir()
    if bin_dir is None:
        raise SystemExit("--database temp needs PostgreSQL's initdb and pg_ctl (apt postgresql)")
    cluster = start_cluster(bin_dir)
    try:
        yield cluster.create_database("soak")
    finally:
        cluster.stop()


def move(data_dir: Path, url: str) -> int:
    """The prepared SQLite centre moved into `url` (which must be empty); rows moved."""
    return sum(move_sqlite_to_postgres(data_dir / "callcenter.db", url).values())


def snapshot(url: str, path: Path) -> Path:
    """The tables the invariants read, copied from PostgreSQL into a new SQLite file."""
    path.unlink(missing_ok=True)
    SqliteStore(path).close()  # the same schema
    pg = PgConnection(url, read_only=True)
    db = sqlite3.connect(path)
    try:
        with db:
            for table in SNAPSHOT_TABLES:
                cur = pg.raw.execute(f"SELECT * FROM {table}")
                names = [d.name for d in cur.description]
                db.execute(f"DELETE FROM {table}")
                db.executemany(
                    f"INSERT INTO {table} ({', '.join(names)}) "
                    f"VALUES ({', '.join('?' * len(names))})",
                    cur.fetchall(),
                )
    finally:
        db.close()
        pg.close()
    return path
