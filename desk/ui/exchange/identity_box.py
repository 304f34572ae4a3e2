"""This store's identity as the Exchange section shows it: name, role and place, and the
fingerprint in large type to read aloud — or, before there is one, how to make it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desk.services.exchange.identity import IdentityInfo
from desk.ui.exchange.common import monospace, role_label, tr

BLANK, EMPTY, SHOWN = range(3)  # the pages: locked, no identity yet, the identity


class IdentityBox(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("This store"), parent)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(QWidget(self))
        self.pages.addWidget(self._empty_page())
        self.pages.addWidget(self._identity_page())
        QVBoxLayout(self).addWidget(self.pages)

    def _empty_page(self) -> QWidget:
        page = QWidget(self)
        self.empty_label = QLabel(
            tr(
                "This store has no exchange identity yet. Name it — a post or a contact point — "
                "to send and receive packages; Desk makes its keys."
            ),
            page,
        )
        self.empty_label.setWordWrap(True)
        self.setup_button = QPushButton(tr("&Set up this store's identity…"), page)
        layout = QVBoxLayout(page)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.setup_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        return page

    def _identity_page(self) -> QWidget:
        page = QWidget(self)
        self.name_label = QLabel(page)
        self.name_label.setTextFormat(Qt.TextFormat.PlainText)
        self.name_label.setStyleSheet("font-size:15px;font-weight:bold")
        self.place_label = QLabel(page)
        self.place_label.setTextFormat(Qt.TextFormat.PlainText)
        caption = QLabel(tr("Fingerprint — read it aloud to whoever trusts this store's card:"))
        self.fingerprint_label = QLabel(page)
        self.fingerprint_label.setObjectName("Fingerprint")
        self.fingerprint_label.setFont(monospace(5))
        # selectable, to copy it into a message; large, to read it over the phone
        self.fingerprint_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.fingerprint_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.fingerprint_label.setStyleSheet("padding:6px;background:#f6f8fb;color:#15325b")
        self.fingerprint_label.setAccessibleDescription(tr("This store's fingerprint"))
        self.card_button = QPushButton(tr("Save my contact &card…"), page)
        self.rename_button = QPushButton(tr("Change name or &place…"), page)
        buttons = QHBoxLayout()
        buttons.addWidget(self.card_button)
        buttons.addWidget(self.rename_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(page)
        for widget in (self.name_label, self.place_label, caption, self.fingerprint_label):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        layout.addStretch(1)
        return page

    def show_identity(self, me: IdentityInfo | None, *, loaded: bool) -> None:
        """``me`` (None: the empty state); not ``loaded``: nothing at all (the store is locked)."""
        for label in (self.name_label, self.place_label, self.fingerprint_label):
            label.clear()
        if me is not None:
            self.name_label.setText(me.name)
            self.place_label.setText(
                tr("{role}, {place}").format(role=role_label(me.role), place=me.where)
            )
            self.fingerprint_label.setText(me.fingerprint)
        self.pages.setCurrentIndex(SHOWN if me is not None else EMPTY if loaded else BLANK)
