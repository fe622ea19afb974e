"""The coordinator's side of the media workers: control listener, process pool, handles.

asyncio only, no pjsua2. `WorkerPool` listens for worker control connections, spawns
`python -m server_stub.media` processes, keeps `min_spare` idle workers ready (within
`min_workers`..`max_workers`) and retires idle workers above `max_spare`. Each worker is
reached through a `WorkerHandle` (`await handle.command(...)`, `handle.subscribe()`).
A worker that exits or drops its connection unexpectedly produces a `WorkerLost` event
listing its legs, so the coordinator can close those calls' records with a cause.

With `control_path` the pool listens on a Unix socket (`<data-dir>/media/control.sock`)
and workers must present `secret` in `worker_ready`; with `hold_over_s` they keep their
calls when the coordinator dies and reconnect to the same socket. A restarted
coordinator's pool takes such a worker back (`resumed`): it becomes a handle again with
its legs (from a `status` command) and its events are held until `release_held()`, so
the coordinator can first adopt the calls they belong to (issue 19). Media hosts'
workers (`remote_listen`) are taken back the same way when they re-authenticate within
`remote_reattach_s` of the restarted coordinator's listener opening.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import inspect
import itertools
import logging
import os
import re
import signal
import sys
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from typing import Any

from server_stub.media import remote
from server_stub.media import wire as c
from server_stub.procfs import alive

log = logging.getLogger(__name__)
EventCallback = Callable[["WorkerHandle", c.Event], Any]
WorkerHook = Callable[[str, str], Any]  # (worker_id, sip_uri)


class PoolExhaustedError(RuntimeError):
    """No idle worker and `max_workers` already running."""


class WorkerLostError(c.CommandError):
    def __init__(self, worker_id: str) -> None:
        super().__init__(c.ErrorCode.WORKER_LOST, f"worker {worker_id} is gone")


@dataclass(frozen=True)
class PoolConfig:
    min_workers: int = 1
    max_workers: int = 8
    min_spare: int = 1  # grow when fewer idle workers than this (up to max_workers)
    max_spare: int = 2  # retire idle workers above this (down to min_workers)
    idle_grace_s: float = 10.0  # a worker must be idle this long before it is retired
    check_interval_s: float = 1.0
    control_host: str = "127.0.0.1"
    control_port: int = 0
    sip_host: str = "127.0.0.1"
    worker_args: tuple[str, ...] = ()  # extra command-line arguments for workers
    start_timeout_s: float = 20.0
    command_timeout_s: float = 10.0
    python: str = sys.executable
    control_path: str | None = None  # a Unix socket instead of control_host:control_port
    secret: str = ""  # workers must send it in worker_ready (when set)
    secret_file: str | None = None  # where workers read it (passed as --secret-file)
    hold_over_s: float = 0.0  # workers keep calls this long without a coordinator
    # media hosts (issue 19, server_stub/media/remote.py): a TCP listener for workers on
    # other machines, the edge address they are told, where their recordings may go
    remote_listen: tuple[str, int] | None = None
    edge_address: str = ""
    upload_roots: tuple[str, ...] = ()
    remote_tls: tuple[str, str] | None = None  # certificate and key: TLS on that listener
    # the coordinator's audio settings its hosts' workers use (remote.MEDIA_SETTINGS:
    # clock_rate, quality, frame_ms, jitter_buffer_ms), sent in the hello with hold_over_s
    media_settings: tuple[tuple[str, Any], ...] = ()
    # after a restart, how long media hosts' workers have to re-attach their calls once
    # the listener is open (they retry at most every second while the coordinator is away)
    remote_reattach_s: float = 3.0
    # folders of the prompts, music and announcements media hosts may fetch (by content
    # hash, remote.MediaFiles); a file elsewhere is named to them as it is
    media_roots: tuple[str, ...] = ()


@dataclass(eq=False)
class WorkerHandle:
    """One connected worker. Awaiting `command` returns the reply's result."""

    worker_id: str
    sip_uri: str
    sip_address: str
    capacity: int
    pid: int
    process: asyncio.subprocess.Process | None
    _writer: asyncio.StreamWriter
    _timeout: float
    legs: set[str] = field(default_factory=set)
    reserved: bool = False
    alive: bool = True
    retiring: bool = False
    idle_since: float = field(default_factory=time.monotonic)
    unmatched_replies: asyncio.Queue[c.Reply] = field(default_factory=asyncio.Queue)
    _pending: dict[str, asyncio.Future[c.Reply]] = field(default_factory=dict)
    _subscribers: list[asyncio.Queue[c.Event | None]] = field(default_factory=list)
    _ended: set[str] = field(default_factory=set)
    _ids: itertools.count[int] = field(default_factory=itertools.count)
    # re-attached after a coordinator restart: its `status` then, and its events held
    # until the coordinator has adopted its calls (`WorkerPool.release_held`)
    resumed_status: dict[str, Any] | None = None
    held: list[c.Event] | None = None
    host: str = ""  # the media host it runs on; "" for the coordinator's own workers
    peer: str = ""  # a media host's address as the control connection saw it
    files: remote.MediaFiles | None = None  # a media host's: audio named by content

    @property
    def remote(self) -> bool:
        return bool(self.host)

    @property
    def idle(self) -> bool:
        return self.alive and not self.retiring and not self.reserved and not self.legs

    async def command(self, cmd: c.Command, timeout: float | None = None) -> dict[str, Any]:
        """Send a command and await its reply; raises `control.CommandError`."""
        return await self.send(cmd, timeout)

    def send(self, cmd: c.Command, timeout: float | None = None) -> asyncio.Task[dict[str, Any]]:
        """Write a command now and return a task for its reply (pipelining).

        The worker executes commands in the order they were written, so a caller can send
        several (answer, stop the prompt, hold with music) without waiting for each reply,
        and then await the tasks. Raises `WorkerLostError` at once if the worker is gone.
        """
        if not self.alive:
            raise WorkerLostError(self.worker_id)
        if self.files is not None:  # a media host fetches what it has no copy of
            cmd = self.files.rewrite(cmd)
        cid = f"{self.worker_id}-c{next(self._ids)}"
        fut: asyncio.Future[c.Reply] = asyncio.get_running_loop().create_future()
        self._pending[cid] = fut
        try:
            self._writer.write(c.encode_command(cid, cmd))
        except (ConnectionError, OSError):
            self._pending.pop(cid, None)
            raise WorkerLostError(self.worker_id) from None
        return asyncio.get_running_loop().create_task(self._reply(cid, cmd, fut, timeout))

    async def _reply(
        self, cid: str, cmd: c.Command, fut: asyncio.Future[c.Reply], timeout: float | None
    ) -> dict[str, Any]:
        try:
            await self._writer.drain()
            reply = await asyncio.wait_for(fut, timeout or self._timeout)
        except (ConnectionError, OSError):
            raise WorkerLostError(self.worker_id) from None
        finally:
            self._pending.pop(cid, None)
        if not reply.ok:
            raise c.CommandError(reply.error_code, reply.error_message)
        if isinstance(cmd, c.MakeCall) and reply.result.get("leg") not in self._ended:
            self._set_leg(str(reply.result["leg"]), True)
        return reply.result

    async def send_raw(self, data: bytes) -> None:
        """Write raw bytes to the worker (tests of malformed input)."""
        self._writer.write(data)
        await self._writer.drain()

    def subscribe(self) -> AsyncIterator[c.Event]:
        """Events of this worker from now on; ends after WorkerLost or shutdown."""
        queue: asyncio.Queue[c.Event | None] = asyncio.Queue()
        self._subscribers.append(queue)

        async def iterate() -> AsyncIterator[c.Event]:
            try:
                while (event := await queue.get()) is not None:
                    yield event
            finally:
                with contextlib.suppress(ValueError):
                    self._subscribers.remove(queue)

        return iterate()

    def _set_leg(self, leg: str, active: bool) -> None:
        if active:
            self.legs.add(leg)
        else:
            self.legs.discard(leg)
            self._ended.add(leg)
            if len(self._ended) > 1000:
                self._ended.clear()
        if not self.legs:
            self.idle_since = time.monotonic()

    def _deliver(self, event: c.Event | None) -> None:
        for queue in list(self._subscribers):
            queue.put_nowait(event)


