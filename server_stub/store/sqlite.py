"""SQLite implementation of the store (WAL), used from one thread at a time. Its SQL is
shared with PostgresStore (server_stub/store/postgres.py) through server_stub/store/dialect.py:
write statements both engines accept (`dialect.upsert`, `dialect.insert`)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from server_stub.store import customers as customers_sql
from server_stub.store import dialect
from server_stub.store.kb_sqlite import SqliteKbStore
from server_stub.store.migrations import migrate

Row = dict[str, Any]

# Columns a caller may filter the call list on, with the SQL each filter adds.
_CALL_FILTERS: Mapping[str, str] = {
    "agent_id": "agent_id = :agent_id",
    "queue": "queue = :queue",
    "direction": "direction = :direction",
    "disposition": "disposition = :disposition",
    "customer_id": "customer_id = :customer_id",
    "number": "(ani = :number OR dnis = :number)",
    "since": "started_at >= :since",
    "until": "started_at < :until",
    "ended_since": "ended_at >= :ended_since",
    "min_talk": "talk_seconds >= :min_talk",
    "max_talk": "talk_seconds <= :max_talk",
    # call quality: the worse leg's whole-call MOS estimate at most this (measured calls only)
    "max_mos": "MIN(COALESCE(customer_mos, 5), COALESCE(agent_mos, 5)) <= :max_mos",
    # A lead's team scope: JSON {"agents": [...], "queues": [...]}; calls that reached no
    # queue and no agent (ended in the IVR) concern the whole centre, like its events.
    "scope": "(agent_id IN (SELECT value FROM json_each(:scope, '$.agents')) OR "
    "queue IN (SELECT value FROM json_each(:scope, '$.queues')) OR "
    "(agent_id IS NULL AND queue IS NULL))",
}
# How long a write waits for another process's lock before the API answers 503.
BUSY_TIMEOUT_MS = 5000
_ACTIVE_STATES = ("ivr", "queued", "ringing", "dialing", "active", "external")


class SqliteStore:
    """Every record of the coordinator. Not thread-safe: StoreRunner owns it on one thread."""

    def __init__(self, path: Path | str) -> None:
        self.path = str(path)
        conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        migrate(conn)
        self.conn = conn
        self._depth = 0
        self.kb = SqliteKbStore(self)

    def close(self) -> None:
        self.conn.close()

    def write_lock_free(self) -> bool:
        """Could a write start now? (Takes and drops the write lock without waiting.)"""
        if self._depth:
            return True
        with self.busy_timeout(0):
            try:
                self.conn.execute("BEGIN IMMEDIATE")
            except sqlite3.OperationalError:
                return False
            self.conn.execute("ROLLBACK")
        return True

    @contextmanager
    def busy_timeout(self, milliseconds: int) -> Iterator[None]:
        """Wait at most `milliseconds` for another process's lock inside the block."""
        self.conn.execute(f"PRAGMA busy_timeout = {int(milliseconds)}")
        try:
            yield
        finally:
            self.conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")

    # --- transactions ----------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """All writes inside commit together or not at all (nests as one transaction)."""
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        self.conn.execute("BEGIN IMMEDIATE")
        self._depth = 1
        try:
            yield
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        else:
            self.conn.execute("COMMIT")
        finally:
            self._depth = 0

    def _rows(self, sql: str, params: Mapping[str, Any] | Sequence[Any] = ()) -> list[Row]:
        cur = self.conn.execute(sql, params)
        names = [d[0] for d in cur.description or ()]
        return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]

    def _row(self, sql: str, params: Mapping[str, Any] | Sequence[Any] = ()) -> Row | None:
        rows = self._rows(sql, params)
        return rows[0] if rows else None

    # --- settings --------------------------------------------------------------------

    def get_setting(self, key: str) -> str | None:
        row = self._row("SELECT value FROM settings WHERE key = ?", [key])
        return None if row is None else str(row["value"])

    def set_setting(self, key: str, value: str) -> None:
        dialect.upsert(self.conn, "settings", {"key": key, "value": value}, pk="key")

    # --- organisation ----------------------------------------------------------------

    def upsert_team(self, name: str, display_name: str) -> None:
        dialect.upsert(self.conn, "teams", {"name": name, "display_name": display_name}, pk="name")

    def upsert_agent(self, agent: Row) -> None:
        dialect.upsert(self.conn, "agents", agent, pk="agent_id")

    def get_agent(self, agent_id: str) -> Row | None:
        return self._row("SELECT * FROM agents WHERE agent_id = ?", [agent_id])

    def list_agents(self) -> list[Row]:
        return self._rows("SELECT * FROM agents ORDER BY agent_id")

    def set_agent_last_state(self, agent_id: str, state: Row | None) -> None:
        self.conn.execute(
            "UPDATE agents SET last_state = ? WHERE agent_id = ?",
            [None if state is None else json.dumps(state), agent_id],
        )

    def upsert_queue(self, queue: Row) -> None:
        dialect.upsert(self.conn, "queues", queue, pk="name")

    def list_queues(self) -> list[Row]:
        return self._rows("SELECT * FROM queues ORDER BY name")

    def set_member(self, agent_id: str, queue: str, level: int = 1, position: int = 1) -> None:
        dialect.upsert(
            self.conn,
            "queue_members",
            {"agent_id": agent_id, "queue": queue, "level": level, "position": position},
            pk=("agent_id", "queue"),
        )

    def list_members(self, agent_id: str | None = None) -> list[Row]:
        if agent_id is None:
            return self._rows("SELECT * FROM queue_members ORDER BY queue, level, position")
        return self._rows(
            "SELECT * FROM queue_members WHERE agent_id = ? ORDER BY queue", [agent_id]
        )

    def upsert_did(self, number: str, queue: str | None, ivr: str | None, description: str) -> None:
        dialect.upsert(
            self.conn,
            "dids",
            {"number": number, "queue": queue, "ivr": ivr, "description": description},
            pk="number",
        )

    def list_dids(self) -> list[Row]:
        return self._rows("SELECT * FROM dids ORDER BY number")

    def upsert_reason_code(self, row: Row) -> None:
        dialect.upsert(self.conn, "reason_codes", row, pk="code")

    def list_reason_codes(self) -> list[Row]:
        return self._rows("SELECT * FROM reason_codes ORDER BY sort, code")

    def upsert_disposition(self, row: Row) -> None:
        dialect.upsert(self.conn, "dispositions", row, pk="code")

    def list_dispositions(self) -> list[Row]:
        return self._rows("SELECT * FROM dispositions ORDER BY sort, code")

    # --- administration (issue 13) ----------------------------------------------------

    def save_team(self, row: Row) -> None:
        dialect.upsert(self.conn, "teams", row, pk="name")

    def list_teams(self) -> list[Row]:
        return self._rows("SELECT * FROM teams ORDER BY name")

    def delete_team(self, name: str) -> bool:
        return self.conn.execute("DELETE FROM teams WHERE name = ?", [name]).rowcount == 1

    def update_agent(self, agent_id: str, fields: Row) -> bool:
        sets = ", ".join(f"{k} = :{k}" for k in fields)
        cur = self.conn.execute(
            f"UPDATE agents SET {sets} WHERE agent_id = :__id", dict(fields, __id=agent_id)
        )
        return cur.rowcount == 1

    def delete_agent(self, agent_id: str) -> bool:
        return self.conn.execute("DELETE FROM agents WHERE agent_id = ?", [agent_id]).rowcount == 1

    def replace_members(self, agent_id: str, skills: Sequence[Row]) -> None:
        """The agent's queues become exactly `skills` ({queue, level, position})."""
        self.conn.execute("DELETE FROM queue_members WHERE agent_id = ?", [agent_id])
        for skill in skills:
            self.set_member(
                agent_id, skill["queue"], int(skill.get("level", 1)), int(skill.get("position", 1))
            )

    def delete_queue(self, name: str) -> bool:
        return self.conn.execute("DELETE FROM queues WHERE name = ?", [name]).rowcount == 1

    def delete_did(self, number: str) -> bool:
        return self.conn.execute("DELETE FROM dids WHERE number = ?", [number]).rowcount == 1

    def delete_reason_code(self, code: str) -> bool:
        return self.conn.execute("DELETE FROM reason_codes WHERE code = ?", [code]).rowcount == 1

    def delete_disposition(self, code: str) -> bool:
        return self.conn.execute("DELETE FROM dispositions WHERE code = ?", [code]).rowcount == 1

    def list_roles(self) -> list[Row]:
        return [
            dict(r, permissions=json.loads(r["permissions"]))
            for r in self._rows("SELECT * FROM roles ORDER BY name")
        ]

    def save_role(self, row: Row) -> None:
        dialect.upsert(
            self.conn,
            "roles",
            dict(row, permissions=json.dumps(list(row["permissions"]))),
            pk="name",
        )

    def delete_role(self, name: str) -> bool:
        return self.conn.execute("DELETE FROM roles WHERE name = ?", [name]).rowcount == 1

    def list_prompts(self) -> list[Row]:
        return self._rows("SELECT * FROM prompts ORDER BY name")

    def save_prompt(self, row: Row) -> None:
        dialect.upsert(self.conn, "prompts", row, pk="name")

    def delete_prompt(self, name: str) -> bool:
        return self.conn.execute("DELETE FROM prompts WHERE name = ?", [name]).rowcount == 1

    def set_password(self, agent_id: str, password_hash: str, must_change: bool) -> bool:
        cur = self.conn.execute(
            "UPDATE agents SET password_hash = ?, must_change_password = ? WHERE agent_id = ?",
            [password_hash, int(must_change), agent_id],
        )
        return cur.rowcount == 1

    def live_sessions(self, agent_id: str, now: float) -> list[Row]:
        """The agent's sessions neither revoked nor expired, oldest first."""
        return self._rows(
            "SELECT * FROM sessions WHERE agent_id = ? AND revoked_at IS NULL AND expires_at > ? "
            "ORDER BY created_at",
            [agent_id, now],
        )

    # --- sessions --------------------------------------------------------------------

    def create_session(self, token_hash: str, agent_id: str, now: float, expires_at: float) -> None:
        dialect.insert(
            self.conn,
            "sessions",
            {
                "token_hash": token_hash,
                "agent_id": agent_id,
                "created_at": now,
                "expires_at": expires_at,
                "revoked_at": None,
            },
        )

    def get_session(self, token_hash: str) -> Row | None:
        return self._row("SELECT * FROM sessions WHERE token_hash = ?", [token_hash])

    def revoke_session(self, token_hash: str, now: float) -> None:
        self.conn.execute(
            "UPDATE sessions SET revoked_at = ? WHERE token_hash = ? AND revoked_at IS NULL",
            [now, token_hash],
        )

    def agents_without_live_session(self, now: float) -> list[str]:
        """Agents with no session that is neither revoked nor expired (signed out)."""
        rows = self._rows(
            "SELECT agent_id FROM agents WHERE agent_id NOT IN (SELECT agent_id FROM sessions "
            "WHERE revoked_at IS NULL AND expires_at > ?) ORDER BY agent_id",
            [now],
        )
        return [r["agent_id"] for r in rows]

    def revoke_agent_sessions(self, agent_id: str, now: float) -> int:
        cur = self.conn.execute(
            "UPDATE sessions SET revoked_at = ? WHERE agent_id = ? AND revoked_at IS NULL",
            [now, agent_id],
        )
        return cur.rowcount

    def delete_expired_sessions(self, now: float) -> int:
        cur = self.conn.execute(
            "DELETE FROM sessions WHERE expires_at < ? OR revoked_at IS NOT NULL", [now]
        )
        return cur.rowcount

    # --- customers -------------------------------------------------------------------

    def create_customer(self, row: Row, phones: Sequence[str]) -> int:
        with self.transaction():
            data = _customer_columns(row)
            customer_id = dialect.insert(self.conn, "customers", data)
            self._set_phones(customer_id, phones)
            customers_sql.reindex(self, customer_id)
        return customer_id

    def update_customer(self, customer_id: int, row: Row, phones: Sequence[str]) -> bool:
        with self.transaction():
            data = _customer_columns(row)
            sets = ", ".join(f"{k} = :{k}" for k in data)
            cur = self.conn.execute(
                f"UPDATE customers SET {sets} WHERE id = :id", dict(data, id=customer_id)
            )
            if cur.rowcount == 0:
                return False
            self.conn.execute("DELETE FROM customer_phones WHERE customer_id = ?", [customer_id])
            self._set_phones(customer_id, phones)
            customers_sql.reindex(self, customer_id)
        return True

    def _set_phones(self, customer_id: int, phones: Sequence[str]) -> None:
        for phone in dict.fromkeys(phones):
            self.conn.execute(
                "INSERT INTO customer_phones (phone, customer_id) VALUES (?, ?)",
                [phone, customer_id],
            )

    def get_customer(self, customer_id: int) -> Row | None:
        row = self._row("SELECT * FROM customers WHERE id = ?", [customer_id])
        return None if row is None else self._with_phones(row)

    def find_customers_by_phone(self, phone: str) -> list[Row]:
        rows = self._rows(
            "SELECT c.* FROM customers c JOIN customer_phones p ON p.customer_id = c.id "
            "WHERE p.phone = ? ORDER BY c.updated_at DESC",
            [phone],
        )
        return [self._with_phones(r) for r in rows]

    def search_customers(self, text: str, limit: int, offset: int) -> tuple[list[Row], int]:
        like = f"%{text}%"
        where = (
            "WHERE c.name LIKE :like OR c.company LIKE :like OR EXISTS "
            "(SELECT 1 FROM customer_phones p WHERE p.customer_id = c.id AND p.phone LIKE :like)"
        )
        params = {"like": like, "limit": limit, "offset": offset}
        total = self._rows(f"SELECT count(*) AS n FROM customers c {where}", params)[0]["n"]
        rows = self._rows(
            f"SELECT c.* FROM customers c {where} ORDER BY c.name LIMIT :limit OFFSET :offset",
            params,
        )
        return [self._with_phones(r) for r in rows], int(total)

    def _with_phones(self, row: Row) -> Row:
        phones = self._rows(
            "SELECT phone FROM customer_phones WHERE customer_id = ? ORDER BY phone", [row["id"]]
        )
        return dict(
            row,
            tags=json.loads(row["tags"]),
            custom=json.loads(row.get("custom") or "{}"),
            phones=[p["phone"] for p in phones],
        )

    # --- calls -----------------------------------------------------------------------

    def insert_call(self, row: Row) -> None:
        dialect.insert(self.conn, "calls", row)

    def update_call(self, call_id: str, fields: Row) -> bool:
        sets = ", ".join(f"{k} = :{k}" for k in fields)
        cur = self.conn.execute(
            f"UPDATE calls SET {sets} WHERE id = :__id", dict(fields, __id=call_id)
        )
        return cur.rowcount == 1

    def get_call(self, call_id: str) -> Row | None:
        return self._row("SELECT * FROM calls WHERE id = ?", [call_id])

    def list_calls(
        self, filters: Mapping[str, Any], active: bool | None, limit: int, offset: int
    ) -> tuple[list[Row], int]:
        """Calls matching `filters` (keys of _CALL_FILTERS), newest first, with the total."""
        clauses = [_CALL_FILTERS[k] for k, v in filters.items() if v is not None]
        params: dict[str, Any] = {k: v for k, v in filters.items() if v is not None}
        if active is not None:
            states = ", ".join(f"'{s}'" for s in _ACTIVE_STATES)
            clauses.append(f"state {'IN' if active else 'NOT IN'} ({states})")
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        total = self._rows(f"SELECT count(*) AS n FROM calls {where}", params)[0]["n"]
        rows = self._rows(
            f"SELECT * FROM calls {where} ORDER BY started_at DESC LIMIT :limit OFFSET :offset",
            dict(params, limit=limit, offset=offset),
        )
        return rows, int(total)

    def customer_history(self, customer_id: int, limit: int) -> list[Row]:
        return self._rows(
            "SELECT * FROM calls WHERE customer_id = ? ORDER BY started_at DESC LIMIT ?",
            [customer_id, limit],
        )

    def count_calls_since(self, since: float) -> dict[str, int]:
        rows = self._rows(
            "SELECT agent_id, count(*) AS n FROM calls WHERE started_at >= ? "
            "AND agent_id IS NOT NULL AND answered_at IS NOT NULL GROUP BY agent_id",
            [since],
        )
        return {r["agent_id"]: int(r["n"]) for r in rows}

    def insert_call_leg(self, row: Row) -> None:
        dialect.insert(self.conn, "call_legs", row)

    def update_call_leg(self, leg_id: str, fields: Row) -> None:
        if fields:
            sets = ", ".join(f"{k} = :{k}" for k in fields)
            self.conn.execute(
                f"UPDATE call_legs SET {sets} WHERE id = :__id", dict(fields, __id=leg_id)
            )

    def add_note(self, row: Row) -> int:
        return dialect.insert(self.conn, "notes", row)

    def add_recording(self, row: Row) -> None:
        dialect.insert(self.conn, "recordings", row)

    def get_recording(self, recording_id: str) -> Row | None:
        return self._row("SELECT * FROM recordings WHERE id = ?", [recording_id])

    # --- logs ------------------------------------------------------------------------

    def append_queue_log(self, row: Row) -> None:
        dialect.insert(self.conn, "queue_log", row)

    def queue_log(self, since: float = 0) -> list[Row]:
        return self._rows("SELECT * FROM queue_log WHERE time >= ? ORDER BY id", [since])

    def agent_handled_call(self, call_id: str, agent_id: str, since: float) -> bool:
        """Whether `agent_id` talked on the call (queue_log CONNECT) since `since`, the
        call's start (the time index keeps it short): a call transferred on still lists
        its first agent in queue_log, not in the call row."""
        return (
            self._row(
                "SELECT 1 FROM queue_log WHERE time >= ? AND callid = ? AND agent = ? "
                "AND event = 'CONNECT' LIMIT 1",
                [since, call_id, agent_id],
            )
            is not None
        )

    def append_state_log(self, row: Row) -> None:
        """Close the agent's open row (its state ended now) and open the new one."""
        self.conn.execute(
            "UPDATE agent_state_log SET ended_at = ? WHERE id = (SELECT id FROM agent_state_log "
            "WHERE agent_id = ? ORDER BY at DESC, id DESC LIMIT 1) AND ended_at IS NULL",
            [row["at"], row["agent_id"]],
        )
        dialect.insert(self.conn, "agent_state_log", row)

    def state_log(self, agent_id: str, since: float = 0) -> list[Row]:
        return self._rows(
            "SELECT * FROM agent_state_log WHERE agent_id = ? AND at >= ? ORDER BY id",
            [agent_id, since],
        )

    def audit(
        self,
        at: float,
        actor: str | None,
        action: str,
        target: str | None,
        detail: Mapping[str, Any] | None = None,
    ) -> None:
        dialect.insert(
            self.conn,
            "audit_log",
            {
                "at": at,
                "actor": actor,
                "action": action,
                "target": target,
                "detail": json.dumps(detail or {}, ensure_ascii=False),
            },
        )

    def audit_log(self, since: float = 0) -> list[Row]:
        return self._rows("SELECT * FROM audit_log WHERE at >= ? ORDER BY id", [since])

    def audit_actions(self, actions: Sequence[str], since: float, limit: int) -> list[Row]:
        """The newest `limit` audit rows with one of `actions`, newest first."""
        marks = ", ".join("?" for _ in actions)
        return self._rows(
            f"SELECT * FROM audit_log WHERE action IN ({marks}) AND at >= ? "
            "ORDER BY id DESC LIMIT ?",
            [*actions, since, limit],
        )

    # --- known devices (sign-in) -------------------------------------------------------

    def is_known_device(self, agent_id: str, device_hash: str) -> bool:
        return (
            self._row(
                "SELECT 1 AS known FROM known_devices WHERE agent_id = ? AND device_hash = ?",
                [agent_id, device_hash],
            )
            is not None
        )

    def remember_device(self, agent_id: str, device_hash: str, now: float) -> None:
        self.conn.execute(
            "INSERT INTO known_devices (agent_id, device_hash, first_seen, last_seen) "
            "VALUES (?, ?, ?, ?) ON CONFLICT (agent_id, device_hash) "
            "DO UPDATE SET last_seen = excluded.last_seen",
            [agent_id, device_hash, now, now],
        )

    # --- idempotency -----------------------------------------------------------------

    def get_idempotent(self, key: str) -> Row | None:
        return self._row("SELECT * FROM idempotency_keys WHERE key = ?", [key])

    def put_idempotent(
        self, key: str, agent_id: str, request_hash: str, response: str, now: float
    ) -> None:
        dialect.insert(
            self.conn,
            "idempotency_keys",
            {
                "key": key,
                "agent_id": agent_id,
                "request_hash": request_hash,
                "response": response,
                "created_at": now,
            },
        )

    def count(self, table: str) -> int:
        if not table.isidentifier():
            raise ValueError(f"not a table name: {table!r}")
        return int(self.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def _customer_columns(row: Row) -> Row:
    """A customer row with its JSON columns (tags, custom values) encoded."""
    data = dict(row, tags=json.dumps(row.get("tags", []), ensure_ascii=False))
    if "custom" in data:
        data["custom"] = json.dumps(data["custom"], ensure_ascii=False)
    return data
