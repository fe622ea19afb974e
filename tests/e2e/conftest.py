"""End-to-end fixtures: the real product (`python -m server_stub run`: coordinator, Kamailio
edge, media workers) as a process on free ports, and a test-side pool of media workers
acting as customers' and agents' phones."""

from __future__ import annotations

import os
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Iterator
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
import pytest_asyncio

from server_stub import demo
from server_stub.media import wire as c
from server_stub.media.pool import PoolConfig, WorkerHandle, WorkerPool
from server_stub.store import SqliteStore
from server_stub.store.base import Store
from server_stub.store.dialect import PgConnection
from server_stub.store.postgres import PostgresStore
from tests.media.conftest import EventLog, tones  # noqa: F401 - fixture shared with media tests
from tests.server.conftest import fast_passwords
from tests.support.certs import self_signed
from tests.support.net import free_port, free_sip_port


@dataclass
class Product:
    """The running server, with helpers to use its API as a desktop would."""

    base: str
    sip: str  # host:port of the SIP edge
    data_dir: Path
    proc: subprocess.Popen[bytes]
    trunk_port: int | None = None  # the SIP gateway port the product dials numbers through
    database: str | None = None  # its --database (PostgreSQL URL); None: SQLite in data_dir

    def open_store(self) -> Store:
        """The product's records (SQLite or PostgreSQL), opened beside it; close it after."""
        if self.database:
            return PostgresStore(self.database)
        return SqliteStore(self.data_dir / "callcenter.db")

    def sql(self, statement: str, *args: Any) -> list[tuple[Any, ...]]:
        """One statement on the product's records, in SQLite's words (rewritten for
        PostgreSQL by the store's dialect layer), committed; the rows it gave."""
        if self.database:
            pg = PgConnection(self.database)
            try:
                return pg.execute(statement, args).fetchall()
            finally:
                pg.close()
        with closing(sqlite3.connect(self.data_dir / "callcenter.db")) as db, db:
            return db.execute(statement, args).fetchall()

    def api(self, method: str, path: str, token: str | None = None, **kw: Any) -> httpx.Response:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        return httpx.request(method, f"{self.base}/api/v1{path}", headers=headers, timeout=10, **kw)

    def login(self, agent_id: str) -> dict[str, Any]:
        r = self.api("POST", "/auth/login", json={"agent_id": agent_id, "password": "demo"})
        assert r.status_code == 200, r.text
        return r.json()  # type: ignore[no-any-return]

    def set_ready(self, token: str) -> None:
        r = self.api("POST", "/agents/me/state", token, json={"state": "ready"})
        assert r.status_code == 200, r.text

    def wait_call(self, token: str, predicate: Any, timeout: float = 15) -> dict[str, Any]:
        """Poll the call list (as a lead) until a call matches."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            calls = self.api("GET", "/calls?limit=20", token).json()["calls"]
            for call in calls:
                if predicate(call):
                    return call  # type: ignore[no-any-return]
            time.sleep(0.2)
        raise AssertionError(f"no matching call in {calls}")


def wait_serving(
    product: Product,
    log_path: Path,
    proc: subprocess.Popen[bytes] | None = None,
    seconds: float = 60,
) -> None:
    """Until the product's media workers are up (it takes calls); its log if it died.
    `proc`: the server process when it is not `product.proc` (a restart)."""
    proc = proc or product.proc
    deadline = time.monotonic() + seconds
    while True:
        try:
            if product.api("GET", "/health").json()["checks"].get("media_workers") == "ok":
                return
        except (httpx.TransportError, ValueError, KeyError):
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            raise AssertionError(log_path.read_text())
        time.sleep(0.2)


def start_again(product: Product, log_path: Path, *args: str) -> subprocess.Popen[bytes]:
    """The product started again as it was first (same data dir and ports; `args` as
    the test's `product_args`), e.g. after a kill -9; the caller stops it."""
    http = product.base.rsplit(":", 1)[1]
    sip = product.sip.rsplit(":", 1)[1]
    if product.database:  # on the same records
        args = ("--database", product.database, *args)
    with log_path.open("wb") as log:
        return subprocess.Popen(
            [
                sys.executable,
                "-m",
                "server_stub",
                "run",
                "--data-dir",
                str(product.data_dir),
                "--http-port",
                http,
                "--sip-port",
                sip,
                "--log-level",
                "info",
                "--trunk",
                f"127.0.0.1:{product.trunk_port}",
                *args,
            ],
            stdout=log,
            stderr=subprocess.STDOUT,
            env=dict(os.environ, PYTHONUNBUFFERED="1"),
        )


def _prepare(data_dir: Path, queue_settings: dict[str, Any]) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    store = SqliteStore(data_dir / "callcenter.db")
    demo.seed(store, fast_passwords(), time.time())
    with store.transaction():
        sets = ", ".join(f"{k} = ?" for k in queue_settings)
        store.conn.execute(f"UPDATE queues SET {sets}", list(queue_settings.values()))
    store.close()


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    # Tests marked `both_stores` run twice, their product on SQLite and on PostgreSQL: the
    # e2e tests CI runs on PostgreSQL too (docs/deployment.md). The whole suite can run
    # there with CALLCENTER_TEST_STORE=postgresql (then once each).
    if (
        metafunc.definition.get_closest_marker("both_stores")
        and "product" in metafunc.fixturenames
        and os.environ.get("CALLCENTER_TEST_STORE") != "postgresql"
    ):
        metafunc.parametrize("store_engine", ["sqlite", "postgresql"], indirect=True)


@pytest.fixture
def store_engine(request: pytest.FixtureRequest) -> str:
    """Where the product keeps its records: `sqlite` unless parametrised (`both_stores`)."""
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture
def product(tmp_path: Path, request: pytest.FixtureRequest, store_engine: str) -> Iterator[Product]:
    settings = {"ring_timeout": 3, "wrap_up_seconds": 2}
    marker = request.node.get_closest_marker("queue_settings")
    if marker:
        settings.update(marker.kwargs)
    data_dir = tmp_path / "data"
    _prepare(data_dir, settings)
    extra = request.node.get_closest_marker("product_args")
    http, sip, trunk = free_port(), free_sip_port(), free_port(socket.SOCK_DGRAM)
    args = list(extra.args if extra else ())
    # The prepared centre, moved to PostgreSQL: tests marked `postgres`, the PostgreSQL run
    # of tests marked `both_stores`, or every e2e test with CALLCENTER_TEST_STORE=postgresql
    # (the e2e suite on PostgreSQL, docs/deployment.md)
    # (tests marked `sqlite_store` test the SQLite file itself and stay there)
    on_postgres = os.environ.get("CALLCENTER_TEST_STORE") == "postgresql" and not (
        request.node.get_closest_marker("sqlite_store")
    )
    database: str | None = None
    if on_postgres or store_engine == "postgresql" or request.node.get_closest_marker("postgres"):
        from server_stub.store.move import move_sqlite_to_postgres

        database = str(request.getfixturevalue("postgres_url"))
        move_sqlite_to_postgres(data_dir / "callcenter.db", database)
        args += ["--database", database]
    if request.node.get_closest_marker("sip_tls"):  # a remote agent's setup: SIP over TLS
        cert, key = self_signed(tmp_path, "edge")
        args += [
            "--sip-tls-port",
            str(free_port()),
            "--sip-tls-certfile",
            str(cert),
            "--sip-tls-keyfile",
            str(key),
        ]
    if request.node.get_closest_marker("media_tls"):  # media hosts' control over TLS
        cert, key = self_signed(tmp_path, "media", san="IP:127.0.0.1")
        args += ["--media-tls-cert", str(cert), "--media-tls-key", str(key)]
    log = (tmp_path / "server.log").open("wb")
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
            "info",
            "--trunk",
            f"127.0.0.1:{trunk}",
            *args,
        ],
        stdout=log,
        stderr=subprocess.STDOUT,
        env=dict(os.environ, PYTHONUNBUFFERED="1"),
    )
    product = Product(
        f"http://127.0.0.1:{http}", f"127.0.0.1:{sip}", data_dir, proc, trunk, database
    )
    wait_serving(product, tmp_path / "server.log")
    yield product
    proc.send_signal(signal.SIGINT)
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
        raise
    finally:
        log.close()


