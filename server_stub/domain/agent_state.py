"""Agent state machine: one pure transition function over a table of (status, event) moves."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from enum import StrEnum
from types import MappingProxyType
from typing import TypeAlias, TypeVar

__all__ = [
    "DEFAULT_LOGIN_REASON",
    "DEFAULT_NO_ANSWER_REASON",
    "TRANSITIONS",
    "AgentEvent",
    "AgentState",
    "AgentStatus",
    "CallEnded",
    "DialOut",
    "ExtendWrapUp",
    "FinishWrapUp",
    "ForceLogout",
    "ForceNotReady",
    "Hold",
    "IllegalTransition",
    "Login",
    "Logout",
    "Offer",
    "OfferAnswered",
    "OfferCancelled",
    "OfferFailed",
    "SetNotReady",
    "SetNotReadyAfterCall",
    "SetReady",
    "Unhold",
    "WrapUpExpired",
    "transition",
]

DEFAULT_NO_ANSWER_REASON = "no_answer"
"""Not-ready reason the coordinator passes in `OfferFailed` after max-no-answer
(FreeSWITCH `agent-no-answer-status`, default On Break)."""

DEFAULT_LOGIN_REASON = "login"


class AgentStatus(StrEnum):
    """Agent status; values equal `agent_desktop.protocol.models.AgentStatus`."""

    LOGGED_OUT = "logged_out"
    NOT_READY = "not_ready"
    READY = "ready"
    RESERVED = "reserved"
    ON_CALL = "on_call"
    WRAP_UP = "wrap_up"


@dataclass(frozen=True)
class AgentState:
    """Snapshot of one agent. `since` is when `status` was entered (hold toggles keep it)."""

    agent_id: str
    status: AgentStatus
    since: float
    reason: str | None = None
    call_id: str | None = None
    on_hold: bool = False
    wrap_up_ends_at: float | None = None
    not_ready_after_call: bool = False
    not_ready_after_call_reason: str | None = None

    @classmethod
    def logged_out(cls, agent_id: str, now: float) -> AgentState:
        return cls(agent_id=agent_id, status=AgentStatus.LOGGED_OUT, since=now)


class IllegalTransition(Exception):
    """The event is not allowed in the agent's current status (or names another call)."""

    error_id = "illegal_state_transition"

    def __init__(self, status: AgentStatus, event_name: str, detail: str = "") -> None:
        self.status = status
        self.event_name = event_name
        self.detail = detail
        message = f"{event_name} is not allowed in status {status.value}"
        super().__init__(f"{message}: {detail}" if detail else message)


# --- events -------------------------------------------------------------------------


@dataclass(frozen=True)
class Login:
    """Agent signs in; lands in NOT_READY(reason)."""

    reason: str = DEFAULT_LOGIN_REASON


@dataclass(frozen=True)
class Logout:
    """Agent signs out; not while RESERVED or ON_CALL."""


@dataclass(frozen=True)
class SetReady:
    """Agent becomes available (also ends wrap-up early, dropping a pending not-ready)."""


@dataclass(frozen=True)
class SetNotReady:
    """Agent pauses with a reason code (Asterisk PAUSE, FreeSWITCH On Break)."""

    reason: str


@dataclass(frozen=True)
class SetNotReadyAfterCall:
    """Go NOT_READY(reason) when the current call's wrap-up ends; None cancels."""

    reason: str | None


@dataclass(frozen=True)
class Offer:
    """The router reserved this agent for a call (compare-and-set from READY)."""

    call_id: str


@dataclass(frozen=True)
class OfferAnswered:
    call_id: str


@dataclass(frozen=True)
class OfferFailed:
    """Ring timeout / busy / reject. A reason sends the agent NOT_READY, None to READY."""

    call_id: str
    not_ready_reason: str | None = None


@dataclass(frozen=True)
class OfferCancelled:
    """The caller hung up while the agent's phone was ringing."""

    call_id: str


