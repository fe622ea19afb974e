"""SQL of tickets (工单) on SQLite: types with their SLA, tickets, call links, comments and
the history of every change.

Functions take the store and run on the store thread (`runner.run(lambda s: ...)`); JSON
columns (sla_minutes, changes) are decoded here, so callers see plain rows.
"""

from __future__ import annotations

import json
from typing import Any

from server_stub.store.base import Row, Store
from server_stub.store.sql_rows import conn as _conn
from server_stub.store.sql_rows import dump as _dump
from server_stub.store.sql_rows import json_rows

_JSON = ("sla_minutes", "changes")
OPEN = ("new", "assigned", "in_progress")


def _rows(store: Store, sql: str, params: Any = ()) -> list[Row]:
    return json_rows(store, sql, params, _JSON)


# --- types -------------------------------------------------------------------------------


def list_types(store: Store) -> list[Row]:
    return _rows(store, "SELECT * FROM ticket_types ORDER BY name")


def get_type(store: Store, name: str) -> Row | None:
    rows = _rows(store, "SELECT * FROM ticket_types WHERE name = ?", [name])
    return rows[0] if rows else None


def save_type(store: Store, row: Row) -> None:
    _conn(store).execute(
        "INSERT INTO ticket_types (name, display_name, active, sla_minutes) "
        "VALUES (:name, :display_name, :active, :sla) ON CONFLICT(name) DO UPDATE SET "
        "display_name = excluded.display_name, active = excluded.active, "
        "sla_minutes = excluded.sla_minutes",
        {
            "name": row["name"],
            "display_name": row["display_name"],
            "active": int(row["active"]),
            "sla": _dump(row["sla_minutes"]),
        },
    )


# --- tickets -----------------------------------------------------------------------------

_TICKET = """
    SELECT t.*, c.name AS customer_name,
           (SELECT json_group_array(call_id) FROM
              (SELECT call_id FROM ticket_calls tc WHERE tc.ticket_id = t.id ORDER BY call_id)
              AS linked) AS call_ids
    FROM tickets t LEFT JOIN customers c ON c.id = t.customer_id"""


def _decoded(rows: list[Row]) -> list[Row]:
    for row in rows:
        row["call_ids"] = json.loads(row["call_ids"] or "[]")
    return rows


def insert_ticket(store: Store, row: Row, call_id: str | None, history: Row) -> int:
    """The new ticket, its call link and its first history entry, together."""
    with store.transaction():
        columns = ", ".join(row)
        cur = _conn(store).execute(
            f"INSERT INTO tickets ({columns}) VALUES ({', '.join(':' + k for k in row)})", row
        )
        ticket_id = int(cur.lastrowid or 0)
        if call_id is not None:
            link_call(store, ticket_id, call_id)
        add_history(store, ticket_id, history)
    return ticket_id


def get_ticket(store: Store, ticket_id: int) -> Row | None:
    rows = _decoded(_rows(store, _TICKET + " WHERE t.id = ?", [ticket_id]))
    return rows[0] if rows else None


def update_ticket(
    store: Store, ticket_id: int, fields: Row, expected_status: str, history: Row
) -> bool:
    """Change fields only if the status is still `expected_status` (no lost updates), and
    write the history entry in the same transaction."""
    sets = ", ".join(f"{k} = :{k}" for k in fields)
    with store.transaction():
        cur = _conn(store).execute(
            f"UPDATE tickets SET {sets} WHERE id = :id AND status = :expected",
            {**fields, "id": ticket_id, "expected": expected_status},
        )
        if cur.rowcount == 0:
            return False
        add_history(store, ticket_id, history)
    return True


def add_history(store: Store, ticket_id: int, entry: Row) -> None:
    _conn(store).execute(
        "INSERT INTO ticket_history (ticket_id, at, actor, action, changes, note) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        [
            ticket_id,
            entry["at"],
            entry["actor"],
            entry["action"],
            _dump(entry.get("changes", {})),
            entry.get("note", ""),
        ],
    )


def history(store: Store, ticket_id: int) -> list[Row]:
    return _rows(
        store,
        "SELECT at, actor, action, changes, note FROM ticket_history WHERE ticket_id = ? "
        "ORDER BY id",
        [ticket_id],
    )


def link_call(store: Store, ticket_id: int, call_id: str) -> bool:
    """False when the call was linked already."""
    cur = _conn(store).execute(
        "INSERT INTO ticket_calls (ticket_id, call_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
        [ticket_id, call_id],
    )
    return cur.rowcount > 0


