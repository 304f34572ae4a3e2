"""First run (create a store) and unlock, in one dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desk.failures import explain
from desk.services.passphrase import MIN_LENGTH, Strength, passphrase_strength
from desk.store import (
    InsecureKeyring,
    PassphraseNeeded,
    Store,
    StoreDamaged,
    StoreTooNew,
    WrongKey,
    create_store,
    keyring_status,
    needs_passphrase,
    open_store,
)
from desk.store.layout import backups_dir
from desk.ui.fields import password_field
from desk.ui.worker import DbExecutor


class UnlockDialog(QDialog):
    """Unlocks ``path`` or, if there is no store there, creates one.

    Opening runs on the executor (the KDF and a migration take a moment); ``unlocked`` carries
    the open ``Store``. A wrong passphrase is said in the dialog and the user can retry.
    """

    unlocked = Signal(object)

    def __init__(
        self,
        path: Path,
        executor: DbExecutor,
        parent: QWidget | None = None,
        *,
        locked: bool = False,
    ) -> None:
        super().__init__(parent)
        self.path = path
        self.executor = executor
        self.creating = not path.exists()
        # A keyring store unlocks with the key in the keyring: nothing to type.
        self.with_keyring = not self.creating and not needs_passphrase(path)
        self.setWindowTitle(
            self.tr("Create a Desk store") if self.creating else self.tr("Unlock Desk")
        )
        self.setMinimumWidth(480)

        layout = QVBoxLayout(self)
        layout.addWidget(self._intro(locked))
        choices = self._make_choices()
        form = QFormLayout()
        self._make_fields(form)
        if self.creating:
            self._ask_how_to_unlock(layout, form, choices)
        else:
            # Only creating asks for these; outside a layout they would sit at the dialog's
            # top-left corner over the text, and Tab would still reach the repeat field.
            for widget in (
                self.keyring_choice,
                self.keyring_help,
                self.passphrase_choice,
                self.passphrase_help,
                self.repeat,
                self.strength,
            ):
                widget.hide()
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._update()
        self.passphrase.setFocus()

    def _intro(self, locked: bool) -> QLabel:
        intro = QLabel(self)
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        if self.creating:
            intro.setText(
                self.tr(
                    "Desk keeps its data in one encrypted file:\n{path}\n\n"
                    "Choose how it is unlocked."
                ).format(path=self.path)
            )
        elif locked:
            intro.setText(
                self.tr("Desk was locked. Unlock {name} to continue.").format(name=self.path.name)
            )
        else:
            intro.setText(self.tr("Unlock the store {path}").format(path=self.path))
        return intro

    def _make_choices(self) -> QButtonGroup:
        self.keyring_choice = QRadioButton(self.tr("Keep a key in this computer's keyring"), self)
        self.passphrase_choice = QRadioButton(self.tr("Use a passphrase"), self)
        self.keyring_choice.setAccessibleName(self.tr("Unlock with the keyring"))
        self.passphrase_choice.setAccessibleName(self.tr("Unlock with a passphrase"))
        choices = QButtonGroup(self)
        choices.addButton(self.keyring_choice)
        choices.addButton(self.passphrase_choice)
        self.keyring_help = QLabel(
            self.tr(
                "A random 256-bit key is kept in the operating system's keyring. Desk opens "
                "without typing anything while you are logged in; anyone who can log in as you "
                "can open it too. Best on your own laptop."
            ),
            self,
        )
        self.passphrase_help = QLabel(
            self.tr(
                "You type the passphrase each time Desk opens or unlocks. Works on any machine. "
                "If the passphrase is forgotten, the data cannot be recovered."
            ),
            self,
        )
        for label in (self.keyring_help, self.passphrase_help):
            label.setWordWrap(True)
            label.setContentsMargins(24, 0, 0, 6)
        return choices

    def _make_fields(self, form: QFormLayout) -> None:
        self.passphrase = password_field(self, self.tr("Passphrase"))
        self.repeat = password_field(self, self.tr("Repeat passphrase"))
        self.strength = QLabel(self)
        self.strength.setAccessibleDescription(self.tr("Passphrase strength"))
        if not self.with_keyring:
            form.addRow(self.tr("&Passphrase:"), self.passphrase)
        else:
            self.passphrase.hide()
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setAccessibleDescription(self.tr("Error"))
        self.error.hide()
        self.buttons = QDialogButtonBox(self)
        self.ok = self.buttons.addButton(
            self.tr("&Create") if self.creating else self.tr("&Unlock"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)

    def _ask_how_to_unlock(
        self, layout: QVBoxLayout, form: QFormLayout, choices: QButtonGroup
    ) -> None:
        """Creating: keyring or passphrase (the keyring where it is secure), repeat, strength."""
        layout.addWidget(self.keyring_choice)
        layout.addWidget(self.keyring_help)
        layout.addWidget(self.passphrase_choice)
        layout.addWidget(self.passphrase_help)
        form.addRow(self.tr("&Repeat:"), self.repeat)
        form.addRow("", self.strength)
        status = keyring_status()
        if status.usable:
            self.keyring_choice.setChecked(True)
        else:
            self.keyring_choice.setEnabled(False)
            self.keyring_help.setText(
                self.tr("Not available here: {reason}").format(reason=status.reason)
            )
            self.passphrase_choice.setChecked(True)
        choices.buttonToggled.connect(self._update)
        self.passphrase.textChanged.connect(self._update)
        self.repeat.textChanged.connect(self._update)

    # -- state ------------------------------------------------------------------------------
    @property
    def uses_keyring(self) -> bool:
        return self.creating and self.keyring_choice.isChecked()

    def _update(self) -> None:
        if not self.creating:
            return
        wants_passphrase = not self.uses_keyring
        for w in (self.passphrase, self.repeat, self.strength):
            w.setEnabled(wants_passphrase)
        text = self.passphrase.text()
        if not wants_passphrase:
            self.strength.clear()
            self.ok.setEnabled(True)
            return
        hint = passphrase_strength(text)
        words = {
            Strength.TOO_SHORT: self.tr("Too short: use at least {n} characters").format(
                n=MIN_LENGTH
            ),
            Strength.WEAK: self.tr("Weak: add words or characters"),
            Strength.FAIR: self.tr("Fair"),
            Strength.STRONG: self.tr("Strong"),
        }
        colours = {
            Strength.TOO_SHORT: "#b00020",
            Strength.WEAK: "#9a5c00",
            Strength.FAIR: "#5f6b00",
            Strength.STRONG: "#1b7f2a",
        }
        self.strength.setText(words[hint.strength] if text else "")
        self.strength.setStyleSheet(f"color: {colours[hint.strength]};")
        matches = text == self.repeat.text()
        if self.repeat.text() and not matches:
            self.strength.setText(self.tr("The two passphrases differ"))
            self.strength.setStyleSheet("color: #b00020;")
        self.ok.setEnabled(hint.strength >= Strength.WEAK and matches)

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def _set_busy(self, busy: bool) -> None:
        for w in (
            self.passphrase,
            self.repeat,
            self.keyring_choice,
            self.passphrase_choice,
            self.ok,
        ):
            w.setEnabled(not busy)
        self.ok.setText(
            self.tr("Working…")
            if busy
            else (self.tr("&Create") if self.creating else self.tr("&Unlock"))
        )
        if not busy:
            self._update()

    # -- actions ----------------------------------------------------------------------------
    def _submit(self) -> None:
        path, passphrase, keyring_mode = self.path, self.passphrase.text(), self.uses_keyring
        if not self.creating and not self.with_keyring and not passphrase:
            self.show_error(self.tr("Type the passphrase."))
            return
        self.error.hide()
        self._set_busy(True)
        if self.creating:
            if keyring_mode:
                task = lambda: create_store(path, "keyring")  # noqa: E731
            else:
                task = lambda: create_store(path, "passphrase", passphrase)  # noqa: E731
        else:
            task = lambda: open_store(path, passphrase or None)  # noqa: E731
        self.executor.submit(task, self._succeeded, self._failed)

    def _succeeded(self, store: Store) -> None:
        self.passphrase.clear()
        self.repeat.clear()
        self._set_busy(False)
        self.unlocked.emit(store)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, WrongKey):
            self.show_error(
                self.tr("Wrong passphrase, or this file is not a Desk store. Try again.")
            )
            self.passphrase.selectAll()
            self.passphrase.setFocus()
        elif isinstance(exc, StoreTooNew):
            self.show_error(
                self.tr(
                    "This store was written by a newer version of Desk (schema {rev}). "
                    "Update Desk to open it; the store has not been changed."
                ).format(rev=exc.revision)
            )
            self.ok.setEnabled(False)
        elif isinstance(exc, InsecureKeyring):
            self.show_error(str(exc))
        elif isinstance(exc, PassphraseNeeded):
            self.show_error(self.tr("Type the passphrase."))
        elif isinstance(exc, StoreDamaged):
            self.show_error(
                self.tr(
                    "This store is damaged ({what}). Nothing was changed. Keep the file and "
                    "restore the newest backup from {folder}."
                ).format(what=exc.what, folder=backups_dir(exc.path))
            )
            self.ok.setEnabled(False)
        else:
            self.show_error(explain(exc, self.path))
