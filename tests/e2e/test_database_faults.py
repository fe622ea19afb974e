"""Issue 21, item 5: another process holds the SQLite write lock (as a backup tool or an
admin's sqlite3 shell would) while real calls run, the API is written to and the desktop's
outbox sends a wrap-up. Outcomes seen from outside: HTTP answers, /health, the records
and the queue_log file once the lock clears."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from agent_desktop.cti import CtiClient
from agent_desktop.outbox import PENDING, SENT, Outbox, OutboxSync
from server_stub.media import wire as c
from tests.e2e.conftest import Phones, Product

# The SQLite file's own write lock: on PostgreSQL rows are locked, not the database
# (lock_timeout and a lost connection: tests/store/test_postgres_connection_lost.py).
pytestmark = [pytest.mark.e2e, pytest.mark.sip_audio, pytest.mark.slow, pytest.mark.sqlite_store]

_HOLD_LOCK = (
    "import sqlite3, sys\n"
    "conn = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
    "conn.execute('BEGIN IMMEDIATE')\n"
    "print('locked', flush=True)\n"
    "sys.stdin.read()\n"
    "conn.execute('ROLLBACK')\n"
)


class LockHolder:
    """A separate process holding the database's write lock until `release()`."""

    def __init__(self, db: Path) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-c", _HOLD_LOCK, str(db)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
        )
        assert self.proc.stdout is not None
        assert self.proc.stdout.readline() == b"locked\n"

    def release(self) -> None:
        if self.proc.poll() is None:
            assert self.proc.stdin is not None
            self.proc.stdin.close()
            self.proc.wait(10)


async def _in_thread(fn, *args, **kw):  # type: ignore[no-untyped-def]
    return await asyncio.to_thread(fn, *args, **kw)


async def _until(predicate: Any, what: str, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while not await predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.2)


def _qlog_events(product: Product, call_id: str) -> list[str]:
    lines = (product.data_dir / "queue_log").read_text().splitlines()
    return [line.split("|")[4] for line in lines if line.split("|")[1] == call_id]


async def test_locked_database_answers_503_loses_nothing_and_catches_up_in_order(
    product: Product, phones: Phones, tmp_path: Path
) -> None:
    agent = await _in_thread(product.login, "1004")  # support
    lead = (await _in_thread(product.login, "9001"))["token"]
    phone = await phones.agent("1004", agent)
    await _in_thread(product.set_ready, agent["token"])
    desktop = CtiClient(product.base)  # the desktop's own client, signed in before the lock
    await desktop.login("1004", "demo")

    customer, leg = await phones.call("4008002000", "13900006161")
    _, arrived = await phones.ringing("1004", timeout=25)
    await phone.command(c.Answer(leg=arrived.leg))
    await _in_thread(
        product.wait_call, lead, lambda r: r["ani"] == "13900006161" and r["state"] == "active"
    )
    await customer.command(c.Hangup(leg=leg))
    first = await _in_thread(
        product.wait_call, lead, lambda r: r["ani"] == "13900006161" and r["state"] == "ended"
    )

    outbox = Outbox(tmp_path / "outbox.db")
    sync = OutboxSync(outbox, desktop.disposition, retry_initial=0.5, retry_max=1.0)
    lock = LockHolder(product.data_dir / "callcenter.db")
    try:
        # a direct write waits (bounded), then 503 naming the cause, with Retry-After
        r = await _in_thread(
            product.api,
            "POST",
            f"/calls/{first['id']}/disposition",
            agent["token"],
            json={"disposition": "resolved", "note": "direct", "idempotency_key": "direct-1"},
        )
        assert r.status_code == 503, r.text
        assert int(r.headers["Retry-After"]) >= 1
        assert r.json()["error_id"] == "database_busy"
        assert "locked by another process" in r.json()["message"]
        health = (await _in_thread(product.api, "GET", "/health")).json()
        assert health["status"] == "degraded"
        assert health["checks"]["database"].startswith("busy")

        # the desktop's wrap-up goes to its outbox; sending meets the 503 and stays pending
        await outbox.add(first["id"], "resolved", "refund promised")
        sync.start()

        async def tried() -> bool:
            items = await outbox.items()
            return items[0].attempts >= 1

        await _until(tried, "the outbox tried to send")
        (item,) = await outbox.items()
        assert item.status == PENDING and "database" in item.last_error.lower()

        # a whole call while locked: the ACD decides in memory and holds the records back
        mark = len(phones.events.items)
        customer2, leg2 = await phones.call("4008002000", "13900007171")
        _, arrived2 = await phones.ringing("1004", since=mark, timeout=30)  # after wrap-up
        await phone.command(c.Answer(leg=arrived2.leg))
        await asyncio.sleep(1)
        await customer2.command(c.Hangup(leg=leg2))
        await phones.events.wait(c.LegEnded, timeout=10, leg=arrived2.leg)
        health = (await _in_thread(product.api, "GET", "/health")).json()
        assert "held back" in health["checks"]["database"], health
        assert (product.data_dir / "callcenter.db").exists()
    finally:
        lock.release()

    async def delivered() -> bool:
        return await outbox.pending_count() == 0

    await _until(delivered, "the outbox delivered the wrap-up")
    await sync.stop()
    (item,) = await outbox.items()
    assert item.status == SENT and item.attempts >= 2
    record = await _in_thread(product.api, "GET", f"/calls/{first['id']}", lead)
    assert record.json()["disposition"] == "resolved"
    assert record.json()["note"] == "refund promised"  # the outbox's, not the refused one

    second = await _in_thread(
        product.wait_call, lead, lambda r: r["ani"] == "13900007171" and r["state"] == "ended"
    )
    assert second["agent_id"] == "1004" and second["end_cause"] == "caller_hangup"
    assert second["talk_seconds"] > 0
    events = _qlog_events(product, second["id"])
    assert events[0] == "ENTERQUEUE" and events[-1] in ("COMPLETECALLER", "COMPLETEAGENT")
    assert events.index("CONNECT") > 0
    health = (await _in_thread(product.api, "GET", "/health")).json()
    assert health["checks"]["database"] == "ok"
    await desktop.close()
    outbox.close()
