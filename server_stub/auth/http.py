"""Endpoints: sign-in, sign-out, the current session."""

from __future__ import annotations

from fastapi import APIRouter, Request

from agent_desktop.protocol import LoginRequest, LoginResponse
from agent_desktop.protocol.admin import PasswordChangeRequest
from server_stub.api.deps import ServicesDep, Signed

router = APIRouter(prefix="/auth", tags=["auth"])


@router.post("/login", response_model=LoginResponse)
async def login(body: LoginRequest, request: Request, svc: ServicesDep) -> LoginResponse:
    client = request.client.host if request.client else "unknown"
    return await svc.auth.login(body, client)


@router.post("/logout", status_code=204)
async def logout(me: Signed, svc: ServicesDep) -> None:
    await svc.auth.logout(me)


@router.post("/password", status_code=204)
async def change_password(body: PasswordChangeRequest, me: Signed, svc: ServicesDep) -> None:
    """Change my password (at least 8 characters, not my agent ID); required after a reset."""
    await svc.auth.change_password(me, body)
