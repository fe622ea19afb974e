"""A media worker process: connects to the coordinator, runs a MediaEngine, obeys commands.

The main thread blocks reading JSON lines from the control socket (no CPU while idle);
the engine's owner thread executes commands and sends replies and events. Losing the
control connection, a `shutdown` command, SIGTERM or SIGINT end all legs (BYE), finalise
recordings, destroy pjsua2 and exit. With a hold-over (`--hold-over N`, issue 19) a worker
that has calls when the control connection drops keeps them and reconnects to the same
control socket for up to N seconds, so a restarted coordinator can take them back; its
`worker_ready` then says `resumed` and carries the control secret like the first one.

On a media host (`--host-name`, issue 19) the worker reaches the coordinator over TCP: it
first reads the coordinator's challenge and answers it with an HMAC of the secret (never
the secret itself; server_stub/media/remote.py), takes the SIP edge address from it, and
records into its spool, from where finished recordings are uploaded to the coordinator.
Its hold-over and audio settings are the coordinator's, from that challenge (`hello`);
while holding calls over it retries with a pause growing to `REMOTE_RETRY_MAX_S`.
"""

from __future__ import annotations

import collections
import contextlib
import dataclasses
import logging
import os
import queue
import signal
import socket
import sys
import threading
import time
from collections.abc import Iterator
from concurrent.futures import Future
from pathlib import Path
from typing import Any

from server_stub.media import remote
from server_stub.media import wire as c
from server_stub.media.config import EngineConfig
from server_stub.media.engine import MediaEngine

