"""The Participants tab of a meeting: who is invited, attended or excused."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desk.models.meetings import Attendance
from desk.services import meetings as mt
from desk.services.meeting_page import MeetingPage
from desk.ui.language import long_date
from desk.ui.meetings.dialogs import ParticipantDialog
from desk.ui.meetings.models import participants_model
from desk.ui.meetings.panel import PageHost, PagePanel, button, choice, row, selected, table_view


class PeoplePanel(PagePanel):
    def __init__(self, host: PageHost, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        self.people = participants_model(self)
        self.people_view = table_view(self, self.people, self.tr("Participants"), 2)
        self.add_person_button = button(self.tr("Add &participant…"), self, self.add_participant)
        self.attended_button = choice(
            self.tr("Attended"), self, self.attendance, Attendance.ATTENDED
        )
        self.excused_button = choice(self.tr("Excused"), self, self.attendance, Attendance.EXCUSED)
        self.invited_button = choice(self.tr("Invited"), self, self.attendance, Attendance.INVITED)
        self.remove_person_button = button(self.tr("Remove"), self, self.remove_participants)
        # a draft without participants of its own lists the previous meeting's: say so
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color:#555")
        self.note.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.people_view)
        self.buttons = (
            self.add_person_button,
            self.attended_button,
            self.excused_button,
            self.invited_button,
            self.remove_person_button,
        )
        layout.addLayout(row(*self.buttons))

    def clear(self) -> None:
        self.people.clear()
        self.note.hide()

    def show_page(self, page: MeetingPage, editable: bool) -> None:
        self.people.set_rows(page.participants)
        source = page.invited_from
        self.note.setVisible(source is not None)
        if source is not None:
            self.note.setText(
                self.tr(
                    "Not opened yet: these are the participants of the meeting of {date}. They "
                    "are invited when this meeting is opened for preparation (or when you add "
                    "someone here)."
                ).format(date=long_date(source.starts_at))
            )
        for w in self.buttons:
            # the rows shown for a draft are the previous meeting's: only adding applies here
            w.setEnabled(editable and (source is None or w is self.add_person_button))

    def add_participant(self) -> None:
        self.add_from(ParticipantDialog(self), mt.add_participant)

    def attendance(self, value: Attendance) -> None:
        """The selected participants attended, were excused or are (again) only invited."""
        mid = self.meeting_id
        chosen = {p.id: value for p in selected(self.people_view, self.people)}
        if mid is not None and chosen:
            self.host.change(lambda store: mt.set_attendances(store, mid, chosen))

    def remove_participants(self) -> None:
        ids = [p.id for p in selected(self.people_view, self.people)]
        if ids:
            self.host.change(lambda store: mt.remove_participants(store, ids))
