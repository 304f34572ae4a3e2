"""Charts drawn with ReportLab's graphics (vector, so they print sharply). They take numbers
computed by the services (pandas) and only draw them."""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors

CATEGORY_COLOURS = ["#1f5fa8", "#d98c00", "#5b8c3a", "#b23a48", "#7a5ca8", "#8a8a8a"]


def _axes(chart: VerticalBarChart, top: int) -> None:
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max(top, 1) + max(1, top // 5)
    chart.valueAxis.valueStep = max(1, (top + 4) // 5)
    chart.valueAxis.labels.fontName = "DejaVuSans"
    chart.valueAxis.labels.fontSize = 7
    chart.categoryAxis.labels.fontName = "DejaVuSans"
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.angle = 0
    chart.valueAxis.strokeColor = colors.HexColor("#9aa3ad")
    chart.categoryAxis.strokeColor = colors.HexColor("#9aa3ad")
    chart.valueAxis.gridStrokeColor = colors.HexColor("#e3e8ef")
    chart.valueAxis.visibleGrid = True


def period_comparison(
    labels: list[str],
    previous: list[int],
    current: list[int],
    legend: tuple[str, str],
    width: float,
    height: float = 150,
    title: str = "",
) -> Drawing:
    """Grouped bars: previous period (grey) and this period (navy) per category."""
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 30, 30, width - 150, height - 50
    chart.data = [previous, current]
    chart.categoryAxis.categoryNames = labels
    chart.bars[0].fillColor = colors.HexColor("#b8c2d0")
    chart.bars[1].fillColor = colors.HexColor("#15325b")
    chart.bars.strokeColor = None
    chart.groupSpacing = 8
    _axes(chart, max([*previous, *current, 0]))
    drawing.add(chart)
    key = Legend()
    key.x, key.y = width - 110, height - 30
    key.fontName, key.fontSize = "DejaVuSans", 7.5
    key.colorNamePairs = [
        (colors.HexColor("#b8c2d0"), legend[0]),
        (colors.HexColor("#15325b"), legend[1]),
    ]
    drawing.add(key)
    if title:
        drawing.add(
            String(
                0,
                height - 10,
                title,
                fontName="DejaVuSans-Bold",
                fontSize=8,
                fillColor=colors.HexColor("#15325b"),
            )
        )
    return drawing


def stacked_months(
    months: list[str],  # labels, already formatted ("Dec\n2025", "Jan", …)
    series: list[tuple[str, list[int]]],
    width: float,
    height: float = 150,
    title: str = "",
) -> Drawing:
    """Stacked bars per month, one colour per category."""
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 30, 30, width - 150, height - 50
    chart.categoryAxis.style = "stacked"
    chart.data = [values for _, values in series] or [[0] * len(months)]
    chart.categoryAxis.categoryNames = months
    for n in range(len(series)):
        chart.bars[n].fillColor = colors.HexColor(CATEGORY_COLOURS[n % len(CATEGORY_COLOURS)])
    chart.bars.strokeColor = None
    top = max((sum(col) for col in zip(*chart.data, strict=True)), default=0)
    _axes(chart, top)
    drawing.add(chart)
    key = Legend()
    key.x, key.y = width - 110, height - 30
    key.fontName, key.fontSize = "DejaVuSans", 7.5
    key.colorNamePairs = [
        (colors.HexColor(CATEGORY_COLOURS[n % len(CATEGORY_COLOURS)]), name)
        for n, (name, _) in enumerate(series)
    ]
    drawing.add(key)
    if title:
        drawing.add(
            String(
                0,
                height - 10,
                title,
                fontName="DejaVuSans-Bold",
                fontSize=8,
                fillColor=colors.HexColor("#15325b"),
            )
        )
    return drawing
