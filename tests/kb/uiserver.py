"""A real coordinator on a loopback port in a background thread, and a qasync loop, for
the KB panel's UI tests (the panel talks real HTTP to it through httpx)."""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from collections.abc import Callable
from pathlib import Path

import httpx
import uvicorn

from server_stub import demo
from server_stub.app import build_services, create_app
from server_stub.config import ServerConfig
from server_stub.kb.demo import seed_kb
from tests.server.conftest import fast_passwords


class ThreadedServer:
    def __init__(self, data_dir: Path) -> None:
        passwords = fast_passwords()
        services = build_services(
            ServerConfig(data_dir=data_dir, http_port=0, sip_port=5999), passwords=passwords
        )
        services.runner.run_sync(lambda s: demo.seed(s, passwords, time.time()))
        services.runner.run_sync(lambda s: seed_kb(s, time.time()))
        self._sock = socket.socket()
        self._sock.bind(("127.0.0.1", 0))
        self.base_url = f"http://127.0.0.1:{self._sock.getsockname()[1]}"
        self._server = uvicorn.Server(uvicorn.Config(create_app(services), log_level="warning"))
        self._thread = threading.Thread(
            target=self._server.run, kwargs={"sockets": [self._sock]}, daemon=True
        )

    def start(self) -> None:
        self._thread.start()
        deadline = time.monotonic() + 20
        while not self._server.started:  # start-up wait in a fixture, not an assertion
            if time.monotonic() > deadline or not self._thread.is_alive():
                raise RuntimeError("the test server did not start")
            time.sleep(0.02)

    def stop(self) -> None:
        self._server.should_exit = True
        self._thread.join(20)

    def token(self, agent_id: str) -> str:
        r = httpx.post(
            f"{self.base_url}/api/v1/auth/login",
            json={"agent_id": agent_id, "password": demo.DEMO_PASSWORD},
        )
        r.raise_for_status()
        return str(r.json()["token"])


def run_until(
    loop: asyncio.AbstractEventLoop, predicate: Callable[[], bool], timeout: float = 15.0
) -> None:
    """Run the qasync loop (and so Qt) until `predicate()` holds; fail after `timeout`."""

    async def wait() -> None:
        while not predicate():
            await asyncio.sleep(0.02)

    loop.run_until_complete(asyncio.wait_for(wait(), timeout))
