"""SQL of announcements (公告) on SQLite: posts addressed to teams (or everyone) and who
read them when. Runs on the store thread (`runner.run(lambda s: ...)`)."""

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
    out = [dict(zip(names, r, strict=True)) for r in cur.fetchall()]
    for row in out:
        if isinstance(row.get("teams"), str):
            row["teams"] = json.loads(row["teams"])
    return out


def insert(store: Store, row: Row) -> int:
    cur = _conn(store).execute(
        "INSERT INTO announcements (text, teams, posted_by, created_at, expires_at) "
        "VALUES (?, ?, ?, ?, ?)",
        [
            row["text"],
            json.dumps(row["teams"], ensure_ascii=False),
            row["posted_by"],
            row["created_at"],
            row["expires_at"],
        ],
    )
    return int(cur.lastrowid or 0)


def get(store: Store, announcement_id: int) -> Row | None:
    rows = _rows(store, "SELECT * FROM announcements WHERE id = ?", [announcement_id])
    return rows[0] if rows else None


def for_agent(store: Store, agent_id: str, team: str | None, now: float, limit: int) -> list[Row]:
    """Unexpired announcements addressed to everyone or to `team`, newest first, with the
    agent's own `read_at` (None: unread); also those the agent posted."""
    return _rows(
        store,
        """
        SELECT a.*, r.read_at FROM announcements a
        LEFT JOIN announcement_reads r ON r.announcement_id = a.id AND r.agent_id = :agent
        WHERE (a.expires_at IS NULL OR a.expires_at > :now)
          AND (a.teams = '[]' OR :team IN (SELECT value FROM json_each(a.teams))
               OR a.posted_by = :agent)
        ORDER BY a.created_at DESC, a.id DESC LIMIT :limit""",
        {"agent": agent_id, "team": team, "now": now, "limit": limit},
    )


def mark_read(store: Store, announcement_id: int, agent_id: str, now: float) -> float:
    """The first read time is kept; returns it."""
    _conn(store).execute(
        "INSERT INTO announcement_reads (announcement_id, agent_id, read_at) "
        "VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
        [announcement_id, agent_id, now],
    )
    row = (
        _conn(store)
        .execute(
            "SELECT read_at FROM announcement_reads WHERE announcement_id = ? AND agent_id = ?",
            [announcement_id, agent_id],
        )
        .fetchone()
    )
    return float(row[0])


def reads(store: Store, announcement_id: int) -> dict[str, float]:
    rows = _conn(store).execute(
        "SELECT agent_id, read_at FROM announcement_reads WHERE announcement_id = ?",
        [announcement_id],
    )
    return {agent: float(at) for agent, at in rows.fetchall()}
