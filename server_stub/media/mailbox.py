"""Commands, notes and replies between other threads and the engine's owner thread (no pjsua2).

Other threads queue items here and wake the owner thread, which blocks in pjsip's
select(): `wake()` sends a 2-byte datagram to the worker's own SIP UDP port (pjsip drops
datagrams shorter than 32 bytes). The owner thread drains the queue and settles each
command's future through `execute`. Only plain Python objects pass through, so this
needs no pjsua2 and can be tested without a SIP stack.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import logging
import queue
import socket
import threading
from collections.abc import Callable, Iterator
from typing import Any

from server_stub.media import wire as c

log = logging.getLogger(__name__)
Reply = concurrent.futures.Future[dict[str, Any]]
DEFERRED = object()  # returned by a handler that settles its reply later
DEFERRING = frozenset({c.RecordStop.name})  # handlers called with (command, reply)


class Mailbox:
    """The owner thread's queue, its wake-up socket and the stop flags."""

    def __init__(self) -> None:
        self._items: queue.SimpleQueue[tuple[Any, ...]] = queue.SimpleQueue()
        self._wake_sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.wake_addr: tuple[str, int] | None = None  # set once SIP listens
        self.stopping = False  # set on the owner thread: stop after this pass
        self.stopped = threading.Event()  # the owner thread has finished

    def submit(self, command: c.Command) -> Reply:
        """Queue a command; its future fails at once if the engine is stopping."""
        fut: Reply = concurrent.futures.Future()
        if self.stopping or self.stopped.is_set():
            fut.set_exception(c.CommandError(c.ErrorCode.INVALID_STATE, "engine stopped"))
            return fut
        self._items.put(("cmd", command, fut))
        self.wake()
        return fut

    def post_note(self, note: tuple[Any, ...]) -> None:
        """Queue a note from a callback thread (e.g. `("eof", key, player id)`)."""
        self._items.put(("note", *note))
        self.wake()

    def request_stop(self) -> None:
        self._items.put(("stop",))
        self.wake()

    def wake(self) -> None:
        if self.wake_addr is not None:
            with contextlib.suppress(OSError):
                self._wake_sock.sendto(b"\r\n", self.wake_addr)

    def drain(self) -> Iterator[tuple[Any, ...]]:
        """Queued items, oldest first, until the queue is empty; a stop request sets
        `stopping` instead of being returned."""
        while True:
            try:
                item = self._items.get_nowait()
            except queue.Empty:
                return
            if item[0] == "stop":
                self.stopping = True
            else:
                yield item

    def fail_pending(self, reason: str) -> None:
        """Fail commands that can no longer run; drop notes."""
        for item in self.drain():
            if item[0] == "cmd" and item[2].set_running_or_notify_cancel():
                item[2].set_exception(c.CommandError(c.ErrorCode.INVALID_STATE, reason))

    def close(self) -> None:
        self._wake_sock.close()


def execute(
    cmd: c.Command,
    reply: Reply,
    handler: Callable[..., Any] | None,
    translate: Callable[[Exception], c.CommandError | None],
) -> None:
    """Run a command's handler and settle its reply, unless the handler deferred it.

    `translate` turns a library error into a `CommandError` (None: unexpected, logged).
    """
    if not reply.set_running_or_notify_cancel():
        return
    try:
        if handler is None:
            raise c.CommandError(c.ErrorCode.UNKNOWN_COMMAND, f"{cmd.name} not supported")
        if cmd.name in DEFERRING:
            if handler(cmd, reply) is DEFERRED:
                return
            result = None
        else:
            result = handler(cmd)
    except c.CommandError as exc:
        reply.set_exception(exc)
    except Exception as exc:
        error = translate(exc)
        if error is None:
            log.exception("command %s failed", cmd.name)
            error = c.CommandError(c.ErrorCode.INTERNAL, repr(exc))
        reply.set_exception(error)
    else:
        reply.set_result(result or {})
