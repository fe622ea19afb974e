"""Move a SQLite centre's records into PostgreSQL (`callcenter-server migrate-store`).

Both schemas come from the same migrations, so every PostgreSQL table has its SQLite twin
with the same columns (the FTS5 indexes are plain tables there: rowid + text). The copy
runs in one PostgreSQL transaction: tables in foreign-key order, rows in rowid order, by
COPY; ids are kept and each identity sequence continues after the highest id. Row counts
are compared before the commit, so a half-moved centre is never left behind.
"""

from __future__ import annotations

import logging
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

from server_stub.store.dialect import PgConnection
from server_stub.store.migrations import SCHEMA_VERSION, migrate_postgres
from server_stub.store.postgres import redact
from server_stub.store.sqlite import SqliteStore

log = logging.getLogger(__name__)

# Rows the migrations themselves write (system reason codes, ticket types): replaced
# by the source's own copies. Any other row in the target means it is not a new database.
_SEEDED_BY_MIGRATIONS = frozenset({"reason_codes", "ticket_types", "schema_migrations"})


class MoveError(Exception):
    """The move was refused or failed; nothing was written to the target."""


def _tables_in_fk_order(raw: object, tables: list[str]) -> list[str]:
    """Referenced tables before the tables that reference them."""
    edges = raw.execute(  # type: ignore[attr-defined]
        """SELECT tc.table_name, ccu.table_name FROM information_schema.table_constraints tc
           JOIN information_schema.constraint_column_usage ccu
             ON ccu.constraint_name = tc.constraint_name
           WHERE tc.constraint_type = 'FOREIGN KEY' AND tc.table_schema = current_schema()"""
    ).fetchall()
    needs: dict[str, set[str]] = {t: set() for t in tables}
    for child, parent in edges:
        if child in needs and parent in needs and child != parent:
            needs[child].add(parent)
    ordered: list[str] = []
    while needs:
        ready = sorted(t for t, deps in needs.items() if not deps - set(ordered))
        if not ready:
            raise MoveError(f"foreign keys form a cycle among {sorted(needs)}")
        for t in ready:
            ordered.append(t)
            del needs[t]
    return ordered


def move_sqlite_to_postgres(
    source: Path, url: str, say: Callable[[str], object] = lambda _: None
) -> dict[str, int]:
    """Copy every table of the SQLite store at `source` into the PostgreSQL database at
    `url` (migrated first; it must hold no records). Rows per table moved."""
    started = time.monotonic()
    SqliteStore(source).close()  # brings an older centre up to this server's schema
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        pg = PgConnection(url)
    except Exception as exc:
        raise MoveError(f"{redact(url)}: cannot connect: {exc}".strip()) from exc
    try:
        migrate_postgres(pg)
        raw = pg.raw
        tables = [
            r[0]
            for r in raw.execute(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = "
                "current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name"
            ).fetchall()
        ]
        for table in tables:
            if table in _SEEDED_BY_MIGRATIONS:
                continue
            found = raw.execute(f"SELECT EXISTS (SELECT 1 FROM {table})").fetchone()
            if found and found[0]:
                raise MoveError(
                    f"{redact(url)} already holds records (table {table}): migrate-store "
                    "moves a centre into a new, empty database"
                )
        copy = [t for t in tables if t != "schema_migrations"]
        counts: dict[str, int] = {}
        with raw.transaction():
            for table in sorted(_SEEDED_BY_MIGRATIONS - {"schema_migrations"}):
                raw.execute(f"DELETE FROM {table}")
            for table in _tables_in_fk_order(raw, copy):
                counts[table] = _copy_table(src, raw, table)
                say(f"{table}: {counts[table]} rows")
            identities = raw.execute(
                "SELECT table_name, column_name FROM information_schema.columns "
                "WHERE table_schema = current_schema() AND is_identity = 'YES'"
            ).fetchall()
            for table, column in identities:  # new rows continue after the moved ones
                raw.execute(
                    f"SELECT setval(pg_get_serial_sequence('{table}', '{column}'), "
                    f"coalesce(max({column}), 0) + 1, false) FROM {table}"
                )
    except MoveError:
        raise
    except Exception as exc:
        raise MoveError(f"moving into {redact(url)} failed, nothing was written: {exc}") from exc
    finally:
        src.close()
        pg.close()
    log.info(
        "moved %s (schema %d) to %s: %d rows in %d tables in %.1f s",
        source,
        SCHEMA_VERSION,
        redact(url),
        sum(counts.values()),
        len(counts),
        time.monotonic() - started,
    )
    return counts


def _copy_table(src: sqlite3.Connection, raw: object, table: str) -> int:
    columns = [
        r[0]
        for r in raw.execute(  # type: ignore[attr-defined]
            "SELECT column_name FROM information_schema.columns WHERE table_schema = "
            "current_schema() AND table_name = %s ORDER BY ordinal_position",
            [table],
        ).fetchall()
    ]
    names = ", ".join(columns)
    try:
        cur = src.execute(f"SELECT {names} FROM {table} ORDER BY rowid")
    except sqlite3.OperationalError as exc:
        raise MoveError(f"table {table}: the SQLite centre does not match: {exc}") from exc
    n = 0
    with raw.cursor().copy(f"COPY {table} ({names}) FROM STDIN") as copy:  # type: ignore[attr-defined]
        while rows := cur.fetchmany(5000):
            for row in rows:
                copy.write_row(row)
            n += len(rows)
    moved = raw.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # type: ignore[attr-defined]
    if moved != n:
        raise MoveError(f"table {table}: {n} rows read but {moved} written")
    return n
