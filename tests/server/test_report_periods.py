"""Report periods in the centre's time zone: dates and date-times read as local wall-clock
time, and hour/day/week/month buckets that follow DST changes."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from server_stub.reports.build import even_step
from server_stub.reports.periods import InvalidPeriod, buckets, label, period

BERLIN, SHANGHAI = ZoneInfo("Europe/Berlin"), ZoneInfo("Asia/Shanghai")


def test_a_date_is_local_midnight_and_an_offset_is_converted() -> None:
    p = period("2026-11-03", "2026-11-04T06:30+00:00", SHANGHAI)
    assert p.start == datetime(2026, 11, 3, tzinfo=SHANGHAI)
    assert p.end.isoformat() == "2026-11-04T14:30:00+08:00"
    with pytest.raises(InvalidPeriod):
        period("2026-11-04", "2026-11-03", SHANGHAI)


def test_days_across_the_end_of_summer_time_are_23_and_25_hours() -> None:
    spring = buckets(period("2026-03-28", "2026-03-31", BERLIN), "day")
    autumn = buckets(period("2026-10-24", "2026-10-27", BERLIN), "day")
    assert [round((b - a) / 3600) for _, a, b in spring] == [24, 23, 24]
    assert [round((b - a) / 3600) for _, a, b in autumn] == [24, 25, 24]
    assert [label(s) for s, _, _ in autumn] == [
        "2026-10-24T00:00:00+02:00",
        "2026-10-25T00:00:00+02:00",
        "2026-10-26T00:00:00+01:00",
    ]
    assert even_step(autumn) is None  # buckets are joined, not computed
    hours = buckets(period("2026-10-25", "2026-10-26", BERLIN), "hour")
    assert sum(b - a for _, a, b in hours) == 25 * 3600


def test_weeks_start_on_monday_and_months_on_the_first_clipped_to_the_period() -> None:
    weeks = buckets(period("2026-11-04", "2026-11-20", SHANGHAI), "week")
    assert [s.date().isoformat() for s, _, _ in weeks] == ["2026-11-02", "2026-11-09", "2026-11-16"]
    assert weeks[0][1] == datetime(2026, 11, 4, tzinfo=SHANGHAI).timestamp()  # clipped
    months = buckets(period("2026-11-15", "2027-02-01", SHANGHAI), "month")
    assert [s.date().isoformat() for s, _, _ in months] == [
        "2026-11-01",
        "2026-12-01",
        "2027-01-01",
    ]
    assert even_step(months) is None
    days = buckets(period("2026-11-03T12:00", "2026-11-06", SHANGHAI), "day")
    origin = datetime(2026, 11, 3, tzinfo=SHANGHAI).timestamp()
    assert even_step(days) == (origin, 86400.0)
