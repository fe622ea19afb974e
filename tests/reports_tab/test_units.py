"""Periods, buckets, query parameters, formatting by kind and the chart choice: plain
functions, checked by table."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from agent_desktop.protocol.reports import ReportResult
from agent_desktop.reports.chartspec import chart_for
from agent_desktop.reports.formatting import format_value, sort_value
from agent_desktop.reports.periods import ReportQuery, bucket_range, period_dates

SUNDAY = date(2026, 12, 6)


@pytest.mark.parametrize(
    ("period", "today", "first", "end"),
    [
        ("today", SUNDAY, date(2026, 12, 6), date(2026, 12, 7)),
        ("yesterday", SUNDAY, date(2026, 12, 5), date(2026, 12, 6)),
        ("this_week", SUNDAY, date(2026, 11, 30), date(2026, 12, 7)),  # Monday to Monday
        ("last_week", SUNDAY, date(2026, 11, 23), date(2026, 11, 30)),
        ("this_month", SUNDAY, date(2026, 12, 1), date(2027, 1, 1)),
        ("last_month", SUNDAY, date(2026, 11, 1), date(2026, 12, 1)),
        ("last_month", date(2027, 1, 15), date(2026, 12, 1), date(2027, 1, 1)),
        ("this_week", date(2026, 11, 30), date(2026, 11, 30), date(2026, 12, 7)),
    ],
)
def test_periods(period: str, today: date, first: date, end: date) -> None:
    assert period_dates(period, today) == (first, end)  # type: ignore[arg-type]


def test_custom_range_includes_its_last_day_and_accepts_it_reversed() -> None:
    a, b = date(2026, 10, 3), date(2026, 10, 1)
    assert period_dates("custom", SUNDAY, a, b) == (b, date(2026, 10, 4))
    assert period_dates("custom", SUNDAY, b, b) == (b, date(2026, 10, 2))


def test_query_parameters_leave_out_empty_filters_and_unknown_ones() -> None:
    query = ReportQuery.for_period(
        "agents",
        "today",
        SUNDAY,
        group_by="team",
        filters={"agent": "1001", "queue": "", "bogus": "x"},
    )
    assert query.params() == {
        "from": "2026-12-06T00:00:00",
        "to": "2026-12-07T00:00:00",
        "group_by": "team",
        "agent": "1001",
    }
    drilled = query.drill(
        "calls", {"team": "t1"}, datetime(2026, 12, 6, 10), datetime(2026, 12, 6, 11)
    )
    assert drilled.params() == {
        "from": "2026-12-06T10:00:00",
        "to": "2026-12-06T11:00:00",
        "agent": "1001",
        "team": "t1",
    }


@pytest.mark.parametrize(
    ("group", "label", "start", "end"),
    [
        ("hour", "2026-12-06 10:00", datetime(2026, 12, 6, 10), datetime(2026, 12, 6, 11)),
        ("hour", "2026-12-06T23:00:00", datetime(2026, 12, 6, 23), datetime(2026, 12, 7)),
        ("day", "2026-12-31", datetime(2026, 12, 31), datetime(2027, 1, 1)),
        ("week", "2026-W49", datetime(2026, 11, 30), datetime(2026, 12, 7)),
        ("week", "2026-12-03", datetime(2026, 11, 30), datetime(2026, 12, 7)),
        ("month", "2026-12", datetime(2026, 12, 1), datetime(2027, 1, 1)),
    ],
)
def test_time_buckets(group: str, label: str, start: datetime, end: datetime) -> None:
    assert bucket_range(group, label) == (start, end)


def test_a_label_that_is_no_time_is_no_bucket() -> None:
    assert bucket_range("hour", "sales") is None
    assert bucket_range("agent", "2026-12-06") is None


@pytest.mark.parametrize(
    ("kind", "value", "text"),
    [
        ("seconds", 3725, "1:02:05"),
        ("seconds", 59.6, "0:01:00"),
        ("seconds", 133200, "37:00:00"),
        ("ratio", 0.8333, "83.3 %"),
        ("ratio", 1, "100.0 %"),
        ("count", 1234567, "1,234,567"),
        ("number", 4.5, "4.5"),
        ("number", 12, "12"),
        ("text", "sales", "sales"),
        ("time", "2026-12-06T10:15:00+08:00", "2026-12-06 10:15:00"),
        ("seconds", None, "—"),
        ("ratio", None, "—"),
        ("text", None, ""),
    ],
)
def test_values_are_shown_by_kind(kind: str, value: object, text: str) -> None:
    assert format_value(kind, value) == text  # type: ignore[arg-type]


def test_numbers_sort_as_numbers_and_missing_first() -> None:
    values = [10, None, 9, 100]
    ordered = sorted(values, key=lambda v: sort_value("count", v))  # type: ignore[arg-type]
    assert ordered == [None, 9, 10, 100]


def result(
    report: str, group: str | None, columns: list[tuple[str, str]], rows: list[dict[str, object]]
) -> ReportResult:
    return ReportResult.model_validate(
        {
            "report": report,
            "title": report,
            "from": "2026-12-06T00:00:00",
            "to": "2026-12-07T00:00:00",
            "timezone": "UTC",
            "group_by": group,
            "columns": [{"key": k, "label": k, "kind": kind} for k, kind in columns],
            "rows": rows,
        }
    )


def test_chart_choice_by_report() -> None:
    traffic = result(
        "traffic",
        "hour",
        [("hour", "text"), ("offered", "count")],
        [{"hour": "10:00", "offered": 5}, {"hour": "11:00", "offered": 9}],
    )
    spec = chart_for(traffic)
    assert spec is not None and spec.kind == "line"
    assert (spec.categories, spec.values) == (["10:00", "11:00"], [5.0, 9.0])
    queues = result(
        "queues",
        "day",
        [("day", "text"), ("offered", "count"), ("service_level", "ratio")],
        [{"day": "d1", "offered": 3, "service_level": 0.5}],
    )
    spec = chart_for(queues)
    assert spec is not None and (spec.kind, spec.title_key) == ("line", "service_level")
    ranking = result(
        "ranking",
        "agent",
        [("agent", "text"), ("answered", "count")],
        [{"agent": "a", "answered": 3}, {"agent": "b", "answered": 7}],
    )
    spec = chart_for(ranking)
    assert spec is not None and spec.kind == "ranking"
    assert spec.categories == ["a", "b"]  # bottom-up: b (first place) drawn on top
    states = result(
        "agent-states",
        None,
        [("agent", "text"), ("state", "text"), ("reason", "text"), ("duration", "seconds")],
        [
            {"agent": "a", "state": "ready", "duration": 60},
            {"agent": "b", "state": "ready", "duration": 30},
            {"agent": "a", "state": "not_ready", "reason": "lunch", "duration": 600},
            {"agent": "a", "state": "logged_out", "duration": 50000},
        ],
    )
    spec = chart_for(states)
    assert spec is not None and spec.kind == "pie"
    assert dict(zip(spec.categories, spec.values, strict=True)) == {
        "not_ready · lunch": 600.0,
        "ready": 90.0,
    }
    calls = result(
        "calls", None, [("call_id", "text"), ("talk", "seconds")], [{"call_id": "c1", "talk": 5}]
    )
    assert chart_for(calls) is None
    assert chart_for(result("agents", "agent", [("agent", "text")], [])) is None


@pytest.mark.parametrize(
    ("group", "value", "text"),
    [
        ("hour", "2026-12-06T10:00:00+08:00", "2026-12-06 10:00"),
        ("day", "2026-12-06T00:00:00+08:00", "2026-12-06"),
        ("week", "2026-11-30T00:00:00+08:00", "2026-11-30"),
        ("month", "2026-12-01T00:00:00+08:00", "2026-12"),
    ],
)
def test_time_groups_are_labelled_by_their_unit(group: str, value: str, text: str) -> None:
    from agent_desktop.reports.formatting import period_label

    assert period_label(group, value) == text


def test_traffic_of_one_day_is_drawn_by_hour_and_agents_by_name() -> None:
    traffic = result(
        "traffic",
        "hour",
        [("period", "time"), ("calls", "count")],
        [
            {"period": "2026-12-06T09:00:00+08:00", "calls": 2},
            {"period": "2026-12-06T10:00:00+08:00", "calls": 4},
        ],
    )
    spec = chart_for(traffic)
    assert spec is not None and spec.categories == ["09:00", "10:00"]
    days = result(
        "traffic",
        "day",
        [("period", "time"), ("calls", "count")],
        [{"period": "2026-12-06T00:00:00+08:00", "calls": 2}],
    )
    assert chart_for(days).categories == ["12-06"]  # type: ignore[union-attr]
    agents = result(
        "agents",
        "agent",
        [("agent", "text"), ("name", "text"), ("answered", "count")],
        [{"agent": "1001", "name": "李娜", "answered": 2}],
    )
    assert chart_for(agents).categories == ["李娜"]  # type: ignore[union-attr]


def test_not_ready_columns_name_their_reason(qapp: object) -> None:
    from agent_desktop.protocol.reports import ReportColumn
    from agent_desktop.reports.model import ReportModel

    model = ReportModel()
    model.reason_names = {"lunch": "Lunch break"}  # the login's reason codes
    column = ReportColumn(key="not_ready:lunch", label="Not ready: Lunch", kind="seconds")
    assert model.label(column) == "Not ready: Lunch break"
    system = ReportColumn(key="not_ready:login", label="Not ready: login", kind="seconds")
    assert model.label(system) == "Not ready: just signed in"  # set by the server
    unknown = ReportColumn(key="not_ready:x", label="Not ready: X", kind="seconds")
    assert model.label(unknown) == "Not ready: X"