log = logging.getLogger(__name__)
MAX_LINE = 1 << 20
# a media host's worker holding calls over retries the coordinator this often at most
# (so a restarted one's `remote_reattach_s` window of 3 s sees it; pool.py)
REMOTE_RETRY_MAX_S = 1.0


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

    def __init__(
        self,
        control: tuple[str, int] | str,
        config: EngineConfig,
        secret: str = "",
        hold_over_s: float = 0.0,
        host: str = "",
        spool: str | None = None,
        tls_ca: str | None = None,
    ) -> None:
        self._tls = remote.client_tls(tls_ca) if tls_ca else None
        self._control = control  # (host, port), or the path of a Unix socket
        self._host = host  # a media host's name: the challenge handshake (remote.py)
        self._nonce = ""  # the coordinator's challenge
        self._refused: str | None = None
        self._spool = (
            remote.Spool(Path(spool) / config.worker_id, self._send_event_now)
            if host and spool
            else None
        )
        # the coordinator's prompts and music, fetched by content hash (remote.FileCache)
        self._files = remote.FileCache(Path(spool) / "cache") if host and spool else None
        self._played: dict[str, str] = {}  # a cached copy's path -> the coordinator's name
        self._reader: Any = None  # the control connection's line reader (main thread)
        self._backlog: collections.deque[bytes] = collections.deque()  # read while fetching
        self._config = config
        self._secret = secret
        self._hold_over_s = hold_over_s
        # monotonic time the coordinator went away (None: connected and commanding us)
        self._orphaned_since: float | None = None
        self._holding = False  # in a hold-over (no coordinator): legs that end are kept
        # legs that ended in hold-overs, for the next `status` reply (`ended_in_gap`)
        self._gap_ended: list[dict[str, Any]] = []
        self._gap_lock = threading.Lock()
        self._commanded = False  # a command arrived on the current connection
        self._info: Any = None
        self._sock: socket.socket | None = None  # the writer thread's
        self._rsock: socket.socket | None = None  # the reader's (main thread)
        self._send_lock = threading.Lock()
        # bytes to send; a socket: send to it from now on (a reconnect); None: stop
        self._outbox: queue.SimpleQueue[bytes | socket.socket | None] = queue.SimpleQueue()
        self._writer = threading.Thread(target=self._write_loop, name="control-writer")
        self._seq = 0
        self._broken = False
        self._engine: MediaEngine | None = None

    def _connect(self, timeout: float = 10.0) -> socket.socket:
        if isinstance(self._control, str):
            sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            sock.settimeout(timeout)
            try:
                sock.connect(c.unix_socket_address(self._control))
            except OSError:
                sock.close()
                raise
        else:
            if self._tls is not None:
                sock = remote.tls_connect(self._control, self._tls, timeout)
            else:
                sock = socket.create_connection(self._control, timeout=timeout)
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            if self._host and self._tls is None:
                remote.keepalive(sock)
            if self._host:
                sock.settimeout(timeout)
                try:
                    self._hello(sock)
                except BaseException:
                    sock.close()
                    raise
        sock.settimeout(None)
        return sock

    def _hello(self, sock: socket.socket) -> None:
        """Read the coordinator's challenge (remote.py); the edge it names is where new
        calls may come from."""
        line = b""
        while not line.endswith(b"\n") and len(line) < 4096:
            data = sock.recv(1)
            if not data:
                raise ConnectionError("the coordinator closed before its hello")
            line += data
        try:
            hello = remote.parse_hello(line)
        except c.ProtocolError as exc:
            raise ConnectionError(exc.message) from None
        self._nonce = hello.nonce
        # the coordinator's --media-hold-over is this worker's (issue 19)
        self._hold_over_s = hello.hold_over_s
        if self._engine is None:  # its audio settings, before the engine starts
            before = self._config
            self._config = hello.apply(self._config)
            if hello.media:
                log.info(
                    "worker %s: the coordinator's media settings %s (were clock %d Hz, "
                    "quality %d, frame %d ms)",
                    self._config.worker_id,
                    hello.media,
                    before.clock_rate,
                    before.quality,
                    before.frame_ms,
                )

    def _describe_control(self) -> str:
        if isinstance(self._control, str):
            return self._control
        host, port = self._control
        return f"{host}:{port}"

    def _ready(self, resumed: bool) -> None:
        self._send_event(self._ready_event(resumed))

    def _ready_event(self, resumed: bool) -> c.WorkerReady:
        info = self._info
        return c.WorkerReady(
            worker_id=self._config.worker_id,
            sip_uri=info.sip_uri,
            sip_address=info.sip_address,
            capacity=info.capacity,
            pid=os.getpid(),
            secret="" if self._host else self._secret,
            resumed=resumed,
            host=self._host,
            auth=remote.proof(self._secret, self._nonce, self._config.worker_id)
            if self._host
            else "",
        )

    def run(self) -> int:
        signal.signal(signal.SIGTERM, self._on_signal)
        try:
            self._sock = self._rsock = self._connect()
            self._writer.start()
        except remote.RefusedError as exc:
            log.error("the coordinator refused worker %s: %s", self._config.worker_id, exc)
            return remote.EXIT_REFUSED
        except OSError as exc:
            log.error("cannot reach the coordinator at %s: %s", self._describe_control(), exc)
            return 2
        self._engine = MediaEngine(self._config, self._send_event)
        try:
            with _quiet_stdout(self._config.log_level < 3):
                self._info = self._engine.start()
        except Exception as exc:
            log.error("media engine did not start: %s", exc)
            self._send_event(
                c.CommandFailed(
                    command_id=None, code=c.ErrorCode.INTERNAL, error=f"engine start failed: {exc}"
                )
            )
            self._close()
            return 3
        self._ready(False)
        if self._spool is not None:
            self._spool.start()  # and what a predecessor of this id left
        try:
            while not self._read_loop() and self._hold_over():
                pass
        except (_Terminated, KeyboardInterrupt):
            log.info("worker %s: terminated by signal", self._config.worker_id)
        finally:
            self._engine.stop()
            if self._spool is not None:
                self._spool.stop()  # what is not stored yet stays in the spool
            self._close()
        if self._refused is not None:
            log.error(
                "the coordinator refused worker %s: %s", self._config.worker_id, self._refused
            )
            return remote.EXIT_REFUSED
        return 0

    def _live_legs(self) -> int:
        assert self._engine is not None
        try:
            status = self._engine.submit(c.Status()).result(5.0)
        except Exception:
            return 0
        return sum(1 for leg in status.get("legs", []) if not leg.get("ended"))

    def _hold_over(self) -> bool:
        """The control connection dropped: keep the calls and reconnect within the
        hold-over; True once connected again (False: end the calls and exit)."""
        wid = self._config.worker_id
        if self._hold_over_s <= 0:
            return False
        legs = self._live_legs()
        if not legs:
            log.info("worker %s: no calls to keep: exiting", wid)
            return False
        self._broken = True  # events of the gap are dropped: the new coordinator asks
        self._holding = True
        if self._commanded or self._orphaned_since is None:
            self._orphaned_since = time.monotonic()
        deadline = self._orphaned_since + self._hold_over_s
        log.warning(
            "worker %s: coordinator gone; keeping %d call leg(s) for up to %.0f s",
            wid,
            legs,
            deadline - time.monotonic(),
        )
        # a connection that ended without a command (refused: too late, wrong secret) is
        # not a coordinator taking us back: the hold-over runs on, retried less often
        pause = 0.2 if self._commanded else 2.0
        if self._refused is not None:  # not the host's end: only these calls' chance
            log.warning("worker %s: the coordinator refused it: %s", wid, self._refused)
            self._refused = None
        self._commanded = False
        while time.monotonic() < deadline:
            time.sleep(min(pause, max(0.0, deadline - time.monotonic())))
            if self._host:  # over the network: back off up to REMOTE_RETRY_MAX_S
                pause = min(pause * 2, REMOTE_RETRY_MAX_S)
            try:
                sock = self._connect(timeout=2.0)
            except remote.RefusedError as exc:
                log.warning("worker %s: the coordinator refused it: %s", wid, exc)
                continue
            except OSError:
                continue
            self._rsock = sock
            with self._send_lock:  # worker_ready first on the new connection
                self._outbox.put(sock)
                self._seq += 1
                self._outbox.put(c.encode_event(self._ready_event(True), self._seq))
            self._holding = False
            log.warning("worker %s: reconnected to the coordinator", wid)
            return True
        log.warning(
            "worker %s: no coordinator came back in %.0f s: ending %d call leg(s)",
            wid,
            self._hold_over_s,
            self._live_legs(),
        )
        return False

    def _on_signal(self, signum: int, frame: Any) -> None:
        raise _Terminated()

    def _read_loop(self) -> bool:
        """Commands until the connection ends (False) or a shutdown command (True)."""
        assert self._rsock is not None
        reader = self._reader = self._rsock.makefile("rb")
        self._backlog.clear()
        while True:
            try:
                line = self._backlog.popleft() if self._backlog else reader.readline(MAX_LINE)
            except OSError:
                return False
            if not line:
                log.info("worker %s: control connection closed", self._config.worker_id)
                return False
            if self._host and (reason := remote.refused_reason(line)) is not None:
                self._refused = reason
                return False
            if not line.endswith(b"\n") and len(line) >= MAX_LINE:
                self._send(c.encode_reply_error(None, c.ErrorCode.BAD_MESSAGE, "line too long"))
                return False
            if line.strip() and self._handle(line):
                return True

    def _handle(self, line: bytes) -> bool:
        """Execute one command line; True when the worker should stop."""
        self._commanded = True
        try:
            cid, cmd = c.decode_command(line)
        except c.ProtocolError as exc:
            self._send(c.encode_reply_error(exc.command_id, exc.code, exc.message))
            if exc.command_id is None:
                self._send_event(c.CommandFailed(command_id=None, code=exc.code, error=exc.message))
            return False
        if isinstance(cmd, c.UploadStored):
            if self._spool is not None:
                self._spool.stored(cmd)
            self._send(c.encode_reply_ok(cid))
            return False
        if isinstance(cmd, c.FileData):  # a fetch that gave up already: nothing to do
            self._send(c.encode_reply_ok(cid))
            return False
        if self._files is not None and isinstance(cmd, c.Play | c.Hold):
            try:
                cmd = self._local_copy(cmd)
            except c.CommandError as exc:
                self._send(c.encode_reply_error(cid, exc.code, exc.message))
                return False
        if isinstance(cmd, c.RecordStart) and self._spool is not None:
            try:
                cmd = self._spool.prepare(cmd)
            except (c.CommandError, OSError) as exc:
                self._send(c.encode_reply_error(cid, c.ErrorCode.MEDIA_ERROR, str(exc)))
                return False
        if isinstance(cmd, c.Shutdown):
            assert self._engine is not None
            self._engine.stop()  # leg_ended / recording_finished events go out first
            self._send(c.encode_reply_ok(cid))
            return True
        assert self._engine is not None
        if isinstance(cmd, c.Status):
            self._engine.submit(cmd).add_done_callback(lambda fut: self._status_reply(cid, fut))
            return False
        self._engine.submit(cmd).add_done_callback(lambda fut: self._reply(cid, fut))
        return False

    def _local_copy(self, cmd: c.Play | c.Hold) -> c.Play | c.Hold:
        """The command with the host's copy of the coordinator's `media:` file, fetched
        first when the cache has none (remote.FileCache)."""
        assert self._files is not None
        ref = cmd.file if isinstance(cmd, c.Play) else cmd.music
        if not ref.startswith("media:"):
            return cmd
        sha, path = self._files.local(ref)
        if not path.is_file():
            self._fetch(sha, ref)
        self._played[str(path)] = ref
        if isinstance(cmd, c.Play):
            return dataclasses.replace(cmd, file=str(path))
        return dataclasses.replace(cmd, music=str(path))

    def _fetch(self, sha: str, ref: str) -> None:
        """Ask the coordinator for a file and read its `file_data` pieces; the commands
        that come meanwhile wait in the backlog, so they still run in their order."""
        assert self._files is not None and self._reader is not None
        wid = self._config.worker_id
        started = time.monotonic()
        self._send_event_now(c.FileWanted(sha256=sha))
        while True:
            try:
                line = self._reader.readline(MAX_LINE)
            except OSError:
                line = b""
            if not line:
                self._backlog.append(b"")  # the read loop sees the connection end
                raise c.CommandError(c.ErrorCode.MEDIA_ERROR, "control connection lost")
            try:
                cid, cmd = c.decode_command(line)
            except c.ProtocolError:
                cmd = None
            if not (isinstance(cmd, c.FileData) and cmd.sha256 == sha):
                self._backlog.append(line)
                continue
            self._send(c.encode_reply_ok(cid))
            try:
                done = self._files.piece(cmd)
            except c.CommandError as exc:
                log.error("worker %s: could not fetch %s: %s", wid, ref, exc.message)
                raise
            if done is not None:
                log.info(
                    "worker %s: fetched %s from the coordinator (%d bytes, %.2f s)",
                    wid,
                    ref.rsplit(":", 1)[1],
                    done.stat().st_size,
                    time.monotonic() - started,
                )
                return

    def _reply(self, cid: str, fut: Future[dict[str, Any]]) -> None:
        exc = fut.exception()
        if exc is None:
            self._send(c.encode_reply_ok(cid, fut.result()))
        elif isinstance(exc, c.CommandError):
            self._send(c.encode_reply_error(cid, exc.code, exc.message))
        else:
            self._send(c.encode_reply_error(cid, c.ErrorCode.INTERNAL, repr(exc)))

    def _send_event(self, event: c.Event) -> None:
        if self._holding and isinstance(event, c.LegEnded):
            self._ended_in_gap(event)
        if isinstance(event, c.PlaybackFinished) and event.file in self._played:
            event = dataclasses.replace(event, file=self._played[event.file])
        if (
            self._spool is not None
            and isinstance(event, c.RecordingFinished)
            and self._spool.take(event)
        ):
            return  # sent by the spool once the file has gone ahead of it
        self._send_event_now(event)

    def _ended_in_gap(self, event: c.LegEnded) -> None:
        """A leg ended while no coordinator listened (engine thread): the legs bridged to
        it are hung up now (the agent's phone gets BYE, not minutes of silence) and the
        end is kept, its time and cause, for the coordinator that takes the calls back."""
        assert self._engine is not None
        leg, partners = self._engine.ended_leg(event.leg)
        call_id = leg.get("call_id") or next(
            (str(p["call_id"]) for p in partners if p.get("call_id")), ""
        )
        with self._gap_lock:
            self._gap_ended.append(
                {
                    "leg": event.leg,
                    "direction": leg.get("direction", ""),
                    "call_id": call_id,
                    "cause": event.cause,
                    "at": time.time(),
                    "duration": event.duration,
                    "partners": [str(p["leg"]) for p in partners],
                }
            )
        log.warning(  # as the hold-over's other lines (the workers' log level)
            "worker %s: leg %s of call %s ended (%s) while the coordinator is away; hanging up %s",
            self._config.worker_id,
            event.leg,
            call_id or "?",
            event.cause,
            ", ".join(str(p["leg"]) for p in partners) or "nothing",
        )
        for p in partners:
            self._engine.submit(c.Hangup(leg=str(p["leg"])))

    def _status_reply(self, cid: str, fut: Future[dict[str, Any]]) -> None:
        """A `status` reply carries the legs that ended in the hold-over (issue 19), once."""
        if fut.exception() is None:
            with self._gap_lock:
                gap, self._gap_ended = self._gap_ended, []
            if gap:
                self._send(c.encode_reply_ok(cid, {**fut.result(), "ended_in_gap": gap}))
                return
        self._reply(cid, fut)

    def _send_event_now(self, event: c.Event) -> None:
        with self._send_lock:  # numbering and queueing in one step keeps seq in order
            self._seq += 1
            self._outbox.put(c.encode_event(event, self._seq))

    def _send(self, data: bytes) -> None:
        with self._send_lock:
            self._outbox.put(data)

    def _write_loop(self) -> None:
        """Writer thread: the engine's owner thread never blocks on a slow coordinator."""
        while (data := self._outbox.get()) is not None:
            if isinstance(data, socket.socket):
                old, self._sock, self._broken = self._sock, data, False
                if old is not None:
                    with contextlib.suppress(OSError):
                        old.close()
                continue
            sock = self._sock
            if self._broken or sock is None:
                continue
            try:
                sock.sendall(data)
            except OSError as exc:
                log.warning("control connection lost while sending: %s", exc)
                self._broken = True
                with contextlib.suppress(OSError):  # wake the reader so the worker stops
                    sock.shutdown(socket.SHUT_RDWR)

    def _close(self) -> None:
        self._outbox.put(None)  # flush what is queued (final leg_ended events, reply)
        self._writer.join(5.0)
        for sock in {self._sock, self._rsock} - {None}:
            with contextlib.suppress(OSError):
                sock.close()  # type: ignore[union-attr]
        self._broken = True
