"""PDF briefings, minutes and country profiles, read back with pypdf's text extraction."""

from __future__ import annotations

import io
import json
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pypdf
import pytest

from desk import documents as docs
from desk.cli import main
from desk.models.meetings import Attendance, MeetingStatus, ParticipantRole
from desk.services import briefings as br
from desk.services import meetings as mt
from desk.services.issued import issued_documents
from desk.services.markings import MarkingRefused, check_marking, set_markings
from desk.services.reference import load_reference
from desk.services.signals import insert_signals
from tests.conftest import PASSPHRASE
from tests.helpers import BUSY, db_arg, draft, sha256, write_locked

CHR_SOURCE = "Zarqon Freight Whistleblower"


def pages_text(pdf: bytes, password: str | None = None) -> list[str]:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    if password is not None:
        reader.decrypt(password)
    return [" ".join((p.extract_text() or "").split()) for p in reader.pages]


def text(pdf: bytes) -> str:
    return " ".join(pages_text(pdf))


def logged(store, when: datetime, **values: object) -> int:
    with store.transaction() as s:
        (sid,) = insert_signals(
            s, [draft(store, **values)], load_reference(store), actor="test", logged_at=[when]
        )
    return sid


@pytest.fixture
def dao(store):
    return dao_meetings(store)


@pytest.fixture
def local_dao(local_store):
    """``dao`` in an encrypted file (for what only a local store has: its write lock)."""
    return dao_meetings(local_store)


def dao_meetings(store):
    """A DAO series (6 Oct, 3 Nov 2026, …) and signals in and around the second meeting's
    window (6 Oct 10:00 – 3 Nov 10:00, The Hague time)."""
    mt.plan_series(store, "DAO", date(2026, 10, 6), time(10, 0), count=3, chair="Jeroen Bos")
    first, second, _third = mt.list_meetings(store, "DAO")
    inside = first.starts_at.astimezone(UTC) + timedelta(days=3)
    for title, tlp, extra in (
        ("Bangkok distributors resell microcontrollers", "GREEN", {}),
        ("Thai forwarders route CNC parts", "AMBER", {"hs_codes": "8459.61"}),
        ("Shenzhen broker ships oscilloscopes", "RED", {"country": "CN"}),
        ("Clear public report on Thai transit", "CLEAR", {}),
        ("Chatham signal on bank accounts", "GREEN", {"chr": "true", "source": CHR_SOURCE}),
    ):
        logged(store, inside, title=title, tlp=tlp, **{"country": "TH", **extra})
    logged(store, inside - timedelta(days=20), title="Older window Thai signal", tlp="GREEN")
    logged(store, inside, title="Armenian signal of another region", country="AM", tlp="GREEN")
    mt.set_meeting_status(store, second.id, MeetingStatus.OPEN)
    mt.add_participant(store, second.id, "Iris Kok", ParticipantRole.COUNTRY_DESK, "desk China")
    return store, first, second


def briefing(store, meeting_id: int, audience: str = "contact-point", lang: str = "en", **kw):
    return docs.render(store, "meeting-briefing", meeting_id, br.Audience(audience), lang, **kw)


def test_briefing_holds_the_window_signals_of_its_region_and_nothing_else(dao) -> None:
    store, _first, second = dao
    content = text(briefing(store, second.id).pdf)
    for title in (
        "Bangkok distributors resell microcontrollers",
        "Thai forwarders route CNC parts",
        "Shenzhen broker ships oscilloscopes",
        "Chatham signal on bank accounts",
    ):
        assert title in content
    assert "Older window Thai signal" not in content  # the previous window: counted, not listed
    assert "Armenian signal of another region" not in content
    assert "8459.61 (Tier 4.B)" in content  # HS code with its CHPI tier
    assert "Iris Kok" in content and "Jeroen Bos" in content


