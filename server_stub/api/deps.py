"""Dependencies shared by endpoints: the service container, the caller, role checks."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import Depends, Request

from agent_desktop.protocol import Role
from agent_desktop.protocol.admin import BUILTIN_PERMISSIONS, Permission
from server_stub.auth.service import Principal
from server_stub.errors import Forbidden
from server_stub.services import Services


class PasswordChangeRequired(Forbidden):
    error_id = "password_change_required"


def services(request: Request) -> Services:
    return request.app.state.services  # type: ignore[no-any-return]


def bearer_token(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() == "bearer" and token.strip():
        return token.strip()
    return None


async def current_principal(request: Request) -> Principal:
    return await services(request).auth.authenticate(bearer_token(request))


@dataclass(frozen=True)
class RoleCheck:
    """A dependency that admits the signed-in users holding `permission` (None: everyone
    signed in). `.roles` are the built-in roles that hold it (the role-matrix test reads
    both). Until a forced password change is done, only `password_change_ok` endpoints
    answer."""

    roles: frozenset[Role]
    permission: Permission | None = None
    password_change_ok: bool = False

    async def __call__(
        self, principal: Annotated[Principal, Depends(current_principal)]
    ) -> Principal:
        if principal.must_change_password and not self.password_change_ok:
            raise PasswordChangeRequired("change your password first (POST /auth/password)")
        if self.permission is not None:
            if not principal.can(self.permission):
                raise Forbidden(
                    f"your role may not do this (needs {self.permission.value})",
                    required=self.permission.value,
                )
        elif principal.role not in self.roles:
            raise Forbidden(
                f"role {principal.role.value} may not do this",
                required=sorted(r.value for r in self.roles),
            )
        return principal


def require(*roles: Role) -> Callable[..., Awaitable[Any]]:
    return RoleCheck(frozenset(roles))


def permitted(
    permission: Permission | None, password_change_ok: bool = False
) -> Callable[..., Awaitable[Any]]:
    """The check for one named permission (None: any signed-in user)."""
    roles = frozenset(r for r in Role if permission is None or permission in BUILTIN_PERMISSIONS[r])
    return RoleCheck(roles, permission, password_change_ok)


ANY_ROLE = (Role.AGENT, Role.LEAD, Role.ADMIN)
SUPERVISORS = (Role.LEAD, Role.ADMIN)

AnyUser = Annotated[Principal, Depends(permitted(None))]
Supervisor = Annotated[Principal, Depends(permitted(Permission.VIEW_TEAM))]
Admin = Annotated[Principal, Depends(permitted(Permission.VIEW_AUDIT))]
# Also answers while a forced password change is pending (sign-out, my session, the change).
Signed = Annotated[Principal, Depends(permitted(None, password_change_ok=True))]
ServicesDep = Annotated[Services, Depends(services)]
Listener = Annotated[Principal, Depends(permitted(Permission.LISTEN))]
ForceState = Annotated[Principal, Depends(permitted(Permission.FORCE_STATE))]
KbEditor = Annotated[Principal, Depends(permitted(Permission.EDIT_KB))]
CustomerEditor = Annotated[Principal, Depends(permitted(Permission.MANAGE_CUSTOMERS))]
ReportExporter = Annotated[Principal, Depends(permitted(Permission.EXPORT_REPORTS))]
OrgAdmin = Annotated[Principal, Depends(permitted(Permission.MANAGE_ORG))]
RoutingAdmin = Annotated[Principal, Depends(permitted(Permission.MANAGE_ROUTING))]
