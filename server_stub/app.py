"""Composition: builds the services from a config and the FastAPI app around them."""

from __future__ import annotations

import asyncio
import logging
import secrets
import time
from collections.abc import Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any

from fastapi import APIRouter, FastAPI, Request

from agent_desktop.protocol import API_PREFIX, PROTOCOL_VERSION, Health, SipSettings
from server_stub import __version__
from server_stub.admin import http as admin_http
from server_stub.admin.centre import CentreAdmin
from server_stub.admin.service import AdminService
from server_stub.agents import http as agents_http
from server_stub.agents.service import AgentService
from server_stub.api import errors, openapi
from server_stub.auth import http as auth_http
from server_stub.auth.access import Access
from server_stub.auth.service import AuthService
from server_stub.calls import http as calls_http
from server_stub.calls.control import CallControl, NoCallControl
from server_stub.calls.records import CallRecords
from server_stub.calls.recovery import close_orphaned_calls
from server_stub.calls.service import AcdService
from server_stub.config import ServerConfig
from server_stub.customers import http as customers_http
from server_stub.customers.service import CustomerService
from server_stub.domain.routing import Router
from server_stub.edge.credentials import issue_sip_credentials
from server_stub.events import EventBus
from server_stub.events import http as events_http
from server_stub.kb import http as kb_http
from server_stub.kb.service import KnowledgeBase
from server_stub.kb.snippets import Snippets
from server_stub.queues import http as queues_http
from server_stub.recordings import http as recordings_http
from server_stub.records.queue_log import QueueLogFile
from server_stub.security.passwords import Passwords
from server_stub.security.ratelimit import SignInLimiter
from server_stub.store import SqliteStore, StoreRunner

log = logging.getLogger(__name__)


@dataclass
class Services:
    """Everything the endpoints use; built once by `build_services`."""

    config: ServerConfig
    clock: Callable[[], float]
    runner: StoreRunner
    bus: EventBus
    router: Router
    agents: AgentService
    auth: AuthService
    customers: CustomerService
    records: CallRecords
    acd: AcdService
    kb: KnowledgeBase
    snippets: Snippets
    admin: AdminService
    centre: CentreAdmin
    started_at: float = field(default_factory=time.time)
    checks: dict[str, Callable[[], str]] = field(default_factory=dict)
    sip_secret: bytes = b""
    call_path: Any = None  # telephony.runtime.CallPath once the SIP side has started
    # Extra parts started after the core and stopped before it (e.g. the call path).
    startup: list[Callable[[], Awaitable[None]]] = field(default_factory=list)
    shutdown: list[Callable[[], Awaitable[None]]] = field(default_factory=list)

    async def reason_code_exists(self, code: str) -> bool:
        rows = await self.runner.run(lambda s: s.list_reason_codes())
        return any(r["code"] == code for r in rows)

    async def start(self) -> None:
        qlog = QueueLogFile(self.config.queue_log_path)
        lost = await self.runner.run(
            lambda s: close_orphaned_calls(s, qlog, recordings_dir=self.config.recordings_dir)
        )
        if lost:
            log.warning(
                "closed %d call record(s) left open by the previous run "
                "(end cause server_lost, ended at their last known event)",
                len(lost),
            )
        await self.agents.load()
        await self.auth.access.load()
        await self.acd.load()
        for hook in self.startup:
            await hook()

    async def stop(self) -> None:
        # Live calls end first (BYE, records closed as server_shutdown), while the call
        # path that carries them still runs.
        ended = await self.acd.end_live_calls("server_shutdown")
        if ended:
            log.info("stopping: ended %d live call(s), records closed as server_shutdown", ended)
        for hook in reversed(self.shutdown):
            try:
                await hook()
            except Exception:
                log.exception("shutdown step failed")
        self.acd.close()
        self.agents.close()
        self.runner.close()


def database_check(runner: StoreRunner) -> str:
    """/health's database entry without touching the database: busy while locked."""
    if not runner.busy:
        return "ok"
    held = f"; {runner.held_count} changes held back" if runner.held_count else ""
    return f"busy: locked by another process{held}"


def sip_secret(runner: StoreRunner) -> bytes:
    """The edge's auth_ephemeral secret: made once, kept in the settings table."""
    value = runner.run_sync(lambda s: s.get_setting("sip_secret"))
    if value is None:
        value = secrets.token_urlsafe(32)
        runner.run_sync(lambda s: s.set_setting("sip_secret", value))
    return value.encode()


def build_services(
    config: ServerConfig,
    clock: Callable[[], float] = time.time,
    control: CallControl | None = None,
    passwords: Passwords | None = None,
) -> Services:
    config.data_dir.mkdir(parents=True, exist_ok=True)
    runner = StoreRunner(lambda: SqliteStore(config.database_path))
    bus = EventBus(clock)
    router = Router()
    agents = AgentService(runner, bus, router, clock)
    secret = sip_secret(runner)

    def issue_sip(agent_id: str) -> SipSettings:
        creds = issue_sip_credentials(secret, agent_id, config.sip_credentials_ttl_seconds, clock())
        address = f"{config.sip_host}:{config.agent_sip_port}"
        return SipSettings(
            registrar=f"sip:{address}",
            domain=address,
            username=creds.username,
            password=creds.password,
            transport=config.agent_sip_transport,  # type: ignore[arg-type]
            expires_at=float(creds.expires_at),
            srtp=config.agent_srtp,
        )  # type: ignore[arg-type]

    passwords = passwords or Passwords()
    limiter = SignInLimiter(
        config.login_failures_per_minute, address_ceiling=config.login_address_ceiling
    )
    auth = AuthService(
        runner,
        agents,
        bus,
        passwords,
        limiter,
        issue_sip,
        clock,
        config.token_ttl_seconds,
        Access(runner, agents.profiles),
    )
    customers = CustomerService(runner, clock)
    acd = AcdService(
        runner,
        bus,
        router,
        agents,
        customers,
        control or NoCallControl(),
        QueueLogFile(config.queue_log_path),
        clock,
    )
    admin = AdminService(runner, agents, auth, acd, passwords, clock, config.prompts_dir, bus)
    bus.audience = lambda viewer, role, data: auth.access.may_see(viewer, role, data, acd.members)
    return Services(
        config=config,
        clock=clock,
        runner=runner,
        bus=bus,
        router=router,
        agents=agents,
        auth=auth,
        customers=customers,
        records=CallRecords(runner, clock),
        acd=acd,
        kb=KnowledgeBase(runner, clock),
        snippets=Snippets(runner, config.data_dir / "snippets", clock),
        admin=admin,
        centre=CentreAdmin(admin),
        started_at=clock(),
        sip_secret=secret,
    )


def create_app(services: Services, manage_lifecycle: bool = True) -> FastAPI:
    @asynccontextmanager
    async def lifespan(_: FastAPI) -> Any:
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
    async def no_sniffing(request: Request, call_next: Any) -> Any:
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
        status = "ok" if all(v == "ok" for v in checks.values()) else "degraded"
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
        customers_http,
        queues_http,
        events_http,
        kb_http,
        recordings_http,
        admin_http,
    ):
        api.include_router(module.router)
    app.include_router(api)
    openapi.install(app, API_PREFIX)
    return app
