"""Custom customer fields (客户字段配置): checking and normalising values against definitions."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from agent_desktop.protocol.crm import CustomField, FieldKind
from server_stub.errors import InvalidInput

MAX_TEXT = 2000


def check_values(
    values: Mapping[str, Any], fields: Sequence[CustomField], *, partial: bool = False
) -> dict[str, Any]:
    """`values` normalised to what is stored, or InvalidInput (422) naming the first bad
    field and why. Empty values (None, "", []) are dropped; a required field must have one
    unless `partial` (an import's row only checks the columns it maps)."""
    by_key = {f.key: f for f in fields}
    out: dict[str, Any] = {}
    for key, raw in values.items():
        field = by_key.get(key)
        if field is None:
            raise InvalidInput(f"no custom field {key!r}", field=key, reason="unknown field")
        value = _value(field, raw)
        if value is not None:
            out[key] = value
    if not partial:
        for field in fields:
            if field.required and field.key not in out:
                raise InvalidInput(
                    f"custom field {field.key!r} is required", field=field.key, reason="required"
                )
    return out


def _bad(field: CustomField, reason: str) -> InvalidInput:
    return InvalidInput(f"custom field {field.key!r}: {reason}", field=field.key, reason=reason)


def _value(field: CustomField, raw: Any) -> Any:
    if raw is None or raw == "" or raw == []:
        return None
    kind = field.kind
    if kind is FieldKind.TEXT:
        if not isinstance(raw, str | int | float) or isinstance(raw, bool):
            raise _bad(field, "must be text")
        text = str(raw).strip()
        if len(text) > MAX_TEXT:
            raise _bad(field, f"longer than {MAX_TEXT} characters")
        return text or None
    if kind is FieldKind.NUMBER:
        return _number(field, raw)
    if kind is FieldKind.DATE:
        try:
            return date.fromisoformat(str(raw).strip()[:10]).isoformat()
        except ValueError:
            raise _bad(field, "must be a date (YYYY-MM-DD)") from None
    if kind is FieldKind.CHOICE:
        choice = str(raw).strip()
        if choice not in field.options:
            raise _bad(field, f"must be one of {', '.join(field.options)}")
        return choice
    items = raw if isinstance(raw, list) else [s for s in str(raw).split(";")]
    chosen = [str(i).strip() for i in items if str(i).strip()]
    unknown = [c for c in chosen if c not in field.options]
    if unknown:
        raise _bad(field, f"{unknown[0]!r} is not one of {', '.join(field.options)}")
    return [o for o in field.options if o in chosen] or None


def _number(field: CustomField, raw: Any) -> float | int:
    if isinstance(raw, bool):
        raise _bad(field, "must be a number")
    try:
        number = float(str(raw).strip()) if not isinstance(raw, int | float) else float(raw)
    except ValueError:
        raise _bad(field, "must be a number") from None
    if not math.isfinite(number) or abs(number) > 1e15:
        raise _bad(field, "must be a finite number")
    return int(number) if number.is_integer() else number


def export_value(value: Any) -> str:
    """A stored value as one CSV/XLSX cell (multi-choice joined with ';')."""
    if value is None:
        return ""
    if isinstance(value, list):
        return ";".join(str(v) for v in value)
    return str(value)
