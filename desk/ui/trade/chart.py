"""A radar row's monthly (or yearly) values, with the baseline years shaded up to the baseline
level and that level drawn across (QtCharts)."""

from __future__ import annotations

from PySide6.QtCharts import (
    QAreaSeries,
    QCategoryAxis,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

from desk.services.trade_flows import FlowSeries
from desk.ui.trendlog.chart import month_label

LINE_COLOUR = "#1f5fa8"
BASELINE_COLOUR = "#8a8a8a"


class FlowChart(QChartView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("FlowChart")
        self.setAccessibleName(self.tr("Monthly values of the chosen flow"))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(200)
        self.series: FlowSeries | None = None
        self.clear()

    def clear(self, title: str = "") -> None:
        self.series = None
        chart = QChart()
        chart.legend().hide()
        chart.setTitle(title)
        self.setChart(chart)

    def show_series(self, series: FlowSeries, baseline: tuple[int, int], title: str) -> None:
        self.series = series
        chart = QChart()
        chart.setTitle(title)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        n = len(series.values)
        first, last = baseline
        in_base = [i for i, p in enumerate(series.periods) if first <= int(p[:4]) <= last]
        if in_base:  # the baseline years, shaded up to the baseline level
            upper = QLineSeries()
            lower = QLineSeries()
            for x in (in_base[0] - 0.5, in_base[-1] + 0.5):
                upper.append(QPointF(x, series.baseline_level))
                lower.append(QPointF(x, 0.0))
            band = QAreaSeries(upper, lower)
            years = str(first) if first == last else f"{first}–{last}"
            band.setName(self.tr("Baseline {years}").format(years=years))
            band.setColor(QColor(200, 200, 200, 110))
            band.setBorderColor(QColor(200, 200, 200, 110))
            chart.addSeries(band)
        level = QLineSeries()
        level.setName(self.tr("Baseline level"))
        level.append(QPointF(-0.5, series.baseline_level))
        level.append(QPointF(n - 0.5, series.baseline_level))
        pen = QPen(QColor(BASELINE_COLOUR))
        pen.setStyle(Qt.PenStyle.DashLine)
        pen.setWidthF(1.5)
        level.setPen(pen)
        chart.addSeries(level)
        values = QLineSeries()
        values.setName(self.tr("Value ({currency})").format(currency=series.currency))
        for i, v in enumerate(series.values):
            values.append(QPointF(i, v))
        values.setPen(QPen(QColor(LINE_COLOUR), 2))
        chart.addSeries(values)

        periods = QCategoryAxis()
        periods.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        periods.setRange(-0.5, n - 0.5)
        step = 1 if not series.monthly else max(1, n // 8)
        for i in range(0, n, step):
            p = series.periods[i]
            periods.append(month_label(p) if series.monthly else p, i)
        amounts = QValueAxis()
        top = max([*series.values, series.baseline_level, 1.0])
        amounts.setRange(0, top * 1.1)
        amounts.setLabelFormat("%.0f")
        amounts.setTickCount(4)
        amounts.applyNiceNumbers()
        chart.addAxis(periods, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(amounts, Qt.AlignmentFlag.AlignLeft)
        for s in chart.series():
            s.attachAxis(periods)
            s.attachAxis(amounts)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.setChart(chart)
