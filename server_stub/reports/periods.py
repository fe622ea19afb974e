"""Report periods in the centre's time zone: reading `from`/`to`, and cutting hours, days,
weeks (Monday first) and months into epoch [start, end) buckets, DST included."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from server_stub.errors import InvalidInput

MAX_DAYS = 400  # the longest period one report covers (a year and a bit)
TIME_GROUPS = ("hour", "day", "week", "month")


class InvalidPeriod(InvalidInput):
    error_id = "invalid_period"


class PeriodTooLong(InvalidInput):
    error_id = "period_too_long"


def zone(name: str) -> ZoneInfo:
    """The IANA zone `name` (e.g. Asia/Shanghai); ValueError names a wrong one."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValueError(
            f"unknown time zone {name!r} (use an IANA name such as Asia/Shanghai or UTC)"
        ) from exc


def parse_bound(text: str, tz: ZoneInfo, field: str) -> datetime:
    """`YYYY-MM-DD` (midnight) or an ISO date-time; without an offset it is the centre's
    local time, with one it is converted to it."""
    try:
        if len(text) == 10:
            day = date.fromisoformat(text)
            value = datetime(day.year, day.month, day.day)
        else:
            value = datetime.fromisoformat(text)
    except ValueError:
        raise InvalidPeriod(
            f"{field} must be a date (2026-12-01) or a date-time (2026-12-01T08:00), not {text!r}",
            field=field,
        ) from None
    if not 1970 <= value.year <= 9000:
        raise InvalidPeriod(
            f"{field} must be between the years 1970 and 9000, not {text!r}", field=field
        )
    if value.tzinfo is None:
        return value.replace(tzinfo=tz)
    return value.astimezone(tz)


@dataclass(frozen=True)
class Period:
    start: datetime  # in the centre's zone
    end: datetime  # exclusive

    @property
    def t0(self) -> float:
        return self.start.timestamp()

    @property
    def t1(self) -> float:
        return self.end.timestamp()


def period(from_text: str, to_text: str, tz: ZoneInfo) -> Period:
    start = parse_bound(from_text, tz, "from")
    end = parse_bound(to_text, tz, "to")
    if end <= start:
        raise InvalidPeriod(
            f"'to' ({to_text}) must be after 'from' ({from_text}); 'to' is "
            "exclusive: one day is from=2026-12-01&to=2026-12-02",
            field="to",
        )
    if end - start > timedelta(days=MAX_DAYS):
        raise PeriodTooLong(
            f"a report covers at most {MAX_DAYS} days; split the period",
            field="to",
            max_days=MAX_DAYS,
        )
    return Period(start, end)


def _floor(local: datetime, unit: str) -> datetime:
    naive = local.replace(tzinfo=None, minute=0, second=0, microsecond=0)
    if unit == "hour":
        return naive
    naive = naive.replace(hour=0)
    if unit == "day":
        return naive
    if unit == "week":
        return naive - timedelta(days=naive.weekday())
    return naive.replace(day=1)


def _step(naive: datetime, unit: str) -> datetime:
    if unit == "hour":
        return naive + timedelta(hours=1)
    if unit == "day":
        return naive + timedelta(days=1)
    if unit == "week":
        return naive + timedelta(days=7)
    return (naive.replace(day=28) + timedelta(days=4)).replace(day=1)


def buckets(p: Period, unit: str) -> list[tuple[datetime, float, float]]:
    """(local start, epoch start, epoch end) of each `unit` touching the period, clipped to
    it. Local wall-clock steps: a day is 23 or 25 hours across a DST change."""
    tz = p.start.tzinfo
    out: list[tuple[datetime, float, float]] = []
    naive = _floor(p.start, unit)
    while True:
        nxt = _step(naive, unit)
        a = max(naive.replace(tzinfo=tz).timestamp(), p.t0)
        b = min(nxt.replace(tzinfo=tz).timestamp(), p.t1)
        if b > a:
            out.append((naive.replace(tzinfo=tz), a, b))
        if nxt.replace(tzinfo=tz).timestamp() >= p.t1:
            return out
        naive = nxt


def label(local: datetime) -> str:
    """ISO 8601 text of a bucket's start in the centre's zone (with its offset)."""
    return local.isoformat(timespec="seconds")


def local_iso(epoch: float | None, tz: ZoneInfo) -> str | None:
    """An epoch time as ISO 8601 in the centre's zone (None stays None)."""
    if epoch is None:
        return None
    return datetime.fromtimestamp(epoch, tz).isoformat(timespec="seconds")
