"""Every control a keyboard can reach has a name a screen reader can say (#18, WCAG 4.1.2):
every section in every shape, and every dialog of the app. Offenders are listed all at once,
with where they sit, so fixing them is quick."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QMessageBox,
    QProgressDialog,
    QWidget,
    QWizard,
)

from desk.errors import ChangedElsewhere
from desk.services.demo import load_demo, load_demo_countries, load_demo_meetings
from desk.services.exchange import identity as ident
from desk.services.exchange.receive import FieldConflict, ReceiveReport, SignalConflict
from desk.services.meetings.reading import list_meetings
from desk.services.preferences import Preferences
from desk.services.reference import list_directorates
from tests.a11y_probe import dialog_classes, labels_hiding_text, unnamed
from tests.conftest import WAIT_MS

NOW = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)


@pytest.fixture
def app(open_app):
    QSettings().clear()
    today = date.today()
    return open_app(
        load_demo,
        lambda s: load_demo_meetings(s, today=today),
        lambda s: load_demo_countries(s, today=today),
    )


def settle(qtbot, app) -> None:
    qtbot.waitUntil(lambda: app.executor.pending == 0, timeout=WAIT_MS)
    QApplication.processEvents()


def fetch(app, task):
    """The result of a service call on the app's store (the test waits for it)."""
    return app.run(task, lambda _r: None).result(WAIT_MS / 1000)


# -- sections ---------------------------------------------------------------------------------
def places(window) -> list[tuple[str, str | None, int | None]]:
    """Every section for all regions, for DEU, and for one of DEU's contact points where the
    section has them."""
    found: list[tuple[str, str | None, int | None]] = []
    for key, section in window.sections.items():
        found.append((key, None, None))
        if section.with_regions:
            found.append((key, "DEU", None))
        if section.with_contact_points:
            point = cps_of(window, key)
            if point is not None:
                found.append((key, "DEU", point))
    return found


def cps_of(window, key: str) -> int | None:
    from desk.ui.navigator import ContactPointRole, RegionRole

    item = window.navigator.sections[key]
    for r in range(item.rowCount()):
        region = item.child(r)
        if region.data(RegionRole) == "DEU" and region.rowCount():
            return region.child(0).data(ContactPointRole).id
    return None


def select_first_rows(qtbot, app, section: QWidget) -> None:
    """A row chosen in every list shown, as a click would: detail panes and pages appear."""
    for view in section.findChildren(QAbstractItemView):
        model = view.model()
        if view.isVisibleTo(section) and model is not None and model.rowCount() > 0:
            view.setCurrentIndex(model.index(0, 0))
            settle(qtbot, app)


def test_every_section_names_every_control(qtbot, app) -> None:
    window = app.window
    settle(qtbot, app)  # the navigator's contact points
    offenders: list[str] = []
    visited = 0
    for key, region, point in places(window):
        window.navigator.go_to(key, region, contact_point=point)
        settle(qtbot, app)
        where = f"{key}/{region or 'all'}" + (f"/point {point}" if point else "")
        offenders += unnamed(window, where) + labels_hiding_text(window, where)
        select_first_rows(qtbot, app, window.sections[key])
        offenders += unnamed(window, where + " (row chosen)")
        visited += 1
    assert visited > 2 * len(window.sections)  # a contact point too
    assert not offenders, "\n".join(dict.fromkeys(offenders))


# -- dialogs ----------------------------------------------------------------------------------
def shown_dialogs() -> set[QDialog]:
    return {
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QDialog)
        and w.isVisible()
        and not isinstance(w, QMessageBox | QProgressDialog)
    }


def opened(qtbot, action: Callable[[], object]) -> QDialog:
    """The dialog ``action`` opens (through the app's own path, or constructed and opened)."""
    before = shown_dialogs()
    action()
    qtbot.waitUntil(lambda: bool(shown_dialogs() - before), timeout=WAIT_MS)
    (dialog,) = shown_dialogs() - before
    return dialog


