"""Creating and editing a knowledge-exchange event; the fields follow the kind of event."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desk.errors import ChangedElsewhere
from desk.models.countries import EventKind, EventStatus
from desk.services.events import EventDraft, EventInfo, EventPatch, patch_from
from desk.services.reference import ReferenceIndex
from desk.ui.conflict_dialog import ConflictDialog, show_conflict
from desk.ui.countries.common import (
    KIND_LABELS,
    dialog_buttons,
    event_status_label,
    form_rows,
    tr,
)
from desk.ui.language import name_of

MIX_LABELS = {
    "students": "students",
    "policymakers": "policymakers",
    "private-sector": "private sector",
}


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


def _split(text: str) -> list[str]:
    return [x.strip() for x in text.replace(",", ";").split(";") if x.strip()]


class EventDialog(QDialog):
    """``draft()`` gives a new event for ``create_event``, ``patch()`` the change to an existing
    one for ``update_event``. For a new expert panel, ``next_host(country, co_hosts)`` proposes
    the host whose turn it is.

    Save emits ``submitted``; the caller stores the event and calls ``accept()`` — or
    ``show_error()``, and the dialog stays open with everything typed."""

    submitted = Signal()

    def __init__(
        self,
        reference: ReferenceIndex,
        event: EventInfo | None = None,
        *,
        country: str | None = None,
        region: str | None = None,
        next_host=None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.reference = reference
        self.existing = event
        self.version = event.version if event is not None else None  # a save's expected_version
        self.conflict: ConflictDialog | None = None
        self.next_host = next_host
        self.setWindowTitle(tr("Edit event") if event else tr("New knowledge-exchange event"))
        self.resize(620, 600)

        self._common_fields(reference, region)
        self.kind_rows = self._kind_fields()
        self.kind.currentIndexChanged.connect(self._kind_changed)

        # one form, so every label lines up; the rows of other kinds of event are hidden
        self.form = form_rows(
            QFormLayout(),
            [
                (tr("&Kind:"), self.kind),
                (tr("C&ountry:"), self.country),
                (tr("&Title:"), self.title_edit),
                ("", self.has_date),
                (tr("&Starts:"), self.starts),
                (tr("&Ends:"), self.ends),
                (tr("Host &post:"), self.host_post),
                (tr("Stat&us:"), self.status),
                (tr("Participants:"), self.count),
                (tr("Notable organisations:"), self.organisations),
                (tr("Themes:"), self.themes),
                *(row for rows in self.kind_rows.values() for row in rows),
                (tr("Outcomes:"), self.outcomes),
                (tr("Lessons (best practices):"), self.lessons),
            ],
        )
        self.error = QLabel(self)
        self.error.setStyleSheet("color:#b00020")
        self.error.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addStretch(1)  # spare height below the fields, not between them
        layout.addWidget(self.error)
        layout.addWidget(dialog_buttons(self, self._submit, save=True))
        if event is not None:
            self._fill(event)
            # the kind decides which fields exist: make a new event instead
            self.kind.setEnabled(False)
            self.status.setEnabled(False)  # status moves with the buttons (the rotation follows it)
        else:
            # no country until one is chosen: a default would be saved unnoticed
            self.country.setCurrentIndex(self.country.findData(country) if country else -1)
        self.country.currentIndexChanged.connect(self._propose_host)
        self.co_hosts.editingFinished.connect(self._propose_host)
        self._kind_changed()

    def _common_fields(self, reference: ReferenceIndex, region: str | None) -> None:
        """The fields every kind of event has."""
        self.kind = QComboBox(self)
        for kind in EventKind:
            self.kind.addItem(tr(KIND_LABELS[kind]), kind.value)
        self.country = self._country_box(reference, region)
        self.title_edit = QLineEdit(self)
        self.has_date = QCheckBox(tr("Dated"), self)
        self.starts = QDateEdit(QDate.currentDate().addDays(42), self)
        self.ends = QDateEdit(QDate.currentDate().addDays(42), self)
        for d in (self.starts, self.ends):
            d.setCalendarPopup(True)
            d.setDisplayFormat("yyyy-MM-dd")
        self.has_date.setChecked(True)
        self.has_date.toggled.connect(self.starts.setEnabled)
        self.has_date.toggled.connect(self.ends.setEnabled)
        self.host_post = QLineEdit(self)
        self.status = QComboBox(self)
        for status in EventStatus:
            self.status.addItem(event_status_label(status), status.value)
        self.count = QSpinBox(self)
        self.count.setRange(0, 100000)
        self.count.setSpecialValueText(tr("not known"))
        self.organisations = self._text_box(2)
        self.themes = QLineEdit(self)
        self.themes.setPlaceholderText(tr("separated by ;"))
        self.outcomes = self._text_box(3)
        self.lessons = self._text_box(3)

    def _text_box(self, lines: int) -> QPlainTextEdit:
        """A text field ``lines`` lines high (it scrolls beyond), so the dialog fits a
        1280×720 screen."""
        box = QPlainTextEdit(self)
        box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 12)
        return box

    def _country_box(self, reference: ReferenceIndex, region: str | None) -> QComboBox:
        """Every country, those of ``region`` first; none chosen (the placeholder asks)."""
        box = QComboBox(self)
        box.setEditable(True)
        box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        countries = sorted(reference.countries.values(), key=name_of)
        ours = [c for c in countries if region and reference.region_of(c.code) == region]
        for c in ours:
            box.addItem(f"{name_of(c)} ({c.code})", c.code)
        if ours:
            box.insertSeparator(box.count())
        for c in countries:
            if c not in ours:
                box.addItem(f"{name_of(c)} ({c.code})", c.code)
        completer = QCompleter(box.model(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        box.setCompleter(completer)
        box.lineEdit().setPlaceholderText(tr("Choose a country…"))
        return box

    def _kind_fields(self) -> dict[EventKind, list[tuple[str, QWidget]]]:
        """The rows of each kind of event; the kind chosen shows its own."""
        self.co_hosts = QLineEdit(self)
        self.co_hosts.setPlaceholderText(tr("member states in rotation order, e.g. NL; DE; FR; IT"))
        self.host = QLineEdit(self)
        self.chatham = QCheckBox(tr("Chatham House Rule"), self)
        self.chatham.setChecked(True)
        self.cases = self._text_box(3)
        self.mix = {key: QCheckBox(tr(label), self) for key, label in MIX_LABELS.items()}
        mix_box = QWidget(self)
        mix_layout = QHBoxLayout(mix_box)
        mix_layout.setContentsMargins(0, 0, 0, 0)
        for box in self.mix.values():
            mix_layout.addWidget(box)
        mix_layout.addStretch(1)
        self.universities = QLineEdit(self)
        self.universities.setPlaceholderText(tr("separated by ;"))
        self.programme = self._text_box(3)
        return {
            EventKind.EXPERT_PANEL: [
                (tr("Co-&hosts:"), self.co_hosts),
                (tr("H&ost this time:"), self.host),
                ("", self.chatham),
            ],
            EventKind.HACKATHON: [
                (tr("&Cases worked on:"), self.cases),
                (tr("Participant mix:"), mix_box),
            ],
            EventKind.ACADEMIC: [
                (tr("Partner &universities:"), self.universities),
                (tr("&Programme:"), self.programme),
            ],
            EventKind.OTHER: [],
        }

    def _kind_changed(self) -> None:
        kind = EventKind(self.kind.currentData())
        for each, rows in self.kind_rows.items():
            for _label, widget in rows:
                self.form.setRowVisible(widget, each == kind)
        self._propose_host()

    def _submit(self) -> None:
        """Save, once a country is chosen (there is no default to fall back on)."""
        if not (self.country.currentData() or self.country.currentText().strip()):
            self.show_error(tr("Choose the country the event is with."))
            self.country.setFocus()
            return
        self.submitted.emit()

    def _propose_host(self) -> None:
        if (
            self.existing is not None
            or self.next_host is None
            or self.kind.currentData() != EventKind.EXPERT_PANEL.value
        ):
            return
        hosts = _split(self.co_hosts.text())
        if hosts and not self.host.text().strip():
            self.host.setText(self.next_host(self.country.currentData(), hosts) or hosts[0])

    def _fill(self, e: EventInfo) -> None:
        self.kind.setCurrentIndex(self.kind.findData(e.kind.value))
        self.country.setCurrentIndex(max(0, self.country.findData(e.country_code)))
        self.title_edit.setText(e.title)
        self.has_date.setChecked(e.starts_on is not None)
        if e.starts_on:
            self.starts.setDate(_qdate(e.starts_on))
            self.ends.setDate(_qdate(e.ends_on or e.starts_on))
        self.host_post.setText(e.host_post)
        self.status.setCurrentIndex(self.status.findData(e.status.value))
        self.count.setValue(e.participant_count or 0)
        self.organisations.setPlainText(e.organisations)
        self.themes.setText("; ".join(e.themes))
        self.outcomes.setPlainText(e.outcomes)
        self.lessons.setPlainText(e.lessons)
        self.co_hosts.setText("; ".join(e.co_hosts))
        self.host.setText(e.host)
        self.chatham.setChecked(e.chatham_house)
        self.cases.setPlainText(e.cases)
        for key, box in self.mix.items():
            box.setChecked(key in e.participant_mix)
        self.universities.setText("; ".join(e.universities))
        self.programme.setPlainText(e.programme)

    def draft(self) -> EventDraft:
        """The event as the dialog shows it (for ``create_event``); the fields of other kinds
        of event are left empty."""
        kind = EventKind(self.kind.currentData())
        dated = self.has_date.isChecked()
        panel, hackathon, academic = (
            kind == k for k in (EventKind.EXPERT_PANEL, EventKind.HACKATHON, EventKind.ACADEMIC)
        )
        return EventDraft(
            kind=kind,
            country_code=self.country.currentData() or self.country.currentText(),
            title=self.title_edit.text().strip(),
            starts_on=_pydate(self.starts.date()) if dated else None,
            ends_on=_pydate(self.ends.date()) if dated else None,
            host_post=self.host_post.text(),
            status=EventStatus(self.status.currentData()),
            participant_count=self.count.value() or None,
            organisations=self.organisations.toPlainText(),
            themes=_split(self.themes.text()),
            outcomes=self.outcomes.toPlainText(),
            lessons=self.lessons.toPlainText(),
            co_hosts=_split(self.co_hosts.text()) if panel else (),
            host=self.host.text().strip() if panel else "",
            chatham_house=self.chatham.isChecked() if panel else None,
            cases=self.cases.toPlainText() if hackathon else "",
            participant_mix=[k for k, box in self.mix.items() if box.isChecked()]
            if hackathon
            else (),
            universities=_split(self.universities.text()) if academic else (),
            programme=self.programme.toPlainText() if academic else "",
        )

    def patch(self) -> EventPatch:
        """The change to the event being edited (for ``update_event``)."""
        return patch_from(self.draft())

    def show_error(self, message: str) -> None:
        self.error.setText(message)

    def load(self, e: EventInfo) -> None:
        """Show ``e`` (what is stored now) in place of the user's edit."""
        self.existing, self.version = e, e.version
        self._fill(e)

    def show_conflict(self, error: ChangedElsewhere, theirs: EventInfo) -> ConflictDialog:
        """Someone saved ``theirs`` meanwhile: both values, and reload theirs or keep editing
        (then a second Save overwrites theirs deliberately)."""

        def keep() -> None:
            self.version = error.version

        self.error.setText("")
        self.conflict = show_conflict(
            self, error, reload=lambda: self.load(theirs), keep=keep, labels=event_labels()
        )
        return self.conflict


def event_labels() -> dict[str, str]:
    """The event's fields as the dialog names them (by ``EventPatch`` field)."""
    return {
        "country_code": tr("Country"),
        "title": tr("Title"),
        "starts_on": tr("Starts"),
        "ends_on": tr("Ends"),
        "host_post": tr("Host post"),
        "participant_count": tr("Participants"),
        "organisations": tr("Notable organisations"),
        "themes": tr("Themes"),
        "outcomes": tr("Outcomes"),
        "lessons": tr("Lessons (best practices)"),
        "co_hosts": tr("Co-hosts"),
        "host": tr("Host"),
        "chatham_house": tr("Chatham House Rule"),
        "cases": tr("Cases"),
        "participant_mix": tr("Participants from"),
        "universities": tr("Universities"),
        "programme": tr("Programme"),
    }
