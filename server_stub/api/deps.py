"""Dependencies shared by endpoints: the service container, the caller, role checks."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Annotated, Any

from fastapi import Depends, Request

from agent_desktop.protocol import Role
from server_stub.auth.service import Principal
from server_stub.errors import Forbidden

if TYPE_CHECKING:
    from server_stub.app import Services


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
    """A dependency that admits only some roles; the role matrix test reads `.roles`."""

    roles: frozenset[Role]

    async def __call__(self, principal: Annotated[Principal, Depends(current_principal)]
                       ) -> Principal:
        if principal.role not in self.roles:
            raise Forbidden(f"role {principal.role.value} may not do this",
                            required=sorted(r.value for r in self.roles))
        return principal


def require(*roles: Role) -> Callable[..., Awaitable[Any]]:
    return RoleCheck(frozenset(roles))


ANY_ROLE = (Role.AGENT, Role.LEAD, Role.ADMIN)
SUPERVISORS = (Role.LEAD, Role.ADMIN)

AnyUser = Annotated[Principal, Depends(require(*ANY_ROLE))]
Supervisor = Annotated[Principal, Depends(require(*SUPERVISORS))]
Admin = Annotated[Principal, Depends(require(Role.ADMIN))]
ServicesDep = Annotated["Services", Depends(services)]
