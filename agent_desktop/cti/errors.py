"""CTI errors: one exception class per failure the user or the outbox must tell apart."""

from __future__ import annotations

from typing import Any


class CtiError(Exception):
    """Base of every error the CTI client raises."""


class ServerUnreachable(CtiError):
    """No answer from the server (refused, timed out, DNS, TLS, reset)."""


class ApiError(CtiError):
    """The server answered with an error body (`{"error_id", "message"}`)."""

    def __init__(
        self, status: int, error_id: str, message: str, details: list[dict[str, Any]] | None = None
    ) -> None:
        super().__init__(f"{status} {error_id}: {message}")
        self.status = status
        self.error_id = error_id
        self.message = message
        self.details = details or []  # the body's `details` (field errors, row errors)

    @property
    def retryable(self) -> bool:
        """Worth sending again later (server trouble), as opposed to a request it refused."""
        return self.status >= 500 or self.status in (408, 429)


class InvalidCredentials(ApiError):
    """Wrong agent ID or password (401 invalid_credentials)."""


class Unauthorized(ApiError):
    """The token is missing, expired or revoked (401): sign in again."""


class RateLimited(ApiError):
    """Too many attempts (429); `retry_after` seconds until the next one may succeed."""

    def __init__(self, status: int, error_id: str, message: str, retry_after: float) -> None:
        super().__init__(status, error_id, message)
        self.retry_after = retry_after


class NotAvailable(ApiError):
    """The server has no such endpoint yet (404/405 on a feature route)."""
