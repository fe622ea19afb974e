"""Endpoints: sign-in, sign-out, the current session."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Request

from agent_desktop.protocol import LoginRequest, LoginResponse, SignInAttempt
from agent_desktop.protocol.admin import PasswordChangeRequest
from server_stub.api.deps import ServicesDep, Signed, Supervisor
from server_stub.api.params import Seconds
from server_stub.api.params import limit as limit_of

router = APIRouter(prefix="/auth", tags=["auth"])


@router.post("/login", response_model=LoginResponse)
async def login(body: LoginRequest, request: Request, svc: ServicesDep) -> LoginResponse:
    client = request.client.host if request.client else "unknown"
    return await svc.auth.login(body, client)


@router.get("/attempts", response_model=list[SignInAttempt])
async def attempts(
    _: Supervisor, svc: ServicesDep, since: Seconds = 0, limit: Annotated[int, limit_of(1000)] = 200
) -> list[SignInAttempt]:
    """Sign-ins, failed attempts and lock-outs, newest first: who is trying which agent ID
    from where (leads and admins)."""
    return await svc.auth.attempts(since, limit)


@router.post("/logout", status_code=204)
async def logout(me: Signed, svc: ServicesDep) -> None:
    await svc.auth.logout(me)


@router.post("/password", status_code=204)
async def change_password(
    body: PasswordChangeRequest, me: Signed, request: Request, svc: ServicesDep
) -> None:
    """Change my password (at least 8 characters, not my agent ID); required after a reset.
    Wrong old passwords are limited like sign-ins: 429 `rate_limited` with Retry-After."""
    client = request.client.host if request.client else "unknown"
    await svc.auth.change_password(me, body, client)
