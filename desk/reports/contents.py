"""The table of contents in one layout pass.

reportlab's ``TableOfContents`` learns the page numbers while laying out and needs a second
pass (``multiBuild``) to print them: the layout of a long briefing twice. Here the lines are
known before layout (the story's headings) and each page number is a PDF form drawn in its
line and defined by the canvas when the last page is done (``numbered_canvas``): PDF lets a
page use a form defined later, and reportlab's ``doForm`` allows it.
"""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus.tableofcontents import TableOfContents

PAGE_NUMBER_ROOM = 40.0  # points a page number's form may use, left of the line's end
NUMBER_GAP = 2.0  # points between the dot leaders and a page number


def page_number_form(key: str) -> str:
    return f"contents_page_{key}"


class Contents(TableOfContents):
    """Looks like reportlab's own (dot leaders, linked page numbers); ``entries`` are (level,
    text, key of the heading's bookmark)."""

    def __init__(self, entries: list[tuple[int, str, str]], styles: list[ParagraphStyle]) -> None:
        super().__init__()
        self.levelStyles = styles
        self.dotsMinLevel = 0
        self._lastEntries = [(level, text, 0, key) for level, text, key in entries]

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        width, height = super().wrap(availWidth, availHeight)

        def entry_end(canvas: Canvas, kind: str, label: str) -> None:
            """After a line's text: dot leaders, then its page number's form (reportlab's
            ``drawTOCEntryEnd`` prints the number itself)."""
            _page, level, key = label.split(",")
            key = key.strip("'")  # the heading's bookmark, as reportlab quotes it
            style = self.getLevelStyle(int(level))
            font, size = style.fontName, style.fontSize
            x, y = canvas._curr_tx_info["cur_x"], canvas._curr_tx_info["cur_y"]
            # the dots end where a two-digit number begins; a longer one's form paints over
            # the last dot (the number is not known yet)
            room = availWidth - canvas.stringWidth("00", font, size) - NUMBER_GAP
            dot = " . "
            n = max(int((room - x) / canvas.stringWidth(dot, font, size)), 0)
            dots = canvas.beginText(room - n * canvas.stringWidth(dot, font, size), y)
            dots.setFont(font, size)
            dots.setFillColor(style.textColor)
            dots.textLine(n * dot)
            canvas.drawText(dots)
            canvas.contents_numbers[key] = (font, size, style.textColor)
            canvas.saveState()
            canvas.translate(availWidth, y)
            canvas.doForm(page_number_form(key))
            canvas.restoreState()
            canvas.linkRect("", key, (room, y, availWidth, y + style.leading), relative=1)

        self.canv.setNamedCB("drawTOCEntryEnd", entry_end)
        return width, height
