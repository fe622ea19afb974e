"""WebhookDispatcher: delivers server events to the centre's webhooks, off the call path.

Flow: the event bus calls `observe` for every event it publishes (on the event loop, so it
only appends to a bounded in-memory intake); the dispatcher's task stores one `pending`
delivery per subscribed webhook (so deliveries survive a restart), then POSTs each with
at most `concurrency` requests in flight, each bounded by `timeout`. A failure (no answer,
timeout, a non-2xx status) is retried after `backoff` (base, 2·base, … up to the cap) until
`max_attempts`; then the delivery is `failed`. Every attempt's outcome is in the store
(the delivery log). Delivery is at least once: a receiver de-duplicates by X-Delivery-Id.
"""

from __future__ import annotations

import asyncio
import contextlib
import heapq
import json
import logging
import time
import uuid
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx

from agent_desktop.protocol import EventData
from agent_desktop.protocol.integration import WEBHOOK_SCHEMA_VERSION
from server_stub import __version__
from server_stub.integration.signing import (
    DELIVERY_HEADER,
    EVENT_HEADER,
    SIGNATURE_HEADER,
    TIMESTAMP_HEADER,
    backoff,
    safe_url,
    sign,
)
from server_stub.store import StoreRunner
from server_stub.store import webhooks as hooks_store
from server_stub.store.base import Row

log = logging.getLogger(__name__)
MAX_ERROR_LENGTH = 300
MAX_BODY_EVENTS_PER_BATCH = 500
PRUNE_EVERY = 3600.0  # seconds between two prunings of the delivery log


@dataclass(frozen=True)
class DeliverySettings:
    timeout: float = 5.0  # seconds for one POST, connect to last byte
    max_attempts: int = 12  # then the delivery is failed (about 2.4 h with the defaults)
    backoff_base: float = 5.0  # seconds before the first retry; doubles each time
    backoff_cap: float = 3600.0  # never wait longer than this between attempts
    concurrency: int = 8  # POSTs in flight at once, over all webhooks
    per_webhook: int = 2  # POSTs in flight to one webhook (a slow one never holds up others)
    queue_limit: int = 10_000  # events held in memory before they are stored
    keep_days: float = 30.0  # finished deliveries older than this leave the log


@dataclass(frozen=True)
class Subscription:
    webhook_id: int
    url: str
    events: frozenset[str]


@dataclass(frozen=True)
class Outcome:
    """What one POST came to."""

    ok: bool
    status_code: int | None
    error: str | None
    duration_ms: float


@dataclass
class _Pending:
    event_type: str
    data: dict[str, Any]
    occurred_at: float
    event_id: str = field(default_factory=lambda: uuid.uuid4().hex)


def webhook_body(
    event_type: str, data: dict[str, Any], occurred_at: float, event_id: str, delivery_id: str
) -> bytes:
    """The JSON a webhook receives (schema `WEBHOOK_SCHEMA_VERSION`, docs/integration.md)."""
    payload = {
        "version": WEBHOOK_SCHEMA_VERSION,
        "id": event_id,
        "delivery_id": delivery_id,
        "type": event_type,
        "occurred_at": occurred_at,
        "data": data,
    }
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode()


