"""Report files: CSV (UTF-8 with BOM, so Excel reads Chinese) and XLSX (openpyxl in
write-only mode: bold header, numbers as numbers, durations as [h]:mm:ss, ratios as
percentages, times as dates; traffic gets a chart sheet). Rows stream from the query into
a temporary file, so a year of calls never sits in memory."""

from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import IO

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.chart import BarChart, LineChart, Reference
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from agent_desktop.protocol.reports import ReportColumn

Value = str | int | float | None
SECONDS_PER_DAY = 86400.0

MEDIA_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def write_csv(
    out: IO[str],
    columns: list[ReportColumn],
    rows: Iterator[dict[str, Value]],
    totals: dict[str, Value] | None,
) -> int:
    """Header of labels, then one line per row; a last "Total" line. Returns rows written."""
    out.write("\ufeff")
    writer = csv.writer(out)
    writer.writerow([c.label for c in columns])
    n = 0
    for row in rows:
        writer.writerow(["" if row.get(c.key) is None else row.get(c.key) for c in columns])
        n += 1
    if totals:
        writer.writerow(["" if v is None else v for v in _total_line(columns, totals)])
    return n


def _total_line(columns: list[ReportColumn], totals: dict[str, Value]) -> list[Value]:
    """The totals under their columns, "Total" in the first when it has none."""
    line: list[Value] = [totals.get(c.key) for c in columns]
    if columns and line[0] is None:
        line[0] = "Total"
    return line


_FORMATS = {
    "seconds": "[h]:mm:ss",
    "ratio": "0.0%",
    "count": "0",
    "number": "0.00",
    "time": "yyyy-mm-dd hh:mm:ss",
}


def _cell(ws: WriteOnlyWorksheet, value: Value, kind: str, bold: bool = False) -> WriteOnlyCell:
    if isinstance(value, str) and kind != "time":
        value_out: object = value
    elif value is not None and kind == "seconds":
        value_out = float(value) / SECONDS_PER_DAY  # Excel durations are days
    elif value is not None and kind == "time" and isinstance(value, str):
        # Excel has no time zones: the centre's wall-clock time, as the report shows it
        value_out = datetime.fromisoformat(value).replace(tzinfo=None)
    else:
        value_out = value
    cell = WriteOnlyCell(ws, value=value_out)
    if kind in _FORMATS and value is not None and not isinstance(value_out, str):
        cell.number_format = _FORMATS[kind]
    if bold:
        cell.font = Font(bold=True)
    return cell


def write_xlsx(
    path: Path,
    title: str,
    columns: list[ReportColumn],
    rows: Iterator[dict[str, Value]],
    totals: dict[str, Value] | None,
    chart: bool,
) -> int:
    """One sheet of the report (and a chart sheet when `chart`). Returns rows written."""
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(title[:31] or "Report")
    ws.freeze_panes = "A2"
    for i, c in enumerate(columns):
        width = 22 if c.kind in ("time", "text") else 14
        ws.column_dimensions[_letter(i)].width = width
    header = []
    for c in columns:
        cell = WriteOnlyCell(ws, value=c.label)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="305496")
        cell.alignment = Alignment(horizontal="center", wrap_text=True)
        header.append(cell)
    ws.append(header)
    n = 0
    for row in rows:
        ws.append([_cell(ws, row.get(c.key), c.kind) for c in columns])
        n += 1
    if totals:
        line = _total_line(columns, totals)
        ws.append(
            [
                _cell(ws, v, c.kind if v != "Total" else "text", bold=True)
                for v, c in zip(line, columns, strict=True)
            ]
        )
    if chart and n:
        _chart_sheet(wb, ws, columns, n)
    wb.save(path)
    return n


def _letter(i: int) -> str:
    from openpyxl.utils import get_column_letter

    return str(get_column_letter(i + 1))


def _chart_sheet(wb: Workbook, ws: WriteOnlyWorksheet, columns: list[ReportColumn], n: int) -> None:
    """A chart sheet "Chart": calls, answered and abandoned per period (bars) over time."""
    keys = [c.key for c in columns]
    chart = BarChart()
    chart.title = "Calls per period"
    chart.y_axis.title = "Calls"
    for key in ("calls", "answered", "abandoned"):
        if key in keys:
            i = keys.index(key) + 1
            data = Reference(ws, min_col=i, min_row=1, max_row=n + 1)
            chart.add_data(data, titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=1, min_row=2, max_row=n + 1))
    if "service_level" in keys:
        line = LineChart()
        i = keys.index("service_level") + 1
        line.add_data(Reference(ws, min_col=i, min_row=1, max_row=n + 1), titles_from_data=True)
        line.y_axis.axId = 200
        line.y_axis.title = "Service level"
        line.y_axis.crosses = "max"
        chart += line
    sheet = wb.create_chartsheet("Chart")
    sheet.add_chart(chart)


def temp_path(suffix: str) -> Path:
    fd, name = tempfile.mkstemp(prefix="report-", suffix=suffix)
    os.close(fd)
    return Path(name)
