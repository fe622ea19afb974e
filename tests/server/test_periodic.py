"""Periodic: the watches' loop runs its check every interval, survives a failing round and
stops cleanly."""

from __future__ import annotations

import asyncio

from server_stub.periodic import Periodic


async def test_runs_plain_and_async_bodies_past_a_failing_round() -> None:
    rounds: list[int] = []

    def plain() -> None:
        rounds.append(1)
        if len(rounds) == 1:
            raise RuntimeError("one bad round")

    async def awaited() -> None:
        rounds.append(2)

    loops = [Periodic("plain", 0.01, plain), Periodic("awaited", 0.01, awaited)]
    for loop in loops:
        loop.start()
    await asyncio.sleep(0.1)
    for loop in loops:
        await loop.stop()
        await loop.stop()  # a second stop is harmless
    count = len(rounds)
    await asyncio.sleep(0.05)
    assert rounds.count(1) >= 2 and rounds.count(2) >= 2
    assert len(rounds) == count  # nothing runs after stop
