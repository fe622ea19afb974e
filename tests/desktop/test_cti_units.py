"""CTI pieces without Qt: event-stream gap/replay/rejection against a scripted WebSocket
server, error mapping of the REST client, the outbox, and link parsing."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import httpx
import pytest
from websockets.asyncio.server import ServerConnection, serve

from agent_desktop.cti import (
    ApiError,
    CtiClient,
    InvalidCredentials,
    NotAvailable,
    RateLimited,
    ServerUnreachable,
)
from agent_desktop.cti.stream import Backoff, EventStream
from agent_desktop.numbers.links import BadLink, number_from_link
from agent_desktop.numbers.region import caller_region
from agent_desktop.outbox import Outbox
from agent_desktop.protocol import DispositionRequest


def _frame(seq: int, type_: str = "agent_state_changed", **data: Any) -> str:
    if type_ == "hello":
        data = {"protocol_version": 1, "agent_id": "1001", **data}
    return json.dumps({"seq": seq, "type": type_, "ts": 0.0, "data": data})


class ScriptedServer:
    """Each connection gets the next script: a list of frames, then the socket closes."""

    def __init__(self, scripts: list[list[str]], close_code: int = 1000) -> None:
        self.scripts = scripts
        self.paths: list[str] = []
        self.close_code = close_code

    async def handler(self, ws: ServerConnection) -> None:
        self.paths.append(ws.request.path if ws.request else "")
        script = self.scripts.pop(0) if self.scripts else []
        for frame in script:
            await ws.send(frame)
        await ws.close(self.close_code if not self.scripts else 1000)


async def _run_stream(server: ScriptedServer, until: Any, **kwargs: Any) -> dict[str, Any]:
    seen: dict[str, Any] = {"events": [], "resyncs": [], "status": [], "rejected": 0}
    async with serve(server.handler, "127.0.0.1", 0) as ws_server:
        port = next(iter(ws_server.sockets)).getsockname()[1]
        stream = EventStream(
            f"ws://127.0.0.1:{port}/events",
            "tok",
            lambda e: seen["events"].append(e.seq),
            on_status=seen["status"].append,
            on_resync=seen["resyncs"].append,
            on_rejected=lambda: seen.__setitem__("rejected", 1),
            backoff=Backoff(initial=0.01, maximum=0.05),
            **kwargs,
        )
        stream.last_seq = 0
        stream.start()
        async with asyncio.timeout(10):
            while not until(seen):
                await asyncio.sleep(0.01)
        await stream.stop()
    return seen


async def test_stream_replays_since_last_seq_and_resyncs_on_a_gap() -> None:
    server = ScriptedServer(
        [
            [_frame(0, "hello", resync=False), _frame(1), _frame(2)],
            [_frame(2, "hello", resync=False), _frame(2), _frame(5)],  # overlap, then a gap
        ]
    )
    seen = await _run_stream(server, lambda s: 5 in s["events"])
    assert seen["events"] == [1, 2, 5]  # the duplicate 2 is dropped
    assert seen["resyncs"] == ["gap"]
    assert "since=0" in server.paths[0] and "since=2" in server.paths[1]
    assert seen["status"][:3] == [True, False, True]


async def test_stream_resyncs_when_the_server_says_so_or_restarted() -> None:
    server = ScriptedServer(
        [
            [_frame(0, "hello"), _frame(1), _frame(2), _frame(3)],
            [_frame(9, "hello", resync=True), _frame(10)],
            [_frame(0, "hello", resync=False), _frame(1)],  # a restarted server counts from 0
        ]
    )
    seen = await _run_stream(server, lambda s: len(s["resyncs"]) == 2 and s["events"][-1] == 1)
    assert seen["resyncs"] == ["server", "restart"]
    assert seen["events"] == [1, 2, 3, 10, 1]


async def test_stream_stops_when_the_token_is_rejected() -> None:
    server = ScriptedServer([[]], close_code=4401)
    seen = await _run_stream(server, lambda s: s["rejected"])
    assert seen["events"] == []


def _client(status: int, body: dict[str, Any], headers: dict[str, str] | None = None) -> CtiClient:
    transport = httpx.MockTransport(lambda _r: httpx.Response(status, json=body, headers=headers))
    return CtiClient("server:1", transport=transport)


async def test_rest_errors_map_to_their_exceptions() -> None:
    with pytest.raises(InvalidCredentials):
        await _client(401, {"error_id": "invalid_credentials", "message": "no"}).login("1", "p")
    with pytest.raises(RateLimited) as limited:
        await _client(
            429, {"error_id": "rate_limited", "message": "slow"}, {"Retry-After": "42"}
        ).login("1", "p")
    assert limited.value.retry_after == 42
    with pytest.raises(NotAvailable):
        await _client(404, {"error_id": "not_found", "message": "Not Found"}).dial("138")
    with pytest.raises(NotAvailable):
        await _client(405, {"error_id": "method_not_allowed", "message": "x"}).hold("c", True)
    with pytest.raises(ApiError) as missing_call:
        await _client(404, {"error_id": "not_found", "message": "no call c1"}).hold("c1", True)
    assert not isinstance(missing_call.value, NotAvailable)
    with pytest.raises(ServerUnreachable):
        await CtiClient("http://127.0.0.1:9", timeout=httpx.Timeout(1.0)).health()


class _Body(httpx.AsyncByteStream):
    """A download's body: `chunks`, then a dropped connection or a stall (or the end)."""

    def __init__(self, chunks: list[bytes], then: str = "end") -> None:
        self.chunks, self.then = chunks, then
        self.sent = asyncio.Event()

    async def __aiter__(self) -> Any:
        for chunk in self.chunks:
            yield chunk
        self.sent.set()
        if self.then == "drop":
            raise httpx.ReadError("connection reset by peer")
        if self.then == "stall":
            await asyncio.Event().wait()


