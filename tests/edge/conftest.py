"""Fixtures for the SIP edge tests: a real Kamailio, SIPp workers, free ports."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import time
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path

import pytest

from server_stub.edge.config import EdgeSettings
from server_stub.edge.supervisor import KamailioEdge
from tests.edge.sipclient import SipUA

SECRET = b"edge-test-secret"
SCENARIOS = Path(__file__).parent / "scenarios"

needs_kamailio = pytest.mark.skipif(
    shutil.which("kamailio") is None and not Path("/usr/sbin/kamailio").exists(),
    reason="kamailio not installed (apt-get install kamailio kamailio-autheph-modules)",
)
needs_sipp = pytest.mark.skipif(shutil.which("sipp") is None, reason="sipp not installed")


def free_port(kind: int = socket.SOCK_DGRAM) -> int:
    """A port free for UDP and TCP on 127.0.0.1 right now."""
    while True:
        with socket.socket(socket.AF_INET, kind) as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        other = socket.SOCK_STREAM if kind == socket.SOCK_DGRAM else socket.SOCK_DGRAM
        try:
            with socket.socket(socket.AF_INET, other) as s:
                s.bind(("127.0.0.1", port))
            return port
        except OSError:
            continue


def edge_settings(tmp_path: Path, **changes: object) -> EdgeSettings:
    runtime = Path("/tmp") / f"edge-{tmp_path.name[-20:]}-{free_port()}"
    values: dict[str, object] = {
        "secret": SECRET,
        "runtime_dir": runtime,
        "sip_port": free_port(),
        "ds_probing_mode": 0,  # SIPp workers cannot answer OPTIONS pings
        "ds_ping_interval_s": 1,
        "pike_density": 400,
        "fr_timer_ms": 1000,
    }
    values.update(changes)
    return EdgeSettings(**values)  # type: ignore[arg-type]


@pytest.fixture
def make_edge(tmp_path: Path) -> Iterator[Callable[..., KamailioEdge]]:
    edges: list[KamailioEdge] = []

    def factory(**changes: object) -> KamailioEdge:
        edge = KamailioEdge(edge_settings(tmp_path, **changes))
        edges.append(edge)
        return edge

    yield factory
    leaked = [edge for edge in edges if edge.pid is not None]
    for edge in leaked:  # a test failed before stop(): take its process group down
        assert edge.pid is not None
        with contextlib.suppress(ProcessLookupError):
            os.killpg(edge.pid, signal.SIGKILL)
    for edge in edges:
        shutil.rmtree(edge.settings.runtime_dir, ignore_errors=True)
    assert not leaked, "test did not stop its edge"


@pytest.fixture
async def edge(make_edge: Callable[..., KamailioEdge]) -> AsyncIterator[KamailioEdge]:
    started = make_edge()
    await started.start()
    try:
        yield started
    finally:
        await started.stop()


class SippWorker:
    """A SIPp UAS playing a media worker: answers INVITE 200, waits for BYE."""

    def __init__(self, log_dir: Path, hold_ms: int | None = None) -> None:
        self.port = free_port()
        self.uri = f"sip:127.0.0.1:{self.port}"
        args = ["sipp", "-sf", str(SCENARIOS / "worker_uas.xml"), "-i", "127.0.0.1",
                "-p", str(self.port), "-nostdin",
                "-trace_err", "-error_file", str(log_dir / f"sipp-{self.port}.err")]  # fmt: skip
        self.proc = subprocess.Popen(
            args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=log_dir
        )
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline:  # wait until SIPp holds its port
            try:
                with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
                    s.bind(("127.0.0.1", self.port))
                time.sleep(0.05)
            except OSError:
                return
        raise RuntimeError("sipp did not bind its port")

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(3)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


@pytest.fixture
def sipp_workers(tmp_path: Path) -> Iterator[Callable[[int], list[SippWorker]]]:
    started: list[SippWorker] = []

    def factory(count: int) -> list[SippWorker]:
        workers = [SippWorker(tmp_path) for _ in range(count)]
        started.extend(workers)
        return workers

    yield factory
    for worker in started:
        worker.stop()


@pytest.fixture
def ua_factory() -> Iterator[Callable[..., SipUA]]:
    uas: list[SipUA] = []

    def factory(edge: KamailioEdge, bind_host: str = "127.0.0.1") -> SipUA:
        ua = SipUA((edge.settings.bind_host, edge.settings.sip_port), bind_host)
        uas.append(ua)
        return ua

    yield factory
    for ua in uas:
        ua.close()
