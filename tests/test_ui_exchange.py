"""The Exchange section (issue 14), driven headless: the contacts table on its own, then a post
and its contact point sending, receiving and giving feedback through the real window."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QFileDialog

from desk.models.enums import SignalStatus
from desk.models.meetings import MeetingStatus
from desk.services import meetings as mt
from desk.services.exchange import identity as ident
from desk.services.exchange.feedback import send_feedback
from desk.services.exchange.identity import ContactInfo
from desk.services.exchange.package import PackageRefused
from desk.services.exchange.receive import OnConflict, receive_package
from desk.services.exchange.send import Unsent, send_signals
from desk.services.search import SignalFilter, search_signals
from desk.services.signals import create_signal, get_signal, set_status, update_signal
from desk.ui.exchange.common import contacts_model, unsent_lines
from tests.conftest import WAIT_MS, store_from_template
from tests.helpers import draft
from tests.test_exchange import introduce, rows

POST, CP = "Embassy Yerevan", "DEU contact point"
FINGERPRINT = "ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567"


def contact(n: int, name: str, role: str, *, revoked: bool = False) -> ContactInfo:
    when = datetime(2026, 11, 20 + n, 9, 30, tzinfo=UTC)
    return ContactInfo(
        n,
        name,
        role,
        "Embassy Yerevan" if role == "post" else "",
        "DEU" if role == "contact-point" else "",
        FINGERPRINT,
        when,
        when + timedelta(days=1) if revoked else None,
    )


def test_contacts_model_shows_role_place_and_state(qtbot) -> None:
    model = contacts_model()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_rows([contact(1, CP, "contact-point"), contact(2, POST, "post", revoked=True)])
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)]
    assert headers == ["Name", "Role", "Post or region", "Fingerprint", "State"]

    def shown(row: int) -> list[str]:
        return [model.data(model.index(row, c)) for c in range(5)]

    assert shown(0) == [CP, "contact point", "DEU", FINGERPRINT, "trusted 2026-11-21"]
    assert shown(1)[1:3] == ["post", "Embassy Yerevan"] and shown(1)[4] == "revoked 2026-11-23"
    colour = model.data(model.index(1, 4), Qt.ItemDataRole.ForegroundRole).color()
    assert colour == QColor("#a40000")
    assert model.row_object(1).name == POST and model.row_object(2) is None
    assert unsent_lines([Unsent(CP, "DEU", 3), Unsent("Contactpunt DAO", "DAO", 0)]) == [
        "3 signals not yet sent to the DEU contact point",
        "The DAO contact point (Contactpunt DAO) has everything",
    ]


# -- two stores: the app on the post's, the contact point's through the services -----------------
@pytest.fixture
def cp(tmp_path: Path, template_store) -> Iterator:
    folder = tmp_path / "cp"
    folder.mkdir()
    with store_from_template(folder, template_store) as s:
        ident.set_identity(s, CP, "contact-point", region="DEU")
        yield s


def post_of(cp, *more: Callable) -> Callable:
    """Fills the post's store before the app opens it: its identity, trust both ways, then
    ``more(post)``."""

    def fill(post) -> None:
        ident.set_identity(post, POST, "post", post=POST)
        introduce(post, cp)
        for step in more:
            step(post)

    return fill


def exchange_view(qtbot, app):
    window = app.window
    view = window.sections["exchange"]
    with qtbot.waitSignal(view.loaded, timeout=WAIT_MS):
        window.navigator.go_to("exchange")
    return view


def receive_in_app(qtbot, view, path: Path, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    view.receive_button.click()
    qtbot.waitUntil(lambda: view.preview_dialog is not None, timeout=WAIT_MS)
    return view.preview_dialog


def show_in_trend_log(qtbot, window, words: str) -> str:
    """Find the signal by its title in the trend log and return its detail pane's text."""
    trendlog = window.trendlog
    window.navigator.go_to("trendlog")
    trendlog.search.setText(words)

    def found() -> bool:
        row = trendlog.model.row_at(0)  # asks for the page when it is not loaded yet
        return trendlog.model.rowCount() == 1 and row is not None and words in row.title

    qtbot.waitUntil(found, timeout=WAIT_MS)
    trendlog.table.selectRow(0)
    qtbot.waitUntil(lambda: words in trendlog.detail.toPlainText(), timeout=WAIT_MS)
    return trendlog.detail.toPlainText()


