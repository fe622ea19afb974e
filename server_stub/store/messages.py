"""SQL of SMS (短信) on SQLite: templates and the log of every message with its status.
Runs on the store thread (`runner.run(lambda s: ...)`)."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from server_stub.store.base import Row, Store


def _conn(store: Store) -> sqlite3.Connection:
    return store.conn  # type: ignore[attr-defined, no-any-return]


def _rows(store: Store, sql: str, params: Any = ()) -> list[Row]:
    cur = _conn(store).execute(sql, params)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]


def list_templates(store: Store) -> list[Row]:
    return _rows(store, "SELECT name, text, updated_at FROM sms_templates ORDER BY name")


def get_template(store: Store, name: str) -> Row | None:
    rows = _rows(store, "SELECT name, text, updated_at FROM sms_templates WHERE name = ?", [name])
    return rows[0] if rows else None


def save_template(store: Store, name: str, text: str, now: float) -> None:
    _conn(store).execute(
        "INSERT INTO sms_templates (name, text, updated_at) VALUES (?, ?, ?) "
        "ON CONFLICT(name) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at",
        [name, text, now],
    )


def delete_template(store: Store, name: str) -> bool:
    return _conn(store).execute("DELETE FROM sms_templates WHERE name = ?", [name]).rowcount > 0


def customer_phones(store: Store, customer_id: int) -> list[str] | None:
    """The customer's numbers (None: no such customer)."""
    conn = _conn(store)
    row = conn.execute("SELECT name FROM customers WHERE id = ?", [customer_id]).fetchone()
    if row is None:
        return None
    rows = conn.execute(
        "SELECT phone FROM customer_phones WHERE customer_id = ? ORDER BY phone", [customer_id]
    ).fetchall()
    return [r[0] for r in rows]


def customer_name(store: Store, customer_id: int) -> str:
    row = _conn(store).execute("SELECT name FROM customers WHERE id = ?", [customer_id]).fetchone()
    return str(row[0]) if row else ""


def insert_message(store: Store, row: Row) -> int:
    columns = ", ".join(row)
    cur = _conn(store).execute(
        f"INSERT INTO sms_messages ({columns}) VALUES ({', '.join(':' + k for k in row)})", row
    )
    return int(cur.lastrowid or 0)


def update_message(store: Store, message_id: int, fields: Row) -> None:
    sets = ", ".join(f"{k} = :{k}" for k in fields)
    _conn(store).execute(
        f"UPDATE sms_messages SET {sets}, attempts = attempts + 1 WHERE id = :id",
        {**fields, "id": message_id},
    )


def get_message(store: Store, message_id: int) -> Row | None:
    rows = _rows(store, "SELECT * FROM sms_messages WHERE id = ?", [message_id])
    return rows[0] if rows else None


def list_messages(
    store: Store, senders: list[str] | None, filters: Row, limit: int, offset: int
) -> tuple[list[Row], int]:
    """Newest first; `senders` None: anyone's, else only those agents'."""
    where = (
        " WHERE (:senders IS NULL OR sent_by IN (SELECT value FROM json_each(:senders)))"
        " AND (:customer_id IS NULL OR customer_id = :customer_id)"
        " AND (:status IS NULL OR status = :status)"
    )
    params = {
        "senders": None if senders is None else json.dumps(senders),
        "customer_id": None,
        "status": None,
        **filters,
    }
    total = _conn(store).execute("SELECT count(*) FROM sms_messages" + where, params).fetchone()[0]
    rows = _rows(
        store,
        "SELECT * FROM sms_messages" + where + " ORDER BY created_at DESC, id DESC"
        " LIMIT :limit OFFSET :offset",
        {**params, "limit": limit, "offset": offset},
    )
    return rows, int(total)
