"""A window with more signals than a reader can use is summarised: counts complete, the best
graded of each country listed, the rest counted per country (briefing, period briefing,
minutes; both languages)."""

from __future__ import annotations

import io
from collections import Counter
from datetime import UTC, date, time, timedelta

import pypdf
import pytest

from desk import documents as docs
from desk.models.enums import Tlp
from desk.models.meetings import MeetingStatus
from desk.services import briefings as br
from desk.services import meetings as mt
from desk.services.briefing_window import (
    LISTED_PER_COUNTRY,
    SUMMARY_LIMIT,
    grade_order,
    summarise,
    tiers,
    window_signals,
)
from desk.services.period_briefing import Period, period_briefing_data
from desk.services.reference import load_reference
from desk.services.search import SignalRow
from desk.services.signals import insert_signals
from desk.services.validation import SignalValidator
from tests.helpers import signal_values

# per country: how many signals in the window (together over the limit)
PER_COUNTRY = {"TH": 370, "VN": 200, "KH": 3}
GRADES = [(r, c) for r in "ABCDEF" for c in range(1, 7)]
HS_CODES = ["8542.31", "8459.61", "8471.30; 8542.31", "", "9013.10"]  # tiers counted once each


def drafter(store):
    """Validated drafts from import values (the reference read once, not per signal)."""
    validator = SignalValidator(load_reference(store))

    def make(**values: object):
        result, errors = validator.validate(signal_values(**values))
        assert not errors, errors
        return result

    return make


def _grade(n: int) -> tuple[str, int]:
    return GRADES[(n * 7) % len(GRADES)]  # spread over A1 … F6, not in order of logging


def _tlp(n: int) -> str:
    return "RED" if n % 10 == 0 else ("GREEN" if n % 3 else "AMBER")


@pytest.fixture
def busy(store):
    """A DAO series whose second meeting's window holds 573 signals (58 of them RED)."""
    mt.plan_series(store, "DAO", date(2026, 10, 6), time(10, 0), count=3, chair="Jeroen Bos")
    first, second, _ = mt.list_meetings(store, "DAO")
    start = first.starts_at.astimezone(UTC) + timedelta(hours=1)
    drafts, when, expected = [], [], []
    draft = drafter(store)
    n = 0
    for code, count in PER_COUNTRY.items():
        for i in range(count):
            rel, cred = _grade(n)
            observed = date(2026, 9, 1) + timedelta(days=n % 40)
            title = f"{code} signal {i:03d}"
            drafts.append(
                draft(
                    country=code,
                    title=title,
                    reliability=rel,
                    credibility=str(cred),
                    tlp=_tlp(n),
                    observed_on=observed.isoformat(),
                    category=["re-export", "finance", "legal"][n % 3],
                    hs_codes=HS_CODES[n % len(HS_CODES)],
                )
            )
            when.append(start + timedelta(minutes=n))
            expected.append((code, title, rel, cred, observed, _tlp(n), drafts[-1].category))
            n += 1
    with store.transaction() as s:
        insert_signals(s, drafts, load_reference(store), actor="test", logged_at=when)
    mt.set_meeting_status(store, second.id, MeetingStatus.OPEN)
    return store, second, expected


def _best(expected, code: str, allowed: set[str]) -> list[str]:
    mine = [e for e in expected if e[0] == code and e[5] in allowed]
    mine.sort(key=lambda e: (e[2], e[3], -e[4].toordinal()))
    return [e[1] for e in mine[:LISTED_PER_COUNTRY]]


