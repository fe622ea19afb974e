"""CallRecords: reading CDRs with filters and saving wrap-up results idempotently."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from typing import Any

from agent_desktop.protocol import CallList, CallRecord, DispositionRequest
from agent_desktop.protocol.admin import Permission
from server_stub.auth.service import Principal
from server_stub.calls.notifier import CallNotifier
from server_stub.customers.service import lookup_phone
from server_stub.errors import Conflict, DispositionRequired, Forbidden, InvalidInput, NotFound
from server_stub.records.calls import call_record
from server_stub.store import StoreRunner
from server_stub.store.base import Store


class CallRecords:
    def __init__(
        self, runner: StoreRunner, clock: Callable[[], float], notifier: CallNotifier
    ) -> None:
        self._runner = runner
        self._clock = clock
        self._notifier = notifier

    async def list(
        self, filters: dict[str, Any], active: bool | None, limit: int, offset: int
    ) -> CallList:
        if limit < 1 or limit > 1000 or offset < 0:
            raise InvalidInput("limit must be 1..1000 and offset ≥ 0")
        rows, total = await self._runner.run(lambda s: s.list_calls(filters, active, limit, offset))
        return CallList(calls=[call_record(r) for r in rows], total=total)

    async def get(self, call_id: str, who: Principal) -> CallRecord:
        row = await self._runner.run(lambda s: s.get_call(call_id))
        if row is None:
            raise NotFound(f"no call {call_id}", call_id=call_id)
        if not who.can(Permission.VIEW_TEAM) and row["agent_id"] != who.agent_id:
            raise Forbidden("only the agent who took the call, or a lead, may see it")
        return call_record(row)

    async def set_disposition(
        self, call_id: str, body: DispositionRequest, who: Principal
    ) -> CallRecord:
        """Store disposition + note once per idempotency key; a retry gets the same answer."""
        request_hash = hashlib.sha256(
            json.dumps([call_id, body.disposition, body.note]).encode()
        ).hexdigest()
        now = self._clock()

        def write(s: Store) -> tuple[dict[str, Any], bool]:
            with s.transaction():
                seen = s.get_idempotent(body.idempotency_key)
                if seen is not None:
                    if seen["request_hash"] != request_hash or seen["agent_id"] != who.agent_id:
                        raise Conflict("idempotency key reused for a different request")
                    return dict(json.loads(seen["response"])), False
                row = s.get_call(call_id)
                if row is None:
                    raise NotFound(f"no call {call_id}", call_id=call_id)
                if (
                    row["agent_id"] != who.agent_id
                    and not who.can(Permission.VIEW_TEAM)
                    and not s.agent_handled_call(call_id, who.agent_id, row["started_at"])
                ):
                    raise Forbidden("only the agent who took the call may set its disposition")
                known = {d["code"]: d for d in s.list_dispositions()}
                if body.disposition not in known:
                    raise InvalidInput(f"unknown disposition {body.disposition!r}")
                only = known[body.disposition].get("queue")
                if only and only != row["queue"]:
                    raise InvalidInput(
                        f"disposition {body.disposition!r} belongs to queue "
                        f"{only}, not this call's",
                        field="disposition",
                    )
                fields: dict[str, Any] = {"disposition": body.disposition, "note": body.note}
                if row["customer_id"] is None:  # a customer created during the call
                    fields["customer_id"] = _customer_of(s, row)
                s.update_call(call_id, fields)
                if body.note:
                    s.add_note(
                        {
                            "call_id": call_id,
                            "customer_id": fields.get("customer_id", row["customer_id"]),
                            "agent_id": who.agent_id,
                            "body": body.note,
                            "created_at": now,
                        }
                    )
                result = s.get_call(call_id)
                assert result is not None
                s.put_idempotent(
                    body.idempotency_key,
                    who.agent_id,
                    request_hash,
                    json.dumps(result, ensure_ascii=False),
                    now,
                )
                return result, True

        row, saved = await self._runner.run(write)
        record = call_record(row)
        if saved:  # a retry of the same request saves (and tells) nothing new
            self._notifier.disposition_saved(record, who.agent_id)
        return record

    async def require_disposition(self, call_id: str | None) -> None:
        """Refuse to end the wrap-up of `call_id` while its queue requires a disposition
        and the call has none (the wrap-up timer itself still ends it)."""
        if not call_id:
            return

        def read(s: Store) -> tuple[dict[str, Any] | None, bool]:
            row = s.get_call(call_id)
            queues = {q["name"]: q for q in s.list_queues()}
            queue = queues.get((row or {}).get("queue") or "", {})
            return row, bool(queue.get("disposition_required"))

        row, required = await self._runner.run(read)
        if row is not None and required and not row["disposition"]:
            raise DispositionRequired(
                f"queue {row['queue']} needs a disposition for call {call_id} before you "
                "finish wrap-up",
                call_id=call_id,
                queue=row["queue"],
            )


def _customer_of(s: Store, row: dict[str, Any]) -> int | None:
    """The customer whose number the call reached us from (or that we called)."""
    phone = lookup_phone(row["dnis"] if row["direction"] == "outbound" else row["ani"])
    found = s.find_customers_by_phone(phone) if phone else []
    return int(found[0]["id"]) if found else None