@dataclass(frozen=True)
class DialOut:
    """Click-to-dial from READY or NOT_READY."""

    call_id: str


@dataclass(frozen=True)
class Hold:
    pass


@dataclass(frozen=True)
class Unhold:
    pass


@dataclass(frozen=True)
class CallEnded:
    """Either side hung up; wrap-up for `wrap_up_seconds` (0 skips wrap-up)."""

    call_id: str
    wrap_up_seconds: float


@dataclass(frozen=True)
class ExtendWrapUp:
    seconds: float


@dataclass(frozen=True)
class FinishWrapUp:
    """Agent ends wrap-up (disposition saved)."""


@dataclass(frozen=True)
class WrapUpExpired:
    """The wrap-up timer fired; illegal (stale) if the wrap-up was extended past `now`."""


@dataclass(frozen=True)
class ForceNotReady:
    """Supervisor pause: immediate when idle, after the call when RESERVED/ON_CALL."""

    reason: str


@dataclass(frozen=True)
class ForceLogout:
    """Supervisor or system sign-out; allowed from every status."""


AgentEvent: TypeAlias = (
    Login
    | Logout
    | SetReady
    | SetNotReady
    | SetNotReadyAfterCall
    | Offer
    | OfferAnswered
    | OfferFailed
    | OfferCancelled
    | DialOut
    | Hold
    | Unhold
    | CallEnded
    | ExtendWrapUp
    | FinishWrapUp
    | WrapUpExpired
    | ForceNotReady
    | ForceLogout
)

EVENT_TYPES: tuple[type[AgentEvent], ...] = (
    Login, Logout, SetReady, SetNotReady, SetNotReadyAfterCall, Offer, OfferAnswered,
    OfferFailed, OfferCancelled, DialOut, Hold, Unhold, CallEnded, ExtendWrapUp,
    FinishWrapUp, WrapUpExpired, ForceNotReady, ForceLogout,
)  # fmt: skip

# --- helpers --------------------------------------------------------------------------

S = AgentStatus
_E = TypeVar("_E")
_Handler: TypeAlias = Callable[[AgentState, AgentEvent, float], AgentState]


def _move(state: AgentState, status: AgentStatus, now: float, **changes: object) -> AgentState:
    """New state; `since` moves only when the status changes."""
    since = now if status is not state.status else state.since
    return replace(state, status=status, since=since, **changes)  # type: ignore[arg-type]


def _idle(state: AgentState, status: AgentStatus, now: float, reason: str | None) -> AgentState:
    """Leave any call context: READY/NOT_READY/LOGGED_OUT with no call, hold or pending flag."""
    return _move(
        state,
        status,
        now,
        reason=reason,
        call_id=None,
        on_hold=False,
        wrap_up_ends_at=None,
        not_ready_after_call=False,
        not_ready_after_call_reason=None,
    )


def _after_call(state: AgentState, now: float) -> AgentState:
    """Where an agent goes when a call (or its wrap-up) is over: pending not-ready wins."""
    if state.not_ready_after_call:
        return _idle(state, S.NOT_READY, now, state.not_ready_after_call_reason)
    return _idle(state, S.READY, now, None)


def _check_call(state: AgentState, call_id: str, event_name: str) -> None:
    if state.call_id != call_id:
        raise IllegalTransition(
            state.status, event_name, f"call {call_id!r} is not the agent's call {state.call_id!r}"
        )


def _as(event: AgentEvent, kind: type[_E]) -> _E:
    assert isinstance(event, kind)
    return event


# --- handlers -------------------------------------------------------------------------


def _login(state: AgentState, event: AgentEvent, now: float) -> AgentState:
    return _idle(state, S.NOT_READY, now, _as(event, Login).reason)


def _logout(state: AgentState, event: AgentEvent, now: float) -> AgentState:
    return _idle(state, S.LOGGED_OUT, now, None)


