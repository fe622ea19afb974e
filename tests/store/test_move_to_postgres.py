"""`callcenter-server migrate-store`: a SQLite centre moved into PostgreSQL, whole."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest

from server_stub import demo
from server_stub.__main__ import main
from server_stub.kb.text import parse_query
from server_stub.store import SqliteStore
from server_stub.store.postgres import PostgresStore
from tests.server.conftest import fast_passwords


def _counts_sqlite(path: Path, tables: list[str]) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
    finally:
        conn.close()


def test_a_sqlite_centre_moves_to_postgresql_whole(
    tmp_path: Path, postgres_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    store = SqliteStore(data / "callcenter.db")
    demo.seed(store, fast_passwords(), time.time())
    with store.transaction():
        category = store.kb.insert_category({"parent_id": None, "name": "退款", "sort": 0})
        store.kb.insert_article(
            {
                "title": "退款流程 Refund",
                "body": "七天内无理由退款",
                "category_id": category,
                "tags": ["refund"],
                "queues": [],
                "ivr_paths": [],
            },
            "9000",
            1.0,
        )
    max_customer = store.conn.execute("SELECT max(id) FROM customers").fetchone()[0]
    store.close()

    assert main(["migrate-store", "--from", str(data), "--to", postgres_url]) == 0
    out = capsys.readouterr().out
    assert "customers: " in out and "moved " in out

    pg = PostgresStore(postgres_url)
    try:
        tables = [
            r[0]
            for r in pg.conn.execute(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = "
                "current_schema() AND table_name <> 'schema_migrations'"
            ).fetchall()
        ]
        moved = {t: pg.count(t) for t in tables}
        assert moved == _counts_sqlite(data / "callcenter.db", tables)
        assert (
            moved["calls"] > 10
            and moved["customers"] > 10
            and moved["kb_fts"] == moved["kb_articles"]
        )
        # ids kept, and new rows continue after them (sequences reset)
        assert [c["name"] for c in pg.find_customers_by_phone("13800138000")] == ["张伟"]
        new = pg.create_customer(
            {"name": "新客户", "tags": [], "notes": "", "created_at": 2.0, "updated_at": 2.0},
            ["13911112222"],
        )
        assert new == max_customer + 1
        assert pg.kb.search(parse_query("退款流程"), None, 5)[1][0]["title"] == "退款流程 Refund"
        assert pg.get_agent("1001")["name"]  # type: ignore[index]
    finally:
        pg.close()

    # a second move into the same (now used) database is refused, nothing written
    assert main(["migrate-store", "--from", str(data), "--to", postgres_url]) == 1
    assert "already holds records" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["migrate-store", "--from", str(data), "--to", "mysql://x@y/z"])
    assert "not a PostgreSQL URL" in capsys.readouterr().err
