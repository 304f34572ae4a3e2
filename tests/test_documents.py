"""Kinds of documents (the registry), the units of work they are read and recorded in, and
their errors. What the documents hold is tested in test_briefings.py."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from datetime import UTC, date, time, timedelta
from pathlib import Path

import pypdf
import pytest
import sqlalchemy as sa

from desk import documents as docs
from desk.cli import build_parser, main
from desk.documents.registry import REPORTS
from desk.documents.report import MeetingReport
from desk.errors import DeskError, InvalidInput, Refused, Unavailable
from desk.models.meetings import MeetingStatus
from desk.reports.base import DeskDocument, DocumentMeta
from desk.services import briefings as br
from desk.services import meetings as mt
from desk.services.issued import issued_documents
from desk.services.reference import load_reference
from desk.services.settings import set_setting
from desk.services.signals import insert_signals
from desk.services.work import USER_NAME, Work
from desk.ui.documents.issued_dialog import kind_label
from tests.conftest import PASSPHRASE
from tests.helpers import db_arg, draft, expected_actor, sha256


@pytest.fixture
def meeting(store):
    """A held DAO meeting (3 Nov 2026) with two Thai signals in its window."""
    mt.plan_series(store, "DAO", date(2026, 10, 6), time(10, 0), count=2, chair="Jeroen Bos")
    first, second = mt.list_meetings(store, "DAO")
    inside = first.starts_at.astimezone(UTC) + timedelta(days=3)
    with store.transaction() as s:
        insert_signals(
            s,
            [draft(store, country="TH", title=t, tlp="GREEN") for t in ("One", "Two")],
            load_reference(store),
            actor="test",
            logged_at=[inside, inside],
        )
    mt.set_meeting_status(store, second.id, MeetingStatus.OPEN)
    mt.set_meeting_status(store, second.id, MeetingStatus.HELD)
    return store, second


# -- the registry ------------------------------------------------------------------------------------
def _commands(parser, *path: str) -> set[str]:
    for name in path:
        parser = parser._subparsers._group_actions[0].choices[name]
    return set(parser._subparsers._group_actions[0].choices)


def test_every_kind_is_offered_by_the_command_line_and_the_app() -> None:
    parser = build_parser()
    assert [r.kind for r in REPORTS] == [
        "meeting-briefing",
        "minutes",
        "country-profile",
        "period-briefing",
    ]
    for report in REPORTS:
        if report.about is docs.Subject.PERIOD:  # desk briefing --from --to
            briefing = parser._subparsers._group_actions[0].choices["briefing"]
            assert {"--from", "--to"} <= set(briefing._option_string_actions)
            assert kind_label(report.kind) == report.label
            continue
        where = () if report.about is docs.Subject.MEETING else ("countries",)
        assert report.name in _commands(parser, *where), report.kind
        assert docs.report_for(report.kind) is report
        assert kind_label(report.kind) == report.label  # the issued documents' list
    assert kind_label("retired-kind") == "retired-kind"


class AgendaSheet(DeskDocument[br.MeetingBriefingData]):
    def story(self) -> list:
        rows = [[i.number, i.title or "—"] for i in self.data.agenda]
        return [self.h1("Agenda sheet"), self.table(["#", "Item"], rows, [20, self.width - 20])]


class AgendaSheetReport(MeetingReport[br.MeetingBriefingData]):
    """A new kind of document: this class and one line in the registry are all it takes."""

    kind = "agenda-sheet"
    name = "agenda-sheet"
    label = "Agenda sheet"
    help = "the agenda on one sheet"
    title_key = "agenda"

    def collect(self, w: Work, subject: int, audience: br.Audience, lang: str):
        return br.meeting_briefing_data(w, subject, audience, lang)

    def layout(self, data: br.MeetingBriefingData, meta: DocumentMeta) -> AgendaSheet:
        return AgendaSheet(data, meta)


@contextlib.contextmanager
def registered(report: docs.Report) -> Iterator[None]:
    REPORTS.append(report)  # the one registry line
    try:
        yield
    finally:
        REPORTS.remove(report)


def test_a_new_kind_is_one_report_and_one_registry_line(
    capsys, meeting, tmp_path: Path, monkeypatch
) -> None:
    store, _held = meeting
    monkeypatch.setenv("DESK_PASSPHRASE", PASSPHRASE)
    db, out = db_arg(store), tmp_path / "sheet.pdf"
    with registered(AgendaSheetReport()):
        assert "agenda-sheet" in _commands(build_parser())
        code = main(
            [
                *("--db", db, "agenda-sheet", "--region", "DAO", "--meeting", "2026-11-03"),
                *("--audience", "external", "--out", str(out)),
            ]
        )
        printed = capsys.readouterr().out
        assert code == 0 and f"sha256 {sha256(out)}" in printed
        content = " ".join(p.extract_text() for p in pypdf.PdfReader(out).pages)
        assert "Agenda sheet" in content and "TLP:GREEN" in content
        main(["--db", db, "documents", "list", "--json"])
        (record,) = json.loads(capsys.readouterr().out)
        assert (record["kind"], record["region"], record["audience"]) == (
            "agenda-sheet",
            "DAO",
            "external",
        )
        assert kind_label("agenda-sheet") == "Agenda sheet"
    assert "agenda-sheet" not in _commands(build_parser())


# -- units of work ---------------------------------------------------------------------------------
@contextlib.contextmanager
def connections(store) -> Iterator[dict[str, int]]:
    """Counts the connections taken from the store's pool, and the most held at once."""
    seen = {"taken": 0, "held": 0, "most": 0}

    def taken(*_args: object) -> None:
        seen["taken"] += 1
        seen["held"] += 1
        seen["most"] = max(seen["most"], seen["held"])

    def given_back(*_args: object) -> None:
        seen["held"] -= 1

    sa.event.listen(store.engine, "checkout", taken)
    sa.event.listen(store.engine, "checkin", given_back)
    try:
        yield seen
    finally:
        sa.event.remove(store.engine, "checkout", taken)
        sa.event.remove(store.engine, "checkin", given_back)


