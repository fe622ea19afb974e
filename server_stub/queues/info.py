"""A queue as agents see it (`QueueInfo`): in the sign-in answer and `GET /queues`."""

from __future__ import annotations

from collections.abc import Iterable

from agent_desktop.protocol import QueueInfo
from server_stub.store.base import Row


def queue_info(q: Row, dids: Iterable[Row], level: int | None = None) -> QueueInfo:
    """`q` a queues row, `dids` every inbound number row; `level` the agent's tier."""
    return QueueInfo(
        name=q["name"],
        display_name=q["display_name"],
        strategy=q["strategy"],
        wrap_up_seconds=q["wrap_up_seconds"],
        level=level,
        disposition_required=bool(q.get("disposition_required")),
        dids=[d["number"] for d in dids if d["queue"] == q["name"]],
    )
