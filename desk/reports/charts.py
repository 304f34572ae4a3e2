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


def _drawing(
    chart: VerticalBarChart,
    key_pairs: list[tuple[colors.Color, str]],
    width: float,
    height: float,
    title: str,
) -> Drawing:
    """The chart placed with its legend on the right and its title above."""
    drawing = Drawing(width, height)
    chart.x, chart.y, chart.width, chart.height = 30, 30, width - 150, height - 50
    drawing.add(chart)
    key = Legend()
    key.x, key.y = width - 110, height - 30
    key.fontName, key.fontSize = "DejaVuSans", 7.5
    key.colorNamePairs = key_pairs
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
    chart = VerticalBarChart()
    chart.data = [previous, current]
    chart.categoryAxis.categoryNames = labels
    grey, navy = colors.HexColor("#b8c2d0"), colors.HexColor("#15325b")
    chart.bars[0].fillColor = grey
    chart.bars[1].fillColor = navy
    chart.bars.strokeColor = None
    chart.groupSpacing = 8
    _axes(chart, max([*previous, *current, 0]))
    return _drawing(chart, [(grey, legend[0]), (navy, legend[1])], width, height, title)


def stacked_months(
    months: list[str],  # labels, already formatted ("Dec\n2025", "Jan", …)
    series: list[tuple[str, list[int]]],
    width: float,
    height: float = 150,
    title: str = "",
) -> Drawing:
    """Stacked bars per month, one colour per category."""
    chart = VerticalBarChart()
    chart.categoryAxis.style = "stacked"
    chart.data = [values for _, values in series] or [[0] * len(months)]
    chart.categoryAxis.categoryNames = months
    colours = [
        colors.HexColor(CATEGORY_COLOURS[n % len(CATEGORY_COLOURS)]) for n in range(len(series))
    ]
    for n, colour in enumerate(colours):
        chart.bars[n].fillColor = colour
    chart.bars.strokeColor = None
    top = max((sum(col) for col in zip(*chart.data, strict=True)), default=0)
    _axes(chart, top)
    pairs = [(colour, name) for colour, (name, _) in zip(colours, series, strict=True)]
    return _drawing(chart, pairs, width, height, title)
