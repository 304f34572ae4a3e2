"""Preparing documents in the app: options, the worker with progress, the QtPdf preview, saving."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pypdf
import pytest
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from desk.services.briefings import Audience
from desk.services.demo import load_demo, load_demo_countries, load_demo_meetings
from desk.services.issued import IssuedRecord, issued_documents
from desk.services.preferences import Preferences
from desk.ui.documents.issued_dialog import issued_model
from desk.ui.documents.options_dialog import DocumentOptionsDialog
from desk.ui.preferences import PreferencesDialog
from desk.ui.table import RowRole
from tests.conftest import WAIT_MS
from tests.helpers import BUSY, sha256, write_locked


def test_options_dialog_checks_the_password_and_remembers_choices(qtbot) -> None:
    dialog = DocumentOptionsDialog(
        "Briefing", "what", ["Dep. VERTROUWELIJK", "Intern"], kind="test-kind"
    )
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled() and not dialog.password.isEnabled()
    dialog.protect.setChecked(True)
    assert not ok.isEnabled()  # a ticked box without a password
    dialog.password.setText("secret")
    dialog.repeat.setText("secreT")
    assert not ok.isEnabled() and "differ" in dialog.problem.text()
    dialog.repeat.setText("secret")
    assert ok.isEnabled()
    dialog.audience.setCurrentIndex(dialog.audience.findData("external"))
    dialog.lang.setCurrentIndex(dialog.lang.findData("nl"))
    dialog.marking.setCurrentIndex(1)
    options = dialog.options()
    assert (options.audience, options.lang, options.marking, options.password) == (
        Audience.EXTERNAL,
        "nl",
        "Intern",
        "secret",
    )
    dialog.accept()

    again = DocumentOptionsDialog(
        "Briefing", "what", ["Dep. VERTROUWELIJK", "Intern"], kind="test-kind"
    )
    qtbot.addWidget(again)
    remembered = again.options()
    assert (remembered.audience, remembered.lang, remembered.marking) == (
        Audience.EXTERNAL,
        "nl",
        "Intern",
    )
    assert remembered.password is None  # never remembered


def test_the_marking_follows_the_audience_unless_chosen(qtbot) -> None:
    allowed = ["Dep. VERTROUWELIJK", "Intern", "Openbaar"]
    dialog = DocumentOptionsDialog("Profile", "what", allowed, kind="audience-kind")
    qtbot.addWidget(dialog)
    for audience, marking in (
        ("contact-point", "Dep. VERTROUWELIJK"),
        ("directorate", "Dep. VERTROUWELIJK"),
        ("external", "Openbaar"),  # TLP:GREEN and CLEAR for outsiders: not Dep. VERTROUWELIJK
    ):
        dialog.audience.setCurrentIndex(dialog.audience.findData(audience))
        assert dialog.options().marking == marking, audience
    dialog.marking.setCurrentIndex(dialog.marking.findData("Intern"))  # the user's choice
    assert dialog.options().marking == "Intern"
    dialog.accept()

    again = DocumentOptionsDialog("Profile", "what", allowed, kind="audience-kind")
    qtbot.addWidget(again)
    assert (again.options().audience, again.options().marking) == (Audience.EXTERNAL, "Intern")
    again.audience.setCurrentIndex(again.audience.findData("directorate"))
    assert again.options().marking == "Dep. VERTROUWELIJK"  # chosen for external only


def test_preferences_refuse_a_state_secret_marking(qtbot) -> None:
    dialog = PreferencesDialog(Preferences("Anna", "ESB", 15, ("Dep. VERTROUWELIJK",)))
    qtbot.addWidget(dialog)
    dialog.markings.setPlainText("Dep. VERTROUWELIJK\nStg. GEHEIM")
    dialog.show()
    dialog.accept()
    assert dialog.isVisible() and "state secret" in dialog.problem.text()
    dialog.markings.setPlainText("Dep. VERTROUWELIJK\n")  # the Stg. line deleted
    assert dialog.problem.text() == ""  # checked again as the text changes
    dialog.markings.setPlainText("Dep. VERTROUWELIJK\nstg. geheim")
    assert "state secret" in dialog.problem.text()
    dialog.markings.setPlainText("Dep. VERTROUWELIJK\n\nIntern\nintern")
    dialog.accept()
    assert not dialog.isVisible() and dialog.marking_list() == ["Dep. VERTROUWELIJK", "Intern"]
    assert dialog.preferences() == Preferences("Anna", "ESB", 15, ("Dep. VERTROUWELIJK", "Intern"))


def test_issued_model_shows_records_without_a_view(qtbot) -> None:
    record = IssuedRecord(
        1,
        "meeting-briefing",
        "DEU",
        3,
        None,
        "directorate",
        "nl",
        "Dep. VERTROUWELIJK",
        "AMBER",
        datetime(2026, 11, 22, 9, 30, tzinfo=UTC),
        "Anna",
        "ab" * 32,
        5,
        "briefing.pdf",
        True,
    )
    model = issued_model()
    model.set_rows([record])
    row = [model.index(0, c).data() for c in range(model.columnCount())]
    assert row[1] == "Briefing" and row[2] == "DEU" and row[6] == "TLP:AMBER"
    assert row[8] == "briefing.pdf (password)" and row[9] == "abababababababab…"
    metrics = QFontMetrics(QApplication.font())
    for text in row:  # nothing the font lacks (a lock emoji showed as a box)
        assert all(metrics.inFontUcs4(ord(c)) for c in text), text
    assert model.index(0, 9).data(0x03) == "ab" * 32  # the tooltip has the whole hash
    assert model.index(0, 0).data(RowRole) is record


def _asking(view) -> bool:
    """The view's document job shows its options (waitUntil needs a real bool: None passes)."""
    return view.document_job is not None and view.document_job.options_dialog is not None


