"""Queues, inbound numbers, reason codes and dispositions as store operations: validate,
write and audit in one transaction (runs on the store thread)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from agent_desktop.protocol.admin import AdminDid, AdminQueue
from agent_desktop.protocol.models import LEAD_REASON_CODE, SYSTEM_REASON_CODES
from server_stub.admin.errors import Duplicate, InUse, Missing, UnknownReference
from server_stub.domain.flows import references
from server_stub.errors import InvalidInput
from server_stub.integration.url_pop import template_problem
from server_stub.store import flows as flow_store
from server_stub.store import webhooks as hooks_store
from server_stub.store.base import Row, Store

DIRECT = "direct"  # dids.ivr value: straight into the queue, no greeting (load tests)

QUEUE_COLUMNS = tuple(f for f in AdminQueue.model_fields if f not in ("name", "members", "dids"))
# Queue settings that null clears; null for any other setting means "unchanged".
QUEUE_NULLABLE = {"overflow_target", "music_on_hold", "greeting", "pop_url"}


def queue_view(row: Row, members: list[Row], dids: list[Row]) -> AdminQueue:
    data = {k: row.get(k) for k in QUEUE_COLUMNS if row.get(k) is not None}
    data["empty_factors"] = [f for f in str(row.get("empty_factors") or "").split(",") if f]
    return AdminQueue.model_validate(
        dict(
            data,
            name=row["name"],
            members=[
                {"agent_id": m["agent_id"], "level": m["level"], "position": m["position"]}
                for m in members
                if m["queue"] == row["name"]
            ],
            dids=[d["number"] for d in dids if d["queue"] == row["name"]],
        )
    )


def _queue(s: Store, name: str) -> Row | None:
    return next((q for q in s.list_queues() if q["name"] == name), None)


def _check_pop_url(row: dict[str, Any]) -> None:
    """An empty URL pop is none; a template must be a valid http(s) URL with known fields."""
    if not row.get("pop_url"):
        row["pop_url"] = None
        return
    problem = template_problem(row["pop_url"])
    if problem:
        raise InvalidInput(problem, field="pop_url")


def _check_queue_refs(s: Store, row: Mapping[str, Any]) -> None:
    target = row.get("overflow_target")
    if target and target != row["name"] and _queue(s, target) is None:
        raise UnknownReference(
            f"unknown overflow queue {target!r}", field="overflow_target", value=target
        )
    prompts = {p["name"] for p in s.list_prompts()}
    for field in ("music_on_hold", "greeting"):
        name = row.get(field)
        if name and name not in prompts and not (field == "music_on_hold" and name == "default"):
            raise UnknownReference(f"unknown prompt {name!r}", field=field, value=name)


def save_queue(
    s: Store, name: str, changes: Mapping[str, Any], now: float, actor: str | None, create: bool
) -> Row:
    """Create (QueueInput dump) or change (QueueUpdate dump of the sent fields) a queue."""
    with s.transaction():
        before = _queue(s, name)
        if create and before is not None:
            raise Duplicate(f"queue {name} exists already", field="name", value=name)
        if not create and before is None:
            raise Missing(f"no queue {name}", field="name", value=name)
        row: Row = dict(before or {"name": name})
        for key, value in changes.items():
            if key in QUEUE_COLUMNS and (value is not None or key in QUEUE_NULLABLE):
                row[key] = value.value if hasattr(value, "value") else value
                if key == "empty_factors":
                    row[key] = ",".join(sorted({str(f) for f in value}))
        if not row.get("display_name"):
            row["display_name"] = name
        _check_pop_url(row)
        _check_queue_refs(s, row)
        s.upsert_queue(row)
        after = _queue(s, name)
        assert after is not None
        s.audit(
            now,
            actor,
            "queue_created" if create else "queue_updated",
            name,
            {"before": before, "after": after},
        )
    return after


def delete_queue(s: Store, name: str, now: float, actor: str | None) -> None:
    with s.transaction():
        before = _queue(s, name)
        if before is None:
            raise Missing(f"no queue {name}", field="name", value=name)
        numbers = [d["number"] for d in s.list_dids() if d["queue"] == name]
        if numbers:
            raise InUse(
                f"queue {name} takes calls from {', '.join(numbers)}: point those "
                "numbers elsewhere first",
                field="name",
                dids=numbers,
            )
        flows = sorted(
            {
                f["id"]
                for f in flow_store.list_flows(s) + list(flow_store.published_flows(s).values())
                if name in references(f["document"], "queue")
            }
        )
        if flows:
            raise InUse(
                f"queue {name} is used by flow {', '.join(flows)}", field="name", flows=flows
            )
        overflowing = [
            q["name"] for q in s.list_queues() if q["overflow_target"] == name and q["name"] != name
        ]
        if overflowing:
            raise InUse(
                f"queues {', '.join(overflowing)} overflow to {name}",
                field="name",
                queues=overflowing,
            )
        s.delete_queue(name)
        s.audit(now, actor, "queue_deleted", name, {"before": before})


# --- inbound numbers -----------------------------------------------------------------------


def did_view(row: Row) -> AdminDid:
    return AdminDid(
        number=row["number"],
        name=row.get("description") or "",
        queue=row.get("queue"),
        ivr=row.get("ivr"),
        flow=row["ivr"] if row.get("ivr") not in (None, DIRECT) else None,
        pop_url=row.get("pop_url"),
        pop_on=row.get("pop_on") or "ring",
    )


def _did(s: Store, number: str) -> Row | None:
    return next((d for d in s.list_dids() if d["number"] == number), None)


def save_did(
    s: Store, number: str, changes: Mapping[str, Any], now: float, actor: str | None, create: bool
) -> Row:
    with s.transaction():
        before = _did(s, number)
        if create and before is not None:
            where = before["queue"] or before["ivr"]
            raise Duplicate(
                f"number {number} already goes to {where}", field="number", value=number
            )
        if not create and before is None:
            raise Missing(f"no number {number}", field="number", value=number)
        row = dict(before or {"number": number, "queue": None, "ivr": None, "description": ""})
        if "name" in changes:
            row["description"] = changes["name"] or ""
        for key in ("queue", "ivr"):
            if key in changes:
                row[key] = changes[key] or None
        if "pop_url" in changes:
            row["pop_url"] = changes["pop_url"]
        if changes.get("pop_on"):
            row["pop_on"] = changes["pop_on"]
        _check_pop_url(row)
        if row["queue"] is None and row["ivr"] is None:
            raise UnknownReference("a number needs a queue (or an IVR flow)", field="queue")
        if row["queue"] is not None and _queue(s, row["queue"]) is None:
            raise UnknownReference(
                f"unknown queue {row['queue']!r}", field="queue", value=row["queue"]
            )
        if row["ivr"] not in (None, DIRECT) and row["ivr"] not in flow_store.published_flows(s):
            known = flow_store.get_flow(s, row["ivr"]) is not None
            raise UnknownReference(
                f"flow {row['ivr']!r} is not published yet"
                if known
                else f"unknown IVR flow {row['ivr']!r}",
                field="ivr",
                value=row["ivr"],
            )
        s.upsert_did(row["number"], row["queue"], row["ivr"], row["description"])
        hooks_store.set_did_pop(s, row["number"], row.get("pop_url"), row.get("pop_on") or "ring")
        s.audit(
            now,
            actor,
            "did_created" if create else "did_updated",
            number,
            {"before": before, "after": row},
        )
    return row


def delete_did(s: Store, number: str, now: float, actor: str | None) -> None:
    with s.transaction():
        before = _did(s, number)
        if before is None:
            raise Missing(f"no number {number}", field="number", value=number)
        s.delete_did(number)
        s.audit(now, actor, "did_deleted", number, {"before": before})


# --- reason codes and dispositions -----------------------------------------------------------


def save_code(
    s: Store,
    kind: str,
    code: str,
    changes: Mapping[str, Any],
    now: float,
    actor: str | None,
    create: bool,
) -> Row:
    """`kind` is "reason_code" or "disposition"."""
    rows = s.list_reason_codes() if kind == "reason_code" else s.list_dispositions()
    with s.transaction():
        before = next((r for r in rows if r["code"] == code), None)
        if create and before is not None:
            raise Duplicate(
                f"{kind.replace('_', ' ')} {code} exists already", field="code", value=code
            )
        if not create and before is None:
            raise Missing(f"no {kind.replace('_', ' ')} {code}", field="code", value=code)
        row = dict(before or {"code": code})
        allowed = ("label_en", "label_zh", "sort") + (
            ("paid",) if kind == "reason_code" else ("queue",)
        )
        row.update(
            {k: v for k, v in changes.items() if k in allowed and (v is not None or k == "queue")}
        )
        if kind == "reason_code":
            row["paid"] = int(bool(row.get("paid")))
            s.upsert_reason_code(row)
        else:
            if row.get("queue") and _queue(s, row["queue"]) is None:
                raise UnknownReference(
                    f"unknown queue {row['queue']!r}", field="queue", value=row["queue"]
                )
            s.upsert_disposition(row)
        s.audit(
            now,
            actor,
            f"{kind}_{'created' if create else 'updated'}",
            code,
            {"before": before, "after": row},
        )
    return row


def delete_code(s: Store, kind: str, code: str, now: float, actor: str | None) -> None:
    if kind == "reason_code" and (code in SYSTEM_REASON_CODES or code == LEAD_REASON_CODE):
        raise InUse(
            f"the server sets reason {code} by itself: edit its labels instead",
            field="code",
            value=code,
        )
    with s.transaction():
        delete = s.delete_reason_code if kind == "reason_code" else s.delete_disposition
        rows = s.list_reason_codes() if kind == "reason_code" else s.list_dispositions()
        before = next((r for r in rows if r["code"] == code), None)
        if before is None or not delete(code):
            raise Missing(f"no {kind.replace('_', ' ')} {code}", field="code", value=code)
        s.audit(now, actor, f"{kind}_deleted", code, {"before": before})
