"""The app on a team database: log-in, the status bar, live refresh and presence."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from desk.services import meetings as mt
from desk.services import presence
from desk.services.signals import create_signal
from desk.store import keys
from desk.store.team import account, open_team_store, parse_url
from desk.store.team_listen import Listener
from desk.ui.controller import AppController
from desk.ui.preferences import PreferencesDialog
from desk.ui.team_login import TeamLoginDialog
from tests.conftest import TEAM_USERS, WAIT_MS, team_url
from tests.helpers import draft


def login_url(pg_server, db: str, user: str = "anna") -> str:
    """The URL a user gives ``--db``: no password in it."""
    return pg_server.url(user, None, db)


@pytest.fixture
def controllers(qtbot) -> Iterator[list[AppController]]:
    started: list[AppController] = []
    yield started
    for controller in started:
        if controller.dialog is not None:
            controller.dialog.reject()
        if controller.window is not None:
            controller.window.close()
        controller.shutdown()


@pytest.fixture
def bram(pg_server, team_db):
    store = open_team_store(team_url(pg_server, team_db, "bram"))
    yield store
    store.close()


def start(controllers, url: str) -> AppController:
    controller = AppController(url)
    controllers.append(controller)
    controller.start()
    return controller


def remember(url: str, password: str) -> None:
    assert keys.save_team_password(account(parse_url(url)), password)


def wait_for_window(qtbot, controller: AppController) -> None:
    qtbot.waitUntil(
        lambda: controller.window is not None and controller.window.isVisible(), timeout=WAIT_MS
    )
    model = controller.window.trendlog.model
    qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=WAIT_MS)


@pytest.fixture
def anna_app(qtbot, controllers, pg_server, team_db, team_store) -> AppController:
    """The app of anna (a contact point) on a team database holding two signals, her password
    in the keyring."""
    create_signal(team_store, draft(team_store, title="First signal"))
    create_signal(team_store, draft(team_store, title="Second signal", observed_on="2026-10-01"))
    url = login_url(pg_server, team_db)
    remember(url, TEAM_USERS["anna"][2])
    controller = start(controllers, url)
    wait_for_window(qtbot, controller)
    return controller


def test_the_app_opens_a_team_url_and_says_where_and_as_whom(qtbot, anna_app, pg_server, team_db):
    window = anna_app.window
    assert anna_app.dialog is None  # the keyring had the password: nothing was asked
    assert window.store_label.text() == (
        f"Team database {team_db} on 127.0.0.1:{pg_server.port} · as anna (contact point)"
    )
    assert "anna-pw" not in window.store_label.toolTip()
    assert window.lock_label.text() == "Connected"
    # what only a local store file has is not offered
    assert all(not a.isVisible() for a in window.file_only_actions)
    assert window.lock_action.isVisible()
    # the name written in the history is the log-in: not editable
    prefs = PreferencesDialog(mt_prefs("anna"), window, name_is_login=anna_app.is_team)
    qtbot.addWidget(prefs)
    assert not prefs.name.isEnabled() and prefs.name.text() == "anna"


def mt_prefs(name: str):
    from desk.services.preferences import Preferences

    return Preferences(name, "", 15, ("Dep. V",))


def test_the_trend_log_shows_another_users_signal_without_a_refresh(qtbot, anna_app, bram):
    view = anna_app.window.trendlog
    assert anna_app.live.listener is not None
    qtbot.waitUntil(lambda: anna_app.live.listener.is_open, timeout=WAIT_MS)
    second = view.model.row_at(1).id
    view.select_signal(second)
    assert view.current_id() == second
    with qtbot.waitSignal(anna_app.data_changed, timeout=WAIT_MS) as heard:
        create_signal(
            bram, draft(bram, title="Bram's new signal", observed_on=date.today().isoformat())
        )
    assert {"signal"} <= heard.args[0]
    qtbot.waitUntil(lambda: view.model.rowCount() == 3, timeout=WAIT_MS)
    assert view.model.row_at(0).title == "Bram's new signal"
    assert view.current_id() == second  # the signal being read stays selected


def test_the_meeting_page_says_who_else_has_it_open(qtbot, anna_app, bram, team_store):
    mt.plan_series(team_store, "DAO", date.today() + timedelta(days=14), count=1)
    view = anna_app.window.meetings
    with qtbot.waitSignal(view.page_loaded, timeout=WAIT_MS):
        anna_app.window.navigator.go_to("meetings", "DAO")
    meeting = view.page.meeting.id
    assert not view.presence.isVisibleTo(view)
    with Listener.open(bram):  # bram's app session
        # anna's page said it is open there (bram's app would show "Also open by: anna")
        qtbot.waitUntil(
            lambda: presence.others_viewing(bram, "meeting", meeting) == ["anna"], timeout=WAIT_MS
        )
        presence.open_record(bram, "meeting", meeting)
        qtbot.waitUntil(lambda: view.presence.names == ["bram"], timeout=WAIT_MS)
        assert view.presence.isVisibleTo(view)
        assert view.presence.text() == "Also open by: bram"
        presence.close_record(bram, "meeting", meeting)
        qtbot.waitUntil(lambda: view.presence.names == [], timeout=WAIT_MS)
        assert not view.presence.isVisibleTo(view)
        # anna goes to another section: the meeting is no longer open in her app
        anna_app.window.navigator.go_to("trendlog")
        qtbot.waitUntil(
            lambda: presence.others_viewing(bram, "meeting", meeting) == [], timeout=WAIT_MS
        )


def test_a_wrong_password_is_said_in_one_line_and_the_right_one_opens(
    qtbot, controllers, pg_server, team_db, memory_keyring
):
    url = login_url(pg_server, team_db)
    controller = start(controllers, url)
    qtbot.waitUntil(lambda: isinstance(controller.dialog, TeamLoginDialog), timeout=WAIT_MS)
    dialog = controller.dialog
    assert not dialog.error.isVisible()  # nothing was typed yet: no complaint
    assert dialog.remember.isChecked() and dialog.remember.isEnabled()
    qtbot.keyClicks(dialog.password, "not-her-password")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.error.isHidden(), timeout=WAIT_MS)
    error = dialog.error.text()
    assert "\n" not in error and "password authentication failed" in error.lower(), error
    assert keys.team_password(account(parse_url(url))) is None  # a wrong one is not kept
    dialog.password.setText(TEAM_USERS["anna"][2])
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: controller.window is not None and controller.window.isVisible(), timeout=WAIT_MS
    )
    assert keys.team_password(account(parse_url(url))) == TEAM_USERS["anna"][2]


def test_an_unreachable_server_is_said_in_one_line(qtbot, controllers, pg_server):
    url = f"postgresql://anna@127.0.0.1:{closed_port()}/desk"
    controller = start(controllers, url)
    qtbot.waitUntil(lambda: isinstance(controller.dialog, TeamLoginDialog), timeout=WAIT_MS)
    dialog = controller.dialog
    qtbot.waitUntil(lambda: not dialog.error.isHidden(), timeout=WAIT_MS)
    assert "\n" not in dialog.error.text()
    assert dialog.error.text().startswith("Cannot reach it: "), dialog.error.text()


def closed_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])  # nobody listens there once the socket is closed


def test_locking_logs_out_and_the_keyring_logs_in_again(qtbot, anna_app):
    listener = anna_app.live.listener
    anna_app.lock()
    assert anna_app.store is None and anna_app.live.listener is None
    assert listener is not None and not listener.is_open
    dialog = anna_app.dialog
    assert isinstance(dialog, TeamLoginDialog) and dialog.saved
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)  # empty: the keyring's password
    qtbot.waitUntil(lambda: anna_app.store is not None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: anna_app.live.listener is not None, timeout=WAIT_MS)
    assert anna_app.store.session_pid == anna_app.live.listener.pid


def test_the_app_takes_a_team_url_from_db_or_the_environment(monkeypatch, tmp_path):
    from desk.ui.app import app_target

    url = "postgresql://anna@db.example/desk"
    assert app_target(url) == url
    monkeypatch.setenv("DESK_DATABASE_URL", url)
    assert app_target(None) == url
    assert app_target(str(tmp_path / "mine.db")) == tmp_path / "mine.db"  # --db wins
    monkeypatch.delenv("DESK_DATABASE_URL")
    monkeypatch.setenv("DESK_DB", str(tmp_path / "env.db"))
    assert app_target(None) == tmp_path / "env.db"
