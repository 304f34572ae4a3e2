"""What the parts of the meeting page share: the host they work through, and small widgets.

The Meetings section (``MeetingsView``) shows one meeting's page in tabs; each tab is a
``PagePanel`` (agenda, participants, decisions and actions). A panel shows its part of the
``MeetingPage`` and makes its changes through the host, which runs them and reloads the page.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol, TypeVar

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QWidget,
)

from desk.services.meeting_page import MeetingPage
from desk.store import Store
from desk.ui.table import ListTableModel

T = TypeVar("T")
V = TypeVar("V")
Task = Callable[[Store], object]


class PageHost(Protocol):
    """The section a panel belongs to (``MeetingsView``)."""

    controller: Any
    page: MeetingPage | None

    def change(self, task: Task, done_message: str | None = None) -> None:
        """Run a change in the background, then reload the page (or report the failure)."""

    def open_dialog(self, dialog: QDialog, accepted: Callable[[], None]) -> None:
        """Show a dialog (non-modal, kept as ``dialog``); ``accepted`` runs on OK."""

    def failed(self, exc: BaseException) -> None:
        """Tell the user a change did not work."""


class PagePanel(QWidget):
    """One tab of the meeting page."""

    def __init__(self, host: PageHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host

    @property
    def meeting_id(self) -> int | None:
        page = self.host.page
        return page.meeting.id if page is not None else None

    def show_page(self, page: MeetingPage, editable: bool) -> None:
        """Show this part of ``page``; ``editable``: the meeting may be changed."""
        raise NotImplementedError

    def clear(self) -> None:
        """No meeting is shown (none chosen, or the store was locked)."""
        raise NotImplementedError

    def add_from(self, dialog: Any, add: Callable[[Store, int, Any], object]) -> None:
        """Open ``dialog`` (one of ``dialogs`` with a ``draft()``); on OK, ``add(store,
        meeting_id, its draft)``, then reload the page."""
        mid = self.meeting_id
        if mid is not None:
            self.host.open_dialog(
                dialog, lambda: self.host.change(lambda store: add(store, mid, dialog.draft()))
            )


def table_view(parent: QWidget, model: Any, name: str, stretch: int) -> QTableView:
    """A read-only table of whole rows, its column ``stretch`` taking the spare width."""
    view = QTableView(parent)
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.setWordWrap(False)
    view.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


def button(text: str, parent: QWidget, slot: Callable[[], None]) -> QPushButton:
    b = QPushButton(text, parent)
    b.setAccessibleName(text.replace("&", ""))
    b.clicked.connect(slot)
    return b


def choice(text: str, parent: QWidget, slot: Callable[[V], None], value: V) -> QPushButton:
    """A button that calls ``slot(value)``: one of several for a status or an attendance."""
    return button(text, parent, lambda: slot(value))


def row(*widgets: QWidget) -> QHBoxLayout:
    """Widgets side by side, left-aligned."""
    row = QHBoxLayout()
    for w in widgets:
        row.addWidget(w)
    row.addStretch(1)
    return row


def selected(view: QTableView, model: ListTableModel[T]) -> list[T]:
    """The objects of the selected rows, in row order."""
    rows = sorted({i.row() for i in view.selectionModel().selectedRows()})
    return [x for x in (model.row_object(r) for r in rows) if x is not None]
