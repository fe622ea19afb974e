"""Webhooks: the admin's receivers of events (create, change, delete, test) and their
delivery log; the dispatcher delivers."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from typing import Any

from agent_desktop.protocol.integration import (
    WEBHOOK_EVENTS,
    AdminWebhook,
    WebhookDelivery,
    WebhookDeliveryList,
    WebhookInput,
    WebhookTestResult,
    WebhookUpdate,
)
from server_stub.auth.service import Principal
from server_stub.errors import InvalidInput, NotFound
from server_stub.integration.dispatcher import WebhookDispatcher, webhook_body
from server_stub.integration.signing import safe_url, secret_hint, url_problem
from server_stub.store import StoreRunner
from server_stub.store import webhooks as hooks_store
from server_stub.store.base import Row

log = logging.getLogger(__name__)
TEST_EVENT = "webhook_test"
DELIVERY_STATUSES = ("pending", "delivered", "failed")


def subscribable_events() -> list[str]:
    """Every typed server event a webhook may ask for (all but the stream's own hello)."""
    return sorted(WEBHOOK_EVENTS)


def _view(row: Row) -> AdminWebhook:
    return AdminWebhook(
        id=row["id"],
        url=row["url"],
        events=row["events"],
        secret_hint=secret_hint(row["secret"]),
        description=row["description"],
        enabled=bool(row["enabled"]),
        created_at=row["created_at"],
        updated_at=row["updated_at"],
        pending=row.get("pending") or 0,
        failed=row.get("failed") or 0,
    )


def _check_url(url: str) -> None:
    problem = url_problem(url)
    if problem:
        raise InvalidInput(problem, field="url", value=url)


def _check_events(events: list[str]) -> list[str]:
    known = set(subscribable_events())
    unknown = [e for e in events if e not in known]
    if unknown:
        raise InvalidInput(
            f"unknown event(s) {', '.join(unknown)}; known: {', '.join(sorted(known))}",
            field="events",
            unknown=unknown,
        )
    return sorted(set(events))


class Webhooks:
    def __init__(
        self, runner: StoreRunner, dispatcher: WebhookDispatcher, clock: Callable[[], float]
    ) -> None:
        self._runner = runner
        self._dispatcher = dispatcher
        self._clock = clock

    async def list(self) -> list[AdminWebhook]:
        return [_view(r) for r in await self._runner.run(hooks_store.list_webhooks)]

    async def get(self, webhook_id: int) -> AdminWebhook:
        return _view(await self._row(webhook_id))

    async def create(self, me: Principal, body: WebhookInput) -> AdminWebhook:
        _check_url(body.url)
        now = self._clock()
        row: Row = {
            **body.model_dump(),
            "events": _check_events(body.events),
            "created_by": me.agent_id,
            "created_at": now,
            "updated_at": now,
        }
        webhook_id = await self._runner.run(lambda s: hooks_store.insert_webhook(s, row))
        log.info(
            "%s added webhook %d to %s for %s",
            me.agent_id,
            webhook_id,
            safe_url(body.url),
            ", ".join(row["events"]),
        )
        await self._resubscribe()
        return await self.get(webhook_id)

    async def update(self, me: Principal, webhook_id: int, body: WebhookUpdate) -> AdminWebhook:
        changes: dict[str, Any] = body.model_dump(exclude_none=True)
        if "url" in changes:
            _check_url(changes["url"])
        if "events" in changes:
            changes["events"] = _check_events(changes["events"])
        await self._row(webhook_id)
        changes["updated_at"] = self._clock()
        await self._runner.run(lambda s: hooks_store.update_webhook(s, webhook_id, changes))
        log.info(
            "%s changed webhook %d (%s)",
            me.agent_id,
            webhook_id,
            ", ".join(k for k in changes if k != "updated_at"),
        )
        await self._resubscribe()
        return await self.get(webhook_id)

    async def delete(self, me: Principal, webhook_id: int) -> None:
        if not await self._runner.run(lambda s: hooks_store.delete_webhook(s, webhook_id)):
            raise NotFound(f"no webhook {webhook_id}", webhook_id=webhook_id)
        log.info("%s deleted webhook %d and its delivery log", me.agent_id, webhook_id)
        await self._resubscribe()

    async def deliveries(
        self, webhook_id: int, status: str | None, limit: int, offset: int
    ) -> WebhookDeliveryList:
        if status is not None and status not in DELIVERY_STATUSES:
            raise InvalidInput(
                f"status must be one of {', '.join(DELIVERY_STATUSES)}", field="status"
            )
        if not 1 <= limit <= 1000 or offset < 0:
            raise InvalidInput("limit must be 1..1000 and offset ≥ 0", field="limit")
        await self._row(webhook_id)
        rows, total = await self._runner.run(
            lambda s: hooks_store.list_deliveries(s, webhook_id, status, limit, offset)
        )
        return WebhookDeliveryList(
            deliveries=[WebhookDelivery.model_validate(r) for r in rows], total=total
        )

    async def test(self, me: Principal, webhook_id: int) -> WebhookTestResult:
        """Send a `webhook_test` event now, once, and say what the receiver answered; it is
        logged as a delivery (delivered or failed, never retried)."""
        row = await self._row(webhook_id)
        now = self._clock()
        event_id, delivery_id = uuid.uuid4().hex, uuid.uuid4().hex
        data = {"webhook_id": webhook_id, "sent_by": me.agent_id}
        body = webhook_body(TEST_EVENT, data, now, event_id, delivery_id)
        delivery: Row = {
            "id": delivery_id,
            "webhook_id": webhook_id,
            "event_id": event_id,
            "event_type": TEST_EVENT,
            "body": body.decode(),
            "status": "pending",
            "attempts": 0,
            "created_at": now,
            "next_attempt_at": None,
        }
        await self._runner.run(lambda s: hooks_store.add_deliveries(s, [delivery]))
        outcome = await self._dispatcher.post(row["url"], row["secret"], body, delivery)
        done = self._clock()
        result: Row = {
            "status": "delivered" if outcome.ok else "failed",
            "attempts": 1,
            "last_attempt_at": done,
            "delivered_at": done if outcome.ok else None,
            "status_code": outcome.status_code,
            "error": outcome.error,
        }
        await self._runner.run(lambda s: hooks_store.record_attempt(s, delivery_id, result))
        log.info(
            "%s tested webhook %d (%s): %s",
            me.agent_id,
            webhook_id,
            safe_url(row["url"]),
            "ok" if outcome.ok else outcome.error,
        )
        return WebhookTestResult(
            delivery_id=delivery_id,
            ok=outcome.ok,
            status_code=outcome.status_code,
            error=outcome.error,
            duration_ms=round(outcome.duration_ms, 1),
        )

    async def _row(self, webhook_id: int) -> Row:
        row = await self._runner.run(lambda s: hooks_store.get_webhook(s, webhook_id))
        if row is None:
            raise NotFound(f"no webhook {webhook_id}", webhook_id=webhook_id)
        return row

    async def _resubscribe(self) -> None:
        self._dispatcher.subscribe(await self._runner.run(hooks_store.list_webhooks))
