"""Report periods (today, yesterday, this week, …) as [from, to) in the centre's time zone;
no Qt, so the presenter and its tests share one definition."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, tzinfo
from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

Period = Literal[
    "today", "yesterday", "this_week", "last_week", "this_month", "last_month", "custom"
]
PERIODS: tuple[Period, ...] = (
    "today",
    "yesterday",
    "this_week",
    "last_week",
    "this_month",
    "last_month",
    "custom",
)
FILTERS = ("agent", "team", "queue", "did")


def centre_zone(name: str) -> tzinfo:
    """The catalogue's time zone; an unknown name falls back to this computer's."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return datetime.now().astimezone().tzinfo or ZoneInfo("UTC")


def _month_start(day: date, months_back: int = 0) -> date:
    month = day.month - months_back
    year = day.year + (month - 1) // 12
    return date(year, (month - 1) % 12 + 1, 1)


def period_dates(
    period: Period, today: date, first: date | None = None, last: date | None = None
) -> tuple[date, date]:
    """First day and the day after the last (weeks start on Monday); `custom` takes
    `first` and `last` (both included, swapped if given the wrong way round)."""
    if period == "today":
        return today, today + timedelta(days=1)
    if period == "yesterday":
        return today - timedelta(days=1), today
    monday = today - timedelta(days=today.weekday())
    if period == "this_week":
        return monday, monday + timedelta(days=7)
    if period == "last_week":
        return monday - timedelta(days=7), monday
    if period == "this_month":
        return _month_start(today), _month_start(today, -1)
    if period == "last_month":
        return _month_start(today, 1), _month_start(today)
    start, end = first or today, last or first or today
    if end < start:
        start, end = end, start
    return start, end + timedelta(days=1)


def day_start(day: date) -> datetime:
    return datetime(day.year, day.month, day.day)


@dataclass
class ReportQuery:
    """What the user picked: report, [start, end) in the centre's wall-clock time (naive
    datetimes), grouping, filters (empty = all)."""

    report: str
    start: datetime
    end: datetime
    group_by: str = ""
    filters: dict[str, str] = field(default_factory=dict)

    @classmethod
    def for_period(
        cls,
        report: str,
        period: Period,
        today: date,
        first: date | None = None,
        last: date | None = None,
        group_by: str = "",
        filters: dict[str, str] | None = None,
    ) -> ReportQuery:
        start, end = period_dates(period, today, first, last)
        return cls(report, day_start(start), day_start(end), group_by, dict(filters or {}))

    def params(self) -> dict[str, str]:
        """Query parameters of `GET /reports/{name}` (times in the centre's zone)."""
        params = {
            "from": self.start.isoformat(timespec="seconds"),
            "to": self.end.isoformat(timespec="seconds"),
        }
        if self.group_by:
            params["group_by"] = self.group_by
        params.update({k: v for k, v in self.filters.items() if k in FILTERS and v})
        return params

    def drill(
        self,
        report: str,
        filters: dict[str, str],
        start: datetime | None = None,
        end: datetime | None = None,
    ) -> ReportQuery:
        """Another report (the drill-down's `calls`) over this period or a part of it,
        with these filters added to the ones already chosen."""
        merged = {**self.filters, **{k: v for k, v in filters.items() if v}}
        return ReportQuery(report, start or self.start, end or self.end, "", merged)


def bucket_range(group_by: str, label: str) -> tuple[datetime, datetime] | None:
    """The [start, end) of a time group's row ("2026-12-06 10:00", "2026-12-06",
    "2026-W49", "2026-12"); None when the label is not one."""
    text = label.strip().replace("T", " ")
    try:
        if group_by == "hour":
            start = datetime.fromisoformat(text[:13] + ":00")
            return start, start + timedelta(hours=1)
        if group_by == "day":
            start = day_start(date.fromisoformat(text[:10]))
            return start, start + timedelta(days=1)
        if group_by == "week":
            if "W" in text:
                year, week = text.split("-W")[0], text.split("-W")[1][:2]
                first = date.fromisocalendar(int(year), int(week), 1)
            else:
                first = date.fromisoformat(text[:10])
            start = day_start(first - timedelta(days=first.weekday()))
            return start, start + timedelta(days=7)
        if group_by == "month":
            first = date(int(text[:4]), int(text[5:7]), 1)
            return day_start(first), day_start(_month_start(first, -1))
    except (ValueError, IndexError):
        return None
    return None
