"""Every document issued from this store: what, for whom, when, and the SHA-256 that proves
which file it was."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk.documents import report_for
from desk.services.issued import IssuedRecord
from desk.ui.language import translate
from desk.ui.table import Column, ListTableModel, RowRole


def tr(text: str) -> str:
    return translate("Documents", text)


def kind_label(kind: str) -> str:
    """How the list names a kind of document ("meeting-briefing": "Briefing")."""
    try:
        return tr(report_for(kind).label)
    except KeyError:  # a kind this version no longer makes
        return kind


def issued_model(parent: QWidget | None = None) -> ListTableModel[IssuedRecord]:
    return ListTableModel(
        [
            Column(tr("Issued"), lambda r: f"{r.issued_at.astimezone():%Y-%m-%d %H:%M}"),
            Column(tr("Document"), lambda r: kind_label(r.kind)),
            Column(tr("Region"), lambda r: r.region or ""),
            Column(tr("Country"), lambda r: r.country_code or ""),
            Column(tr("Audience"), lambda r: r.audience),
            Column(tr("Language"), lambda r: r.lang, align_center=True),
            Column(tr("TLP"), lambda r: f"TLP:{r.tlp}"),
            Column(tr("Pages"), lambda r: str(r.pages), align_center=True),
            Column(
                tr("File"),
                # a word, not a lock symbol: the fonts of many desktops lack that glyph
                lambda r: r.file_name + (tr(" (password)") if r.protected else ""),
                tooltip=lambda r: (
                    r.file_name + (tr(" (password-protected)") if r.protected else "")
                ),
            ),
            Column(tr("SHA-256"), lambda r: r.sha256[:16] + "…", tooltip=lambda r: r.sha256),
            Column(tr("By"), lambda r: r.issued_by),
        ],
        parent,
    )


class IssuedDocumentsDialog(QDialog):
    def __init__(self, records: list[IssuedRecord], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("IssuedDocumentsDialog")
        self.setWindowTitle(tr("Issued documents"))
        self.model = issued_model(self)
        self.model.set_rows(records)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(tr("Issued documents"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        note = QLabel(
            tr(
                "{n} documents. To check a file, compare its SHA-256 (e.g. `sha256sum file.pdf`) "
                "with the one recorded here."
            ).format(n=len(records))
            if records
            else tr("No documents have been issued from this store yet.")
        )
        note.setWordWrap(True)
        copy = QPushButton(tr("&Copy SHA-256"), self)
        copy.clicked.connect(self.copy_hash)
        QShortcut(QKeySequence.StandardKey.Copy, self.view, activated=self.copy_hash)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.resize(1000, 420)

    def copy_hash(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            record = self.model.data(index.siblingAtColumn(0), RowRole)
            QGuiApplication.clipboard().setText(record.sha256)
