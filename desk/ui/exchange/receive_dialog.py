"""The preview of a received package: what it would change, its conflicts and how to decide
them, then Apply (which the view runs on the database thread, with progress)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk.services.exchange.receive import OnConflict, ReceiveReport
from desk.ui.exchange.common import tr
from desk.ui.table import Column, ListTableModel


@dataclass(frozen=True)
class ConflictRow:
    title: str
    field: str
    mine: str
    theirs: str


def conflict_rows(report: ReceiveReport) -> list[ConflictRow]:
    return [
        ConflictRow(c.title, f.field, f.mine, f.theirs) for c in report.conflicts for f in c.fields
    ]


def conflicts_model(parent: QWidget | None = None) -> ListTableModel[ConflictRow]:
    return ListTableModel(
        [
            Column(tr("Signal"), lambda r: r.title),
            Column(tr("Field"), lambda r: r.field),
            Column(tr("Mine"), lambda r: r.mine),
            Column(tr("Theirs"), lambda r: r.theirs),
        ],
        parent,
    )


CHOICES = [
    (
        OnConflict.STOP,
        QT_TRANSLATE_NOOP("Exchange", "&Stop: receive nothing until the conflicts are settled"),
    ),
    (
        OnConflict.KEEP_MINE,
        QT_TRANSLATE_NOOP("Exchange", "&Keep mine for the conflicting signals, receive the rest"),
    ),
    (
        OnConflict.TAKE_THEIRS,
        QT_TRANSLATE_NOOP(
            "Exchange", "&Take theirs for the conflicting signals (mine stay in the history)"
        ),
    ),
]


class PreviewDialog(QDialog):
    """``apply_requested(choice)`` asks the view to receive the package for real; the dialog
    stays open with a progress bar until the view calls ``finish``."""

    apply_requested = Signal(object)

    def __init__(self, report: ReceiveReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PreviewDialog")
        self.report = report
        self.setWindowTitle(tr("Receive package — {file}").format(file=report.path.name))
        self.resize(*((880, 460) if report.conflicts else (560, 200)))
        heading = QLabel(self)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        heading.setText(
            tr("From {sender}, made {when}").format(
                sender=report.sender, when=report.created_at[:16].replace("T", " ")
            )
        )
        heading.setStyleSheet("font-size:15px;font-weight:bold")
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.model = conflicts_model(self)
        self.model.set_rows(conflict_rows(report))
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(tr("Conflicts"))
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.hide()  # shown only where there are conflicts
        header = self.table.horizontalHeader()
        for column in (0, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.choices = QButtonGroup(self)
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(tr("Receiving"))
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.apply_button = self.buttons.addButton(
            tr("&Apply"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self._apply)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        if report.kind == "feedback":
            self.note.setText(
                tr(
                    "Feedback on %n of this store's signals from {sender}.", "", report.feedback
                ).format(sender=report.sender)
            )
            layout.addWidget(self.note)
        else:
            layout.addLayout(self._counts())
            layout.addWidget(self.note)
            self._conflicts(layout)
        if not report.conflicts:
            layout.addStretch(1)  # else the conflicts table takes the height
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        if report.already_received:
            self.note.setText(
                tr("This package was already received: receiving it again changes nothing.")
            )
        self._update()

    def _counts(self) -> QGridLayout:
        grid = QGridLayout()
        r = self.report
        for column, (label, n) in enumerate(
            (
                (tr("new"), r.new),
                (tr("updated"), r.updated),
                (tr("unchanged"), r.unchanged),
                (tr("conflicts"), len(r.conflicts)),
            )
        ):
            number = QLabel(str(n), self)
            number.setAlignment(Qt.AlignmentFlag.AlignCenter)
            colour = "#a40000" if label == tr("conflicts") and n else "#15325b"
            number.setStyleSheet(f"font-size:22px;font-weight:bold;color:{colour}")
            number.setAccessibleName(f"{label}: {n}")
            caption = QLabel(label, self)
            caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(number, 0, column)
            grid.addWidget(caption, 1, column)
        return grid

    def _conflicts(self, layout: QVBoxLayout) -> None:
        if not self.report.conflicts:
            return
        self.note.setText(
            tr(
                "Both you and {sender} changed %n signal(s) since you last shared them. "
                "Decide which version each keeps:",
                "",
                len(self.report.conflicts),
            ).format(sender=self.report.sender)
        )
        layout.addWidget(self.table, 1)
        self.table.show()
        # a summary shows whole, not cut after a line, at whatever width the columns get
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for choice, text in CHOICES:
            button = QRadioButton(tr(text), self)
            button.setProperty("choice", choice.value)
            button.setChecked(choice is OnConflict.STOP)
            self.choices.addButton(button)
            layout.addWidget(button)
        self.choices.buttonToggled.connect(lambda *_: self._update())

    def choice(self) -> OnConflict:
        checked = self.choices.checkedButton()
        return OnConflict(checked.property("choice")) if checked else OnConflict.STOP

    def set_choice(self, choice: OnConflict) -> None:
        for button in self.choices.buttons():
            if button.property("choice") == choice.value:
                button.setChecked(True)

    def _update(self) -> None:
        r = self.report
        stopped = bool(r.conflicts) and self.choice() is OnConflict.STOP
        self.apply_button.setEnabled(not stopped and not r.already_received)
        self.apply_button.setToolTip(
            tr("Choose how to settle the conflicts first") if stopped else ""
        )

    def _apply(self) -> None:
        if not self.apply_button.isEnabled():
            return  # Return in the dialog with nothing to apply
        self.apply_button.setEnabled(False)
        for button in self.choices.buttons():
            button.setEnabled(False)
        self.progress.show()
        self.apply_requested.emit(self.choice())

    def show_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def finish(self) -> None:
        self.progress.hide()
        self.accept()
