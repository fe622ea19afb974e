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
    for key in [
        ("/api/v1/calls", "GET"),
        ("/api/v1/agents", "GET"),
        ("/api/v1/agents/{agent_id}/state", "POST"),
        ("/api/v1/agents/{agent_id}/logout", "POST"),
        ("/api/v1/queues/stats", "GET"),
        ("/api/v1/audit-log", "GET"),
        ("/api/v1/queue-log", "GET"),
    ]:
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


def _check_of(route: Any) -> RoleCheck | None:
    for dep in route.dependant.dependencies:
        for sub in [dep, *dep.dependencies]:
            if isinstance(sub.call, RoleCheck):
                return sub.call
    return None


# Custom roles (built on a built-in role, made of named permissions) and who holds them.
CUSTOM_ROLES = {
    "qa": ("agent", ["view_team", "listen_recordings", "export_reports"], "3101"),
    "junior_lead": ("lead", ["view_team", "listen"], "3102"),
    "routing_admin": ("admin", ["manage_routing", "view_audit"], "3103"),
}


@pytest.mark.parametrize("role_name", sorted(CUSTOM_ROLES))
def test_role_matrix_of_custom_roles(server: Server, role_name: str) -> None:
    """Every endpoint answers a custom role exactly as its permissions say (not its base)."""
    admin = server.auth(USERS[Role.ADMIN])
    base, permissions, agent_id = CUSTOM_ROLES[role_name]
    r = server.client.post(
        "/api/v1/admin/roles",
        headers=admin,
        json={"name": role_name, "base": base, "permissions": permissions},
    )
    assert r.status_code == 201, r.text
    assert r.json()["permissions"] == sorted(permissions)
    r = server.client.post(
        "/api/v1/admin/agents",
        headers=admin,
        json={
            "agent_id": agent_id,
            "name": role_name,
            "role": role_name,
            "password": "Custom-pw-1",
        },
    )
    assert r.status_code == 201, r.text
    if base == "lead":  # a lead acts only on its teams' agents: lead 1005's team
        r = server.client.patch(
            "/api/v1/admin/teams/team_b", headers=admin, json={"lead": agent_id}
        )
        assert r.status_code == 200, r.text
    session = server.login(agent_id, "Custom-pw-1")
    assert session["agent"]["role"] == base and session["agent"]["role_name"] == role_name
    assert session["agent"]["permissions"] == sorted(permissions)
    headers = {"Authorization": f"Bearer {session['token']}"}
    allowed_count = refused = 0
    for route in sorted(_routes(server), key=lambda r: r.path == "/api/v1/auth/logout"):
        check = _check_of(route)
        if check is None:
            continue
        path = re.sub(r"\{agent_id\}", "1005", route.path)
        path = re.sub(r"\{[a-z_]+\}", "1", path)
        allowed = check.permission is None or check.permission.value in permissions
        for method in route.methods:
            r = server.client.request(method, path, headers=headers, json={})
            if allowed:
                assert r.status_code not in (401, 403), (role_name, method, path, r.text)
                allowed_count += 1
            else:
                assert r.status_code == 403, (role_name, method, path, r.status_code)
                assert r.json()["error_id"] == "forbidden"
                refused += 1
    assert allowed_count >= 10 and refused >= 10
    # A role's permissions change live: the next request is checked against the new set.
    r = server.client.patch(
        f"/api/v1/admin/roles/{role_name}", headers=admin, json={"permissions": []}
    )
    assert r.status_code == 200
    token = server.login(agent_id, "Custom-pw-1")["token"]
    r = server.client.get("/api/v1/agents", headers={"Authorization": f"Bearer {token}"})
    assert r.status_code == 403


def test_roles_cannot_grant_more_than_their_holder_has(server: Server) -> None:
    admin = server.auth(USERS[Role.ADMIN])
    server.client.post(
        "/api/v1/admin/roles",
        headers=admin,
        json={  # on `agent`: a lead-based role would reach only the teams its holder leads
            "name": "hr",
            "base": "agent",
            # it hands out the built-in agent role, so it holds all of that role's grants
            "permissions": ["manage_org", "view_team", "manage_customers", "pickup"],
        },
    )
    server.client.post(
        "/api/v1/admin/agents",
        headers=admin,
        json={"agent_id": "3200", "name": "HR", "role": "hr", "password": "Custom-pw-1"},
    )
    hr = {"Authorization": f"Bearer {server.login('3200', 'Custom-pw-1')['token']}"}
    r = server.client.post(
        "/api/v1/admin/agents",
        headers=hr,
        json={"agent_id": "3201", "name": "X", "role": "admin", "password": "Custom-pw-1"},
    )
    assert (r.status_code, r.json()["details"][0]["field"]) == (403, "role")
    r = server.client.post(
        "/api/v1/admin/roles",
        headers=hr,
        json={"name": "super", "base": "agent", "permissions": ["barge"]},
    )
    assert r.status_code == 403
    r = server.client.post(
        "/api/v1/admin/agents",
        headers=hr,
        json={"agent_id": "3201", "name": "X", "role": "agent", "password": "Custom-pw-1"},
    )
    assert r.status_code == 201


def test_nobody_changes_an_agent_more_powerful_than_itself(server: Server) -> None:
    admin = server.auth(USERS[Role.ADMIN])
    server.client.post(
        "/api/v1/admin/roles",
        headers=admin,
        json={  # on `agent`: a lead-based role would reach only the teams its holder leads
            "name": "hr",
            "base": "agent",
            # it hands out the built-in agent role, so it holds all of that role's grants
            "permissions": ["manage_org", "view_team", "manage_customers", "pickup"],
        },
    )
    server.client.post(
        "/api/v1/admin/agents",
        headers=admin,
        json={"agent_id": "3200", "name": "HR", "role": "hr", "password": "Custom-pw-1"},
    )
    hr = {"Authorization": f"Bearer {server.login('3200', 'Custom-pw-1')['token']}"}
    for method, path, body in (
        ("POST", "/api/v1/admin/agents/9000/password", {}),
        ("PATCH", "/api/v1/admin/agents/9001", {"name": "x"}),
        ("DELETE", "/api/v1/admin/agents/9000", None),
    ):
        r = server.client.request(method, path, headers=hr, json=body)
        assert (r.status_code, r.json()["details"][0]["field"]) == (403, "agent_id"), path
    assert (
        server.client.post("/api/v1/admin/agents/1001/password", headers=hr, json={}).status_code
        == 200
    )  # an agent: fine
    server.login("9000")  # the admin's password is untouched
