"""Local outbox of dispositions and notes (sqlite-utils): written first, synced with retry.

Every write and read runs on one worker thread (a single SQLite connection), so the Qt
thread never blocks on disk. Delivery is idempotent: each item carries its own key.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import sqlite3
import time
import uuid
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import sqlite_utils

from agent_desktop.cti.errors import ApiError, CtiError, Unauthorized
from agent_desktop.protocol import DispositionRequest

log = logging.getLogger(__name__)
T = TypeVar("T")

PENDING, SENT, FAILED = "pending", "sent", "failed"


@dataclass(frozen=True)
class OutboxItem:
    key: str
    call_id: str
    disposition: str
    note: str
    status: str
    attempts: int
    created_at: float
    last_error: str = ""
    agent_id: str = ""  # whose wrap-up it is ("" in outboxes older than the column)


Sender = Callable[[str, DispositionRequest], Awaitable[Any]]


class Outbox:
    """Durable queue of dispositions; `flush()` sends what is pending in creation order."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="outbox")
        self._db: sqlite_utils.Database | None = None
        self._flush_lock = asyncio.Lock()

    # -- the worker thread ----------------------------------------------------------------
    def _open(self) -> sqlite_utils.Database:
        if self._db is None:
            conn = sqlite3.connect(self.path, check_same_thread=False)
            db = sqlite_utils.Database(conn)
            db.execute("PRAGMA journal_mode=WAL")
            db["dispositions"].create(  # type: ignore[union-attr]
                {
                    "key": str,
                    "call_id": str,
                    "disposition": str,
                    "note": str,
                    "status": str,
                    "attempts": int,
                    "created_at": float,
                    "sent_at": float,
                    "last_error": str,
                    "agent_id": str,
                },
                pk="key",
                if_not_exists=True,
            )
            if "agent_id" not in db["dispositions"].columns_dict:  # an older outbox file
                db["dispositions"].add_column("agent_id", str)  # type: ignore[union-attr]
            self._db = db
        return self._db

    async def _run(self, fn: Callable[[sqlite_utils.Database], T]) -> T:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, lambda: fn(self._open()))

    # -- API ----------------------------------------------------------------------------
    async def add(
        self, call_id: str, disposition: str, note: str, agent_id: str = ""
    ) -> OutboxItem:
        """Store a disposition durably before anything is sent; returns the new item.
        `agent_id` is whose it is: only that agent's session sends it (a shared PC)."""
        item = OutboxItem(
            key=f"dsp-{uuid.uuid4().hex}",
            call_id=call_id,
            disposition=disposition,
            note=note,
            status=PENDING,
            attempts=0,
            created_at=time.time(),
            agent_id=agent_id,
        )
        row = {**item.__dict__, "sent_at": None}
        await self._run(lambda db: db["dispositions"].insert(row))  # type: ignore[union-attr]
        return item

    async def items(
        self, status: str | None = None, agent_id: str | None = None
    ) -> list[OutboxItem]:
        """Items by age; with `agent_id`, that agent's and those of no known agent."""

        def read(db: sqlite_utils.Database) -> list[dict[str, Any]]:
            clauses: list[str] = []
            args: list[Any] = []
            if status:
                clauses.append("status = ?")
                args.append(status)
            if agent_id is not None:
                clauses.append("(agent_id = ? OR agent_id IS NULL OR agent_id = '')")
                args.append(agent_id)
            where = " AND ".join(clauses) or None
            return list(db["dispositions"].rows_where(where, args or None, order_by="created_at"))

        return [_item(r) for r in await self._run(read)]

    async def pending_count(self, agent_id: str | None = None) -> int:
        return len(await self.items(PENDING, agent_id))

    async def flush(self, send: Sender, agent_id: str | None = None) -> int:
        """Send every pending item (of `agent_id` only, when given); stops at the first
        connection failure. Returns the sent count."""
        async with self._flush_lock:
            sent = 0
            for item in await self.items(PENDING, agent_id):
                request = DispositionRequest(
                    disposition=item.disposition, note=item.note, idempotency_key=item.key
                )
                try:
                    await send(item.call_id, request)
                except Unauthorized:
                    raise
                except ApiError as exc:
                    await self._mark(item, PENDING if exc.retryable else FAILED, str(exc))
                    if exc.retryable:
                        return sent
                    log.warning("outbox: disposition for %s refused: %s", item.call_id, exc)
                    continue
                except CtiError as exc:
                    await self._mark(item, PENDING, str(exc))
                    return sent
                except Exception as exc:  # a bug or a broken transport: count the attempt
                    await self._mark(item, PENDING, f"{type(exc).__name__}: {exc}")
                    raise
                await self._mark(item, SENT, "")
                sent += 1
            return sent

    async def _mark(self, item: OutboxItem, status: str, error: str) -> None:
        update = {
            "status": status,
            "attempts": item.attempts + 1,
            "last_error": error,
            "sent_at": time.time() if status == SENT else None,
        }
        await self._run(lambda db: db["dispositions"].update(item.key, update))  # type: ignore[union-attr]

    def close(self) -> None:
        def shut(_: Any = None) -> None:
            if self._db is not None:
                self._db.conn.close()
                self._db = None

        self._executor.submit(shut).result(timeout=5)
        self._executor.shutdown(wait=True)


def _item(row: dict[str, Any]) -> OutboxItem:
    return OutboxItem(
        key=row["key"],
        call_id=row["call_id"],
        disposition=row["disposition"],
        note=row["note"] or "",
        status=row["status"],
        attempts=row["attempts"] or 0,
        created_at=row["created_at"],
        last_error=row["last_error"] or "",
        agent_id=row.get("agent_id") or "",
    )


class OutboxSync:
    """Flushes the outbox now and then again with backoff until it is empty."""

    def __init__(
        self,
        outbox: Outbox,
        send: Sender,
        retry_initial: float = 1.0,
        retry_max: float = 30.0,
        on_change: Callable[[int], None] | None = None,
        owner: Callable[[], str | None] = lambda: None,
    ) -> None:
        self._outbox = outbox
        self._send = send
        self._owner = owner  # the signed-in agent: only their items are sent
        self._initial = retry_initial
        self._max = retry_max
        self._on_change = on_change or (lambda _pending: None)
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        if self._task is None or self._task.done():
            self._task = asyncio.get_running_loop().create_task(self._loop(), name="outbox")
        self.kick()

    def kick(self) -> None:
        """Try now (new item, connection back)."""
        self._wake.set()

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._task
            self._task = None

    async def _loop(self) -> None:
        delay = self._initial
        while True:
            await self._wake.wait()
            self._wake.clear()
            try:
                await self._outbox.flush(self._send, self._owner())
            except Unauthorized:
                log.warning("outbox: session expired; waiting for sign-in")
            except Exception:
                log.exception("outbox flush failed")
            pending = await self._outbox.pending_count(self._owner())
            self._on_change(pending)
            if pending:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._wake.wait(), timeout=delay)
                self._wake.set()
                delay = min(self._max, delay * 2)
            else:
                delay = self._initial


def describe(item: OutboxItem) -> str:
    """One log-friendly line for an item (no note text: it may hold personal data)."""
    return json.dumps({"key": item.key, "call": item.call_id, "status": item.status})
