"""The Decisions and actions tab of a meeting: what was decided, the actions agreed in it and
those carried forward from earlier meetings of the series."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desk.models.meetings import ActionStatus
from desk.services import meetings as mt
from desk.services.meeting_page import MeetingPage
from desk.services.settings import current_actor
from desk.ui.meetings.dialogs import ActionDialog, DecisionDialog
from desk.ui.meetings.models import actions_model, decisions_model
from desk.ui.meetings.panel import PageHost, PagePanel, button, choice, row, selected, table_view


class OutcomesPanel(PagePanel):
    def __init__(self, host: PageHost, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        self.decided = decisions_model(self)
        self.decided_view = table_view(self, self.decided, self.tr("Decisions"), 0)
        # "overdue" in the app is judged on today (services.meetings.actions): the live state,
        # the same as in the Actions section; the meeting's papers use the meeting's day
        self.today: Callable[[], date] = mt.today
        self.agreed = actions_model(lambda: self.today(), self)
        self.agreed_view = table_view(
            self, self.agreed, self.tr("Actions agreed in this meeting"), 0
        )
        self.carried = actions_model(lambda: self.today(), self, with_meeting=True)
        self.carried_view = table_view(self, self.carried, self.tr("Actions carried forward"), 2)
        self.add_decision_button = button(self.tr("Record &decision…"), self, self.add_decision)
        self.remove_decision_button = button(self.tr("Remove"), self, self.remove_decisions)
        self.add_action_button = button(self.tr("Record a&ction…"), self, self.add_action)
        self.done_button = choice(self.tr("Done"), self, self.action_status, ActionStatus.DONE)
        self.dropped_button = choice(
            self.tr("Dropped"), self, self.action_status, ActionStatus.DROPPED
        )
        self.reopen_action_button = choice(
            self.tr("Open again"), self, self.action_status, ActionStatus.OPEN
        )
        self.carried_label = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Decisions"), self))
        layout.addWidget(self.decided_view, 1)
        layout.addLayout(row(self.add_decision_button, self.remove_decision_button))
        layout.addWidget(QLabel(self.tr("Actions agreed in this meeting"), self))
        layout.addWidget(self.agreed_view, 1)
        layout.addLayout(
            row(
                self.add_action_button,
                self.done_button,
                self.dropped_button,
                self.reopen_action_button,
            )
        )
        layout.addWidget(self.carried_label)
        layout.addWidget(self.carried_view, 1)

    def clear(self) -> None:
        for model in (self.decided, self.agreed, self.carried):
            model.clear()

    def show_page(self, page: MeetingPage, editable: bool) -> None:
        self.decided.set_rows(page.decisions)
        self.agreed.set_rows(page.actions.agreed)
        self.carried.set_rows(page.actions.carried)
        self.carried_label.setText(
            self.tr("Carried forward from earlier meetings ({n}, {overdue} overdue today)").format(
                n=len(page.actions.carried), overdue=len(page.actions.overdue_on(self.today()))
            )
        )
        self.carried_label.setToolTip(
            self.tr(
                "Overdue: still open and due before today ({day}); the meeting's papers judge on "
                "the meeting's day"
            ).format(day=self.today().isoformat())
        )
        for w in (self.add_decision_button, self.remove_decision_button, self.add_action_button):
            w.setEnabled(editable)

    # -- decisions -------------------------------------------------------------------------------
    def add_decision(self) -> None:
        page = self.host.page
        if page is not None:
            self.add_from(DecisionDialog(page.agenda.items, self), mt.add_decision)

    def remove_decisions(self) -> None:
        ids = [d.id for d in selected(self.decided_view, self.decided)]
        if ids:
            self.host.change(lambda store: mt.remove_decisions(store, ids))

    # -- actions ---------------------------------------------------------------------------------
    def add_action(self) -> None:
        """Record an action; its owner is, at first, the user (read from the store)."""
        page = self.host.page
        if page is None:
            return
        items = page.agenda.items
        self.host.controller.run(
            current_actor,
            lambda owner: self.add_from(ActionDialog(items, owner, self), mt.add_action),
        )

    def action_status(self, status: ActionStatus) -> None:
        """The selected actions (agreed or carried) are done, dropped or open again."""
        chosen = selected(self.agreed_view, self.agreed) + selected(self.carried_view, self.carried)
        statuses = {a.id: status for a in chosen}
        if statuses:
            self.host.change(lambda store: mt.set_action_statuses(store, statuses))