@pytest.fixture
def app(open_app):
    today = date.today()
    return open_app(
        load_demo,
        lambda s: load_demo_meetings(s, today=today),
        lambda s: load_demo_countries(s, today=today),
    )


def test_prepare_preview_and_save_a_briefing(qtbot, app, tmp_path: Path) -> None:
    window = app.window
    view = window.meetings
    with qtbot.waitSignal(view.page_loaded, timeout=WAIT_MS):
        window.navigator.go_to("meetings", "DEU")
    assert view.briefing_button.isEnabled()
    view.prepare_briefing()
    qtbot.waitUntil(lambda: _asking(view), timeout=WAIT_MS)
    job = view.document_job
    options = job.options_dialog
    options.audience.setCurrentIndex(options.audience.findData("external"))
    options.accept()
    qtbot.waitUntil(lambda: job.preview is not None, timeout=WAIT_MS)
    preview = job.preview
    assert preview.document.pageCount() >= 2
    assert "TLP:GREEN" in preview.summary.text() and "external" in preview.summary.text()
    assert job.progress is None  # closed once the document was ready

    target = tmp_path / "deu-external"  # the .pdf is added
    preview.save_to(target)
    qtbot.waitUntil(lambda: preview.issued is not None, timeout=WAIT_MS)
    saved = tmp_path / "deu-external.pdf"
    assert preview.issued.path == saved and preview.issued.sha256 == sha256(saved)
    assert "Saved to" in preview.saved.text()
    assert "TLP:GREEN" in (pypdf.PdfReader(saved).pages[0].extract_text() or "")
    records = app.run(issued_documents, lambda r: None).result(10)
    assert records[0].sha256 == sha256(saved) and records[0].audience == "external"

    preview.reject()
    qtbot.waitUntil(lambda: view.document_job is None, timeout=WAIT_MS)


def _warnings(monkeypatch) -> list[str]:
    """What the app says in message boxes (instead of showing them)."""
    from PySide6.QtWidgets import QMessageBox

    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: said.append(text))
    return said


