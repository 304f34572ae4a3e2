"""The Events section: knowledge-exchange events as a list and a timeline, with the details of
the chosen one, its status, linked signals and follow-ups."""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desk.errors import ChangedElsewhere
from desk.models.countries import EventKind, EventStatus
from desk.services import events as ev
from desk.services import meetings as mt
from desk.ui.countries.common import (
    KIND_LABELS,
    RegionalSection,
    dialog_buttons,
    event_status_label,
    table_view,
    tr,
)
from desk.ui.countries.event_dialog import MIX_LABELS, EventDialog
from desk.ui.countries.timeline import EventTimeline
from desk.ui.countries.view import events_model
from desk.ui.language import country_label
from desk.ui.table import select_row

NEXT_STATUS = {
    EventStatus.IDEA: (EventStatus.PLANNED, QT_TRANSLATE_NOOP("Countries", "Mark planned")),
    EventStatus.PLANNED: (EventStatus.HELD, QT_TRANSLATE_NOOP("Countries", "Mark held")),
    EventStatus.HELD: (EventStatus.EVALUATED, QT_TRANSLATE_NOOP("Countries", "Mark evaluated")),
}


def event_html(e: ev.EventInfo) -> str:
    def row(label: str, value: str) -> str:
        return (
            f"<tr><th align='left' valign='top' style='padding-right:12px;color:#555'>{escape(label)}</th><td>{escape(value)}</td></tr>"
            if value
            else ""
        )

    when = tr("no date yet")
    if e.starts_on:
        when = e.starts_on.isoformat() + (
            f" – {e.ends_on.isoformat()}" if e.ends_on and e.ends_on != e.starts_on else ""
        )
    parts = [
        f"<h3 style='margin-bottom:0'>{escape(e.title)}</h3>",
        f"<p style='margin-top:2px'>{escape(tr(KIND_LABELS[e.kind]))} · {escape(country_label(e.country_code, e.country_name))} ({escape(e.region)}) · <b>{escape(event_status_label(e.status))}</b></p>",
        "<table cellspacing='3'>",
        row(tr("When"), when),
        row(tr("Host post"), e.host_post),
    ]
    if e.kind == EventKind.EXPERT_PANEL:
        parts += [
            row(tr("Co-hosts, in rotation"), " → ".join(e.co_hosts)),
            row(tr("Hosted by"), e.host),
            row(tr("Next host"), e.next_host),
            row(tr("Chatham House Rule"), tr("yes") if e.chatham_house else tr("no")),
        ]
    elif e.kind == EventKind.HACKATHON:
        parts += [
            row(tr("Cases"), e.cases),
            row(
                tr("Participant mix"),
                ", ".join(tr(MIX_LABELS.get(m, m)) for m in e.participant_mix),
            ),
        ]
    elif e.kind == EventKind.ACADEMIC:
        parts += [
            row(tr("Partner universities"), ", ".join(e.universities)),
            row(tr("Programme"), e.programme),
        ]
    count = str(e.participant_count) if e.participant_count is not None else ""
    parts += [
        row(tr("Participants"), count + (f" — {e.organisations}" if e.organisations else "")),
        row(tr("Themes"), ", ".join(e.themes)),
        row(tr("Outcomes"), e.outcomes),
        row(tr("Lessons"), e.lessons),
        row(tr("Linked signals"), str(len(e.signal_ids)) if e.signal_ids else ""),
        "</table>",
    ]
    if e.actions:
        parts.append("<h4>" + escape(tr("Follow-up")) + "</h4><ul>")
        for a in e.actions:
            taken = tr(" (a meeting action)") if a.meeting_action_id else ""
            due = tr(", due {date}").format(date=a.due_on.isoformat()) if a.due_on else ""
            parts.append(
                f"<li>{escape(a.text)} — {escape(', '.join(a.owners))}{escape(due)}{escape(taken)}</li>"
            )
        parts.append("</ul>")
    return "".join(parts)


class MeetingChoiceDialog(QDialog):
    def __init__(self, meetings: list[mt.MeetingInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Take into a meeting"))
        self.choice = QComboBox(self)
        self.choice.setAccessibleName(tr("Meeting"))
        for m in meetings:
            self.choice.addItem(f"{m.region} {m.starts_at:%Y-%m-%d} ({m.status.value})", m.id)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                tr(
                    "The follow-up becomes an action of this meeting and is carried forward until done."
                ),
                self,
            )
        )
        layout.addWidget(self.choice)
        layout.addWidget(dialog_buttons(self))


