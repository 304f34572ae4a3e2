"""The Agenda tab of a meeting: items in order, the minutes of each, and item 1's signals."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractItemView, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from desk.errors import ChangedElsewhere
from desk.models.enums import Tlp
from desk.models.meetings import AgendaKind
from desk.services import meetings as mt
from desk.services.meeting_page import MeetingPage
from desk.ui.conflict_dialog import ConflictDialog, show_conflict
from desk.ui.meetings.dialogs import AddSignalsDialog, ItemDialog
from desk.ui.meetings.models import TLP_COLUMN, AgendaModel, item_signals_model
from desk.ui.meetings.panel import PageHost, PagePanel, button, row, selected, table_view
from desk.ui.trendlog.delegates import TlpDelegate

MINUTES_SAVE_MS = 800  # minutes are saved after a pause in typing


class AgendaPanel(PagePanel):
    def __init__(self, host: PageHost, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        self.agenda = AgendaModel(self.reorder, self)
        self.agenda_view = table_view(self, self.agenda, self.tr("Agenda"), 1)
        self.agenda_view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.agenda_view.setDragEnabled(True)
        self.agenda_view.setAcceptDrops(True)
        self.agenda_view.setDropIndicatorShown(True)
        self.agenda_view.selectionModel().currentRowChanged.connect(
            lambda cur, _p: self._item_chosen(cur.row())
        )
        self.agenda_view.doubleClicked.connect(lambda _i: self.edit_item())
        self.total = QLabel(self)
        self.add_item_button = button(self.tr("&Add item…"), self, self.add_item)
        self.remove_item_button = button(self.tr("Remove"), self, self.remove_item)
        self.up_button = button(self.tr("Up"), self, lambda: self.shift_item(-1))
        self.down_button = button(self.tr("Down"), self, lambda: self.shift_item(1))
        self.next_button = button(self.tr("Move to next meeting"), self, self.move_to_next)
        self.dup_button = button(self.tr("Duplicate in next"), self, self.duplicate_in_next)
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
        # the item's minutes as stored at the version this panel knows (what a save names)
        self._minutes_saved = ""
        self._minutes_version: int | None = None
        self._minutes_saving = False  # one save at a time: the next names the version it made
        self._minutes_again = False
        self.conflict: ConflictDialog | None = None
        self.signals = item_signals_model(self)
        self.signals_label = QLabel(self)
        self.signals_view = table_view(self, self.signals, self.tr("Signals under item 1"), 5)
        # the same TLP badge as the trend log
        self.signals_view.setItemDelegateForColumn(TLP_COLUMN, TlpDelegate(self.signals_view))
        badge = f"TLP:{Tlp.AMBER_STRICT.value}MM"  # the widest label and its padding
        self.signals_view.setColumnWidth(
            TLP_COLUMN, self.signals_view.fontMetrics().horizontalAdvance(badge)
        )
        self.add_signal_button = button(self.tr("Add signals…"), self, self.add_signals)
        self.remove_signal_button = button(self.tr("Take off item 1"), self, self.remove_signals)

        layout = QVBoxLayout(self)
        layout.addWidget(self.agenda_view, 3)
        self.item_buttons = (
            self.add_item_button,
            self.remove_item_button,
            self.up_button,
            self.down_button,
            self.next_button,
            self.dup_button,
        )
        layout.addLayout(row(*self.item_buttons))
        # The total on the next line, not after six buttons: the page fits 1280 px (#17.4).
        minutes_line = row(self.minutes_label)
        minutes_line.addWidget(self.total)
        layout.addLayout(minutes_line)
        layout.addWidget(self.minutes, 1)
        layout.addWidget(self.signals_label)
        layout.addWidget(self.signals_view, 3)
        layout.addLayout(row(self.add_signal_button, self.remove_signal_button))

    # -- showing ---------------------------------------------------------------------------------
    def clear(self) -> None:
        self.agenda.clear()
        self.signals.clear()
        self._set_minutes(None, "")

    def show_page(self, page: MeetingPage, editable: bool) -> None:
        self.agenda.read_only = not editable
        kept = self._current_item()  # the item whose minutes are being written stays chosen
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
        for w in (
            *self.item_buttons,
            self.minutes,
            self.add_signal_button,
            self.remove_signal_button,
        ):
            w.setEnabled(editable)
        self.minutes.setReadOnly(not editable)
        ids = [i.id for i in page.agenda.items]
        row = ids.index(kept.id) if kept is not None and kept.id in ids else 0
        if kept is not None and row:
            self.agenda_view.selectRow(row)
        self._item_chosen(row)

    def _editable(self) -> bool:
        page = self.host.page
        return page is not None and mt.offers_changes(page.meeting.status)

    def _item_chosen(self, row: int) -> None:
        item = self.agenda.row_object(row)
        if item is None:
            self._set_minutes(None, "")
            return
        if self._minutes_item != item.id:
            self.save_minutes()
            self._set_minutes(item.id, item.minutes, item.version)
        elif self._newer_same_minutes(item):
            self._minutes_version = item.version  # changed (the item dialog), not its minutes
            self.minutes_label.setText(
                self.tr("Minutes — {n}. {title}").format(n=item.number, title=item.title)
            )
        free = item.kind == AgendaKind.FREE
        for w in (self.remove_item_button, self.next_button, self.dup_button):
            w.setEnabled(self._editable() and free)

    def _newer_same_minutes(self, item: mt.AgendaEntry) -> bool:
        known = self._minutes_version
        return (
            known is not None
            and item.version > known
            and item.minutes == self._minutes_saved
            and not self._minutes_saving
        )

    def _set_minutes(self, item_id: int | None, text: str, version: int | None = None) -> None:
        self._minutes_timer.stop()
        self._minutes_item = item_id
        self._minutes_saved, self._minutes_version = text, version
        self._minutes_saving = self._minutes_again = False
        self.minutes.blockSignals(True)
        self.minutes.setPlainText(text)
        self.minutes.blockSignals(False)

    # -- items -----------------------------------------------------------------------------------
    def _current_item(self) -> mt.AgendaEntry | None:
        index = self.agenda_view.currentIndex()
        return self.agenda.row_object(index.row()) if index.isValid() else None

    def add_item(self) -> None:
        self.add_from(ItemDialog(self), mt.add_item)

    def edit_item(self) -> None:
        item = self._current_item()
        if item is None or self.agenda.read_only:
            return
        dialog = ItemDialog(self, item)
        # the version after this panel's own saves of its minutes, if it is that item
        version = self._minutes_version if self._minutes_item == item.id else item.version

        def accepted() -> None:
            patch = dialog.patch()
            self.host.change(
                lambda store: mt.update_item(store, item.id, patch, expected_version=version)
            )

        self.host.open_dialog(dialog, accepted)

    def remove_item(self) -> None:
        item = self._current_item()
        if item is not None:
            self.host.change(lambda store: mt.remove_item(store, item.id))

    def reorder(self, item_ids: list[int]) -> None:
        mid = self.meeting_id
        if mid is not None:
            self.host.change(lambda store: mt.reorder(store, mid, item_ids))

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
            self.host.change(
                lambda store: mt.move_to_next(store, item.id), self.tr("Moved to the next meeting")
            )

    def duplicate_in_next(self) -> None:
        item = self._current_item()
        if item is not None:
            self.host.change(
                lambda store: mt.duplicate_in_next(store, item.id),
                self.tr("Copied to the next meeting"),
            )

    def save_minutes(self) -> None:
        """Save the minutes typed for the current item, if they changed, from the version
        this panel knows: changed elsewhere meanwhile, it shows both and keeps the text."""
        self._minutes_timer.stop()
        item_id, version = self._minutes_item, self._minutes_version
        page = self.host.page
        if item_id is None or page is None or page.meeting.read_only:
            return
        text = self.minutes.toPlainText()
        if text == self._minutes_saved:
            return
        if self._minutes_saving:  # the save under way gives the version this one names
            self._minutes_again = True
            return
        self._minutes_saving = True
        patch = mt.ItemPatch(minutes=text)

        def saved(new_version: int) -> None:
            if self._minutes_item != item_id:
                return  # another item is shown now (its own state was set)
            self._minutes_saving = False
            self._minutes_saved, self._minutes_version = text, new_version
            if self._minutes_again:
                self._minutes_again = False
                self.save_minutes()

        def stopped(exc: BaseException) -> None:
            if self._minutes_item == item_id:
                self._minutes_saving = self._minutes_again = False
                if isinstance(exc, ChangedElsewhere):
                    self._minutes_conflict(exc)
                    return
            self.host.failed(exc)

        self.host.controller.run(
            lambda store: mt.update_item(store, item_id, patch, expected_version=version),
            saved,
            stopped,
        )

    def _minutes_conflict(self, error: ChangedElsewhere) -> None:
        """Someone else saved these minutes meanwhile. The text typed stays; "Reload theirs"
        shows theirs, "Keep editing" saves over theirs from then on."""
        theirs = {name: value for name, _yours, value in error.differences}.get("minutes", "")
        item_id = self._minutes_item

        def reload() -> None:
            if self._minutes_item == item_id:
                self._set_minutes(item_id, theirs, error.version)

        def keep() -> None:
            if self._minutes_item == item_id:
                # the next save (after typing, or leaving the item) replaces theirs
                self._minutes_saved, self._minutes_version = theirs, error.version

        labels = {"minutes": self.tr("Minutes")}
        self.conflict = show_conflict(self, error, reload=reload, keep=keep, labels=labels)

    # -- item 1 ----------------------------------------------------------------------------------
    def add_signals(self) -> None:
        page = self.host.page
        if page is None:
            return
        mid = page.meeting.id
        dialog = AddSignalsDialog(self.host.controller, page.meeting.region, self)

        def accepted() -> None:
            ids = dialog.selected_ids()
            self.host.change(lambda store: mt.add_agenda_signals(store, mid, ids))

        self.host.open_dialog(dialog, accepted)

    def remove_signals(self) -> None:
        mid = self.meeting_id
        ids = [r.id for r in selected(self.signals_view, self.signals)]
        if mid is not None and ids:
            self.host.change(lambda store: mt.remove_agenda_signals(store, mid, ids))
