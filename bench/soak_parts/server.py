"""The product under soak: `python -m server_stub run` on fixed ports and one data dir,
so it can be killed (-9) and started again exactly as before."""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx

from server_stub.data_lock import find_orphans, stop_processes
from tests.support.net import free_port, free_sip_port

ROOT = Path(__file__).resolve().parents[2]


class ServerDown(RuntimeError):
    """The product did not become healthy."""


class Server:
    """One product process at a time on `data_dir`; `start()` again after a kill."""

    def __init__(
        self,
        work: Path,
        max_workers: int,
        sip_host: str = "127.0.0.1",
        extra_args: list[str] | None = None,
    ) -> None:
        self.work, self.data_dir = work, work / "data"
        self.extra_args = list(extra_args or ())  # e.g. --database postgresql://…
        self.max_workers, self.sip_host = max_workers, sip_host
        self.http_port, self.sip_port = free_port(), free_sip_port()
        self.base = f"http://127.0.0.1:{self.http_port}"
        self.edge = f"{sip_host}:{self.sip_port}"
        self.proc: subprocess.Popen[bytes] | None = None
        self.starts = 0
        self.client = httpx.AsyncClient(timeout=15)

    @property
    def owner(self) -> str:
        return str(self.data_dir.resolve())

    def start(self) -> None:
        self.starts += 1
        log = (self.work / "server.log").open("ab")
        log.write(f"\n=== soak: server start #{self.starts} at {time.ctime()} ===\n".encode())
        log.flush()
        self.proc = subprocess.Popen(
            [
                sys.executable, "-m", "server_stub", "run",
                "--data-dir", str(self.data_dir),
                "--http-port", str(self.http_port),
                "--sip-host", self.sip_host,
                "--sip-port", str(self.sip_port),
                "--log-level", "info",
                "--max-workers", str(self.max_workers),
                *self.extra_args,
            ],
            stdout=log,
            stderr=subprocess.STDOUT,
            cwd=ROOT,
            start_new_session=True,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )  # fmt: skip
        log.close()

    async def api(self, method: str, path: str, token: str | None = None, **kw: Any) -> Any:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        r = await self.client.request(method, f"{self.base}/api/v1{path}", headers=headers, **kw)
        r.raise_for_status()
        return r.json() if r.content else None

    async def health(self) -> dict[str, Any]:
        try:
            return dict((await self.api("GET", "/health"))["checks"])
        except (httpx.HTTPError, ValueError, KeyError, TypeError):
            return {}

    async def wait_healthy(self, timeout: float = 60.0) -> float:
        """Seconds until /health says the workers and the edge are ok; ServerDown if the
        process exits or the time runs out."""
        t0 = time.monotonic()
        while True:
            checks = await self.health()
            if checks.get("media_workers") == "ok" and checks.get("sip_edge", "ok") == "ok":
                return time.monotonic() - t0
            if self.proc is None or self.proc.poll() is not None:
                raise ServerDown(f"server exited with {self.proc and self.proc.returncode}")
            if time.monotonic() - t0 > timeout:
                raise ServerDown(f"not healthy after {timeout:.0f} s: {checks}")
            await asyncio.sleep(0.2)

    def kill9(self) -> None:
        """kill -9 the coordinator only; its edge and workers are left as a crash leaves them."""
        assert self.proc is not None
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(10)

    def children(self) -> list[tuple[int, str]]:
        """(pid, "media worker" | "Kamailio") of this product's processes."""
        return find_orphans(self.owner, {os.getpid()})

    def stop_orphans(self) -> list[tuple[int, str]]:
        found = self.children()
        stop_processes([pid for pid, _ in found], 2.0)
        return found

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
        with contextlib.suppress(ProcessLookupError, PermissionError):
            if self.proc is not None:
                os.killpg(self.proc.pid, signal.SIGKILL)
        self.stop_orphans()

    async def close(self) -> None:
        await self.client.aclose()
