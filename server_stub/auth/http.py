"""Endpoints: sign-in, sign-out, the current session."""

from __future__ import annotations

from fastapi import APIRouter, Request

from agent_desktop.protocol import LoginRequest, LoginResponse
from server_stub.api.deps import AnyUser, ServicesDep

router = APIRouter(prefix="/auth", tags=["auth"])


@router.post("/login", response_model=LoginResponse)
async def login(body: LoginRequest, request: Request, svc: ServicesDep) -> LoginResponse:
    client = request.client.host if request.client else "unknown"
    return await svc.auth.login(body, client)


@router.post("/logout", status_code=204)
async def logout(me: AnyUser, svc: ServicesDep) -> None:
    await svc.auth.logout(me)
