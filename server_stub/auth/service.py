"""AuthService: sign-in with argon2id, hashed session tokens, rate limits, sign-out."""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

from agent_desktop.protocol import (
    PROTOCOL_VERSION,
    AgentProfile,
    Disposition,
    LoginRequest,
    LoginResponse,
    ReasonCode,
    Role,
    SignInAttempt,
    SipSettings,
)
from agent_desktop.protocol.admin import PasswordChangeRequest
from server_stub.agents.service import AgentService
from server_stub.auth.access import Access
from server_stub.auth.notifier import AuthNotifier
from server_stub.auth.policy import WrongPassword, check_password
from server_stub.domain import agent_state as sm
from server_stub.domain.agent_state import AgentStatus
from server_stub.errors import (
    Forbidden,
    InvalidCredentials,
    OwnSignOut,
    RateLimited,
    TokenExpired,
    Unauthorized,
)
from server_stub.events import EventBus
from server_stub.queues.info import queue_info
from server_stub.security.passwords import Passwords
from server_stub.security.ratelimit import Attempt, SignInLimiter
from server_stub.security.tokens import hash_token, new_token
from server_stub.store import StoreRunner
from server_stub.store.base import Row, Store

log = logging.getLogger(__name__)

SipIssuer = Callable[[str], SipSettings]


class SipEdgeHooks(Protocol):
    """What sign-in and sign-out tell the SIP edge (`KamailioEdge` has both)."""

    async def agent_signed_in(self, agent_id: str) -> None: ...
    async def agent_signed_out(self, agent_id: str) -> None: ...


@dataclass(frozen=True)
class Principal:
    """Who is calling: resolved from the bearer token on every request."""

    agent_id: str
    role: Role  # the built-in role (the custom role's base)
    session_id: str  # the token's hash
    permissions: frozenset[str] = field(default_factory=frozenset)
    must_change_password: bool = False
    role_name: str | None = None  # the custom role, if any

    @property
    def is_supervisor(self) -> bool:
        return self.role in (Role.LEAD, Role.ADMIN)

    def can(self, permission: str) -> bool:
        return permission in self.permissions