def _download_client(status: int, body: _Body) -> CtiClient:
    transport = httpx.MockTransport(lambda _r: httpx.Response(status, stream=body))
    return CtiClient("server:1", transport=transport)


async def test_download_writes_the_file_and_no_part(tmp_path: Path) -> None:
    target = tmp_path / "r.wav"
    size = await _download_client(200, _Body([b"a" * 70000, b"b" * 10])).download("/x", target)
    assert size == 70010 and target.read_bytes() == b"a" * 70000 + b"b" * 10
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.wav"]


async def test_failed_downloads_leave_no_partial_file(tmp_path: Path) -> None:
    """A refusal, a dropped connection, a target that cannot be written and a cancel (the
    user closed the dialog) each leave the folder as it was: no `.part` file behind."""
    refused = httpx.MockTransport(
        lambda _r: httpx.Response(404, json={"error_id": "not_found", "message": "no r1"})
    )
    with pytest.raises(ApiError):
        await CtiClient("server:1", transport=refused).download("/x", tmp_path / "a.wav")
    with pytest.raises(ServerUnreachable):
        await _download_client(200, _Body([b"a" * 1000], "drop")).download("/x", tmp_path / "b")
    occupied = tmp_path / "c.wav"
    occupied.mkdir()  # the chosen name is a folder: the final rename fails
    with pytest.raises(OSError):
        await _download_client(200, _Body([b"a" * 1000])).download("/x", occupied)
    stalled = _Body([b"a" * 1000], "stall")
    task = asyncio.ensure_future(_download_client(200, stalled).download("/x", tmp_path / "d"))
    await asyncio.wait_for(stalled.sent.wait(), 5)
    assert (tmp_path / "d.part").exists()  # written so far
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.wav"]  # the folder, untouched
    assert list(occupied.iterdir()) == []


async def test_outbox_keeps_items_across_failures_and_reopen(tmp_path: Path) -> None:
    outbox = Outbox(tmp_path / "o.db")
    first = await outbox.add("c1", "sale", "note 1")
    await outbox.add("c2", "resolved", "")
    sent: list[tuple[str, DispositionRequest]] = []

    async def down(_call: str, _req: DispositionRequest) -> None:
        raise ServerUnreachable("refused")

    assert await outbox.flush(down) == 0
    outbox.close()
    outbox = Outbox(tmp_path / "o.db")  # the app restarted
    assert await outbox.pending_count() == 2

    async def refuse_c2(call: str, req: DispositionRequest) -> None:
        if call == "c2":
            raise ApiError(409, "conflict", "other content")
        sent.append((call, req))

    assert await outbox.flush(refuse_c2) == 1
    assert sent[0][1].idempotency_key == first.key and sent[0][1].note == "note 1"
    statuses = {i.call_id: i.status for i in await outbox.items()}
    assert statuses == {"c1": "sent", "c2": "failed"}
    outbox.close()


async def test_outbox_counts_an_unexpected_failure_as_an_attempt(tmp_path: Path) -> None:
    outbox = Outbox(tmp_path / "o.db")
    await outbox.add("c1", "sale", "")

    async def broken(_call: str, _req: DispositionRequest) -> None:
        raise RuntimeError("no running event loop")

    with pytest.raises(RuntimeError):
        await outbox.flush(broken)
    [item] = await outbox.items()
    assert (item.status, item.attempts) == ("pending", 1)
    assert item.last_error == "RuntimeError: no running event loop"
    outbox.close()


def test_sip_address_of_record_uses_the_agent_id_of_an_ephemeral_username() -> None:
    from agent_desktop.softphone import SipSettings

    assert SipSettings("edge:5060", "edge:5060", "1767225600:1002").aor_user == "1002"
    assert SipSettings("edge:5060", "edge:5060", "agent7").aor_user == "agent7"


def test_links_are_parsed_and_bad_numbers_rejected() -> None:
    assert number_from_link("tel:13800138000") == "13800138000"
    assert number_from_link("callto://+86-138-0013-8000") == "+8613800138000"
    assert number_from_link("sip:13800138000@pbx.example;user=phone") == "13800138000"
    assert number_from_link("tel:1001") == "1001"
    for bad in ("tel:abc", "http://x/123", "tel:12345678901234", "tel:+86 1", "sip:@host"):
        with pytest.raises(BadLink):
            number_from_link(bad)


def test_caller_region_in_both_languages() -> None:
    assert caller_region("13800138000", "zh") == "北京市"
    assert caller_region("13800138000", "en") == "Beijing"
    assert caller_region("not a number") == ""
