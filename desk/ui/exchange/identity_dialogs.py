"""Naming this store's identity, and trusting a contact card once its fingerprint has been
compared with its owner."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desk.services.exchange.identity import ROLES, Card, IdentityInfo, normalized_fingerprint
from desk.services.reference_index import DirectorateRef
from desk.ui.exchange.common import monospace, role_label, tr
from desk.ui.fields import dialog_buttons
from desk.ui.language import name_of


@dataclass(frozen=True)
class IdentityChoice:
    name: str
    role: str
    post: str
    region: str


class IdentityDialog(QDialog):
    """Name, role, and the post (for a post) or the region (for a contact point)."""

    def __init__(
        self,
        directorates: list[DirectorateRef],
        current: IdentityInfo | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("IdentityDialog")
        self.setWindowTitle(tr("This store's identity"))
        self.setMinimumWidth(460)
        intro = QLabel(
            tr(
                "Posts and contact points know this store by its name and fingerprint. Changing "
                "the name or place later keeps the fingerprint, so contacts still know it."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(tr("e.g. Embassy Yerevan or DEU contact point"))
        self.role = QComboBox(self)
        for role in ROLES:
            self.role.addItem(role_label(role), role)
        self.post = QLineEdit(self)
        self.post.setPlaceholderText(tr("e.g. Embassy Yerevan"))
        self.region = QComboBox(self)
        for d in directorates:
            self.region.addItem(f"{d.code} — {name_of(d)}", d.code)
        form = QFormLayout()
        for text, widget in (
            (tr("&Name"), self.name),
            (tr("&Role"), self.role),
            (tr("&Post"), self.post),
            (tr("R&egion"), self.region),
        ):
            widget.setAccessibleName(text.replace("&", ""))
            form.addRow(text, widget)
        self.form = form
        self.buttons = dialog_buttons(self)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        if current is not None:
            self.name.setText(current.name)
            self.role.setCurrentIndex(max(0, self.role.findData(current.role)))
            self.post.setText(current.post)
            self.region.setCurrentIndex(max(0, self.region.findData(current.region)))
        self.role.currentIndexChanged.connect(self._update)
        self.name.textChanged.connect(self._update)
        self.post.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        is_post = self.role.currentData() == "post"
        self.form.setRowVisible(self.post, is_post)
        self.form.setRowVisible(self.region, not is_post)
        ok = bool(self.name.text().strip()) and (not is_post or bool(self.post.text().strip()))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def choice(self) -> IdentityChoice:
        is_post = self.role.currentData() == "post"
        return IdentityChoice(
            self.name.text(),
            str(self.role.currentData()),
            self.post.text() if is_post else "",
            "" if is_post else str(self.region.currentData() or ""),
        )


class TrustDialog(QDialog):
    """Shows whose card it is and asks for the fingerprint its owner read out (typed, or
    ticked as compared); a different fingerprint is refused here, before anything is stored."""

    def __init__(self, card: Card, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TrustDialog")
        self.card = card
        self.setWindowTitle(tr("Trust a contact card"))
        self.setMinimumWidth(520)  # wrapped explanations need the width to find their height
        who = QLabel(self)
        who.setTextFormat(Qt.TextFormat.PlainText)
        who.setText(
            tr("{name}\n{role}, {place}").format(
                name=card.name,
                role=role_label(card.role),
                place=card.post if card.role == "post" else card.region,
            )
        )
        who.setStyleSheet("font-size:15px;font-weight:bold")
        how = QLabel(
            tr(
                "Trust this card only once its owner has read you their fingerprint in person or "
                "on the phone — never through the channel that brought the card. Type what they "
                "read:"
            ),
            self,
        )
        how.setWordWrap(True)
        self.typed = QLineEdit(self)
        self.typed.setFont(monospace(2))
        self.typed.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.typed.setAccessibleName(tr("The fingerprint its owner read to you"))
        self.compared = QCheckBox(
            tr("Or: I compared it with its owner and it is exactly:\n{fingerprint}").format(
                fingerprint=card.fingerprint
            ),
            self,
        )
        self.compared.setFont(monospace())
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color:#a40000")
        self.problem.hide()
        self.buttons = dialog_buttons(self, self.check, ok_text=tr("&Trust"))
        layout = QVBoxLayout(self)
        layout.addWidget(who)
        layout.addWidget(how)
        layout.addWidget(self.typed)
        layout.addWidget(self.compared)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.typed.textChanged.connect(self._update)
        self.compared.toggled.connect(self._update)
        self._update()

    def _update(self) -> None:
        self.problem.hide()
        ready = bool(self.typed.text().strip()) or self.compared.isChecked()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)

    def compared_fingerprint(self) -> str:
        """What the user compared: the typed text when there is any, else the ticked one."""
        typed = self.typed.text().strip()
        return typed if typed else self.card.fingerprint

    def check(self) -> None:
        typed = self.typed.text().strip()
        if typed and normalized_fingerprint(typed) != self.card.fingerprint:
            self.problem.setText(
                tr(
                    "What you typed ({fingerprint}) is not this card's fingerprint. Do not "
                    "trust it: ask its owner for their card again."
                ).format(fingerprint=normalized_fingerprint(typed))
            )
            self.problem.show()
            self.adjustSize()  # room for the reason
            return
        self.accept()