def _set_ready(state: AgentState, event: AgentEvent, now: float) -> AgentState:
    return _idle(state, S.READY, now, None)


def _set_not_ready(state: AgentState, event: AgentEvent, now: float) -> AgentState:
    return _idle(state, S.NOT_READY, now, _as(event, SetNotReady).reason)


def _set_not_ready_after_call(state: AgentState, event: AgentEvent, now: float) -> AgentState:
    reason = _as(event, SetNotReadyAfterCall).reason
    return replace(
        state, not_ready_after_call=reason is not None, not_ready_after_call_reason=reason
    )


def _offer(state: AgentState, event: AgentEvent, now: float) -> AgentState:
    return _move(state, S.RESERVED, now, call_id=_as(event, Offer).call_id, reason=None)


def _offer_answered(state: AgentState, event: AgentEvent, now: float) -> AgentState:
    _check_call(state, _as(event, OfferAnswered).call_id, "OfferAnswered")
    return _move(state, S.ON_CALL, now, on_hold=False)


def _offer_failed(state: AgentState, event: AgentEvent, now: float) -> AgentState:
    failed = _as(event, OfferFailed)
    _check_call(state, failed.call_id, "OfferFailed")
    if failed.not_ready_reason is not None:
        return _idle(state, S.NOT_READY, now, failed.not_ready_reason)
    return _after_call(state, now)


def _offer_cancelled(state: AgentState, event: AgentEvent, now: float) -> AgentState:
    _check_call(state, _as(event, OfferCancelled).call_id, "OfferCancelled")
    return _after_call(state, now)


def _dial_out(state: AgentState, event: AgentEvent, now: float) -> AgentState:
    call_id = _as(event, DialOut).call_id
    # From NOT_READY the agent returns to the same pause after the call (no queue call sneaks in).
    pending = state.status is S.NOT_READY
    return _move(
        state,
        S.ON_CALL,
        now,
        call_id=call_id,
        on_hold=False,
        not_ready_after_call=pending,
        not_ready_after_call_reason=state.reason if pending else None,
        reason=None,
    )


def _hold(state: AgentState, event: AgentEvent, now: float) -> AgentState:
    if state.on_hold:
        raise IllegalTransition(state.status, "Hold", "already on hold")
    return replace(state, on_hold=True)


def _unhold(state: AgentState, event: AgentEvent, now: float) -> AgentState:
    if not state.on_hold:
        raise IllegalTransition(state.status, "Unhold", "not on hold")
    return replace(state, on_hold=False)


def _call_ended(state: AgentState, event: AgentEvent, now: float) -> AgentState:
    ended = _as(event, CallEnded)
    _check_call(state, ended.call_id, "CallEnded")
    if ended.wrap_up_seconds < 0:
        raise IllegalTransition(state.status, "CallEnded", "negative wrap-up time")
    if ended.wrap_up_seconds == 0:
        return _after_call(state, now)
    return _move(state, S.WRAP_UP, now, on_hold=False, wrap_up_ends_at=now + ended.wrap_up_seconds)


def _extend_wrap_up(state: AgentState, event: AgentEvent, now: float) -> AgentState:
    seconds = _as(event, ExtendWrapUp).seconds
    if seconds <= 0:
        raise IllegalTransition(state.status, "ExtendWrapUp", "extension must be positive")
    base = max(now, state.wrap_up_ends_at if state.wrap_up_ends_at is not None else now)
    return replace(state, wrap_up_ends_at=base + seconds)


def _finish_wrap_up(state: AgentState, event: AgentEvent, now: float) -> AgentState:
    return _after_call(state, now)


def _wrap_up_expired(state: AgentState, event: AgentEvent, now: float) -> AgentState:
    if state.wrap_up_ends_at is not None and now < state.wrap_up_ends_at:
        raise IllegalTransition(state.status, "WrapUpExpired", "wrap-up was extended (stale timer)")
    return _after_call(state, now)


