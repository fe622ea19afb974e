"""Every endpoint × every role: the server refuses exactly the roles an endpoint excludes."""

from __future__ import annotations

import re
from typing import Any

import pytest
from fastapi.routing import APIRoute

from agent_desktop.protocol import Role
from server_stub.api.deps import RoleCheck
from tests.server.conftest import Server

USERS = {Role.AGENT: "1001", Role.LEAD: "9001", Role.ADMIN: "9000"}
PUBLIC = {"/api/v1/health", "/api/v1/auth/login"}


def _roles_of(route: Any) -> frozenset[Role] | None:
    for dep in route.dependant.dependencies:
        for sub in [dep, *dep.dependencies]:
            if isinstance(sub.call, RoleCheck):
                return sub.call.roles
    return None


def _routes(server: Server) -> list[Any]:
    """Every API route with its full path, methods and dependencies.

    FastAPI ≥ 0.16x keeps included routers nested; their `effective_route_contexts` hold
    the routes with the prefixes applied. Older versions list APIRoute objects directly.
    """
    out: list[Any] = []
    for route in server.client.app.routes:  # type: ignore[attr-defined]
        if isinstance(route, APIRoute):
            out.append(route)
        elif hasattr(route, "effective_route_contexts"):
            contexts = route.effective_route_contexts
            out.extend(contexts() if callable(contexts) else contexts)
    return [r for r in out if getattr(r, "dependant", None) is not None]


def test_every_endpoint_declares_its_roles(server: Server) -> None:
    missing = [r.path for r in _routes(server) if r.path not in PUBLIC and _roles_of(r) is None]
    assert missing == []


def test_supervisor_endpoints_are_not_open_to_agents(server: Server) -> None:
    roles = {(r.path, m): _roles_of(r) for r in _routes(server) for m in r.methods}
    for key in [("/api/v1/calls", "GET"), ("/api/v1/agents", "GET"),
                ("/api/v1/agents/{agent_id}/state", "POST"),
                ("/api/v1/agents/{agent_id}/logout", "POST"), ("/api/v1/queues/stats", "GET"),
                ("/api/v1/audit-log", "GET"), ("/api/v1/queue-log", "GET")]:
        assert roles[key] is not None and Role.AGENT not in roles[key], key


@pytest.mark.parametrize("role", list(Role))
def test_role_matrix(server: Server, role: Role) -> None:
    headers = server.auth(USERS[role])
    checked = 0
    # Sign-out last: it revokes the token the other calls use.
    for route in sorted(_routes(server), key=lambda r: r.path == "/api/v1/auth/logout"):
        allowed = _roles_of(route)
        if allowed is None:
            continue
        # Target someone else for per-agent actions, so a lead does not sign itself out.
        path = re.sub(r"\{agent_id\}", "1005", route.path)
        path = re.sub(r"\{[a-z_]+\}", "1", path)
        for method in route.methods:
            r = server.client.request(method, path, headers=headers, json={})
            if role in allowed:
                assert r.status_code not in (401, 403), (method, path, r.text)
            else:
                assert r.status_code == 403, (method, path, r.status_code)
                assert r.json()["error_id"] == "forbidden"
            checked += 1
    assert checked >= 15
