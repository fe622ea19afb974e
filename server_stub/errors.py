"""Service errors: each has a stable `error_id` and an HTTP status; the API maps them to 4xx."""

from __future__ import annotations

from typing import Any


class ServiceError(Exception):
    error_id = "error"
    status = 400

    def __init__(self, message: str, **details: Any) -> None:
        super().__init__(message)
        self.message = message
        self.details = details


class InvalidInput(ServiceError):
    error_id = "invalid_input"
    status = 422


class Unauthorized(ServiceError):
    error_id = "unauthorized"
    status = 401


class InvalidCredentials(Unauthorized):
    error_id = "invalid_credentials"


class TokenExpired(Unauthorized):
    error_id = "token_expired"


class Forbidden(ServiceError):
    error_id = "forbidden"
    status = 403


class NotFound(ServiceError):
    error_id = "not_found"
    status = 404


class Conflict(ServiceError):
    error_id = "conflict"
    status = 409


class IllegalStateTransition(Conflict):
    error_id = "illegal_state_transition"


class OwnSignOut(Conflict):
    """A lead or admin tried to force their own sign-out (it would revoke this session)."""

    error_id = "own_sign_out"


class DispositionRequired(Conflict):
    """The queue of the call in wrap-up wants a disposition before the agent moves on."""

    error_id = "disposition_required"


class Unavailable(ServiceError):
    """A part the request needs is not running or not configured (e.g. no SIP trunk)."""

    error_id = "unavailable"
    status = 503


class DatabaseBusy(Unavailable):
    """Another process holds the database's write lock longer than the store waits."""

    error_id = "database_busy"
    retry_after = 2.0


class RateLimited(ServiceError):
    error_id = "rate_limited"
    status = 429

    def __init__(self, message: str, retry_after: float) -> None:
        super().__init__(message, retry_after=round(retry_after, 1))
        self.retry_after = retry_after
