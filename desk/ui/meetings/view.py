"""The Meetings section: a region's series, and one meeting's agenda, people and outcomes."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desk.models.meetings import ActionStatus, AgendaKind, Attendance, MeetingStatus
from desk.services import meetings as mt
from desk.services.settings import current_actor
from desk.ui.documents.job import DocumentJob, launch
from desk.ui.meetings.dialogs import (
    ActionDialog,
    AddSignalsDialog,
    DecisionDialog,
    ItemDialog,
    MoveMeetingDialog,
    ParticipantDialog,
    PlanSeriesDialog,
)
from desk.ui.meetings.models import (
    STATUS_LABELS,
    AgendaModel,
    actions_model,
    decisions_model,
    item_signals_model,
    label,
    meeting_list_model,
    ordered_for_list,
    participants_model,
)
from desk.ui.section import Section
from desk.ui.table import select_row

MINUTES_SAVE_MS = 800  # minutes are saved after a pause in typing


def _table(parent: QWidget, model: Any, name: str, stretch: int) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.setWordWrap(False)
    view.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


def _button(text: str, parent: QWidget, slot: Callable[[], None]) -> QPushButton:
    b = QPushButton(text, parent)
    b.setAccessibleName(text.replace("&", ""))
    b.clicked.connect(slot)
    return b


def _row(*widgets: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    for w in widgets:
        row.addWidget(w)
    row.addStretch(1)
    return row


class MeetingsView(Section):
    key = "meetings"
    title = QT_TRANSLATE_NOOP("Sections", "Meetings")

    page_loaded = Signal()  # a meeting's page was (re)loaded: for tests and the briefing button

    def __init__(self, controller, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.setObjectName("MeetingsView")
        self.region: str | None = None
        self.page: mt.MeetingPage | None = None
        self.meetings = meeting_list_model(self)
        self.dialog: QWidget | None = None  # the open dialog, if any (tests and locking use it)

        self.heading = QLabel(self)
        self.heading.setStyleSheet("font-size:15px;font-weight:bold")
        self.plan_button = _button(self.tr("&Plan series…"), self, self.plan_series)
        self.ics_button = _button(self.tr("Calendar (.ics)…"), self, self.export_ics)
        self.list = _table(self, self.meetings, self.tr("Meetings of the region"), 3)
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
        self.empty_plan = _button(self.tr("Plan series…"), self, self.plan_series)

        # -- the meeting page -------------------------------------------------------------------
        self.title = QLabel(self)
        self.title.setStyleSheet("font-size:14px;font-weight:bold")
        self.subtitle = QLabel(self)
        self.subtitle.setWordWrap(True)
        self.banner = QLabel(self)
        self.banner.setStyleSheet("background:#fff4d6;padding:4px;border:1px solid #e0c070")
        self.banner.hide()
        self.open_button = _button(
            self.tr("&Open"), self, lambda: self.set_status(MeetingStatus.OPEN)
        )
        self.held_button = _button(
            self.tr("Mark &held"), self, lambda: self.set_status(MeetingStatus.HELD)
        )
        self.final_button = _button(
            self.tr("&Finalise"), self, lambda: self.set_status(MeetingStatus.FINALISED)
        )
        self.reopen_button = _button(
            self.tr("&Re-open"), self, lambda: self.set_status(MeetingStatus.HELD)
        )
        self.move_button = _button(self.tr("&Move…"), self, self.move_meeting)
        self.cancel_button = _button(self.tr("Ca&ncel meeting"), self, self.cancel_meeting)
        self.briefing_button = _button(self.tr("Prepare &briefing…"), self, self.prepare_briefing)
        self.briefing_button.setToolTip(
            self.tr(
                "The pre-read for this meeting as a PDF: agenda, signals since the last meeting, actions"
            )
        )
        self.minutes_button = _button(self.tr("Minutes as P&DF…"), self, self.prepare_minutes)
        self.document_job: DocumentJob | None = None

        self.agenda = AgendaModel(self.reorder, self)
        self.agenda_view = _table(self, self.agenda, self.tr("Agenda"), 1)
        self.agenda_view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.agenda_view.setDragEnabled(True)
        self.agenda_view.setAcceptDrops(True)
        self.agenda_view.setDropIndicatorShown(True)
        self.agenda_view.selectionModel().currentRowChanged.connect(
            lambda cur, _p: self._item_chosen(cur.row())
        )
        self.agenda_view.doubleClicked.connect(lambda _i: self.edit_item())
        self.total = QLabel(self)
        self.add_item_button = _button(self.tr("&Add item…"), self, self.add_item)
        self.remove_item_button = _button(self.tr("Remove"), self, self.remove_item)
        self.up_button = _button(self.tr("Up"), self, lambda: self.shift_item(-1))
        self.down_button = _button(self.tr("Down"), self, lambda: self.shift_item(1))
        self.next_button = _button(self.tr("Move to next meeting"), self, self.move_to_next)
        self.dup_button = _button(self.tr("Duplicate in next"), self, self.duplicate_in_next)
        self.minutes_label = QLabel(self.tr("Minutes of the selected item"), self)
        self.minutes = QPlainTextEdit(self)
        self.minutes.setAccessibleName(self.tr("Minutes of the selected item"))
        self.minutes.setTabChangesFocus(True)
        self._minutes_timer = QTimer(self)
        self._minutes_timer.setSingleShot(True)
        self._minutes_timer.setInterval(MINUTES_SAVE_MS)
        self._minutes_timer.timeout.connect(self.save_minutes)
        self.minutes.textChanged.connect(self._minutes_timer.start)
        self._minutes_item: int | None = None
        self.signals = item_signals_model(self)
        self.signals_label = QLabel(self)
        self.signals_view = _table(self, self.signals, self.tr("Signals under item 1"), 5)
        self.add_signal_button = _button(self.tr("Add signals…"), self, self.add_signals)
        self.remove_signal_button = _button(self.tr("Take off item 1"), self, self.remove_signals)

        agenda_tab = QWidget(self)
        a = QVBoxLayout(agenda_tab)
        a.addWidget(self.agenda_view, 3)
        a.addLayout(
            _row(
                self.add_item_button,
                self.remove_item_button,
                self.up_button,
                self.down_button,
                self.next_button,
                self.dup_button,
                self.total,
            )
        )
        a.addWidget(self.minutes_label)
        a.addWidget(self.minutes, 1)
        a.addWidget(self.signals_label)
        a.addWidget(self.signals_view, 3)
        a.addLayout(_row(self.add_signal_button, self.remove_signal_button))

        self.people = participants_model(self)
        self.people_view = _table(self, self.people, self.tr("Participants"), 2)
        self.add_person_button = _button(self.tr("Add &participant…"), self, self.add_participant)
        self.attended_button = _button(
            self.tr("Attended"), self, lambda: self.attendance(Attendance.ATTENDED)
        )
        self.excused_button = _button(
            self.tr("Excused"), self, lambda: self.attendance(Attendance.EXCUSED)
        )
        self.invited_button = _button(
            self.tr("Invited"), self, lambda: self.attendance(Attendance.INVITED)
        )
        self.remove_person_button = _button(self.tr("Remove"), self, self.remove_participant)
        people_tab = QWidget(self)
        p = QVBoxLayout(people_tab)
        p.addWidget(self.people_view)
        p.addLayout(
            _row(
                self.add_person_button,
                self.attended_button,
                self.excused_button,
                self.invited_button,
                self.remove_person_button,
            )
        )

        self.decided = decisions_model(self)
        self.decided_view = _table(self, self.decided, self.tr("Decisions"), 0)
        self.agreed = actions_model(self._meeting_date, self)
        self.agreed_view = _table(self, self.agreed, self.tr("Actions agreed in this meeting"), 0)
        self.carried = actions_model(self._meeting_date, self, with_meeting=True)
        self.carried_view = _table(self, self.carried, self.tr("Actions carried forward"), 2)
        self.add_decision_button = _button(self.tr("Record &decision…"), self, self.add_decision)
        self.remove_decision_button = _button(self.tr("Remove"), self, self.remove_decision)
        self.add_action_button = _button(self.tr("Record a&ction…"), self, self.add_action)
        self.done_button = _button(
            self.tr("Done"), self, lambda: self.action_status(ActionStatus.DONE)
        )
        self.dropped_button = _button(
            self.tr("Dropped"), self, lambda: self.action_status(ActionStatus.DROPPED)
        )
        self.reopen_action_button = _button(
            self.tr("Open again"), self, lambda: self.action_status(ActionStatus.OPEN)
        )
        self.carried_label = QLabel(self)
        outcomes_tab = QWidget(self)
        o = QVBoxLayout(outcomes_tab)
        o.addWidget(QLabel(self.tr("Decisions"), self))
        o.addWidget(self.decided_view, 1)
        o.addLayout(_row(self.add_decision_button, self.remove_decision_button))
        o.addWidget(QLabel(self.tr("Actions agreed in this meeting"), self))
        o.addWidget(self.agreed_view, 1)
        o.addLayout(
            _row(
                self.add_action_button,
                self.done_button,
                self.dropped_button,
                self.reopen_action_button,
            )
        )
        o.addWidget(self.carried_label)
        o.addWidget(self.carried_view, 1)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(agenda_tab, self.tr("&Agenda"))
        self.tabs.addTab(people_tab, self.tr("Partici&pants"))
        self.tabs.addTab(outcomes_tab, self.tr("&Decisions and actions"))

        self.page_widget = QWidget(self)
        pw = QVBoxLayout(self.page_widget)
        pw.setContentsMargins(0, 0, 0, 0)
        pw.addWidget(self.title)
        pw.addWidget(self.subtitle)
        status_row = _row(
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
        pw.addWidget(self.tabs, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.list)
        self.splitter.addWidget(self.page_widget)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([300, 900])
        self.empty_box = QWidget(self)
        eb = QVBoxLayout(self.empty_box)
        eb.addStretch(1)
        eb.addWidget(self.empty)
        eb.addWidget(self.empty_plan, alignment=Qt.AlignmentFlag.AlignCenter)
        eb.addStretch(2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addLayout(_row(self.heading, self.plan_button, self.ics_button))
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.empty_box, 1)
        self.page_widget.setEnabled(False)

    # -- section interface -----------------------------------------------------------------------
    def set_region(self, region: str | None) -> None:
        self.region = region
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
        region = self.region
        self.heading.setText(self.tr("Four-weekly meetings — {region}").format(region=region))
        self.controller.run(lambda store: mt.list_meetings(store, region), self._meetings_loaded)

    def clear(self) -> None:
        self._minutes_timer.stop()
        self._minutes_item = None
        self.meetings.clear()
        self._show_page(None)

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
        self.save_minutes()
        self.controller.run(
            lambda store: mt.meeting_page(store, meeting_id), self._show_page, self._failed
        )

    # -- showing a meeting -----------------------------------------------------------------------
    def _meeting_date(self) -> date:
        return self.page.meeting.date if self.page else date.today()

    def _show_page(self, page: mt.MeetingPage | None) -> None:
        self.page = page
        self.page_widget.setEnabled(page is not None)
        if page is None:
            self.title.setText(self.tr("No meeting selected"))
            for model in (
                self.agenda,
                self.signals,
                self.people,
                self.decided,
                self.agreed,
                self.carried,
            ):
                model.clear()
            self.subtitle.clear()
            self.banner.hide()
            self._set_minutes(None, "")
            self.page_loaded.emit()
            return
        m = page.meeting
        self.title.setText(
            self.tr("{region} meeting of {date}").format(
                region=m.region, date=f"{m.starts_at:%A %d %B %Y, %H:%M}"
            )
        )
        since, until = page.window
        where = ", ".join(x for x in (m.location, m.video_link) if x)
        self.subtitle.setText(
            self.tr(
                "Status: {status}. {where}Covers what was logged or updated from {since} to {until}."
            ).format(
                status=label(STATUS_LABELS, m.status),
                where=(where + ". ") if where else "",
                since=f"{since.astimezone(m.starts_at.tzinfo):%d %b %Y %H:%M}",
                until=f"{until.astimezone(m.starts_at.tzinfo):%d %b %Y %H:%M}",
            )
        )
        read_only = m.read_only or m.cancelled
        self.banner.setVisible(read_only)
        self.banner.setText(
            self.tr("This meeting is finalised: it cannot be changed. Re-open it to correct it.")
            if m.read_only
            else self.tr("This meeting is cancelled.")
        )
        self.agenda.read_only = read_only
        self.agenda.set_rows(page.agenda.items)
        over = page.agenda.overrun_minutes
        self.total.setText(
            self.tr("{total} of {available} min").format(
                total=page.agenda.total_minutes, available=page.agenda.available_minutes
            )
            + (self.tr(" — {n} min over").format(n=over) if over else "")
        )
        self.total.setStyleSheet("color:#b00020;font-weight:bold" if over else "")
        self.signals.set_rows(page.signals)
        self.signals_label.setText(
            self.tr(
                "Item 1 — signals logged or updated since the previous meeting, best graded first ({n})"
            ).format(n=len(page.signals))
        )
        self.people.set_rows(page.participants)
        self.decided.set_rows(page.decisions)
        self.agreed.set_rows(page.actions.agreed)
        self.carried.set_rows(page.actions.carried)
        overdue = len(page.actions.overdue)
        self.carried_label.setText(
            self.tr("Carried forward from earlier meetings ({n}, {overdue} overdue)").format(
                n=len(page.actions.carried), overdue=overdue
            )
        )
        status = m.status
        self.open_button.setVisible(status == MeetingStatus.DRAFT)
        self.held_button.setVisible(status == MeetingStatus.OPEN)
        self.final_button.setVisible(status == MeetingStatus.HELD)
        self.reopen_button.setVisible(status == MeetingStatus.FINALISED)
        self.move_button.setEnabled(not read_only)
        self.cancel_button.setEnabled(status in (MeetingStatus.DRAFT, MeetingStatus.OPEN))
        self.briefing_button.setEnabled(not m.cancelled)
        has_minutes = status in (MeetingStatus.OPEN, MeetingStatus.HELD, MeetingStatus.FINALISED)
        self.minutes_button.setEnabled(has_minutes)
        self.minutes_button.setToolTip(
            self.tr("The minutes of this meeting as a PDF")
            if has_minutes
            else self.tr("Minutes can be prepared once the meeting is opened")
        )
        for w in (
            self.add_item_button,
            self.remove_item_button,
            self.up_button,
            self.down_button,
            self.next_button,
            self.dup_button,
            self.minutes,
            self.add_signal_button,
            self.remove_signal_button,
            self.add_person_button,
            self.attended_button,
            self.excused_button,
            self.invited_button,
            self.remove_person_button,
            self.add_decision_button,
            self.remove_decision_button,
            self.add_action_button,
        ):
            w.setEnabled(not read_only)
        self.minutes.setReadOnly(read_only)
        self._item_chosen(
            self.agenda_view.currentIndex().row()
            if self.agenda_view.currentIndex().isValid()
            else 0
        )
        self.page_loaded.emit()

    def _item_chosen(self, row: int) -> None:
        item = self.agenda.row_object(row)
        if item is None:
            self._set_minutes(None, "")
            return
        if self._minutes_item != item.id:
            self.save_minutes()
            self._set_minutes(item.id, item.minutes)
            self.minutes_label.setText(
                self.tr("Minutes — {n}. {title}").format(n=item.number, title=item.title)
            )
        free = item.kind == AgendaKind.FREE
        editable = self.page is not None and not (
            self.page.meeting.read_only or self.page.meeting.cancelled
        )
        for w in (self.remove_item_button, self.next_button, self.dup_button):
            w.setEnabled(editable and free)

    def _set_minutes(self, item_id: int | None, text: str) -> None:
        self._minutes_timer.stop()
        self._minutes_item = item_id
        self.minutes.blockSignals(True)
        self.minutes.setPlainText(text)
        self.minutes.blockSignals(False)

    # -- actions on the series -------------------------------------------------------------------
    def _failed(self, exc: BaseException) -> None:
        self.message.emit(str(exc))
        if isinstance(exc, mt.MeetingError):
            QMessageBox.information(self, self.tr("Meetings"), str(exc))

    def _do(
        self, task: Callable, done_message: str | None = None, *, reload_list: bool = False
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

        self.controller.run(task, done, self._failed)

    def _open_dialog(self, dialog: QWidget, accepted: Callable[[], None]) -> None:
        self.dialog = dialog
        dialog.accepted.connect(accepted)
        dialog.finished.connect(lambda _c: setattr(self, "dialog", None))
        dialog.open()

    def plan_series(self) -> None:
        if self.region is None:
            return
        region = self.region
        dialog = PlanSeriesDialog(region, self.meetings.rowCount() > 0, self)

        def accepted() -> None:
            v = dialog.values()
            self._do(
                lambda store: mt.plan_series(
                    store,
                    region,
                    v["start"],
                    v["at"],
                    v["count"],
                    location=v["location"],
                    video_link=v["video_link"],
                    chair=v["chair"],
                ),
                self.tr("Meetings planned for {region}").format(region=region),
                reload_list=True,
            )

        self._open_dialog(dialog, accepted)

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
        if path:
            self.controller.run(
                lambda store: mt.write_ics(Path(path), mt.series_ics(store, region)),
                lambda p: self.message.emit(
                    self.tr(
                        "Calendar saved to {path}: open it in Outlook to add the meetings"
                    ).format(path=p)
                ),
                self._failed,
            )

    # -- documents -------------------------------------------------------------------------------
    def _document(self, kind: str, title: str, what: str) -> None:
        """Options → render the document ``kind`` of this meeting → preview."""
        if self.page is None:
            return
        meeting_id = self.page.meeting.id
        launch(self, self.controller, kind=kind, subject=meeting_id, title=title, what=what)

    def prepare_briefing(self) -> None:
        if self.page is None:
            return
        m = self.page.meeting
        self._document(
            "meeting-briefing",
            self.tr("Briefing — {region} {date}").format(region=m.region, date=m.date.isoformat()),
            self.tr(
                "The pre-read for this meeting: agenda, the signals logged or updated since the "
                "previous meeting with counts and a chart, open actions, decisions, coming "
                "knowledge-exchange events and a snapshot of each country touched."
            ),
        )

    def prepare_minutes(self) -> None:
        if self.page is None:
            return
        m = self.page.meeting
        self._document(
            "minutes",
            self.tr("Minutes — {region} {date}").format(region=m.region, date=m.date.isoformat()),
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
        self._do(lambda store: mt.set_meeting_status(store, mid, status), reload_list=True)

    def move_meeting(self) -> None:
        if self.page is None:
            return
        mid = self.page.meeting.id
        dialog = MoveMeetingDialog(self.page.meeting.starts_at, self)
        self._open_dialog(
            dialog,
            lambda: self._do(
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
            self._do(lambda store: mt.cancel_meeting(store, mid), reload_list=True)

    # -- agenda ----------------------------------------------------------------------------------
    def _current_item(self) -> Any:
        index = self.agenda_view.currentIndex()
        return self.agenda.row_object(index.row()) if index.isValid() else None

    def add_item(self) -> None:
        if self.page is None:
            return
        mid = self.page.meeting.id
        dialog = ItemDialog(self)
        self._open_dialog(
            dialog,
            lambda: self._do(
                lambda store: mt.add_item(
                    store,
                    mid,
                    dialog.title.text(),
                    dialog.duration.value(),
                    dialog.presenter.text().strip(),
                    shareable=dialog.shareable.isChecked(),
                )
            ),
        )

    def edit_item(self) -> None:
        item = self._current_item()
        if item is None or self.agenda.read_only:
            return
        dialog = ItemDialog(self)
        dialog.setWindowTitle(self.tr("Agenda item"))
        dialog.title.setText(item.title)
        dialog.duration.setValue(item.duration_minutes)
        dialog.presenter.setText(item.presenter)
        dialog.shareable.setChecked(item.shareable)
        if item.kind != AgendaKind.FREE:
            dialog.standing()

        def accepted() -> None:
            fields: dict[str, object] = {
                "duration_minutes": dialog.duration.value(),
                "presenter": dialog.presenter.text().strip(),
            }
            if item.kind == AgendaKind.FREE:
                fields["title"] = dialog.title.text().strip()
                fields["shareable"] = dialog.shareable.isChecked()
            self._do(lambda store: mt.update_item(store, item.id, **fields))

        self._open_dialog(dialog, accepted)

    def remove_item(self) -> None:
        item = self._current_item()
        if item is not None:
            self._do(lambda store: mt.remove_item(store, item.id))

    def reorder(self, item_ids: list[int]) -> None:
        if self.page is not None:
            mid = self.page.meeting.id
            self._do(lambda store: mt.reorder(store, mid, item_ids))

    def shift_item(self, step: int) -> None:
        index = self.agenda_view.currentIndex()
        if not index.isValid():
            return
        row = index.row()
        target = row + step
        if 0 <= target < self.agenda.rowCount():
            self.reorder(self.agenda.order_after_move([row], target + (1 if step > 0 else 0)))
            self.agenda_view.selectRow(target)

    def move_to_next(self) -> None:
        item = self._current_item()
        if item is not None:
            self._do(
                lambda store: mt.move_to_next(store, item.id), self.tr("Moved to the next meeting")
            )

    def duplicate_in_next(self) -> None:
        item = self._current_item()
        if item is not None:
            self._do(
                lambda store: mt.duplicate_in_next(store, item.id),
                self.tr("Copied to the next meeting"),
            )

    def save_minutes(self) -> None:
        self._minutes_timer.stop()
        item_id = self._minutes_item
        if item_id is None or self.page is None or self.page.meeting.read_only:
            return
        text = self.minutes.toPlainText()
        current = next((i for i in self.page.agenda.items if i.id == item_id), None)
        if current is None or current.minutes == text:
            return
        self.controller.run(
            lambda store: mt.update_item(store, item_id, minutes=text), None, self._failed
        )

    def add_signals(self) -> None:
        if self.page is None:
            return
        mid = self.page.meeting.id
        dialog = AddSignalsDialog(self.controller, self.page.meeting.region, self)

        def accepted() -> None:
            ids = dialog.selected_ids()

            def task(store) -> None:
                for sid in ids:
                    mt.add_agenda_signal(store, mid, sid)

            self._do(task)

        self._open_dialog(dialog, accepted)

    def remove_signals(self) -> None:
        if self.page is None:
            return
        mid = self.page.meeting.id
        rows = sorted({i.row() for i in self.signals_view.selectionModel().selectedRows()})
        ids = [r.id for r in (self.signals.row_object(n) for n in rows) if r is not None]

        def task(store) -> None:
            for sid in ids:
                mt.remove_agenda_signal(store, mid, sid)

        if ids:
            self._do(task)

    # -- participants ----------------------------------------------------------------------------
    def _selected(self, view: QTableView, model: Any) -> list[Any]:
        rows = sorted({i.row() for i in view.selectionModel().selectedRows()})
        return [x for x in (model.row_object(r) for r in rows) if x is not None]

    def add_participant(self) -> None:
        if self.page is None:
            return
        mid = self.page.meeting.id
        dialog = ParticipantDialog(self)
        self._open_dialog(
            dialog,
            lambda: self._do(
                lambda store: mt.add_participant(
                    store,
                    mid,
                    dialog.name.text(),
                    dialog.role.currentData(),
                    dialog.organisation.text(),
                )
            ),
        )

    def attendance(self, value: Attendance) -> None:
        chosen = self._selected(self.people_view, self.people)

        def task(store) -> None:
            for p in chosen:
                mt.set_attendance(store, p.id, value)

        if chosen:
            self._do(task)

    def remove_participant(self) -> None:
        chosen = self._selected(self.people_view, self.people)

        def task(store) -> None:
            for p in chosen:
                mt.remove_participant(store, p.id)

        if chosen:
            self._do(task)

    # -- decisions and actions -------------------------------------------------------------------
    def add_decision(self) -> None:
        if self.page is None:
            return
        mid = self.page.meeting.id
        dialog = DecisionDialog(self.page.agenda.items, self)
        self._open_dialog(
            dialog,
            lambda: self._do(
                lambda store: mt.add_decision(
                    store, mid, dialog.text.toPlainText(), dialog.item.currentData()
                )
            ),
        )

    def remove_decision(self) -> None:
        chosen = self._selected(self.decided_view, self.decided)

        def task(store) -> None:
            for d in chosen:
                mt.remove_decision(store, d.id)

        if chosen:
            self._do(task)

    def add_action(self) -> None:
        if self.page is None:
            return
        mid = self.page.meeting.id
        items = self.page.agenda.items

        def with_owner(owner: str) -> None:
            dialog = ActionDialog(items, owner, self)
            self._open_dialog(
                dialog,
                lambda: self._do(
                    lambda store: mt.add_action(
                        store,
                        mid,
                        dialog.text.toPlainText(),
                        dialog.owner_list(),
                        dialog.due_on(),
                        dialog.item.currentData(),
                    )
                ),
            )

        self.controller.run(current_actor, with_owner)

    def action_status(self, status: ActionStatus) -> None:
        chosen = self._selected(self.agreed_view, self.agreed) + self._selected(
            self.carried_view, self.carried
        )

        def task(store) -> None:
            for a in chosen:
                mt.set_action_status(store, a.id, status)

        if chosen:
            self._do(task)

    # -- layout memory ---------------------------------------------------------------------------
    def save_layout(self, settings: QSettings) -> None:
        settings.setValue("meetings/splitter", self.splitter.saveState())

    def restore_layout(self, settings: QSettings) -> None:
        state = settings.value("meetings/splitter")
        if state is not None:
            self.splitter.restoreState(state)
