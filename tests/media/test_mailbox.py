"""The owner thread's mailbox without pjsua2: queueing, wake-ups, stop and reply settling."""

from __future__ import annotations

import concurrent.futures
import socket
from typing import Any

import pytest

from server_stub.media import mailbox as mb
from server_stub.media import wire as c


class _LibError(Exception):
    pass


def _translate(exc: Exception) -> c.CommandError | None:
    if isinstance(exc, _LibError):
        return c.CommandError(c.ErrorCode.MEDIA_ERROR, str(exc))
    return None


def _code(fut: mb.Reply) -> str:
    exc = fut.exception(0)
    assert isinstance(exc, c.CommandError)
    return exc.code


def test_items_come_out_in_order_and_a_stop_request_sets_stopping() -> None:
    box = mb.Mailbox()
    try:
        first = box.submit(c.Status())
        box.post_note(("eof", "play:L1", 7))
        box.request_stop()
        second = box.submit(c.Status())
        items = list(box.drain())
        assert [item[0] for item in items] == ["cmd", "note", "cmd"]
        assert items[0][2] is first and items[2][2] is second
        assert items[1] == ("note", "eof", "play:L1", 7)
        assert box.stopping and list(box.drain()) == []
        late = box.submit(c.Status())  # refused once stopping, nothing queued
        assert _code(late) == c.ErrorCode.INVALID_STATE and list(box.drain()) == []
    finally:
        box.close()


def test_a_stopped_mailbox_refuses_commands() -> None:
    box = mb.Mailbox()
    box.stopped.set()
    assert _code(box.submit(c.Status())) == c.ErrorCode.INVALID_STATE
    box.close()


def test_fail_pending_fails_queued_commands_and_drops_notes() -> None:
    box = mb.Mailbox()
    queued = box.submit(c.Status())
    cancelled = box.submit(c.Status())
    cancelled.cancel()
    box.post_note(("eof", "moh:L1", 1))
    box.fail_pending("stopping")
    assert _code(queued) == c.ErrorCode.INVALID_STATE
    assert cancelled.cancelled() and list(box.drain()) == []
    box.close()


def test_wake_sends_a_short_datagram_once_the_address_is_known() -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as owner:
        owner.bind(("127.0.0.1", 0))
        owner.settimeout(2)
        box = mb.Mailbox()
        box.submit(c.Status())  # no address yet: queued without a wake-up
        box.wake_addr = owner.getsockname()
        box.post_note(("eof", "play:L1", 1))
        data, _ = owner.recvfrom(64)
        assert data == b"\r\n"  # shorter than 32 bytes: pjsip drops it
        box.close()
        box.wake()  # a closed socket is ignored


def _raising(exc: Exception) -> Any:
    def handler(cmd: c.Command) -> None:
        raise exc

    return handler


@pytest.mark.parametrize(
    ("handler", "code"),
    [
        (None, c.ErrorCode.UNKNOWN_COMMAND),
        (_raising(c.CommandError(c.ErrorCode.UNKNOWN_LEG, "no leg")), c.ErrorCode.UNKNOWN_LEG),
        (_raising(_LibError("the library says no")), c.ErrorCode.MEDIA_ERROR),
        (_raising(ZeroDivisionError()), c.ErrorCode.INTERNAL),  # logged as unexpected
    ],
)
def test_execute_turns_failures_into_command_errors(handler: Any, code: str) -> None:
    reply: mb.Reply = concurrent.futures.Future()
    mb.execute(c.Status(), reply, handler, _translate)
    assert _code(reply) == code


def test_execute_replies_with_the_result_or_an_empty_dict() -> None:
    ok: mb.Reply = concurrent.futures.Future()
    mb.execute(c.Status(), ok, lambda cmd: {"capacity": 4}, _translate)
    empty: mb.Reply = concurrent.futures.Future()
    mb.execute(c.Status(), empty, lambda cmd: None, _translate)
    assert ok.result(0) == {"capacity": 4} and empty.result(0) == {}


def test_execute_skips_cancelled_commands() -> None:
    calls: list[c.Command] = []
    reply: mb.Reply = concurrent.futures.Future()
    reply.cancel()
    mb.execute(c.Status(), reply, calls.append, _translate)
    assert calls == [] and reply.cancelled()


def test_deferring_handlers_get_the_reply_and_may_settle_it_later() -> None:
    held: list[mb.Reply] = []

    def record_stop(cmd: c.RecordStop, reply: mb.Reply) -> object:
        held.append(reply)
        return mb.DEFERRED

    reply: mb.Reply = concurrent.futures.Future()
    mb.execute(c.RecordStop(recording="R1"), reply, record_stop, _translate)
    assert held == [reply] and reply.running()
    reply.set_result({"path": "r.wav", "seconds": 1.0})
    assert reply.result(0)["seconds"] == 1.0

    immediate: mb.Reply = concurrent.futures.Future()
    mb.execute(c.RecordStop(recording="R2"), immediate, lambda cmd, r: None, _translate)
    assert immediate.result(0) == {}
