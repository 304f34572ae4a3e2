"""Editing a country profile: its fields, contact persons and key figures."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desk.errors import ChangedElsewhere
from desk.models.countries import CircumventionRole, EventKind, RiskLevel
from desk.services.countries import Contact, Figure, ProfileInfo, ProfilePatch
from desk.ui.conflict_dialog import ConflictDialog, show_conflict
from desk.ui.countries.common import (
    KIND_LABELS,
    RISK_LABELS,
    ROLE_LABELS,
    dialog_buttons,
    form_rows,
    tr,
)
from desk.ui.language import name_of


class RowsEditor(QWidget):
    """A small editable table (contacts, figures) with add and remove."""

    def __init__(
        self, headers: list[str], rows: list[list[str]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.model = QStandardItemModel(0, len(headers), self)
        self.model.setHorizontalHeaderLabels(headers)
        self.set_rows(rows)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        add = QPushButton(tr("Add row"), self)
        remove = QPushButton(tr("Remove row"), self)
        add.clicked.connect(lambda: self.model.appendRow([QStandardItem("") for _ in headers]))
        remove.clicked.connect(self._remove)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def _remove(self) -> None:
        for row in sorted(
            {i.row() for i in self.table.selectionModel().selectedIndexes()}, reverse=True
        ):
            self.model.removeRow(row)

    def set_rows(self, rows: list[list[str]]) -> None:
        self.model.removeRows(0, self.model.rowCount())
        for row in rows:
            self.model.appendRow([QStandardItem(str(c)) for c in row])

    def rows(self) -> list[list[str]]:
        return [
            [
                (self.model.item(r, c).text() if self.model.item(r, c) else "").strip()
                for c in range(self.model.columnCount())
            ]
            for r in range(self.model.rowCount())
        ]


class ProfileDialog(QDialog):
    """Save emits ``submitted``; the caller saves ``patch()`` from ``version`` and calls
    ``accept()`` — or ``show_error()`` / ``show_conflict()``, and the dialog stays open with
    everything typed."""

    submitted = Signal()

    def __init__(self, profile: ProfileInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Profile of {country}").format(country=name_of(profile)))
        self.resize(700, 620)
        self.version = profile.version  # what the save names as expected_version
        self.conflict: ConflictDialog | None = None
        general = self._general(profile)
        self.contacts = RowsEditor(
            [tr("Name"), tr("Function"), tr("Organisation")], _contact_rows(profile), self
        )
        self.figures = RowsEditor(
            [tr("Figure"), tr("Value"), tr("Year"), tr("Source")], _figure_rows(profile), self
        )
        self.error = QLabel(self)
        self.error.setStyleSheet("color:#b00020")
        tabs = QTabWidget(self)
        tabs.addTab(general, tr("&Profile"))
        tabs.addTab(self.contacts, tr("&Contacts"))
        tabs.addTab(self.figures, tr("Key &figures"))
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(self.error)
        layout.addWidget(dialog_buttons(self, self._accept, save=True))

    def _general(self, profile: ProfileInfo) -> QWidget:
        """The tab with the profile's own fields."""
        self.relation_eu = QLineEdit(profile.relation_eu, self)
        self.relation_russia = QLineEdit(profile.relation_russia, self)
        self.roles: dict[CircumventionRole, QCheckBox] = {}
        roles_box = QWidget(self)
        roles_layout = QHBoxLayout(roles_box)
        roles_layout.setContentsMargins(0, 0, 0, 0)
        for role in CircumventionRole:
            box = QCheckBox(tr(ROLE_LABELS[role]), self)
            box.setChecked(role in profile.roles)
            self.roles[role] = box
            roles_layout.addWidget(box)
        self.exchange = QComboBox(self)
        self.exchange.addItem(tr("(not chosen)"), None)
        for kind in EventKind:
            self.exchange.addItem(tr(KIND_LABELS[kind]), kind.value)
        self.exchange.setCurrentIndex(
            max(
                0,
                self.exchange.findData(
                    profile.preferred_exchange.value if profile.preferred_exchange else None
                ),
            )
        )
        self.rationale = QPlainTextEdit(profile.exchange_rationale, self)
        self.posts = QLineEdit(profile.posts, self)
        self.risk = QComboBox(self)
        self.risk.addItem(tr("(not assessed)"), None)
        for level in RiskLevel:
            self.risk.addItem(tr(RISK_LABELS[level]), level.value)
        self.risk.setCurrentIndex(
            max(0, self.risk.findData(profile.risk_level.value if profile.risk_level else None))
        )
        self.assessed = QDateEdit(self)
        self.assessed.setCalendarPopup(True)
        self.assessed.setDisplayFormat("yyyy-MM-dd")
        when = profile.risk_assessed_on or date.today()
        self.assessed.setDate(QDate(when.year, when.month, when.day))
        self.assessed.setMaximumDate(QDate.currentDate())
        self.notes = QPlainTextEdit(profile.notes, self)

        form = form_rows(
            QFormLayout(),
            [
                (tr("Relation to the &EU:"), self.relation_eu),
                (tr("Relation to &Russia:"), self.relation_russia),
                (tr("Role in circumvention:"), roles_box),
                (tr("Preferred e&xchange:"), self.exchange),
                (tr("&Why:"), self.rationale),
                (tr("&Posts:"), self.posts),
                (tr("Ris&k level:"), self.risk),
                (tr("Assessed on:"), self.assessed),
                (tr("&Notes:"), self.notes),
            ],
        )
        general = QWidget(self)
        general.setLayout(form)
        return general

    def patch(self) -> ProfilePatch:
        """The profile as the dialog shows it: every field, the contacts and the key figures."""
        qd = self.assessed.date()
        risk = self.risk.currentData()
        exchange = self.exchange.currentData()
        return ProfilePatch(
            relation_eu=self.relation_eu.text(),
            relation_russia=self.relation_russia.text(),
            roles=[r for r, box in self.roles.items() if box.isChecked()],
            preferred_exchange=EventKind(exchange) if exchange else None,
            exchange_rationale=self.rationale.toPlainText(),
            posts=self.posts.text(),
            risk_level=RiskLevel(risk) if risk else None,
            risk_assessed_on=date(qd.year(), qd.month(), qd.day()) if risk else None,
            notes=self.notes.toPlainText(),
            contacts=[Contact(*row) for row in self.contacts.rows() if row[0]],
            figures=[
                Figure(label, value, int(year) if year.isdigit() else None, source)
                for label, value, year, source in self.figures.rows()
                if label or value
            ],
        )

    def _accept(self) -> None:
        for label, value, year, _source in self.figures.rows():
            if (label or value) and not (label and value):
                self.error.setText(tr("Every key figure needs a label and a value."))
                return
            if year and not (year.isdigit() and 1900 <= int(year) <= 2100):
                self.error.setText(tr("“{year}” is not a year.").format(year=year))
                return
        self.error.setText("")
        self.submitted.emit()

    def show_error(self, message: str) -> None:
        self.error.setText(message)

    def load(self, p: ProfileInfo) -> None:
        """Show ``p`` (what is stored now) in place of the user's edit."""
        self.version = p.version
        self.relation_eu.setText(p.relation_eu)
        self.relation_russia.setText(p.relation_russia)
        for role, box in self.roles.items():
            box.setChecked(role in p.roles)
        kind = p.preferred_exchange.value if p.preferred_exchange else None
        self.exchange.setCurrentIndex(max(0, self.exchange.findData(kind)))
        self.rationale.setPlainText(p.exchange_rationale)
        self.posts.setText(p.posts)
        risk = p.risk_level.value if p.risk_level else None
        self.risk.setCurrentIndex(max(0, self.risk.findData(risk)))
        when = p.risk_assessed_on or date.today()
        self.assessed.setDate(QDate(when.year, when.month, when.day))
        self.notes.setPlainText(p.notes)
        self.contacts.set_rows(_contact_rows(p))
        self.figures.set_rows(_figure_rows(p))

    def show_conflict(self, error: ChangedElsewhere, theirs: ProfileInfo) -> ConflictDialog:
        """Someone saved ``theirs`` meanwhile: both values, and reload theirs or keep editing
        (then a second Save overwrites theirs deliberately)."""

        def keep() -> None:
            self.version = error.version

        self.conflict = show_conflict(
            self, error, reload=lambda: self.load(theirs), keep=keep, labels=profile_labels()
        )
        return self.conflict


def _contact_rows(p: ProfileInfo) -> list[list[str]]:
    return [[c.name, c.function, c.organisation] for c in p.contacts]


def _figure_rows(p: ProfileInfo) -> list[list[str]]:
    return [[f.label, f.value, str(f.year or ""), f.source] for f in p.figures]


def profile_labels() -> dict[str, str]:
    """The profile's fields as the dialog names them (by ``ProfilePatch`` field)."""
    return {
        "relation_eu": tr("Relation to the EU"),
        "relation_russia": tr("Relation to Russia"),
        "roles": tr("Role in circumvention"),
        "preferred_exchange": tr("Preferred exchange"),
        "exchange_rationale": tr("Why"),
        "posts": tr("Posts"),
        "risk_level": tr("Risk level"),
        "risk_assessed_on": tr("Assessed on"),
        "notes": tr("Notes"),
        "contacts": tr("Contacts"),
        "figures": tr("Key figures"),
    }
