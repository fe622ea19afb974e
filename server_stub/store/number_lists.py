"""SQL of the black and white lists of numbers (黑白名单); run on the store thread."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from typing import Any

from server_stub.store.base import Row, Store

_COLUMNS = "id, list, number, direction, note, created_by, created_at"


def _conn(store: Store) -> sqlite3.Connection:
    return store.conn  # type: ignore[attr-defined, no-any-return]


def _rows(store: Store, sql: str, params: Any = ()) -> list[Row]:
    cur = _conn(store).execute(sql, params)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]


def list_entries(store: Store) -> list[Row]:
    return _rows(store, f"SELECT {_COLUMNS} FROM number_lists ORDER BY list, number, direction")


def get_entry(store: Store, entry_id: int) -> Row | None:
    rows = _rows(store, f"SELECT {_COLUMNS} FROM number_lists WHERE id = ?", [entry_id])
    return rows[0] if rows else None


def find_entry(store: Store, kind: str, number: str, direction: str) -> Row | None:
    rows = _rows(
        store,
        f"SELECT {_COLUMNS} FROM number_lists WHERE list = ? AND number = ? AND direction = ?",
        [kind, number, direction],
    )
    return rows[0] if rows else None


def add_entry(
    store: Store, kind: str, number: str, direction: str, note: str, author: str | None, now: float
) -> int:
    cur = _conn(store).execute(
        "INSERT INTO number_lists (list, number, direction, note, created_by, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        [kind, number, direction, note, author, now],
    )
    return int(cur.lastrowid or 0)


def update_entry(
    store: Store, entry_id: int, kind: str, number: str, direction: str, note: str
) -> None:
    _conn(store).execute(
        "UPDATE number_lists SET list = ?, number = ?, direction = ?, note = ? WHERE id = ?",
        [kind, number, direction, note, entry_id],
    )


def delete_entry(store: Store, entry_id: int) -> bool:
    return _conn(store).execute("DELETE FROM number_lists WHERE id = ?", [entry_id]).rowcount == 1


def delete_all(store: Store) -> None:
    _conn(store).execute("DELETE FROM number_lists")


def add_many(
    store: Store, rows: Iterable[tuple[str, str, str, str]], author: str | None, now: float
) -> int:
    """Insert (list, number, direction, note) rows; an existing entry stays, its note
    updated. Returns how many entries are new."""
    added = 0
    for kind, number, direction, note in rows:
        existing = find_entry(store, kind, number, direction)
        if existing is None:
            add_entry(store, kind, number, direction, note, author, now)
            added += 1
        elif note:
            update_entry(store, int(existing["id"]), kind, number, direction, note)
    return added
