"""QtCharts view of a `ChartSpec`: a line (traffic curve, service level over time), bars,
ranking bars or a pie of the time in each state."""

from __future__ import annotations

import math

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QPieSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

from agent_desktop.reports.chartspec import ChartSpec
from agent_desktop.reports.formatting import format_seconds

ACCENT = QColor("#1f6feb")


def _scaled(spec: ChartSpec) -> tuple[list[float], str]:
    """Values in the unit the axis shows: % for ratios, hours or minutes for durations."""
    if spec.value_kind == "ratio":
        return [v * 100 for v in spec.values], "%"
    if spec.value_kind == "seconds":
        if max(spec.values, default=0) >= 3 * 3600:
            return [v / 3600 for v in spec.values], "h"
        return [v / 60 for v in spec.values], "min"
    return list(spec.values), ""


class ReportChart(QChartView):
    """`show_spec(spec, title)`; None clears it (the widget then hides itself)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportChart")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.spec: ChartSpec | None = None
        self.setChart(QChart())

    def show_spec(self, spec: ChartSpec | None, title: str = "") -> None:
        self.spec = spec
        chart = QChart()
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setVisible(False)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        if spec is not None and spec.values:
            values, unit = _scaled(spec)
            shown_unit = unit if spec.kind != "pie" else ""
            chart.setTitle(f"{title} ({shown_unit})" if shown_unit else title)
            if spec.kind == "pie":
                self._pie(chart, spec)
            elif spec.kind == "line":
                self._line(chart, spec, values)
            else:
                self._bars(chart, spec, values)
        old = self.chart()
        self.setChart(chart)
        if old is not None:
            old.deleteLater()
        self.setVisible(spec is not None)

    @staticmethod
    def _axis_range(values: list[float], percent: bool = False) -> QValueAxis:
        axis = QValueAxis()
        top = max(values, default=0.0)
        if percent:  # a service level is read against 0..100 %
            axis.setRange(0, 100)
            axis.setLabelFormat("%.0f")
            return axis
        axis.setRange(0, top * 1.1 if top > 0 else 1)
        axis.setLabelFormat("%.0f" if top >= 10 else "%.1f")
        axis.applyNiceNumbers()
        return axis

    def _line(self, chart: QChart, spec: ChartSpec, values: list[float]) -> None:
        series = QLineSeries()
        series.setColor(ACCENT)
        series.setPointsVisible(len(values) <= 48)
        for x, y in enumerate(values):
            series.append(float(x), y)
        chart.addSeries(series)
        # every n-th time labelled, so 24 hours or 31 days stay readable
        axis_x = QCategoryAxis()
        axis_x.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        step = max(1, math.ceil(len(spec.categories) / 8))
        for x in range(0, len(spec.categories), step):
            axis_x.append(spec.categories[x], float(x))
        axis_x.setRange(-0.4, max(1, len(spec.categories) - 1) + 0.4)  # room for edge labels
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis_x)
        axis_y = self._axis_range(values, spec.value_kind == "ratio")
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_y)

    def _bars(self, chart: QChart, spec: ChartSpec, values: list[float]) -> None:
        bars = QBarSet("")
        bars.setColor(ACCENT)
        bars.append(values)
        horizontal = spec.kind == "ranking"
        series = QHorizontalBarSeries() if horizontal else QBarSeries()
        series.append(bars)
        series.setLabelsVisible(len(values) <= 15)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append(spec.categories)
        amounts = self._axis_range(values)
        first, second = (amounts, categories) if horizontal else (categories, amounts)
        chart.addAxis(first, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(second, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(first)
        series.attachAxis(second)

    def _pie(self, chart: QChart, spec: ChartSpec) -> None:
        series = QPieSeries()
        total = sum(spec.values) or 1.0
        for name, seconds in zip(spec.categories, spec.values, strict=True):
            series.append(
                f"{name} {format_seconds(seconds)} ({seconds / total * 100:.0f} %)", seconds
            )  # the legend names each slice; labels would crowd
        chart.addSeries(series)
        chart.legend().setVisible(True)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
