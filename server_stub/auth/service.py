"""AuthService: sign-in with argon2id, hashed session tokens, rate limits, sign-out."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass

from agent_desktop.protocol import (
    PROTOCOL_VERSION,
    AgentProfile,
    Disposition,
    EventType,
    LoginRequest,
    LoginResponse,
    QueueInfo,
    ReasonCode,
    Role,
    SipSettings,
)
from server_stub.agents.service import AgentService
from server_stub.domain import agent_state as sm
from server_stub.domain.agent_state import AgentStatus
from server_stub.errors import (
    Forbidden,
    InvalidCredentials,
    RateLimited,
    TokenExpired,
    Unauthorized,
)
from server_stub.events import EventBus
from server_stub.security.passwords import Passwords
from server_stub.security.ratelimit import RateLimiter
from server_stub.security.tokens import hash_token, new_token
from server_stub.store import StoreRunner
from server_stub.store.base import Row, Store

log = logging.getLogger(__name__)

SipIssuer = Callable[[str], SipSettings]


@dataclass(frozen=True)
class Principal:
    """Who is calling: resolved from the bearer token on every request."""

    agent_id: str
    role: Role
    session_id: str  # the token's hash

    @property
    def is_supervisor(self) -> bool:
        return self.role in (Role.LEAD, Role.ADMIN)


class AuthService:
    def __init__(self, runner: StoreRunner, agents: AgentService, bus: EventBus,
                 passwords: Passwords, limiter: RateLimiter, sip_issuer: SipIssuer,
                 clock: Callable[[], float], token_ttl: float) -> None:
        self._runner = runner
        self._agents = agents
        self._bus = bus
        self._passwords = passwords
        self._limiter = limiter
        self._sip_issuer = sip_issuer
        self._clock = clock
        self._token_ttl = token_ttl

    async def login(self, request: LoginRequest, client: str) -> LoginResponse:
        now = self._clock()
        keys = (f"agent:{request.agent_id}", f"client:{client}")
        wait = max(self._limiter.retry_after(k, now) for k in keys)
        if wait > 0:
            raise RateLimited("too many failed sign-in attempts; try again later", wait)
        row = await self._runner.run(lambda s: s.get_agent(request.agent_id))
        stored = row["password_hash"] if row and row["enabled"] else None
        # argon2 verification is deliberately slow: keep it off the event loop.
        ok = await _in_thread(self._passwords.verify, stored, request.password)
        if not ok or row is None:
            for key in keys:
                self._limiter.failed(key, now)
            log.info("sign-in failed for agent id %r from %s", request.agent_id, client)
            raise InvalidCredentials("wrong agent ID or password")
        for key in keys:
            self._limiter.succeeded(key)
        agent_id = row["agent_id"]
        token = new_token()
        expires_at = now + self._token_ttl

        def create(s: Store) -> None:
            s.create_session(hash_token(token), agent_id, now, expires_at)
            s.audit(now, agent_id, "login", agent_id, {"client": client})

        await self._runner.run(create)
        self._bus.open_stream(hash_token(token), agent_id, Role(row["role"]))
        if self._agents.state(agent_id).status is AgentStatus.LOGGED_OUT:
            await self._agents.apply(agent_id, sm.Login(), actor=agent_id)
        return await self.session_info(agent_id, token, expires_at)

    async def session_info(self, agent_id: str, token: str, expires_at: float) -> LoginResponse:
        """Everything a desktop needs after sign-in (also used to resync after reconnects)."""
        row = self._agents.profile(agent_id)

        def read(s: Store) -> tuple[list[Row], ...]:
            return (s.list_queues(), s.list_members(agent_id), s.list_dids(),
                    s.list_reason_codes(), s.list_dispositions())

        queues, members, dids, reasons, dispositions = await self._runner.run(read)
        levels = {m["queue"]: m["level"] for m in members}
        return LoginResponse(
            protocol_version=PROTOCOL_VERSION,
            token=token,
            expires_at=expires_at,
            agent=AgentProfile(agent_id=agent_id, name=row["name"], role=Role(row["role"]),
                               team=row["team"], queues=sorted(levels)),
            queues=[
                QueueInfo(name=q["name"], display_name=q["display_name"],
                          dids=[d["number"] for d in dids if d["queue"] == q["name"]],
                          strategy=q["strategy"], wrap_up_seconds=q["wrap_up_seconds"],
                          level=levels.get(q["name"]),
                          disposition_required=bool(q.get("disposition_required")))
                for q in queues if q["name"] in levels
            ],
            reason_codes=[ReasonCode(code=r["code"], label_en=r["label_en"],
                                     label_zh=r["label_zh"], paid=bool(r["paid"]))
                          for r in reasons],
            dispositions=[Disposition(code=d["code"], label_en=d["label_en"],
                                      label_zh=d["label_zh"]) for d in dispositions],
            sip=self._sip_issuer(agent_id),
            state=self._agents.view(agent_id),
        )

    async def authenticate(self, token: str | None) -> Principal:
        if not token:
            raise Unauthorized("missing bearer token")
        token_hash = hash_token(token)
        session = await self._runner.run(lambda s: s.get_session(token_hash))
        if session is None or session["revoked_at"] is not None:
            raise Unauthorized("invalid or revoked token")
        if session["expires_at"] <= self._clock():
            raise TokenExpired("session expired; sign in again")
        row = self._agents.profile(session["agent_id"])
        if not row["enabled"]:
            raise Forbidden("account disabled")
        principal = Principal(row["agent_id"], Role(row["role"]), token_hash)
        self._bus.open_stream(token_hash, principal.agent_id, principal.role)
        return principal

    async def logout(self, principal: Principal) -> None:
        """Sign out this session; the agent goes LOGGED_OUT when no other session remains."""
        now = self._clock()
        await self._runner.run(lambda s: s.revoke_session(principal.session_id, now))
        self._bus.close_stream(principal.session_id)
        state = self._agents.state(principal.agent_id)
        if state.status is not AgentStatus.LOGGED_OUT:
            await self._agents.apply(principal.agent_id, sm.Logout(), actor=principal.agent_id)
        await self._runner.run(lambda s: s.audit(now, principal.agent_id, "logout",
                                                 principal.agent_id))

    async def force_logout(self, actor: Principal, agent_id: str) -> None:
        """A lead signs an agent out (强制签出): every session revoked, state LOGGED_OUT."""
        now = self._clock()
        self._agents.profile(agent_id)
        await self._agents.apply(agent_id, sm.ForceLogout(), actor=actor.agent_id)

        def revoke(s: Store) -> None:
            with s.transaction():
                s.revoke_agent_sessions(agent_id, now)
                s.audit(now, actor.agent_id, "force_logout", agent_id)

        await self._runner.run(revoke)
        self._bus.publish(EventType.AGENT_SIGNED_OUT, {"agent_id": agent_id, "by": actor.agent_id},
                          agents=[agent_id])
        self._bus.close_agent_streams(agent_id)


async def _in_thread(fn: Callable[..., bool], *args: object) -> bool:

    return await asyncio.to_thread(fn, *args)
