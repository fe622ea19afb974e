"""SQL of inbound flows on SQLite: flow versions, time groups, overrides, voicemail messages
and callback requests.

Functions take the store and run on the store thread (`runner.run(lambda s: ...)`); JSON
columns (document, definition) are decoded here, so callers see plain rows.
"""

from __future__ import annotations

from typing import Any

from server_stub.store.base import Row, Store
from server_stub.store.sql_rows import conn as _conn
from server_stub.store.sql_rows import dump as _dump
from server_stub.store.sql_rows import json_rows

_JSON = ("document", "definition")


def _rows(store: Store, sql: str, params: Any = ()) -> list[Row]:
    return json_rows(store, sql, params, _JSON)


# --- flows -------------------------------------------------------------------------------

_FLOW = """
    SELECT f.id, f.name, f.version AS latest_version, f.published_version, f.updated_at,
           v.version, v.document, v.created_by, v.created_at, v.published_at
    FROM flows f JOIN flow_versions v ON v.flow_id = f.id"""


def list_flows(store: Store) -> list[Row]:
    """Every flow with its latest version's document."""
    return _rows(store, _FLOW + " WHERE v.version = f.version ORDER BY f.id")


def get_flow(store: Store, flow_id: str, version: int | None = None) -> Row | None:
    """A flow at `version` (default: the latest)."""
    rows = _rows(
        store,
        _FLOW + " WHERE f.id = :id AND v.version = coalesce(:v, f.version)",
        {"id": flow_id, "v": version},
    )
    return rows[0] if rows else None


def published_flows(store: Store) -> dict[str, Row]:
    """flow id -> its published version's row (what calls run)."""
    rows = _rows(store, _FLOW + " WHERE v.version = f.published_version")
    return {r["id"]: r for r in rows}


def versions(store: Store, flow_id: str) -> list[Row]:
    return _rows(
        store,
        "SELECT version, created_by, created_at, published_at FROM flow_versions "
        "WHERE flow_id = ? ORDER BY version",
        [flow_id],
    )


def save_flow(
    store: Store, flow_id: str, name: str, document: Any, author: str | None, now: float
) -> int:
    """A new version of a flow (the flow is made at version 1). Returns the version."""
    with store.transaction():
        row = _conn(store).execute("SELECT version FROM flows WHERE id = ?", [flow_id]).fetchone()
        version = 1 if row is None else int(row[0]) + 1
        if row is None:
            _conn(store).execute(
                "INSERT INTO flows (id, name, version, created_at, updated_at) "
                "VALUES (?, ?, 1, ?, ?)",
                [flow_id, name, now, now],
            )
        else:
            _conn(store).execute(
                "UPDATE flows SET name = ?, version = ?, updated_at = ? WHERE id = ?",
                [name, version, now, flow_id],
            )
        _conn(store).execute(
            "INSERT INTO flow_versions (flow_id, version, document, created_by, created_at) "
            "VALUES (?, ?, ?, ?, ?)",
            [flow_id, version, _dump(document), author, now],
        )
    return version


def set_published(store: Store, flow_id: str, version: int, now: float) -> None:
    with store.transaction():
        _conn(store).execute(
            "UPDATE flows SET published_version = ?, updated_at = ? WHERE id = ?",
            [version, now, flow_id],
        )
        _conn(store).execute(
            "UPDATE flow_versions SET published_at = ? WHERE flow_id = ? AND version = ?",
            [now, flow_id, version],
        )


# --- time groups and overrides ---------------------------------------------------------------


def time_groups(store: Store) -> dict[str, Row]:
    """name -> definition."""
    rows = _rows(store, "SELECT name, definition FROM time_groups ORDER BY name")
    return {r["name"]: r["definition"] for r in rows}


def replace_time_groups(store: Store, groups: list[Row], now: float) -> None:
    with store.transaction():
        _conn(store).execute("DELETE FROM time_groups")
        for group in groups:
            _conn(store).execute(
                "INSERT INTO time_groups (name, definition, updated_at) VALUES (?, ?, ?)",
                [group["name"], _dump(group), now],
            )
        _conn(store).execute(
            "DELETE FROM time_overrides WHERE time_group NOT IN (SELECT name FROM time_groups)"
        )


def overrides(store: Store) -> dict[str, Row]:
    """time group -> its forced state."""
    rows = _rows(
        store,
        "SELECT time_group, state, until, note, set_by, set_at FROM time_overrides "
        "ORDER BY time_group",
    )
    return {r["time_group"]: r for r in rows}


def replace_overrides(store: Store, rows: list[Row], actor: str | None, now: float) -> None:
    with store.transaction():
        _conn(store).execute("DELETE FROM time_overrides")
        for row in rows:
            _conn(store).execute(
                "INSERT INTO time_overrides (time_group, state, until, note, set_by, set_at) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [
                    row["time_group"],
                    row["state"],
                    row.get("until"),
                    row.get("note", ""),
                    actor,
                    now,
                ],
            )


# --- what calls left behind ----------------------------------------------------------------


