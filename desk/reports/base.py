"""The one page template every Desk document uses, like pretix's report base: A4, a calm house
style, embedded fonts, and on every page a header and footer with the document's marking, its
TLP label (right-aligned, 12 pt, the customary colours on black), "page x of y" and the issue date;
a table of contents with page numbers. Each document subclasses ``DeskDocument`` and supplies
``cover_rows()`` and ``story()`` from its plain data (``self.data``)."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Generic, TypeVar

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from desk.models.enums import Tlp
from desk.reports.contents import NUMBER_GAP, PAGE_NUMBER_ROOM, Contents, page_number_form
from desk.reports.fonts import register_fonts
from desk.reports.i18n import Texts
from desk.reports.text import fit_to_font, para

NAVY = colors.HexColor("#15325b")
GREY = colors.HexColor("#5a6270")
META_GREY = "#3b4450"  # facts lines under a title
LIGHT = colors.HexColor("#eef2f7")
RULE = colors.HexColor("#c9d1dc")
MARKING_RED = colors.HexColor("#8e0000")
TLP_COLOURS = {
    Tlp.RED: "#FF2B2B",
    Tlp.AMBER_STRICT: "#FFC000",
    Tlp.AMBER: "#FFC000",
    Tlp.GREEN: "#33FF00",
    Tlp.CLEAR: "#FFFFFF",
}
PAGE_W, PAGE_H = A4
MARGIN = 20 * mm
TOP = 26 * mm  # room for the header band
BOTTOM = 22 * mm  # room for the footer band


@dataclass(frozen=True)
class DocumentMeta:
    title: str
    subtitle: str
    marking: str
    tlp: Tlp  # the most restrictive label of what the document contains
    lang: str
    issued_at: datetime


def _bold(name: str, parent: ParagraphStyle, **values: object) -> ParagraphStyle:
    return ParagraphStyle(name, parent=parent, fontName="DejaVuSans-Bold", **values)


def _heading(
    name: str,
    parent: ParagraphStyle,
    size: float,
    leading: float,
    before: float,
    after: float,
    **values: object,
) -> ParagraphStyle:
    """A bold heading that stays with what follows it."""
    return _bold(
        name,
        parent,
        fontSize=size,
        leading=leading,
        spaceBefore=before,
        spaceAfter=after,
        keepWithNext=1,
        **values,
    )


def styles() -> dict[str, ParagraphStyle]:
    font = register_fonts()
    base = ParagraphStyle(
        "body", fontName=font, fontSize=9.5, leading=13, textColor=colors.HexColor("#1d232c")
    )
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10.5, textColor=GREY),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.5, leading=11),
        "signal": ParagraphStyle("signal", parent=base, leading=12.5, spaceBefore=4, spaceAfter=6),
        "meta": ParagraphStyle(
            "meta", parent=base, fontSize=8.5, leading=11.5, textColor=colors.HexColor("#3b4450")
        ),
        "cell_bold": _bold("cell_bold", base, fontSize=8.5, leading=11),
        "empty": ParagraphStyle(
            "empty", parent=base, fontName="DejaVuSans-Oblique", textColor=GREY
        ),
        "title": _bold("title", base, fontSize=22, leading=27, textColor=NAVY, spaceAfter=6),
        "subtitle": ParagraphStyle(
            "subtitle", parent=base, fontSize=13, leading=17, textColor=GREY, spaceAfter=14
        ),
        "h1": _heading("h1", base, 14, 18, 12, 6, textColor=NAVY),
        "h2": _heading("h2", base, 11, 14, 9, 4, textColor=NAVY),
        "h3": _heading("h3", base, 9.5, 13, 6, 2, alignment=TA_LEFT),
        # like h2, but not itself an entry of the table of contents
        "contents": _bold("contents", base, fontSize=11, leading=14, textColor=NAVY, spaceAfter=4),
        "toc1": ParagraphStyle("toc1", parent=base, fontSize=10, leading=15, leftIndent=0),
        "toc2": ParagraphStyle(
            "toc2", parent=base, fontSize=9, leading=13, leftIndent=14, textColor=GREY
        ),
    }


def tlp_box(canvas: Canvas, right: float, baseline: float, tlp: Tlp) -> None:
    """The TLP label, right-aligned at ``right``: coloured capitals on black, 12 pt."""
    text = tlp.label
    canvas.setFont("DejaVuSans-Bold", 12)
    width = canvas.stringWidth(text, "DejaVuSans-Bold", 12)
    canvas.setFillColor(colors.black)
    canvas.rect(right - width - 8, baseline - 4, width + 8, 17, stroke=0, fill=1)
    canvas.setFillColor(colors.HexColor(TLP_COLOURS[tlp]))
    canvas.drawRightString(right - 4, baseline, text)


def numbered_canvas(meta: DocumentMeta) -> type[Canvas]:
    """A canvas that waits for the last page, then draws header and footer with "x of y"."""
    t = Texts(meta.lang)

    class NumberedCanvas(Canvas):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []
            self.contents_pages: dict[str, int] = {}  # heading key: its page (afterFlowable)
            # heading key: how the contents print its page number (font, size, colour)
            self.contents_numbers: dict[str, tuple[str, float, object]] = {}

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            # The contents were drawn before their headings were laid out: each page number is
            # a form drawn there and defined only now (PDF lets a page use a form defined later).
            for key, (font, size, colour) in self.contents_numbers.items():
                self.beginForm(page_number_form(key), -PAGE_NUMBER_ROOM, -size, 0, 2 * size)
                number = str(self.contents_pages.get(key, ""))
                width = self.stringWidth(number, font, size) + NUMBER_GAP
                self.setFillColor(colors.white)
                self.rect(-width, -size / 3, width, size * 4 / 3, stroke=0, fill=1)
                self.setFont(font, size)
                self.setFillColor(colour)
                self.drawRightString(0, 0, number)
                self.endForm()
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._decorate(total)
                super().showPage()
            super().save()

        def _decorate(self, total: int) -> None:
            self.saveState()
            right = PAGE_W - MARGIN
            # header: marking left, TLP right, a rule below
            self.setFont("DejaVuSans-Bold", 10)
            self.setFillColor(MARKING_RED)
            self.drawString(MARGIN, PAGE_H - 15 * mm, fit_to_font(meta.marking))
            self.setFont("DejaVuSans", 8)
            self.setFillColor(GREY)
            self.drawString(MARGIN, PAGE_H - 19 * mm, fit_to_font(meta.title))
            tlp_box(self, right, PAGE_H - 16 * mm, meta.tlp)
            self.setStrokeColor(RULE)
            self.setLineWidth(0.6)
            self.line(MARGIN, PAGE_H - 21 * mm, right, PAGE_H - 21 * mm)
            # footer: marking and issue date left, page x of y centred, TLP right
            self.line(MARGIN, 17 * mm, right, 17 * mm)
            self.setFont("DejaVuSans-Bold", 9)
            self.setFillColor(MARKING_RED)
            self.drawString(MARGIN, 11.5 * mm, fit_to_font(meta.marking))
            self.setFont("DejaVuSans", 8)
            self.setFillColor(GREY)
            self.drawString(MARGIN, 7.5 * mm, t("issued", date=t.stamp(meta.issued_at)))
            self.drawCentredString(
                PAGE_W / 2, 10.5 * mm, t("page_of", page=self._pageNumber, pages=total)
            )
            tlp_box(self, right, 9 * mm, meta.tlp)
            self.restoreState()

    return NumberedCanvas


class DeskDocTemplate(BaseDocTemplate):
    """Feeds headings to the table of contents and the PDF outline."""

    def __init__(self, target: io.BytesIO, meta: DocumentMeta) -> None:
        super().__init__(
            target,
            pagesize=A4,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=TOP,
            bottomMargin=BOTTOM,
            title=fit_to_font(meta.title),
            subject=fit_to_font(meta.subtitle),
            author="Desk",
            creator="Desk",
        )
        frame = Frame(MARGIN, BOTTOM, PAGE_W - 2 * MARGIN, PAGE_H - TOP - BOTTOM, id="body")
        self.addPageTemplates([PageTemplate(id="page", frames=[frame])])
        self._heading_count = 0

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, Paragraph) and flowable.style.name in ("h1", "h2"):
            level = 0 if flowable.style.name == "h1" else 1
            text = flowable.getPlainText()
            key = f"h{self._heading_count}"
            self._heading_count += 1
            # XYZ at the heading (not the page's default "Fit"): viewers jump to the heading,
            # and Qt's PDF view accepts the link (it ignores destinations without a location)
            top = self.frame._y + flowable.height + flowable.style.spaceBefore
            # The canvas writes its pages only at the end (``numbered_canvas``), so reportlab's
            # count of pages written is still 1 here: name the page being laid out instead, or
            # every bookmark and contents link leads to the first page.
            pdf, written = self.canv._doc, self.canv._doc.pageCounter
            pdf.pageCounter = self.page
            try:
                self.canv.bookmarkHorizontal(key, 0, top)
            finally:
                pdf.pageCounter = written
            self.canv.addOutlineEntry(text, key, level=level, closed=level > 0)
            self.canv.contents_pages[key] = self.page


D = TypeVar("D")


class DeskDocument(Generic[D]):
    """Subclasses supply ``cover_rows()`` (label, value) and ``story()`` from ``self.data``;
    ``render()`` gives the PDF as bytes."""

    def __init__(self, data: D, meta: DocumentMeta) -> None:
        self.data = data
        self.meta = meta
        self.t = Texts(meta.lang)
        self.s = styles()

    # -- building blocks for subclasses ----------------------------------------------------------
    def h1(self, text: str) -> Paragraph:
        return Paragraph(para(text), self.s["h1"])

    def h2(self, text: str) -> Paragraph:
        return Paragraph(para(text), self.s["h2"])

    def h3(self, text: str) -> Paragraph:
        return Paragraph(para(text), self.s["h3"])

    def p(self, text: str, style: str = "body") -> Paragraph:
        return Paragraph(para(text), self.s[style])

    def empty(self, text: str) -> Paragraph:
        """An empty section says so instead of vanishing."""
        return Paragraph(para(text), self.s["empty"])

    def cell(self, text: object, bold: bool = False) -> Paragraph:
        return Paragraph(
            para("" if text is None else text), self.s["cell_bold" if bold else "cell"]
        )

    def table(
        self,
        header: list[str],
        rows: Sequence[Sequence[object]],
        widths: list[float],
        *,
        zebra: bool = True,
        plain: Sequence[int] = (),
    ) -> Table:
        """``plain``: columns of short values (numbers, codes, one word) set as one line of
        text instead of a paragraph — a count table of hundreds of rows lays out in a fraction
        of the time."""
        data = [[self.cell(h, bold=True) for h in header]] + [
            [
                c
                if isinstance(c, Flowable)
                else ("" if c is None else str(c))
                if n in plain
                else self.cell(c)
                for n, c in enumerate(r)
            ]
            for r in rows
        ]
        table = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
        cell = self.s["cell"]
        style = [
            ("FONT", (0, 1), (-1, -1), cell.fontName, cell.fontSize, cell.leading),
            ("BACKGROUND", (0, 0), (-1, 0), LIGHT),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, NAVY),
            ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
        if zebra:
            style += [
                ("BACKGROUND", (0, r), (-1, r), colors.HexColor("#f8fafc"))
                for r in range(2, len(data), 2)
            ]
        table.setStyle(TableStyle(style))
        return table

    def facts(self, rows: list[tuple[str, object]], label_width: float = 45 * mm) -> Table:
        """A label/value list without grid lines (cover page, profile fields)."""
        data = [
            [self.cell(label, bold=True), v if isinstance(v, Flowable) else self.cell(v)]
            for label, v in rows
            if v not in (None, "")
        ]
        table = Table(
            data or [[self.cell(""), self.cell("")]],
            colWidths=[label_width, PAGE_W - 2 * MARGIN - label_width],
            hAlign="LEFT",
        )
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ]
            )
        )
        return table

    @property
    def width(self) -> float:
        return PAGE_W - 2 * MARGIN

    # -- what subclasses supply ------------------------------------------------------------------
    def cover_rows(self) -> list[tuple[str, object]]:
        return []

    def story(self) -> list[Flowable]:
        raise NotImplementedError

    # -- rendering -------------------------------------------------------------------------------
    def _front(self, story: list[Flowable]) -> list[Flowable]:
        # the contents' lines are the story's headings, keyed as DeskDocTemplate keys them
        entries = [(level, text, f"h{n}") for n, (level, text) in enumerate(_headings(story))]
        contents: list[Flowable] = [
            Paragraph(para(self.t("contents")), self.s["contents"]),
            Contents(entries, [self.s["toc1"], self.s["toc2"]]),
        ]
        return [
            Paragraph(para(self.meta.title), self.s["title"]),
            Paragraph(para(self.meta.subtitle), self.s["subtitle"]),
            self.facts(self.cover_rows()),
            Spacer(1, 10 * mm),
            *(contents if entries else []),
            PageBreak(),
        ]

    def render(self, progress: Callable[[float], None] | None = None) -> bytes:
        """The PDF, laid out in one pass. ``progress`` gets the fraction of layout done (0–1)."""
        buffer = io.BytesIO()
        doc = DeskDocTemplate(buffer, self.meta)
        if progress is not None:
            state = {"size": 1, "shown": 0.0}

            def on_progress(kind: str, value: int) -> None:
                if kind == "SIZE_EST":
                    state["size"] = max(value, 1)
                elif kind == "PROGRESS":
                    done = min(value / state["size"], 1.0)
                    if done > state["shown"]:
                        state["shown"] = done
                        progress(done)

            doc.setProgressCallBack(on_progress)
        story = self.story()
        doc.build(self._front(story) + story, canvasmaker=numbered_canvas(self.meta))
        return buffer.getvalue()


class CachedParagraph(Paragraph):
    """A paragraph that breaks its lines once per width.

    Line breaking depends on the width only, and the frame asks again for every pass and
    page-end check: remembering the lines saves the main cost of a long briefing's layout.
    """

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        cached = self.__dict__.get("_wrapped")
        if cached is not None and cached[0] == availWidth:
            self.width, self.height, self.blPara = cached
            return self.width, self.height
        width, height = super().wrap(availWidth, availHeight)
        self._wrapped = (availWidth, height, self.blPara)
        return width, height


class KeptBlock(Flowable):
    """A rich head (title, facts) and a plain body (summary) that move to the next page together,
    unless the block is long enough that keeping it whole would leave a large gap.

    Two paragraphs rather than one joined with ``<br/>``: reportlab breaks a paragraph in a
    single font on a fast path, and the summary is most of a briefing's text.
    """

    MAX_KEPT = 220.0  # points: about a third of the body frame

    def __init__(self, head: str, body: str, style: ParagraphStyle) -> None:
        super().__init__()
        self.head = CachedParagraph(head, ParagraphStyle("kept_head", style, spaceAfter=0))
        self.body = (
            CachedParagraph(body, ParagraphStyle("kept_body", style, spaceBefore=0))
            if body
            else None
        )
        self.spaceBefore = style.spaceBefore
        self.spaceAfter = style.spaceAfter

    def _parts(self) -> list[Paragraph]:
        return [self.head] if self.body is None else [self.head, self.body]

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.height = sum(p.wrap(availWidth, availHeight)[1] for p in self._parts())
        return self.width, self.height

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:
        top = y + self.height
        for part in self._parts():
            top -= part.height
            part.drawOn(canvas, x, top, _sW)

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self.wrap(availWidth, availHeight)
        if self.height <= self.MAX_KEPT or self.body is None or self.head.height > availHeight:
            return []  # whole, on the next page
        rest = self.body.split(availWidth, availHeight - self.head.height)
        return [self.head, *rest] if rest else []


def _headings(flowables: list[Flowable]) -> list[tuple[int, str]]:
    """(level, text) of the h1/h2 headings in reading order, also inside KeepTogether."""
    found: list[tuple[int, str]] = []
    for f in flowables:
        if isinstance(f, Paragraph) and f.style.name in ("h1", "h2"):
            found.append((0 if f.style.name == "h1" else 1, f.getPlainText()))
        elif isinstance(getattr(f, "_content", None), list):
            found += _headings(f._content)
    return found
