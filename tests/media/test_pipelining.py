"""WorkerHandle.send: commands are written at once, in order, and replies are matched
(unit test of the control-channel client with an in-memory writer; the real channel is
covered by tests/media/test_pool.py and every end-to-end call)."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from server_stub.media import wire as c
from server_stub.media.pool import WorkerHandle


class _Writer:
    def __init__(self) -> None:
        self.lines: list[bytes] = []

    def write(self, data: bytes) -> None:
        self.lines.extend(line for line in data.splitlines() if line)

    async def drain(self) -> None:
        await asyncio.sleep(0)


def _handle(writer: _Writer) -> WorkerHandle:
    return WorkerHandle(
        worker_id="w1",
        sip_uri="sip:w1@127.0.0.1",
        sip_address="127.0.0.1:1",
        capacity=1,
        pid=1,
        process=None,
        _writer=writer,  # type: ignore[arg-type]
        _timeout=1.0,
    )


def test_send_writes_in_order_before_any_reply() -> None:
    async def scenario() -> list[Any]:
        writer = _Writer()
        handle = _handle(writer)
        sent = [
            handle.send(c.Answer(leg="L1")),
            handle.send(c.StopPlayback(leg="L1")),
            handle.send(c.Hold(leg="L1", music="/moh.wav")),
        ]
        # All three are on the wire before this coroutine yielded once.
        assert [c.decode_command(line)[1] for line in writer.lines] == [
            c.Answer(leg="L1"),
            c.StopPlayback(leg="L1"),
            c.Hold(leg="L1", music="/moh.wav"),
        ]
        ids = [c.decode_command(line)[0] for line in writer.lines]
        # Replies may come back in any order; each task gets its own.
        for cid, result in reversed(list(zip(ids, ({"a": 1}, {"b": 2}, {"c": 3}), strict=True))):
            handle._pending[cid].set_result(c.Reply(cid, True, result))
        return list(await asyncio.gather(*sent))

    assert asyncio.run(scenario()) == [{"a": 1}, {"b": 2}, {"c": 3}]


def test_a_refused_pipelined_command_raises_only_in_its_own_task() -> None:
    async def scenario() -> None:
        writer = _Writer()
        handle = _handle(writer)
        first, second = handle.send(c.Answer(leg="L1")), handle.send(c.Play(leg="L1", file="x"))
        ids = [c.decode_command(line)[0] for line in writer.lines]
        handle._pending[ids[0]].set_result(c.Reply(ids[0], True, {}))
        handle._pending[ids[1]].set_result(
            c.Reply(ids[1], False, {}, c.ErrorCode.MEDIA_ERROR, "no such file: x")
        )
        assert await first == {}
        with pytest.raises(c.CommandError, match="no such file"):
            await second
        assert handle._pending == {}

    asyncio.run(scenario())
