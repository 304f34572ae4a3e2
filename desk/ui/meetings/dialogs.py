"""Small dialogs of the meeting screens. They collect a draft (or patch) of the meeting
services, whose own check enables OK; the view passes it to the service."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTableView,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from desk.models.meetings import ParticipantRole
from desk.services.meetings import (
    ActionDraft,
    AgendaEntry,
    DecisionDraft,
    ItemDraft,
    ItemPatch,
    ParticipantDraft,
    SeriesPlan,
)
from desk.services.search import SignalFilter, with_text
from desk.ui.fields import dialog_buttons
from desk.ui.meetings.models import ROLE_LABELS, label
from desk.ui.trendlog.delegates import TlpDelegate
from desk.ui.trendlog.table_model import COL_TLP, SignalTableModel


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


_Edit = TypeVar("_Edit", QDateEdit, QDateTimeEdit)


def _calendar(edit: _Edit, display: str) -> _Edit:
    """A date (and time) field with a calendar to pick from, shown as ``display``."""
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(display)
    return edit


class _FormDialog(QDialog):
    """A form with OK/Cancel whose OK is enabled only while ``valid()`` holds."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(440)
        self.form = QFormLayout()
        self.buttons = dialog_buttons(self)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)

    def row(self, text: str, widget: QWidget) -> QWidget:
        widget.setAccessibleName(text.replace("&", "").rstrip(":"))
        self.form.addRow(text, widget)
        return widget

    def note(self, text: str) -> None:
        """A line of explanation above the fields."""
        label = QLabel(text, self)
        label.setWordWrap(True)
        self.form.addRow(label)

    def valid(self) -> bool:
        return True

    def update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.valid())