def discuss_and_feed_back(cp, title: str, out: Path) -> date:
    """The contact point puts the signal on a held meeting with a decision, marks it
    discussed and sends the post its feedback; returns the meeting's date."""
    mt.plan_series(cp, "DEU", date.today() + timedelta(days=1), count=2)
    meeting = mt.list_meetings(cp, "DEU")[0]
    (cp_id,) = [r.id for r in search_signals(cp, SignalFilter()) if r.title == title]
    mt.set_meeting_status(cp, meeting.id, MeetingStatus.OPEN)
    mt.add_agenda_signals(cp, meeting.id, [cp_id])
    trends = mt.get_agenda(cp, meeting.id).items[0]
    mt.add_decision(cp, meeting.id, "Ask Yerevan customs for the invoices", trends.id)
    for status in (MeetingStatus.HELD, MeetingStatus.FINALISED):
        mt.set_meeting_status(cp, meeting.id, status)
    set_status(cp, [cp_id], SignalStatus.DISCUSSED)
    assert send_feedback(cp, POST, out) == 2  # on every signal the post sent: one discussed
    return meeting.date


def test_send_receive_feedback_and_the_post_sees_it(
    qtbot, open_app, cp, tmp_path: Path, monkeypatch
) -> None:
    def signals(post) -> None:
        for title, tlp in (
            ("Discuss me", "AMBER"),
            ("Also for DEU", "GREEN"),
            ("Eyes only", "RED"),
        ):
            create_signal(post, draft(post, country="AM", title=title, tlp=tlp), actor="Lotte")

    app = open_app(post_of(cp, signals))
    view = exchange_view(qtbot, app)
    me = ident.get_identity(app.store)
    assert (
        view.identity_box.name_label.text() == POST
        and view.identity_box.fingerprint_label.text() == me.fingerprint
    )
    assert view.contacts.rowCount() == 1 and view.contacts.row_object(0).name == CP
    assert "3 signals not yet sent to the DEU contact point" in view.unsent_label.text()

    # Send signals…: the only contact is ticked; TLP:RED stays home unless asked for
    out = tmp_path / "to-deu.deskx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out)[:-6], ""))
    view.send_button.click()
    dialog = view.send_dialog
    assert dialog is not None and dialog.options().to == [CP]
    dialog.unsent.setChecked(True)
    dialog.include_red.setChecked(False)
    with qtbot.waitSignal(view.loaded, timeout=WAIT_MS):
        dialog.accept()
    assert out.exists()  # the suffix was added
    assert "2 signal(s) for DEU contact point" in view.box.text()
    assert "Left out: 1 TLP:RED signal(s) (not asked for)." in view.box.text()
    assert "1 signal not yet sent to the DEU contact point" in view.unsent_label.text()

    # the contact point receives it, discusses one signal and sends feedback
    assert receive_package(cp, out).new == 2
    feedback = tmp_path / "feedback.deskx"
    held_on = discuss_and_feed_back(cp, "Discuss me", feedback)

    # Receive package…: the preview says what it is; Apply records it
    preview = receive_in_app(qtbot, view, feedback, monkeypatch)
    assert preview.note.text() == "Feedback on 2 of this store's signals from DEU contact point."
    assert preview.apply_button.isEnabled() and not preview.table.isVisibleTo(preview)
    with qtbot.waitSignal(view.data_changed, timeout=WAIT_MS):
        preview.apply_button.click()
    assert view.preview_dialog is None
    assert "Recorded feedback from DEU contact point on 2 signal(s)." in view.box.text()

    # the post sees it on the signal
    text = show_in_trend_log(qtbot, app.window, "Discuss me")
    assert (
        "Feedback from DEU contact point: discussed — at the DEU meeting of "
        f"{held_on.day} {held_on:%B %Y}; decisions: Ask Yerevan customs for the invoices"
    ) in text
    assert "Received from" not in text  # the post's own signal


def disputed(cp, tmp_path: Path) -> Callable:
    """Both edit a signal after sharing it; the contact point sends its version back."""

    def steps(post) -> None:
        sid = create_signal(post, draft(post, country="AM", title="Disputed", summary="first"))
        send_signals(post, [CP], tmp_path / "1.deskx")
        receive_package(cp, tmp_path / "1.deskx")
        update_signal(post, sid, draft(post, country="AM", title="Disputed", summary="post says"))
        (cp_id,) = [r.id for r in search_signals(cp, SignalFilter()) if r.title == "Disputed"]
        update_signal(cp, cp_id, draft(cp, country="AM", title="Disputed", summary="cp says"))
        create_signal(cp, draft(cp, country="AM", title="Seen in Gyumri"), actor="Piet Bakker")
        send_signals(cp, [POST], tmp_path / "back.deskx")

    return steps