@pytest.mark.parametrize("audience", [br.Audience.CONTACT_POINT, br.Audience.DIRECTORATE])
def test_a_window_over_the_limit_is_summarised(busy, audience: br.Audience) -> None:
    store, meeting, expected = busy
    allowed = {t.value for t in Tlp if br.allows(audience, t)}
    visible = [e for e in expected if e[5] in allowed]
    assert len(visible) > SUMMARY_LIMIT
    data = br.meeting_briefing_data(store, meeting.id, audience)

    # the counts are complete: every visible signal, per country and category
    assert sum(r.current for r in data.counts) == len(visible)
    names = {s.code: s.name for s in data.snapshots}
    for code in PER_COUNTRY:
        for cat in ("re-export", "finance", "legal"):
            want = sum(1 for e in visible if e[0] == code and e[6] == cat)
            got = [r.current for r in data.counts if r.country == names[code] and r.category == cat]
            assert got == ([want] if want else [])
    assert {s.code: s.in_period for s in data.snapshots} == {
        c: sum(1 for e in visible if e[0] == c) for c in PER_COUNTRY
    }
    assert data.withheld_signals == len(expected) - len(visible)

    # the best graded of each country are listed, and only they
    listed = {country: [s.title for s in signals] for country, signals in data.signals_by_country}
    for code in PER_COUNTRY:
        assert listed[names[code]] == _best(expected, code, allowed)
    assert all(s.tlp.value in allowed for _, ss in data.signals_by_country for s in ss)

    # the rest is counted per country: the small country has none left over
    more = {m.code: (m.listed, m.more) for m in data.more}
    assert more == {
        c: (LISTED_PER_COUNTRY, n - LISTED_PER_COUNTRY)
        for c in ("TH", "VN")
        for n in [sum(1 for e in visible if e[0] == c)]
    }
    assert data.tlp == (Tlp.RED if audience == br.Audience.CONTACT_POINT else Tlp.AMBER)


def test_minutes_and_the_period_briefing_are_summarised_too(busy) -> None:
    store, meeting, expected = busy
    minutes = br.minutes_data(store, meeting.id)
    assert len(minutes.signals) == 2 * LISTED_PER_COUNTRY + PER_COUNTRY["KH"]
    assert {m.code: m.more for m in minutes.more} == {
        "TH": PER_COUNTRY["TH"] - LISTED_PER_COUNTRY,
        "VN": PER_COUNTRY["VN"] - LISTED_PER_COUNTRY,
    }
    day = meeting.starts_at.date() - timedelta(days=28)  # the first meeting's day
    period = period_briefing_data(store, Period("DAO", day, meeting.starts_at.date()))
    assert sum(r.current for r in period.counts) == len(expected)
    assert {m.code for m in period.more} == {"TH", "VN"}
    assert sum(len(ss) for _, ss in period.signals_by_country) == len(minutes.signals)


def _text(pdf: bytes) -> str:
    pages = pypdf.PdfReader(io.BytesIO(pdf)).pages
    return " ".join(" ".join((p.extract_text() or "").split()) for p in pages)


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_a_summarised_document_says_what_it_left_out(local_store, lang: str) -> None:
    """The documents themselves, in both languages (on the local store: rendering is the same
    on both)."""
    store = local_store
    mt.plan_series(store, "DAO", date(2026, 10, 6), time(10, 0), count=3, chair="Jeroen Bos")
    first, second, _ = mt.list_meetings(store, "DAO")
    start = first.starts_at.astimezone(UTC) + timedelta(hours=1)
    draft = drafter(store)
    drafts = [draft(country="TH", title=f"Thai {i}", tlp="GREEN") for i in range(520)]
    with store.transaction() as s:
        when = [start + timedelta(minutes=i) for i in range(len(drafts))]
        insert_signals(s, drafts, load_reference(store), actor="test", logged_at=when)
    mt.set_meeting_status(store, second.id, MeetingStatus.OPEN)
    more = 520 - LISTED_PER_COUNTRY
    briefing = _text(docs.render(store, "meeting-briefing", second.id, lang=lang).pdf)
    minutes = _text(docs.render(store, "minutes", second.id, lang=lang).pdf)
    if lang == "en":
        assert "This period holds 520 signals, more than a reader can use" in briefing
        assert f"Thailand ({LISTED_PER_COUNTRY} of 520)" in briefing
        assert f"And {more} more signals of Thailand in this period" in briefing
        assert 'desk signals list --search "country:TH"' in briefing
        assert "Annex: signals not listed" in briefing
        assert "This period holds 520 signals" in minutes and "country:TH" in minutes
    else:
        assert "Deze periode telt 520 signalen" in briefing
        assert f"En nog {more} signalen van" in briefing and "trendoverzicht" in briefing
        assert "Bijlage: niet opgenomen signalen" in briefing
        assert "Deze periode telt 520 signalen" in minutes
    assert briefing.count("Thai ") == LISTED_PER_COUNTRY  # the listed ones' titles, no more


