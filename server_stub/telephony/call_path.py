"""CallPath: the SIP side's life cycle. Built with the services (edge and worker pool
configured, nothing running), started after the core and stopped before it; while it runs
it is the ACD's call control, forwarding to the Telephony service."""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
import os
import secrets
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from server_stub.agents.service import AgentService
from server_stub.auth.service import AuthService
from server_stub.calls.control import CallControl, NoCallControl
from server_stub.calls.outbound import Outbound
from server_stub.calls.recovery import open_calls
from server_stub.calls.service import AcdService
from server_stub.config import ServerConfig
from server_stub.data_lock import stop_processes
from server_stub.edge.config import EdgeSettings
from server_stub.edge.supervisor import KamailioEdge
from server_stub.events import EventBus
from server_stub.health_watch import HealthWatch
from server_stub.media import wire
from server_stub.media.pool import PoolConfig, WorkerHandle, WorkerPool
from server_stub.store import StoreRunner
from server_stub.store.base import Row
from server_stub.telephony import prompts
from server_stub.telephony.phone_watch import PhoneWatch
from server_stub.telephony.service import Telephony
from server_stub.telephony.takeback import TakeBack, match_stored

log = logging.getLogger(__name__)


def make_edge(config: ServerConfig, secret: bytes) -> KamailioEdge:
    """The Kamailio edge as the config says (not started)."""
    cert, key = config.sip_tls_files or (None, None)
    return KamailioEdge(
        EdgeSettings(
            secret=secret,
            runtime_dir=config.data_dir / "edge",
            sip_port=config.sip_port,
            bind_host=config.sip_host,
            calls_per_worker=1,
            pike_density=config.sip_flood_limit,
            tls_port=config.sip_tls_port if cert else None,
            tls_cert=cert,
            tls_key=key,
        )
    )


def control_secret(media_dir: Path) -> str:
    """The media workers' control secret: `<data-dir>/media/secret` (mode 0600), made
    once and kept, so workers that outlive a coordinator are known to the next one."""
    media_dir.mkdir(parents=True, exist_ok=True)
    path = media_dir / "secret"
    with contextlib.suppress(FileExistsError):
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="ascii") as f:
            f.write(secrets.token_urlsafe(32) + "\n")
    os.chmod(path, 0o600)
    return path.read_text("ascii").strip()


def control_socket(data_dir: Path) -> str:
    """`<data-dir>/media/control.sock`, or an abstract socket named after the data
    directory when that path is too long for a Unix socket (107 bytes)."""
    path = str(data_dir / "media" / "control.sock")
    if len(path.encode()) < 100:
        return path
    digest = hashlib.sha256(str(data_dir.resolve()).encode()).hexdigest()[:24]
    return f"@callcenter-media-{digest}"


