"""SQL of outbound campaigns (外呼任务) on SQLite: campaigns, contacts, attempts, the
agents who joined, the do-not-call list. Functions run on the store thread
(`runner.run(lambda s: ...)`); JSON columns (config, fields) are decoded here."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from server_stub.store.base import Row, Store
from server_stub.store.sql_rows import conn as _conn
from server_stub.store.sql_rows import dump as _dump
from server_stub.store.sql_rows import json_rows

_JSON = ("config", "fields")


def _rows(store: Store, sql: str, params: Any = ()) -> list[Row]:
    return json_rows(store, sql, params, _JSON)


# --- campaigns ---------------------------------------------------------------------------


def insert_campaign(store: Store, row: Row) -> int:
    cur = _conn(store).execute(
        "INSERT INTO campaigns (name, mode, queue, caller_id, config, state, created_by, "
        "created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'draft', ?, ?, ?)",
        [
            row["name"],
            row["mode"],
            row["queue"],
            row["caller_id"],
            _dump(row["config"]),
            row["created_by"],
            row["now"],
            row["now"],
        ],
    )
    return int(cur.lastrowid or 0)


def list_campaigns(store: Store) -> list[Row]:
    return _rows(store, "SELECT * FROM campaigns ORDER BY id")


def get_campaign(store: Store, campaign_id: int) -> Row | None:
    rows = _rows(store, "SELECT * FROM campaigns WHERE id = ?", [campaign_id])
    return rows[0] if rows else None


def campaign_named(store: Store, name: str) -> Row | None:
    rows = _rows(store, "SELECT * FROM campaigns WHERE name = ?", [name])
    return rows[0] if rows else None


def set_campaign_state(store: Store, campaign_id: int, state: str, now: float) -> None:
    _conn(store).execute(
        "UPDATE campaigns SET state = ?, updated_at = ? WHERE id = ?", [state, now, campaign_id]
    )


def set_dial_level(store: Store, campaign_id: int, level: float) -> None:
    _conn(store).execute("UPDATE campaigns SET dial_level = ? WHERE id = ?", [level, campaign_id])


# --- contacts ----------------------------------------------------------------------------


def contact_numbers(store: Store, campaign_id: int) -> set[str]:
    cur = _conn(store).execute(
        "SELECT number FROM campaign_contacts WHERE campaign_id = ?", [campaign_id]
    )
    return {r[0] for r in cur.fetchall()}


def insert_contacts(store: Store, campaign_id: int, rows: Iterable[Row], now: float) -> int:
    with store.transaction():
        cur = _conn(store).executemany(
            "INSERT INTO campaign_contacts (campaign_id, number, name, fields, updated_at) "
            "VALUES (?, ?, ?, ?, ?)",
            [[campaign_id, r["number"], r["name"], _dump(r["fields"]), now] for r in rows],
        )
        return cur.rowcount


def get_contact(store: Store, campaign_id: int, contact_id: int) -> Row | None:
    rows = _rows(
        store,
        "SELECT * FROM campaign_contacts WHERE campaign_id = ? AND id = ?",
        [campaign_id, contact_id],
    )
    return rows[0] if rows else None


def contacts(store: Store, campaign_id: int) -> list[Row]:
    return _rows(
        store, "SELECT * FROM campaign_contacts WHERE campaign_id = ? ORDER BY id", [campaign_id]
    )


def due_contacts(store: Store, campaign_id: int, now: float, limit: int) -> list[Row]:
    """Contacts waiting to be called whose time has come, oldest first, not reserved."""
    return _rows(
        store,
        "SELECT * FROM campaign_contacts WHERE campaign_id = ? AND status = 'pending' "
        "AND next_at <= ? AND reserved_by IS NULL ORDER BY next_at, id LIMIT ?",
        [campaign_id, now, limit],
    )


def reserved_for(store: Store, campaign_id: int, agent_id: str, now: float) -> Row | None:
    """The contact reserved for the agent's preview card, if it is due (a contact waiting
    for its retry or call-back time is offered to no one until then)."""
    rows = _rows(
        store,
        "SELECT * FROM campaign_contacts WHERE campaign_id = ? AND reserved_by = ? "
        "AND status = 'pending' AND next_at <= ? LIMIT 1",
        [campaign_id, agent_id, now],
    )
    return rows[0] if rows else None


def update_contact(store: Store, contact_id: int, fields: Row) -> None:
    names = ", ".join(f"{k} = :{k}" for k in fields)
    _conn(store).execute(
        f"UPDATE campaign_contacts SET {names} WHERE id = :id", {**fields, "id": contact_id}
    )


def release_reservations(store: Store, campaign_id: int, agent_id: str | None = None) -> None:
    sql = (
        "UPDATE campaign_contacts SET reserved_by = NULL WHERE campaign_id = ? "
        "AND status = 'pending'"
    )
    params: list[Any] = [campaign_id]
    if agent_id is not None:
        sql += " AND reserved_by = ?"
        params.append(agent_id)
    _conn(store).execute(sql, params)


def counts(store: Store, campaign_id: int) -> Row:
    """Contacts in all and left to call; attempts placed, answered, dropped."""
    conn = _conn(store)
    total, left = conn.execute(
        "SELECT COUNT(*), COALESCE(SUM(status IN ('pending', 'dialling')), 0) "
        "FROM campaign_contacts WHERE campaign_id = ?",
        [campaign_id],
    ).fetchone()
    dialled, answered, dropped, completed, first, last = conn.execute(
        "SELECT COUNT(*), COALESCE(SUM(result IN ('answered', 'transferred')), 0), "
        "COALESCE(SUM(result = 'dropped'), 0), COUNT(ended_at), MIN(started_at), "
        "MAX(started_at) "
        "FROM campaign_attempts WHERE campaign_id = ?",
        [campaign_id],
    ).fetchone()
    return {
        "total": total,
        "left": left,
        "dialled": dialled,
        "answered": answered,
        "dropped": dropped,
        "completed": completed,
        "first": first,
        "last": last,
    }


# --- attempts ----------------------------------------------------------------------------


def insert_attempt(store: Store, row: Row) -> int:
    cur = _conn(store).execute(
        "INSERT INTO campaign_attempts (campaign_id, contact_id, call_id, agent_id, started_at) "
        "VALUES (?, ?, ?, ?, ?)",
        [row["campaign_id"], row["contact_id"], row["call_id"], row["agent_id"], row["now"]],
    )
    return int(cur.lastrowid or 0)


def set_attempt_call(store: Store, attempt_id: int, call_id: str) -> None:
    _conn(store).execute(
        "UPDATE campaign_attempts SET call_id = ? WHERE id = ?", [call_id, attempt_id]
    )


def set_attempt_agent(store: Store, attempt_id: int, agent_id: str) -> None:
    _conn(store).execute(
        "UPDATE campaign_attempts SET agent_id = ? WHERE id = ?", [agent_id, attempt_id]
    )


def finish_attempt(store: Store, attempt_id: int, result: str, cause: str, now: float) -> None:
    _conn(store).execute(
        "UPDATE campaign_attempts SET result = ?, end_cause = ?, ended_at = ? WHERE id = ?",
        [result, cause, now, attempt_id],
    )


def attempts_of(store: Store, contact_id: int) -> list[Row]:
    return _rows(
        store,
        "SELECT * FROM campaign_attempts WHERE contact_id = ? ORDER BY started_at",
        [contact_id],
    )


def attempts(store: Store, campaign_id: int) -> list[Row]:
    return _rows(
        store,
        "SELECT * FROM campaign_attempts WHERE campaign_id = ? ORDER BY started_at",
        [campaign_id],
    )


def open_attempts(store: Store) -> list[Row]:
    return _rows(store, "SELECT * FROM campaign_attempts WHERE ended_at IS NULL")


# --- agents ------------------------------------------------------------------------------


def join(store: Store, campaign_id: int, agent_id: str, now: float) -> None:
    _conn(store).execute(
        "INSERT INTO campaign_agents (campaign_id, agent_id, joined_at) VALUES (?, ?, ?) "
        "ON CONFLICT DO NOTHING",
        [campaign_id, agent_id, now],
    )


def leave(store: Store, campaign_id: int, agent_id: str) -> bool:
    cur = _conn(store).execute(
        "DELETE FROM campaign_agents WHERE campaign_id = ? AND agent_id = ?",
        [campaign_id, agent_id],
    )
    return cur.rowcount > 0


def campaign_agents(store: Store) -> list[Row]:
    return _rows(store, "SELECT * FROM campaign_agents ORDER BY campaign_id, joined_at")


# --- do not call -------------------------------------------------------------------------


def dnc_list(store: Store) -> list[Row]:
    return _rows(store, "SELECT * FROM dnc_numbers ORDER BY number")


def dnc_add(store: Store, numbers: Iterable[str], note: str, by: str, now: float) -> int:
    with store.transaction():
        cur = _conn(store).executemany(
            "INSERT INTO dnc_numbers (number, note, added_by, added_at) "
            "VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
            [[n, note, by, now] for n in numbers],
        )
        return cur.rowcount


def dnc_remove(store: Store, numbers: Iterable[str]) -> int:
    with store.transaction():
        cur = _conn(store).executemany(
            "DELETE FROM dnc_numbers WHERE number = ?", [[n] for n in numbers]
        )
        return cur.rowcount


def is_dnc(store: Store, number: str) -> bool:
    cur = _conn(store).execute("SELECT 1 FROM dnc_numbers WHERE number = ?", [number])
    return cur.fetchone() is not None