class WorkerPool:
    """Spawns and supervises media workers; see the module docstring."""

    def __init__(
        self,
        config: PoolConfig | None = None,
        on_event: EventCallback | None = None,
        on_worker_added: WorkerHook | None = None,
        on_worker_removed: WorkerHook | None = None,
    ) -> None:
        self.config = config or PoolConfig()
        self.workers: dict[str, WorkerHandle] = {}
        self._on_event = on_event
        self._on_added = on_worker_added
        self._on_removed = on_worker_removed
        self._server: asyncio.base_events.Server | None = None
        self._remote_server: asyncio.base_events.Server | None = None
        self.remote_address: tuple[str, int] = ("", 0)
        self._receiver = remote.Receiver(self.config.upload_roots)
        self._media_files = remote.MediaFiles(self.config.media_roots)
        self._starting: dict[str, asyncio.Future[WorkerHandle]] = {}
        self._processes: dict[str, asyncio.subprocess.Process] = {}
        self._tasks: set[asyncio.Task[Any]] = set()
        self._ids = itertools.count(1)
        self._balance_lock = asyncio.Lock()
        self._closing = False
        self.control_address: tuple[str, int] = ("", 0)
        self._resumed = asyncio.Event()
        self._taking_back = False  # resumed workers are accepted only during `reattach`

    # ---------------------------------------------------------------- lifecycle

    async def listen(self) -> None:
        """Open the control listener (idempotent); workers may connect from now on."""
        if self._server is not None:
            return
        cfg = self.config
        if cfg.control_path is not None:
            abstract = cfg.control_path.startswith("@")
            if not abstract:
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(cfg.control_path)  # a dead coordinator's
            self._server = await asyncio.start_unix_server(
                self._on_connection, c.unix_socket_address(cfg.control_path), limit=1 << 20
            )
            if not abstract:
                os.chmod(cfg.control_path, 0o600)
        else:
            self._server = await asyncio.start_server(
                self._on_connection, cfg.control_host, cfg.control_port, limit=1 << 20
            )
            self.control_address = self._server.sockets[0].getsockname()[:2]
        if cfg.remote_listen is not None:
            tls = remote.server_tls(*cfg.remote_tls) if cfg.remote_tls else None
            self._remote_server = await asyncio.start_server(
                self._on_remote_connection,
                *cfg.remote_listen,
                limit=1 << 20,
                ssl=tls,
                ssl_handshake_timeout=remote.HANDSHAKE_TIMEOUT_S if tls else None,
            )
            self.remote_address = self._remote_server.sockets[0].getsockname()[:2]
            log.info(
                "media hosts may connect on %s:%d (%s, challenge with the control secret)",
                *self.remote_address,
                "TLS" if tls else "plain TCP",
            )

    async def start(self) -> None:
        await self.listen()
        await self.rebalance()
        self._spawn_task(self._periodic())

    async def reattach(self, pids: set[int], timeout: float) -> list[WorkerHandle]:
        """Wait up to `timeout` for the workers `pids` (a dead coordinator's, holding calls
        over) to reconnect; the ones that did not are killed. Returns the re-attached."""
        self._taking_back = True
        await self.listen()
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        # media hosts' workers are not processes of this machine: no pid tells which held
        # calls, so any may come back within `remote_reattach_s` of the listener opening
        hosts_until = loop.time() + (
            min(self.config.remote_reattach_s, timeout) if self._remote_server else 0.0
        )
        try:
            while True:
                back = {
                    h.pid
                    for h in self.workers.values()
                    if h.resumed_status is not None and not h.remote
                }
                waiting = {p for p in pids - back if alive(p)}
                asking = [
                    h
                    for h in self.workers.values()
                    if h.held is not None and h.resumed_status is None
                ]
                if loop.time() >= deadline or not (waiting or asking or loop.time() < hosts_until):
                    break
                self._resumed.clear()  # woken by a re-attach, or to see who exited
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._resumed.wait(), min(0.2, deadline - loop.time()))
        finally:
            self._taking_back = False
        for pid in waiting:  # SIGTERM first: a worker hangs up its calls (BYE) on it
            log.warning(
                "media worker pid %d did not re-attach in %.0f s: stopping it", pid, timeout
            )
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.kill(pid, signal.SIGTERM)
        for pid in waiting:
            await self._reap_pid(pid, 3.0)
        return [h for h in self.workers.values() if h.resumed_status is not None]

    def release_held(self) -> None:
        """Deliver the events held for re-attached workers, in order (see module doc)."""
        for handle in list(self.workers.values()):
            held, handle.held = handle.held, None
            for event in held or []:
                self._dispatch(handle, event)

    def closing(self) -> None:
        """The coordinator is stopping: no worker is started or replaced from now on
        (a worker that exits, e.g. SIGTERMed with it by a service manager, stays gone)."""
        self._closing = True

    async def stop(self) -> None:
        self._closing = True
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*(self.retire(w) for w in list(self.workers)), return_exceptions=True)
        for proc in list(self._processes.values()):
            await self._reap(proc, 3.0)
        for server in (self._server, self._remote_server):
            if server is not None:
                server.close()
                await server.wait_closed()

    async def __aenter__(self) -> WorkerPool:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    # ---------------------------------------------------------------- allocation

    def idle_workers(self) -> list[WorkerHandle]:
        return [h for h in self.workers.values() if h.idle]

    async def acquire(self) -> WorkerHandle:
        """Reserve an idle worker (e.g. for an outbound call), spawning one if needed."""
        idle = self.idle_workers()
        if idle:
            handle = idle[0]
        elif len(self.workers) + len(self._starting) >= self.config.max_workers:
            raise PoolExhaustedError(f"all {self.config.max_workers} media workers are busy")
        else:
            handle = await self.spawn()
        handle.reserved = True
        self._spawn_task(self.rebalance())
        return handle

    def release(self, handle: WorkerHandle) -> None:
        handle.reserved = False
        handle.idle_since = time.monotonic()
        self._spawn_task(self.rebalance())

    async def spawn(self) -> WorkerHandle:
        """Start one worker process and wait until it has said worker_ready."""
        cfg = self.config
        wid = f"w{next(self._ids)}"
        fut: asyncio.Future[WorkerHandle] = asyncio.get_running_loop().create_future()
        self._starting[wid] = fut
        host, port = self.control_address
        control = f"unix:{cfg.control_path}" if cfg.control_path else f"{host}:{port}"
        extra: tuple[str, ...] = ()
        if cfg.secret_file:
            extra += ("--secret-file", cfg.secret_file)
        if cfg.hold_over_s > 0:
            extra += ("--hold-over", str(cfg.hold_over_s))
        try:
            proc = await asyncio.create_subprocess_exec(
                cfg.python,
                "-m",
                "server_stub.media",
                "--control",
                control,
                "--worker-id",
                wid,
                "--sip-host",
                cfg.sip_host,
                *extra,
                *cfg.worker_args,
                stdin=asyncio.subprocess.DEVNULL,
                # Its own process group: a terminal's Ctrl-C reaches the coordinator, which
                # ends calls in order (shutdown command); a worker whose coordinator is gone
                # ends its calls when the control connection closes.
                start_new_session=True,
            )
            self._processes[wid] = proc
            self._spawn_task(self._watch(wid, proc))
            return await asyncio.wait_for(asyncio.shield(fut), cfg.start_timeout_s)
        except BaseException:
            self._starting.pop(wid, None)
            if wid in self._processes and wid not in self.workers:
                await self._reap(self._processes[wid], 1.0)
            raise

    async def retire(self, worker_id: str, only_if_idle: bool = False) -> None:
        """Tell the edge first, then ask the worker to end its calls and exit."""
        handle = self.workers.get(worker_id)
        if handle is None or handle.retiring or (only_if_idle and not handle.idle):
            return
        handle.retiring = True
        await self._call_hook(self._on_removed, handle)
        with contextlib.suppress(c.CommandError, asyncio.TimeoutError):
            await handle.command(c.Shutdown(), timeout=5.0)
        if handle.process is not None:
            await self._reap(handle.process, 3.0)
        elif handle.remote:  # its media host's: not a process of this machine
            pass
        else:  # re-attached: not our child, but it exits all the same
            await self._reap_pid(handle.pid, 3.0)
        self._drop(handle)

    async def rebalance(self) -> None:
        """Grow to keep `min_spare` idle workers; retire idle ones above `max_spare`."""
        async with self._balance_lock:
            if self._closing:
                return
            cfg = self.config
            live = [h for h in self.workers.values() if h.alive and not h.retiring and not h.remote]
            idle = [h for h in live if h.idle]
            want = max(
                cfg.min_workers - len(live),
                min(cfg.min_spare - len(idle), cfg.max_workers - len(live)),
            )
            if want > 0:
                results = await asyncio.gather(
                    *(self.spawn() for _ in range(want)), return_exceptions=True
                )
                for r in results:
                    if isinstance(r, BaseException):
                        log.error("media worker did not start: %r", r)
                return
            now = time.monotonic()
            extra = min(len(idle) - cfg.max_spare, len(live) - cfg.min_workers)
            old = [h for h in idle if now - h.idle_since >= cfg.idle_grace_s]
            for handle in sorted(old, key=lambda h: h.idle_since, reverse=True)[: max(0, extra)]:
                self._spawn_task(self.retire(handle.worker_id, only_if_idle=True))

    # ---------------------------------------------------------------- internals

    def _spawn_task(self, coro: Any) -> None:
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _periodic(self) -> None:
        while True:
            await asyncio.sleep(self.config.check_interval_s)
            await self.rebalance()

    async def _call_hook(self, hook: WorkerHook | None, handle: WorkerHandle) -> None:
        if hook is None:
            return
        try:
            result = hook(handle.worker_id, handle.sip_uri)
            if inspect.isawaitable(result):
                await result
        except Exception:
            log.exception("worker hook failed for %s", handle.worker_id)

    async def _reap(self, proc: asyncio.subprocess.Process, grace: float) -> None:
        try:
            await asyncio.wait_for(proc.wait(), grace)
        except TimeoutError:
            with contextlib.suppress(ProcessLookupError):
                proc.kill()
            await proc.wait()

    async def _reap_pid(self, pid: int, grace: float) -> None:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + grace
        while alive(pid) and loop.time() < deadline:
            await asyncio.sleep(0.05)
        if alive(pid):
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.kill(pid, signal.SIGKILL)

    async def _watch(self, wid: str, proc: asyncio.subprocess.Process) -> None:
        code = await proc.wait()
        self._processes.pop(wid, None)
        fut = self._starting.pop(wid, None)
        if fut is not None and not fut.done():
            fut.set_exception(RuntimeError(f"worker {wid} exited with {code} before ready"))
        handle = self.workers.get(wid)
        if handle is not None:
            await self._lost(handle, "exited", code)

    async def _on_connection(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> None:
        handle: WorkerHandle | None = None
        try:
            line = await asyncio.wait_for(reader.readline(), self.config.start_timeout_s)
            msg = c.decode_worker_message(line)
            if not (isinstance(msg, c.EventMessage) and isinstance(msg.event, c.WorkerReady)):
                raise c.ProtocolError(c.ErrorCode.BAD_MESSAGE, f"expected worker_ready: {line!r}")
            ready = msg.event
            if self.config.secret and not hmac.compare_digest(
                ready.secret.encode(), self.config.secret.encode()
            ):
                raise c.ProtocolError(
                    c.ErrorCode.BAD_MESSAGE, f"{ready.worker_id} (pid {ready.pid}): wrong secret"
                )
            if ready.resumed and ready.worker_id not in self.workers | self._starting:
                if not self._taking_back:  # it keeps trying until its hold-over ends
                    raise c.ProtocolError(
                        c.ErrorCode.BAD_MESSAGE,
                        f"{ready.worker_id} (pid {ready.pid}) came back too late to re-attach",
                    )
                handle = await self._reattach(ready, writer)
                await self._read_loop(handle, reader)
                return
            fut = self._starting.pop(ready.worker_id, None)
            if fut is None or ready.worker_id in self.workers:
                raise c.ProtocolError(c.ErrorCode.BAD_MESSAGE, f"unexpected {ready.worker_id}")
            handle = self._handle(ready, writer, process=self._processes.get(ready.worker_id))
            self.workers[handle.worker_id] = handle
            await self._call_hook(self._on_added, handle)
            fut.set_result(handle)
            await self._read_loop(handle, reader)
        except ConnectionError as exc:  # the worker went (killed, or stopped with us)
            log.info("control connection of %s ended: %s", handle and handle.worker_id, exc)
        except Exception as exc:
            if handle is None:
                log.warning("rejected control connection: %s", exc)
            else:
                log.exception("control connection of %s failed", handle.worker_id)
        finally:
            writer.close()
            if handle is not None and handle.alive:
                code = None
                if handle.process is not None:
                    with contextlib.suppress(asyncio.TimeoutError):
                        code = await asyncio.wait_for(asyncio.shield(handle.process.wait()), 1.0)
                await self._lost(handle, "exited" if code is not None else "connection_lost", code)

    async def _on_remote_connection(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> None:
        """A media host's worker: the challenge first (remote.authenticate), then a handle
        like a local worker's; its connection closing is its loss."""
        peername = writer.get_extra_info("peername") or ("?", 0)
        peer = str(peername[0])
        sock = writer.get_extra_info("socket")
        if sock is not None:
            remote.keepalive(sock)
        handle: WorkerHandle | None = None
        try:
            cfg = self.config
            ready = await remote.authenticate(
                reader,
                writer,
                cfg.secret,
                cfg.edge_address,
                hold_over_s=cfg.hold_over_s,
                media=dict(cfg.media_settings),
            )
            if ready.worker_id in self.workers or ready.worker_id in self._starting:
                writer.write(remote.encode_refused(f"worker id {ready.worker_id} is in use"))
                raise remote.RefusedError(f"worker id {ready.worker_id} is in use")
            if ready.resumed:  # it held its calls while no coordinator was there
                if not self._taking_back:
                    reason = f"worker {ready.worker_id} came back too late to re-attach"
                    writer.write(remote.encode_refused(reason))
                    raise remote.RefusedError(reason)
                log.info(
                    "media host %s: worker %s (%s) is back from %s with its calls",
                    ready.host,
                    ready.worker_id,
                    ready.sip_address,
                    peer,
                )
                handle = await self._reattach(ready, writer, peer)
                await self._read_loop(handle, reader)
                return
            handle = self._handle(ready, writer, peer=peer)
            first = not any(h.host == ready.host for h in self.workers.values())
            self.workers[handle.worker_id] = handle
            count = sum(1 for h in self.workers.values() if h.host == ready.host)
            if first:
                log.info("media host %s joined from %s", ready.host, peer)
            log.info(
                "media host %s: worker %s (%s) connected, %d worker(s) of that host now",
                ready.host,
                ready.worker_id,
                ready.sip_address,
                count,
            )
            await self._call_hook(self._on_added, handle)
            await self._read_loop(handle, reader)
        except remote.RefusedError as exc:
            log.warning("refused a media host's worker from %s: %s", peer, exc)
        except Exception:
            if handle is None:
                log.exception("control connection from %s failed", peer)
            else:
                log.exception("control connection of %s failed", handle.worker_id)
        finally:
            writer.close()
            if handle is not None and handle.alive:
                await self._lost(handle, "connection_lost", None)
                left = sum(1 for h in self.workers.values() if h.host == handle.host)
                if not left and not self._closing:
                    log.warning("media host %s (%s) has no worker left", handle.host, peer)

    async def _uploaded(self, handle: WorkerHandle, event: c.Event) -> bool:
        """A media host's recording on its way (remote.py): True when `event` was one of
        its pieces; the finished one goes on to the call logic once stored."""
        if isinstance(event, c.RecordingChunk):
            await asyncio.to_thread(self._receiver.chunk, event)
            return True
        if isinstance(event, c.FileWanted):
            self._spawn_task(self._send_file(handle, event.sha256))
            return True
        if not (isinstance(event, c.RecordingFinished) and event.sha256):
            return False
        error = await asyncio.to_thread(self._receiver.finish, event)
        with contextlib.suppress(c.CommandError):
            handle.send(
                c.UploadStored(recording=event.recording, ok=error is None, error=error or "")
            )
        if error is not None:
            log.error(
                "recording %s from media host %s not stored (%s): the host sends it again",
                event.recording,
                handle.host,
                error,
            )
            return True
        log.info(
            "recording %s from media host %s stored: %s (%d bytes)",
            event.recording,
            handle.host,
            event.path,
            event.size,
        )
        return False

    async def _send_file(self, handle: WorkerHandle, sha256: str) -> None:
        """Answer a media host's `file_wanted` (remote.MediaFiles.pieces)."""
        pieces = await asyncio.to_thread(self._media_files.pieces, sha256)
        last = pieces[-1]
        if last.error:
            log.warning(
                "media host %s: worker %s asked for file %s: not sent (%s)",
                handle.host,
                handle.worker_id,
                sha256[:12],
                last.error,
            )
        else:
            log.info(
                "media host %s: sending file %s (%d bytes) to worker %s",
                handle.host,
                sha256[:12],
                last.size,
                handle.worker_id,
            )
        try:
            replies = [handle.send(piece) for piece in pieces]
        except c.CommandError:
            return  # the worker is gone
        await asyncio.gather(*replies, return_exceptions=True)

    def _handle(
        self,
        ready: c.WorkerReady,
        writer: asyncio.StreamWriter,
        process: asyncio.subprocess.Process | None = None,
        peer: str = "",
        held: list[c.Event] | None = None,
    ) -> WorkerHandle:
        """The handle of a worker that has said `worker_ready` (a media host's when
        `ready.host` is set: it fetches its audio files through the pool)."""
        return WorkerHandle(
            worker_id=ready.worker_id,
            sip_uri=ready.sip_uri,
            sip_address=ready.sip_address,
            capacity=ready.capacity,
            pid=ready.pid,
            process=process,
            _writer=writer,
            _timeout=self.config.command_timeout_s,
            held=held,
            host=ready.host,
            peer=peer,
            files=self._media_files if ready.host else None,
        )

    async def _reattach(
        self, ready: c.WorkerReady, writer: asyncio.StreamWriter, peer: str = ""
    ) -> WorkerHandle:
        """A worker that kept its calls over a coordinator restart (a local one, or a
        media host's): a handle again, its legs from a `status` command (replied while the
        read loop runs)."""
        handle = self._handle(ready, writer, peer=peer, held=[])
        number = re.fullmatch(r"w(\d+)", ready.worker_id)
        if number:  # new workers get ids after the re-attached ones
            self._ids = itertools.count(max(next(self._ids), int(number.group(1)) + 1))
        self.workers[handle.worker_id] = handle

        async def ask() -> None:
            try:
                status = await handle.command(c.Status())
            except c.CommandError as exc:
                log.error("re-attached worker %s did not report: %s", handle.worker_id, exc)
                status = {"legs": []}
            for leg in status.get("legs", []):
                if not leg.get("ended"):
                    handle.legs.add(str(leg["leg"]))
            log.info(
                "re-attached media worker %s (%s) with legs %s",
                handle.worker_id,
                f"media host {handle.host}" if handle.remote else f"pid {handle.pid}",
                sorted(handle.legs),
            )
            await self._call_hook(self._on_added, handle)
            handle.resumed_status = status
            self._resumed.set()

        self._spawn_task(ask())
        return handle

    async def _read_loop(self, handle: WorkerHandle, reader: asyncio.StreamReader) -> None:
        while line := await reader.readline():
            try:
                msg = c.decode_worker_message(line)
            except c.ProtocolError as exc:
                log.warning("bad message from %s: %s", handle.worker_id, exc)
                continue
            if isinstance(msg, c.Reply):
                fut = handle._pending.get(msg.command_id or "")
                if fut is not None and not fut.done():
                    fut.set_result(msg)
                else:
                    handle.unmatched_replies.put_nowait(msg)
            elif not (handle.remote and await self._uploaded(handle, msg.event)):
                event = handle.files.restore(msg.event) if handle.files else msg.event
                self._dispatch(handle, event)

    def _dispatch(self, handle: WorkerHandle, event: c.Event) -> None:
        if handle.held is not None:
            handle.held.append(event)
            return
        if isinstance(event, c.CallArrived):
            handle._set_leg(event.leg, True)
        elif isinstance(event, c.LegEnded):
            handle._set_leg(event.leg, False)
        handle._deliver(event)
        if self._on_event is not None:
            try:
                result = self._on_event(handle, event)
                if inspect.isawaitable(result):
                    self._spawn_task(result)
            except Exception:
                log.exception("pool event callback failed")
        if isinstance(event, c.CallArrived | c.LegEnded):
            self._spawn_task(self.rebalance())

    async def _lost(self, handle: WorkerHandle, cause: str, code: int | None) -> None:
        if not handle.alive:
            return
        handle.alive = False
        for fut in handle._pending.values():
            if not fut.done():
                fut.set_exception(WorkerLostError(handle.worker_id))
        level = log.info if self._closing else log.warning  # stopping as a unit: expected
        if not handle.retiring and handle.remote:
            level(
                "worker %s of media host %s lost (%s): %d call leg(s) ended %s",
                handle.worker_id,
                handle.host,
                cause,
                len(handle.legs),
                sorted(handle.legs),
            )
        elif not handle.retiring:
            level(
                "media worker %s lost (%s, exit %s) with legs %s",
                handle.worker_id,
                cause,
                code,
                sorted(handle.legs),
            )
        if not handle.retiring:
            await self._call_hook(self._on_removed, handle)
            event = c.WorkerLost(
                worker_id=handle.worker_id, cause=cause, exit_code=code, legs=sorted(handle.legs)
            )
            handle._deliver(event)
            if self._on_event is not None:
                with contextlib.suppress(Exception):
                    result = self._on_event(handle, event)
                    if inspect.isawaitable(result):
                        await result
        handle._deliver(None)
        self._drop(handle)
        if not self._closing:
            self._spawn_task(self.rebalance())

    def _drop(self, handle: WorkerHandle) -> None:
        handle.alive = False
        if self.workers.get(handle.worker_id) is handle:
            del self.workers[handle.worker_id]
