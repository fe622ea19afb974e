"""Runs Kamailio as a supervised child process and drives it over JSON-RPC."""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import enum
import glob
import logging
import os
import shutil
import signal
import subprocess
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from server_stub.edge.config import EdgeSettings, WorkerSpec, render_config, validate_worker
from server_stub.edge.dialogs import end_dialogs_of
from server_stub.edge.ports import taken_ports
from server_stub.edge.rpc import EdgeRpcError, KamailioRpc
from server_stub.edge.status import (
    WorkerStatus,
    parse_dispatcher_list,
    parse_statistics,
    parse_ul_dump,
    parse_ul_registrations,
)
from server_stub.procfs import alive, live_group_members, proc_bytes

log = logging.getLogger(__name__)

INSTALL_HINT = "apt-get install kamailio kamailio-autheph-modules"
_MODULE_DIRS = (
    "/usr/lib/*/kamailio/modules",
    "/usr/lib/kamailio/modules",
    "/usr/lib64/kamailio/modules",
    "/usr/local/lib*/kamailio/modules",
)


class EdgeNotInstalledError(RuntimeError):
    """Kamailio or a module the edge needs is missing."""


class EdgeConfigError(RuntimeError):
    """``kamailio -c`` rejected the rendered configuration."""


class EdgeStartError(RuntimeError):
    """Kamailio exited or did not answer its control socket in time."""


class EdgePortTakenError(EdgeStartError):
    """Another process holds the SIP port (or the TLS one): Kamailio could not bind it."""


class WorkerState(enum.Enum):
    """Dispatcher states a worker can be put in (``dispatcher.set_duid_state``)."""

    ACTIVE = "a"  # takes new calls
    # no new calls (draining); calls in progress continue. Sent to Kamailio as "d": its
    # own "i" is set back to active by the next answered OPTIONS probe (probing mode 1)
    INACTIVE = "i"
    PROBING = "ip"  # no new calls until it answers an OPTIONS probe
    DISABLED = "d"  # no new calls, whatever the probes say (until set active again)


EventSink = Callable[[str, dict[str, Any]], None]
PID_FILE = "kamailio.pid"
HEARTBEAT_S = 1.0  # the coordinator tells the edge it is here (issue 19, see _beat)


class _AdoptedProcess:
    """A Kamailio a dead coordinator started (not our child): what the supervisor uses of
    an `asyncio.subprocess.Process`, from /proc and signals."""

    def __init__(self, pid: int) -> None:
        self.pid = pid

    @property
    def returncode(self) -> int | None:
        return None if alive(self.pid) else -1

    async def wait(self) -> int:
        while alive(self.pid):
            await asyncio.sleep(0.2)
        return -1

    def send_signal(self, sig: int) -> None:
        os.kill(self.pid, sig)


