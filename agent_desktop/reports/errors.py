"""Server and network errors in plain words for the Reports tab and My day (QtCore tr)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from agent_desktop.cti import (
    ApiError,
    CtiError,
    NotAvailable,
    RateLimited,
    ServerUnreachable,
    Unauthorized,
)

CONTEXT = "ReportErrors"
WORDS = {
    "unavailable": QT_TRANSLATE_NOOP("ReportErrors", "this server has no reports yet"),
    "unreachable": QT_TRANSLATE_NOOP(
        "ReportErrors", "the server cannot be reached; check the network and try again"
    ),
    "session": QT_TRANSLATE_NOOP("ReportErrors", "your session has ended; sign in again"),
    "busy": QT_TRANSLATE_NOOP("ReportErrors", "too many requests; try again in a minute"),
    "forbidden": QT_TRANSLATE_NOOP("ReportErrors", "your role may not see this"),
    "missing": QT_TRANSLATE_NOOP("ReportErrors", "not found on the server"),
    "failed": QT_TRANSLATE_NOOP("ReportErrors", "the server failed (%1); try again or tell IT"),
}


def _words(key: str) -> str:
    return QCoreApplication.translate(CONTEXT, str(WORDS[key]))


def describe(exc: CtiError) -> str:
    """One sentence a lead understands; the server's own message where it has one."""
    if isinstance(exc, NotAvailable):
        return _words("unavailable")
    if isinstance(exc, ServerUnreachable):
        return _words("unreachable")
    if isinstance(exc, Unauthorized):
        return _words("session")
    if isinstance(exc, RateLimited):
        return _words("busy")
    if isinstance(exc, ApiError):
        if exc.status == 403:
            return _words("forbidden")
        if exc.status == 404:
            return _words("missing")
        if exc.status >= 500:
            return _words("failed").replace("%1", exc.error_id or str(exc.status))
        return exc.message or exc.error_id
    return str(exc)