class EventsView(RegionalSection):
    key = "events"
    tables = frozenset({"exchange_event", "event_signal", "event_action", "country"})
    title = QT_TRANSLATE_NOOP("Sections", "Knowledge exchange")
    heading_text = QT_TRANSLATE_NOOP("Countries", "Knowledge exchange — {region}")
    heading_everywhere = QT_TRANSLATE_NOOP("Countries", "Knowledge exchange — all regions")

    loaded = Signal()

    def __init__(self, controller, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.setObjectName("EventsView")
        self.current: ev.EventInfo | None = None
        self._select_after_reload: int | None = None
        self.dialog: QDialog | None = None
        self.kind_filter = QComboBox(self)
        self.kind_filter.setAccessibleName(tr("Kind of event"))
        self.kind_filter.addItem(tr("all kinds"), None)
        for kind in EventKind:
            self.kind_filter.addItem(tr(KIND_LABELS[kind]), kind.value)
        self.kind_filter.currentIndexChanged.connect(self.refresh)
        new = QPushButton(tr("&New event…"), self)
        new.clicked.connect(self.new_event)
        self.model = events_model(self)
        self.table = table_view(self, self.model, tr("Knowledge-exchange events"), 3, rows=True)
        self.table.selectionModel().currentRowChanged.connect(
            lambda cur, _p: self._chosen_row(cur.row())
        )
        self.table.doubleClicked.connect(lambda _i: self.edit_event())
        self.timeline = EventTimeline(self)
        self.timeline.chosen.connect(self.select_event)
        self.views = QTabWidget(self)
        self.views.addTab(self.table, tr("&List"))
        self.views.addTab(self.timeline, tr("&Timeline"))

        self.details = QTextBrowser(self)
        self.details.setAccessibleName(tr("Event details"))
        self.edit_button = QPushButton(tr("&Edit…"), self)
        self.edit_button.clicked.connect(self.edit_event)
        self.status_button = QPushButton(self)
        self.status_button.clicked.connect(self.advance_status)
        self.take_button = QPushButton(tr("Follow-ups into a meeting…"), self)
        self.take_button.clicked.connect(self.take_into_meeting)
        buttons = QHBoxLayout()
        for b in (self.edit_button, self.status_button, self.take_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        right = QWidget(self)
        r = QVBoxLayout(right)
        r.setContentsMargins(0, 0, 0, 0)
        r.addLayout(buttons)
        r.addWidget(self.details, 1)
        self.right = right
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.views)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([620, 520])
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.kind_filter)
        top.addWidget(new)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        self._show(None)

    # -- section interface -----------------------------------------------------------------------
    def list_task(self) -> Callable[[Any], list[Any]]:
        region, kind = self.region, self.kind_filter.currentData()
        return lambda store: ev.list_events(store, region=region, kind=kind)

    def clear(self) -> None:
        self.model.clear()
        self.timeline.set_events([])
        self._show(None)

    def listed(self, events: list[ev.EventInfo]) -> None:
        keep = self._select_after_reload or (self.current.id if self.current else None)
        self._select_after_reload = None
        self.model.set_rows(events)
        self.timeline.set_events(events)
        ids = [e.id for e in events]
        if keep in ids:
            self.select_event(keep)
        elif events:
            select_row(self.table, 0, self._chosen_row)
        else:
            self._show(None)
        self.loaded.emit()

    def _chosen_row(self, row: int) -> None:
        e = self.model.row_object(row)
        if e is not None:
            self._show(e)

    def select_event(self, event_id: int) -> None:
        ids = [e.id for e in self.model.rows]
        if event_id in ids:
            select_row(self.table, ids.index(event_id), self._chosen_row)

    def _show(self, e: ev.EventInfo | None) -> None:
        self.current = e
        self.right.setEnabled(e is not None)
        if e is None:
            self.details.setHtml(
                "<p style='color:#666'>"
                + escape(tr("No knowledge-exchange events here yet. Use “New event…” to plan one."))
                + "</p>"
            )
            self.status_button.hide()
            return
        self.timeline.selected = e.id
        self.timeline.update()
        self.details.setHtml(event_html(e))
        following = NEXT_STATUS.get(e.status)
        self.status_button.setVisible(following is not None)
        if following:
            self.status_button.setText(tr(following[1]))
        self.take_button.setEnabled(any(a.meeting_action_id is None for a in e.actions))

    # -- changes ---------------------------------------------------------------------------------
    def _open_editor(self, existing: ev.EventInfo | None) -> None:
        if self.controller.reference is None:
            return
        self.controller.run(ev.panel_rotations, lambda rotations: self._editor(existing, rotations))

    def _editor(self, existing: ev.EventInfo | None, rotations: dict[str, str]) -> None:
        def next_host(country: str, co_hosts: list[str]) -> str:
            return rotations.get(country) or (co_hosts[0] if co_hosts else "")

        dialog = EventDialog(
            self.controller.reference,
            existing,
            region=self.region,
            next_host=next_host,
            parent=self,
        )
        self.dialog = dialog

        def submitted() -> None:
            if existing is None:
                draft = dialog.draft()
                task = lambda store: ev.create_event(store, draft)  # noqa: E731
            else:  # from the version the dialog loaded: a change made meanwhile stops it
                patch, event_id, version = dialog.patch(), existing.id, dialog.version
                task = lambda store: ev.update_event(  # noqa: E731
                    store, event_id, patch, expected_version=version
                )

            def done(result: object) -> None:
                dialog.accept()
                self._select_after_reload = (
                    result if isinstance(result, int) else existing.id if existing else None
                )
                self.message.emit(tr("Event saved"))
                self.refresh()

            def stopped(exc: BaseException) -> None:
                if existing is None or not isinstance(exc, ChangedElsewhere):
                    dialog.show_error(str(exc))
                    return
                event_id = existing.id
                self.controller.run(
                    lambda store: ev.get_event(store, event_id),
                    lambda theirs: dialog.show_conflict(exc, theirs),
                    lambda again: dialog.show_error(str(again)),
                )

            self.controller.run(task, done, stopped)

        dialog.submitted.connect(submitted)
        dialog.finished.connect(lambda _c: setattr(self, "dialog", None))
        dialog.open()

    def new_event(self) -> None:
        self._open_editor(None)

    def edit_event(self) -> None:
        if self.current is not None:
            self._open_editor(self.current)

    def advance_status(self) -> None:
        e = self.current
        if e is None or e.status not in NEXT_STATUS:
            return
        status = NEXT_STATUS[e.status][0]
        self.controller.run(
            lambda store: ev.set_event_status(store, e.id, status),
            lambda info: (
                self.message.emit(
                    tr("{title}: {status}").format(
                        title=info.title, status=event_status_label(status)
                    )
                ),
                self.refresh(),
            ),
            lambda exc: self.message.emit(str(exc)),
        )

    def take_into_meeting(self) -> None:
        e = self.current
        if e is None:
            return
        pending = [a.id for a in e.actions if a.meeting_action_id is None]

        def with_meetings(meetings: list[mt.MeetingInfo]) -> None:
            usable = [m for m in meetings if not m.read_only and not m.cancelled]
            if not usable:
                self.message.emit(
                    tr(
                        "{region} has no open meeting to take the follow-ups into; plan the series first"
                    ).format(region=e.region)
                )
                return
            dialog = MeetingChoiceDialog(usable, self)
            self.dialog = dialog

            def accepted() -> None:
                meeting_id = dialog.choice.currentData()
                self.controller.run(
                    lambda store: ev.take_into_meeting(store, pending, meeting_id),
                    lambda _r: (
                        self.message.emit(tr("Follow-ups added to the meeting's actions")),
                        self.refresh(),
                    ),
                    lambda exc: self.message.emit(str(exc)),
                )

            dialog.accepted.connect(accepted)
            dialog.finished.connect(lambda _c: setattr(self, "dialog", None))
            dialog.open()

        self.controller.run(lambda store: mt.list_meetings(store, e.region), with_meetings)

    # -- layout memory ---------------------------------------------------------------------------
    def save_layout(self, settings: QSettings) -> None:
        settings.setValue("events/splitter", self.splitter.saveState())

    def restore_layout(self, settings: QSettings) -> None:
        state = settings.value("events/splitter")
        if state is not None:
            self.splitter.restoreState(state)
