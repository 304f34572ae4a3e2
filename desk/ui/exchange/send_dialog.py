"""What to send, and to whom: signals for contacts, or feedback for a post."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListView,
    QVBoxLayout,
    QWidget,
)

from desk.models.enums import Tlp
from desk.services.exchange.identity import ContactInfo
from desk.services.exchange.send import DEFAULT_MAX_TLP
from desk.services.reference_index import DirectorateRef
from desk.ui.exchange.common import role_label, tlp_choices, tr
from desk.ui.fields import dialog_buttons
from desk.ui.language import name_of


@dataclass(frozen=True)
class SendOptions:
    to: list[str]
    region: str | None
    unsent: bool
    max_tlp: Tlp
    include_red: bool


class SendDialog(QDialog):
    """Recipients, region and TLP rules; the file is asked for after it (its OK button)."""

    def __init__(
        self,
        contacts: list[ContactInfo],
        directorates: list[DirectorateRef],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("SendDialog")
        self.setWindowTitle(tr("Send signals"))
        self.setMinimumWidth(520)
        intro = QLabel(
            tr(
                "The package is encrypted to the recipients you tick and signed by this store: "
                "only they can open it. Desk remembers what each of them has had."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.recipient_model = QStandardItemModel(self)
        for c in contacts:
            item = QStandardItem(f"{c.name} — {role_label(c.role)}, {c.where}")
            item.setData(c.name, Qt.ItemDataRole.UserRole)
            item.setEditable(False)
            item.setCheckable(True)
            # one possible recipient: it is ticked already
            checked = len(contacts) == 1
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.recipient_model.appendRow(item)
        self.recipients = QListView(self)
        self.recipients.setModel(self.recipient_model)
        self.recipients.setAccessibleName(tr("Recipients"))
        self.recipients.setMaximumHeight(max(60, 24 * min(len(contacts), 6) + 8))
        self.region = QComboBox(self)
        self.region.addItem(tr("All regions"), None)
        for d in directorates:
            self.region.addItem(f"{d.code} — {name_of(d)}", d.code)
        self.unsent = QCheckBox(tr("&Only what they have not had yet (or changed since)"), self)
        self.unsent.setChecked(True)
        self.max_tlp = QComboBox(self)
        for tlp in tlp_choices():
            self.max_tlp.addItem(tr("up to {label}").format(label=tlp.label), tlp.value)
        self.max_tlp.setCurrentIndex(self.max_tlp.findData(DEFAULT_MAX_TLP.value))
        self.include_red = QCheckBox(
            tr("Include TLP:&RED signals whose author named exactly these recipients"), self
        )
        form = QFormLayout()
        for text, widget in (
            (tr("Re&cipients"), self.recipients),
            (tr("Re&gion"), self.region),
            ("", self.unsent),
            (tr("&Highest TLP"), self.max_tlp),
            ("", self.include_red),
        ):
            if text:
                widget.setAccessibleName(text.replace("&", ""))
            form.addRow(text, widget)
        self.buttons = dialog_buttons(self, ok_text=tr("&Choose file…"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.recipient_model.itemChanged.connect(self._update)
        self._update()

    def set_recipients(self, names: set[str]) -> None:
        for item in self._items():
            on = item.data(Qt.ItemDataRole.UserRole) in names
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def _items(self) -> list[QStandardItem]:
        model = self.recipient_model
        return [model.item(row) for row in range(model.rowCount())]

    def _update(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.options().to))

    def options(self) -> SendOptions:
        to = [
            str(item.data(Qt.ItemDataRole.UserRole))
            for item in self._items()
            if item.checkState() == Qt.CheckState.Checked
        ]
        return SendOptions(
            to,
            self.region.currentData(),
            self.unsent.isChecked(),
            Tlp(self.max_tlp.currentData()),
            self.include_red.isChecked(),
        )


class FeedbackDialog(QDialog):
    """The post to tell what became of its signals (their status here, the meetings that
    discussed them and the decisions taken)."""

    def __init__(self, posts: list[ContactInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("FeedbackDialog")
        self.setWindowTitle(tr("Send feedback"))
        self.setMinimumWidth(460)
        intro = QLabel(
            tr(
                "Feedback tells a post, for each signal it sent, its status here and the "
                "meetings that discussed it with their decisions. It carries nothing else."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.post = QComboBox(self)
        self.post.setAccessibleName(tr("Post"))
        for c in posts:
            self.post.addItem(f"{c.name} — {c.where}", c.name)
        form = QFormLayout()
        form.addRow(tr("&Post"), self.post)
        self.buttons = dialog_buttons(self, ok_text=tr("&Choose file…"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def chosen(self) -> str:
        return str(self.post.currentData())
