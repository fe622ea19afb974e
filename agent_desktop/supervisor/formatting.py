"""Plain formatting for the supervisor tables: masked numbers, durations, percentages."""

from __future__ import annotations

import time


def mask_number(number: str | None) -> str:
    """`13800138000` → `138****8000`: the first three and last four digits stay visible."""
    text = (number or "").strip()
    digits = sum(c.isdigit() for c in text)
    if digits < 8:
        return text if digits <= 4 else text[:1] + "*" * (len(text) - 1)
    return text[:3] + "****" + text[-4:]


def format_duration(seconds: float | None) -> str:
    """Seconds → `m:ss` (or `h:mm:ss` from an hour); "—" when unknown."""
    if seconds is None:
        return "—"
    total = max(0, int(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def format_percent(fraction: float | None) -> str:
    return "—" if fraction is None else f"{fraction * 100:.1f} %"


def format_clock(epoch: float | None) -> str:
    """Local `YYYY-MM-DD HH:MM:SS` of an epoch time."""
    if epoch is None:
        return ""
    return time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(epoch))
