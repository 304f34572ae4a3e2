"""Charts drawn with ReportLab's graphics (vector, so they print sharply). They take numbers
computed by the services (pandas) and only draw them."""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

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


LEGEND_FONT, LEGEND_SIZE = "DejaVuSans", 7.5
SWATCH = 7  # the side of a colour square in the legend
LEGEND_LINE = 11  # the height of one line of the legend


def _legend_lines(
    key_pairs: list[tuple[colors.Color, str]], width: float
) -> list[list[tuple[float, colors.Color, str]]]:
    """The legend's entries (x, colour, label) on as many lines as ``width`` needs: each
    swatch right before its label, entries a clear gap apart, never past the frame."""
    lines: list[list[tuple[float, colors.Color, str]]] = [[]]
    x = 0.0
    for colour, label in key_pairs:
        entry = SWATCH + 3 + stringWidth(label, LEGEND_FONT, LEGEND_SIZE)
        if lines[-1] and x + entry > width:
            lines.append([])
            x = 0.0
        lines[-1].append((x, colour, label))
        x += entry + 12
    return [line for line in lines if line]


def _drawing(
    chart: VerticalBarChart,
    key_pairs: list[tuple[colors.Color, str]],
    width: float,
    height: float,
    title: str,
) -> Drawing:
    """The chart with its title above and its legend below, all within ``width``; the
    legend's lines add to ``height``."""
    lines = _legend_lines(key_pairs, width - 30)
    legend_height = LEGEND_LINE * len(lines) + (4 if lines else 0)
    drawing = Drawing(width, height + legend_height)
    chart.x, chart.y = 30, 30 + legend_height
    chart.width, chart.height = width - 40, height - 50
    drawing.add(chart)
    for n, line in enumerate(lines):
        y = legend_height - LEGEND_LINE * (n + 1)
        for x, colour, label in line:
            drawing.add(Rect(30 + x, y, SWATCH, SWATCH, fillColor=colour, strokeColor=None))
            drawing.add(
                String(
                    30 + x + SWATCH + 3,
                    y + 0.5,
                    label,
                    fontName=LEGEND_FONT,
                    fontSize=LEGEND_SIZE,
                    fillColor=colors.HexColor("#333333"),
                )
            )
    if title:
        drawing.add(
            String(
                0,
                height + legend_height - 10,
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
    # the legend explains what is drawn: not the categories without a signal in these months
    pairs = [
        (colour, name)
        for colour, (name, values) in zip(colours, series, strict=True)
        if any(values)
    ]
    return _drawing(chart, pairs, width, height, title)
