"""Signals per month by category, as a stacked bar chart (QtCharts)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QResizeEvent
from PySide6.QtWidgets import QWidget

from desk.ui.trendlog.table_model import category_label

if TYPE_CHECKING:
    import pandas as pd

CATEGORY_COLOURS = {
    "re-export": "#1f5fa8",
    "finance": "#d98c00",
    "legal": "#5b8c3a",
    "enforcement": "#b23a48",
    "diplomatic": "#7a5ca8",
    "other": "#8a8a8a",
}


def month_label(month: str) -> str:
    """``2026-03`` as the locale's short month and year ("Mar 26"): short enough for 12 bars,
    and not mistaken for a day and month as "26-03" could be."""
    year, number = (int(part) for part in month.split("-"))
    return QLocale().toString(QDate(year, number, 1), "MMM yy")


class TrendChart(QChartView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TrendChart")
        self.setAccessibleName(self.tr("Signals per month by category"))
        # Nothing to operate in it: not a Tab stop (its counts are in the description)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.viewport().setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(200)
        self.clear()

    def clear(self, title: str = "") -> None:
        chart = QChart()
        chart.legend().hide()
        chart.setTitle(title)
        self.setChart(chart)
        self.setAccessibleDescription(title)

    def show_counts(self, counts: pd.DataFrame, title: str) -> None:
        chart = QChart()
        chart.setTitle(title)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        series = QStackedBarSeries()
        for category in counts.columns:
            bar = QBarSet(category_label(category))
            bar.setColor(QColor(CATEGORY_COLOURS.get(category, "#888")))
            bar.append([float(v) for v in counts[category].tolist()])
            series.append(bar)
        chart.addSeries(series)
        months = QBarCategoryAxis()
        months.append([month_label(m) for m in counts.index.tolist()])
        chart.addAxis(months, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(months)
        values = QValueAxis()
        top = int(counts.sum(axis=1).max()) if len(counts) else 0
        # an even top: the middle of three ticks is a whole number too (with a top of 1 the
        # "%d" labels read "0, 0, 1")
        values.setRange(0, max(2, top + top % 2))
        values.setLabelFormat("%d")
        values.setTickCount(3)
        values.applyNiceNumbers()
        chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(values)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.setChart(chart)
        self.setAccessibleDescription(self.summary(counts, title))
        self._fit_month_labels()

    def summary(self, counts: pd.DataFrame, title: str) -> str:
        """What the bars show, in words, for a screen reader (WCAG 1.1.1)."""
        totals = counts.sum(axis=1) if len(counts) else None
        if totals is None or int(totals.sum()) == 0:
            return title
        busiest = str(totals.idxmax())
        by_category = counts.sum(axis=0)
        parts = [f"{category_label(c)} {int(n)}" for c, n in by_category.items() if int(n) > 0]
        return self.tr(
            "{title}: {total} signal(s) over {months} month(s), most in {month} ({n}); {parts}"
        ).format(
            title=title,
            total=int(totals.sum()),
            months=len(counts),
            month=month_label(busiest),
            n=int(totals[busiest]),
            parts=", ".join(parts),
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_month_labels()

    def _fit_month_labels(self) -> None:
        """Month labels upright while each fits under its bar, else turned on their side: Qt
        would cut them to "De…" (a narrow chart such as a country's trend tab)."""
        axes = self.chart().axes(Qt.Orientation.Horizontal)
        months = axes[0] if axes else None
        if not isinstance(months, QBarCategoryAxis) or not months.categories():
            return
        metrics = QFontMetrics(months.labelsFont())
        widest = max(metrics.horizontalAdvance(label) for label in months.categories())
        # the value axis, its labels and the margins take about 80 pixels of the width
        slot = (self.width() - 80) / len(months.categories())
        months.setLabelsAngle(0 if widest + 8 <= slot else -90)
