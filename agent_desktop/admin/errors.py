"""Reads a server error body for the form: which field it is about, and row errors of an
import (`{"line", "field", "message", "error_id", "params"}`); no Qt."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from agent_desktop.cti import ApiError, CtiError

PAYLOAD_ROOTS = ("body", "query", "path")


@dataclass(frozen=True)
class RowError:
    """One bad row of an import file (line 1 is the header)."""

    line: int
    field: str
    message: str  # the server's English words
    error_id: str = ""  # what the desktop words in the user's language (texts.row_error)
    params: dict[str, str] = dataclasses.field(default_factory=dict)


def row_error(detail: dict[str, Any], line: int) -> RowError:
    """One row error of a server answer (`{line, field, message, error_id?, params?}`)."""
    params = detail.get("params")
    return RowError(
        line,
        str(detail.get("field") or ""),
        str(detail.get("message") or detail.get("msg") or ""),
        str(detail.get("error_id") or ""),
        {str(k): str(v) for k, v in params.items()} if isinstance(params, dict) else {},
    )


def field_of(detail: dict[str, Any]) -> str:
    """The field a detail names: `field`, or the last name in a validation `loc`."""
    if detail.get("field"):
        return str(detail["field"])
    loc = [str(p) for p in detail.get("loc", []) if not isinstance(p, int)]
    loc = [p for p in loc if p not in PAYLOAD_ROOTS]
    return loc[0] if loc else ""


def field_errors(
    exc: CtiError, words: Callable[[str, str, dict[str, Any]], str] | None = None
) -> dict[str, str]:
    """{field: message} for each detail that names a field ({} when none does);
    `words(error_id, message, detail)` puts a message in the user's language."""
    if not isinstance(exc, ApiError):
        return {}
    errors: dict[str, str] = {}
    for detail in exc.details:
        name = field_of(detail)
        if name and name not in errors:
            message = str(detail.get("message") or detail.get("msg") or exc.message)
            errors[name] = words(exc.error_id, message, detail) if words else message
    return errors


def row_errors(exc: CtiError) -> list[RowError]:
    """The rows an import refused (empty when the error is not about rows)."""
    if not isinstance(exc, ApiError):
        return []
    rows = []
    for detail in exc.details:
        if "line" in detail:
            try:
                line = int(detail["line"])
            except (TypeError, ValueError):
                continue
            rows.append(row_error(detail, line))
    return sorted(rows, key=lambda r: r.line)


def first_detail(exc: CtiError) -> dict[str, Any]:
    """The first detail of a server error ({} when it has none): the field, a rule…"""
    details = exc.details if isinstance(exc, ApiError) else []
    return dict(details[0]) if details and isinstance(details[0], dict) else {}


def reason(exc: CtiError) -> str:
    return getattr(exc, "message", "") or str(exc)