def test_a_conflict_is_previewed_and_stop_cannot_apply(
    qtbot, open_app, cp, tmp_path: Path, monkeypatch
) -> None:
    app = open_app(post_of(cp, disputed(cp, tmp_path)))
    view = exchange_view(qtbot, app)
    preview = receive_in_app(qtbot, view, tmp_path / "back.deskx", monkeypatch)
    assert (preview.report.new, preview.report.updated, len(preview.report.conflicts)) == (1, 0, 1)
    row = preview.model.row_object(0)
    assert (row.title, row.field, row.mine, row.theirs) == (
        "Disputed",
        "summary",
        "post says",
        "cp says",
    )
    assert preview.table.isVisibleTo(preview)
    assert preview.choice() is OnConflict.STOP and not preview.apply_button.isEnabled()
    preview.set_choice(OnConflict.TAKE_THEIRS)
    assert preview.apply_button.isEnabled()
    with qtbot.waitSignal(view.data_changed, timeout=WAIT_MS):
        preview.apply_button.click()
    assert "1 new, 1 updated, 0 unchanged, 1 conflict(s) (took theirs)." in view.box.text()
    (sid,) = [r.id for r in search_signals(app.store, SignalFilter()) if r.title == "Disputed"]
    assert get_signal(app.store, sid).summary == "cp says"

    text = show_in_trend_log(qtbot, app.window, "Gyumri")
    today = datetime.now(UTC).date()
    assert f"Received from DEU contact point on {today.day} {today:%b %Y}" in text
    assert "logged by Piet Bakker" in text


def test_a_damaged_package_says_why_and_changes_nothing(
    qtbot, open_app, cp, tmp_path: Path, monkeypatch
) -> None:
    def from_cp(post) -> None:
        create_signal(post, draft(post, country="AM", title="Already here"))
        create_signal(cp, draft(cp, country="AM", title="Fragile"))
        good = send_signals(cp, [POST], tmp_path / "good.deskx").path.read_bytes()
        middle = len(good) // 2
        bad = good[:middle] + bytes([good[middle] ^ 1]) + good[middle + 1 :]
        (tmp_path / "bad.deskx").write_bytes(bad)

    app = open_app(post_of(cp, from_cp))
    view = exchange_view(qtbot, app)
    before = rows(app.store)
    with pytest.raises(PackageRefused) as refused:
        receive_package(app.store, tmp_path / "bad.deskx", dry_run=True)
    reason = str(refused.value)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *a, **k: (str(tmp_path / "bad.deskx"), "")
    )
    with qtbot.waitSignal(view.message, timeout=WAIT_MS):
        view.receive_button.click()
    assert view.preview_dialog is None
    first, second = view.box.text().splitlines()
    assert first == f"{reason[:1].upper()}{reason[1:]}." and second == "Nothing was changed."
    assert rows(app.store) == before


def test_a_card_is_trusted_only_with_the_fingerprint_its_owner_read(qtbot, store) -> None:
    from desk.ui.exchange.identity_dialogs import TrustDialog

    ident.set_identity(store, POST, "post", post=POST)
    card = ident.read_card(ident.make_card(store))
    dialog = TrustDialog(card)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.buttons()[0]
    assert not ok.isEnabled()  # nothing compared yet
    wrong = card.fingerprint[:-1] + ("A" if card.fingerprint[-1] != "A" else "B")
    dialog.typed.setText(wrong.replace("-", " ").lower())
    dialog.check()
    assert dialog.result() == 0 and dialog.problem.isVisibleTo(dialog)
    assert "is not this card's fingerprint" in dialog.problem.text()
    dialog.typed.setText(card.fingerprint.replace("-", " ").lower())  # as read aloud
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT_MS):
        dialog.check()
    assert dialog.compared_fingerprint() == card.fingerprint.replace("-", " ").lower()
    dialog.typed.clear()
    dialog.compared.setChecked(True)
    assert ok.isEnabled() and dialog.compared_fingerprint() == card.fingerprint
