"""Contract tests of the Store interface: every implementation must pass them.

The `store` fixture runs each test on SQLite and on PostgreSQL (a throwaway cluster of the
session, tests/support/postgres.py; skipped, saying why, only without PostgreSQL's binaries).
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from server_stub.records.queue_log import format_line, to_row
from server_stub.store import SqliteStore, StoreRunner
from server_stub.store.base import Store
from server_stub.store.migrations import SCHEMA_VERSION
from server_stub.store.postgres import PostgresStore


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    if request.param == "sqlite":
        s: Store = SqliteStore(tmp_path / "store.db")
    else:
        s = PostgresStore(request.getfixturevalue("postgres_url"))
    yield s
    s.close()


def _agent(agent_id: str) -> dict[str, object]:
    return {
        "agent_id": agent_id,
        "name": f"Agent {agent_id}",
        "role": "agent",
        "team": None,
        "password_hash": "x",
        "enabled": 1,
        "created_at": 1.0,
    }


def test_transaction_is_all_or_nothing(store: Store) -> None:
    with pytest.raises(RuntimeError), store.transaction():
        store.upsert_agent(_agent("1"))
        store.audit(1.0, "1", "created", "1")
        raise RuntimeError("crash half-way")
    assert store.get_agent("1") is None and store.audit_log() == []
    with store.transaction():
        store.upsert_agent(_agent("1"))
        with store.transaction():  # nested: one transaction
            store.audit(1.0, "1", "created", "1")
    assert store.get_agent("1") is not None and len(store.audit_log()) == 1


def test_constraints_reject_bad_rows(store: Store) -> None:
    with pytest.raises(sqlite3.IntegrityError):
        store.upsert_agent(dict(_agent("2"), role="superuser"))
    with pytest.raises(sqlite3.IntegrityError):
        store.set_member("nobody", "nowhere")


def test_customers_by_phone_and_search(store: Store) -> None:
    cid = store.create_customer(
        {
            "name": "张伟",
            "company": "华为技术",
            "tags": ["vip"],
            "notes": "",
            "created_at": 1.0,
            "updated_at": 1.0,
        },
        ["13800138000", "13800138000", "01088886666"],
    )
    assert [c["id"] for c in store.find_customers_by_phone("13800138000")] == [cid]
    got = store.get_customer(cid)
    assert got is not None and got["phones"] == ["01088886666", "13800138000"]
    assert got["tags"] == ["vip"]
    rows, total = store.search_customers("华为", 10, 0)
    assert total == 1 and rows[0]["name"] == "张伟"
    assert store.update_customer(
        cid, {"name": "张伟", "tags": [], "updated_at": 2.0}, ["13900000000"]
    )
    assert store.find_customers_by_phone("13800138000") == []
    assert not store.update_customer(999, {"name": "x", "tags": [], "updated_at": 2.0}, [])


def test_call_filters_and_active_state(store: Store) -> None:
    for i, (state, agent, talk) in enumerate(
        [("ended", "1", 30.0), ("active", "1", None), ("ended", "2", 300.0)]
    ):
        store.insert_call(
            {
                "id": f"c{i}",
                "direction": "inbound",
                "state": state,
                "ani": "138",
                "dnis": "400",
                "queue": "sales",
                "agent_id": agent,
                "started_at": 100.0 + i,
                "talk_seconds": talk,
            }
        )
    rows, total = store.list_calls({"agent_id": "1"}, None, 10, 0)
    assert total == 2 and [r["id"] for r in rows] == ["c1", "c0"]  # newest first
    rows, total = store.list_calls({}, True, 10, 0)
    assert [r["id"] for r in rows] == ["c1"]
    rows, total = store.list_calls({"min_talk": 100.0}, False, 10, 0)
    assert [r["id"] for r in rows] == ["c2"]
    rows, total = store.list_calls({"since": 101.0, "until": 102.0}, None, 10, 0)
    assert [r["id"] for r in rows] == ["c1"]
    assert store.update_call("c1", {"state": "ended"})
    assert not store.update_call("missing", {"state": "ended"})


def test_sessions_revoke_and_expire(store: Store) -> None:
    store.upsert_agent(_agent("1"))
    store.create_session("h1", "1", 1.0, 100.0)
    store.create_session("h2", "1", 1.0, 100.0)
    store.revoke_session("h1", 5.0)
    assert store.get_session("h1")["revoked_at"] == 5.0  # type: ignore[index]
    assert store.revoke_agent_sessions("1", 6.0) == 1
    assert store.delete_expired_sessions(7.0) == 2


def test_migrations_are_versioned_and_idempotent(tmp_path: Path) -> None:
    SqliteStore(tmp_path / "a.db").close()
    s = SqliteStore(tmp_path / "a.db")  # second open: nothing to do, nothing lost
    assert s.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert s.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    s.close()
    conn = sqlite3.connect(tmp_path / "a.db")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(RuntimeError, match="newer than this server"):
        SqliteStore(tmp_path / "a.db")


def test_runner_serialises_on_one_thread(tmp_path: Path) -> None:
    runner = StoreRunner(lambda: SqliteStore(tmp_path / "r.db"))

    names = {runner.run_sync(lambda s: threading.current_thread().name) for _ in range(5)}
    assert len(names) == 1 and names.pop().startswith("store")
    runner.close()


def test_queue_log_line_format_matches_asterisk() -> None:
    line = format_line(1700000000.9, "c1", "sales", "1001", "CONNECT", [12, "c1", 3])
    assert line == "1700000000|c1|sales|1001|CONNECT|12|c1|3"
    assert format_line(1.0, "", "", "", "AGENTLOGIN") == "1|NONE|NONE|NONE|AGENTLOGIN"
    # A separator inside data cannot break the line into extra fields.
    assert format_line(1.0, "c", "q", "a", "PAUSEALL", ["a|b\nc"]).count("|") == 5
    row = to_row(1.0, "c", "q", "a", "ABANDON", [1, 2, 30])
    assert (row["data1"], row["data2"], row["data3"], row["data4"]) == ("1", "2", "30", "")


def test_upgrade_keeps_the_knowledge_base_index(tmp_path: Path) -> None:
    """A database made by schema 2 is upgraded in place; its short-term index keeps its rows
    and answers one-character prefix queries (migration 3)."""
    from server_stub.store import migrations

    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    for version, script in enumerate(migrations.MIGRATIONS[:2], start=1):
        for statement in (s.strip() for s in script.split(";") if s.strip()):
            conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {version}")
    conn.execute(
        "INSERT INTO kb_fts_short (rowid, title, body, tags) VALUES (7, '退款 款政', '退款', '')"
    )
    conn.close()
    store = SqliteStore(path)
    rows = store.conn.execute(
        "SELECT rowid FROM kb_fts_short WHERE kb_fts_short MATCH '退*'"
    ).fetchall()
    assert rows == [(7,)]
    assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    store.close()


def test_a_state_change_closes_the_agents_previous_row(store: Store) -> None:
    """Each agent_state_log row ends when the agent's next row is written (reports sum
    state times from at..ended_at); other agents' rows stay open."""
    for agent, at, old, new in (
        ("1", 10.0, "logged_out", "ready"),
        ("2", 11.0, "logged_out", "ready"),
        ("1", 15.5, "ready", "not_ready"),
        ("1", 20.0, "not_ready", "ready"),
    ):
        store.append_state_log(
            {
                "agent_id": agent,
                "at": at,
                "from_state": old,
                "to_state": new,
                "reason": None,
                "call_id": None,
                "actor": agent,
            }
        )
    ends = [(r["to_state"], r["ended_at"]) for r in store.state_log("1")]
    assert ends == [("ready", 15.5), ("not_ready", 20.0), ("ready", None)]
    assert [r["ended_at"] for r in store.state_log("2")] == [None]


