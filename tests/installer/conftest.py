"""Installer test helpers: free ports and a real demo coordinator as a subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.support.net import free_port

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def demo_server(tmp_path: Path) -> Iterator[str]:
    """`python -m server_stub run --demo --no-sip` on a free port; yields host:port."""
    port = free_port()
    log = (tmp_path / "server.log").open("w")
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "server_stub",
            "run",
            "--demo",
            "--no-sip",
            "--data-dir",
            str(tmp_path / "server"),
            "--http-host",
            "127.0.0.1",
            "--http-port",
            str(port),
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        stdout=log,
        stderr=subprocess.STDOUT,
        env=os.environ.copy(),
    )
    address = f"127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:  # start-up wait in a fixture, not an assertion
        try:
            if httpx.get(f"http://{address}/api/v1/health", timeout=1).status_code == 200:
                break
        except httpx.HTTPError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            output = (tmp_path / "server.log").read_text()
            raise RuntimeError(f"demo server did not start: {output}")
        time.sleep(0.2)
    try:
        yield address
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()
