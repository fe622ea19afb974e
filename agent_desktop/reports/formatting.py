"""Report values shown by their column's kind: durations h:mm:ss, ratios as %, counts as
numbers, times as local clock text; and the raw value a column sorts by. No Qt."""

from __future__ import annotations

from agent_desktop.protocol.reports import ColumnKind

Value = str | int | float | None


def format_seconds(seconds: float) -> str:
    """Always h:mm:ss (reports add hours up: 37:05:00 for a team's week)."""
    total = round(max(0.0, seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}"


def format_value(kind: ColumnKind, value: Value) -> str:
    """The text of one cell; "—" for a missing figure (e.g. AHT with no calls)."""
    if value is None or value == "":
        return "" if kind == "text" else "—"
    if kind == "text" or (isinstance(value, str) and kind != "time"):
        return str(value)
    if kind == "time":
        text = str(value).replace("T", " ")
        return text[:19]
    number = float(value)
    if kind == "seconds":
        return format_seconds(number)
    if kind == "ratio":
        return f"{number * 100:.1f} %"
    if kind == "count":
        return f"{int(number):,}"
    return f"{number:,.2f}".rstrip("0").rstrip(".") if number % 1 else f"{int(number):,}"


def sort_value(kind: ColumnKind, value: Value) -> float | str:
    """Numbers sort as numbers (a missing one first), text and times as text."""
    if kind in ("count", "seconds", "ratio", "number"):
        try:
            return float(value) if value is not None and value != "" else float("-inf")
        except (TypeError, ValueError):
            return float("-inf")
    return "" if value is None else str(value)


def period_label(group_by: str, value: Value) -> str:
    """A time group's row label: `2026-12-06 10:00` (hour), `2026-12-06` (day, and the
    Monday of a week), `2026-12` (month)."""
    text = format_value("time", value)
    if group_by == "hour":
        return text[:16]
    if group_by in ("day", "week"):
        return text[:10]
    if group_by == "month":
        return text[:7]
    return text
