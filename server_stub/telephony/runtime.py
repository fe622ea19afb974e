"""`run --demo --simulate`: simulated agents and customers started with the server (the
call path itself is `telephony/call_path.py`)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import sys

import httpx

from server_stub.services import Services

log = logging.getLogger(__name__)


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
