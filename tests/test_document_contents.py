"""The table of contents is laid out in one pass, its page numbers filled in as PDF forms at the
end: every number must be the page its heading is on."""

from __future__ import annotations

import io
from datetime import UTC, date, time, timedelta

import pypdf
import pytest

from desk import documents as docs
from desk.models.meetings import MeetingStatus
from desk.services import meetings as mt
from desk.services.reference import load_reference
from desk.services.signals import insert_signals
from tests.test_briefing_summary import drafter

COUNTRIES = ["TH", "VN", "KH", "MY", "ID", "PH"]
LONG = "Distributors re-export microcontrollers through free zones. " * 12


def _contents(page: pypdf.PageObject) -> list[tuple[str, int]]:
    """(heading, page number) of each line of the contents on ``page``.

    reportlab draws a line's text after what its end-of-line callback draws (the dot leaders
    and the page number's form), so the text comes out as: dots, number, heading."""
    lines = [line.strip() for line in (page.extract_text() or "").splitlines() if line.strip()]
    return [
        (lines[n + 2], int(lines[n + 1]))
        for n, line in enumerate(lines)
        if set(line) <= {".", " "} and "." in line
    ]


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_every_contents_line_gives_the_page_of_its_heading(local_store, lang: str) -> None:
    store = local_store
    mt.plan_series(store, "DAO", date(2026, 10, 6), time(10, 0), count=3, chair="Jeroen Bos")
    first, second, _ = mt.list_meetings(store, "DAO")
    start = first.starts_at.astimezone(UTC) + timedelta(hours=1)
    make = drafter(store)
    drafts = [
        make(country=c, title=f"{c} signal {i}", summary=LONG, tlp="GREEN")
        for c in COUNTRIES
        for i in range(12)
    ]
    with store.transaction() as s:
        when = [start + timedelta(minutes=i) for i in range(len(drafts))]
        insert_signals(s, drafts, load_reference(store), actor="test", logged_at=when)
    mt.set_meeting_status(store, second.id, MeetingStatus.OPEN)

    pdf = docs.render(store, "meeting-briefing", second.id, lang=lang).pdf
    pages = pypdf.PdfReader(io.BytesIO(pdf)).pages
    assert len(pages) > 8  # long enough for headings to fall on many pages
    texts = [" ".join((p.extract_text() or "").split()) for p in pages]
    contents = _contents(pages[0])
    assert len(contents) >= 2 + len(COUNTRIES)  # sections and a heading per country
    numbers = set()
    for heading, page in contents:
        numbers.add(page)
        assert 1 < page <= len(pages)
        assert heading in texts[page - 1], f"{heading!r} is not on page {page}"
        assert all(heading not in t for t in texts[1 : page - 1]), f"{heading!r} comes earlier"
    assert len(numbers) > 3  # the headings are spread over pages, not all on one

    # the bookmarks (and so the contents' links, which lead to them) go to the same pages
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    marks = [(m.title, reader.get_destination_page_number(m) + 1) for m in _flat(reader.outline)]
    assert marks == contents


def _flat(outline: list) -> list:
    return [m for item in outline for m in (_flat(item) if isinstance(item, list) else [item])]