def constructed(dialog: QDialog) -> Callable[[], None]:
    return dialog.open


def trust_card(app) -> ident.Card:
    store = app.store
    ident.set_identity(store, "Anna", "contact-point", region="DEU")
    return ident.read_card(ident.make_card(store))


def meeting_dialogs(qtbot, app) -> dict[str, Callable[[], object]]:
    window = app.window
    view = window.meetings
    with qtbot.waitSignal(view.page_loaded, timeout=WAIT_MS):
        window.navigator.go_to("meetings", "DEU")
    settle(qtbot, app)
    agenda, people, outcomes = view.agenda_panel, view.people_panel, view.outcomes_panel
    return {
        "PlanSeriesDialog": view.plan_series,
        "MoveMeetingDialog": view.move_meeting,
        "ItemDialog": agenda.add_item,
        "AddSignalsDialog": agenda.add_signals,
        "ParticipantDialog": people.add_participant,
        "DecisionDialog": outcomes.add_decision,
        "ActionDialog": outcomes.add_action,
        "DocumentOptionsDialog": view.prepare_briefing,
    }


def country_dialogs(qtbot, app) -> dict[str, Callable[[], object]]:
    from desk.ui.countries.contact_point_dialog import reassign
    from desk.ui.countries.events_view import MeetingChoiceDialog

    window = app.window
    countries = window.countries
    with qtbot.waitSignal(countries.page_loaded, timeout=WAIT_MS):
        window.navigator.go_to("countries", "DEU")
    qtbot.waitUntil(lambda: countries.page is not None, timeout=WAIT_MS)
    meetings = fetch(app, lambda store: list_meetings(store, "DEU"))
    events = window.sections["events"]
    return {
        "ProfileDialog": countries.edit_profile,
        "DirectorateDialog": countries.change_directorate,
        "ContactPointDialog": lambda: reassign(countries),
        "EventDialog": events.new_event,
        "MeetingChoiceDialog": constructed(MeetingChoiceDialog(meetings, events)),
    }


def exchange_dialogs(app, tmp_path: Path) -> dict[str, Callable[[], object]]:
    from desk.ui.exchange.identity_dialogs import IdentityDialog, TrustDialog
    from desk.ui.exchange.receive_dialog import PreviewDialog
    from desk.ui.exchange.send_dialog import FeedbackDialog, SendDialog

    window = app.window
    directorates = fetch(app, list_directorates)
    post = ident.ContactInfo(1, "Piet", "post", "Embassy Tbilisi", "DEU", "AB-CD", NOW, None)
    report = ReceiveReport(
        tmp_path / "from-tbilisi.deskx",
        sender="Piet",
        new=1,
        conflicts=[SignalConflict("u-1", "Transit", [FieldConflict("title", "Mine", "Theirs")])],
    )
    return {
        "IdentityDialog": constructed(IdentityDialog(directorates, None, window)),
        "TrustDialog": lambda: constructed(TrustDialog(trust_card(app), window))(),
        "SendDialog": constructed(SendDialog([post], directorates, window)),
        "FeedbackDialog": constructed(FeedbackDialog([post], window)),
        "PreviewDialog": constructed(PreviewDialog(report, window)),
    }


