"""The FastAPI app around the services: routers, error mapping, /health, OpenAPI."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Literal

from fastapi import APIRouter, FastAPI, Request, Response

from agent_desktop.protocol import API_PREFIX, PROTOCOL_VERSION, Health
from server_stub import __version__
from server_stub.admin import http as admin_http
from server_stub.agents import http as agents_http
from server_stub.announcements import http as announcements_http
from server_stub.api import errors, openapi
from server_stub.auth import http as auth_http
from server_stub.calls import http as calls_http
from server_stub.customers import crm_http
from server_stub.customers import http as customers_http
from server_stub.events import http as events_http
from server_stub.flows import http as flows_http
from server_stub.flows import voicemail_http
from server_stub.integration import http as integration_http
from server_stub.kb import http as kb_http
from server_stub.outbound import http as campaigns_http

# The services live in server_stub.services; re-exported for callers of the old place.
from server_stub.qa import http as qa_http
from server_stub.queues import http as queues_http
from server_stub.recordings import http as recordings_http
from server_stub.reports import http as reports_http
from server_stub.services import Services, build_services, database_check
from server_stub.sms import http as sms_http
from server_stub.tickets import http as tickets_http

__all__ = ["Services", "build_services", "create_app", "database_check"]

log = logging.getLogger(__name__)


def create_app(services: Services, manage_lifecycle: bool = True) -> FastAPI:
    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        if manage_lifecycle:
            await services.start()
        try:
            yield
        finally:
            if manage_lifecycle:
                await services.stop()

    app = FastAPI(
        title="Call-centre coordinator",
        version=__version__,
        lifespan=lifespan,
        description="REST API and event stream for agent desktops. "
        f"Protocol version {PROTOCOL_VERSION}.",
    )
    app.state.services = services
    errors.install(app)

    @app.middleware("http")
    async def no_sniffing(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        # User text comes back raw in JSON (issue 12): never let a browser take it as HTML.
        response = await call_next(request)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        return response

    api = APIRouter(prefix=API_PREFIX)

    @api.get("/health", response_model=Health, tags=["health"])
    async def health() -> Health:
        checks = {"database": "ok"}
        try:  # behind a write that waits for the lock, this probe waits too
            await asyncio.wait_for(services.runner.writable(), 2.0)
            checks["database"] = database_check(services.runner)
        except TimeoutError:
            checks["database"] = "busy: locked by another process"
        except Exception as exc:
            checks["database"] = f"error: {type(exc).__name__}"
        checks.update({name: check() for name, check in services.checks.items()})
        status: Literal["ok", "degraded"] = (
            "ok" if all(v == "ok" for v in checks.values()) else "degraded"
        )
        return Health(
            status=status,
            version=__version__,
            protocol_version=PROTOCOL_VERSION,
            uptime_seconds=services.clock() - services.started_at,
            checks=checks,
        )

    for module in (
        auth_http,
        agents_http,
        calls_http,
        crm_http,  # before customers_http: /customers/export is not a customer id
        customers_http,
        queues_http,
        events_http,
        kb_http,
        recordings_http,
        admin_http,
        flows_http,
        voicemail_http,
        integration_http,
        qa_http,
        reports_http,
        tickets_http,
        announcements_http,
        sms_http,
        campaigns_http,
    ):
        api.include_router(module.router)
    app.include_router(api)
    openapi.install(app, API_PREFIX)
    return app