def test_audiences_drop_what_they_may_not_see_and_the_label_follows(dao) -> None:
    store, _first, second = dao
    full = briefing(store, second.id)
    directorate = briefing(store, second.id, "directorate")
    external = briefing(store, second.id, "external")

    assert full.tlp.label == "TLP:RED"
    d = text(directorate.pdf)
    # (the cover names the audience "without TLP:RED"; a signal's own label reads "TLP TLP:…")
    assert "Shenzhen broker ships oscilloscopes" not in d and "TLP TLP:RED" not in d
    assert "Thai forwarders route CNC parts" in d and directorate.tlp.label == "TLP:AMBER"

    e = text(external.pdf)
    assert "Bangkok distributors resell microcontrollers" in e
    assert "Clear public report on Thai transit" in e
    assert "Thai forwarders route CNC parts" not in e and "Shenzhen broker" not in e
    assert "TLP TLP:AMBER" not in e and "TLP TLP:RED" not in e
    assert "TLP:AMBER" not in " ".join(pages_text(external.pdf)[1:])  # nor in any header
    assert external.tlp.label == "TLP:GREEN"
    assert "Iris Kok" not in e and "Jeroen Bos" not in e  # no personal names outside
    assert "desk China" in e  # …but the role and organisation stay
    assert "Not included for this audience." in e  # actions, decisions: said, not dropped


def test_a_chatham_house_source_is_never_printed(dao) -> None:
    store, _first, second = dao
    for audience in br.Audience:
        content = text(briefing(store, second.id, audience.value).pdf)
        assert "Chatham signal on bank accounts" in content
        assert CHR_SOURCE not in content
        assert "withheld (Chatham House Rule)" in content


JAN = "Jan de Vries, Embassy Bangkok"
JAN_URL = "https://intranet.example/jan-de-vries"
CALL = "Call with Jan about the Bangkok case"


@pytest.fixture
def jan(dao):
    """A post's signal whose free-text source names a person, and agenda items staff wrote."""
    store, first, second = dao
    inside = first.starts_at.astimezone(UTC) + timedelta(days=3)
    logged(
        store, inside, title="Post reports a new Thai re-export hub", tlp="GREEN",
        source=JAN, source_url=JAN_URL, source_kind="post",
    )  # fmt: skip
    mt.add_item(store, second.id, CALL, 10, "Iris Kok")
    mt.add_item(store, second.id, "Outreach to Thai customs", 10, shareable=True)
    return store, second


def test_external_documents_give_a_sources_kind_and_no_staff_titles(jan) -> None:
    store, second = jan
    for lang, kind, withheld in (
        ("en", "post reporting", "Item not included for this audience"),
        ("nl", "rapportage van een post", "Agendapunt niet opgenomen voor deze doelgroep"),
    ):
        e = text(briefing(store, second.id, "external", lang).pdf)
        m = text(docs.render(store, "minutes", second.id, br.Audience.EXTERNAL, lang).pdf)
        for content in (e, m):
            for secret in ("Jan de Vries", "Embassy Bangkok", "intranet.example", "Call with Jan"):
                assert secret not in content, (lang, secret)
            assert withheld in content  # the free item's place, without its title
            assert "Outreach to Thai customs" in content  # marked shareable
        assert "Post reports a new Thai re-export hub" in e and kind in e
        # the other signals name a source ("Trade data", a URL) but no kind
        assert "Trade data" not in e and "example.org" not in e
        assert ("kind not specified" if lang == "en" else "soort niet opgegeven") in e
        standing = mt.get_agenda(store, second.id, lang).items[0].title
        assert standing in e and standing in m

    for audience in ("contact-point", "directorate"):  # as before: who and where
        content = text(briefing(store, second.id, audience).pdf)
        assert JAN in content and JAN_URL in content and CALL in content
        assert "post reporting" not in content and "Item not included" not in content
    assert CALL in text(docs.render(store, "minutes", second.id).pdf)