class KamailioEdge:
    """The SIP edge: renders the config, runs Kamailio, restarts it if it dies."""

    def __init__(
        self,
        settings: EdgeSettings,
        *,
        binary: str = "kamailio",
        start_timeout: float = 10.0,
        backoff_initial: float = 0.5,
        backoff_max: float = 30.0,
        on_event: EventSink | None = None,
        probe_interval: float = 2.0,
        probe_misses: int = 3,
    ) -> None:
        self.settings = settings
        # A Kamailio that is alive but does not answer its control socket this many
        # probes in a row (hung, stopped, deadlocked) is killed and restarted (issue 19).
        self._probe_interval = probe_interval
        self._probe_misses = probe_misses
        self._binary = binary
        self._start_timeout = start_timeout
        self._backoff_initial = backoff_initial
        self._backoff_max = backoff_max
        self._on_event = on_event or (lambda name, data: None)
        self._workers: dict[str, WorkerSpec] = {w.worker_id: w for w in settings.workers}
        self._states: dict[str, WorkerState] = {}
        self._signed_out: set[str] = set()  # agents whose REGISTERs are refused
        self._proc: asyncio.subprocess.Process | _AdoptedProcess | None = None
        self._watch_task: asyncio.Task[None] | None = None
        self._beat_task: asyncio.Task[None] | None = None
        self._stopping = False
        self._ready = False  # answering its control socket (not starting, not dead)
        self._rpc = KamailioRpc(settings.jsonrpc_socket, settings.runtime_dir)
        self.restarts = 0
        # The workers carrying calls now, as the coordinator knows them (issue 19: a
        # restarted Kamailio has forgotten their dialogs and counts them free).
        self.busy_workers: Callable[[], set[str]] | None = None
        self._kept_out: set[str] = set()  # disabled after a restart until their calls end
        self.adopted: int | None = None  # pid of a running Kamailio taken over at start

    # ---- installation and configuration -------------------------------------------
    def check_installed(self) -> str:
        """Return ``kamailio -v``'s first line; raise EdgeNotInstalledError with a hint."""
        path = shutil.which(self._binary) or (
            f"/usr/sbin/{self._binary}" if os.path.exists(f"/usr/sbin/{self._binary}") else None
        )
        if path is None:
            raise EdgeNotInstalledError(f"kamailio not found; install it: {INSTALL_HINT}")
        self._binary = path
        needed = {"auth_ephemeral.so": INSTALL_HINT, "dispatcher.so": INSTALL_HINT}
        if self.settings.tls_enabled:
            needed["tls.so"] = "apt-get install kamailio-tls-modules"
        dirs = [d for pattern in _MODULE_DIRS for d in glob.glob(pattern)]
        for module, hint in needed.items():
            if not any(os.path.exists(os.path.join(d, module)) for d in dirs):
                raise EdgeNotInstalledError(f"Kamailio module {module} missing; install: {hint}")
        out = subprocess.run([path, "-v"], capture_output=True, text=True, timeout=10)
        return (out.stdout or out.stderr).splitlines()[0] if (out.stdout or out.stderr) else ""

    def check_ports(self) -> None:
        """Raise EdgePortTakenError naming who holds the SIP (or SIP-over-TLS) port."""
        s = self.settings
        wanted = [(s.sip_port, "udp"), (s.sip_port, "tcp")]
        if s.tls_port:
            wanted.append((s.tls_port, "tcp"))
        taken = taken_ports(s.bind_host, wanted)
        if taken:
            option = "--sip-tls-port" if taken[0].port == s.tls_port else "--sip-port"
            raise EdgePortTakenError(
                f"the SIP edge cannot start: {taken[0].describe()}; stop that process "
                f"or choose another {option}"
            )

    def render(self) -> Path:
        """Write the config files for the current worker set into the runtime dir."""
        return render_config(self.settings, list(self._workers.values()))

    async def check_config(self) -> None:
        """Render and run ``kamailio -c``; raise EdgeConfigError with its output."""
        cfg = self.render()
        proc = await asyncio.create_subprocess_exec(
            self._binary, "-c", "-f", str(cfg),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT,
        )  # fmt: skip
        output, _ = await proc.communicate()
        if proc.returncode != 0:
            raise EdgeConfigError(output.decode(errors="replace")[-4000:])

    # ---- life cycle ------------------------------------------------------------------
    @property
    def pid(self) -> int | None:
        return self._proc.pid if self._proc and self._proc.returncode is None else None

    @property
    def running(self) -> bool:
        return self.pid is not None

    @property
    def ready(self) -> bool:
        """Kamailio is running and has answered its control socket (issue 21: /health)."""
        return self._ready and self.running

    @property
    def pid_file(self) -> Path:
        return self.settings.runtime_dir / PID_FILE

    def adoptable(self) -> int | None:
        """The pid of a Kamailio an earlier coordinator left running on this edge's
        config (its pid file), or None."""
        try:
            pid = int(self.pid_file.read_text("ascii").strip())
        except (OSError, ValueError):
            return None
        argv = proc_bytes(pid, "cmdline").replace(b"\0", b" ").decode(errors="replace")
        if alive(pid) and "kamailio" in argv and str(self.settings.config_path) in argv:
            return pid
        return None

    async def _adopt(self) -> bool:
        """Take over the Kamailio an earlier coordinator left running (issue 19: its
        registrations and dialogs go on); one that does not answer is reclaimed (killed)."""
        pid = self.adoptable()
        if pid is None:
            return False
        try:
            await self._rpc.call("core.version", timeout=2.0)
            workers = await self.list_workers()
        except EdgeRpcError as exc:
            log.warning(
                "reclaiming Kamailio pid %d left by the previous run: it does not answer "
                "its control socket (%s); starting a new one",
                pid,
                exc,
            )
            self._proc = _AdoptedProcess(pid)
            await self._terminate(2.0)
            return False
        self._proc, self.adopted, self._ready = _AdoptedProcess(pid), pid, True
        self._workers = {
            w.worker_id: WorkerSpec(w.worker_id, w.sip_uri, w.max_load) for w in workers
        }
        log.info(
            "adopted the running Kamailio pid %d (SIP edge of the previous run) with "
            "media workers %s",
            pid,
            sorted(self._workers) or "none",
        )
        return True

    async def forget_workers(self, keep: set[str]) -> None:
        """Take out of the pool the workers an adopted Kamailio knew that did not come back."""
        for worker_id in sorted(set(self._workers) - keep):
            log.info("SIP edge: media worker %s of the previous run is gone: removed", worker_id)
            with contextlib.suppress(EdgeRpcError, KeyError):
                await self.remove_worker(worker_id)

    async def start(self, heartbeat: bool = True) -> None:
        """Check the config, start Kamailio (or adopt the one an earlier coordinator left
        running), wait for its control socket, supervise it. With `heartbeat` (again on a
        running edge) tell it every second that the coordinator takes calls; a restarting
        coordinator starts it once its workers and call handling are up."""
        if self.running:
            if heartbeat and self._beat_task is None:
                self._beat_task = asyncio.create_task(self._beat(), name="edge-heartbeat")
            return
        if not await self._adopt():
            self.check_installed()
            self.check_ports()
            await self.check_config()
            self._stopping = False
            await self._spawn()
        self._stopping = False
        self._watch_task = asyncio.create_task(self._watch(), name="kamailio-edge-watch")
        if heartbeat:
            self._beat_task = asyncio.create_task(self._beat(), name="edge-heartbeat")

    def stopping(self) -> None:
        """The coordinator is stopping: a Kamailio that exits from now on (a service
        manager SIGTERMs the whole unit at once) is not restarted; `stop` follows."""
        self._stopping = True

    async def stop(self, timeout: float = 5.0) -> None:
        """Terminate Kamailio and its children; no process is left behind."""
        self._stopping = True
        if self._beat_task is not None:
            self._beat_task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._beat_task
            self._beat_task = None
        if self._watch_task is not None:
            self._watch_task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._watch_task
            self._watch_task = None
        await self._terminate(timeout)
        self._rpc.close()
        with contextlib.suppress(FileNotFoundError):
            self.pid_file.unlink()

    async def _spawn(self, restart: bool = False) -> None:
        s = self.settings
        for stale in (s.jsonrpc_socket, s.ctl_socket):
            with contextlib.suppress(FileNotFoundError):
                stale.unlink()
        with open(s.log_path, "ab") as log_file:
            log_file.write(f"--- edge start {time.strftime('%Y-%m-%d %H:%M:%S')} ---\n".encode())
            log_file.flush()
            self._proc = await asyncio.create_subprocess_exec(
                self._binary, "-f", str(s.config_path), "-DD", "-E",
                "-m", str(s.shm_mb), "-M", str(s.pkg_mb),
                stdin=asyncio.subprocess.DEVNULL, stdout=log_file, stderr=log_file,
                start_new_session=True,
            )  # fmt: skip
        self.pid_file.write_text(f"{self._proc.pid}\n", "ascii")
        try:
            await self._wait_ready()
            self._ready = True
        except BaseException:
            await self._terminate(2.0)
            raise
        for worker_id, state in self._states.items():
            await self.set_worker_state(worker_id, state)
        if restart:
            await self.keep_busy_out()
        for agent_id in self._signed_out:  # issue 12: refusals survive a restart
            await self.rpc("htable.seti", "signedout", agent_id, 1)
        if self._beat_task is not None:  # a restart: the coordinator is here all along
            with contextlib.suppress(EdgeRpcError):
                await self._heartbeat()
        self._on_event("edge_started", {"pid": self._proc.pid})

    async def _beat(self) -> None:
        """The heartbeat every `HEARTBEAT_S` while this coordinator runs the edge; workers
        kept out after a restart come back once their calls have ended."""
        while not self._stopping:
            if self._ready:
                with contextlib.suppress(EdgeRpcError):
                    await self._heartbeat()
                    await self._let_free_workers_in()
            await asyncio.sleep(HEARTBEAT_S)

    async def keep_busy_out(self) -> None:
        """After a Kamailio (re)start under live calls (a restart; a coordinator restart
        that could not adopt the old one): it has no dialogs or call loads for them, so a
        worker still carrying a call would look free (algorithm 10 counts dialogs) and get
        a second one. Such workers are disabled until the coordinator sees their calls end."""
        busy = self.busy_workers() if self.busy_workers is not None else set()
        self._kept_out = set()
        for worker_id in sorted(busy & set(self._workers) - set(self._states)):
            await self.rpc("dispatcher.set_duid_state", WorkerState.DISABLED.value, 1, worker_id)
            self._kept_out.add(worker_id)
        if self._kept_out:
            log.info(
                "SIP edge restarted: media workers %s carry calls it no longer counts; "
                "kept out of new calls until those end",
                ", ".join(sorted(self._kept_out)),
            )

    async def _let_free_workers_in(self) -> None:
        if not self._kept_out or self.busy_workers is None:
            return
        for worker_id in sorted(self._kept_out - self.busy_workers()):
            self._kept_out.discard(worker_id)
            if worker_id in self._workers and worker_id not in self._states:
                await self.rpc("dispatcher.set_duid_state", WorkerState.ACTIVE.value, 1, worker_id)
                log.info("SIP edge: media worker %s is free again: takes new calls", worker_id)

    async def _heartbeat(self) -> None:
        """Tell Kamailio the coordinator is here (issue 19): without a heartbeat for a few
        seconds it holds new callers ringing instead of answering 503 (see the config's
        route NO_WORKER)."""
        await self._rpc.call("htable.seti", "coordinator", "seen", int(time.time()), timeout=1.0)

    async def _wait_ready(self) -> None:
        assert self._proc is not None
        deadline = time.monotonic() + self._start_timeout
        while time.monotonic() < deadline:
            if self._proc.returncode is not None:
                break
            if self.settings.jsonrpc_socket.exists():
                with contextlib.suppress(EdgeRpcError):
                    await self._rpc.call("core.version", timeout=0.5)
                    return
            await asyncio.sleep(0.05)
        raise EdgeStartError(
            f"Kamailio did not come up (exit code {self._proc.returncode}); "
            f"log {self.settings.log_path}:\n{self.log_tail()}"
        )

    async def _terminate(self, timeout: float) -> None:
        self._ready = False
        proc, self._proc = self._proc, None
        if proc is None:
            return
        if proc.returncode is None:
            with contextlib.suppress(ProcessLookupError):
                proc.send_signal(signal.SIGTERM)
            try:
                await asyncio.wait_for(proc.wait(), timeout)
            except TimeoutError:
                log.warning("kamailio %s ignored SIGTERM; killing its process group", proc.pid)
        # the group is Kamailio's own session: catches children the main process left
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(proc.pid, signal.SIGKILL)
        await proc.wait()
        for _ in range(100):  # until the kernel has taken every member of the group down
            if not live_group_members(proc.pid):
                break
            await asyncio.sleep(0.02)

    async def _watch(self) -> None:
        backoff = self._backoff_initial
        while not self._stopping:
            assert self._proc is not None
            started = time.monotonic()
            code = await self._exited_or_hung(self._proc)
            if self._stopping:
                self._ready = False  # gone with the coordinator (a unit stopped as one)
                return
            await self._terminate(1.0)
            if time.monotonic() - started > 60:
                backoff = self._backoff_initial
            how = "was hung (killed)" if code == "hung" else f"exited with {code}"
            log.error("kamailio %s; restarting in %.1f s", how, backoff)
            self._on_event("edge_exited", {"exit_code": code, "restart_in": backoff})
            while not self._stopping:
                await asyncio.sleep(backoff)
                backoff = min(backoff * 2, self._backoff_max)
                try:
                    self.render()
                    await self._spawn(restart=True)
                    self.restarts += 1
                    break
                except Exception as exc:  # keep supervising whatever went wrong
                    log.error("kamailio restart failed: %s", exc)

    async def _exited_or_hung(
        self, proc: asyncio.subprocess.Process | _AdoptedProcess
    ) -> int | str:
        """Its exit code, or "hung" once it has missed `probe_misses` control-socket
        probes in a row while its process is still there."""
        exited = asyncio.ensure_future(proc.wait())  # one waiter for the whole watch
        misses = 0
        try:
            while True:
                done, _ = await asyncio.wait({exited}, timeout=self._probe_interval)
                if done:
                    return exited.result()
                if self._stopping:  # `stop` terminates it: waiting here could hang `stop`
                    return "stopping"
                try:
                    await self._rpc.call("core.version", timeout=self._probe_interval)
                except EdgeRpcError as exc:
                    if proc.returncode is not None:
                        continue  # it exited meanwhile: reported as such above
                    misses += 1
                    self._ready = False  # /health: down while it does not answer
                    log.warning(
                        "kamailio %s did not answer its control socket (%d of %d): %s",
                        proc.pid,
                        misses,
                        self._probe_misses,
                        exc,
                    )
                    if misses >= self._probe_misses:
                        log.error("kamailio %s is hung: killing its process group", proc.pid)
                        return "hung"
                else:
                    misses, self._ready = 0, True
        finally:
            if not exited.done():
                exited.cancel()

    def log_tail(self, lines: int = 30) -> str:
        try:
            text = self.settings.log_path.read_text("utf-8", errors="replace")
        except FileNotFoundError:
            return ""
        return "\n".join(text.splitlines()[-lines:])

    # ---- control ------------------------------------------------------------------------
    async def rpc(self, method: str, *params: Any) -> Any:
        """Any Kamailio RPC command (``dispatcher.reload`` is refused: it resets call loads)."""
        if method == "dispatcher.reload":
            raise EdgeRpcError(method, "refused: it resets the call load of live calls")
        return await self._rpc.call(method, *params)

    async def add_worker(self, worker_id: str, sip_uri: str, max_load: int | None = None) -> None:
        """Put a media worker into the pool; it takes calls at once.

        ``max_load`` (calls at a time) defaults to ``settings.calls_per_worker``. Adding
        the same worker again is a no-op; the same id with another URI is an error.
        """
        spec = WorkerSpec(worker_id, sip_uri, max_load or self.settings.calls_per_worker)
        validate_worker(spec)
        known = self._workers.get(worker_id)
        if known == spec:
            return
        if known is not None:
            raise ValueError(f"worker {worker_id} is already in the pool as {known.sip_uri}")
        await self.rpc("dispatcher.add", 1, sip_uri, 0, 0, spec.attrs())
        self._workers[worker_id] = spec

    async def remove_worker(self, worker_id: str, sip_uri: str | None = None) -> None:
        """Take a worker out of the pool; its calls in progress are not touched.

        ``sip_uri`` is only needed for a worker this edge object did not add.
        """
        known = self._workers.get(worker_id)
        uri = known.sip_uri if known is not None else sip_uri
        if uri is None:
            raise KeyError(worker_id)
        try:
            if self.ready:
                await self.rpc("dispatcher.remove", 1, uri)
        except EdgeRpcError:
            if self.ready:
                raise
        if not self.ready:  # stopped or dead: its next start lists the pool without it
            log.info("SIP edge down: media worker %s left its pool", worker_id)
        self._workers.pop(worker_id, None)
        self._states.pop(worker_id, None)
        self._kept_out.discard(worker_id)

    async def set_worker_state(self, worker_id: str, state: WorkerState) -> None:
        """Drain (INACTIVE), re-enable (ACTIVE) or probe (PROBING) a worker.

        A drain is Kamailio's disabled state ("d"): in its inactive state ("i") the
        dispatcher's OPTIONS probing (ds_probing_mode 1) makes a worker that answers a
        probe active again within one ping interval, undoing the drain."""
        if worker_id not in self._workers:
            raise KeyError(worker_id)
        value = WorkerState.DISABLED.value if state is WorkerState.INACTIVE else state.value
        await self.rpc("dispatcher.set_duid_state", value, 1, worker_id)
        log.info("SIP edge: media worker %s set %s", worker_id, state.name.lower())
        self._kept_out.discard(worker_id)  # the caller's state wins
        if state is WorkerState.ACTIVE:
            self._states.pop(worker_id, None)
        else:
            self._states[worker_id] = state

    async def end_worker_calls(self, sip_address: str) -> int:
        """End the SIP dialogs of a media worker that died (host:port), on its behalf:
        BYE to the callers, CANCEL to the phones it was ringing (see edge/dialogs.py)."""
        return await end_dialogs_of(self.rpc, sip_address)

    async def list_workers(self) -> list[WorkerStatus]:
        try:
            return parse_dispatcher_list(await self.rpc("dispatcher.list"))
        except EdgeRpcError as exc:
            if "No Destination Sets" in str(exc):  # every worker was removed
                return []
            raise

    def configured_workers(self) -> list[WorkerSpec]:
        return list(self._workers.values())

    async def agent_signed_out(self, agent_id: str) -> None:
        """Issue 12: refuse this agent's REGISTERs and own calls (its credentials may not have
        expired yet) and drop its registered contacts, so no call can reach it."""
        self._signed_out.add(agent_id)
        await self.rpc("htable.seti", "signedout", agent_id, 1)
        with contextlib.suppress(EdgeRpcError):  # not registered: nothing to drop
            await self.rpc("ul.rm", "location", agent_id)

    async def agent_signed_in(self, agent_id: str) -> None:
        """The agent may register again (with the credentials of this sign-in)."""
        self._signed_out.discard(agent_id)
        with contextlib.suppress(EdgeRpcError):
            await self.rpc("htable.delete", "signedout", agent_id)

    async def registered_agents(self) -> dict[str, list[str]]:
        """Agent id -> registered contact URIs."""
        return parse_ul_dump(await self.rpc("ul.dump"))

    async def registrations(self) -> dict[str, str]:
        """Agent id -> a token that changes whenever its phone (re-)registers (PhoneWatch)."""
        return parse_ul_registrations(await self.rpc("ul.dump"))

    async def stats(self) -> dict[str, int]:
        """Edge counters since the last (re)start: edge_no_worker, edge_dispatched, ..."""
        return parse_statistics(await self.rpc("stats.get_statistics", "script:"))

    async def blocked_call_count(self) -> int:
        """Calls answered 503 because no worker was free (since the last restart)."""
        return (await self.stats()).get("edge_no_worker", 0)

    def replace_settings(self, **changes: Any) -> None:
        """Change settings for the next (re)start, e.g. the log level."""
        self.settings = dataclasses.replace(self.settings, **changes)
