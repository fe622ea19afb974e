"""The real product (coordinator, Kamailio edge, media workers) as a process on free ports."""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
from argon2 import PasswordHasher

from server_stub import demo
from server_stub.security.passwords import Passwords
from server_stub.store import SqliteStore
from tests.support.net import free_port, free_sip_port

ROOT = Path(__file__).resolve().parents[2]
DID = "4009000000"
FIRST_AGENT = 2001
ADMIN = "9000"


def prepare(data_dir: Path, agents: int) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    store = SqliteStore(data_dir / "callcenter.db")
    passwords = Passwords(PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
    now = time.time()
    demo.seed(store, passwords, now)  # admin 9000, lead 9001, reason codes, ...
    password_hash = passwords.hash(demo.DEMO_PASSWORD)
    with store.transaction():
        store.upsert_queue(
            {
                "name": "bench",
                "display_name": "Bench",
                "ring_timeout": 10,
                "wrap_up_seconds": 0,
                "service_level_threshold": 20,
            }
        )
        for i in range(agents):
            agent_id = str(FIRST_AGENT + i)
            store.upsert_agent(
                {
                    "agent_id": agent_id,
                    "name": f"Bench {agent_id}",
                    "role": "agent",
                    "team": None,
                    "password_hash": password_hash,
                    "enabled": 1,
                    "created_at": now,
                }
            )
            store.set_member(agent_id, "bench", level=1, position=i + 1)
        store.upsert_did(DID, "bench", "direct", "Bench line: straight to the bench queue")
    store.close()


@dataclass
class Product:
    base: str
    sip: str
    data_dir: Path
    proc: subprocess.Popen[bytes]
    client: httpx.AsyncClient

    async def api(
        self, method: str, path: str, token: str | None = None, **kw: Any
    ) -> httpx.Response:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        return await self.client.request(
            method, f"{self.base}/api/v1{path}", headers=headers, timeout=30, **kw
        )

    async def login(self, agent_id: str) -> dict[str, Any]:
        r = await self.api(
            "POST", "/auth/login", json={"agent_id": agent_id, "password": demo.DEMO_PASSWORD}
        )
        r.raise_for_status()
        return r.json()  # type: ignore[no-any-return]


# The media workers' settings before the capacity work (issue 19): RTP on the owner
# (Python) thread's ioqueue, a 20 ms loop during calls, a 16 kHz bridge with pjmedia's
# full resampling filter (quality 8). `bench/calls.py --compare` runs these first.
BASELINE_MEDIA_ENV = {
    "CALLCENTER_MEDIA_THREAD": "0",
    "CALLCENTER_MEDIA_ACTIVE_WAIT": "20",
    "CALLCENTER_MEDIA_CLOCK": "16000",
    "CALLCENTER_MEDIA_QUALITY": "8",
    "CALLCENTER_MEDIA_FRAME_MS": "20",
}


def start_product(
    work: Path,
    agents: int,
    max_workers: int,
    log_level: str,
    agent_srtp: str = "optional",
    extra_args: tuple[str, ...] = (),
    media_env: dict[str, str] | None = None,
) -> tuple[subprocess.Popen[bytes], str, str]:
    """Start `python -m server_stub run`; log_level is its --log-level (--product-log-level),
    agent_srtp its --agent-srtp (the agent phones follow the login, as desktops do),
    extra_args more of its options (e.g. --media-clock-rate). media_env: the media workers'
    CALLCENTER_MEDIA_* settings (None: none, so the product's own defaults apply)."""
    data_dir = work / "data"
    prepare(data_dir, agents)
    http, sip = free_port(), free_sip_port()
    log = (work / "server.log").open("wb")
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "server_stub",
            "run",
            "--data-dir",
            str(data_dir),
            "--http-port",
            str(http),
            "--sip-port",
            str(sip),
            "--log-level",
            log_level,
            "--max-workers",
            str(max_workers),
            "--agent-srtp",
            agent_srtp,
            *extra_args,
        ],
        stdout=log,
        stderr=subprocess.STDOUT,
        cwd=ROOT,
        start_new_session=True,
        env=_product_env(media_env),
    )
    log.close()
    return proc, f"http://127.0.0.1:{http}", f"127.0.0.1:{sip}"


def _product_env(media_env: dict[str, str] | None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CALLCENTER_MEDIA_")}
    return {**env, **(media_env or {}), "PYTHONUNBUFFERED": "1"}


async def wait_healthy(product: Product, work: Path) -> None:
    deadline = time.monotonic() + 60
    while True:
        try:
            health = (await product.api("GET", "/health")).json()
            if health["checks"].get("media_workers") == "ok":
                return
        except (httpx.TransportError, ValueError, KeyError):
            pass
        if product.proc.poll() is not None or time.monotonic() > deadline:
            raise RuntimeError("product did not start:\n" + (work / "server.log").read_text())
        await asyncio.sleep(0.2)


def stop_product(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=5)
    # Anything of the product's session still alive (workers, Kamailio) goes too.
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(proc.pid, signal.SIGKILL)
