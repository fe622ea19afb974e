"""Server and network errors in plain words for the Reports tab and My day (QtCore tr)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from agent_desktop.cti import (
    ApiError,
    CtiError,
    NotAvailable,
    RateLimited,
    ServerUnreachable,
    Unauthorized,
)

CONTEXT = "ReportErrors"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def describe(exc: CtiError) -> str:
    """One sentence a lead understands; the server's own message where it has one."""
    if isinstance(exc, NotAvailable):
        return _tr("this server has no reports yet")
    if isinstance(exc, ServerUnreachable):
        return _tr("the server cannot be reached; check the network and try again")
    if isinstance(exc, Unauthorized):
        return _tr("your session has ended; sign in again")
    if isinstance(exc, RateLimited):
        return _tr("too many requests; try again in a minute")
    if isinstance(exc, ApiError):
        if exc.status == 403:
            return _tr("your role may not see this")
        if exc.status == 404:
            return _tr("not found on the server")
        if exc.status >= 500:
            return _tr("the server failed (%1); try again or tell IT").replace(
                "%1", exc.error_id or str(exc.status))
        return exc.message or exc.error_id
    return str(exc)