def add_voicemail(store: Store, row: Row) -> None:
    _conn(store).execute(
        "INSERT INTO voicemails (id, call_id, box, ani, path, seconds, status, "
        "created_at) VALUES (:id, :call_id, :box, :ani, :path, :seconds, 'new', :created_at) "
        "ON CONFLICT (id) DO UPDATE SET call_id = excluded.call_id, box = excluded.box, "
        "ani = excluded.ani, path = excluded.path, seconds = excluded.seconds, status = 'new', "
        "created_at = excluded.created_at, handled_by = NULL, handled_at = NULL, "
        "callback_call_id = NULL",
        row,
    )


def list_voicemails(store: Store, box: str | None, limit: int) -> list[Row]:
    return _rows(
        store,
        "SELECT * FROM voicemails WHERE (:box IS NULL OR box = :box) "
        "ORDER BY created_at DESC LIMIT :limit",
        {"box": box, "limit": limit},
    )


def visible_voicemails(
    store: Store, boxes: list[str] | None, status: str | None, box: str | None, limit: int
) -> list[Row]:
    """Messages of `boxes` (None: every box), newest first, of one `status` and `box` (None:
    any)."""
    params: dict[str, Any] = {"status": status, "box": box, "limit": limit}
    where = "(:status IS NULL OR status = :status) AND (:box IS NULL OR box = :box)"
    if boxes is not None:
        names = [f":b{i}" for i in range(len(boxes))]
        params.update({f"b{i}": b for i, b in enumerate(boxes)})
        where += f" AND box IN ({', '.join(names) or 'NULL'})"
    return _rows(
        store,
        f"SELECT * FROM voicemails WHERE {where} ORDER BY created_at DESC LIMIT :limit",
        params,
    )


def set_voicemail_status(
    store: Store, voicemail_id: str, status: str, actor: str | None, now: float | None
) -> None:
    _conn(store).execute(
        "UPDATE voicemails SET status = ?, handled_by = ?, handled_at = ? WHERE id = ?",
        [status, actor, now, voicemail_id],
    )


def set_voicemail_callback(store: Store, voicemail_id: str, call_id: str) -> None:
    _conn(store).execute(
        "UPDATE voicemails SET callback_call_id = ? WHERE id = ?", [call_id, voicemail_id]
    )


def get_voicemail(store: Store, voicemail_id: str) -> Row | None:
    rows = _rows(store, "SELECT * FROM voicemails WHERE id = ?", [voicemail_id])
    return rows[0] if rows else None


def add_callback(store: Store, call_id: str, queue: str, number: str | None, now: float) -> int:
    cur = _conn(store).execute(
        "INSERT INTO callback_requests (call_id, queue, number, created_at) VALUES (?, ?, ?, ?)",
        [call_id, queue, number, now],
    )
    return int(cur.lastrowid or 0)


def list_callbacks(store: Store, limit: int) -> list[Row]:
    return _rows(store, "SELECT * FROM callback_requests ORDER BY created_at DESC LIMIT ?", [limit])


def add_queued_callback(
    store: Store,
    call_id: str,
    queue: str,
    number: str,
    dnis: str | None,
    joined_at: float,
    priority: int,
    now: float,
) -> int:
    """A callback left from a queue (it keeps the caller's place: `joined_at`)."""
    cur = _conn(store).execute(
        "INSERT INTO callback_requests (call_id, queue, number, dnis, joined_at, priority,"
        " status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 'queued', ?, ?)",
        [call_id, queue, number, dnis, joined_at, priority, now, now],
    )
    return int(cur.lastrowid or 0)


def callback_progress(store: Store, callback_id: int, now: float, **fields: Any) -> None:
    """Update a callback: status, attempts, last_call_id, agent_id, outcome."""
    allowed = {"status", "attempts", "last_call_id", "agent_id", "outcome"}
    sets = {k: v for k, v in fields.items() if k in allowed}
    sql = ", ".join(f"{k} = :{k}" for k in sets)
    _conn(store).execute(
        f"UPDATE callback_requests SET {sql}, updated_at = :now WHERE id = :id",
        {**sets, "now": now, "id": callback_id},
    )


def get_callback(store: Store, callback_id: int) -> Row | None:
    rows = _rows(store, "SELECT * FROM callback_requests WHERE id = ?", [callback_id])
    return rows[0] if rows else None


def pending_callbacks(store: Store) -> list[Row]:
    """Callbacks left in a queue that were not done when the server stopped."""
    return _rows(
        store,
        "SELECT * FROM callback_requests WHERE status IN ('queued', 'calling', 'retry')"
        " AND joined_at IS NOT NULL AND number IS NOT NULL ORDER BY joined_at",
    )


def last_agent_of(store: Store, number: str, since: float) -> str | None:
    """来电记忆: the agent who answered the latest call from `number` since `since`."""
    row = (
        _conn(store)
        .execute(
            "SELECT agent_id FROM calls WHERE ani = ? AND started_at >= ?"
            " AND agent_id IS NOT NULL AND answered_at IS NOT NULL"
            " ORDER BY started_at DESC LIMIT 1",
            [number, since],
        )
        .fetchone()
    )
    return str(row[0]) if row else None
