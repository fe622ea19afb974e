"""A media worker process: connects to the coordinator, runs a MediaEngine, obeys commands.

The main thread blocks reading JSON lines from the control socket (no CPU while idle);
the engine's owner thread executes commands and sends replies and events. Losing the
control connection, a `shutdown` command, SIGTERM or SIGINT end all legs (BYE), finalise
recordings, destroy pjsua2 and exit.
"""

from __future__ import annotations

import contextlib
import logging
import os
import queue
import signal
import socket
import sys
import threading
from collections.abc import Iterator
from concurrent.futures import Future
from typing import Any

from server_stub.media import wire as c
from server_stub.media.config import EngineConfig
from server_stub.media.engine import MediaEngine

log = logging.getLogger(__name__)
MAX_LINE = 1 << 20


class _Terminated(Exception):
    pass


@contextlib.contextmanager
def _quiet_stdout(enabled: bool) -> Iterator[None]:
    """Hide the banner pjlib prints at level 4 inside libCreate, before any log setting
    applies (the worker's main thread only waits meanwhile)."""
    if not enabled:
        yield
        return
    sys.stdout.flush()
    saved = os.dup(1)
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    try:
        yield
    finally:
        os.dup2(saved, 1)
        os.close(saved)
        os.close(devnull)


class Worker:
    """One worker process's runtime; `run()` returns the process exit code."""

    def __init__(self, control: tuple[str, int], config: EngineConfig) -> None:
        self._control = control
        self._config = config
        self._sock: socket.socket | None = None
        self._send_lock = threading.Lock()
        self._outbox: queue.SimpleQueue[bytes | None] = queue.SimpleQueue()
        self._writer = threading.Thread(target=self._write_loop, name="control-writer")
        self._seq = 0
        self._broken = False
        self._engine: MediaEngine | None = None

    def run(self) -> int:
        signal.signal(signal.SIGTERM, self._on_signal)
        try:
            self._sock = socket.create_connection(self._control, timeout=10)
            self._sock.settimeout(None)
            self._sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            self._writer.start()
        except OSError as exc:
            log.error("cannot reach the coordinator at %s:%s: %s", *self._control, exc)
            return 2
        self._engine = MediaEngine(self._config, self._send_event)
        try:
            with _quiet_stdout(self._config.log_level < 3):
                info = self._engine.start()
        except Exception as exc:
            log.error("media engine did not start: %s", exc)
            self._send_event(
                c.CommandFailed(
                    command_id=None, code=c.ErrorCode.INTERNAL, error=f"engine start failed: {exc}"
                )
            )
            self._close()
            return 3
        self._send_event(
            c.WorkerReady(
                worker_id=self._config.worker_id,
                sip_uri=info.sip_uri,
                sip_address=info.sip_address,
                capacity=info.capacity,
                pid=os.getpid(),
            )
        )
        try:
            self._read_loop()
        except (_Terminated, KeyboardInterrupt):
            log.info("worker %s: terminated by signal", self._config.worker_id)
        finally:
            self._engine.stop()
            self._close()
        return 0

    def _on_signal(self, signum: int, frame: Any) -> None:
        raise _Terminated()

    def _read_loop(self) -> None:
        assert self._sock is not None
        reader = self._sock.makefile("rb")
        while True:
            try:
                line = reader.readline(MAX_LINE)
            except OSError:
                return
            if not line:
                log.info("worker %s: control connection closed", self._config.worker_id)
                return
            if not line.endswith(b"\n") and len(line) >= MAX_LINE:
                self._send(c.encode_reply_error(None, c.ErrorCode.BAD_MESSAGE, "line too long"))
                return
            if line.strip() and self._handle(line):
                return

    def _handle(self, line: bytes) -> bool:
        """Execute one command line; True when the worker should stop."""
        try:
            cid, cmd = c.decode_command(line)
        except c.ProtocolError as exc:
            self._send(c.encode_reply_error(exc.command_id, exc.code, exc.message))
            if exc.command_id is None:
                self._send_event(c.CommandFailed(command_id=None, code=exc.code, error=exc.message))
            return False
        if isinstance(cmd, c.Shutdown):
            assert self._engine is not None
            self._engine.stop()  # leg_ended / recording_finished events go out first
            self._send(c.encode_reply_ok(cid))
            return True
        assert self._engine is not None
        self._engine.submit(cmd).add_done_callback(lambda fut: self._reply(cid, fut))
        return False

    def _reply(self, cid: str, fut: Future[dict[str, Any]]) -> None:
        exc = fut.exception()
        if exc is None:
            self._send(c.encode_reply_ok(cid, fut.result()))
        elif isinstance(exc, c.CommandError):
            self._send(c.encode_reply_error(cid, exc.code, exc.message))
        else:
            self._send(c.encode_reply_error(cid, c.ErrorCode.INTERNAL, repr(exc)))

    def _send_event(self, event: c.Event) -> None:
        with self._send_lock:  # numbering and queueing in one step keeps seq in order
            self._seq += 1
            self._outbox.put(c.encode_event(event, self._seq))

    def _send(self, data: bytes) -> None:
        with self._send_lock:
            self._outbox.put(data)

    def _write_loop(self) -> None:
        """Writer thread: the engine's owner thread never blocks on a slow coordinator."""
        while (data := self._outbox.get()) is not None:
            if self._broken or self._sock is None:
                continue
            try:
                self._sock.sendall(data)
            except OSError as exc:
                log.warning("control connection lost while sending: %s", exc)
                self._broken = True
                with contextlib.suppress(OSError):  # wake the reader so the worker stops
                    self._sock.shutdown(socket.SHUT_RDWR)

    def _close(self) -> None:
        self._outbox.put(None)  # flush what is queued (final leg_ended events, reply)
        self._writer.join(5.0)
        if self._sock is not None:
            with contextlib.suppress(OSError):
                self._sock.close()
        self._broken = True
