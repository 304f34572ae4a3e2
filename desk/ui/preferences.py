"""Preferences (kept inside the store) and changing how the store is unlocked."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desk.errors import DeskError
from desk.services.markings import DEFAULT_MARKINGS, clean_markings
from desk.services.passphrase import Strength, passphrase_strength
from desk.services.preferences import IDLE_RANGE, Preferences
from desk.store import keyring_status
from desk.ui.fields import dialog_buttons, password_field
from desk.ui.language import LANGUAGES, SYSTEM, chosen_language, save_language


class PreferencesDialog(QDialog):
    def __init__(
        self, current: Preferences, parent: QWidget | None = None, *, name_is_login: bool = False
    ) -> None:
        super().__init__(parent)
        self.setObjectName("PreferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.name = QLineEdit(current.name, self)
        self.name.setAccessibleName(self.tr("Your name"))
        self.post = QLineEdit(current.post, self)
        self.post.setAccessibleName(self.tr("Your post or unit"))
        if name_is_login:  # a team database names its users by their log-in role
            for field in (self.name, self.post):
                field.setEnabled(False)
                field.setToolTip(
                    self.tr(
                        "On a team database the history names you by your log-in: {name}"
                    ).format(name=current.name)
                )
        self.idle = QSpinBox(self)
        self.idle.setRange(IDLE_RANGE.start, IDLE_RANGE.stop - 1)
        self.idle.setValue(current.idle_minutes)
        self.idle.setSuffix(self.tr(" min"))
        self.idle.setAccessibleName(self.tr("Lock after minutes without input"))
        form = QFormLayout()
        form.addRow(self.tr("Your &name (written in the history):"), self.name)
        form.addRow(self.tr("Your &post or unit:"), self.post)
        form.addRow(self.tr("&Lock after no input for:"), self.idle)
        self.markings = QPlainTextEdit("\n".join(current.markings or DEFAULT_MARKINGS), self)
        self.markings.setAccessibleName(self.tr("Document markings, one per line"))
        self.markings.setToolTip(
            self.tr(
                "The classification markings documents may carry, one per line from the highest "
                "down: documents for the contact point or a directorate are marked with the "
                "first unless you choose another, documents for external readers with the last. "
                "Stg. markings are refused: the local store is not accredited for state secrets."
            )
        )
        self.markings.setFixedHeight(90)
        form.addRow(self.tr("Document &markings:"), self.markings)
        self.language = QComboBox(self)
        for code in LANGUAGES:
            # Each language names itself, so a user who cannot read the current one finds theirs.
            label = {SYSTEM: self.tr("As the system"), "nl": "Nederlands", "en": "English"}[code]
            self.language.addItem(label, code)
        self.language.setCurrentIndex(LANGUAGES.index(chosen_language()))
        self.language.setAccessibleName(self.tr("Language of the app"))
        self.language.setToolTip(self.tr("Takes effect the next time Desk starts."))
        form.addRow(self.tr("L&anguage (after a restart):"), self.language)
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color:#a40000")
        self.problem.setWordWrap(True)
        # checked again as the text changes: a problem goes as soon as it is put right
        self.markings.textChanged.connect(self._check)
        buttons = dialog_buttons(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def marking_list(self) -> list[str]:
        return clean_markings(self.markings.toPlainText().splitlines())

    def preferences(self) -> Preferences:
        """What the dialog holds, checked (InvalidInput / MarkingRefused otherwise)."""
        return Preferences(
            self.name.text(),
            self.post.text(),
            self.idle.value(),
            tuple(self.markings.toPlainText().splitlines()),
        ).checked()

    def _check(self) -> bool:
        """Show what is wrong with the dialog's values, or nothing; True when all is well."""
        try:
            self.preferences()
        except DeskError as exc:
            self.problem.setText(str(exc))
            return False
        self.problem.setText("")
        return True

    def accept(self) -> None:
        if not self._check():
            self.markings.setFocus()
            return
        # The language is this computer's setting, not the store's: it is needed before a store
        # is unlocked.
        save_language(str(self.language.currentData()))
        super().accept()


class ChangeKeyDialog(QDialog):
    """Choose a new passphrase or a new keyring key; the old key stops working."""

    def __init__(self, current_mode: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change how the store is unlocked"))
        self.setMinimumWidth(440)
        intro = QLabel(
            self.tr(
                "The store is re-encrypted with a new key. The old passphrase or key stops working at once; existing backups keep the old one."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.keyring_choice = QRadioButton(self.tr("A new key in this computer's keyring"), self)
        self.passphrase_choice = QRadioButton(self.tr("A new passphrase"), self)
        group = QButtonGroup(self)
        group.addButton(self.keyring_choice)
        group.addButton(self.passphrase_choice)
        status = keyring_status()
        if not status.usable:
            self.keyring_choice.setEnabled(False)
            self.keyring_choice.setToolTip(status.reason)
        (
            self.keyring_choice
            if current_mode == "keyring" and status.usable
            else self.passphrase_choice
        ).setChecked(True)
        self.passphrase = password_field(self, self.tr("New passphrase"))
        self.repeat = password_field(self, self.tr("Repeat new passphrase"))
        self.hint = QLabel(self)
        form = QFormLayout()
        form.addRow(self.tr("New &passphrase:"), self.passphrase)
        form.addRow(self.tr("&Repeat:"), self.repeat)
        form.addRow("", self.hint)
        self.buttons = dialog_buttons(self)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.keyring_choice)
        layout.addWidget(self.passphrase_choice)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        for w in (self.passphrase, self.repeat):
            w.textChanged.connect(self._update)
        group.buttonToggled.connect(self._update)
        self._update()

    @property
    def mode(self) -> str:
        return "keyring" if self.keyring_choice.isChecked() else "passphrase"

    def _update(self) -> None:
        wants = self.mode == "passphrase"
        for w in (self.passphrase, self.repeat):
            w.setEnabled(wants)
        hint = passphrase_strength(self.passphrase.text())
        ok = not wants or (
            hint.strength >= Strength.WEAK and self.passphrase.text() == self.repeat.text()
        )
        self.hint.setText(
            ""
            if not wants or not self.passphrase.text()
            else self.tr("The two passphrases differ")
            if self.passphrase.text() != self.repeat.text() and self.repeat.text()
            else {
                Strength.TOO_SHORT: self.tr("Too short"),
                Strength.WEAK: self.tr("Weak"),
                Strength.FAIR: self.tr("Fair"),
                Strength.STRONG: self.tr("Strong"),
            }[hint.strength]
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
