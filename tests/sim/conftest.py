"""Fixtures for simulator tests: a real coordinator process and a Kamailio edge with its secret."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
import pytest_asyncio

from server_stub.edge.supervisor import KamailioEdge
from tests.edge.conftest import edge_settings, free_port
from tests.media.conftest import make_pool  # noqa: F401  (fixture re-exported)

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class Coordinator:
    url: str
    sip_port: int
    data_dir: Path
    process: subprocess.Popen[bytes]

    def secret(self) -> bytes:
        """The auth_ephemeral secret the server keeps in its settings table."""
        with sqlite3.connect(self.data_dir / "callcenter.db") as db:
            row = db.execute("SELECT value FROM settings WHERE key = 'sip_secret'").fetchone()
        assert row is not None, "server did not create its SIP secret"
        return str(row[0]).encode()


@pytest.fixture
def coordinator(tmp_path: Path) -> Iterator[Coordinator]:
    """`python -m server_stub run --demo --no-sip` (API only) on free ports."""
    yield from _run_server(tmp_path, "--no-sip")


@pytest.fixture
def coordinator_with_sip(tmp_path: Path) -> Iterator[Coordinator]:
    """`python -m server_stub run --demo` with its own edge and media workers."""
    yield from _run_server(tmp_path, "--max-workers", "4")


def _run_server(tmp_path: Path, *extra: str) -> Iterator[Coordinator]:
    http_port, sip_port = free_port(socket.SOCK_STREAM), free_port()
    data = tmp_path / "data"
    log = (tmp_path / "server.log").open("wb")
    proc = subprocess.Popen(
        [sys.executable, "-m", "server_stub", "run", "--demo", "--data-dir", str(data),
         "--http-port", str(http_port), "--sip-port", str(sip_port), "--log-level", "warning",
         *extra],
        cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
    )  # fmt: skip
    url = f"http://127.0.0.1:{http_port}"
    deadline = time.monotonic() + 30
    try:
        while True:
            if proc.poll() is not None:
                raise RuntimeError((tmp_path / "server.log").read_text()[-2000:])
            try:
                if httpx.get(f"{url}/api/v1/health", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("server did not answer /health in 30 s")
            time.sleep(0.1)
        yield Coordinator(url, sip_port, data, proc)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
        log.close()


def _port_taken(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            return True
    return False


@pytest_asyncio.fixture
async def coordinator_edge(coordinator: Coordinator, tmp_path: Path) -> AsyncIterator[Any]:
    """A SIP edge on the --no-sip server's --sip-port with the server's secret."""
    assert not _port_taken(coordinator.sip_port)
    edge = KamailioEdge(
        edge_settings(tmp_path, secret=coordinator.secret(), sip_port=coordinator.sip_port)
    )
    await edge.start()
    try:
        yield edge
    finally:
        await edge.stop()
        shutil.rmtree(edge.settings.runtime_dir, ignore_errors=True)