def _force_not_ready_now(state: AgentState, event: AgentEvent, now: float) -> AgentState:
    return _idle(state, S.NOT_READY, now, _as(event, ForceNotReady).reason)


def _force_not_ready_later(state: AgentState, event: AgentEvent, now: float) -> AgentState:
    reason = _as(event, ForceNotReady).reason
    return replace(state, not_ready_after_call=True, not_ready_after_call_reason=reason)


def _force_logout(state: AgentState, event: AgentEvent, now: float) -> AgentState:
    return _idle(state, S.LOGGED_OUT, now, None)


# --- the table ------------------------------------------------------------------------

_TABLE: dict[tuple[AgentStatus, type[AgentEvent]], tuple[_Handler, frozenset[AgentStatus]]] = {}


def _allow(
    statuses: tuple[AgentStatus, ...],
    event: type[AgentEvent],
    handler: _Handler,
    *targets: AgentStatus,
) -> None:
    for status in statuses:
        _TABLE[(status, event)] = (handler, frozenset(targets))


_IDLE = (S.NOT_READY, S.READY, S.WRAP_UP)
_allow((S.LOGGED_OUT,), Login, _login, S.NOT_READY)
_allow(_IDLE, Logout, _logout, S.LOGGED_OUT)
_allow((S.NOT_READY, S.WRAP_UP), SetReady, _set_ready, S.READY)
_allow(_IDLE, SetNotReady, _set_not_ready, S.NOT_READY)
_allow((S.RESERVED, S.ON_CALL, S.WRAP_UP), SetNotReadyAfterCall, _set_not_ready_after_call)
_allow((S.READY,), Offer, _offer, S.RESERVED)
_allow((S.RESERVED,), OfferAnswered, _offer_answered, S.ON_CALL)
_allow((S.RESERVED,), OfferFailed, _offer_failed, S.READY, S.NOT_READY)
_allow((S.RESERVED,), OfferCancelled, _offer_cancelled, S.READY, S.NOT_READY)
_allow((S.READY, S.NOT_READY), DialOut, _dial_out, S.ON_CALL)
_allow((S.ON_CALL,), Hold, _hold)
_allow((S.ON_CALL,), Unhold, _unhold)
_allow((S.ON_CALL,), CallEnded, _call_ended, S.WRAP_UP, S.READY, S.NOT_READY)
_allow((S.WRAP_UP,), ExtendWrapUp, _extend_wrap_up)
_allow((S.WRAP_UP,), FinishWrapUp, _finish_wrap_up, S.READY, S.NOT_READY)
_allow((S.WRAP_UP,), WrapUpExpired, _wrap_up_expired, S.READY, S.NOT_READY)
_allow((S.READY, S.NOT_READY, S.WRAP_UP), ForceNotReady, _force_not_ready_now, S.NOT_READY)
_allow((S.RESERVED, S.ON_CALL), ForceNotReady, _force_not_ready_later)
_allow(tuple(AgentStatus), ForceLogout, _force_logout, S.LOGGED_OUT)

TRANSITIONS: Mapping[tuple[AgentStatus, type[AgentEvent]], frozenset[AgentStatus]] = (
    MappingProxyType(
        {
            key: (targets if targets else frozenset({key[0]}))
            for key, (_handler, targets) in _TABLE.items()
        }
    )
)
"""Every allowed (status, event type) pair and the statuses it can lead to; pairs
that are absent raise `IllegalTransition`. An empty target set in the source table
means "same status" (sub-state changes such as hold or a pending not-ready)."""


def transition(state: AgentState, event: AgentEvent, now: float) -> AgentState:
    """Apply `event` at time `now`; raise `IllegalTransition` if the move is not allowed."""
    entry = _TABLE.get((state.status, type(event)))
    if entry is None:
        raise IllegalTransition(state.status, type(event).__name__)
    handler, _targets = entry
    return handler(state, event, now)
