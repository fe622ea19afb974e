"""Fixtures for administration tests: an empty centre made by `init` (one admin), served
in-process like the other coordinator tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from server_stub.admin.bootstrap import init_centre
from server_stub.app import Services
from tests.server.conftest import Server, make_server  # noqa: F401  (fixture re-export)

ADMIN_ID = "admin"
ADMIN_PASSWORD = "Adm1n-Secret"


def _init(services: Services) -> None:
    services.runner.run_sync(
        lambda s: init_centre(
            s, services.admin.passwords, ADMIN_ID, ADMIN_PASSWORD, "Centre admin", services.clock()
        )
    )


@pytest.fixture
def empty(make_server: Callable[..., Server]) -> Server:  # noqa: F811
    """A centre fresh from `init`: one admin, no queues, numbers or agents."""
    return make_server(seed=False, tweak=_init)


def admin_headers(server: Server) -> dict[str, str]:
    token = server.login(ADMIN_ID, ADMIN_PASSWORD)["token"]
    return {"Authorization": f"Bearer {token}"}


def post(server: Server, path: str, headers: dict[str, str], body: Any) -> Any:
    return server.client.post(f"/api/v1{path}", headers=headers, json=body)
