"""The Meetings section: a region's series, and one meeting's page — its header (status,
documents) above three tabs, each a panel: agenda, participants, decisions and actions."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QLabel,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desk.models.meetings import MeetingStatus
from desk.services import meetings as mt
from desk.services.contact_points import ContactPointInfo
from desk.services.meeting_page import MeetingPage, meeting_page
from desk.ui.documents.job import DocumentJob, launch
from desk.ui.language import document_language, short_date_time, weekday_date, weekday_date_time
from desk.ui.meetings.agenda_panel import AgendaPanel
from desk.ui.meetings.dialogs import MoveMeetingDialog, PlanSeriesDialog
from desk.ui.meetings.models import STATUS_LABELS, label, meeting_list_model, ordered_for_list
from desk.ui.meetings.outcomes_panel import OutcomesPanel
from desk.ui.meetings.panel import PagePanel, Task, button, choice, row, table_view
from desk.ui.meetings.people_panel import PeoplePanel
from desk.ui.meetings.status_texts import REOPEN, STEPS
from desk.ui.presence_line import PresenceLine
from desk.ui.section import Section
from desk.ui.table import select_row


class MeetingsView(Section):
    key = "meetings"
    # what a meeting page shows (item 1 lists signals); desk_presence: see tables_changed
    tables = frozenset(
        [
            "meeting",
            "meeting_series",
            "series_rule",
            "agenda_item",
            "agenda_signal",
            "participant",
            "decision",
            "action_item",
            "action_owner",
            "briefing",
            "signal",
            "exchange_event",
        ]
    )
    title = QT_TRANSLATE_NOOP("Sections", "Meetings")
    with_contact_points = True  # each contact point has its own series

    page_loaded = Signal()  # a meeting's page was (re)loaded: for tests and the briefing button

    def __init__(self, controller, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.setObjectName("MeetingsView")
        self.region: str | None = None
        self.contact_point: ContactPointInfo | None = None  # None: the whole region
        self.page: MeetingPage | None = None
        self.meetings = meeting_list_model(self)
        self.dialog: QWidget | None = None  # the open dialog, if any (tests and locking use it)
        self.document_job: DocumentJob | None = None

        self.heading = QLabel(self)
        self.heading.setStyleSheet("font-size:15px;font-weight:bold")
        self.plan_button = button(self.tr("&Plan series…"), self, self.plan_series)
        self.ics_button = button(self.tr("Calendar (.ics)…"), self, self.export_ics)
        self.list = table_view(self, self.meetings, self.tr("Meetings of the region"), 3)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        for column, width in ((0, 88), (1, 48), (2, 70)):
            self.list.setColumnWidth(column, width)
        self.list.selectionModel().currentRowChanged.connect(
            lambda cur, _prev: self._meeting_chosen(cur.row())
        )
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color:#555;font-size:14px;padding:40px")
        self.empty_plan = button(self.tr("Plan series…"), self, self.plan_series)

        self.agenda_panel = AgendaPanel(self, self)
        self.people_panel = PeoplePanel(self, self)
        self.outcomes_panel = OutcomesPanel(self, self)
        self.panels: tuple[PagePanel, ...] = (
            self.agenda_panel,
            self.people_panel,
            self.outcomes_panel,
        )
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.agenda_panel, self.tr("&Agenda"))
        self.tabs.addTab(self.people_panel, self.tr("Partici&pants"))
        self.tabs.addTab(self.outcomes_panel, self.tr("&Decisions and actions"))
        self.page_widget = self._page_header()
        self.page_widget.layout().addWidget(self.tabs, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.list)
        self.splitter.addWidget(self.page_widget)
        self.splitter.setStretchFactor(1, 1)
        # The list as wide as its columns, "moved from 2026-12-31" in Note included, until the
        # user drags the splitter; the meeting takes the rest (at least its minimum) (#17.4).
        note = self.list.fontMetrics().horizontalAdvance(self.tr("moved from 2026-12-31"))
        self._list_width: int | None = 88 + 48 + 70 + note + 40
        self.splitter.setSizes([self._list_width, 1])
        self.splitter.splitterMoved.connect(lambda *_: setattr(self, "_list_width", None))
        self.empty_box = QWidget(self)
        eb = QVBoxLayout(self.empty_box)
        eb.addStretch(1)
        eb.addWidget(self.empty)
        eb.addWidget(self.empty_plan, alignment=Qt.AlignmentFlag.AlignCenter)
        eb.addStretch(2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addLayout(row(self.heading, self.plan_button, self.ics_button))
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.empty_box, 1)
        self.page_widget.setEnabled(False)
        self._update_empty()  # one of the two, not both stacked (too tall for 720 px, #17.4)

    def _page_header(self) -> QWidget:
        """The meeting's title, what it covers, its status and document buttons, the banner."""
        self.title = QLabel(self)
        self.title.setStyleSheet("font-size:14px;font-weight:bold")
        self.subtitle = QLabel(self)
        self.subtitle.setWordWrap(True)
        self.banner = QLabel(self)
        self.banner.setStyleSheet("background:#fff4d6;padding:4px;border:1px solid #e0c070")
        self.banner.hide()
        self._status_buttons()
        self.briefing_button = button(self.tr("Prepare &briefing…"), self, self.prepare_briefing)
        self.briefing_button.setToolTip(
            self.tr(
                "The pre-read for this meeting as a PDF: agenda, signals since the last meeting, actions"
            )
        )
        self.minutes_button = button(self.tr("Minutes as P&DF…"), self, self.prepare_minutes)
        self.presence = PresenceLine(self.controller, "meeting", self)
        page = QWidget(self)
        pw = QVBoxLayout(page)
        pw.setContentsMargins(0, 0, 0, 0)
        pw.addWidget(self.title)
        pw.addWidget(self.subtitle)
        pw.addWidget(self.presence)
        status_row = row(
            self.open_button,
            self.held_button,
            self.final_button,
            self.reopen_button,
            self.move_button,
            self.cancel_button,
        )
        status_row.addWidget(self.briefing_button)  # documents sit right, after the stretch
        status_row.addWidget(self.minutes_button)
        pw.addLayout(status_row)
        pw.addWidget(self.banner)
        return page

    def _status_buttons(self) -> None:
        """The buttons that change the meeting's status, move or cancel it: named by what they
        do, with a tooltip that says what changes (services: ``set_meeting_status``)."""
        buttons = {}
        for status, (text, tip) in STEPS.items():
            buttons[status] = choice(self.tr(text), self, self.set_status, status)
            buttons[status].setToolTip(self.tr(tip))
        self.open_button = buttons[MeetingStatus.OPEN]
        self.held_button = buttons[MeetingStatus.HELD]
        self.final_button = buttons[MeetingStatus.FINALISED]
        self.reopen_button = choice(self.tr(REOPEN[0]), self, self.set_status, MeetingStatus.HELD)
        self.reopen_button.setToolTip(self.tr(REOPEN[1]))
        # the button of each step forward, shown when that step is the next one
        self.step_buttons = {
            MeetingStatus.OPEN: self.open_button,
            MeetingStatus.HELD: self.held_button,
            MeetingStatus.FINALISED: self.final_button,
        }
        for hidden in (*self.step_buttons.values(), self.reopen_button):
            hidden.hide()  # until a meeting's status says which one is next
        self.move_button = button(self.tr("&Move…"), self, self.move_meeting)
        self.move_button.setToolTip(
            self.tr("Give this meeting another date or time; the rest of the series stays")
        )
        self.cancel_button = button(self.tr("Ca&ncel meeting"), self, self.cancel_meeting)
        self.cancel_button.setToolTip(
            self.tr("Cancel this meeting only; the rest of the series stays as planned")
        )

    # -- section interface -----------------------------------------------------------------------
    def set_region(self, region: str | None) -> None:
        self.set_scope(region, None)

    def set_scope(self, region: str | None, contact_point: ContactPointInfo | None) -> None:
        self.region, self.contact_point = region, contact_point
        self.refresh()

    def refresh(self) -> None:
        if self.controller.store is None:
            return
        if self.region is None:
            self.heading.setText(self.tr("Meetings — choose a region in the navigator"))
            self.meetings.clear()
            self._show_page(None)
            self._update_empty()
            return
        region, point = self.region, self.contact_point
        shown = f"{region} · {point.name}" if point else region
        self.heading.setText(self.tr("Four-weekly meetings — {region}").format(region=shown))
        point_id = point.id if point else None
        self.controller.run(
            lambda store: mt.list_meetings(store, region, contact_point=point_id),
            self._meetings_loaded,
        )

    def clear(self) -> None:
        self.meetings.clear()
        self._show_page(None)
        self.presence.forget()  # the session ended with the lock: say it again after

    def tables_changed(self, tables: set[str]) -> None:
        """Someone changed a meeting (read the list and the page again) or opened or left one
        (say again who else has this one open)."""
        if "*" in tables:
            self.presence.forget()  # a new session after a reconnect
        if "*" in tables or tables & self.tables:
            self.refresh()
        elif "desk_presence" in tables:
            self.presence.reload()

    def hideEvent(self, event: QHideEvent) -> None:
        if not event.spontaneous():  # another section: this meeting is no longer open here
            self.presence.show_record(None)
        super().hideEvent(event)

    def _meetings_loaded(self, meetings: list[mt.MeetingInfo]) -> None:
        current = self.page.meeting.id if self.page else None
        ordered = ordered_for_list(meetings)
        self.meetings.set_rows(ordered)
        self._update_empty()
        if not ordered:
            self._show_page(None)
            return
        ids = [m.id for m in ordered]
        select_row(self.list, ids.index(current) if current in ids else 0, self._meeting_chosen)

    def _update_empty(self) -> None:
        none = self.meetings.rowCount() == 0
        self.empty_box.setVisible(none)
        self.splitter.setVisible(not none)
        self.empty_plan.setVisible(self.region is not None)
        self.ics_button.setEnabled(not none)
        self.empty.setText(
            self.tr(
                "No meetings planned for {region} yet. Use “Plan series…” to plan the four-weekly meetings."
            ).format(region=self.region)
            if self.region
            else self.tr("Choose a region in the navigator to see its meetings.")
        )

    def _meeting_chosen(self, row: int) -> None:
        meeting = self.meetings.row_object(row)
        if meeting is not None:
            self.load_page(meeting.id)

    def load_page(self, meeting_id: int) -> None:
        self.agenda_panel.save_minutes()
        lang = document_language()  # the standing items' titles in the app's language
        self.controller.run(
            lambda store: meeting_page(store, meeting_id, lang), self._show_page, self.failed
        )

    # -- showing a meeting -----------------------------------------------------------------------
    def _show_page(self, page: MeetingPage | None) -> None:
        self.page = page
        self.page_widget.setEnabled(page is not None)
        self.presence.show_record(
            page.meeting.id if page is not None and self.isVisible() else None
        )
        if page is None:
            self.title.setText(self.tr("No meeting selected"))
            for panel in self.panels:
                panel.clear()
            self.subtitle.clear()
            self.banner.hide()
            self.page_loaded.emit()
            return
        self._show_header(page)
        editable = mt.offers_changes(page.meeting.status)
        for panel in self.panels:
            panel.show_page(page, editable)
        if self._list_width is not None:  # the page's buttons changed: its width may have too
            QTimer.singleShot(0, self._fit_list)  # once the layout knows its new minimum
        self.page_loaded.emit()

    def _fit_list(self) -> None:
        if self._list_width is not None:
            total = sum(self.splitter.sizes())
            self.splitter.setSizes([self._list_width, max(total - self._list_width, 1)])

    def _show_header(self, page: MeetingPage) -> None:
        m = page.meeting
        self.title.setText(
            self.tr("{region} meeting of {date}").format(
                region=m.region, date=weekday_date_time(m.starts_at)
            )
        )
        since, until = page.window
        where = ", ".join(x for x in (m.location, m.video_link) if x)
        parts = [self.tr("Status: {status}.").format(status=label(STATUS_LABELS, m.status))]
        if m.moved:
            parts.append(self.tr("Moved from {date}.").format(date=weekday_date(m.occurrence_date)))
        if m.chair:
            parts.append(self.tr("Chair: {chair}.").format(chair=m.chair))
        if where:
            parts.append(where + ".")
        parts.append(
            self.tr("Covers what was logged or updated from {since} to {until}.").format(
                since=short_date_time(since.astimezone(m.starts_at.tzinfo)),
                until=short_date_time(until.astimezone(m.starts_at.tzinfo)),
            )
        )
        self.subtitle.setText(" ".join(parts))
        self.banner.setVisible(not mt.offers_changes(m.status))
        self.banner.setText(
            self.tr("This meeting is finalised: it cannot be changed. Re-open it to correct it.")
            if m.read_only
            else self.tr("This meeting is cancelled.")
        )
        forward = mt.next_status(m.status)
        for step, step_button in self.step_buttons.items():
            step_button.setVisible(step == forward)
        self.reopen_button.setVisible(mt.can_reopen(m.status))
        self.move_button.setEnabled(mt.offers_changes(m.status))
        self.cancel_button.setEnabled(mt.can_cancel(m.status))
        self.briefing_button.setEnabled(mt.can_have_briefing(m.status))
        has_minutes = mt.can_have_minutes(m.status)
        self.minutes_button.setEnabled(has_minutes)
        self.minutes_button.setToolTip(
            self.tr("The minutes of this meeting as a PDF")
            if has_minutes
            else self.tr("Minutes can be prepared once the meeting is opened")
        )

    # -- how panels change the meeting (PageHost) ------------------------------------------------
    def failed(self, exc: BaseException) -> None:
        self.message.emit(str(exc))
        if isinstance(exc, mt.MeetingError):
            QMessageBox.information(self, self.tr("Meetings"), str(exc))

    def change(
        self, task: Task, done_message: str | None = None, *, reload_list: bool = False
    ) -> None:
        """Run a change, then reload what it affects."""
        meeting_id = self.page.meeting.id if self.page else None

        def done(_result: object) -> None:
            if done_message:
                self.message.emit(done_message)
            if reload_list or meeting_id is None:
                self.refresh()
            else:
                self.load_page(meeting_id)

        self.controller.run(task, done, self.failed)

    def open_dialog(self, dialog: QDialog, accepted: Callable[[], None]) -> None:
        self.dialog = dialog
        dialog.accepted.connect(accepted)
        dialog.finished.connect(lambda _c: setattr(self, "dialog", None))
        dialog.open()

    # -- the series ------------------------------------------------------------------------------
    def plan_series(self) -> None:
        if self.region is None:
            return
        region, point = self.region, self.contact_point
        dialog = PlanSeriesDialog(region, self.meetings.rowCount() > 0, self)
        self.open_dialog(
            dialog,
            lambda: self.change(
                # a contact point's own series; the region's: its default contact point's
                lambda store: mt.plan_series(
                    store, replace(dialog.plan(), contact_point=point.id if point else None)
                ),
                self.tr("Meetings planned for {region}").format(region=region),
                reload_list=True,
            ),
        )

    def export_ics(self) -> None:
        if self.region is None or self.meetings.rowCount() == 0:
            return
        region = self.region
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the calendar"),
            f"desk-{region.lower()}-meetings.ics",
            self.tr("Calendar (*.ics)"),
        )
        lang = document_language()
        if path:
            self.controller.run(
                lambda store: mt.write_ics(Path(path), mt.series_ics(store, region, lang)),
                lambda p: self.message.emit(
                    self.tr(
                        "Calendar saved to {path}: open it in Outlook to add the meetings"
                    ).format(path=p)
                ),
                self.failed,
            )

    # -- documents -------------------------------------------------------------------------------
    def _document(self, kind: str, title: str, what: str) -> None:
        """Options → render the document ``kind`` of this meeting → preview. ``title`` names
        the meeting as ``{region}`` and ``{date}``."""
        if self.page is None:
            return
        m = self.page.meeting
        title = title.format(region=m.region, date=m.date.isoformat())
        launch(self, self.controller, kind=kind, subject=m.id, title=title, what=what)

    def prepare_briefing(self) -> None:
        self._document(
            "meeting-briefing",
            self.tr("Briefing — {region} {date}"),
            self.tr(
                "The pre-read for this meeting: agenda, the signals logged or updated since the "
                "previous meeting with counts and a chart, open actions, decisions, coming "
                "knowledge-exchange events and a snapshot of each country touched."
            ),
        )

    def prepare_minutes(self) -> None:
        self._document(
            "minutes",
            self.tr("Minutes — {region} {date}"),
            self.tr(
                "Attendance, minutes per agenda item, decisions and the actions agreed, with "
                "owners and due dates."
            ),
        )

    # -- actions on the meeting ------------------------------------------------------------------
    def set_status(self, status: MeetingStatus) -> None:
        if self.page is None:
            return
        mid = self.page.meeting.id
        self.change(lambda store: mt.set_meeting_status(store, mid, status), reload_list=True)

    def move_meeting(self) -> None:
        if self.page is None:
            return
        mid = self.page.meeting.id
        dialog = MoveMeetingDialog(self.page.meeting.starts_at, self)
        self.open_dialog(
            dialog,
            lambda: self.change(
                lambda store: mt.move_meeting(store, mid, dialog.value()), reload_list=True
            ),
        )

    def cancel_meeting(self) -> None:
        if self.page is None:
            return
        mid = self.page.meeting.id
        answer = QMessageBox.question(
            self,
            self.tr("Cancel meeting"),
            self.tr("Cancel this meeting? The rest of the series stays as planned."),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.change(lambda store: mt.cancel_meeting(store, mid), reload_list=True)

    # -- layout memory ---------------------------------------------------------------------------
    def save_layout(self, settings: QSettings) -> None:
        settings.setValue("meetings/splitter", self.splitter.saveState())

    def restore_layout(self, settings: QSettings) -> None:
        state = settings.value("meetings/splitter")
        if state is not None:
            self.splitter.restoreState(state)
            self._list_width = None  # the user's own