def test_every_page_carries_the_tlp_label_and_the_marking(dao) -> None:
    store, _first, second = dao
    set_markings(store, ["Dep. VERTROUWELIJK", "Intern"])
    for audience, marking in (("contact-point", "Dep. VERTROUWELIJK"), ("external", "intern")):
        rendered = briefing(store, second.id, audience, marking=marking)
        pages = pages_text(rendered.pdf)
        assert len(pages) >= 2
        for n, page in enumerate(pages, 1):
            assert rendered.tlp.label in page, f"page {n} lacks {rendered.tlp.label}"
            assert marking.capitalize() in page or marking in page, f"page {n} lacks the marking"
            assert f"Page {n} of {len(pages)}" in page


def test_the_default_marking_follows_the_audience(dao, tmp_path: Path, capsys, monkeypatch) -> None:
    store, _first, second = dao
    expected = {
        "contact-point": "Dep. VERTROUWELIJK",
        "directorate": "Dep. VERTROUWELIJK",
        "external": "Openbaar",  # TLP:GREEN and CLEAR only: not a departmental secret
    }
    for audience, marking in expected.items():
        rendered = briefing(store, second.id, audience)
        assert rendered.marking == marking and marking in text(rendered.pdf), audience
    assert briefing(store, second.id, "external", marking="Intern").marking == "Intern"
    set_markings(store, ["Confidential", "Internal", "Public"])  # the list, highest first
    assert briefing(store, second.id, "directorate").marking == "Confidential"
    assert briefing(store, second.id, "external").marking == "Public"
    db = db_arg(store)
    store.close()
    monkeypatch.setenv("DESK_PASSPHRASE", PASSPHRASE)
    out = tmp_path / "external.pdf"
    argv = ["--db", db, "briefing", "--region", "dao", "--meeting", "2026-11-03"]
    code, _out, err = run(capsys, *argv, "--audience", "external", "--out", str(out))
    assert code == 0, err
    assert "Public" in text(out.read_bytes()) and "Confidential" not in text(out.read_bytes())


def test_dutch_briefing_uses_dutch_labels_and_dates(dao) -> None:
    store, _first, second = dao
    nl = text(briefing(store, second.id, lang="nl").pdf)
    for word in (
        "Briefing voor het vierwekelijks contactmoment",
        "Sinds het vorige contactmoment",
        "Inhoud",
    ):
        assert word in nl
    assert "3 november 2026" in nl and "Pagina 1 van" in nl
    assert "Waargenomen" in nl and "wederuitvoer" in nl  # field label and category word
    for english in ("Since the last meeting", "Page 1 of", "November", "Observed"):
        assert english not in nl
    en = text(briefing(store, second.id).pdf)
    assert "3 November 2026" in en and "Since the last meeting" in en


def test_dutch_briefing_and_minutes_name_countries_in_dutch(dao) -> None:
    store, first, second = dao
    inside = first.starts_at.astimezone(UTC) + timedelta(days=3)
    logged(store, inside, title="Penang reseller of bearings", country="MY", tlp="GREEN")
    nl = text(briefing(store, second.id, lang="nl").pdf)
    assert "Maleisië" in nl and "Malaysia" not in nl
    assert "Malaysia" in text(briefing(store, second.id).pdf)


def test_every_fixed_text_and_kind_of_source_is_in_both_languages() -> None:
    from desk.models.enums import SourceKind
    from desk.reports.i18n import TEXTS

    assert set(TEXTS["en"]) == set(TEXTS["nl"])
    assert all(f"source_kind.{kind.value}" in TEXTS["en"] for kind in SourceKind)


def test_counts_compare_with_the_previous_window(dao) -> None:
    store, _first, second = dao
    data = br.meeting_briefing_data(store, second.id)
    thailand = {r.category: (r.previous, r.current) for r in data.counts if r.country == "Thailand"}
    assert thailand["re-export"] == (1, 4)  # the older signal counts in the previous window
    assert dict((t, n) for t, n in data.tiers)["4.B"] == 1


def test_an_empty_window_says_so(store) -> None:
    mt.plan_series(store, "DWH", date(2026, 10, 6), count=2)
    first, _ = mt.list_meetings(store, "DWH")
    content = text(briefing(store, first.id).pdf)
    assert "No signals in this period." in content
    assert "This is the first meeting of the series." in content
    assert "No open actions." in content