def test_document_content_is_read_in_one_snapshot(meeting) -> None:
    store, held = meeting
    for collect in (
        lambda: br.meeting_briefing_data(store, held.id),
        lambda: br.minutes_data(store, held.id),
        lambda: br.profile_data(store, "TH"),
    ):
        with connections(store) as seen:
            collect()
        assert seen["taken"] == 1


def test_issuing_records_in_one_transaction_with_no_second_connection(
    meeting, tmp_path: Path
) -> None:
    store, held = meeting
    set_setting(store, USER_NAME, "Anna de Wit")
    rendered = docs.render(store, "minutes", held.id)
    with connections(store) as seen:
        issued = docs.issue(store, rendered, tmp_path / "m.pdf")
    assert (seen["taken"], seen["most"]) == (1, 1)
    (record,) = issued_documents(store)
    assert (
        record.issued_by == expected_actor(store, "Anna de Wit") and record.sha256 == issued.sha256
    )


# -- errors ------------------------------------------------------------------------------------------
def test_document_errors_are_desk_errors(meeting, tmp_path: Path) -> None:
    store, held = meeting
    draft_meeting = mt.list_meetings(store, "DAO")[0]
    mt.set_meeting_status(store, draft_meeting.id, MeetingStatus.CANCELLED)
    with pytest.raises(br.NoMinutes) as no_minutes:
        docs.render(store, "minutes", draft_meeting.id)
    rendered = docs.render(store, "minutes", held.id)
    with pytest.raises(docs.BadDestination) as not_pdf:
        docs.issue(store, rendered, tmp_path / "m.txt")
    with pytest.raises(docs.UnknownLanguage):
        docs.render(store, "minutes", held.id, lang="fr")
    assert isinstance(no_minutes.value, Refused) and isinstance(not_pdf.value, InvalidInput)
    assert issubclass(docs.NotSaved, Unavailable) and issubclass(br.DocumentError, DeskError)
    # the document commands exit 1 on any of them, as they always did
    for error in (no_minutes.value, not_pdf.value, docs.NotSaved("busy")):
        assert error.exit_code == 1


def test_cli_says_why_in_one_line(capsys, meeting, tmp_path: Path, monkeypatch) -> None:
    store, _held = meeting
    monkeypatch.setenv("DESK_PASSPHRASE", PASSPHRASE)
    db = db_arg(store)
    for argv, line in (
        (
            ["minutes", "--region", "DAO", "--meeting", "2026-11-03", "--out", "m.txt"],
            "desk: error: m.txt: the file name should end in .pdf",
        ),
        (
            [
                *("briefing", "--region", "DAO", "--meeting", "2026-11-03"),
                *("--out", str(tmp_path / "no" / "b.pdf")),
            ],
            f"desk: error: the folder {tmp_path / 'no'} does not exist",
        ),
    ):
        code = main(["--db", db, *argv])
        captured = capsys.readouterr()
        assert (code, captured.out, captured.err) == (1, "", line + "\n")