def test_upgrade_closes_the_state_log_rows_already_written(tmp_path: Path) -> None:
    """Migration 8 fills ended_at of existing rows from each agent's next row."""
    from server_stub.store import migrations

    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    for version, script in enumerate(migrations.MIGRATIONS[:7], start=1):
        for statement in (s.strip() for s in script.split(";") if s.strip()):
            conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {version}")
    for agent, at in (("1", 5.0), ("2", 6.0), ("1", 9.0), ("1", 12.0)):
        conn.execute(
            "INSERT INTO agent_state_log (agent_id, at, from_state, to_state) "
            "VALUES (?, ?, 'ready', 'ready')",
            [agent, at],
        )
    conn.close()
    store = SqliteStore(path)
    rows = store.conn.execute(
        "SELECT agent_id, at, ended_at FROM agent_state_log ORDER BY id"
    ).fetchall()
    assert rows == [("1", 5.0, 9.0), ("2", 6.0, None), ("1", 9.0, 12.0), ("1", 12.0, None)]
    assert store.conn.execute("SELECT satisfaction, wrap_up_seconds FROM calls").fetchall() == []
    store.close()


def test_a_refused_write_inside_a_transaction_leaves_it_going(store: Store) -> None:
    """Callers catch an IntegrityError and go on inside one transaction (SQLite's way);
    PostgreSQL keeps the transaction usable too, and the error names the constraint as
    SQLite does (callers look for "UNIQUE")."""
    with store.transaction():
        store.upsert_agent(_agent("1"))
        with pytest.raises(sqlite3.IntegrityError, match="UNIQUE"):
            store.create_session("h1", "1", 1.0, 100.0)
            store.create_session("h1", "1", 1.0, 100.0)
        store.audit(2.0, "1", "still here", None, {"flag": True})
    assert [r["action"] for r in store.audit_log()] == ["still here"]
    note = store.add_note(
        {"call_id": None, "customer_id": None, "agent_id": "1", "body": "x", "created_at": 1.0}
    )
    assert isinstance(note, int) and note > 0  # ids of new rows, on both engines


def test_postgresql_records_each_migration_and_refuses_a_newer_schema(postgres_url: str) -> None:
    """The same migrations on PostgreSQL, each recorded in schema_migrations with its name;
    opening again applies nothing; a database from a newer server is refused."""
    PostgresStore(postgres_url).close()
    store = PostgresStore(postgres_url)
    rows = store.conn.execute("SELECT version, name FROM schema_migrations ORDER BY version")
    applied = rows.fetchall()
    assert [v for v, _ in applied] == list(range(1, SCHEMA_VERSION + 1))
    assert applied[0][1] == "V1" and applied[-1][1].startswith(f"V{SCHEMA_VERSION}_")
    store.conn.execute(
        "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, 'future', 0)",
        [SCHEMA_VERSION + 1],
    )
    store.close()
    with pytest.raises(RuntimeError, match="newer than this server"):
        PostgresStore(postgres_url)
