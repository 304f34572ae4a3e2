"""Before a document is prepared: who it is for, in which language, with which marking, and
optionally a password."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desk.services.briefings import Audience
from desk.services.markings import default_marking
from desk.ui.fields import dialog_buttons, password_field
from desk.ui.language import document_language


@dataclass(frozen=True)
class DocumentOptions:
    audience: Audience
    lang: str
    marking: str
    password: str | None


class DocumentOptionsDialog(QDialog):
    """Remembers the last choices per kind of document (a directorate briefing is usually
    followed by another one); ``kind`` names where (a report's short name). The marking follows
    the audience (``markings.default_marking``) unless the user chose one for that audience."""

    def __init__(
        self,
        title: str,
        what: str,
        markings: list[str],
        *,
        kind: str,
        default_audience: Audience = Audience.CONTACT_POINT,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("DocumentOptionsDialog")
        self.setWindowTitle(title)
        self.kind = kind
        settings = QSettings()

        intro = QLabel(what, self)
        intro.setWordWrap(True)

        self.audience = QComboBox(self)
        for value, text in (
            (Audience.CONTACT_POINT, self.tr("Regional contact point — everything")),
            (Audience.DIRECTORATE, self.tr("Directorate — without TLP:RED")),
            (Audience.EXTERNAL, self.tr("External — TLP:GREEN and CLEAR only, no names")),
        ):
            self.audience.addItem(text, value.value)
        self._choose(
            self.audience, settings.value(f"documents/{kind}/audience", default_audience.value)
        )
        self.audience.setAccessibleName(self.tr("Audience"))

        self.lang = QComboBox(self)
        self.lang.addItem("English", "en")
        self.lang.addItem("Nederlands", "nl")
        self._choose(self.lang, settings.value(f"documents/{kind}/lang", document_language()))
        self.lang.setAccessibleName(self.tr("Language"))

        self.marking = QComboBox(self)
        for m in markings:
            self.marking.addItem(m, m)
        self.marking.setAccessibleName(self.tr("Marking"))
        self.marking.setToolTip(
            self.tr(
                "Follows the audience: the highest marking for the contact point and a "
                "directorate, the lowest for external readers; you may choose another. The list "
                "is set in Preferences. Stg. markings are refused: the local store is not "
                "accredited for state secrets."
            )
        )
        self._follow_audience()
        self.audience.currentIndexChanged.connect(self._follow_audience)

        self._password_fields()

        form = QFormLayout()
        form.addRow(self.tr("&Audience"), self.audience)
        form.addRow(self.tr("&Language"), self.lang)
        form.addRow(self.tr("&Marking"), self.marking)
        form.addRow(self.protect)
        form.addRow(self.tr("Pass&word"), self.password)
        form.addRow(self.tr("&Repeat"), self.repeat)

        self.buttons = dialog_buttons(self, ok_text=self.tr("&Prepare"))

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self._check()

    def _password_fields(self) -> None:
        """The box to tick and the password typed twice, checked as they are typed."""
        self.protect = QCheckBox(self.tr("Protect the PDF with a password (AES-256)"), self)
        self.password = password_field(self, self.tr("Password"))
        self.repeat = password_field(self, self.tr("Repeat the password"))
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color:#a40000")
        self.problem.setWordWrap(True)
        for w in (self.password, self.repeat):
            w.setEnabled(False)
            w.textChanged.connect(self._check)
        self.protect.toggled.connect(self._protect_toggled)

    def _follow_audience(self) -> None:
        """The marking last chosen for this audience, else the one the audience gets."""
        audience = Audience(self.audience.currentData())
        allowed = [self.marking.itemData(i) for i in range(self.marking.count())]
        default = default_marking(allowed, external=audience == Audience.EXTERNAL)
        key = f"documents/{self.kind}/marking/{audience.value}"
        self._choose(self.marking, default)
        self._choose(self.marking, QSettings().value(key, default))

    @staticmethod
    def _choose(combo: QComboBox, value: object) -> None:
        index = combo.findData(value)
        if index >= 0:
            combo.setCurrentIndex(index)

    def _protect_toggled(self, on: bool) -> None:
        self.password.setEnabled(on)
        self.repeat.setEnabled(on)
        if on:
            self.password.setFocus()
        self._check()

    def _check(self) -> None:
        problem = ""
        if self.protect.isChecked():
            if not self.password.text():
                problem = self.tr("Type a password, or untick the box.")
            elif self.password.text() != self.repeat.text():
                problem = self.tr("The two passwords differ.")
        self.problem.setText(problem)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)

    def options(self) -> DocumentOptions:
        return DocumentOptions(
            audience=Audience(self.audience.currentData()),
            lang=self.lang.currentData(),
            marking=self.marking.currentData(),
            password=self.password.text() if self.protect.isChecked() else None,
        )

    def accept(self) -> None:
        settings = QSettings()
        o = self.options()
        settings.setValue(f"documents/{self.kind}/audience", o.audience.value)
        settings.setValue(f"documents/{self.kind}/lang", o.lang)
        settings.setValue(f"documents/{self.kind}/marking/{o.audience.value}", o.marking)
        super().accept()
