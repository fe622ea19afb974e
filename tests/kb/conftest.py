"""Fixtures of the knowledge-base tests: the in-process server with the demo KB seeded."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from server_stub.kb.demo import seed_kb
from tests.server.conftest import Server, make_server  # noqa: F401  (fixture re-export)


@pytest.fixture
def kb_server(make_server: Callable[..., Server]) -> Server:  # noqa: F811
    server = make_server()
    server.services.runner.run_sync(lambda s: seed_kb(s, server.clock()))
    return server


@pytest.fixture
def agent(kb_server: Server) -> dict[str, str]:
    return kb_server.auth("1001")


@pytest.fixture
def lead(kb_server: Server) -> dict[str, str]:
    return kb_server.auth("9001")


def search(server: Server, headers: dict[str, str], q: str, **params: Any) -> dict[str, Any]:
    r = server.client.get("/api/v1/kb/search", params={"q": q, **params}, headers=headers)
    assert r.status_code == 200, r.text
    return r.json()  # type: ignore[no-any-return]


def titles(result: dict[str, Any]) -> list[str]:
    return [h["title"] for h in result["hits"]]
