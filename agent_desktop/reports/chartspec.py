"""Which chart a report gets, and its data: traffic curve, service level over time, state
distribution, ranking bars, or bars of the main count. Plain data (no Qt): the widget in
`charts.py` draws it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from agent_desktop.protocol.reports import ColumnKind, ReportColumn, ReportResult
from agent_desktop.reports.formatting import period_label

ChartKind = Literal["line", "bars", "ranking", "pie"]
TIME_GROUPS = ("hour", "day", "week", "month")
LISTS = ("calls", "abandoned", "satisfaction")  # one row per call: no chart
LABEL_KEYS = (
    "name",
    "agent_name",
    "agent",
    "agent_id",
    "queue",
    "did",
    "team",
    "period",
    "hour",
    "day",
    "week",
    "month",
    "disposition",
    "state",
)


@dataclass
class ChartSpec:
    kind: ChartKind
    title_key: str  # the plotted column's key (its label is the chart's title)
    value_kind: ColumnKind
    categories: list[str]
    values: list[float]


def _first(
    columns: list[ReportColumn], kinds: tuple[str, ...], prefer: tuple[str, ...] = ()
) -> ReportColumn | None:
    matching = [c for c in columns if c.kind in kinds]
    for word in prefer:
        for column in matching:
            if word in column.key:
                return column
    return matching[0] if matching else None


def _label_column(result: ReportResult) -> ReportColumn | None:
    texts = [c for c in result.columns if c.kind in ("text", "time")]
    if result.group_by or result.report == "traffic":
        for column in texts:
            if column.key in (result.group_by, f"{result.group_by}_id", "period", "bucket"):
                return column
    for key in LABEL_KEYS:
        for column in texts:
            if column.key == key:
                return column
    return texts[0] if texts else None


def _number(value: object) -> float:
    try:
        return float(value) if value not in (None, "") else 0.0  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return 0.0


def chart_for(result: ReportResult, limit: int = 15) -> ChartSpec | None:
    """The chart this result is shown with, or None (lists, nothing to plot)."""
    if not result.rows or result.report in LISTS:
        return None
    label = _label_column(result)
    if result.report == "agent-states":
        return _state_pie(result)
    if label is None:
        return None
    timed = result.report == "traffic" or (result.group_by or "") in TIME_GROUPS
    categories = _categories(result, label, timed)
    if result.report == "queues" and timed:
        column = _first(result.columns, ("ratio",), ("service",))
        if column is not None:
            return ChartSpec(
                "line",
                column.key,
                "ratio",
                categories,
                [_number(r.get(column.key)) for r in result.rows],
            )
    prefer = ("calls", "offered") if result.report == "traffic" else ("answered", "calls")
    column = _first(result.columns, ("count",), prefer)
    if column is None:
        column = _first(result.columns, ("seconds", "number"))
    if column is None:
        return None
    values = [_number(r.get(column.key)) for r in result.rows]
    if timed:
        return ChartSpec("line", column.key, column.kind, categories, values)
    pairs = sorted(
        ((c, v) for c, v in zip(categories, values, strict=True) if v), key=lambda p: -p[1]
    )[:limit]  # the largest first; nothing for zeros
    if not pairs:
        return None
    kind: ChartKind = "ranking" if result.report == "ranking" else "bars"
    if kind == "ranking":
        pairs.reverse()  # horizontal bars draw bottom-up: the first place on top
    return ChartSpec(kind, column.key, column.kind, [p[0] for p in pairs], [p[1] for p in pairs])


def _categories(result: ReportResult, label: ReportColumn, timed: bool) -> list[str]:
    """Axis labels: short times (hours of one day as `10:00`), agents by name."""
    keys = {c.key for c in result.columns}
    if timed and label.kind == "time":
        group = result.group_by or "hour"
        texts = [period_label(group, row.get(label.key)) for row in result.rows]
        if group == "hour" and len({t[:10] for t in texts}) == 1:
            return [t[11:] for t in texts]
        return [t[5:] if group in ("hour", "day") else t for t in texts]
    if label.key == "agent" and "name" in keys:
        return [str(row.get("name") or row.get("agent") or "—") for row in result.rows]
    return [str(row.get(label.key) or "—") for row in result.rows]


def _state_pie(result: ReportResult) -> ChartSpec | None:
    """Time in each state (and not-ready reason) over the period, signed-out time left out."""
    duration = _first(result.columns, ("seconds",), ("duration",))
    state = next((c for c in result.columns if c.key == "state"), None)
    if duration is None or state is None:
        return None
    reason = next((c for c in result.columns if c.key == "reason"), None)
    totals: dict[str, float] = {}
    for row in result.rows:
        name = str(row.get(state.key) or "—")
        if name == "logged_out":
            continue  # time signed out is not part of the working day
        if reason is not None and row.get(reason.key):
            name = f"{name} · {row.get(reason.key)}"
        totals[name] = totals.get(name, 0.0) + _number(row.get(duration.key))
    ordered = sorted(totals.items(), key=lambda p: -p[1])
    return ChartSpec(
        "pie", duration.key, "seconds", [p[0] for p in ordered], [p[1] for p in ordered]
    )
