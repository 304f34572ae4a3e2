"""“Changed by someone else since you opened it”: the user's values beside the stored ones.

Shown over an edit form whose save stopped with ``ChangedElsewhere`` (``services.versions``).
The form stays open with what the user typed; the user chooses:

* **Reload theirs** — discard my edit, fill the form with what is stored now;
* **Keep editing** — the form adopts the stored version, so saving again overwrites theirs
  deliberately (having seen the differences here).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk.errors import ChangedElsewhere


class ConflictDialog(QDialog):
    """The differences of one stopped save, and the two ways on."""

    reload_requested = Signal()
    keep_requested = Signal()

    def __init__(
        self,
        error: ChangedElsewhere,
        labels: Mapping[str, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.error = error
        self.setWindowTitle(self.tr("Changed by someone else"))
        self.setMinimumWidth(560)
        who = error.who or self.tr("someone else")
        when = f"{error.when.astimezone():%Y-%m-%d %H:%M}" if error.when else self.tr("meanwhile")
        self.message = QLabel(
            self.tr(
                "{what} was changed by {who} at {when} since you opened it. Nothing was saved; "
                "your edit is still open."
            ).format(what=error.what[:1].upper() + error.what[1:], who=who, when=when),
            self,
        )
        self.message.setWordWrap(True)
        self.model = QStandardItemModel(0, 3, self)
        self.model.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Yours"), self.tr("Theirs")]
        )
        for name, yours, theirs in error.differences:
            cells = [QStandardItem(labels.get(name, name) if labels else name)]
            cells += [QStandardItem(yours), QStandardItem(theirs)]
            for cell in cells:
                cell.setEditable(False)
                cell.setToolTip(cell.text())
            self.model.appendRow(cells)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Your values and theirs"))
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        self.buttons = QDialogButtonBox(self)
        self.reload_button = self._button(
            self.tr("&Reload theirs"),
            self.tr("Discard your edit and show what is stored now"),
            self.reload_requested,
        )
        self.keep_button = self._button(
            self.tr("&Keep editing"),
            self.tr("Go on with your edit; saving again replaces their values with yours"),
            self.keep_requested,
        )
        self.keep_button.setDefault(True)  # the safe choice: nothing typed is lost
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)

    def _button(self, text: str, tip: str, chosen: Signal) -> QPushButton:
        button = self.buttons.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.setToolTip(tip)
        button.clicked.connect(chosen.emit)
        button.clicked.connect(self.accept)
        return button

    def rows(self) -> list[tuple[str, str, str]]:
        """The table as shown: (field, yours, theirs)."""
        return [
            (
                self.model.item(r, 0).text(),
                self.model.item(r, 1).text(),
                self.model.item(r, 2).text(),
            )
            for r in range(self.model.rowCount())
        ]


def show_conflict(
    parent: QWidget,
    error: ChangedElsewhere,
    reload: Callable[[], None],
    keep: Callable[[], None],
    labels: Mapping[str, str] | None = None,
) -> ConflictDialog:
    """Open the conflict window-modal over ``parent`` (not blocking: the app keeps running)
    and call ``reload`` or ``keep`` for the user's choice. Closing it is keeping on editing
    without adopting their version: saving again stops again."""
    dialog = ConflictDialog(error, labels, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.reload_requested.connect(reload)
    dialog.keep_requested.connect(keep)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
