"""Issue #7: a meeting briefing over 2,000 signals in the window (budget 5 s).

The store is the 100,000-signal bench store plus a DAO series whose latest window holds 2,000
DAO signals (and 1,500 in the window before, for the comparison table). Printed in the same run:

- the briefing as the app and the command line make it (Desk's queries + layout, two passes for
  the table of contents);
- the same layout from data already in memory (no queries): what the queries cost;
- the floor: reportlab alone setting the same text (title, facts, source, summary of every
  signal) in a plain one-pass document, without any of Desk's queries or structure.
"""

from __future__ import annotations

import io
import random
import tempfile
from datetime import UTC, datetime, time, timedelta
from pathlib import Path

import pypdf
import sqlalchemy as sa
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

from bench.common import PASSPHRASE, Result, best_of, timed
from bench.fixtures import copy_of_big_store
from desk import documents as docs
from desk.reports.base import DocumentMeta
from desk.reports.fonts import register_fonts
from desk.reports.meeting_briefing import MeetingBriefing
from desk.reports.text import para
from desk.services import briefings as br
from desk.services import meetings as mt
from desk.services.demo import synthetic_drafts
from desk.services.reference import load_reference
from desk.services.signals import insert_signals
from desk.store import open_store

WINDOW_SIGNALS = 2_000
PREVIOUS_SIGNALS = 1_500
BUDGET = 5.0


def _dao_drafts(ref, n: int, seed: int):
    drafts = [
        d
        for d in synthetic_drafts(ref, n * 12, seed=seed)
        if ref.countries[d.country_code].directorate == "DAO"
    ]
    assert len(drafts) >= n, "not enough DAO signals generated"
    return drafts[:n]


def _prepare(store) -> int:
    """A DAO series after all the synthetic data; 2,000 signals in the second meeting's window."""
    with store.session() as s:
        latest = s.execute(sa.text("SELECT max(updated_at) FROM signal")).scalar()
    start = datetime.fromisoformat(str(latest)).date() + timedelta(days=7)
    mt.plan_series(store, "DAO", start, time(10, 0), count=3, chair="Jeroen Bos")
    first, second, _ = mt.list_meetings(store, "DAO")
    ref = load_reference(store)
    rng = random.Random(5)
    for drafts, window_start in (
        (_dao_drafts(ref, PREVIOUS_SIGNALS, 21), first.starts_at - timedelta(days=28)),
        (_dao_drafts(ref, WINDOW_SIGNALS, 22), first.starts_at),
    ):
        span = 27 * 24 * 3600
        when = [
            (window_start + timedelta(seconds=rng.randint(60, span))).astimezone(UTC)
            for _ in drafts
        ]
        with store.transaction() as s:
            insert_signals(s, drafts, ref, actor="bench", logged_at=when)
    return second.id


def _floor(data: br.MeetingBriefingData) -> bytes:
    """The same words, set by reportlab with no queries, no contents, no tables or charts."""
    font = register_fonts()
    body = ParagraphStyle("b", fontName=font, fontSize=9.5, leading=13)
    head = ParagraphStyle("h", fontName="DejaVuSans-Bold", fontSize=9.5, leading=13)
    story = []
    for country, signals in data.signals_by_country:
        story.append(Paragraph(para(country), head))
        for s in signals:
            story.append(Paragraph(para(s.title), head))
            facts = f"{s.observed_on} · {s.grade} · {s.tlp.label} · {s.category}"
            story.append(Paragraph(para(facts), body))
            story.append(Paragraph(para(" ".join(c for c, _ in s.hs)), body))
            story.append(Paragraph(para(s.source or ""), body))
            story.append(Paragraph(para(s.summary), body))
            story.append(Spacer(1, 6))
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build(story)
    return buffer.getvalue()


def run() -> list[Result]:
    with tempfile.TemporaryDirectory() as folder:
        path = copy_of_big_store(Path(folder) / "briefing.db")
        with open_store(path, PASSPHRASE) as store:
            meeting_id = _prepare(store)
            data = br.meeting_briefing_data(store, meeting_id)
            listed = sum(len(v) for _, v in data.signals_by_country)
            _, first = timed(lambda: docs.render(store, "meeting-briefing", meeting_id))
            pages = len(pypdf.PdfReader(io.BytesIO(first.pdf)).pages)

            full = best_of(lambda: docs.render(store, "meeting-briefing", meeting_id), repeat=3)
            queries = best_of(lambda: br.meeting_briefing_data(store, meeting_id), repeat=3)
            meta = DocumentMeta(
                title="Briefing",
                subtitle="DAO",
                marking="Dep. VERTROUWELIJK",
                tlp=data.tlp,
                lang="en",
                issued_at=datetime.now(UTC),
            )
            layout = best_of(lambda: MeetingBriefing(data, meta).render(), repeat=3)
            floor = best_of(lambda: _floor(data), repeat=3)
            with tempfile.TemporaryDirectory() as out:
                target = Path(out) / "b.pdf"
                issue = best_of(lambda: docs.issue(store, first, target), repeat=3)
    note = f"{listed:,} signals in the window, {pages} pages"
    return [
        Result(
            f"briefing, {WINDOW_SIGNALS:,} signals (queries + layout)",
            full,
            budget=BUDGET,
            baseline=floor,
            note=note + "; baseline = reportlab floor",
        ),
        Result("  of which: Desk's queries (briefing data)", queries),
        Result("  Desk's layout from data in memory (2 passes)", layout, baseline=floor),
        Result("  reportlab floor: same text, one pass, no queries", floor),
        Result("  issue: hash, atomic write, record", issue),
    ]
