"""Bounded query and path parameters: every integer the API reads has documented limits.

Unbounded integers used to reach SQLite, which cannot bind anything above 2^63 - 1
(`OverflowError`, a 500). The bounds appear in the OpenAPI document.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import Path, Query

from agent_desktop.protocol.models import MAX_ID

MAX_OFFSET = 10_000_000
MAX_EPOCH = 1e11  # seconds since the epoch (year ~5138); durations use the same bound

ItemId = Annotated[int, Path(ge=1, le=MAX_ID, description="numeric id")]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="rows to skip")]
OptionalId = Annotated[int | None, Query(ge=1, le=MAX_ID)]
Seconds = Annotated[
    float,
    Query(ge=0, le=MAX_EPOCH, allow_inf_nan=False, description="seconds since the Unix epoch"),
]
OptionalSeconds = Annotated[float | None, Query(ge=0, le=MAX_EPOCH, allow_inf_nan=False)]


def limit(most: int) -> object:
    """A `limit` query parameter of 1..`most`."""
    return Query(ge=1, le=most, description=f"at most this many (1..{most})")