class WebhookDispatcher:
    def __init__(
        self,
        runner: StoreRunner,
        clock: Callable[[], float],
        settings: DeliverySettings | None = None,
    ) -> None:
        self._runner = runner
        self._clock = clock
        self.settings = settings or DeliverySettings()
        self._subscriptions: tuple[Subscription, ...] = ()
        self._wanted: frozenset[str] = frozenset()
        self._intake: deque[_Pending] = deque()
        self._due: list[tuple[float, str, int]] = []  # heap of (due time, delivery, webhook)
        self._queued: set[str] = set()
        self._inflight: dict[str, asyncio.Task[None]] = {}
        self._busy: dict[int, int] = {}  # webhook id -> POSTs in flight
        self._wake: asyncio.Event | None = None
        self._task: asyncio.Task[None] | None = None
        self._client: httpx.AsyncClient | None = None
        self.dropped = 0  # events refused because the intake was full (each logged)
        self._pruned_at = 0.0

    # --- subscriptions -------------------------------------------------------------------

    def subscribe(self, rows: list[Row]) -> None:
        """Take the webhooks as stored now (called at start and after every change)."""
        self._subscriptions = tuple(
            Subscription(int(r["id"]), str(r["url"]), frozenset(r["events"]))
            for r in rows
            if r["enabled"]
        )
        self._wanted = frozenset().union(*(s.events for s in self._subscriptions))

    # --- intake (event loop, inside EventBus.publish) ------------------------------------

    def observe(self, event: EventData, data: dict[str, Any], ts: float) -> None:
        """The bus's observer: keep the event if some webhook wants it. Never blocks."""
        event_type = event.TYPE.value
        if event_type not in self._wanted:
            return
        if len(self._intake) >= self.settings.queue_limit:
            self.dropped += 1
            log.error(
                "webhook intake full (%d events waiting to be stored): %s event dropped, "
                "%d dropped so far",
                len(self._intake),
                event_type,
                self.dropped,
            )
            return
        self._intake.append(_Pending(event_type, data, ts))
        if self._wake is not None:
            self._wake.set()

    # --- life cycle ----------------------------------------------------------------------

    async def start(self) -> None:
        self.subscribe(await self._runner.run(hooks_store.list_webhooks))
        await self._prune()
        due = await self._runner.run(hooks_store.due_deliveries)
        for when, delivery_id, webhook_id in due:
            self._schedule(when, delivery_id, webhook_id)
        if due:
            log.info("webhooks: %d delivery(ies) pending from before the restart", len(due))
        self._client = httpx.AsyncClient(
            timeout=self.settings.timeout,
            follow_redirects=False,
            headers={"User-Agent": f"callcenter-webhooks/{__version__}"},
        )
        self._wake = asyncio.Event()
        self._wake.set()
        self._task = asyncio.create_task(self._run(), name="webhook-dispatcher")

    async def stop(self) -> None:
        """Store what is still in memory; cancel POSTs in flight (they stay pending and are
        sent again after the next start)."""
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None
        for task in list(self._inflight.values()):
            task.cancel()
        for task in list(self._inflight.values()):
            with contextlib.suppress(asyncio.CancelledError):
                await task
        self._inflight.clear()
        try:
            await self._store_intake()
        except Exception:
            log.exception("webhooks: %d event(s) could not be stored at stop", len(self._intake))
        if self._client is not None:
            await self._client.aclose()
            self._client = None

    @property
    def backlog(self) -> int:
        """Deliveries waiting (stored or not yet stored) or in flight."""
        return len(self._intake) + len(self._queued) + len(self._inflight)

    # --- the dispatcher's task -----------------------------------------------------------

    async def _run(self) -> None:
        assert self._wake is not None
        while True:
            due = self._next_due()
            timeout = None if due is None else max(0.0, due - self._clock())
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), timeout)
            self._wake.clear()
            try:
                await self._store_intake()
            except Exception:
                # The store is busy or failing: the events stay in memory; try again soon.
                log.exception("webhooks: could not store %d event(s)", len(self._intake))
                await asyncio.sleep(1.0)
                self._wake.set()
                continue
            self._start_due()
            if self._clock() - self._pruned_at > PRUNE_EVERY:
                await self._prune()

    async def _prune(self) -> None:
        """Forget finished deliveries older than `keep_days` (pending ones stay)."""
        now = self._clock()
        self._pruned_at = now
        before = now - self.settings.keep_days * 86400
        try:
            gone = await self._runner.run(lambda s: hooks_store.prune_deliveries(s, before))
        except Exception:
            log.exception("webhooks: pruning the delivery log failed")
            return
        if gone:
            log.info(
                "webhooks: %d finished delivery(ies) older than %g days removed",
                gone,
                self.settings.keep_days,
            )

    async def _store_intake(self) -> None:
        if not self._intake:
            return
        batch = [self._intake[i] for i in range(min(len(self._intake), MAX_BODY_EVENTS_PER_BATCH))]
        now = self._clock()
        rows: list[Row] = []
        for pending in batch:
            for sub in self._subscriptions:
                if pending.event_type not in sub.events:
                    continue
                delivery_id = uuid.uuid4().hex
                body = webhook_body(
                    pending.event_type,
                    pending.data,
                    pending.occurred_at,
                    pending.event_id,
                    delivery_id,
                )
                rows.append(
                    {
                        "id": delivery_id,
                        "webhook_id": sub.webhook_id,
                        "event_id": pending.event_id,
                        "event_type": pending.event_type,
                        "body": body.decode(),
                        "status": "pending",
                        "attempts": 0,
                        "created_at": now,
                        "next_attempt_at": now,
                    }
                )
        if rows:
            await self._runner.run(lambda s: hooks_store.add_deliveries(s, rows))
        for _ in batch:
            self._intake.popleft()
        for row in rows:
            self._schedule(now, row["id"], row["webhook_id"])
        if len(self._intake):
            assert self._wake is not None
            self._wake.set()

    def _schedule(self, when: float, delivery_id: str, webhook_id: int) -> None:
        if delivery_id in self._queued or delivery_id in self._inflight:
            return
        self._queued.add(delivery_id)
        heapq.heappush(self._due, (when, delivery_id, webhook_id))

    def _start_due(self) -> None:
        """Start the due deliveries there is room for; a webhook at its own limit waits
        without holding up the others."""
        now = self._clock()
        waiting: list[tuple[float, str, int]] = []
        while (
            self._due and self._due[0][0] <= now and len(self._inflight) < self.settings.concurrency
        ):
            entry = heapq.heappop(self._due)
            _, delivery_id, webhook_id = entry
            if self._busy.get(webhook_id, 0) >= self.settings.per_webhook:
                waiting.append(entry)
                continue
            self._queued.discard(delivery_id)
            self._busy[webhook_id] = self._busy.get(webhook_id, 0) + 1
            self._inflight[delivery_id] = asyncio.create_task(
                self._deliver(delivery_id, webhook_id), name=f"webhook-{delivery_id[:8]}"
            )
        for entry in waiting:
            heapq.heappush(self._due, entry)

    def _next_due(self) -> float | None:
        """When the dispatcher's task must next look at the queue (None: on a wake-up)."""
        if len(self._inflight) >= self.settings.concurrency:
            return None
        for when, _, webhook_id in heapq.nsmallest(64, self._due):
            if self._busy.get(webhook_id, 0) < self.settings.per_webhook:
                return when
        return None

    async def _deliver(self, delivery_id: str, webhook_id: int) -> None:
        again: float | None = None
        try:
            row = await self._runner.run(lambda s: hooks_store.delivery_to_send(s, delivery_id))
            if row is None:
                return  # delivered meanwhile, or its webhook was deleted
            if not row["enabled"]:  # held while the admin has it switched off
                again = self._clock() + self.settings.backoff_cap
                return
            outcome = await self.post(row["url"], row["secret"], row["body"].encode(), row)
            again = await self._record(row, outcome)
        except asyncio.CancelledError:
            raise
        except Exception:
            log.exception("webhooks: delivery %s failed unexpectedly", delivery_id)
            again = self._clock() + self.settings.backoff_base
        finally:
            self._inflight.pop(delivery_id, None)
            self._busy[webhook_id] = self._busy.get(webhook_id, 1) - 1
            if again is not None:
                self._schedule(again, delivery_id, webhook_id)
            if self._wake is not None:
                self._wake.set()

    async def post(self, url: str, secret: str, body: bytes, row: Row) -> Outcome:
        """One signed POST of `body`; never raises for the receiver's faults."""
        assert self._client is not None, "the dispatcher is not started"
        headers = {
            "Content-Type": "application/json; charset=utf-8",
            SIGNATURE_HEADER: sign(secret, body),
            DELIVERY_HEADER: str(row["id"]),
            TIMESTAMP_HEADER: str(int(time.time())),
            EVENT_HEADER: str(row["event_type"]),
        }
        started = time.perf_counter()
        status: int | None = None
        error: str | None = None
        try:
            response = await self._client.post(url, content=body, headers=headers)
            status = response.status_code
            if not 200 <= status < 300:
                error = f"HTTP {status}" + (" (redirects are not followed)" if status < 400 else "")
        except httpx.TimeoutException:
            error = f"no answer within {self.settings.timeout:g} s"
        except httpx.HTTPError as exc:
            error = f"{type(exc).__name__}: {exc}"[:MAX_ERROR_LENGTH] or type(exc).__name__
        duration = (time.perf_counter() - started) * 1000
        return Outcome(error is None, status, error, duration)

    async def _record(self, row: Row, outcome: Outcome) -> float | None:
        """Store the attempt's outcome; when to try again (None: done)."""
        attempts = int(row["attempts"]) + 1
        now = self._clock()
        where = f"webhook {row['webhook_id']} ({safe_url(row['url'])})"
        result: Row = {
            "attempts": attempts,
            "last_attempt_at": now,
            "status_code": outcome.status_code,
            "error": outcome.error,
        }
        if outcome.ok:
            result.update(status="delivered", delivered_at=now, next_attempt_at=None)
            log.debug("%s: %s delivery %s delivered", where, row["event_type"], row["id"])
        elif attempts >= self.settings.max_attempts:
            result.update(status="failed", next_attempt_at=None)
            log.warning(
                "%s: %s delivery %s failed after %d attempts: %s",
                where,
                row["event_type"],
                row["id"],
                attempts,
                outcome.error,
            )
        else:
            wait = backoff(attempts, self.settings.backoff_base, self.settings.backoff_cap)
            result["next_attempt_at"] = now + wait
            log.info(
                "%s: %s delivery %s attempt %d failed (%s); retry in %.3g s",
                where,
                row["event_type"],
                row["id"],
                attempts,
                outcome.error,
                wait,
            )
        await self._runner.run(lambda s: hooks_store.record_attempt(s, row["id"], result))
        return float(result["next_attempt_at"]) if "status" not in result else None