class PlanSeriesDialog(_FormDialog):
    def __init__(self, region: str, has_series: bool, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Plan the {region} meetings").format(region=region), parent)
        self.region = region
        self.note(
            self.tr(
                "Meetings every four weeks from the first date. Planning again changes the series "
                "from that date onward; meetings that already have content are kept."
            )
            if has_series
            else self.tr(
                "Meetings every four weeks from the first date, at this time in The Hague."
            )
        )
        self.start = self.row(self.tr("&First meeting:"), _calendar(QDateEdit(self), "yyyy-MM-dd"))
        self.start.setDate(
            QDate.currentDate().addDays((2 - QDate.currentDate().dayOfWeek()) % 7 or 7)
        )
        self.time = self.row(self.tr("&Time:"), QTimeEdit(QTime(10, 0), self))
        self.time.setDisplayFormat("HH:mm")
        self.count = self.row(self.tr("&Number of meetings:"), QSpinBox(self))
        self.count.setRange(1, 52)
        self.count.setValue(13)
        self.location = self.row(self.tr("&Location:"), QLineEdit("The Hague", self))
        self.video = self.row(self.tr("&Video link:"), QLineEdit(self))
        self.chair = self.row(self.tr("&Chair:"), QLineEdit(self))

    def plan(self) -> SeriesPlan:
        t = self.time.time()
        return SeriesPlan(
            self.region,
            _pydate(self.start.date()),
            time(t.hour(), t.minute()),
            self.count.value(),
            location=self.location.text(),
            video_link=self.video.text(),
            chair=self.chair.text(),
        )


class MoveMeetingDialog(_FormDialog):
    def __init__(self, current: datetime, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Move this meeting"), parent)
        self.note(self.tr("Only this meeting moves; the rest of the series stays as planned."))
        self.when = self.row(
            self.tr("&New date and time:"), _calendar(QDateTimeEdit(self), "yyyy-MM-dd HH:mm")
        )
        self.when.setDateTime(
            QDateTime(_qdate(current.date()), QTime(current.hour, current.minute))
        )

    def value(self) -> datetime:
        qdt = self.when.dateTime()
        d, t = qdt.date(), qdt.time()
        return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())


class ItemDialog(_FormDialog):
    """A new free item, or (given ``item``) a change to an existing one."""

    def __init__(self, parent: QWidget | None = None, item: AgendaEntry | None = None) -> None:
        super().__init__(self.tr("New agenda item"), parent)
        self.is_standing = False
        self.title = self.row(self.tr("&Title:"), QLineEdit(self))
        self.duration = self.row(self.tr("&Minutes:"), QSpinBox(self))
        self.duration.setRange(0, 240)
        self.duration.setValue(15)
        self.presenter = self.row(self.tr("&Presenter:"), QLineEdit(self))
        # off by default: a title staff typed may name people or cases
        self.shareable = QCheckBox(self.tr("&Shareable with external readers"), self)
        self.shareable.setAccessibleName(self.tr("Shareable with external readers"))
        self.shareable.setToolTip(
            self.tr(
                "Documents for external readers show this item's title. Unticked, they show "
                "the item without its title."
            )
        )
        self.form.addRow("", self.shareable)
        self.title.textChanged.connect(self.update_ok)
        if item is not None:
            self.setWindowTitle(self.tr("Agenda item"))
            self.title.setText(item.title)
            self.duration.setValue(item.duration_minutes)
            self.presenter.setText(item.presenter)
            self.shareable.setChecked(item.shareable)
            if item.standing:
                self.standing()
        self.update_ok()

    def standing(self) -> None:
        """A standing item: its title is fixed, and external readers always see it."""
        self.is_standing = True
        self.title.setEnabled(False)
        self.shareable.setChecked(True)
        self.shareable.setEnabled(False)
        self.shareable.setToolTip(
            self.tr("Standing items are shown to external readers under their standing titles.")
        )

    def draft(self) -> ItemDraft:
        return ItemDraft(
            self.title.text(),
            self.duration.value(),
            self.presenter.text(),
            shareable=self.shareable.isChecked(),
        )

    def patch(self) -> ItemPatch:
        """The change: a standing item's title and sharing are fixed, so they do not change."""
        draft = self.draft()
        return ItemPatch(
            title=None if self.is_standing else draft.title,
            duration_minutes=draft.duration_minutes,
            presenter=draft.presenter,
            shareable=None if self.is_standing else draft.shareable,
        )

    def valid(self) -> bool:
        return self.draft().problem() is None


class ParticipantDialog(_FormDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Add a participant"), parent)
        self.name = self.row(self.tr("&Name:"), QLineEdit(self))
        self.role = self.row(self.tr("&Role:"), QComboBox(self))
        for role in ParticipantRole:
            self.role.addItem(label(ROLE_LABELS, role), role.value)
        self.organisation = self.row(self.tr("&Organisation or post:"), QLineEdit(self))
        self.name.textChanged.connect(self.update_ok)
        self.update_ok()

    def draft(self) -> ParticipantDraft:
        return ParticipantDraft(
            self.name.text(), ParticipantRole(self.role.currentData()), self.organisation.text()
        )

    def valid(self) -> bool:
        return self.draft().problem() is None


def _item_combo(parent: QWidget, items: list[AgendaEntry]) -> QComboBox:
    combo = QComboBox(parent)
    combo.addItem(QCoreApplication.translate("Meetings", "(no particular item)"), None)
    for i in items:
        combo.addItem(f"{i.number}. {i.title}", i.id)
    return combo


class DecisionDialog(_FormDialog):
    def __init__(self, items: list[AgendaEntry], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Record a decision"), parent)
        self.text = self.row(self.tr("&Decision:"), QPlainTextEdit(self))
        self.text.setTabChangesFocus(True)
        self.item = self.row(self.tr("&Agenda item:"), _item_combo(self, items))
        self.text.textChanged.connect(self.update_ok)
        self.update_ok()

    def draft(self) -> DecisionDraft:
        return DecisionDraft(self.text.toPlainText(), self.item.currentData())

    def valid(self) -> bool:
        return self.draft().problem() is None


class ActionDialog(_FormDialog):
    def __init__(
        self, items: list[AgendaEntry], default_owner: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Record an action"), parent)
        self.text = self.row(self.tr("&Action:"), QPlainTextEdit(self))
        self.text.setTabChangesFocus(True)
        self.owners = self.row(self.tr("&Owners:"), QLineEdit(default_owner, self))
        self.owners.setPlaceholderText(self.tr("names, separated by ;"))
        self.has_due = QCheckBox(self.tr("&Due on:"), self)
        self.due = _calendar(QDateEdit(QDate.currentDate().addDays(28), self), "yyyy-MM-dd")
        self.due.setAccessibleName(self.tr("Due date"))
        self.has_due.setChecked(True)
        self.has_due.toggled.connect(self.due.setEnabled)
        self.form.addRow(self.has_due, self.due)
        self.item = self.row(self.tr("A&genda item:"), _item_combo(self, items))
        self.text.textChanged.connect(self.update_ok)
        self.owners.textChanged.connect(self.update_ok)
        self.update_ok()

    def draft(self) -> ActionDraft:
        owners = self.owners.text().replace(",", ";").split(";")
        due = _pydate(self.due.date()) if self.has_due.isChecked() else None
        return ActionDraft(self.text.toPlainText(), tuple(owners), due, self.item.currentData())

    def valid(self) -> bool:
        return self.draft().problem() is None


class AddSignalsDialog(QDialog):
    """Search the trend log and pick signals to put under item 1."""

    def __init__(self, controller, region: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.region = region
        self.setWindowTitle(self.tr("Add signals to item 1"))
        self.resize(820, 520)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search the trend log, e.g. chips since:2026-09-01"))
        self.search.setAccessibleName(self.tr("Search signals to add"))
        self.model = SignalTableModel(controller.run, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("Matching signals"))
        self.table.setItemDelegateForColumn(COL_TLP, TlpDelegate(self.table))  # as in the trend log
        buttons = dialog_buttons(self, ok_text=self.tr("&Add selected"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.search.textChanged.connect(self._query)
        self._query()

    def _query(self) -> None:
        base = SignalFilter(regions=frozenset({self.region}))
        self.model.set_query(with_text(base, self.search.text(), self.controller.reference).filter)

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [r.id for r in (self.model.row_at(n) for n in rows) if r is not None]
