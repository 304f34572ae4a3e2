"""Table models of the meeting screens (plain data from the meeting services)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from desk.models.meetings import ActionStatus, Attendance, MeetingStatus, ParticipantRole
from desk.services.meetings import (
    ActionInfo,
    AgendaEntry,
    DecisionInfo,
    MeetingInfo,
    ParticipantInfo,
    is_overdue,
)
from desk.services.search import SignalRow
from desk.ui.language import country_label, translate, weekday_date, weekday_date_time
from desk.ui.table import Column, ListTableModel
from desk.ui.trendlog.table_model import TlpRole, category_label

STATUS_LABELS = {
    MeetingStatus.DRAFT: QT_TRANSLATE_NOOP("Meetings", "draft"),
    MeetingStatus.OPEN: QT_TRANSLATE_NOOP("Meetings", "open"),
    MeetingStatus.HELD: QT_TRANSLATE_NOOP("Meetings", "held"),
    MeetingStatus.FINALISED: QT_TRANSLATE_NOOP("Meetings", "finalised"),
    MeetingStatus.CANCELLED: QT_TRANSLATE_NOOP("Meetings", "cancelled"),
}
ROLE_LABELS = {
    ParticipantRole.CONTACT_POINT: QT_TRANSLATE_NOOP("Meetings", "contact point"),
    ParticipantRole.COUNTRY_DESK: QT_TRANSLATE_NOOP("Meetings", "country desk"),
    ParticipantRole.POST: QT_TRANSLATE_NOOP("Meetings", "post"),
    ParticipantRole.IMH: QT_TRANSLATE_NOOP("Meetings", "IMH"),
    ParticipantRole.OTHER: QT_TRANSLATE_NOOP("Meetings", "other"),
}
ATTENDANCE_LABELS = {
    Attendance.INVITED: QT_TRANSLATE_NOOP("Meetings", "invited"),
    Attendance.ATTENDED: QT_TRANSLATE_NOOP("Meetings", "attended"),
    Attendance.EXCUSED: QT_TRANSLATE_NOOP("Meetings", "excused"),
}
ACTION_LABELS = {
    ActionStatus.OPEN: QT_TRANSLATE_NOOP("Meetings", "open"),
    ActionStatus.DONE: QT_TRANSLATE_NOOP("Meetings", "done"),
    ActionStatus.DROPPED: QT_TRANSLATE_NOOP("Meetings", "dropped"),
}
OVERDUE = "#b00020"
PAST = "#6b6b6b"


def tr(text: str) -> str:
    return translate("Meetings", text)


def label(labels: dict, value: object) -> str:
    return tr(labels[value])


def ordered_for_list(meetings: list[MeetingInfo], now: datetime | None = None) -> list[MeetingInfo]:
    """The next meeting on top, then the later ones, then the past ones (latest first)."""
    now = now or datetime.now(UTC)
    upcoming = [m for m in meetings if m.ends_at > now]
    past = [m for m in meetings if m.ends_at <= now]
    return upcoming + list(reversed(past))


def meeting_list_model(parent: Any = None) -> ListTableModel[MeetingInfo]:
    now = datetime.now(UTC)

    def note(m: MeetingInfo) -> str:
        if m.moved:
            return tr("moved from {date}").format(date=m.occurrence_date.isoformat())
        return ""

    def note_tip(m: MeetingInfo) -> str | None:
        """The whole note (a narrow column elides it): when it was planned and is now."""
        if not m.moved:
            return None
        return tr("Moved from {planned} to {now}").format(
            planned=weekday_date(m.occurrence_date), now=weekday_date_time(m.starts_at)
        )

    return ListTableModel(
        [
            Column(
                tr("Date"),
                lambda m: f"{m.starts_at:%Y-%m-%d}",
                colour=lambda m: PAST if m.ends_at <= now else None,
            ),
            Column(tr("Time"), lambda m: f"{m.starts_at:%H:%M}"),
            Column(tr("Status"), lambda m: label(STATUS_LABELS, m.status)),
            Column(tr("Note"), note, tooltip=note_tip),
        ],
        parent,
    )


AGENDA_MIME = "application/x-desk-agenda-rows"


class AgendaModel(ListTableModel[AgendaEntry]):
    """Agenda items; rows can be dragged into a new order (``reorder`` gets the item ids)."""

    def __init__(self, reorder: Callable[[list[int]], None], parent: Any = None) -> None:
        super().__init__(
            [
                Column(tr("#"), lambda i: str(i.number), align_center=True),
                Column(
                    tr("Item"),
                    lambda i: i.title + (" ↻" if i.carried_from_id else ""),
                    tooltip=lambda i: (
                        tr("carried over from an earlier meeting") if i.carried_from_id else i.title
                    ),
                ),
                Column(tr("Minutes"), lambda i: str(i.duration_minutes), align_center=True),
                Column(tr("Presenter"), lambda i: i.presenter),
            ],
            parent,
        )
        self.reorder = reorder
        self.read_only = False

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.read_only:
            return base if index.isValid() else Qt.ItemFlag.NoItemFlags
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return base | Qt.ItemFlag.ItemIsDragEnabled

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [AGENDA_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        rows = sorted({i.row() for i in indexes})
        mime = QMimeData()
        mime.setData(AGENDA_MIME, QByteArray(",".join(map(str, rows)).encode()))
        return mime

    def dropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        if self.read_only or action != Qt.DropAction.MoveAction or not data.hasFormat(AGENDA_MIME):
            return False
        moved = [int(x) for x in bytes(data.data(AGENDA_MIME).data()).decode().split(",") if x]
        target = row if row >= 0 else (parent.row() if parent.isValid() else len(self.rows))
        self.reorder(self.order_after_move(moved, target))
        return False  # the model reloads from the store; the view must not delete the dragged rows

    def order_after_move(self, moved_rows: list[int], target_row: int) -> list[int]:
        ids = [i.id for i in self.rows]
        moving = [ids[r] for r in moved_rows]
        staying = [x for r, x in enumerate(ids) if r not in set(moved_rows)]
        insert_at = target_row - sum(1 for r in moved_rows if r < target_row)
        return staying[:insert_at] + moving + staying[insert_at:]


class ItemSignalsModel(ListTableModel[SignalRow]):
    """The signals under agenda item 1; the TLP column gives ``TlpRole`` for the trend log's
    badge delegate (``TLP_COLUMN``)."""

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == TlpRole and index.isValid() and index.column() == TLP_COLUMN:
            row = self.row_object(index.row())
            return row.tlp if row is not None else None
        return super().data(index, role)


TLP_COLUMN = 1


def item_signals_model(parent: Any = None) -> ItemSignalsModel:
    return ItemSignalsModel(
        [
            Column(tr("Grade"), lambda r: r.grade, align_center=True),
            Column(tr("TLP"), lambda r: f"TLP:{r.tlp}"),
            Column(tr("Observed"), lambda r: r.observed_on.isoformat()),
            Column(tr("Country"), lambda r: country_label(r.country_code, r.country_name)),
            Column(tr("Category"), lambda r: category_label(r.category)),
            Column(tr("Title"), lambda r: r.title),
        ],
        parent,
    )


def participants_model(parent: Any = None) -> ListTableModel[ParticipantInfo]:
    return ListTableModel(
        [
            Column(tr("Name"), lambda p: p.name),
            Column(tr("Role"), lambda p: label(ROLE_LABELS, p.role)),
            Column(tr("Organisation or post"), lambda p: p.organisation),
            Column(
                tr("Attendance"),
                lambda p: label(ATTENDANCE_LABELS, p.attendance),
                colour=lambda p: PAST if p.attendance == Attendance.EXCUSED else None,
            ),
        ],
        parent,
    )


def decisions_model(parent: Any = None) -> ListTableModel[DecisionInfo]:
    return ListTableModel([Column(tr("Decision"), lambda d: d.text)], parent)


def actions_model(
    on: Callable[[], date], parent: Any = None, *, with_meeting: bool = False
) -> ListTableModel[ActionInfo]:
    """Actions; overdue ones (``is_overdue`` on the reference day ``on()`` gives) say so in
    their Status column and are red."""

    def overdue(a: ActionInfo) -> bool:
        return is_overdue(a, on())

    def colour(a: ActionInfo) -> str | None:
        if overdue(a):
            return OVERDUE
        return PAST if a.status != ActionStatus.OPEN else None

    def status_tip(a: ActionInfo) -> str:
        if overdue(a):
            return tr("Overdue: still open and due before {day}").format(day=on().isoformat())
        return label(ACTION_LABELS, a.status)

    columns = [
        Column(tr("Action"), lambda a: a.text, colour=colour),
        Column(tr("Owners"), lambda a: ", ".join(a.owners), colour=colour),
        Column(tr("Due"), lambda a: a.due_on.isoformat() if a.due_on else "", colour=colour),
        Column(
            tr("Status"),
            lambda a: tr("overdue") if overdue(a) else label(ACTION_LABELS, a.status),
            tooltip=status_tip,
            colour=colour,
        ),
    ]
    if with_meeting:
        columns.insert(0, Column(tr("Region"), lambda a: a.region))
        columns.insert(1, Column(tr("Agreed"), lambda a: a.meeting_date.isoformat()))
    return ListTableModel(columns, parent)