def test_issued_document_is_recorded_with_the_files_hash(dao, tmp_path: Path) -> None:
    store, _first, second = dao
    target = tmp_path / "briefing.pdf"
    issued = docs.issue(store, briefing(store, second.id, "directorate", "nl"), target)
    (record,) = issued_documents(store)
    assert record.sha256 == issued.sha256 == sha256(target)
    assert (record.kind, record.region, record.meeting_id) == ("meeting-briefing", "DAO", second.id)
    assert (record.audience, record.lang, record.tlp) == ("directorate", "nl", "AMBER")
    assert record.pages == len(pypdf.PdfReader(target).pages)
    assert oct(target.stat().st_mode & 0o777) == "0o600"


def empty_folder(tmp_path: Path) -> Path:
    out = tmp_path / "out"
    out.mkdir()
    return out


def test_an_interrupted_write_leaves_no_file_and_no_record(
    dao, tmp_path: Path, monkeypatch
) -> None:
    store, _first, second = dao
    rendered, target = briefing(store, second.id), empty_folder(tmp_path) / "briefing.pdf"
    out = target.parent
    target.write_bytes(b"%PDF-1.4 the previous, complete version")

    def die_half_way(self: Path, data: bytes) -> int:
        with open(self, "wb") as f:
            f.write(data[: len(data) // 2])
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Path, "write_bytes", die_half_way)
    with pytest.raises(OSError):
        docs.issue(store, rendered, target)
    monkeypatch.undo()
    assert target.read_bytes() == b"%PDF-1.4 the previous, complete version"
    assert list(out.iterdir()) == [target]  # no half-written temporary file left
    assert issued_documents(store) == []

    fresh = out / "new.pdf"
    monkeypatch.setattr(Path, "write_bytes", die_half_way)
    with pytest.raises(OSError):
        docs.issue(store, rendered, fresh)
    assert not fresh.exists()


def test_a_busy_store_saves_neither_file_nor_record(local_dao, tmp_path: Path, monkeypatch) -> None:
    store, _first, second = local_dao
    rendered, target = briefing(store, second.id), empty_folder(tmp_path) / "briefing.pdf"
    out = target.parent
    with write_locked(store, monkeypatch), pytest.raises(docs.NotSaved) as caught:
        docs.issue(store, rendered, target)
    assert str(caught.value) == BUSY
    assert list(out.iterdir()) == []  # no file, no temporary file
    assert issued_documents(store) == []
    # an existing file of that name is left as it was
    target.write_bytes(b"%PDF-1.4 the previous version")
    with write_locked(store, monkeypatch), pytest.raises(docs.NotSaved, match="busy"):
        docs.issue(store, rendered, target)
    assert list(out.iterdir()) == [target]
    assert target.read_bytes() == b"%PDF-1.4 the previous version"
    # once the other writer is done, the same document is written and recorded
    issued = docs.issue(store, rendered, target)
    assert [r.sha256 for r in issued_documents(store)] == [issued.sha256] == [sha256(target)]


def test_a_file_that_cannot_take_its_place_is_not_recorded(
    dao, tmp_path: Path, monkeypatch
) -> None:
    """The record is committed before the rename; a failed rename takes the record back."""
    import os

    store, _first, second = dao
    rendered, target = briefing(store, second.id), empty_folder(tmp_path) / "briefing.pdf"
    out = target.parent
    real_replace = os.replace

    def refused(src, dst) -> None:
        if Path(dst) == target:  # e.g. Windows: the old file is open in a PDF viewer
            assert len(issued_documents(store)) == 1  # recorded by now
            raise PermissionError(13, "Permission denied", str(dst))
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", refused)
    with pytest.raises(PermissionError):
        docs.issue(store, rendered, target)
    assert list(out.iterdir()) == []
    assert issued_documents(store) == []


def test_state_secret_markings_are_refused(dao) -> None:
    store, _first, second = dao
    with pytest.raises(MarkingRefused, match="not accredited for state secrets"):
        briefing(store, second.id, marking="Stg. GEHEIM")
    with pytest.raises(MarkingRefused, match="not one of the configured markings"):
        briefing(store, second.id, marking="Top Secret")
    with pytest.raises(MarkingRefused):
        set_markings(store, ["Dep. VERTROUWELIJK", "stg confidentieel"])
    assert check_marking("dep.  vertrouwelijk", ["Dep. VERTROUWELIJK"]) == "Dep. VERTROUWELIJK"


def test_a_protected_pdf_opens_only_with_its_password(dao, tmp_path: Path) -> None:
    store, _first, second = dao
    target = tmp_path / "protected.pdf"
    docs.issue(store, briefing(store, second.id), target, password="correct horse")
    reader = pypdf.PdfReader(target)
    assert reader.is_encrypted
    assert not reader.decrypt("wrong")
    assert "Bangkok distributors" in " ".join(pages_text(target.read_bytes(), "correct horse"))
    assert issued_documents(store)[0].protected


def test_minutes_of_a_held_meeting(dao) -> None:
    store, _first, second = dao
    pid = mt.participants(store, second.id)[0].id
    mt.set_attendance(store, pid, Attendance.ATTENDED)
    item = mt.get_agenda(store, second.id).items[0]
    mt.update_item(store, item.id, minutes="Bangkok distributors discussed at length.")
    mt.add_decision(store, second.id, "Ask Thai customs for transit data.")
    mt.add_action(store, second.id, "Request transit data", ["Iris Kok"], date(2026, 11, 20))
    mt.set_meeting_status(store, second.id, MeetingStatus.HELD)
    content = text(docs.render(store, "minutes", second.id).pdf)
    for expected in (
        "Minutes of the four-weekly meeting",
        "Iris Kok",
        "present",
        "Bangkok distributors discussed at length.",
        "Ask Thai customs for transit data.",
        "Request transit data",
        "20 Nov 2026",
    ):
        assert expected in content
    external = text(docs.render(store, "minutes", second.id, br.Audience.EXTERNAL).pdf)
    assert "Iris Kok" not in external and "Ask Thai customs" not in external


def test_minutes_need_a_meeting_that_was_opened(dao) -> None:
    store, _first, _second = dao
    third = mt.list_meetings(store, "DAO")[2]
    with pytest.raises(br.NoMinutes, match="no minutes until it is opened"):
        docs.render(store, "minutes", third.id)


def test_country_profile_document(dao) -> None:
    store, *_ = dao
    directorate = docs.render(store, "country-profile", "TH", br.Audience.DIRECTORATE)
    content = text(directorate.pdf)
    assert "Country profile" in content and "Thailand (TH)" in content
    assert "DAO — Asia and Oceania Department" in content
    assert "Thai forwarders route CNC parts" in content
    external = text(docs.render(store, "country-profile", "TH", br.Audience.EXTERNAL).pdf)
    assert "Thai forwarders route CNC parts" not in external
    assert "Bangkok distributors resell microcontrollers" in external
    # says that something was left out, never how much
    assert "Signals above the TLP level of this audience are not included." in external
    assert "Signals above the TLP level" not in content  # the directorate misses nothing here


def test_names_in_other_scripts_degrade_to_a_marker(store) -> None:
    mt.plan_series(store, "DAO", date(2026, 10, 6), count=2)
    first, second = mt.list_meetings(store, "DAO")
    logged(
        store,
        first.starts_at.astimezone(UTC) + timedelta(days=1),
        title="Distributor บริษัท ไทย and Москва office",
        tlp="GREEN",
    )
    content = text(briefing(store, second.id).pdf)
    assert "Distributor [Thai] and Москва office" in content  # Cyrillic is in the font


def test_progress_reaches_the_end(dao) -> None:
    store, _first, second = dao
    seen: list[tuple[int, str]] = []
    briefing(store, second.id, progress=lambda done, total, phase: seen.append((done, phase)))
    assert seen[0] == (0, "collect") and seen[-1][0] == 100
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


# -- command line ------------------------------------------------------------------------------------
def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_cli_documents(capsys, dao, tmp_path: Path, monkeypatch) -> None:
    store, _first, _second = dao
    db = db_arg(store)
    store.close()
    monkeypatch.setenv("DESK_PASSPHRASE", PASSPHRASE)
    out_file = tmp_path / "b.pdf"
    code, out, err = run(
        capsys,
        "--db",
        db,
        "briefing",
        "--region",
        "dao",
        "--meeting",
        "2026-11-03",
        "--audience",
        "directorate",
        "--lang",
        "nl",
        "--out",
        str(out_file),
    )
    assert code == 0, err
    assert f"sha256 {sha256(out_file)}" in out and "TLP:AMBER" in out
    assert "Sinds het vorige contactmoment" in text(out_file.read_bytes())

    code, _, err = run(
        capsys, "--db", db, "countries", "profile", "Thailand", "--out", str(tmp_path / "p.pdf")
    )
    assert code == 0, err
    code, _, err = run(
        capsys, "--db", db, "minutes", "--region", "DAO", "--meeting", "2026-11-03",
        "--out", str(tmp_path / "m.pdf"),
    )  # fmt: skip
    assert code == 0, err

    monkeypatch.setenv("DESK_PDF_PASSWORD", "pw")
    code, _, err = run(
        capsys, "--db", db, "countries", "profile", "TH", "--protect", "--out", str(tmp_path / "x.pdf")
    )  # fmt: skip
    assert code == 0 and pypdf.PdfReader(tmp_path / "x.pdf").is_encrypted

    code, out, _ = run(capsys, "--db", db, "documents", "list", "--json")
    records = json.loads(out)
    assert [r["kind"] for r in records].count("meeting-briefing") == 1
    assert {r["sha256"] for r in records} >= {sha256(out_file)}

    code, _, err = run(
        capsys, "--db", db, "briefing", "--region", "DAO", "--marking", "Stg. GEHEIM",
        "--out", str(tmp_path / "s.pdf"),
    )  # fmt: skip
    assert code == 1 and "state secret" in err and not (tmp_path / "s.pdf").exists()
    code, _, err = run(
        capsys, "--db", db, "minutes", "--region", "DAO", "--meeting", "2026-12-01",
        "--out", str(tmp_path / "d.pdf"),
    )  # fmt: skip
    assert code == 1 and "no minutes" in err


def test_cli_says_in_one_line_that_a_busy_store_saved_nothing(
    capsys, local_dao, tmp_path: Path, monkeypatch
) -> None:
    store, _first, _second = local_dao
    monkeypatch.setenv("DESK_PASSPHRASE", PASSPHRASE)
    out_file = tmp_path / "b.pdf"
    with write_locked(store, monkeypatch):
        code, out, err = run(
            capsys, "--db", db_arg(store), "briefing", "--region", "DAO",
            "--meeting", "2026-11-03", "--out", str(out_file),
        )  # fmt: skip
    assert code == 1 and out == ""
    # it said it waited, then one line of failure, no traceback
    assert err.splitlines() == [
        "desk: waiting for another Desk process to finish writing…",
        f"desk: error: {BUSY}",
    ]
    assert list(tmp_path.iterdir()) == [tmp_path / "stores"] and issued_documents(store) == []


def test_cli_shows_which_agenda_titles_are_shareable(capsys, jan) -> None:
    store, _second = jan
    argv = ["--db", db_arg(store), "meetings", "show", "2026-11-03", "--region", "DAO"]
    code, out, err = run(capsys, *argv)
    assert code == 0, err
    assert "Outreach to Thai customs (10 min) [shareable]" in out
    assert f"{CALL} (10 min) — Iris Kok\n" in out
    code, out, err = run(capsys, *argv, "--json")
    shared = {i["title"]: i["shareable"] for i in json.loads(out)["agenda"]}
    assert shared[CALL] is False and shared["Outreach to Thai customs"] is True
    assert shared["New trends in sanctions circumvention"] is True  # standing: always


def test_a_very_long_signal_flows_over_pages_and_nothing_is_lost(store) -> None:
    mt.plan_series(store, "DAO", date(2026, 10, 6), count=2)
    first, second = mt.list_meetings(store, "DAO")
    words = " ".join(f"word{n}" for n in range(2000))
    logged(
        store,
        first.starts_at.astimezone(UTC) + timedelta(days=1),
        title="A signal with a very long summary",
        summary=f"Start of the summary. {words} End of the summary.",
        tlp="GREEN",
    )
    content = text(briefing(store, second.id).pdf)
    assert "Start of the summary." in content and "End of the summary." in content
    assert all(f"word{n} " in content for n in (0, 1000, 1998))


def test_signal_block_moves_whole_unless_long() -> None:
    from desk.reports.base import KeptBlock, styles
    from desk.reports.fonts import register_fonts

    register_fonts()
    style = styles()["signal"]
    short = KeptBlock("<b>Title</b><br/>facts", "A short summary.", style)
    _, height = short.wrap(400, 800)
    assert short.split(400, height / 2) == []  # kept together: to the next page
    long = KeptBlock("<b>Title</b><br/>facts", " ".join(["word"] * 3000), style)
    _, height = long.wrap(400, 800)
    assert height > KeptBlock.MAX_KEPT
    parts = long.split(400, 300)
    assert parts[0] is long.head and len(parts) == 3  # head, the body's first and second halves
    assert sum(p.wrap(400, 800)[1] for p in parts[:2]) <= 300
    assert long.split(400, long.head.height / 2) == []  # not even the head fits here


def test_country_snapshots_count_the_window_and_the_whole_log(dao) -> None:
    from desk.services.search import SignalFilter, count_signals

    store, _first, second = dao
    data = br.meeting_briefing_data(store, second.id)
    snaps = {s.code: s for s in data.snapshots}
    assert set(snaps) == {"TH", "CN"}  # the countries of the window's signals, not AM
    assert snaps["TH"].in_period == 4 and snaps["CN"].in_period == 1
    # in the whole log: also the Thai signal of the older window
    for code, snap in snaps.items():
        assert snap.total == count_signals(store, SignalFilter(countries=frozenset({code})))
    assert snaps["TH"].total == 5
    directorate = br.meeting_briefing_data(store, second.id, br.Audience.DIRECTORATE)
    assert {s.code for s in directorate.snapshots} == {"TH"}  # CN's only signal is RED
    external = br.meeting_briefing_data(store, second.id, br.Audience.EXTERNAL)
    (th,) = external.snapshots
    # neither in the period nor in the whole log does the AMBER signal count for outsiders
    assert (th.in_period, th.total) == (3, 4)


def test_trade_flows_section_for_internal_audiences(dao, tmp_path: Path) -> None:
    from desk.services.trade_import import import_trade_files
    from tests.trade_fixtures import write_comext, write_comtrade

    store, _first, second = dao
    empty = text(briefing(store, second.id).pdf)
    assert "Trade flows in CHPI goods" in empty and "No flagged flows" in empty
    import_trade_files(
        store, [write_comtrade(tmp_path / "th.csv"), write_comext(tmp_path / "am.csv")]
    )
    data = br.meeting_briefing_data(store, second.id)
    # Thailand's exports to Russia (DAO); Armenia is another region's
    assert [(r.country, r.product) for r in data.trade_flows] == [
        ("TH", "854231"),
        ("TH", "852691"),
    ]
    full = text(briefing(store, second.id).pdf)
    assert "8542.31" in full and "TH → RU/BY" in full and "USD 7.1 M" in full
    assert "not where the goods went next" in full
    assert "8542.31" in text(briefing(store, second.id, "directorate").pdf)
    external = briefing(store, second.id, "external")
    assert br.meeting_briefing_data(store, second.id, br.Audience.EXTERNAL).trade_flows is None
    assert "USD 7.1 M" not in text(external.pdf)
    dutch = text(briefing(store, second.id, lang="nl").pdf)
    assert "Handelsstromen in CHPI-goederen" in dutch
