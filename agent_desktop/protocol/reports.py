"""Reports (统计报表) under `/api/v1/reports`: the catalogue and one report's result.

`GET /api/v1/reports` answers a `ReportCatalogue` of what the caller's role may run.
`GET /api/v1/reports/{name}?from=…&to=…&group_by=…&agent=…&team=…&queue=…&did=…&format=json`
answers a `ReportResult`; `format=csv` (UTF-8 with BOM) and `format=xlsx` answer the same
columns and rows as a file. Values in `rows` and `totals` are plain JSON: a column's
`kind` says how to show it (seconds as a duration, a ratio 0..1 as a percentage, an
ISO 8601 timestamp in the centre's time zone as a time).
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import ConfigDict, Field

from agent_desktop.protocol.models import Response

__all__ = [
    "GROUP_BY",
    "REPORT_NAMES",
    "ColumnKind",
    "ReportCatalogue",
    "ReportColumn",
    "ReportInfo",
    "ReportResult",
]

# The names of the reports (keep them: URLs, exports and integrators use them).
REPORT_NAMES = (
    "agents",  # 坐席工作报表
    "queues",  # 队列报表
    "dids",  # 中继报表
    "dispositions",  # 业务报表
    "outbound",  # 外呼报表
    "agent-states",  # 示忙示闲记录
    "ranking",  # 接听排名
    "satisfaction",  # 满意度清单
    "abandoned",  # 呼损清单
    "traffic",  # 流量统计
    "calls",  # 话务清单
)
GROUP_BY = (
    "agent",
    "team",
    "queue",
    "did",
    "hour",
    "day",
    "week",
    "month",
    "disposition",
)  # disposition: the dispositions report's own (default) grouping

ColumnKind = Literal["text", "count", "seconds", "ratio", "number", "time"]


class ReportColumn(Response):
    """One column: `key` in each row, a label in English (the desktop translates it)."""

    key: str
    label: str
    kind: ColumnKind = "text"


class ReportInfo(Response):
    """One entry of the catalogue: what can be asked of a report."""

    name: str
    title: str
    group_by: list[str] = Field(default_factory=list)  # allowed groupings, first = default
    filters: list[str] = Field(default_factory=list)  # of agent, team, queue, did, …


class ReportCatalogue(Response):
    """The reports the caller may run, and the centre's time zone their periods use."""

    reports: list[ReportInfo]
    timezone: str
    export: bool = False  # the caller may download CSV/XLSX (permission export_reports)


class ReportResult(Response):
    """One report over [from, to): columns, rows, totals and the formulas it used.

    Built with `from_=` (or `from=` in JSON); dump with `by_alias=True` for the wire."""

    model_config = ConfigDict(extra="ignore", populate_by_name=True)

    report: str
    title: str
    from_: datetime = Field(alias="from")
    to: datetime
    timezone: str
    group_by: str | None = None
    columns: list[ReportColumn]
    rows: list[dict[str, str | int | float | None]]
    totals: dict[str, str | int | float | None] | None = None
    formulas: dict[str, str] = Field(default_factory=dict)  # column key -> its definition
    truncated: bool = False  # True when `rows` was cut at the row limit (export has all)