@dataclass
class Phones:
    """Test-side SIP phones: media workers that register as agents or call as customers."""

    pool: WorkerPool
    events: EventLog
    product: Product
    extra_pools: list[WorkerPool] = field(default_factory=list)

    async def agent(self, agent_id: str, token_info: dict[str, Any]) -> WorkerHandle:
        handle = await self.pool.acquire()
        await self.register(handle, agent_id, token_info)
        return handle

    async def register(
        self, handle: WorkerHandle, agent_id: str, token_info: dict[str, Any], wait: bool = True
    ) -> None:
        """Register `agent_id`'s phone (the login's `sip` settings) on the worker `handle`;
        with `wait`, until the edge said 200."""
        sip = token_info["sip"]
        await handle.command(
            c.Register(
                account=agent_id,
                registrar=sip["registrar"],
                username=sip["username"],
                password=sip["password"],
                domain=sip["domain"],
            )
        )
        if wait:
            await self.events.wait(
                c.RegistrationChanged, timeout=10, account=agent_id, registered=True
            )

    async def ringing(
        self, account: str, since: int = 0, timeout: float = 15
    ) -> tuple[WorkerHandle, c.CallArrived]:
        """The next call arriving at an agent's phone, and the worker hosting that phone."""
        event = await self.events.wait(c.CallArrived, timeout=timeout, account=account, since=since)
        worker_id = next(w for w, e in self.events.items if e is event)
        return self.pool.workers[worker_id], event

    async def gateway(self) -> WorkerHandle:
        """A phone on the product's trunk port: the public network that numbers reach."""
        assert self.product.trunk_port is not None
        pool = WorkerPool(
            PoolConfig(
                min_workers=1,
                max_workers=1,
                min_spare=0,
                max_spare=1,
                worker_args=("--sip-port", str(self.product.trunk_port)),
            ),
            on_event=self.events,
        )
        await pool.start()
        self.extra_pools.append(pool)
        return next(iter(pool.workers.values()))

    async def call(self, did: str, ani: str) -> tuple[WorkerHandle, str]:
        """A customer's call from an idle phone. The phone is reserved only until the call
        is placed: its leg keeps it busy, and once the call ends it takes the next one (a
        test can make more calls than the pool has phones)."""
        handle = await self.pool.acquire()
        try:
            result = await handle.command(
                c.MakeCall(uri=f"sip:{did}@{self.product.sip}", from_user=ani, timeout=20)
            )
        finally:
            self.pool.release(handle)
        return handle, str(result["leg"])


@pytest_asyncio.fixture
async def phones(product: Product) -> AsyncIterator[Phones]:
    events = EventLog()
    pool = WorkerPool(
        PoolConfig(min_workers=3, max_workers=6, min_spare=1, max_spare=6), on_event=events
    )
    await pool.start()
    phones = Phones(pool, events, product)
    try:
        yield phones
    finally:
        for extra in phones.extra_pools:
            await extra.stop()
        await pool.stop()