class AuthService:
    def __init__(
        self,
        runner: StoreRunner,
        agents: AgentService,
        bus: EventBus,
        passwords: Passwords,
        limiter: SignInLimiter,
        sip_issuer: SipIssuer,
        clock: Callable[[], float],
        token_ttl: float,
        access: Access | None = None,
    ) -> None:
        self._runner = runner
        self.access = access or Access(runner, agents.profiles)
        self._agents = agents
        self._bus = bus
        self._notifier = AuthNotifier(bus)
        self._passwords = passwords
        self._limiter = limiter
        self._sip_issuer = sip_issuer
        self._clock = clock
        self._token_ttl = token_ttl
        self.sip_edge: SipEdgeHooks | None = None  # set while the SIP side runs

    async def login(self, request: LoginRequest, client: str) -> LoginResponse:
        now = self._clock()
        device: str | None = None
        if request.device_id:
            offered = hash_token(request.device_id)
            if await self._runner.run(lambda s: s.is_known_device(request.agent_id, offered)):
                device = offered  # else not (yet) a device this agent signed in from
        attempt = Attempt(request.agent_id, client, device)
        wait = self._limiter.retry_after(attempt, now)
        if wait > 0:
            log.info(
                "sign-in for agent id %r from %s refused: locked for %.0f s more",
                request.agent_id,
                client,
                wait,
            )
            raise RateLimited("too many failed sign-in attempts; try again later", wait)
        row = await self._runner.run(lambda s: s.get_agent(request.agent_id))
        stored = row["password_hash"] if row and row["enabled"] else None
        # argon2 verification is deliberately slow: keep it off the event loop.
        ok = await _in_thread(self._passwords.verify, stored, request.password)
        if not ok or row is None:
            await self._failed(attempt, now)
            raise InvalidCredentials("wrong agent ID or password")
        self._limiter.succeeded(attempt)
        if request.device_id:
            device_hash = hash_token(request.device_id)
            await self._runner.run(lambda s: s.remember_device(row["agent_id"], device_hash, now))
        agent_id = row["agent_id"]
        token = new_token()
        expires_at = now + self._token_ttl

        limit = int(row.get("max_sessions") or 0)

        def create(s: Store) -> list[str]:
            with s.transaction():
                # Over the agent's session limit, the oldest sessions are signed out.
                live = s.live_sessions(agent_id, now)
                dropped = (
                    [r["token_hash"] for r in live[: max(0, len(live) - limit + 1)]]
                    if limit
                    else []
                )
                for old in dropped:
                    s.revoke_session(old, now)
                s.create_session(hash_token(token), agent_id, now, expires_at)
                s.audit(
                    now,
                    agent_id,
                    "login",
                    agent_id,
                    {"client": client, "known_device": device is not None},
                )
            return dropped

        for old in await self._runner.run(create):
            self._bus.close_stream(old)
        await self._tell_edge(agent_id, signed_in=True)  # before it gets to REGISTER
        base, _, _ = self.access.grants(row)
        self._bus.open_stream(hash_token(token), agent_id, base, sign_in=True)
        if self._agents.state(agent_id).status is AgentStatus.LOGGED_OUT:
            await self._agents.apply(agent_id, sm.Login(), actor=agent_id)
        return await self.session_info(agent_id, token, expires_at)

    async def attach_sip_edge(self, edge: SipEdgeHooks) -> None:
        """The SIP side started: from now on sign-in and sign-out tell this edge. Agents
        without a live session are refused at once (a fresh edge knows nothing of sign-outs
        from before a restart, and their credentials may not have expired yet)."""

        def without_session(s: Store) -> list[str]:
            return s.agents_without_live_session(self._clock())

        signed_out = await self._runner.run(without_session)
        for agent_id in signed_out:
            try:
                await edge.agent_signed_out(agent_id)
            except Exception as exc:
                log.warning("SIP edge not told that agent %s is signed out: %s", agent_id, exc)
        self.sip_edge = edge
        # anyone who signed in meanwhile may register
        for agent_id in set(signed_out) - set(await self._runner.run(without_session)):
            await self._tell_edge(agent_id, signed_in=True)
        log.info(
            "SIP edge refuses the %d agents without a session until they sign in", len(signed_out)
        )

    async def _tell_edge(self, agent_id: str, signed_in: bool) -> None:
        """Let the agent's softphone register (sign-in), or refuse its REGISTERs and drop
        its contact so no call reaches it (sign-out). The edge being down fails neither."""
        if self.sip_edge is None:
            return
        try:
            if signed_in:
                await self.sip_edge.agent_signed_in(agent_id)
            else:
                await self.sip_edge.agent_signed_out(agent_id)
                log.info("agent %s signed out: SIP registration dropped at the edge", agent_id)
        except Exception as exc:
            log.warning(
                "SIP edge not told that agent %s signed %s: %s",
                agent_id,
                "in" if signed_in else "out",
                exc,
            )

    async def _failed(self, attempt: Attempt, now: float) -> None:
        """Count a failed sign-in, log it and keep it for leads (`GET /auth/attempts`)."""
        lockout = self._limiter.failed(attempt, now)
        known = attempt.device is not None
        log.info(
            "sign-in failed for agent id %r from %s%s%s",
            attempt.agent_id,
            attempt.address,
            " (known device)" if known else "",
            f"; locked for {lockout:.0f} s" if lockout else "",
        )
        detail = {"client": attempt.address, "known_device": known}

        def record(s: Store) -> None:
            s.audit(now, None, "login_failed", attempt.agent_id, detail)
            if lockout:
                s.audit(now, None, "login_locked", attempt.agent_id, {**detail, "seconds": lockout})

        await self._runner.run(record)

    async def attempts(self, since: float, limit: int) -> list[SignInAttempt]:
        """Recent sign-ins, failures and lock-outs, newest first (for leads)."""
        rows = await self._runner.run(
            lambda s: s.audit_actions(("login", "login_failed", "login_locked"), since, limit)
        )
        outcomes = {
            "login": "signed_in",
            "login_failed": "wrong_password",
            "login_locked": "locked_out",
        }
        out = []
        for row in rows:
            detail = json.loads(row["detail"] or "{}")
            out.append(
                SignInAttempt(
                    at=row["at"],
                    agent_id=row["target"] or "",
                    client=str(detail.get("client", "")),
                    outcome=outcomes[row["action"]],  # type: ignore[arg-type]
                    known_device=bool(detail.get("known_device")),
                    locked_seconds=detail.get("seconds"),
                )
            )
        return out

    async def session_info(self, agent_id: str, token: str, expires_at: float) -> LoginResponse:
        """Everything a desktop needs after sign-in (also used to resync after reconnects)."""
        row = self._agents.profile(agent_id)
        base, permissions, role_name = self.access.grants(row)

        def read(s: Store) -> tuple[list[Row], ...]:
            return (
                s.list_queues(),
                s.list_members(agent_id),
                s.list_dids(),
                s.list_reason_codes(),
                s.list_dispositions(),
            )

        queues, members, dids, reasons, dispositions = await self._runner.run(read)
        levels = {m["queue"]: m["level"] for m in members}
        return LoginResponse(
            protocol_version=PROTOCOL_VERSION,
            token=token,
            expires_at=expires_at,
            agent=AgentProfile(
                agent_id=agent_id,
                name=row["name"],
                role=base,
                team=row["team"],
                queues=sorted(levels),
                role_name=role_name,
                permissions=sorted(permissions),
                must_change_password=bool(row.get("must_change_password")),
            ),
            queues=[
                queue_info(q, dids, levels.get(q["name"])) for q in queues if q["name"] in levels
            ],
            reason_codes=[
                ReasonCode(
                    code=r["code"],
                    label_en=r["label_en"],
                    label_zh=r["label_zh"],
                    paid=bool(r["paid"]),
                )
                for r in reasons
            ],
            dispositions=[
                Disposition(
                    code=d["code"],
                    label_en=d["label_en"],
                    label_zh=d["label_zh"],
                    queue=d.get("queue"),
                )
                for d in dispositions
                if d.get("queue") is None or d.get("queue") in levels
            ],
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
        base, permissions, role_name = self.access.grants(row)
        principal = Principal(
            row["agent_id"],
            base,
            token_hash,
            permissions,
            bool(row.get("must_change_password")),
            role_name,
        )
        self._bus.open_stream(token_hash, principal.agent_id, principal.role)
        return principal

    async def change_password(
        self, principal: Principal, body: PasswordChangeRequest, client: str = "unknown"
    ) -> None:
        """Everyone's own password change: the old one must match, the new one meet the
        policy. Clears a forced change; other sessions of the agent stay signed in.
        Wrong old passwords count like failed sign-ins of the agent from that address (a
        stolen session must not become a way to guess the password): 429 when locked."""
        now = self._clock()
        attempt = Attempt(principal.agent_id, client)
        wait = self._limiter.retry_after(attempt, now)
        if wait > 0:
            log.info(
                "password change of agent %s from %s refused: locked for %.0f s more",
                principal.agent_id,
                client,
                wait,
            )
            raise RateLimited("too many wrong passwords; try again later", wait)
        row = await self._runner.run(lambda s: s.get_agent(principal.agent_id))
        assert row is not None
        if not await _in_thread(self._passwords.verify, row["password_hash"], body.old_password):
            lockout = self._limiter.failed(attempt, now)
            log.info(
                "password change of agent %s from %s: wrong old password%s",
                principal.agent_id,
                client,
                f"; locked for {lockout:.0f} s" if lockout else "",
            )
            raise WrongPassword("the old password is wrong", field="old_password")
        self._limiter.succeeded(attempt)
        check_password(principal.agent_id, body.new_password, old=body.old_password)
        new_hash = await asyncio.to_thread(self._passwords.hash, body.new_password)

        def write(s: Store) -> Row | None:
            with s.transaction():
                s.set_password(principal.agent_id, new_hash, False)
                s.audit(now, principal.agent_id, "password_changed", principal.agent_id)
            return s.get_agent(principal.agent_id)

        fresh = await self._runner.run(write)
        if fresh is not None:
            self._agents.reload_profile(fresh)
        log.info("agent %s changed its password", principal.agent_id)

    async def logout(self, principal: Principal) -> None:
        """Sign out this session (one desktop). If another desktop of the agent is in use
        (its session live and its event stream connected), the agent stays signed in: its
        state and its phone's registration belong to that desktop too. Otherwise the agent
        goes LOGGED_OUT and the SIP edge drops its registration; a session whose desktop
        is gone (crashed, no stream) keeps nobody signed in and simply expires."""
        now = self._clock()
        agent_id = principal.agent_id
        await self._runner.run(lambda s: s.revoke_session(principal.session_id, now))
        self._bus.close_stream(principal.session_id)
        others = await self._runner.run(lambda s: s.live_sessions(agent_id, now))
        in_use = [r["token_hash"] for r in others if self._bus.connected(r["token_hash"])]
        await self._runner.run(
            lambda s: s.audit(now, agent_id, "logout", agent_id, {"other_desktops": len(in_use)})
        )
        if in_use:
            log.info(
                "agent %s signed out of one desktop; %d other desktop(s) in use keep "
                "it signed in and its phone registered",
                agent_id,
                len(in_use),
            )
            return
        state = self._agents.state(agent_id)
        if state.status is not AgentStatus.LOGGED_OUT:
            await self._agents.apply(agent_id, sm.Logout(), actor=agent_id)
        await self._tell_edge(agent_id, signed_in=False)

    async def force_logout(self, actor: Principal, agent_id: str) -> None:
        """A lead signs an agent out (强制签出): every session revoked, state LOGGED_OUT."""
        if agent_id == actor.agent_id:
            raise OwnSignOut(
                "you cannot force your own sign-out: it would end this session "
                "without warning; sign out with POST /auth/logout instead",
                agent_id=agent_id,
            )
        now = self._clock()
        self._agents.profile(agent_id)
        await self._agents.apply(agent_id, sm.ForceLogout(), actor=actor.agent_id)

        def revoke(s: Store) -> None:
            with s.transaction():
                s.revoke_agent_sessions(agent_id, now)
                s.audit(now, actor.agent_id, "force_logout", agent_id)

        await self._runner.run(revoke)
        await self._tell_edge(agent_id, signed_in=False)
        self._notifier.signed_out(agent_id, by=actor.agent_id)
        self._bus.close_agent_streams(agent_id)

    async def end_sessions(self, agent_id: str) -> None:
        """Revoke every session of an agent who is signed out already (an admin disables,
        deletes or resets it): its desktops' streams close and the edge refuses its phone,
        as on every other sign-out."""
        now = self._clock()
        await self._runner.run(lambda s: s.revoke_agent_sessions(agent_id, now))
        await self._tell_edge(agent_id, signed_in=False)
        self._bus.close_agent_streams(agent_id)


async def _in_thread(fn: Callable[..., bool], *args: object) -> bool:

    return await asyncio.to_thread(fn, *args)
