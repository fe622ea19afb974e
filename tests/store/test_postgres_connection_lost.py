"""PostgreSQL gone for a moment (restarted, a network cut): decisions already taken are
held and written once it is back, as for a locked SQLite file, and the store reconnects."""

from __future__ import annotations

import asyncio

import psycopg

from server_stub.store import StoreRunner
from server_stub.store.postgres import PostgresStore


async def test_a_lost_connection_delays_writes_and_reconnects(postgres_url: str) -> None:
    runner = StoreRunner(lambda: PostgresStore(postgres_url))
    try:
        await runner.run(lambda s: s.audit(1.0, "9000", "before", None))
        database = postgres_url.split("@/", 1)[1].split("?")[0]
        others = "FROM pg_stat_activity WHERE datname = %s AND pid <> pg_backend_pid()"
        with psycopg.connect(postgres_url, autocommit=True) as admin:
            admin.execute(f"SELECT pg_terminate_backend(pid) {others}", [database])
            for _ in range(50):  # the signal is asynchronous: until the backend is gone
                found = admin.execute(f"SELECT count(*) {others}", [database]).fetchone()
                if found == (0,):
                    break
                await asyncio.sleep(0.05)
        await runner.defer("audit after the cut", lambda s: s.audit(2.0, "9000", "after", None))
        assert runner.busy  # held: the connection was found lost
        for _ in range(40):  # the drain retries every 0.5 s, reconnecting
            if not runner.held_count:
                break
            await asyncio.sleep(0.1)
        actions = await runner.run(lambda s: [r["action"] for r in s.audit_log()])
        assert actions == ["before", "after"]
    finally:
        runner.close()