def _row(n: int, code: str, rel: str, cred: int, tlp: str = "GREEN", day: int = 1) -> SignalRow:
    return SignalRow(
        n,
        date(2026, 9, day),
        code,
        code,
        "DAO",
        f"s{n}",
        "finance",
        rel,
        cred,
        tlp,
        "new",
        None,
        False,
    )


def test_window_signals_lists_everything_up_to_the_limit_and_the_best_beyond() -> None:
    rows = [
        _row(1, "TH", "C", 3),
        _row(2, "TH", "A", 2),
        _row(3, "TH", "A", 2, day=5),  # same grade, observed later: first
        _row(4, "TH", "B", 1, tlp="RED"),
        _row(5, "VN", "F", 6),
    ]
    green = [Tlp.CLEAR, Tlp.GREEN]
    whole = window_signals(rows, green, limit=4)
    assert whole.listed == whole.visible and not whole.summarised and whole.withheld == 1
    cut = window_signals(rows, green, limit=3, per_country=2)
    assert [r.id for r in cut.listed] == [3, 2, 5]
    assert [(m.code, m.listed, m.more) for m in cut.more] == [("TH", 2, 1)]
    assert sorted(rows, key=grade_order)[0].id == 3


def test_a_finalised_meetings_list_is_read_back_in_chunks_in_its_order(busy, monkeypatch) -> None:
    """Frozen ids are read a chunk at a time (PostgreSQL takes at most 65,535 parameters)."""
    from desk.services.meetings import signal_list

    store, meeting, _ = busy
    live = [r.id for r in mt.agenda_signals(store, meeting.id)]
    mt.set_meeting_status(store, meeting.id, MeetingStatus.HELD)
    mt.set_meeting_status(store, meeting.id, MeetingStatus.FINALISED)
    monkeypatch.setattr(signal_list, "_CHUNK", 7)
    assert [r.id for r in mt.agenda_signals(store, meeting.id)] == live


def _same_as_in_python(store, meeting_id: int, limit: int) -> None:
    """``summarise`` of item 1 (in SQL) says what ``window_signals`` says of its rows."""
    rows = mt.agenda_signals(store, meeting_id)
    for allowed in (list(Tlp), [Tlp.CLEAR, Tlp.GREEN]):
        py = window_signals(rows, allowed, limit=limit)
        with store.session() as s:
            sql = summarise(s, mt.item_one(store, meeting_id), allowed, limit=limit)
            want_tiers = tiers(s, [r.id for r in py.visible])
        keys = Counter((r.country_code, r.country_name, r.category, r.tlp) for r in py.visible)
        assert sql.visible == keys and sql.total == len(py.visible)
        assert sql.withheld == py.withheld and sql.more == py.more
        assert sql.tiers == want_tiers and want_tiers  # the fixture has HS codes of some tiers
        if py.summarised:
            assert [r.id for r in sql.listed] == [r.id for r in py.listed]
        else:
            assert sorted(r.id for r in sql.listed) == sorted(r.id for r in py.listed)


@pytest.mark.parametrize("limit", [10_000, SUMMARY_LIMIT, 3])
def test_the_window_counted_in_sql_equals_counting_its_rows(busy, limit: int) -> None:
    """With the contact point's changes (one added from outside the window, one of it added
    again, one removed), then as frozen once the meeting is finalised."""
    store, meeting, _ = busy
    first = mt.list_meetings(store, "DAO")[0]
    before = first.starts_at.astimezone(UTC) - timedelta(days=40)
    with store.transaction() as s:
        (outside,) = insert_signals(
            s,
            [drafter(store)(country="VN", title="Old one", reliability="A", credibility="1")],
            load_reference(store),
            actor="test",
            logged_at=[before],
        )
    rows = mt.agenda_signals(store, meeting.id)
    mt.add_agenda_signals(store, meeting.id, [outside, rows[1].id])
    mt.remove_agenda_signals(store, meeting.id, [rows[0].id])
    live = {r.id for r in mt.agenda_signals(store, meeting.id)}
    assert outside in live and rows[1].id in live and rows[0].id not in live
    _same_as_in_python(store, meeting.id, limit)
    mt.set_meeting_status(store, meeting.id, MeetingStatus.HELD)
    mt.set_meeting_status(store, meeting.id, MeetingStatus.FINALISED)
    _same_as_in_python(store, meeting.id, limit)
