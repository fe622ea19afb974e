"""Starts and stops the call path with the coordinator: Kamailio edge, media worker pool,
and the Telephony service that joins them to the ACD."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import sys
from dataclasses import dataclass

import httpx

from server_stub.app import Services, database_check
from server_stub.edge.config import EdgeSettings
from server_stub.edge.supervisor import KamailioEdge
from server_stub.health_watch import HealthWatch
from server_stub.media.pool import PoolConfig, WorkerPool
from server_stub.telephony.phone_watch import PhoneWatch
from server_stub.telephony.service import Telephony

log = logging.getLogger(__name__)


@dataclass
class CallPath:
    edge: KamailioEdge
    pool: WorkerPool
    telephony: Telephony
    phones: PhoneWatch | None = None
    health: HealthWatch | None = None

    async def stop(self) -> None:
        if self.health is not None:
            await self.health.stop()
        if self.phones is not None:
            await self.phones.stop()
        # Live calls were ended before (Services.stop). The workers end what is left and
        # finalise recordings; their last events are handled; then the edge goes.
        try:
            await self.pool.stop()
        finally:  # whatever failed, no Kamailio is left running
            try:
                await self.telephony.stop()
            finally:
                await self.edge.stop()


def attach_call_path(services: Services) -> None:
    """Start the call path with the services and stop it before them."""
    started: list[CallPath] = []

    async def start() -> None:
        started.append(await start_call_path(services, services.sip_secret))
        services.call_path = started[-1]

    async def stop() -> None:
        services.call_path = None
        services.auth.sip_edge = None
        while started:
            await started.pop().stop()

    services.startup.append(start)
    services.shutdown.append(stop)


def make_edge(services: Services) -> KamailioEdge:
    config = services.config
    cert, key = config.sip_tls_files or (None, None)
    return KamailioEdge(
        EdgeSettings(
            secret=services.sip_secret,
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


async def start_call_path(services: Services, secret: bytes) -> CallPath:
    """Start edge, workers and telephony; raises with a clear message when impossible."""
    config = services.config
    edge = make_edge(services)
    edge.check_installed()  # EdgeNotInstalledError says how to install Kamailio
    await edge.start()
    edge_address = f"{config.sip_host}:{config.sip_port}"
    telephony: Telephony | None = None

    def on_event(handle, event):  # type: ignore[no-untyped-def]
        if telephony is not None:
            telephony.on_worker_event(handle, event)

    pool = WorkerPool(
        PoolConfig(
            min_workers=config.min_workers,
            max_workers=config.max_workers,
            min_spare=config.spare_workers,
            max_spare=config.spare_workers * 2,
            sip_host=config.sip_host,
        ),
        on_event=on_event,
        on_worker_added=edge.add_worker,
        on_worker_removed=edge.remove_worker,
    )
    telephony = Telephony(
        services.runner,
        services.acd,
        pool,
        edge_address,
        config.recordings_dir,
        services.clock,
        trunk=config.trunk,
        agent_srtp=config.agent_srtp,
        release_sip=edge.end_worker_calls,
        prompts_dir=config.prompts_dir,
    )
    await telephony.start()
    services.admin.listeners.append(telephony.reload)
    try:
        await pool.start()
    except Exception:
        await telephony.stop()
        await edge.stop()
        raise
    services.acd.set_control(telephony)
    await services.auth.attach_sip_edge(edge)  # sign-out drops the registration (issue 12)
    services.checks["sip_edge"] = lambda: "ok" if edge.ready else "down"
    services.checks["media_workers"] = lambda: (
        "ok" if any(w.alive for w in pool.workers.values()) else "none"
    )
    log.info("SIP edge on %s (udp+tcp), %d media workers", edge_address, len(pool.workers))
    phones = PhoneWatch(
        services.agents, edge.registrations, lambda: edge.ready, config.phone_check_seconds
    )
    phones.start()
    services.checks["recordings"] = telephony.recordings_health.check
    health = HealthWatch(
        lambda: {
            "database": database_check(services.runner),
            **{name: check() for name, check in services.checks.items()},
        },
        services.bus,
    )
    health.start()
    return CallPath(edge, pool, telephony, phones, health)


SIMULATED_AGENTS = ("1003", "1004", "1005")


def attach_simulator(services: Services) -> None:
    """`run --demo --simulate`: once the API answers, start `callcenter-sim demo` with
    agents 1003-1005 and a trickle of customers; stop it before the call path."""
    config = services.config
    state: dict[str, object] = {}

    async def launch() -> None:
        base = f"http://{config.http_host}:{config.http_port}"
        async with httpx.AsyncClient() as client:
            for _ in range(300):  # the API starts serving right after the start-up hooks
                with contextlib.suppress(httpx.TransportError):
                    if (await client.get(f"{base}/api/v1/health")).status_code == 200:
                        break
                await asyncio.sleep(0.1)
        state["proc"] = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "server_stub.sim",
            "demo",
            "--server",
            base,
            "--edge",
            f"{config.sip_host}:{config.sip_port}",
            "--agents",
            *SIMULATED_AGENTS,
            "--interval",
            "12",
            "--log-level",
            "WARNING",
        )
        log.info("simulated agents %s and customers started", ", ".join(SIMULATED_AGENTS))

    async def start() -> None:
        state["task"] = asyncio.create_task(launch())

    async def stop() -> None:
        task = state.get("task")
        if isinstance(task, asyncio.Task):
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)
        proc = state.get("proc")
        if isinstance(proc, asyncio.subprocess.Process) and proc.returncode is None:
            proc.send_signal(signal.SIGINT)
            try:
                await asyncio.wait_for(proc.wait(), 10)
            except TimeoutError:
                proc.kill()
                await proc.wait()

    services.startup.append(start)
    services.shutdown.append(stop)