def link_call_logged(store: Store, ticket_id: int, call_id: str, entry: Row) -> bool:
    """Link a call with its history entry; False (and nothing written) when linked already."""
    with store.transaction():
        if not link_call(store, ticket_id, call_id):
            return False
        add_history(store, ticket_id, entry)
        _conn(store).execute(
            "UPDATE tickets SET updated_at = ? WHERE id = ?", [entry["at"], ticket_id]
        )
    return True


def add_comment(store: Store, ticket_id: int, row: Row, history_entry: Row) -> int:
    with store.transaction():
        cur = _conn(store).execute(
            "INSERT INTO ticket_comments (ticket_id, author, text, created_at) VALUES (?, ?, ?, ?)",
            [ticket_id, row["author"], row["text"], row["created_at"]],
        )
        _conn(store).execute(
            "UPDATE tickets SET updated_at = ? WHERE id = ?", [row["created_at"], ticket_id]
        )
        add_history(store, ticket_id, history_entry)
    return int(cur.lastrowid or 0)


def comments(store: Store, ticket_id: int) -> list[Row]:
    return _rows(
        store,
        "SELECT id, author, text, created_at FROM ticket_comments WHERE ticket_id = ? ORDER BY id",
        [ticket_id],
    )


def list_tickets(
    store: Store, viewer: Row | None, filters: Row, now: float, limit: int, offset: int
) -> tuple[list[Row], int]:
    """Tickets newest change first. `viewer` None: every ticket; else only those opened by or
    assigned to one of `viewer["agents"]`, or of (assigned to or opened in) one of
    `viewer["teams"]`."""
    where = [
        "(:all_visible = 1 OR t.created_by IN (SELECT value FROM json_each(:agents))"
        " OR t.assignee IN (SELECT value FROM json_each(:agents))"
        " OR t.team IN (SELECT value FROM json_each(:teams))"
        " OR t.created_team IN (SELECT value FROM json_each(:teams)))",
        "(:status IS NULL OR t.status = :status"
        " OR (:status = 'open' AND t.status IN ('new', 'assigned', 'in_progress')))",
        "(:type IS NULL OR t.type = :type)",
        "(:priority IS NULL OR t.priority = :priority)",
        "(:assignee IS NULL OR t.assignee = :assignee)",
        "(:team IS NULL OR t.team = :team)",
        "(:customer_id IS NULL OR t.customer_id = :customer_id)",
        "(:created_by IS NULL OR t.created_by = :created_by)",
        "(:call_id IS NULL OR t.id IN"
        " (SELECT ticket_id FROM ticket_calls WHERE call_id = :call_id))",
        "(:overdue IS NULL OR (:overdue = (CASE WHEN t.due_at IS NOT NULL AND t.due_at < :now"
        " AND t.status IN ('new', 'assigned', 'in_progress') THEN 1 ELSE 0 END)))",
        "(:q IS NULL OR instr(lower(t.title), lower(:q)) > 0"
        " OR instr(lower(t.description), lower(:q)) > 0)",
    ]
    params: Row = {
        "all_visible": int(viewer is None),
        "agents": _dump((viewer or {}).get("agents", [])),
        "teams": _dump((viewer or {}).get("teams", [])),
        "status": None,
        "type": None,
        "priority": None,
        "assignee": None,
        "team": None,
        "customer_id": None,
        "created_by": None,
        "call_id": None,
        "overdue": None,
        "q": None,
        **filters,
        "now": now,
    }
    if params["overdue"] is not None:
        params["overdue"] = int(params["overdue"])
    clause = " WHERE " + " AND ".join(where)
    total = _conn(store).execute("SELECT count(*) FROM tickets t" + clause, params).fetchone()[0]
    rows = _rows(
        store,
        _TICKET + clause + " ORDER BY t.updated_at DESC, t.id DESC LIMIT :limit OFFSET :offset",
        {**params, "limit": limit, "offset": offset},
    )
    return _decoded(rows), int(total)


def customer_exists(store: Store, customer_id: int) -> bool:
    return (
        _conn(store).execute("SELECT 1 FROM customers WHERE id = ?", [customer_id]).fetchone()
        is not None
    )


def call_exists(store: Store, call_id: str) -> bool:
    return (
        _conn(store).execute("SELECT 1 FROM calls WHERE id = ?", [call_id]).fetchone() is not None
    )


def team_exists(store: Store, team: str) -> bool:
    return _conn(store).execute("SELECT 1 FROM teams WHERE name = ?", [team]).fetchone() is not None
