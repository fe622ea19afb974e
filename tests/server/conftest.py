"""Fixtures for coordinator tests: a real app on a temporary database with demo data,
driven in-process (Starlette's TestClient runs the ASGI app and its WebSockets).

With CALLCENTER_TEST_STORE=postgresql every app made here keeps its records in a new
PostgreSQL database of the session's throwaway cluster (tests/support/postgres.py) instead
of SQLite: the coordinator tests on PostgreSQL (docs/deployment.md)."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from argon2 import PasswordHasher
from fastapi.testclient import TestClient

from server_stub import demo
from server_stub.app import Services, build_services, create_app
from server_stub.config import ServerConfig
from server_stub.security.passwords import Passwords


class FakeClock:
    """Wall-clock time that a test can push forward (token expiry, rate-limit windows)."""

    def __init__(self) -> None:
        self.offset = 0.0

    def __call__(self) -> float:
        return time.time() + self.offset

    def advance(self, seconds: float) -> None:
        self.offset += seconds


def fast_passwords() -> Passwords:
    # Still argon2id, with cheap parameters so a test suite signs in hundreds of times.
    return Passwords(PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))


@dataclass
class Server:
    services: Services
    client: TestClient
    clock: FakeClock
    control: Any

    def login(self, agent_id: str, password: str = demo.DEMO_PASSWORD) -> dict[str, Any]:
        r = self.client.post(
            "/api/v1/auth/login", json={"agent_id": agent_id, "password": password}
        )
        assert r.status_code == 200, r.text
        return r.json()  # type: ignore[no-any-return]

    def auth(self, agent_id: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.login(agent_id)['token']}"}


def postgres_url_if_chosen(request: pytest.FixtureRequest) -> str | None:
    """The PostgreSQL database of this test with CALLCENTER_TEST_STORE=postgresql (one per
    test: an app made again in the same test finds its records), else None (SQLite)."""
    if os.environ.get("CALLCENTER_TEST_STORE") != "postgresql":
        return None
    if request.node.get_closest_marker("sqlite_store"):  # about SQLite itself (FTS5, the file)
        return None
    return str(request.getfixturevalue("postgres_url"))


@pytest.fixture
def make_server(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Callable[..., Server]]:
    clients: list[TestClient] = []
    database = postgres_url_if_chosen(request)

    def make(
        control: Any = None, seed: bool = True, tweak: Callable[[Services], None] | None = None
    ) -> Server:
        clock = FakeClock()
        passwords = fast_passwords()
        config = ServerConfig(
            data_dir=tmp_path / "data", http_port=0, sip_port=5999, database=database
        )
        services = build_services(config, clock=clock, control=control, passwords=passwords)
        if seed:
            services.runner.run_sync(lambda s: demo.seed(s, passwords, clock()))
        if tweak is not None:
            tweak(services)
        client = TestClient(create_app(services))
        client.__enter__()
        clients.append(client)
        return Server(services, client, clock, control)

    yield make
    for client in clients:
        client.__exit__(None, None, None)


@pytest.fixture
def server(make_server: Callable[..., Server]) -> Server:
    return make_server()
