"""Logging in to a team database: the password of the user's own database role."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desk.failures import explain
from desk.store import Store, keyring_status
from desk.store.team import (
    TeamLoginFailed,
    TeamUnavailable,
    log_in_team,
    open_team_store,
    parse_url,
    saved_password_exists,
)
from desk.ui.fields import password_field
from desk.ui.worker import DbExecutor


class TeamLoginDialog(QDialog):
    """Logs in to the team database ``url`` (a URL without a password). Logging in runs on the
    executor (the server may be far); ``unlocked`` carries the open store. A wrong password or
    an unreachable server is said in one line and the user can try again.

    Left empty, the password is looked for where Desk looks without asking (libpq's
    ``PGPASSWORD`` or ``~/.pgpass``, then the keyring)."""

    unlocked = Signal(object)

    def __init__(
        self,
        url: str,
        executor: DbExecutor,
        parent: QWidget | None = None,
        *,
        locked: bool = False,
        problem: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("TeamLoginDialog")
        self.url = url
        self.executor = executor
        target = parse_url(url)
        self.saved = saved_password_exists(target)
        self.setWindowTitle(self.tr("Log in to the team database"))
        self.setMinimumWidth(480)

        intro = QLabel(self)
        intro.setWordWrap(True)
        intro.setText(
            self.tr("Desk was locked. Log in again to continue.")
            if locked
            else self.tr("Desk works on a shared team database. Log in with your password.")
        )
        database = QLabel(
            self.tr("{db} on {host}:{port}").format(
                db=target.database, host=target.host or "localhost", port=target.port or 5432
            ),
            self,
        )
        database.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        user = QLabel(target.username or self.tr("(your login name)"), self)
        self.password = password_field(self, self.tr("Password"))
        if self.saved:
            self.password.setPlaceholderText(self.tr("saved in the keyring: leave empty"))
        self.remember = QCheckBox(self.tr("&Remember in the keyring"), self)
        status = keyring_status()
        self.remember.setChecked(status.usable)
        self.remember.setEnabled(status.usable)
        if not status.usable:
            self.remember.setToolTip(status.reason)
        form = QFormLayout()
        form.addRow(self.tr("Database:"), database)
        form.addRow(self.tr("User:"), user)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow("", self.remember)

        self.error = QLabel(self)
        self.error.setObjectName("LoginError")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setAccessibleDescription(self.tr("Error"))
        self.error.hide()
        self.buttons = QDialogButtonBox(self)
        self.ok = self.buttons.addButton(self.tr("&Log in"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        if problem:
            self.show_error(problem)
        self.password.setFocus()

    def show_error(self, message: str) -> None:
        self.error.setText(message.splitlines()[0] if message else "")
        self.error.show()

    def _set_busy(self, busy: bool) -> None:
        for w in (self.password, self.remember, self.ok):
            w.setEnabled(not busy)
        if not busy:
            self.remember.setEnabled(keyring_status().usable)
        self.ok.setText(self.tr("Logging in…") if busy else self.tr("&Log in"))

    def _submit(self) -> None:
        url, password, remember = self.url, self.password.text(), self.remember.isChecked()
        self.error.hide()
        self._set_busy(True)
        if password:
            task = lambda: log_in_team(url, password, remember=remember)  # noqa: E731
        else:
            task = lambda: open_team_store(url)  # noqa: E731
        self.executor.submit(task, self._succeeded, self._failed)

    def _succeeded(self, store: Store) -> None:
        self.password.clear()
        self._set_busy(False)
        self.unlocked.emit(store)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, TeamLoginFailed) and not self.password.text() and not self.saved:
            self.show_error(self.tr("Type your password."))
        else:
            self.show_error(login_problem(exc))
        self.password.selectAll()
        self.password.setFocus()


def login_problem(exc: BaseException) -> str:
    """What went wrong, for the log-in dialog (which already shows which database)."""
    if isinstance(exc, TeamLoginFailed | TeamUnavailable):
        return exc.why[:1].upper() + exc.why[1:] + "."
    return explain(exc)