class CallPath:
    """Kamailio edge, media worker pool and Telephony, started and stopped as one."""

    def __init__(
        self,
        config: ServerConfig,
        secret: bytes,
        runner: StoreRunner,
        bus: EventBus,
        clock: Callable[[], float],
        agents: AgentService,
        auth: AuthService,
        checks: dict[str, Callable[[], str]],
        database_check: Callable[[], str],
    ) -> None:
        self._config = config
        self._runner = runner
        self._bus = bus
        self._clock = clock
        self._agents = agents
        self._auth = auth
        self._checks = checks  # /health entries; the call path adds its own
        self._database_check = database_check
        self.edge = make_edge(config, secret)
        self.edge_address = f"{config.sip_host}:{config.sip_port}"
        media_dir = config.data_dir / "media"
        # What the previous run left running (data_lock's `kept`): taken back at start.
        self.survivors: list[tuple[int, str]] = []
        self._taken: TakeBack | None = None
        self.pool = WorkerPool(
            PoolConfig(
                min_workers=min(config.min_workers, config.max_workers),  # at most max
                max_workers=config.max_workers,
                min_spare=config.spare_workers,
                max_spare=config.spare_workers * 2,
                sip_host=config.sip_host,
                control_path=control_socket(config.data_dir),
                secret=control_secret(media_dir),
                secret_file=str(media_dir / "secret"),
                hold_over_s=config.media_hold_over,
                # media hosts (issue 19): their workers' listener, and where their
                # recordings may be uploaded to
                remote_listen=config.media_listen,
                remote_tls=(
                    (str(config.media_tls_files[0]), str(config.media_tls_files[1]))
                    if config.media_tls_files
                    else None
                ),
                edge_address=self.edge_address,
                upload_roots=(str(config.recordings_dir),),  # calls' and voicemail
                # the same --media-* settings for the hosts' workers, in their hello
                media_settings=media_host_settings(config),
                # what media hosts may fetch: prompts (uploaded and built in), music,
                # the spoken announcements to waiting callers, campaigns' messages
                media_roots=tuple(
                    str(d)
                    for d in (
                        config.prompts_dir,
                        prompts.PROMPTS_DIR,
                        prompts.MOH_DIR,
                        config.data_dir / "spoken",
                        config.data_dir / "campaigns",
                    )
                ),
                # new calls reach a worker only through the edge (issue 12)
                worker_args=("--edge", self.edge_address, *media_worker_args(config)),
            ),
            on_event=self._on_worker_event,
            on_worker_added=self.edge.add_worker,
            on_worker_removed=self.edge.remove_worker,
        )
        # after a Kamailio restart the edge keeps these out of new calls until they end
        self.edge.busy_workers = lambda: {w for w, h in self.pool.workers.items() if h.legs}
        self.telephony: Telephony | None = None  # from start to stop: gets worker events
        # Told of each voicemail stored (its row): the desktops of its box hear of it.
        self.on_voicemail: Callable[[Row], Awaitable[None]] | None = None
        self._serving: Telephony | None = None  # from started to stop: gets the ACD's commands
        self._stopped = NoCallControl()  # the ACD's commands while nothing runs
        self._phones: PhoneWatch | None = None
        self._health: HealthWatch | None = None

    @property
    def running(self) -> bool:
        """Started (edge, workers and telephony up) and not stopped."""
        return self._serving is not None

    def _on_worker_event(self, handle: WorkerHandle, event: wire.Event) -> None:
        if self.telephony is not None:
            self.telephony.on_worker_event(handle, event)

    async def _voicemail_left(self, row: Row) -> None:
        if self.on_voicemail is not None:
            await self.on_voicemail(row)

    async def reload(self) -> None:
        """An admin changed numbers or queues: the next call uses them."""
        if self.telephony is not None:
            await self.telephony.reload()

    async def take_back(self) -> TakeBack | None:
        """Before the core loads: adopt the Kamailio and re-attach the media workers the
        previous run left (`survivors`), and find which of its calls go on (see
        `takeback`). None when it left nothing running."""
        workers = {pid for pid, what in self.survivors if what == "media worker"}
        kamailio = [pid for pid, what in self.survivors if what == "Kamailio"]
        if not workers and not kamailio:
            return None
        if kamailio and self.edge.adoptable() is None:
            log.warning(
                "reclaiming Kamailio %s left by the previous run (no pid file to adopt it by)",
                ", ".join(map(str, sorted(kamailio))),
            )
            await asyncio.to_thread(stop_processes, kamailio)
        self.edge.check_installed()
        # adopts the running one when it can; no heartbeat yet: until `start` is done the
        # edge holds new callers ringing rather than send them to a worker nobody serves
        await self.edge.start(heartbeat=False)
        handles = await self.pool.reattach(workers, timeout=5.0)
        if self.edge.adopted is not None:
            joined = {w.worker_id for w in self.pool.workers.values() if w.remote}
            await self.edge.forget_workers({h.worker_id for h in handles} | joined)
        elif handles:  # a new Kamailio: the calls held over are not in its call loads
            await self.edge.keep_busy_out()
        rows = await self._runner.run(open_calls)
        taken = await self._runner.run(lambda s: match_stored(s, handles, rows))
        log.info(
            "coordinator restart: %d media worker(s) re-attached, %d call(s) taken back "
            "(%s), %d other leg(s) to hang up; %d open record(s) of the previous run",
            len(handles),
            len(taken.adopted),
            ", ".join(sorted(taken.call_ids)) or "none",
            len(taken.stray),
            len(rows),
        )
        for call_id, reason in sorted(taken.why.items()):  # for operators: why it ends now
            log.info("coordinator restart: call %s not taken back: %s", call_id, reason)
        for worker, leg_id in taken.stray:  # the worker's own view, to tell why (issue 19)
            status = worker.resumed_status or {}
            leg: dict[str, Any] = next(
                (lg for lg in status.get("legs", []) if lg.get("leg") == leg_id), {}
            )
            bridged = sorted(
                x for pair in status.get("bridges", []) if leg_id in pair for x in pair
            )
            log.info(
                "coordinator restart: worker %s leg %s not taken back: %s, bridged %s",
                worker.worker_id,
                leg_id,
                leg,
                [x for x in bridged if x != leg_id] or "to nothing",
            )
        self._taken = taken
        return taken

    async def start(self, acd: AcdService, outbound: Outbound) -> None:
        """Start edge, workers and telephony; raises with a clear message when impossible."""
        config = self._config
        self.edge.check_installed()  # EdgeNotInstalledError says how to install Kamailio
        await self.edge.start(heartbeat=False)  # the heartbeat once calls are handled
        telephony = Telephony(
            self._runner,
            acd,
            self.pool,
            self.edge_address,
            config.recordings_dir,
            self._clock,
            trunk=config.trunk,
            agent_srtp=config.agent_srtp,
            release_sip=self.edge.end_worker_calls,
            prompts_dir=config.prompts_dir,
            outbound=outbound,
            timezone=config.timezone,
            callback_retry_s=config.callback_retry_seconds,
            callback_attempts=config.callback_attempts,
            on_voicemail=self._voicemail_left,
        )
        self.telephony = telephony  # worker events from now on reach it
        try:
            await telephony.start()
            if self._taken is not None:
                await telephony.adopt(self._taken)
                self._taken = None
            await self.pool.start()
            self.pool.release_held()  # re-attached workers' events, after the adoption
        except Exception:
            self.telephony = None
            await telephony.stop()
            await self.edge.stop()
            raise
        self._serving = telephony  # the ACD's commands reach the workers from now on
        await self.edge.start()  # its heartbeat: new callers are no longer held (issue 19)
        await self._auth.attach_sip_edge(self.edge)  # sign-out drops the registration
        edge, pool = self.edge, self.pool
        self._checks["sip_edge"] = lambda: "ok" if edge.ready else "down"
        self._checks["media_workers"] = lambda: (
            "ok" if any(w.alive for w in pool.workers.values()) else "none"
        )
        log.info(
            "SIP edge on %s (udp+tcp), %d media workers (media options: %s)",
            self.edge_address,
            len(pool.workers),
            " ".join(media_worker_args(self._config)) or "defaults",
        )
        self._phones = PhoneWatch(
            self._agents,
            edge.registrations,
            lambda: edge.ready,
            config.phone_check_seconds,
            desktops=self._bus.connected_agents,
        )
        self._phones.start()
        await telephony.recordings_health.refresh()  # the folder probed before /health asks
        telephony.recordings_health.start()  # and every few seconds in a thread
        self._checks["recordings"] = telephony.recordings_health.check
        self._health = HealthWatch(
            lambda: {
                "database": self._database_check(),
                **{name: check() for name, check in self._checks.items()},
            },
            self._bus,
        )
        self._health.start()

    def stopping(self) -> None:
        """The server is stopping (before its live calls are ended): from now on a worker
        or Kamailio that exits (a service manager SIGTERMs the whole unit) is neither
        replaced nor restarted, and the edge being gone is no error."""
        self.edge.stopping()
        self.pool.closing()
        if self._health is not None:
            self._health.pause()

    async def stop(self) -> None:
        """Stop what started, in order; a call path that never started stops nothing."""
        telephony = self.telephony
        self._auth.sip_edge = None
        if telephony is None:
            return
        if self._health is not None:
            await self._health.stop()
        await telephony.recordings_health.stop()
        if self._phones is not None:
            await self._phones.stop()
        # Live calls were ended before (Services.stop). The workers end what is left and
        # finalise recordings; their last events are handled; then the edge goes.
        try:
            await self.pool.stop()
        finally:  # whatever failed, no Kamailio is left running
            try:  # the workers' last events (finalised recordings) are handled first
                await telephony.stop()
            finally:
                self.telephony = self._serving = None
                await self.edge.stop()

    # --- CallControl: the ACD's commands go to the running Telephony ----------------

    def _control(self) -> CallControl:
        return self._serving or self._stopped

    async def ring_agent(
        self, call_id: str, agent_id: str, timeout: float, headers: dict[str, str]
    ) -> None:
        await self._control().ring_agent(call_id, agent_id, timeout, headers)

    async def cancel_ring(self, call_id: str, agent_id: str) -> None:
        await self._control().cancel_ring(call_id, agent_id)

    async def overflow(self, call_id: str, target: str) -> None:
        await self._control().overflow(call_id, target)

    async def hangup(self, call_id: str, cause: str) -> None:
        await self._control().hangup(call_id, cause)

    async def hold(self, call_id: str, on_hold: bool) -> None:
        await self._control().hold(call_id, on_hold)

    async def dial(self, call_id: str, agent_id: str, number: str, caller_id: str) -> None:
        await self._control().dial(call_id, agent_id, number, caller_id)

    async def transfer_out(self, call_id: str, agent_id: str) -> None:
        await self._control().transfer_out(call_id, agent_id)

    async def play(self, call_id: str, path: str) -> None:
        await self._control().play(call_id, path)

    async def transfer_to_number(self, call_id: str, number: str) -> None:
        await self._control().transfer_to_number(call_id, number)

    async def monitor(self, call_id: str, supervisor_id: str, mode: str) -> None:
        await self._control().monitor(call_id, supervisor_id, mode)

    async def unmonitor(self, call_id: str, supervisor_id: str) -> None:
        await self._control().unmonitor(call_id, supervisor_id)

    async def consult(
        self,
        call_id: str,
        kind: str,
        target: str,
        headers: dict[str, str],
        timeout: float,
        caller_id: str | None,
    ) -> bool:
        return await self._control().consult(call_id, kind, target, headers, timeout, caller_id)

    async def consult_swap(self, call_id: str, to_customer: bool) -> None:
        await self._control().consult_swap(call_id, to_customer)

    async def consult_cancel(self, call_id: str) -> None:
        await self._control().consult_cancel(call_id)

    async def consult_complete(self, call_id: str) -> None:
        await self._control().consult_complete(call_id)

    async def conference(self, call_id: str) -> None:
        await self._control().conference(call_id)

    async def conference_drop(self, call_id: str, party: str) -> None:
        await self._control().conference_drop(call_id, party)

    async def conference_leave(self, call_id: str) -> str:
        return await self._control().conference_leave(call_id)

    async def takeover(self, call_id: str, supervisor_id: str) -> None:
        await self._control().takeover(call_id, supervisor_id)

    async def dial_internal(self, call_id: str, agent_id: str, target: str) -> None:
        await self._control().dial_internal(call_id, agent_id, target)


def media_host_settings(config: ServerConfig) -> tuple[tuple[str, Any], ...]:
    """What `media_worker_args` says, for media hosts' workers (the hello's `media`,
    server_stub/media/remote.py); unset ones stay the host's own defaults."""
    values = (
        ("clock_rate", config.media_clock_rate),
        ("quality", config.media_quality),
        ("frame_ms", config.media_frame_ms),
    )
    return tuple((key, value) for key, value in values if value is not None)


def media_worker_args(config: ServerConfig) -> tuple[str, ...]:
    """The media workers' audio options from the server's (`--media-clock-rate`,
    `--media-quality`, `--media-frame-ms`); none when unset, so the worker's defaults
    (and its environment, e.g. `CALLCENTER_MEDIA_CLOCK` in benches) apply."""
    args: tuple[str, ...] = ()
    if config.media_clock_rate is not None:
        args += ("--clock-rate", str(config.media_clock_rate))
    if config.media_quality is not None:
        args += ("--quality", str(config.media_quality))
    if config.media_frame_ms is not None:
        args += ("--frame-ms", str(config.media_frame_ms))
    return args