def _profile_preview(qtbot, app):
    """The DEU country profile prepared with the default options, its preview open."""
    window = app.window
    countries = window.countries
    with qtbot.waitSignal(countries.page_loaded, timeout=WAIT_MS):
        window.navigator.go_to("countries", "DEU")
    qtbot.waitUntil(lambda: countries.page is not None, timeout=WAIT_MS)
    countries.prepare_profile()
    qtbot.waitUntil(lambda: _asking(countries), timeout=WAIT_MS)
    job = countries.document_job
    job.options_dialog.accept()
    qtbot.waitUntil(lambda: job.preview is not None, timeout=WAIT_MS)
    return job


def test_a_failed_save_says_why_and_writes_nothing(qtbot, app, tmp_path: Path, monkeypatch) -> None:
    warnings = _warnings(monkeypatch)
    job = _profile_preview(qtbot, app)
    missing = tmp_path / "no-such-folder" / "profile.pdf"
    job.preview.save_to(missing)
    qtbot.waitUntil(lambda: bool(warnings), timeout=WAIT_MS)
    assert "does not exist" in warnings[0] and not missing.exists()
    assert job.preview.issued is None and job.preview.save_button.isEnabled()
    job.preview.reject()


def test_saving_while_the_store_is_busy_says_so_in_one_line(
    qtbot, app, tmp_path: Path, monkeypatch
) -> None:
    warnings = _warnings(monkeypatch)
    job = _profile_preview(qtbot, app)
    preview = job.preview
    target = tmp_path / "out" / "profile.pdf"
    target.parent.mkdir()
    # the database thread idle: write_locked empties the pool, and no task may hold a connection
    qtbot.waitUntil(lambda: app.executor.pending == 0, timeout=WAIT_MS)
    with write_locked(app.store, monkeypatch):
        preview.save_to(target)
        qtbot.waitUntil(lambda: bool(warnings), timeout=WAIT_MS)
    assert warnings == [BUSY]
    assert list(target.parent.iterdir()) == [] and preview.issued is None
    assert preview.save_button.isEnabled() and preview.saved.text() == ""
    records = app.run(issued_documents, lambda r: None).result(10)
    assert records == []
    preview.save_to(target)  # the other writer is done: saving again works
    qtbot.waitUntil(lambda: preview.issued is not None, timeout=WAIT_MS)
    assert preview.issued.sha256 == sha256(target)
    preview.reject()


def test_locking_closes_the_preview(qtbot, app) -> None:
    window = app.window
    view = window.meetings
    with qtbot.waitSignal(view.page_loaded, timeout=WAIT_MS):
        window.navigator.go_to("meetings", "DEU")
    view.prepare_minutes() if view.minutes_button.isEnabled() else view.prepare_briefing()
    qtbot.waitUntil(lambda: _asking(view), timeout=WAIT_MS)
    job = view.document_job
    job.options_dialog.accept()
    qtbot.waitUntil(lambda: job.preview is not None, timeout=WAIT_MS)
    preview = job.preview
    app.lock()
    qtbot.waitUntil(lambda: not preview.isVisible(), timeout=WAIT_MS)
    assert view.document_job is None


def test_minutes_button_follows_the_meeting_status(qtbot, app) -> None:
    window = app.window
    view = window.meetings
    with qtbot.waitSignal(view.page_loaded, timeout=WAIT_MS):
        window.navigator.go_to("meetings", "DEU")
    # the next meeting (on top) is a draft: no minutes yet
    assert view.page.meeting.date > date.today() - timedelta(days=1)
    assert not view.minutes_button.isEnabled()
    finalised = next(
        r
        for r in range(view.meetings.rowCount())
        if view.meetings.row_object(r).status == "finalised"
    )
    with qtbot.waitSignal(view.page_loaded, timeout=WAIT_MS):
        view.list.selectRow(finalised)
    assert view.minutes_button.isEnabled()
