"""Call records: the one place the rows of a call's record (CDR) and of its recordings
are made, and a CallRecord is read from a record. The queue_log lines are made next door
(`queue_log.py`)."""

from __future__ import annotations

import uuid
from pathlib import Path

from agent_desktop.protocol import CallRecord
from server_stub.store.base import Row


def call_record(row: Row) -> CallRecord:
    """The wire CallRecord of a `calls` row (or of a live call's fields)."""
    return CallRecord.model_validate({k: row[k] for k in CallRecord.model_fields if k in row})


def new_call_row(
    call_id: str,
    direction: str,
    state: str,
    ani: str | None,
    dnis: str | None,
    started_at: float,
    customer_id: int | None,
    agent_id: str | None = None,
) -> Row:
    """The `calls` row a call's record starts with (inbound on arrival, outbound on dial)."""
    row: Row = {
        "id": call_id,
        "direction": direction,
        "state": state,
        "ani": ani,
        "dnis": dnis,
        "started_at": started_at,
        "customer_id": customer_id,
    }
    if agent_id is not None:
        row["agent_id"] = agent_id
    return row


def recording_row(
    call_id: str,
    path: Path,
    started_at: float,
    duration: float,
    size: int,
    status: str | None = None,
) -> Row:
    """A `recordings` row: the index entry of one WAV file of a call."""
    row: Row = {
        "id": uuid.uuid4().hex,
        "call_id": call_id,
        "path": str(path),
        "started_at": started_at,
        "duration": duration,
        "size": size,
    }
    if status is not None:
        row["status"] = status
    return row