def other_dialogs(app, tmp_path: Path) -> dict[str, Callable[[], object]]:
    from desk.ui.conflict_dialog import ConflictDialog
    from desk.ui.preferences import ChangeKeyDialog, PreferencesDialog
    from desk.ui.team_login import TeamLoginDialog
    from desk.ui.trendlog.edit_dialog import SignalEditDialog
    from desk.ui.unlock_dialog import UnlockDialog

    window = app.window
    trendlog = window.trendlog
    conflict = ChangedElsewhere("the signal", "bram", NOW, [("title", "Mine", "Theirs")], 3)
    detail = trendlog.model.row_at(0)
    return {
        "SignalEditDialog": trendlog.new_signal,
        "SignalEditDialog (edit)": lambda: (
            trendlog.select_signal(detail.id),
            trendlog.edit_current(),
        ),
        "ImportWizard": trendlog.open_import_wizard,
        "ExportOptionsDialog": trendlog.export_view,
        "ShortcutsDialog": window.show_shortcuts,
        "IssuedDocumentsDialog": window.show_issued,
        "PeriodDialog": window.prepare_period_briefing,
        "ConflictDialog": constructed(ConflictDialog(conflict, {"title": "Title"}, window)),
        "PreferencesDialog": constructed(
            PreferencesDialog(Preferences("Anna", "ESB", 15, ()), window)
        ),
        "ChangeKeyDialog": constructed(ChangeKeyDialog("keyring", window)),
        "UnlockDialog (create)": constructed(UnlockDialog(tmp_path / "new.db", app.executor)),
        "UnlockDialog": constructed(UnlockDialog(app.store.path, app.executor, locked=True)),
        "TeamLoginDialog": constructed(
            TeamLoginDialog("postgresql://anna@db.example/desk", app.executor)
        ),
        "SignalEditDialog (trade)": constructed(SignalEditDialog(app.reference, None, window)),
    }


def check_dialog(qtbot, name: str, dialog: QDialog) -> list[str]:
    """Offenders in ``dialog`` (in each page of a wizard), then the dialog closed."""
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT_MS)
    QApplication.processEvents()
    found = unnamed(dialog, name) + labels_hiding_text(dialog, name)
    if isinstance(dialog, QWizard):
        for page_id in dialog.pageIds():
            page = dialog.page(page_id)
            found += unnamed(page, f"{name} page {type(page).__name__}")
    dialog.reject()
    QApplication.processEvents()
    return found


def test_every_dialog_names_every_control(qtbot, app, tmp_path: Path) -> None:
    openers = (
        other_dialogs(app, tmp_path)
        | meeting_dialogs(qtbot, app)
        | country_dialogs(qtbot, app)
        | exchange_dialogs(app, tmp_path)
    )
    offenders: list[str] = []
    checked: set[type] = set()
    for name, action in openers.items():
        dialog = opened(qtbot, action)
        checked.add(type(dialog))
        offenders += check_dialog(qtbot, name, dialog)
        settle(qtbot, app)
    # the document preview: after the options dialog of a country profile
    countries = app.window.countries
    countries.prepare_profile()
    qtbot.waitUntil(lambda: countries.document_job.options_dialog is not None, timeout=WAIT_MS)
    job = countries.document_job
    preview = opened(qtbot, job.options_dialog.accept)
    checked.add(type(preview))
    offenders += check_dialog(qtbot, "DocumentPreviewDialog", preview)
    assert not offenders, "\n".join(offenders)
    missing = {cls.__qualname__ for cls in dialog_classes() - checked}
    assert not missing, f"dialogs this test does not open: {sorted(missing)}"


def test_search_chips_and_chart_describe_themselves(qtbot, app) -> None:
    view = app.window.trendlog
    settle(qtbot, app)
    assert "grade:<=B2" in view.search.accessibleDescription()
    assert view.chips.category_chips["finance"].accessibleDescription()
    assert view.chips.status_chips["new"].accessibleDescription()
    chart = view.chart
    assert chart.focusPolicy() == Qt.FocusPolicy.NoFocus  # nothing to operate: not a Tab stop
    said = chart.accessibleDescription()  # the bars in words: total, busiest month, categories
    found = re.fullmatch(
        r".+: (\d+) signal\(s\) over 12 month\(s\), most in .+ \(\d+\); (.+)", said
    )
    assert found, said
    per_category = [int(part.rsplit(" ", 1)[1]) for part in found[2].split(", ")]
    assert sum(per_category) == int(found[1])
