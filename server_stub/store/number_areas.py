"""SQL of the number-area table (号码归属地) admins import; run on the store thread."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from server_stub.domain.number_areas import Area
from server_stub.store.base import Store


def _conn(store: Store) -> sqlite3.Connection:
    return store.conn  # type: ignore[attr-defined, no-any-return]


def list_areas(store: Store) -> list[Area]:
    cur = _conn(store).execute("SELECT prefix, province, city FROM number_areas ORDER BY prefix")
    return [Area(str(p), str(prov), str(city or "")) for p, prov, city in cur.fetchall()]


def delete_all(store: Store) -> int:
    return _conn(store).execute("DELETE FROM number_areas").rowcount


def put_many(store: Store, areas: Iterable[Area], author: str | None, now: float) -> int:
    """Insert or replace rows by prefix; returns how many prefixes are new."""
    conn = _conn(store)
    before = conn.execute("SELECT COUNT(*) FROM number_areas").fetchone()[0]
    conn.executemany(
        "INSERT INTO number_areas (prefix, province, city, imported_by, imported_at)"
        " VALUES (?, ?, ?, ?, ?) ON CONFLICT(prefix) DO UPDATE SET province = excluded.province,"
        " city = excluded.city, imported_by = excluded.imported_by,"
        " imported_at = excluded.imported_at",
        [(a.prefix, a.province, a.city, author, now) for a in areas],
    )
    after = conn.execute("SELECT COUNT(*) FROM number_areas").fetchone()[0]
    return int(after - before)
