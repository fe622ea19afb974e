"""SQL of webhooks (对接接口) on SQLite: the receivers and their delivery log.

Functions take the store and run on the store thread (`runner.run(lambda s: ...)`); the
`events` column is JSON, decoded here, so callers see plain rows.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from typing import Any

from server_stub.store.base import Row, Store


def _conn(store: Store) -> sqlite3.Connection:
    return store.conn  # type: ignore[attr-defined, no-any-return]


def _rows(store: Store, sql: str, params: Any = ()) -> list[Row]:
    cur = _conn(store).execute(sql, params)
    names = [d[0] for d in cur.description]
    out = [dict(zip(names, r, strict=True)) for r in cur.fetchall()]
    for row in out:
        if isinstance(row.get("events"), str):
            row["events"] = json.loads(row["events"])
    return out


# --- webhooks ----------------------------------------------------------------------------

_HOOK = """
    SELECT w.*,
           (SELECT count(*) FROM webhook_deliveries d
            WHERE d.webhook_id = w.id AND d.status = 'pending') AS pending,
           (SELECT count(*) FROM webhook_deliveries d
            WHERE d.webhook_id = w.id AND d.status = 'failed') AS failed
    FROM webhooks w"""


def list_webhooks(store: Store) -> list[Row]:
    return _rows(store, _HOOK + " ORDER BY w.id")


def get_webhook(store: Store, webhook_id: int) -> Row | None:
    rows = _rows(store, _HOOK + " WHERE w.id = ?", [webhook_id])
    return rows[0] if rows else None


def insert_webhook(store: Store, row: Row) -> int:
    values = {**row, "events": json.dumps(row["events"]), "enabled": int(row["enabled"])}
    columns = ", ".join(values)
    cur = _conn(store).execute(
        f"INSERT INTO webhooks ({columns}) VALUES ({', '.join(':' + k for k in values)})", values
    )
    return int(cur.lastrowid or 0)


def update_webhook(store: Store, webhook_id: int, changes: Row) -> bool:
    values = dict(changes)
    if "events" in values:
        values["events"] = json.dumps(values["events"])
    if "enabled" in values:
        values["enabled"] = int(values["enabled"])
    sets = ", ".join(f"{k} = :{k}" for k in values)
    cur = _conn(store).execute(
        f"UPDATE webhooks SET {sets} WHERE id = :webhook_id", {**values, "webhook_id": webhook_id}
    )
    return cur.rowcount > 0


def delete_webhook(store: Store, webhook_id: int) -> bool:
    with store.transaction():
        _conn(store).execute("DELETE FROM webhook_deliveries WHERE webhook_id = ?", [webhook_id])
        cur = _conn(store).execute("DELETE FROM webhooks WHERE id = ?", [webhook_id])
    return cur.rowcount > 0


# --- deliveries --------------------------------------------------------------------------

_DELIVERY_COLUMNS = (
    "id, webhook_id, event_id, event_type, status, attempts, created_at, next_attempt_at, "
    "last_attempt_at, status_code, error, delivered_at"
)


def add_deliveries(store: Store, rows: Iterable[Row]) -> None:
    """New deliveries (status pending), all or none."""
    with store.transaction():
        _conn(store).executemany(
            "INSERT INTO webhook_deliveries (id, webhook_id, event_id, event_type, body, status, "
            "attempts, created_at, next_attempt_at) VALUES (:id, :webhook_id, :event_id, "
            ":event_type, :body, :status, :attempts, :created_at, :next_attempt_at)",
            list(rows),
        )


def delivery_to_send(store: Store, delivery_id: str) -> Row | None:
    """A pending delivery with its body and its webhook's URL and secret."""
    rows = _rows(
        store,
        "SELECT d.id, d.webhook_id, d.event_type, d.body, d.attempts, w.url, w.secret, "
        "w.enabled FROM webhook_deliveries d JOIN webhooks w ON w.id = d.webhook_id "
        "WHERE d.id = ? AND d.status = 'pending'",
        [delivery_id],
    )
    return rows[0] if rows else None


def record_attempt(store: Store, delivery_id: str, outcome: Row) -> None:
    """The result of one attempt: status, attempts, next_attempt_at, status_code, error, …"""
    sets = ", ".join(f"{k} = :{k}" for k in outcome)
    _conn(store).execute(
        f"UPDATE webhook_deliveries SET {sets} WHERE id = :delivery_id",
        {**outcome, "delivery_id": delivery_id},
    )


def due_deliveries(store: Store) -> list[tuple[float, str, int]]:
    """Every pending delivery as (when it is due, id, webhook): the queue after a restart."""
    cur = _conn(store).execute(
        "SELECT coalesce(next_attempt_at, created_at), id, webhook_id FROM webhook_deliveries "
        "WHERE status = 'pending' ORDER BY 1"
    )
    return [(float(due), str(i), int(w)) for due, i, w in cur.fetchall()]


def list_deliveries(
    store: Store, webhook_id: int, status: str | None, limit: int, offset: int
) -> tuple[list[Row], int]:
    where = "webhook_id = :hook" + (" AND status = :status" if status else "")
    params = {"hook": webhook_id, "status": status, "limit": limit, "offset": offset}
    rows = _rows(
        store,
        f"SELECT {_DELIVERY_COLUMNS} FROM webhook_deliveries WHERE {where} "
        "ORDER BY created_at DESC, rowid DESC LIMIT :limit OFFSET :offset",
        params,
    )
    total = (
        _conn(store)
        .execute(f"SELECT count(*) FROM webhook_deliveries WHERE {where}", params)
        .fetchone()[0]
    )
    return rows, int(total)


def prune_deliveries(store: Store, before: float) -> int:
    """Forget finished deliveries made before `before`; pending ones stay."""
    cur = _conn(store).execute(
        "DELETE FROM webhook_deliveries WHERE status != 'pending' AND created_at < ?", [before]
    )
    return cur.rowcount


# --- URL pop -----------------------------------------------------------------------------


def url_pop_template(store: Store, queue: str | None, did: str | None) -> tuple[str, str] | None:
    """(template, "ring" or "answer") of the queue, else of the inbound number; None: none."""
    for table, key, value in (("queues", "name", queue), ("dids", "number", did)):
        if not value:
            continue
        row = (
            _conn(store)
            .execute(f"SELECT pop_url, pop_on FROM {table} WHERE {key} = ?", [value])
            .fetchone()
        )
        if row is not None and row[0]:
            return str(row[0]), str(row[1] or "ring")
    return None


def set_did_pop(store: Store, number: str, url: str | None, pop_on: str) -> None:
    _conn(store).execute(
        "UPDATE dids SET pop_url = ?, pop_on = ? WHERE number = ?", [url, pop_on, number]
    )
