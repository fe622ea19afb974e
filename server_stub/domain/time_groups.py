"""Time groups (时间策略): weekly opening hours plus a holiday calendar, and an admin's
forced override (强制处理). Pure: the caller passes the centre's local time.

A group: `{"name": "office", "weekly": [{"days": [0, 1, 2, 3, 4], "from": "09:00",
"to": "18:00"}], "holidays": [{"date": "2026-10-01", "end": "2026-10-07", "name": "国庆"}],
"workdays": [{"date": "2026-10-11", "from": "09:00", "to": "18:00"}]}`. Days count from
Monday = 0; `end` of a holiday is optional (one day); `workdays` are make-up working days
(调休) that open although the weekly hours say closed. An override `{"group": "office",
"state": "closed", "until": <epoch seconds or null>}` wins while it lasts.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

OPEN, CLOSED, HOLIDAY = "open", "closed", "holiday"
STATES = (OPEN, CLOSED, HOLIDAY)
_HHMM = re.compile(r"^([01][0-9]|2[0-4]):([0-5][0-9])$")
_NAME = re.compile(r"^[A-Za-z0-9_.-]{1,64}$")


def _minutes(text: str) -> int:
    match = _HHMM.match(text)
    if match is None:
        raise ValueError(text)
    value = int(match.group(1)) * 60 + int(match.group(2))
    if value > 24 * 60:
        raise ValueError(text)
    return value


def _day(text: Any) -> date:
    return date.fromisoformat(str(text))


def validate_group(group: Any, where: str) -> list[str]:
    """The problems of one group definition, each starting with its path."""
    if not isinstance(group, Mapping):
        return [f"{where}: a time group is an object"]
    problems: list[str] = []
    if not isinstance(group.get("name"), str) or not _NAME.match(group["name"]):
        problems.append(f"{where}.name: 1-64 letters, digits, '_', '.' or '-'")
    extra = set(group) - {"name", "description", "weekly", "holidays", "workdays"}
    if extra:
        problems.append(f"{where}.{sorted(extra)[0]}: unknown field")
    for name in ("weekly", "holidays", "workdays"):
        if not isinstance(group.get(name) or [], list):
            return [*problems, f"{where}.{name}: a list"]
    for i, span in enumerate(group.get("weekly") or []):
        at = f"{where}.weekly.{i}"
        days = span.get("days") if isinstance(span, Mapping) else None
        if not isinstance(days, list) or not days or any(d not in range(7) for d in days):
            problems.append(f"{at}.days: a list of weekdays 0 (Monday) to 6 (Sunday)")
        problems += _hours(span, at)
    for name in ("holidays", "workdays"):
        for i, entry in enumerate(group.get(name) or []):
            at = f"{where}.{name}.{i}"
            try:
                first = _day(entry["date"])
                if entry.get("end") is not None and _day(entry["end"]) < first:
                    problems.append(f"{at}.end: before 'date'")
            except (KeyError, TypeError, ValueError):
                problems.append(f"{at}.date: a date as YYYY-MM-DD")
            if name == "workdays":
                problems += _hours(entry, at)
    return problems


def _hours(span: Any, at: str) -> list[str]:
    try:
        if _minutes(span["from"]) >= _minutes(span["to"]):
            return [f"{at}.to: must be after 'from'"]
    except (KeyError, TypeError, ValueError):
        return [f"{at}: 'from' and 'to' as HH:MM"]
    return []


def _within(span: Mapping[str, Any], minute: int) -> bool:
    return _minutes(span["from"]) <= minute < _minutes(span["to"])


def _on(entry: Mapping[str, Any], day: date) -> bool:
    first = _day(entry["date"])
    last = _day(entry["end"]) if entry.get("end") else first
    return first <= day <= last


def state_of(
    group: Mapping[str, Any],
    local: datetime,
    now: float,
    override: Mapping[str, Any] | None = None,
) -> tuple[str, str]:
    """(state, why) of a group at `local` (the centre's wall clock); `now` (epoch) decides
    whether the override still applies. why: "override", "holiday", "workday", "hours"."""
    if override is not None and override.get("state") in STATES:
        until = override.get("until")
        if until is None or now < float(until):
            return str(override["state"]), "override"
    day, minute = local.date(), local.hour * 60 + local.minute
    for entry in group.get("workdays") or []:
        if _on(entry, day):
            return (OPEN if _within(entry, minute) else CLOSED), "workday"
    for entry in group.get("holidays") or []:
        if _on(entry, day):
            return HOLIDAY, "holiday"
    for span in group.get("weekly") or []:
        if local.weekday() in span["days"] and _within(span, minute):
            return OPEN, "hours"
    return CLOSED, "hours"
